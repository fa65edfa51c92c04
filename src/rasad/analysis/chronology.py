"""Chronology lines: a line that opens with a date dates its own happening.

A factbox or a "this day in history" list writes one happening a line, its date first and a
colon or a dash after it ("2016: A shallow quake hit …", «1934 - هتلر يصبح …», «* 17 يوليو
1990: صدام حسين يلقي خطابا في ذكرى ثورة يوليو 1968»). The opening date is the line's
happening's: a date written inside the line names something else (the 2004 quake the 2016
line recalls, the 1968 revolution an anniversary marks, a birth year) and is left off the
timeline, unless it is the one finer date of the opening's own time ("2004: … on Dec. 26"),
which then dates the line instead of it: one entry per happening per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from rasad.lang import date_words as W
from rasad.model import DateMention, Document

PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
HISTORY_DAYS = 365  # a chronology whose lines run over more than a year recalls history
WRITTEN_YEAR = re.compile(r"\d{4}")  # in any digit script


@dataclass(frozen=True)
class ChronologyLine:
    """One line of a chronology: where it runs and which date mention dates it."""

    start: int
    end: int
    dating: int  # index in doc.dates of the mention that dates the line


@cache
def _bullets() -> re.Pattern[str]:
    return re.compile(W.LINE_BULLETS)


@cache
def _after() -> re.Pattern[str]:
    return re.compile(W.LINE_DATE_AFTER)


@dataclass(frozen=True)
class HistoryLine:
    """A line of a fact box of earlier years: where it runs (from its line's start) and the
    first day of its date."""

    start: int
    end: int
    day: date


def opens_line(text: str, start: int, end: int) -> bool:
    """Whether the date at `start:end` opens its line (a bullet may stand before it) and a
    colon or a dash follows it."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_bullets().fullmatch(text, line_start, start)) and bool(_after().match(text, end))


def _inside(inner: DateMention, outer: DateMention) -> bool:
    """Whether `inner` is a finer date within `outer`'s time (a day of its year) written with
    its own year: a date written without one takes the line's year (`stages.dates`, «2008- …
    في 25 تموز/يوليو») but may name an earlier happening of that year (the bombing a "this day
    in history" line recalls), so it does not date the line."""
    if not inner["value"] or not inner["window"] or not outer["window"]:
        return False
    if not WRITTEN_YEAR.search(inner.get("text") or ""):
        return False
    finer = PRECISION_RANK.get(inner["precision"], -1) > PRECISION_RANK.get(outer["precision"], 3)
    return (
        finer
        and outer["window"][0] <= inner["window"][0]
        and inner["window"][1] <= outer["window"][1]
    )


def chronology_lines(doc: Document) -> list[ChronologyLine]:
    """The document's chronology lines, each dated by its opening date or, when the line
    writes exactly one finer date within the opening's time, by that one."""
    text, dates = doc.text, doc.dates
    lines = []
    for k, d in enumerate(dates):
        if d.get("type", "date") != "date" or not opens_line(text, d["start"], d["end"]):
            continue
        end = text.find("\n", d["end"])
        end = len(text) if end < 0 else end
        finer = [
            j
            for j, inner in enumerate(dates)
            if j != k and d["end"] <= inner["start"] < end and _inside(inner, d)
        ]
        lines.append(ChronologyLine(d["start"], end, finer[0] if len(finer) == 1 else k))
    return lines


def outranked(doc: Document, lines: list[ChronologyLine]) -> set[int]:
    """Indexes of the date mentions a chronology line's date outranks: every other date of
    the line (its opening one too, when a finer date of its time dates the line)."""
    left_off = set()
    for line in lines:
        for j, d in enumerate(doc.dates):
            if j != line.dating and line.start <= d["start"] < line.end:
                left_off.add(j)
    return left_off


def history_lines(doc: Document, lines: list[ChronologyLine] | None = None) -> list[HistoryLine]:
    """The document's chronology lines when they run over more than HISTORY_DAYS: a fact box
    of earlier happenings ("Here are some of the major quakes and tsunamis in recent years:
    2004: …, 2016: …", a "this day in history" list), not the days of one event's own
    chronology."""
    lines = chronology_lines(doc) if lines is None else lines
    dated = [(line, w) for line in lines if (w := doc.dates[line.dating].get("window"))]
    if len(dated) < 2:
        return []
    first = min(date.fromisoformat(w[0]) for _, w in dated)
    last = max(date.fromisoformat(w[1]) for _, w in dated)
    if (last - first).days <= HISTORY_DAYS:
        return []
    return [
        HistoryLine(doc.text.rfind("\n", 0, line.start) + 1, line.end, date.fromisoformat(w[0]))
        for line, w in dated
    ]
