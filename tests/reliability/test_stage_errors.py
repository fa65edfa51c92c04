"""A stage that raises on one document: the document is stored with that stage's output empty
and the error on it (stage, exception type, message), the rest of its analysis stands, the
batch goes on, and the user sees it (`rasad ingest`'s summary and stderr, `rasad stats`,
`/api/v1/stats`, the API's document); the export stays valid (the error is not in it); a
backfill that runs the stage again retries it. The failing stage is put in the pipeline's own
registry (`tests.support.stages`), on the bundled real articles, into real stores."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.analysis.export import validate_export
from rasad.cli import main
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services import queries
from rasad.services.export import write_export
from rasad.services.ingest import ingest_paths
from rasad.services.materialize import open_store as open_materialized
from rasad.services.quotes import backfill_quotes
from rasad.store import open_store
from tests.support.legacy import as_older_database
from tests.support.stages import StageBug, fail_stage_on

# a sentence of the Persian seed 000 (al-Kadhimi on the US forces' exit), which has quotes
KADHIMI = "خبرگزاری رسمی عراق (واع) به نقل از الکاظمی"
SEED = "000_b2b0f032495ca565"


def lenient(**kwargs) -> Settings:
    return Settings(strict=False, **kwargs)


def test_a_failing_stage_leaves_its_output_empty_and_the_rest_of_the_analysis(
    seed_text, monkeypatch
):
    raw = seed_text("000")
    whole = build_pipeline(lenient(stories=False))(Document(id="a", source="a.txt", raw_text=raw))
    assert whole.quotes and whole.entities and whole.dates and not whole.stage_errors
    fail_stage_on(monkeypatch, "quotes", KADHIMI)
    doc = build_pipeline(lenient(stories=False))(Document(id="a", source="a.txt", raw_text=raw))
    assert doc.rejected is None and doc.quotes == []
    assert doc.stage_errors == [
        {"stage": "quotes", "error": "StageBug", "message": f"no rule for «{KADHIMI}»"}
    ]
    assert (doc.text, doc.lang, doc.entities) == (whole.text, whole.lang, whole.entities)
    assert (doc.published, doc.dates, doc.numbers) == (whole.published, whole.dates, whole.numbers)
    assert doc.title_terms == whole.title_terms  # the stages after it ran (framing)
    with pytest.raises(StageBug):  # strict (tests, debugging): the error is raised
        build_pipeline(Settings(strict=True, stories=False))(
            Document(id="a", source="a.txt", raw_text=raw)
        )


def test_a_stage_that_sets_the_text_still_rejects(seed_text, monkeypatch):
    """Without its text there is nothing to analyse or store: rejected with the error."""
    fail_stage_on(monkeypatch, "clean", KADHIMI)
    doc = build_pipeline(lenient(stories=False))(
        Document(id="a", source="a.txt", raw_text=seed_text("000"))
    )
    assert doc.rejected == f"stage clean failed: StageBug: no rule for «{KADHIMI}»"


def test_a_stage_that_reads_and_sets_a_field_leaves_it_as_it_came(seed_text, monkeypatch):
    """The outlet stage names the outlet the reader found: failing, it leaves the reader's."""
    fail_stage_on(monkeypatch, "outlet", KADHIMI)
    doc = Document(id="a", source="a.txt", raw_text=seed_text("000"), outlet="example.ir")
    doc = build_pipeline(lenient(stories=False))(doc)
    assert doc.outlet == "example.ir" and [e["stage"] for e in doc.stage_errors] == ["outlet"]


def stored_with_a_failing_quote_stage(store_url: str, folder: Path, monkeypatch):
    fail_stage_on(monkeypatch, "quotes", KADHIMI)
    store = open_store(store_url)
    report = ingest_paths([folder], store, lenient(db=store_url))
    monkeypatch.undo()  # the quote stage is itself again
    return store, report


