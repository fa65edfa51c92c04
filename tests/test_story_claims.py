"""A story's "Numbers and claims": facts from the statements and their alignment, on real
SaudiNewsNet coverage of one attack (six articles of five outlets) and on the seeds."""

from __future__ import annotations

from collections import defaultdict

import pytest

from rasad.analysis.statements import story_claims
from tests.support.articles import article_reader
from tests.test_statements import analysed

# A suicide attack in eastern Turkey as five outlets told it over two days: each gives the
# attack's toll, and most also the air strikes' toll of fighters and the conflict's toll
# since 1984 (what the five-concept table showed as "troops 260", "casualties 40000").
ATTACK = {
    "awsat-1": "snn-2015-08-02-00101",
    "weeam": "snn-2015-08-02-00919",
    "eqtisadiya": "snn-2015-08-02-00265",
    "yaum-1": "snn-2015-08-02-00941",
    "yaum-2": "snn-2015-08-03-01108",
    "awsat-2": "snn-2015-08-03-00164",
}


@pytest.fixture(scope="module")
def facts(shared) -> dict[str, list[dict]]:
    read = article_reader(shared, ATTACK)
    docs = []
    for case in ATTACK:
        a = read(case)
        docs.append(analysed(a["text"], "ar", a["published"], a["outlet"], a["id"]))
    by_fact: dict[str, list[dict]] = defaultdict(list)
    for item in story_claims(docs):
        by_fact[item["fact"]].append(item)
    return dict(by_fact)


def fact_with(facts: dict[str, list[dict]], value: float, kind: str | None = None) -> list[dict]:
    (fact,) = [
        items
        for items in facts.values()
        if any(i["value"] == value for i in items) and (kind is None or items[0]["kind"] == kind)
    ]
    return fact


def test_a_fact_told_in_digits_and_in_words_by_several_outlets_is_one_value(facts):
    (toll,) = fact_with(facts, 40000)  # "40 ألف" / "أربعين ألف" / "اربعين الف"
    assert toll["kind"] == "killed"
    assert len({e["text"] for e in toll["evidence"]}) >= 3
    assert len(toll["outlets"]) >= 2


def test_what_is_counted_is_the_counted_noun_not_a_concept(facts):
    (fighters,) = fact_with(facts, 260)
    assert fighters["kind"] in ("count", "killed")
    assert fighters["counts"].startswith("مقاتل")  # fighters, not "troops"
    assert len(fighters["outlets"]) >= 2


def test_the_dead_and_the_injured_are_never_one_fact(facts):
    for items in facts.values():
        assert len({i["kind"] for i in items}) == 1
    injured_400 = fact_with(facts, 400, "injured")
    assert all(i["value"] != 260 for i in injured_400)


def test_outlets_giving_different_values_for_one_fact_share_its_row(facts):
    # the mine in Mardin: four injured in some outlets, seven in others
    (differ,) = [f for f in facts.values() if {i["value"] for i in f} == {4, 7}]
    assert differ[0]["kind"] == "injured"
    assert all(i["about"] == differ[0]["about"] for i in differ)
    outlets = [set(i["outlets"]) for i in differ]
    assert outlets[0] and outlets[1]


def test_figures_nothing_ties_stay_separate_facts(facts):
    # the attack's two dead, the fighters killed in air strikes and the conflict's toll are
    # three facts however many outlets give each
    facts_of = {
        value: {f for f, items in facts.items() if any(i["value"] == value for i in items)}
        for value in (2, 260, 40000)
    }
    assert not facts_of[260] & facts_of[40000]
    assert not facts_of[2] & (facts_of[260] | facts_of[40000])


def test_every_item_points_at_the_words_of_its_document(facts, shared):
    read = article_reader(shared, ATTACK)
    texts = {read(case)["id"]: read(case)["text"] for case in ATTACK}
    for items in facts.values():
        for item in items:
            assert {"about", "value", "evidence"} <= set(item)
            for e in item["evidence"]:
                assert texts[e["doc"]][e["start"] : e["end"]] == e["text"]


def test_a_span_of_time_is_no_fact(facts):
    """«منذ يومين», «لمدة ثلاث ساعات»: how long or how long ago, never a count of days to set
    against another outlet's."""
    from rasad.analysis.statements import noun_key, time_span_keys

    counted = {noun_key(i["counts"]) for items in facts.values() for i in items if i["counts"]}
    assert counted and not counted & time_span_keys()
    assert noun_key("يومين") in time_span_keys() and noun_key("شب") in time_span_keys()
