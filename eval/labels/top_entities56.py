"""List the top 40 entities of each type a user lists (`rasad entities --type T --limit 40`:
PER, ORG, LOC, GPE, MISC, by mentions) with their most frequent written forms and languages: the
candidates of entities_top56.tsv, read from the SQL tables directly (no migration runs). The
reading is top_entities51.py's, with GPE and 40 a type.

    python eval/labels/top_entities56.py ARCHIVE.db > top.tsv
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from top_entities51 import COLUMNS, languages  # noqa: E402  (a script beside this one)

TOP_56 = 40
TYPES_56 = ("PER", "ORG", "LOC", "GPE", "MISC")


def top_of_type(db: sqlite3.Connection, kind: str) -> list[tuple]:
    """The TOP_56 entities of a type by mentions, as the entities listing orders them."""
    return db.execute(
        "SELECT id, key, name, mentions FROM entities WHERE type = ?"
        " ORDER BY mentions DESC, id LIMIT ?",
        (kind, TOP_56),
    ).fetchall()


def forms_of(db: sqlite3.Connection, entity: str) -> str:
    """The five most frequent written forms of an entity, with counts."""
    rows = db.execute(
        "SELECT text, count(*) c FROM entity_mentions WHERE entity = ?"
        " GROUP BY text ORDER BY c DESC, text LIMIT 5",
        (entity,),
    ).fetchall()
    return "; ".join(f"{t}:{c}" for t, c in rows)


def main(path: str) -> None:
    """Print the candidates as TSV, one header line first."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print("\t".join(COLUMNS))
    for kind in TYPES_56:
        for rank, (eid, key, name, n) in enumerate(top_of_type(db, kind), 1):
            row = (kind, rank, eid, key, name or "", n, languages(db, eid), forms_of(db, eid))
            print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main(sys.argv[1])