def test_an_ingest_stores_the_document_and_says_so(store_url, seeds_dir, monkeypatch):
    store, report = stored_with_a_failing_quote_stage(store_url, seeds_dir, monkeypatch)
    assert report.added == 5 and not report.rejected
    (source,) = {s for s, _ in report.stage_errors}
    assert source.endswith(f"{SEED}.txt")
    assert report.stage_errors[0][1] == f"quotes: StageBug: no rule for «{KADHIMI}»"
    assert report.summary().endswith(", 1 documents had a stage error")
    stats = store.stats()
    assert stats["documents"] == 5
    assert (stats["stage_error_documents"], stats["stage_errors"]) == (1, {"quotes": 1})
    detail = queries.document_detail(store, SEED)
    assert detail["quotes"] == [] and detail["entities"] and detail["story"]
    assert detail["stage_errors"] == [
        {"stage": "quotes", "error": "StageBug", "message": f"no rule for «{KADHIMI}»"}
    ]
    others = [d for d in store.iter_documents() if d.id != SEED]
    assert all(not d.stage_errors for d in others) and any(d.quotes for d in others)
    # the export's contract is unchanged: valid, and without the error
    out = io.StringIO()
    write_export(store, out)
    export = json.loads(out.getvalue())
    assert validate_export(export) == []
    assert all("stage_errors" not in d for d in export["documents"])
    # the quotes backfill runs the stage again: it succeeds now, and the error is gone
    backfill_quotes(store, Settings(strict=True, db=store_url))
    again = store.get_document(SEED)
    assert again.quotes and not again.stage_errors
    assert (store.stats()["stage_error_documents"], store.stats()["stage_errors"]) == (0, {})
    store.close()


def test_a_backfill_that_fails_again_keeps_the_error_and_goes_on(store_url, seeds_dir, monkeypatch):
    store, _ = stored_with_a_failing_quote_stage(store_url, seeds_dir, monkeypatch)
    fail_stage_on(monkeypatch, "quotes", KADHIMI)
    backfill_quotes(store, lenient(db=store_url))
    assert [e["stage"] for e in store.get_document(SEED).stage_errors] == ["quotes"]
    assert store.stats()["stage_errors"] == {"quotes": 1}
    assert any(d.quotes for d in store.iter_documents())  # the others were quoted
    store.close()


def test_the_recognise_migration_retries_a_failed_stage(store_url, seeds_dir, monkeypatch):
    store, _ = stored_with_a_failing_quote_stage(store_url, seeds_dir, monkeypatch)
    as_older_database(store, "recognise")
    store.close()
    store = open_materialized(store_url, Settings(strict=True, db=store_url))
    assert store.pending_backfills() == []
    doc = store.get_document(SEED)
    assert doc.quotes and not doc.stage_errors and store.stats()["stage_errors"] == {}
    store.close()


def test_the_command_line_lists_the_error_and_counts_it(seeds_dir, tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder, ignore=shutil.ignore_patterns("*.md"))
    db = str(tmp_path / "r.db")
    fail_stage_on(monkeypatch, "quotes", KADHIMI)
    env = {"RASAD_STRICT": "0", "RASAD_ANALYSIS_WORKERS": "1"}
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(folder)], env=env)
    assert result.exit_code == 3, result.output
    assert f"stage error: {folder / SEED}.txt: quotes: StageBug: no rule for" in result.stderr
    assert "5 documents added, 0 already stored, 0 rejected, 1 documents had a stage error" in (
        result.stderr
    )
    shown = CliRunner().invoke(main, ["--db", db, "stats"], env=env)
    assert "stage errors: 1 documents stored without a stage's output" in shown.output
    assert "      1  quotes" in shown.output


def test_the_ingest_help_says_what_each_exit_status_means():
    shown = CliRunner().invoke(main, ["ingest", "--help"])
    words = " ".join(shown.output.split())
    assert "Exit status 0 when every input was stored; 3 when" in words
    assert '"rejected: SOURCE: REASON" or "stage error: SOURCE: ERROR"' in words
