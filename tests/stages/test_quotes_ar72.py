"""Arabic quotes, session 61 (speakers72ar; issue 21 point 3): a «وقال» joined to a verb whose
object is a name glued to «ب»/«ل» goes to the verb's subject, not the object; «المواطن» before
a name says who the person is, as a title does; a stray opening bracket before a name and a
given name «علي» after a title are read as the writer meant. Short excerpts of SaudiNewsNet
articles of the development sets."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import (
    Speaker,
    find_quotes,
    without_citizen_word,
    without_stray_bracket,
)


def speakers(text: str) -> list[str | None]:
    """The speaker as written for each quote found."""
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = find_entities(doc.text, "ar")
    return [q["speaker_text"] for q in find_quotes(doc)]


def test_the_subject_of_a_joined_verb_speaks_not_its_object():
    """snn-2015-08-04-00658 (quotes_dev72ar.tsv): «ورحب سموه بسفراء الحزم، وقال: إن» went to
    those welcomed."""
    text = (
        "استقبل صاحب السمو الأمير الدكتور تركي بن سعود بن محمد آل سعود رئيس مدينة الملك"
        ' عبدالعزيز للعلوم والتقنية "سفراء الحزم" صباح يوم امس الاثنين.\n ورحب سموه بسفراء'
        " الحزم، وقال: إن الدور الكبير والمميز الذي يقوم به جنود الوطن البواسل هو امر يفتخر"
        " به الجميع."
    )
    assert speakers(text) == ["تركي بن سعود بن محمد آل سعود"]


def test_a_surname_before_a_glued_object_speaks():
    """snn-2015-08-03-00072 (quotes_dev48.tsv): «وتمنى البلوي لنايف هزازي التوفيق مع النصر
    وقال» went to «لنايف هزازي التوفيق»."""
    text = (
        "أكد منصور البلوي المشرف على فريق كرة القدم بنادي الاتحاد أن تصريحاته طبيعية.\n"
        " وتمنى البلوي لنايف هزازي التوفيق مع النصر وقال: “الله يسامح اللي فرط فيه”."
    )
    said = speakers(text)
    assert said[-1] is not None and "البلوي" in said[-1]
    assert all("هزازي" not in (s or "") for s in said)


def test_a_citizen_word_before_a_marked_name_is_no_part_of_it():
    """snn-2015-08-04-01343 (quotes_dev72ar.tsv), «وأوضحت المواطنة "ب.و"» of dev64ar: the
    name speaks; a common word after «المواطن» without marks stays as written."""
    text = 'وقال المواطن "الصعب": "توجهت إلى المديرية العامة للسجون بالرياض عدة مرات".'
    assert speakers(text) == ["الصعب"]
    doc = Document(id="t", source="t", text="وقال المواطن العادي إن", lang="ar")
    kept = Speaker(None, "المواطن العادي")
    assert without_citizen_word(doc, kept) is kept


def test_a_stray_bracket_and_a_given_ali_after_a_title():
    """snn-2015-08-01-00358 (quotes_dev68ar.tsv): «ويقول (النقيدان: (…» after «الأستاذ علي
    النقيدان» was «(النقيدان»; «علي» folds as «على» does, but between a title and the name it
    is the given name."""
    text = (
        "أقيمت الدورة تحت إشراف الفنان التشكيلي الأستاذ علي النقيدان. ويقول (النقيدان: (لقي"
        " البرنامج التدريبي الذي نفذ قبل شهر إقبالا كبيرا من الشباب)."
    )
    assert speakers(text) == ["علي النقيدان"]
    assert without_stray_bracket(Speaker(None, "(النقيدان")).text == "النقيدان"
    assert without_stray_bracket(Speaker(None, "(أ ف ب)")).text == "(أ ف ب)"
