"""The corpus pipeline on a generated corpus: planted clusters recovered exactly, the same
results whatever the partitions and workers, boilerplate reported, the command line."""
import json
import os
import subprocess
import sys

import pytest

from concord.corpus import generate, run
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


LEGAL_NOTICE = " ".join(f"notice{i}" for i in range(250)) + "."


@pytest.fixture(scope="module")
def notice_corpora(tmp_path_factory):
    """Paths of two corpora of the same 240 articles (30% in planted groups), one with a
    250-word legal notice ending every other unplanted article, and the truth."""
    folder = tmp_path_factory.mktemp("notice")
    records, truth = generate.generate(240, seed=11, footer_share=0)
    planted_ids = {i for c in truth["clusters"] for i in c["ids"]}
    plain, noticed = folder / "plain.jsonl", folder / "noticed.jsonl"
    with open(plain, "w", encoding="utf-8") as p, open(noticed, "w", encoding="utf-8") as n:
        unplanted = 0
        for record in records:
            p.write(json.dumps(record) + "\n")
            if record["id"] not in planted_ids:
                unplanted += 1
                if unplanted % 2:
                    record = dict(record, text=record["text"] + "\n\n" + LEGAL_NOTICE)
            n.write(json.dumps(record) + "\n")
    return str(plain), str(noticed), truth, (unplanted + 1) // 2


def test_paragraphs_many_documents_share_make_no_candidates(notice_corpora, two_workers,
                                                            tmp_path):
    plain, noticed, truth, with_notice = notice_corpora
    without = run([plain], str(tmp_path / "plain"), client=two_workers, show_progress=False,
                  max_shared=10)
    shared = run([noticed], str(tmp_path / "noticed"), client=two_workers, show_progress=False,
                 max_shared=10)
    # The notice is left out of the signatures: the same candidates as without it.
    assert shared["candidatePairs"] == without["candidatePairs"]
    assert found_clusters(str(tmp_path / "noticed")) == sorted(c["ids"] for c in truth["clusters"])
    assert shared["boilerplateParagraphs"] == 1
    assert without["boilerplateParagraphs"] == 0
    notice = shared["boilerplateParagraphList"][0]
    assert notice["kind"] == "paragraph" and notice["documents"] == with_notice
    with open(tmp_path / "noticed" / "boilerplate.jsonl", encoding="utf-8") as f:
        assert json.loads(f.readline()) == notice


def test_shared_paragraphs_under_the_limit_are_signed(notice_corpora, two_workers, tmp_path):
    _, noticed, _, with_notice = notice_corpora
    kept = run([noticed], str(tmp_path), client=two_workers, show_progress=False,
               max_shared=with_notice)
    assert kept["boilerplateParagraphs"] == 0
    left_out = run([noticed], str(tmp_path / "left"), client=two_workers, show_progress=False,
                   max_shared=with_notice - 1)
    assert left_out["boilerplateParagraphs"] == 1
    # Signed, the notice makes candidates of the articles that end with it.
    assert kept["candidatePairs"] > left_out["candidatePairs"]
