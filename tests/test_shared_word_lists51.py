"""Word lists written twice, made one in a shared lang module (review51): the users read the
shared list and see the very words they listed before."""

from __future__ import annotations

from rasad.lang import date_words as W
from rasad.lang import numbers as N
from rasad.lang import times as T
from rasad.lang.clitics import CLITIC_OR_ARTICLE
from rasad.stages import numbers
from rasad.stages.dates import ordinal_table
from rasad.text.normalize import fold_same_length
from tests.support.lang_modules import lang_module_names


def test_the_clock_hours_in_words_are_the_ordinals_and_number_words():
    assert T.ARABIC_HOUR_WORDS == {
        **{"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5},
        **{"السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10},
        **{"الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12},
    }
    persian = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده"]
    hours = T.PERSIAN_HOUR_WORDS
    assert hours == {word: n for n, word in enumerate(persian, 1)}
    assert all(N.UNITS[word] == n for word, n in hours.items())


def test_the_ordinals_before_a_ten_are_both_genders_of_the_day_units():
    masculine = ["الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"]
    feminine = [w + "ة" for w in masculine]
    words = {fold_same_length(w) for w in [*masculine, "التاسع", *feminine, "التاسعة"]}
    assert numbers.ordinal_words() == words
    days = {word: n for word, n in W.ARABIC_ORDINALS.items() if 2 <= n <= 9}
    assert days == {word: n for n, word in enumerate(masculine[1:] + ["التاسع"], 2)}
    assert ordinal_table()[fold_same_length("التاسع و العشرين")] == 29


def test_a_casualty_word_or_a_dual_under_a_clitic_or_the_article():
    assert CLITIC_OR_ARTICLE == ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل")
    for word in ("والقتلى", "فقتلى", "بالمصابين", "للمصابين", "قتلى"):
        assert numbers.casualty_word(fold_same_length(word)), word
    assert numbers.is_dual(fold_same_length("والقتيلين"))


def test_no_lang_module_but_ordinals_writes_the_ordinal_units():
    for module, names in lang_module_names():
        if module != "ordinals":
            assert not {"ARABIC_ORDINAL_UNITS", "ORDINALS"} & set(names), module
