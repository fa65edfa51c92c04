"""ISO days (`rasad.text.days`): the span of a date of any precision, as a timeline entry's
date is written (the Reuters quake box's "2018", the seeds' "2020-01", a caption's day)."""

from __future__ import annotations

from datetime import date

from rasad.text.days import span


def test_span_of_a_year_a_month_and_a_day():
    assert span("2018") == (date(2018, 1, 1), date(2018, 12, 31))
    assert span("2020-01") == (date(2020, 1, 1), date(2020, 1, 31))
    assert span("2016-02") == (date(2016, 2, 1), date(2016, 2, 29))
    assert span("2018-09-30") == (date(2018, 9, 30), date(2018, 9, 30))
