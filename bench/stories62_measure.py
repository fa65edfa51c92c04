"""Measure replays of round stories62 (`bench/stories62_replay.py --json`), and list moves.

For each replay: the judged events of the session-55 archive's top 50 (`stories49_events.tsv`
and this round's `stories62_events.tsv` together: stories holding more than one event,
intruders, split articles), the top 50 of that replay as `bench/stories62_top.py` counts them,
stories holding two corpora, the seeds' story, the pairs of rounds stories51 and stories53.
With two replays, every document whose story changed company is listed with its title, for
reading (`--moves`).

    .venv/bin/python bench/stories62_measure.py BEFORE.json [AFTER.json] [--moves]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from series58_compare import seeds_story  # bench/series58_compare.py
from series58_replay import PAIRS, pair_verdicts  # bench/series58_replay.py
from story_events import LABELS, event_scores, read_events  # bench/story_events.py
from story_intruders import intruders  # bench/story_intruders.py

LABELS_62 = LABELS.parent / "stories62_events.tsv"


def measure(path: Path, events: dict[str, str]) -> dict[str, str]:
    """Print one replay's measures; each document's story."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    story_of = {d["id"]: d["story"] for d in rows}
    found = event_scores(story_of, events)
    corpora = intruders(rows)
    print(
        f"{path.name}: {found['labelled']} labelled, {len(found['mixed'])} stories hold more "
        f"than one event, {found['intruders']} intruders, {found['split']} split; two corpora "
        f"{len(corpora['mixed'])} ({corpora['intruders']}); seeds {seeds_story(story_of)}; "
        f"{len(set(story_of.values()))} stories"
    )
    for pairs in PAIRS:
        print(f"  {pairs.name}: {dict(sorted(pair_verdicts(story_of, pairs).items()))}")
    for story, counts in sorted(found["mixed"].items(), key=lambda m: -sum(m[1].values())):
        print(f"  {story}: {dict(counts.most_common())}")
    return story_of


def moves(before: Path, after: Path) -> None:
    """Each document whose story-mates changed, grouped by its story after."""
    rows = {d["id"]: d for d in json.loads(after.read_text(encoding="utf-8"))}
    old = {d["id"]: d["story"] for d in json.loads(before.read_text(encoding="utf-8"))}
    mates_old, mates_new = defaultdict(set), defaultdict(set)
    for doc, story in old.items():
        mates_old[story].add(doc)
    for doc, row in rows.items():
        mates_new[row["story"]].add(doc)
    changed = defaultdict(list)
    for doc, row in rows.items():
        if mates_old[old.get(doc)] != mates_new[row["story"]]:
            changed[row["story"]].append(row)
    print(f"\n{sum(map(len, changed.values()))} documents change company:")
    for story, docs in sorted(changed.items(), key=lambda c: -len(c[1])):
        print(f"  {story} ({len(mates_new[story])} after):")
        for d in docs:
            print(f"    {d['id'][:26]:26} from {old.get(d['id'])}  {(d['title'] or '')[:80]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("replays", type=Path, nargs="+")
    parser.add_argument("--moves", action="store_true")
    args = parser.parse_args()
    events = read_events(LABELS) | read_events(LABELS_62)
    for path in args.replays:
        measure(path, events)
    if args.moves and len(args.replays) == 2:
        moves(*args.replays)
    return 0


if __name__ == "__main__":
    sys.exit(main())
