"""A name that is also a common word ranks the documents linked to an entity it names first
(eval/labels/search45.md): «صالح» is "good, valid" and, in Arabic news, Yemen's Ali Abdullah
Saleh. Real articles from ../shared (skipped when absent), both backends."""

from __future__ import annotations

import json

import pytest

from rasad.analysis.search import SearchFilter, parse_query
from rasad.config import Settings
from rasad.services import search_terms
from rasad.services.ingest import ingest_paths
from rasad.services.queries import search
from rasad.store import open_store
from tests.support.articles import article_reader

ARTICLES = {
    "saleh": "snn-2015-08-02-00346",  # «علي عبدالله صالح», Yemen's former president
    "good_deeds": "fars-13930222000375",  # «باقیات و صالحات», good deeds
    # «خشبة الصالة الثقافية», a hall's stage, and a man named «عصام صالح عواد»
    "hall": "snn-2015-08-01-00150",
}


@pytest.fixture(scope="module")
def store(module_store_url, shared, tmp_path_factory):
    read = article_reader(shared, ARTICLES)
    corpus = tmp_path_factory.mktemp("corpus") / "saleh.jsonl"
    corpus.write_text(
        "".join(json.dumps(read(c), ensure_ascii=False) + "\n" for c in ARTICLES), "utf-8"
    )
    store = open_store(module_store_url)
    ingest_paths([corpus], store, Settings(db=module_store_url, batch_size=2, strict=True))
    yield store
    store.close()


def test_a_common_word_ranks_the_documents_of_the_names_holding_it_first(store):
    hits = search(store, "صالح", SearchFilter())
    assert hits["total"] == 3
    ranked = [r["id"] for r in hits["results"]]
    # the good deeds, first by their words' weight before, come after the two Salehs
    assert set(ranked[:2]) == {ARTICLES["saleh"], ARTICLES["hall"]}
    assert ranked[2] == ARTICLES["good_deeds"]


def test_only_full_names_of_people_count(store):
    query = search_terms.named_by_common_words(store, parse_query("صالح"))
    assert query.named_first
    rows = store.entity_rows(list(query.named_first))
    assert {r["type"] for r in rows} == {"PER"}
    # more words, or a lower-cased Latin word, rank as they did
    assert not search_terms.named_by_common_words(store, parse_query("صالح اليمن")).named_first
    assert not search_terms.named_by_common_words(store, parse_query("rice")).named_first


def test_the_snippet_shows_the_name_not_the_word(store):
    """The hall's article names Egypt's ambassador «عصام صالح» after its «الصالة الثقافية»:
    the hit ranked for the name shows the name."""
    hits = search(store, "صالح", SearchFilter())
    (hall,) = [r for r in hits["results"] if r["id"] == ARTICLES["hall"]]
    assert "عصام <mark>صالح</mark>" in hall["snippet"]
    assert "<mark>الصالة</mark>" not in hall["snippet"]
    (deeds,) = [r for r in hits["results"] if r["id"] == ARTICLES["good_deeds"]]
    assert "<mark>صالحات</mark>" in deeds["snippet"]  # no name there: the first match


def test_the_words_of_full_names_are_indexed(store):
    """`entity_name_words` (round 46): a one-word query reads the names holding it from an
    index, not a scan of every stored name; one-word names are not in it."""
    rows = store.names_with_word("صالح", "PER", 50)
    assert rows and all(len(r["text"].split()) > 1 for r in rows)
    assert any("علي عبدالله صالح" in r["text"] or "عصام صالح" in r["text"] for r in rows)
    assert not store.names_with_word("صالح", "GPE", 50)
