"""The "quotes" backfill (`rasad.services.quotes.backfill_quotes`), on both backends: a
database whose stored quotes an older quote stage found gets the quotes, speakers and story
views a fresh ingest stores; rejected documents are left alone; a second run changes nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from rasad.analysis.search import SearchFilter
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline, rerun_pipeline
from rasad.services import queries as views
from rasad.services.entity_links import quote_rows, stored_renames
from rasad.services.ingest import ingest_paths
from rasad.services.materialize import BACKFILLS, refresh_story_summaries
from rasad.services.materialize import open_store as open_materialized
from rasad.services.quotes import REQUOTED, backfill_quotes, requote
from rasad.store import open_store
from rasad.store.migrations import MIGRATIONS
from tests.support.legacy import as_older_database
from tests.support.stages import replace_stage

# saudinewsnet_ar snn-2015-08-01-00427: the title's «إرهابية» is the word the body quotes
TITLE = "عباس يطالب بتصنيف جماعات المستوطنين الإسرائيليين كمنظمات إرهابية"
BODY = (
    "طالب الرئيس الفلسطيني محمود عباس مساء امس الجمعة المجتمع الدولي بتصنيف جماعات المستوطنين "
    "الإسرائيليين كمنظمات إرهابية. وقال عباس لدى ترؤسه اجتماعا طارئا للقيادة الفلسطينية في رام "
    "الله:»نطالب المجتمع الدولي والأمم المتحدة وأميركا المنحازة دائما، بأن تسمى منظمات "
    "المستوطنين إرهابية»."
)


def snapshot(store) -> dict:
    """What the backfill writes: every document's quotes, the `quotes` table and every
    story's quotes grouped by speaker."""
    docs = {
        d.id: (d.rejected, d.quotes, d.loaded_terms)
        for d in store.iter_documents(include_rejected=True)
    }
    total, rows = store.quotes(None, SearchFilter(), 10_000, 0)
    stories = sorted(store.story_sizes())
    return {
        "docs": docs,
        "quotes": (total, rows),
        "speakers": {s: views.story_detail(store, s)["quotes_by_speaker"] for s in stories},
    }


def as_older_quotes(store) -> str:
    """Make the stored quotes look as an older quote stage left them: the first quote with a
    linked speaker given to nobody, in the document's record, its `quotes` row and the story
    views. Returns the document's id."""
    for seq, doc in store.documents_after(0, 10_000):
        spoken = [q for q in doc.quotes if q["speaker"]]
        if doc.rejected or not spoken:
            continue
        spoken[0].update(speaker=None, speaker_text=None)
        store.update_documents([doc])
        linked = store.mention_entities([doc.id])
        store.put_quotes(quote_rows(seq, doc, stored_renames(doc, linked)), [seq])
        refresh_story_summaries(store, {doc.story}, views_up_to=None)
        return doc.id
    raise AssertionError("no stored quote has a speaker")


def ingested(store_url: str, folder: Path):
    store = open_store(store_url)
    ingest_paths([folder], store, Settings(strict=True, db=store_url))
    return store


def with_an_empty_file(seeds_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder, ignore=shutil.ignore_patterns("*.md"))
    (folder / "empty.txt").write_bytes(b"")  # stored, rejected as "empty file"
    return folder


def test_the_quotes_backfill_stores_what_a_fresh_ingest_does(store_url, seeds_dir, tmp_path):
    store = ingested(store_url, with_an_empty_file(seeds_dir, tmp_path))
    fresh = snapshot(store)
    assert fresh["quotes"][0] and any(fresh["speakers"].values())
    changed = as_older_quotes(store)
    older = snapshot(store)
    assert older["docs"][changed] != fresh["docs"][changed]
    assert older["quotes"] != fresh["quotes"] and older["speakers"] != fresh["speakers"]
    backfill_quotes(store, Settings(strict=True, db=store_url))
    assert snapshot(store) == fresh
    assert store.get_meta(REQUOTED) is None
    store.close()


def test_quoting_an_analysed_document_again_changes_nothing():
    """A stored document quoted and framed again equals the pipeline's: its title's terms too,
    which the body's quotes voice."""
    pipeline = build_pipeline(Settings(strict=True, stories=False))
    doc = pipeline(Document(id="a", source="a.txt", raw_text=f"{TITLE}\n\n{BODY}"))
    assert [t["voice"] for t in doc.title_terms] == ["quoted"]
    stored = Document.from_record(json.loads(json.dumps(doc.to_record())))
    stages = rerun_pipeline(Settings(strict=True, stories=False), "quotes")
    assert requote(stored, stages).to_record() == doc.to_record()


def test_a_rejected_document_is_left_alone(store_url, seeds_dir, tmp_path):
    store = ingested(store_url, with_an_empty_file(seeds_dir, tmp_path))
    (rejected,) = [d for d in store.iter_documents(include_rejected=True) if d.rejected]
    marked = {"start": 0, "end": 5, "text": "Share", "speaker": None}
    rejected.quotes = [{**marked, "speaker_text": None, "cue": None, "direct": True}]
    store.update_documents([rejected])
    backfill_quotes(store, Settings(strict=True, db=store_url))
    (after,) = [d for d in store.iter_documents(include_rejected=True) if d.rejected]
    assert after.to_record() == rejected.to_record()
    store.close()


def test_a_second_run_changes_nothing(store_url, seeds_dir):
    store = ingested(store_url, seeds_dir)
    settings = Settings(strict=True, db=store_url)
    as_older_quotes(store)
    backfill_quotes(store, settings)
    once = snapshot(store)
    records = [json.dumps(d.to_record(), sort_keys=True) for d in store.iter_documents()]
    backfill_quotes(store, settings)
    assert snapshot(store) == once
    assert [json.dumps(d.to_record(), sort_keys=True) for d in store.iter_documents()] == records
    store.close()


def test_a_killed_backfill_goes_on_from_its_last_batch(store_url, seeds_dir, monkeypatch):
    """Each batch records how far it got: the next run starts after it, then starts over."""
    store = ingested(store_url, seeds_dir)
    as_older_quotes(store)
    older = snapshot(store)
    last = max(seq for seq, _ in store.documents_after(0, 10_000))
    store.set_meta(REQUOTED, str(last))  # as if killed after its last batch
    # a batch redone would show: its documents would lose their quotes
    replace_stage(monkeypatch, "quotes", lambda doc: setattr(doc, "quotes", []) or doc)
    backfill_quotes(store, Settings(strict=True, db=store_url))
    assert snapshot(store)["docs"] == older["docs"] and store.get_meta(REQUOTED) is None
    store.close()


def test_a_database_stored_before_is_quoted_again_when_opened(store_url, seeds_dir):
    """A migration queues the backfill (the last but later ones), which `open_store` runs."""
    queuing = [m for m in MIGRATIONS if "'quotes'" in m.render("sqlite")]
    assert queuing and "quotes" in BACKFILLS
    store = ingested(store_url, seeds_dir)
    fresh = snapshot(store)
    as_older_quotes(store)
    as_older_database(store, "quotes")
    store.close()
    store = open_materialized(store_url)
    assert store.pending_backfills() == [] and snapshot(store) == fresh
    store.close()
