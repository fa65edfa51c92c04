"""The chronology-line labels of timeline_lines68.tsv (round timeline68): well-formed rows
and the before-figure of its .md (spans index the archive's cleaned text, not the corpus's)."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"


def rows() -> list[dict[str, str]]:
    with (LABELS / "timeline_lines68.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_line_is_labelled():
    labelled = rows()
    assert len(labelled) == 40
    for r in labelled:
        assert re.fullmatch(r"snn-\d{4}-\d{2}-\d{2}-\d+", r["doc"])
        assert int(r["start"]) < int(r["end"])
        assert re.fullmatch(r"[0-9a-f]{8}", r["sha1"])
        assert all(re.fullmatch(r"\d{4}(-\d{2}){0,2}", d) for d in r["date"].split("|"))
        assert r["precision"] in ("day", "month", "year")
        assert r["today"] in ("right", "wrong", "missing")


def test_the_md_gives_the_before_figure():
    today = Counter(r["today"] for r in rows())
    md = (LABELS / "timeline_lines68.md").read_text("utf-8")
    assert f"right {today['right']}, wrong {today['wrong']}, missing {today['missing']}" in md
