"""The words of a statement as `statements` and `statement_slots` both read them: a word
folded and bared of its clitic and article, the words of a sentence with their offsets, the
stems of a text, the casualty a word names and whether a word names an act. Both modules
import these; neither imports the other for them."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.lang.clitics import CLITICS
from rasad.stages.numbers import casualty_word
from rasad.text.normalize import fold_same_length
from rasad.text.stem import light_stem
from rasad.text.tokenize import index_terms

# Arabic short vowels and the tatweel are inside a word ("نُسبت" is one word, not "ن" and
# "سبت", Saturday); they are dropped from the word as read.
_MARKS = "\u0640\u064b-\u065f\u0670"
_WORD = re.compile(rf"[\w\u200c%٪$£€/{_MARKS}]+", re.UNICODE)
_MARK = re.compile(rf"[{_MARKS}]")


@lru_cache(maxsize=65_536)  # every word of every statement, at every refresh of its story
def bare(word: str) -> str:
    """A folded word without a leading clitic and the Arabic article."""
    w = fold_same_length(word).lower()
    for _ in range(2):
        if len(w) > 3 and w.startswith(CLITICS) and w[1:].startswith(("ال", "لل")):
            w = w[1:]
    if len(w) > 4 and w.startswith("ال"):
        w = w[2:]
    return w


@lru_cache(maxsize=4096)  # a sentence is read once per figure in it
def words_of(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, folded lowercase word) for each word of `text`."""
    folded = fold_same_length(text).lower()
    return tuple((m.start(), m.end(), _MARK.sub("", m.group())) for m in _WORD.finditer(folded))


def stems(text: str, lang: str) -> set[str]:
    """Search-key stems of a text, short function words left out, a leading conjunction or
    preposition letter taken off long Arabic-script words ("وخطفت", "بمقتل" → "خطفت", "مقتل")."""
    out = set()
    for key in index_terms(text, lang):
        if len(key) <= 2 or key.isdigit():
            continue
        if len(key) >= 5 and key[0] in "وفبل" and not key.isascii():
            key = key[1:]
        out.add(light_stem(key))
    return out


def casualties(words: list[str]) -> set[str]:
    """A key for each kind of casualty the words name ("مقتل", "وفاة", "لقي حتفه", "killed"
    all name a death), so that a denial of a death meets the report of it in other words."""
    return {f"<{kind}>" for w in words if (kind := casualty_of(w))}


@lru_cache(maxsize=65536)  # every word of every statement is looked up
def casualty_of(word: str) -> str | None:
    return casualty_word(word)


def names_act(word: str, head: str, lang: str) -> bool:
    """The word names the act `head`: its stem, or a casualty of the kind ("<killed>")."""
    if head.startswith("<"):
        return f"<{casualty_of(word)}>" == head
    return any(k == head or (len(k) >= 3 and k.startswith(head)) for k in stems(word, lang))
