"""Bare 13xx/14xx years in the calendar their language writes them in, and Persian months
written joined to «ماه» or to their day (round promises84), on real sentences."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.stages.dates import find_dates


def found(text: str, lang: str, ref: date) -> list[tuple[str, str | None, str]]:
    return [(d["text"], d["value"], d["calendar"]) for d in find_dates(text, lang, ref)]


def test_a_bare_arabic_year_is_hijri():
    """snn-2015-08-04-00814: a Saudi column's «حتى عام 1410» is the Hijri 1410 (1989-90), which
    the stage had read as the Solar Hijri 1410, 2031."""
    text = (
        "المفارقة أن السعوديين (حفظهم الله) كانوا يرفضون السكن في شقق العمائر، وظلت هذه "
        "العمائر بلا سكان حتى عام 1410 حين نزل بها الأشقاء الكويتيون أيام الأزمة."
    )
    assert found(text, "ar", date(2015, 8, 4)) == [("عام 1410", "1990", "hijri")]


def test_a_bare_persian_year_stays_solar_hijri():
    """fars-13991112000660: «در سال ۱۳۹۹» is 1399 of the Persian calendar."""
    text = (
        "در خصوص این جاده در ابتدا مبنای وزارت راه و شهرسازی بر این بود تا در سال ۱۳۹۹ معادل "
        "۳۳ میلیارد تومان در نطر گرفته شود"
    )
    assert ("۱۳۹۹", "2020", "jalali") in found(text, "fa", date(2021, 1, 31))


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (  # fars-13901108000932: the Asian race walk, read as «سال جاری» alone before
            "مسابقه پیاده روی قهرمانی آسیا در ماده 20 کیلومتر 21 اسفندماه سال جاری در شهر "
            '"نومی" ژاپن برگزار خواهد شد.',
            date(2012, 1, 28),
            ("21 اسفندماه سال جاری", "2012-03-11", "jalali"),
        ),
        (  # fars-8503220261: «روز 30خردادماه», day and month joined
            "در اين همايش كه با عنوان مسكن فردا -شهر فردا روز 30خردادماه در محل دائمي "
            "نمايشگاه هاي بين المللي تهران برگزار خواهد شد",
            date(2006, 6, 12),
            ("30خردادماه", "2006-06-20", "jalali"),
        ),
    ],
)
def test_a_month_joined_to_its_noun_or_its_day_is_read(text, ref, expected):
    assert expected in found(text, "fa", ref)
