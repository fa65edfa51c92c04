"""Language identification on the seeds and on Persian typed with Arabic letters."""

from __future__ import annotations

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.langid import arabic_or_persian, identify

LANGS = Settings().languages


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(Settings(strict=True), ["extract", "clean", "langid"])


@pytest.mark.parametrize(
    ("prefix", "lang"), [("000", "fa"), ("001", "ar"), ("002", "ar"), ("003", "fa"), ("004", "ar")]
)
def test_every_seed_gets_its_language(pipeline, seed_text, prefix, lang):
    doc = pipeline(Document(id=prefix, source=prefix, raw_text=seed_text(prefix)))
    assert doc.lang == lang


def test_persian_typed_with_arabic_letters_is_persian(seed_text):
    text = seed_text("000").replace("ی", "ي").replace("ک", "ك")
    assert identify(text, LANGS) == "fa"
    assert arabic_or_persian(text) == "fa"


def test_mixed_page_gets_majority_language():
    persian = "نخست وزیر عراق امروز از خروج نیروهای خارجی از این کشور در روزهای آینده خبر داد و گفت که این تصمیم نهایی است."
    english = "Reuters reported the statement."
    assert identify("\n".join([persian, persian, english]), LANGS) == "fa"


def test_english(seed_text):
    text = "The Iraqi prime minister said on Saturday that all combat troops would leave the country within days."
    assert identify(text, LANGS) == "en"


def test_text_in_arabic_presentation_forms_gets_its_language(shared):
    """Articles pasted from a PDF keep shaped glyphs (U+FB50–U+FEFF) in place of letters;
    three of the corpus's were told Urdu."""
    from rasad.eval.shared import corpus_articles

    cases = {"fars-13930915000461": "fa", "fars-13990716000681": "fa"}
    cases["snn-2015-08-03-00044"] = "ar"
    found = corpus_articles(shared, cases)
    if len(found) < len(cases):
        pytest.skip("corpus articles not present")
    languages = tuple(Settings().languages)
    for doc_id, lang in cases.items():
        text = found[doc_id]["text"]
        assert any("\ufb50" <= ch <= "\ufeff" for ch in text)
        assert identify(text, languages) == lang, doc_id
