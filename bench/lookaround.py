"""A look-around database for the web UI: a fixed 2,000-article sample of the whole-archive stream.

The sample is the first `--n` records of the same shuffled stream `rasad eval archive` ingests
(`rasad.eval.archive.build_stream`: every corpus article, shuffled with a fixed seed) plus the
five seeds, ingested with the default settings into a fresh SQLite database. Then look around:

    .venv/bin/python bench/lookaround.py --out look.db [--n 2000] [--shared ../shared]
    .venv/bin/rasad --db look.db serve

Prints the archive scores of the sample (`rasad eval archive --db look.db` prints them again).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from rasad.eval.archive import (
    build_stream,
    format_archive_report,
    ingest_stream,
    read_database,
    score_database,
)
from rasad.eval.shared import find_shared


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="The database to write (new).")
    parser.add_argument("--n", type=int, default=2000, help="Articles of the stream (and seeds).")
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        print("skipped: ../shared not found (give --shared PATH)", file=sys.stderr)
        return 0
    if args.out.exists():
        print(f"{args.out} exists: give a new path", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rasad-lookaround-") as tmp:
        stream = build_stream(shared, Path(tmp) / "stream", args.n)
        ingested = ingest_stream(Path(tmp) / "stream", args.out)
    result = score_database(read_database(args.out), shared)
    result["ingest"] = {
        **ingested,
        "docs_per_s": round(result["documents"] / ingested["seconds"], 2),
    }
    print(format_archive_report(result))
    print(
        f"{stream['records']} articles and {len(stream['seeds'])} seeds in {args.out} "
        f"({time.perf_counter() - started:.0f} s); look around with: rasad --db {args.out} serve"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
