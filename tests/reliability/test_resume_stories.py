"""A resumed ingest ends with the stories of an unbroken one (issue 23, item 8).

The interrupted run stores every Persian article (dated 2003), then stops before its
consolidation pass; the re-run adds the Arabic ones (dated 2015), which moves the live window
past every Persian story. The merges among the Persian stories that the unbroken run makes
at its end must still be made after the interruption.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services.ingest import IngestReport, ingest_documents
from rasad.stages.readers import read_jsonl
from rasad.store.sqlite import SQLiteStore

PER_CORPUS = 20
BATCH = 5


class Interrupted(Exception):
    """The reader stops here, as a killed process would, before the ingest's end."""


def _articles(shared: Path) -> list[dict]:
    records = []
    for name in ("farsnews_fa", "saudinewsnet_ar"):
        with (shared / "corpus" / name / "articles.jsonl").open(encoding="utf-8") as f:
            text = "".join(line for _, line in zip(range(PER_CORPUS), f, strict=False))
        records += [d.to_record() for d in read_jsonl(text, name, name)]
    return records


@pytest.fixture(scope="module")
def analysed(shared) -> list[dict]:
    pipeline = build_pipeline(Settings())
    return [pipeline(Document.from_record(r)).to_record() for r in _articles(shared)]


def _ingest(db: Path, records: list[dict], stop_after: int | None = None) -> None:
    def docs() -> Iterator[Document]:
        for n, record in enumerate(records):
            if n == stop_after:
                raise Interrupted
            yield Document.from_record(json.loads(json.dumps(record)))

    store = SQLiteStore(db)
    try:
        settings = Settings(db=str(db), batch_size=BATCH)
        ingest_documents(docs(), store, None, settings, IngestReport(files=1))
    finally:
        store.close()


def _stories(db: Path) -> dict[str, tuple[str | None, str | None]]:
    store = SQLiteStore(db)
    try:
        return {d.id: (d.story, d.event) for d in store.iter_documents()}
    finally:
        store.close()


def test_interrupted_ingest_ends_with_the_stories_of_an_unbroken_one(tmp_path, analysed):
    _ingest(tmp_path / "unbroken.db", analysed)
    # every Persian article stored (the next batch, Arabic, is in flight when it stops)
    with pytest.raises(Interrupted):
        _ingest(tmp_path / "resumed.db", analysed, stop_after=PER_CORPUS + 2 * BATCH)
    _ingest(tmp_path / "resumed.db", analysed)
    unbroken, resumed = _stories(tmp_path / "unbroken.db"), _stories(tmp_path / "resumed.db")
    assert len(set(s for s, _ in unbroken.values())) < len(unbroken)  # some stories merged
    assert resumed == unbroken
