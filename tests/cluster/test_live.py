"""Candidate search over live stories: expiry out of the window, late articles, reach-back by
shared entity names, same answers."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from rasad.cluster.index import StoryIndex
from rasad.cluster.live import LIVE_DAYS, LiveCentroids


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def dated_stream(stories: int = 40, per_story: int = 6, seed: int = 3):
    """Stories reported a few days each, one starting every 5 days, in date order."""
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(stories, 384)))
    docs = []
    for s in range(stories):
        for j in range(per_story):
            day = date(2021, 1, 1) + timedelta(days=5 * s + j % 3)
            v = unit(centres[s] + rng.normal(scale=0.03, size=384))
            docs.append((day, f"d{s}.{j}", v, {f"k{s}"}, s))
    docs.sort(key=lambda d: (d[0], d[1]))
    return docs, centres


def test_quiet_stories_expire_from_the_live_table():
    docs, _ = dated_stream()
    index = StoryIndex()
    for day, doc_id, v, keys, _ in docs:
        index.add(doc_id, v, day, keys)
    assert len(index.stories) == 40
    # 30 days (and up to a week of bucket) of stories, one starting every 5 days
    assert 5 <= index.table.live_count() <= (LIVE_DAYS + 7) // 5 + 2


def test_a_late_article_joins_its_old_story():
    docs, centres = dated_stream()
    index = StoryIndex()
    placed = {}
    for day, doc_id, v, keys, s in docs:
        placed[s] = index.add(doc_id, v, day, keys).story
    first_story = placed[0]
    assert first_story not in index.table.live  # long expired
    rng = np.random.default_rng(9)
    late = unit(centres[0] + rng.normal(scale=0.03, size=384))
    assignment = index.add("late", late, date(2021, 1, 2), {"k0"})
    assert assignment.story == first_story
    # an undated copy of the same text searches the live stories only: a new story
    assert index.add("undated", late, None, {"k0"}).story not in placed.values()


def test_same_order_same_stories_across_the_window():
    docs, _ = dated_stream(seed=5)

    def run() -> list[str]:
        index = StoryIndex()
        return [index.add(doc_id, v, day, keys).story for day, doc_id, v, keys, _ in docs]

    first = run()
    assert first == run()
    assert len(set(first)) == 40


def test_expired_and_live_searches_agree_with_all_live():
    """For documents in date order, the live window finds the same stories as searching them
    all whenever the best story is live (here: every story is reported within a week)."""
    docs, _ = dated_stream(seed=6)
    windowed, everything = StoryIndex(), StoryIndex(live_days=100_000)
    for day, doc_id, v, keys, _ in docs:
        a = windowed.add(doc_id, v, day, keys)
        b = everything.add(doc_id, v, day, keys)
        assert a.story == b.story


def test_remove_and_refile():
    table = LiveCentroids(4, live_days=10)
    eye = np.eye(4, dtype=np.float32)
    table.put("s1", eye[0], date(2020, 1, 1), date(2020, 1, 1))
    table.put("s2", eye[1], date(2020, 6, 1), date(2020, 6, 1))
    assert "s1" not in table.live and "s2" in table.live
    table.put("s1", eye[0], date(2020, 1, 1), date(2020, 6, 2))  # a new article revives it
    assert "s1" in table.live
    table.remove("s2")
    assert len(table) == 1
    assert table.nearest(eye[1], 3, date(2020, 6, 2)) == ["s1"]


def year_stream(seed: int = 7):
    """Story 0 reported over three days, then other stories every 5 days for over a year."""
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(80, 384)))
    docs = []
    for s in range(80):
        for j in range(2):
            day = date(2021, 1, 1) + timedelta(days=5 * s + j)
            v = unit(centres[s] + rng.normal(scale=0.03, size=384))
            docs.append((day, f"d{s}.{j}", v, {f"ORG:k{s}", "@en"}, s))
    return docs, centres


def test_an_article_a_year_later_reaches_back_by_shared_entities():
    docs, centres = year_stream()

    def grown() -> tuple[StoryIndex, str]:
        index = StoryIndex()
        placed = {}
        for day, doc_id, v, keys, s in docs:
            placed[s] = index.add(doc_id, v, day, keys).story
        return index, placed[0]

    index, old = grown()
    assert old not in index.table.live and old in index.table.expired_by_key["k0"]
    last_day = docs[-1][0]
    assert (last_day - index.stories[old].last).days > 365
    rng = np.random.default_rng(11)
    later = unit(centres[0] + rng.normal(scale=0.03, size=384))
    # the same content with no shared entity name searches the live stories only
    live_only = index.table.nearest(later, 8, last_day, set())
    assert old not in live_only and all(s in index.table.live for s in live_only)
    assert index.add("unrelated", later, last_day, {"ORG:other", "@en"}).story != old
    # sharing an entity name (typed differently) it joins the old story, which revives
    index, old = grown()
    a = index.add("later", later, last_day, {"PER:k0", "#2500", "@en"})
    assert a.story == old and any(w.startswith("shared entities: k0") for w in a.why)
    assert old in index.table.live and old not in index.table.expired_by_key.get("k0", {})


def test_reach_back_keeps_the_most_recent_stories_per_name():
    eye = np.eye(24, dtype=np.float32)
    names = {f"s{i}": {"shared", f"own{i}"} for i in range(20)}
    table = LiveCentroids(24, live_days=10, names_of=names.__getitem__)
    for i in range(20):
        day = date(2020, 1, 1) + timedelta(days=i)
        table.put(f"s{i}", eye[i], day, day)
    table.put("now", eye[23], date(2021, 1, 1), date(2021, 1, 1))  # everything else expires
    assert sorted(table.expired_by_key["shared"]) == sorted(f"s{i}" for i in range(4, 20))
    assert "own0" in table.expired_by_key and len(table.expired_by_key) == 21
    assert table.nearest(eye[2], 3, date(2021, 1, 1), {"shared"})[0] != "s2"  # dropped
    assert table.nearest(eye[2], 3, date(2021, 1, 1), {"own2"})[0] == "s2"
    table.remove("s19")  # merged away: no longer filed
    assert "s19" not in table.expired_by_key["shared"] and "own19" not in table.expired_by_key


def test_an_undated_article_reaches_its_quiet_story_by_a_rare_shared_name():
    """An archive ingested out of date order: an undated report of a story that went quiet a
    year before the newest day seen joins it through the rare name they share (and is dated
    by its event), not through a common one, and plain `StoryIndex.add` never offered it."""
    from rasad.model import Document
    from rasad.services.assign import grouped_date, place_document

    docs, centres = year_stream()
    rng = np.random.default_rng(11)
    late = unit(centres[0] + rng.normal(scale=0.03, size=384))

    def grown() -> tuple[StoryIndex, str]:
        index = StoryIndex()
        # story 0 also carries a name most documents of the archive carry, which says little
        stories = [
            index.add(doc_id, v, day, keys | ({"LOC:common"} if s == 0 else set()))
            for day, doc_id, v, keys, s in docs
        ]
        for _ in range(300):
            index.count({"LOC:common"})
        return index, stories[0].story

    def undated(name: str) -> Document:
        mention = {"entity": name, "text": name, "start": 0, "end": 1, "label": "ORG"}
        return Document("undated", "test", text="…", lang="en", entities=[mention])

    index, old = grown()
    assert (
        old not in index.table.live and index.add("u", late, None, {"ORG:k0", "@en"}).story != old
    )
    index, old = grown()
    a = place_document(index, undated("ORG:k0"), late)
    assert a.story == old and a.why[-1].startswith("undated: a quiet story reached")
    assert grouped_date(index, a.story, a.event)["window"] == ["2020-12-29", "2021-01-05"]
    index, old = grown()
    assert old in index.table.expired_by_key["common"]
    assert place_document(index, undated("LOC:common"), late).story != old


def test_an_undated_article_in_an_event_of_its_own_is_dated_by_its_story_when_days_agree():
    """Events cut a story finer than its days: an undated report alone in its event takes the
    window of the story's dated reports when they lie within days of each other, and nothing
    from a topic that recurs over years."""
    from rasad.services.assign import grouped_date, story_grouped_date

    eye, index = np.eye(384, dtype=np.float32), StoryIndex()
    for story, days in (
        ("s1", (date(2015, 8, 1), date(2015, 8, 3))),
        ("s2", (date(2009, 3, 1), date(2015, 8, 2))),
    ):
        for k, day in enumerate(days):
            index.restore(f"{story}.d{k}", eye[k], day, {"ORG:x"}, story, f"{story}.e{k + 1}")
        index.restore(f"{story}.u", eye[5], None, {"ORG:x"}, story, f"{story}.e9", known=False)
    assert grouped_date(index, "s1", "s1.e9") is None
    assert story_grouped_date(index, "s1", "s1.e9")["window"] == ["2015-07-29", "2015-08-06"]
    assert story_grouped_date(index, "s2", "s2.e9") is None


def test_an_undated_copy_is_dated_as_its_originals_event_at_ingest():
    """A reprint of a report whose event holds two agreeing dated reports of its language takes
    their window (the reports carry their language key, as every stored document's keys do:
    pubdate62's guard counts the dated reports of the reprint's own language)."""
    from rasad.model import Document
    from rasad.services.assign import StoryAssigner

    eye, index = np.eye(384, dtype=np.float32), StoryIndex()
    for k, day in enumerate((date(2015, 8, 1), date(2015, 8, 2))):
        index.restore(f"d{k}", eye[0], day, {"ORG:x", "@ar"}, "s1", "s1.e1")
    assigner = StoryAssigner(index)
    assigner.placed["d0"] = ("s1", "s1.e1")
    copy = Document("copy", "test", text="…", lang="ar", duplicate_of="d0")
    assigner.assign([copy])
    assert copy.story == "s1" and copy.published["window"] == ["2015-07-29", "2015-08-05"]
