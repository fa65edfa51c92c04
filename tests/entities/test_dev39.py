"""Arabic recognition fixed on entities_dev39 (issue 24, session 39), on real SaudiNewsNet
sentences of the development sets: clubs listed in a report on players' registration, and the
unlisted clubs of a list that names several."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def names(text: str) -> set[tuple[str, str]]:
    return {(m["text"], m["type"]) for m in find_entities(text, "ar")}


def test_a_game_word_behind_a_proclitic_makes_a_match_report():
    text = (
        "وأوضح أن اللجنة استلمت عشر شهادات دولية خاصة للاعبي الهلال والخليج والقادسية والشباب "
        "والفتح."
    )
    assert {("الهلال", "ORG"), ("الشباب", "ORG"), ("القادسية", "ORG")} <= names(text)


def test_an_unlisted_word_in_a_list_of_clubs_is_a_club():
    text = (
        'وقال البرقان: "عشرة أندية أنهت جميع الإجراءات الرسمية لتسجيل اللاعبين المحترفين وقدمت '
        "الحوالات البنكية المطلوبة وهي الهلال والاتحاد والفتح والشباب والتعاون والرائد والخليج "
        'والفيصلي وهجر والقادسية".'
    )
    assert ("القادسية", "ORG") in names(text)


def test_no_list_of_clubs_outside_a_match_report():
    text = "ودعا الوزير إلى الوحدة والتعاون والاتحاد والنصر على الإرهاب والتطرف."
    assert not {t for t, _ in names(text)} & {"الوحدة", "التعاون", "الاتحاد", "النصر"}
