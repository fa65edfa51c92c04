"""Round stories72: a translation standing out from its candidates joins its original's story
under the bar only on the event's own evidence — a rare name, or a figure or date shared
within EVENT_DAYS — never on the topic's common names (an Arabic translation arriving before
its English met an undated BBC story of the weak dollar on "Europe")."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.cluster import index as story_index
from rasad.cluster.index import StoryIndex, language_key

DIM = 64
EN, AR = language_key("en"), language_key("ar")
DAY = date(2018, 10, 1)


def basis(i: int) -> np.ndarray:
    return np.eye(DIM, dtype=np.float32)[i]


def near(i: int, cosine: float, j: int | None = None, other: float = 0.0) -> np.ndarray:
    """A unit vector at `cosine` to basis vector i (and `other` to basis vector j)."""
    v = cosine * basis(i) + (other * basis(j) if j is not None else 0)
    rest = max(1 - cosine**2 - other**2, 0.0) ** 0.5
    return (v + rest * basis(DIM - 1)).astype(np.float32)


def archive(day: date | None = None, shared: str = "GPE:Europe") -> StoryIndex:
    """Ten English stories, each with a rare name of its own and one name (or figure) they all
    carry: a common key of the archive."""
    index = StoryIndex(dim=DIM)
    for i in range(10):
        index.add(f"en{i}", basis(i), day, {EN, f"PER:name{i}", shared})
    return index


def test_a_translation_sharing_a_rare_name_joins_its_original_under_the_bar():
    placed = archive().add("ar0", near(0, 0.1), None, {AR, "PER:name0", "PER:x"})
    assert placed.story == "s1"
    assert any("stands out" in w for w in placed.why)
    assert any("rare name shared: name0" in w for w in placed.why)


def test_a_common_name_alone_is_no_translation_evidence():
    """The name every story carries stands for a topic, not an event."""
    placed = archive().add("ar0", near(0, 0.1), None, {AR, "GPE:Europe", "PER:x"})
    assert placed.story != "s1"


def test_without_the_rarity_condition_the_common_name_joins(monkeypatch):
    monkeypatch.setattr(story_index, "STANDING_RARE", 0.0)
    placed = archive().add("ar0", near(0, 0.1), None, {AR, "GPE:Europe", "PER:x"})
    assert placed.story == "s1"


def test_a_shared_figure_joins_a_story_dated_within_days():
    placed = archive(DAY, "#2500").add("ar0", near(0, 0.1), date(2018, 10, 2), {AR, "#2500"})
    assert placed.story == "s1"
    assert any("figure or date shared: 2500" in w for w in placed.why)


def test_a_shared_figure_does_not_join_a_story_weeks_away():
    placed = archive(DAY, "#2500").add("ar0", near(0, 0.1), date(2018, 10, 20), {AR, "#2500"})
    assert placed.story != "s1"


def test_undated_documents_need_a_rare_name_not_a_figure():
    placed = archive(None, "#2500").add("ar0", near(0, 0.1), None, {AR, "#2500"})
    assert placed.story != "s1"


def test_a_dated_translation_does_not_join_an_undated_story():
    placed = archive().add("ar0", near(0, 0.1), DAY, {AR, "PER:name0", "PER:x"})
    assert placed.story != "s1"


def test_a_same_language_report_does_not_join_under_the_bar():
    placed = archive().add("en-other", near(0, 0.1), None, {EN, "PER:name0", "PER:x"})
    assert placed.story != "s1"


def test_a_translation_does_not_join_when_a_runner_up_is_close():
    keys = {AR, "PER:name0", "PER:name1", "PER:x"}
    placed = archive().add("ar0", near(0, 0.1, 1, 0.07), None, keys)
    assert placed.story not in {"s1", "s2"}
