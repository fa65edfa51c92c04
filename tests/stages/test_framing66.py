"""Framing, round 66 (issue 25 point 2): a regime term no rule of its sentence answers
(«في ظل النظام القمعي») is the government of the one country at war (regimes_at_war.tsv) its
article names before it, as a reader knows it from the story; none when the article also names
another country a reader could mean (former_regimes.tsv) or no such country. The nouns of a list,
law or financing are a data file. Short texts written in the style of SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import list_law_financing_nouns, make_framing
from rasad.stages.quotes import find_quotes

FRAMING_66 = make_framing(Settings())


def terms_of_66(title: str, text: str) -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_66(doc).loaded_terms}


# as snn-2015-08-01-00370 (framing_dev41): a study of a Syrian novel
TITLE = "عن رواية «كان الرئيس صديقي» للكاتب السوري عدنان فرزات"
TEXT = "وتبرز الرواية صورة سورية البائسة في ظل النظام القمعي الشمولي."


def test_the_regime_of_the_one_country_at_war_the_article_names():
    found = terms_of_66(TITLE, TEXT)["النظام"]
    assert found["target"] == "Assad government"
    assert found["target_from"] == "regime of the article"


def test_no_answer_when_the_article_also_names_a_former_regimes_country():
    text = "وقارن الكاتب بين العراق وسورية البائسة في ظل النظام القمعي الشمولي."
    assert terms_of_66(TITLE, text)["النظام"].get("target") is None


def test_no_answer_when_the_article_names_no_country_at_war():
    title = "عن رواية «كان الرئيس صديقي» لكاتب عربي"
    text = "وتبرز الرواية صورة البلاد البائسة في ظل النظام القمعي الشمولي."
    assert terms_of_66(title, text)["النظام"].get("target") is None


def test_the_generic_nouns_are_read_from_their_data_file():
    nouns = list_law_financing_nouns()
    assert "القوائم" not in nouns["ar"]  # written bare: the pattern reads the article
    assert {"قوائم", "تمويل"} <= set(nouns["ar"]) and "financing" in nouns["en"]
