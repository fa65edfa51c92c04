"""Score entities_places72.tsv against a database: for each labelled pair, whether the database
links the English place mention and its counterpart (its Arabic or Persian rendering, or
another place of the same story) to one entity.

A side's entity is that of the stored mention overlapping its span most (none: not joined;
`score_entities_translit70.entity_at`). Prints join recall over `same` pairs (by kind: name,
other) and wrong joins over `different` pairs, then every pair with its outcome (`--pairs`).
Run from the repository root: python eval/labels/score_entities_places72.py DATABASE.db [--pairs]
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_entities_translit70 import entity_at  # noqa: E402

LABELS = Path(__file__).resolve().parent / "entities_places72.tsv"


def outcomes(db: sqlite3.Connection) -> list[tuple[dict, bool]]:
    with LABELS.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["label"] in ("same", "different")]
    out = []
    for r in rows:
        a = entity_at(db, r["en_article"], int(r["en_start"]), int(r["en_end"]))
        b = entity_at(db, r["article"], int(r["start"]), int(r["end"]))
        out.append((r, a is not None and a == b))
    return out


def main(path: str, pairs: bool) -> None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    results = outcomes(db)
    same, joined = Counter(), Counter()
    wrong = total_different = 0
    for r, linked in results:
        if r["label"] == "same":
            same[r["kind"]] += 1
            joined[r["kind"]] += linked
        else:
            total_different += 1
            wrong += linked
    for kind in ("name", "other"):
        print(f"{kind}: joined {joined[kind]}/{same[kind]}")
    print(f"join recall {sum(joined.values())}/{sum(same.values())}")
    print(f"wrong joins {wrong}/{total_different}")
    if pairs:
        for r, linked in results:
            mark = "joined" if linked else "apart"
            print(f"{r['label']}\t{mark}\t{r['en_text']}\t{r['article']}\t{r['text']}")


if __name__ == "__main__":
    main(sys.argv[1], "--pairs" in sys.argv[2:])
