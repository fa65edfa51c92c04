"""List the top 60 entities per language (ar, fa, en) of an archive by the documents of that
language that mention them, with their most frequent written forms: the candidates of
entities_top42.tsv, read from the SQL tables directly (no migration runs).

    python eval/labels/top_entities42.py ARCHIVE.db > top.txt
"""

from __future__ import annotations

import sqlite3
import sys

TOP = 60
LANGS = ("ar", "fa", "en")


def top_entities(db: sqlite3.Connection, lang: str) -> list[tuple]:
    """The TOP entities by documents of `lang` (then mentions), with type, name and counts."""
    return db.execute(
        """SELECT m.entity, e.type, e.name, count(DISTINCT m.doc) d, count(*) n
           FROM entity_mentions m JOIN entities e ON e.id = m.entity
           WHERE m.lang = ? GROUP BY m.entity ORDER BY d DESC, n DESC LIMIT ?""",
        (lang, TOP),
    ).fetchall()


def forms(db: sqlite3.Connection, entity: str, lang: str) -> str:
    """The eight most frequent written forms of an entity in one language, with counts."""
    rows = db.execute(
        """SELECT text, count(*) c FROM entity_mentions WHERE entity = ? AND lang = ?
           GROUP BY text ORDER BY c DESC LIMIT 8""",
        (entity, lang),
    ).fetchall()
    return "; ".join(f"{t}:{c}" for t, c in rows)


def other_languages(db: sqlite3.Connection, entity: str, lang: str) -> list[tuple]:
    """The entity's mentions in the other languages, counted."""
    return db.execute(
        """SELECT lang, count(*) FROM entity_mentions WHERE entity = ? AND lang != ?
           GROUP BY lang""",
        (entity, lang),
    ).fetchall()


def main(path: str) -> None:
    db = sqlite3.connect(path)
    for lang in LANGS:
        for rank, (entity, typ, name, docs, n) in enumerate(top_entities(db, lang), 1):
            head = f"{lang} {rank} {entity} {typ} {name} {docs} {n}"
            print(head, "|", forms(db, entity, lang), "|", other_languages(db, entity, lang))


if __name__ == "__main__":
    main(sys.argv[1])
