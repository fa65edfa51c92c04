"""Score an archive's replayed stories against the judged events of its largest stories.

`eval/labels/stories49_events.tsv` gives each article of the session-48 archive's 50 largest
stories (as its last ingest left them) the event it reports, judged by reading: one label per
event, so a story holding two labels holds an article of another event (an intruder), and one
event over two stories is split. Replays the archive's story decisions with this code
(`bench/archive_replay.py`, no re-embedding) and counts, over the labelled articles: stories
holding more than one event, intruding articles (those not of their story's commonest event),
and split events (an event's articles beyond its largest story).

    .venv/bin/python bench/story_events.py ARCHIVE.db [--labels TSV] [--list N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from archive_replay import replay  # bench/archive_replay.py

LABELS = Path(__file__).resolve().parents[1] / "eval" / "labels" / "stories49_events.tsv"


def read_events(path: Path) -> dict[str, str]:
    """Article id → the event it reports, from the judged labels."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return {doc: event for doc, _, event in (line.split("\t") for line in lines)}


def event_scores(story_of: dict[str, str], events: dict[str, str]) -> dict:
    """Mixed stories, intruders and split events over the labelled articles."""
    by_story: dict[str, Counter[str]] = defaultdict(Counter)
    by_event: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, event in events.items():
        if doc in story_of:
            by_story[story_of[doc]][event] += 1
            by_event[event][story_of[doc]] += 1
    mixed = {s: c for s, c in by_story.items() if len(c) > 1}
    return {
        "labelled": sum(sum(c.values()) for c in by_story.values()),
        "mixed": mixed,
        "intruders": sum(sum(c.values()) - max(c.values()) for c in mixed.values()),
        "split": sum(sum(c.values()) - max(c.values()) for c in by_event.values()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--list", type=int, default=0, help="Print this many mixed stories.")
    args = parser.parse_args()
    data, seconds, merges = replay(args.db)
    story_of = {d["id"]: d["story"] for d in data["documents"]}
    found = event_scores(story_of, read_events(args.labels))
    print(
        f"{found['labelled']} labelled articles: {len(found['mixed'])} stories hold more than "
        f"one event, {found['intruders']} intruding articles, {found['split']} articles split "
        f"from their event's largest story ({seconds:.0f} s, {merges} merges)"
    )
    largest = sorted(found["mixed"].items(), key=lambda m: -sum(m[1].values()))
    for story, events in largest[: args.list]:
        print(f"  {story}: {dict(events.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
