"""Compare two replays' stories document by document, and name the seeds' story.

Helpers of `bench/series58_replay.py` (as `bench/series56_replay.py` of branch stories56 had
them): the documents whose story company changed between two runs, those that moved (lost or
gained over half of it) with their titles, for reading.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

from story_events import read_events  # bench/story_events.py
from story_intruders import corpus_of  # bench/story_intruders.py


def companions(story_of: dict[str, str]) -> dict[str, set[str]]:
    """Each document's story companions."""
    members: dict[str, set[str]] = defaultdict(set)
    for doc, story in story_of.items():
        members[story].add(doc)
    return {doc: members[story] - {doc} for doc, story in story_of.items()}


def compare(before: Path, after: Path, db: Path, labels: Path) -> None:
    """Print the documents whose company changed, and those that moved, with their titles."""
    old = companions(json.loads(before.read_text(encoding="utf-8")))
    new = companions(json.loads(after.read_text(encoding="utf-8")))
    events = read_events(labels)
    changed = [d for d in old if d in new and old[d] != new[d]]
    moved = [d for d in changed if len(old[d] ^ new[d]) * 2 > max(len(old[d] | new[d]), 1)]
    print(f"{len(changed)} change company, {len(moved)} move:")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)

    def title(doc: str) -> str:
        row = con.execute(
            "SELECT outlet, substr(published, 1, 10), title FROM documents WHERE id = ?", (doc,)
        ).fetchone()
        return " | ".join(str(c) for c in row) if row else "?"

    for doc in moved:
        mark = f" [{events[doc]}]" if doc in events else ""
        print(f"  {doc}{mark}: {title(doc)}")
        for side, mates in (("left", old[doc] - new[doc]), ("joined", new[doc] - old[doc])):
            for mate in sorted(mates)[:4]:
                print(f"      {side} {mate}: {title(mate)}")
            if len(mates) > 4:
                print(f"      … {len(mates) - 4} more {side}")
    con.close()


def seeds_story(story_of: dict[str, str]) -> str:
    """The stories of the seeds and how many documents of each kind they hold."""
    stories = {s for d, s in story_of.items() if corpus_of(d) == "seed"}
    kinds = []
    for story in sorted(stories):
        members = [d for d, s in story_of.items() if s == story]
        seeds = sum(corpus_of(d) == "seed" for d in members)
        kinds.append(f"{story}: {seeds} seeds, {len(members) - seeds} others")
    return "; ".join(kinds)
