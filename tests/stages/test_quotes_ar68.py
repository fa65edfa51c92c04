"""Arabic quotes, session 59 (speakers68ar; issue 21 point 3): the given name «علي» after a title
(«المهندس علي شنيمر»), which normalized reads as the preposition «على», and a post noun that is
also a given name («مشرف جماعة …», Musharraf) before the person named as the subject. Short
sentences in the style of the SaudiNewsNet articles."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def speakers_68ar(text: str) -> list[tuple[str | None, str | None]]:
    """The speaker as written and its entity, for each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [(q["speaker_text"], q["speaker"]) for q in find_quotes(doc)]


def test_ali_after_a_title_is_the_speakers_given_name():
    """snn-2015-08-01-00852 (quotes_dev68ar.tsv): the speaker was the title before the name."""
    text = (
        "وقال الرئيس التنفيذي للشؤون التجارية بالشركة المهندس علي شنيمر إن إطلاق هذا البرنامج"
        " يأتي في إطار الجهود التي تبذلها الشركة، وحرصها على أن تكون أكثر قربا من عملائها."
    )
    said = speakers_68ar(text)
    assert said and said[0][0] == "علي شنيمر"
    assert said[0][1] is not None and said[0][1].startswith("PER:")


def test_ali_before_a_family_name_where_the_text_never_writes_the_preposition_right():
    """snn-2015-08-01-00012 (quotes_dev58ar.tsv): no «على» anywhere, so only a family name
    after «علي» tells the name."""
    text = (
        "وأوضح مدير جمعية الثقافة والفنون بالباحة الشاعر علي البيضاني أن هنالك العديد من"
        " الفعاليات المصاحبة للمهرجان هذا العام."
    )
    assert speakers_68ar(text)[0][0] == "علي البيضاني"


def test_ali_the_preposition_after_a_title_stays_no_name():
    """«حصل الشاعر علي الجائزة» (the preposition written with ي) names nobody."""
    doc = Document(
        id="t", source="t", text="وحصل الشاعر علي الجائزة الأولى في المسابقة.", lang="ar"
    )
    assert not [m for m in find_entities(doc.text, "ar") if m["type"] == "PER"]


def test_a_supervisors_post_before_the_named_speaker():
    """snn-2015-08-03-00495 (quotes_dev58ar.tsv): «مشرف فروع» was read as a man."""
    text = (
        "وأكد مشرف فروع حلويات ركن القصيم في مهرجان أبها للتسوق الأستاذ سلامة محمود عبداللطيف،"
        " أن الإقبال كبير على المنتجات هذا العام."
    )
    assert speakers_68ar(text)[0][0] == "سلامة محمود عبداللطيف"


def test_musharraf_alone_still_speaks():
    """With no person named after it, «مشرف» right after the verb stays the man."""
    text = "وقال مشرف إن باكستان ستبقى حليفا للولايات المتحدة في الحرب على الإرهاب."
    assert speakers_68ar(text)[0][0] == "مشرف"
