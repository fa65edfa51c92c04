"""The held-out Arabic numbers scorer: values, ranges, counted nouns and casualty kinds."""

from __future__ import annotations

import pytest

from rasad.eval.numbers import NumberScore, noun_right, value_right


def test_value_and_range():
    assert value_right({"value": 12640000000}, "12640000000")
    assert value_right({"value": 23, "high": 29}, "23-29")
    assert not value_right({"value": 23}, "23-29")


def test_counted_noun():
    assert noun_right("وأطنان", "أطنان")  # a clitic on the prediction is allowed
    assert noun_right("حالات", "حالات وفاة")  # the head of a classifier phrase
    assert not noun_right("آخرون", "")  # an elided noun: nothing is the right answer
    assert noun_right(None, "")
    assert not noun_right("في", "دقيقة")


def test_killed_and_injured_confusions():
    score = NumberScore()
    gold = [
        {"start": 0, "end": 1, "value": "4", "noun": "", "casualty": "injured"},
        {"start": 5, "end": 6, "value": "3", "noun": "", "casualty": "killed"},
    ]
    predicted = [
        {"start": 0, "end": 1, "value": 4, "counts": None, "casualty": "killed"},
        {"start": 5, "end": 6, "value": 3, "counts": None, "casualty": "killed"},
    ]
    score.add(predicted, gold)
    r = score.result(0.0)
    assert r["killed_injured_confused"] == 1 and r["casualty_accuracy"] == 0.5
    assert r["accuracy"] == 1.0


def test_scorer_on_heldout(shared):
    from rasad.eval.numbers import evaluate_numbers

    result = evaluate_numbers(shared)
    if not result:
        pytest.skip("saudinewsnet_ar not present")
    assert result["numbers-ar"]["gold"] == 108 and result["numbers-ar"]["articles"] == 35
    assert result["numbers-ar (random)"]["articles"] == 30
