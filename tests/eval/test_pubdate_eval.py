"""`rasad eval pubdate`: the two samples and how one article's date is judged."""

from __future__ import annotations

from datetime import date

from rasad.eval.pubdate import judge, sample


def _pub(value: str, first: str, last: str) -> dict:
    return {"value": value, "precision": "day", "window": [first, last], "source": "inferred"}


def test_judge_counts_a_year_outside_the_window_as_wrong():
    truth = date(2015, 8, 2)
    assert judge(None, truth) == {
        "dated": False,
        "contains": False,
        "width": None,
        "wrong_year": False,
    }
    inside = judge(_pub("2015-08-01", "2015-08-01", "2015-08-03"), truth)
    assert inside["contains"] and inside["width"] == 3 and not inside["wrong_year"]
    assert judge(_pub("1938", "1938-01-01", "1939-12-31"), truth)["wrong_year"]
    # the right year as a value, but a window that ends the year before
    assert judge(_pub("2015", "2014-01-01", "2014-12-31"), truth)["wrong_year"]


def test_samples_are_disjoint_and_cover_both_corpora(shared):
    evaluated, development = sample(shared, "eval"), sample(shared, "dev")
    assert len(evaluated) >= 1000
    assert not {a["id"] for a in evaluated} & {a["id"] for a in development}
    assert {a["corpus"] for a in evaluated} == {"farsnews_fa", "saudinewsnet_ar"}
    years = {a["published"][:4] for a in evaluated if a["corpus"] == "farsnews_fa"}
    assert len(years) >= 17
    assert [a["id"] for a in sample(shared, "eval")] == [a["id"] for a in evaluated]
