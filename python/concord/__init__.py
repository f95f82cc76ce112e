"""Concord's core for Python: the same C++ the page runs as WebAssembly.

    import concord
    sig = concord.signature(text)                 # MinHash values, band keys, paragraph hashes
    scores = concord.pair_scores(a, b)            # resemblance, containment, diff ratio, rewrite
    roots = concord.components(3, [(0, 2)])      # [0, 1, 0]
    analysis = concord.analyze([a, b, c], names=["a", "b", "c"])  # the page's analyze() result
    export = concord.export_json([a, b, c], names, analysis)       # its "JSON of everything"

Options use the page's names and defaults: the module reads them by the same walk as the wasm
binding (concord_wire::visitOptions), so analyze_options() is the page's list. Offsets in
analyze() results are UTF-16 code units, as JavaScript strings index them.
"""
from . import _core

LEVELS = ("identical", "minor changes", "rewritten", "unrelated")


def signature(text, **options):
    """MinHash values, LSH band keys, word count, exact-copy hash and paragraph hashes of text.

    Options: split, ignoreCase, ignorePunctuation, foldTypography, shingleWords (3), bands (32),
    rows (2), nameBands (16), nameRows (2), seed (0), skippedParagraphs (hashes of paragraphs,
    as this gives them, left out of shingles and names: boilerplate).
    """
    return _core.signature(text, options)


def sign_many(texts, paragraphs=False, **options):
    """(words, sequence hashes, band keys) of many texts; band keys as bytes of uint64 rows.
    With paragraphs=True, also the number of paragraphs of each text and all their hashes (as
    bytes of uint64, text after text)."""
    result = _core.sign_many(list(texts), options)
    return result if paragraphs else result[:3]


def paragraph_hashes(text, **options):
    """Hash of each non-blank paragraph's normalised words: equal paragraphs hash equal."""
    return _core.signature(text, options)["paragraphs"]


def pair_scores(a, b, **options):
    """Scores and level of texts a and b analysed as a set of two."""
    return _core.pair_scores_many([a, b], [(0, 1)], options)[0]


def pair_scores_many(texts, edges, **options):
    """pair_scores of texts[i] and texts[j] for each (i, j) in edges, without the GIL."""
    return _core.pair_scores_many(list(texts), list(edges), options)


def components(n, edges):
    """Smallest member of the connected component of each of 0..n-1 under edges."""
    return _core.components(n, list(edges))


def analyze(texts, names=None, modified=None, **options):
    """The page's analyze() of texts: duplicates, passages, pairs, clusters, order, matrix, and
    (as the page, unless lineage=False) lineage and attribution.

    Options are the page's (analyze_options() lists them with their defaults). `modified`: per
    text, its file's last-modified time in ms since 1970 (0: unknown), as the page passes the
    files' times; lineage directs an edge by them when the texts carry no dates.
    """
    return _core.analyze(list(texts), None if names is None else list(names), options,
                         None if modified is None else [float(m) for m in modified])


def analyze_options():
    """analyze()'s options and their defaults, by the page's names (the wasm binding's list)."""
    return _core.analyze_options()


def export_json(texts, names, analysis, sizes=None, encoding="utf-8", fmt="text"):
    """The page's "JSON of everything" (web/app/views/overview.js) of an analysis of texts,
    with each document's text added (so that the page can open it without the files)."""
    texts = list(texts)
    documents = []
    for i, (name, text) in enumerate(zip(names, texts)):
        size = sizes[i] if sizes is not None else len(text.encode("utf-8", "surrogatepass"))
        documents.append({"index": i, "name": name, "size": size,
                          "words": analysis["documents"][i]["words"], "encoding": encoding,
                          "format": fmt, "text": text})
    return {"generator": "Concord", "documents": documents, "analysis": analysis}
