"""Words the corpus writes mostly as common words, from its own counts, for the entity stage.

    PYTHONPATH=src python train/ner/corpus_common_words.py ARCHIVE.db

The articles any held-out label file names are left out of every count. ARCHIVE.db is
rasad's ingest of the whole news corpus (/work/shared/corpus: SaudiNewsNet,
Fars News, BBC News, NTREX; session 65's /work/look65/archive.db, main 36393559, 9,222
documents kept), read-only. For every word that rasad stored alone as a person, a body or MISC
under a key no gazetteer lists (`=`, `~`, `^` keys), the corpus's own counts of that word as a
whole token, normalized as the linker reads it:

- Arabic and Persian: how often the word is written in the corpus and how often inside any
  stored entity mention. A word written at least MIN_USES times and inside a mention in at most
  NAMED_SHARE of its uses is mostly a common word there («الشوط» "the half", «فائز» "winner",
  «يلاحظون» "they notice"): the few mentions it makes are the recogniser's slips.
  A word of common_words.tsv (wordfreq's frequent words, which hold some names of today:
  «السيسي») counts when written at least MIN_COMMON_USES times and inside a mention in at
  most COMMON_SHARE of them («ربنا», "our Lord", 2 of 8; not «السيسي», 108 of 117). A listed
  given name (given_names_ar.tsv, given_names_fa.tsv) never counts: alone it is a person
  named by the given name («فهد», «أمل»), nor does a word the corpus writes as the last word
  of a person's longer name in SURNAME_DOCS documents or more: alone it is that surname
  («القذافي», «نظری»).
- English: how often the word is written in lower case and how often capitalized inside a
  sentence (not its first word). A word written at least MIN_USES times, in lower case in at
  least LOWER_SHARE of them, is mostly a common word ("task", "manager").

Writes src/rasad/data/gazetteers/corpus_common_words.tsv: `lang word uses share`, share being
the named (ar, fa) or capitalized (en) share.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from rasad.data import read_table
from rasad.entities.recognise import is_common
from rasad.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src/rasad/data/gazetteers/corpus_common_words.tsv"
MIN_USES = 20
NAMED_SHARE = 0.1  # inside a mention in at most a tenth of its uses: mostly a common word (a fifth let in names the recogniser often misses: القذافي, 0.18)
MIN_COMMON_USES = 3
COMMON_SHARE = 0.25  # a common_words.tsv word: inside a mention in at most a quarter of its uses
SURNAME_DOCS = 2
LOWER_SHARE = 0.5  # English: lower case in at least half of its uses
UNLISTED = ("=", "~", "^")
TYPES = ("PER", "ORG", "MISC")
_TOKEN = re.compile(r"[^\W\d_](?:[\w\u200c]*[^\W_])?")


def held_out_documents() -> frozenset[str]:
    """Every article a held-out label file names (eval/labels/held_out.py's HELD_OUT and the
    timeline stories): their words are not counted, so the list owes nothing to the text the
    held-out figures are measured on."""
    sys.path.insert(0, str(ROOT / "eval/labels"))
    from held_out import ARTICLE_ID, HELD_OUT

    names = (*HELD_OUT, "timeline_stories.tsv")
    return frozenset(
        found
        for name in names
        if (ROOT / "eval/labels" / name).exists()
        for found in ARTICLE_ID.findall((ROOT / "eval/labels" / name).read_text("utf-8"))
    )


def one_word_unlisted(db: sqlite3.Connection, skip: frozenset[str]) -> dict[str, set[str]]:
    """Per language, the normalized words stored alone as a PER, ORG or MISC no list names."""
    out: dict[str, set[str]] = {}
    rows = db.execute(
        "SELECT m.lang, m.text, e.key, m.doc FROM entity_mentions m "
        "JOIN entities e ON e.id = m.entity"
    )
    for lang, text, key, doc in rows:
        if doc in skip:
            continue
        kind, _, name = key.partition(":")
        if kind in TYPES and name[:1] in UNLISTED and len(text.split()) == 1 and lang:
            word = text.lower() if lang == "en" else normalize(text)
            out.setdefault(lang, set()).add(word)
    return out


def surnames(db: sqlite3.Connection, skip: frozenset[str]) -> dict[tuple[str, str], int]:
    """(lang, normalized word) → documents whose stored person of two words or more ends in it."""
    docs: dict[tuple[str, str], set[str]] = {}
    rows = db.execute(
        "SELECT m.lang, m.doc, m.text FROM entity_mentions m JOIN entities e ON e.id = m.entity"
        " WHERE e.type = 'PER'"
    )
    for lang, doc, text in rows:
        if doc in skip:
            continue
        words = text.split()
        if len(words) >= 2 and lang in ("ar", "fa"):
            docs.setdefault((lang, normalize(words[-1])), set()).add(doc)
    return {key: len(found) for key, found in docs.items()}


def counts(
    db: sqlite3.Connection, words: dict[str, set[str]], skip: frozenset[str]
) -> dict[tuple[str, str], Counter]:
    """(lang, word) → uses, named (inside a stored mention) and capitalized mid-sentence."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc, a, b in db.execute("SELECT doc, span_start, span_end FROM entity_mentions"):
        if a is not None:
            spans.setdefault(doc, []).append((a, b))
    out: dict[tuple[str, str], Counter] = {}
    for doc, lang, text in db.execute(
        "SELECT id, lang, text FROM documents WHERE rejected IS NULL"
    ):
        wanted = words.get(lang)
        if not wanted or doc in skip:
            continue
        covered = sorted(spans.get(doc, []))
        for token in _TOKEN.finditer(text):
            raw = token.group()
            word = raw.lower() if lang == "en" else normalize(raw)
            if word not in wanted:
                continue
            c = out.setdefault((lang, word), Counter())
            c["uses"] += 1
            if any(a <= token.start() and token.end() <= b for a, b in covered):
                c["named"] += 1
            if lang == "en" and raw[:1].isupper() and not _opens_sentence(text, token.start()):
                c["capital"] += 1
            elif lang == "en" and raw.islower():
                c["lower"] += 1
    return out


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


