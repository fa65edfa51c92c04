"""List the entities a user meets first in the whole archive: the top TOP by documents (every
type), then the top TOP_OF_TYPE persons and organizations by documents, each with its
languages and most frequent written forms: the candidates of entities_top84.tsv. Read from the
SQL tables directly (no migration runs).

    python eval/labels/top_entities84.py ARCHIVE.db > top.tsv
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from top_entities51 import languages  # noqa: E402  (a script beside this one)
from top_entities56 import forms_of  # noqa: E402

TOP = 60
TOP_OF_TYPE = 30
COLUMNS = ("list", "rank", "entity", "key", "type", "documents", "mentions", "languages", "forms")


def by_documents(db: sqlite3.Connection, kind: str | None, most: int) -> list[tuple]:
    """The `most` entities (of type `kind`, or any) stored in the most documents."""
    return db.execute(
        "SELECT e.id, e.key, e.type, COUNT(DISTINCT m.doc) d, e.mentions FROM entities e"
        " JOIN entity_mentions m ON m.entity = e.id WHERE ? IS NULL OR e.type = ?"
        " GROUP BY e.id ORDER BY d DESC, e.mentions DESC, e.id LIMIT ?",
        (kind, kind, most),
    ).fetchall()


def main(path: str) -> None:
    """Print the candidates as TSV, one header line first."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print("\t".join(COLUMNS))
    for name, kind, most in (
        ("all", None, TOP),
        ("PER", "PER", TOP_OF_TYPE),
        ("ORG", "ORG", TOP_OF_TYPE),
    ):
        for rank, (eid, key, type_, docs, n) in enumerate(by_documents(db, kind, most), 1):
            row = (name, rank, eid, key, type_, docs, n, languages(db, eid), forms_of(db, eid))
            print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main(sys.argv[1])
