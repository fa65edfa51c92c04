"""Quotes, numbers and framing terms on real sentences from the seeds."""

from __future__ import annotations

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.framing import find_loaded_terms
from rasad.stages.numbers import find_numbers


@pytest.fixture(scope="module")
def analysed(seed_text):
    pipeline = build_pipeline(Settings(strict=True, stories=False))
    cache = {}

    def run(prefix: str) -> Document:
        if prefix not in cache:
            cache[prefix] = pipeline(Document(id=prefix, source=prefix, raw_text=seed_text(prefix)))
        return cache[prefix]

    return run


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("إعادة 500 من جنود بلاده وبقاء 2500 جندي أميركي", "ar", [(500, "جنود"), (2500, "جندي")]),
        ("آمریکا ۳۰۰۰ نیروی در قالب یک ائتلاف وارد این کشور کرد", "fa", [(3000, "نیروی")]),
        ("دو هزار و پانصد سرباز", "fa", [(2500, "سرباز")]),
        ("سنرسل 500 ألف جرعة من اللقاح", "ar", [(500000, "جرعة")]),
        ("ثلاثة آلاف جندي", "ar", [(3000, "جندي")]),
        ("about 2.5 million people", "en", [(2500000, "people")]),
    ],
)
def test_numbers_and_what_they_count(text, lang, expected):
    assert [(n["value"], n["counts"]) for n in find_numbers(text, lang)] == expected


def test_approximate_marker():
    (n,) = find_numbers("ينتشر بالعراق نحو 3000 جندي للتحالف", "ar")
    assert n["approximate"] and n["value"] == 3000


def test_years_are_not_counts():
    assert find_numbers("منذ عام 2014 وفي سال ۱۳۹۸", "ar") == []


def test_quote_speaker_through_pronoun(analysed):
    doc = analysed("000")
    (said,) = [q for q in doc.quotes if q["cue"] == "گفت"]
    # "وی گفت": the last person named, by the fullest name the document gives him
    assert said["speaker_text"] in {"الکاظمی", "مصطفی الکاظمی"}
    assert "«" in said["text"] and not said["direct"]  # a mixed quote is one reported quote


def test_persian_reported_speech_through_agency(analysed):
    doc = analysed("000")
    reported = [q for q in doc.quotes if q["cue"] == "گزارش داد"]
    # "واع به نقل از الکاظمی گزارش داد، …": no که, and the quoted man speaks, not the agency
    assert reported and reported[0]["speaker_text"] in {"الکاظمی", "مصطفی الکاظمی"}


def test_colon_quote_runs_to_paragraph_end():
    from rasad.stages.entities import find_entities
    from rasad.stages.quotes import find_quotes

    text = "وزیر گفت: مذاکرات ادامه دارد. نتیجه هنوز روشن نیست.\nخبر دیگر."
    doc = Document(id="t", source="t", text=text, lang="fa")
    doc.entities = find_entities(text, "fa")  # type: ignore[assignment]
    (q,) = find_quotes(doc)
    assert q["direct"] and q["text"] == "مذاکرات ادامه دارد. نتیجه هنوز روشن نیست."


def test_arabic_complementizer_with_pronoun_and_written_subject():
    from rasad.stages.quotes import find_quotes

    text = "وقال أحد الكوادر الطبية بالقطاع إنهم نجحوا في نقل الزائر إلى المستشفى."
    doc = Document(id="t", source="t", text=text, lang="ar")
    doc.entities = []  # type: ignore[assignment]
    (q,) = find_quotes(doc)
    assert q["text"].startswith("نجحوا") and q["speaker_text"] == "أحد الكوادر الطبية بالقطاع"


def test_arabic_quotes_and_continuation(analysed):
    doc = analysed("001")
    said = [(q["speaker_text"], q["cue"], q["direct"]) for q in doc.quotes]
    assert any("الكاظمي" in (who or "") and cue == "قال" and direct for who, cue, direct in said)
    # "وأضاف الكاظمي": the speaker named by the fullest name the article gives him
    assert any("الكاظمي" in (who or "") and cue == "أضاف" and direct for who, cue, direct in said)
    assert any(not direct for _, _, direct in said)  # reported speech ("أعلن … أن")


def test_quote_attributed_through_agency(analysed):
    doc = analysed("004")
    continued = [q for q in doc.quotes if q["cue"] in {"أضاف", "تابع"}]
    assert continued and all(q["speaker_text"] == "يحيى رسول" for q in continued)  # "وتابع رسول"


def test_quote_spans_are_exact(analysed):
    for prefix in ("000", "001", "002", "003", "004"):
        doc = analysed(prefix)
        for q in doc.quotes + doc.numbers + doc.loaded_terms + doc.dates + doc.entities:
            assert doc.text[q["start"] : q["end"]] == q["text"]


def test_loaded_terms_persian(analysed):
    terms = {(t["text"], t["category"]) for t in analysed("000").loaded_terms}
    assert ("تروریست", "label") in terms and ("به شهادت رساند", "martyrdom") in terms


def test_loaded_terms_with_suffix_and_article():
    doc = Document(id="t", source="t", lang="fa")
    doc.text = "حملات اخیر ارتش تروریستی آمریکا و تروریستهای اشغالگر"
    terms = find_loaded_terms(doc, doc.text)
    assert {t["text"] for t in terms} >= {"تروریستی", "تروریستهای", "اشغالگر"}