def given_names() -> frozenset[str]:
    """The listed Arabic and Persian given names, normalized."""
    paths = ("gazetteers/given_names_ar.tsv", "gazetteers/given_names_fa.tsv")
    return frozenset(normalize(row[0]) for path in paths for row in read_table(path))


def mostly_common(lang: str, word: str, c: Counter, surname_docs: int) -> bool:
    """Whether the corpus writes a word mostly as a common word (the module's criteria)."""
    if lang == "en":
        written = c["lower"] + c["capital"]
        return c["uses"] >= MIN_USES and bool(written) and c["lower"] / written >= LOWER_SHARE
    if word in given_names() or surname_docs >= SURNAME_DOCS:
        return False
    share = c["named"] / c["uses"]
    if c["uses"] >= MIN_USES and share <= NAMED_SHARE:
        return True
    return c["uses"] >= MIN_COMMON_USES and share <= COMMON_SHARE and is_common(word, lang)


def main(archive: str) -> None:
    skip = held_out_documents()
    db = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    found = counts(db, one_word_unlisted(db, skip), skip)
    surname_docs = surnames(db, skip)
    rows = []
    for (lang, word), c in sorted(found.items()):
        if mostly_common(lang, word, c, surname_docs.get((lang, word), 0)):
            written = c["lower"] + c["capital"] if lang == "en" else c["uses"]
            named = c["capital"] if lang == "en" else c["named"]
            rows.append((lang, word, c["uses"], round(named / written, 3)))
    with OUT.open("w", encoding="utf-8") as f:
        f.write(
            "# Words the news corpus writes mostly as common words (train/ner/corpus_common_words.py"
            f" on rasad's ingest of /work/shared/corpus, main 36393559): ar/fa inside an entity"
            f" mention in <= {NAMED_SHARE} of >= {MIN_USES} uses (a common_words.tsv word: <="
            f" {COMMON_SHARE} of >= {MIN_COMMON_USES}; no listed given name, no surname of"
            f" >= {SURNAME_DOCS} documents' people), en lower case in >="
            f" {LOWER_SHARE} of them; share = named (ar, fa) or capitalized (en); the"
            f" {len(skip)} articles held-out label files name not counted\n"
        )
        f.write("lang\tword\tuses\tshare\n")
        for row in rows:
            f.write("\t".join(map(str, row)) + "\n")
    print(f"{len(rows)} words → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
