"""List the documents whose event company changed between two replays, for reading.

Round stories64 judges every document the cross-language event bar moves: a document moves
when the set of documents sharing its event (`event` of `bench/stories62_replay.py --json`,
within its story) differs between the two replays. Each changed event of the second replay is
printed with all its members (a moved one marked `*`), its story, language, outlet, day and
title, and the event each came from. With `--tsv`, the moved documents are written as rows
(id, story before, event before, story after, event after) to which the judgement is added.

    .venv/bin/python bench/stories64_events.py BEFORE.json AFTER.json [--tsv OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def companies(rows: list[dict]) -> dict[str, frozenset[str]]:
    """Each document's event company: the documents of its story sharing its event."""
    members: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        members[row["story"], row["event"]].add(row["id"])
    return {row["id"]: frozenset(members[row["story"], row["event"]]) for row in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--tsv", type=Path)
    args = parser.parse_args()
    old_rows = json.loads(args.before.read_text(encoding="utf-8"))
    new_rows = json.loads(args.after.read_text(encoding="utf-8"))
    old = {r["id"]: r for r in old_rows}
    new = {r["id"]: r for r in new_rows}
    old_company, new_company = companies(old_rows), companies(new_rows)
    moved = [d for d in new if d in old and old_company[d] != new_company[d]]
    stories_changed = sum(1 for d in new if d in old and new[d]["story"] != old[d]["story"])
    events = sorted({(new[d]["story"], new[d]["event"]) for d in moved})
    print(
        f"{len(moved)} documents change event company in {len(events)} events of "
        f"{len({s for s, _ in events})} stories; {stories_changed} rows name another story"
    )
    for story, event in events:
        print(f"\n{story} {event}:")
        for doc in sorted(new_company[next(d for d in moved if new[d]["event"] == event)]):
            row, mark = new[doc], "*" if doc in moved else " "
            print(
                f"  {mark} {doc[:28]:28} {row['lang']} {row.get('published') or '-':10} "
                f"from {old[doc]['event']:12} {(row['title'] or '')[:70]}"
            )
    if args.tsv:
        lines = ["id\tstory_before\tevent_before\tstory_after\tevent_after"]
        for doc in sorted(moved):
            lines.append(
                f"{doc}\t{old[doc]['story']}\t{old[doc]['event']}\t"
                f"{new[doc]['story']}\t{new[doc]['event']}"
            )
        args.tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
