"""Token features for the CRF entity recognizer, shared by training and tagging."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

from rasad.data import read_table
from rasad.text.normalize import normalize
from rasad.text.tokenize import strip_article, strip_plural

Features = dict[str, object]
# One-letter proclitics written on an Arabic word (conjunctions, then prepositions).
CONJUNCTIONS, PREPOSITIONS = "وف", "بلک"
MIN_STEM = 3


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """A word without marks, letter variants, article and plural suffix (lowercase if Latin)."""
    norm = normalize(word).replace(" ", "")
    return strip_plural(strip_article(norm)) if not norm.isascii() else norm.lower()


def clitic_stem(key: str) -> str:
    """A word key without a leading conjunction and preposition (وبغداد → بغداد); the CRF
    weighs it next to the key, since some words begin with these letters."""
    stem = key
    if stem[:1] in CONJUNCTIONS and len(stem) - 1 >= MIN_STEM:
        stem = stem[1:]
    if stem[:1] in PREPOSITIONS and len(stem) - 1 >= MIN_STEM:
        stem = stem[1:]
    return strip_article(stem)


@cache
def clusters() -> dict[str, tuple[str, str]]:
    """word key → (fine, coarse) distributional cluster (train/ner/clusters.py); empty if absent."""
    path = resources.files("rasad.data").joinpath("models/ner/clusters.tsv")
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, fine, coarse = line.split("\t")
            out[word] = (fine, coarse)
    return out


@cache
def gazetteer_words() -> dict[str, tuple[str, ...]]:
    """word key → what the shipped gazetteers say of it: `LOC1` a one-word place, `LOCw` a word
    of a longer place name (likewise PER, ORG), `title`/`role` a word that marks a person."""
    found: dict[str, set[str]] = {}
    for name in ("entities.tsv", "places.tsv"):
        for kind, *forms in read_table(f"gazetteers/{name}"):
            kind = "LOC" if kind == "GPE" else kind  # the models were trained on LOC features
            for form in (f for cell in forms for f in cell.split("|") if f):
                words = [word_key(w) for w in form.replace("-", " ").split()]
                for w in words:
                    if len(words) == 1 or len(w) >= MIN_STEM:  # not "de", "al", "في"
                        found.setdefault(w, set()).add(kind + ("1" if len(words) == 1 else "w"))
    for kind, word in read_table("gazetteers/roles.tsv"):
        for w in filter(None, (word_key(w) for w in word.split())):
            found.setdefault(w, set()).add(kind)
    return {w: tuple(sorted(kinds)) for w, kinds in found.items()}


def shape(word: str) -> str:
    """Latin word shape with runs collapsed (McCain → XxXx, U.S. → X.X.); '-' otherwise."""
    if not word.isascii():
        return "-"
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=200_000)
def word_features(word: str) -> dict[str, object]:
    """What a single word says about itself (cached: callers must not change the dict)."""
    norm = normalize(word).replace(" ", "")
    key = word_key(word)
    stem = clitic_stem(key) if not key.isascii() else key
    known = clusters()
    fine, coarse = known.get(key) or known.get(stem) or ("-", "-")
    gaz = gazetteer_words().get(key) or gazetteer_words().get(stem) or ()
    return {
        "c": fine,
        "cc": coarse,
        "n": norm,
        "k": key,
        "st": stem,
        "p2": key[:2],
        "p3": key[:3],
        "sp3": stem[:3],
        "s2": norm[-2:],
        "s3": norm[-3:],
        "ks3": key[-3:],
        "gw": list(gaz),
        "shape": shape(word),
        "article": key != norm and not norm.isascii(),
        "clitic": stem != key,
        "title": word[:1].isupper(),
        "upper": word.isupper() and len(word) > 1,
        "digit": any(ch.isdigit() for ch in norm),
        "alpha": word.isalpha(),
        "len": min(len(key), 8),
    }


@lru_cache(maxsize=400_000)
def neighbour_features(word: str, offset: int) -> dict[str, object]:
    """What a word says about the word `offset` places away (cached, read-only)."""
    own = word_features(word)
    names = ("k", "cc", "c") if abs(offset) == 2 else NEAR
    return {f"{offset}:{name}": own[name] for name in names}


NEAR = ("k", "st", "cc", "c", "n", "s3", "title", "article", "gw")
NEIGHBOUR = {offset: ("k", "cc", "c") if abs(offset) == 2 else NEAR for offset in (-2, -1, 1, 2)}


def sentence_features(words: list[str], gazetteer_tags: list[str] | None = None) -> list[Features]:
    """Feature dicts for each word of a sentence, with its neighbours' main features."""
    own = [word_features(w) for w in words]
    last = len(words) - 1
    out = []
    for i, feats in enumerate(own):
        f: Features = {"bias": 1.0, **feats}
        if gazetteer_tags and gazetteer_tags[i] != "O":
            f["gaz"] = gazetteer_tags[i]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j <= last:
                f.update(neighbour_features(words[j], offset))
                if abs(offset) == 1:
                    pair = (own[j]["k"], feats["k"]) if offset < 0 else (feats["k"], own[j]["k"])
                    f[f"{offset}:pair"] = f"{pair[0]} {pair[1]}"
                    if gazetteer_tags and gazetteer_tags[j] != "O":
                        f[f"{offset}:gaz"] = gazetteer_tags[j]
            elif abs(offset) == 1:
                f[f"{offset}:edge"] = True
        out.append(f)
    return out


