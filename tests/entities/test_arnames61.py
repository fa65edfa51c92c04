"""Arabic people whose family name the tagger left after them though the article writes the
whole name twice (session 55, speakers61ar): «آمال ماهر» read as «آمال», so that her later
quotes went to «آمال» alone; on short sentences written as the articles write them."""

from __future__ import annotations

from rasad.entities.recognise import _a_repeated_family_name
from rasad.stages.entities import find_entities


def people(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, "ar") if m["type"] == "PER"]


SINGER = (
    "شدت المطربة المصرية آمال ماهر بأجمل أغانيها وأدت لعمالقة الفن. "
    "واعتبرت المصرية آمال ماهر نجمة الدورة 51 لمهرجان قرطاج."
)


def test_a_name_written_twice_keeps_its_family_name():
    assert "آمال" not in people(SINGER)
    assert "آمال ماهر" in people(SINGER)


def test_a_name_written_with_the_word_once_is_not_grown():
    once = "شدت المطربة المصرية آمال ماهر بأجمل أغانيها وأدت لعمالقة الفن."
    assert "آمال" in people(once)  # «ماهر» is also a common word (skilled): no evidence


def test_a_day_written_twice_after_a_name_is_no_family_name():
    text = "وقالت سارة اليوم إن الاتفاق قريب. وكررت سارة اليوم أن الموعد ثابت."
    assert not any(p.endswith("اليوم") for p in people(text))


def test_no_verb_day_place_or_role_is_taken_for_a_family_name():
    for word in ("يؤكد", "تشير", "الأربعاء", "رئيس", "بالمركز", "السعودي", "الرياض"):
        assert not _a_repeated_family_name(word), word
    assert _a_repeated_family_name("ماهر")


def test_a_tatweel_written_as_a_dash_is_no_family_name():
    """«الملك سلمان بن عبدالعزيز آل سعود ـ حفظه الله ـ» written twice: the «ـ» after the name
    is a dash, not a word of it (tests/entities/test_archive_links.py reads the article)."""
    from rasad.entities.recognise import _a_repeated_family_name

    assert not _a_repeated_family_name("ـ")
    assert _a_repeated_family_name("ماهر")
