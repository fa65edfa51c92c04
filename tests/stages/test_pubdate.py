"""Publication dates: metadata, datelines, and inference with a window."""

from __future__ import annotations

from datetime import date

from rasad.stages.pubdate import infer_publication, parse_metadata_date, today_weekday


def test_metadata_formats():
    assert parse_metadata_date("2021-08-09T10:00:00+03:00") == (date(2021, 8, 9), "day")
    assert parse_metadata_date("Mon, 09 Aug 2021 10:00:00 +0300") == (date(2021, 8, 9), "day")
    assert parse_metadata_date("2021-08") == (date(2021, 8, 1), "month")
    assert parse_metadata_date("not a date") is None


def test_dateline_in_arabic_seeds(seed_text):
    for prefix, day in (("004", "2021-08-09"), ("001", "2020-11-18")):
        result = infer_publication(seed_text(prefix), "ar", None)
        assert result["source"] == "dateline" and result["value"] == day


def test_metadata_wins_over_dateline(seed_text):
    result = infer_publication(seed_text("004"), "ar", "2021-08-10")
    assert result["source"] == "metadata" and result["value"] == "2021-08-10"


def test_today_weekday_cue():
    assert today_weekday("نخست وزیر عراق شامگاه امروز شنبه از خروج خبر داد") == 5
    assert today_weekday("ونقلت الوكالة عنه قوله اليوم (الاثنين) إن") == 0


def test_inferred_window_from_weekday_month_and_mentioned_dates():
    text = (
        "وزیر امروز شنبه گفت که سفیر سیزدهم آذر ماه جاری به دیدار او رفت. "
        "این توافق در ۳ ژانویه ۲۰۲۱ امضا شده بود."
    )
    result = infer_publication(text, "fa", None, today=date(2026, 11, 24))
    assert result["source"] == "inferred"
    first, last = (date.fromisoformat(d) for d in result["window"])
    assert first >= date(2021, 1, 3) and first.weekday() == 5
    assert first == date(2021, 11, 27)  # the first Saturday of Azar 1400 after the signing


def test_deadline_is_not_a_lower_bound():
    text = "اتفق البلدان في 5 يناير 2020 على انسحاب القوات بحلول 31 ديسمبر 2021 وفق البيان."
    result = infer_publication(text, "ar", None, today=date(2026, 11, 24))
    assert result["window"][0] == "2020-01-05"


def test_short_persian_year_raises_the_lower_bound():
    """A later date written "دی ماه سال ۹۸" outranks "سال ۲۰۱۴" as the lower bound."""
    text = (
        "نخست وزیر امروز شنبه از خروج نظامیان خبر داد. نیروها در سال ۲۰۱۴ وارد شدند و "
        "پارلمان در دی ماه سال ۹۸ طرح اخراج را تصویب کرد."
    )
    result = infer_publication(text, "fa", None, today=date(2026, 11, 24))
    assert result["window"][0] >= "2019-12-22"  # 1 Dey 1398
