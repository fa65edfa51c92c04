"""A light stemmer for Arabic-script search keys: inflectional suffixes off, derivation kept.

It works on a search key (`rasad.text.tokenize.search_key`: letters folded, article and
proclitics with the article already gone), so "حکومتها", "الحكومات" and "حكومة" share the
stem "حکوم". Only suffixes are stripped, never letters inside a word, and a stem keeps at
least `MIN_STEM` letters, so names and short words pass unchanged. Derived words stay apart:
the relative adjective ending (ی / یه, "اقتصادي", "الاقتصادية") is kept, so "اقتصاد" and
"اقتصادي" are two stems. Broken plurals ("مدارس") are beyond any suffix stripper.

Chosen by measurement against ISRI (nltk) and Tashaphyne on a hand-annotated word list
(`tests/data/ar/stem_groups.tsv`): see `bench/stemming.py`.
"""

from __future__ import annotations

from functools import lru_cache

MIN_STEM = 3
LONG_STEM = 4  # what a word must keep for endings that are often part of the word itself
# Possessive pronouns, longest first (ها is already off: search keys drop it as a Persian
# plural); ه alone is taken with the feminine ending below, کم is too often a root ("محاکم").
PRONOUNS = ("هما", "هم", "هن", "نا")
FEMININE_PLURAL = "ات"
# Sound masculine plurals; a relative adjective keeps its ی ("سیاسیون" → "سیاسی").
MASCULINE_PLURALS = ("ون", "ین")
FEMININE = "ه"  # ة after folding (and the pronoun ه, which folding makes the same letter)
TA_MARBUTA = "ت"  # ة before a suffix: "حکومتهم" → "حکومت" → "حکومه"


def _arabic_script(word: str) -> bool:
    return all("\u0600" <= ch <= "\u06ff" for ch in word)


def _without(word: str, suffixes: tuple[str, ...], keep: int = MIN_STEM) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return word[: -len(suffix)]
    return word


def _without_pronoun(word: str) -> str:
    """Drop a possessive pronoun; a ت it leaves at the end was ة ("دولته" → "دوله")."""
    if word.endswith(TA_MARBUTA + FEMININE) and len(word) - 2 >= MIN_STEM:
        return word[:-2] + FEMININE
    bare = _without(word, PRONOUNS, LONG_STEM)
    if bare != word and bare.endswith(TA_MARBUTA):
        return bare[:-1] + FEMININE
    return bare


@lru_cache(maxsize=200_000)
def light_stem(key: str) -> str:
    """The stem of a search key (the key itself when nothing can come off)."""
    if len(key) <= MIN_STEM or not _arabic_script(key):
        return key
    word = _without_pronoun(key)
    if word.endswith("ی" + FEMININE):  # relative adjective, feminine → masculine
        return word[:-1] if len(word) - 1 >= LONG_STEM else word
    for suffixes, keep in (((FEMININE_PLURAL,), MIN_STEM), (MASCULINE_PLURALS, LONG_STEM)):
        plural = _without(word, suffixes, keep)
        if plural != word:
            return plural
    return _without(word, (FEMININE,))


STEM_MARK = "ـ"  # tatweel: folding removes it from words, so a marked stem is never a word


def stem_term(key: str) -> str | None:
    """The extra index term of a key whose stem differs from it ("حکومات" → "حکومـ")."""
    stem = light_stem(key)
    return stem + STEM_MARK if stem != key else None


def key_alternatives(key: str) -> list[str]:
    """Index terms a query key matches: itself, words with its stem, and words that are its
    stem ("حکومات" → حکومات, حکوم, حکومـ) — except after a bare final ه, which in Persian is
    part of the word ("هفته" is not "هفت"; only Arabic documents hold marked stems)."""
    stem = light_stem(key)
    if stem != key:
        if key == stem + FEMININE and not stem.endswith("ی"):
            return [key, stem + STEM_MARK]
        return [key, stem, stem + STEM_MARK]
    if len(key) > MIN_STEM and _arabic_script(key):
        return [key, key + STEM_MARK]
    return [key]


# Persian plural endings a query key may be written with (ها/های are already off every key):
# "اشغالگر" → "اشغالگران", "دانشجو" → "دانشجویان", "نماینده" → "نمایندگان", "اطلاع" → "اطلاعات".
PERSIAN_PLURAL_MIN = 4  # letters a key keeps: "بار" (load) + ان is "باران" (rain)
PERSIAN_SINGULAR_MIN = 5  # letters left when ان comes off a query key: not "تهران" → "تهر"


def persian_forms(key: str) -> list[str]:
    """Plural and singular spellings of a Persian query key that its search key does not
    already unify: +ان (+یان after a vowel, ه → گان), +ات, and the singular of a key in ان."""
    if len(key) < PERSIAN_PLURAL_MIN or not _arabic_script(key):
        return []
    forms = []
    if key.endswith("ه"):
        forms.append(key[:-1] + "گان")
    elif key[-1] in "اوی":
        forms.append(key + "یان")
    else:
        forms.append(key + "ان")
    forms.append(key + "ات")
    for ending in ("یان", "ان"):
        if key.endswith(ending) and len(key) - len(ending) >= PERSIAN_SINGULAR_MIN:
            forms.append(key[: -len(ending)])
            break
    return forms
