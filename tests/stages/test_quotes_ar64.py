"""Arabic quotes, session 57 (speakers64ar; issue 21 point 3), from the speaker failures of a
tenth random development set (quotes_dev64ar.tsv) and the older Arabic sets pooled: a quoted
adjective («تغريدات “تويترية”») is no body to speak, and people the recogniser now names in full
(«سلطان القحطاني», «عهود عبد العزيز عويضة») speak in full. Short sentences in the style of the
SaudiNewsNet articles."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers_64ar(text: str) -> list[str | None]:
    """The speaker as written of each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


def test_a_quoted_adjective_does_not_speak():
    """snn-2015-08-02-00004 (quotes_dev62ar.tsv): «تويترية» was read as a body and made the
    speaker of «أكدت فيها أن»."""
    text = (
        "وكانت “الهيئة العامة للطيران المدني” بالسعودية قد أطلقت سلسلة تغريدات “تويترية” أكدت"
        " فيها أن الحادث يحظى بمتابعة من الهيئة."
    )
    assert "تويترية" not in speakers_64ar(text)


def test_a_family_name_said_alone_names_the_presenter():
    """snn-2015-08-03-00711 (quotes_dev64ar.tsv): «المذيع سلطان القحطاني نخبة» kept «سلطان»
    alone, and «يقول القحطاني:» went to «سلطان»."""
    text = (
        "يستضيف خلالها المذيع سلطان القحطاني نخبة من الشخصيات. وعن الدورة الجديدة للبرنامج يقول"
        ' القحطاني: "نستعد للانطلاق مجدداً بعد حلقات شهر رمضان المبارك".'
    )
    assert "سلطان" not in speakers_64ar(text)


def test_a_doctor_with_an_abd_name_speaks_in_full():
    """snn-2015-08-02-00029 (quotes_dev64ar.tsv): «الدكتورة عهود عبد العزيز عويضة» lost «عهود»."""
    text = (
        "ومن جانبها أفادت رئيسة لجنة التوعية الصحية الدكتورة عهود عبد العزيز عويضة أنه يمكن"
        " الاستدلال على إصابة العين بحروق الشمس."
    )
    assert speakers_64ar(text) == ["عهود عبد العزيز عويضة"]
