"""One time zone under two names is one zone (session 52): two reports' kick-off times, one
written «بتوقيت مكة المكرمة» and the other «بتوقيت مكة», are compared; GMT and «جرينتش» too."""

from __future__ import annotations

from datetime import date

from rasad.analysis.statements import relate
from rasad.stages.dates import find_temporal
from tests.test_statements import statement

# written in the style of SaudiNewsNet's match previews (one kick-off, two outlets)
KICKOFF = (
    "يلتقي فريق الهلال نظيره النصر في ديربي العاصمة عند الساعة {time} {zone} على استاد الملك "
    "فهد الدولي بالرياض."
)


def test_two_names_of_one_zone_record_one_zone():
    one = find_temporal(KICKOFF.format(time="20:00", zone="بتوقيت مكة المكرمة"), "ar", None)
    other = find_temporal(KICKOFF.format(time="20:00", zone="بتوقيت الرياض"), "ar", None)
    zones = [d.get("zone") for d in one + other if d.get("type") == "time"]
    assert zones == ["UTC+03:00", "UTC+03:00"]  # round dates55: recorded by the offset
    english = find_temporal("The match kicks off at 17:00 UTC on Sunday", "en", date(2015, 8, 4))
    assert [d.get("zone") for d in english if d.get("type") == "time"] == ["UTC+00:00"]


def test_times_in_one_zone_under_two_names_are_compared():
    a = statement(
        KICKOFF.format(time="20:00", zone="بتوقيت مكة المكرمة"), day="2015-08-04", outlet="A"
    )
    b = statement(KICKOFF.format(time="21:30", zone="بتوقيت مكة"), day="2015-08-04", outlet="B")
    rel = relate(a, b)
    assert (rel.verdict, rel.value_a, rel.value_b) == ("contradict", "20:00", "21:30")  # was none
    same = relate(
        a, statement(KICKOFF.format(time="20:00", zone="بتوقيت مكة"), day="2015-08-04", outlet="C")
    )
    assert same.verdict == "agree"


def test_zones_a_season_changes_stay_apart():
    # London is GMT in winter and BST in summer: «بتوقيت لندن» is not recorded as GMT
    found = find_temporal(KICKOFF.format(time="20:00", zone="بتوقيت لندن"), "ar", None)
    assert [d.get("zone") for d in found if d.get("type") == "time"] == ["بتوقيت لندن"]
