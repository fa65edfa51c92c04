"""The embedded text (title + lead within a token budget) and the per-thread encoders."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from rasad.cluster.embed import default_encoder, embed_text, thread_encoder
from rasad.config import load_settings
from rasad.model import Document


@pytest.fixture(scope="module")
def seed_docs(seeds_dir: Path) -> list[Document]:
    return [
        Document(id=p.stem, source=p.name, title=None, text=p.read_text(encoding="utf-8"))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


@pytest.mark.parametrize("budget", [24, 48])
def test_lead_is_cut_to_the_longest_that_fits_the_token_budget(seed_docs, budget):
    count = default_encoder().count_tokens
    for doc in seed_docs:
        full = embed_text(doc, 60)
        cut = embed_text(doc, 60, budget, count)
        assert count(cut) <= budget
        assert full.startswith(cut)
        longer = embed_text(doc, len(cut.split()) + 1)  # one more word would not fit
        assert cut == full or count(longer) > budget


def test_title_is_kept_and_no_budget_keeps_every_lead_word(seed_docs):
    count = default_encoder().count_tokens
    doc = seed_docs[0]
    titled = Document(id="t", source="t", title="Title", text=doc.text)
    assert embed_text(titled, 60, 20, count).startswith("Title\n")
    assert embed_text(doc, 60, 0, count) == embed_text(doc, 60)
    assert len(embed_text(doc, 60).split()) == 60


def test_token_budget_is_a_setting(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("RASAD_EMBED_MAX_TOKENS", "40")
    monkeypatch.setenv("RASAD_EMBED_WORKERS", "1")
    settings = load_settings(tmp_path / "none.toml")
    assert (settings.embed_max_tokens, settings.embed_workers) == (40, 1)


def test_each_thread_has_its_own_single_core_encoder_giving_the_same_vectors(seed_docs):
    texts = [embed_text(doc, 30) for doc in seed_docs]
    with ThreadPoolExecutor(max_workers=2) as pool:
        encoders = list(pool.map(lambda _: thread_encoder(), range(2)))
        in_threads = np.vstack(list(pool.map(lambda t: thread_encoder().encode([t]), texts)))
    assert thread_encoder() not in encoders
    assert np.allclose(in_threads, default_encoder().encode(texts), atol=1e-4)
