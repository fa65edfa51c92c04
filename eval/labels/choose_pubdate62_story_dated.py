"""Print pubdate62's set: every accepted document of an archive database whose date was
inferred (not given by its publisher, a dateline or a user), with its stored window and whether
its own text dates it (`rasad.stages.pubdate.infer`, run today): the dates a story gave
(its text gives none) and the dates its text gave, which must never change (issue 21, point 1).
All of them, no sampling (the whole-archive look55 holds 11; `SEED` fixes the order of ties
only). Run from the repository root on a copy of the archive (migrated to the current schema):

python eval/labels/choose_pubdate62_story_dated.py COPY-OF-look55.db
"""

import sqlite3
import sys
from datetime import date

from rasad.stages.pubdate import infer

SEED = 62  # unused: the set is every inferred date


def main(db: str) -> None:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT id, lang, coalesce(outlet, ''), text, json_extract(record, '$.published')"
            " FROM documents WHERE rejected IS NULL"
            " AND json_extract(record, '$.published.source') = 'inferred' ORDER BY id"
        ).fetchall()
    print("id\tlang\toutlet\tstored_window\ttext_dates")
    for doc_id, lang, outlet, text, published in rows:
        window = published.split('"window":[')[1].split("]")[0].replace('"', "")
        by_text = infer(text, lang, date.today()) is not None
        print(f"{doc_id}\t{lang}\t{outlet}\t{window}\t{'yes' if by_text else 'no'}")


if __name__ == "__main__":
    main(sys.argv[1])
