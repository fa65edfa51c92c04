"""Property-based checks: offsets stay exact and readers never crash, whatever the input."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.dates import find_dates
from rasad.stages.extract import tidy_lines
from rasad.stages.numbers import find_numbers
from rasad.stages.readers import read_bytes
from rasad.text.normalize import fold_same_length, normalize
from rasad.text.tokenize import tokens

WORDS = [
    "الثلاثاء",
    "۱۴۰۰/۰۹/۱۳",
    "5",
    "يناير",
    "آذر",
    "ماه",
    "جاری",
    "2021",
    "ديسمبر",
    "المقبل",
    "نهاية",
    "العام",
    "الجاري",
    "امروز",
    "شنبه",
    "٣١",
    "فبراير",
    "31",
    "سیزدهم",
    "ژوئیه",
    "گذشته",
    "هزار",
    "دو",
    "و",
    "پانصد",
    "جندي",
    "نحو",
    "3000",
    "\u200c",
    "ـ",
    "َ",
    "«",
    "»",
]
mixed_text = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=25).map(" ".join)
FAST = settings(max_examples=60, deadline=None)


@FAST
@given(st.text(max_size=200))
def test_same_length_fold(text):
    assert len(fold_same_length(text)) == len(text)


@FAST
@given(st.text(max_size=200) | mixed_text)
def test_normalize_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


@FAST
@given(st.text(max_size=200) | mixed_text)
def test_same_length_fold_is_idempotent(text):
    once = fold_same_length(text)
    assert fold_same_length(once) == once


# Date fragments, some impossible, injected between random words of any of the three languages.
DATE_FRAGMENTS = [
    "31 February 2021",
    "February 29, 2023",
    "9 August 2021",
    "last Tuesday",
    "next month",
    "2021-08-09",
    "0000-00-00",
    "9/8/2021",
    "٩ أغسطس ٢٠٢١",
    "الأسبوع الماضي",
    "منتصف الشهر المقبل",
    "۱۸ مرداد ۱۴۰۰",
    "۳۱ اسفند ۰",
    "هفته گذشته",
    "سال ۱۳۹۹",
    "year 0",
    "32/13/2021",
]
dated_text = st.lists(
    st.sampled_from(DATE_FRAGMENTS) | st.sampled_from(WORDS) | st.text(max_size=8), max_size=30
).map(" ".join)
reference_days = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@FAST
@given(dated_text, st.sampled_from(["ar", "fa", "en"]), reference_days)
def test_date_spans_are_exact_in_every_language(text, lang, reference):
    for d in find_dates(text, lang, reference):
        assert text[d["start"] : d["end"]] == d["text"]
        assert d["window"] is None or d["window"][0] <= d["window"][1]


@FAST
@given(mixed_text)
def test_date_and_number_spans_are_exact(text):
    for d in find_dates(text, "ar", date(2021, 8, 9)) + find_dates(text, "fa", None):
        assert text[d["start"] : d["end"]] == d["text"]
    for n in find_numbers(text, "fa"):
        assert text[n["start"] : n["end"]] == n["text"]


@FAST
@given(mixed_text)
def test_token_offsets(text):
    for t in tokens(text):
        assert text[t.start : t.end] == t.surface


@FAST
@given(
    st.binary(max_size=400),
    st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.xml", "a.warc.gz", "a.bin"]),
)
def test_readers_never_raise(data, name):
    docs = list(read_bytes(data, name, name, "a"))
    assert docs
    for doc in docs:
        assert doc.id and doc.source
        assert doc.rejected or doc.html is not None or doc.raw_text is not None


_clean = build_pipeline(Settings(strict=True, stories=False), ["extract", "clean"])


@FAST
@given(st.lists(mixed_text, min_size=1, max_size=8).map("\n".join))
def test_clean_keeps_or_removes_every_line(text):
    doc = _clean(Document(id="p", source="p", raw_text=text))
    lines = {line for line in tidy_lines(text).split("\n") if line.strip()}
    kept = {line for line in doc.text.split("\n") if line.strip()}
    assert kept <= lines
    assert lines <= kept | set(doc.removed) | {doc.title}
