"""Dates that a record or a population count is measured at are no happenings
(`rasad.analysis.statives`, issue 21 point 2), on sentences of real articles: SaudiNewsNet
(August 2015), BBC News (2004-5), NTREX-128 (Reuters' Palu quake story and its Arabic and
Persian translations, CC BY-SA 4.0) and Fars News."""

from __future__ import annotations

import pytest

from rasad.analysis.statives import stative
from rasad.analysis.stories import timeline
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.readers import document_from_item

STAGES = ["extract", "clean", "outlet", "langid", "pubdate", "dates", "entities"]


@pytest.fixture(scope="module")
def read():
    pipeline = build_pipeline(Settings(), STAGES)

    def read(lang: str, text: str, day: str | None = "2015-08-04") -> Document:
        item = {"id": f"t-{lang}", "lang": lang, "title": "", "text": text, "published": day}
        return pipeline(document_from_item(item, "test", f"t-{lang}"))

    return read


def is_stative(doc: Document, written: str) -> bool:
    """Whether the date mention whose text holds `written` is read as stative."""
    mention = next(d for d in doc.dates if written in d["text"])
    return stative(doc.text, mention, doc.dates, doc.lang)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        (
            "ar",
            "وهبط برنت إلى 49.36 دولار أثناء الجلسة أمس مسجلا أدنى مستوياته منذ 30 يناير كانون الثاني.",
            "30 يناير",
        ),
        (
            "ar",
            "ونزل الزنك إلى 1882.50 دولار وهو أقل سعر له منذ ديسمبر كانون الأول 2013 وبلغ أحدث سعر له 1888 دولارا.",
            "2013",
        ),
        ("ar", "مسجلا أدنى إغلاق له منذ منتصف عام 2009.", "2009"),
        (
            "ar",
            "وفقد المعدن الأصفر نحو سبعة بالمئة من قيمته في يوليو - تموز في أكبر خسارة شهرية له منذ يونيو - حزيران 2013.",
            "2013",
        ),
        (
            "en",
            "House prices fell 0.4% in October, according to the Nationwide, their biggest monthly fall since February 2001.",
            "February 2001",
        ),
        (
            "en",
            "Business confidence among Japanese manufacturers has weakened for the first time since March 2003.",
            "March 2003",
        ),
        ("fa", "آن را خونبارترین حادثه در افغانستان از سال 2001 به بعد نامید.", "2001"),
    ],
)
def test_the_date_a_record_is_measured_from_is_stative(read, lang, text, written):
    assert is_stative(read(lang, text), written)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        (
            "en",
            "Palu is the capital of Central Sulawesi province, with an estimated population of 379,800 in 2017.",
            "2017",
        ),
        (
            "ar",
            "تقع بالو بنهاية الخليج الضيق على الساحل الغربي لجزيرة سولاوسي، بتعداد سكان يصل إلى 379,800 شخص في عام 2017، وهي عاصمة مقاطعة سولاوسي الوسطى.",
            "2017",
        ),
        (
            "fa",
            "پالو در غرب ساحل جزیره سالاوسی قرار دارد و جمعیت آن در سال 2017 تقریباً 379800 داشت.",
            "2017",
        ),
    ],
)
def test_the_year_a_population_is_counted_in_is_stative(read, lang, text, written):
    assert is_stative(read(lang, text), written)


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        # what stands between "since" and the date is a happening: the date is its date
        (
            "en",
            "David's record since his arrival in 2003 is excellent, he told Villa's website.",
            "2003",
        ),
        (
            "en",
            "He is aiming to be the first Australian winner since Mark Edmondson in 1976.",
            "1976",
        ),
        ("ar", "وهي أول رسالة تصدر منذ تعيينه الخميس بعد يوم من تأكيد الحكومة.", "الخميس"),
        # "when" after the date tells what happened then
        (
            "ar",
            "وتنفيذ حكم الاعدام هو الاول في دولة الامارات منذ كانون الثاني/يناير العام 2014 حين اعدم مواطن سيريلانكي.",
            "2014",
        ),
        # "at least" and "more than" are no records; a record's own day is a happening
        ("ar", "ارتفع عدد القتلى إلى 60 على الأقل منذ 20 يوليو.", "20 يوليو"),
        (
            "ar",
            "وتراجع النشاط الاقتصادي بعد أن سجل أعلى مستوى له منذ أربع سنوات الشهر الماضي.",
            "الشهر الماضي",
        ),
        # a population's change last year is no count "as of" a written year
        (
            "ar",
            "وفي المقابل تراجع عدد السكان الذين لا ينحدرون من أصول أجنبية العام الماضي بنسبة 4ر1% (بمقدار 885 ألف شخص).",
            "العام الماضي",
        ),
    ],
)
def test_a_happenings_date_near_since_or_a_population_stays(read, lang, text, written):
    assert not is_stative(read(lang, text), written)


def test_timeline_leaves_out_the_reference_and_keeps_the_day(read):
    """Brent's fall yesterday is on the timeline; "the lowest since 30 January" is not."""
    doc = read(
        "ar",
        "وهبط برنت إلى 49.36 دولار أثناء الجلسة أمس مسجلا أدنى مستوياته منذ 30 يناير كانون الثاني.",
    )
    assert [e["date"] for e in timeline([doc])] == ["2015-08-03"]
