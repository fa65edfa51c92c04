"""Token features for the CRF entity recognizer, shared by training and tagging."""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from rasad.text.normalize import normalize
from rasad.text.tokenize import strip_article, strip_plural

Features = dict[str, object]


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """A word without marks, letter variants, article and plural suffix (lowercase if Latin)."""
    norm = normalize(word).replace(" ", "")
    return strip_plural(strip_article(norm)) if not norm.isascii() else norm.lower()


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


@lru_cache(maxsize=200_000)
def word_features(word: str) -> dict[str, object]:
    """What a single word says about itself (cached: callers must not change the dict)."""
    norm = normalize(word).replace(" ", "")
    key = word_key(word)
    fine, coarse = clusters().get(key, ("-", "-"))
    return {
        "c": fine,
        "cc": coarse,
        "n": norm,
        "k": key,
        "p2": key[:2],
        "p3": key[:3],
        "s2": norm[-2:],
        "s3": norm[-3:],
        "ks3": key[-3:],
        "article": key != norm and not norm.isascii(),
        "title": word[:1].isupper(),
        "upper": word.isupper() and len(word) > 1,
        "digit": any(ch.isdigit() for ch in norm),
        "alpha": word.isalpha(),
        "len": min(len(key), 8),
    }


def sentence_features(words: list[str], gazetteer_tags: list[str] | None = None) -> list[Features]:
    """Feature dicts for each word of a sentence, with its neighbours' main features."""
    own = [word_features(w) for w in words]
    out = []
    for i, feats in enumerate(own):
        f: Features = {"bias": 1.0, **feats}
        if gazetteer_tags and gazetteer_tags[i] != "O":
            f["gaz"] = gazetteer_tags[i]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(own):
                f[f"{offset}:k"] = own[j]["k"]
                f[f"{offset}:cc"] = own[j]["cc"]
                if abs(offset) == 1:
                    f[f"{offset}:n"] = own[j]["n"]
                    f[f"{offset}:s3"] = own[j]["s3"]
                    f[f"{offset}:title"] = own[j]["title"]
                    f[f"{offset}:article"] = own[j]["article"]
                    f[f"{offset}:c"] = own[j]["c"]
                    pair = (own[j]["k"], feats["k"]) if offset < 0 else (feats["k"], own[j]["k"])
                    f[f"{offset}:pair"] = " ".join(pair)
                    if gazetteer_tags and gazetteer_tags[j] != "O":
                        f[f"{offset}:gaz"] = gazetteer_tags[j]
            elif abs(offset) == 1:
                f[f"{offset}:edge"] = True
        out.append(f)
    return out
