"""Concord at corpus scale, on Dask: which documents of a large collection copy or rewrite which.

    /usr/bin/python3 -m concord.corpus INPUT... --out DIR     (see docs/corpus.md)

    from concord.corpus import run
    summary = run(["articles.jsonl"], "results", workers=2)

Runs on a LocalCluster, or on the cluster at DASK_SCHEDULER_ADDRESS when that is set.
"""
import json
import logging
import os
import sys
import time

import dask
import dask.bag as db
import numpy as np
import pandas as pd

import concord
from . import pipeline, reading

MAX_BUCKET = 100
# A paragraph in more documents than this is boilerplate, left out of the signatures.
MAX_SHARED = 100
# A candidate component of at most this many documents is analysed as one set.
MAX_SET = 200
SUMMARY_LIST_LIMIT = 1000


# Dask's periodic work, which costs CPU time in proportion to wall time whatever the tasks do:
# the workers' statistical profiler (a stack sample every 10 ms), the event-loop tick (20 ms),
# the system and memory monitors (0.5 s and 0.1 s). Idle, a LocalCluster of two workers spent
# 3.4 CPU seconds per 30 s with the defaults and 0.35 with these; on a loaded machine, where a
# run of 100,000 articles took 10 minutes of wall time, that was most of the pipeline's CPU
# time. Set for the LocalCluster that connect() starts; a cluster of one's own keeps its config.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def local_cluster(workers=None):
    """A LocalCluster of `workers` single-threaded worker processes (default: one per core),
    with LOCAL_CLUSTER_CONFIG."""
    from distributed import LocalCluster
    logging.getLogger("distributed").setLevel(logging.ERROR)
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=":0")


def connect(workers=None):
    """(client, cluster): the cluster at DASK_SCHEDULER_ADDRESS, else a new local_cluster() of
    `workers` processes."""
    from distributed import Client
    address = os.environ.get("DASK_SCHEDULER_ADDRESS")
    if address:
        return Client(address), None
    cluster = local_cluster(workers)
    return Client(cluster), cluster


def _process_cpu():
    """CPU seconds of this process (all its threads) so far."""
    return time.process_time()


class Stage:
    """Prints a stage's name, shows Dask's progress bar for its futures, and times it: wall
    seconds in `seconds`, CPU seconds of the workers (all their processes' threads, Dask's own
    work included) and of the driver in `cpu`."""

    def __init__(self, show, log):
        self.show, self.log, self.seconds, self.cpu = show, log, {}, {}
        self.driver_cpu = time.process_time()

    def mark(self, name, since):
        """Records the time from `since` (and the driver's CPU time since the last stage) as
        stage `name` (work on the driver)."""
        self.seconds[name] = round(time.monotonic() - since, 3)
        self.cpu[name] = {"driver": round(time.process_time() - self.driver_cpu, 3)}
        self.driver_cpu = time.process_time()
        return time.monotonic()

    def run(self, name, client, collection):
        started = time.monotonic()
        driver, workers = time.process_time(), self._workers_cpu(client)
        result = self._compute(name, client, collection)
        self.seconds[name] = round(time.monotonic() - started, 3)
        self.cpu[name] = {"workers": round(self._workers_cpu(client) - workers, 3),
                          "driver": round(time.process_time() - driver, 3)}
        self.driver_cpu = time.process_time()
        return result

    @staticmethod
    def _workers_cpu(client):
        return sum(client.run(_process_cpu).values())

    def _compute(self, name, client, collection):
        if self.show:
            print(f"{name}:", file=self.log, flush=True)
        futures = client.compute(collection)
        if self.show:
            from distributed import progress
            progress(futures)
            print(file=self.log, flush=True)
        return client.gather(futures)


def run(inputs, out, partitions=None, workers=None, max_bytes=reading.DEFAULT_MAX_BYTES,
        max_bucket=MAX_BUCKET, options=None, show_progress=True, log=sys.stderr, client=None,
        max_set=MAX_SET, max_shared=MAX_SHARED):
    """Runs the pipeline on `inputs` (folders of text files, JSON Lines files) into folder
    `out`; returns the summary it writes there. `client`: a distributed Client to run on
    instead of connecting (and closing) one; `options`: the page's analyze() options;
    `max_shared`: a paragraph in more documents is boilerplate, left out of the signatures."""
    started = time.monotonic()
    options = dict(options or {})
    os.makedirs(os.path.join(out, "clusters"), exist_ok=True)
    own = client is None
    connecting = time.monotonic()
    client, cluster = connect(workers) if own else (client, None)
    connected = round(time.monotonic() - connecting, 3)
    scheduler = "LocalCluster" if cluster is not None else client.scheduler.address
    try:
        nworkers = len(client.scheduler_info()["workers"])
        partitions = partitions or reading.auto_partitions(inputs, nworkers)
        stage = Stage(show_progress, log)
        stage.seconds["connect"] = connected
        result = _stages(client, stage, inputs, out, partitions, max_bytes,
                         {"bucket": max_bucket, "set": max_set, "shared": max_shared}, options)
    finally:
        if own:
            client.close()
        if cluster is not None:
            cluster.close()
    result["run"] = {"partitions": partitions, "workers": nworkers,
                     "scheduler": scheduler,
                     "seconds": round(time.monotonic() - started, 3), "stages": stage.seconds,
                     "stageCpu": stage.cpu}
    with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    return result


