"""Publication date: from metadata, else a dateline, else inferred from what the text says.

Inference: absolute dates the article mentions give a lower bound (it was written after the
latest of them); "today is <weekday>" and "<month> of this month" cues filter the days after
that bound. The result carries its window, so uncertainty travels on to every relative date
resolved against it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

import jdatetime

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.lang import date_words as W
from rasad.model import Document, Published
from rasad.pipeline import stage
from rasad.stages.dates import find_dates, month_table
from rasad.text.normalize import fold_same_length

DATELINE_CHARS = 300
DATELINE_OPENING = 60  # a date this close to a paragraph's start is a dateline
DATELINE_WORDS = 8  # or a date on a line this short
INFERENCE_SPAN_DAYS = 2 * 366
_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
DEADLINE_CUES = {
    fold_same_length(w) for w in ("بحلول", "حتى", "لغاية", "قبل", "تا", "by", "until", "before")
}
_CURRENT_YEAR = re.compile(
    r"(?:العام|عام|السنه|سال)\s+(?:الجاری|الحالی|جاری)\s+(?:میلادی\s+)?(\d{4})"
)


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


def from_dateline(text: str, lang: str) -> Published | None:
    """A full date near the top of the article ("بغداد 9 أغسطس 2021", "الأربعاء 2020/11/18")."""
    for d in find_dates(text[:DATELINE_CHARS], lang, None):
        if d["value"] and not d["relative"] and d["precision"] == "day" and at_dateline(text, d):
            day = date.fromisoformat(d["value"])
            return published(day, "day", (day, day), "dateline")
    return None


def at_dateline(text: str, found: dict) -> bool:
    """A date opens a paragraph near the top ("بغداد 9 أغسطس 2021 (شينخوا)") or stands on a
    short line."""
    line_start = text.rfind("\n", 0, found["start"]) + 1
    if found["start"] - line_start <= DATELINE_OPENING:
        return True
    line_end = text.find("\n", found["end"])
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line.split()) <= DATELINE_WORDS


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
    return cal == "gregorian" and day.month == month


def is_deadline(text: str, start: int) -> bool:
    """Whether the words just before a date make it a deadline ("بحلول", "تا", "by")."""
    before = fold_same_length(text[max(start - 14, 0) : start]).split()
    return bool(before) and before[-1] in DEADLINE_CUES


def current_year_stated(text: str) -> int | None:
    """A year the text calls "this year" ("العام الجاري 2021", "سال جاری ۱۴۰۰")."""
    m = _CURRENT_YEAR.search(fold_same_length(text))
    return int(m.group(1)) if m else None


def infer(text: str, lang: str, today: date) -> Published | None:
    """A window for an undated article from the dates and cues in its text."""
    absolute = [
        d
        for d in find_dates(text, lang, None)
        if d["value"] and not d["relative"] and not is_deadline(text, d["start"])
    ]
    if not absolute:
        return None
    lower = max(date.fromisoformat(d["window"][0]) for d in absolute)
    upper = min(lower + timedelta(days=INFERENCE_SPAN_DAYS), today)
    if upper < lower:
        upper = lower
    weekday, month = today_weekday(text), current_month(text)
    days = [lower + timedelta(days=i) for i in range((upper - lower).days + 1)]
    if weekday is not None:
        days = [d for d in days if d.weekday() == weekday]
    if month is not None:
        days = [d for d in days if in_month(d, *month)]
    if (year := current_year_stated(text)) is not None:
        days = [
            d for d in days if d.year == year or jdatetime.date.fromgregorian(date=d).year == year
        ]
    if not days:
        return None
    first, last = days[0], days[-1]
    precision = (
        "day"
        if first == last
        else "month"
        if (first.year, first.month) == (last.year, last.month)
        else "year"
    )
    return published(first, precision, (first, last), "inferred")


def infer_publication(
    text: str, lang: str, metadata_date: str | None, today: date | None = None
) -> Published | None:
    """Metadata first, then a dateline, then inference from the text."""
    return (
        from_metadata(metadata_date)
        or from_dateline(text, lang)
        or infer(text, lang, today or datetime.now().date())
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
