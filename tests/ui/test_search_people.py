"""A one-word name many people share, in a real Chromium: the search page says whom it ranks
first and offers the people of the name; choosing one keeps the query and shows only that
person's documents. Five real Arabic articles from ../shared (skipped when absent)."""

from __future__ import annotations

import json

import pytest

from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore
from tests.support.articles import article_reader
from tests.ui.conftest import serving

ARTICLES = {
    "ambassador": "snn-2015-08-01-00150",  # «عصام صالح عواد», once
    "researcher": "snn-2015-08-04-00129",  # «الباحث محمود صالح»
    "president_abyan": "snn-2015-08-02-00117",  # Ali Abdullah Saleh, «صالح» alone 15 times
    "president_taiz": "snn-2015-08-03-00555",
    "president_traitor": "snn-2015-08-03-01336",
}


@pytest.fixture(scope="module")
def salehs_server(shared, tmp_path_factory):
    folder = tmp_path_factory.mktemp("ui-salehs")
    read = article_reader(shared, ARTICLES)
    corpus = folder / "salehs.jsonl"
    corpus.write_text(
        "".join(json.dumps(read(c), ensure_ascii=False) + "\n" for c in ARTICLES), "utf-8"
    )
    settings = Settings(db=str(folder / "ui.db"))
    store = SQLiteStore(folder / "ui.db")
    ingest_paths([corpus], store, settings)
    store.close()
    with serving(settings) as url:
        yield url


def test_the_page_names_whom_it_ranks_first_and_lets_the_reader_choose(
    page, salehs_server, screenshot
):
    page.goto(f"{salehs_server}/search?ui=en")
    page.fill("input[name=q]", "صالح")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("#hit-count")
    first = page.locator("#called-first a")
    assert "علي عبد" in first.inner_text() and "صالح" in first.inner_text()
    hits = page.locator("li.hit a[href^='/documents/']")
    top = {hits.nth(i).get_attribute("href").rsplit("/", 1)[-1] for i in range(3)}
    assert top == {ARTICLES[k] for k in ARTICLES if k.startswith("president")}
    people = page.locator("#people-of-name a")
    assert people.count() >= 3
    screenshot(page, "search-people")
    page.locator("#people-of-name a", has_text="محمود صالح").click()
    page.wait_for_url("**entity=*")
    assert page.locator("input[name=q]").input_value() == "صالح"
    assert page.locator("li.hit").count() == 1
    assert ARTICLES["researcher"] in page.locator("li.hit a").first.get_attribute("href")
    assert page.locator("#people-of-name").count() == 0
    assert page.console_errors == []


def test_the_notice_reads_in_persian(page, salehs_server):
    page.goto(f"{salehs_server}/search?q=صالح&ui=fa")
    assert "نخست سندهایی که نام می‌برند از" in page.locator("#called-first").inner_text()
    assert "کسانی با این نام" in page.locator("#people-of-name").inner_text()
    assert page.evaluate("document.documentElement.dir") == "rtl"
