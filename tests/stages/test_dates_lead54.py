"""Session 54: a week starts on the day its readers' week starts (Sunday in Arabic news,
Saturday in Persian, Monday in English), and "last week" on a week's last day is no day."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.stages.dates import find_temporal, week_start

SATURDAY = date(2015, 8, 1)  # SaudiNewsNet's first day


def window(text: str, lang: str, ref: date) -> tuple[str, str] | None:
    (found,) = [d for d in find_temporal(text, lang, ref) if d.get("type", "date") == "date"]
    return (str(found["window"][0]), str(found["window"][1])) if found["value"] else None


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # «الأسبوع القادم» on a Saudi Saturday: the week from the next day (was a week later)
        (
            "وقال المتحدث إنه سيتم إعلان النتائج خلال الأسبوع القادم",
            "ar",
            SATURDAY,
            ("2015-08-02", "2015-08-08"),
        ),
        # «هذا الأسبوع» on a Saturday: the week ending that day (was the next one)
        (
            "وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما توفير غطاء جوي",
            "ar",
            SATURDAY,
            ("2015-07-26", "2015-08-01"),
        ),
        # an Iranian week runs Saturday to Friday
        ("این نشست هفته آینده برگزار می‌شود", "fa", date(2018, 1, 10), ("2018-01-13", "2018-01-19")),
        # an English news week runs Monday to Sunday
        ("The talks collapsed last week", "en", date(2015, 8, 4), ("2015-07-27", "2015-08-02")),
        # "last week" on a week's last day: the week now ending or the one before — no day
        ("وافتتح فرعا جديدا الأسبوع الماضي في المنطقة نفسها", "ar", SATURDAY, None),
        ("این طرح هفته گذشته تصویب شد", "fa", date(2018, 1, 12), None),
    ],
)
def test_weeks_as_their_readers_count_them(text, lang, ref, expected):
    assert window(text, lang, ref) == expected


def test_week_start_by_language():
    assert [week_start(SATURDAY, lang) for lang in ("ar", "fa", "en")] == [
        date(2015, 7, 26),
        date(2015, 8, 1),
        date(2015, 7, 27),
    ]
