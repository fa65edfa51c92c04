"""Framing, round 62 (issue 25 point 2: targets from the article, not the sentence): a terror,
crime or sectarian label whose sentence names nobody takes the one armed group the article
names when the headline names it, with the headline's mention as evidence; two armed groups,
a group named only in the body, a practice noun («الإرهاب») or a militia label stay
unanswered. Short texts written in the style of SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_62 = make_framing(Settings())


def terms_of_62(title: str, text: str) -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_62(doc).loaded_terms}


# as snn-2015-08-03-00749 (framing_dev46): the headline names Boko Haram, a witness "the terrorists"
TITLE = "مقتل 13 بهجوم انتقامي لبوكو حرام قرب مايدوغوري"
WITNESS = "وقال أحد السكان إن الإرهابيين قاموا بقتل 13 شخصا وجرح 27 آخرين."


def test_a_label_whose_sentence_names_nobody_is_the_headlines_one_armed_group():
    found = terms_of_62(TITLE, "قتل 13 شخصا قرب مايدوغوري بحسب شهود. " + WITNESS)["الإرهابيين"]
    assert (found["target"], found["target_from"]) == ("Boko Haram", "headline group")
    evidence = found["target_evidence"]
    assert evidence["field"] == "title"
    assert TITLE[evidence["start"] : evidence["end"]] == evidence["text"]


def test_two_armed_groups_in_the_article_leave_the_label_unanswered():
    text = "قتل 13 شخصا قرب مايدوغوري، وتبنى تنظيم داعش هجوما آخر في المنطقة. " + WITNESS
    assert terms_of_62(TITLE, text)["الإرهابيين"].get("target") is None


def test_a_group_named_only_in_the_body_is_not_the_headlines():
    title = "مقتل 13 بهجوم انتقامي قرب مايدوغوري"
    text = "قتل 13 شخصا قرب مايدوغوري بحسب شهود. " + WITNESS + " وتنشط جماعة بوكو حرام في الشمال."
    assert terms_of_62(title, text)["الإرهابيين"].get("target") is None


def test_terrorism_as_a_practice_stays_generic_under_a_headline_naming_a_group():
    # as snn-2015-08-02-00872 (framing_dev42): an expert in terrorism financing, ISIS headlined
    title = "خبير: داعش يجمع أمواله من النفط"
    text = "وقال الخبير في تمويل الإرهاب إن الأموال تأتي من بيع النفط."
    assert terms_of_62(title, text)["الإرهاب"].get("target") is None
