"""Round dates56: a weekday a day off its day word is the day meant (a text printed the day
after it was written), one farther off gives no day."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.stages.dates import Zone, find_temporal, zone_key, zone_readings


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


def test_one_zone_table_gives_each_name_its_clock_and_the_name_it_is_recorded_by():
    # round dates56: times.TIME_ZONES is one table (name → clock); the names of one clock are
    # one zone, recorded by the first listed, as times.SAME_TIME_ZONE recorded them before
    expected = {
        "UTC": ("GMT", "+00:00"),
        "بتوقيت جرينتش": ("GMT", "+00:00"),
        "به وقت گرینویچ": ("GMT", "+00:00"),
        "بتوقيت مكة المكرمة": ("بتوقيت مكة", "Asia/Riyadh"),
        "بتوقيت الرياض": ("بتوقيت مكة", "Asia/Riyadh"),
        "به وقت تهران": ("بتوقيت طهران", "Asia/Tehran"),
        "بتوقيت لندن": ("بتوقيت لندن", "Europe/London"),
        "AST": ("AST", None),
        "بالتوقيت المحلي": ("بالتوقيت المحلي", None),
        "به وقت محلی": ("به وقت محلی", None),
    }
    for written, (name, clock) in expected.items():
        assert zone_readings()[zone_key(written)] == Zone(name, clock)


def test_a_zone_without_its_day_is_recorded_by_the_first_name_of_its_clock():
    times = [
        d.get("zone")
        for d in find_temporal("تبدأ المراسم الساعة ۱۰ به وقت تهران", "fa", None)
        if d.get("type") == "time"
    ]
    assert times == ["بتوقيت طهران"]  # Iran kept summer time until 2022: no offset without a day


@pytest.mark.parametrize(
    ("text", "lang", "published", "span"),
    [
        # a count before a past or coming unit: the past or next N of them, no one period
        (
            "وی در مورد عدم نتیجه‌گیری تیمش در 6 هفته گذشته عنوان کرد",
            "fa",
            date(2013, 12, 10),
            "هفته گذشته",
        ),
        (
            "ایران در طول چند سال گذشته به دستاوردهای عظیمی دست یافته است",
            "fa",
            date(2011, 5, 3),
            "سال گذشته",
        ),
        ("دولت این مبلغ را طی دو سال آینده پرداخت خواهد کرد", "fa", date(2008, 3, 23), "سال آینده"),
        (
            "خنقت المشاريع المنطقة خلال الخمس عشرة سنة الماضية",
            "ar",
            date(2015, 8, 1),
            "سنة الماضية",
        ),
        # the previous or following month of a series the text names, not publication's
        (
            "هبط مؤشر الطلبيات إلى 52.2 من 54.0 في الشهر السابق",
            "ar",
            date(2015, 8, 4),
            "الشهر السابق",
        ),
        # a unit "before" what follows it
        (
            "این نامه یک هفته قبل از اعلام موضع رسمی دولت نوشته شده",
            "fa",
            date(2015, 11, 2),
            "هفته قبل",
        ),
    ],
)
def test_a_period_counted_from_elsewhere_than_publication_gives_no_day(text, lang, published, span):
    assert days(text, lang, published) == [(span, None)]


def test_n_units_before_an_event_is_no_time_ago():
    text = "ليحطوا رحالهم قبل شهرين من دخول الموسم"
    assert days(text, "ar", date(2015, 8, 1)) == []  # was «قبل شهرين», 2015-06-02
    assert (
        days("اين بمبگذاري سه روز پيش از برگزاري انتخابات روي داد", "fa", date(2004, 4, 17)) == []
    )


def test_the_last_unit_itself_and_a_day_of_the_current_month_keep_their_dates():
    assert days("در هفته گذشته نتیجه نگرفتیم", "fa", date(2015, 8, 4)) == [
        ("هفته گذشته", "2015-07-25")
    ]
    assert days("این نامه یک هفته قبل نوشته شد", "fa", date(2015, 8, 4)) == [
        ("یک هفته قبل", "2015-07-28")
    ]
    assert days("مقایسه با مدت مشابه سال قبل از نظر وزنی", "fa", date(2016, 3, 2)) == [
        ("سال قبل", "2014")
    ]
    assert days("قبل عام من الآن", "ar", date(2015, 8, 4)) == days(
        "قبل عام", "ar", date(2015, 8, 4)
    )
    text = "مهرجان سوق عكاظ الذي يفتتح 27 الشهر الجاري"
    assert ("الشهر الجاري", "2015-08") in days(text, "ar", date(2015, 8, 1))
