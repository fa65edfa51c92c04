"""Times in two zones are compared by their UTC offsets on the day (round dates55): "02:30 BST"
and "01:30 GMT" are one moment; London time is GMT in winter and BST in summer."""

from __future__ import annotations

from rasad.analysis.statements import relate
from tests.test_statements import statement

# written in the style of BBC crash reports (one moment, two outlets, two zones)
CRASH = "The plane crashed near the airport at {time}, the aviation authority said."
KICKOFF = (
    "يلتقي المنتخب السعودي نظيره الإماراتي اليوم عند الساعة {time} {zone} على "
    "استاد الملك فهد الدولي بالرياض."
)


def test_one_moment_in_two_zones_agrees():
    a = statement(CRASH.format(time="02:30 BST"), lang="en", day="2015-07-05", outlet="A")
    b = statement(CRASH.format(time="01:30 GMT"), lang="en", day="2015-07-05", outlet="B")
    rel = relate(a, b)
    assert (rel.verdict, rel.reason) == ("agree", "the same time")  # was: nothing compared


def test_one_clock_time_in_two_zones_is_two_moments():
    a = statement(CRASH.format(time="02:30 BST"), lang="en", day="2015-07-05", outlet="A")
    b = statement(CRASH.format(time="02:30 GMT"), lang="en", day="2015-07-05", outlet="B")
    assert relate(a, b).verdict != "agree"  # was "the same time"


def test_mecca_and_london_summer_time_are_two_hours_apart():
    a = statement(KICKOFF.format(time="20:00", zone="بتوقيت مكة"), day="2015-07-05", outlet="A")
    b = statement(KICKOFF.format(time="18:00", zone="بتوقيت لندن"), day="2015-07-05", outlet="B")
    rel = relate(a, b)
    assert (rel.verdict, rel.reason) == ("agree", "the same time")
