"""ZWNJ restoration, measured on a hand-annotated list of Persian words."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from rasad.text.zwnj import ZWNJ, restore_zwnj

GOLD = Path(__file__).resolve().parents[1] / "data" / "fa" / "zwnj_gold.tsv"


def gold_rows() -> list[tuple[str, str]]:
    rows = [
        r
        for r in csv.reader(GOLD.open(encoding="utf-8"), delimiter="\t")
        if r and not r[0].startswith("#")
    ]
    return [(inp, exp.replace("+", ZWNJ)) for inp, exp in rows[1:]]


def test_precision_and_recall_on_the_gold_list(capsys):
    rows = gold_rows()
    assert len(rows) >= 100
    changed = [(inp, exp, restore_zwnj(inp)) for inp, exp in rows]
    tp = sum(out != inp and out == exp for inp, exp, out in changed)
    fp = sum(out != inp and out != exp for inp, exp, out in changed)
    fn = sum(exp != inp and out != exp for inp, exp, out in changed)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print(
            f"\nZWNJ restoration on {len(rows)} hand-annotated words: P={precision:.3f} R={recall:.3f}"
        )
    assert precision >= 0.95 and recall >= 0.9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نیروهای آمریکایی می شود", "نیروهای آمریکایی می‌شود"),
        ("همکاری بینالمللی در زمینههای مختلف", "همکاری بین‌المللی در زمینه‌های مختلف"),
    ],
)
def test_sentences(text, expected):
    assert restore_zwnj(text) == expected


def test_arabic_is_left_alone():
    text = "ميزان القوى في المنطقة"
    assert restore_zwnj(text) == text
