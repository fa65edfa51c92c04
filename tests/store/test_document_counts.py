"""The corpus counts (`Store.stats`) are kept as documents are written, not counted on each
request: after an ingest, a re-analysis that changes a language and a correction that moves
an outlet, they equal a count over every document (both backends)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from rasad.services.corrections import correct
from rasad.services.ingest import ingest_paths
from rasad.store import open_store


def counted(store) -> dict:
    """What the stats say, counted over every accepted document (the rejected ones are not
    read back; their reasons are checked apart)."""
    accepted = [d for d in store.iter_documents() if not d.rejected]
    dates = sorted(d.published["value"] for d in accepted if d.published)
    return {
        "documents": len(accepted),
        "languages": Counter(d.lang or "(unknown)" for d in accepted),
        "outlets": Counter(d.outlet or "(unknown)" for d in accepted),
        "published": {"first": dates[0] if dates else None, "last": dates[-1] if dates else None},
    }


def kept(store) -> dict:
    stats = store.stats()
    return {
        "documents": stats["documents"],
        **{k: Counter(stats[k]) for k in ("languages", "outlets")},
        "published": stats["published"],
    }


def test_counts_follow_ingest_reanalysis_and_corrections(
    seeds_dir, settings, store_url, tmp_path: Path
):
    store = open_store(store_url)
    assert store.stats()["documents"] == 0 and store.stats()["languages"] == {}
    (tmp_path / "empty.txt").write_bytes(b"")
    ingest_paths([seeds_dir, tmp_path], store, settings)
    assert kept(store) == counted(store)
    assert store.stats()["languages"] == {"ar": 3, "fa": 2}
    assert store.stats()["rejections"] == {"empty file": 1}

    doc = next(d for d in store.iter_documents() if d.lang == "fa")
    doc.lang = "ar"  # a re-analysis that reads the language differently
    store.update_documents([doc])
    assert store.stats()["languages"] == {"ar": 4, "fa": 1}
    assert kept(store) == counted(store)

    correct(store, settings, doc.id, "outlet", "A corrected outlet", author="analyst")
    assert store.stats()["outlets"]["A corrected outlet"] == 1
    assert kept(store) == counted(store)
    store.close()
