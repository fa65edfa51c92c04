"""English body subjects, session 59 (lead; issue 21 point 3): a subject that names a body or a
group by its kind ("federal authorities announced", "The company later confirmed", "the
authorities announced") never stands for the person named last, though "the" makes it refer
back. Seen on Donald Trump's entity page in the session-59 look: a New York Times article
(ntrex) naming only him gave him the words of "federal authorities" and "the agency". Short
excerpts of that article and sentences written to the same pattern."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def quotes(text: str) -> list[dict]:
    doc = Document(id="t", source="t", text=text, lang="en")
    doc.entities = find_entities(doc.text, "en")
    return find_quotes(doc)


def test_federal_authorities_are_not_the_president_named_before():
    text = (
        "Harsh rhetoric and policies introduced by the Trump administration have made it harder"
        " to place children with sponsors.\nThe risk increased in June, when federal authorities"
        " announced that potential sponsors would have to submit fingerprints."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == [None]
    assert [q["speaker_text"] for q in found] == ["federal authorities"]


def test_the_company_is_not_the_person_named_before():
    text = (
        "Donald Trump visited the border on Monday.\nThe company later confirmed that 70 percent"
        " of those arrested did not have prior criminal records."
    )
    found = quotes(text)
    assert [q["speaker"] for q in found] == [None]
    assert [q["speaker_text"] for q in found] == ["The company"]


def test_a_pronoun_still_refers_back_to_the_person():
    text = (
        "Donald Trump visited the border on Monday.\nHe later confirmed that 70 percent of those"
        " arrested did not have prior criminal records."
    )
    assert [q["speaker"] for q in quotes(text)] == ["PER:Donald Trump"]
