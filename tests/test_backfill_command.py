"""`rasad backfill`: lists every backfill (pending or not, what each covers), runs one by
name now through the code the migrations' queued backfills use (`materialize.run_backfill`),
with progress, and `--all` the pending ones; an unknown name is a usage error naming the
known ones. On the five bundled real articles, in SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.config import Settings
from rasad.services import materialize
from rasad.services.ingest import ingest_paths
from rasad.store import open_store
from tests.support.legacy import as_older_database
from tests.support.stages import fail_stage_on

# a sentence of the Persian seed 000 (al-Kadhimi on the US forces' exit), which has quotes
KADHIMI = "خبرگزاری رسمی عراق (واع) به نقل از الکاظمی"
SEED = "000_b2b0f032495ca565"
ENV = {"RASAD_STRICT": "0", "RASAD_ANALYSIS_WORKERS": "1"}


def ingested(store_url: str, seeds_dir, monkeypatch, failing: bool = False):
    if failing:
        fail_stage_on(monkeypatch, "quotes", KADHIMI)
    store = open_store(store_url)
    report = ingest_paths([seeds_dir], store, Settings(strict=False, db=store_url))
    monkeypatch.undo()
    assert report.added == 5
    return store


def backfill(store_url: str, *args: str):
    return CliRunner().invoke(main, ["--db", store_url, "backfill", *args], env=ENV)


def test_the_list_names_each_backfill_and_what_is_pending_without_running_it(
    store_url, seeds_dir, monkeypatch
):
    store = ingested(store_url, seeds_dir, monkeypatch)
    as_older_database(store, "claims")
    result = backfill(store_url)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "pending (the next ingest runs them first): claims"
    for name in materialize.BACKFILLS:
        assert any(line.split()[:1] == [name] for line in lines), name
    assert "claims" in next(line for line in lines if line.split()[:1] == ["claims"])
    assert any(line.split()[1:2] == ["pending"] for line in lines if "claims" in line)
    assert "covers: entities, quotes, framing" in result.output
    assert store.pending_backfills() == ["claims"]  # listing runs nothing
    store.close()


def test_a_named_backfill_runs_now_and_retries_a_failed_stage(store_url, seeds_dir, monkeypatch):
    store = ingested(store_url, seeds_dir, monkeypatch, failing=True)
    doc = store.get_document(SEED)
    assert doc.quotes == [] and [e["stage"] for e in doc.stage_errors] == ["quotes"]
    result = backfill(store_url, "quotes")
    assert result.exit_code == 0, result.output
    assert "backfill quotes: done" in result.stderr
    again = store.get_document(SEED)
    assert again.quotes and not again.stage_errors
    assert store.stats()["stage_errors"] == {}
    store.close()


def test_a_named_backfill_that_was_pending_is_done_with_those_it_covers(
    store_url, seeds_dir, monkeypatch
):
    store = ingested(store_url, seeds_dir, monkeypatch)
    as_older_database(store, "claims")
    as_older_database(store, "recognise")
    result = backfill(store_url, "recognise", "--quiet")
    assert result.exit_code == 0, result.output
    assert "backfill recognise: done (and the pending claims it covers)" in result.stderr
    assert store.pending_backfills() == []
    store.close()


def test_all_runs_the_pending_ones_once(store_url, seeds_dir, monkeypatch):
    store = ingested(store_url, seeds_dir, monkeypatch, failing=True)
    as_older_database(store, "framing")
    as_older_database(store, "quotes")
    result = backfill(store_url, "--all")
    assert result.exit_code == 0, result.output
    assert "backfill framing: done" in result.stderr
    assert "backfill quotes: done" in result.stderr
    assert store.pending_backfills() == []
    assert store.get_document(SEED).quotes  # the quotes backfill retried the failed stage
    assert "no backfill pending" in backfill(store_url, "--all").stderr
    store.close()


def test_progress_counts_the_documents_and_stories_read(store_url, seeds_dir, monkeypatch):
    store = ingested(store_url, seeds_dir, monkeypatch)
    read = {"documents": 0, "stories": 0}

    def progress(unit: str, n: int) -> None:
        read[unit] += n

    settings = Settings(strict=True, db=store_url)
    assert materialize.run_backfill(store, settings, "quotes", [], progress) == []
    stories = len(store.story_sizes())
    assert read["documents"] >= 5 and read["stories"] == stories >= 1
    assert materialize.backfill_work(store, "quotes") == 5 + stories
    store.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["recognize"], "no backfill 'recognize'; known: views, entities, framing"),
        (["quotes", "--all"], "give a backfill's NAME or --all, not both"),
    ],
)
def test_usage_errors_are_readable(tmp_path, args, message):
    result = backfill(str(tmp_path / "r.db"), *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "r.db").exists()  # nothing opened


def test_an_unknown_name_in_the_library_names_the_known_ones(tmp_path):
    store = open_store(str(tmp_path / "r.db"))
    with pytest.raises(materialize.UnknownBackfill, match="known: views, entities"):
        materialize.run_backfill(store, Settings(db=str(tmp_path / "r.db")), "nope")
    store.close()


def test_a_command_on_an_older_database_says_it_runs_the_pending_backfills_first(
    store_url, seeds_dir, monkeypatch
):
    """Any command that reads the views (here `rasad stats`) runs what an upgrade queued before
    it answers, and says so on stderr instead of leaving the user waiting in silence."""
    store = ingested(store_url, seeds_dir, monkeypatch)
    as_older_database(store, "quotes")
    store.close()
    result = CliRunner().invoke(main, ["--db", store_url, "stats"], env=ENV)
    assert result.exit_code == 0, result.output
    assert "running the pending backfill quotes first" in result.stderr
    assert "documents" in result.stdout
    again = open_store(store_url)
    assert again.pending_backfills() == []
    again.close()
    quiet = CliRunner().invoke(main, ["--db", store_url, "stats"], env=ENV)
    assert quiet.exit_code == 0 and "backfill" not in quiet.stderr
