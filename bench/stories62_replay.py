"""Replay an archive with this code (placement, then one consolidation pass) and keep the result.

Writes each placed document's story with its title, outlet, language and publication day
(`--json OUT`, what `bench/stories62_top.py` lists and the round's judgement reads) and, with
`--pickle OUT`, the consolidated index and placements, so that a rule acting after the
consolidation (round stories62's column split) can be measured on it without replaying again.

    .venv/bin/python bench/stories62_replay.py ARCHIVE.db --json OUT.json [--pickle OUT.pkl]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

from archive_replay import load, scored_rows  # bench/archive_replay.py

from rasad.cluster.index import StoryIndex
from rasad.services.assign import doc_day, place_stored


def rows_of(docs: list, out: list[dict]) -> list[dict]:
    """The scored rows with each document's outlet and publication day."""
    by_id = {d.id: d for d in docs}
    for row in out:
        doc = by_id[row["id"]]
        row["outlet"] = doc.outlet
        day = doc_day(doc)
        row["published"] = day.isoformat() if day else None
        row["duplicate_of"] = doc.duplicate_of
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--json", type=Path, required=True)
    parser.add_argument("--pickle", type=Path)
    args = parser.parse_args()
    docs, vectors, _ = load(args.db)
    started = time.perf_counter()
    index, placed = StoryIndex(), {}
    for doc in docs:
        if not doc.rejected:
            place_stored(index, placed, doc, vectors)
    print(f"placed {len(placed)} ({time.perf_counter() - started:.0f} s)", flush=True)
    out, merged = scored_rows(docs, index, placed)
    print(f"consolidated: {len(merged)} merges ({time.perf_counter() - started:.0f} s)")
    args.json.write_text(json.dumps(rows_of(docs, out), ensure_ascii=False), encoding="utf-8")
    if args.pickle:
        with args.pickle.open("wb") as f:
            pickle.dump({"index": index, "placed": placed, "merged": merged}, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
