"""pubdate61's measure of the `redate` backfill (`rasad.services.materialize.backfill_redate`)
on a copy of an archive database: the given Saudi News Net articles are made undated in the
copy (as a database stored before their story's dated reports arrived would hold them; they
keep the story their date helped choose), the backfill runs, and every window it gives is
checked against the corpus's true day; 20 are printed with their story's other titles for
reading; a story date an older release gave and the backfill withdraws (pubdate62) is listed.
Nothing but the copy is written. Usage (from the repository root; the ids from
eval/labels/choose_pubdate60_unlabelled.py, or none to run the backfill on the copy as is):

python bench/redate61_backfill.py ARCHIVE.db COPY.db ../shared [IDS.txt]
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import sys
from datetime import date
from pathlib import Path

from rasad.config import Settings
from rasad.services.materialize import run_backfill
from rasad.store import open_store


def published(db: str) -> dict[str, str | None]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, published FROM documents WHERE rejected IS NULL")
        return dict(rows.fetchall())


def main(archive: str, copy: str, shared: Path, ids_file: Path | None) -> None:
    for stale in (f"{copy}-wal", f"{copy}-shm"):  # an earlier copy's log would be replayed
        Path(stale).unlink(missing_ok=True)
    shutil.copyfile(archive, copy)
    held = set(ids_file.read_text().split()) if ids_file else set()
    with sqlite3.connect(copy) as conn:
        for doc_id in sorted(held):
            conn.execute(
                "UPDATE documents SET published = NULL, record = json_set(record, '$.published',"
                " json('null')) WHERE id = ? AND rejected IS NULL",
                (doc_id,),
            )
    before = published(copy)
    store = open_store(copy)
    run_backfill(store, Settings(db=copy), "redate")
    store.close()
    after = published(copy)
    changed = [i for i in after if after[i] != before.get(i) and after[i] is not None]
    touched = [i for i in changed if before.get(i) is not None]
    withdrawn = sorted(i for i in after if after[i] is None and before.get(i) is not None)
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    truth = {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8")) if r["id"] in held}
    store = open_store(f"file:{Path(copy).resolve()}?mode=ro")
    docs = {d.id: d for d in store.iter_documents()}
    print(f"undated before {sum(v is None for v in before.values())}, dated {len(changed)}")
    print(f"dates that were not unknown and changed: {len(touched)}")
    print(f"story dates withdrawn (pubdate62): {len(withdrawn)}", " ".join(withdrawn))
    right, widths = 0, []
    for i in changed:
        first, last = docs[i].published["window"]
        widths.append((date.fromisoformat(last) - date.fromisoformat(first)).days + 1)
        day = truth[i]["published"][:10] if i in truth else None
        right += day is not None and first <= day <= last
        if day is None or not first <= day <= last:
            print("CHECK", i, docs[i].published["window"], day, docs[i].why[-1])
    print(f"windows containing the true day {right} of {len(changed)}")
    if widths:
        print("median width", sorted(widths)[len(widths) // 2])
    for i in random.Random(61).sample(changed, min(20, len(changed))):
        story = [d for d in docs.values() if d.story == docs[i].story and d.id != i]
        print(f"\n== {i} true {truth.get(i, {}).get('published', '?')[:10]} {docs[i].why[-1]}")
        print("  ", docs[i].title)
        for d in story[:8]:
            day = "undated" if d.id in held else (d.published or {}).get("value")
            print(f"   - {d.id} {day} {d.title}")


if __name__ == "__main__":
    ids = Path(sys.argv[4]) if len(sys.argv) > 4 else None
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]), ids)
