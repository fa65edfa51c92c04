"""`rasad analyze` reads a file as `ingest` does (issue 23, item 6): one document per feed entry
or WARC record, the same encodings and the same rejections; and `rasad eval readers` runs."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "data" / "readers"


def rasad(*args: str, tmp_path: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "RASAD_DB": str(tmp_path / "unused.db")}
    return subprocess.run(
        [sys.executable, "-m", "rasad.cli", *args],
        env=env,
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def test_analyze_a_feed_gives_one_document_per_entry(tmp_path: Path):
    run = rasad("analyze", str(FIXTURES / "feed_ru.rss"), tmp_path=tmp_path)
    assert run.returncode == 0, run.stderr
    docs = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert [d["source"] for d in docs] == [
        "https://vesti.example/ru/1",
        "https://vesti.example/ru/2",
    ]
    assert {d["lang"] for d in docs} == {"ru"}
    assert not (tmp_path / "unused.db").exists()


def test_analyze_a_warc_archive_from_stdin(tmp_path: Path):
    data = gzip.compress((FIXTURES / "archive_resource.warc").read_bytes())
    run = rasad("analyze", "-", tmp_path=tmp_path, stdin=data)
    assert run.returncode == 0, run.stderr
    docs = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert [d["lang"] for d in docs] == ["ar", "en"]


def test_analyze_rejects_what_ingest_rejects(tmp_path: Path):
    run = rasad("analyze", str(FIXTURES / "page_binary.html"), tmp_path=tmp_path)
    assert run.returncode == 1 and b"binary file (a PNG image)" in run.stderr
    assert run.stdout == b""


def test_analyze_a_declared_latin1_page(tmp_path: Path):
    run = rasad("analyze", str(FIXTURES / "page_latin1_es.html"), tmp_path=tmp_path)
    doc = json.loads(run.stdout)
    assert doc["lang"] == "es" and doc["title"] == "Anticorrupción decidirá el lunes"


def test_eval_readers_command(tmp_path: Path):
    run = rasad("eval", "readers", "--fixtures", str(FIXTURES), tmp_path=tmp_path)
    assert run.returncode == 0, run.stdout.decode()[-2000:]
    assert run.stdout.decode().rstrip().endswith("0 documents lost, 0 problems")
