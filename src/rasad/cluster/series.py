"""A kind of report shared across outlets (a series) and the day each of its reports is of.

A recurring report (the market's close, "oil falls", the weather bulletin) is written by many
outlets, each day, under headlines that open alike: «الأسهم السعودية تغلق …», «الأسهم السعودية
تسجل …». The kinds are learned from the archive itself, not from a list of topics: a report's
kind is the first KIND_WORDS words of its folded headline, numbers masked (none when they open
with a person the report names: one actor's headlines recur over his events and their
follow-ups); a kind that headlines reports about SERIES_DAYS different days from SERIES_OUTLETS
outlets or more is a series. The day a report is about is read from its lead
(`report_day`: a morning paper's «جلسة الاثنين» printed on Tuesday is Monday's session), as
round stories53 read it. A story holding a series' reports about different days is split by
that day (`split_by_report_day`); eval/labels/stories58.md measures it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from rasad.lang.date_words import DAY_WORDS, WEEKDAYS
from rasad.lang.series_words import (
    COMING_DAY_WORDS,
    DAY_PART_WORDS,
    SUBORDINATE_WORDS,
)
from rasad.text.days import parse_day
from rasad.text.normalize import fold_same_length

# Two words name the kind of report across outlets («الأسهم السعودية», «سماء غائمة»); three
# already hold one outlet's wording («الأسهم المحلية تغلق»), which other outlets do not share
# (round stories56: three words of one outlet found 4 series in the whole archive).
KIND_WORDS = 2
ACTOR_WORDS = 2  # a kind opening with two words of a person's name opens with the person
SERIES_DAYS = 3  # a kind about this many different days is a series, not one event's follow-ups
SERIES_OUTLETS = 2  # … written by this many outlets: a kind of news, not one outlet's column
# The day a report is about is told in its lead (round stories53): a day word further on is
# background (the previous session, tomorrow's meeting).
REPORT_DAY_LEAD = 600
COMING_REACH = 12  # characters before a weekday where «الغد», «غدا» make it a coming day
NUMBER = re.compile(r"\d+(?:[.,٫]\d+)*")
HEADLINE_WORD = re.compile(r"[^\W_]+")
# A clause of a lead ends at a sentence's or a clause's mark: a subordinate clause opened
# before one of them no longer holds the words after it.
CLAUSE_END = re.compile(r"[.!?؟\n،,؛;:]")
CONJUNCTION_PREFIXES = ("و", "ف")
NUMBER_MASK = "#"
# Once a story holds a series' reports about two days, its other reports that name the day
# they are about are split by it too: the other outlets' reports of the same session open
# with headlines of their own («مؤشر السوق …», «تاسي تفقد …») (eval/labels/stories58.md).
SPLIT_EVERY_DAY = True


@dataclass(frozen=True)
class SeriesReport:
    """What the series rule reads of a document: its outlet, kind and the day it reports."""

    doc_id: str
    outlet: str | None
    kind: str | None
    day: date | None


def _folded_words(words: dict[str, int], keep: Callable[[int], bool]) -> dict[str, int]:
    """Words of a table, folded, whose value `keep` accepts."""
    return {fold_same_length(w): n for w, n in words.items() if keep(n)}


PAST_DAYS = _folded_words(DAY_WORDS, lambda offset: offset <= 0)  # today, yesterday, …
COMING_DAYS = _folded_words(DAY_WORDS, lambda offset: offset > 0) | {
    fold_same_length(w): 1 for w in COMING_DAY_WORDS
}
WEEKDAY_NUMBERS = _folded_words(WEEKDAYS, lambda _: True)


def _holds_word(folded: str, words: dict[str, int]) -> int | None:
    """The value of the first word (or phrase) of a table a folded text holds as a whole."""
    padded = f" {folded} "
    return next((n for w, n in words.items() if f" {w} " in padded), None)


def day_named(mention: dict, before: str, published: date | None) -> date | None:
    """The day a date mention names by a day word (None: a week, a month). A weekday is read
    as the last such day up to publication (a morning paper's «جلسة الاثنين» printed on
    Tuesday is Monday's session); a coming day (`before` it: «الغد الأحد») is after
    publication."""
    folded = fold_same_length(mention.get("text", ""))
    resolved = parse_day(mention["value"])
    coming = _holds_word(fold_same_length(f"{before} {folded}"), COMING_DAYS) is not None
    if coming or (published is not None and resolved > published):
        return max(resolved, published + timedelta(days=1)) if published else resolved
    weekday = _holds_word(folded, WEEKDAY_NUMBERS)
    if weekday is not None and published is not None:
        return published - timedelta(days=(published.weekday() - weekday) % 7)
    return resolved if _holds_word(folded, PAST_DAYS) is not None else None


SUBORDINATORS = frozenset(fold_same_length(w) for w in SUBORDINATE_WORDS)
DAY_PARTS = frozenset(fold_same_length(w) for w in DAY_PART_WORDS)


def _opens_clause(word: str, following: str | None) -> bool:
    """Whether a folded word opens a subordinate clause or phrase («والذي», «بعد أن»; not
    «بعد ظهر»)."""
    if word not in SUBORDINATORS and word[:1] in CONJUNCTION_PREFIXES:
        word = word[1:]
    return word in SUBORDINATORS and following not in DAY_PARTS


def in_subordinate_clause(text: str, start: int) -> bool:
    """Whether the words of `text` before `start`, back to the clause's start, hold a word
    opening a relative or subordinate clause: a day word there dates the background (the
    martyr's death, the previous session), not the report's own act."""
    clause = CLAUSE_END.split(text[:start])[-1]
    words = HEADLINE_WORD.findall(fold_same_length(clause))
    return any(_opens_clause(w, next(iter(words[n + 1 :]), None)) for n, w in enumerate(words))


def report_day(dates: list[dict], text: str, published: date | None) -> date | None:
    """The day a report is about: the first day its lead names by a day word in a main clause,
    among the dates stage's relative mentions to the day (one in a relative or subordinate
    clause dates the background: `in_subordinate_clause`); None when it names none, a
    coming day (in any clause) first, or a background day other than its own before it."""
    lead = sorted(
        (d for d in dates if d.get("start", 0) <= REPORT_DAY_LEAD), key=lambda d: d.get("start", 0)
    )
    background: set[date] = set()  # the days the lead's subordinate clauses name before
    for mention in lead:
        if not (mention.get("relative") and mention.get("precision") == "day"):
            continue
        if mention.get("type", "date") != "date" or not mention.get("value"):
            continue
        start = mention.get("start", 0)
        day = day_named(mention, text[max(start - COMING_REACH, 0) : start], published)
        if day is None:
            continue
        if published is not None and day > published:
            return None  # a coming day, in any clause: the report announces, it reports no day
        if not in_subordinate_clause(text, start):
            # a background day before it that is another day leaves the report's own day
            # uncertain («بعد أن تغلب أمس …، وسيلاقي اليوم»): no day, precision first
            return day if background <= {day} else None
        background.add(day)
    return None


def kind_words(text: str) -> list[str]:
    """A text's words, folded, each number as «#»."""
    words = HEADLINE_WORD.findall(NUMBER.sub(" 0 ", fold_same_length(text)))
    return [NUMBER_MASK if w.isdigit() else w for w in words]


def report_kind(title: str | None, persons: Iterable[str] = ()) -> str | None:
    """A headline's kind: its first KIND_WORDS words, folded (None when shorter, when one of
    them is a number, or when they open with one of the report's `persons`)."""
    words = kind_words(title or "")[:KIND_WORDS]
    if len(words) < KIND_WORDS or NUMBER_MASK in words:
        return None
    kind = " ".join(words)
    for person in persons:
        if f" {' '.join(words[:ACTOR_WORDS])} " in f" {' '.join(kind_words(person))} ":
            return None
    return kind


def learn_series(reports: Iterable[SeriesReport]) -> set[str]:
    """The kinds that are series: about SERIES_DAYS days or more, from SERIES_OUTLETS outlets."""
    days: dict[str, set[date]] = defaultdict(set)
    outlets: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        if r.kind and r.day:
            days[r.kind].add(r.day)
            outlets[r.kind].add(r.outlet or "")
    return {k for k in days if len(days[k]) >= SERIES_DAYS and len(outlets[k]) >= SERIES_OUTLETS}


def split_by_report_day(
    reports: list[SeriesReport], series: set[str], every_day: bool = False
) -> list[list[str]]:
    """A story's documents split by the day its series reports are about: each day's series
    reports apart (with `every_day`, each day's reports of any kind once the story holds a
    series on two days), the rest with the largest day (the story as it was when it holds
    series reports of one day or none, or of one outlet only)."""
    of_series = [r for r in reports if r.kind in series and r.day is not None]
    # one outlet's reports of a kind on two days are its follow-ups of one story line as
    # often as two occurrences (al-Anad's storming, then Lahj's liberation, in one paper)
    outlets = {r.outlet for r in of_series}
    if len({r.day for r in of_series}) < 2 or len(outlets) < SERIES_OUTLETS:
        return [[r.doc_id for r in reports]]
    by_day: dict[date, list[str]] = defaultdict(list)
    for r in reports:
        if r.day is not None and (every_day or r.kind in series):
            by_day[r.day].append(r.doc_id)
    days = sorted(by_day, key=lambda d: (-len(by_day[d]), d))
    moved = {doc for d in days[1:] for doc in by_day[d]}
    kept = [r.doc_id for r in reports if r.doc_id not in moved]
    return [kept] + [by_day[d] for d in days[1:]]
