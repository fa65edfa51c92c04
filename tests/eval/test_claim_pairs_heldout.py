"""The held-out claim pairs (eval/labels/claim_pairs_heldout.tsv) are well formed and still point
at the same corpus sentences; the corpus checks skip when ../shared is absent."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from rasad.eval.claims import LABELS, read_pairs, sentence_sha1
from rasad.eval.shared import corpus_articles

HELDOUT = LABELS / "claim_pairs_heldout.tsv"
HELDOUT_LABELS = {"agree", "contradict", "update", "unrelated"}
COLUMNS = [
    "pair", "article_a", "lang_a", "published_a", "start_a", "end_a", "sha1_a",
    "article_b", "lang_b", "published_b", "start_b", "end_b", "sha1_b",
    "label", "slot", "value_a", "value_b", "event", "note",
]  # fmt: skip


def span_key(row: dict, side: str) -> tuple[str, int, int]:
    return row[f"article_{side}"], row[f"start_{side}"], row[f"end_{side}"]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    if not HELDOUT.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_pairs(HELDOUT)


def test_pairs_are_well_formed(rows):
    assert list(rows[0]) == COLUMNS
    assert len(rows) >= 150
    labels = Counter(r["label"] for r in rows)
    assert set(labels) == HELDOUT_LABELS
    assert labels["contradict"] >= 40
    assert [int(r["pair"]) for r in rows] == list(range(1, len(rows) + 1))
    for r in rows:
        assert r["article_a"] != r["article_b"], r["pair"]
        for side in ("a", "b"):
            assert 0 <= r[f"start_{side}"] < r[f"end_{side}"], r["pair"]
            assert re.fullmatch(r"[0-9a-f]{10}", r[f"sha1_{side}"]), r["pair"]
            assert r[f"lang_{side}"] in {"ar", "fa", "en"}
            assert r[f"published_{side}"] == "" or re.fullmatch(
                r"\d{4}-\d{2}-\d{2}", r[f"published_{side}"]
            )
        assert r["slot"] and r["event"], r["pair"]
    keys = [frozenset((span_key(r, "a"), span_key(r, "b"))) for r in rows]
    assert len(set(keys)) == len(keys)


def test_held_out_pairs_are_new(rows):
    old = LABELS / "claim_pairs.tsv"
    if not old.exists():
        pytest.skip("claim_pairs.tsv not in this checkout")
    earlier = {frozenset((span_key(r, "a"), span_key(r, "b"))) for r in read_pairs(old)}
    assert not earlier & {frozenset((span_key(r, "a"), span_key(r, "b"))) for r in rows}


def test_every_span_is_still_at_its_offsets(rows, shared):
    wanted = {r[f"article_{side}"] for r in rows for side in ("a", "b")}
    articles = corpus_articles(shared, wanted)
    if not articles:
        pytest.skip("corpora not present")
    assert wanted <= set(articles)
    for r in rows:
        for side in ("a", "b"):
            article = articles[r[f"article_{side}"]]
            start, end = r[f"start_{side}"], r[f"end_{side}"]
            span = article["text"][start:end]
            assert span and span == span.strip(), (r["pair"], side)
            assert sentence_sha1(article, start, end) == r[f"sha1_{side}"], (r["pair"], side)
            assert article["lang"] == r[f"lang_{side}"], (r["pair"], side)
            assert (article.get("published") or "") == r[f"published_{side}"], (r["pair"], side)
