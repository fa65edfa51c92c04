"""Score timeline_entries70.tsv: each labelled entry against its story's timeline, rebuilt by
the code on PYTHONPATH from an archive database's documents with their dates found again (as
`dump_timelines70.py` does). A labelled entry is *matched* by every entry of its date with an
evidence overlapping its key span. Then:

- keep: *kept* when matched, else *lost*;
- strike, cut text: *still struck* while a matched entry still has one of the cut evidence
  spans (`spans`: document:start:end, as main showed them) exactly;
- strike, duplicate: *still struck* while the entry matched does not also hold the `spans`
  span (the other entry of the same happening);
- strike, wrong date / not a happening: *still struck* while matched.

Usage, from the repository root:
python eval/labels/score_timeline_entries70.py LOOK.db [--verbose]
"""

import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dump_timelines70 import redated  # noqa: E402

from rasad.analysis.stories import timeline  # noqa: E402
from rasad.store import open_store  # noqa: E402

LABELS = Path(__file__).resolve().parent / "timeline_entries70.tsv"


def span(key: str) -> tuple[str, int, int]:
    doc, start, end = key.rsplit(":", 2)
    return doc, int(start), int(end)


def holds(entry: dict, key: str) -> bool:
    doc, start, end = span(key)
    return any(
        ev["doc"] == doc and ev["start"] < end and start < ev["end"] for ev in entry["evidence"]
    )


def status(row: dict, entries: list[dict]) -> str:
    matched = [x for x in entries if x["date"] == row["date"] and holds(x, row["entry"])]
    if row["label"] == "keep":
        return "kept" if matched else "lost"
    if not matched:
        return "fixed"
    if row["class"] == "cut text":
        cut = set(row["spans"].split(","))
        shown = {f"{ev['doc']}:{ev['start']}:{ev['end']}" for x in matched for ev in x["evidence"]}
        return "struck" if cut & shown else "fixed"
    if row["class"] == "duplicate":
        return "fixed" if all(holds(x, row["spans"]) for x in matched) else "struck"
    return "struck"


def score(db: str, verbose: bool = False) -> Counter:
    with LABELS.open(encoding="utf-8", newline="") as f:
        labels = list(csv.DictReader(f, delimiter="\t"))
    store = open_store(f"file:{Path(db).resolve()}?mode=ro")
    timelines = {}
    for story in sorted({r["story"] for r in labels}):
        timelines[story] = timeline([redated(d) for d in store.iter_story_documents([story])])
    store.close()
    counts: Counter = Counter()
    for r in labels:
        found = status(r, timelines[r["story"]])
        counts[found] += 1
        if found == "struck":
            counts[f"struck {r['class']}"] += 1
        if verbose:
            print(
                r["draw"],
                r["story"],
                r["entry"],
                r["date"],
                r["label"],
                r["class"],
                found,
                sep="\t",
            )
    struck = counts["struck"]
    print(
        f"entries {len(labels)}: struck {struck} (labelled {len(labels) - counts['kept'] - counts['lost']}), "
        f"kept {counts['kept']}, lost {counts['lost']}; still struck by class: "
        + ", ".join(f"{k[7:]} {v}" for k, v in sorted(counts.items()) if k.startswith("struck "))
    )
    return counts


if __name__ == "__main__":
    score(sys.argv[1], "--verbose" in sys.argv)
