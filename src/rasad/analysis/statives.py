"""Dates that are the reference of a figure holding over time, not the day of a happening.

A timeline lists happenings (issue 21 point 2); a reader strikes "1971" from "the highest
figure since records began in 1971", "30 January" from «أدنى مستوياته منذ 30 يناير» and "2017"
from "an estimated population of 379,800 in 2017": the sentence says what a figure is, and
the date is where the comparison or the count stands. Two forms are read, in Arabic, Persian
and English alike (their words in `data/timelines/stative_cues.tsv`), precision first:

- a record: "since" before the date with only filler words between («منذ شهر», "since
  early"), no "when" after it, and a superlative or "first" at most RECORD_REACH words before
  "since", not followed by "than" («أكثر من 50 بالمئة منذ»: "more than", a count since its
  start, which the guidelines keep) nor after "at" («على الأقل»). "Since his arrival in 2003",
  "since Manchester United did in 2009", «منذ يناير 2014 حين أعدم» name a happening and stay;
- a stock: a written year (not "last year") in a clause that names a population («عدد
  سكانها», «جمعیت») at most STOCK_REACH words before the date and a figure of three digits or
  more within FIGURE_REACH words either side of it.
"""

from __future__ import annotations

import re
from functools import cache

from rasad.data import read_table
from rasad.text.digits import to_ascii_digits
from rasad.text.normalize import fold_same_length

SINCE_REACH = 3  # filler words between "since" and the date at most («منذ أواخر عام»)
WHEN_REACH = 2  # words after the date a "when" may open («2014 حين», "2008, when")
RECORD_REACH = 4  # "the biggest monthly loss for it since": words between record and "since"
STOCK_REACH = 8  # "population of 379,800 in [2017]": words between the noun and the date
FIGURE_REACH = 4  # «جمعیت آن در سال [2017] تقریباً 379800»: a figure this near the date
CLAUSE_END = re.compile(r"[.!?؟؛;:\n]")
THAN = ("من", "than", "از")
PERSIAN_SUPERLATIVE = "ترین"  # «بیشترین», «پایین‌ترین», «خونبارترین»
# a figure of three digits or more ("379,800", «299,200», «1077»), a year included: a year
# before the date is no figure of the stock, so a stock is read only with a figure not a year
_FIGURE = re.compile(r"\d[\d,٬.٫]{2,}")
ARABIC_CLITICS = "وفبل"
KINDS = ("record", "since", "stock", "filler", "when", "at")
STRIPPED = '«»"()،,-–/'  # quotes, commas and the dash between two month names («يونيو - حزيران»)


@cache
def cues(lang: str) -> dict[str, frozenset[str]]:
    """kind → the folded words of that kind in one language: folded, Persian «اکثر» "most
    (of)" and «تعداد» "number" would be the Arabic «أكثر» and «تعداد» "population count"."""
    out: dict[str, set[str]] = {}
    for kind, word_lang, word in read_table("timelines/stative_cues.tsv"):
        if word_lang == lang:
            out.setdefault(kind, set()).add(fold_same_length(word).lower())
    return {kind: frozenset(out.get(kind, ())) for kind in KINDS}


def clause_words(text: str) -> list[str]:
    """The words of `text` after its last clause end, folded, quotes and commas stripped."""
    clause = CLAUSE_END.split(fold_same_length(text).lower())[-1]
    return [w.strip(STRIPPED) for w in clause.split() if w.strip(STRIPPED)]


def _is(word: str, kind: str, lang: str) -> bool:
    """Whether a word is of a kind, read also without Arabic proclitics («لأدنى», «بأسوأ»)."""
    words = cues(lang)[kind]
    bare = word
    while lang == "ar" and bare[:1] in ARABIC_CLITICS and len(bare) > 3 and bare not in words:
        bare = bare[1:]
    return word in words or bare in words


def _record_word(words: list[str], i: int, lang: str) -> bool:
    """Whether words[i] is a superlative that is no "more than" (the next word no "than")."""
    word = words[i]
    superlative = _is(word, "record", lang) or (
        lang == "fa"
        and word.endswith(PERSIAN_SUPERLATIVE)
        and len(word) > len(PERSIAN_SUPERLATIVE) + 1
    )
    following = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i > 0 else ""
    return superlative and following not in THAN and not _is(before, "at", lang)


def record_since(before: str, after: str, lang: str) -> bool:
    """Whether the date between `before` and `after` is what a record is measured from ("its
    lowest level since", «أدنى مستوياته منذ»), not a happening the record names."""
    words = clause_words(before)
    k = len(words) - 1
    while k >= 0 and len(words) - 1 - k < SINCE_REACH and _is(words[k], "filler", lang):
        k -= 1
    if k < 0 or not _is(words[k], "since", lang):
        return False
    following = fold_same_length(after).lower().replace(",", " ").split()[:WHEN_REACH]
    if any(_is(w.strip('«»"()،'), "when", lang) for w in following):
        return False
    return any(_record_word(words, i, lang) for i in range(max(0, k - RECORD_REACH - 1), k))


def stock_count(before: str, after: str, lang: str) -> bool:
    """Whether the date between `before` and `after` is when a population was counted: a
    population noun in the clause before it and a figure (not a year) near it."""
    words = clause_words(before)[-STOCK_REACH - 1 :]
    if not any(_is(w, "stock", lang) for w in words):
        return False
    near_after = CLAUSE_END.split(fold_same_length(after))[0].split()[:FIGURE_REACH]
    figures = _FIGURE.findall(to_ascii_digits(" ".join(words[-STOCK_REACH:] + near_after)))
    return any(not _a_year(f) for f in figures)


def _without_dates(text: str, start: int, dates: list[dict]) -> str:
    """The text before `start` (at most 200 characters), the date mentions that end just
    before it (nothing but spaces and dashes between) blanked out; a duration is not one
    ("its highest in four years last month": the record is last month's)."""
    begin = max(0, start - 200)
    before = list(text[begin:start])
    end = start
    for d in sorted(dates, key=lambda d: -d["end"]):
        if d.get("type", "date") != "date" or not (begin <= d["start"] and d["end"] <= end):
            continue
        if not text[d["end"] : end].strip(" -–/"):
            before[d["start"] - begin : d["end"] - begin] = " " * (d["end"] - d["start"])
            end = d["start"]
    return "".join(before)


def _a_year(figure: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d|1[34]\d\d", figure))


def stative(text: str, mention: dict, dates: list[dict], lang: str) -> bool:
    """Whether a date mention is the reference of a figure holding over time (a record's
    "since", a population's year), not the date of a happening. The text's other date
    mentions (`dates`) just before it are read as part of it: «منذ يونيو - حزيران 2013» is two
    mentions, "June" and "June 2013", of one reference."""
    before = _without_dates(text, mention["start"], dates)
    after = text[mention["end"] : mention["end"] + 80]
    if record_since(before, after, lang):
        return True
    written_year = mention["precision"] == "year" and not mention.get("relative")
    return written_year and stock_count(before, after, lang)
