#!/usr/bin/python3
"""Writes the fuzzers' seed corpus (fuzz/corpus/<fuzzer>/) from the project's own fixtures.

Run from anywhere: /usr/bin/python3 fuzz/make_corpus.py. The seeds are committed; rerun this
after changing tests/fixtures or the input layouts (fuzz/documents.h, the fuzzers' option bytes).
"""
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "analyze"
REWRITES = ROOT / "tests" / "fixtures" / "rewrites"
CORPUS = ROOT / "fuzz" / "corpus"
SIDES = b"\xff\x00"  # Diff fuzzer: left and right text.
DOCUMENT = b"\x1e"  # documents.h: the document separator.


def fixture(name):
    return (FIXTURES / name).read_bytes()


def crlf(text):
    return text.replace(b"\n", b"\r\n")


def typographic(text):
    """The text as a word processor writes it: curly quotes, dashes, a BOM, non-ASCII words."""
    text = text.replace(b"'", "\u2019".encode()).replace(b" - ", " \u2014 ".encode())
    text = text.replace(b"euros", "\u20ac".encode()).replace(b"cafe", "caf\u00e9".encode())
    return "\ufeff".encode() + text + "\n\u201cDr. M\u00fcller\u201d \u65e5\u672c \U0001f468\u200d\U0001f469\u200d\U0001f467 e\u0301 10,000 U.S.\n".encode()


def blank_lines(text):
    """Every line its own paragraph between blank lines."""
    return text.replace(b"\n", b"\n\n")


def edits(*triples):
    """The edit block of documents.h: a count, then (kind | source << 2 | target << 5, line,
    parameter) per edit."""
    out = bytes([len(triples)])
    for kind, source, target, line, parameter in triples:
        out += bytes([kind | source << 2 | target << 5, line, parameter])
    return out


