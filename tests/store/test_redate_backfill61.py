"""pubdate61 (issue 21, point 1): the `redate` backfill dates the undated documents of a
stored database whose stories hold two agreeing dated reports in the document's own language,
story by story, on a real SQLite store; a publisher's date, a date inferred from the text and a
user's correction never change; the page and the API name the evidence (point 4)."""

from __future__ import annotations

from datetime import date

from rasad.config import Settings
from rasad.model import Document
from rasad.services.assign import date_evidence
from rasad.services.corrections import correct
from rasad.services.materialize import BACKFILL_LINES, BACKFILLS, run_backfill
from rasad.store import open_store
from tests.cluster.test_redate60 import report, stored
from tests.cluster.test_state import ingest


def made_undated(url: str, doc_id: str, lang: str | None = None) -> None:
    """Store a document as a database made before pubdate60 left it: undated (and, given,
    in another language than its story's dated reports)."""
    store = open_store(url)
    try:
        doc = store.get_document(doc_id)
        assert doc is not None
        doc.published, doc.why = None, [w for w in doc.why if not w.startswith("date inferred")]
        doc.lang = lang or doc.lang
        store.update_documents([doc])
    finally:
        store.close()


def backfilled(url: str) -> dict[str, Document]:
    store = open_store(url)
    try:
        run_backfill(store, Settings(db=url), "redate")
    finally:
        store.close()
    return stored(url)


def three_reports(url: str, late: Document | None = None) -> None:
    """An undated report stored first, then two dated reports of its story two days apart."""
    ingest([report("undated", None, 1)], url)
    ingest([report("d1", date(2015, 8, 1), 2), report("d2", date(2015, 8, 3), 3)], url)
    made_undated(url, "undated")


def test_the_backfill_is_registered_with_a_line():
    assert "redate" in BACKFILLS and "redate" in BACKFILL_LINES


def test_a_stored_undated_report_gets_the_window_of_its_storys_two_dated_reports(tmp_path):
    url = str(tmp_path / "test.db")
    three_reports(url)
    assert stored(url)["undated"].published is None
    docs = backfilled(url)
    assert docs["undated"].published["window"] == ["2015-07-29", "2015-08-06"]
    assert docs["undated"].published["source"] == "inferred"
    assert docs["undated"].why[-1] == (
        "date inferred from 2 dated reports of its story, 2015-08-01 to 2015-08-03:"
        " 2015-07-29 to 2015-08-06"
    )
    assert docs["d1"].published == stored(url)["d1"].published
    assert backfilled(url)["undated"].why == docs["undated"].why  # a second run changes nothing


def test_reports_in_another_language_only_date_nothing(tmp_path):
    url = str(tmp_path / "test.db")
    three_reports(url)
    made_undated(url, "undated", lang="en")  # an English report in a story dated in Arabic
    assert backfilled(url)["undated"].published is None


def test_one_dated_report_dates_nothing(tmp_path):
    url = str(tmp_path / "test.db")
    ingest([report("undated", None, 1), report("d1", date(2015, 8, 1), 2)], url)
    assert backfilled(url)["undated"].published is None


def test_a_date_from_the_text_and_a_users_correction_never_change(tmp_path):
    url = str(tmp_path / "test.db")
    ingest([report("text", date(2015, 8, 9), 4, source="inferred"), report("fixed", None, 5)], url)
    ingest([report("d1", date(2015, 8, 1), 2), report("d2", date(2015, 8, 3), 3)], url)
    made_undated(url, "fixed")
    store = open_store(url)
    try:
        correct(store, Settings(strict=True, db=url), "fixed", "published", "2015-09", "analyst")
    finally:
        store.close()
    before = stored(url)
    after = backfilled(url)
    assert after["text"].published == before["text"].published
    assert after["fixed"].published["value"] == "2015-09"
    assert after["fixed"].published["source"] == "metadata"


def test_the_evidence_the_page_and_api_show():
    published = {"value": "2015-07", "precision": "month", "window": [], "source": "inferred"}
    line = "date inferred from 3 dated reports of its story, 2015-08-01 to 2015-08-03: 2015-07-29 to 2015-08-06"
    assert date_evidence(published, ["embedding similarity 0.6", line]) == {
        "kind": "story",
        "reports": 3,
        "first": "2015-08-01",
        "last": "2015-08-03",
    }
    old = "date inferred from its story's dated reports: 2015-07-29 to 2015-08-06"
    assert date_evidence(published, [old])["reports"] is None
    assert date_evidence(published, ["embedding similarity 0.6"]) is None  # from the text
    assert date_evidence({**published, "source": "metadata"}, [line]) is None
