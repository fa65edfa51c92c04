"""Whole-word search without a pattern per name: the same spans as the regular expressions
the entity stage compiled for each name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasad.entities.recognise import _repeat_pattern, recognise, repeated_spans
from rasad.stages.entities import surname_pattern, surname_spans
from rasad.stages.langid import arabic_or_persian


@pytest.fixture(scope="module")
def seed_texts(seeds_dir: Path) -> list[tuple[str, str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    return [(t, arabic_or_persian(t) or "en") for t in texts]


def forms_of(text: str, lang: str) -> set[str]:
    """Names the recogniser finds, their last words, and Arabic words with their article."""
    names = {m.text for m in recognise(text, lang)}
    words = {w for n in names for w in n.split()}
    article = set(re.findall(r"\bال\w{2,}", text))
    return {f for f in names | words | article if len(f) >= 2}


LANGS = ["ar", "fa", "en", None]


def test_repeated_spans_are_the_patterns_matches(seed_texts):
    compared = 0
    for text, lang in seed_texts:
        for form in sorted(forms_of(text, lang)):
            for as_lang in LANGS:
                expected = [m.span(1) for m in _repeat_pattern(form, as_lang).finditer(text)]
                assert repeated_spans(text, form, as_lang) == expected, (form, as_lang)
                compared += len(expected)
    assert compared > 500


def test_surname_spans_are_the_patterns_matches(seed_texts):
    for text, lang in seed_texts:
        for form in sorted(forms_of(text, lang)):
            for as_lang in LANGS:
                expected = [m.span(1) for m in surname_pattern(form, as_lang).finditer(text)]
                assert surname_spans(text, form, as_lang) == expected, (form, as_lang)


@pytest.mark.parametrize(
    ("text", "form", "spans"),
    [
        ("للهيئة وبالهيئة والهيئة الهيئات", "الهيئة", [(1, 6), (9, 15), (17, 23)]),
        ("ولفينجر قال فينجر، وفينجرز", "فينجر", [(2, 7), (12, 17)]),
        ("الهيئةالهيئة", "الهيئة", []),
    ],
)
def test_proclitics_and_the_article_after_lam(text, form, spans):
    assert repeated_spans(text, form, "ar") == spans
    assert [m.span(1) for m in _repeat_pattern(form, "ar").finditer(text)] == spans
