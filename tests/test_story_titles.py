"""A story is titled in its reader's language where one of its documents has a headline in it.

An NTREX report and its Arabic and Persian translations make one story titled by the English
original's headline (`central_title`); a reader of the web page in Persian or Arabic sees the
story by its headline in that language, with the central headline beside it, and the English
reader sees the central headline alone. Read from ../shared by id; skipped when absent.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasad.analysis.search import SearchFilter
from rasad.api.app import create_app
from rasad.config import Settings
from tests.support.articles import named_articles_store

# the Reuters report of the Palu earthquake and tsunami, in English and its two translations
PALU = {lang: f"ntrex-{lang}-reuters.218865" for lang in ("en", "ar", "fa")}


@pytest.fixture(scope="module")
def palu(shared, tmp_path_factory):
    store = named_articles_store(shared, tmp_path_factory, PALU)
    titles = {d.lang: d.title for d in store.iter_documents()}
    (_, [story]) = store.story_summaries(SearchFilter(), 10)
    db = store.path
    store.close()
    return story, titles, db


def test_the_story_keeps_its_central_title_and_has_one_in_each_other_language(palu):
    story, titles, _ = palu
    assert story["title"] == titles["en"]  # the original's headline, not a translation's
    assert story["titles"] == {"ar": titles["ar"], "fa": titles["fa"]}


@pytest.mark.parametrize("ui", ["fa", "ar"])
def test_the_reader_sees_the_story_by_its_headline_in_the_readers_language(palu, ui):
    story, titles, db = palu
    client = TestClient(create_app(Settings(db=str(db))))
    listed = client.get("/stories", params={"ui": ui}).text
    assert titles[ui] in listed and titles["en"] not in listed
    page = client.get(f"/stories/{story['id']}", params={"ui": ui}).text
    heading = page[page.index("<h1") :].split("</h1>", 1)[0]
    assert titles[ui] in heading
    assert 'id="central-title"' in page and titles["en"] in page


def test_the_english_reader_sees_the_central_headline_alone(palu):
    story, titles, db = palu
    client = TestClient(create_app(Settings(db=str(db))))
    page = client.get(f"/stories/{story['id']}", params={"ui": "en"}).text
    assert titles["en"] in page[page.index("<h1") :].split("</h1>", 1)[0]
    assert 'id="central-title"' not in page
