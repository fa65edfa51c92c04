"""The pages' interface language and calendar: a gettext catalogue per language (Babel `.po`
files under `rasad/api/locales`, compiled in memory when the app starts), the reader's
choice (`?ui=` and `?cal=`, remembered in cookies), and dates shown in the reader's
calendar (Gregorian, Jalali or Hijri) with the stored value kept for the hover."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

UI_LANGS = ("en", "ar", "fa")
CALENDARS = ("gregorian", "jalali", "hijri")
DEFAULT_CALENDAR = {"en": "gregorian", "ar": "gregorian", "fa": "jalali"}
UI_COOKIE = "rasad_ui"
CAL_COOKIE = "rasad_cal"
# Babel locales for Gregorian month names; Arabic as written in Iraq and the Levant
BABEL_LOCALE = {"en": "en", "ar": "ar_IQ", "fa": "fa_IR"}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
JALALI_MONTHS = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
JALALI_MONTHS_EN = [
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
]


@cache
def translations(lang: str) -> NullTranslations:
    """The compiled catalogue of one interface language (English is the source text)."""
    if lang == "en":
        return NullTranslations()
    po = resources.files("rasad.api").joinpath(f"locales/{lang}/LC_MESSAGES/messages.po")
    with po.open("rb") as f:
        catalog = read_po(f, locale=lang)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


@dataclass(frozen=True)
class Reader:
    """Who reads a page: interface language, its direction, and calendar."""

    lang: str = "en"
    calendar: str = "gregorian"

    @property
    def dir(self) -> str:
        return "rtl" if self.lang in ("ar", "fa") else "ltr"

    def gettext(self, message: str, **values: Any) -> str:
        """`message` in the reader's language, `{name}` fields filled from `values`."""
        text = translations(self.lang).gettext(message)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: Any) -> str:
        text = translations(self.lang).ngettext(singular, plural, n)
        return text.format(n=self.number(n), **values)

    def number(self, n: int | float | str) -> str:
        """A count in the reader's digits."""
        text = f"{n:,}" if isinstance(n, int) else str(n)
        if self.lang == "fa":
            return text.replace(",", "٬").translate(PERSIAN_DIGITS)
        if self.lang == "ar":
            return text.replace(",", "٬").translate(ARABIC_DIGITS)
        return text

    def date(self, value: str | None) -> str:
        """A stored ISO date ("2020-01-05", "2020-01" or "2020") in the reader's calendar and
        language; what cannot be read is shown as it is."""
        if not value:
            return ""
        try:
            return in_calendar(value, self.calendar, self.lang)
        except (ValueError, IndexError, OverflowError):
            return value


def in_calendar(value: str, calendar: str, lang: str) -> str:
    """An ISO date, month or year in one calendar, in the words of `lang`. A Gregorian month
    or year spans two Jalali or Hijri ones: both are named ("Dey–Bahman 1398")."""
    parts = [int(p) for p in value[:10].split("-")]
    precision = len(parts)
    first = date(parts[0], parts[1] if precision > 1 else 1, parts[2] if precision > 2 else 1)
    last = first
    if precision < 3:
        month = parts[1] if precision > 1 else 12
        last = date(parts[0] + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    if calendar == "gregorian":
        pattern = {1: "y", 2: "LLLL y", 3: "d MMMM y"}[precision]
        text = format_date(first, pattern, locale=BABEL_LOCALE[lang])
    else:
        convert = jalali if calendar == "jalali" else hijri
        a, b = convert(first, lang), convert(last, lang)
        text = span(a, b, precision)
    if lang == "fa":
        return text.translate(PERSIAN_DIGITS)
    if lang == "ar" and calendar != "gregorian":
        return text.translate(ARABIC_DIGITS)
    return text


def span(a: tuple[int, str, int, str], b: tuple[int, str, int, str], precision: int) -> str:
    """(day, month name, year, era) at both ends of a day, month or year, written once
    where they agree."""
    era = f" {a[3]}" if a[3] else ""
    if precision == 3:
        return f"{a[0]} {a[1]} {a[2]}{era}"
    if precision == 1:
        return f"{a[2]}{era}" if a[2] == b[2] else f"{a[2]}–{b[2]}{era}"
    if a[1:3] == b[1:3]:
        return f"{a[1]} {a[2]}{era}"
    if a[2] == b[2]:
        return f"{a[1]}–{b[1]} {a[2]}{era}"
    return f"{a[1]} {a[2]} – {b[1]} {b[2]}{era}"


def jalali(day: date, lang: str) -> tuple[int, str, int, str]:
    """A day in the Solar Hijri (Jalali) calendar: day, month name, year, no era mark."""
    import jdatetime

    j = jdatetime.date.fromgregorian(date=day)
    months = JALALI_MONTHS_EN if lang == "en" else JALALI_MONTHS
    return j.day, months[j.month - 1], j.year, ""


def hijri(day: date, lang: str) -> tuple[int, str, int, str]:
    """A day in the Hijri (Umm al-Qura) calendar: day, month name, year, era mark."""
    from hijridate import Gregorian

    h = Gregorian(day.year, day.month, day.day).to_hijri()
    return (
        h.day,
        h.month_name("en" if lang == "en" else "ar"),
        h.year,
        "AH" if lang == "en" else "هـ",
    )


def reader_for(query: dict[str, str], cookies: dict[str, str]) -> Reader:
    """The reader's choice: `?ui=`/`?cal=` first, then the cookies, then English and the
    interface language's usual calendar."""
    lang = query.get("ui") or cookies.get(UI_COOKIE) or "en"
    lang = lang if lang in UI_LANGS else "en"
    calendar = query.get("cal") or cookies.get(CAL_COOKIE) or DEFAULT_CALENDAR[lang]
    if "ui" in query and "cal" not in query:
        calendar = DEFAULT_CALENDAR[lang]  # a new language brings its usual calendar
    return Reader(lang, calendar if calendar in CALENDARS else DEFAULT_CALENDAR[lang])
