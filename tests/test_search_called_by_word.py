"""A one-word name many people share ranks first the documents of the person the archive calls
by that word alone (eval/labels/search47.md): «صالح» is the surname of an ambassador, a
researcher and Yemen's former president, and the news writes «صالح» alone for the president
only. Real articles from ../shared (skipped when absent), both backends."""

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
    # «عصام صالح عواد», Egypt's ambassador, once, in a festival's article (the top hit before)
    "ambassador": "snn-2015-08-01-00150",
    # «قال الباحث محمود صالح», a researcher on addiction
    "researcher": "snn-2015-08-04-00129",
    # Ali Abdullah Saleh, «قوات صالح», «المخلوع صالح»: written «صالح» alone again and again
    "president_abyan": "snn-2015-08-02-00117",
    "president_taiz": "snn-2015-08-03-00555",
    "president_traitor": "snn-2015-08-03-01336",
}
PRESIDENT = {ARTICLES[k] for k in ("president_abyan", "president_taiz", "president_traitor")}


@pytest.fixture(scope="module")
def store(module_store_url, shared, tmp_path_factory):
    read = article_reader(shared, ARTICLES)
    corpus = tmp_path_factory.mktemp("corpus") / "salehs.jsonl"
    corpus.write_text(
        "".join(json.dumps(read(c), ensure_ascii=False) + "\n" for c in ARTICLES), "utf-8"
    )
    store = open_store(module_store_url)
    ingest_paths([corpus], store, Settings(db=module_store_url, batch_size=2, strict=True))
    yield store
    store.close()


def test_the_person_called_by_the_word_alone_ranks_first(store):
    hits = search(store, "صالح", SearchFilter())
    ranked = [r["id"] for r in hits["results"]]
    assert hits["total"] == 5
    assert set(ranked[:3]) == PRESIDENT  # before: the ambassador's festival first
    assert set(ranked[3:]) == {ARTICLES["ambassador"], ARTICLES["researcher"]}


def test_only_the_person_the_news_calls_so_is_called(store):
    query = search_terms.named_by_common_words(store, parse_query("صالح"))
    assert len(query.called_first) == 1 and set(query.called_first) < set(query.named_first)
    (row,) = store.entity_rows(list(query.called_first))
    documents = {d["doc"] for d in store.entity_documents(list(query.called_first))}
    assert row["type"] == "PER" and documents == PRESIDENT


def test_a_word_few_call_anyone_by_calls_no_one(store):
    """«عواد» is the ambassador's family name, written once in full: named, not called."""
    query = search_terms.named_by_common_words(store, parse_query("عواد"))
    assert query.named_first and not query.called_first


def test_the_page_says_whom_it_ranks_first(store, module_store_url):
    """The reader sees why: the person ranked first, linked to their page, in their language."""
    from fastapi.testclient import TestClient

    from rasad.api.app import create_app

    hits = search(store, "صالح", SearchFilter())
    (person,) = hits["called_first"]
    assert "صالح" in person["name"]
    client = TestClient(create_app(Settings(db=module_store_url)))
    page = client.get("/search", params={"q": "صالح", "ui": "en"}).text
    assert 'id="called-first"' in page and f'href="/entities/{person["entity"]}"' in page
    assert "the person the news calls by this word alone" in page
    assert "تسميه الأخبار بهذه الكلمة وحدها" in client.get("/search?q=صالح&ui=ar").text
    assert "called-first" not in client.get("/search", params={"q": "عواد"}).text


def test_the_page_offers_the_people_of_the_name_to_choose_from(store, module_store_url):
    """Most mentioned first; each link keeps the query and adds the person as a filter."""
    from fastapi.testclient import TestClient

    from rasad.api.app import create_app

    people = search(store, "صالح", SearchFilter())["people"]
    names = [p["name"] for p in people]
    assert names[0] == search(store, "صالح", SearchFilter())["called_first"][0]["name"]
    assert any("محمود صالح" in n for n in names) and any("عصام صالح" in n for n in names)
    assert [p["mentions"] for p in people] == sorted((p["mentions"] for p in people), reverse=True)
    client = TestClient(create_app(Settings(db=module_store_url)))
    page = client.get("/search", params={"q": "صالح", "ui": "en"}).text
    assert 'id="people-of-name"' in page and "People of this name:" in page
    chosen = next(p for p in people if "محمود صالح" in p["name"])
    link = f"entity={chosen['entity']}"
    assert link in page
    filtered = search(store, "صالح", SearchFilter(entity=chosen["entity"]))
    assert [r["id"] for r in filtered["results"]] == [ARTICLES["researcher"]]
    shown = client.get(f"/search?q=صالح&{link}").text
    assert 'id="people-of-name"' not in shown  # chosen: the list gives way to the filter


def test_the_command_says_whom_it_ranks_first(store, module_store_url):
    from click.testing import CliRunner

    from rasad.cli import main

    result = CliRunner().invoke(main, ["--db", module_store_url, "search", "صالح"])
    assert result.exit_code == 0, result.output
    assert "first, the documents naming" in result.stderr
    assert "whom the news calls by this word alone" in result.stderr
