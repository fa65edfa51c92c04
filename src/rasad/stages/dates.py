"""Dates: every date-like expression becomes a Gregorian value with a precision and a window.

Expressions are found on a same-length folded copy of the text (letter variants and digit
scripts unified), so spans index the original. Calendars: Gregorian (Egyptian/Gulf and
Levantine Arabic month names, Persian transliterations, English), Persian solar (Jalali) and
Islamic lunar (Hijri). Partial and relative expressions resolve against a reference day,
normally the publication date; without one they are reported with value None.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import hijridate
import jdatetime

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.lang import date_words as W
from rasad.lang import months as M
from rasad.lang import ordinals as O
from rasad.lang import times as T
from rasad.model import DateMention, Document
from rasad.pipeline import stage
from rasad.text.normalize import fold_same_length
from rasad.text.patterns import alternatives
from rasad.text.sentences import CLAUSE_MARKS, abbreviation_table, sentence_around

GREGORIAN, JALALI, HIJRI = "gregorian", "jalali", "hijri"
B, E = r"(?<![\w])", r"(?![\w])"  # word boundaries that work for Arabic script
# A word start that may follow a one-letter Arabic clitic ("والساعة", "ب48 ساعة"), which stays
# outside the span.
BC = r"(?:(?<![\w])|(?<=(?<![\w])[وبلف]))"


TableValue = TypeVar("TableValue")


def _fold(word: str) -> str:
    return fold_same_length(word)


def folded_words(words: Iterable[str]) -> frozenset[str]:
    """The folded forms of a word list (`date_words.FUTURE`, `NAMED_DAY_NOUNS` …), built on
    the list's first use, not at every call."""
    return _folded_words(tuple(words))


@cache
def _folded_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_fold(w) for w in words)


def folded_table(table: Mapping[str, TableValue]) -> dict[str, TableValue]:
    """A word table (`date_words.WEEKDAYS`, `times.HOUR_WORDS` …) keyed by its words' folded
    forms, a run of white space as one space, built on the table's first use."""
    return _folded_table(tuple(table.items()))


@cache
def _folded_table(items: tuple) -> dict:
    return {re.sub(r"\s+", " ", _fold(k)): v for k, v in items}


@cache
def month_table() -> dict[str, tuple[str, int]]:
    """Folded month name → (calendar, month)."""
    table: dict[str, tuple[str, int]] = {}
    for names, cal in (
        (M.GREGORIAN_AR, GREGORIAN),
        (M.LEVANTINE_AR, GREGORIAN),
        (M.GREGORIAN_FA, GREGORIAN),
        (M.GREGORIAN_EN, GREGORIAN),
        (M.JALALI, JALALI),
        (M.HIJRI, HIJRI),
    ):
        for name, number in names.items():
            table.setdefault(re.sub(r"\s+", " ", _fold(name)), (cal, number))
    return table


@cache
def ordinal_table() -> dict[str, int]:
    """Folded ordinal day words (Persian compounds included) → day number."""
    table = {_fold(k): v for k, v in {**W.PERSIAN_ORDINALS, **W.ARABIC_ORDINALS}.items()}
    units = {k: v for k, v in W.PERSIAN_ORDINALS.items() if v < 10}
    for tens_word, tens in W.PERSIAN_TENS.items():
        for unit_word, unit in units.items():
            if tens + unit <= 31:
                table[_fold(f"{tens_word} و {unit_word}")] = tens + unit
    for unit_word, unit in O.ARABIC_ORDINAL_UNITS.items():
        for teen in ("عشر", "عشرة"):
            table.setdefault(_fold(f"{unit_word} {teen}"), 10 + unit)
        for tens_word, tens in (("العشرين", 20), ("الثلاثين", 30)):
            if tens + unit <= 31:
                table[_fold(f"{unit_word} و{tens_word}")] = tens + unit
                table[_fold(f"{unit_word} و {tens_word}")] = tens + unit
    return table


def abbreviated_month_stop() -> str:
    """An optional full stop after an English month abbreviated before a day ("Dec. 26",
    "Sept. 11", as AP and Reuters write them): the `month` rows of data/text/abbreviations.tsv,
    the same list that keeps the sentence splitter from ending a sentence there. One look-behind
    per length, as a look-behind must have a fixed width."""
    by_length: dict[int, list[str]] = {}
    for form in sorted(abbreviation_table().get("month", ())):
        by_length.setdefault(len(form), []).append(form.lower())
    behinds = [rf"(?<=\b(?:{'|'.join(forms)}))\." for _length, forms in sorted(by_length.items())]
    return rf"(?:{'|'.join(behinds)})?" if behinds else ""


