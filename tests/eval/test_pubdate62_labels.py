"""pubdate62's set (`eval/labels/pubdate62_story_dated.tsv`): well formed, and its evidence
spans point at the corpus text they name (skipped without ../shared)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
from pathlib import Path

import pytest

LABELS = Path(__file__).resolve().parents[2] / "eval" / "labels" / "pubdate62_story_dated.tsv"
SHARED = Path(os.environ.get("RASAD_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def rows() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_story_date_of_the_set_is_wrong_and_every_text_date_right():
    labelled = rows()
    assert len(labelled) == 11
    assert {r["dated_by"] for r in labelled} == {"story", "text"}
    assert all(r["verdict"] == "wrong" for r in labelled if r["dated_by"] == "story")
    assert all(r["verdict"] == "right" for r in labelled if r["dated_by"] == "text")


def test_the_evidence_spans_match_the_corpus():
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared is absent")
    wanted = {r["id"]: r for r in rows()}
    checked = 0
    for path in sorted(corpus.glob("*/articles.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                article = json.loads(line)
                row = wanted.get(article["id"])
                if row is None:
                    continue
                span = article["text"][int(row["start"]) : int(row["end"])]
                assert hashlib.sha1(span.encode()).hexdigest()[:10] == row["sha1"], row["id"]
                checked += 1
    assert checked == 10  # the seed is not in the corpus
