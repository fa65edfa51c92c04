"""Print the development mentions of round 66 (entities66): one-word Arabic mentions of the
three classes of wrong links the lead found in the top entities of the s57 archive, as the
current recogniser reads them, for labelling right/wrong by hand (entities_dev66.tsv).

Classes: `saleh` — a bare «صالح» written alone or behind one proclitic (لصالح, وصالح, بصالح);
`pointed` — a one-word mention written with a short vowel, tanween or shadda (تدمّر, دومًا);
`gulf` — a mention holding «الخليج»/«خليج» that is more than the bare word.

Candidate articles are the Arabic documents of the archive (argument 1, opened read-only) whose
*stored* mentions hold the class (the archive was ingested by main 16c07d56), named in no
entities label file (`eval/labels/entit*`) and no held-out file of any task at main COMMIT
(see `used_text`). Each class's candidate ids are sorted, shuffled with
`random.Random(SEED)`, and read in that order with the current recogniser until LIMIT[class]
mentions of the class are found. Run from the repository root:
python eval/labels/choose_entity_dev66.py ARCHIVE.db ../shared > mentions.tsv
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entity_dev52_articles import git  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402

COMMIT = "6118a5d9"
SEED = 20261666
LIMIT = {"saleh": 45, "pointed": 40, "gulf": 20}
POINTING = re.compile("[\u064b-\u0652]")
SALEH = re.compile(r"^[وفلب]?صالح$")
CLASSES = {
    "saleh": lambda t: bool(SALEH.match(t)),
    "pointed": lambda t: " " not in t.strip() and bool(POINTING.search(t)),
    "gulf": lambda t: "خليج" in t and t.strip() not in ("الخليج", "والخليج", "بالخليج", "للخليج"),
}


HELDOUT = (
    "framing_occurrences.tsv",
    "quotes_ar_fa.tsv",
    "quotes_heldout.tsv",
    "heldout_articles.tsv",
    "claim_pairs_heldout.tsv",
    "claims_facts_heldout37.tsv",
    "claims_heldout.md",
    "numbers_ar.tsv",
    "saudinewsnet_events.tsv",
)


def used_text() -> str:
    """Every entities label file (entit*: the held-out set and every development set of the
    task) and every held-out file of any task at COMMIT. Not every label file of every task,
    as choose_entity_unlabelled62.py skips: 98 of the 99 archive articles with a bare «صالح»
    are named by some other task's development file."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    names = [n for n in names if n.startswith("entit") or n in HELDOUT]
    return "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)


def candidates(db: sqlite3.Connection, kind: str, skip: set[str]) -> list[str]:
    """Arabic document ids whose stored mentions hold the class, shuffled with SEED."""
    rows = db.execute(
        "SELECT DISTINCT m.doc, m.text FROM entity_mentions m WHERE m.lang = 'ar'"
    ).fetchall()
    ids = sorted({doc for doc, text in rows if CLASSES[kind](text) and doc not in skip})
    random.Random(SEED).shuffle(ids)
    return ids


def texts(shared: Path) -> dict[str, str]:
    """SaudiNewsNet texts by id."""
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    return {r["id"]: r["text"] for r in map(json.loads, path.open(encoding="utf-8"))}


def main(archive: str, shared: Path) -> None:
    """Print kind, doc, start, end, text, entity key for the chosen mentions."""
    from rasad.stages.entities import find_entities

    db = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    skip = set(ID.findall(used_text()))
    corpus = texts(shared)
    for kind in CLASSES:
        found = 0
        for doc in candidates(db, kind, skip):
            if found >= LIMIT[kind] or doc not in corpus:
                continue
            for m in find_entities(corpus[doc], "ar"):
                if found < LIMIT[kind] and CLASSES[kind](m["text"]):
                    found += 1
                    row = (kind, doc, m["start"], m["end"], m["text"], m["type"], m["entity"])
                    print("\t".join(str(c) for c in row))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
