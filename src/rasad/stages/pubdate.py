"""Publication date: from metadata, else a dateline, else inferred from evidence in the text.

Inference takes only evidence of the article's own time: a full date (any calendar) it calls
"today" or "yesterday" or names with its weekday, or the year it says it is written in ("this
year 2021", "last year 2014"), narrowed by "this month" and "today <weekday>". Dates and years
mentioned in passing are not evidence; without evidence the date is unknown. The result
carries its window, so uncertainty travels on to every relative date resolved against it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import cache

import hijridate
import jdatetime

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.lang import date_words as W
from rasad.lang import numbers as N
from rasad.model import Document, Published
from rasad.pipeline import stage
from rasad.stages.dates import calendar_of, find_dates, month_table, year_span
from rasad.text.normalize import fold_same_length
from rasad.text.patterns import alternatives

DATELINE_CHARS = 300
DATELINE_OPENING = 60  # a date this close to a paragraph's start is a dateline
DATELINE_WORDS = 8  # or a date on a line this short
DATELINE_PLACE_WORDS = 4  # what opens a dateline: a place, an agency ("Stade de France, Paris")
# A date the text calls "today" may be published up to this many days later (a night's news,
# a feed read the next day).
TODAY_SLACK_DAYS = 2
# How far a date named with its weekday ("الخميس 14/10/1436") may lie from the publication day
# when no "last"/"next" stands beside it: on the development half (rasad.eval.pubdate) 15
# keeps the median window at a month while most such windows still hold the true day.
NAMED_DAY_SPAN_DAYS = 15
# "Last Thursday" lies within the week before publication, with a day's slack for a feed read
# the next day; "next Thursday" within the week after.
WEEK_DAYS = 8
# The documents an article is grouped with (its story or event neighbours) date it only when
# at least NEIGHBOURS_MIN of them are dated and their days lie within NEIGHBOURS_SPAN_DAYS of
# each other (a recurring topic spread over years dates nothing); the window is their span
# widened by NEIGHBOURS_SLACK_DAYS on each side (a late follow-up, an early report). Set on
# the development half of rasad.eval.pubdate --grouped.
NEIGHBOURS_MIN = 2
NEIGHBOURS_SPAN_DAYS = 14
NEIGHBOURS_SLACK_DAYS = 3
ANCHOR_GAP_CHARS = 30
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


def parse_metadata_date(value: str) -> tuple[date, str] | None:
    """A container's date string (ISO 8601, RFC 822, or a date in words) as (day, precision)."""
    value = value.strip()
    m = _ISO.match(value)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        try:
            return (date(y, mo, int(d)), "day") if d else (date(y, mo, 1), "month")
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date(), "day"
    except (TypeError, ValueError, IndexError):
        pass
    found = [d for d in find_dates(value, "en", None) if d["value"] and not d["relative"]]
    if found:
        return date.fromisoformat(found[0]["window"][0]), found[0]["precision"]
    return None


def published(value: date, precision: str, window: tuple[date, date], source: str) -> Published:
    cut = {"day": 10, "month": 7, "year": 4}[precision]
    return {
        "value": value.isoformat()[:cut],
        "precision": precision,
        "window": [window[0].isoformat(), window[1].isoformat()],
        "source": source,
    }


