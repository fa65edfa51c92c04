"""English speakers, session 70 (speakers70en; issue 21 point 3; quotes_dev70en): a pronoun is
not a person the quote speaks of by name, a name after "He added" or inside a role's complement
is not the speaker, a person "of" a body speaks rather than the body, a relative clause between
subject and verb holds no speaker, and ", said she had …" after an aside is no inversion. Short
excerpts of BBC articles (quotes_dev70en and the unlabelled check) typed in."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def quotes(text: str) -> list[dict]:
    doc = Document(id="t", source="t", text=text, lang="en")
    doc.entities = find_entities(doc.text, "en")
    return find_quotes(doc)


def speaker_of(found: list[dict], words: str) -> str | None:
    """The speaker as written of the quote whose words start with `words`."""
    quote = next(q for q in found if q["text"].startswith(words))
    return quote["speaker_text"]


SCULTHORPE = (
    "Sculthorpe also called on the rugby league authorities to have a serious look at the number"
    " of games. Sean Long, Sculthorpe's Saints and Lions team-mate, has expressed doubts about his"
    " international future. \"I think Sean's situation is to do with the sheer number of games"
    " we're playing,\" he said.\n\"The way he's looking at it is that he's willing to do that."
    ' "The RFL has got to do something about the fixtures."'
)


def test_he_is_not_the_person_his_quote_names():
    found = quotes(SCULTHORPE)
    assert speaker_of(found, "I think Sean") is None


def test_the_speech_going_on_after_it_stays_unknown():
    found = quotes(SCULTHORPE)
    assert speaker_of(found, "The way he") is None


def test_they_are_not_a_company_their_words_name():
    text = (
        "European sporting goods companies have seen foreign revenues squeezed by a slump in the"
        " value of the US dollar, making a takeover more attractive, analysts said. Companies"
        " such as Quiksilver would be able to cut costs by selling Rossignol skis through their"
        " shops, they added."
    )
    assert speaker_of(quotes(text), "Companies such as") is None


def test_a_name_after_he_added_is_the_quotes_subject():
    text = (
        "Oliver Stone expressed the hope that the film might be better appreciated in Europe."
        ' He added Alexander "was not an easy movie, but then I\'ve never made easy movies".'
    )
    assert speaker_of(quotes(text), "was not an easy movie") is None


def test_a_role_after_its_verb_is_not_the_names_of_its_complement():
    text = (
        'The film opened on Wednesday. "One of the reasons I am being honoured here is Europeans'
        ' tend to see me a little differently," said the director behind JFK, Platoon and Born'
        " on the Fourth of July."
    )
    assert speaker_of(quotes(text), "One of the reasons") == "the director behind JFK"


def test_a_spokesman_for_a_body_still_speaks_for_it():
    text = '"We will win the league," said a spokesman for Chelsea.'
    assert speaker_of(quotes(text), "We will win") == "a spokesman for Chelsea"


def test_a_person_of_a_body_speaks_not_the_body():
    text = (
        "Ashok Vishwanathan of Operation Black Vote, which aims to increase ethnic minorities'"
        " participation in the political process, said the result again showed all-women"
        " shortlists were not effective."
    )
    assert speaker_of(quotes(text), "the result again") == "Ashok Vishwanathan"


def test_a_relative_clause_before_the_verb_holds_no_speaker():
    text = (
        "Heineken, which also owns the Amstel and Murphy's stout brands, said it would also seek"
        " to cut costs."
    )
    assert speaker_of(quotes(text), "it would also seek") != "Murphy's stout brands"


def test_said_she_after_an_aside_opens_her_clause():
    text = (
        "ITV's controller of entertainment, Claudia Rosencrantz, said she had no hesitation in"
        " recommissioning the show."
    )
    found = quotes(text)
    assert [q["text"] for q in found] == ["she had no hesitation in recommissioning the show"]
    assert speaker_of(found, "she had") == "Claudia Rosencrantz"


def test_a_role_of_a_place_is_not_the_company_named_before():
    text = (
        "Volkswagen is considering building a car factory in India, but said it had yet to make a"
        " final decision. Its comments came after the industry minister of India's Andhra Pradesh"
        " state said a team of VW officials were due to visit to discuss the plans."
    )
    speaker = speaker_of(quotes(text), "a team of VW")
    assert speaker == "the industry minister of India's Andhra Pradesh state"


def test_a_statement_detailing_something_is_no_role():
    text = (
        "In a statement detailing the banning of the accounts Valve said this system helped"
        " identify who had got hold of pirated copies."
    )
    assert speaker_of(quotes(text), "this system") != "the banning of the accounts Valve"
