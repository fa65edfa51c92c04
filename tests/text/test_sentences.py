"""The one sentence splitter, in each of the views its callers use."""

from __future__ import annotations

import pytest

from rasad.text.sentences import (
    CLAUSE_MARKS,
    sentence_around,
    sentence_at,
    sentence_end,
    sentence_spans,
    sentence_start,
    tagging_sentences,
)


def texts_of(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قال الوزير. ثم غادر!", ["قال الوزير.", "ثم غادر!"]),
        ("آیا می‌آید؟ نه\nفردا", ["آیا می‌آید؟", "نه", "فردا"]),
        ("Wait... what?! Yes", ["Wait.", "what?", "Yes"]),  # a run of marks keeps its first
        ("It rose 3.5 percent.", ["It rose 3.5 percent."]),  # a decimal point is no mark
        (
            "Consumption: 2.4 million bpd. Up ۲.۴ درصد.",
            ["Consumption: 2.4 million bpd.", "Up ۲.۴ درصد."],
        ),
        ("  .  \n  ", ["."]),  # white space alone is no sentence
    ],
)
def test_sentence_spans(text, expected):
    assert texts_of(text, sentence_spans(text)) == expected


def test_min_chars_drops_short_sentences():
    text = "Yes. The minister said it would be done."
    assert texts_of(text, sentence_spans(text, min_chars=10)) == [
        "The minister said it would be done."
    ]


def test_sentence_at():
    text = "First one. The deal was signed on 5 May. Last"
    start = text.index("5 May")
    assert text[slice(*sentence_at(text, start, start + 5))] == "The deal was signed on 5 May."
    # a span crossing a boundary is its own sentence
    assert sentence_at(text, 3, 15) == (3, 15)


def test_boundaries_exclude_marks():
    text = "أولا. قال إن الاتفاق؛ ثم رحل\nسطر"
    at = text.index("الاتفاق")
    assert text[sentence_start(text, at) : sentence_end(text, at)] == " قال إن الاتفاق؛ ثم رحل"
    s, e = sentence_around(text, at, at + 7, CLAUSE_MARKS)
    assert text[s:e] == " قال إن الاتفاق"


def test_sentence_start_reach():
    text = "x" * 50
    assert sentence_start(text, 40, reach=10) == 30
    assert sentence_start(text, 40) == 0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. envoy arrived. He spoke.", ["The U.S.", "envoy arrived.", "He spoke."]),
        ("rose 3.5 percent.\n\nNext", ["rose 3.5 percent.", "Next"]),
        ("گفت: «بله.»  سپس", ["گفت: «بله.»  سپس"]),  # a mark inside quotes, not before space
    ],
)
def test_tagging_sentences(text, expected):
    assert texts_of(text, tagging_sentences(text)) == expected
