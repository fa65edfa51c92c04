"""`rasad eval ner`: entity recognition on the public test splits, next to a gazetteer baseline.

Exact-span scoring (conlleval style): a predicted entity counts when its tokens and type both
match a gold entity. Gold sentences are joined with spaces, recognised as running text, and
predicted character spans are mapped back to gold tokens.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasad.entities.corpus import read_conll, spans_of
from rasad.entities.recognise import Mention, gazetteer_matches, recognise, word_spans

# (folder, file, tag scheme, language, types scored)
TEST_SETS = {
    "anercorp-camel-test": (
        "ANERCorp_CamelLab_test.txt",
        "anercorp",
        "ar",
        ("PER", "ORG", "LOC", "MISC"),
    ),
    "newsfane-gold-ar": ("NewsFANE_Gold_first800.tsv", "newsfane", "ar", ("PER", "ORG", "LOC")),
    "arman-personer-fa": ("test_fold1_first800.txt", "arman", "fa", ("PER", "ORG", "LOC", "MISC")),
}
Recogniser = Callable[[str, str], list[Mention]]


def gazetteer_only(text: str, lang: str) -> list[Mention]:
    """The baseline: longest gazetteer matches, nothing learned."""
    return gazetteer_matches(text, word_spans(text, 0, len(text)))


def predicted_spans(words: list[str], lang: str, system: Recogniser) -> set[tuple[int, int, str]]:
    """A system's mentions on a gold sentence, as (first token, end token, type)."""
    starts, ends, pos = {}, {}, 0
    for i, word in enumerate(words):
        starts[pos], ends[pos + len(word)] = i, i + 1
        pos += len(word) + 1
    text = " ".join(words)
    return {
        (starts[start], ends[m.end], "LOC" if m.type == "GPE" else m.type)  # sets have no GPE
        for m in system(text, lang)
        for start in [_token_start(text, m.start, starts) if m.canonical else m.start]
        if start in starts and m.end in ends and not m.demonym  # an adjective: no set's name
    }


def _token_start(text: str, start: int, starts: dict[int, int]) -> int:
    """Where the gold token holding a gazetteer name's first letters starts: rasad leaves the
    Arabic proclitics written onto a listed name outside its span (ب[الرياض],
    `recognise.without_proclitics`), the sets' tokens keep them."""
    k = start
    while k > 0 and k not in starts and start - k < 3 and text[k - 1] in ARABIC_PROCLITICS:
        k -= 1
    return k if k in starts else start


ARABIC_PROCLITICS = frozenset("وفبلك")


def score(gold: Counter, pred: Counter, hit: Counter, types: tuple[str, ...]) -> dict[str, Any]:
    """Per-type and micro precision/recall/F1."""

    def prf(tp: int, p: int, g: int) -> dict[str, float]:
        precision, recall = (tp / p if p else 0.0), (tp / g if g else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1, "support": g}

    out = {t: prf(hit[t], pred[t], gold[t]) for t in types}
    out["micro"] = prf(
        sum(hit[t] for t in types), sum(pred[t] for t in types), sum(gold[t] for t in types)
    )
    return out


def evaluate_set(
    path: Path, scheme: str, lang: str, types: tuple[str, ...], system: Recogniser
) -> dict[str, Any]:
    """Scores of a system on one gold file."""
    return evaluate_sentences(read_conll(path, scheme), lang, types, system)


def evaluate_sentences(
    sentences: list[list[tuple[str, str]]], lang: str, types: tuple[str, ...], system: Recogniser
) -> dict[str, Any]:
    """Scores of a system on gold sentences of (word, BIO tag) (also a dev split's)."""
    gold_n, pred_n, hit_n = Counter(), Counter(), Counter()
    started = time.perf_counter()
    for sentence in sentences:
        words = [w for w, _ in sentence]
        gold = {s for s in spans_of([t for _, t in sentence]) if s[2] in types}
        pred = {s for s in predicted_spans(words, lang, system) if s[2] in types}
        gold_n.update(k for _, _, k in gold)
        pred_n.update(k for _, _, k in pred)
        hit_n.update(k for _, _, k in gold & pred)
    result = score(gold_n, pred_n, hit_n, types)
    result["sentences"] = len(sentences)
    result["sentences_per_second"] = len(sentences) / (time.perf_counter() - started)
    return result


def evaluate_ner(shared: Path) -> dict[str, Any]:
    """Every test set present, rasad and the gazetteer baseline."""
    systems = {"rasad": recognise, "gazetteer": gazetteer_only}
    result: dict[str, Any] = {}
    for name, (file, scheme, lang, types) in TEST_SETS.items():
        path = shared / "eval" / name / file
        if path.exists():
            result[name] = {
                s: evaluate_set(path, scheme, lang, types, fn) for s, fn in systems.items()
            }
    return result


def format_ner_report(result: dict[str, Any]) -> str:
    """A table: test set, system, per-type F1 and micro P/R/F1."""
    lines = [
        f"{'test set':<22} {'system':<10} {'PER':>5} {'ORG':>5} {'LOC':>5} {'MISC':>5}  "
        f"{'micro P':>7} {'R':>5} {'F1':>5} {'sent/s':>7}"
    ]
    for name, systems in result.items():
        for system, r in systems.items():
            per_type = " ".join(
                f"{r[t]['f1']:>5.3f}" if t in r else "    -" for t in ("PER", "ORG", "LOC", "MISC")
            )
            m = r["micro"]
            lines.append(
                f"{name:<22} {system:<10} {per_type}  {m['precision']:>7.3f} {m['recall']:>5.3f} "
                f"{m['f1']:>5.3f} {r['sentences_per_second']:>7.0f}"
            )
    return "\n".join(lines)
