"""Shared fixtures of the Python tests: the package from python/ (built by scripts/build), a
generated corpus with planted answers, and LocalClusters of one and two worker processes that
the pipeline runs reuse (starting one costs seconds)."""
import json
import logging
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "python"))
# Worker processes import concord too.
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in [os.path.join(ROOT, "python"), os.environ.get("PYTHONPATH")] if p)

from concord.corpus import generate  # noqa: E402


@pytest.fixture(scope="session")
def planted(tmp_path_factory):
    """(path of a 300-article JSON Lines corpus, its truth)."""
    folder = tmp_path_factory.mktemp("planted")
    records, truth = generate.generate(300, seed=7)
    path = folder / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")
    return str(path), truth


def _cluster(workers):
    """A Client of a new LocalCluster of `workers` processes, closed after the session."""
    from distributed import Client, LocalCluster
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


@pytest.fixture(scope="session")
def two_workers():
    yield from _cluster(2)


@pytest.fixture(scope="session")
def one_worker():
    yield from _cluster(1)


def read_results(out):
    """Everything a run wrote that must not depend on partitions or workers."""
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    summary.pop("run")
    summary.pop("inputs")
    with open(os.path.join(out, "clusters.jsonl"), encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f]
    files = {}
    for cluster in clusters:
        with open(os.path.join(out, cluster["file"]), encoding="utf-8") as f:
            export = json.load(f)
        export["analysis"]["stats"].pop("milliseconds")
        files[cluster["file"]] = export
    with open(os.path.join(out, "rejected.jsonl"), encoding="utf-8") as f:
        rejected = [json.loads(line) for line in f]
    return {"summary": summary, "clusters": clusters, "files": files, "rejected": rejected}
