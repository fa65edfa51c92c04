"""Spelling variants of names across Arabic and Persian letters, and Persian plural forms."""

from __future__ import annotations

from rasad.analysis.search import fts5_expression, parse_query, query_tree
from rasad.text.stem import persian_forms
from rasad.text.tokenize import query_terms
from rasad.text.translit import name_like, spelling_variants


def key(word: str) -> str:
    return query_terms(word)[0]


def test_persian_letters_and_final_vowels_have_arabic_spellings():
    assert key("واشنطن") in spelling_variants(key("واشنگتن"))
    assert key("أريحة") in spelling_variants(key("أريحا"))
    assert key("سوریه") in spelling_variants(key("سوريا"))
    assert key("بوتين") in spelling_variants(key("پوتین"))


def test_common_words_and_short_words_get_no_variants():
    assert not name_like(key("الحرب")) and spelling_variants(key("الحرب")) == ()
    assert spelling_variants(key("هرب")) == ()  # three letters
    assert spelling_variants("washington") == ()  # Latin letters: the entity names serve
    assert all(v not in {"قرار", "صوره"} for v in spelling_variants(key("غرار")))


def test_persian_plural_and_singular_forms():
    assert "اشغالگران" in persian_forms("اشغالگر")
    assert "اشغالگر" in persian_forms("اشغالگران")
    assert "نمایندگان" in persian_forms("نماینده")
    assert "دانشجویان" in persian_forms("دانشجو")
    assert persian_forms("بار") == []  # "باران" is rain
    assert "تهر" not in persian_forms("تهران")


def test_quoted_phrases_are_parsed_word_for_word():
    query = parse_query('"الخارجية العراقية" بغداد')
    assert [(p.keys, p.quoted) for p in query.parts] == [
        (("خارجیه", "عراقیه"), True),
        (("بغداد",), False),
    ]
    expression = fts5_expression(query_tree(query))
    # as it is, and as Arabic documents index it (each word followed by its marked stem)
    assert '"خارجیه عراقیه"' in expression and '"خارجیه خارجیـ عراقیه"' in expression
    assert parse_query('"unbalanced').parts[0].quoted is False
