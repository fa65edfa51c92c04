"""Entity recognition: a CRF per language, then gazetteer matches where the CRF saw nothing.

Text is cut into sentences and word/punctuation tokens with offsets, so every mention is an
exact span of the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rasad.data import read_table
from rasad.entities.corpus import spans_of, to_bio
from rasad.entities.features import Features, sentence_features
from rasad.text.normalize import normalize
from rasad.text.sentences import tagging_sentences
from rasad.text.tokenize import PROCLITICS, strip_article

# Word characters include Arabic marks and tatweel; a zero-width non-joiner stays inside a
# Persian word (می‌کنند), as in the training corpora's tokens.
_WORD = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]"
_TOKEN = re.compile(rf"{_WORD}+(?:['’.\-\u200c]{_WORD}+)*|[^\w\s]", re.UNICODE)
MAX_GAZ_TOKENS = 6
# Words that never begin or end a name: conjunctions and prepositions written apart.
EDGE_WORDS = frozenset(["و", "در", "از", "به", "با", "را", "که", "the", "and", "of", "in"])
DEMONYM_SUFFIXES = ("ییها", "ییان", "یها", "یان", "یی", "یه", "ی", "ان", "ian", "an", "n", "i")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: str
    canonical: str | None = None  # gazetteer name when the mention is a known entity


@dataclass(frozen=True)
class GazetteerEntry:
    type: str
    name: str


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token offsets within one sentence."""
    return [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])]


@lru_cache(maxsize=200_000)
def gazetteer_key(surface: str) -> str:
    """Normalized, article-free form of a multi-word name, for gazetteer lookups."""
    words = normalize(surface).replace("-", " ").replace(".", "").split()
    return " ".join(strip_article(w) if not w.isascii() else w for w in words)


@lru_cache(maxsize=200_000)
def folded(word: str) -> str:
    """A word normalized with its inner spaces removed (role words, conjunctions)."""
    return normalize(word).replace(" ", "")


@cache
def gazetteer() -> dict[str, GazetteerEntry]:
    """Every form of every gazetteer entry (normalized key → entry)."""
    forms: dict[str, GazetteerEntry] = {}
    for row in read_table("gazetteers/entities.tsv"):
        kind, name, *langs = row
        entry = GazetteerEntry(kind, name)
        for cell in langs:
            for form in filter(None, cell.split("|")):
                forms.setdefault(gazetteer_key(form), entry)
        forms.setdefault(gazetteer_key(name), entry)
    return forms


@cache
def tagger(lang: str):
    """The packaged CRF model for a language, or None when there is none."""
    import pycrfsuite

    model = resources.files("rasad.data").joinpath(f"models/ner/{lang}.crfsuite")
    if not model.is_file():
        return None
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    return crf


def lookup(surface: str) -> GazetteerEntry | None:
    """The gazetteer entry a surface form names, also behind a one-letter proclitic (و, ب, ل…)."""
    return lookup_key(gazetteer_key(surface))


@lru_cache(maxsize=200_000)
def lookup_key(key: str) -> GazetteerEntry | None:
    """The gazetteer entry of a gazetteer key, also behind a one-letter proclitic."""
    entry = gazetteer().get(key)
    if (
        entry is None
        and key[:1] in PROCLITICS
        and key[1:2] != " "
        and len(key) > 3
        and not key.isascii()
    ):
        entry = gazetteer().get(gazetteer_key(key[1:]))
    return entry


@cache
def first_words() -> frozenset[str]:
    """The first word of every gazetteer key."""
    return frozenset(key.partition(" ")[0] for key in gazetteer())


@lru_cache(maxsize=200_000)
def can_start(word: str) -> bool:
    """Whether a key whose first word is `word` may name an entry (as lookup_key reads it)."""
    if word in first_words():
        return True
    rest = gazetteer_key(word[1:]) if word[:1] in PROCLITICS else "-"
    return not rest or rest.partition(" ")[0] in first_words()


def span_keys(text: str, tokens: list[tuple[int, int]], i: int, limit: int) -> list[str]:
    """gazetteer_key of the spans of 1..limit tokens starting at token i, stopping early once
    the first word rules out every longer span.

    A key never joins words across whitespace, so each key is the keys of the whitespace-
    separated runs of its span joined with spaces: runs are keyed once (and cached) instead
    of normalizing every span from scratch."""
    keys: list[str] = []
    done: list[str] = []  # keys of the runs already closed by whitespace
    run_start = tokens[i][0]
    for k in range(i, i + limit):
        last = gazetteer_key(text[run_start : tokens[k][1]])
        keys.append(" ".join(filter(None, [*done, last])))
        if k + 1 < len(tokens) and tokens[k + 1][0] > tokens[k][1]:
            if not done and last and not can_start(last.partition(" ")[0]):
                break
            done.append(last)
            run_start = tokens[k + 1][0]
    return keys


