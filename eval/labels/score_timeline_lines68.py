"""Score timeline_lines68.tsv: each labelled chronology line against the timeline of its
document's story, rebuilt by the code on PYTHONPATH from an archive database's documents with
their dates found again (`stages.dates.find_temporal`: the archive's stored dates are an older
code's). A line is *right* when an entry with the labelled date has evidence in the line and
no entry of another date does, *wrong* when an entry of another date has evidence in it,
*missing* when no entry does. Also prints entries per line (two entries of one line's date are
one happening listed twice). Usage, from the repository root:
python eval/labels/score_timeline_lines68.py LOOK.db [--verbose]
"""

import csv
import sys
from collections import Counter
from pathlib import Path

from rasad.analysis.stories import timeline
from rasad.stages.dates import find_temporal, reference_day, widen
from rasad.store import open_store

LABELS = Path(__file__).resolve().parent / "timeline_lines68.tsv"


def redated(doc):
    doc.dates = widen(find_temporal(doc.text, doc.lang, reference_day(doc)), doc)
    return doc


def story_entries(db: str, doc_ids: list[str]) -> dict[str, list[dict]]:
    """Document id → the entries of its story's timeline."""
    store = open_store(f"file:{Path(db).resolve()}?mode=ro")
    out = {}
    for doc_id in doc_ids:
        story = store.get_document(doc_id).story
        docs = [redated(d) for d in store.iter_story_documents([story])]
        out[doc_id] = timeline(docs)
    store.close()
    return out


def line_status(row: dict, entries: list[dict]) -> tuple[str, list[str]]:
    start, end = int(row["start"]), int(row["end"])
    dates = [
        x["date"]
        for x in entries
        for ev in x["evidence"]
        if ev["doc"] == row["doc"] and ev["start"] < end and start < ev["end"]
    ]
    wanted = set(row["date"].split("|"))
    if any(d not in wanted for d in dates):
        return "wrong", dates
    return ("right" if dates else "missing"), dates


def score(db: str, verbose: bool = False) -> Counter:
    with LABELS.open(encoding="utf-8", newline="") as f:
        labels = list(csv.DictReader(f, delimiter="\t"))
    entries = story_entries(db, sorted({r["doc"] for r in labels}))
    counts: Counter = Counter()
    for r in labels:
        status, dates = line_status(r, entries[r["doc"]])
        counts[status] += 1
        counts["twice"] += len(dates) - len(set(dates))
        if verbose:
            print(r["doc"], r["start"], r["date"], r["today"], "→", status, dates, sep="\t")
    print(
        f"lines {len(labels)}: right {counts['right']}, wrong {counts['wrong']}, "
        f"missing {counts['missing']}; a date listed twice in one line {counts['twice']}"
    )
    return counts


if __name__ == "__main__":
    score(sys.argv[1], "--verbose" in sys.argv)
