"""Search keys: one key per word across letter variants, clitics, plural suffixes and digits."""

from __future__ import annotations

import pytest

from rasad.text.tokenize import index_terms, query_terms, tokens


@pytest.mark.parametrize(
    "spelling",
    ["الكاظمي", "الکاظمی", "بالكاظمي", "والكاظمي", "الكاظميّ", "الكـاظمي"],
)
def test_spellings_of_one_name_share_a_key(spelling):
    assert query_terms(spelling) == query_terms("الکاظمی")


def test_persian_plural_and_zwnj_forms_share_a_key():
    assert query_terms("آمریکایی‌ها") == query_terms("آمریکاییها") == query_terms("آمریکایی")
    assert query_terms("نیروهای") == query_terms("نیرو")


def test_digits_in_any_script_share_a_key():
    assert query_terms("۲۵۰۰") == query_terms("٢٥٠٠") == query_terms("2500") == ["2500"]


def test_contracted_article_and_short_words_kept():
    assert query_terms("للعراق") == query_terms("العراق")
    assert query_terms("بغداد") == ["بغداد"]  # a word-initial ب that is not a clitic stays


def test_token_offsets_point_into_the_original(seed_text):
    text = seed_text("000")
    for token in tokens(text, "fa"):
        assert text[token.start : token.end] == token.surface


def test_index_terms_of_english_are_casefolded():
    assert index_terms("Kadhimi's Baghdad", "en") == ["kadhimi", "baghdad"]


def test_split_verb_prefix_matches_joined_form():
    assert query_terms("می شود") == query_terms("می‌شود") == query_terms("میشود")
    assert index_terms("این کار می شود", "fa")[-1] == query_terms("می‌شود")[0]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_index_terms_are_the_keys_of_the_words_in_order(seed_text, prefix):
    """Every non-empty key of the text's words, in order (the search index and the
    near-duplicate shingles read them)."""
    from rasad.text.tokenize import _DENSE, _TOKEN, _dense_pieces, word_forms

    text = seed_text(prefix)
    words = _TOKEN.findall(text)
    if _DENSE.search(text):
        words = [p for w in words for _, p in _dense_pieces(w)]
    expected = [key for key in (word_forms(w)[1] for w in words) if key]
    assert index_terms(text) == expected and len(expected) > 50
