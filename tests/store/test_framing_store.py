"""The stored framing occurrences on both backends: the seeds' analysed documents written,
filtered, grouped and shared out per outlet and target by month."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services.framing import occurrence_rows
from rasad.store import FramingFilter, open_store


def test_framing_rows_round_trip(store_url, seed_text):
    pipeline = build_pipeline(Settings(strict=True, stories=False))
    doc = pipeline(Document(id="003", source="003", raw_text=seed_text("003"), outlet="fa-site"))
    doc.published = {"value": "2024-02-09", "precision": "day", "window": [], "source": "x"}
    rows = occurrence_rows(1, doc)
    assert rows
    store = open_store(store_url)
    try:
        store.put_framing_terms(rows, [1])
        store.put_framing_terms(rows, [1])  # replaces, never doubles
        total, page = store.framing_terms(FramingFilter(), 1000, 0)
        assert total == len(rows) == len(page)
        assert all(doc.text[r["span_start"] : r["span_end"]] == r["text"] for r in page)
        us = FramingFilter(target="US forces", date_from="2024-02", date_to="2024-02")
        by_category = {r["value"]: r for r in store.framing_counts(us, "category")}
        assert by_category["label"]["documents"] == 1
        totals, shares = store.framing_shares(us)
        assert totals == [
            {"outlet": "fa-site", "target": "US forces", "month": "2024-02", "documents": 1}
        ]
        assert {s["category"] for s in shares} >= {"label"}
        assert store.framing_terms(FramingFilter(date_to="2023"), 10, 0)[0] == 0
    finally:
        store.close()
