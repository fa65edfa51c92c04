"""Persian zero-width non-joiner (ZWNJ) restoration, for display and tokenization.

Web text often drops the ZWNJ ("بینالمللی", "میشود") or types a space for it ("می شود").
Three rules put it back: words the lexicon writes with a ZWNJ (data/text/zwnj_words.txt),
the verb prefixes می/نمی before a known verb form, and plural/superlative suffixes after a
letter that would otherwise join. The stored article text is never rewritten with this.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

ZWNJ = "\u200c"
PREFIXES = ("نمی", "می")
SUFFIXES = ("هایی", "هایم", "هایت", "هایش", "هایمان", "هایشان", "های", "ها", "ترین", "تر")
ENDINGS = ("م", "ی", "د", "یم", "ید", "ند", "ه", "ست", "ام", "ای", "ایم", "اید", "اند")
# Letters that never join the next one: no ZWNJ is needed after them.
NON_JOINING = set("اآدذرزژوۀأإؤة")
_WORD = re.compile(r"[\u0600-\u06FF\u200c]+")
_SPLIT_PREFIX = re.compile(r"(?<![\u0600-\u06FF])(ن?می) ([\u0600-\u06FF]{2,})")


def _lines(name: str) -> list[str]:
    text = resources.files("rasad.data").joinpath(f"text/{name}").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


@cache
def glued_forms() -> dict[str, str]:
    """Lexicon words without their ZWNJ → the word with it."""
    return {w.replace(ZWNJ, ""): w for w in _lines("zwnj_words.txt")}


@cache
def verb_stems() -> frozenset[str]:
    return frozenset(_lines("verb_stems.txt"))


def is_verb_form(rest: str) -> bool:
    """Whether `rest` is a verb stem with a personal ending ("شود", "کنند", "رفتند")."""
    stems = verb_stems()
    return any(
        rest.endswith(e) and rest[: len(rest) - len(e)] in stems
        for e in ENDINGS
        if len(rest) > len(e)
    )


@lru_cache(maxsize=65_536)  # every Persian word of every indexed or compared text
def restore_word(word: str) -> str:
    """One word with its ZWNJs restored (unchanged when no rule applies)."""
    if ZWNJ in word:
        return word
    if word in glued_forms():
        return glued_forms()[word]
    if word in _stems_of_lexicon():
        return word  # a word of its own ("بهترین", "میدان"), not prefix/stem + suffix
    for prefix in PREFIXES:
        if word.startswith(prefix) and is_verb_form(word[len(prefix) :]):
            return prefix + ZWNJ + word[len(prefix) :]
    for suffix in SUFFIXES:
        stem = word[: -len(suffix)]
        if (
            word.endswith(suffix)
            and len(stem) >= 2
            and stem[-1] not in NON_JOINING
            and _known(stem)
        ):
            return stem + ZWNJ + suffix
    return word


@cache
def _stems_of_lexicon() -> frozenset[str]:
    return frozenset(_lines("nouns.txt")) | frozenset(glued_forms().values())


def _known(stem: str) -> bool:
    """A stem the suffix rule may attach to: a lexicon word, or one ending in ی/ه (nouns and
    adjectives such as آمریکایی, زمینه that glue their plural suffix in web text)."""
    return stem in _stems_of_lexicon() or stem[-1] in "یه"


def restore_zwnj(text: str) -> str:
    """Persian text with missing ZWNJs restored and "می شود" joined as "می‌شود"."""
    text = _SPLIT_PREFIX.sub(
        lambda m: m.group(1) + ZWNJ + m.group(2) if is_verb_form(m.group(2)) else m.group(0), text
    )
    return _WORD.sub(lambda m: restore_word(m.group()), text)
