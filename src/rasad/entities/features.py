"""Token features for the CRF entity recognizer, shared by training and tagging."""

from __future__ import annotations

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


class TaggingAttributes:
    """The CRF attributes of each word of a sentence, built from per-word parts kept across
    sentences and without the attributes the model does not know (CRFsuite drops them): the
    tagger scores the same attributes, in the same order, as from `sentence_features`, for a
    fraction of the work of building and converting a feature dict per word."""

    MAX_WORDS = 200_000  # parts kept before the cache is emptied (memory stays bounded)

    def __init__(self, known: frozenset[str]) -> None:
        self.known = known
        self.parts: dict[tuple[str, int], Attributes] = {}

    def part(self, word: str, offset: int) -> Attributes:
        """The attributes a word gives the word `offset` places away (0: itself)."""
        key = (word, offset)
        found = self.parts.get(key)
        if found is None:
            if len(self.parts) >= self.MAX_WORDS:
                self.parts.clear()
            feats = word_features(word) if offset == 0 else neighbour_features(word, offset)
            found = self.parts[key] = {
                k: v for k, v in crfsuite_attributes(feats).items() if k in self.known
            }
        return found

    def kept(self, out: Attributes, name: str) -> None:
        if name in self.known:
            out[name] = 1.0

    def sentence(
        self, words: list[str], gazetteer_tags: list[str] | None = None
    ) -> list[Attributes]:
        """What `crfsuite_attributes` makes of each of `sentence_features(words, tags)`."""
        keys = [word_features(w)["k"] for w in words]
        last = len(words) - 1
        out = []
        for i, word in enumerate(words):
            attrs: Attributes = {}
            self.kept(attrs, "bias")
            attrs.update(self.part(word, 0))
            if gazetteer_tags and gazetteer_tags[i] != "O":
                self.kept(attrs, f"gaz:{gazetteer_tags[i]}")
            for offset in (-2, -1, 1, 2):
                j = i + offset
                if 0 <= j <= last:
                    attrs.update(self.part(words[j], offset))
                    if abs(offset) == 1:
                        pair = (keys[j], keys[i]) if offset < 0 else (keys[i], keys[j])
                        self.kept(attrs, f"{offset}:pair:{pair[0]} {pair[1]}")
                        if gazetteer_tags and gazetteer_tags[j] != "O":
                            self.kept(attrs, f"{offset}:gaz:{gazetteer_tags[j]}")
                elif abs(offset) == 1:
                    self.kept(attrs, f"{offset}:edge")
            out.append(attrs)
        return out
