"""Score entities_nisba74.tsv against a database: for each labelled mention whose span ran into
a country's adjective, whether the stored mention there has the right span and type.

The stored mention is the one of the article overlapping the right span (`right_start`,
`right_end`) most. `right`: its span is the right span and its entity's type the right type
(GPE and LOC one type, a place); `adjective out`: for a `cut` row the stored span no longer
holds the adjective (`adj_start`, `adj_end`), for a `keep` row it still does. Prints both by
kind and label, then each row with its outcome (`--rows`).
Run from the repository root: python eval/labels/score_entities_nisba74.py DATABASE.db [--rows]
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).resolve().parent / "entities_nisba74.tsv"
PLACES = frozenset(["GPE", "LOC"])


def coarse(kind: str | None) -> str | None:
    return "place" if kind in PLACES else kind


def stored_at(db: sqlite3.Connection, doc: str, start: int, end: int) -> tuple | None:
    """(span_start, span_end, entity type) of the stored mention overlapping [start, end) most."""
    rows = db.execute(
        "SELECT m.span_start, m.span_end, e.type FROM entity_mentions m"
        " JOIN entities e ON e.id = m.entity"
        " WHERE m.doc = ? AND m.span_start < ? AND m.span_end > ?",
        (doc, end, start),
    ).fetchall()
    if not rows:
        return None
    return max(rows, key=lambda r: min(end, r[1]) - max(start, r[0]))


def outcomes(db: sqlite3.Connection) -> list[tuple[dict, bool, bool, tuple | None]]:
    with LABELS.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    out = []
    for r in rows:
        span = (int(r["right_start"]), int(r["right_end"]))
        found = stored_at(db, r["article"], *span)
        right = (
            found is not None and found[:2] == span and coarse(found[2]) == coarse(r["right_type"])
        )
        holds = (
            found is not None and found[0] <= int(r["adj_start"]) and found[1] >= int(r["adj_end"])
        )
        out.append((r, right, holds == (r["label"] == "keep"), found))
    return out


def main(path: str, show: bool) -> None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    results = outcomes(db)
    total, right, adjective = Counter(), Counter(), Counter()
    for r, ok, adj, _ in results:
        group = (r["kind"], r["label"])
        total[group] += 1
        right[group] += ok
        adjective[group] += adj
    for group in sorted(total):
        print(
            f"{group[0]} {group[1]}: right {right[group]}/{total[group]}, adjective out"
            f" (cut) or kept (keep) {adjective[group]}/{total[group]}"
        )
    print(f"right {sum(right.values())}/{sum(total.values())}")
    print(f"adjective as labelled {sum(adjective.values())}/{sum(total.values())}")
    if show:
        for r, ok, adj, found in results:
            print(
                f"{'right' if ok else 'wrong'}\t{'adj-ok' if adj else 'adj-no'}\t{r['kind']}\t"
                f"{r['article']}\t{r['text']}\t→ {r['right_text']} {r['right_type']}\t{found}"
            )


if __name__ == "__main__":
    main(sys.argv[1], "--rows" in sys.argv[2:])
