"""Rows of eval/labels/names45.tsv from a copy of an archive database (read only).

`regime`: 20 random mentions (seed 45) whose whole text is «رژیم صهیونیستی» in either Persian
spelling (ي/ی), with their context. `club`: 20 random mentions (seed 45) of English sports
texts (`clubs_named`'s test: a `game` word, no set scores) typed as a place, no country, whose
name the archive reads as a club in another document (`clubs_named` of some document) but
that are left a place in their own document (no cue there).

Usage: python eval/labels/find_names45.py COPY.db > rows.tsv
"""

import json
import random
import sqlite3
import sys

from rasad.entities.link import _GAME_WORD, _SET_SCORES, club_cues, clubs_named

WIDTH = 35


def context(text: str, start: int, end: int) -> str:
    left, right = text[max(0, start - WIDTH) : start], text[end : end + WIDTH]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " ").replace("\t", " ")


def regime_rows(db) -> list[list[str]]:
    rows = db.execute(
        "select e.key, m.doc, m.span_start, m.span_end, d.text from entity_mentions m"
        " join entities e on e.id = m.entity join documents d on d.seq = m.doc_seq"
        " where m.text in ('رژیم صهیونیستی', 'رژيم صهيونيستي') order by m.doc_seq, m.position"
    ).fetchall()
    picked = random.Random(45).sample(rows, min(20, len(rows)))
    return [["regime", k, doc, str(s), context(t, s, e)] for k, doc, s, e, t in picked]


def club_rows(db) -> tuple[list[list[str]], int, int]:
    """The rows, the mentions left a place in sports texts, and the sports texts."""
    named_anywhere, places, texts = set(), [], 0
    for seq, record, text in db.execute(
        "select seq, record, text from documents where lang = 'en' and rejected is null"
    ):
        mentions = json.loads(record).get("entities") or []
        clubs = clubs_named(mentions, "en", text)
        named_anywhere |= clubs
        if not any(m.get("type") in ("GPE", "LOC") for m in mentions):
            continue
        stored = db.execute(
            "select m.doc, m.text, m.span_start, m.span_end, e.key from entity_mentions m"
            " join entities e on e.id = m.entity where m.doc_seq = ? and e.type in ('GPE','LOC')",
            (seq,),
        ).fetchall()
        sports = _sports(text)
        texts += sports
        for doc, mtext, s, e, key in stored:
            if sports and mtext.strip().lower() not in clubs:
                places.append((doc, mtext, s, e, key, text))
    left = [p for p in places if p[1].strip().lower() in named_anywhere]
    picked = random.Random(45).sample(left, min(20, len(left)))
    rows = [["club", key, doc, str(s), context(t, s, e)] for doc, _, s, e, key, t in picked]
    return rows, len(left), texts


def _sports(text: str) -> bool:
    """`clubs_named`'s test of a sports text: a `game` word, no tennis set scores."""
    words = set(_GAME_WORD.findall(text.lower()))
    return bool(words & set(club_cues()["game"])) and not _SET_SCORES.search(text)


def main() -> None:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    print("case\tentity_key\tdoc\tspan_start\tcontext\tjudgement\tnote")
    clubs, left, texts = club_rows(db)
    for row in regime_rows(db) + clubs:
        print("\t".join(row))
    print(f"# club: {left} place mentions left in {texts} sports texts", file=sys.stderr)


if __name__ == "__main__":
    main()
