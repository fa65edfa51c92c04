"""Rows of eval/labels/names46.tsv and misc46.tsv from a copy of an archive database (read only).

`names46.tsv`, case `common_surname`: every one-word person mention (as the documents store
them) whose word is a common word of its language (`is_common`: «هادي» "calm") and the last
word of a person's full name written before it in the same document (the full name's first
word no common or function word), with its context; the linked entity shown is the archive's.
Case `club`: a random 40 (seed 46) of the place mentions of English sports texts (a `game`
word, no tennis set scores) that a sports-context rule would retype as clubs: a one-word or
two-word capitalized town name no list names as a country or region, in a text that also
writes a score ("2-1") or a league or cup name, and that no cue of its own document reads as a
club.

`misc46.tsv`: the 40 MISC entities with the most mentions, their four most written forms and
three random mentions (seed 46) in context.

Usage: python eval/labels/find_names46.py COPY.db names46.tsv misc46.tsv
"""

import json
import random
import re
import sqlite3
import sys

from rasad.entities.link import _SET_SCORES, _a_team_name, _club_cue, clubs_named
from rasad.entities.recognise import is_common
from rasad.text.normalize import normalize

WIDTH = 45
LEAGUES = re.compile(
    r"\b(premiership|premier league|fa cup|league cup|carling cup|champions league|uefa cup"
    r"|championship|scottish premier|spl|coca-cola)\b",
    re.IGNORECASE,
)
SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def context(text: str, start: int, end: int) -> str:
    left, right = text[max(0, start - WIDTH) : start], text[end : end + WIDTH]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " ").replace("\t", " ")


def linked(db, seq: int) -> dict[int, str]:
    rows = db.execute(
        "select m.span_start, e.key from entity_mentions m join entities e on e.id = m.entity"
        " where m.doc_seq = ?",
        (seq,),
    )
    return {s: k for s, k in rows}


def surname_rows(db) -> list[list[str]]:
    rows = []
    for seq, doc, lang, record, text in db.execute(
        "select seq, id, lang, record, text from documents where rejected is null"
        " and lang in ('ar', 'fa') order by seq"
    ):
        mentions = [
            m for m in json.loads(record).get("entities") or [] if m.get("start") is not None
        ]
        fulls = [m for m in mentions if m["type"] == "PER" and len(m["text"].split()) > 1]
        if not fulls:
            continue
        keys = None
        for m in mentions:
            word = m["text"].strip()
            if m["type"] != "PER" or " " in word or not is_common(word, lang):
                continue
            before = [f for f in fulls if f["start"] < m["start"]]
            full = [f for f in before if normalize(f["text"].split()[-1]) == normalize(word)]
            if not full:
                continue
            keys = keys or linked(db, seq)
            rows.append(
                [
                    "common_surname",
                    doc,
                    str(m["start"]),
                    word,
                    full[-1]["text"],
                    keys.get(m["start"], ""),
                    context(text, m["start"], m["end"]),
                ]
            )
    return rows


def club_rows(db) -> tuple[list[list[str]], int]:
    found = []
    for seq, doc, record, text in db.execute(
        "select seq, id, record, text from documents where lang = 'en' and rejected is null"
    ):
        if not (SCORE.search(text) or LEAGUES.search(text)) or _SET_SCORES.search(text):
            continue
        mentions = json.loads(record).get("entities") or []
        clubs = clubs_named(mentions, "en", text)
        if not clubs and not LEAGUES.search(text):
            continue
        keys = None
        for m in mentions:
            if m.get("type") not in ("GPE", "LOC") or m.get("start") is None:
                continue
            if m.get("canonical") or not _a_team_name(m["text"]) or len(m["text"].split()) > 2:
                continue
            if m["text"].strip().lower() in clubs or _club_cue(text, m["start"], m["end"]):
                continue
            keys = keys or linked(db, seq)
            found.append(
                [
                    "club",
                    doc,
                    str(m["start"]),
                    m["text"],
                    "",
                    keys.get(m["start"], ""),
                    context(text, m["start"], m["end"]),
                ]
            )
    return random.Random(46).sample(found, min(40, len(found))), len(found)


def misc_rows(db) -> list[list[str]]:
    rng, rows = random.Random(46), []
    for eid, key, mentions in db.execute(
        "select id, key, mentions from entities where type = 'MISC' order by mentions desc, id"
        " limit 40"
    ).fetchall():
        forms = db.execute(
            "select lang, text, n from entity_names where entity = ? order by n desc limit 4",
            (eid,),
        ).fetchall()
        ms = db.execute(
            "select m.doc, m.span_start, m.span_end, d.text from entity_mentions m"
            " join documents d on d.seq = m.doc_seq where m.entity = ?",
            (eid,),
        ).fetchall()
        picked = rng.sample(ms, min(3, len(ms)))
        rows.append(
            [
                key,
                str(mentions),
                " | ".join(f"{t} ({lang} {n})" for lang, t, n in forms),
                " || ".join(f"{d}@{s}: {context(t, s, e)}" for d, s, e, t in picked),
            ]
        )
    return rows


def main() -> None:
    db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
    clubs, n = club_rows(db)
    with open(sys.argv[2], "w") as out:
        out.write("case\tdoc\tspan_start\ttext\tfull_name\tentity_key\tcontext\tjudgement\tnote\n")
        for row in surname_rows(db) + clubs:
            out.write("\t".join(row) + "\n")
    with open(sys.argv[3], "w") as out:
        out.write("entity_key\tmentions\tforms\tmentions_read\tjudgement\tnote\n")
        for row in misc_rows(db):
            out.write("\t".join(row) + "\n")
    print(f"# club: {n} candidate place mentions", file=sys.stderr)


if __name__ == "__main__":
    main()
