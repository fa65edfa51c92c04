"""claim_pairs_claims66.tsv: well formed, outside every other claims set, the held-out and
the held-out files of other tasks, its spans matching the corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasad.eval.claims import SETS, corpus_articles, read_pairs, sentence_sha1

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
SET = LABELS / "claim_pairs_claims66.tsv"
ID = re.compile(r"\b(?:snn|bbc|fars|ntrex)-[\w-]+(?:\.[\w-]+)*")
HELD_OUT_FILES = (
    "framing_occurrences.tsv",
    "quotes_ar_fa.tsv",
    "quotes_heldout.tsv",
    "heldout_articles.tsv",
    "entities_ar_fa_en.tsv",
    "claims_facts_heldout37.tsv",
    "numbers_ar.tsv",
    "saudinewsnet_events.tsv",
)


def story(article_id: str) -> str:
    """An ntrex article's story, any language (`ntrex-ar-bbc.381760` -> `bbc.381760`)."""
    return re.sub(r"^ntrex-(?:(?:ar|fa|en)-)?", "", article_id)


def set_ids() -> set[str]:
    return {r[k] for r in read_pairs(SET) for k in ("article_a", "article_b")}


def test_labels_columns_and_kinds():
    rows = read_pairs(SET)
    assert len(rows) >= 45
    assert {r["label"] for r in rows} <= {"agree", "contradict", "update", "unrelated"}
    assert sum(r["label"] == "agree" for r in rows) >= 30  # hard agrees on purpose
    assert sum(r["label"] == "unrelated" for r in rows) >= 5  # look-alikes
    assert all(r["lang_a"] == r["lang_b"] == "ar" for r in rows)
    assert all(r["article_a"] != r["article_b"] for r in rows)
    assert all(r["start_a"] < r["end_a"] and r["start_b"] < r["end_b"] for r in rows)
    assert SETS["claim-pairs-claims66"] == SET.name


def test_no_article_or_story_of_another_claims_set_or_a_held_out_file():
    others = [
        p
        for p in LABELS.iterdir()
        if (p.name.startswith(("claim_pairs", "claims_facts")) or p.name in HELD_OUT_FILES)
        and p.name != SET.name
    ]
    used = {i.rstrip(".") for p in others for i in ID.findall(p.read_text("utf-8"))}
    assert not set_ids() & used
    assert not {story(i) for i in set_ids()} & {story(i) for i in used}


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
