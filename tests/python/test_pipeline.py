"""The corpus pipeline on a generated corpus: planted clusters recovered exactly, the same
results whatever the partitions and workers, boilerplate reported, the command line."""
import json
import os
import subprocess
import sys

import pytest

from concord.corpus import run
from conftest import ROOT, read_results


def found_clusters(out):
    with open(os.path.join(out, "clusters.jsonl"), encoding="utf-8") as f:
        return sorted(sorted(d["id"] for d in json.loads(line)["documents"]) for line in f)


@pytest.fixture(scope="module")
def four_partitions(planted, two_workers, tmp_path_factory):
    out = str(tmp_path_factory.mktemp("p4"))
    run([planted[0]], out, partitions=4, client=two_workers, show_progress=False)
    return out


def test_planted_clusters_are_recovered_exactly(planted, four_partitions):
    _, truth = planted
    kinds = {c["kind"] for c in truth["clusters"]}
    assert kinds == {"exact", "near", "rewrite"}
    assert found_clusters(four_partitions) == sorted(c["ids"] for c in truth["clusters"])


def test_boilerplate_articles_stay_apart(planted, four_partitions):
    _, truth = planted
    assert len(truth["boilerplate"]) >= 20
    clustered = {i for c in found_clusters(four_partitions) for i in c}
    assert not clustered & set(truth["boilerplate"])


def test_every_reported_pair_is_verified(four_partitions):
    with open(os.path.join(four_partitions, "clusters.jsonl"), encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            assert cluster["pairs"], cluster
            for pair in cluster["pairs"]:
                assert pair["level"] in ("identical", "minor changes", "rewritten")


def test_cluster_json_is_the_pages_export(four_partitions):
    with open(os.path.join(four_partitions, "clusters.jsonl"), encoding="utf-8") as f:
        first = json.loads(f.readline())
    with open(os.path.join(four_partitions, first["file"]), encoding="utf-8") as f:
        export = json.load(f)
    assert export["generator"] == "Concord"
    assert [d["name"] for d in export["documents"]] == [d["id"] for d in first["documents"]]
    assert all(d["text"] for d in export["documents"])
    assert export["analysis"]["clusters"] == [list(range(first["size"]))]


@pytest.mark.parametrize("partitions", [1, 16])
def test_partitions_do_not_change_results(planted, two_workers, four_partitions, partitions,
                                          tmp_path):
    run([planted[0]], str(tmp_path), partitions=partitions, client=two_workers,
        show_progress=False)
    assert read_results(str(tmp_path)) == read_results(four_partitions)


def test_one_worker_gives_the_same_results(planted, one_worker, four_partitions, tmp_path):
    run([planted[0]], str(tmp_path), partitions=4, client=one_worker, show_progress=False)
    assert read_results(str(tmp_path)) == read_results(four_partitions)


def test_components_too_large_for_one_set_are_verified_pair_by_pair(planted, two_workers,
                                                                   tmp_path):
    # max_set=2: every planted group of three or four goes through pairwise verification.
    _, truth = planted
    run([planted[0]], str(tmp_path), max_set=2, client=two_workers, show_progress=False)
    assert found_clusters(str(tmp_path)) == sorted(c["ids"] for c in truth["clusters"])


def test_oversized_buckets_are_reported_as_boilerplate(planted, two_workers, tmp_path):
    summary = run([planted[0]], str(tmp_path), max_bucket=3, client=two_workers,
                  show_progress=False)
    assert summary["boilerplateBuckets"] > 0
    big = summary["boilerplate"][0]
    assert big["documents"] > 3 and big["first"]
    with open(os.path.join(str(tmp_path), "boilerplate.jsonl"), encoding="utf-8") as f:
        assert len(f.readlines()) == summary["boilerplateBuckets"]


def test_command_line_on_a_folder_of_text_files(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    body = ("The harbour of Kelby reopened on Monday after storms closed it for nine days, "
            "and fishing boats returned with the first catch of the season. ") * 3
    (texts / "a.txt").write_text(body, encoding="utf-8")
    (texts / "b.txt").write_text(body.replace("nine", "ten"), encoding="utf-8")
    (texts / "c.txt").write_text("Something else entirely, about trains and timetables in "
                                 "the valley, written for a different paper.", encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "concord.corpus", str(texts), "--out",
                             str(out), "--workers", "1", "--quiet"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300,
                            env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    assert "read 3, analysed 3, rejected 0; 1 clusters (2 documents)" in result.stdout
    assert found_clusters(str(out)) == [[str(texts / "a.txt"), str(texts / "b.txt")]]
