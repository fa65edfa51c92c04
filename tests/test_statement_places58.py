"""The place slot (round claims58): one person's incident told in two regions contradicts; a
city inside its region, two persons, or two undated reports stay out of it."""

from __future__ import annotations

from rasad.analysis.statement_places import regions_named, two_regions
from rasad.analysis.statements import relate
from tests.test_statements import statement

# written in the style of SaudiNewsNet border reports (one soldier, two papers, two days)
IN_ASIR = (
    "وكان العريف أحمد جعفر المجايشي قد استشهد أثناء قيامه بمهام عمله في مركز المسيال"
    " بقطاع ظهران الجنوب في منطقة عسير."
)
IN_NAJRAN = (
    "وقدم اللواء واجب العزاء في الشهيد أحمد بن جعفر، الذي استشهد في منطقة نجران جراء إصابته."
)
IN_TANOMAH = "وكان العريف أحمد جعفر المجايشي قد استشهد أثناء قيامه بمهام عمله في محافظة تنومة."
OTHER_SOLDIER = (
    "وقدم اللواء واجب العزاء في الشهيد علي بن حسن، الذي استشهد في منطقة نجران جراء إصابته."
)


def test_one_soldier_killed_in_two_regions_contradicts():
    a = statement(IN_ASIR, day="2015-08-01", outlet="Al-Yaum")
    b = statement(IN_NAJRAN, day="2015-08-03", outlet="Al-Jazirah")
    rel = relate(a, b)
    assert (rel.verdict, rel.slot) == ("contradict", "place")  # was: "not one fact"
    assert (rel.value_a, rel.value_b) == ("عسير", "نجران")


def test_a_city_inside_its_region_is_not_compared():
    a = statement(IN_TANOMAH, day="2015-08-01", outlet="Al-Yaum")
    b = statement(IN_NAJRAN.replace("نجران", "عسير"), day="2015-08-02", outlet="Al-Jazirah")
    assert regions_named(a) == {}
    assert two_regions(a, b, 1) is None


def test_two_soldiers_in_two_regions_are_two_incidents():
    a = statement(IN_ASIR, day="2015-08-01", outlet="Al-Yaum")
    b = statement(OTHER_SOLDIER, day="2015-08-01", outlet="Al-Jazirah")
    assert two_regions(a, b, 1) is None
    assert relate(a, b).verdict != "contradict"


def test_reports_a_week_apart_or_undated_are_not_compared():
    a = statement(IN_ASIR, day="2015-08-01", outlet="Al-Yaum")
    b = statement(IN_NAJRAN, day="2015-08-09", outlet="B")
    assert two_regions(a, b, 8) is None
    assert two_regions(a, b, None) is None
    assert two_regions(a, b, 2) == ("عسير", "نجران")
