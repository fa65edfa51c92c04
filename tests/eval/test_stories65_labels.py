"""Round stories65's judgement of every document the cross-language shift at event folding
moves on the session-55 archive's replay (eval/labels/stories64.md, round stories65): the file
keeps its documented form and names no article that a held-out label file of any task names."""

from __future__ import annotations

import csv
import re
from pathlib import Path

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels"
HELD_OUT = (
    "saudinewsnet_events.tsv", "framing_occurrences.tsv", "quotes_ar_fa.tsv",
    "quotes_heldout.tsv", "heldout_articles.tsv", "entities_ar_fa_en.tsv",
    "claim_pairs_heldout.tsv", "claims_facts_heldout37.tsv", "numbers_ar.tsv", "claims_heldout.md",
)  # fmt: skip
ID = re.compile(r"(?:snn|fars|bbc|ntrex)-[\w.\-]+")


def read_tsv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text("utf-8").splitlines(), delimiter="\t"))


def test_the_moves_keep_their_form_and_sums():
    rows = read_tsv(LABELS / "stories65_moves.tsv")
    assert len(rows) == len({r["id"] for r in rows}) == 21
    assert {r["judgement"] for r in rows} == {"right"}
    assert all(r["lost"] == "0" for r in rows)  # no document leaves a mate
    assert all(r["note"] and r["event_after"].startswith(r["story"] + ".") for r in rows)


def test_the_moves_name_no_held_out_article():
    ids = {r["id"] for r in read_tsv(LABELS / "stories65_moves.tsv")}
    held = set()
    for name in HELD_OUT:
        path = LABELS / name
        if path.exists():
            held |= set(ID.findall(path.read_text("utf-8")))
    assert not ids & held
