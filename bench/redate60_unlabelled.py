"""pubdate60's unlabelled check: Saudi News Net articles no label file names, made undated in
an ingest replay of an archive database (`rasad.eval.pubdate.replayed_ingest`), dated with and
without re-dating (`rasad.services.assign.redated_window`); every window re-dating adds is checked
against the article's true day, and a sample of 20 is printed with its replayed story's other
titles for reading. Usage (from the repository root; the ids from
eval/labels/choose_pubdate60_unlabelled.py):

python bench/redate60_unlabelled.py ARCHIVE.db ../shared IDS.txt
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from rasad.eval.pubdate import replayed_ingest
from rasad.store import open_store


def main(db: str, shared: Path, ids_file: Path) -> None:
    held = set(ids_file.read_text().split())
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    truth = {r["id"]: r for r in map(json.loads, path.open(encoding="utf-8")) if r["id"] in held}
    plain = replayed_ingest(db, held, redate=False)
    placed: dict[str, tuple[str, str]] = {}
    found = replayed_ingest(db, held, redate=True, placed=placed)
    store = open_store(f"file:{Path(db).resolve()}?mode=ro")
    titles = {d.id: (d.title, d.published) for d in store.iter_documents()}
    members = defaultdict(list)
    for doc_id, (story, _) in placed.items():
        members[story].append(doc_id)
    in_archive = held & set(placed)
    dated_plain = {i for i in in_archive if plain.get(i)}
    new = sorted(i for i in in_archive if found.get(i) and not plain.get(i))
    changed = sorted(i for i in dated_plain if found.get(i) != plain.get(i))

    def contains(i: str) -> bool:
        window = found[i]["window"]
        return window[0] <= truth[i]["published"][:10] <= window[1]

    wrong = [i for i in new if not contains(i)]
    print(f"held {len(held)}, in the archive {len(in_archive)}")
    print(f"dated at placement {len(dated_plain)}, changed by re-dating {len(changed)}")
    print(f"newly dated {len(new)}, window contains truth {len(new) - len(wrong)}")
    widths = sorted(
        (date.fromisoformat(found[i]["window"][1]) - date.fromisoformat(found[i]["window"][0])).days
        + 1
        for i in new
    )
    if widths:
        print("median width", widths[len(widths) // 2])
    for i in wrong:
        print("WRONG", i, found[i]["window"], truth[i]["published"][:10])
    for i in random.Random(60).sample(new, min(20, len(new))):
        story = placed[i][0]
        print(f"\n== {i} {truth[i]['published'][:10]} window {found[i]['window']} story {story}")
        print("  ", truth[i]["title"])
        for m in members[story][:12]:
            if m != i:
                title, published = titles.get(m, ("?", None))
                day = published["value"] if published and m not in held else "undated"
                print(f"   - {m} {day} {title}")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
