"""A document a stage failed on says so on its page, in the reader's language: which stage,
its error, the fields it left empty and the backfill that retries it; the documents page
counts such documents. The failing stage is put in the pipeline's own registry
(`tests.support.stages`) while the five real seed articles are ingested into a real store,
and the pages are read in a real Chromium."""

from __future__ import annotations

import pytest

from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore
from tests.support.stages import fail_stage_on
from tests.ui.conftest import serving

# a sentence of the Persian seed 000 (al-Kadhimi on the US forces' exit), which has quotes
KADHIMI = "خبرگزاری رسمی عراق (واع) به نقل از الکاظمی"
SEED = "000_b2b0f032495ca565"


@pytest.fixture(scope="module")
def failing_server(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("ui-stage-errors") / "ui.db"
    settings = Settings(db=str(db), strict=False)
    store = SQLiteStore(db)
    with pytest.MonkeyPatch.context() as monkeypatch:
        fail_stage_on(monkeypatch, "quotes", KADHIMI)
        report = ingest_paths([seeds_dir], store, settings)
    store.close()
    assert report.added == 5 and len(report.stage_errors) == 1
    with serving(settings) as url:
        yield url


def test_the_document_page_names_the_failed_stage_and_its_empty_fields(
    page, failing_server, screenshot
):
    page.goto(f"{failing_server}/documents/{SEED}?ui=en")
    notice = page.locator("#stage-errors")
    assert notice.is_visible()
    assert notice.locator("h2").inner_text() == "Incomplete analysis"
    item = notice.locator("li[data-stage=quotes]")
    text = item.inner_text()
    assert "The quotes stage failed on this document" in text
    assert item.locator("b.empty-field").all_inner_texts() == ["quotes"]
    assert f"StageBug: no rule for «{KADHIMI}»" in text
    assert "rasad backfill quotes" in text
    # the rest of the analysis stands: its names are still highlighted, no quote is
    assert page.locator("#article-text mark.entities").count() > 0
    assert page.locator("#article-text mark.quotes").count() == 0
    screenshot(page, "article-stage-error")
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("ui", "heading", "sentence"),
    [
        ("fa", "تحلیل ناقص", "مرحلهٔ quotes روی این سند شکست خورد"),
        ("ar", "تحليل ناقص", "فشلت مرحلة quotes في هذه الوثيقة"),
    ],
)
def test_the_notice_is_in_the_readers_language(page, failing_server, ui, heading, sentence):
    page.goto(f"{failing_server}/documents/{SEED}?ui={ui}")
    notice = page.locator("#stage-errors")
    assert notice.locator("h2").inner_text() == heading
    assert sentence in notice.inner_text()
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.console_errors == []


def test_a_document_no_stage_failed_on_has_no_notice(page, failing_server):
    page.goto(f"{failing_server}/documents/004_8d11bf5806d1ab79")
    assert page.locator("#article-text").is_visible()
    assert page.locator("#stage-errors").count() == 0


def test_the_documents_page_counts_them(page, failing_server):
    page.goto(f"{failing_server}/documents?ui=en")
    card = page.locator("#stage-error-documents")
    assert card.locator("b").inner_text() == "1"
    assert "with a failed stage" in card.inner_text() and "quotes 1" in card.inner_text()
