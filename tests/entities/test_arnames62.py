"""Arabic people the tagger cut (session 56, speakers62ar; quotes_dev62ar.tsv): a name that
ends on a particle no name ends on («لويس فان» of «لويس فان غال»), and a given name read as an
unlisted place right before the person («هند» of «الفنانة التونسية هند صبري»). On short
sentences written as the articles write them."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def people(text: str) -> list[str]:
    return [m["text"] for m in find_entities(text, "ar") if m["type"] == "PER"]


def test_a_name_never_ends_on_a_particle():
    text = "صدم الهولندي لويس فان غال أنصار مانشستر يونايتد الإنجليزي بتصريح صحفي."
    assert "لويس فان غال" in people(text)
    assert "لويس فان" not in people(text)


def test_a_particle_joins_the_person_mention_after_it():
    text = "من جهته، اتهم ألبرت ديل روساريو وزير خارجية الفلبين الصين بتصعيد التوتر."
    assert "ألبرت ديل روساريو" in people(text)


def test_no_role_or_place_is_taken_after_a_particle():
    text = "وقال محمد بن وزير الخارجية إن الاجتماع انتهى."
    assert not any(p.endswith("وزير") for p in people(text))


def test_an_unlisted_place_before_a_person_is_the_given_name():
    text = "هددت الفنانة التونسية هند صبري بمقاضاة كل من اتهمها بالحصول على ملايين الجنيهات."
    assert "هند صبري" in people(text)


def test_a_listed_place_before_a_person_stays_a_place():
    text = "وأكد مدير التعليم بمحافظة ينبع محمد العقيبي أن الطلاب بدأوا الدراسة."
    found = [(m["text"], m["type"]) for m in find_entities(text, "ar")]
    assert ("محمد العقيبي", "PER") in found
    assert not any(t.startswith("ينبع ") for t, _ in found)
