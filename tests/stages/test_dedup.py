"""Near-duplicates: light rewrites of a real article are copies; other articles are not."""

from __future__ import annotations

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.services.ingest import (
    IngestReport,
    ingest_documents,
    ingest_paths,
    load_duplicate_index,
)
from rasad.stages.dedup import DuplicateIndex, signature
from rasad.store import open_store
from tests.support.legacy import as_older_database


def arabic_letters(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك")


def respaced(text: str) -> str:
    return text.replace(" ", "  ").replace("\n", "\n\n")


def with_diacritics(text: str) -> str:
    return text.replace("ا", "اَ").replace("ل", "لّ")


def reordered(text: str) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    return "\n".join(paras[1:] + paras[:1])


def edited(text: str) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    return "\n".join(paras[:-1])  # last paragraph cut, as syndication often does


@pytest.mark.parametrize("variant", [arabic_letters, respaced, with_diacritics, reordered, edited])
@pytest.mark.parametrize("prefix", ["000", "002"])
def test_variants_are_duplicates(seed_text, prefix, variant):
    original = seed_text(prefix)
    index = DuplicateIndex(0.7)
    assert index.add("original", signature(original)) is None
    assert index.add("copy", signature(variant(original))) == "original"


def test_articles_on_the_same_story_are_not_duplicates(seed_text):
    index = DuplicateIndex(0.7)
    for prefix in ("000", "001", "002", "003", "004"):
        assert index.add(prefix, signature(seed_text(prefix))) is None


def test_short_texts_are_never_duplicates():
    assert signature("خبر عاجل") is None


def test_ingest_marks_copy_and_keeps_it(seeds_dir, tmp_path, settings, store_url):
    (original,) = seeds_dir.glob("002_*.txt")
    copy = tmp_path / "syndicated.txt"
    copy.write_text(respaced(original.read_text("utf-8")), encoding="utf-8")
    store = open_store(store_url)
    ingest_paths([seeds_dir], store, settings)
    ingest_paths([copy], store, settings)  # a later run: the index is loaded from the store
    doc = store.get_document("syndicated")
    assert doc.duplicate_of == original.stem
    assert store.count() == 6
    assert [d.duplicate_of for d in store.iter_documents()].count(None) == 5


def analysed(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", raw_text=text, text=text)


def ingest_analysed(docs: list[Document], store, url: str) -> None:
    settings = Settings(strict=True, db=url, stories=False, batch_size=2)
    ingest_documents(iter(docs), store, None, settings, IngestReport())


def test_stored_signatures_are_looked_up_not_loaded(seed_text, store_url):
    store = open_store(store_url)
    try:
        prefixes = ("000", "001", "002", "003", "004")
        ingest_analysed([analysed(p, seed_text(p)) for p in prefixes], store, store_url)
        index = load_duplicate_index(store, 0.7)
        assert index.order == {}  # nothing read into memory
        copy = analysed("copy", respaced(seed_text("002")))
        ingest_analysed([copy, analysed("copy2", edited(seed_text("002")))], store, store_url)
        assert store.get_document("copy").duplicate_of == "002"
        assert store.get_document("copy2").duplicate_of == "002"  # the earliest, not "copy"
        # a database from before the buckets: they are computed once, then looked up
        store.conn.execute("DELETE FROM signature_buckets")
        as_older_database(store, signature_buckets="0")
        ingest_analysed([analysed("copy3", reordered(seed_text("001")))], store, store_url)
        assert store.get_document("copy3").duplicate_of == "001"
        assert store.pending_backfills() == []
        assert store.get_meta("signature_buckets") is None
    finally:
        store.close()
