"""Benchmark of the corpus pipeline (scripts/bench corpus): documents per second per core and
peak memory per worker at several corpus sizes, and the page's analyze() on the smallest set.

Corpora come from concord.corpus.generate (seed 1; see its docstring for how articles and the
planted copies, rewrites and boilerplate are made) and are kept in $CONCORD_BENCH_DIR
(default /tmp/concord-bench) between runs. Per core is per CPU second: the CPU time of every
worker process and of the driver, so that a busy machine does not flatter or punish the figure;
wall-clock figures are printed beside it.

    PYTHONPATH=python /usr/bin/python3 python/bench/corpus.py --sizes 10000,100000
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time

import psutil

from concord.corpus import generate, local_cluster, run

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def corpus(size, folder):
    path = os.path.join(folder, f"corpus-{size}.jsonl")
    if not os.path.exists(path):
        records, truth = generate.generate(size, seed=1)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record) + "\n")
        with open(path[:-6] + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f)
        os.replace(path + ".tmp", path)
    with open(path[:-6] + ".truth.json", encoding="utf-8") as f:
        return path, json.load(f)


class Sampler:
    """Peak RSS of each worker process (and their CPU seconds) while a run goes on."""

    def __init__(self, pids):
        self.processes = [psutil.Process(p) for p in pids]
        self.peak = {p.pid: 0 for p in self.processes}
        self.start_cpu = {p.pid: sum(p.cpu_times()[:2]) for p in self.processes}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while not self.done.is_set():
            for p in self.processes:
                self.peak[p.pid] = max(self.peak[p.pid], p.memory_info().rss)
            time.sleep(0.1)

    def stop(self):
        self.done.set()
        self.thread.join()
        return (sum(sum(p.cpu_times()[:2]) - self.start_cpu[p.pid] for p in self.processes),
                max(self.peak.values()))


def measure(size, folder, client, cores, max_bucket, progress=False):
    path, truth = corpus(size, folder)
    pids = list(client.run(os.getpid).values())
    sampler = Sampler(pids)
    driver_cpu = time.process_time()
    started = time.monotonic()
    out = os.path.join(folder, f"out-{size}")
    shutil.rmtree(out, ignore_errors=True)
    summary = run([path], out, client=client, show_progress=progress, max_bucket=max_bucket)
    wall = time.monotonic() - started
    worker_cpu, peak = sampler.stop()
    cpu = worker_cpu + time.process_time() - driver_cpu
    with open(os.path.join(folder, f"out-{size}", "clusters.jsonl"), encoding="utf-8") as f:
        found = {tuple(sorted(d["id"] for d in json.loads(line)["documents"])) for line in f}
    planted = {tuple(c["ids"]) for c in truth["clusters"]}
    return {"documents": size, "wall": wall, "cpu": cpu, "perCore": size / cpu,
            "wallPerCore": size / wall / cores, "peakWorkerMB": peak / 2 ** 20,
            "driverMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "clusters": summary["clusters"], "planted": len(planted),
            "recovered": len(found & planted), "extra": len(found - planted),
            "candidates": summary["candidatePairs"], "related": summary["relatedPairs"],
            "boilerplate": summary["boilerplateBuckets"], "stages": summary["run"]["stages"],
            "stageCpu": summary["run"]["stageCpu"],
            "sharedParagraphs": summary["boilerplateParagraphs"],
            "load": os.getloadavg()[0]}


def page_analyze(size, folder):
    path, _ = corpus(size, folder)
    result = subprocess.run(["node", os.path.join(ROOT, "python", "bench", "page_analyze.mjs"),
                             path], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--workers", type=int, default=os.cpu_count())
    parser.add_argument("--max-bucket", type=int, default=100)
    parser.add_argument("--no-page", action="store_true", help="skip the page's analyze()")
    parser.add_argument("--progress", action="store_true",
                        help="stage names and Dask's progress bars on stderr")
    args = parser.parse_args()
    folder = os.environ.get("CONCORD_BENCH_DIR", "/tmp/concord-bench")
    os.makedirs(folder, exist_ok=True)
    from distributed import Client
    cluster = local_cluster(args.workers)  # the pipeline's own LocalCluster and its settings
    client = Client(cluster)
    client.wait_for_workers(args.workers)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{args.workers} worker processes, {os.cpu_count()} cores, --max-bucket "
          f"{args.max_bucket}; load "
          f"{os.getloadavg()[0]:.1f}", flush=True)
    print("| articles | wall s | CPU s | docs/s per core (CPU) | docs/s per core (wall) | "
          "peak RSS per worker | planted clusters recovered | extra | candidates / related pairs | "
          "load |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = []
    for size in sizes:
        r = measure(size, folder, client, args.workers, args.max_bucket, args.progress)
        results.append(r)
        print(f"| {size:,} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['perCore']:,.0f} | "
              f"{r['wallPerCore']:,.0f} | {r['peakWorkerMB']:.0f} MB | "
              f"{r['recovered']:,} / {r['planted']:,} | {r['extra']} | "
              f"{r['candidates']:,} / {r['related']:,} | {r['load']:.1f} |", flush=True)
        print(f"  stages, wall s: {json.dumps(r['stages'])}", flush=True)
        print(f"  stages, CPU s: {json.dumps(r['stageCpu'])}", flush=True)
        print(f"  boilerplate: {r['sharedParagraphs']} shared paragraphs left out, "
              f"{r['boilerplate']} buckets past the cap", flush=True)
    client.close()
    cluster.close()
    if args.no_page:
        return 0
    page = page_analyze(sizes[0], folder)
    print(f"\nThe page's analyze() (node, web/concord.js, one thread) on the {sizes[0]:,} set: "
          f"{page['seconds']:.1f} s wall, {page['cpuSeconds']:.1f} s CPU, "
          f"{sizes[0] / page['cpuSeconds']:,.0f} docs/s per CPU second; load "
          f"{os.getloadavg()[0]:.1f}; "
          f"{page['clusters']:,} clusters ({page['documentsInClusters']:,} documents), "
          f"peak RSS {page['rssMB']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
