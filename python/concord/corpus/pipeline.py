"""The corpus run as a chain of Dask stages:

1. read and sign (dask.bag, one partition per group of input units): check every document, sign
   it with the core (MinHash band keys, exact-copy and paragraph hashes), explode to (band, key,
   uid) rows;
2. on the driver: reject duplicate ids; exact copies (same word sequence) become one class whose
   first member stands for it in the buckets; paragraphs in more than max_shared documents are
   boilerplate: the documents that hold one are signed again without it (resigned_rows), so
   that a footer shared by thousands makes no candidates;
3. buckets (each partition's rows cut into band groups, one task per group): every pair in a bucket is a candidate; a bucket
   of more than max_bucket documents is boilerplate, reported and not paired;
4. candidate components (the core's union-find), then per component (dask.bag): read its texts
   again and let the core's analyze() verify it (see analyse_components); each cluster is
   written in the page's "JSON of everything" format.
"""
import json
import os
import time

import numpy as np
import pandas as pd

import concord
from . import reading

SIGNATURE = {"shingleWords": 3, "bands": 32, "rows": 2, "nameBands": 16, "nameRows": 2, "seed": 0}
ROW_META = pd.DataFrame({"band": pd.Series([], dtype="uint8"), "key": pd.Series([], dtype="uint64"),
                         "uid": pd.Series([], dtype="int64")})
EDGE_META = pd.DataFrame({"a": pd.Series([], dtype="int64"), "b": pd.Series([], dtype="int64"),
                          "band": pd.Series([], dtype="int64"),
                          "key": pd.Series([], dtype="uint64"),
                          "size": pd.Series([], dtype="int64")})
META_COLUMNS = ["uid", "id", "location", "size", "words", "seq", "title", "date", "path",
                "offset", "length"]


def read_and_sign(units, max_bytes, signature):
    """Documents of `units` as a metadata frame, their band rows, their paragraphs (hash and
    uid, once per document), and the rejects."""
    docs, rejects = reading.read_units(units, max_bytes)
    words, seqs, keys, counts, hashes = concord.sign_many([d["text"] for d in docs],
                                                          paragraphs=True, **signature)
    kept = []
    for doc, count, seq in zip(docs, words, seqs):
        if count == 0:
            rejects.append({"uid": doc["uid"], "id": doc["id"], "location": doc["location"],
                            "reason": "empty: no words"})
            continue
        doc.update(words=count, seq=np.uint64(seq).astype(np.int64))
        del doc["text"]
        kept.append(doc)
    bands = signature["bands"] + signature["nameBands"]
    has_words = np.array(words, dtype=np.uint32) > 0
    matrix = np.frombuffer(keys, dtype=np.uint64).reshape(len(docs), bands)[has_words]
    meta = pd.DataFrame(kept, columns=META_COLUMNS)
    uids = meta["uid"].to_numpy(dtype=np.int64)
    rows = pd.DataFrame({
        "band": np.tile(np.arange(bands, dtype=np.uint8), len(kept)),
        "key": matrix.reshape(-1),
        "uid": np.repeat(uids, bands),
    })
    rows = rows[rows["key"] != 0].reset_index(drop=True)
    counts = np.array(counts, dtype=np.int64)
    owner = np.repeat(np.array([d["uid"] for d in docs], dtype=np.int64), counts)
    paragraph_rows = np.frombuffer(hashes, dtype=np.uint64)[np.repeat(has_words, counts)]
    paragraphs = _unique_pairs(paragraph_rows, owner[np.repeat(has_words, counts)])
    return {"meta": meta, "rows": rows, "rejects": rejects, "paragraphs": paragraphs}


def _unique_pairs(hashes, uids):
    """(hash, uid) pairs without repeats, sorted by hash then uid, as a two-column frame."""
    order = np.lexsort((uids, hashes))
    h, u = hashes[order], uids[order]
    keep = np.r_[True, (h[1:] != h[:-1]) | (u[1:] != u[:-1])] if len(h) else np.zeros(0, bool)
    return pd.DataFrame({"hash": h[keep], "uid": u[keep]})


def shared_paragraphs(frames, dropped, max_shared):
    """The paragraphs in more than `max_shared` documents (not counting those in `dropped`,
    sorted uids: repeated ids and exact copies but the first), as a frame of hash, documents
    (how many contain it) and first (smallest uid containing it), by hash."""
    both = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        {"hash": np.zeros(0, np.uint64), "uid": np.zeros(0, np.int64)})
    both = both[~np.isin(both["uid"].to_numpy(), dropped)]
    h = both["hash"].to_numpy(dtype=np.uint64)
    u = both["uid"].to_numpy(dtype=np.int64)
    order = np.lexsort((u, h))
    h, u = h[order], u[order]
    if len(h) == 0:
        return pd.DataFrame({"hash": h, "documents": u, "first": u})
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    sizes = np.diff(np.r_[starts, len(h)])
    wide = starts[sizes > max_shared]
    return pd.DataFrame({"hash": h[wide], "documents": sizes[sizes > max_shared],
                         "first": u[wide]})


