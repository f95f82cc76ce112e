"""Bad input: each bad document is rejected with its location and reason; the good ones are all
analysed."""
import json
import os

import pytest

from concord.corpus import run

GOOD = ("The mill at Rosby burned down on Sunday night and firemen from three villages fought "
        "the blaze until morning, while the owner watched from the road.")


@pytest.fixture(scope="module")
def bad_run(two_workers, tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    folder = root / "files"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "copy.txt").write_text(GOOD, encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (folder / "latin1.txt").write_bytes("caf\xe9 ol\xe9".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    (folder / "huge.txt").write_text("word " * 3000, encoding="utf-8")
    lines = [
        json.dumps({"id": "j1", "text": GOOD + " Later."}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"id": "j2"}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "j1", "text": "a second j1"}),
        "",
        json.dumps({"id": "j3", "text": "bad \ud800 surrogate"}),
        json.dumps({"id": "j4", "text": ""}),
        json.dumps({"id": "j5", "text": "... !!! ???"}),
        json.dumps({"id": 6, "text": "A number id is fine, and this line is kept."}),
    ]
    jsonl = root / "lines.jsonl"
    jsonl.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n"
                      + b'{"id": "j7", "text": "caf\xe9"}\n')
    out = root / "out"
    summary = run([str(folder), str(jsonl)], str(out), max_bytes=10000, client=two_workers,
                  show_progress=False)
    return summary, str(folder), str(jsonl), str(out)


def reasons(summary):
    return {r["location"]: r["reason"] for r in summary["rejected"]}


def test_each_bad_file_is_rejected_with_its_reason(bad_run):
    summary, folder, _, _ = bad_run
    got = reasons(summary)
    assert got[os.path.join(folder, "image.png")].startswith("binary: NUL byte")
    assert got[os.path.join(folder, "latin1.txt")] == "invalid UTF-8 at byte 3"
    assert got[os.path.join(folder, "empty.txt")] == "empty: no text"
    assert got[os.path.join(folder, "blank.txt")] == "empty: no text"
    assert got[os.path.join(folder, "huge.txt")].startswith("too large: 15000 bytes")


def test_each_bad_line_is_rejected_with_its_line_number(bad_run):
    summary, _, jsonl, _ = bad_run
    got = reasons(summary)
    assert got[f"{jsonl}:2"].startswith("malformed JSON")
    assert got[f"{jsonl}:3"].startswith("malformed JSON: a line must be an object")
    assert got[f"{jsonl}:4"] == "no text: each line needs a text string"
    assert got[f"{jsonl}:5"].startswith("no id")
    assert got[f"{jsonl}:6"] == f"duplicate id: first at {jsonl}:1"
    assert got[f"{jsonl}:8"].startswith("invalid text: lone surrogate")
    assert got[f"{jsonl}:9"] == "empty: no text"
    assert got[f"{jsonl}:10"] == "empty: no words"
    assert got[f"{jsonl}:12"].startswith("invalid UTF-8")
    assert f"{jsonl}:7" not in got  # a blank line holds no document


def test_nothing_else_is_lost(bad_run):
    summary, folder, jsonl, out = bad_run
    assert summary["documents"] == {"read": 18, "analysed": 4, "rejected": 14}
    with open(os.path.join(out, "rejected.jsonl"), encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == summary["rejected"]
    with open(os.path.join(out, "clusters.jsonl"), encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f]
    ids = sorted(d["id"] for c in clusters for d in c["documents"])
    assert ids == sorted([os.path.join(folder, "copy.txt"), os.path.join(folder, "good.txt"),
                          "j1"])
