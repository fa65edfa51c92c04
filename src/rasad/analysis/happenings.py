"""One happening told by several outlets, in several languages, as one timeline entry.

`rasad.analysis.stories.timeline` first joins the mentions of a date whose sentences share
wording; wording is compared within one script, so the same vote told in Arabic, in Persian
and in English stays three entries. Here entries of different documents are folded when what
their sentences name agrees: the same linked entity (one key across scripts), the same
figure, the same name written in Latin letters. Precision first:

- an anchor named in more of the story's dated sentences than the story has documents (the
  country every sentence names) tells no happening from another and does not count;
- two entries fold only when each is the other's one best match (a tie folds nothing);
- only entries of the same date fold: a date inside another's (a day inside its month, a
  month inside its year) folded with two shared anchors joined a finer-dated happening with
  a coarser-dated other one in the seeds (the held-out set lost a present happening, as a
  wording-based fold of round 34 did), so it is not done;
- a deadline ("by 31 December", «بحلول», «تا پایان») never folds with a date that is not one:
  the day something is due is not the day something happened;
- a figure of one digit or one written in words ("killing nine", «9 أشخاص», «9 تن») is read
  by its value (`stages.numbers.find_numbers`) and counts only between entries that share no
  language: within one script such figures are too common ("3 companies"), and the same
  value named in two languages is what a translation or a second outlet keeps. It lets
  year-dated happenings fold, which need an anchor (a year holds many happenings).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from rasad.entities.link import name_word_skeleton
from rasad.lang import date_words as W
from rasad.model import Document
from rasad.stages.langid import function_words
from rasad.stages.numbers import find_numbers
from rasad.text.digits import to_ascii_digits
from rasad.text.normalize import fold_same_length

SAME_DATE_ANCHORS = 1  # shared anchors two entries of one date need to be one happening
DEADLINE_REACH_WORDS = 4  # how many words before a date a deadline cue may stand
NAMED_BY_WORDS = ("PER", "LOC", "GPE")
# a figure of one digit ("3 companies") is too common to tell one happening from another
_NUMBER = re.compile(r"\d\d+(?:[.,٫٬]\d+)*|\d[.,٫٬]\d+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z'\-]{3,}")
# the key of a figure's value ("=9"), telling only across languages (`_agreement`)
VALUE_PREFIX = "="


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w.lower() for words in function_words().values() for w in words)


def anchors(doc: Document, start: int, end: int, date_start: int, date_end: int) -> set[str]:
    """What the sentence `start:end` names besides its date: figures of two digits or more
    ("#226000"), entities the gazetteer links (their keys, one across scripts) and the
    consonant skeleton of each word of a name ("~bln": Palin, بالين, پالین), a name being a
    person's or a place's mention or a word written in Latin letters (in an English text, a
    capitalised one)."""
    text = doc.text
    outside = text[start:date_start] + " " + text[date_end:end]
    figures = {
        "#" + re.sub(r"[,٬]", "", n).replace("٫", ".")
        for n in _NUMBER.findall(to_ascii_digits(outside))
    }
    inside = [m for m in doc.entities if start <= m["start"] and m["end"] <= end]
    linked = {m["entity"] for m in inside if _linked(m["entity"])}
    # a name the gazetteer does not know is read word by word (one key per name, not two), an
    # organization or a thing never: it is often a common noun phrase («مجلس الإدارة», the board)
    unlinked = [m for m in inside if m["type"] in NAMED_BY_WORDS and not _linked(m["entity"])]
    words = [w for m in unlinked for w in m["text"].split()] + [
        w
        for w in _LATIN.findall(outside)
        if (doc.lang != "en" or w[0].isupper()) and w.lower() not in _function_words()
    ]
    skeletons = {"~" + k for w in words if len(k := name_word_skeleton(w, doc.lang)) >= 3}
    return figures | linked | skeletons | values(doc, start, end)


def values(doc: Document, start: int, end: int) -> set[str]:
    """The values of the figures the sentence `start:end` names, digits or words ("=9":
    "nine", «9», «نه نفر» alike), its dates and years excluded."""
    dates = [
        (d["start"] - start, d["end"] - start)
        for d in doc.dates
        if start <= d["start"] and d["end"] <= end
    ]
    return {
        VALUE_PREFIX + _figure(m["value"])
        for m in find_numbers(doc.text[start:end], doc.lang, dates)
    }


def _figure(value: float) -> str:
    """A value written as the figure anchors use ("379800", "7.6")."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _shared(a: dict[str, Any], b: dict[str, Any], telling: set[str]) -> set[str]:
    """The telling anchors two entries share, a value ("=9") only when they share no language,
    read as the figure it is ("#9") so that one figure named in digits by both counts once."""
    shared = a["_anchors"] & b["_anchors"] & telling
    across = not a["_langs"] & b["_langs"]
    return {
        "#" + k.removeprefix(VALUE_PREFIX) if k.startswith(VALUE_PREFIX) else k
        for k in shared
        if across or not k.startswith(VALUE_PREFIX)
    }


def _linked(key: str) -> bool:
    """Whether an entity key is the gazetteer's (not a skeleton "~…" or a written form "=…")."""
    return key.partition(":")[2][:1] not in ("~", "=")


@cache
def _deadline_cues() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in W.TIMELINE_DEADLINE_CUES)


@cache
def _end_words() -> frozenset[str]:
    words = W.END_OF + W.START_OF + W.YEAR_WORDS + W.MONTH_WORDS + ["the", "of", "سال"]
    return frozenset(fold_same_length(w).lower() for w in words)


def is_deadline(text: str, date_start: int) -> bool:
    """Whether the date at `date_start` is a deadline or a target: a cue such as "by",
    «بحلول», «تا» stands before it, with at most "the end of", «نهاية», «پایان سال» between."""
    before = fold_same_length(text[max(0, date_start - 80) : date_start]).lower().split()
    cues = _deadline_cues()
    for word in reversed(before[-DEADLINE_REACH_WORDS:]):
        word = word.strip('«»"(،,').removeprefix("و")
        if word in cues:
            return True
        if word not in _end_words():
            return False
    return False


def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two entries' dates can be one happening's: the same date, both deadlines or
    neither."""
    return a["date"] == b["date"] and a["_deadline"] == b["_deadline"]


def _docs(entry: dict[str, Any]) -> set[str]:
    return {ev["doc"] for ev in entry["evidence"]}


def telling_anchors(sentences: Iterable[set[str]], documents: int) -> set[str]:
    """The anchors named in no more of the story's dated sentences (each sentence's anchors
    once, however many dates it holds) than the story has documents."""
    counts = Counter(a for named in sentences for a in named)
    return {a for a, n in counts.items() if n <= documents}


def _agreement(a: dict[str, Any], b: dict[str, Any], telling: set[str]) -> int:
    """How strongly two entries are one happening (0: not): one more than the telling
    anchors they share. A day told in two languages needs none: wording cannot be compared
    across them, and a day each document dates once (`_one_best` checks that no other entry
    of its documents ties) is the same day's happening; nor does a chronology line's date
    (a factbox's "2004: …" and its translation's «2004: …»)."""
    if not compatible(a, b) or _docs(a) & _docs(b):
        return 0
    shared = len(_shared(a, b, telling))
    if shared >= SAME_DATE_ANCHORS:
        return shared + 1
    across = not a["_langs"] & b["_langs"]
    return 1 if across and (a["precision"] == "day" or _lines_both(a, b)) else 0


def _lines_both(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether both entries are chronology lines (`analysis.chronology`): a list's line of a
    year names one happening of that year, as a day does."""
    return bool(a.get("_lines")) and bool(b.get("_lines"))


def pair_scores(entries: list[dict[str, Any]], telling: set[str]) -> dict[int, dict[int, int]]:
    """Each entry's agreeing partners with their scores (entries of one date only are
    compared: no other pair can be one happening)."""
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(entries):
        by_date[x["date"]].append(i)
    partners: dict[int, dict[int, int]] = defaultdict(dict)
    for same_date in by_date.values():
        for n, i in enumerate(same_date):
            for j in same_date[n + 1 :]:
                if score := _agreement(entries[i], entries[j], telling):
                    partners[i][j] = partners[j][i] = score
    return partners


def _one_best(i: int, j: int, entries: list[dict[str, Any]], partners: dict) -> bool:
    """Whether `j` is the one entry of its documents that `i` agrees with most (another entry
    of the same documents scoring as high makes it a tie: which happening is meant is unsure)."""
    own = _docs(entries[j])
    score = partners[i][j]
    return all(s < score for k, s in partners[i].items() if k != j and _docs(entries[k]) & own)


def fold_across(entries: list[dict[str, Any]], telling: set[str]) -> list[dict[str, Any]]:
    """Entries of different documents folded into one when each is the other's one best
    match among its own document's entries (the pairs agreeing most first); the folded entry
    keeps every outlet's words. Only `telling` anchors count."""
    entries = list(entries)
    while True:
        partners = pair_scores(entries, telling)
        ranked = sorted(
            ((s, i, j) for i, row in partners.items() for j, s in row.items() if i < j),
            key=lambda sij: -sij[0],
        )
        pair = next(
            (
                (i, j)
                for _, i, j in ranked
                if _one_best(i, j, entries, partners) and _one_best(j, i, entries, partners)
            ),
            None,
        )
        if pair is None:
            return entries
        i, j = pair
        entries[i] = merged(entries[i], entries[j])
        del entries[j]


def merged(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """One entry of two (of one date): both outlets' evidence, the first one's summary."""
    return {
        **a,
        "evidence": a["evidence"] + b["evidence"],
        "_keys": a["_keys"] | b["_keys"],
        "_near": a["_near"] | b["_near"],
        "_anchors": a["_anchors"] | b["_anchors"],
        "_langs": a["_langs"] | b["_langs"],
        "_lines": a.get("_lines", set()) | b.get("_lines", set()),
        "_since": a.get("_since", False) and b.get("_since", False),  # every mention a start
        "_cued": a.get("_cued", False) or b.get("_cued", False),  # a deadline cue in either
    }
