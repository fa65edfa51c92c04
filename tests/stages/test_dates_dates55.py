"""Round dates55: «بعد غد» / «پس‌فردا» are read, a weekday after a day word must agree with it,
and a zoned time records its zone's UTC offset on its day (summer time from the tz database)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.stages.dates import find_temporal

TUESDAY = date(2015, 8, 4)


def days(text: str, lang: str, ref: date | None = TUESDAY) -> list[tuple[str, str | None]]:
    found = find_temporal(text, lang, ref)
    return [(d["text"], d["value"]) for d in found if d.get("type", "date") == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ومن المقرر إقامة مباراة الإياب بين الفريقين بعد غد في وارسو", "ar", "بعد غد"),
        ("وتنطلق البطولة بعد غدًا في الرياض", "ar", "بعد غدًا"),  # «غدًا» alone was tomorrow
        ("تقام احتفالات الافتتاح بعد الغد", "ar", "بعد الغد"),
        ("این مسابقات پس‌فردا در تهران برگزار می‌شود", "fa", "پس‌فردا"),
    ],
)
def test_the_day_after_tomorrow(text, lang, expected):
    assert days(text, lang) == [(expected, "2015-08-06")]


def test_a_weekday_after_a_day_word_that_agrees_keeps_the_day():
    text = "وصل الأمير إلى بورسعيد أمس الاثنين ويغادر اليوم (الثلاثاء) إلى الإسماعيلية"
    assert days(text, "ar") == [
        ("أمس الاثنين", "2015-08-03"),
        ("اليوم", "2015-08-04"),
        ("الثلاثاء", "2015-08-04"),
    ]
    assert days("يصل المهاجم إلى النمسا بعد غد (الخميس)", "ar") == [
        ("بعد غد", "2015-08-06"),
        ("الخميس", "2015-08-06"),  # was the last Thursday, 2015-07-30
    ]


def test_a_weekday_far_from_its_day_word_gives_no_day():
    # a weekday a day off its day word is the day meant (round dates56, test_dates_dates56.py);
    # farther off, the two cannot both be right and the stage gives no day
    sunday = date(2015, 8, 2)
    text = "اكتفى الجهاز الفني بحصة تدريبية خفيفة صباح اليوم الخميس"
    assert days(text, "ar", sunday) == [("اليوم الخميس", None)]


def zones(text: str, lang: str, ref: date | None) -> list[str | None]:
    return [d.get("zone") for d in find_temporal(text, lang, ref) if d.get("type") == "time"]


def test_london_time_is_gmt_in_winter_and_bst_in_summer():
    text = "تنطلق المباراة الساعة 20:00 بتوقيت لندن يوم {} على ملعب ويمبلي"
    assert zones(text.format("4 يوليو 2015"), "ar", TUESDAY) == ["UTC+01:00"]
    assert zones(text.format("4 يناير 2015"), "ar", TUESDAY) == ["UTC+00:00"]
    assert zones("تنطلق المباراة الساعة 20:00 بتوقيت لندن", "ar", None) == ["بتوقيت لندن"]


def test_a_zone_without_summer_time_has_its_offset_without_a_day():
    assert zones("تنطلق المباراة الساعة 20:00 بتوقيت مكة", "ar", None) == ["UTC+03:00"]
    tehran = "مراسم ساعت ۱۰ به وقت تهران روز ۱۰ تیر ۱۳۹۴ برگزار می‌شود"
    assert zones(tehran, "fa", TUESDAY) == ["UTC+04:30"]  # Iran kept summer time in 2015
    assert zones("The plane crashed at 02:30 BST on Sunday", "en", TUESDAY) == ["UTC+01:00"]
