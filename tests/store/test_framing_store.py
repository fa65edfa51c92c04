"""The stored framing occurrences on both backends: the seeds' analysed documents written,
filtered, grouped and shared out per outlet and target by month."""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services.framing import about_rows, category_shares, occurrence_rows
from rasad.stages.framing import article_targets
from rasad.store import FramingFilter, open_store

# farsnews_fa: names US forces without a loaded term for them
NAMES_US_FORCES = (
    "طبق این گزارش، این مرکز یکی از نزدیکترین مراکز موشکی کره شمالی در نزدیکی کره جنوبی است "
    "و با سئول و نظامیان آمریکایی مستقر در این شهر تنها ۸۰ مایل فاصله دارد."
)


def test_framing_rows_round_trip(store_url, seed_text):
    pipeline = build_pipeline(Settings(strict=True, stories=False))
    doc = pipeline(Document(id="003", source="003", raw_text=seed_text("003"), outlet="fa-site"))
    doc.published = {"value": "2024-02-09", "precision": "day", "window": [], "source": "x"}
    rows = occurrence_rows(1, doc)
    assert rows
    store = open_store(store_url)
    try:
        store.put_framing_terms(rows, [1], about_rows(1, doc))
        store.put_framing_terms(rows, [1], about_rows(1, doc))  # replaces, never doubles
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


def test_shares_divide_by_the_articles_about_the_target(store_url, seed_text):
    """An outlet's article naming US forces without framing them counts in the denominator:
    one of its two articles about US forces calls them terrorists (a share of 0.5, not 1)."""
    pipeline = build_pipeline(Settings(strict=True, stories=False))
    framing = pipeline(
        Document(id="003", source="003", raw_text=seed_text("003"), outlet="fa-site")
    )
    plain = pipeline(
        Document(id="p1", source="p1", raw_text=NAMES_US_FORCES, outlet="fa-site", lang="fa")
    )
    month = {"value": "2024-02-09", "precision": "day", "window": [], "source": "x"}
    framing.published = plain.published = month
    assert "US forces" in article_targets(plain) and not plain.loaded_terms
    # a target the article's own terms are applied to is one it is about
    assert {t["target"] for t in framing.loaded_terms if t.get("target")} <= set(
        article_targets(framing)
    )
    store = open_store(store_url)
    try:
        for seq, doc in ((1, framing), (2, plain)):
            store.put_framing_terms(occurrence_rows(seq, doc), [seq], about_rows(seq, doc))
        cells = category_shares(store, FramingFilter(target="US forces"))
        assert [(c["outlet"], c["documents"]) for c in cells] == [("fa-site", 2)]
        assert cells[0]["categories"]["label"] == {"documents": 1, "share": 0.5}
        assert cells[0]["months"][0]["categories"]["label"]["share"] == 0.5
        # the category filter chooses what is counted, not which articles are about the target
        labels = category_shares(store, FramingFilter(target="US forces", category="label"))
        assert labels[0]["documents"] == 2
    finally:
        store.close()
