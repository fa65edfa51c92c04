"""Framing, round 74 (issue 25 point 2, targets answered without losing precision): the patient
of an act noun after a crime term is the victim, not the doer («جريمة حرق رضيع فلسطيني»); the
group a practice is kept from is not its doer («لحماية الفلسطينيين من الممارسات العدوانية»); a
state's deeming verb with the group as its object pronoun designates the group before it («حزب
العمال الذي تعده أنقرة منظمة إرهابية»); «إضرام» names an arson's doers, and «من قبل»
the agent in the term's sentence. Short excerpts of SaudiNewsNet sentences."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_74 = make_framing(Settings())


def terms_of_74(text: str, title: str = "") -> list[dict]:
    """The article's body terms, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title or None, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return list(FRAMING_74(doc).loaded_terms)


def term_74(text: str, word: str, title: str = "") -> dict:
    """The first body term written `word`."""
    return next(t for t in terms_of_74(text, title) if t["text"] == word)


def test_the_burnt_childs_nationality_is_not_the_crimes_doer():
    # snn-2015-08-03-00376 (framing_dev2): the Duma arson
    text = (
        "واندلعت مواجهات عنيفة في قرية أبو ديس المقدسية، ردا على جريمة حرق رضيع فلسطيني وهو حي "
        "هو وعائلته في الضفة الغربية."
    )
    assert term_74(text, "جريمة")["target"] != "Palestinians"


def test_the_killed_thousands_are_not_the_crimes_doer():
    # snn-2015-08-02-01114 (framing_dev74ar): the Palestinian Authority's file for the court
    text = (
        "وكانت السلطة الفلسطينية قد أعلنت سابقا عن تحضير ملف يتضمن قضيتين هما جريمة الاستيطان، "
        "وجرائم القتل لآلاف الفلسطينيين في حرب غزة الأخيرة."
    )
    assert term_74(text, "وجرائم")["target"] != "Palestinians"


def test_the_protected_people_are_not_the_aggressors():
    # snn-2015-08-02-00778 (framing_dev48): the foreign minister's call
    text = (
        "وطالب الجبير المجتمع الدولي باتخاذ التدابير الضرورية اللازمة لحماية الفلسطينيين من "
        "الممارسات العدوانية للمستوطنين الإسرائيليين."
    )
    assert term_74(text, "العدوانية")["target"] != "Palestinians"


def test_the_doer_right_after_the_act_noun_is_still_read():
    # snn-2015-08-03-01227 (framing_dev74ar): the settlers burnt the child
    text = "تظاهر عشرات الصحفيين احتجاجا على جريمة حرق مستوطنين إسرائيليين للطفل الفلسطيني."
    assert term_74(text, "جريمة")["target"] == "Israeli settlers"


def test_a_state_that_deems_a_group_terrorist_designates_it():
    # snn-2015-08-04-00827 (framing_dev50): Iraqi parties on the Turkish strikes
    text = (
        "وكانت قوى سياسية عراقية نددت بالقصف التركي لقرى إقليم كردستان تستهدف تجمعات حزب العمال "
        "الذي تعده أنقرة منظمة إرهابية."
    )
    assert term_74(text, "إرهابية")["target"] in {"PKK", "حزب العمال"}


def test_the_settlers_setting_fire_are_the_articles_perpetrators():
    # snn-2015-08-03-01061 (framing_dev50): Rivlin's words after the Duma arson
    text = (
        "تحقق الشرطة الاسرائيلية في تصريحات معادية للرئيس الاسرائيلي رؤوفين ريفلين بعد ادانته "
        "مقتل رضيع فلسطيني حرقا اثر اضرام مستوطنين متطرفين النار في منزله في الضفة الغربية "
        "المحتلة.\nوكتب ريفلين على صفحته الجمعة: ألم على ان ابناء شعبي قد اختاروا طريق الارهاب "
        "وفقدوا انسانيتهم."
    )
    found = term_74(text, "الارهاب")
    assert found["target"] == "Israeli settlers"
    assert found["target_from"] == "perpetrators"


def test_min_qibal_before_the_term_names_no_doer():
    # snn-2015-08-01-00116: the base used by the United States against «الجماعات الإرهابية»
    text = (
        "وفي عام 2012، استخدمت كمنطلق للطائرات من دون طيار من قبل الولايات المتحدة الأميركية، "
        "لاستهداف عناصر الجماعات الإرهابية."
    )
    assert term_74(text, "الإرهابية")["target"] != "United States"


def test_the_agent_after_min_qibal_is_the_doer():
    # snn-2015-08-03-01030 (framing_dev74ar): the opening of an opinion column
    text = "أخذت جريمة الاعتداء على البيوت الفلسطينية من قبل مستوطنين إسرائيليين بعدا دوليا كبيرا."
    assert term_74(text, "جريمة")["target"] == "Israeli settlers"
