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

import re
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


# A Latin name and its Arabic-script transcription: `letters_correspond` reads the Latin name
# letter by letter (data/text/latin_arabic_letters.tsv) and asks whether the Arabic-script word
# writes each consonant as the table says and each vowel letter for a Latin vowel of its kind;
# a Latin vowel may go unwritten (Sulawesi: سولاويسي, سولاوسی; Palu: بالو, پالو).
UNWRITTEN, AT_END = "-", "$"
_SEATS = ("ا", "ع", "ء")  # what a word opening on a vowel writes before its vowel letter
# a Persian word writes a vowel before an opening s + consonant (Sterling: استرلینگ)
_PROSTHETIC = ("ای", "ا")
_LATIN_NAME_NOT_LETTERS = re.compile(r"[^a-z\s-]")
_LATIN_ARTICLE = re.compile(r"^(al|el|ul)-")
_DOUBLED = re.compile(r"(.)\1+")
_VOWEL_LETTERS = ("ا", "و", "ی")


@cache
def latin_letters() -> dict[str, tuple[str, ...]]:
    """Latin letter or digraph → the Arabic-script spellings it may take ("" unwritten; a
    trailing `AT_END` only at a word's end)."""
    text = resources.files("rasad.data").joinpath("text/latin_arabic_letters.tsv")
    table = {}
    for line in text.read_text("utf-8").splitlines()[2:]:
        latin, options = line.split("\t")
        table[latin] = tuple("" if o == UNWRITTEN else o for o in options.split("|"))
    return table


def letters_correspond(latin: str, arabic: str) -> bool:
    """Whether an Arabic-script name (normalized: `rasad.text.normalize`) is a transcription of
    a Latin name, word for word: every Latin consonant written as `latin_letters` allows, every
    vowel letter for a Latin vowel of its kind, a Latin vowel written or not."""
    words_l = [
        _DOUBLED.sub(r"\1", _LATIN_ARTICLE.sub("", w))
        for w in _LATIN_NAME_NOT_LETTERS.sub("", latin.lower()).replace("-", " ").split()
    ]
    words_a = [_DOUBLED.sub(r"\1", w) for w in arabic.split()]
    return (
        bool(words_l)
        and len(words_l) == len(words_a)
        and all(_word_corresponds(lw, aw) for lw, aw in zip(words_l, words_a, strict=True))
    )


@lru_cache(maxsize=20_000)
def _word_corresponds(latin: str, arabic: str) -> bool:
    """One word of `letters_correspond`: a vowel opening the Latin word may sit on a seat
    (ا, ع: Ilfracombe, ایلفراکمب), an opening s + consonant behind a written vowel."""
    if latin[:1] == "w" and arabic[:1] == "و" and arabic[1:2] not in _VOWEL_LETTERS:
        return False  # «وشيلي» is «و» "and" + Chile, not Wasilla: a W writes «وا», «وي»…
    starts = [0]
    if latin[:1] in "aeiouy":
        starts += [len(s) for s in _SEATS if arabic.startswith(s)]
    elif latin[:1] == "s" and latin[1:2] and latin[1] not in "aeiouyh":
        starts += [len(p) for p in _PROSTHETIC if arabic.startswith(p)]
    return any(_match(latin, arabic, 0, j) for j in starts)


def _match(latin: str, arabic: str, i: int, j: int) -> bool:
    if i == len(latin):
        return j == len(arabic)
    table = latin_letters()
    # a digraph ("sh", "ng") first, then the letter alone
    units = (latin[i : i + 2], latin[i]) if i + 1 < len(latin) else (latin[i],)
    for unit in units:
        if unit not in table:
            continue
        for option in table[unit]:
            if option.endswith(AT_END):
                option = option[:-1]
                if not (arabic.startswith(option, j) and j + len(option) == len(arabic)):
                    continue
            elif option and not arabic.startswith(option, j):
                continue
            if _match(latin, arabic, i + len(unit), j + len(option)):
                return True
    # a silent h after a letter (Sarah, Thomas's th aside): written or not
    return latin[i] == "h" and i > 0 and _match(latin, arabic, i + 1, j)