def from_metadata(raw: str | None) -> Published | None:
    parsed = parse_metadata_date(raw) if raw else None
    if parsed is None:
        return None
    day, precision = parsed
    last = (
        day
        if precision == "day"
        else (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    )
    return published(day, precision, (day, last), "metadata")


def from_dateline(text: str, lang: str, today: date | None = None) -> Published | None:
    """A full date near the top of the article ("بغداد 9 أغسطس 2021", "الأربعاء 2020/11/18"),
    not after `today`."""
    for d in find_dates(text[:DATELINE_CHARS], lang, None):
        if full_day(d) and at_dateline(text, d):
            day = agreeing_day(d, weekday_named(text, d))
            if day is not None and (today is None or day <= today):
                return published(day, "day", (day, day), "dateline")
    return None


def full_day(found: dict) -> bool:
    """A date with its day, month and year written out on one line ("Saturday, 26 February"
    above "1600 GMT" is a day without a year)."""
    return bool(
        found["value"]
        and not found["relative"]
        and found["precision"] == "day"
        and "\n" not in found["text"]
    )


def at_dateline(text: str, found: dict) -> bool:
    """A date stands on a short line ("الأربعاء 2020/11/18"), or opens a paragraph near the
    top as its dateline ("بغداد 9 أغسطس 2021 (شينخوا)"): not after a preposition ("في يوم
    الإثنين 26/9/1436هـ، رحل": an event) and not running on into the sentence."""
    line_start = text.rfind("\n", 0, found["start"]) + 1
    line_end = text.find("\n", found["end"])
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    before = fold_same_length(text[line_start : found["start"]]).split()
    while before and before[-1].strip("،,()") in _folded([*W.WEEKDAYS, *W.DATELINE_LINKS]):
        before.pop()  # "في يوم الإثنين الموافق 26/9/1436": the preposition before the weekday
    if before and before[-1] in _folded(W.EVENT_CUES) or day_word_before(text, found) is not None:
        return False
    if len(line.split()) <= DATELINE_WORDS:
        return True
    if found["start"] - line_start > DATELINE_OPENING or len(before) > DATELINE_PLACE_WORDS:
        return False
    after = fold_same_length(text[found["end"] : found["end"] + 20])
    after = re.sub(rf"^\s*(?:{alternatives(W.CALENDAR_SUFFIXES)})(?!\w)", "", after)
    running_on = re.match(r"\s*[^\W\d_]+", after)
    return not running_on or running_on.group().strip() in _folded(W.DATELINE_LINKS)


def _folded(words: Iterable[str]) -> set[str]:
    return {fold_same_length(w) for w in words}


def today_weekday(text: str) -> int | None:
    """The weekday a text names as "today" ("امروز شنبه", "اليوم الاثنين", "today, Monday")."""
    folded = fold_same_length(text)
    today = "|".join(re.escape(fold_same_length(w)) for w, o in W.DAY_WORDS.items() if o == 0)
    names = sorted((fold_same_length(w) for w in W.WEEKDAYS), key=len, reverse=True)
    weekdays = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    pattern = rf"(?:{today})\s*[(\[،,]?\s*(?:یوم\s+|روز\s+)?({weekdays})|({weekdays})\s*[،,]?\s*(?:{today})"
    m = re.search(pattern, folded)
    if not m:
        return None
    name = re.sub(r"\s+", " ", m.group(1) or m.group(2))
    return {fold_same_length(k): v for k, v in W.WEEKDAYS.items()}[name]


def current_month(text: str) -> tuple[str, int] | None:
    """A month the text calls "this month" ("آذر ماه جاری", "الشهر الجاري" after a month)."""
    folded = fold_same_length(text)
    current = "|".join(re.escape(fold_same_length(w)) for w in W.CURRENT)
    months = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(month_table(), key=len, reverse=True)
    )
    m = re.search(rf"({months})\s+(?:ماه|من\s+الشهر|الشهر)?\s*(?:{current})", folded)
    return month_table()[re.sub(r"\s+", " ", m.group(1))] if m else None


def in_month(day: date, cal: str, month: int) -> bool:
    if cal == "jalali":
        return jdatetime.date.fromgregorian(date=day).month == month
    if cal == "hijri":
        try:
            return hijridate.Gregorian(day.year, day.month, day.day).to_hijri().month == month
        except (OverflowError, ValueError):  # outside the Umm al-Qura tables (1924–2077)
            return False
    return cal == "gregorian" and day.month == month


@cache
def _stated_year_pattern() -> re.Pattern[str]:
    """A year word, a this/last/next word, then the year: "العام الماضي 2014", "سال جاری ۱۴۰۰"."""
    relation = alternatives(W.CURRENT + W.PAST + W.FUTURE)
    return re.compile(
        rf"(?<!\w)(?:[وبلف]|ول|وب|فل)?(?:{alternatives(W.YEAR_WORDS)})\s+({relation})\s+(?:{alternatives(W.STATED_YEAR_FILLERS)})?"
        rf"\s*(\d{{4}})(?!\d)"
    )


