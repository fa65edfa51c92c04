"""Near-duplicates: light rewrites of a real article are copies; other articles are not."""

from __future__ import annotations

import pytest

from rasad.ingest import ingest_paths
from rasad.stages.dedup import DuplicateIndex, signature
from rasad.store.base import open_store


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
