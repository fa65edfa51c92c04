"""Score entities_dev66.tsv with the current recogniser: each labelled mention is read again
in its article; a mention still found with the same entity key keeps its judgement, one found
with another key is listed for reading, one no longer found is `dropped` (a fix when it was
wrong or no entity, a loss when right or local). Run from the repository root:
python eval/labels/score_entity_dev66.py ../shared
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).parent / "entities_dev66.tsv"


def main(shared: Path) -> None:
    """Print, per class, judgement → outcome counts, then every changed key."""
    from rasad.stages.entities import find_entities

    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    corpus = {r["id"]: r["text"] for r in map(json.loads, path.open(encoding="utf-8"))}
    rows = list(csv.DictReader(LABELS.open(encoding="utf-8"), delimiter="\t"))
    found = {
        doc: {(m["start"], m["end"]): m["entity"] for m in find_entities(corpus[doc], "ar")}
        for doc in {r["article"] for r in rows}
    }
    counts: Counter = Counter()
    for r in rows:
        key = found[r["article"]].get((int(r["start"]), int(r["end"])))
        outcome = "dropped" if key is None else "same" if key == r["predicted"] else "changed"
        counts[(r["kind"], r["judgement"], outcome)] += 1
        if outcome == "changed":
            print("changed", r["kind"], r["article"], r["text"], r["predicted"], "→", key)
    for (kind, judgement, outcome), n in sorted(counts.items()):
        print(f"{kind}\t{judgement}\t{outcome}\t{n}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
