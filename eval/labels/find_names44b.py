"""Rows of eval/labels/names44b.tsv from a copy of an archive database (read only).

`father`: every Arabic-script person name «X F» (two words, F with its article) for which the
archive holds a person name chain «X بن Y … F» with the same given and family name; one row
per pair: the short entity, the long forms, their fathers, the documents writing both, and a
context of the short form (in a document writing both when there is one, else the first).
`translit`: person entities split from their skeleton's entity by spelling
(`PER:~… #spelling`), both holding forms of one language, listed beside each other's forms.

Usage: python eval/labels/find_names44b.py COPY.db > rows.tsv
"""

import collections
import sqlite3
import sys

from rasad.entities.link import fused_compounds, name_spellings, written_form
from rasad.text.normalize import normalize

LINKS = {"بن", "ابن", "بنت"}
WIDTH = 35


def context(db, doc: str, start: int, end: int) -> str:
    text = db.execute("select text from documents where id = ?", (doc,)).fetchone()[0]
    left, right = text[max(0, start - WIDTH) : start], text[end : end + WIDTH]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " ").replace("\t", " ")


def father_rows(db) -> list[list[str]]:
    rows = db.execute(
        "select m.entity, e.key, m.text, m.doc, m.doc_seq, m.span_start, m.span_end"
        " from entity_mentions m join entities e on e.id = m.entity"
        " where e.type = 'PER' and m.lang = 'ar' order by m.doc_seq, m.position"
    ).fetchall()
    short, long = collections.defaultdict(list), collections.defaultdict(list)
    for row in rows:
        words = fused_compounds(normalize(row[2]).split())
        if len(words) == 2 and words[1].startswith("ال"):
            short[tuple(words)].append(row)
        elif (
            len(words) >= 4
            and words[1] in LINKS
            and words[-1].startswith("ال")
            and not any(w in LINKS for w in words[-2:])
        ):
            long[(words[0], words[-1])].append((row, " ".join(words[2:-1])))
    out = []
    for pair, shorts in sorted(short.items()):
        if pair not in long:
            continue
        fathers = sorted({f for _, f in long[pair]})
        both = {r[3] for r in shorts} & {r[3] for r, _ in long[pair]}
        shown = next((r for r in shorts if r[3] in both), shorts[0])
        out.append(
            [
                "father",
                shown[1],
                str(len(shorts)),
                "|".join(sorted({r[1] for r, _ in long[pair]})),
                str(len(long[pair])),
                " / ".join(fathers),
                str(len(both)),
                shown[3],
                str(shown[5]),
                context(db, shown[3], shown[5], shown[6]),
            ]
        )
    return out


def translit_rows(db) -> list[list[str]]:
    """Entities split from their skeleton's entity by a spelling whose differing words are
    transcriptions of one listed Western name (`name_spellings`: سيرغي, سيرجي for Sergei)."""
    out = []
    split = db.execute(
        "select id, key, mentions from entities where key like 'PER:~%#%' order by key"
    ).fetchall()
    for eid, key, n in split:
        base = db.execute(
            "select id, mentions from entities where key = ?", (key.split("#")[0],)
        ).fetchone()
        if base is None:
            continue
        forms = db.execute("select lang, text from entity_names where entity = ?", (eid,))
        others = db.execute("select lang, text from entity_names where entity = ?", (base[0],))
        others = others.fetchall()
        for lang, text in forms.fetchall():
            if not any(lang == o_lang and listed_alike(text, o, lang) for o_lang, o in others):
                continue
            for doc, start, end in db.execute(
                "select doc, span_start, span_end from entity_mentions where entity = ?"
                " and text = ? order by doc_seq limit 4",
                (eid, text),
            ):
                row = [key, str(n), key.split("#")[0], str(base[1]), text, ""]
                out.append(["translit", *row, doc, str(start), context(db, doc, start, end)])
    return out


def listed_alike(a: str, b: str, lang: str) -> bool:
    words_a, words_b = written_form(a).split(), written_form(b).split()
    table = name_spellings().get(lang, {})
    diff = [(x, y) for x, y in zip(words_a, words_b, strict=False) if x != y]
    return (
        len(words_a) == len(words_b)
        and bool(diff)
        and all(x in table and table.get(y) == table[x] for x, y in diff)
    )


def main() -> None:
    db = sqlite3.connect(sys.argv[1])
    print(
        "\t".join(
            [
                "case",
                "short_key",
                "short_mentions",
                "long_keys",
                "long_mentions",
                "fathers",
                "docs_both",
                "doc",
                "span_start",
                "context",
                "judgement",
                "note",
            ]
        )
    )
    for row in father_rows(db):
        print("\t".join(row + ["", ""]))
    for row in translit_rows(db):
        print("\t".join(row + ["", ""]))


if __name__ == "__main__":
    main()
