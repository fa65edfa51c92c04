"""Persian quote speakers, session 55 (speakers61fa, issue 21 point 3): an outlet or company
written with its kind word when the article writes that word right before the name («روزنامه
تودی زمان», «هفته‌نامه جینز دیفنس», «سایت dailysabah»), the convention settled in
eval/labels/quotes_dev.md; never a person or a place. Short sentences written in the style of
Fars News, and articles read from the corpus (quotes_dev49fa.tsv, quotes_dev51fa.tsv)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rasad.eval.quotes import analysed_document
from rasad.eval.shared import corpus_articles
from rasad.stages.quotes import with_outlet_kind_word_61fa
from tests.support.quotes import speaker_of


def corpus_quotes(shared, article: str) -> list[dict]:
    found = corpus_articles(shared, {article}, ["farsnews_fa"])
    if article not in found:
        pytest.skip("farsnews_fa not present")
    return analysed_document(article, found[article]["text"], "fa").quotes


def test_newspaper_named_without_its_kind_word_takes_it(shared):
    """fars-13920716001010 (quotes_dev49fa): «روزنامه تودی زمان» in the lead, the quote's
    speaker written «تودی زمان»: the paper by the fullest form the article writes."""
    quotes = corpus_quotes(shared, "fars-13920716001010")
    assert "روزنامه تودی زمان" in {q["speaker_text"] for q in quotes}


def test_website_named_without_its_kind_word_takes_it(shared):
    """fars-13980209000262 (quotes_dev51fa): «سایت dailysabah»."""
    quotes = corpus_quotes(shared, "fars-13980209000262")
    assert "سایت dailysabah" in {q["speaker_text"] for q in quotes}


def test_a_person_never_takes_a_kind_word():
    """A person's name written after «شرکت» elsewhere (a firm named after its founder) stays
    the person."""
    text = (
        "به گزارش خبرگزاری فارس، محمد رضایی مدیرعامل شرکت محمد رضایی امروز در نشستی گفت: تولید"
        " این کارخانه در سال جاری دو برابر می‌شود.\n"
    )
    assert speaker_of(text, "تولید این کارخانه") == "محمد رضایی"


def test_a_country_never_becomes_its_television():
    """A country speaker («ایران») in an article that also writes «تلویزیون ایران» keeps its name:
    the rule is never applied to a place (checked on the rule itself; the subject of this made-up
    sentence is read otherwise by earlier steps)."""
    doc = SimpleNamespace(
        lang="fa", text="تلویزیون ایران تصاویری پخش کرد. ایران اعلام کرد که مذاکرات ادامه دارد."
    )
    quote = {"speaker_text": "ایران", "speaker": None}
    assert with_outlet_kind_word_61fa(doc, quote) == "ایران"
    quote = {"speaker_text": "ایران", "speaker": "GPE:Iran"}
    assert with_outlet_kind_word_61fa(doc, quote) == "ایران"


def test_outlet_takes_its_one_kind_word():
    """«رویترز» where the article writes «خبرگزاری رویترز» (quotes_dev39.tsv)."""
    doc = SimpleNamespace(
        lang="fa", text="به نقل از خبرگزاری رویترز، … رویترز نوشت که بازار آرام است."
    )
    quote = {"speaker_text": "رویترز", "speaker": None}
    assert with_outlet_kind_word_61fa(doc, quote) == "خبرگزاری رویترز"