def stated_year(text: str, lang: str) -> tuple[str, int] | None:
    """The writing year the text states, as (calendar, year): "العام الجاري 2021" is 2021,
    "العام الماضي 2014" says it is 2015, "سال آینده ۱۴۰۱" says 1400. Conflicting statements
    say nothing."""
    offsets = {
        **{fold_same_length(w): 0 for w in W.CURRENT},
        **{fold_same_length(w): 1 for w in W.PAST},
        **{fold_same_length(w): -1 for w in W.FUTURE},
    }
    found = set()
    folded = fold_same_length(text)
    for m in _stated_year_pattern().finditer(folded):
        if _counted_before(folded, m.start()):
            continue  # "۵ سال گذشته ۱۳۸۰ تن": the past five years, then a count
        year = int(m.group(2))
        cal = calendar_of(None, year, lang)
        if cal == "gregorian" and not 1900 <= year <= 2100:
            continue
        found.add((cal, year + offsets[re.sub(r"\s+", " ", m.group(1))]))
    return found.pop() if len(found) == 1 else None


def _counted_before(folded: str, start: int) -> bool:
    """Whether a number (digits or a number word) stands just before a year word."""
    before = folded[max(start - 20, 0) : start]
    return bool(re.search(rf"(?:\d|(?<!\w)(?:{alternatives(N.UNITS)}))\s*$", before))


def stated_year_window(text: str, lang: str, today: date) -> Published | None:
    """The year the text states, narrowed by "this month" and "today <weekday>" cues."""
    stated = stated_year(text, lang)
    if stated is None:
        return None
    first, last = year_span(*stated)
    last = min(last, today)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if (month := current_month(text)) is not None:
        days = [d for d in days if in_month(d, *month)]
    if (weekday := today_weekday(text)) is not None:
        days = [d for d in days if d.weekday() == weekday]
    return window_published(days[0], days[-1]) if days else None


def window_published(first: date, last: date) -> Published:
    """An inferred date whose precision is what its window allows: a day, a month or a year
    (the year most of the window falls in, when it straddles two)."""
    if first == last:
        return published(first, "day", (first, last), "inferred")
    if (first.year, first.month) == (last.year, last.month):
        return published(first, "month", (first, last), "inferred")
    middle = first + (last - first) / 2
    return published(middle, "year", (first, last), "inferred")


def weekday_named(text: str, found: dict) -> int | None:
    """The weekday named in or just before a date ("الخميس 14/10/1436", "يوم الأربعاء الماضي
    13/10/1436"), if any."""
    before = fold_same_length(text[max(found["start"] - ANCHOR_GAP_CHARS, 0) : found["start"]])
    span = fold_same_length(found["text"])
    names = {fold_same_length(k): v for k, v in W.WEEKDAYS.items()}
    for name in sorted(names, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", span) or re.search(
            rf"(?<!\w){re.escape(name)}(?!\w)\W*(?:\w+\W+){{0,2}}$", before
        ):
            return names[name]
    return None


def agreeing_day(found: dict, weekday: int | None) -> date | None:
    """A full date's day, checked against the weekday named with it. Hijri months begin a day
    apart in different reckonings (sighting, Umm al-Qura), so a Hijri date may move one day
    to its weekday; any other disagreement leaves no date."""
    day = date.fromisoformat(found["value"])
    if weekday is None or weekday == day.weekday():
        return day
    if found["calendar"] == "hijri":
        for shift in (-1, 1):
            if (day + timedelta(days=shift)).weekday() == weekday:
                return day + timedelta(days=shift)
    return None


def _cue_near(text: str, found: dict, words: Iterable[str]) -> bool:
    """Whether one of `words` stands among the few words before (or just after) a date."""
    pattern = rf"(?<!\w)(?:{alternatives(words)})(?!\w)"
    before = fold_same_length(text[max(found["start"] - ANCHOR_GAP_CHARS, 0) : found["start"]])
    following = fold_same_length(text[found["end"] : found["end"] + ANCHOR_GAP_CHARS])
    return bool(re.search(pattern + r"\W*(?:\w+\W+){0,2}$", before)) or bool(
        re.match(r"\W*(?:\w+\W+){0,1}?" + pattern, following)
    )


def day_word_before(text: str, found: dict) -> int | None:
    """The offset of "today", "yesterday", "tomorrow" ... among the few words before a date
    ("اليوم الاثنين الموافق 18/10/1436" 0, "أمس الأحد 2 أغسطس 2015" -1)."""
    before = fold_same_length(text[max(found["start"] - ANCHOR_GAP_CHARS, 0) : found["start"]])
    offsets = {fold_same_length(w): o for w, o in W.DAY_WORDS.items()}
    gap = alternatives([*W.WEEKDAYS, *W.DATELINE_LINKS, *W.DAY_NOUNS])
    m = re.search(rf"(?<!\w)({alternatives(offsets)})(?!\w)(?:\W*(?:{gap})(?!\w))*\W*$", before)
    return offsets[re.sub(r"\s+", " ", m.group(1))] if m else None


