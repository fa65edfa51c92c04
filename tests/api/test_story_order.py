"""The story list's orders (`sort`): largest, last seen or first seen first, undated last."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def client(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("order") / "order.db"
    settings = Settings(db=str(db))
    store = SQLiteStore(db)
    ingest_paths([seeds_dir], store, settings)
    store.close()
    return TestClient(create_app(settings))


@pytest.mark.parametrize(
    ("sort", "key", "reverse"),
    [("size", "documents", True), ("recent", "last_seen", True), ("oldest", "first_seen", False)],
)
def test_story_orders(client, sort, key, reverse):
    stories = client.get("/api/v1/stories", params={"sort": sort}).json()["stories"]
    dated = [s[key] for s in stories if s[key] is not None]
    assert dated == sorted(dated, reverse=reverse)
    undated = [i for i, s in enumerate(stories) if s[key] is None]
    assert undated == list(range(len(dated), len(stories)))  # undated ones last


def test_story_list_page_and_csv_follow_the_order(client):
    page = client.get("/", params={"sort": "recent"}, headers={"accept": "text/html"})
    assert page.status_code == 200 and 'aria-current="true">' in page.text
    csv = client.get("/stories.csv", params={"sort": "oldest"})
    assert csv.status_code == 200 and csv.text.lstrip("\ufeff").startswith("id,title")


def test_story_list_row_isolates_the_title_from_its_event_count(client):
    """An Arabic title in an English page: the title is isolated (<bdi>), so "5 events" after
    it is laid out in the page's direction, not reordered into "events 5"."""
    page = client.get("/", params={"ui": "en"}, headers={"accept": "text/html"}).text
    row = page.split("<tbody>", 1)[1].split("</tr>", 1)[0]
    assert '<td data-label="Story"><bdi><a href="/stories/' in row
    assert 'dir="auto"' not in row.split("</td>", 1)[0]
    assert "events</span>" in row or "event</span>" in row
