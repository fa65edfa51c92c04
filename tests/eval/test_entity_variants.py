"""The judged entity variants (eval/labels/entity_variants_judged.tsv) and their scorer,
`rasad eval entities --db`, on a real archive: the seeds ingested into SQLite."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from rasad.cli import main
from rasad.config import Settings
from rasad.eval.entities import JUDGED, judged_variant_precision, read_judged
from rasad.services.ingest import ingest_paths
from rasad.store import open_store

HEADER = [
    "rank",
    "entity_key",
    "entity_name",
    "type",
    "variant",
    "variant_mentions",
    "judgement",
    "note",
]


def test_the_judged_file_is_well_formed():
    rows = read_judged()
    assert list(rows[0]) == HEADER
    assert {r["judgement"] for r in rows} == {"right", "wrong"}
    assert len({r["entity_key"] for r in rows}) == 200
    assert len({(r["entity_key"], r["variant"]) for r in rows}) == len(rows)
    assert all(r["note"] for r in rows if r["judgement"] == "wrong")


def test_the_cross_script_sample_is_well_formed():
    """entities_crossscript76.tsv: 60 variants of entities written in both scripts, judged
    before round entities76 changed any code (eval/labels/entities_crossscript76.md)."""
    rows = read_judged(JUDGED.parent / "entities_crossscript76.tsv")
    assert list(rows[0]) == [
        "kind",
        "entity_key",
        "variant",
        "variant_mentions",
        "judgement",
        "note",
    ]
    assert len(rows) == 60
    assert {r["kind"] for r in rows} == {"spelling", "listed"}
    assert {r["judgement"] for r in rows} == {"right", "wrong"}
    assert len({(r["entity_key"], r["variant"]) for r in rows}) == len(rows)
    assert all(r["note"] for r in rows if r["judgement"] == "wrong")


def test_the_one_word_sample_is_well_formed():
    """entities_oneword78.tsv: 60 one-word mentions of people, bodies and MISC, judged before
    round entities78 changed any behaviour (eval/labels/entities_oneword78.md)."""
    path = JUDGED.parent / "entities_oneword78.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert list(rows[0]) == [
        "article",
        "start",
        "end",
        "text",
        "predicted",
        "judgement",
        "gold",
        "note",
    ]
    assert len(rows) == 60
    assert {r["judgement"] for r in rows} == {"right", "wrong", "local", "not_entity"}
    assert all(len(r["text"].split()) == 1 for r in rows)
    assert all(int(r["end"]) - int(r["start"]) == len(r["text"]) for r in rows)
    assert all(r["note"] for r in rows if r["judgement"] == "wrong")


def test_the_short_mention_sample_is_well_formed():
    """entities_short80.tsv: 60 mentions of one or two words of people, bodies and MISC, judged
    before round entities80 changed any behaviour (eval/labels/entities_short80.md), none in a
    document an earlier set names."""
    path = JUDGED.parent / "entities_short80.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 60
    assert {r["judgement"] for r in rows} == {"right", "wrong", "local", "not_entity"}
    assert all(1 <= len(r["text"].split()) <= 2 for r in rows)
    assert all(int(r["end"]) - int(r["start"]) == len(r["text"]) for r in rows)
    assert all(r["note"] for r in rows)
    earlier = (JUDGED.parent / "entities_oneword78.tsv").read_text(encoding="utf-8")
    assert not any(r["article"] in earlier for r in rows)


def test_the_multiword_mention_sample_is_well_formed():
    """entities_multiword82.tsv: 60 mentions of two or three words of any type, judged before
    round entities82 changed any behaviour (eval/labels/entities_multiword82.md), none in a
    document an earlier sample names."""
    path = JUDGED.parent / "entities_multiword82.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 60
    assert {r["judgement"] for r in rows} <= {"right", "wrong", "local", "not_entity"}
    assert all(2 <= len(r["text"].split()) <= 3 for r in rows)
    assert all(int(r["end"]) - int(r["start"]) == len(r["text"]) for r in rows)
    assert all(r["note"] for r in rows)
    earlier = "".join(
        (JUDGED.parent / name).read_text(encoding="utf-8")
        for name in ("entities_oneword78.tsv", "entities_short80.tsv")
    )
    assert not any(r["article"] in earlier for r in rows)


def test_the_frequent_entity_sample_is_well_formed():
    """entities_frequent84.tsv: 60 one-word mentions of entities the archive stores in 20 or more
    documents, judged before round entities84 changed any behaviour
    (eval/labels/entities_frequent84.md), none in a document an earlier sample names."""
    path = JUDGED.parent / "entities_frequent84.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 60
    assert {r["judgement"] for r in rows} <= {"right", "wrong", "local", "not_entity"}
    assert all(len(r["text"].split()) == 1 for r in rows)
    assert all(int(r["end"]) - int(r["start"]) == len(r["text"]) for r in rows)
    assert all(r["note"] for r in rows)
    earlier = "".join(
        (JUDGED.parent / name).read_text(encoding="utf-8")
        for name in ("entities_oneword78.tsv", "entities_short80.tsv", "entities_multiword82.tsv")
    )
    assert not any(r["article"] in earlier for r in rows)


def test_precision_counts_the_judged_pairs_an_archive_holds(tmp_path: Path, seeds_dir):
    db = tmp_path / "archive.db"
    store = open_store(str(db))
    ingest_paths([seeds_dir], store, Settings(db=str(db)))
    (key, text), (other, text2) = [
        (r["key"], r["text"])
        for r in store.conn.execute(  # type: ignore[attr-defined]
            "SELECT e.key AS key, n.text AS text FROM entity_names n "
            "JOIN entities e ON e.id = n.entity ORDER BY n.n DESC LIMIT 2"
        )
    ]
    store.close()
    judged = tmp_path / "judged.tsv"
    with judged.open("w", encoding="utf-8") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(HEADER)
        out.writerow([1, key, key, "GPE", text, 9, "right", ""])
        out.writerow([2, other, other, "GPE", text2, 9, "wrong", "a test"])
        out.writerow([3, "PER:=nobody", "nobody", "PER", "nobody", 1, "wrong", "absent"])
    result = judged_variant_precision(db, judged)
    assert (result["present"], result["absent"], result["precision"]) == (2, 1, 0.5)
    assert result["wrong_pairs"][0]["variant"] == text2
    assert set(result["common_words"]) == {"ar", "fa", "en"}
    shown = CliRunner().invoke(main, ["eval", "entities", "--db", str(db)])
    assert shown.exit_code == 0 and f"of {len(read_judged(JUDGED))} judged pairs" in shown.output
