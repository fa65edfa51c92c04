"""The year of a day and month written without one, and clock times in words or with a zone
(round dates50, eval/labels/time_dev50.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.stages.dates import find_dates, find_temporal


def values(text: str, lang: str, ref: date) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in find_dates(text, lang, ref)]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # half a year away, the sentence's tense tells the last one from the coming one
        (
            "اظهارات روز 2 فوريه رييس سازمان اطلاعات ملي در سنا هشداردهنده بود",
            "fa",
            date(2006, 8, 7),
            ("2 فوريه", "2006-02-02"),
        ),
        (
            "وقال إن المؤتمر سيعقد في 26 أكتوبر بمشاركة الاتحادات الخليجية",
            "ar",
            date(2015, 4, 20),
            ("26 أكتوبر", "2015-10-26"),
        ),
        (
            "تراجع سعر برنت إلى 54.57 دولاراً وهو الأدنى منذ 19 مارس",
            "ar",
            date(2015, 8, 2),
            ("19 مارس", "2015-03-19"),
        ),
        (
            "يقيم المتحف البريطاني حالياً وحتى الثامن من نوفمبر معرضاً للفن الحديث",
            "ar",
            date(2015, 8, 3),
            ("الثامن من نوفمبر", "2015-11-08"),
        ),
        # unmarked, a far day is the last one when that is the nearer: a coming one is marked
        (
            "وأطلقت الرياض الحملة الجوية في 26 مارس لإعادة الشرعية لليمن",
            "ar",
            date(2015, 8, 2),
            ("26 مارس", "2015-03-26"),
        ),
        # "قبل" after the day relates it to another event; it does not make it last year's
        (
            "يتعين عليه التقدم بطلب الترشح في موعد اقصاه 26 اكتوبر قبل أربعة أشهر من الانتخابات",
            "ar",
            date(2015, 8, 1),
            ("26 اكتوبر", "2015-10-26"),
        ),
        # near the publication day the nearest one is meant, whatever the tense
        ("وأوقف دافيدسون في 27 مايو في فلوريدا", "ar", date(2015, 8, 2), ("27 مايو", "2015-05-27")),
    ],
)
def test_the_tense_picks_the_year_of_a_far_day(text, lang, ref, expected):
    assert expected in values(text, lang, ref)


def test_a_far_day_with_nothing_to_tell_its_year_is_left_without_one():
    found = values("فترتان للترقية، الأولى في ٣٠ محرم والثانية في ٣٠ رجب", "ar", date(2015, 8, 2))
    assert ("٣٠ رجب", None) in found


def test_a_weekday_never_pulls_a_day_a_year_back():
    text = "به گزارش فارس، چهارشنبه 18 بهمن با گشايش سينما آزادي انتظار ده ساله محقق شد"
    assert ("چهارشنبه 18 بهمن", "2008-02-07") in values(text, "fa", date(2008, 2, 8))


def test_a_weekday_that_fits_tells_the_year_of_a_far_day():
    assert ("الخميس 15 اغسطس", "2013-08-15") in values("الخميس 15 اغسطس", "ar", date(2013, 2, 12))


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("مرکز مها در ۱۹ مهر ماه ۹۶ به طور رسمی افتتاح شد", date(2019, 2, 5), "2017-10-11"),
        ("مصوبه شورای شهر 27 آذر 97 به تصویب رسید", date(2021, 5, 23), "2018-12-18"),
    ],
)
def test_a_two_digit_persian_year_after_the_month(text, ref, expected):
    assert expected in [v for _, v in values(text, "fa", ref)]


def test_a_count_after_a_persian_month_is_no_year():
    found = values("تا 20 آذر 85 نفر ثبت نام کردند", "fa", date(2005, 12, 8))
    assert ("20 آذر", "2005-12-11") in found


@pytest.mark.parametrize(
    ("text", "lang", "ref"),
    [
        ("فاز فلومينيسي 1- صفر على جريميو في استاد ماراكانا", "ar", date(2015, 8, 3)),
        ("خسر في اللقاء الأول صفر/2 أمام نيفتشي باكو", "ar", date(2015, 8, 1)),
        ("وجناح السينما 7 دي ثلاثية الأبعاد", "ar", date(2015, 8, 1)),
        ("يجسد شخصية أستاذ ينخرط في ثورة الخامس والعشرين من يناير", "ar", date(2015, 8, 1)),
        ("یکی از دلایل شکست جریان دوم خرداد غرور بود", "fa", date(2006, 11, 16)),
        ("امیدواریم تا نیمه اول مهر ماه برچسب‌ها نصب شود", "fa", date(2019, 9, 27)),
    ],
)
def test_a_score_a_name_or_a_half_month_is_no_day(text, lang, ref):
    assert not [v for _, v in values(text, lang, ref) if v and len(v) == 10]


@pytest.mark.parametrize(
    ("text", "lang", "clock"),
    [
        ("تحطمت الطائرة في الساعة الثالثة و9 دقائق بتوقيت لندن", "ar", "03:09"),
        ("وقع الحادث في الثالثة و9 دقائق عصرا", "ar", "15:09"),
        ("The plane crashed at 02:30 BST on Sunday", "en", "02:30"),
        ("وانطلقت المباراة 20:15 بتوقيت جرينتش", "ar", "20:15"),
    ],
)
def test_clock_times_with_minutes_in_words_or_a_zone(text, lang, clock):
    found = find_temporal(text, lang, date(2015, 8, 1))
    assert clock in [d.get("time") for d in found]


def test_hours_and_minutes_of_a_length_stay_a_duration():
    found = find_temporal("استمر الاجتماع ثلاث ساعات و20 دقيقة", "ar", date(2015, 8, 1))
    assert [d.get("duration") for d in found] == ["PT3H20M"]
