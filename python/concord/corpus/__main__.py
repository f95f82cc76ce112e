"""Command line of the corpus pipeline: /usr/bin/python3 -m concord.corpus INPUT... --out DIR"""
import argparse
import sys

from . import MAX_BUCKET, MAX_SET, MAX_SHARED, reading, run


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python3 -m concord.corpus",
        description="Find the documents of a corpus that copy or rewrite one another, on Dask "
                    "(a LocalCluster, or the cluster at DASK_SCHEDULER_ADDRESS).")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a folder of text files, or a JSON Lines file (id, text, "
                             "optional title and date per line)")
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the results")
    parser.add_argument("--partitions", type=int,
                        help="input partitions (default: 2 per worker, or one per 64 MB of "
                             "input when that is more)")
    parser.add_argument("--workers", type=int, help="LocalCluster workers (default: one per core)")
    parser.add_argument("--max-bytes", type=int, default=reading.DEFAULT_MAX_BYTES,
                        help="larger documents are rejected (default: %(default)s)")
    parser.add_argument("--max-bucket", type=int, default=MAX_BUCKET,
                        help="an LSH bucket of more documents is boilerplate (default: %(default)s)")
    parser.add_argument("--max-set", type=int, default=MAX_SET,
                        help="a candidate component of more documents is verified pair by pair "
                             "before analysis (default: %(default)s)")
    parser.add_argument("--max-shared", type=int, default=MAX_SHARED,
                        help="a paragraph in more documents is boilerplate, left out of the "
                             "signatures (default: %(default)s)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    try:
        summary = run(args.inputs, args.out, partitions=args.partitions, workers=args.workers,
                      max_bytes=args.max_bytes, max_bucket=args.max_bucket, max_set=args.max_set,
                      max_shared=args.max_shared, show_progress=not args.quiet)
    except FileNotFoundError as error:
        print(f"concord.corpus: {error}", file=sys.stderr)
        return 2
    counts = summary["documents"]
    print(f"read {counts['read']}, analysed {counts['analysed']}, rejected {counts['rejected']}; "
          f"{summary['clusters']} clusters ({summary['documentsInClusters']} documents), "
          f"{summary['boilerplateParagraphs']} boilerplate paragraphs, "
          f"{summary['boilerplateBuckets']} boilerplate buckets; "
          f"{summary['run']['seconds']} s; results in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
