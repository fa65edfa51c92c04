"""Rows of eval/labels/clubs44b.tsv from a copy of an archive database (read only): every
English place mention (LOC, GPE) of a sports text (`club_cues` game word, no set scores) whose
written name is also an ORG entity of the archive, right after one of the candidate phrases
below (read from the archive's own contexts before any cue was added), with its context.

Usage: python eval/labels/find_clubs44b.py COPY.db > rows.tsv
"""

import re
import sqlite3
import sys

from rasad.entities.link import _GAME_WORD, _SET_SCORES, club_cues

CANDIDATES = (
    "move to",
    "move from",
    "loan from",
    "linked with",
    "loss to",
    "points behind",
    "captain of",
    "play for",
    "trip to",
    "bid from",
    "return to",
    "match with",
)


def main() -> None:
    db = sqlite3.connect(sys.argv[1])
    orgs = {k for (k,) in db.execute("select lower(name) from entities where type = 'ORG'") if k}
    orgs |= {
        k.split("=", 1)[1]
        for (k,) in db.execute("select key from entities where type = 'ORG' and key like 'ORG:=%'")
    }
    rows = db.execute(
        "select m.doc, m.span_start, m.span_end, e.key, m.text from entity_mentions m"
        " join entities e on e.id = m.entity where m.lang = 'en' and e.type in ('LOC', 'GPE')"
        " order by m.doc_seq, m.position"
    ).fetchall()
    texts: dict[str, str] = {}
    print("\t".join(["doc", "span_start", "key", "text", "phrase", "context", "judgement"]))
    for doc, start, end, key, text in rows:
        if text.lower() not in orgs:
            continue
        if doc not in texts:
            texts[doc] = db.execute("select text from documents where id = ?", (doc,)).fetchone()[0]
        body = texts[doc]
        if not set(_GAME_WORD.findall(body.lower())) & set(club_cues()["game"]):
            continue
        if _SET_SCORES.search(body):
            continue
        before = " ".join(body[max(0, start - 30) : start].lower().split()[-2:])
        phrase = next((p for p in CANDIDATES if before == p), None)
        if phrase is None:
            continue
        context = re.sub(
            r"\s+", " ", f"{body[max(0, start - 60) : start]}[{text}]{body[end : end + 40]}"
        )
        print("\t".join([doc, str(start), key, text, phrase, context, ""]))


if __name__ == "__main__":
    main()
