"""The keep/strike labels of timeline_strike66.tsv (round timeline66): well-formed rows, a
class on every struck entry, and the strike share written in its .md."""

from __future__ import annotations

import csv
import re
from pathlib import Path

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
CLASSES = {
    "stative figure",
    "deadline or future",
    "no happening's date",
    "wrong resolution",
    "duplicate",
}


def rows() -> list[dict[str, str]]:
    with (LABELS / "timeline_strike66.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_entry_is_labelled_with_a_class_when_struck():
    labelled = rows()
    assert len(labelled) == 58
    for r in labelled:
        assert re.fullmatch(r"s\d+", r["story"])
        assert re.fullmatch(r"[\w.\-]+:\d+:\d+", r["entry"])
        assert re.fullmatch(r"[0-9a-f]{8}", r["sha1"])
        assert r["label"] in ("keep", "strike")
        assert (r["class"] in CLASSES) if r["label"] == "strike" else not r["class"]


def test_the_md_gives_the_strike_share_before():
    struck = sum(r["label"] == "strike" for r in rows())
    md = (LABELS / "timeline_strike66.md").read_text("utf-8")
    assert f"{struck} struck" in md or f"{struck}/58" in md
