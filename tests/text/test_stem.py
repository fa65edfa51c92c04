"""The Arabic light stemmer: inflections share a stem, derived words and names do not."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from pathlib import Path

import pytest

from rasad.text.stem import key_alternatives, light_stem, stem_term
from rasad.text.tokenize import word_forms

GOLD = Path(__file__).resolve().parents[1] / "data" / "ar" / "stem_groups.tsv"


def stem(word: str) -> str:
    return light_stem(word_forms(word)[1])


@pytest.mark.parametrize(
    "forms",
    [
        ("حكومة", "الحكومة", "حكومات", "الحكومات", "حكومته", "حكومتهم"),
        ("معلم", "المعلمون", "المعلمين", "معلمة", "المعلمات"),
        ("قرار", "القرار", "قرارات", "قراره"),
        ("سياسي", "السياسية", "سياسيون", "السياسيين"),  # relative adjective keeps its ي
    ],
)
def test_inflections_share_a_stem(forms):
    assert len({stem(w) for w in forms}) == 1


@pytest.mark.parametrize(
    "a, b",
    [("اقتصاد", "الاقتصادية"), ("وطن", "الوطنية"), ("علي", "عليه"), ("كاتب", "كتاب")],
)
def test_derived_words_and_roots_stay_apart(a, b):
    assert stem(a) != stem(b)


@pytest.mark.parametrize("word", ["الكاظمي", "بغداد", "محاكم", "Kadhimi", "2500", "قوة", "سنين"])
def test_names_numbers_and_short_words_unchanged(word):
    key = word_forms(word)[1]
    assert light_stem(key) == key and stem_term(key) is None


def test_query_alternatives():
    assert key_alternatives("حکومات") == ["حکومات", "حکوم", "حکومـ"]
    assert key_alternatives("قرار") == ["قرار", "قرارـ"]
    assert key_alternatives("kadhimi") == ["kadhimi"]
    assert key_alternatives("هفته") == ["هفته", "هفتـ"]  # never the word "هفت"
    assert key_alternatives("سیاسیه") == ["سیاسیه", "سیاسی", "سیاسیـ"]


def test_conflation_on_annotated_words():
    """Pairwise precision/recall of "same stem" against hand-annotated lemmas (figures in
    bench/stemming.py, which also compares ISRI and Tashaphyne)."""
    lemmas = {}
    for line in GOLD.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, lemma = line.split("\t")
            lemmas[word] = lemma
    assert len(lemmas) >= 150
    scores = defaultdict(int)
    for a, b in combinations(lemmas, 2):
        same, stemmed, keyed = (
            lemmas[a] == lemmas[b],
            stem(a) == stem(b),
            word_forms(a)[1] == word_forms(b)[1],
        )
        scores["tp"] += same and stemmed
        scores["fp"] += stemmed and not same
        scores["fn"] += same and not stemmed
        scores["key_tp"] += same and keyed
    precision = scores["tp"] / (scores["tp"] + scores["fp"])
    recall = scores["tp"] / (scores["tp"] + scores["fn"])
    key_recall = scores["key_tp"] / (scores["tp"] + scores["fn"])
    print(f"\nlight stem pair P {precision:.3f} R {recall:.3f} (keys alone R {key_recall:.3f})")
    assert precision >= 0.85 and recall >= 0.6 > key_recall
