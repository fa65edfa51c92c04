"""Spelling variants of a name across Arabic and Persian letters and transliterations.

A name nobody has linked yet is still written several ways: Persian letters the Arabic
alphabet lacks (واشنگتن / واشنطن, پ / ب), letters one transliteration hears as another
(ت / ط, س / ص / ث, ز / ذ / ظ / ض, ح / ه, ق / غ), and a place name's last vowel written ا or ة
(أريحا / أريحة, سوريا / سوریه). `spelling_variants` lists the search keys
(`rasad.text.tokenize.search_key`) a key may be written as, fewest changed letters first:
at most `MAX_CHANGES` letters change, and at most `MAX_VARIANTS` variants are listed.

Only name-like words get variants: Arabic-script keys of at least `MIN_LETTERS` letters that are
not common words of Arabic or Persian news (data/text/common_words.txt, the most frequent
search keys of the shipped corpora less the gazetteer's names). A variant that is itself a
common word is dropped too, so "حرب" (war) never searches "هرب" (fled).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from itertools import combinations, product

MIN_LETTERS = 4
MAX_CHANGES = 2
MAX_VARIANTS = 40

# What another script or transliteration may write for a letter (letters already folded by
# `rasad.text.normalize`: ي→ی, ك→ک, ة→ه, hamza seats→ا/و/ی). "" drops the letter.
LETTER_ALTERNATIVES = {
    "پ": ("ب",),
    "چ": ("ج", "تش"),
    "ژ": ("ج", "ز"),
    "گ": ("ج", "غ", "ک", "ق"),
    "ت": ("ط",),
    "ط": ("ت",),
    "ث": ("س",),
    "س": ("ص", "ث"),
    "ص": ("س",),
    "ذ": ("ز",),
    "ز": ("ذ", "ظ"),
    "ظ": ("ز",),
    "ض": ("ز",),
    "ح": ("ه",),
    "ق": ("غ", "ک"),
    "غ": ("ق", "گ"),
    "ه": ("ح",),
}
# A name's last vowel: Arabic writes ا or ة, Persian often ه (سوريا / سوریه, أريحا / أريحة).
FINAL_ALTERNATIVES = {"ا": ("ه",), "ه": ("ا",)}
# Persian writes a Latin "ng" before a consonant as نگ where Arabic writes ن (واشنگتن / واشنطن).
AFTER_NUN = {"گ": ("",)}


def _arabic_letters(word: str) -> bool:
    return bool(word) and all(
        "\u0620" <= ch <= "\u064a" or "\u067e" <= ch <= "\u06cc" for ch in word
    )


@cache
def common_words() -> frozenset[str]:
    """The most frequent Arabic and Persian search keys of news text (see the module)."""
    text = resources.files("rasad.data").joinpath("text/common_words.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def name_like(key: str) -> bool:
    """Whether a search key may be a name worth searching in other spellings."""
    return len(key) >= MIN_LETTERS and _arabic_letters(key) and key not in common_words()


def _options(key: str, i: int) -> tuple[str, ...]:
    ch = key[i]
    if i == len(key) - 1 and ch in FINAL_ALTERNATIVES:
        return FINAL_ALTERNATIVES[ch]
    found = LETTER_ALTERNATIVES.get(ch, ())
    if i > 0 and key[i - 1] == "ن" and i < len(key) - 1:
        found = (*found, *AFTER_NUN.get(ch, ()))
    return found


@lru_cache(maxsize=20_000)
def spelling_variants(key: str) -> tuple[str, ...]:
    """Other spellings of a name-like key, fewest changes first (none for other words)."""
    if not name_like(key):
        return ()
    places = [i for i in range(len(key)) if _options(key, i)]
    common, found = common_words(), {}
    for changes in range(1, MAX_CHANGES + 1):
        for chosen in combinations(places, changes):
            for letters in product(*(_options(key, i) for i in chosen)):
                chars = list(key)
                for i, letter in zip(chosen, letters, strict=True):
                    chars[i] = letter
                variant = "".join(chars)
                if variant != key and variant not in common and len(variant) >= MIN_LETTERS - 1:
                    found.setdefault(variant, None)
                if len(found) >= MAX_VARIANTS:
                    return tuple(found)
    return tuple(found)
