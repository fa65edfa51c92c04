"""How the story index scores a candidate: shared numbers and dates, entity names across
scripts and types, and the second look at a story's events."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from rasad.cluster import index as story_index
from rasad.cluster.index import (
    StoryIndex,
    fact_keys,
    fact_overlap,
    key_overlap,
    language_key,
    other_language_share,
)
from rasad.stages.dates import find_temporal
from rasad.stages.numbers import find_numbers

# One report written three times (not translations of any corpus text).
QUAKE = {
    "en": "The earthquake on 28 September 2018 killed 1,234 people and left 61,000 homeless.",
    "ar": "أودى الزلزال الذي وقع في 28 سبتمبر 2018 بحياة 1234 شخصا وشرد 61 ألفا.",
    "fa": "زلزله ۲۸ سپتامبر ۲۰۱۸ جان ۱۲۳۴ نفر را گرفت و ۶۱ هزار نفر را بی‌خانمان کرد.",
}
DIM = 64


def facts_of(text: str, lang: str) -> set[str]:
    dates = find_temporal(text, lang, None)
    return fact_keys(find_numbers(text, lang, [(d["start"], d["end"]) for d in dates]), dates)


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_a_translation_has_the_same_number_and_date_keys(lang: str):
    assert facts_of(QUAKE[lang], lang) == facts_of(QUAKE["en"], "en")
    assert facts_of(QUAKE["en"], "en") == {"#2018-09-28", "#1234", "#61000"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two people were hurt in 2018, the police said yesterday.", "en"),
        ("أصيب شخصان في عام 2018 حسبما قالت الشرطة أمس.", "ar"),
        ("دو نفر در سال ۲۰۱۸ زخمی شدند، پلیس دیروز گفت.", "fa"),
    ],
)
def test_common_figures_are_not_keys(text: str, lang: str):
    """Small counts, bare years and days resolved from "yesterday" are shared by chance."""
    assert facts_of(text, lang) == set()


def test_entity_overlap_compares_names_whatever_their_type():
    assert key_overlap({"LOC:~ndns", "PER:~jk"}, {"GPE:~ndns", "ORG:~jk"}) == 1.0
    assert key_overlap({"LOC:~ndns", "#1234"}, {"LOC:~ndns"}) == 1.0


def test_fact_overlap_counts_up_to_its_cap():
    story = {"#1234", "#61000", "#2018-09-28"}
    assert fact_overlap({"PER:~jk"}, story) == 0.0
    assert fact_overlap({"#1234"}, story) == 1 / story_index.FACT_CAP
    assert fact_overlap(story, story) == 1.0


def basis(i: int) -> np.ndarray:
    return np.eye(DIM, dtype=np.float32)[i]


def near(i: int, cosine: float) -> np.ndarray:
    """A unit vector at the given cosine to basis vector i (and 0 to every other story)."""
    return (cosine * basis(i) + (1 - cosine**2) ** 0.5 * basis(DIM - 1)).astype(np.float32)


def test_shared_figures_bring_a_weak_match_into_its_story():
    quake = facts_of(QUAKE["en"], "en")
    n_stories = 6

    def place(keys: set[str]) -> str:
        index = StoryIndex(dim=DIM)
        for i in range(n_stories):
            index.add(f"d{i}", basis(i), None, quake if i == 0 else set())
        # a cosine that falls short of the threshold by half the full figures bonus
        scale = 1 - index.local_scaling / max(n_stories, story_index.CANDIDATES)
        cosine = (index.story_threshold - story_index.FACT_WEIGHT / 2) / scale
        return index.add("translation", near(0, cosine), None, keys).story

    assert place(set()) != "s1"
    assert place(facts_of(QUAKE["fa"], "fa")) == "s1"


def test_a_document_close_to_one_event_of_a_broad_story_joins_it(monkeypatch):
    def place() -> str:
        index = StoryIndex(dim=DIM)
        for i in range(6):  # six different events make one broad story
            index.restore(f"d{i}", basis(i), None, set(), "s1", None)
        index.add("other", basis(10), None, set())
        return index.add("doc", near(0, 0.8), None, set()).story

    assert place() == "s1"
    monkeypatch.setattr(story_index, "EVENT_MARGIN", None)
    assert place() not in {"s1", "s2"}


def test_other_language_share_counts_language_keys():
    index = StoryIndex(dim=DIM)
    index.add("en", basis(0), None, {language_key("en")})
    index.restore("ar", near(0, 0.9), None, {language_key("ar")}, "s1", None)
    story = index.stories["s1"]
    assert story.members == ["en", "ar"]
    assert other_language_share({language_key("fa")}, story) == 1.0
    assert other_language_share({language_key("ar")}, story) == 0.5
    assert other_language_share(set(), story) == 0.0  # a document without a language key


def test_a_translation_gets_the_cross_language_shift(monkeypatch):
    """The same cosine is worth more across languages than within one."""
    monkeypatch.setattr(story_index, "KEY_EVIDENCE_SHIFT", 0.0)  # the shift alone
    index = StoryIndex(dim=DIM)
    index.add("d0", basis(0), None, {language_key("en"), *facts_of(QUAKE["en"], "en")})
    story = index.stories["s1"]
    vector = near(0, 0.5)
    same, _ = index.score(vector, {language_key("en")}, None, story)
    fa = {language_key("fa"), *facts_of(QUAKE["fa"], "fa")}
    other, _ = index.score(vector, fa, None, story)
    with_facts = story_index.FACT_WEIGHT * fact_overlap(fa, story.top_facts(), index.specificity)
    assert other - same - with_facts == pytest.approx(story_index.CROSS_LANGUAGE_SHIFT)


# A poll's figures reported in English and translated into Persian (ntrex_ar_fa_en, dev half).
POLL = {
    "en": "The poll showed more support for a run by former Governor Deval Patrick, with 38 "
    "percent supporting a potential run and 48 percent against it.",
    "fa": "این نظرسنجی نشان داد مردم از شرکت فرماندار سابق Deval Patrick حمایت بیشتری "
    "می‌کنند، ۳۸ درصد موافق شرکت احتمالی او و ۴۸ درصد مخالف آن بودند.",
}


def test_a_translation_sharing_rare_names_and_figures_gets_more_than_the_shift():
    """Across languages, a document that repeats a story's rare name and figures (a
    translation, another outlet's report) gets the key-evidence shift on top of the
    cross-language shift; one that shares only a common name (the topic's country) or one rare
    name does not, and nor does a same-language document with the same keys."""
    index = StoryIndex(dim=DIM)
    index.documents = 10_000
    index.frequency.update({"United States": 3_000, "Deval Patrick": 2, "#38": 40, "#48": 40})
    en = {language_key("en"), "PER:Deval Patrick", "GPE:United States"}
    index.add("en", basis(0), None, en | facts_of(POLL["en"], "en"))
    story = index.stories["s1"]
    fa = {language_key("fa"), "PER:Deval Patrick", *facts_of(POLL["fa"], "fa")}
    assert facts_of(POLL["fa"], "fa") == facts_of(POLL["en"], "en") == {"#38", "#48"}
    assert index.shared_evidence(fa, story) >= story_index.KEY_EVIDENCE_FULL
    vector = near(0, 0.45)

    def gain(keys: set[str]) -> float:
        """The score over a same-language document's with no shared keys, less the entity
        and figure bonuses (each already in the score)."""
        plain, _ = index.score(vector, {language_key("en")}, None, story)
        score, _ = index.score(vector, keys, None, story)
        overlap = key_overlap(keys, story.top_keys(), index.specificity)
        facts = fact_overlap(keys, story.top_facts(), index.specificity)
        bonuses = story_index.ENTITY_WEIGHT * overlap + story_index.FACT_WEIGHT * facts
        return score - plain - bonuses

    shift, extra = story_index.CROSS_LANGUAGE_SHIFT, story_index.KEY_EVIDENCE_SHIFT
    assert gain(fa) == pytest.approx(shift + extra)
    assert gain({language_key("fa"), "GPE:United States"}) == pytest.approx(shift)
    # one rare name alone (half a figure's weight) does not pass the floor
    assert gain({language_key("fa"), "PER:Deval Patrick"}) == pytest.approx(shift)
    assert gain(fa - {language_key("fa")} | {language_key("en")}) == pytest.approx(0.0)


def test_a_report_from_years_before_gets_no_translations_benefit():
    """The key-evidence shift is for reports of one event, which come out around the same
    time: the same keys from a document dated more than REACH_DAYS outside the story get none (a
    2013 Persian article on the Taliban joined a 2015 Arabic story on its new leader)."""
    index = StoryIndex(dim=DIM)
    index.documents = 10_000
    index.frequency.update({"Deval Patrick": 2, "#38": 40, "#48": 40})
    day = date(2015, 8, 2)
    en = {language_key("en"), "PER:Deval Patrick"}
    index.add("en", basis(0), day, en | facts_of(POLL["en"], "en"))
    story = index.stories["s1"]
    fa = {language_key("fa"), "PER:Deval Patrick", *facts_of(POLL["fa"], "fa")}
    vector = near(0, 0.45)
    near_day, why_near = index.score(vector, fa, day + timedelta(days=3), story)
    years_off = day - timedelta(days=story_index.REACH_DAYS + 1)
    _, why_far = index.score(vector, fa, years_off, story)
    assert any(w.startswith("rare names and figures") for w in why_near)
    assert not any(w.startswith("rare names and figures") for w in why_far)


def test_a_common_figure_says_less_than_a_rare_one():
    """Shared figures count as much as they are rare in the archive: 10 is on many documents,
    the day and the toll of one earthquake on few."""
    index = StoryIndex(dim=DIM)
    index.documents = 10_000
    index.frequency.update({"#10": 900, "#1234": 2, "#2018-09-28": 3})
    story = {"#10", "#1234", "#2018-09-28"}
    assert fact_overlap({"#10"}, story, index.specificity) == 0.0
    assert fact_overlap({"#10"}, story) == 1 / story_index.FACT_CAP  # unweighted
    quake = facts_of(QUAKE["ar"], "ar")
    assert fact_overlap(quake, story, index.specificity) == 1.0


def test_figures_are_counted_with_the_names():
    index = StoryIndex(dim=DIM)
    index.add("d0", basis(0), None, {"GPE:Indonesia", *facts_of(QUAKE["en"], "en")})
    assert index.frequency["Indonesia"] == index.frequency["#1234"] == 1
    assert index.take_counted() == {"#1234": 1, "#2018-09-28": 1, "#61000": 1, "Indonesia": 1}


def test_the_first_documents_of_a_stream_can_join_a_story():
    """With one story in the index, a close document joins it: the neighbourhood mean counts
    the candidates that do not exist yet as unrelated instead of cancelling the match."""
    index = StoryIndex(dim=DIM)
    index.add("d0", basis(0), None, set())
    assert index.add("d1", near(0, 0.7), None, set()).story == "s1"
    assert index.add("d2", basis(5), None, set()).story == "s2"


def test_a_document_months_outside_a_story_joins_it_only_on_a_rare_name():
    """Likeness and common names (a country, a news agency) tie a topic across months, not a
    story: a document dated far outside a story's span needs a name that says much."""
    from datetime import date

    def place(keys: set[str]) -> str:
        index = StoryIndex(dim=DIM)
        index.documents = 10_000  # an archive in which most documents carry these two names
        index.frequency.update({"Iran": 900, "Reuters": 300})
        index.add("oil-2015", basis(0), date(2015, 8, 3), keys)
        weeks = index.add("oil-weeks-later", basis(0), date(2015, 8, 20), keys).story
        assert weeks == "s1"  # within the reach, the vector alone decides
        return index.add("oil-2017", basis(0), date(2017, 2, 4), keys).story

    assert place({"GPE:Iran", "ORG:Reuters"}) != "s1"
    assert place({"GPE:Iran", "ORG:Reuters", "PER:Bijan Zanganeh"}) == "s1"


def unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


@pytest.mark.parametrize("neighbours", [0, 7])
def test_stories_merge_only_when_they_stand_out_from_their_neighbourhood(neighbours: int):
    """Two stories as alike as two stories of one dense region (a market's daily closes and
    the oil prices of the same days) merge when nothing else is near, not among neighbours
    just as alike."""
    index = StoryIndex(dim=DIM)
    # a and b at cosine 0.7; each neighbour at 0.6 to both
    index.restore("a", unit(0.922 * basis(0) + 0.387 * basis(1)), None, set(), "s1", None)
    index.restore("b", unit(0.922 * basis(0) - 0.387 * basis(1)), None, set(), "s2", None)
    for i in range(neighbours):
        vector = unit(0.651 * basis(0) + 0.759 * basis(10 + i))
        index.restore(f"n{i}", vector, None, set(), f"s{3 + i}", None)
    merged = index.consolidate()
    assert (merged.get("s2") == "s1") is (neighbours == 0)
    if merged:
        assert "neighbourhood" in index.reasons["s2"]


@pytest.mark.parametrize(("first", "second", "merges"), [("fa", "ar", True), ("ar", "ar", False)])
def test_two_stories_in_two_languages_merge_at_a_translations_closeness(
    first: str, second: str, merges: bool
):
    """e5 scores two reports of one event lower across languages than within one, so the
    closest events of two stories in two languages count the cross-language shift a
    translation gets at placement: a cosine that two same-language stories do not pass."""
    index = StoryIndex(dim=DIM)
    index.restore("a", basis(0), None, {language_key(first)}, "s1", None)
    index.restore("b", near(0, 0.5), None, {language_key(second)}, "s2", None)
    merged = index.consolidate()
    assert (merged.get("s2") == "s1") is merges


def test_language_difference_is_the_chance_two_documents_differ_in_language():
    index = StoryIndex(dim=DIM)
    for i, (lang, story) in enumerate([("en", "s1"), ("ar", "s1"), ("ar", "s2"), ("fa", "s3")]):
        index.restore(f"d{i}", basis(i), None, {language_key(lang)}, story, None)
    one, two, three = (index.stories[s] for s in ("s1", "s2", "s3"))
    assert story_index.language_difference(one, two) == 0.5
    assert story_index.language_difference(two, three) == 1.0
    assert story_index.language_difference(two, two) == 0.0


@pytest.mark.parametrize(("days_apart", "events"), [(1, 1), (10, 2)])
def test_an_event_of_a_merged_story_joins_the_kept_storys_event_it_reports(
    days_apart: int, events: int
):
    """Two reports of one happening that started two stories (merged at consolidation) end
    in one event, as they would had the second joined the first story at placement; a report
    of days later stays an event of its own."""
    index = StoryIndex(dim=DIM)
    day = date(2015, 8, 3)
    index.restore("a", basis(0), day, set(), "s1", None)
    index.restore("b", near(0, 0.8), day + timedelta(days=days_apart), set(), "s2", None)
    assert index.consolidate() == {"s2": "s1"}
    kept = index.stories["s1"]
    assert len(kept.events) == events
    assert sorted(m for e in kept.events for m in e.members) == ["a", "b"]


@pytest.mark.parametrize(("figures", "merges"), [(set(), False), ({"#2021-12-31", "#2500"}, True)])
def test_two_stories_sharing_rare_figures_merge_below_the_bare_event_closeness(
    figures: set[str], merges: bool
):
    """Two reports of one event in two languages whose closest events fall just short of the
    bar (e5 across languages) merge when they repeat the same rare figures, as a document
    joins a story on them at placement; without the figures they stay apart."""
    index = StoryIndex(dim=DIM)
    index.restore("a", basis(0), None, {language_key("fa")} | figures, "s1", None)
    index.restore("b", near(0, 0.42), None, {language_key("ar")} | figures, "s2", None)
    merged = index.consolidate()
    assert (merged.get("s2") == "s1") is merges
    if merges:
        assert "shared figures 2021-12-31, 2500" in index.reasons["s2"]


@pytest.mark.parametrize(("year", "same_event"), [(2020, True), (2021, False)])
def test_a_document_dated_only_to_a_year_joins_no_event_outside_it(year: int, same_event: bool):
    """A report dated to a day and a close one whose date is known only to its year: one event
    when the day lies in that year, two when it does not (a 2021 report is no report of a day
    of November 2020)."""
    index = StoryIndex(dim=DIM)
    index.restore("day", basis(0), date(2020, 11, 18), set(), "s1", None)
    window = (date(year, 1, 1), date(year, 12, 31))
    a = index.add("year", near(0, 0.95), None, set(), known=False, within=window)
    assert a.story == "s1"
    assert (a.event == "s1.e1") is same_event


# Japan's economy in a BBC report of 2005 (undated in the corpus) and in a Saudi News Net report
# of 2015-08-01 (bbc-business-156, snn-2015-08-01-00232, shortened): one topic, two events ten
# years apart, the same percentages.
JAPAN = {
    "en": "Industrial output rose 2.1% in January from a month earlier. The Nikkei 225 index "
    "ended the day up 0.7%, after a 0.1% contraction in the final three months of last year.",
    "ar": "الناتج الصناعي يتقلب عقب تراجع بنسبة 2.1 في المائة في أيار (مايو). وزادت أسعار "
    "المستهلكين في اليابان بنسبة 0.1 في المائة، وتوقع البنك ارتفاعها بنسبة 0.7 في المائة.",
}


def test_a_dated_report_gets_no_translations_benefit_from_an_undated_story():
    """When one of a document and a story has a date and the other none, their times cannot
    be compared: the cross-language shift and evidence need names that say much, not only
    shared figures (Saudi News Net's 2015 report on Japan joined BBC's undated 2005 story).
    Both undated (a translation of an undated article), the shift stays."""
    index = StoryIndex(dim=DIM)
    index.documents = 10_000
    index.frequency.update({"Japan": 150, "Bank of Japan": 4, "#2.1": 30, "#0.7": 30, "#0.1": 30})
    en = {language_key("en"), "GPE:Japan", *facts_of(JAPAN["en"], "en")}
    index.add("bbc", basis(0), None, en)
    story = index.stories["s1"]
    ar = {language_key("ar"), "GPE:Japan", *facts_of(JAPAN["ar"], "ar")}
    assert {"#2.1", "#0.7", "#0.1"} <= facts_of(JAPAN["ar"], "ar") & facts_of(JAPAN["en"], "en")
    vector = near(0, 0.4)
    undated, why_undated = index.score(vector, ar, None, story)
    dated, why_dated = index.score(vector, ar, date(2015, 8, 1), story)
    assert any(w.endswith("of the story in other languages") for w in why_undated)
    assert not any(w.endswith("of the story in other languages") for w in why_dated)
    assert undated - dated >= story_index.CROSS_LANGUAGE_SHIFT
    # a name that says much still vouches for a translation across the missing date
    story.keys["ORG:Bank of Japan"] += 1
    story.cached.clear()
    _, why_named = index.score(vector, ar | {"ORG:Bank of Japan"}, date(2015, 8, 1), story)
    assert any(w.endswith("of the story in other languages") for w in why_named)


# Two sessions of one market, each reported twice, written in the style of Saudi News Net's
# closing reports of August 2015 (not corpus sentences), and a follow-up of the first session.
SUNDAY = "أغلق مؤشر سوق الأسهم السعودية على تراجع حاد بنسبة 3.20% فاقدا 291 نقطة عند 8816 نقطة."
TUESDAY = "سجلت الأسهم السعودية تراجعا بـ 51 نقطة لتغلق عند 8769 نقطة بتداولات 5.41 مليار ريال."
SUNDAY_FOLLOW_UP = "خسائر الأحد بنسبة 3.20% هي الأسوأ منذ أربعة أشهر بحسب المحللين."


@pytest.mark.parametrize(("second", "merges"), [(TUESDAY, False), (SUNDAY_FOLLOW_UP, True)])
def test_stories_counting_figures_of_their_own_do_not_merge(second: str, merges: bool):
    """Two stories of one market's closes, as alike as two reports of one event, stay apart
    when each carries three figures of its own session and they share none (two sessions,
    two events); a follow-up of the first session, repeating its figure and carrying none of
    its own, merges with it."""
    index = StoryIndex(dim=DIM)
    day = date(2015, 8, 2)
    for i in range(2):
        index.restore(f"a{i}", basis(0), day, facts_of(SUNDAY, "ar"), "s1", None)
        index.restore(f"b{i}", near(0, 0.8), day, facts_of(second, "ar"), "s2", None)
    merged = index.consolidate()
    assert (merged.get("s2") == "s1") is merges
