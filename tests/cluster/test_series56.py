"""An outlet's recurring headline pattern is a series, each day's report its own event."""

from __future__ import annotations

from datetime import date

import numpy as np

from rasad.cluster.index import StoryIndex, untyped
from rasad.cluster.series56 import SeriesBook, headline_pattern, series_key_56
from rasad.model import Document
from rasad.services.assign import doc_keys

DIM = 8
OUTLET = "Al-Riyadh"
# one outlet's market closes, in the style of the Saudi News Net reports
CLOSES = {
    date(2015, 8, 2): "الأسهم المحلية تغلق على خسائر حادة بـ 3.2%",
    date(2015, 8, 3): "الأسهم المحلية تغلق على مكاسب محدودة",
    date(2015, 8, 4): "الأسهم المحلية تغلق على خسائر ملموسة",
}


def basis(i: int) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[i] = 1.0
    return vector


def report(doc_id: str, title: str, day: date, outlet: str = OUTLET) -> Document:
    """A report whose lead names its day («اليوم»), as the dates stage reads it."""
    lead = "أغلقت سوق الأسهم جلسة اليوم"
    today = {
        "text": "اليوم",
        "value": day.isoformat(),
        "relative": True,
        "precision": "day",
        "start": lead.index("اليوم"),
    }
    return Document(
        id=doc_id,
        source="test",
        title=title,
        text=lead,
        lang="ar",
        outlet=outlet,
        published={"value": day.isoformat(), "precision": "day"},
        dates=[today],
    )


def test_the_pattern_is_the_headlines_opening_with_numbers_masked():
    assert headline_pattern("الأسهم المحلية تغلق على خسائر حادة بـ 3.2%") == headline_pattern(
        "الأسهم المحلية تغلق على مكاسب محدودة"
    )
    assert headline_pattern("أكثر من 1.6 مليون مسافر") == headline_pattern("أكثر من 2000 مهاجر")
    assert headline_pattern("الاقتصاد") is None


def test_a_pattern_is_a_series_from_its_third_day():
    book = SeriesBook()
    keys = [series_key_56(OUTLET, title, day) for day, title in CLOSES.items()]
    book.file(keys[:1])
    assert not book.series_days(keys[1:2])
    book.file(keys[1:2])
    assert book.series_days(keys[2:])
    assert not book.series_days([series_key_56("Okaz", CLOSES[date(2015, 8, 4)], date(2015, 8, 4))])


def test_a_person_opening_the_headline_is_an_actor_not_a_series():
    title = "فيصل بن خالد يرعى فعاليات ليالي محافظات عسير"
    assert series_key_56(OUTLET, title, date(2015, 8, 2), ["فيصل بن خالد بن عبدالعزيز"]) is None
    assert series_key_56(OUTLET, title, date(2015, 8, 2), ["أبها"]) is not None


def test_the_series_key_is_no_entity_name():
    keys = doc_keys(report("a", CLOSES[date(2015, 8, 2)], date(2015, 8, 2)))
    assert any(k.startswith("&") for k in keys)
    assert untyped(keys) == set()


def test_the_third_days_close_joins_no_story_of_the_earlier_days():
    index = StoryIndex(dim=DIM)
    days = sorted(CLOSES)
    first = report("c1", CLOSES[days[0]], days[0])
    second = report("c2", CLOSES[days[1]], days[1])
    story = index.add(first.id, basis(0), days[0], doc_keys(first)).story
    # two days of a pattern are no series yet: a follow-up on the next day joins
    assert index.add(second.id, basis(0), days[1], doc_keys(second)).story == story
    third = report("c3", CLOSES[days[2]], days[2])
    assert index.add(third.id, basis(0), days[2], doc_keys(third)).story != story


def test_a_series_report_joins_another_outlets_report_of_its_day():
    index = StoryIndex(dim=DIM)
    days = sorted(CLOSES)
    for i, day in enumerate(days[:2]):
        doc = report(f"c{i}", CLOSES[day], day)
        index.add(doc.id, basis(0), day, doc_keys(doc))
    other = report("o", "مؤشر الأسهم السعودية يغلق على تراجع", days[2], "Al-Yaum")
    # another outlet's report of the third day, far from the earlier days' story
    same_day = index.add(other.id, basis(1), days[2], doc_keys(other)).story
    third = report("c3", CLOSES[days[2]], days[2])
    vector = (basis(0) + basis(1)) / np.sqrt(2)
    assert (
        index.add(third.id, vector.astype(np.float32), days[2], doc_keys(third)).story == same_day
    )


def test_stories_of_two_days_of_a_series_are_no_merge():
    index = StoryIndex(dim=DIM)
    book_keys = []
    for i, day in enumerate(sorted(CLOSES)):
        doc = report(f"c{i}", CLOSES[day], day)
        book_keys.append(doc_keys(doc))
        index.series.file(book_keys[-1])
    index.add("c0", basis(0), date(2015, 8, 2), book_keys[0])
    index.add("c2", basis(0), date(2015, 8, 4), book_keys[2])
    assert len(index.stories) == 2
    assert index.consolidate() == {}
