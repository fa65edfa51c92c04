"""Round stories78's judgement of every document main's consolidation moves on the whole archive
(eval/labels/stories78_moves.md): the file keeps its documented form and sums, and names no
article that a held-out label file names."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
sys.path.insert(0, str(LABELS))

from held_out import ARTICLE_ID, HELD_OUT  # noqa: E402


def read_tsv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text("utf-8").splitlines(), delimiter="\t"))


def test_the_moves_keep_their_form_and_sums():
    rows = read_tsv(LABELS / "stories78_moves.tsv")
    assert len(rows) == len({r["id"] for r in rows}) == 116
    assert Counter(r["judgement"] for r in rows) == {"right": 77, "wrong": 32, "close": 7}
    merges = {(r["story_before"], r["judgement"]) for r in rows}
    assert Counter(j for _, j in merges) == {"right": 40, "wrong": 11, "close": 5}
    assert all(r["note"] and r["story_before"] != r["story_after"] for r in rows)


def test_the_moves_name_no_held_out_article():
    ids = {r["id"] for r in read_tsv(LABELS / "stories78_moves.tsv")}
    held = set()
    for name in (*HELD_OUT, "timeline_stories.tsv"):
        path = LABELS / name
        if path.exists():
            held |= set(ARTICLE_ID.findall(path.read_text("utf-8")))
    assert not ids & held
