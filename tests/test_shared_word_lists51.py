"""Word lists written twice, made one in a shared lang module (review51): the users read the
shared list and see the very words they listed before."""

from __future__ import annotations

from rasad.lang.clitics import CLITIC_OR_ARTICLE
from rasad.stages import numbers
from rasad.text.normalize import fold_same_length


def test_a_casualty_word_or_a_dual_under_a_clitic_or_the_article():
    assert CLITIC_OR_ARTICLE == ("", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل")
    for word in ("والقتلى", "فقتلى", "بالمصابين", "للمصابين", "قتلى"):
        assert numbers.casualty_word(fold_same_length(word)), word
    assert numbers.is_dual(fold_same_length("والقتيلين"))
