"""Arabic quotes and speakers, session 45 (issue 21 point 3): an initialism written with points
and spaces («سي. إن. إن.», «بي. بي. سي») ends no sentence and its letter «إن» is no
complementizer. Short real sentences from SaudiNewsNet (quotes_dev45.tsv articles)."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def quotes(text: str) -> list[dict]:
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return find_quotes(doc)


def test_a_dotted_initialism_ends_no_sentence():
    """snn-2015-08-02-01000: «قد قال لشبكة سي. إن. إن. الأمريكية إن قناصا …» is a quote."""
    text = (
        "وكان جوني رودريحيز رئيس مجموعة المهام الخاصة قد قال لشبكة سي. إن. إن. الأمريكية إن"
        " قناصا أطلق النار بشكل غير قانوني على الأسد جيركو في محمية هوانج القومية."
    )
    found = quotes(text)
    assert [text[q["start"] : q["end"]][:10] for q in found] == ["قناصا أطلق"]
    assert found[0]["speaker_text"] == "جوني رودريحيز"


def test_an_initialism_after_the_speaker_keeps_the_quote():
    """snn-2015-08-04-00288: «وذكرت هيئة الإذاعة البريطانية "بي. بي. سي" أنه لا يزال …»."""
    text = (
        'وذكرت هيئة الإذاعة البريطانية "بي. بي. سي" أنه لا يزال نحو عشرة آلاف مهاجر يحصلون على'
        " مساعدات حكومية من دافعي الضرائب."
    )
    assert [text[q["start"] : q["end"]][:10] for q in quotes(text)] == ["لا يزال نح"]


def speakers(text: str) -> list[str | None]:
    return [q["speaker_text"] for q in quotes(text)]


def test_the_issuer_of_a_statement_speaks_in_it():
    """snn-2015-08-04-01074: «أصدر البنك المركزي بيانا لاحقا قال فيه إنه …»: the bank, never
    «البنك المركزي بيانا»."""
    text = (
        "من ناحيته أصدر البنك المركزي بيانا لاحقا قال فيه إنه حدث سوء فهم بالنسبة لمسودة القواعد"
        " الجديدة."
    )
    assert speakers(text) == ["البنك المركزي"]


def test_a_statement_published_then_a_comma():
    """snn-2015-08-04-00268: «ونشرت الحكومة الصينية بيانا عبر موقعها الإلكتروني، أوضحت فيه
    أن …»: the government, not no one."""
    text = (
        "ونشرت الحكومة الصينية بيانا عبر موقعها الإلكتروني، أوضحت فيه أن خدمات التأمين الصحي"
        " ستغطي 50 في المائة من نفقات علاج الأمراض الخطيرة."
    )
    assert speakers(text) == ["الحكومة الصينية"]
