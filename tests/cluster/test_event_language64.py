"""Round stories64: the event bar is lowered for a translation only as far as the event itself
is in other languages than the document's (rounds stories62, stories64)."""

from __future__ import annotations

import json
from datetime import date

import numpy as np

from rasad.cluster.index import StoryIndex
from rasad.cluster.state import story_from_row, story_row

DAY = date(2018, 9, 29)


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def three_language_story() -> StoryIndex:
    """A story of an English report and its Persian translation, one event (the arrests of
    Track Palin: CNN's «Sarah Palin cites Track Palin's PTSD at Donald Trump rally»), then
    its Arabic translation as an event of its own."""
    index = StoryIndex(dim=4)
    index.add("en-1", unit(0, 0, 1, 0), DAY, {"@en", "palin"})
    story = index.stories["s1"]
    index.join(story, "fa-1", unit(0, 0, 1, 0.1), DAY, {"@fa", "palin"})
    index.join(story, "ar-1", unit(1, 0, 0, 0), DAY, {"@ar", "palin"})
    assert [len(e.members) for e in story.events] == [2, 1]
    return index


def test_a_report_in_the_language_of_an_event_gets_no_shift_from_the_story():
    # Newsweek's «Sarah Palin's Eldest Son Arrested on Domestic Violence Charges» (2018) in
    # Arabic beside the Arabic CNN report (2016): two thirds of the story are in other
    # languages, but the event it nears is Arabic alone: the plain bar of 0.6
    index = three_language_story()
    story = index.stories["s1"]
    report = unit(1, 1.5, 0, 0)  # cosine 0.55 with the Arabic event
    event = index.join(story, "ar-2", report, DAY, {"@ar", "palin"})
    assert event.id == "s1.e3"


def test_a_translation_joins_an_event_of_other_languages_below_the_plain_bar():
    index = StoryIndex(dim=4)
    index.add("en-1", unit(1, 0, 0, 0), DAY, {"@en", "indonesia"})
    story = index.stories["s1"]
    event = index.join(story, "ar-1", unit(1, 1.5, 0, 0), DAY, {"@ar", "indonesia"})
    assert event.id == "s1.e1" and event.languages == {"@en": 1, "@ar": 1}


def test_a_stored_row_keeps_the_events_languages_and_an_older_row_counts_none():
    index = three_language_story()
    row = story_row(index.stories["s1"])
    again = story_from_row(row, 4)
    assert [dict(e.languages) for e in again.events] == [{"@en": 1, "@fa": 1}, {"@ar": 1}]
    state = json.loads(row[2])
    for event in state["events"]:
        del event["languages"]  # a row stored before stories64
    older = story_from_row((row[0], row[1], json.dumps(state), row[3]), 4)
    assert all(not e.languages for e in older.events)


def test_an_event_whose_members_are_not_all_counted_keeps_the_plain_bar():
    # an event loaded from a row stored before stories64 (none counted): its counts say
    # nothing of its members, so a translation meets the plain bar; counted, it joins
    def story_of_two_english_reports(counted: bool) -> tuple[StoryIndex, str]:
        index = StoryIndex(dim=4)
        index.add("en-1", unit(1, 0, 0, 0), DAY, {"@en", "indonesia"})
        story = index.stories["s1"]
        index.join(story, "en-2", unit(1, 0.1, 0, 0), DAY, {"@en", "indonesia"})
        if not counted:
            story.events[0].languages.clear()  # as loaded from an older row
        return index, story.id

    for counted, expected in ((True, "s1.e1"), (False, "s1.e2")):
        index, story_id = story_of_two_english_reports(counted)
        translation = unit(1, 1.5, 0, 0)  # cosine about 0.6 less a little
        event = index.join(index.stories[story_id], "ar-1", translation, DAY, {"@ar", "indonesia"})
        assert event.id == expected