def _stages(client, stage, inputs, out, partitions, max_bytes, limits, options):
    max_bucket, max_set = limits["bucket"], limits["set"]
    units = reading.list_units(inputs, partitions)
    groups = reading.group_units(units, partitions)
    signed = db.from_sequence(groups, npartitions=max(1, len(groups))).map(
        pipeline.read_and_sign, max_bytes, pipeline.SIGNATURE)
    signed = client.persist(signed)
    metas, rejects, paragraphs = stage.run("read and sign", client, [
        signed.pluck("meta"), signed.pluck("rejects"), signed.pluck("paragraphs")])
    since = time.monotonic()
    meta = pd.concat(metas, ignore_index=True) if metas else pd.DataFrame(
        columns=pipeline.META_COLUMNS)
    meta = meta.sort_values("uid", kind="stable").reset_index(drop=True)
    rejected = [r for part in rejects for r in part]
    duplicate = meta["id"].duplicated(keep="first").to_numpy()
    first_at = meta.drop_duplicates("id").set_index("id")["location"]
    for row in meta[duplicate].itertuples():
        rejected.append({"uid": row.uid, "id": row.id, "location": row.location,
                         "reason": f"duplicate id: first at {first_at[row.id]}"})
    dropped_ids = meta["uid"].to_numpy()[duplicate]
    meta = meta[~duplicate].reset_index(drop=True)
    exact_edges, copies = pipeline.exact_copy_classes(meta)

    dropped = np.unique(np.r_[dropped_ids, copies]).astype(np.int64)
    shared = pipeline.shared_paragraphs(paragraphs, dropped, limits["shared"])
    del paragraphs
    since = stage.mark("driver: ids, copies, shared paragraphs", since)
    if len(shared):
        skipped = shared["hash"].to_numpy(dtype=np.uint64)
        parts = signed.map(pipeline.resigned_rows, skipped, pipeline.SIGNATURE)
    else:
        parts = signed.pluck("rows")
    # Shuffle by band: each partition's rows cut into band groups, each group's buckets found
    # in one task.
    groups = min(partitions, pipeline.SIGNATURE["bands"] + pipeline.SIGNATURE["nameBands"])
    cut = [dask.delayed(pipeline.split_by_band, nout=groups)(d, dropped, groups)
           for d in parts.to_delayed()]
    found = [dask.delayed(pipeline.band_group_edges)([c[g] for c in cut], max_bucket)
             for g in range(groups)]
    edges = pd.concat(stage.run("buckets", client, found), ignore_index=True)
    del signed

    since = time.monotonic()
    uids = meta["uid"].to_numpy()
    pairs = edges[edges["b"] >= 0]
    a = np.searchsorted(uids, pairs["a"].to_numpy())
    b = np.searchsorted(uids, pairs["b"].to_numpy())
    codes = np.unique(np.r_[a.astype(np.uint64) << np.uint64(32) | b.astype(np.uint64),
                            [np.uint64(x) << np.uint64(32) | np.uint64(y) for x, y in exact_edges]]
                      .astype(np.uint64))
    candidates = list(zip((codes >> np.uint64(32)).astype(np.int64).tolist(),
                          (codes & np.uint64(0xFFFFFFFF)).astype(np.int64).tolist()))
    components = _candidate_components(meta, candidates)
    large = [c for c in components if len(c["members"]) > max_set]
    components = [c for c in components if len(c["members"]) <= max_set]
    stage.mark("driver: candidates", since)
    if large:
        # Too large for one set (a chain through boilerplate): pairs verified over many tasks.
        chunks = pipeline.split_large(large, 4 * partitions)
        related = stage.run("verify large components", client, db.from_sequence(
            chunks, npartitions=len(chunks)).map(pipeline.verify_chunk, options))
        components += pipeline.verified_groups(large, [r for part in related for r in part])
    bins = pipeline.balanced_bins(components, 4 * partitions)
    analysed = stage.run("verify and analyse", client, db.from_sequence(
        bins, npartitions=max(1, len(bins))).map(pipeline.analyse_components, out, options))
    found_clusters = [r for part in analysed for r in part]
    since = time.monotonic()
    boilerplate = _boilerplate(edges[edges["b"] < 0], meta)
    boilerplate_paragraphs = _shared_report(shared, meta)
    try:
        return _report(inputs, out, meta, rejected, found_clusters, len(candidates),
                       len(exact_edges), boilerplate, boilerplate_paragraphs, limits, options)
    finally:
        stage.mark("driver: report", since)


