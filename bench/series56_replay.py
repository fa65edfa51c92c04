"""Replay an archive with or without the series rule of round stories56 and compare two runs.

Replays the archive's story decisions (`bench/archive_replay.py`, stored records and vectors,
consolidation included) with `rasad.cluster.index.SERIES_APART_56` and `SERIES_SAME_DAY_56` as
asked (`--off`: both off; on main's code, which has neither, the flags are left alone), and
prints: the judged top-50 events (`bench/story_events.py`: stories holding more than one event,
intruders, split articles), stories holding two corpora (`bench/story_intruders.py`) and the
seeds' story. `--learned` files every stored report's series key first (the series known
from the start, as in an archive that holds them; otherwise they are learned as the replay
places the reports, and a series' first two days are placed before it is one). Writes each document's story (JSON) for `--compare`, which prints the documents
whose story company changed and those that moved (lost or gained over half of it) with their
titles, for reading.

    .venv/bin/python bench/series56_replay.py ARCHIVE.db [--off] [--same-day-off]
        [--learned] [--stories OUT.json]
    .venv/bin/python bench/series56_replay.py --compare BEFORE.json AFTER.json ARCHIVE.db
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from archive_replay import replay  # bench/archive_replay.py
from story_events import LABELS, event_scores, read_events  # bench/story_events.py
from story_intruders import corpus_of, intruders  # bench/story_intruders.py

from rasad.cluster import index as story_index
from rasad.model import Document
from rasad.services.assign import doc_keys


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


def learn_series(index: story_index.StoryIndex, db: Path) -> None:
    """File every stored report's series key in the index's series book (the archive's
    patterns known before placement, as an ingest into an archive holding them would)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for (record,) in con.execute("SELECT record FROM documents WHERE rejected IS NULL"):
        index.series.file(doc_keys(Document.from_record(json.loads(record))))
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("--off", action="store_true", help="Replay without the series rule.")
    parser.add_argument("--same-day-off", action="store_true", help="Without the same-day part.")
    parser.add_argument(
        "--learned", action="store_true", help="Learn the series from every stored report first."
    )
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--stories", type=Path, help="Write each document's story here.")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare, args.db, args.labels)
        return 0
    if hasattr(story_index, "SERIES_APART_56"):
        story_index.SERIES_APART_56 = not args.off
        story_index.SERIES_SAME_DAY_56 = not (args.off or args.same_day_off)
    index = story_index.StoryIndex()
    if args.learned:
        learn_series(index, args.db)
    data, seconds, merges = replay(args.db, index)
    story_of = {d["id"]: d["story"] for d in data["documents"]}
    if args.stories:
        args.stories.write_text(json.dumps(story_of), encoding="utf-8")
    found = event_scores(story_of, read_events(args.labels))
    corpora = intruders(data["documents"])
    print(
        f"top-50 events: {found['labelled']} labelled articles, {len(found['mixed'])} stories "
        f"hold more than one event, {found['intruders']} intruding articles, {found['split']} "
        f"split; stories holding two corpora {len(corpora['mixed'])} "
        f"({corpora['intruders']} intruders); seeds {seeds_story(story_of)}; "
        f"{len(set(story_of.values()))} stories ({seconds:.0f} s, {merges} merges)"
    )
    for story, counts in sorted(found["mixed"].items(), key=lambda m: -sum(m[1].values())):
        print(f"  {story}: {dict(counts.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