def anchored_date(text: str, lang: str, today: date) -> Published | None:
    """A full date the text ties to its own time: called "today" or "yesterday" ("اليوم الاثنين
    الموافق 18/10/1436", "صبح امروز ۱۰ بهمن ۱۳۹۱"), or named with its weekday ("الخميس 14/10/1436"),
    the weekday agreeing with the date. "Last"/"next" beside it says on which side of the
    publication day it lies. Nothing after `today`."""
    for found in find_dates(text, lang, None):
        if not full_day(found):
            continue
        weekday = weekday_named(text, found)
        day = agreeing_day(found, weekday)
        if day is None:
            continue  # a misprint or a misread date: no evidence either way
        if (offset := day_word_before(text, found)) is not None:
            day -= timedelta(days=offset)
            end = min(day + timedelta(days=TODAY_SLACK_DAYS), today)
            return published(day, "day", (day, end), "inferred") if day <= today else None
        if weekday is None:
            continue
        first, last = narrowed(named_day_window(text, found, day), text)
        return window_published(first, min(last, today)) if first <= today else None
    return None


def named_day_window(text: str, found: dict, day: date) -> tuple[date, date]:
    """Where the publication day lies from a date named with its weekday: within the week
    after "last Thursday", within the week before "next Thursday" or "by Thursday", else
    around it."""
    week, span = timedelta(days=WEEK_DAYS), timedelta(days=NAMED_DAY_SPAN_DAYS)
    if _cue_near(text, found, [w for w in W.PAST if w not in W.RELATION_PREPOSITIONS]):
        return day + timedelta(days=1), day + week
    future = [w for w in W.FUTURE if w not in W.RELATION_PREPOSITIONS]
    if _cue_near(text, found, future) or _cue_near(text, found, W.DEADLINE_CUES):
        return day - week, day - timedelta(days=1)
    return day - span, day + span


def narrowed(window: tuple[date, date], text: str) -> tuple[date, date]:
    """A window cut to the weekday the text calls today ("اليوم السبت"), when it has one."""
    weekday = today_weekday(text)
    first, last = window
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    kept = [d for d in days if d.weekday() == weekday]
    return (kept[0], kept[-1]) if kept else window


def infer(text: str, lang: str, today: date) -> Published | None:
    """A window for an undated article, only from evidence of its own time: a full date it
    calls "today" or names with its weekday, or the year it says it is written in (narrowed
    by "this month" and "today <weekday>"). Years and dates mentioned in passing are not
    evidence; without evidence the date is unknown (None)."""
    return anchored_date(text, lang, today) or stated_year_window(text, lang, today)


def from_neighbours(days: Iterable[date], today: date | None = None) -> Published | None:
    """A window from the publication days of the documents an article is grouped with: their
    span widened by NEIGHBOURS_SLACK_DAYS each side, cut at `today`. Fewer than
    NEIGHBOURS_MIN dated neighbours, or neighbours further apart than NEIGHBOURS_SPAN_DAYS
    (a topic that recurs, not one story), give no date."""
    days = sorted(days)
    if len(days) < NEIGHBOURS_MIN or (days[-1] - days[0]).days > NEIGHBOURS_SPAN_DAYS:
        return None
    slack = timedelta(days=NEIGHBOURS_SLACK_DAYS)
    first, last = days[0] - slack, days[-1] + slack
    if today is not None:
        last = min(last, today)
    return window_published(first, last) if first <= last else None


def infer_publication(
    text: str, lang: str, metadata_date: str | None, today: date | None = None
) -> Published | None:
    """Metadata first, then a dateline, then inference from the text."""
    today = today or datetime.now().date()
    return (
        from_metadata(metadata_date) or from_dateline(text, lang, today) or infer(text, lang, today)
    )


@stage(
    "pubdate",
    requires=["text", "lang", "metadata_date"],
    assigns=["published"],
    help="publication date from metadata, a dateline, or inferred from the text with a window",
)
def make_pubdate(settings: Settings):
    def pubdate(doc: Document) -> Document:
        if doc.lang in ANALYSED_LANGUAGES:
            doc.published = infer_publication(doc.text, doc.lang, doc.metadata_date)
        else:  # datelines and date words are read in the analysed languages only
            doc.published = from_metadata(doc.metadata_date)
        return doc

    return pubdate
