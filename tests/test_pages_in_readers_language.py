"""An Arabic or Persian page names outlets and a story's shared entities as its reader writes
them.

The Reuters report of the Palu earthquake (NTREX 218865, English with its Arabic and Persian
translations) and a Sabq report from SaudiNewsNet: the outlets are stored by their profile names
("Reuters", "Sabq"), and the story list, the story page, a document's page and the search page
show «رويترز»/«صحيفة سبق» in Arabic and «رویترز»/«سایت سبق» in Persian (`data/outlets/names.tsv`),
while links and filters keep the stored name. The story's "shared entities" line, written in
the English original's names when the story was grouped, names each entity as the page's chips
do («پالو» on a Persian page). Read from ../shared by id; skipped when absent.
"""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.config import Settings
from rasad.display import outlet_for_reader
from rasad.stages.outlet import names_for_readers
from tests.support.articles import named_articles_store

ARTICLES = {
    **{lang: f"ntrex-{lang}-reuters.218865" for lang in ("en", "ar", "fa")},
    "sabq": "snn-2015-08-01-01213",
}
SHOWN = {"ar": ("رويترز", "صحيفة سبق"), "fa": ("رویترز", "سایت سبق")}


@pytest.fixture(scope="module")
def client(shared, tmp_path_factory):
    store = named_articles_store(shared, tmp_path_factory, ARTICLES)
    outlets = {d.outlet for d in store.iter_documents()}
    db = store.path
    store.close()
    assert outlets == {"Reuters", "Sabq"}
    return TestClient(create_app(Settings(db=str(db))))


def why_line(page: str) -> str:
    listed = page[page.index('<ul class="why">') :].split("</ul>", 1)[0]
    return listed.split("<bdi>", 1)[1].split("</bdi>", 1)[0]


def test_every_named_outlet_is_a_packaged_profile_with_a_name_per_reader_language():
    text = resources.files("rasad.data").joinpath("outlets/outlets.csv").read_text("utf-8")
    profiles = {row["name"] for row in csv.DictReader(text.splitlines())}
    names = names_for_readers()
    assert set(names) <= profiles
    assert all(set(shown) <= {"ar", "fa"} and all(shown.values()) for shown in names.values())
    assert outlet_for_reader("Reuters", "en") == "Reuters"
    assert outlet_for_reader("A user's own outlet", "ar") == "A user's own outlet"
    assert outlet_for_reader(None, "fa") is None


@pytest.mark.parametrize("ui", ["ar", "fa"])
def test_the_pages_name_the_outlets_in_the_readers_language(client, ui):
    reuters, sabq = SHOWN[ui]
    listed = client.get("/stories", params={"ui": ui}).text
    assert reuters in listed and sabq in listed
    assert 'outlet=Reuters"' in listed  # the filter keeps the stored name
    document = client.get("/documents/ntrex-en-reuters.218865", params={"ui": ui}).text
    assert f"<bdi>{reuters}</bdi>" in document and "<bdi>Reuters</bdi>" not in document
    found = client.get("/search", params={"q": "Palu", "ui": ui}).text
    assert reuters in found and "<bdi>Reuters</bdi>" not in found


def test_the_english_reader_sees_the_stored_names(client):
    listed = client.get("/stories", params={"ui": "en"}).text
    assert "<bdi>Reuters</bdi>" in listed and "<bdi>Sabq</bdi>" in listed


@pytest.mark.parametrize(("ui", "palu"), [("fa", "پالو"), ("ar", "بالو"), ("en", "Palu")])
def test_the_shared_entities_are_named_as_the_chips_name_them(client, ui, palu):
    story = client.get("/api/v1/documents/ntrex-en-reuters.218865").json()["story"]
    page = client.get(f"/stories/{story}", params={"ui": ui}).text
    names = why_line(page).split("، " if ui != "en" else ", ")
    assert palu in names
    chips = page[page.index('id="entities"') :].split("</p>", 1)[0]
    assert all(f"<bdi>{name}</bdi>" in chips for name in names)
