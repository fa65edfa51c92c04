"""List ranks 41-80 of each type a user lists (`rasad entities --type T --limit 80`: PER, ORG,
LOC, GPE, MISC, by mentions) with their languages and most frequent written forms: the
candidates of entities_top58.tsv (the top 40 were judged in entities_top56.tsv). Read from the
SQL tables directly (no migration runs); the reading is top_entities56.py's, one page further.

    python eval/labels/top_entities58.py ARCHIVE.db > top.tsv
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from top_entities51 import COLUMNS, languages  # noqa: E402  (a script beside this one)
from top_entities56 import TYPES_56, forms_of  # noqa: E402

FIRST_RANK_58 = 41
LAST_RANK_58 = 80


def ranks_of_type(db: sqlite3.Connection, kind: str) -> list[tuple]:
    """Entities of a type at ranks FIRST_RANK_58..LAST_RANK_58, as the listing orders them."""
    return db.execute(
        "SELECT id, key, name, mentions FROM entities WHERE type = ?"
        " ORDER BY mentions DESC, id LIMIT ? OFFSET ?",
        (kind, LAST_RANK_58 - FIRST_RANK_58 + 1, FIRST_RANK_58 - 1),
    ).fetchall()


def main(path: str) -> None:
    """Print the candidates as TSV, one header line first."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print("\t".join(COLUMNS))
    for kind in TYPES_56:
        for rank, (eid, key, name, n) in enumerate(ranks_of_type(db, kind), FIRST_RANK_58):
            row = (kind, rank, eid, key, name or "", n, languages(db, eid), forms_of(db, eid))
            print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main(sys.argv[1])
