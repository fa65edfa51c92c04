"""pubdate61 (issue 21, point 4): a date inferred from its story's dated reports says so on the
document's page (the badge's and the date's tooltip: how many reports, their days) and in the
API (`published_evidence`); a date inferred from the text keeps a plain "inferred" tooltip."""

from __future__ import annotations

import json
import urllib.request

import pytest

from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore
from tests.ui.conftest import serving

STORY_LINE = (
    "date inferred from 3 dated reports of its story, 2015-08-01 to 2015-08-04:"
    " 2015-07-29 to 2015-08-07"
)


@pytest.fixture(scope="module")
def story_dated_server(tmp_path_factory, seeds_dir):
    """The seeds served with the undated one (000) dated as its story's reports date it."""
    db = tmp_path_factory.mktemp("ui61") / "ui.db"
    settings = Settings(db=str(db))
    store = SQLiteStore(db)
    ingest_paths([seeds_dir], store, settings)
    doc = next(d for d in store.iter_documents() if d.id.startswith("000_"))
    doc.published = {
        "value": "2015-07-29",
        "precision": "month",
        "window": ["2015-07-29", "2015-08-07"],
        "source": "inferred",
    }
    doc.why = [*doc.why, STORY_LINE]
    store.update_documents([doc])
    store.close()
    with serving(settings) as url:
        yield url, doc.id


def test_a_date_from_the_story_names_its_reports(page, story_dated_server, screenshot):
    url, doc_id = story_dated_server
    page.goto(f"{url}/documents/{doc_id}?ui=en")
    badge = page.locator(".meta .badge.inferred")
    assert badge.count() == 1
    title = badge.get_attribute("title")
    assert title.startswith("inferred from 3 dated reports of its story")
    assert "text" not in title
    assert "· inferred from 3 dated reports" in page.locator(".meta time").get_attribute("title")
    screenshot(page, "date-from-story")
    assert page.console_errors == []
    with urllib.request.urlopen(f"{url}/api/v1/documents/{doc_id}") as answer:
        evidence = json.load(answer)["published_evidence"]
    assert evidence == {"kind": "story", "reports": 3, "first": "2015-08-01", "last": "2015-08-04"}


def test_a_date_from_the_text_is_not_said_to_come_from_a_story(page, story_dated_server):
    url, _ = story_dated_server
    page.goto(f"{url}/documents/002_06b0f5cfdc501643?ui=en")
    badge = page.locator(".meta .badge.inferred")
    assert badge.get_attribute("title") == "inferred, not stated by the outlet"
    assert page.console_errors == []
