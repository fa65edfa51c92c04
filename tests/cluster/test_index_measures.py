"""The story index's counted figures: two reports that give the same counted things different
values on different days are two occurrences of a series (a market's sessions, a day's prices),
not one story; one event's follow-ups and same-day reports stay together."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from rasad.cluster.index import (
    StoryIndex,
    dated_measures,
    measure_keys,
    measures_apart,
    with_day,
)
from rasad.stages.numbers import find_numbers

# Written in the style of Saudi News Net's closing reports and price reports of August 2015
# (not corpus sentences).
SUNDAY = "أغلق مؤشر سوق الأسهم السعودية عند 8807 نقطة بتداولات بلغت 5.41 مليار ريال."
SUNDAY_AGAIN = "الأسهم السعودية تغلق عند 8807 نقطة وقيمة التداول 5.41 مليار ريال."
MONDAY = "أغلق مؤشر سوق الأسهم السعودية عند 8769 نقطة بتداولات بلغت 4.86 مليار ريال."
MONDAY_ROUNDED = "أغلق المؤشر عند 8769.42 نقطة بتداولات 4.86 مليار ريال."
OIL = "ارتفع سعر خام برنت 36 سنتا إلى 49.89 دولار للبرميل."
TOLL = "ارتفع عدد ضحايا سقوط الطائرة إلى 31 شخصا."
DIM = 8
DAY = date(2015, 8, 2)
NEXT_DAY = date(2015, 8, 3)


def measures(text: str) -> set[str]:
    return measure_keys(find_numbers(text, "ar", []))


def test_a_figure_is_keyed_with_the_thing_it_counts_and_the_first_as_its_lead():
    assert measures(SUNDAY) == {
        "^points=8807",
        "^points>8807",
        "^sar=5410000000",
        "^sar>5410000000",
    }
    later = measures("ارتفع خام برنت إلى 49.89 دولار بعد أن أغلق أمس عند 48.61 دولار.")
    assert later == {"^usd=49.89", "^usd>49.89", "^usd=48.61"}
    # a percentage does not say what it is a share of
    assert measures("تراجع المؤشر بنسبة 3.20% إلى 8807 نقطة.") == {"^points=8807", "^points>8807"}


def dated(text: str, day: date, lead: bool = False) -> dict:
    return dated_measures(with_day(measures(text), day), lead)


@pytest.mark.parametrize(
    ("first", "second", "second_day", "apart"),
    [
        (SUNDAY, MONDAY, NEXT_DAY, True),  # two sessions, two days: a series
        (SUNDAY, MONDAY, DAY, False),  # different values on one day: claims compare them
        (SUNDAY, SUNDAY_AGAIN, NEXT_DAY, False),  # the session reported again the next day
        (MONDAY, MONDAY_ROUNDED, NEXT_DAY, False),  # one figure rounded is the same figure
        (SUNDAY, OIL, NEXT_DAY, False),  # nothing counted alike
        (TOLL, "ارتفع عدد ضحايا سقوط الطائرة إلى 12 شخصا.", NEXT_DAY, False),  # one toll updated
    ],
)
def test_reports_of_a_series_are_apart(first: str, second: str, second_day: date, apart: bool):
    assert measures_apart(dated(second, second_day, lead=True), dated(first, DAY)) is apart


def test_a_lead_figure_repeated_as_background_agrees():
    """The next day's report that gives the session's close as background (not as its lead)
    does not agree with it; one that leads with it does."""
    background = "أغلق المؤشر عند 8769 نقطة بتداولات 4.86 مليار ريال بعد إغلاق الأحد عند 8807 نقطة."
    assert measures_apart(dated(background, NEXT_DAY, lead=True), dated(SUNDAY, DAY))
    assert not measures_apart(dated(SUNDAY_AGAIN, NEXT_DAY, lead=True), dated(SUNDAY, DAY))


def test_a_report_of_the_next_session_does_not_join_the_sessions_story():
    """As close in content as two reports of one event, the next day's session starts a story
    of its own; the session's own report of the next morning joins."""
    index = StoryIndex(dim=DIM)
    vector = np.eye(DIM, dtype=np.float32)[0]
    index.add("sunday", vector, DAY, measures(SUNDAY))
    assert index.add("monday", vector, NEXT_DAY, measures(MONDAY)).story != "s1"
    assert index.add("sunday again", vector, NEXT_DAY, measures(SUNDAY_AGAIN)).story == "s1"


def test_two_stories_of_two_sessions_do_not_merge():
    index = StoryIndex(dim=DIM)
    vector = np.eye(DIM, dtype=np.float32)[0]
    for i in range(2):
        index.restore(f"a{i}", vector, DAY, measures(SUNDAY), "s1", None)
        index.restore(f"b{i}", vector, NEXT_DAY, measures(MONDAY), "s2", None)
    assert index.consolidate() == {}
    index.restore("c", vector, NEXT_DAY, measures(SUNDAY_AGAIN), "s3", None)
    assert index.consolidate().get("s3") == "s1"
