"""Framing, round 72 (issue 25 point 2, more Persian targets answered): in Fars's reports of the
Syrian war the bare «تروریست‌ها» of a sentence naming the Syrian army are the rebels it fights
(SENTENCE_WAR_SIDES's Persian row), not in a sentence on Syria that names no army; a police
officer's martyrdom names the police's dead (victims.tsv, «شهادت یک مامور انتظامی»); an unnamed
martyr followed by an epithet takes the convention («۴ شهید سرافراز»); «فتنه سال ۸۸» confirms
the sedition convention. Short excerpts of Fars sentences."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes

FRAMING_72 = make_framing(Settings())


def terms_of_72(text: str, title: str = "") -> dict[str, dict]:
    """The article's body terms by their written form, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title or None, lang="fa")
    doc.entities = find_entities(text, "fa")  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return {t["text"]: t for t in FRAMING_72(doc).loaded_terms}


def test_the_syrian_armys_terrorists_are_the_rebels():
    # fars-13910918000446 (framing_dev72): the army's operation in Deir ez-Zor
    text = (
        "همچنین در عملیات ارتش سوریه در منطقه‌های «العرفی» و «الجبلیه» و «الرشدیه» دست کم 30 "
        "تروریست کشته شدند."
    )
    found = terms_of_72(text)["تروریست"]
    assert found["target"] == "Syrian rebels"
    assert found["target_from"] == "war side"


def test_a_sentence_on_syria_without_the_army_names_no_rebels():
    # fars-13940912000242 (framing_dev72): Russia on British strikes in Syria
    text = (
        "مقامات روسی از تصمیم انگلیس برای انجام حملات هوایی در سوریه، به شرط آنکه مواضع "
        "تروریست‌ها مورد هدف قرار بگیرد، استقبال کردند."
    )
    assert terms_of_72(text)["تروریست‌ها"].get("target") != "Syrian rebels"


def test_a_police_officers_martyrdom_names_the_police_dead():
    # fars-8405270004 (framing_dev72): shooting from Iraq at Iranian police officers
    text = (
        "مسئول آسایش سلیمانیه برای پیگیری تیراندازی اخیر از داخل خاک عراق به ماموران انتظامی "
        "ایران که منجر به شهادت یک مامور انتظامی گردید وارد مریوان شد."
    )
    assert terms_of_72(text)["شهادت"]["target"] == "Iranian police officers"


def test_an_unnamed_martyr_with_an_epithet_takes_the_convention():
    # fars-13981128000055 (framing_dev72): a village's martyrs and veterans
    text = (
        "روستای شهیدآباد دارای ۴ شهید سرافراز و چندین جانباز و آزاده قهرمان است و مهاجرت "
        "اهالی ادامه دارد."
    )
    assert terms_of_72(text)["شهید"]["target"] == "Iranian war dead"


def test_the_sedition_of_the_year_88_is_the_green_movement():
    # fars-13941130000595 (framing_dev72): a Friday prayer leader on the coming elections
    text = "باید مواظب نفوذ دشمن باشیم تا اتفاقی مانند فتنه سال 88 نیفتد."
    assert terms_of_72(text)["فتنه"]["target"] == "Green Movement (2009 protesters)"
