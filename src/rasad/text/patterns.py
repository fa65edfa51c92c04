"""Regular-expression pieces built from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasad.text.normalize import fold_same_length


def alternatives(words: Iterable[str]) -> str:
    """An alternation of the words' folded forms (`fold_same_length`), longest first so a
    longer form wins over its prefix; a space in a form matches any run of white space."""
    forms = sorted({fold_same_length(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
