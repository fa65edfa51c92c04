"""The whole-archive evaluation: the stream it builds and its scorer on a small real ingest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.eval.archive import (
    SEED_MARK,
    build_stream,
    era_check,
    evaluate_archive,
    format_archive_report,
    stream_records,
)


def test_era_check_counts_stories_and_pairs_beyond_five_years():
    known = {
        "a": date(2003, 1, 1),
        "b": date(2004, 6, 1),
        "c": date(2015, 8, 1),
        "d": date(2015, 8, 2),
        "e": date(2015, 8, 3),
    }
    found = era_check({"s1": ["a", "b", "c"], "s2": ["d", "e", "x"]}, known)
    # s1: a–c and b–c are more than five years apart; s2 spans two days (x has no date)
    assert (found["stories"], found["pairs"]) == (1, 2)
    assert found["examples"][0][:3] == ("s1", "2003-01-01", "2015-08-01")


def test_the_stream_is_fixed_and_a_limit_keeps_its_head(shared: Path, tmp_path: Path):
    whole = build_stream(shared, tmp_path / "whole")
    head = build_stream(shared, tmp_path / "head", 300)
    assert whole["records"] == len(stream_records(shared)) and head["records"] == 300
    first = (tmp_path / "whole" / "0000.jsonl").read_text(encoding="utf-8").splitlines()
    assert (tmp_path / "head" / "0000.jsonl").read_text(encoding="utf-8").splitlines() == first
    assert len((tmp_path / "head" / "0001.jsonl").read_text(encoding="utf-8").splitlines()) == 50
    seeds = sorted(p.name for p in (tmp_path / "head").iterdir() if SEED_MARK in p.name)
    assert len(seeds) == len(list((shared / "seeds").glob("*.txt")))
    # the seeds sit at the same boundaries in both, up to the head's end
    placed = {n.split(SEED_MARK)[1]: int(n[:4]) for n in seeds}
    assert placed == {k: min(v, 2) for k, v in whole["seeds"].items()}


def test_a_small_real_archive_is_ingested_and_scored(shared: Path, tmp_path: Path):
    """Sixty articles of the stream and the five seeds through the whole pipeline into a fresh
    database, scored; then the same database scored again as stored (`--db`)."""
    db = tmp_path / "archive.db"
    result = evaluate_archive(shared, limit=60, keep=db)
    seeds = len(list((shared / "seeds").glob("*.txt")))
    assert result["documents"] == 60 + seeds
    assert result["seeds"]["seeds"] == seeds
    # five reports of one withdrawal arriving together: no other article joins them
    assert result["seeds"]["intruders"] == 0
    assert result["bbc"]["mixed_stories"] == 0 and result["era"]["stories"] == 0
    assert result["top_stories"][0]["title"]
    assert set(result["common_words"]) == {"ar", "en", "fa"}
    assert result["ingest"]["seconds"] > 0
    report = format_archive_report(result)
    assert f"seeds: {seeds} seeds in " in report and ", 0 intruders" in report
    again = CliRunner().invoke(
        main, ["eval", "archive", "--db", str(db), "--no-alone", "--json", "--shared", str(shared)]
    )
    assert again.exit_code == 0, again.output
    stored = json.loads(again.output)
    assert {k: stored[k] for k in ("seeds", "bbc", "era", "ntrex", "top_stories")} == json.loads(
        json.dumps({k: result[k] for k in ("seeds", "bbc", "era", "ntrex", "top_stories")})
    )


def test_the_archive_command_skips_without_shared(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("RASAD_SHARED", str(tmp_path / "absent"))
    monkeypatch.chdir(tmp_path)
    if (Path(__file__).resolve().parents[3] / "shared").is_dir():
        pytest.skip("../shared sits beside the repository")
    out = CliRunner().invoke(main, ["eval", "archive", "--limit", "5"])
    assert out.exit_code == 0 and "skipped" in out.output