@cache
def patterns() -> list[tuple[str, re.Pattern]]:
    """(kind, compiled pattern) in priority order."""
    month = alternatives(month_table())
    day = rf"(?P<day>\d{{1,2}}|{alternatives(ordinal_table())})(?:\s*(?:st|nd|rd|th|ام|م))?"
    # a two-digit year is one with a Solar Hijri marker ("۹۸ ش") or after "سال" ("دی ماه سال ۹۸")
    year = r"(?P<year>\d{4}|\d{2}(?=\s*(?:ش|شمسی))|(?<=سال\s)\d{2}(?!\d))"
    marker = rf"(?:\s*(?P<marker>{alternatives(W.GREGORIAN_MARKERS + W.JALALI_MARKERS + W.HIJRI_MARKERS)}){E})?"
    mod = rf"(?:\s+(?P<mod>{alternatives(W.FUTURE + W.PAST + W.CURRENT)}){E})?"
    # "31 ديسمبر للعام الجاري", "… من العام المقبل", "… سال جاری": the year, not the day, is
    # this, next or last one
    ymod = (
        rf"(?:\s+(?:(?:من|في)\s+)?(?:لل|ل)?(?:{alternatives(W.YEAR_WORDS)})\s+"
        rf"(?P<ymod>{alternatives(W.FUTURE + W.PAST + W.CURRENT)}){E})?"
    )
    year_word = rf"(?:{alternatives(W.YEAR_WORDS)})"
    # "۱۹ مهر ماه ۹۶": a Persian year in two digits, checked in find_dates (short_year_fits)
    short_year = r"\s+(?P<short>\d{2})(?![\d/:.])"
    # the same month named twice: "يونيو (حزيران)", "حزيران/يونيو", "يوليو تموز"
    also = rf"(?:\s*(?:\(\s*(?:{month})\s*\)|/\s*(?:{month})|\s(?:{month})){E})?"
    weekday = rf"(?:(?P<wd>{alternatives(W.WEEKDAYS)})\s*[،,]?\s+)?"
    # "27 - يوليو 2015م": some outlets set a dash between a day in digits and its month, and
    # some none at all («روز 30خردادماه», Fars News 2006)
    day_gap = r"(?:(?<=\d)\s*-\s*|\s+|(?<=\d)(?=[^\W\d_]))"
    unit = alternatives(W.YEAR_WORDS + W.MONTH_WORDS + W.WEEK_WORDS)
    edge = rf"(?:(?P<edge>{alternatives(W.END_OF + W.START_OF + W.MID_OF)})\s+(?:(?:شهر|ماه)\s+)?)?"
    before_what = before_what_pattern()
    # a Persian month is often written joined to «ماه» ("month"): «21 اسفندماه سال جاری»
    end = rf"(?:{E}|(?=ماه{E}))"
    return [
        (
            "ymd",
            re.compile(
                rf"{B}{weekday}(?P<y>\d{{4}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<d>\d{{1,2}})(?!\d)"
            ),
        ),
        (
            "dmy",
            re.compile(
                rf"{B}{weekday}(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>\d{{4}})(?!\d)"
            ),
        ),
        (
            "day_month",
            re.compile(
                rf"{B}{weekday}{day}{day_gap}(?:من\s+)?(?:(?:شهر|ماه)\s+)?(?:of\s+)?(?P<month>{month}){end}{also}"
                rf"(?:\s*ماه|\s+month)?(?:\s*[،,]?\s*(?:{year_word}\s+)?{year}{marker}|{short_year})?{mod}{ymod}",
                re.I,
            ),
        ),
        (
            "month_day",
            # "Dec. 26", "Sept. 11": an English month abbreviated with a stop (AP style)
            re.compile(
                rf"{B}{weekday}(?P<month>{month}){abbreviated_month_stop()}\s+{day}(?:\s*,?\s*{year})?{E}",
                re.I,
            ),
        ),
        (
            "month_year",
            re.compile(
                rf"{B}{edge}(?P<month>{month}){also}(?:\s*ماه|\s+month)?\s+(?:{year_word}\s+)?{year}{marker}{E}",
                re.I,
            ),
        ),
        (
            "year_edge",
            re.compile(
                rf"{B}(?P<edge>{alternatives(W.END_OF + W.START_OF + W.MID_OF)})\s+(?:{year_word}\s+)?"
                rf"(?P<year>\d{{4}}){marker}{E}",
                re.I,
            ),
        ),
        (
            "month_mid",
            re.compile(
                rf"{B}(?P<edge>{alternatives(W.END_OF + W.START_OF + W.MID_OF)})\s+(?:(?:شهر|ماه)\s+)?(?P<month>{month})(?:ماه)?{E}{also}"
            ),
        ),
        (
            "month_alone",
            re.compile(
                rf"{BC}(?P<cue>{alternatives(W.MONTH_ALONE_CUES)})\s+(?:(?P<noun>شهر|ماه)\s+)?"
                rf"(?P<month>{month}){end}(?P<also>{also})(?:\s*(?P<after>ماه){E})?",
                re.I,
            ),
        ),
        ("my", re.compile(rf"{B}(?P<m>\d{{1,2}})\s*/\s*(?P<y>\d{{4}})(?![\d/])")),
        (
            "ago",
            re.compile(
                # "N units before X" («قبل أسبوع من الانتخابات», «یک هفته قبل از اعلام») is no
                # time ago: it counts from X (round dates56)
                rf"{B}(?:(?P<pre>قبل|منذ)\s+(?P<unit>{alternatives(W.AGO_UNITS)})(?!\s+(?:{month}){E})"
                rf"(?!\s+{before_what})"
                rf"|(?P<n>\d+|یک|دو|سه)\s+(?P<unit2>{alternatives(W.AGO_UNITS)})\s+(?:پیش|قبل|ago)"
                rf"(?!\s+{before_what})){E}",
                re.I,
            ),
        ),
        (
            "month_current",
            re.compile(
                rf"{B}{edge}(?P<month>{month})(?:\s*ماه|\s+month)\s+(?P<mod>{alternatives(W.CURRENT + W.PAST + W.FUTURE)}){E}"
            ),
        ),
        (
            "coming_days",
            re.compile(
                rf"{B}(?:في|خلال|طی|ظرف|در|in|within)\s+(?:the\s+)?(?:چند\s+)?(?:{alternatives(W.DAYS_WORDS)})\s+"
                rf"(?:{alternatives(W.FUTURE)}){E}|{B}(?:in\s+)?the\s+coming\s+days{E}",
                re.I,
            ),
        ),
        (
            "period",
            re.compile(
                rf"{B}{edge}(?P<unit>{unit})\s+(?P<mod>{alternatives(W.CURRENT + W.PAST + W.FUTURE)})"
                rf"(?:\s+(?P<marker>{alternatives(W.GREGORIAN_MARKERS + W.JALALI_MARKERS)}))?{E}",
                re.I,
            ),
        ),
        (
            "season",
            re.compile(
                rf"{B}(?P<season>{alternatives(W.SEASONS)})\s+(?P<mod>{alternatives(W.SEASON_PAST)}){E}"
                rf"|{B}last\s+(?P<season_en>summer|spring|autumn|fall){E}",
                re.I,
            ),
        ),
        (
            "period_this",
            re.compile(
                rf"{B}(?P<this>{alternatives(W.THIS)})\s+(?P<unit>{alternatives(W.WEEK_WORDS + W.MONTH_WORDS + W.YEAR_WORDS)}){E}",
                re.I,
            ),
        ),
        (
            "period_en",
            re.compile(
                rf"{B}{edge}(?:the\s+)?(?P<mod>this|last|next|current|past|coming)\s+(?P<unit>year|month|week){E}",
                re.I,
            ),
        ),
        (
            # "2016: A shallow quake hit …", «1934 - هتلر يصبح …»: a year opening a chronology
            # line dates the line without a cue word before it
            "line_year",
            re.compile(rf"(?m)^{W.LINE_BULLETS}(?P<year>\d{{4}}){E}(?={W.LINE_DATE_AFTER})"),
        ),
        (
            "year",
            re.compile(
                rf"{B}(?P<cue>{alternatives(W.YEAR_CUES)})\s+(?:(?P<yw>{year_word})\s+)?(?P<year>\d{{4}}|\d{{2}}(?!\d)){marker}{E}",
                re.I,
            ),
        ),
        (
            "day_weekday",
            re.compile(
                # "أمس الأحد", "اليوم، الثلاثاء", "اليوم (الاثنين)": the weekday may be bracketed
                rf"{B}(?P<word>{alternatives(W.DAY_WORDS)})(?:\s*[،,(]\s*|\s+)(?:(?:يوم|روز)\s+)?"
                rf"(?P<wd>{alternatives(W.WEEKDAYS)}){E}",
                re.I,
            ),
        ),
        (
            "day_word",
            re.compile(
                rf"{B}(?P<word>{alternatives(W.DAY_WORDS)}){E}"
                rf"(?!(?<={alternatives([W.WITH_THE_BALL])})\s+(?:{alternatives(W.BALL_GAMES)}){E})",
                re.I,
            ),
        ),
        (
            "weekday",
            re.compile(rf"{B}(?:(?:يوم|روز)\s+)?(?P<wd>{alternatives(W.WEEKDAYS)}){E}{mod}", re.I),
        ),
    ]


@dataclass(frozen=True)
class Resolved:
    value: str | None
    precision: str
    calendar: str
    relative: bool
    window: tuple[date, date] | None


def to_gregorian(cal: str, y: int, m: int, d: int) -> date:
    """A day of any supported calendar as a Gregorian date (ValueError when impossible)."""
    if cal == JALALI:
        return jdatetime.date(y, m, d).togregorian()
    if cal == HIJRI:
        return hijridate.Hijri(y, m, d).to_gregorian()
    return date(y, m, d)


