"""List the largest stories of a replay (`bench/stories62_replay.py --json`) for judging.

Each story with its members' ids, outlets, publication days and titles, largest first (ties
by story number), and the top stories' corpus intruders as `bench/story_intruders.py` counts
them (the minority corpus of a story holding two). With `--judged TSV` (rank, story, size,
verdict, intruders, note), the judged intruders of the listed stories are summed.

    .venv/bin/python bench/stories62_top.py REPLAY.json [--top 50] [--judged TSV]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from story_intruders import intruders  # bench/story_intruders.py


def top_stories(rows: list[dict], top: int) -> list[tuple[str, list[dict]]]:
    """The `top` largest stories with their members."""
    members: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        members[row["story"]].append(row)
    order = sorted(members, key=lambda s: (-len(members[s]), int(s.lstrip("s"))))
    return [(s, members[s]) for s in order[:top]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("replay", type=Path)
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--judged", type=Path)
    parser.add_argument("--quiet", action="store_true", help="Only the sums.")
    args = parser.parse_args()
    rows = json.loads(args.replay.read_text(encoding="utf-8"))
    stories = top_stories(rows, args.top)
    for rank, (story, docs) in enumerate(stories, 1):
        if args.quiet:
            continue
        print(f"\n#{rank} {story} ({len(docs)})")
        for d in sorted(docs, key=lambda d: (d["published"] or "", d["id"])):
            copy = " =copy" if d.get("duplicate_of") else ""
            print(
                f"  {d['id'][:26]:26} {d['outlet'] or '':16} {d['published'] or '-':10} "
                f"{(d['title'] or '')[:90]}{copy}"
            )
    top_rows = [d for _, docs in stories for d in docs]
    corpora = intruders(top_rows)
    print(
        f"\ntop {args.top}: {len(top_rows)} articles; {len(corpora['mixed'])} stories hold two "
        f"corpora ({corpora['intruders']} intruders)"
    )
    if args.judged:
        with args.judged.open(encoding="utf-8") as f:
            judged = list(csv.DictReader(f, delimiter="\t"))
        mixed = [j for j in judged if int(j["intruders"])]
        print(
            f"judged: {len(mixed)} stories hold intruders, "
            f"{sum(int(j['intruders']) for j in judged)} intruders"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
