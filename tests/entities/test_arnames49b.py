"""Arabic-script entities an analyst saw wrong in the whole s48 archive, second round (session
49, arnames49b): a given name alone («إبراهيم») joined a place of its written form, and «لي»
("to me") was a person, then a place; on short sentences written as the articles write them."""

from __future__ import annotations

from rasad.entities.link import EntityIndex, entity_id, type_twins
from rasad.stages.entities import find_entities


def found(text: str, lang: str = "ar") -> list[tuple[str, str]]:
    return [(m["text"], m["type"]) for m in find_entities(text, lang)]


def test_a_given_name_alone_joins_no_place_of_its_form():
    index = EntityIndex()
    # a document where the tagger read the word as a place makes that place an entity
    index.add("d1", "ar", [{"text": "إبراهيم", "type": "LOC", "canonical": None}])
    byline = [{"text": "إبراهيم", "type": "PER", "canonical": None}]
    (player,) = index.add("d2", "ar", byline)
    assert player != entity_id("LOC:=ابراهیم")
    assert type_twins("PER:=ابراهیم") == []
    # a one-word person that is no listed given name still joins the place
    assert "LOC:=سولاوسی" in type_twins("PER:=سولاوسی")


def test_to_me_is_no_entity():
    text = "وسألني الرجل: من أين أنت؟ فقال لي بلهجة مرحة: عليك أن تتقدم هذه المظاهرة."
    assert "لي" not in dict(found(text))
    text = "قالت لي آنذاك: «كان هدية من السماء»، وشاركت في إنتاجه."
    assert "لي" not in dict(found(text))


def test_li_named_in_full_or_a_county_stays():
    text = 'وقال كاي فو لي إن الصين ستتقدم. قال لي "ستكون مضاعفة الميزانية بداية جيدة".'
    assert ("لي", "PER") in found(text)
    text = "التركيزات العالية في مقاطعة لي أو خارجها، والمنخفضة في مقاطعة كولير."
    assert ("لي", "GPE") in found(text)