def resigned_rows(part, skipped, signature):
    """The band rows of a read_and_sign result, the documents that hold a paragraph of
    `skipped` (sorted hashes) signed again without those paragraphs."""
    rows, paragraphs = part["rows"], part["paragraphs"]
    hit = np.isin(paragraphs["hash"].to_numpy(dtype=np.uint64), skipped)
    uids = np.unique(paragraphs["uid"].to_numpy()[hit])
    if len(uids) == 0:
        return rows
    meta = part["meta"]
    docs = meta[meta["uid"].isin(uids)].to_dict("records")
    texts = reading.read_again(docs)
    _, _, keys = concord.sign_many(texts, skippedParagraphs=[int(x) for x in skipped],
                                   **signature)
    bands = signature["bands"] + signature["nameBands"]
    matrix = np.frombuffer(keys, dtype=np.uint64).reshape(len(docs), bands)
    again = pd.DataFrame({
        "band": np.tile(np.arange(bands, dtype=np.uint8), len(docs)),
        "key": matrix.reshape(-1),
        "uid": np.repeat(np.array([d["uid"] for d in docs], dtype=np.int64), bands),
    })
    again = again[again["key"] != 0]
    kept = rows[~rows["uid"].isin(uids)]
    return pd.concat([kept, again], ignore_index=True).astype(ROW_META.dtypes.to_dict())


def concat_rows(frames):
    """One frame of the band rows of a bag partition."""
    return pd.concat(frames, ignore_index=True) if frames else ROW_META.copy()


def drop_rows(rows, dropped):
    """Band rows without the documents in `dropped` (sorted uids)."""
    return rows[~np.isin(rows["uid"].to_numpy(), dropped)]


def split_by_band(frames, dropped, count):
    """The band rows of a bag partition, without the documents in `dropped`, cut into `count`
    frames: band b in frame b % count (the shuffle by band)."""
    rows = drop_rows(concat_rows(frames), dropped)
    group = rows["band"].to_numpy() % count
    order = np.argsort(group, kind="stable")
    bounds = np.searchsorted(group[order], np.arange(count + 1))
    rows = rows.iloc[order]
    return [rows.iloc[bounds[g]:bounds[g + 1]] for g in range(count)]


def band_group_edges(pieces, max_bucket):
    """bucket_edges of the rows of one band group, from every partition's piece of it."""
    return bucket_edges(pd.concat(pieces, ignore_index=True), max_bucket)


def bucket_edges(rows, max_bucket):
    """Candidate pairs (a < b, uids) of every bucket of 2..max_bucket documents in `rows`, and a
    row with b = -1 for each bucket past max_bucket (a: its first uid, size: its documents)."""
    rows = rows.sort_values(["band", "key", "uid"])
    band = rows["band"].to_numpy().astype(np.int64)
    key = rows["key"].to_numpy()
    uid = rows["uid"].to_numpy()
    if len(rows) == 0:
        return EDGE_META.copy()
    starts = np.flatnonzero(np.r_[True, (band[1:] != band[:-1]) | (key[1:] != key[:-1])])
    sizes = np.diff(np.r_[starts, len(rows)])
    parts = []
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= max_bucket)]):
        first = starts[sizes == size]
        members = uid[first[:, None] + np.arange(size)]
        x, y = np.triu_indices(size, 1)
        a, b = members[:, x].reshape(-1), members[:, y].reshape(-1)
        parts.append(pd.DataFrame({"a": a, "b": b, "band": -1, "key": np.uint64(0), "size": size}))
    big = starts[sizes > max_bucket]
    parts.append(pd.DataFrame({"a": uid[big], "b": -1, "band": band[big], "key": key[big],
                               "size": sizes[sizes > max_bucket]}))
    return pd.concat(parts, ignore_index=True).astype(EDGE_META.dtypes.to_dict())


def analyse_components(components, out_dir, options):
    """Verifies and analyses each candidate component ({"members": records, "edges": local
    pairs, "verified": bool}); returns the records of the clusters it writes.

    A component (of at most max_set documents) is analysed as one set by the core: its clusters
    are the core's, every pair in them verified by its scores. A group already verified pair by
    pair (split_large and verified_groups) is one cluster, analysed as a set.
    """
    results = []
    # Every text of the bin in one pass, each input file opened once.
    every = reading.read_again([m for comp in components for m in comp["members"]])
    begin = 0
    for comp in components:
        members = comp["members"]
        texts, begin = every[begin:begin + len(members)], begin + len(members)
        if comp.get("verified"):
            analysis, groups = None, [list(range(len(members)))]
        else:
            analysis = concord.analyze(texts, names=[m["id"] for m in members], **options)
            groups = analysis["clusters"]
        for group in sorted(groups):
            whole = analysis is not None and len(group) == len(members)
            results.append(_write_cluster([members[i] for i in group], [texts[i] for i in group],
                                          analysis if whole else None, out_dir, options))
    return results


