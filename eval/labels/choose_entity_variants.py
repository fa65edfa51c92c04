"""Print the (entity, variant) pairs judged in entity_variants_judged.tsv, without judgements.

The database is a whole-archive ingest (every corpus article plus the seeds) opened read-only
with the standard library, so no rasad code (and no backfill) touches it. Its 200 most
mentioned entities (ties by id, as `rasad entities` lists them) are taken with every distinct
form each was written in (a form written in two languages counted once, its mentions summed),
most mentioned first. Run from the repository root:
python eval/labels/choose_entity_variants.py /tmp/before.db > pairs.tsv
"""

import sqlite3
import sys
from collections import Counter

TOP = 200
HEADER = "rank\tentity_key\tentity_name\ttype\tvariant\tvariant_mentions"


def main(path: str) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    top = conn.execute(
        "SELECT id, key, type, name FROM entities ORDER BY mentions DESC, id LIMIT ?", (TOP,)
    ).fetchall()
    print(HEADER)
    for rank, (eid, key, kind, name) in enumerate(top, start=1):
        forms: Counter[str] = Counter()
        first: dict[str, int] = {}
        for text, n, at in conn.execute(
            "SELECT text, n, first FROM entity_names WHERE entity = ?", (eid,)
        ):
            forms[text] += n
            first[text] = min(first.get(text, at), at)
        # the name as `rasad entities` shows it: gazetteer name, else the commonest Latin form,
        # else the commonest form (forms ordered by first mention on ties)
        ordered = sorted(forms, key=lambda f: (-forms[f], first[f]))
        latin = [f for f in ordered if f.isascii()]
        shown = name or (latin[0] if latin else ordered[0])
        for form in ordered:
            print(f"{rank}\t{key}\t{shown}\t{kind}\t{form}\t{forms[form]}")


if __name__ == "__main__":
    main(sys.argv[1])
