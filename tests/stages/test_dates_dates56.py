"""Round dates56: a weekday a day off its day word is the day meant (a text printed the day
after it was written), one farther off gives no day."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.stages.dates import find_temporal


def days(text: str, lang: str, ref: date) -> list[tuple[str, str | None]]:
    found = find_temporal(text, lang, ref)
    return [(d["text"], d["value"]) for d in found if d.get("type", "date") == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        # «اليوم السبت» printed on Sunday: Saturday (was no day)
        (
            "خسر الفريق أمام مضيفه في مباراة ودية اليوم السبت",
            "ar",
            date(2015, 8, 2),
            [("اليوم السبت", "2015-08-01")],
        ),
        # «أمس (السبت)» printed on Monday: Saturday, both mentions (were no day)
        (
            "افتتح الدوري موسمه أمس (السبت)",
            "ar",
            date(2015, 8, 3),
            [("أمس", "2015-08-01"), ("السبت", "2015-08-01")],
        ),
        # «غدا الأحد» printed on Sunday: that Sunday, not Monday
        (
            "ويلتقي الفريق منافسه غدا الأحد على ملعبه",
            "ar",
            date(2015, 8, 2),
            [("غدا الأحد", "2015-08-02")],
        ),
        # «امروز شنبه» printed on Sunday
        (
            "این نشست امروز شنبه در تهران برگزار شد",
            "fa",
            date(2015, 8, 2),
            [("امروز شنبه", "2015-08-01")],
        ),
    ],
)
def test_a_weekday_a_day_off_its_day_word_is_the_day_meant(text, lang, published, expected):
    assert days(text, lang, published) == expected


def test_a_weekday_that_agrees_keeps_the_day_and_one_far_off_gives_none():
    tuesday = date(2015, 8, 4)
    assert days("أعلن الائتلاف يوم أمس الاثنين إعادة انتخاب هيئته", "ar", tuesday) == [
        ("أمس الاثنين", "2015-08-03")
    ]
    assert days("أعلن الائتلاف يوم أمس الجمعة إعادة انتخاب هيئته", "ar", tuesday) == [
        ("أمس الجمعة", None)
    ]
