"""Round stories76: at consolidation a story's events that are a report and its translations
fold into one (`StoryIndex.fold_translations`), and two stories that stand out from each
other's candidates under the merge bar, sharing a rare name across scripts at comparable
times, merge (`StoryIndex.standing_merge`): CNN's Wheeling rally report in English and its
Arabic and Persian, two stories on the product look (ntrex-en-cnn.304447 with Newsweek's
preview, ntrex-ar-cnn.304447 with CNN's report of what Trump said of Kavanaugh at the rally)."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.cluster.index import Story, StoryIndex, language_key

DIM = 8
EN, AR, FA = language_key("en"), language_key("ar"), language_key("fa")
DAY = date(2018, 9, 29)


def unit(*values: float) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def empty_story() -> tuple[StoryIndex, Story]:
    index = StoryIndex(dim=DIM)
    story = index.stories["s1"] = Story("s1", np.zeros(DIM, dtype=np.float32))
    return index, story


def events_of(story: Story) -> list[list[str]]:
    return [sorted(e.members) for e in story.events]


def place(
    index: StoryIndex, story: Story, doc_id: str, vector: np.ndarray, lang: str, event: int
) -> None:
    """Put a document in event number `event` of the story, as placement left it."""
    index.join(story, doc_id, vector, None, {lang}, event_id=f"{story.id}.e{event}")


def place_dated(
    index: StoryIndex, story: Story, doc: tuple[str, np.ndarray, str], day: date | None, event: int
) -> None:
    index.join(story, doc[0], doc[1], day, {doc[2]}, event_id=f"{story.id}.e{event}")


def quake_story(day_en: date | None = None, day_ar: date | None = None):
    """The Indonesian quake's story as placement left it on the product look: the English
    reports one event ("Death toll from Indonesia tsunami rises to 832", euronews 153835), their
    Arabic and Persian translations another («ارتفاع عدد الوفيات جراء تسونامي إندونيسيا إلى
    832»), the centroids of the two at 0.54 (under the plain event bar 0.6, over it less the
    cross-language shift)."""
    index, story = empty_story()
    place_dated(index, story, ("en-1", unit(1, 0, 0), EN), day_en, 1)
    place_dated(index, story, ("ar-1", unit(0.54, 0.84, 0), AR), day_ar, 2)
    place_dated(index, story, ("fa-1", unit(0.54, 0.84, 0.05), FA), day_ar, 2)
    return index, story


def test_a_report_and_its_translations_fold_into_one_event():
    index, story = quake_story()
    assert events_of(story) == [["en-1"], ["ar-1", "fa-1"]]
    assert index.fold_translations(story)
    assert events_of(story) == [["ar-1", "en-1", "fa-1"]]
    assert [e.id for e in story.events] == ["s1.e1"]
    assert story.events[0].languages == {EN: 1, AR: 1, FA: 1}


def test_dated_reports_fold_within_days_only():
    index, story = quake_story(DAY, date(2018, 9, 30))
    assert index.fold_translations(story)
    index, story = quake_story(DAY, date(2018, 10, 20))
    assert not index.fold_translations(story)


def test_a_dated_event_and_an_undated_one_stay_apart():
    # the seeds' story: the Arabic report of the withdrawal agreement (001, dated 2020-11-18)
    # and the Persian look back at it (003, undated), each the other's nearest at 0.47
    index, story = quake_story(DAY, None)
    assert not index.fold_translations(story)


def test_an_event_that_does_not_stand_out_from_the_runner_up_stays_apart():
    # two Arabic reports of a topic as close to a Persian one: which one it translates is
    # not told by the centroids (the seeds' 001 and 002, 0.47 and 0.43 from 003)
    index, story = empty_story()
    place(index, story, "ar-1", unit(1, 0, 0), AR, 1)
    place(index, story, "ar-2", unit(0.5, 0.866, 0), AR, 2)
    place(index, story, "fa-3", unit(0.47, 0.225, 0.853), FA, 3)
    assert len(story.events) == 3
    assert not index.fold_translations(story)


def test_events_sharing_a_language_meet_the_plain_bar_only():
    index, story = empty_story()
    place(index, story, "en-1", unit(1, 0, 0), EN, 1)
    place(index, story, "en-2", unit(0.54, 0.84, 0), EN, 2)
    assert not index.fold_translations(story)
    assert events_of(story) == [["en-1"], ["en-2"]]


def rally(top: dict[str, int]) -> tuple[StoryIndex, Story, Story, Story]:
    """The rally report's English story (CNN 304447 and Newsweek's preview 51310) and its
    translations' story (with CNN 304489, Trump on Kavanaugh at the rally), and a third
    story of the topic, in an archive of 40 other documents; `top` names keys the two rally
    stories both carry, with how many documents of the archive carry each."""
    index = StoryIndex(dim=DIM)
    english = index.stories["s1"] = Story("s1", np.zeros(DIM, dtype=np.float32))
    translated = index.stories["s2"] = Story("s2", np.zeros(DIM, dtype=np.float32))
    third = index.stories["s3"] = Story("s3", np.zeros(DIM, dtype=np.float32))
    shared = set(top)
    index.join(english, "en-304447", unit(1, 0, 0), None, {EN, *shared})
    index.join(english, "en-51310", unit(1, 0.1, 0), None, {EN})
    index.join(translated, "ar-304447", unit(0.55, 0.835, 0), None, {AR, *shared})
    index.join(translated, "fa-304447", unit(0.55, 0.835, 0.02), None, {FA})
    index.join(third, "en-x", unit(0, 0, 1), None, {EN, "GPE:United States"})
    for n in range(40):  # the rest of the archive: each key on `top[key]` documents in all
        index.count({"GPE:United States", *(k for k, c in top.items() if n < c - 2)})
    return index, english, translated, third


def test_stories_standing_out_under_the_bar_with_a_rare_name_across_scripts_merge():
    index, english, translated, third = rally({"%=west virginia": 2})
    found = index.standing_merge(english, [(0.297, translated, []), (0.142, third, [])])
    assert found is not None and found[0] is translated
    assert "a rare name shared: west virginia" in found[1]


def test_a_common_name_is_no_reason_to_merge_under_the_bar():
    index, english, translated, third = rally({"PER:Donald Trump": 30})
    assert index.standing_merge(english, [(0.297, translated, []), (0.142, third, [])]) is None


def test_a_pair_that_does_not_stand_out_from_the_runner_up_does_not_merge():
    index, english, translated, third = rally({"%=west virginia": 2})
    assert index.standing_merge(english, [(0.297, translated, []), (0.26, third, [])]) is None


def test_a_pair_far_under_the_bar_does_not_merge():
    index, english, translated, third = rally({"%=west virginia": 2})
    assert index.standing_merge(english, [(0.2, translated, []), (0.05, third, [])]) is None


def test_a_dated_story_and_an_undated_one_do_not_merge_under_the_bar():
    index, english, translated, third = rally({"%=west virginia": 2})
    translated.first = translated.last = DAY
    assert index.standing_merge(english, [(0.297, translated, []), (0.142, third, [])]) is None


def test_an_original_and_two_translations_each_alone_fold_in_turn():
    # the Daily Mail's "Peter Jones 'furious' after Holly Willoughby pulls out of £11million
    # deal" (ntrex 298595): its English, Arabic and Persian each an event of its own; each is
    # the others' candidate, none a rival of one language, so the Arabic and the Persian fold
    # first and the English with them
    index, story = empty_story()
    place(index, story, "en-1", unit(1, 0, 0), EN, 1)
    place(index, story, "ar-1", unit(0.5, 0.866, 0), AR, 2)
    place(index, story, "fa-1", unit(0.5, 0.7, 0.5), FA, 3)
    assert index.fold_translations(story)
    assert events_of(story) == [["ar-1", "en-1", "fa-1"]]
