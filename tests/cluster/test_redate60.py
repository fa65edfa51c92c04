"""pubdate60 (issue 21, point 1): an undated document stored before its story's dated reports
arrive is dated once two of them agree (`StoryAssigner.redate`), on a real store; a publisher's
date, a date inferred from the text and a user's correction never change."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.config import Settings
from rasad.model import Document
from rasad.services.corrections import correct
from rasad.store import open_store
from tests.cluster.test_state import analysed, ingest, unit

CENTRE = unit(np.random.default_rng(60).normal(size=384))


def report(doc_id: str, day: date | None, seed: int, source: str = "metadata") -> Document:
    """A report of one story (entity k0, vectors around one centre): dated `day` by `source`
    (a publisher's date, or inferred from its text as the month), or undated."""
    noise = np.random.default_rng(seed).normal(scale=0.03, size=384)
    doc = analysed(doc_id, 0, day or date(2000, 1, 1), unit(CENTRE + noise), seed)
    if day is None:
        doc.published = None
    elif source == "inferred":
        first, last = day.replace(day=1), day.replace(day=28)
        doc.published = {
            "value": day.strftime("%Y-%m"),
            "precision": "month",
            "window": [first.isoformat(), last.isoformat()],
            "source": "inferred",
        }
    return doc


def stored(url: str) -> dict[str, Document]:
    store = open_store(url)
    try:
        return {d.id: d for d in store.iter_documents()}
    finally:
        store.close()


def test_an_undated_report_stored_first_gets_the_window_of_two_later_dated_reports(tmp_path):
    url = str(tmp_path / "test.db")
    ingest([report("undated", None, 1)], url)
    assert stored(url)["undated"].published is None
    ingest([report("d1", date(2015, 8, 1), 2), report("d2", date(2015, 8, 3), 3)], url)
    docs = stored(url)
    assert docs["undated"].story == docs["d1"].story == docs["d2"].story
    published = docs["undated"].published
    assert published["source"] == "inferred"
    assert published["window"] == ["2015-07-29", "2015-08-06"]
    assert docs["undated"].why[-1] == (
        "date inferred from 2 dated reports of its story, 2015-08-01 to 2015-08-03:"
        " 2015-07-29 to 2015-08-06"
    )


def test_an_undated_report_in_the_same_ingest_is_dated_after_its_batch(tmp_path):
    url = str(tmp_path / "test.db")
    docs = [report("undated", None, 1), report("d1", date(2015, 8, 1), 2)]
    ingest([*docs, report("d2", date(2015, 8, 2), 3)], url)
    assert stored(url)["undated"].published["window"] == ["2015-07-29", "2015-08-05"]


def test_one_dated_report_or_two_far_apart_date_nothing(tmp_path):
    url = str(tmp_path / "test.db")
    ingest([report("undated", None, 1), report("d1", date(2015, 8, 1), 2)], url)
    assert stored(url)["undated"].published is None
    ingest([report("d2", date(2015, 9, 20), 3)], url)
    assert stored(url)["undated"].published is None


def test_a_publishers_date_and_a_date_from_the_text_never_change(tmp_path):
    url = str(tmp_path / "test.db")
    first = [report("publisher", date(2015, 8, 20), 1), report("text", date(2015, 8, 9), 4)]
    first[1] = report("text", date(2015, 8, 9), 4, source="inferred")
    ingest(first, url)
    before = stored(url)
    ingest([report("d1", date(2015, 8, 1), 2), report("d2", date(2015, 8, 3), 3)], url)
    after = stored(url)
    assert after["d1"].story == before["publisher"].story
    assert after["publisher"].published == before["publisher"].published
    assert after["text"].published == before["text"].published


def test_a_users_correction_never_changes(tmp_path):
    url = str(tmp_path / "test.db")
    ingest([report("corrected", None, 1)], url)
    store = open_store(url)
    try:
        correct(
            store, Settings(strict=True, db=url), "corrected", "published", "2015-09", "an analyst"
        )
    finally:
        store.close()
    ingest([report("d1", date(2015, 8, 1), 2), report("d2", date(2015, 8, 3), 3)], url)
    published = stored(url)["corrected"].published
    assert published["value"] == "2015-09" and published["source"] == "metadata"


def test_the_story_index_learns_a_re_dated_reports_day_as_a_rebuild_does(tmp_path):
    """pubdate61: the stored story state after ingest has the day a re-dated report got, as a
    rebuild from the stored documents reads it (its story's first day and its event's days)."""
    from rasad.services.assign import StoryAssigner

    url = str(tmp_path / "test.db")
    ingest([report("undated", None, 1)], url)
    ingest([report("d1", date(2015, 8, 5), 2), report("d2", date(2015, 8, 7), 3)], url)
    store = open_store(url)
    try:
        loaded = StoryAssigner.load(store).index
        rebuilt = StoryAssigner.rebuild(store).index
    finally:
        store.close()
    undated = stored(url)["undated"]
    assert undated.published["window"] == ["2015-08-02", "2015-08-10"]  # a month: a day to learn
    story = undated.story
    assert loaded.stories[story].first == rebuilt.stories[story].first == date(2015, 8, 2)
    days = [sorted(e.dates) for e in loaded.stories[story].events]
    assert days == [sorted(e.dates) for e in rebuilt.stories[story].events]


def test_a_story_in_another_language_dates_no_undated_report():
    """Three dated Arabic reports and an undated English one joined to them by shared names: the
    story dates an undated Arabic report, never the English one (a BBC report of 2004–05 was
    dated August 2015 so in the session-55 archive)."""
    from rasad.cluster.index import StoryIndex, language_key
    from rasad.services.assign import own_language_support, story_dated

    index = StoryIndex()
    for n, (lang, day) in enumerate(
        [("ar", date(2015, 8, 1)), ("ar", date(2015, 8, 2)), ("ar", date(2015, 8, 3)), ("en", None)]
    ):
        keys = {"k0", language_key(lang)}
        index.restore(f"d{n}", CENTRE, day, keys, "s1", "s1.e1", day is not None)
    days = [date(2015, 8, 1), date(2015, 8, 2), date(2015, 8, 3)]
    assert own_language_support(index, "s1", "ar", days)
    assert not own_language_support(index, "s1", "en", days)
    assert story_dated(index, "s1", "s1.e1", "en") is None
    assert story_dated(index, "s1", "s1.e1", "ar") is not None
