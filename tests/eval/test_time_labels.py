"""Our annotated time expressions: every span is still where the labels say, and the scorer
credits values the way the README describes."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rasad.eval.time import (
    LABELS,
    VALUED_TYPES,
    Found,
    evaluate_labels,
    misplaced,
    rasad_found,
    read_articles,
    read_labels,
    value_matches,
)

VALUE_FORMS = re.compile(
    r"\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|EV))?)?)?"
    r"|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
    r"|T\d{2}:\d{2}|P(T?\d+[HMSDWY])+|PT\d+H\d+M|XXXX-\d{2}"
)


@pytest.fixture(scope="module")
def labels():
    if not LABELS.exists():
        pytest.skip("eval/labels not in this checkout")
    return read_labels()


def test_labels_are_well_formed(labels):
    assert sum(g.article.startswith("snn-") for g in labels) >= 100
    assert sum(g.article.startswith("fars-") for g in labels) >= 100
    assert {g.type for g in labels} <= VALUED_TYPES | {"set"}
    for g in labels:
        assert 0 <= g.start < g.end
        assert not g.value or VALUE_FORMS.fullmatch(g.value), g
    assert len({(g.article, g.start, g.end) for g in labels}) == len(labels)


def test_every_span_is_still_at_its_offsets(labels, shared):
    articles = read_articles(shared, {g.article for g in labels})
    assert {g.article for g in labels} <= set(articles)
    assert misplaced(labels, articles) == []
    for g in labels:
        span = articles[g.article]["text"][g.start : g.end]
        assert span == span.strip() and span, g


@pytest.mark.parametrize(
    ("gold", "found", "ok"),
    [
        ("2015-08-04", Found(0, 1, "2015-08-04"), True),
        ("2015-07", Found(0, 1, "2015-07-31"), True),
        ("2015-07", Found(0, 1, "2015"), False),
        ("2014-03-21/2015-03-20", Found(0, 1, "2014", ("2014-03-21", "2015-03-20")), True),
        ("2014-03-21/2015-03-20", Found(0, 1, "2014-09-22T00:00"), True),
        ("2014-03-21/2015-03-20", Found(0, 1, "2014"), False),
        ("P3D", Found(0, 1, "P3D"), True),
        ("P3D", Found(0, 1, "2015-08-01T00:00"), False),
        ("2015-08-04T09:55", Found(0, 1, "2015-08-04T09:55"), True),
        ("T08:00", Found(0, 1, "2015-08-01T08:00"), True),
        ("T08:00", Found(0, 1, "T09:00"), False),
    ],
)
def test_value_matches(gold, found, ok):
    assert value_matches(gold, found) is ok


def test_rasad_values_carry_times_and_durations():
    found = rasad_found(
        "وصل الوفد الساعة العاشرة صباحا اليوم وبقي ثلاثة أيام.", "ar", date(2021, 5, 1)
    )
    values = {f.value for f in found}
    assert {"2021-05-01T10:00", "2021-05-01", "P3D"} <= values


def test_scores_on_the_labels(shared, labels):
    result = evaluate_labels(shared, {"rasad": rasad_found})
    for lang in ("ar", "fa"):
        scores = result[lang]["rasad"]
        assert scores["expressions"] >= 100
        assert scores["overlap"]["f1"] > 0.5 and scores["value_accuracy"] > 0.4
