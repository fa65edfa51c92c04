"""Publication dates: metadata, datelines, and inference only from evidence, with a window."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.eval.shared import corpus_articles
from rasad.stages.pubdate import (
    infer_publication,
    parse_metadata_date,
    stated_year,
    today_weekday,
)

TODAY = date(2026, 11, 24)


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


def test_seeds_without_evidence_are_unknown(seed_text):
    """A weekday and dates in passing (a deadline, a past year) do not date an article."""
    for prefix in ("000", "003"):
        assert infer_publication(seed_text(prefix), "fa", None, today=TODAY) is None


def test_stated_current_year_seed(seed_text):
    """A year the text calls "this year" is the year, from its first to its last day."""
    result = infer_publication(seed_text("002"), "ar", None, today=TODAY)
    assert result["source"] == "inferred" and result["precision"] == "year"
    year = result["value"]
    assert result["window"] == [f"{year}-01-01", f"{year}-12-31"]


def test_today_weekday_cue():
    assert today_weekday("نخست وزیر عراق شامگاه امروز شنبه از خروج خبر داد") == 5
    assert today_weekday("ونقلت الوكالة عنه قوله اليوم (الاثنين) إن") == 0


def test_hijri_dateline_moves_to_its_weekday():
    """16 Shawwal 1436 is a Saturday by the arithmetic calendar; the dateline says Sunday."""
    text = "الرياض - الأحد 16 شوال 1436\nأعلنت الوزارة عن بدء التسجيل في البرنامج الجديد."
    result = infer_publication(text, "ar", None, today=TODAY)
    assert result["source"] == "dateline" and result["value"] == "2015-08-02"


def test_jalali_numeric_dateline():
    text = "تهران - ۱۳۹۲/۰۸/۱۵\nرئیس سازمان گفت که طرح جدید از هفته آینده اجرا می‌شود."
    result = infer_publication(text, "fa", None, today=TODAY)
    assert result["source"] == "dateline" and result["value"] == "2013-11-06"


def test_event_date_opening_a_paragraph_is_not_a_dateline():
    text = (
        "في يوم الإثنين الموافق 26/9/1436هـ، رحل عن هذه الدار الشاعر الكبير بعد حياة "
        "حافلة بالعطاء والكتابة والتعليم في المدارس والجامعات."
    )
    result = infer_publication(text, "ar", None, today=TODAY)
    assert result is None or result["source"] != "dateline"


def test_year_in_passing_is_not_a_date():
    texts = (
        ("en", "The company, founded in 1938, said profits rose sharply in the last quarter."),
        ("ar", "وقال المدير إن الشركة التي تأسست عام 1938 حققت أرباحا كبيرة هذا الربع."),
        ("fa", "این شرکت که در سال ۱۳۵۸ تأسیس شد امروز شنبه از طرح تازه خود خبر داد."),
    )
    for lang, text in texts:
        assert infer_publication(text, lang, None, today=TODAY) is None


def test_date_called_today_or_yesterday():
    text = "وقال الوزير صباح اليوم الجمعة الموافق 15/10/1436هـ إن العمل بدأ في المشروع الجديد."
    result = infer_publication(text, "ar", None, today=TODAY)
    assert result["source"] == "inferred" and result["window"][0] == "2015-07-31"
    text = "وأعلنت الشركة أمس الأحد 2 أغسطس 2015 عن نتائجها للربع الثاني من العام."
    result = infer_publication(text, "ar", None, today=TODAY)
    assert result["value"] == "2015-08-03"


def test_weekday_named_date_that_disagrees_is_no_evidence():
    text = "وقال المتحدث إن الاجتماع عقد يوم الثلاثاء 3 أغسطس 2015 في مقر الوزارة بالرياض."
    assert infer_publication(text, "ar", None, today=TODAY) is None  # 3 August 2015: a Monday


def test_stated_year_relations():
    assert stated_year("وارتفعت المبيعات مقارنة بالعام الماضي 2014 بنسبة كبيرة", "ar") == (
        "gregorian",
        2015,
    )
    assert stated_year("بودجه سال جاری ۱۴۰۰ تصویب شد", "fa") == ("jalali", 1400)
    assert stated_year("في العام الماضي 2014 وفي العام الجاري 2021", "ar") is None  # conflict


@pytest.mark.parametrize(
    ("article_id", "verdict"),
    [
        ("fars-13960410002015", None),  # a founding date in 1358 (1979): was dated 1979
        ("snn-2015-08-04-00308", None),  # years in passing: was dated 1999
        ("fars-13911110000173", "contains"),  # «صبح امروز 10 بهمن ماه 1391»
        ("snn-2015-08-01-01220", "contains"),  # «اليوم الجمعة الموافق 15/10/1436»
        ("snn-2015-08-01-00975", "not dateline"),  # «في يوم الإثنين الموافق 26/9/1436هـ، رحل»
    ],
)
def test_real_articles(shared, article_id, verdict):
    """Development-half articles of `rasad eval pubdate` that the old inference got wrong."""
    article = corpus_articles(shared, [article_id])[article_id]
    result = infer_publication(article["text"], article["lang"], None, today=TODAY)
    if verdict is None:
        assert result is None
    elif verdict == "contains":
        assert result["window"][0] <= article["published"] <= result["window"][1]
    else:
        assert result is None or result["source"] != "dateline"


def test_a_kick_off_time_is_not_a_year():
    """ "Saturday, 26 February" over "1600 GMT" is a day without a year."""
    text = "Stade de France, Paris\nSaturday, 26 February\n1600 GMT\nFrance meet Wales tonight."
    assert infer_publication(text, "en", None, today=TODAY) is None


def test_a_date_late_in_the_first_sentence_is_not_a_dateline():
    text = (
        "The airline reported its results for the three months to 31 December 2004, "
        "with profits down on the year before."
    )
    assert infer_publication(text, "en", None, today=TODAY) is None


def test_nothing_after_today():
    text = "الرياض - الأحد 16 شوال 1436\nأعلنت الوزارة عن بدء التسجيل في البرنامج الجديد."
    assert infer_publication(text, "ar", None, today=date(2015, 7, 1)) is None


def test_a_count_of_years_is_not_a_stated_year():
    assert stated_year("طی ۵ سال گذشته ۱۳۸۰ تن کالا صادر شد", "fa") is None
    assert stated_year("در پنج سال گذشته ۱۳۸۰ نفر استخدام شدند", "fa") is None


def test_grouped_documents_date_an_article_only_when_they_agree():
    from rasad.stages.pubdate import from_neighbours

    story = [date(2015, 8, 2), date(2015, 8, 3), date(2015, 8, 2)]
    found = from_neighbours(story, TODAY)
    assert found["window"] == ["2015-07-30", "2015-08-06"] and found["source"] == "inferred"
    assert found["value"].startswith("2015")
    # one neighbour is not a group; neighbours years apart are a recurring topic, not a story
    assert from_neighbours([date(2015, 8, 2)], TODAY) is None
    assert from_neighbours([date(2009, 3, 1), date(2015, 8, 2)], TODAY) is None
    # nothing after today
    assert from_neighbours([date(2026, 11, 23), date(2026, 11, 24)], TODAY)["window"][1] == (
        "2026-11-24"
    )
