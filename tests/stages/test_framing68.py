"""Framing, round 68 (issue 25 point 2, Persian targets): a terror label that its sentence
answers with a state written before it is left unanswered when a word between them makes the
state the one who describes, classes or fights terror (state_roles.tsv: «ادعای آمریکا درباره
اینکه او یک فرد تروریستی است», «تعده أنقرة منظمة إرهابية»), kept when it sponsors it («حمایت
دولت آمریکا از تروریست», «دعم إيران للإرهاب»); and the Fars convention for «شهدا» reads the
official collocations of Iran's dead («گلزار شهدا», «شهدای انقلاب») as its context. Short
excerpts of Fars and SaudiNewsNet sentences."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing, state_role_words
from rasad.stages.quotes import find_quotes

FRAMING_68 = make_framing(Settings())


def terms_of_68(text: str, lang: str, title: str = "") -> dict[str, dict]:
    """The article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title or None, lang=lang)
    doc.entities = find_entities(text, lang)  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_68(doc).loaded_terms}


def test_a_state_claiming_someone_is_a_terrorist_is_not_the_target():
    # fars-13981021000681 (framing_dev68fa): the US claim about Soleimani
    text = (
        "تخت روانچی گفت: «سلیمانی شکست داعش را محقق کرد و ادعای آمریکا درباره اینکه او یک "
        "فرد تروریستی است، محکوم است»."
    )
    assert terms_of_68(text, "fa")["تروریستی"].get("target") is None


def test_a_state_designating_a_group_is_not_the_target():
    # snn-2015-08-04-00827 (framing_dev50): Ankara's designation of the PKK
    text = (
        "وكانت قوى سياسية عراقية نددت بالقصف التركي لقرى إقليم كردستان تستهدف تجمعات حزب "
        "العمال الذي تعده أنقرة منظمة إرهابية."
    )
    # round 74: the deeming verb «تعده» now designates the group before it (the PKK); the state
    # after the verb stays no target
    assert terms_of_68(text, "ar")["إرهابية"].get("target") not in {"Turkey", "أنقرة"}


def test_a_sponsoring_state_stays_the_target():
    # fars-8502200085 (framing_dev68fa): Haddad-Adel on US support of terrorists
    text = "حداد عادل گفت: يك نمونه از حمايت دولت آمريكا از تروريست، كودتاي 28 مرداد بود."
    assert terms_of_68(text, "fa")["تروريست"]["target"] == "United States"


def test_a_state_with_no_role_word_keeps_its_answer():
    # snn-2015-08-01-00064 (unlabelled): Iran's terrorist record
    text = "أبقى المجتمع الدولي العقوبات المتصلة بسجل إيران الإرهابي قائمة."
    assert terms_of_68(text, "ar")["الإرهابي"]["target"] == "Iran"


def test_the_martyrs_cemetery_confirms_the_iranian_war_dead():
    # fars-13990501000338 (framing_dev68fa): a governor's programme for government week
    text = "وی خاطرنشان کرد: غبارروبی گلزار شهدا، تبلیغات محیطی و مستندسازی از برنامه‌هاست."
    found = terms_of_68(text, "fa")["شهدا"]
    assert found["target"] == "Iranian war dead" and found["target_from"] == "convention"


def test_the_roles_are_read_from_their_data_file():
    roles = dict(state_role_words()["fa"])
    assert roles["حمایت"] == "sponsor" and roles["ادعا"] == "designator"
    # round 70 added the `observer` role (a state that condemns or tries the act), round 84
    # the `scene` role (a state that saw or suffered the attacks)
    roles_ar = {role for _, role in state_role_words()["ar"]}
    assert roles_ar == {"sponsor", "designator", "fighter", "observer", "scene"}


def test_an_unnamed_singular_martyr_takes_the_fars_convention():
    # fars-13980629000370 (framing_dev68fa): the Zirab Friday prayer leader
    text = (
        "خطیب نماز جمعه زیراب در هفته دفاع مقدس نسبت به حذف نام شهید از تابلوی خیابان‌ها هشدار داد."
    )
    found = terms_of_68(text, "fa")["شهید"]
    assert found["target"] == "Iranian war dead" and found["target_from"] == "convention"


def test_a_singular_martyr_after_a_demonstrative_is_not_the_convention():
    # fars-13990615000093 (unlabelled): «این شهید» points back to Soleimani
    text = (
        "وی در هفته دفاع مقدس افزود: شهادت حاج قاسم سلیمانی در خارج از مرزها صورت گرفت و "
        "دشمنان ما در سال‌هایی که این شهید در جبهه‌های مقاومت فرماندهی را در دست داشت "
        "نتوانستند."
    )
    found = [t for t in terms_of_68(text, "fa").values() if t["text"] == "شهید"]
    assert all(t.get("target") != "Iranian war dead" for t in found)
