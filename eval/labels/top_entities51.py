"""List the top 100 entities of each type a user lists (`rasad entities --type T --limit 100`:
PER, ORG, LOC, MISC, by mentions) with their most frequent written forms and languages: the
candidates of entities_top51.tsv, read from the SQL tables directly (no migration runs).

    python eval/labels/top_entities51.py ARCHIVE.db > top.tsv
"""

from __future__ import annotations

import sqlite3
import sys

TOP = 100
TYPES = ("PER", "ORG", "LOC", "MISC")
COLUMNS = ("type", "rank", "entity", "key", "name", "mentions", "languages", "forms")


def top_entities(db: sqlite3.Connection, kind: str) -> list[tuple]:
    """The TOP entities of a type by mentions, as the entities listing orders them."""
    return db.execute(
        "SELECT id, key, name, mentions FROM entities WHERE type = ?"
        " ORDER BY mentions DESC, id LIMIT ?",
        (kind, TOP),
    ).fetchall()


def languages(db: sqlite3.Connection, entity: str) -> str:
    """The entity's mentions counted per language (ar:82 en:73 fa:115)."""
    rows = db.execute(
        "SELECT lang, count(*) FROM entity_mentions WHERE entity = ? GROUP BY lang ORDER BY lang",
        (entity,),
    ).fetchall()
    return " ".join(f"{lang}:{n}" for lang, n in rows)


def forms(db: sqlite3.Connection, entity: str) -> str:
    """The four most frequent written forms of an entity, with counts."""
    rows = db.execute(
        "SELECT text, count(*) c FROM entity_mentions WHERE entity = ?"
        " GROUP BY text ORDER BY c DESC, text LIMIT 4",
        (entity,),
    ).fetchall()
    return "; ".join(f"{t}:{c}" for t, c in rows)


def main(path: str) -> None:
    """Print the candidates as TSV, one header line first."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print("\t".join(COLUMNS))
    for kind in TYPES:
        for rank, (eid, key, name, n) in enumerate(top_entities(db, kind), 1):
            row = (kind, rank, eid, key, name or "", n, languages(db, eid), forms(db, eid))
            print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main(sys.argv[1])
