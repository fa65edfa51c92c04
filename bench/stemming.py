"""Arabic light stemming: conflation on a hand-annotated word list, and what it does to search.

(a) Conflation: every pair of words in `tests/data/ar/stem_groups.tsv` (397 words, 92 lemmas)
is "same" when a stemmer gives both one stem; precision/recall against the annotated lemmas.
(b) Search: on saudinewsnet_ar (../shared/corpus), each annotated form found in the corpus
is a query; a document is relevant when it holds any annotated form of the same lemma, and
is retrieved when one of its words has the query's search key or (with a stemmer) its stem.
Relevance counts only annotated forms, so precision here is a lower bound.

Stemmers: search keys alone (what the index held before), rasad's light stemmer as the index
uses it (`rasad.analysis.search`: marked stem terms, a query's alternatives), and, when installed, ISRI (nltk, root-based) and Tashaphyne's light stemmer.

    .venv/bin/python bench/stemming.py [--shared PATH] [--docs 5245]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

from rasad.eval.shared import find_shared
from rasad.text.stem import key_alternatives, light_stem, stem_term
from rasad.text.tokenize import word_forms

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "ar" / "stem_groups.tsv"
WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")


RASAD = "rasad light_stem"


def gold() -> dict[str, str]:
    """word → lemma."""
    rows = [line.split("\t") for line in GOLD.read_text("utf-8").splitlines()]
    return {r[0]: r[1] for r in rows if r and not r[0].startswith("#")}


def key(word: str) -> str:
    return word_forms(word)[1]


def stemmers() -> dict[str, Callable[[str], str]]:
    """name → function from a surface word to the term it is matched by."""
    out: dict[str, Callable[[str], str]] = {
        "keys only (before)": key,
        RASAD: lambda w: light_stem(key(w)),
    }
    try:
        from nltk.stem.isri import ISRIStemmer

        isri = ISRIStemmer()
        out["ISRI (nltk)"] = lambda w: key(isri.stem(w))
    except ImportError:
        pass
    try:
        from tashaphyne.stemming import ArabicLightStemmer

        light = ArabicLightStemmer()

        def tashaphyne(w: str) -> str:
            light.light_stem(w)
            return key(light.get_stem())

        out["Tashaphyne light"] = tashaphyne
    except ImportError:
        pass
    return out


def conflation(lemmas: dict[str, str], stem: Callable[[str], str]) -> tuple[float, float, float]:
    """Pairwise precision, recall, F1 of "same stem" against "same lemma"."""
    stems = {w: stem(w) for w in lemmas}
    tp = fp = fn = 0
    for a, b in combinations(lemmas, 2):
        same, predicted = lemmas[a] == lemmas[b], stems[a] == stems[b]
        tp += same and predicted
        fp += predicted and not same
        fn += same and not predicted
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def corpus_words(shared: Path, limit: int) -> list[set[str]]:
    """The distinct words of each Arabic article."""
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    with path.open(encoding="utf-8") as f:
        items = [json.loads(line) for _, line in zip(range(limit), f, strict=False)]
    return [set(WORD.findall(f"{i.get('title') or ''}\n{i['text']}")) for i in items]


Terms = Callable[[str], set[str]]


def symmetric(stem: Callable[[str], str]) -> tuple[Terms, Terms]:
    """A word matches a query when they share a key or a stem."""

    def terms(w: str) -> set[str]:
        return {key(w), "stem:" + stem(w)}

    return terms, terms


def rasad_terms() -> tuple[Terms, Terms]:
    """What rasad indexes for a word of an Arabic document, and what a query key matches."""

    def indexed(w: str) -> set[str]:
        return {key(w), stem_term(key(w)) or key(w)}

    return indexed, lambda q: set(key_alternatives(key(q)))


def search_effect(
    lemmas: dict[str, str], docs: list[set[str]], matching: tuple[Terms, Terms]
) -> tuple[float, float, int]:
    """Mean precision and recall over queries, and the number of queries."""
    indexed, wanted = matching
    by_key: dict[str, set[int]] = defaultdict(set)
    by_term: dict[str, set[int]] = defaultdict(set)
    for n, words in enumerate(docs):
        for w in words:
            by_key[key(w)].add(n)
            for term in indexed(w):
                by_term[term].add(n)
    relevant: dict[str, set[int]] = defaultdict(set)
    for w, lemma in lemmas.items():
        relevant[lemma] |= by_key.get(key(w), set())
    precisions, recalls = [], []
    for w, lemma in lemmas.items():
        if not by_key.get(key(w)) or len(relevant[lemma]) < 2:
            continue
        found = set().union(*(by_term.get(t, set()) for t in wanted(w)))
        hit = len(found & relevant[lemma])
        precisions.append(hit / len(found))
        recalls.append(hit / len(relevant[lemma]))
    return sum(precisions) / len(precisions), sum(recalls) / len(recalls), len(recalls)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path)
    parser.add_argument("--docs", type=int, default=5245)
    args = parser.parse_args()
    lemmas = gold()
    print(f"(a) conflation on {GOLD.name}: {len(lemmas)} words, {len(set(lemmas.values()))} lemmas")
    print(f"{'stemmer':<22} {'pair P':>7} {'pair R':>7} {'F1':>6}")
    systems = stemmers()
    for name, stem in systems.items():
        p, r, f = conflation(lemmas, stem)
        print(f"{name:<22} {p:>7.3f} {r:>7.3f} {f:>6.3f}")
    shared = find_shared(args.shared)
    if shared is None:
        print("(b) skipped: ../shared not found")
        return
    docs = corpus_words(shared, args.docs)
    print(f"(b) search on saudinewsnet_ar: {len(docs)} articles, one query per annotated form")
    print(f"{'stemmer':<22} {'mean P':>7} {'mean R':>7} {'queries':>8} {'s':>5}")
    for name, stem in systems.items():
        started = time.perf_counter()
        matching = rasad_terms() if name == RASAD else symmetric(stem)
        p, r, n = search_effect(lemmas, docs, matching)
        print(f"{name:<22} {p:>7.3f} {r:>7.3f} {n:>8} {time.perf_counter() - started:>5.1f}")


if __name__ == "__main__":
    main()