Attributes = dict[str, float]


def crfsuite_attributes(features: Features, prefix: str = "") -> Attributes:
    """A feature dict as pycrfsuite hands it to CRFsuite, in the same order: a string value
    `"k": "v"` is the attribute `k:v` (weight 1), a list `"k": [a, b]` is `k:a` and `k:b`,
    a number or bool is its own weight. Weights of zero are left out: they add nothing to
    any label's score."""
    out: Attributes = {}
    for name, value in features.items():
        if isinstance(value, str):
            out[f"{prefix}{name}:{value}"] = 1.0
        elif isinstance(value, (list, tuple)):
            for item in value:
                out[f"{prefix}{name}:{item}"] = 1.0
        elif value:
            out[f"{prefix}{name}"] = float(value)
    return out


OFFSETS = (0, -2, -1, 1, 2)  # a word's parts: for itself, then for each neighbour


class TaggingAttributes:
    """The CRF attributes of each word of a sentence, built from per-word parts kept across
    sentences and without the attributes the model does not know (CRFsuite drops them): the
    tagger scores the same attributes, in the same order, as from `sentence_features`, for a
    fraction of the work of building and converting a feature dict per word."""

    MAX_WORDS = 40_000  # words kept (five parts each) before the cache is emptied

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known
        # word -> (its key, its parts at OFFSETS): one lookup per word of a sentence
        self.words: dict[
            str, tuple[str, Attributes, Attributes, Attributes, Attributes, Attributes]
        ] = {}
        self.bias: Attributes = {"bias": 1.0} if "bias" in known else {}
        self.edges = tuple({name: 1.0} if name in known else {} for name in ("-1:edge", "1:edge"))
        # the first key of every pair the model knows, by side: most pairs need no name made
        self.pair_starts = tuple(
            frozenset(a[len(side) :].partition(" ")[0] for a in known if a.startswith(side))
            for side in ("-1:pair:", "1:pair:")
        )

    def part(self, word: str, offset: int) -> Attributes:
        """The attributes a word gives the word `offset` places away (0: itself)."""
        return self.word(word)[1 + OFFSETS.index(offset)]

    def word(
        self, word: str
    ) -> tuple[str, Attributes, Attributes, Attributes, Attributes, Attributes]:
        """A word's key and its parts at OFFSETS, made once."""
        found = self.words.get(word)
        if found is None:
            if len(self.words) >= self.MAX_WORDS:
                self.words.clear()
            feats = word_features(word)
            parts = [
                self.known_attributes(feats, feats if offset == 0 else NEIGHBOUR[offset], offset)
                for offset in OFFSETS
            ]
            found = self.words[word] = (feats["k"], *parts)  # type: ignore[assignment]
        return found

    def known_attributes(self, feats: Features, names: Iterable[str], offset: int) -> Attributes:
        """`crfsuite_attributes` of the features `names` of a word (as `neighbour_features`
        gives them to the word `offset` places away; 0: the word itself), those the model
        knows, without the intermediate dicts."""
        known = self.known
        prefix = f"{offset}:" if offset else ""
        out: Attributes = {}
        for name in names:
            value = feats[name]
            if isinstance(value, str):
                if (attr := f"{prefix}{name}:{value}") in known:
                    out[attr] = 1.0
            elif isinstance(value, (list, tuple)):
                for item in value:
                    if (attr := f"{prefix}{name}:{item}") in known:
                        out[attr] = 1.0
            elif value and (attr := f"{prefix}{name}") in known:
                out[attr] = float(value)  # type: ignore[arg-type]
        return out

    def kept(self, out: Attributes, name: str) -> None:
        if name in self.known:
            out[name] = 1.0

    def sentence(
        self, words: list[str], gazetteer_tags: list[str] | None = None
    ) -> list[Attributes]:
        """What `crfsuite_attributes` makes of each of `sentence_features(words, tags)`."""
        cached = self.words.get
        entries = [cached(w) or self.word(w) for w in words]
        bias = self.bias
        before_edge, after_edge = self.edges
        left_starts, right_starts = self.pair_starts
        tags = gazetteer_tags if gazetteer_tags and any(t != "O" for t in gazetteer_tags) else None
        last = len(words) - 1
        out = []
        # the order of `sentence_features`: bias, own, gaz, then the neighbours at -2, -1, 1, 2
        for i, (key, own, _, _, _, _) in enumerate(entries):
            attrs = {**bias, **own}
            if tags and tags[i] != "O":
                self.kept(attrs, f"gaz:{tags[i]}")
            if i >= 2:
                attrs.update(entries[i - 2][2])
            if i >= 1:
                before = entries[i - 1]
                attrs.update(before[3])
                if before[0] in left_starts:
                    self.kept(attrs, f"-1:pair:{before[0]} {key}")
                if tags and tags[i - 1] != "O":
                    self.kept(attrs, f"-1:gaz:{tags[i - 1]}")
            else:
                attrs.update(before_edge)
            if i < last:
                after = entries[i + 1]
                attrs.update(after[4])
                if key in right_starts:
                    self.kept(attrs, f"1:pair:{key} {after[0]}")
                if tags and tags[i + 1] != "O":
                    self.kept(attrs, f"1:gaz:{tags[i + 1]}")
            else:
                attrs.update(after_edge)
            if i + 2 <= last:
                attrs.update(entries[i + 2][5])
            out.append(attrs)
        return out
