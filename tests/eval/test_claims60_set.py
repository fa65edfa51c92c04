"""claim_pairs_claims60.tsv: well formed, and outside every other claims set and the held-out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasad.eval.claims import corpus_articles, read_pairs, sentence_sha1

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
SET = LABELS / "claim_pairs_claims60.tsv"
# ntrex ids hold dots («ntrex-en-bbc.381760»): the pattern keeps them whole
ID = re.compile(r"\b(?:snn|bbc|fars|ntrex)-[\w-]+(?:\.[\w-]+)*")


def set_ids() -> set[str]:
    return {r[k] for r in read_pairs(SET) for k in ("article_a", "article_b")}


def test_labels_and_columns():
    rows = read_pairs(SET)
    assert len(rows) >= 50
    assert {r["label"] for r in rows} <= {"agree", "contradict", "update", "unrelated"}
    assert (
        sum(r["label"] == "agree" for r in rows) >= 40
    )  # a hard-agree guard: no contradiction found
    assert all(r["start_a"] < r["end_a"] and r["start_b"] < r["end_b"] for r in rows)


def test_no_article_of_another_claims_set_or_the_held_out():
    others = [
        p
        for p in LABELS.iterdir()
        if p.name.startswith(("claim_pairs", "claims_facts")) and p.name != SET.name
    ]
    used = {i.rstrip(".") for p in others for i in ID.findall(p.read_text("utf-8"))}
    assert not set_ids() & used


def test_spans_match_the_corpus(shared: Path):
    rows = read_pairs(SET)
    articles = corpus_articles(shared, set_ids())
    if not articles:
        pytest.skip("corpora not present")
    for r in rows:
        for side in ("a", "b"):
            article = articles[r[f"article_{side}"]]
            span = (r[f"start_{side}"], r[f"end_{side}"])
            assert sentence_sha1(article, *span) == r[f"sha1_{side}"], (r["pair"], side)
