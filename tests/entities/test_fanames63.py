"""Persian given names of round speakers63fa (issue 21 point 3, quotes_dev63fa.md): a one-word
person the tagger found grows to the given name right before it when that word is a given name
ArmanPersoNER's training split writes (given_names_fa_arman.tsv), or a name word written where
only a name stands (two words alone in quote marks); a common word before a person elsewhere
stays out."""

from __future__ import annotations

from rasad.entities.recognise import arman_given_names, folded
from rasad.eval.quotes import analysed_document
from rasad.stages.entities import find_entities


def people(text: str) -> set[str]:
    return {m["text"] for m in find_entities(text, "fa") if m["type"] == "PER"}


def test_the_arman_list_holds_given_names_and_no_common_word():
    names = arman_given_names()
    assert {folded("همایون"), folded("کیومرث")} <= names
    assert not {folded("ولی"), folded("امام"), folded("سید")} & names


def test_a_quoted_name_keeps_its_common_word_given_name():
    # fars-13901019000642 (quotes_dev63fa): «هدایت هاشمی» … «هاشمی ادامه داد»
    text = (
        "«هدایت هاشمی» در گفت‌وگو با خبرنگار فارس اظهار داشت: به دنبال یک سینما هستیم.\n"
        "هاشمی ادامه داد: ما پتانسیل ایجاد یک پاتوق فرهنگی را داریم."
    )
    assert "هدایت هاشمی" in people(text)
    doc = analysed_document("t", text, "fa")
    assert {q["speaker"] for q in doc.quotes} == {find_entities(text, "fa")[0]["entity"]}


def test_a_common_word_before_a_person_outside_quotes_stays_out():
    text = "این طرح اجرا شد، هدایت احمدی به این موضوع انتقاد کرد و گفت: کار ادامه دارد."
    assert "هدایت احمدی" not in people(text)