def _candidate_components(meta, candidates):
    """Connected components (the core's union-find) of the candidate pairs, as member records
    (in uid order) and their candidate pairs in member indices."""
    roots = concord.components(len(meta), candidates)
    members, edges = {}, {}
    for i, root in enumerate(roots):
        members.setdefault(root, []).append(i)
    for x, y in candidates:
        edges.setdefault(roots[x], []).append((x, y))
    groups = [group for _, group in sorted(members.items()) if len(group) >= 2]
    # Records of the members only: at 1,000,000 articles, a dict for every document held the
    # driver for a minute and a gigabyte.
    records = meta.iloc[[g for group in groups for g in group]].to_dict("records")
    components, begin = [], 0
    for group in groups:
        local = {g: i for i, g in enumerate(group)}
        components.append({"members": records[begin:begin + len(group)],
                           "edges": [(local[x], local[y]) for x, y in edges[roots[group[0]]]]})
        begin += len(group)
    return components


def _boilerplate(big, meta):
    ids = dict(zip(meta["uid"], meta["id"]))
    found = [{"kind": "bucket", "band": int(r.band), "key": f"{int(r.key):016x}",
              "documents": int(r.size), "first": ids.get(int(r.a))} for r in big.itertuples()]
    return sorted(found, key=lambda x: (-x["documents"], x["band"], x["key"]))


def _shared_report(shared, meta):
    """The paragraphs left out of the signatures as boilerplate, most shared first."""
    where = meta.set_index("uid")[["id", "location"]]
    found = [{"kind": "paragraph", "key": f"{int(r.hash):016x}", "documents": int(r.documents),
              "first": where.at[int(r.first), "id"],
              "location": where.at[int(r.first), "location"]} for r in shared.itertuples()]
    return sorted(found, key=lambda x: (-x["documents"], x["key"]))


def _report(inputs, out, meta, rejected, clusters, candidates, exact, boilerplate, paragraphs,
            limits, options):
    clusters.sort(key=lambda c: (-c["size"], c["uid"]))
    with open(os.path.join(out, "clusters.jsonl"), "w", encoding="utf-8") as f:
        for number, c in enumerate(clusters, 1):
            record = {"cluster": number, **{k: v for k, v in c.items() if k != "uid"}}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    rejected.sort(key=lambda r: r["uid"])
    for r in rejected:
        r.pop("uid")
    with open(os.path.join(out, "rejected.jsonl"), "w", encoding="utf-8") as f:
        for r in rejected:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "boilerplate.jsonl"), "w", encoding="utf-8") as f:
        for b in paragraphs + boilerplate:
            f.write(json.dumps(b, ensure_ascii=False) + "\n")
    analysed = len(meta)
    return {
        "generator": "Concord corpus",
        "inputs": list(inputs),
        "documents": {"read": analysed + len(rejected), "analysed": analysed,
                      "rejected": len(rejected)},
        "clusters": len(clusters),
        "documentsInClusters": sum(c["size"] for c in clusters),
        "largestCluster": clusters[0]["size"] if clusters else 0,
        "candidatePairs": candidates,
        "exactCopyPairs": exact,
        "relatedPairs": sum(len(c["pairs"]) for c in clusters),
        "boilerplateBuckets": len(boilerplate),
        "boilerplateParagraphs": len(paragraphs),
        "maxBucket": limits["bucket"],
        "maxShared": limits["shared"],
        "options": options,
        "files": {"clusters": "clusters.jsonl", "rejected": "rejected.jsonl",
                  "boilerplate": "boilerplate.jsonl", "clusterJson": "clusters/"},
        "rejected": rejected[:SUMMARY_LIST_LIMIT],
        "boilerplate": boilerplate[:SUMMARY_LIST_LIMIT],
        "boilerplateParagraphList": paragraphs[:SUMMARY_LIST_LIMIT],
    }
