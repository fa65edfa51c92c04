"""Arabic quotes, session 58 (speakers66ar; issue 21 point 3): a speaker whose given name the
body before it swallowed («رئيس الاتحاد السعودي للإسكواش زياد التركي», quotes_dev60ar.tsv) speaks
in full, also where the text later writes his family name alone. Short sentences in the style
of the SaudiNewsNet articles."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers_66ar(text: str) -> list[tuple[str | None, str | None]]:
    """The speaker as written and its entity, for each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [(q["speaker_text"], q["speaker"]) for q in find_quotes(doc)]


def test_the_family_name_alone_speaks_for_the_man_the_body_hid():
    """snn-2015-08-03-00860 (quotes_dev60ar.tsv): «التركي» was Turkey and the quote his only
    by the family name."""
    text = (
        "أوضح ذلك رئيس الاتحاد السعودي للإسكواش زياد التركي الذي شكر للرئيس العام لرعاية"
        " الشباب موافقته، وبين التركي أن موافقة الرئيس العام تشمل إقامة معسكر إعدادي في مصر."
    )
    said = speakers_66ar(text)
    assert said and said[-1][0] == "زياد التركي"
    assert said[-1][1] is not None and said[-1][1].startswith("PER:")


def test_a_post_before_the_body_and_a_clause_after_the_name():
    """snn-2015-08-03-01254 (the unlabelled check): «رئيس اتحاد المقاولين العرب فهد الحمادي أن»
    gave the quote to the committee post before it."""
    text = (
        "كشف رئيس لجنة المقاولين بغرفة الرياض رئيس اتحاد المقاولين العرب فهد الحمادي أن هنالك"
        " خللا في صياغة عقود المقاولات."
    )
    assert speakers_66ar(text)[0][0] == "فهد الحمادي"


def test_the_man_after_a_town_named_with_a_kunya_speaks():
    """snn-2015-08-03-00840 (quotes_dev66ar.tsv): «أبي عريش» (Abu Arish) was read as a man and
    the speaker written «أبي عريش سعود نعمان»."""
    text = (
        "من جهته، أوضح مدير الخدمات ببلدية أبي عريش سعود نعمان أن البلدية عقدت اجتماعات مكثفة"
        " مع عدد من الشركات صباح أمس."
    )
    assert speakers_66ar(text)[0][0] == "سعود نعمان"
