"""Replay an archive with or without round stories58's split of series reports by day.

Replays the archive's story decisions (`bench/archive_replay.py`, stored records and vectors,
consolidation included, with it the split of each story holding a series' reports about
different days: `StoryIndex.split_series`; `--off`: without it, `--one-kind`: only the
series' own reports split), and prints the judged top-50 events (`bench/story_events.py`:
stories holding more than one event, intruders, split articles), stories holding two corpora
(`bench/story_intruders.py`), the seeds' story and the judged pairs of rounds stories51 and stories53 (how many of each label end
in one story). Writes each document's story (JSON) for `--compare`, which prints the documents
whose company changed and those that moved, with their titles, for reading.

    .venv/bin/python bench/series58_replay.py ARCHIVE.db [--off] [--one-kind] [--stories OUT.json]
    .venv/bin/python bench/series58_replay.py --compare BEFORE.json AFTER.json ARCHIVE.db
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from archive_replay import replay  # bench/archive_replay.py
from series58_compare import compare, seeds_story  # bench/series58_compare.py
from story_events import LABELS, event_scores, read_events  # bench/story_events.py
from story_intruders import intruders  # bench/story_intruders.py

from rasad.cluster.index import StoryIndex

PAIRS = [LABELS.parent / "stories51_pairs.tsv", LABELS.parent / "stories53_pairs.tsv"]


def pair_verdicts(story_of: dict[str, str], path: Path) -> Counter[str]:
    """How many judged pairs of each label end in one story (`label: together|apart`)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    label_at = lines[0].split("\t").index("label")
    verdicts: Counter[str] = Counter()
    for line in lines[1:]:
        cells = line.split("\t")
        one = cells[0] in story_of and story_of.get(cells[0]) == story_of.get(cells[1])
        verdicts[f"{cells[label_at]}: {'together' if one else 'apart'}"] += 1
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("--off", action="store_true", help="Replay without the series split.")
    parser.add_argument(
        "--one-kind", action="store_true", help="Split only the series' own reports by day."
    )
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--stories", type=Path, help="Write each document's story here.")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare, args.db, args.labels)
        return 0
    index = StoryIndex()
    index.split_every_day = not args.one_kind
    if args.off:
        index.split_series = lambda *_: None  # main's consolidation
    data, seconds, merges = replay(args.db, index)
    story_of = {d["id"]: d["story"] for d in data["documents"]}
    split = len(index.moved_by_split)
    if args.stories:
        args.stories.write_text(json.dumps(story_of), encoding="utf-8")
    found = event_scores(story_of, read_events(args.labels))
    corpora = intruders(data["documents"])
    print(
        f"top-50 events: {found['labelled']} labelled articles, {len(found['mixed'])} stories "
        f"hold more than one event, {found['intruders']} intruding articles, {found['split']} "
        f"split; stories holding two corpora {len(corpora['mixed'])} "
        f"({corpora['intruders']} intruders); seeds {seeds_story(story_of)}; "
        f"{len(set(story_of.values()))} stories ({seconds:.0f} s, {merges} merges, "
        f"{split} reports split off by their day)"
    )
    for path in PAIRS:
        print(
            f"  {path.name} (label: replay): {dict(sorted(pair_verdicts(story_of, path).items()))}"
        )
    for story, counts in sorted(found["mixed"].items(), key=lambda m: -sum(m[1].values())):
        print(f"  {story}: {dict(counts.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
