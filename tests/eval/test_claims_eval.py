"""The claim-pair labels point at corpus sentences, and compare_statements follows the story rules."""

from __future__ import annotations

import pytest

from rasad.analysis.stories import compare_statements
from rasad.eval.claims import LABELS, read_pairs, sentence_sha1, statement
from rasad.eval.shared import corpus_articles
from rasad.model import Document
from rasad.stages.numbers import find_numbers


def sentence(text: str, lang: str, day: str | None) -> Document:
    doc = Document(id=text[:10], source="t", text=text, lang=lang)
    if day:
        doc.published = {"value": day, "precision": "day", "window": [day, day], "source": "t"}
    doc.numbers = find_numbers(text, lang)  # type: ignore[assignment]
    return doc


def test_numbers_for_one_concept():
    a = sentence("وبقاء 2500 جندي أميركي في العراق", "ar", "2020-12-01")
    same_week = sentence("آمریکا ۳۰۰۰ نیروی نظامی در عراق دارد", "fa", "2020-12-03")
    months_later = sentence("آمریکا ۳۰۰۰ نیروی نظامی در عراق دارد", "fa", "2021-03-01")
    same_value = sentence("There are 2,500 troops in Iraq", "en", "2020-12-02")
    assert compare_statements(a, same_week) == "contradiction"
    assert compare_statements(a, months_later) == "change-over-time"
    assert compare_statements(a, same_value) == "agree"


def test_denial_against_assertion():
    said = sentence("The government announced the withdrawal of troops from the base", "en", None)
    denied = sentence("The government denied the withdrawal of troops from the base", "en", None)
    assert compare_statements(said, denied) == "contradiction"
    assert compare_statements(said, sentence("Football scores today", "en", None)) == "unrelated"


def test_pairs_point_at_corpus_sentences(shared):
    rows = read_pairs(LABELS / "claim_pairs.tsv")
    articles = corpus_articles(shared, {r[k] for r in rows for k in ("article_a", "article_b")})
    if not articles:
        pytest.skip("corpora not present")
    assert len(rows) >= 60
    for r in rows:
        for side in ("a", "b"):
            article = articles[r[f"article_{side}"]]
            start, end = r[f"start_{side}"], r[f"end_{side}"]
            assert sentence_sha1(article, start, end) == r[f"sha1_{side}"]
            assert statement(article, start, end).lang == r[f"lang_{side}"]
        assert r["article_a"] != r["article_b"]


def test_scorer_on_claim_pairs(shared):
    from rasad.eval.claims import evaluate_claims

    result = evaluate_claims(shared)
    if not result:
        pytest.skip("corpora not present")
    r = result["claim-pairs"]
    assert r["pairs"] >= 60
    # accuracy is the confusion matrix's diagonal over all pairs (the figure is gated in
    # eval/baseline.json)
    confusion = r["confusion"]
    assert sum(confusion.values()) == r["pairs"]
    right = sum(n for k, n in confusion.items() if k.split(" -> ")[0] == k.split(" -> ")[1])
    assert r["accuracy"] == pytest.approx(right / r["pairs"])
    assert set(r["labels"]) == {"contradiction", "change-over-time", "agree", "unrelated"}
