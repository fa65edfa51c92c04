"""`rasad eval timelines` on real text: the hand-made timelines and the eval's output shape."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.eval.shared import find_shared
from rasad.eval.timelines import evaluate_timelines, load_labels

SHARED = find_shared()
needs_shared = pytest.mark.skipif(SHARED is None, reason="../shared not found")


@pytest.mark.parametrize("which", ["eval", "dev", "dev34", "dev36"])
def test_labels_are_well_formed(which):
    stories, happenings = load_labels(which=which)
    names = {s["story"] for s in stories}
    assert len(stories) >= {"eval": 10, "dev": 4, "dev34": 6, "dev36": 7}[which]
    for h in happenings:
        assert h["story"] in names
        assert h["precision"] in {"day", "month", "year"}
        assert len(h["dates"][0]) == {"day": 10, "month": 7, "year": 4}[h["precision"]]
        story_docs = next(set(s["docs"]) for s in stories if s["story"] == h["story"])
        assert h["docs"] <= story_docs  # a happening's documents belong to its story


def test_development_sets_share_no_document_with_the_evaluation_set():
    evaluated = {d for s in load_labels(which="eval")[0] for d in s["docs"]}
    for which in ("dev", "dev34", "dev36"):
        assert not evaluated & {d for s in load_labels(which=which)[0] for d in s["docs"]}


@needs_shared
def test_eval_on_two_real_stories():
    result = evaluate_timelines(SHARED, only=2)
    assert [r["story"] for r in result["stories"]] == [
        "un-iraq-july-casualties",
        "erdogan-putin-assad",
    ]
    for row in result["stories"]:
        assert row["documents"] == 4
        assert 0 <= row["present"] <= row["happenings"]
        assert 0 <= row["struck"] <= row["entries"]
        assert len(row["missed"]) == row["happenings"] - row["present"]
        assert len(row["struck_entries"]) == row["struck"]
        assert 0 <= row["split"] <= row["present"]
        assert len(row["split_happenings"]) == row["split"]
        assert 0 <= row["split_strict"] <= row["split"]
    overall = result["overall"]
    assert overall["happenings"] == sum(r["happenings"] for r in result["stories"])
    assert 0 <= overall["present_share"] <= 1


@needs_shared
def test_dev36_reads_an_ntrex_article_in_its_three_languages():
    result = evaluate_timelines(SHARED, only=1, which="dev36")
    (row,) = result["stories"]
    assert row["story"] == "warship-frigate-delay" and row["documents"] == 3


@needs_shared
def test_cli_prints_json():
    out = CliRunner().invoke(main, ["eval", "timelines", "--shared", str(SHARED), "--json"])
    assert out.exit_code == 0, out.output
    result = json.loads(out.output)
    assert {r["story"] for r in result["stories"]} >= {"seeds-iraq-us-withdrawal"}
    assert set(result["overall"]) >= {"present_share", "struck_share", "split_share", "targets"}
