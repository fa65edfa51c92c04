"""pubdate62's whole-archive check of story dates: every accepted document of an archive
database whose date is unknown, or came from its story (inferred, while its own text gives no
date: `rasad.stages.pubdate.infer`), is made undated in an ingest replay
(`rasad.eval.pubdate.replayed_ingest`: placed again in ingest order, dated by its story at
placement and re-dated after each batch as ingest does). Publisher's dates, datelines and dates
inferred from the text stay as stored. Writes one line per document the replay dates by its
story (id, language, outlet, replayed story, window); with a second file (the same run with
other code) lists every document whose story date differs, with its replayed story's other
documents for reading. Usage (from the repository root, the code to measure first on
PYTHONPATH):

python bench/pubdate62_story_dated.py ARCHIVE.db OUT.tsv
python bench/pubdate62_story_dated.py ARCHIVE.db OLD.tsv NEW.tsv   # the changes, for reading
"""

from __future__ import annotations

import csv
import random
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from rasad.eval.pubdate import replayed_ingest
from rasad.model import Document
from rasad.stages.pubdate import infer
from rasad.store import open_store

FIELDS = ["id", "lang", "outlet", "story", "first", "last"]


def open_archive(db: str):
    return open_store(f"file:{Path(db).resolve()}?mode=ro")


def story_dated_or_unknown(doc: Document, today: date) -> bool:
    """Whether a stored document's date is unknown or came from its story, not its publisher,
    a dateline or its own text (a user's correction is stored as metadata)."""
    if doc.published is None:
        return True
    return doc.published.get("source") == "inferred" and infer(doc.text, doc.lang, today) is None


def run(db: str, out: Path) -> None:
    store = open_archive(db)
    today = date.today()
    docs = [d for d in store.iter_documents() if not d.rejected]
    held = {d.id for d in docs if story_dated_or_unknown(d, today)}
    store.close()
    placed: dict[str, tuple[str, str]] = {}
    found = replayed_ingest(db, held, redate=True, placed=placed)
    by_id = {d.id: d for d in docs}
    rows = [
        {
            "id": i,
            "lang": by_id[i].lang,
            "outlet": by_id[i].outlet or "",
            "story": placed[i][0],
            "first": published["window"][0],
            "last": published["window"][1],
        }
        for i, published in sorted(found.items())
        if published is not None
    ]
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    print(f"held (unknown or story-dated) {len(held)}, dated by their story {len(rows)}")
    by_outlet = defaultdict(int)
    for row in rows:
        by_outlet[row["outlet"]] += 1
    print("by outlet", dict(sorted(by_outlet.items())))
    with Path(f"{out}.placed").open("w", encoding="utf-8") as f:
        f.writelines(f"{i}\t{story}\n" for i, (story, _) in sorted(placed.items()))


def read(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return {r["id"]: r for r in csv.DictReader(f, delimiter="\t")}


def placements(path: Path) -> dict[str, str]:
    """Each replayed document's story (written beside OUT as OUT.placed)."""
    with path.open(encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f)


def compare(db: str, old_path: Path, new_path: Path) -> None:
    old, new = read(old_path), read(new_path)

    def window(rows: dict[str, dict[str, str]], i: str) -> tuple[str, str] | None:
        return (rows[i]["first"], rows[i]["last"]) if i in rows else None

    changed = sorted(i for i in set(old) | set(new) if window(old, i) != window(new, i))
    print(f"dated by their story: old {len(old)}, new {len(new)}, changed {len(changed)}")
    print(
        f"  undated now {sum(i not in new for i in changed)},"
        f" newly dated {sum(i not in old for i in changed)},"
        f" window moved {sum(i in old and i in new for i in changed)}"
    )
    print("every change:", " ".join(f"{i}:{window(old, i)}->{window(new, i)}" for i in changed))
    story_of = placements(Path(f"{new_path}.placed"))
    members = defaultdict(list)
    for doc_id, story in story_of.items():
        members[story].append(doc_id)
    store = open_archive(db)
    docs = {d.id: d for d in store.iter_documents()}
    store.close()
    shown = random.Random(62).sample(changed, 20) if len(changed) > 20 else changed
    for i in shown:
        doc = docs[i]
        print(f"\n== {i} {doc.lang} {doc.outlet}: old {window(old, i)} new {window(new, i)}")
        print("  ", doc.title)
        for other in members[story_of.get(i, "")][:12]:
            if other != i:
                d = docs[other]
                day = (d.published or {}).get("value")
                print(f"   - {d.id} {d.lang} {day} ({(d.published or {}).get('source')}) {d.title}")


if __name__ == "__main__":
    if len(sys.argv) == 3:
        run(sys.argv[1], Path(sys.argv[2]))
    else:
        compare(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
