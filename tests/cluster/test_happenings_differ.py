"""Round stories78: at consolidation two stories of one language, each of two documents or more,
are two happenings of a kind and do not merge when each has a subject the other never names, or
when their known days have no day in common (`StoryIndex.happenings_differ`). Read on the
whole archive's consolidation (eval/labels/stories78_moves.md): Mohammed bin Salman's visit to
Jordan (snn-2015-08-04-00146, «ولي ولي العهد السعودي يغادر اليوم إلى عمان للقاء الملك عبد الله
الثاني») joined the Egyptian press on his visit to Egypt (snn-2015-08-01-00471, «الصحف المصرية
تنوه بزيارة ولي ولي العهد»), and the King's national-day greetings to Niger
(snn-2015-08-03-01162, «القيادة تهنئ رئيس النيجر بذكرى الاستقلال») those to Benin and
Switzerland (snn-2015-08-01-00603, «القيادة تهنئ رئيسي الاتحاد السويسري وجمهورية بنين»)."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.cluster.index import Story, StoryIndex, language_key, own_subjects

DIM = 8
AR, EN = language_key("ar"), language_key("en")
MBS = "PER:~mhmd bn slmn bn bdlz"


def unit(*values: float) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def story_of(index: StoryIndex, story_id: str, docs: list[tuple[date | None, set[str]]]) -> Story:
    story = index.stories[story_id] = Story(story_id, np.zeros(DIM, dtype=np.float32))
    for n, (day, keys) in enumerate(docs):
        index.join(story, f"{story_id}-{n}", unit(1, 0.1 * n, 0), day, keys)
    return story


def visits(jordan_day: date, egypt_day: date, lang: str = AR) -> tuple[StoryIndex, Story, Story]:
    """The two visits' stories: every report names Jordan, or Egypt; both name the prince."""
    index = StoryIndex(dim=DIM)
    jordan = story_of(index, "s2", [(jordan_day, {lang, MBS, "LOC:Jordan"})] * 2)
    egypt = story_of(index, "s1", [(egypt_day, {AR, MBS, "LOC:Egypt", "LOC:Cairo"})] * 3)
    return index, jordan, egypt


def test_two_visits_to_two_countries_are_two_happenings():
    index, jordan, egypt = visits(date(2015, 8, 4), date(2015, 8, 3))
    assert own_subjects(jordan, egypt) == {"Jordan"}
    assert own_subjects(egypt, jordan) == {"Egypt", "Cairo"}
    assert index.happenings_differ(jordan, egypt)


def test_reports_of_one_happening_share_their_subject():
    # the capture of Al-Anad base: every report of both stories names it
    index = StoryIndex(dim=DIM)
    anad = {AR, "LOC:=عند"}
    storming = story_of(index, "s2", [(date(2015, 8, 3), anad | {"LOC:Taiz"}), (None, anad)])
    taken = story_of(index, "s1", [(date(2015, 8, 3), anad | {"LOC:Laḩij"})] * 2)
    assert not index.happenings_differ(storming, taken)


def test_days_apart_part_two_greetings_of_one_kind():
    # the greetings to Benin (1 August) and to Niger and Jamaica (2-4 August, one story by
    # the rounds' merges): no name is in every report of the second story, and no day is shared
    index = StoryIndex(dim=DIM)
    king = {AR, "PER:~slmn bn bdlz"}
    benin = story_of(index, "s1", [(date(2015, 8, 1), king | {"LOC:Benin City"})] * 2)
    later = story_of(
        index, "s2", [(date(2015, 8, 2), king | {"LOC:Niger"}), (date(2015, 8, 4), king)]
    )
    assert not own_subjects(later, benin)
    assert index.happenings_differ(later, benin)


def test_reports_of_a_shared_day_may_still_join():
    index, jordan, egypt = visits(date(2015, 8, 1), date(2015, 8, 1))
    # one report recalls the Egypt visit in Cairo: Egypt's story has no subject of its own
    jordan.keys.update({"LOC:Egypt": 1, "LOC:Cairo": 1})
    assert not index.happenings_differ(jordan, egypt)


def test_a_single_report_or_another_language_is_left_to_the_other_rules():
    index, jordan, egypt = visits(date(2015, 8, 4), date(2015, 8, 1), lang=EN)
    assert not index.happenings_differ(jordan, egypt)  # English beside Arabic
    index = StoryIndex(dim=DIM)
    one = story_of(index, "s3", [(date(2015, 8, 4), {AR, "LOC:Jordan"})])
    egypt = story_of(index, "s1", [(date(2015, 8, 1), {AR, "LOC:Egypt"})] * 2)
    assert not index.happenings_differ(one, egypt)


def test_a_story_naming_nothing_does_not_join_a_story_with_a_subject():
    """Round stories84: Al-Jazirah's greetings to Niger's president (snn-2015-08-03-00502) and
    to Jamaica's governor-general (snn-2015-08-04-00520), each a photo caption under its
    headline («خادم الحرمين ولي العهد»: no name read), one story at placement, do not join the
    Niger greetings of the other outlets (snn-2015-08-02-00143, «خادم الحرمين الشريفين ونائبه
    يبعثان برقيتي تهنئة لرئيس النيجر»), whose every report names Niger: they show no subject in
    common."""
    index = StoryIndex(dim=DIM)
    captions = story_of(index, "s2", [(date(2015, 8, 3), {AR}), (date(2015, 8, 4), {AR})])
    niger_keys = {AR, "PER:~slmn bn bdlz", "LOC:Niger"}
    niger = story_of(index, "s1", [(date(2015, 8, d), niger_keys) for d in (2, 3, 3)])
    assert not index.happenings_differ(captions, niger)  # no subject of its own to differ by
    assert index.subject_unshown(captions, niger) and index.subject_unshown(niger, captions)


def test_stories_that_both_name_something_or_nothing_are_left_to_the_other_rules():
    index, jordan, egypt = visits(date(2015, 8, 1), date(2015, 8, 1))
    assert not index.subject_unshown(jordan, egypt)
    captions = story_of(index, "s3", [(date(2015, 8, 1), {AR})] * 2)
    blank = story_of(index, "s4", [(date(2015, 8, 1), {AR})])
    assert not index.subject_unshown(captions, blank)
    english = story_of(index, "s5", [(date(2015, 8, 1), {EN, "LOC:Jordan"})] * 2)
    assert not index.subject_unshown(captions, english)  # another language: a translation's
