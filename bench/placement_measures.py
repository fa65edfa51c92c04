"""Measure the counted-figures rule of the story index on an archive replay and on judged pairs.

The index refuses a document from a story, and two stories a merge, when the lead figures of
one and the figures of the other count the same things on different days with no value in common (`rasad.cluster.index.measures_apart`:
two occurrences of a series). Replays the archive with this code (`bench/archive_replay.py`),
scores the result against the judged events (`bench/story_events.py`), judges each refusal of a
labelled document from a story with labelled members (right when its event is none of theirs),
and counts the refused merges. With --pairs, also asks the rule of each judged pair of
`eval/labels/stories51_pairs.tsv` (one report against the other as a story of one) and prints
its verdicts against the labels (the records read from --records, an archive database).

    .venv/bin/python bench/placement_measures.py ARCHIVE.db [--labels TSV]
        [--pairs TSV --records look50.db] [--show N] [--stories OUT.json]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from archive_replay import replay  # bench/archive_replay.py
from placement_figures import judged_refusals  # bench/placement_figures.py
from story_events import LABELS, event_scores, read_events  # bench/story_events.py

from rasad.cluster.index import Story, StoryIndex, dated_measures, measures_apart, with_day
from rasad.model import Document
from rasad.services.assign import doc_day, doc_keys

PAIRS = LABELS.parent / "stories51_pairs.tsv"


class RecordingIndex(StoryIndex):
    """The story index, recording the rule's refusals at placement."""

    def __init__(self) -> None:
        super().__init__()
        self.placing = ""
        self.refusals: list[tuple[str, list[str]]] = []  # document, the story's members

    def add(self, doc_id: str, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        """Place a document, remembering which one for the refusals."""
        self.placing = doc_id
        return super().add(doc_id, *args, **kwargs)

    def measures_allow(self, keys: set[str], day: date | None, story: Story) -> bool:
        """The index's rule, its refusals recorded."""
        allowed = super().measures_allow(keys, day, story)
        if not allowed:
            self.refusals.append((self.placing, list(story.members)))
        return allowed


def judged_pairs(pairs: Path, records: Path) -> Counter:
    """The rule's verdict on each judged pair (apart or not) against its label."""
    con = sqlite3.connect(f"file:{records}?mode=ro", uri=True)
    verdicts: Counter[str] = Counter()
    for line in pairs.read_text(encoding="utf-8").splitlines()[1:]:
        a, b, _, _, label, _ = line.split("\t")
        docs = []
        for doc_id in (a, b):
            row = con.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
            docs.append(Document.from_record(json.loads(row[0])))
        first, second = (with_day(doc_keys(d), doc_day(d)) for d in docs)
        # the later report placed against the earlier one as a story of one
        apart = measures_apart(dated_measures(second, lead=True), dated_measures(first))
        verdicts[f"{label}: {'apart' if apart else 'together'}"] += 1
    con.close()
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--records", type=Path, default=Path("/work/archive/s50/look50.db"))
    parser.add_argument("--show", type=int, default=0, help="Print this many wrong refusals.")
    parser.add_argument("--stories", type=Path, help="Write each document's story here (JSON).")
    args = parser.parse_args()
    if args.pairs:
        print(f"judged pairs (label: rule): {dict(judged_pairs(args.pairs, args.records))}")
    index = RecordingIndex()
    data, seconds, merges = replay(args.db, index)
    events = read_events(args.labels)
    story_of = {d["id"]: d["story"] for d in data["documents"]}
    if args.stories:
        args.stories.write_text(json.dumps(story_of), encoding="utf-8")
    found = event_scores(story_of, events)
    print(
        f"{found['labelled']} labelled articles: {len(found['mixed'])} stories hold more than "
        f"one event, {found['intruders']} intruding articles, {found['split']} split; "
        f"{len(index.refusals)} refusals, of labelled documents "
        f"{dict(judged_refusals(index.refusals, events))} ({seconds:.0f} s, {merges} merges)"
    )
    for story, counts in sorted(found["mixed"].items(), key=lambda m: -sum(m[1].values())):
        print(f"  {story}: {dict(counts.most_common())}")
    wrong = [
        (doc, members)
        for doc, members in index.refusals
        if doc in events and events[doc] in {events[m] for m in members if m in events}
    ]
    for doc, members in wrong[: args.show]:
        print(f"  wrongly refused {doc} ({events[doc]}) from a story of {len(members)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
