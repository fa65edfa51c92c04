"""Contradictions per 100 multi-outlet stories over a whole stored archive, and a sample to judge.

    python bench/claims_archive.py COPY.db [--sample 30] [--out sample.tsv]

Reads the stored documents of every story with two or more outlets straight from a SQLite
database (a COPY: never the live archive, which backfills would rewrite) and runs
`rasad.analysis.statements.story_contradictions` over each. Prints the count per 100
multi-outlet stories, the time it took, and writes a random sample (seeded) of the
contradictions as ids, offsets and short strings only (no article text), with empty
`judgement` and `note` columns for a person to fill.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import time
from collections import defaultdict
from pathlib import Path

from rasad.analysis.statements import story_contradictions
from rasad.model import Document

COLUMNS = [
    "item", "story", "kind", "about",
    "doc_a", "outlet_a", "published_a", "start_a", "end_a",
    "doc_b", "outlet_b", "published_b", "start_b", "end_b",
    "judgement", "note",
]  # fmt: skip


def multi_outlet_stories(conn: sqlite3.Connection) -> dict[str, int]:
    """story id → number of outlets, for stories with two or more."""
    rows = conn.execute(
        "SELECT story, COUNT(DISTINCT outlet) AS n FROM documents "
        "WHERE story IS NOT NULL AND rejected IS NULL AND outlet IS NOT NULL "
        "GROUP BY story HAVING n >= 2"
    )
    return {r[0]: r[1] for r in rows}


def story_docs(conn: sqlite3.Connection, story: str) -> list[Document]:
    rows = conn.execute(
        "SELECT record FROM documents WHERE story = ? AND rejected IS NULL ORDER BY seq", (story,)
    )
    return [Document.from_record(json.loads(r[0])) for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    stories = multi_outlet_stories(conn)
    found, kinds, slowest = [], defaultdict(int), (0.0, "")
    started = time.perf_counter()
    for story in sorted(stories):
        t = time.perf_counter()
        items = story_contradictions(story_docs(conn, story))
        slowest = max(slowest, (time.perf_counter() - t, story))
        for item in items:
            kinds[item["kind"]] += 1
            found.append((story, item))
    seconds = time.perf_counter() - started
    print(f"multi-outlet stories: {len(stories)}")
    print(f"contradictions: {len(found)} = {100 * len(found) / max(len(stories), 1):.1f} per 100")
    print(f"stories with one or more: {len({s for s, _ in found})}; by kind: {dict(kinds)}")
    print(f"{seconds:.1f} s in all; slowest story {slowest[1]} {slowest[0]:.2f} s")
    if args.out:
        sample = random.Random(args.seed).sample(found, min(args.sample, len(found)))
        with args.out.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f, delimiter="\t", lineterminator="\n")
            out.writerow(COLUMNS)
            for n, (story, c) in enumerate(sample, 1):
                a, b = c["a"], c["b"]
                out.writerow(
                    [n, story, c["kind"], c["about"][:80]]
                    + [a["doc"], c["outlets"][0], c["published"][0], a["start"], a["end"]]
                    + [b["doc"], c["outlets"][1], c["published"][1], b["start"], b["end"]]
                    + ["", ""]
                )
        print(f"sample of {len(sample)} written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
