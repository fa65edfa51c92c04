"""The entry labels of timeline_entries70.tsv (round timeline70): well-formed rows and the
before-figure of its .md (spans index the archive's cleaned text, not the corpus's)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
SPAN = r"[\w.\-]+:\d+:\d+"


def rows() -> list[dict[str, str]]:
    with (LABELS / "timeline_entries70.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_entry_is_labelled():
    labelled = rows()
    assert Counter(r["draw"] for r in labelled) == {"cut": 20, "same": 20, "random": 20}
    for r in labelled:
        assert re.fullmatch(r"s\d+", r["story"])
        assert re.fullmatch(SPAN, r["entry"])
        assert re.fullmatch(r"[0-9a-f]{8}", r["sha1"])
        assert re.fullmatch(r"\d{4}(-\d{2}){0,2}", r["date"])
        assert r["precision"] in ("day", "month", "year")
        assert r["label"] in ("keep", "strike")
        assert (r["label"] == "strike") == bool(r["class"])
        assert r["class"] in ("", "cut text", "duplicate", "wrong date", "not a happening")
        if r["class"] in ("cut text", "duplicate"):
            assert all(re.fullmatch(SPAN, s) for s in r["spans"].split(","))


def test_the_md_gives_the_before_figure():
    struck = Counter(r["class"] for r in rows() if r["label"] == "strike")
    md = (LABELS / "timeline_entries70.md").read_text("utf-8")
    assert f"60 entries, {sum(struck.values())} struck" in md
    assert f"cut text {struck['cut text']}" in md
    assert f"not a happening {struck['not a happening']}" in md
