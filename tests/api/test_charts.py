"""The pages' SVG charts: time runs evenly, colours follow the series, nothing unescaped."""

from __future__ import annotations

import re

from rasad.analysis.pages import month_sparkline
from rasad.api.charts import heat_level, network, stacked_bars, time_axis


def test_time_runs_evenly_and_undated_is_left_to_the_table():
    periods, summed = time_axis({"2020-01": {"ar": 2}, "2020-04": {"fa": 1}, "unknown": {"en": 5}})
    assert periods == ["2020-01", "2020-02", "2020-03", "2020-04"]
    assert summed["2020-02"] == {} and summed["2020-04"] == {"fa": 1}


def test_long_spans_are_drawn_by_year():
    periods, summed = time_axis({"2001-05": {"x": 1}, "2012-02": {"x": 2}, "2012-09": {"x": 1}})
    assert periods[0] == "2001" and periods[-1] == "2012" and summed["2012"] == {"x": 3}


def test_stacked_bars_stack_each_series_with_a_title_per_bar():
    svg = stacked_bars({"2020-01": {"ar": 2, "fa": 1}, "2020-03": {"ar": 1}}, ["ar", "fa"])
    assert svg.count("<rect") == 3 and 'data-bars="3"' in svg
    assert "2020-01 · fa: 1" in svg
    assert stacked_bars({"unknown": {"ar": 3}}, ["ar"]) == ""


def test_names_are_escaped():
    svg = network("<b>", [{"id": 'e"1', "name": "<script>", "type": "PER", "documents": 2}])
    assert "<script>" not in svg and "&lt;script&gt;" in svg and 'href="/entities/e%221"' in svg


def test_heat_levels():
    assert [heat_level(n, 10) for n in (0, 1, 5, 10)] == [0, 1, 2, 4]


def test_a_one_month_story_is_a_narrow_bar_not_a_block():
    svg = month_sparkline({"2020-01": 4})
    width = float(re.search(r'<rect [^>]*width="([\d.]+)"', svg).group(1))
    assert width < 120 / 6
    assert month_sparkline({"unknown": 3}) == ""
    gappy = month_sparkline({"2020-01": 1, "2020-12": 1})
    assert gappy.count("<rect") == 2


def test_a_short_span_is_narrow_bars_on_a_year_of_slots_not_a_solid_block():
    svg = stacked_bars({"2015-08": {"ar": 266}}, ["ar"], width=720)
    width = float(svg.split('width="', 2)[1].split('"')[0])  # the one bar
    assert width < 720 / 12 and svg.count("2015-08") == 2  # its tooltip and one axis label


def test_network_names_sit_away_from_the_centre_and_long_ones_are_cut():
    """Names beside side nodes grow outwards (no two bottom names centred on each other);
    a long name is cut in the picture and whole in its hover."""
    long = "Islamic Revolutionary Guard Corps Quds Force"
    neighbours = [
        {"id": f"e{i}", "name": long if i == 3 else f"name {i}", "type": "ORG", "documents": 1}
        for i in range(12)
    ]
    svg = str(network("centre", neighbours))
    anchors = re.findall(r'<text x="[\d.]+" y="[\d.]+" text-anchor="(\w+)"', svg)
    assert anchors.count("start") == anchors.count("end") >= 4 and "middle" in anchors
    assert f"<title>{long}: 1</title>" in svg and f">{long}<" not in svg
    assert ">Islamic Revolutionary…<" in svg
