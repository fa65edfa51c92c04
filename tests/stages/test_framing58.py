"""Framing, round 58 (framing_dev58; issue 25's targets named earlier in the sentence or the
article): «النظام» after a military noun is the Syrian government at war in an article on Syria,
«نظام ولاية الفقيه» is Iran's, and an Arabic "martyr" left without a target takes the one
target the paragraph's earlier martyrdom words had. Short sentences written in the style of
SaudiNewsNet articles."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_58 = make_framing(Settings())


def terms_of_58(text: str, title: str = "") -> dict[str, dict]:
    """The Arabic article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title or None, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_58(doc).loaded_terms}


def test_the_forces_of_the_regime_in_syria_are_the_assad_government():
    # as snn-2015-08-02-00961 (unlabelled): «قوات النظام» with no state word after it
    text = (
        "أفاد المرصد السوري لحقوق الإنسان عن مقتل تسعة من قوات النظام في الاشتباكات التي"
        " اندلعت في ريف إدلب."
    )
    found = terms_of_58(text)["النظام"]
    assert (found["target"], found["target_from"]) == ("Assad government", "regime at war")


def test_the_army_of_the_regime_without_a_country_is_found_without_a_target():
    # as snn-2015-08-02-01117 (framing_dev56): «جيش النظام», no Syrian word before it
    text = "أنهكت قوات النخبة في الحزب إضافة إلى عناصر الفرقة الرابعة في جيش النظام في الزبداني."
    found = terms_of_58(text)["النظام"]
    assert found["target"] is None


def test_the_forces_of_the_regime_in_an_iranian_kurdish_report_are_irans():
    # as snn-2015-08-03-00156 (unlabelled check): Iran's Kurdish front, no Syrian word
    text = (
        "شهدت مناطق سردشت معارك بين القوات الكردية المناهضة لنظام طهران والجيش الإيراني."
        " وقال المتحدث إن مقاتلينا تمكنوا من التصدي لقوات النظام وقتل أحد جنوده."
    )
    found = terms_of_58(text)["النظام"]
    assert (found["target"], found["target_from"]) == ("Iran", "regime at war")


def test_the_army_of_the_regime_with_its_state_word_is_that_states():
    # as snn-2015-08-02-00153 (unlabelled check): «العراقي» after it says whose, not the table
    text = "وبعد عشرة أيام من عدوان جيش النظام العراقي على الكويت، أمر الملك بفتح الحدود."
    found = terms_of_58(text)["النظام"]
    assert found["target"] == "Iraq" and found.get("target_from") != "regime at war"


def test_order_keeping_forces_are_no_regime():
    # «قوات حفظ النظام»: public-order police, the system, not a government called a regime
    text = "انتشرت قوات حفظ النظام في شوارع المنامة بعد الاحتجاجات في البحرين."
    assert "النظام" not in terms_of_58(text)


def test_the_regime_of_the_jurists_guardianship_is_iran():
    # as snn-2015-08-03-00554 (framing_dev58): the doctrine's name for the Islamic Republic
    text = "وأضاف أن من أدوات نظام ولاية الفقيه نحو تحقيق مخططاته علاقته بطائفة الشيعة العرب."
    assert terms_of_58(text)["نظام"]["target"] == "Iran"


def test_the_martyrs_after_the_martyr_of_the_paragraph_are_his_kind():
    # as snn-2015-08-03-01043 (framing_dev47): «الشهيد» answered, then the prayer's «الشهداء»
    text = (
        "نقل أمير منطقة نجران تعازي القيادة لذوي المواطن عبدالله بن دواس آل منصور الذي استشهد"
        " فجر اليوم إثر سقوط مقذوف من داخل الأراضي اليمنية على منزله.\n"
        "وسأل سموه في اتصال هاتفي مع والد الشهيد، المولى أن يتغمده بواسع رحمته ويتقبله من الشهداء."
    )
    found = terms_of_58(text)
    assert found["الشهيد"]["target"] == "Saudi civilians"
    assert (found["الشهداء"]["target"], found["الشهداء"]["target_from"]) == (
        "Saudi civilians",
        "family antecedent",
    )
