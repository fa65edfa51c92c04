"""Round stories62's judgement of the session-55 archive's top 50 stories (eval/labels/
stories62.md): the files keep their documented form, and the new per-article events name no
article that a held-out label file of any task names."""

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
VERDICTS = {
    "one event", "one story line", "routine column", "shared actor", "topic series", "kind series"
}  # fmt: skip


def read_tsv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text("utf-8").splitlines(), delimiter="\t"))


def test_the_top_50_judgement_keeps_its_form_and_sums():
    rows = read_tsv(LABELS / "stories62.tsv")
    assert [int(r["rank"]) for r in rows] == list(range(1, 51))
    assert {r["verdict"] for r in rows} <= VERDICTS
    assert sum(int(r["size"]) for r in rows) == 709
    assert sum(int(r["intruders"]) for r in rows) == 89
    assert sum(int(r["intruders"]) > 0 for r in rows) == 13


def test_the_new_events_name_no_held_out_article_nor_one_stories49_names():
    events = read_tsv(LABELS / "stories62_events.tsv")
    assert len(events) == 74 and all(r["event"] for r in events)
    held = set()
    for name in HELD_OUT:
        held.update(ID.findall((LABELS / name).read_text("utf-8")))
    earlier = {r["doc_id"] for r in read_tsv(LABELS / "stories49_events.tsv")}
    ids = {r["doc_id"] for r in events}
    assert len(ids) == len(events)
    assert not ids & held
    assert not ids & earlier
