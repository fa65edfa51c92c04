"""Score timeline_strike66.tsv: the timelines of its stories rebuilt by the code on PYTHONPATH
(`print_timeline_strike66.story_timelines`) against the keep/strike labels. An entry is the
labelled one when its date and one of its evidence spans (document:start:end) are the label's
(a fold may change which outlet comes first). Prints entries, labelled struck entries still
shown, kept entries lost, entries no label names (to read), and the strike share.
Usage, from the repository root: python eval/labels/score_timeline_strike66.py LOOK.db
"""

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from print_timeline_strike66 import story_timelines  # noqa: E402

LABELS = Path(__file__).resolve().parent / "timeline_strike66.tsv"


def spans(row: dict) -> set[str]:
    return set(row["spans"])


def score(db: str) -> dict:
    with LABELS.open(encoding="utf-8", newline="") as f:
        labels = list(csv.DictReader(f, delimiter="\t"))
    stories = list(dict.fromkeys(r["story"] for r in labels))
    shown = story_timelines(db, stories)
    found = {i: False for i in range(len(labels))}
    unlabelled = []
    struck = 0
    for entry in shown:
        hit = [
            i
            for i, r in enumerate(labels)
            if r["story"] == entry["story"]
            and r["date"] == entry["date"]
            and r["entry"] in entry["spans"]
        ]
        for i in hit:
            found[i] = True
        if not hit:
            unlabelled.append(entry)
        elif all(labels[i]["label"] == "strike" for i in hit):
            struck += 1
    lost = [labels[i] for i, f in found.items() if not f and labels[i]["label"] == "keep"]
    gone = [labels[i] for i, f in found.items() if not f and labels[i]["label"] == "strike"]
    print(
        f"entries {len(shown)}, labelled struck still shown {struck}, unlabelled {len(unlabelled)}"
    )
    print(f"struck entries gone {len(gone)}, kept entries lost {len(lost)}")
    for r in lost:
        print("  LOST", r["story"], r["date"], r["entry"], r["note"])
    for r in gone:
        print("  GONE", r["story"], r["date"], r["entry"], r["class"])
    for e in unlabelled:
        print("  UNLABELLED", e["story"], e["date"], e["entry"])
    print(f"strike share {struck}/{len(shown)} = {struck / max(1, len(shown)):.3f}")
    return {"entries": len(shown), "struck": struck, "lost": len(lost)}


if __name__ == "__main__":
    score(sys.argv[1])
