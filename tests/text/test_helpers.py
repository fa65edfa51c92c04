"""The small shared helpers: set overlap, publication days, word alternations, data tables."""

from __future__ import annotations

import re
from datetime import date

from rasad.data import read_table
from rasad.text.days import first_day, last_day, parse_day
from rasad.text.overlap import jaccard
from rasad.text.patterns import alternatives


def test_jaccard():
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3
    assert jaccard(set(), {"a"}) == 0.0


def test_publication_days():
    month = {"value": "2024-03", "precision": "month", "window": ["2024-03-01", "2024-03-31"]}
    year = {"value": "2024", "precision": "year", "window": ["2024-01-01", "2024-12-31"]}
    assert (first_day(month), last_day(month)) == ("2024-03-01", "2024-03-31")
    assert first_day(year) == "2024-01-01" and first_day(year, year_wide=False) is None
    assert first_day(None) is None and last_day(None) is None
    assert parse_day("2024-03-01") == date(2024, 3, 1) and parse_day(None) is None


def test_alternatives_fold_and_prefer_the_longer_form():
    pattern = re.compile(alternatives(["قال", "قالت", "به گفته"]))
    assert pattern.match("قالت").group() == "قالت"
    assert pattern.match("به  گفته")  # any run of white space between the words
    assert re.compile(alternatives(["كيف"])).match("کیف")  # letter variants folded


def test_read_table_skips_header_blanks_and_comments():
    rows = read_table("claims/cues.tsv")
    assert rows and all(r and not r[0].startswith("#") for r in rows)
    assert rows[0][0] != "lang"
