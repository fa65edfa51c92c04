"""Link every accepted stored document of a database in ingest order, in memory, as the store
links them (`linked_mentions`, then `EntityIndex.add` with the document's story), and write the
links to a small SQLite file holding the `entity_mentions` and `entities` columns the entity
scorers read (score_entities_nisba74.py, score_entities_places72.py, …).

Relinking the 9,222-document archive in place writes ~3 GB and took over 40 minutes on a shared
machine; this reads the stored mentions and links them in ~1.5 minutes. It leaves out
`relink_stored_documents`' second pass (names written without the father's name that two
documents join), so it compares two linkers alike, not a database's exact links: on the
924-document look (main 391d567d) its links equal the ingest's for 15,620 of 15,620 mentions.
Run from the repository root:
python eval/labels/link_in_memory74.py DATABASE.db OUT.db
"""

from __future__ import annotations

import json
import sqlite3
import sys

from rasad.entities.link import EntityIndex, entity_id, linked_mentions

DOCUMENTS = (
    "SELECT seq, id, lang, text, json_extract(record, '$.story'),"
    " json_extract(record, '$.entities') FROM documents WHERE rejected IS NULL ORDER BY seq"
)


def link(database: str) -> tuple[list[tuple], EntityIndex]:
    """(seq, position, doc, entity, lang, text, start, end) of every linked mention."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    index = EntityIndex()
    rows = []
    for seq, doc, lang, text, story, entities in db.execute(DOCUMENTS):
        kept = linked_mentions(json.loads(entities or "[]"), lang, text)
        ids = index.add(doc, lang, [m for _, m in kept], story)
        rows += [
            (seq, i, doc, eid, lang, m["text"], m.get("start"), m.get("end"))
            for (i, m), eid in zip(kept, ids, strict=True)
        ]
    return rows, index


def main(database: str, out: str) -> None:
    rows, index = link(database)
    db = sqlite3.connect(out)
    db.executescript(
        "DROP TABLE IF EXISTS entity_mentions; DROP TABLE IF EXISTS entities;"
        "CREATE TABLE entity_mentions (doc_seq INTEGER, position INTEGER, doc TEXT,"
        " entity TEXT, lang TEXT, text TEXT, span_start INTEGER, span_end INTEGER);"
        "CREATE TABLE entities (id TEXT, key TEXT, type TEXT, name TEXT, mentions INTEGER);"
    )
    db.executemany("INSERT INTO entity_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?, ?)",
        [(entity_id(k), k, r.type, r.name, r.mentions) for k, r in index.records.items()],
    )
    db.executescript(
        "CREATE INDEX mentions_doc ON entity_mentions(doc);"
        "CREATE INDEX mentions_entity ON entity_mentions(entity);"
        "CREATE INDEX entities_id ON entities(id);"
    )
    db.commit()
    print(f"{len(rows)} mentions, {len(index.records)} entities")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
