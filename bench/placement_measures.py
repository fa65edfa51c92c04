"""Try the counted-figures rule of round stories51 on an archive replay and on judged pairs.

The rule (not in the index; eval/labels/stories51.md): a figure is read with the thing it
counts (the numbers stage's counted noun or unit, one form for the spellings the units table
lists: points for «نقطة» and «نقاط», usd for «دولارا»; percentages left out). A document is no
candidate for a story when its lead figures (the first value of each counted thing) and the
story's figures count MEASURES_APART things alike with different values on other days than
the document's, and agree on none they share; with --merges, two stories whose lead figures do
so are no merge either. Replays the archive with the rule (`bench/archive_replay.py`, the
stored records' numbers), scores the result against the judged events (`bench/story_events.py`),
judges each refusal of a labelled document from a story with labelled members (right when its
event is none of theirs). With --pairs, also asks the rule of each judged pair of
`eval/labels/stories51_pairs.tsv` (the later report against the earlier as a story of one).

    .venv/bin/python bench/placement_measures.py ARCHIVE.db [--merges] [--labels TSV]
        [--pairs TSV --records look50.db] [--stories OUT.json] [--show N]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import archive_replay  # bench/archive_replay.py
import numpy as np
from archive_replay import replay
from placement_figures import judged_refusals  # bench/placement_figures.py
from story_events import LABELS, event_scores, read_events  # bench/story_events.py

from rasad.cluster.index import SMALL_NUMBER, Assignment, Story, StoryIndex
from rasad.data import units_table
from rasad.model import Document
from rasad.services.assign import doc_day
from rasad.text.normalize import fold_same_length

PAIRS = LABELS.parent / "stories51_pairs.tsv"
MEASURES_APART = 2
Figures = dict[str, dict[float, set[date]]]  # counted thing → value → days reports gave it


@cache
def unit_forms() -> dict[str, str]:
    """Each one-word form of the units table, folded → its unit."""
    return {fold_same_length(f): u.unit for u in units_table() for f in u.forms if " " not in f}


def counted_thing(number: dict) -> str | None:
    """What a number counts: its unit, the unit its counted noun names in the units table, else
    the noun folded without the article and an accusative alif («سنتا» → «سنت»)."""
    if number.get("unit"):
        return number["unit"]
    noun = fold_same_length(number.get("counts") or "")
    noun = noun[2:] if noun.startswith("ال") and len(noun) > 4 else noun
    if noun in unit_forms():
        return unit_forms()[noun]
    noun = noun[:-1] if noun.endswith("ا") and len(noun) > 3 else noun
    return noun or None


def document_figures(numbers: list[dict], day: date | None) -> tuple[Figures, Figures]:
    """A dated document's figures and lead figures (each counted thing's first value)."""
    every: Figures = defaultdict(dict)
    leads: Figures = defaultdict(dict)
    if day is None:
        return every, leads
    for n in numbers:
        thing, value = counted_thing(n), float(n["value"])
        if thing in (None, "%") or (value.is_integer() and abs(value) < SMALL_NUMBER):
            continue
        every[thing].setdefault(value, set()).add(day)
        if thing not in leads:
            leads[thing][value] = {day}
    return every, leads


def add_figures(into: Figures, more: Figures) -> None:
    """Add a report's (or a story's) figures to a story's."""
    for thing, values in more.items():
        for value, days in values.items():
            into.setdefault(thing, {}).setdefault(value, set()).update(days)


def rounded_alike(a: float, b: float) -> bool:
    """One figure, or one the other rounded to a whole number (from 100 up)."""
    return a == b or (min(abs(a), abs(b)) >= 100 and (round(a) == b or round(b) == a))


def values_agree(left: Iterable[float], right: Iterable[float]) -> bool:
    """Whether some value of one side is some value of the other (`rounded_alike`)."""
    right = list(right)
    return any(rounded_alike(a, b) for a in left for b in right)