def gazetteer_matches(text: str, tokens: list[tuple[int, int]]) -> list[Mention]:
    """Longest gazetteer matches over a token sequence, left to right."""
    found, i = [], 0
    while i < len(tokens):
        if not text[tokens[i][0]].isalnum():
            i += 1  # a name never starts with punctuation
            continue
        keys = span_keys(text, tokens, i, min(MAX_GAZ_TOKENS, len(tokens) - i))
        for n in range(len(keys), 0, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            if not text[end - 1].isalnum():
                continue  # nor ends with it
            entry = lookup_key(keys[n - 1])
            if entry:
                found.append(Mention(start, end, text[start:end], entry.type, entry.name))
                i += n
                break
        else:
            i += 1
    return found


def trim(text: str, tokens: list[tuple[int, int]], a: int, b: int) -> tuple[int, int]:
    """Token range without punctuation or conjunctions at its edges."""

    def edge(i: int) -> bool:
        word = text[tokens[i][0] : tokens[i][1]]
        return not any(ch.isalnum() for ch in word) or folded(word) in EDGE_WORDS

    while a < b and edge(a):
        a += 1
    while b > a and edge(b - 1):
        b -= 1
    return a, b


def is_demonym(surface: str) -> bool:
    """A one-word adjective of a known place (آمریکایی, العراقي, Iraqi): not an entity."""
    if " " in surface.strip():
        return False
    key = gazetteer_key(surface)
    for suffix in DEMONYM_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            entry = gazetteer().get(key[: -len(suffix)])
            if entry and entry.type == "LOC":
                return True
    return False


def gazetteer_tags(
    text: str, tokens: list[tuple[int, int]], matches: list[Mention] | None = None
) -> list[str]:
    """A BIO tag per token from gazetteer matches (a CRF feature)."""
    tags = ["O"] * len(tokens)
    index = {start: i for i, (start, _) in enumerate(tokens)}
    if matches is None:
        matches = gazetteer_matches(text, tokens)
    for m in matches:
        first = index[m.start]
        tags[first] = f"B-{m.type}"
        for i in range(first + 1, len(tokens)):
            if tokens[i][0] >= m.end:
                break
            tags[i] = f"I-{m.type}"
    return tags


def sentence_items(
    text: str, tokens: list[tuple[int, int]], matches: list[Mention] | None = None
) -> list[Features]:
    """CRF features of one tokenized sentence, gazetteer tags included."""
    words = [text[s:e] for s, e in tokens]
    return sentence_features(words, gazetteer_tags(text, tokens, matches))


def training_example(sentence: list[tuple[str, str]]) -> tuple[list[Features], list[str]]:
    """CRF features and BIO tags of a gold sentence, re-tokenized as running text is at tagging
    time (punctuation stuck to a corpus token becomes its own token, outside the entity)."""
    text = " ".join(w for w, _ in sentence)
    tokens = word_spans(text, 0, len(text))
    starts, pos = [], 0
    for word, _ in sentence:
        starts.append(pos)
        pos += len(word) + 1
    pieces: dict[int, list[int]] = {}
    for k, (start, _) in enumerate(tokens):
        pieces.setdefault(bisect_right(starts, start) - 1, []).append(k)
    tags = ["O"] * len(tokens)
    for w, ks in pieces.items():
        tag = sentence[w][1]
        named = [k for k in ks if any(ch.isalnum() for ch in text[slice(*tokens[k])])]
        if tag == "O" or not named:
            continue
        for k in range(named[0], named[-1] + 1):
            tags[k] = tag if k == named[0] else f"I-{tag[2:]}"
    for k, tag in enumerate(tags):
        if tag.startswith("I-") and (k == 0 or tags[k - 1][2:] != tag[2:]):
            tags[k] = f"B-{tag[2:]}"
    return sentence_items(text, tokens), tags


def crf_mentions(
    text: str,
    tokens: list[tuple[int, int]],
    lang: str,
    gazetteer_found: list[Mention] | None = None,
    model=None,
) -> list[Mention]:
    """Mentions the language's CRF finds in one sentence (`gazetteer_found`: the sentence's
    gazetteer matches when already computed; `model`: a pycrfsuite.Tagger instead of the
    packaged one)."""
    crf = model or tagger(lang)
    if crf is None or not tokens:
        return []
    out = []
    tags = to_bio(crf.tag(sentence_items(text, tokens, gazetteer_found)))
    for a, b, kind in spans_of(tags):
        a, b = trim(text, tokens, a, b)
        if a < b:
            start, end = tokens[a][0], tokens[b - 1][1]
            if not is_demonym(text[start:end]):
                out.append(Mention(start, end, text[start:end], kind))
    return out


def merge(crf: list[Mention], gaz: list[Mention]) -> list[Mention]:
    """CRF mentions named and typed by the gazetteer where it knows them (but a known place the
    CRF reads as an organization in context stays one: a country acting as a government); a
    gazetteer match that covers a CRF mention replaces it (it knows the full name); gazetteer
    matches fill the gaps."""
    out = []
    for m in crf:
        if any(
            g.start <= m.start and m.end <= g.end and g.end - g.start > m.end - m.start for g in gaz
        ):
            continue
        entry = lookup(m.text)
        kind = m.type if entry is None or (entry.type, m.type) == ("LOC", "ORG") else entry.type
        out.append(Mention(m.start, m.end, m.text, kind, entry.name if entry else None))
    for g in gaz:
        if not any(o.start < g.end and g.start < o.end for o in out):
            out.append(g)
    return sorted(out, key=lambda m: m.start)


@cache
def role_words() -> dict[str, frozenset[str]]:
    """Folded title words (before a name) and role words (after a name)."""
    out: dict[str, set[str]] = {"title": set(), "role": set()}
    for kind, word in read_table("gazetteers/roles.tsv"):
        out[kind].add(normalize(word).replace(" ", ""))
    return {k: frozenset(v) for k, v in out.items()}


def _folded(text: str, span: tuple[int, int]) -> str:
    return folded(text[span[0] : span[1]])


def apply_roles(text: str, tokens: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """People marked by their title or role: a name after "اللواء"/"سردار" grows to two words
    and becomes PER; a name right before "سفير"/"سخنگوی" becomes PER."""
    words = role_words()
    index = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {}
    for k, (_, e) in enumerate(tokens):
        ends.setdefault(e, k)
    out = []
    for m in mentions:
        i = index.get(m.start)
        if i is None:
            out.append(m)
            continue
        j = ends.get(m.end, i)
        before = _folded(text, tokens[i - 1]) if i > 0 else ""
        if (
            before in words["title"]
            and m.type in {"PER", "MISC"}
            and j == i
            and j + 1 < len(tokens)
        ):
            nxt = tokens[j + 1]
            if (
                text[nxt[0] : nxt[1]].isalpha()
                and _folded(text, nxt) not in words["role"] | EDGE_WORDS
            ):
                m = Mention(m.start, nxt[1], text[m.start : nxt[1]], "PER", m.canonical)
        elif (
            m.type in {"MISC", "ORG"}
            and m.canonical is None
            and _role_follows(text, tokens, j, words["role"])
        ):
            m = Mention(m.start, m.end, m.text, "PER", m.canonical)
        out.append(m)
    return out


def _role_follows(text: str, tokens: list[tuple[int, int]], j: int, roles: frozenset[str]) -> bool:
    """Whether a role word comes right after token j (a closing quote mark may sit between)."""
    k = j + 1
    while k < len(tokens) and text[tokens[k][0] : tokens[k][1]] in '«»"“”':
        k += 1
    return k < len(tokens) and _folded(text, tokens[k]) in roles


def add_acronyms(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """An organization's acronym in parentheses right after its name ("… العراقية (واع)",
    "(IAEA)") is the same organization."""
    index = {e: i for i, (_, e) in enumerate(tokens)}
    added = []
    for m in mentions:
        j = index.get(m.end)
        if m.type != "ORG" or j is None or j + 3 >= len(tokens):
            continue
        (o, _), (a, b), (c, _) = tokens[j + 1], tokens[j + 2], tokens[j + 3]
        acronym = text[o] == "(" and text[c] == ")" and text[a:b].isalpha() and b - a <= 8
        if acronym and not any(x.start < b and a < x.end for x in mentions):
            added.append(Mention(a, b, text[a:b], "ORG", m.canonical))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def recognise(text: str, lang: str, model=None) -> list[Mention]:
    """Every entity mention in `text`, in order, with exact offsets (`model`: a
    pycrfsuite.Tagger to use instead of the packaged one, as when tuning)."""
    mentions: list[Mention] = []
    for start, end in tagging_sentences(text):
        tokens = word_spans(text, start, end)
        gaz = gazetteer_matches(text, tokens)
        found = merge(crf_mentions(text, tokens, lang, gaz, model), gaz)
        mentions += add_acronyms(text, tokens, apply_roles(text, tokens, found))
    return [m for m in mentions if any(ch.isalpha() for ch in m.text)]
