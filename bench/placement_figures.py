"""Try a placement rule on an archive replay: a document refuses a story whose figures it shares none of.

The candidate rule of round stories50 (not in the index): at placement, a story is no candidate
for a document that carries COUNTED_FIGURES specific figures (specificity ≥ COUNTED_SPECIFICITY)
when the story carries as many that at least two of its reports repeat and the document shares
none of the story's most frequent figures — another session of the market, another day's
prices. Replays the archive with the rule (`bench/archive_replay.py`), scores the result against
the judged events (`bench/story_events.py`), judges each refusal of a labelled document from a
story with labelled members (right when its event is none of theirs), and lists the
consolidation merges that joined two stories of different labelled events.

    .venv/bin/python bench/placement_figures.py ARCHIVE.db [--labels TSV]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from archive_replay import replay  # bench/archive_replay.py
from story_events import LABELS, event_scores, read_events  # bench/story_events.py

from rasad.cluster.index import (
    COUNTED_FIGURES,
    COUNTED_SPECIFICITY,
    FACT,
    Assignment,
    Story,
    StoryIndex,
)


class FigureRefusingIndex(StoryIndex):
    """The story index with the candidate placement rule; records refusals and merges."""

    def __init__(self) -> None:
        super().__init__()
        self.placing = ""  # the document being placed
        self.refusals: list[tuple[str, list[str]]] = []  # document, the story's members
        self.merges: list[tuple[list[str], list[str], str]] = []  # kept, merged, merged id

    def add(self, doc_id: str, *args: Any, **kwargs: Any) -> Assignment:
        """Place a document, remembering which one for the refusals."""
        self.placing = doc_id
        return super().add(doc_id, *args, **kwargs)

    def score(
        self,
        vector: np.ndarray,
        keys: set[str],
        day: date | None,
        story: Story,
        background: float = 0.0,
        known: bool = True,
    ) -> tuple[float, list[str]]:
        """The index's score, or minus infinity for a story the rule refuses at placement."""
        if self.placing and self.figures_apart(keys, story):
            self.refusals.append((self.placing, list(story.members)))
            return -np.inf, ["refused: figures of another occurrence"]
        return super().score(vector, keys, day, story, background, known)

    def figures_apart(self, keys: set[str], story: Story) -> bool:
        """The candidate rule (see the module's docstring)."""
        facts = {k for k in keys if k.startswith(FACT)}
        own = {k for k in facts if self.specificity(k) >= COUNTED_SPECIFICITY}
        repeated = {k for k in self.own_figures(story) if story.keys[k] > 1}
        return min(len(own), len(repeated)) >= COUNTED_FIGURES and not facts & story.top_facts()

    def consolidate(self) -> dict[str, str]:
        """Consolidation as the index does it (no placement rule: stories are compared)."""
        self.placing = ""
        return super().consolidate()

    def _merge(self, keep: Story, gone: Story) -> None:
        self.merges.append((list(keep.members), list(gone.members), gone.id))
        super()._merge(keep, gone)


def judged_refusals(refusals: list[tuple[str, list[str]]], events: dict[str, str]) -> Counter:
    """Refusals of a labelled document from a story with labelled members: right when the
    document's event is none of theirs."""
    verdicts: Counter[str] = Counter()
    for doc, members in refusals:
        theirs = {events[m] for m in members if m in events}
        if doc in events and theirs:
            verdicts["wrong" if events[doc] in theirs else "right"] += 1
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    args = parser.parse_args()
    index = FigureRefusingIndex()
    data, seconds, merges = replay(args.db, index)
    events = read_events(args.labels)
    found = event_scores({d["id"]: d["story"] for d in data["documents"]}, events)
    print(
        f"{found['labelled']} labelled articles: {len(found['mixed'])} stories hold more than "
        f"one event, {found['intruders']} intruding articles, {found['split']} split; "
        f"{len(index.refusals)} refusals, of labelled documents "
        f"{dict(judged_refusals(index.refusals, events))} ({seconds:.0f} s, {merges} merges)"
    )
    for story, counts in sorted(found["mixed"].items(), key=lambda m: -sum(m[1].values())):
        print(f"  {story}: {dict(counts.most_common())}")
    print("consolidation merges of stories whose labelled members report different events:")
    for kept, gone, gone_id in index.merges:
        left = Counter(events[d] for d in kept if d in events)
        right = Counter(events[d] for d in gone if d in events)
        if left and right and set(left) != set(right):
            print(f"  {dict(left)} + {dict(right)}: {index.reasons.get(gone_id, '')[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