def measures_apart(leads: Figures, figures: Figures) -> bool:
    """MEASURES_APART things counted alike with different values on different days, and no
    shared thing with a value in common: two occurrences of a series."""
    apart = 0
    for thing in leads.keys() & figures.keys():
        if values_agree(leads[thing], figures[thing]):
            return False
        days = set().union(*leads[thing].values())
        if not days & set().union(*figures[thing].values()):
            apart += 1
    return apart >= MEASURES_APART


class MeasuringIndex(StoryIndex):
    """The story index with the rule; each story's figures kept beside it by story id."""

    def __init__(self, merges: bool) -> None:
        super().__init__()
        self.merges_too = merges
        self.placing: tuple[str, Figures, Figures] | None = None  # document, figures, leads
        self.figures: dict[str, Figures] = defaultdict(dict)
        self.leads: dict[str, Figures] = defaultdict(dict)
        self.refusals: list[tuple[str, list[str]]] = []  # document, the story's members

    def add(self, doc_id: str, *args: Any, **kwargs: Any) -> Assignment:
        """Place a document (its figures were set by `place`)."""
        assignment = super().add(doc_id, *args, **kwargs)
        self.placing = None
        return assignment

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
        if self.placing and measures_apart(self.placing[2], self.figures[story.id]):
            self.refusals.append((self.placing[0], list(story.members)))
            return -np.inf, ["refused: figures of another occurrence"]
        return super().score(vector, keys, day, story, background, known)

    def join(self, story: Story, doc_id: str, *args: Any, **kwargs: Any) -> Any:
        """Join as the index does, adding the document's figures to the story's."""
        if self.placing and self.placing[0] == doc_id:
            add_figures(self.figures[story.id], self.placing[1])
            add_figures(self.leads[story.id], self.placing[2])
        return super().join(story, doc_id, *args, **kwargs)

    def consolidate(self) -> dict[str, str]:
        """Consolidation as the index does it (no document is being placed)."""
        self.placing = None
        return super().consolidate()

    def figures_differ(self, a: Story, b: Story) -> bool:
        """The index's test, and with --merges the rule on the two stories' lead figures."""
        if super().figures_differ(a, b):
            return True
        return self.merges_too and measures_apart(self.leads[a.id], self.leads[b.id])

    def _merge(self, keep: Story, gone: Story) -> None:
        add_figures(self.figures[keep.id], self.figures.pop(gone.id, {}))
        add_figures(self.leads[keep.id], self.leads.pop(gone.id, {}))
        super()._merge(keep, gone)


def with_figures(index: MeasuringIndex) -> None:
    """Make the replay's placement hand each document's figures to the index first."""
    place = archive_replay.place_stored

    def placed_with_figures(idx, placed, doc: Document, vectors):  # noqa: ANN001, ANN202
        index.placing = (doc.id, *document_figures(doc.numbers, doc_day(doc)))
        return place(idx, placed, doc, vectors)

    archive_replay.place_stored = placed_with_figures


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
        first, _ = document_figures(docs[0].numbers, doc_day(docs[0]))
        _, second_leads = document_figures(docs[1].numbers, doc_day(docs[1]))
        apart = measures_apart(second_leads, first)
        verdicts[f"{label}: {'apart' if apart else 'together'}"] += 1
    con.close()
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--merges", action="store_true", help="Refuse merges by the rule too.")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--pairs", type=Path, default=None)
    parser.add_argument("--records", type=Path, default=Path("/work/archive/s50/look50.db"))
    parser.add_argument("--stories", type=Path, help="Write each document's story here (JSON).")
    parser.add_argument("--show", type=int, default=0, help="Print this many wrong refusals.")
    args = parser.parse_args()
    if args.pairs:
        print(f"judged pairs (label: rule): {dict(judged_pairs(args.pairs, args.records))}")
    index = MeasuringIndex(args.merges)
    with_figures(index)
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
