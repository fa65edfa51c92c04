"""Matching forms of Arabic/Persian/English text; the original text is never changed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rasad.text.digits import to_ascii_digits

# Letter variants, one canonical form each (ة→ه and the hamza seats only for matching).
LETTER_VARIANTS = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ؤ": "و", "ئ": "ی",
}  # fmt: skip
_LETTERS = str.maketrans(
    {**LETTER_VARIANTS, "،": ",", "؛": ";", "؟": "?", "\u200c": " ", "\u200d": ""}
)
_MARKS = re.compile(
    r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_SPACES = re.compile(r"\s+")


# Words and names are normalized over and over (every stage, every story refresh): their
# forms are kept. Longer texts are normalized each time, so the kept forms stay small.
SHORT = 64
KEPT_FORMS = 65_536


def normalize(text: str) -> str:
    """Letter variants unified, marks and tatweel dropped, digits ASCII, Latin casefolded."""
    return _normalize_short(text) if len(text) <= SHORT else _normalize(text)


@lru_cache(maxsize=KEPT_FORMS)
def _normalize_short(text: str) -> str:
    return _normalize(text)


# A left-to-right or right-to-left mark typed inside a word stands for its ZWNJ (Fars News
# writes «ولی» U+200E «پور» as often as «ولی‌پور»).
BIDI_IN_WORD = re.compile(r"(?<=\w)[\u200e\u200f](?=\w)")


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", BIDI_IN_WORD.sub("\u200c", text)).translate(_LETTERS)
    return _SPACES.sub(" ", to_ascii_digits(text)).strip().casefold()


_SAME_LENGTH = str.maketrans(
    {
        **LETTER_VARIANTS,
        "\u200c": " ",
        "\u200e": " ",
        "\u200f": " ",
        "\u00a0": " ",
        **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
        **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
    }
)


def fold_same_length(text: str) -> str:
    """Letter variants and digits unified and Latin lower-cased, one character for one, so
    offsets found in the result are offsets in `text`."""
    return _fold_short(text) if len(text) <= SHORT else _fold(text)


@lru_cache(maxsize=KEPT_FORMS)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    folded = text.translate(_SAME_LENGTH)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded
