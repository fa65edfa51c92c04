"""The day slot of statements, keyed on the happening itself: one match, named by its score,
told on two weekdays ("Sunday's 19-13 Six Nations loss to Ireland" / "the 19-13 defeat to
Ireland at Lansdowne Road on Saturday") contradicts.

Two reports of one match rarely share wording (a coach's anger, a player's injury), so the
wording alignment of `statements.same_fact` never pairs them and the weekday rule of
`statements.date_relation`, which asks for close wording, never compares them. A score is a
key of its own: two sentences that give the same score beside a result word («فاز», "defeat",
«شکست») and name a team or place in common tell of one match, and a match is played on one
day.

Precision first, the slot speaks only when each sentence gives exactly one score, the scores
are the same (in either order: Persian writes «3-5» for 5-3), a result word stands within
RESULT_REACH words of each score, the two sentences share a place or agent key, each names
exactly one weekday (not the day of the telling, nor inside a place's name: the statement's
own `weekdays`) within DAY_REACH words of its score and in its clause, neither is a plan or
forecast, and, when both are dated, they were printed at most MAX_DAYS_MATCH days apart (across
languages the weekday need be tied to the score on one side only: a translation moves it). The
same weekday on both sides agrees. A weekday is shown with the date it names before the
document's publication day when the document is dated ("Sunday (2015-08-02)").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rasad.analysis.statement_words import bare, words_of
from rasad.data import read_table
from rasad.lang.clitics import CLITICS
from rasad.lang.date_words import WEEKDAYS
from rasad.text.digits import to_ascii_digits
from rasad.text.normalize import fold_same_length

if TYPE_CHECKING:  # (statements imports this module: the type alone, never at run time)
    from rasad.analysis.statements import Statement

RESULT_REACH = 4  # words between a score and the result word that makes it one («بنتيجة 2-0»)
DAY_REACH = 8  # words between a score and the weekday it is told on
MAX_DAYS_MATCH = 3  # one match reported over a weekend's papers
MIN_ANCHORS = 1  # names, figures and times two sentences in two languages give in common
MAX_LENGTH_RATIO = 1.5  # one sentence in two languages: the longer at most this much longer
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# two numbers of at most three digits joined by a dash, or by Persian «بر» ("5 بر 3", "۲ بر
# صفر"), not part of a longer figure, a date («2/8»), a time or a decimal
_SCORE = re.compile(
    r"(?<![\d./:,-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d/:%-]|[.,]\d)"
    r"|(?<![\d./:,-])(\d{1,3})\s+بر\s+(\d{1,3}|صفر)(?![\d/:%]|[.,]\d)"
)
_CLAUSE_MARK = re.compile(r"[،,;؛.!?:\"«»“”()]")


@cache
def result_words() -> dict[str, frozenset[str]]:
    """Language → the folded words that make two numbers joined by a dash a match's result
    (`data/claims/result_words.tsv`)."""
    out: dict[str, set[str]] = {}
    for lang, word in read_table("claims/result_words.tsv"):
        out.setdefault(lang, set()).add(fold_same_length(word).lower())
    return {lang: frozenset(words) for lang, words in out.items()}


@cache
def weekday_forms() -> dict[str, int]:
    """Bare weekday word → weekday (Monday = 0), one-word forms only."""
    return {bare(w): n for w, n in WEEKDAYS.items() if " " not in w}


def is_result_word(word: str, lang: str) -> bool:
    """A result word, a leading clitic and article allowed («بالفوز», «وخسارة»)."""
    table = result_words().get(lang, frozenset())
    return word in table or bare(word) in table or (word[:1] in CLITICS and word[1:] in table)


def scores_of(st: Statement) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """Each score the sentence gives beside a result word: its two numbers (the lower first:
    the order a language writes them in says nothing) and the indices of its first and last
    words."""
    return scores_in(st.text, st.lang)


@lru_cache(maxsize=20_000)  # every pair of a story's statements asks, and blocks ask once more
def scores_in(sentence: str, lang: str) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """`scores_of` for a sentence's text and language."""
    text = to_ascii_digits(fold_same_length(sentence))
    words = words_of(sentence)
    out = []
    for m in _SCORE.finditer(text):
        x, y = (m[1], m[2]) if m[1] else (m[3], "0" if m[4] == "صفر" else m[4])
        at = next((i for i, (_, e, _) in enumerate(words) if e > m.start()), len(words))
        last = max(
            at, next((i for i, (s, _, _) in enumerate(words) if s >= m.end()), len(words)) - 1
        )
        near = words[max(0, at - RESULT_REACH) : last + RESULT_REACH + 1]
        if any(is_result_word(w, lang) for _, _, w in near):
            low, high = sorted((int(x), int(y)))
            out.append(((low, high), (at, last)))
    return tuple(out)


def weekday_near(st: Statement, span: tuple[int, int]) -> int | None:
    """The weekday the sentence names within DAY_REACH words of the words `span` (a score)
    with no clause mark between, when it is the sentence's only weekday."""
    if len(st.weekdays) != 1:
        return None
    (day,) = st.weekdays
    words = words_of(st.text)
    forms = weekday_forms()
    for i, (start, end, word) in enumerate(words):
        if forms.get(bare(word.removesuffix("'s").strip("'’"))) != day:
            continue
        first, last = span
        if not first - DAY_REACH <= i <= last + DAY_REACH:
            continue
        lo, hi = (end, words[first][0]) if i < first else (words[last][1], start)
        if not _CLAUSE_MARK.search(st.text[lo:hi]):
            return day
    return None


def only_weekday(st: Statement) -> int | None:
    """The sentence's weekday when it names exactly one."""
    return next(iter(st.weekdays)) if len(st.weekdays) == 1 else None


def match_days(a: Statement, b: Statement) -> tuple[int, int] | None:
    """The weekdays two sentences tell one match on (module docstring), or None when the
    sentences are not two tellings of one match with one weekday each."""
    if a.modality or b.modality:
        return None
    if a.published and b.published:
        gap = abs((date.fromisoformat(a.published) - date.fromisoformat(b.published)).days)
        if gap > MAX_DAYS_MATCH:
            return None
    if not (a.places | a.agents) & (b.places | b.agents):
        return None
    sa, sb = scores_of(a), scores_of(b)
    if len(sa) != 1 or len(sb) != 1 or sa[0][0] != sb[0][0]:
        return None
    da, db = weekday_near(a, sa[0][1]), weekday_near(b, sb[0][1])
    if a.lang != b.lang and (da is None) != (db is None):
        # one sentence in two languages (one result, a name in common): a translation keeps
        # the sentence's one weekday wherever it moves it («در روز دوشنبه ... ۲ بر صفر»), so
        # the untied side's only weekday is the tied side's day
        da, db = (da, only_weekday(b)) if db is None else (only_weekday(a), db)
    if da is None or db is None:
        return None
    return da, db


def shown_day(st: Statement, day: int) -> str:
    """A weekday as shown in a contradiction: its name, and the date it names before the
    document's publication day when the document is dated."""
    name = WEEKDAY_NAMES[day]
    if not st.published:
        return name
    printed = date.fromisoformat(st.published)
    back = (printed.weekday() - day) % 7
    return f"{name} ({(printed - timedelta(days=back)).isoformat()})"


def day_across(a: Statement, b: Statement, shared: int, rare: int) -> tuple[int, int] | None:
    """The weekdays of one sentence told in two languages (a report and its translation, or
    two outlets' reports across scripts), or None.

    Wording is never shared across languages, so the weekday rule of
    `statements.date_relation` never compares them ("Sunday's preseason opener" / «در روز
    شنبه», claims62 1, 2). Precision first: the two are in two languages, name at least one
    place or agent in common by a key that holds across scripts (`shared`, counted by
    `statements.shared_across`), each names exactly one weekday and no date in full, they
    give the same figures or none (a translation keeps its figures; a neighbouring sentence
    seldom does), MIN_ANCHORS rare names (`rare`: each named in one or two sentences of its
    document, counted by `statements.rare_names_across`; both read by `statements.weekdays_across`), figures or times in common at least
    (a report's main person ties nothing: its neighbouring sentences all name him, "a meeting
    with Trump on Thursday" / "on Friday, Trump ordered"), the longer is at most MAX_LENGTH_RATIO times the other's length (a
    translation keeps its length: "appeared on Fox News Sunday" is no translation of a
    sentence twice as long about Friday's order), and, when both are dated, they were printed
    at most MAX_DAYS_MATCH days apart."""
    if a.lang == b.lang or shared < 1:
        return None
    if max(len(a.text), len(b.text)) > MAX_LENGTH_RATIO * min(len(a.text), len(b.text)):
        return None
    if len(a.weekdays) != 1 or len(b.weekdays) != 1 or a.days or b.days:
        return None
    if a.published and b.published:
        gap = abs((date.fromisoformat(a.published) - date.fromisoformat(b.published)).days)
        if gap > MAX_DAYS_MATCH:
            return None
    figures = {round(v.base(), 6) for v in a.values}
    if figures != {round(w.base(), 6) for w in b.values}:
        return None
    if rare + len(figures) + len(set(a.times) & set(b.times)) < MIN_ANCHORS:
        return None
    return next(iter(a.weekdays)), next(iter(b.weekdays))