def diff_seeds():
    a, edited, rewrite = fixture("story_a.txt"), fixture("story_a_edited.txt"), fixture("story_b_rewrite.txt")
    twice = fixture("pasted_twice.txt")
    return {
        "edited-lines": b"\x00" + a + SIDES + edited,
        "edited-words": b"\x01" + a + SIDES + edited,
        "edited-paragraphs-moves": b"\x02" + a + SIDES + edited,
        "rewrite-ignore-case": b"\x3d" + a + SIDES + rewrite,
        "crlf-vs-lf": b"\x09" + crlf(a) + SIDES + edited,
        "typographic": b"\x21" + typographic(a) + SIDES + a,
        "pasted-twice-half": b"\x02" + twice + SIDES + twice[: len(twice) // 2],
        "no-final-newline": b"\x00" + fixture("digest.txt").rstrip(b"\n") + SIDES + fixture("digest.txt"),
        "lone-cr": b"\x41" + fixture("garden.txt").replace(b"\n", b"\r") + SIDES + fixture("garden.txt"),
    }


def analyze_seeds():
    a, edited, rewrite = fixture("story_a.txt"), fixture("story_a_edited.txt"), fixture("story_b_rewrite.txt")
    coast, digest, garden, twice = (fixture(n) for n in ("coast_roundup.txt", "digest.txt", "garden.txt", "pasted_twice.txt"))
    stories = DOCUMENT.join([a, edited, rewrite])
    return {
        # Options bytes: flags (split, case, punctuation, typography, near 0, min words 2,
        # passage min 1) and more (gap, sparse matrix, no all-pairs, exhaustive, seeds, no near).
        "stories": b"\x00\x00" + edits() + stories,
        "stories-copied-block": b"\x5c\x10" + edits((2, 0, 2, 1, 3), (1, 1, 0, 2, 9)) + stories,
        "stories-sparse": b"\xc1\x0d" + edits((3, 2, 1, 0, 6)) + stories,
        "pasted-twice": b"\x02\x00" + edits((2, 0, 0, 0, 15)) + twice,
        "coast-digest-garden": b"\x1c\x21" + edits((0, 0, 1, 3, 1), (0, 1, 2, 0, 0)) + DOCUMENT.join([coast, digest, garden]),
        "all-fixtures": b"\x00\x60" + edits((2, 3, 6, 0, 4)) + DOCUMENT.join([a, edited, rewrite, coast, digest, garden, twice]),
        "crlf-typographic": b"\x14\x02" + edits((1, 0, 1, 1, 5)) + crlf(a) + DOCUMENT + typographic(edited),
        "blank-line-paragraphs": b"\x02\x80" + edits((2, 0, 1, 0, 2)) + blank_lines(coast) + DOCUMENT + blank_lines(digest),
    }


def align_seeds():
    a, edited, rewrite = fixture("story_a.txt"), fixture("story_a_edited.txt"), fixture("story_b_rewrite.txt")
    twice = fixture("pasted_twice.txt")
    return {
        "rewrite": b"\x00\x02" + edits() + a + DOCUMENT + rewrite,
        "edited": b"\x00\x00" + edits() + a + DOCUMENT + edited,
        "rewrite-perturbed": b"\x44\x07" + edits((3, 0, 1, 2, 7), (1, 0, 1, 4, 12)) + a + DOCUMENT + rewrite,
        "pasted-twice": b"\x02\x02" + edits((2, 1, 1, 0, 15)) + twice + DOCUMENT + twice,
        "pasted-twice-kept": b"\x22\x01" + edits() + twice + DOCUMENT + twice,
        "typographic-crlf": b"\x1c\x02" + edits() + typographic(a) + DOCUMENT + crlf(rewrite),
        "garden-blank-lines": b"\x82\x03" + edits((0, 0, 1, 1, 0)) + blank_lines(fixture("garden.txt")) + DOCUMENT + fixture("garden.txt"),
    }


def rewrite(name, side):
    """A labelled rewrite (tests/fixtures/rewrites) without its {N} tags."""
    return re.sub(rb"\{[0-9,]*\}", b"", (REWRITES / f"{name}.{side}.txt").read_bytes())


# Rewrite pairs for the sentence fuzzers: a few of each kind of story.
REWRITE_SEEDS = ("bike-lanes", "ferry-strike", "museum", "hospital")


def sentence_seeds():
    """The sentence fuzzer: a cut byte, no edits, one text."""
    seeds = {f"{name}-{side}": b"\x50" + edits() + rewrite(name, side)
             for name in REWRITE_SEEDS for side in "ab"}
    seeds["typographic"] = b"\x31" + edits() + typographic(fixture("story_a.txt"))
    seeds["crlf-blank-lines"] = b"\xf0" + edits() + crlf(blank_lines(fixture("digest.txt")))
    return seeds


def sentence_align_seeds():
    """The sentence alignment fuzzer: an option byte, edits, the source and its rewrite."""
    seeds = {name: b"\x00" + edits() + rewrite(name, "a") + DOCUMENT + rewrite(name, "b")
             for name in REWRITE_SEEDS}
    museum = rewrite("museum", "b")
    seeds["museum-pasted-twice"] = b"\x04" + edits((2, 1, 1, 0, 15)) + rewrite("museum", "a") + DOCUMENT + museum + museum
    seeds["ferry-perturbed"] = b"\x01" + edits((3, 0, 1, 2, 7), (1, 0, 1, 4, 12)) + rewrite("ferry-strike", "a") + DOCUMENT + rewrite("ferry-strike", "b")
    seeds["typographic-crlf"] = b"\x08" + edits() + typographic(rewrite("hospital", "a")) + DOCUMENT + crlf(rewrite("hospital", "b"))
    return seeds


def main():
    for fuzzer, seeds in (("diff", diff_seeds()), ("analyze", analyze_seeds()), ("align", align_seeds()),
                          ("sentence", sentence_seeds()), ("sentence_align", sentence_align_seeds())):
        folder = CORPUS / fuzzer
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for name, data in seeds.items():
            (folder / name).write_bytes(data)
        print(f"{folder.relative_to(ROOT)}: {len(seeds)} seeds, {sum(len(d) for d in seeds.values())} bytes")


if __name__ == "__main__":
    main()
