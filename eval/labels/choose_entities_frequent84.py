"""Print the one-word mentions of frequent entities of round entities84
(entities_frequent84.tsv) for judging by hand: mentions a user meets as a single word — a given
name or surname alone, a short form, a club's or a body's common-word name — of an entity the
whole archive stores in 20 or more documents (the entities a user meets first), each with the
entity it is linked to, that entity's commonest forms, the mention in context and the
document's longer mentions holding the word.

The database is session 66's whole archive (/work/look66/archive.db, read through a copy: every
article of `../shared/corpus` and the seeds, 9,237 documents, schema 82, ingested by main of
session 66), read-only through the standard library; session 67's migrated archive was not
ready when the set was drawn. A candidate is a stored mention of one word (a ZWNJ joins one
word's parts) whose entity is a person, an organization or MISC stored in MIN_DOCUMENTS or more
documents, in a document no eval/labels file at COMMIT names (nor an NTREX story one names; so
no row of an earlier sample can be drawn). One candidate per (document, entity, written form);
sorted, shuffled with `random.Random(SEED)`, the first DRAWN printed. Run from the repository
root:
python eval/labels/choose_entities_frequent84.py ARCHIVE.db > candidates.txt
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entities_oneword78 import TYPES, main, one_word  # noqa: E402

COMMIT = "bd64d3c1"
SEED = 20262384
CONTEXT = 120
MIN_DOCUMENTS = 20


def frequent_entities(db: sqlite3.Connection, least: int = MIN_DOCUMENTS) -> set[str]:
    """Ids of the person, organization and MISC entities stored in `least` or more documents."""
    rows = db.execute(
        "SELECT m.entity, e.key FROM entity_mentions m JOIN entities e ON e.id = m.entity"
        " GROUP BY m.entity HAVING COUNT(DISTINCT m.doc) >= ?",
        (least,),
    )
    return {entity for entity, key in rows if key.split(":", 1)[0] in TYPES}


if __name__ == "__main__":
    main(sys.argv[1], one_word, COMMIT, SEED, CONTEXT, frequent_entities)
