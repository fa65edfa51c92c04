"""Score entities_oneword78.tsv against a database: each judged one-word mention is looked up at
its offsets in its document; a mention still linked under the same entity key keeps its
judgement, one linked under another key is listed for reading, one no longer stored is `dropped`
(a fix when it was wrong or no entity, a loss when right or local). Precision counts right and
local as not wrong: (right + local) / present. Run from the repository root:
python eval/labels/score_entities_oneword78.py DATABASE.db
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).resolve().parent / "entities_oneword78.tsv"
NOT_WRONG = ("right", "local")


def main(database: str, labels: Path = LABELS) -> None:
    """Print judgement → outcome counts, the precision over kept rows, then every change."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = list(
        csv.DictReader(labels.open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE)
    )
    counts: Counter[tuple[str, str]] = Counter()
    changed = []
    for r in rows:
        found = db.execute(
            "SELECT e.key FROM entity_mentions m JOIN entities e ON e.id = m.entity"
            " WHERE m.doc = ? AND m.span_start = ? AND m.span_end = ?",
            (r["article"], int(r["start"]), int(r["end"])),
        ).fetchone()
        outcome = (
            "dropped" if found is None else "same" if found[0] == r["predicted"] else "changed"
        )
        counts[(r["judgement"], outcome)] += 1
        if outcome != "same":
            changed.append((outcome, r, found[0] if found else ""))
    for (judgement, outcome), n in sorted(counts.items()):
        print(f"{judgement}\t{outcome}\t{n}")
    same = [
        r for r in rows if (r["judgement"], "same") in counts and r not in [c[1] for c in changed]
    ]
    good = sum(r["judgement"] in NOT_WRONG for r in same)
    print(f"unchanged rows: {len(same)}, not wrong {good} ({good / max(1, len(same)):.4f})")
    for outcome, r, key in changed:
        print(f"{outcome}\t{r['judgement']}\t{r['article']}\t{r['text']}\t{r['predicted']} → {key}")


if __name__ == "__main__":
    main(sys.argv[1])
