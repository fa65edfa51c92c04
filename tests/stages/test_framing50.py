"""Framing targets, round 50 (framing_dev50, drawn at random): a bare armed-group label whose
sentence places it in one war names that war's armed side. Short sentences written in the
style of SaudiNewsNet articles."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import find_loaded_terms
from rasad.stages.quotes import find_quotes


def terms_of(text: str) -> dict[str, dict]:
    """The Arabic text's loaded terms by their written form."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(text, "ar")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in find_loaded_terms(doc, text)}


def test_the_rebels_of_a_sentence_on_yemen_are_the_houthis():
    # snn-2015-08-02-00695: no Houthi named in the article, the campaign is in Yemen
    text = (
        "وقالت منظمة إغاثة إن 13 مليون شخص في اليمن يواجهون نقصا في الغذاء منذ بدء الحملة"
        " ضد المتمردين في مارس."
    )
    found = terms_of(text)["المتمردين"]
    assert (found["target"], found["target_from"]) == ("Houthis", "war side")


def test_the_militias_driven_from_aden_are_the_houthis():
    text = "بدأت قطر تسيير مساعداتها إلى مدينة عدن اليمنية بعد تحريرها من المليشيات المتمردة."
    assert terms_of(text)["المليشيات"]["target"] == "Houthis"


def test_the_rebels_of_a_sentence_on_the_kurdish_fighters_are_the_pkk():
    # snn-2015-08-01-00118: the party is named, then its bases are the rebels'
    text = (
        "وقالت الوكالة إن 260 مقاتلا كرديا من حزب العمال الكردستاني قتلوا خلال أسبوع من"
        " الغارات التركية على قواعد للمتمردين."
    )
    assert terms_of(text)["للمتمردين"]["target"] == "PKK"


def test_the_rebels_loyal_to_russia_are_the_separatists():
    text = "وأوقع النزاع بين الجيش الأوكراني والمتمردين الموالين لروسيا أكثر من 6800 قتيل."
    assert terms_of(text)["والمتمردين"]["target"] == "pro-Russian separatists"


def test_a_sentence_on_two_wars_names_no_side():
    text = "وقارن الكاتب بين حرب اليمن والنزاع في أوكرانيا حيث يقاتل المتمردون منذ عام."
    assert terms_of(text)["المتمردون"]["target"] is None


def test_the_aggression_from_yemeni_territory_is_the_houthis():
    # snn-2015-08-01-01220: the Interior Ministry's statement on a border post shelled
    text = (
        "تعرض مركز المسيال بمنطقة عسير لقذائف عسكرية كثيفة من داخل الأراضي اليمنية، حيث تم"
        " التعامل مع الموقف وذلك بالتصدي للعدوان."
    )
    assert terms_of(text)["للعدوان"]["target"] == "Houthis"


def test_the_aggression_on_yemen_is_no_side_by_this_rule():
    text = "ودعا المتحدث إلى وقف العدوان على اليمن ورفع الحصار عن الموانئ."
    assert terms_of(text)["العدوان"].get("target_from") != "war side"


def test_the_terror_a_state_supports_is_applied_to_that_state():
    # snn-2015-08-02-00440 (framing_dev47): Iran, named before «ودعمها للإرهاب»
    text = (
        "وهذا حق طبيعي للجيران، خاصة إذا وضعنا في الاعتبار عدوانية السياسة الإيرانية،"
        " ومغامراتها العسكرية في المنطقة، ودعمها للإرهاب."
    )
    found = terms_of(text)["للإرهاب"]
    assert (found["target"], found["target_from"]) == ("Iran", "supporter")


def test_the_terror_money_is_spent_on_is_the_spenders():
    text = "يقول حلفاء نتنياهو إن الاتفاق سيلغي تجميد 150 مليار دولار لإيران لتنفقها على الإرهاب."
    assert terms_of(text)["الإرهاب"]["target"] == "Iran"


def test_an_expert_in_terror_financing_names_no_supporter():
    # framing_dev44: the group named before is not whom the expert studies
    text = (
        "استولى تنظيم داعش على حقول النفط في العراق بحسب جان شارل بريزار الخبير في شؤون"
        " تمويل الإرهاب."
    )
    assert terms_of(text)["الإرهاب"].get("target_from") != "supporter"


def test_fighting_terror_financing_names_no_supporter():
    text = "وأكدت إيران أنها تعمل مع جيرانها على مكافحة تمويل الإرهاب في المنطقة."
    assert terms_of(text)["الإرهاب"].get("target_from") != "supporter"


def test_the_allies_after_the_deposed_are_not_whom_it_names():
    # snn-2015-08-03-01336: Saleh («المخلوع») advised his Houthi allies
    text = (
        "وكان المخلوع علي عبد الله صالح قد ادعى شرعية استهداف الأراضي السعودية. ونصح المخلوع"
        " حلفاءه الحوثيين بإعطاء أولوية للعمل السياسي."
    )
    doc_terms = terms_of(text)
    assert doc_terms["المخلوع"]["target"] != "Houthis"


def test_the_group_a_term_accuses_is_not_whom_it_names():
    # snn-2015-08-03-00767: the resistance's unit accused the Houthi militias
    text = (
        "وكانت وحدة نزع الألغام في المقاومة الجنوبية قد اتهمت الميليشيات الحوثية بزرع كميات"
        " كبيرة من الألغام في الأحياء."
    )
    assert terms_of(text)["المقاومة"]["target"] != "Houthis"


def test_fighting_laundering_and_terror_financing_names_no_supporter():
    text = "وأشاد الوفد بدور المملكة البارز في مكافحة جرائم غسل الأموال وتمويل الإرهاب."
    assert terms_of(text)["الإرهاب"].get("target_from") != "supporter"


def test_the_terrorists_a_state_supports_are_not_the_state():
    text = "وشن حفتر هجوما على تركيا، واتهمها بالتورط رسميا في دعم الإرهابيين في ليبيا."
    assert terms_of(text)["الإرهابيين"].get("target_from") != "supporter"
