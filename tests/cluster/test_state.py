"""Stored story states: equal to the stories rebuilt from the documents, on both backends;
an ingest starts from the live ones and still reaches back for a late article."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from rasad.cluster.index import Story
from rasad.cluster.state import story_from_row
from rasad.config import Settings
from rasad.model import Document
from rasad.services.assign import STATES, StoryAssigner
from rasad.services.ingest import IngestReport, ingest_documents
from rasad.services.materialize import run_backfills
from rasad.store import open_store
from tests.support.legacy import as_older_database

STORIES, PER_STORY = 12, 5


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=-1, keepdims=True)).astype(np.float32)


def analysed(doc_id: str, story: int, day: date, vector: np.ndarray, seed: int) -> Document:
    """A document as the pipeline leaves it: text, language, date, entities and a vector."""
    rng = np.random.default_rng(seed)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    name = f"k{story}"
    text = name + " " + " ".join("".join(rng.choice(letters, size=6)) for _ in range(60))
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        raw_text=text,
        text=text,
        title=f"title {doc_id}",
        lang="und",  # no language mean to subtract from these synthetic vectors
        published={
            "value": day.isoformat(),
            "precision": "day",
            "window": [day.isoformat()] * 2,
            "source": "metadata",
        },
        entities=[{"entity": name, "text": name, "type": "ORG", "start": 0, "end": len(name)}],
        vector=vector,
    )


def stream(seed: int = 4) -> list[Document]:
    """A story starting every 10 days, each reported over 3 days, in date order."""
    rng = np.random.default_rng(seed)
    centres = unit(rng.normal(size=(STORIES, 384)))
    docs = []
    for s in range(STORIES):
        for j in range(PER_STORY):
            day = date(2022, 3, 1) + timedelta(days=10 * s + j % 3)
            v = unit(centres[s] + rng.normal(scale=0.03, size=384))
            docs.append(analysed(f"d{s}-{j}", s, day, v, seed * 1000 + s * 10 + j))
    docs.sort(key=lambda d: (d.published["value"], d.id))
    return docs


def ingest(docs: list[Document], url: str) -> None:
    store = open_store(url)
    try:
        ingest_documents(
            iter(docs), store, None, Settings(strict=True, db=url, batch_size=7), IngestReport()
        )
    finally:
        store.close()


def normalized(story: Story) -> tuple:
    events = sorted((e.id, sorted(e.members), sorted(e.dates)) for e in story.events)
    known_days = dict(story.known_days)  # pubdate62: the dated days of each language
    return sorted(story.members), dict(story.keys), story.first, story.last, events, known_days


def assert_states_match_documents(url: str) -> None:
    store = open_store(url)
    try:
        assert store.get_meta(STATES) == "current"
        stored = StoryAssigner.rebuild(store).index.stories
        loaded = {}
        for row in store.iter_story_states():
            loaded[row[0]] = story_from_row(row, 384)
        assert set(loaded) == set(stored)
        for story_id, story in stored.items():
            assert normalized(loaded[story_id]) == normalized(story)
            np.testing.assert_allclose(loaded[story_id].vector_sum, story.vector_sum, atol=1e-5)
    finally:
        store.close()


def test_stored_states_equal_rebuilt_stories(store_url: str):
    ingest(stream(), store_url)
    assert_states_match_documents(store_url)


def test_ingest_in_two_runs_gives_the_same_stories(store_url: str, tmp_path):
    docs = stream()
    ingest(docs[:30], store_url)
    ingest(docs[30:], store_url)
    once = str(tmp_path / "once.db")
    ingest(stream(), once)
    split, whole = open_store(store_url), open_store(once)
    try:
        assert {d.id: d.story for d in split.iter_documents()} == {
            d.id: d.story for d in whole.iter_documents()
        }
    finally:
        split.close()
        whole.close()
    assert_states_match_documents(store_url)


def test_an_ingest_loads_live_stories_and_reaches_back_for_a_late_article(store_url: str):
    docs = stream()
    ingest(docs, store_url)
    store = open_store(store_url)
    try:
        assigner = StoryAssigner.load(store)
        assert 0 < len(assigner.index.stories) < STORIES
        first_story = store.get_document("d0-0").story
        assert first_story not in assigner.index.stories
    finally:
        store.close()
    rng = np.random.default_rng(5)
    original = open_store(store_url)
    vector = dict(original.iter_vectors())["d0-0"].astype(np.float32)
    original.close()
    late = analysed(
        "late", 0, date(2022, 3, 2), unit(vector + rng.normal(scale=0.02, size=384)), 99
    )
    ingest([late], store_url)
    store = open_store(store_url)
    try:
        assert store.get_document("late").story == first_story
        new_story = analysed("new", 50, date(2022, 9, 1), unit(rng.normal(size=384)), 98)
    finally:
        store.close()
    ingest([new_story], store_url)
    store = open_store(store_url)
    try:
        numbers = [int(d.story[1:]) for d in store.iter_documents()]
        assert int(store.get_document("new").story[1:]) == max(numbers)
        assert numbers.count(max(numbers)) == 1  # a fresh id, not one of an unloaded story
    finally:
        store.close()
    assert_states_match_documents(store_url)


@pytest.mark.parametrize("meta", ["stale", None])
def test_stale_or_missing_states_are_rebuilt(tmp_path, meta):
    url = str(tmp_path / "s.db")
    ingest(stream(), url)
    store = open_store(url)
    try:
        if meta:
            store.set_meta(STATES, meta)
        else:
            store.put_story_states([], removed=[r[0] for r in store.iter_story_states()])
            store.set_meta(STATES, "stale")
        assigner = StoryAssigner.load(store)
        assert len(assigner.index.stories) == STORIES
    finally:
        store.close()
    assert_states_match_documents(url)


def redated(doc: Document, day: date) -> Document:
    """The same document published on another day."""
    value = day.isoformat()
    doc.published = {**doc.published, "value": value, "window": [value, value]}
    return doc


def test_a_second_ingest_reaches_by_name_a_story_an_earlier_ingest_filed(store_url: str):
    """Half a story's articles in one ingest, the rest months later in another: the second
    ingest does not load the quiet story, but finds it through the stored name table."""
    docs = stream()
    later = [d for d in docs if d.id in {"d0-3", "d0-4"}]
    ingest([d for d in docs if d not in later], store_url)
    store = open_store(store_url)
    try:
        first_story = store.get_document("d0-0").story
        latest = max(d.published["value"] for d in docs)
        assert first_story not in StoryAssigner.load(store).index.stories
    finally:
        store.close()
    day = date.fromisoformat(latest) + timedelta(days=60)  # past the live window of any story
    ingest([redated(d, day) for d in later], store_url)
    store = open_store(store_url)
    try:
        assert {store.get_document(d.id).story for d in later} == {first_story}
    finally:
        store.close()
    assert_states_match_documents(store_url)


def test_a_database_from_before_the_name_table_gets_its_stories_filed(tmp_path):
    url = str(tmp_path / "s.db")
    ingest(stream(), url)
    store = open_store(url)
    try:
        filed = store.conn.execute("SELECT story, name, last_day FROM story_names").fetchall()
        assert len({r["story"] for r in filed}) == STORIES
        store.conn.execute("DELETE FROM story_names")
        store.conn.commit()
        as_older_database(store, story_names="0")
        assert run_backfills(store, Settings()) == ["views"]
        again = store.conn.execute("SELECT story, name, last_day FROM story_names").fetchall()
        assert sorted(map(tuple, again)) == sorted(map(tuple, filed))
        assert store.get_meta("story_names") is None
    finally:
        store.close()


def test_summaries_of_stories_merged_at_the_end_of_an_ingest_are_rewritten(store_url: str):
    """Documents that do not stand out from their neighbourhood while they arrive start
    stories of their own, which consolidation merges at the end of the ingest: the ingest
    rewrites those stories' summary rows without checking every row of the archive."""
    rng = np.random.default_rng(8)
    day = date(2022, 3, 1)
    common, own = unit(rng.normal(size=384)), unit(rng.normal(size=(20, 384)))
    neighbours = [  # 0.25 apart: separate stories
        analysed(f"n{i}", i, day, unit(0.5 * common + 0.866 * own[i]), i) for i in range(9)
    ]
    ingest(neighbours, store_url)
    # two documents 0.64 apart, 0.4 from each neighbour: the second does not stand out from
    # its neighbourhood as it arrives (a document's threshold), but the two stories agree
    # against their neighbourhood at consolidation (a lower one: `merge_threshold`)
    docs = [
        analysed(f"m{i}", 10 + i, day, unit(0.8 * common + 0.6 * own[10 + i]), 10 + i)
        for i in range(2)
    ]
    ingest(docs, store_url)
    store = open_store(store_url)
    try:
        placed = [store.get_document(d.id) for d in docs]
        assert all(d.why[-1].startswith("story merged into") for d in placed[1:])
        assert store.stale_stories() == set()
    finally:
        store.close()


def test_a_second_ingest_loads_the_stored_frequencies_of_figures(store_url: str):
    """Figures count by their rarity across the archive, as names do: a later ingest starts
    from the stored document frequencies of the numbers and dates its documents bring."""
    from rasad.stages.numbers import find_numbers

    def with_toll(doc: Document) -> Document:
        doc.text = doc.raw_text = "The quake killed 1,234 people. " + doc.text
        doc.numbers = find_numbers(doc.text, "en", [])
        return doc

    docs = stream()[:10]
    docs[:6] = [with_toll(d) for d in docs[:6]]
    vector = docs[0].vector.copy()
    ingest(docs, store_url)
    store = open_store(store_url)
    try:
        assigner = StoryAssigner.load(store)
        later = with_toll(analysed("later", 0, date(2022, 3, 2), vector, 99))
        assigner.load_frequencies([later])
        assert assigner.index.frequency["#1234"] == 6
        assert assigner.index.frequency["k0"] == 5
    finally:
        store.close()
