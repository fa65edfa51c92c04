"""Persian quote speakers, session 58 (speakers66fa, issue 21 point 3): a body named in full
by the place after it, «در» and the place («سفارت جمهوری اسلامی ایران در وین», «دولت ائتلافي
در پاكستان»; quotes_dev49fb.tsv, quotes_dev53fa.tsv), and the surname-suffix list read from
its data file. Short sentences written in the style of Fars News, and articles read from the
corpus."""

from __future__ import annotations

import pytest

from rasad.eval.quotes import analysed_document
from rasad.eval.shared import corpus_articles
from rasad.stages.quotes import compound_surname_head, surname_suffixes
from tests.support.quotes import speaker_of


def corpus_quotes(shared, article: str) -> list[dict]:
    found = corpus_articles(shared, {article}, ["farsnews_fa"])
    if article not in found:
        pytest.skip("farsnews_fa not present")
    return analysed_document(article, found[article]["text"], "fa").quotes


def test_embassy_keeps_the_city_it_sits_in():
    """An embassy is named by its host city: «سفارت … در وین» is the speaker, not «سفارت …»
    (the recogniser's organization stops before «در»)."""
    text = (
        "به گزارش خبرگزاری فارس، سفارت جمهوری اسلامی ایران در وین در اطلاعیه‌ای خطاب به"
        " دانشجویان مقیم اتریش اعلام کرد که پرواز بعدی به تهران روز شنبه انجام می‌شود.\n"
    )
    assert speaker_of(text, "پرواز بعدی") == "سفارت جمهوری اسلامی ایران در وین"


def test_government_of_a_kind_keeps_its_place(shared):
    """fars-8705160378 (quotes_dev53fa): «دولت ائتلافي در پاكستان بر اين باور است که»: the
    coalition government is the one in Pakistan."""
    quotes = corpus_quotes(shared, "fars-8705160378")
    assert "دولت ائتلافي در پاكستان" in {q["speaker_text"] for q in quotes}


def test_government_named_by_its_country_is_not_extended():
    """«دولت عراق در بغداد»: the name holds its country, so «در بغداد» is where it spoke."""
    text = (
        "به گزارش خبرگزاری فارس، دولت عراق در بغداد اعلام کرد که انتخابات پارلمانی در موعد"
        " مقرر برگزار می‌شود.\n"
    )
    assert speaker_of(text, "انتخابات پارلمانی") == "دولت عراق"


def test_surname_suffixes_are_read_from_their_data_file():
    """The list moved from rasad.lang.quotes to data/gazetteers/surname_suffixes_fa_64.tsv:
    «حسینی» of «حسینی‌پور» is another name, «فلاح» of «فلاح‌جلودار» shortens it."""
    assert {"پور", "زاده", "نژاد"} <= surname_suffixes()
    assert compound_surname_head("ربیع فلاح\u200cجلودار", "fa") == {"فلاح"}
    assert compound_surname_head("علی حسینی\u200cپور", "fa") == set()


def test_bare_police_is_the_police_named_with_its_country():
    """fars-8808200011 (quotes_dev33): «پليس اسرائيل اعلام كرد …» then «بنا بر اعلام پليس،»:
    the bare word is the police the article named with its country."""
    text = (
        "به گزارش خبرگزاری فارس، پلیس اسرائیل اعلام کرد که یک مرد به ساختمان پارلمان حمله کرد.\n"
        "بنا بر اعلام پلیس، این فرد موفق به ورود به ساختمان نشد.\n"
    )
    assert speaker_of(text, "این فرد موفق") == "پلیس اسرائیل"


def test_bare_prosecutor_stays_bare_when_two_countries_have_one():
    """Two prosecutors named with their countries before: the bare «دادستان» is neither."""
    text = (
        "به گزارش خبرگزاری فارس، دادستان ازبکستان و دادستان قرقیزستان دیروز دیدار کردند.\n"
        "دادستان معتقد است این افراد در قرقیزستان آموزش دیده‌اند.\n"
    )
    assert speaker_of(text, "این افراد در") == "دادستان"
