"""Draw the judged sample of entities_en55.tsv: 100 English mentions the archive stores as a
place (an entity of type LOC or GPE), uniformly at random with seed 55, each with 80 characters
of its article either side, read from the SQL tables directly (read-only, no migration runs).

    python eval/labels/choose_entities_en55.py /work/archive/s51/look51b.db > sample.tsv
"""

from __future__ import annotations

import random
import sqlite3
import sys

SEED = 55
SIZE = 100
CONTEXT = 80
COLUMNS = ("n", "doc", "position", "type", "key", "text", "context")


def place_mentions(db: sqlite3.Connection) -> list[tuple]:
    """Every English mention of a LOC or GPE entity, in a stable order."""
    return db.execute(
        "SELECT m.doc, m.position, e.type, e.key, m.text, m.span_start, m.span_end, d.text"
        " FROM entity_mentions m JOIN entities e ON e.id = m.entity"
        " JOIN documents d ON d.seq = m.doc_seq"
        " WHERE m.lang = 'en' AND e.type IN ('LOC', 'GPE') ORDER BY m.doc_seq, m.position"
    ).fetchall()


def context(text: str, start: int | None, end: int | None) -> str:
    """The mention marked [[…]] with CONTEXT characters either side, on one line."""
    if start is None or end is None:
        return ""
    line = text[max(0, start - CONTEXT) : start] + "[[" + text[start:end] + "]]"
    return " ".join((line + text[end : end + CONTEXT]).split())


def main(path: str) -> None:
    """Print the seeded sample as TSV."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = place_mentions(db)
    sample = random.Random(SEED).sample(rows, SIZE)
    print("\t".join(COLUMNS))
    for n, (doc, position, kind, key, text, start, end, body) in enumerate(sample, 1):
        print(f"{n}\t{doc}\t{position}\t{kind}\t{key}\t{text}\t{context(body, start, end)}")


if __name__ == "__main__":
    main(sys.argv[1])