def split_large(components, count):
    """The candidate pairs of components too large for one set, in about `count` chunks:
    {"members": records read, "edges": pairs in them, "origin": (component, member) each}."""
    pairs = [(c, x, y) for c, comp in enumerate(components) for x, y in comp["edges"]]
    size = max(1, -(-len(pairs) // max(1, count)))
    chunks = []
    for begin in range(0, len(pairs), size):
        part = pairs[begin:begin + size]
        origin = sorted({(c, i) for c, x, y in part for i in (x, y)})
        local = {o: i for i, o in enumerate(origin)}
        chunks.append({"members": [components[c]["members"][i] for c, i in origin],
                       "edges": [(local[c, x], local[c, y]) for c, x, y in part],
                       "origin": origin})
    return chunks


def verify_chunk(chunk, options):
    """Each pair of the chunk analysed alone by the core: the related ones, as (component,
    member, member)."""
    texts = reading.read_again(chunk["members"])
    scores = concord.pair_scores_many(texts, chunk["edges"], **options)
    origin = chunk["origin"]
    return [(origin[x][0], origin[x][1], origin[y][1])
            for (x, y), s in zip(chunk["edges"], scores) if s["level"] != "unrelated"]


def verified_groups(components, related):
    """Components (the core's union-find) of the related pairs of each large component, as
    verified groups of two or more members."""
    edges_of = {}
    for c, x, y in related:
        edges_of.setdefault(c, []).append((x, y))
    groups = []
    for c, comp in enumerate(components):
        edges = edges_of.get(c, [])
        roots = concord.components(len(comp["members"]), edges)
        by_root = {}
        for i, root in enumerate(roots):
            by_root.setdefault(root, []).append(i)
        groups.extend({"members": [comp["members"][i] for i in g], "edges": [], "verified": True}
                      for _, g in sorted(by_root.items()) if len(g) >= 2)
    return groups


def _write_cluster(docs, texts, analysis, out_dir, options):
    """Writes one cluster in the page's format (analysing it unless `analysis` is of exactly
    these documents) and returns its record, with its related pairs and their scores."""
    names = [d["id"] for d in docs]
    if analysis is None:
        analysis = concord.analyze(texts, names=names, **options)
    export = concord.export_json(texts, names, analysis, sizes=[d["size"] for d in docs])
    for entry, doc in zip(export["documents"], docs):
        entry.update(location=doc["location"], title=doc["title"], date=doc["date"])
    name = f"clusters/{docs[0]['uid']:013x}.json"
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
        # dumps, not dump(indent=...): those take json's pure-Python encoder, which cost two
        # thirds of this stage's CPU time.
        f.write(json.dumps(export, ensure_ascii=False))
    pairs = [dict(p["scores"], level=p["level"], a=names[p["a"]], b=names[p["b"]])
             for p in analysis["pairs"] if p["level"] != "unrelated"]
    return {"uid": docs[0]["uid"], "size": len(docs), "file": name,
            "documents": [{"id": d["id"], "location": d["location"], "title": d["title"],
                           "date": d["date"]} for d in docs],
            "pairs": pairs}


def exact_copy_classes(meta):
    """(edges, dropped): each class of identical word sequences as a star from its first
    member (indices into meta), and the uids of the other members, sorted."""
    seq = meta["seq"].to_numpy()
    order = np.argsort(seq, kind="stable")
    s = seq[order]
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    ends = np.r_[starts[1:], len(s)]
    edges, dropped = [], []
    for begin, end in zip(starts, ends):
        if end - begin < 2:
            continue
        first = order[begin]
        for other in order[begin + 1:end]:
            edges.append((int(first), int(other)))
            dropped.append(int(meta["uid"].iat[other]))
    return edges, np.array(sorted(dropped), dtype=np.int64)


def balanced_bins(components, count):
    """Components spread over `count` bins, largest first onto the lightest bin."""
    bins = [[] for _ in range(max(1, count))]
    weight = [0] * len(bins)
    for comp in sorted(components, key=lambda c: -len(c["members"])):
        i = weight.index(min(weight))
        bins[i].append(comp)
        weight[i] += len(comp["members"]) + len(comp["edges"])
    return [b for b in bins if b]


def stamp():
    return time.monotonic()
