"""Round stories65: at consolidation an event a merged story brought folds into an event of
the kept story with the cross-language shift (round stories64's `stories64-fold`) only when one
of the two holds more than one language (a report and its translation, its centroid averaged
across scripts); two events of one language each meet the plain event bar."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.cluster.index import Story, StoryIndex

DAY = date(2018, 9, 29)

Placed = list[tuple[str, np.ndarray, str]]  # (id, vector, language key)


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def merged_story(first: Placed, brought: Placed) -> Story:
    """A story whose first event is `first` and whose second is far from everything, then a
    story placed apart, one event of `brought`, merged into it and its events folded, as
    consolidation does."""
    index = StoryIndex(dim=4)
    index.add(first[0][0], first[0][1], DAY, {first[0][2], "Q:europe"})
    story = index.stories["s1"]
    for doc_id, vector, lang in first[1:]:
        index.join(story, doc_id, vector, DAY, {lang, "Q:europe"}, event_id="s1.e1")
    index.join(story, "en-2", unit(0, 0, 1, 0), DAY, {"@en", "Q:europe"})
    other = index.stories["s2"] = Story("s2", np.zeros(4, dtype=np.float32))
    for doc_id, vector, lang in brought:
        index.join(other, doc_id, vector, DAY, {lang, "Q:europe"})
    assert len(story.events) == 2 and len(other.events) == 1
    index._merge(story, other)
    index.fold_events(story, index.own_events.pop("s1"))
    return story


def test_a_brought_report_and_its_translation_fold_with_the_shift():
    # the New York Times' "Indonesia Tsunami Toll Soars Above 800" and its Persian translation
    # meet the quake's event: their centroid is under the plain bar (0.6) from the event's,
    # over it less the shift (0.15 x 0.5: half the pair is in another language)
    first = [("en-1", unit(1, 0, 0, 0), "@en")]
    brought = [("en-9", unit(1, 1.5, 0, 0), "@en"), ("fa-9", unit(1, 1.5, 0, 0.1), "@fa")]
    story = merged_story(first, brought)
    assert [sorted(e.members) for e in story.events] == [["en-1", "en-9", "fa-9"], ["en-2"]]
    assert story.events[0].languages == {"@en": 2, "@fa": 1}


def test_a_report_of_one_language_folds_into_an_event_of_two_with_the_shift():
    # the Arabic translation of the Scotsman's "Europe captain Thomas Bjorn knows big lead can
    # soon disappear" meets the Ryder Cup event of English reports and a Persian translation
    first = [("en-1", unit(1, 0, 0, 0), "@en"), ("fa-1", unit(1, 0, 0, 0.1), "@fa")]
    story = merged_story(first, [("ar-9", unit(1, 1.5, 0, 0.05), "@ar")])
    assert [sorted(e.members) for e in story.events] == [["ar-9", "en-1", "fa-1"], ["en-2"]]


def test_two_events_of_one_language_each_meet_the_plain_bar():
    # the seeds' story: a Persian look back at the end-2021 withdrawal, alone in its event, as
    # close to the Arabic reports of the agreement as the pair above is to its event: apart
    first = [("ar-1", unit(1, 0, 0, 0), "@ar"), ("ar-2", unit(1, 0, 0, 0.1), "@ar")]
    story = merged_story(first, [("fa-3", unit(1, 1.5, 0, 0.05), "@fa")])
    assert [sorted(e.members) for e in story.events] == [["ar-1", "ar-2"], ["en-2"], ["fa-3"]]
    assert [e.id for e in story.events] == ["s1.e1", "s1.e2", "s1.e3"]


def test_a_bilingual_event_far_from_every_event_stays_its_own():
    first = [("en-1", unit(1, 0, 0, 0), "@en")]
    brought = [("en-9", unit(0, 1, 0, 0), "@en"), ("fa-9", unit(0, 1, 0, 0.1), "@fa")]
    story = merged_story(first, brought)
    assert [sorted(e.members) for e in story.events][-1] == ["en-9", "fa-9"]
