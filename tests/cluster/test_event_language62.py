"""Round stories62: a translation joins its originals' event with the cross-language shift."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.cluster.index import StoryIndex

DAY = date(2018, 9, 29)


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_a_translation_joins_its_originals_event_below_the_same_language_bar():
    # the Indonesian quake: the English original's event, then its Arabic translation, whose
    # e5 vector is further from it than another English report of the event would be
    index = StoryIndex(dim=4)
    index.add("en-1", unit(1, 0, 0, 0), DAY, {"@en", "indonesia"})
    story = index.stories["s1"]
    translation = unit(1, 1.5, 0, 0)  # cosine 0.55: under the event bar of 0.6
    assert float(translation @ story.events[0].centroid()) < index.event_threshold
    event = index.join(story, "ar-1", translation, DAY, {"@ar", "indonesia"})
    assert event.id == "s1.e1"


def test_a_same_language_report_as_far_starts_an_event_of_its_own():
    index = StoryIndex(dim=4)
    index.add("en-1", unit(1, 0, 0, 0), DAY, {"@en", "indonesia"})
    story = index.stories["s1"]
    event = index.join(story, "en-2", unit(1, 1.5, 0, 0), DAY, {"@en", "indonesia"})
    assert event.id == "s1.e2"