def month_span(cal: str, y: int, m: int) -> tuple[date, date]:
    """First and last Gregorian day of a month of any calendar."""
    first = to_gregorian(cal, y, m, 1)
    if cal == GREGORIAN:
        return first, date(y, m, calendar.monthrange(y, m)[1])
    nxt = to_gregorian(cal, y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def year_span(cal: str, y: int) -> tuple[date, date]:
    return month_span(cal, y, 1)[0], month_span(cal, y, 12)[1]


def current_year(cal: str, ref: date) -> int:
    if cal == JALALI:
        return jdatetime.date.fromgregorian(date=ref).year
    if cal == HIJRI:
        return hijridate.Gregorian(ref.year, ref.month, ref.day).to_hijri().year
    return ref.year


def calendar_of(marker: str | None, year: int, lang: str, month_cal: str | None = None) -> str:
    """Which calendar a year belongs to: its marker, its month's calendar, else its range
    (a 13xx or 14xx year in the calendar its language writes such years in)."""
    if marker:
        folded = _fold(marker)
        if folded in folded_words(W.JALALI_MARKERS):
            return JALALI
        if folded in folded_words(W.HIJRI_MARKERS):
            return HIJRI
        return GREGORIAN
    if month_cal:
        return month_cal
    if 1300 <= year < 1500:
        return W.BARE_YEAR_CALENDARS.get(lang, JALALI)
    return GREGORIAN


def full_year(y: int, cal: str) -> int:
    """A two-digit year ("سال ۹۸") in its calendar's century."""
    if y >= 100:
        return y
    return 1300 + y if cal == JALALI else 2000 + y


def point(d: date, cal: str, relative: bool) -> Resolved:
    return Resolved(d.isoformat(), "day", cal, relative, (d, d))


def span_of(first: date, last: date, precision: str, cal: str, relative: bool) -> Resolved:
    """A day, month or year as a value of that precision and its window. A Jalali or Hijri
    month straddles two Gregorian months: its value is the one holding its middle (دی 1398,
    22 December 2019 – 20 January 2020, is 2020-01)."""
    middle = first if precision == "day" else first + (last - first) / 2
    value = middle.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    return Resolved(value, precision, cal, relative, (first, last))


def direction(mod: str | None) -> int:
    """+1 for future modifiers, -1 for past ones, 0 for "current" or none."""
    if not mod:
        return 0
    folded = _fold(mod)
    if folded in folded_words(W.FUTURE):
        return 1
    if folded in folded_words(W.PAST):
        return -1
    return 0


NEAR_DAYS = 92  # within a season of publication the nearest day/month is meant (date_words)
WEEKDAY_REACH = 250  # a written weekday dates a day+month up to about eight months away


def nearest_day(
    cal: str, month: int, day: int, ref: date, sense: int, weekday: int | None = None
) -> date:
    """The day/month of `cal` nearest to `ref` (after it when sense > 0, before when < 0),
    on the named weekday when one is given."""
    y = current_year(cal, ref)
    options = []
    for year in (y - 1, y, y + 1):
        try:
            options.append(to_gregorian(cal, year, month, day))
        except ValueError:
            continue
    if weekday is not None:  # a weekday picks among days near enough, never a year away
        options = [
            o for o in options if o.weekday() == weekday and abs((o - ref).days) <= WEEKDAY_REACH
        ] or options
    if sense > 0:
        options = [o for o in options if o >= ref] or options
    elif sense < 0:
        options = [o for o in options if o <= ref] or options
    return min(options, key=lambda o: abs((o - ref).days))


def resolve(kind: str, g: dict[str, str | None], lang: str, ref: date | None) -> Resolved | None:
    """The value of one matched expression (None when it is not a real date)."""
    resolver: Callable = RESOLVERS[kind]
    try:
        return resolver(g, lang, ref)
    except (ValueError, OverflowError, KeyError):
        return None  # 31 February, month 13, year 0: not a date


def _numeric(g, lang, ref):
    y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
    cal = calendar_of(None, y, lang)
    return point(to_gregorian(cal, y, m, d), cal, False)


def _month_of(name: str) -> tuple[str, int]:
    return month_table()[re.sub(r"\s+", " ", name)]


def _day_number(text: str) -> int:
    return int(text) if text.isdigit() else ordinal_table()[re.sub(r"\s+", " ", text)]


def _day_month(g, lang, ref):
    month_cal, month = _month_of(g["month"])
    day = _day_number(g["day"])
    if g.get("short"):  # "۱۹ مهر ماه ۹۶", kept by find_dates only when it fits
        y = full_year(int(g["short"]), JALALI)
        return point(to_gregorian(JALALI, y, month, day), JALALI, False)
    if g.get("year"):
        y = int(g["year"])
        cal = calendar_of(g.get("marker"), y, lang, month_cal)
        return point(to_gregorian(cal, full_year(y, cal), month, day), cal, False)
    if g.get("line_year") and month_cal == GREGORIAN:  # "2004: … on Dec. 26"
        return point(date(int(g["line_year"]), month, day), GREGORIAN, False)
    if ref is None:
        return Resolved(None, "day", month_cal, True, None)
    if g.get("ymod") and not g.get("mod"):  # "للعام الجاري": this year's, whatever the day
        y = current_year(month_cal, ref) + direction(g["ymod"])
        return point(to_gregorian(month_cal, y, month, day), month_cal, True)
    sense = direction(g.get("mod"))
    if g.get("mod") and sense == 0:  # "ماه جاری": this month of this year
        return point(
            to_gregorian(month_cal, current_year(month_cal, ref), month, day), month_cal, True
        )
    weekday = folded_table(W.WEEKDAYS).get(re.sub(r"\s+", " ", g["wd"])) if g.get("wd") else None
    nearest = nearest_day(month_cal, month, day, ref, sense, weekday)
    if sense or abs((nearest - ref).days) <= NEAR_DAYS or nearest.weekday() == weekday:
        return point(nearest, month_cal, True)  # near, or the weekday written tells the year
    tense = int(g.get("tense") or 0)  # far from publication: the sentence's tense decides
    if not tense and nearest < ref:  # news tells the past unmarked, a coming day is marked
        tense = -1
    if not tense:
        return Resolved(None, "day", month_cal, True, None)
    return point(nearest_day(month_cal, month, day, ref, tense, weekday), month_cal, True)


def _month_year(g, lang, ref):
    month_cal, month = _month_of(g["month"])
    y = int(g["year"])
    cal = calendar_of(g.get("marker"), y, lang, month_cal)
    first, last = month_span(cal, full_year(y, cal), month)
    return _edge(first, last, g.get("edge"), "month", cal, False)


def _year_edge(g, lang, ref):
    """ "مطلع 2015", "late 2021": the year, its window narrowed to the named part."""
    y = int(g["year"])
    cal = calendar_of(g.get("marker"), y, lang)
    if cal == GREGORIAN and not 1900 <= y <= 2100:
        return None
    first, last = year_span(cal, y)
    return _edge(first, last, g["edge"], "year", cal, False)


def month_of_line(g, month_cal: str, month: int) -> Resolved | None:
    """A Gregorian month written without a year on a chronology line: the line's opening year
    (`year_of_line`) is its year; None off such a line."""
    if not g.get("line_year") or month_cal != GREGORIAN:
        return None
    first, last = month_span(GREGORIAN, int(g["line_year"]), month)
    return span_of(first, last, "month", GREGORIAN, False)


def _month_current(g, lang, ref):
    month_cal, month = _month_of(g["month"])
    if found := month_of_line(g, month_cal, month):  # «2005: … بنهاية شهر مارس»
        return found
    if ref is None:
        return Resolved(None, "month", month_cal, True, None)
    y = current_year(month_cal, ref) + direction(g.get("mod"))
    first, last = month_span(month_cal, y, month)
    return _edge(first, last, g.get("edge"), "month", month_cal, True)


def _edge(
    first: date, last: date, edge: str | None, precision: str, cal: str, relative: bool
) -> Resolved:
    """ "The end of …" narrows a month or year's window to its last days, "the beginning" to
    its first, "the middle" to its middle; the value keeps the month's or year's precision
    ("mid-July" is July, not 16 July: the text names no day)."""
    whole = span_of(first, last, precision, cal, relative)
    if not edge:
        return whole
    length = 10 if precision == "month" else 31
    if _fold(edge) in folded_words(W.MID_OF):
        middle = first + (last - first) / 2
        half = timedelta(days=length // 2)
        window = (middle - half, middle + half)
    elif _fold(edge) in folded_words(W.END_OF):
        window = (last - timedelta(days=length - 1), last)
    else:
        window = (first, first + timedelta(days=length - 1))
    return Resolved(whole.value, precision, cal, relative, window)


def _period(g, lang, ref):
    unit, sense = _fold(g["unit"]), direction(g.get("mod"))
    if ref is None or g.get("elsewhere") or in_sequence(unit, g.get("mod")):
        return Resolved(None, "year", GREGORIAN, True, None)
    explicit = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(_fold(g.get("mod") or ""))
    sense = explicit if explicit is not None else sense
    if unit in folded_words(W.WEEK_WORDS):
        if sense < 0 and ref == week_start(ref, lang) + timedelta(days=6):
            # On a week's last day "last week" is as often the week now ending as the one
            # before (dates_dev56; of seven read on a Saudi Saturday, two were in each and three
            # could not be told): no day.
            return Resolved(None, "year", GREGORIAN, True, None)
        start = week_start(ref, lang) + timedelta(days=7 * sense)
        return span_of(start, start + timedelta(days=6), "day", GREGORIAN, True)
    cal = GREGORIAN
    if lang == "fa" and not (
        g.get("marker") and _fold(g["marker"]) in folded_words(W.GREGORIAN_MARKERS)
    ):
        cal = JALALI
    if unit in folded_words(W.MONTH_WORDS):
        ym = jdatetime.date.fromgregorian(date=ref) if cal == JALALI else ref
        y, m = ym.year, ym.month + sense
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        first, last = month_span(cal, y, m)
        return _edge(first, last, g.get("edge"), "month", cal, True)
    first, last = year_span(cal, current_year(cal, ref) + sense)
    return _edge(first, last, g.get("edge"), "year", cal, True)


def week_start(day: date, lang: str) -> date:
    """The first day of the week holding `day`, as the article's readers count weeks."""
    return day - timedelta(days=(day.weekday() - W.WEEK_STARTS.get(lang, 0)) % 7)


def _season(g, lang, ref):
    """ "Last summer" is the last summer over by the reference day, dated by its year."""
    if ref is None or direction(g.get("mod") or "last") >= 0 and not g.get("season_en"):
        return Resolved(None, "year", GREGORIAN, True, None)
    name = _fold(g.get("season") or g.get("season_en") or "").lower()
    ends = folded_table(W.SEASONS)[name]
    year = ref.year if ref.month > ends else ref.year - 1
    first, last = year_span(GREGORIAN, year)
    return span_of(first, last, "year", GREGORIAN, True)


def in_sequence(unit: str, mod: str | None) -> bool:
    """Whether a week or month is the one before or after another the text names («الشهر
    السابق», «الأسبوع التالي»: `date_words.SEQUENCE_WORDS`), not one counted from publication."""
    return (
        bool(mod)
        and _fold(mod) in folded_words(W.SEQUENCE_WORDS)
        and unit in folded_words(W.WEEK_WORDS + W.MONTH_WORDS)
    )


def _year(g, lang, ref):
    y = int(g["year"])
    cal = calendar_of(g.get("marker"), y, lang)
    if y < 100:  # "سال ۹۸", "در سال ۹۸": a Persian year of this century's short form
        if lang != "fa" or _fold("سال") not in {_fold(g["cue"]), _fold(g.get("yw") or "")}:
            return None
        cal = JALALI
    y = full_year(y, cal)
    if y < 100 or (cal == GREGORIAN and not 1900 <= y <= 2100):
        return None
    first, last = year_span(JALALI if y < 1500 and cal != HIJRI else cal, y)
    cal = JALALI if y < 1500 and cal != HIJRI else cal
    return span_of(first, last, "year", cal, False)


def _day_word(g, lang, ref):
    if ref is None:
        return Resolved(None, "day", GREGORIAN, True, None)
    offset = folded_table(W.DAY_WORDS)[re.sub(r"\s+", " ", g["word"])]
    return point(ref + timedelta(days=offset), GREGORIAN, True)


WEEKDAY_SLIP_DAYS = 1  # how far a written weekday may stand from its day word and still win


def _day_and_weekday(g, lang, ref):
    """A day word and the weekday written after it («أمس الأحد»): the day both name; when the
    weekday is a day off (a text printed the day after it was written: «اليوم السبت» on a
    Sunday) the weekday's day, the one nearest the day word; farther off, no day."""
    found = _day_word(g, lang, ref)
    if ref is None:
        return found
    word_day = date.fromisoformat(found.value)
    named = folded_table(W.WEEKDAYS)[re.sub(r"\s+", " ", g["wd"])]
    slip = (named - word_day.weekday() + 3) % 7 - 3  # the named weekday nearest the word: -3…+3
    if abs(slip) > WEEKDAY_SLIP_DAYS:
        return Resolved(None, "day", GREGORIAN, True, None)
    return point(word_day + timedelta(days=slip), GREGORIAN, True)


def _weekday(g, lang, ref):
    if ref is None:
        return Resolved(None, "day", GREGORIAN, True, None)
    wd = folded_table(W.WEEKDAYS)[re.sub(r"\s+", " ", g["wd"])]
    sense = direction(g.get("mod"))
    if sense == 0 and g.get("future"):  # "سيناقش … يوم الثلاثاء": this coming Tuesday, or today
        return point(ref + timedelta(days=(wd - ref.weekday()) % 7), GREGORIAN, True)
    delta = (wd - ref.weekday()) % 7 if sense > 0 else -((ref.weekday() - wd) % 7)
    if sense > 0 and delta == 0:
        delta = 7
    return point(ref + timedelta(days=delta), GREGORIAN, True)


def _month_alone(g, lang, ref):
    """A month named without a year: the last one begun by the reference day, or the next one
    not yet over when the clause speaks of the future."""
    month_cal, month = _month_of(g["month"])
    if found := month_of_line(g, month_cal, month):  # «2005: … بنهاية شهر مارس»
        return found
    if ref is None:
        return Resolved(None, "month", month_cal, True, None)
    y = current_year(month_cal, ref)
    spans = [month_span(month_cal, year, month) for year in (y - 1, y, y + 1)]
    if g.get("future"):
        first, last = next(sp for sp in spans if sp[1] >= ref)
    else:
        first, last = [sp for sp in spans if sp[0] <= ref][-1]
    return span_of(first, last, "month", month_cal, True)


def _coming_days(g, lang, ref):
    if ref is None:
        return Resolved(None, "day", GREGORIAN, True, None)
    return Resolved(ref.isoformat(), "day", GREGORIAN, True, (ref, ref + timedelta(days=7)))


def _month_mid(g, lang, ref):
    if ref is None:
        return Resolved(None, "month", GREGORIAN, True, None)
    month_cal, month = _month_of(g["month"])
    middle = nearest_day(month_cal, month, 15, ref, 0)
    first, last = month_span(month_cal, current_year(month_cal, middle), month)
    return _edge(first, last, g["edge"], "month", month_cal, True)


def _month_numeric(g, lang, ref):
    y, m = int(g["y"]), int(g["m"])
    cal = calendar_of(None, y, lang)
    first, last = month_span(cal, y, m)
    return span_of(first, last, "month", cal, False)


def _ago(g, lang, ref):
    if ref is None:
        return Resolved(None, "day", GREGORIAN, True, None)
    units = folded_table(W.AGO_UNITS)
    unit = units[_fold(g.get("unit") or g.get("unit2"))]
    count = {"یک": 1, "دو": 2, "سه": 3}.get(g.get("n") or "")
    count = count or (int(g["n"]) if g.get("n") else 1)
    return point(ref - timedelta(days=unit * count), GREGORIAN, True)


RESOLVERS = {
    "ymd": _numeric,
    "dmy": _numeric,
    "day_month": _day_month,
    "month_day": _day_month,
    "month_year": _month_year,
    "month_current": _month_current,
    "coming_days": _coming_days,
    "period": _period,
    "period_en": _period,
    "year": _year,
    "line_year": _year,
    "day_word": _day_word,
    "weekday": _weekday,
    "month_mid": _month_mid,
    "month_alone": _month_alone,
    "year_edge": _year_edge,
    "day_weekday": _day_and_weekday,
    "my": _month_numeric,
    "ago": _ago,
    "season": _season,
    "period_this": _period,
}


AMBIGUOUS = {_fold(w) for w in M.JALALI_AMBIGUOUS | M.ARABIC_AMBIGUOUS}


def find_dates(text: str, lang: str, reference: date | None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `reference` where it is relative."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    folded = fold_same_length(text)
    relations = folded_words(W.RELATION_PREPOSITIONS)
    years_of_lines = line_years(folded)
    for kind, m, start, end in free_matches(folded, patterns(), taken):
        groups = m.groupdict()
        if kind in YEARLESS_KINDS and not groups.get("year") and not groups.get("short"):
            groups["line_year"] = year_of_line(folded, start, years_of_lines)  # type: ignore[assignment]
        if kind == "line_year":
            start = m.start("year")  # the bullet is not part of the date
        if kind == "year" and _fold(groups["cue"]) in {"در", "از", "in", "فی"}:
            start = m.start("year")  # the preposition is not part of the date
        if kind == "weekday" and len(groups["wd"]) < 4 and groups["wd"] in AMBIGUOUS:
            continue
        if kind == "weekday" and not_a_weekday(folded, m.start(), groups["wd"], lang):
            continue
        if kind == "weekday" and groups.get("mod") and groups["mod"] in relations:
            groups["mod"], end = None, m.end("wd")  # "الإثنين بعد موجة بيع": after, not next
        if kind == "month_alone":
            called = groups["noun"] or groups["after"] or groups["also"].strip()
            if not called and groups["month"].lower() in AMBIGUOUS:
                continue  # "in may", «در دی»: a month only when called one
            start = m.start("noun") if groups["noun"] else m.start("month")
        if (
            kind == "period"
            and direction(groups.get("mod"))
            and counted_from_elsewhere(folded, m, start)
        ):
            groups["elsewhere"] = True  # type: ignore[assignment]
        if kind in ("day_word", "day_weekday") and names_an_outlet(folded, start, end):
            continue
        if kind in ("day_month", "month_day"):
            if not_a_day_of_a_year(folded, m, lang):
                continue
            if groups.get("mod") and groups["mod"] in relations:  # "26 اكتوبر قبل أربعة أشهر"
                groups["mod"], groups["ymod"] = None, None
                end = len(folded[: m.start("mod")].rstrip())
            if groups.get("short") and not short_year_fits(folded, m, reference):
                groups["short"], end = None, m.start("short")
                end = len(folded[:end].rstrip())
            groups["tense"] = sentence_tense(folded, start, end)  # type: ignore[assignment]
        if kind in ("weekday", "month_alone"):
            groups["future"] = future_clause(folded, start) or (  # type: ignore[assignment]
                kind == "weekday" and lang == "ar" and present_lead(folded, start)
            )
        resolved = resolve(kind, groups, lang, reference)
        if resolved is None:
            continue
        taken.append((start, end))
        found += [mention(text, s, e, resolved) for s, e in day_spans(kind, m, folded, start, end)]
    return either_day(sorted(found, key=lambda d: d["start"]), folded)


YEARLESS_KINDS = ("day_month", "month_day", "month_alone")
OTHER_YEAR = re.compile(r"\d{4}")


def line_years(folded: str) -> dict[int, tuple[int, str]]:
    """Line start → (end of the opening year, the year) of every chronology line that opens
    with a Gregorian year ("2004: A major quake …", «2008- تسعة قتلى …»)."""
    pattern = next(p for kind, p in patterns() if kind == "line_year")
    found = {}
    for m in pattern.finditer(folded):
        if 1900 <= int(m.group("year")) <= 2100:
            found[folded.rfind("\n", 0, m.start("year")) + 1] = (m.end("year"), m.group("year"))
    return found


def year_of_line(folded: str, start: int, years: dict[int, tuple[int, str]]) -> str | None:
    """The year a chronology line opens with, for a date written without a year after it on
    that line («2004: … في يوم 26 ديسمبر», "2004: … on Dec. 26"): the line's year is the
    date's, not the one nearest publication (round timeline70)."""
    opening = years.get(folded.rfind("\n", 0, start) + 1)
    if not opening or start < opening[0] or OTHER_YEAR.search(folded, opening[0], start):
        return None  # another year between («1948- … 1950- … في فبراير»): whose is unclear
    return opening[1]


def day_spans(
    kind: str, m: re.Match[str], folded: str, start: int, end: int
) -> list[tuple[int, int]]:
    """The spans a match is reported as: a bracketed weekday after its day word («اليوم
    (الثلاثاء)») stays a mention of its own, as it was before the two were read together, both
    carrying the day they agree on."""
    if kind == "day_weekday" and "(" in folded[m.end("word") : m.start("wd")]:
        return [(start, m.end("word")), (m.start("wd"), end)]
    return [(start, end)]


OR_BETWEEN = re.compile(rf"^\s*[،,]?\s*(?:{alternatives(W.OR_WORDS)})\s*$", re.I)


def either_day(found: list[DateMention], folded: str) -> list[DateMention]:
    """Two days joined by "or" ("يوم الإثنين أو الثلاثاء", "Monday or Tuesday") name no one day:
    each keeps its value, and both windows cover both days."""
    for a, b in zip(found, found[1:], strict=False):
        if (
            a["precision"] == b["precision"] == "day"
            and a["window"]
            and b["window"]
            and OR_BETWEEN.match(folded[a["end"] : b["start"]])
        ):
            span = [min(a["window"][0], b["window"][0]), max(a["window"][1], b["window"][1])]
            a["window"], b["window"] = list(span), list(span)
    return found


@cache
def future_words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """(cue words, future verb prefixes, look-alike stems), folded."""
    cues = re.compile(rf"{B}(?:{alternatives(W.FUTURE_CUES)}){E}", re.I)
    verbs = re.compile(rf"{B}(?:{alternatives(W.FUTURE_VERB_PREFIXES)})\w{{3,}}")
    return cues, verbs, folded_words(W.NOT_FUTURE_VERBS)


@cache
def count_before() -> re.Pattern[str]:
    """A count above one ending where a match starts: up to three digits or a count word
    (`times.COUNT_WORDS`); one («یک سال پیش») is the last or next one itself."""
    words = [w for w, n in T.COUNT_WORDS.items() if n != 1]
    return re.compile(rf"(?:(?<!\d)(?!1\s)\d{{1,3}}|{B}(?:{alternatives(words)}))\s+$", re.I)


def counted_before(folded: str, start: int) -> bool:
    """Whether a count stands before a relative week, month or year («در 6 هفته گذشته», «چند سال
    گذشته», «پنج سال آینده»): the past or next N of them, a stretch up to or from publication,
    not last or next week (round dates56; dates_dev56, and all 21 such dates in 2,188 unused
    corpus articles were wrong)."""
    return bool(count_before().search(folded[max(0, start - 20) : start]))


def before_what_pattern() -> str:
    """The words after "before" that name what it counts from («من الانتخابات», «از اعلام»),
    not now («من الآن»): `date_words.BEFORE_WHAT`, `NOT_WHAT_WORDS`."""
    return rf"(?:{alternatives(W.BEFORE_WHAT)}){E}(?!\s+(?:{alternatives(W.NOT_WHAT_WORDS)}){E})"


@cache
def what_follows() -> re.Pattern[str]:
    """`before_what_pattern` at the start of the text after a match."""
    return re.compile(rf"\s+{before_what_pattern()}", re.I)


def counted_from_elsewhere(folded: str, m: re.Match[str], start: int) -> bool:
    """Whether a past or coming week, month or year counts from another time than publication:
    a count before it («در 6 هفته گذشته») or what "before" names after it («هفته قبل از اعلام»)."""
    return counted_before(folded, start) or before_what(folded, m)


def before_what(folded: str, m: re.Match[str]) -> bool:
    """Whether a week or month "before" counts from what follows it («هفته قبل از اعلام موضع»,
    "the week before the announcement"), not from publication."""
    mod = m.groupdict().get("mod")
    return (
        bool(mod)
        and _fold(mod) in folded_words(W.RELATION_PREPOSITIONS)
        and bool(what_follows().match(folded, m.end()))
    )


FUTURE_REACH_CHARS = 80  # how far before a weekday or month its clause's future cue may stand


def future_clause(folded: str, start: int) -> bool:
    """Whether the clause before `start` speaks of the future (a cue word or a future verb)."""
    s = max(sentence_around(folded, start, start, CLAUSE_MARKS)[0], start - FUTURE_REACH_CHARS)
    return speaks_of_future(folded[s:start])


def speaks_of_future(words: str) -> bool:
    """Whether folded text holds a future cue word or an Arabic future verb."""
    cues, verbs, look_alikes = future_words()
    if cues.search(words):
        return True
    return any(
        not v.group().lstrip("و").startswith(tuple(look_alikes)) for v in verbs.finditer(words)
    )


@cache
def tense_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(Persian present verbs and words that tell a coming day, past-tense cue words), folded."""
    present = re.compile(
        rf"{B}(?:{alternatives(W.PRESENT_FUTURE_VERBS_FA + W.FAR_FUTURE_CUES)}){E}", re.I
    )
    past = re.compile(rf"{B}(?:{alternatives(W.PAST_TENSE_CUES)}){E}", re.I)
    return present, past


TENSE_REACH_CHARS = 250  # how far either side of a day+month its sentence's verbs are read


def sentence_tense(folded: str, start: int, end: int) -> int:
    """+1 when the sentence around a span speaks of the future, -1 of the past, else 0."""
    s, e = sentence_around(folded, start, end)
    sentence = folded[max(s, start - TENSE_REACH_CHARS) : min(e, end + TENSE_REACH_CHARS)]
    present, past = tense_words()
    if speaks_of_future(sentence) or present.search(sentence):
        return 1
    return -1 if past.search(sentence) else 0


def not_a_day_of_a_year(folded: str, m: re.Match[str], lang: str) -> bool:
    """A day+month match that names no day of one year: after a noun that makes it a name or
    a period («ثورة 23 يوليو», «نیمه دوم آبان»), a score with «صفر» (zero, also a month:
    «1- صفر», «صفر/ 1»), or an Arabic text's Persian month that is also a word («7 دي»)."""
    before = folded[max(0, m.start() - 20) : m.start()].split()
    if before and before[-1].strip('«"“(') in folded_words(W.NAMED_DAY_NOUNS):
        return True
    month = re.sub(r"\s+", " ", m.group("month"))
    if month in folded_words(W.MONTHS_ALSO_NUMBERS):
        gap = folded[m.end("day") : m.start("month")]
        if "-" in gap or re.match(r"\s*[/-]\s*\d", folded[m.end("month") :]):
            return True
    if lang == "ar" and not m.group("year") and month in AMBIGUOUS:
        return _month_of(month)[0] == JALALI
    return False


def short_year_fits(folded: str, m: re.Match[str], reference: date | None) -> bool:
    """Whether a two-digit number after a Jalali month is its year: a Persian month, no
    counted noun after it, and at most SHORT_YEAR_REACH years before publication."""
    if _month_of(re.sub(r"\s+", " ", m.group("month")))[0] != JALALI or reference is None:
        return False
    after = folded[m.end("short") :].split()[:1]
    if after and after[0] in folded_words(W.COUNTED_AFTER_SHORT_YEAR):
        return False
    year = full_year(int(m.group("short")), JALALI)
    return 0 <= current_year(JALALI, reference) - year <= W.SHORT_YEAR_REACH


def not_a_weekday(folded: str, start: int, word: str, lang: str) -> bool:
    """An Arabic weekday name that names no day: without its article or «يوم» («جمعة» is also
    a surname, «أحد» "one"), or a prayer's name («صلاة الجمعة»)."""
    if lang != "ar":
        return False
    if not word.startswith("ال") and not folded[start:].startswith(("یوم", "يوم")):
        return True
    before = folded[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lstrip("وفبل") in folded_words(W.PRAYER_WORDS)


PRESENT_LEAD_WORDS = 6  # how near the opening present-tense verb a bare weekday must stand


def present_lead(folded: str, start: int) -> bool:
    """Whether a bare weekday belongs to an Arabic sentence opening on a present-tense verb
    ("يكشف الرئيس باراك أوباما الاثنين خطة": news tells what is done today or coming in the
    present tense, what was done in the past tense), within a few words and with no «أن» (a
    reported clause with its own verb) between."""
    s = sentence_around(folded, start, start, CLAUSE_MARKS)[0]
    words = folded[s:start].split()
    if not words or len(words) > PRESENT_LEAD_WORDS:
        return False
    first = words[0].strip('«"“(').removeprefix("و")
    that = folded_words(W.THAT_WORDS)
    return (
        bool(re.fullmatch(r"[يی]\w{3,}", first))
        and first not in folded_words(W.NOT_PRESENT_VERBS)
        and not any(w in that for w in words[1:])
    )


def names_an_outlet(folded: str, start: int, end: int) -> bool:
    """«اليوم» in a name, not "today": after an outlet word ("عين اليوم", "مراسل اليوم"), in
    quotes or brackets alone («اليوم», "علمت (اليوم) أن": the newspaper Al-Yaum), or opening a
    line as a credit ("اليوم - عدن")."""
    before = folded[max(0, start - 20) : start]
    words = before.split()
    if words and words[-1].strip('«"“(') in folded_words(W.NAME_BEFORE_TODAY):
        return True
    if (
        folded[end : end + 1] == ")"
        and before.rstrip().endswith("(")
        and TODAY_WORD() == folded[start:end]
    ):
        return True  # "علمت (اليوم) أن": the newspaper; "(أمس)" after a quote's "today" is a day
    if before.rstrip().endswith(("«", '"', "“")) and folded[end : end + 1] in (
        "»",
        '"',
        "”",
        ")",
    ):
        return True
    line_start = before.rfind("\n") + 1 if "\n" in before else (0 if start < 20 else -1)
    return (
        line_start >= 0
        and not before[line_start:].strip()
        and bool(re.match(r"\s*[-–—]\s*\w", folded[end : end + 20]))
    )


@cache
def TODAY_WORD() -> str:  # noqa: N802 - a constant built on first use
    return _fold("اليوم")


def free_matches(
    folded: str, kinds: Iterable[tuple[str, re.Pattern[str]]], taken: list[tuple[int, int]]
) -> Iterator[tuple[str, re.Match[str], int, int]]:
    """(kind, match, start, end) of every pattern's matches in order, trailing blanks trimmed,
    skipping those that overlap a span in `taken` (which the caller extends as it accepts)."""
    for kind, pattern in kinds:
        for m in pattern.finditer(folded):
            start, end = m.span()
            while end > start and folded[end - 1].isspace():
                end -= 1
            if not any(s < end and start < e for s, e in taken):
                yield kind, m, start, end


def mention(text: str, start: int, end: int, r: Resolved) -> DateMention:
    return {
        "type": "date",
        "start": start,
        "end": end,
        "text": text[start:end],
        "value": r.value,
        "precision": r.precision,
        "calendar": r.calendar,
        "relative": r.relative,
        "window": [r.window[0].isoformat(), r.window[1].isoformat()] if r.window else None,
    }


def reference_day(doc: Document) -> date | None:
    """The publication day relative expressions resolve against (its value, or window start)."""
    if not doc.published:
        return None
    value = doc.published["value"]
    try:
        return (
            date.fromisoformat(value)
            if len(value) == 10
            else date.fromisoformat(doc.published["window"][0])
        )
    except ValueError:
        return None


def widen(found: list[DateMention], doc: Document) -> list[DateMention]:
    """Relative dates inherit the uncertainty of an inferred publication date: their window
    stretches by as many days as the publication window is wide."""
    if not doc.published or doc.published["source"] != "inferred":
        return found
    first, last = (date.fromisoformat(d) for d in doc.published["window"])
    slack = timedelta(days=(last - first).days)
    for d in found:
        if d["relative"] and d["window"]:
            d["window"][1] = (date.fromisoformat(d["window"][1]) + slack).isoformat()
    return found


# Times of day and durations. They are spans of their own kind beside the dates: a time takes
# the day of a dated expression in its sentence (or none), a duration carries an ISO 8601 length
# ("P3D", "PT48H") and no date, so neither adds a point to a timeline.

DATE_DESIGNATORS = {"D", "W", "M", "Y"}


@cache
def time_patterns() -> list[tuple[str, re.Pattern]]:
    """(kind, compiled pattern) for durations and clock times, in priority order."""
    count = rf"(?P<count>\d{{1,4}}|{alternatives(T.COUNT_WORDS)})"
    unit = rf"(?P<unit>{alternatives(T.DURATION_UNITS)})"
    dual = alternatives(k for k, (_, n) in T.DURATION_UNITS.items() if n)
    not_ago = rf"(?!\s+(?:{alternatives(T.AGO_AFTER)}){E})"
    minute_unit = alternatives(T.MINUTE_UNITS)
    minutes = (
        rf"(?:\s*و\s*(?:(?P<min>\d{{1,2}})|(?P<minword>{alternatives(T.MINUTE_WORDS)}))"
        rf"(?:\s*(?:{minute_unit}))?{E})?"
    )
    part = rf"(?:\s+(?:(?:{alternatives(T.DAY_PART_LINKS)})\s+)?(?P<part>{alternatives(T.DAY_PARTS)}){E})"
    hour = r"(?:(?P<hhmm>\d{4})|(?P<hour>\d{1,2})(?:\s*[:.،]\s*(?P<minute>\d{2}))?)(?!\d)"
    zone = rf"(?:\s*(?P<zone>{alternatives(T.TIME_ZONES)}){E})"
    # a zone after a time whose span ends before it («الساعة 14:45 بالتوقيت المحلي»): read
    # for the time's mention, left out of its span
    zone_after = rf"(?:(?={zone}))?"
    # "الساعة الثالثة و9 دقائق", "الثالثة و9 دقائق": minutes with their unit make a clock
    # time, read before durations take the "9 دقائق" in it
    minutes_told = (
        rf"\s*و\s*(?:(?P<min>\d{{1,2}})|(?P<minword>{alternatives(T.MINUTE_WORDS)}))"
        rf"\s*(?:{minute_unit}){E}"
    )
    return [
        (
            "clock_minutes",
            re.compile(
                rf"{BC}(?:(?:{alternatives(T.CLOCK_WORDS)})\s+(?P<hourword>{alternatives(T.HOUR_WORDS)})"
                rf"|(?P<arhour>{alternatives(T.ARABIC_HOUR_WORDS)})){minutes_told}{part}?{zone}?",
                re.I,
            ),
        ),
        (
            "duration",
            re.compile(
                rf"{BC}(?:{count}\s+)?{unit}(?:\s*و\s*(?P<min>\d{{1,2}})\s*(?:{minute_unit}))?{E}{not_ago}",
                re.I,
            ),
        ),
        ("dual", re.compile(rf"{BC}(?P<unit>{dual}){E}{not_ago}")),
        (
            "clock",
            re.compile(
                rf"{BC}(?:{alternatives(T.CLOCK_WORDS)})\s*:?\s*(?:{hour}|(?P<hourword>{alternatives(T.HOUR_WORDS)}){E})"
                rf"{minutes}{part}?{zone_after}",
                re.I,
            ),
        ),
        (
            "hour_part",
            re.compile(
                rf"{BC}(?:{hour}|(?P<hourword>{alternatives(T.ARABIC_HOUR_WORDS)}))(?:\s*{minutes}){part}{zone_after}",
                re.I,
            ),
        ),
        # "02:30 BST", "20:15 GMT": a bare hour and minutes read as a time when a zone follows
        (
            "zoned",
            re.compile(rf"{B}(?P<hour>\d{{1,2}})\s*:\s*(?P<minute>\d{{2}})(?!\d){zone}", re.I),
        ),
    ]


def iso_duration(count: int | None, unit: str, minutes: int | None = None) -> str:
    """ "P3D", "PT48H", "PT1H26M"; "PXD" when the count is vague ("بضعة أيام", "چند روز")."""
    n = "X" if count is None else str(count)
    if unit in DATE_DESIGNATORS:
        return f"P{n}{unit}"
    if unit == "H":
        return f"PT{n}H" + (f"{minutes}M" if minutes else "")
    return f"PT{n}{'M' if unit == 'MIN' else 'S'}"


def duration_value(kind: str, g: dict[str, str | None]) -> str | None:
    """The ISO 8601 length of a duration match (None when the count word is not a count)."""
    unit, carried = folded_table(T.DURATION_UNITS)[re.sub(r"\s+", " ", g["unit"])]
    if kind == "dual":
        return iso_duration(carried, unit)
    raw = g.get("count")
    if raw is None:
        if carried is None and not g.get("min"):
            return None  # a bare singular unit ("يوم", "سال") is a word, not a duration
        count: int | None = carried or 1
    else:
        count = int(raw) if raw.isdigit() else folded_table(T.COUNT_WORDS)[raw]
    minutes = int(g["min"]) if g.get("min") else None
    return iso_duration(count, unit, minutes)


def clock_value(g: dict[str, str | None]) -> str | None:
    """ "HH:MM" of a clock match in 24-hour time (None when it is not a possible time)."""
    if g.get("hhmm"):
        hour, minute = int(g["hhmm"][:2]), int(g["hhmm"][2:])
    elif g.get("hour"):
        hour, minute = int(g["hour"]), int(g["minute"] or 0)
    else:
        word = g.get("hourword") or g["arhour"]
        hour, minute = folded_table(T.HOUR_WORDS)[re.sub(r"\s+", " ", word)], 0
    if g.get("min"):
        minute = int(g["min"])
    elif g.get("minword"):
        minute = folded_table(T.MINUTE_WORDS)[g["minword"]]
    if g.get("part"):
        hour = on_clock(hour, folded_table(T.DAY_PARTS)[re.sub(r"\s+", " ", g["part"])])
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return f"{hour:02d}:{minute:02d}"


def on_clock(hour: int, part: str) -> int:
    """A 12-hour reading moved by its part of the day (see DAY_PARTS)."""
    if part == "am":
        return 0 if hour == 12 else hour
    if part == "pm" or (part == "noon" and 1 <= hour <= 5) or (part == "night" and hour >= 6):
        return hour + 12 if hour < 12 else hour
    return hour


def day_of_sentence(
    text: str, start: int, end: int, dates: list[DateMention]
) -> DateMention | None:
    """The dated day-precision expression nearest to a time in the same sentence, if any."""
    s, e = sentence_around(text, start, end, CLAUSE_MARKS)
    days = [
        d
        for d in dates
        if s <= d["start"] and d["end"] <= e and d["value"] and d["precision"] == "day"
    ]
    return min(days, key=lambda d: min(abs(d["start"] - end), abs(start - d["end"])), default=None)


@dataclass(frozen=True)
class Zone:
    """A written time zone as read: the clock it keeps (`times.TIME_ZONES`: a UTC offset, an
    IANA zone or None) and the name it is recorded by when its offset is not known."""

    name: str
    clock: str | None


@cache
def zone_readings() -> dict[str, Zone]:
    """A time zone as matched (folded, white space and case evened) → its `Zone`: a name with a
    clock is recorded by the first name listed with that clock, so that one zone written two
    ways is one zone («بتوقيت  مكه», "gmt", «بتوقيت مكة المكرمة»)."""
    first_named: dict[str, str] = {}
    for name, clock in T.TIME_ZONES.items():
        if clock:
            first_named.setdefault(clock, name)
    return {
        zone_key(name): Zone(first_named[clock] if clock else name, clock)
        for name, clock in T.TIME_ZONES.items()
    }


def zone_key(written: str) -> str:
    """The form a written time zone is looked up by in `zone_readings`."""
    return re.sub(r"\s+", " ", _fold(written)).casefold()


def time_mention(
    text: str, start: int, end: int, clock: str, day: DateMention | None, zone: Zone | None = None
) -> DateMention:
    """A time of day; it carries the day it attaches to as its value (or no value), and the
    zone written after it, when one is, by its UTC offset where known (the time itself is not
    converted: "14:00 BST" stays 14:00, zone "UTC+01:00")."""
    made: DateMention = {
        "type": "time",
        "start": start,
        "end": end,
        "text": text[start:end],
        "value": day["value"] if day else None,
        "precision": "day",  # the export schema knows day/month/year; "type" says what this is
        "calendar": day["calendar"] if day else GREGORIAN,
        "relative": day["relative"] if day else False,
        "window": list(day["window"]) if day and day["window"] else None,
        "time": clock,
    }
    if zone:
        made["zone"] = clock_zone(zone, clock, made["value"])
    return made


FIXED_YEARS = range(2000, 2031)  # years whose clocks a zone without a day must all agree on


def clock_zone(zone: Zone, clock: str, day: str | None) -> str:
    """How a time's zone is recorded: by its UTC offset at that time ("UTC+01:00") when the
    zone's clock is known and, for a zone with summer time, the day is; else by its name. One
    offset is one clock, whatever the zone is called."""
    offset = zone_offset(zone.clock, clock, day)
    return f"UTC{offset}" if offset else zone.name


def zone_offset(kept: str | None, clock: str, day: str | None) -> str | None:
    """The UTC offset ("+03:00") of a zone's clock (a fixed offset or an IANA zone) at `clock`
    on `day`, or None when not known."""
    if kept is None or kept[0] in "+-":
        return kept
    try:
        tz = ZoneInfo(kept)
    except ZoneInfoNotFoundError:  # no tz database on this machine: the name is kept
        return None
    if day is None:
        return steady_offset(kept)
    moment = datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tz)
    return offset_text(moment.utcoffset())


@cache
def steady_offset(name: str) -> str | None:
    """The offset of an IANA zone that kept one clock all year in every year of FIXED_YEARS
    (Riyadh), so that a time without a day has it; None for a zone with summer time."""
    tz = ZoneInfo(name)
    offsets = {datetime(y, m, 1, 12, tzinfo=tz).utcoffset() for y in FIXED_YEARS for m in (1, 7)}
    return offset_text(offsets.pop()) if len(offsets) == 1 else None


def offset_text(offset: timedelta | None) -> str | None:
    """ "+03:30" for three and a half hours east of UTC."""
    if offset is None:
        return None
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def duration_mention(text: str, start: int, end: int, length: str) -> DateMention:
    """A length of time: no date, so no timeline point."""
    return {
        "type": "duration",
        "start": start,
        "end": end,
        "text": text[start:end],
        "value": None,
        "precision": "day",  # no value, as for a relative date without a reference day
        "calendar": GREGORIAN,
        "relative": False,
        "window": None,
        "duration": length,
    }


def find_times(text: str, lang: str, dates: list[DateMention]) -> list[DateMention]:
    """Durations and clock times in `text` outside the given date spans; times take the day
    of a date in their sentence."""
    taken = [(d["start"], d["end"]) for d in dates]
    found: list[DateMention] = []
    for kind, m, start, end in free_matches(fold_same_length(text), time_patterns(), taken):
        groups = m.groupdict()
        try:
            if kind in ("duration", "dual"):
                length = duration_value(kind, groups)
                made = duration_mention(text, start, end, length) if length else None
            else:
                clock = clock_value(groups)
                day = day_of_sentence(text, start, end, dates)
                zone = zone_readings().get(zone_key(groups.get("zone") or ""))
                made = time_mention(text, start, end, clock, day, zone) if clock else None
        except KeyError:
            made = None
        if made is None:
            continue
        taken.append((start, end))
        found.append(made)
    return sorted(found, key=lambda d: d["start"])


def find_temporal(text: str, lang: str, reference: date | None) -> list[DateMention]:
    """Dates, times of day and durations in `text`, in text order."""
    dates = find_dates(text, lang, reference)
    return sorted(dates + find_times(text, lang, dates), key=lambda d: d["start"])


@stage(
    "dates",
    requires=["text", "lang", "published"],
    assigns=["dates"],
    help="date expressions in three calendars, relative ones resolved against publication",
    languages=ANALYSED_LANGUAGES,
)
def make_dates(settings: Settings):
    patterns()
    time_patterns()
    zone_readings()

    def dates(doc: Document) -> Document:
        doc.dates = widen(find_temporal(doc.text, doc.lang, reference_day(doc)), doc)
        return doc

    return dates
