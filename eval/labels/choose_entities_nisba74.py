"""Print the candidate cases of round entities74 (entities_nisba74.tsv) for labelling by hand:
(1) an English place of an NTREX translation triple that a GeoNames list names with no Arabic or
Persian form (`listed` rows: its rendering in the Arabic and Persian line); (2) an Arabic-script
mention whose span ends with a country's adjective after a name (`nisba_after`: «سولاوسي
الإندونيسية» read as a person); (3) a person mention whose span opens with a country's adjective
before the name (`nisba_before`: «الإندونيسي جوكو»).

Mentions are the stored recogniser mentions (`documents.record` entities) of a database ingested
by main COMMIT (the 924-document look: seeds, NTREX, the first 400 SaudiNewsNet and 150 Fars News
articles). Skipped: documents named by any entities label file (`eval/labels/entit*`) or any
held-out file of any task at COMMIT (`held_out.HELD_OUT`), and every document of an NTREX story
of the Indonesian quake the lead's look showed (a text naming Palu or Sulawesi in any script): the
set is drawn from other stories. Candidates of each class are sorted and shuffled with
`random.Random(SEED)`; the first LISTED stories (one English mention each, drawn with the same
generator), NISBA_AFTER and NISBA_BEFORE mentions (one a document) are printed with context.
Run from the repository root:
python eval/labels/choose_entities_nisba74.py DATABASE.db > candidates.txt
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from choose_entities_translit70 import line_of, line_span  # noqa: E402
from choose_entity_dev52_articles import git  # noqa: E402
from held_out import ARTICLE_ID, HELD_OUT  # noqa: E402

COMMIT = "391d567d"
SEED = 20262374
LISTED = 14
NISBA_AFTER_PERSON = 14  # a span typed PER ending with the adjective (the fault the look showed)
NISBA_AFTER_OTHER = 16  # a span of another type ending with one (mostly right: precision)
NISBA_BEFORE = 16
PLACES = frozenset(["GPE", "LOC"])
QUAKE = ("Palu", "Sulawesi", "بالو", "سولاوسي", "پالو", "سولاوسی")
CONTEXT = 60


def used_ids() -> set[str]:
    """Article ids named by every entities label file and every held-out file at COMMIT."""
    names = git("ls-tree", "--name-only", f"{COMMIT}:eval/labels").split()
    names = [n for n in names if n.startswith("entit") or n in HELD_OUT]
    text = "".join(git("show", f"{COMMIT}:eval/labels/{name}") for name in names)
    return set(ARTICLE_ID.findall(text))


def ntrex_story(doc_id: str) -> str | None:
    """The NTREX story of a document id (`ntrex-en-bbc.381790` → `bbc.381790`), else None."""
    return doc_id.split("-", 2)[2] if doc_id.startswith("ntrex-") else None


def no_arabic_script_places() -> frozenset[str]:
    """Names of the GeoNames lists' places no list gives an Arabic or Persian form."""
    from rasad.entities.link import listed_places

    arabic = {e.name for (lang, _), e in listed_places().items() if lang in ("ar", "fa")}
    return frozenset(e.name for e in listed_places().values()) - arabic


def listed_candidates(docs: dict[str, dict], skip: set[str], rng: random.Random) -> list[str]:
    from rasad.entities.link import place_listed

    names = no_arabic_script_places()
    out = []
    stories = sorted(s for s in {ntrex_story(d) for d in docs} - {None} if s not in skip)
    rng.shuffle(stories)
    for story in stories:
        en = docs.get(f"ntrex-en-{story}")
        if en is None or len(out) == LISTED:
            continue
        pool = [
            m
            for m in en["entities"]
            if m["type"] in PLACES and place_listed(m, "en").get("canonical") in names
        ]
        if not pool:
            continue
        m = rng.choice(pool)
        index = line_of(en["text"], m["start"])
        lines = [f"## listed {en['id']}\t{m['start']}\t{m['end']}\t{m['text']}"]
        for lang in ("ar", "fa"):
            record = docs.get(f"ntrex-{lang}-{story}")
            if record is None:
                continue
            start, end = line_span(record["text"], index)
            lines.append(
                f"  {record['id']} line {index} [{start}:{end}]: {record['text'][start:end]}"
            )
            lines += [
                f"    {x['start']}\t{x['end']}\t{x['text']}\t{x['type']}\t{x['entity']}"
                for x in record["entities"]
                if start <= x["start"] < end
            ]
        out.append("\n".join(lines))
    return out


def nisba(word: str) -> bool:
    """An Arabic country's adjective with its article («الإندونيسي», «الإندونيسية»)."""
    from rasad.entities.recognise import demonym_of

    return word.startswith("ال") and demonym_of(word, "ar") is not None


def nisba_candidates(docs: dict[str, dict], skip: set[str], kind: str) -> list[tuple]:
    """(document, mention) of each Arabic document's mentions of the class, a written form
    once a document: `after` a span of two words or more ending with a country's adjective,
    typed PER (`person`) or not (`other`); `before` a PER span opening with one."""
    out = []
    for doc_id, record in sorted(docs.items()):
        if record["lang"] != "ar" or doc_id in skip or ntrex_story(doc_id) in skip:
            continue
        seen = set()
        for m in record["entities"]:
            words = m["text"].split()
            if len(words) < 2 or m["text"] in seen:
                continue
            seen.add(m["text"])
            person = m["type"] == "PER"
            if kind == "before" and person and nisba(words[0]):
                out.append((doc_id, m))
            if kind.startswith("after") and nisba(words[-1]) and person == (kind == "after_person"):
                out.append((doc_id, m))
    return out


def context(record: dict, m: dict) -> str:
    text = record["text"]
    a, b = max(0, m["start"] - CONTEXT), m["end"] + CONTEXT
    return " ".join(
        f"{text[a : m['start']]}[[{text[m['start'] : m['end']]}]]{text[m['end'] : b]}".split()
    )


def main(database: str) -> None:
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    docs = {}
    for doc_id, lang, text, entities in db.execute(
        "SELECT id, lang, text, json_extract(record, '$.entities') FROM documents"
        " WHERE rejected IS NULL ORDER BY id"
    ):
        docs[doc_id] = {
            "id": doc_id,
            "lang": lang,
            "text": text,
            "entities": json.loads(entities or "[]"),
        }
    used = used_ids()
    quake = {d for d, r in docs.items() if any(w in r["text"] for w in QUAKE)}
    stories = {ntrex_story(d) for d in used | quake} - {None}
    skip = used | quake | stories | {d for d in docs if ntrex_story(d) in stories}
    rng = random.Random(SEED)
    for block in listed_candidates(docs, skip, rng):
        print(block)
    for kind, count in (
        ("after_person", NISBA_AFTER_PERSON),
        ("after_other", NISBA_AFTER_OTHER),
        ("before", NISBA_BEFORE),
    ):
        pool = nisba_candidates(docs, skip, kind)
        rng.shuffle(pool)
        for doc_id, m in pool[:count]:
            print(
                f"## nisba_{kind} {doc_id}\t{m['start']}\t{m['end']}\t{m['text']}\t{m['type']}\t{m['entity']}"
            )
            print(f"  {context(docs[doc_id], m)}")


if __name__ == "__main__":
    main(sys.argv[1])
