"""One list of demonstratives for the whole language layer (review50): framing's anaphoric
labels, the quotes role of «this» body and the recogniser's newspaper guard read
`rasad.lang.demonstratives`, and no other module writes a list of its own."""

from __future__ import annotations

from rasad.entities import recognise
from rasad.lang.demonstratives import (
    DEMONSTRATIVES,
    PLAIN_DEMONSTRATIVES,
    PLURAL_OR_EMPHATIC_DEMONSTRATIVES,
)
from rasad.stages import framing, quotes
from tests.support.lang_modules import lang_module_names


def test_no_other_lang_module_holds_a_demonstrative_table():
    """The tables framing (47c) and quotes (48) kept apart are gone from their lexicons."""
    for module, names in lang_module_names():
        if module != "demonstratives":
            assert not [n for n in names if "DEMONSTRATIVE" in n], module


def test_the_list_is_its_two_parts():
    for lang, words in DEMONSTRATIVES.items():
        assert set(words) == set(PLAIN_DEMONSTRATIVES[lang]) | set(
            PLURAL_OR_EMPHATIC_DEMONSTRATIVES[lang]
        )


def test_framing_reads_the_whole_list():
    for lang, words in DEMONSTRATIVES.items():
        assert framing.folded_demonstratives(lang) == {framing.folded(w) for w in words}


def test_quotes_reads_the_arabic_singular_forms_it_read_before():
    """Round 48's «هذه», «هذا», «تلك», «ذلك»: a plural body is no one just quoted."""
    assert quotes.demonstrative_words("ar") == {
        quotes.fold_same_length(w) for w in ("هذه", "هذا", "تلك", "ذلك")
    }


def test_the_recogniser_reads_the_plain_persian_forms_it_read_before():
    """Round 49 wrote «این», «آن» inside recognise.py; «اين» folds to «این»."""
    assert {recognise.folded(w) for w in ("این", "آن")} == recognise._DEMONSTRATIVES


def test_the_same_newspaper_named_again_keeps_its_name():
    """«همان روزنامه اسپانيايي ال پائيس»: the emphatic «همان» ("that same") is followed by
    the paper's name, which the recogniser still reads (the guard takes the plain forms)."""
    text = "همان روزنامه اسپانيايي ال پائيس نوشت كه دولت با اين طرح مخالف است.\n"
    found = {(m.text, m.type) for m in recognise.recognise(text, "fa")}
    assert ("ال پائيس", "ORG") in found
