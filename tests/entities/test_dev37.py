"""Recognition fixed on entities_dev37 (issue 24, session 37), on short real sentences of the
BBC corpus: titles of works dated by a year, after an actor's part or in a list after a word
for a work, the topic of a law, and organizations whose names run on over "and"."""

from __future__ import annotations

from rasad.stages.entities import find_entities
from tests.support.entities import found


def names(text: str, lang: str = "en") -> set[tuple[str, str]]:
    return found(text, lang)


def texts(text: str, lang: str = "en") -> set[str]:
    return {t for t, _ in names(text, lang)}


def test_a_name_dated_by_a_year_in_brackets_is_a_title():
    text = "Wheels (1971), The Moneychangers (1975) and Overload (1979) followed."
    assert not texts(text) & {"Wheels", "Moneychangers", "Overload"}
    text = "His films include The Crucible (1997) and Martin Scorsese's Gangs Of New York (2003)."
    assert texts(text) == {"Martin Scorsese"}


def test_a_name_after_an_actors_part_is_a_title_unless_a_place_elsewhere():
    text = (
        "Actress Anna Keaveney, who appeared in Brookside, My Family and A Touch of Frost, has "
        "died of lung cancer aged 55."
    )
    assert "Brookside" not in texts(text) and "Anna Keaveney" in texts(text)
    text = "Her performance in Hotel Rwanda, about the 1994 Rwandan genocide, was praised."
    assert "Hotel Rwanda" not in texts(text)
    text = (
        "Gardener's performance in Sheffield could have been affected by the injury. "
        "He set two more personal bests in Sheffield."
    )
    assert [m["text"] for m in find_entities(text, "en")].count("Sheffield") == 2
    text = "He has played a key role in Labour's controversial poster campaign."
    assert "Labour" in texts(text)


def test_names_listed_after_a_word_for_a_work_are_titles_wherever_written():
    text = (
        "The suits were filed against users of the file-sharing programs BitTorrent, eDonkey and "
        "DirectConnect in the United States. BitTorrent users can download movies by following "
        "a link."
    )
    assert texts(text) == {"United States"}


def test_the_topic_and_the_name_of_a_law_are_no_entities():
    text = (
        "The government opted out of part of the European Convention on Human Rights "
        "concerning the right to liberty. Both unions worked with Labour on the Warwick Agreement."
    )
    assert texts(text) == {"Labour"}
    text = "It refused to sign the Kyoto Protocol, Downing Street has indicated."
    assert ("Kyoto", "GPE") in names(text)  # a place inside a treaty's name stays


def test_an_organization_named_over_and_is_one_name():
    text = (
        "Mark Serwotka, the leader of the Public and Commercial Services Union said it was wrong."
    )
    assert ("Public and Commercial Services Union", "ORG") in names(text)
    text = "The move by Amicus and the Transport and General Workers Union (TGWU) was a bid."
    assert "Transport" not in texts(text)
    assert ("Transport and General Workers Union", "ORG") in names(text)
    text = "Tama Umaga has warned the British and Irish Lions will be his most fearsome opponents."
    assert "British" in texts(text)  # a nationality before "and" names its country


def test_a_title_running_on_from_a_word_for_a_work_is_no_entity():
    text = (
        "The BBC's flagship pop music programme Top of the Pops is to move from BBC One. "
        "Top of the Pops was relaunched in a blaze of publicity."
    )
    assert "Pops" not in texts(text) and "BBC One" in texts(text)
    text = "She starred in numerous films including 1989's Shirley Valentine."
    assert "Shirley Valentine" not in texts(text)
    text = "Free programs such as Spybot and Ad-Aware have become widely used."
    assert not texts(text)
    # a person closing a title stays one: the album is named after her
    text = "Keys' album The Diary of Alicia Keys was also up for best R&B album."
    assert "Alicia Keys" in texts(text)


def test_a_name_between_the_and_a_word_for_a_work_is_a_title_everywhere():
    text = (
        "The Incredibles movie has beaten Shrek 2 to the top prize. The Incredibles won a "
        "total of 10 awards. The Sundance Film Festival opened; Robert Redford founded Sundance."
    )
    found = texts(text)
    assert "Incredibles" not in found and "Sundance" in found


def test_a_tournament_of_nations_is_an_event_its_sponsors_acronym_an_organization():
    text = (
        "Gordon D'Arcy has been ruled out of the Ireland team for Saturday's Six Nations clash "
        "against Scotland. Italy host Wales in the RBS Six Nations on Sunday."
    )
    found = names(text)
    assert not {t for t, _ in found if "Nations" in t}
    assert ("RBS", "ORG") in found and ("Scotland", "GPE") in found
    text = "Britain says the United Nations must act."
    assert "United Nations" in texts(text)


def test_a_country_named_by_its_adjective_is_named_by_it_without_its_article():
    text = "وصلت إلى مطار عدن الدولي بعد وصول أربع طائرات سعودية وأخرى إماراتية."
    found = {m["text"]: m for m in find_entities(text, "ar")}
    assert "سعودية" in found and found["سعودية"]["canonical"] == "Saudi Arabia"
    text = "لا تصدر السيارة انبعاثات غازية تماماً."  # "gaseous", no town's adjective
    assert not texts(text, "ar")


def test_a_federation_is_named_by_its_head_an_adjective_and_its_sport():
    text = "أعلن الاتحاد الآسيوي لكرة القدم تعيينه عضوًا في لجنة الإعلام والاتصال."
    assert ("الاتحاد الآسيوي لكرة القدم", "ORG") in names(text, "ar")
    text = "ينازل الفريق الأول لكرة القدم بنادي التعاون مساء اليوم."  # the club's first team
    assert not {t for t in texts(text, "ar") if "لكرة" in t}


def test_an_organizations_short_name_in_brackets_after_it_is_one():
    text = "التي تستضيفها جمعية المكفوفين الخيرية بمنطقة الرياض (كفيف) تحت شعار «التنمية»."
    assert ("كفيف", "ORG") in names(text, "ar")
    # a word in quotes after a clause is no short name, nor a common word in brackets
    text = 'أعضاء حزب العمال الذي تصنفه تركيا بـ"الإرهابي" ولجأت قيادته إلى الجبال.'
    assert "الإرهابي" not in texts(text, "ar")


def test_a_title_in_apposition_to_a_word_for_a_work_or_after_its_owner_is_none():
    text = "It's a Wonderful Life was based on a short story, The Greatest Gift, by Philip Stern."
    assert "Greatest Gift" not in texts(text)
    text = "Their third studio album, Absolution, was released in 2003."
    assert "Absolution" not in texts(text)
    text = "Mr Blair told BBC Radio 4's Woman's Hour: We are being advised by the police."
    assert "Woman's Hour" not in texts(text) and "Blair" in texts(text)
