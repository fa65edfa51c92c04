"""Score where entity spans end on entities_spans62.tsv: each judged mention of a top entity's
form of two or more words is found again by the current entities stage (`find_entities`, what a
recognise backfill runs) in the document's text as the archive stores it, and counted as ending
where the name ends (`name_end`), still running to the judged span's end, ending elsewhere, or
gone.

    PYTHONPATH=src python eval/labels/score_entity_spans62.py ARCHIVE.db \
        [eval/labels/entities_spans62.tsv] [--rows rows.tsv]
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from rasad.entities.recognise import load_lists
from rasad.stages.entities import find_entities

LABELS_62 = Path(__file__).parent / "entities_spans62.tsv"


def outcome(row: dict, mentions: list[dict]) -> str:
    """How the stage's mentions overlapping the judged span end: `name` at the name's end,
    `long` at the judged span's end (when that is not the name's), `other`, or `none`."""
    start, end, name_end = int(row["start"]), int(row["end"]), int(row["name_end"])
    ends = {m["end"] for m in mentions if m["start"] < end and start < m["end"]}
    if name_end in ends:
        return "name"
    if end in ends:
        return "long"
    return "other" if ends else "none"


def scored(archive: str, labels: Path) -> list[tuple[dict, str]]:
    """Every label row with its outcome under the current code."""
    db = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    rows = list(csv.DictReader(labels.open(encoding="utf-8"), delimiter="\t"))
    load_lists()
    found: dict[str, list[dict]] = {}
    out = []
    for row in rows:
        if row["doc"] not in found:
            text, lang = db.execute(
                "SELECT text, lang FROM documents WHERE id = ?", (row["doc"],)
            ).fetchone()
            found[row["doc"]] = find_entities(text, lang)
        out.append((row, outcome(row, found[row["doc"]])))
    return out


def summary(results: list[tuple[dict, str]]) -> dict[str, dict[str, int]]:
    """Outcomes counted per judgement (whole: the form is the name; the others run long)."""
    counts: dict[str, Counter] = {}
    for row, result in results:
        counts.setdefault(row["judgement"], Counter())[result] += 1
    return {j: dict(sorted(c.items())) for j, c in sorted(counts.items())}


def main(argv: list[str]) -> None:
    """Print the counts as JSON; with --rows FILE, write every row's outcome there."""
    rows_path = None
    if "--rows" in argv:
        at = argv.index("--rows")
        rows_path = argv[at + 1]
        argv = argv[:at] + argv[at + 2 :]
    labels = Path(argv[1]) if len(argv) > 1 else LABELS_62
    results = scored(argv[0], labels)
    print(json.dumps(summary(results), ensure_ascii=False, indent=1))
    if rows_path:
        with open(rows_path, "w", encoding="utf-8") as out:
            for row, result in results:
                print(
                    row["doc"],
                    row["start"],
                    row["end"],
                    row["form"],
                    row["judgement"],
                    result,
                    sep="\t",
                    file=out,
                )


if __name__ == "__main__":
    main(sys.argv[1:])
