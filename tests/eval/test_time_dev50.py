"""The year-choice scorer of `rasad eval time` (eval/labels/time_dev50.tsv)."""

from pathlib import Path

import pytest

from rasad.eval.time import YEAR_DEV, evaluate_year_dev, year_outcome

SHARED = Path("/work/shared")


def _mention(start: int, end: int, value: str | None, precision: str = "day") -> dict:
    return {"start": start, "end": end, "value": value, "precision": precision}


def test_a_dated_span_is_right_wrong_or_abstained() -> None:
    assert year_outcome("2015-10-26", [_mention(0, 9, "2015-10-26")], 0, 9) == "right"
    assert year_outcome("2015-10-26", [_mention(0, 9, "2014-10-26")], 0, 9) == "wrong"
    assert year_outcome("2015-10-26", [_mention(0, 9, None)], 0, 9) == "abstained"


def test_a_span_that_names_no_day_is_right_only_without_a_value() -> None:
    assert year_outcome("none", [], 0, 9) == "right"
    assert year_outcome("none", [_mention(2, 5, "2015-11-13")], 0, 9) == "wrong"
    assert year_outcome("none", [_mention(2, 5, "2008", "year")], 0, 9) == "right"


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="needs the shared corpus")
def test_the_dev_set_scores_every_row() -> None:
    rows = sum(1 for _ in YEAR_DEV.open(encoding="utf-8")) - 1
    result = evaluate_year_dev(SHARED)
    assert result is not None
    assert sum(result["all"][k] for k in ("right", "wrong", "abstained")) == rows
