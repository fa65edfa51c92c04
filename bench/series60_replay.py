"""Replay an archive once and consolidate it under several forms of the series split.

`bench/series58_replay.py` replays the whole archive for each form (15 minutes at load 16);
the forms differ only at consolidation and in the day each report is read as reporting, so
this places every document once and consolidates a copy of the index per form: `off` (main:
no split), `first-day` (round stories58's v6: the lead's first day word), `clause` (round
stories59's commit c11c60b1: a day word in a relative or subordinate clause dates the
background), `clause-temporal` and `clause-relative` (the clause test with only its temporal
or only its relative words), `clause-narrow` (relative words, «بعد أن», «بعدما», «قبل أن»). Prints for each what `bench/series58_replay.py` prints and writes
each document's story per form (`--stories DIR`: DIR/FORM.json, for
`bench/series58_replay.py --compare`).

    .venv/bin/python bench/series60_replay.py ARCHIVE.db [--stories DIR] [--forms off,clause]
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from archive_replay import load, scored_rows  # bench/archive_replay.py
from series58_compare import seeds_story  # bench/series58_compare.py
from series58_replay import PAIRS, pair_verdicts  # bench/series58_replay.py
from story_events import LABELS, event_scores, read_events  # bench/story_events.py
from story_intruders import intruders  # bench/story_intruders.py

from rasad.cluster import series
from rasad.cluster.index import StoryIndex
from rasad.lang.series_words import SUBORDINATE_WORDS
from rasad.services.assign import place_stored, series_report
from rasad.text.normalize import fold_same_length

RELATIVE = frozenset(fold_same_length(w) for w in SUBORDINATE_WORDS if w.startswith("ال"))
TEMPORAL = series.SUBORDINATORS - RELATIVE
# «بعد أن», «بعدما», «قبل أن»: a clause with a verb of its own (not «بعد فوزه», «إثر», «عقب»)
VERBAL = frozenset(fold_same_length(w) for w in ("بعدما", "قبلما"))
VERBAL_HEADS = frozenset(fold_same_length(w) for w in ("بعد", "قبل"))
THAT = frozenset(fold_same_length(w) for w in ("أن", "ان", "ما"))
Opens = Callable[[str, str | None], bool]


def opens_with(words: frozenset[str]) -> Opens:
    """The clause test of commit c11c60b1 knowing only these subordinating words."""

    def opens(word: str, following: str | None) -> bool:
        if word not in words and word[:1] in series.CONJUNCTION_PREFIXES:
            word = word[1:]
        return word in words and following not in series.DAY_PARTS

    return opens


def opens_narrow(word: str, following: str | None) -> bool:
    """A relative pronoun, or «بعد أن», «بعدما», «قبل أن»: not a temporal word before a noun."""
    if word[:1] in series.CONJUNCTION_PREFIXES and word[1:] in RELATIVE | VERBAL_HEADS:
        word = word[1:]
    return word in RELATIVE | VERBAL or (word in VERBAL_HEADS and following in THAT)


ORIGINAL_OPENS: Opens = series._opens_clause
# each form: whether it splits, and how its day reading tells a word opening a clause
FORMS: dict[str, tuple[bool, Opens]] = {
    "off": (False, ORIGINAL_OPENS),
    "first-day": (True, lambda *_: False),
    "clause": (True, ORIGINAL_OPENS),
    "clause-temporal": (True, opens_with(TEMPORAL)),
    "clause-relative": (True, opens_with(RELATIVE)),
    "clause-narrow": (True, opens_narrow),
}


def consolidated(index: StoryIndex, docs: list, placed: dict, form: str) -> tuple[list, int]:
    """A copy of the placed index consolidated under one form: its rows and merges."""
    splits, opens = FORMS[form]
    variant = copy.deepcopy(index)
    with mock.patch.object(series, "_opens_clause", opens):
        variant.series_reports = {
            doc.id: series_report(doc) for doc in docs if doc.id in index.series_reports
        }
    if not splits:
        variant.split_series = lambda *_: None
    rows, merged = scored_rows(docs, variant, dict(placed))
    return rows, len(merged), len(variant.moved_by_split)


def report(form: str, rows: list[dict], merges: int, split: int, events: dict) -> dict[str, str]:
    """Print one form's measures; each document's story."""
    story_of = {d["id"]: d["story"] for d in rows}
    found = event_scores(story_of, events)
    corpora = intruders(rows)
    print(
        f"{form}: top-50 events: {found['labelled']} labelled articles, {len(found['mixed'])} "
        f"stories hold more than one event, {found['intruders']} intruding articles, "
        f"{found['split']} split; stories holding two corpora {len(corpora['mixed'])} "
        f"({corpora['intruders']} intruders); seeds {seeds_story(story_of)}; "
        f"{len(set(story_of.values()))} stories ({merges} merges, {split} reports split off)"
    )
    for path in PAIRS:
        verdicts = dict(sorted(pair_verdicts(story_of, path).items()))
        print(f"  {path.name} (label: replay): {verdicts}")
    for story, counts in sorted(found["mixed"].items(), key=lambda m: -sum(m[1].values())):
        print(f"  {story}: {dict(counts.most_common())}")
    return story_of


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--stories", type=Path, help="Write DIR/FORM.json per form.")
    parser.add_argument("--forms", default=",".join(FORMS), help="Comma-separated forms.")
    args = parser.parse_args()
    docs, vectors, _ = load(args.db)
    started = time.perf_counter()
    index, placed = StoryIndex(), {}
    for doc in docs:
        if not doc.rejected:
            place_stored(index, placed, doc, vectors)
    print(f"placed {len(placed)} documents ({time.perf_counter() - started:.0f} s)", flush=True)
    events = read_events(args.labels)
    write: Callable[[str, dict], None] = lambda *_: None  # noqa: E731
    if args.stories:
        args.stories.mkdir(parents=True, exist_ok=True)
        write = lambda form, story_of: (args.stories / f"{form}.json").write_text(  # noqa: E731
            json.dumps(story_of), encoding="utf-8"
        )
    for form in args.forms.split(","):
        rows, merges, split = consolidated(index, docs, placed, form)
        write(form, report(form, rows, merges, split, events))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
