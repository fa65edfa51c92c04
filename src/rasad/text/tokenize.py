"""Tokens with offsets into the original text, and the search keys the index is built from.

A token's `norm` is its matching form (`rasad.text.normalize`); its `key` also drops the
clitics and suffixes that change a word's spelling but not what it names: Arabic proclitics
with the article (و/ف/ب/ك/ل + ال, لل), the article itself, and Persian plural suffixes
(ها/های). The same key function serves documents and queries in every language, so a query
typed in Persian letters meets the Arabic spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rasad.text.normalize import normalize
from rasad.text.zwnj import restore_zwnj

# Letters, digits, Arabic marks, tatweel and ZWNJ (which sits inside Persian words).
_TOKEN = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c]+(?:['’]\w+)*")
# Han ideographs and kana: written without spaces, each is a token of its own (a search for
# "统计局" then asks for its three characters), so Chinese and Japanese text is searchable.
_DENSE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
ARTICLE = "ال"
PROCLITICS = ("و", "ف", "ب", "ک", "ل")  # folded forms: ك is ک after normalization
PERSIAN_PLURALS = ("های", "ها")
MIN_STEM = 3


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    surface: str
    norm: str
    key: str


def strip_article(word: str) -> str:
    """Drop a leading article, with one proclitic before it, or the contracted لل."""
    if word.startswith("لل") and len(word) - 2 >= MIN_STEM:
        return word[2:]
    if word[:1] in PROCLITICS and word[1:3] == ARTICLE and len(word) - 3 >= MIN_STEM:
        return word[3:]
    if word.startswith(ARTICLE) and len(word) - 2 >= MIN_STEM:
        return word[2:]
    return word


def strip_plural(word: str) -> str:
    """Drop a Persian plural suffix (ها, های) when a word of some length remains."""
    for suffix in PERSIAN_PLURALS:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def article_key(norm: str) -> str | None:
    """The index term of a word written with the article: the article and the word's key
    («الكاظمي», «والكاظمي», «للكاظمي» → "الکاظمی"), or None when no article came off it. No key
    of five letters or more begins with the article (it comes off every such word), so these
    terms never meet a key: «الكاظمي» can then be told from the Persian surname «کاظمی»."""
    if not norm or norm.isascii() or strip_article(norm) == norm:
        return None
    return ARTICLE + search_key(norm)


def search_key(norm: str) -> str:
    """The index key of a normalized word, the same for every language."""
    if not norm or norm.isascii():
        return norm.removesuffix("'s").removesuffix("’s")
    return strip_plural(strip_article(norm))


@lru_cache(maxsize=200_000)
def word_forms(surface: str) -> tuple[str, str]:
    """(norm, key) of one word; cached, since news vocabulary repeats."""
    norm = normalize(surface).replace(" ", "")
    return norm, search_key(norm)


def tokens(text: str, lang: str | None = None) -> list[Token]:
    """Word tokens of `text` with offsets into it (`lang` is accepted for future use)."""
    return list(iter_tokens(text))


def iter_tokens(text: str) -> Iterator[Token]:
    """`tokens`, one at a time (a reader that stops early does not tokenize the rest)."""
    for m in _TOKEN.finditer(text):
        word = m.group()
        if not word.isascii() and _DENSE.search(word):
            for start, piece in _dense_pieces(word):
                norm, key = word_forms(piece)
                if norm:
                    yield Token(m.start() + start, m.start() + start + len(piece), piece, norm, key)
            continue
        norm, key = word_forms(word)
        if norm:
            yield Token(m.start(), m.end(), word, norm, key)


def _dense_pieces(word: str) -> list[tuple[int, str]]:
    """A token holding Han or kana split into one token per such character, the runs of
    other letters between them kept whole; (offset in `word`, piece)."""
    pieces, pos = [], 0
    for m in _DENSE.finditer(word):
        if m.start() > pos:
            pieces.append((pos, word[pos : m.start()]))
        pieces.append((m.start(), m.group()))
        pos = m.end()
    if pos < len(word):
        pieces.append((pos, word[pos:]))
    return pieces


def index_terms(text: str, lang: str | None = None) -> list[str]:
    """The keys a full-text index stores for `text` (Persian gets its ZWNJs back first, so
    "می شود" and "می‌شود" index alike)."""
    if lang == "fa":
        text = restore_zwnj(text)
    words = _TOKEN.findall(text)
    if _DENSE.search(text):
        words = [p for w in words for _, p in _dense_pieces(w)]
    return [key for w in words if (key := word_forms(w)[1])]


def article_terms(text: str, lang: str | None = None) -> list[str]:
    """The article terms (`article_key`) of the words of `text` written with the article, each
    once, in order of first use."""
    if lang == "fa":
        text = restore_zwnj(text)
    found: dict[str, None] = {}
    for word in _TOKEN.findall(text):
        if term := article_key(word_forms(word)[0]):
            found.setdefault(term, None)
    return list(found)


def query_terms(query: str) -> list[str]:
    """The keys of a query, in order, without repeats."""
    seen: dict[str, None] = {}
    for t in tokens(restore_zwnj(query)):
        seen.setdefault(t.key, None)
    return list(seen)
