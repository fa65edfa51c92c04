"""`rasad eval numbers`: number expressions in real Arabic articles (`eval/labels/numbers_ar.tsv`,
35 SaudiNewsNet articles annotated before any tuning; see `eval/labels/quotes_numbers_heldout.md`).

Each article's text is analysed as it is (dates, then numbers). A gold number is *found* when a
predicted number overlaps its span; its *value* is right when the predicted value (and, for a
range, its upper end) equals the gold one; its *counted noun* is right when the predicted noun is
the gold noun (its first word, a clitic و/ب/ل/ف allowed on the prediction), or, where the gold
noun is empty (an elided noun: «وأصيب 4 آخرون», a percentage), when no noun is predicted. A number
is right when it is found with its value and noun right. Casualty counts (killed, injured) are
scored on their own: a killed count called injured, or the reverse, is a confusion.
"""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path
from typing import Any

from rasad.eval.quotes import LABELS, heldout_articles
from rasad.eval.shared import corpus_articles
from rasad.stages.dates import find_temporal
from rasad.stages.numbers import find_numbers
from rasad.text.normalize import fold_same_length

_MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # harakat and tatweel
PROCLITICS = ("و", "ب", "ل", "ف", "وب", "ول", "فب")


def read_number_labels(path: Path) -> list[dict[str, Any]]:
    """Rows of numbers_ar.tsv with offsets as integers (an empty noun span as None)."""
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["start"], row["end"] = int(row["start"]), int(row["end"])
        for key in ("noun_start", "noun_end"):
            row[key] = int(row[key]) if row[key] else None
    return rows


def gold_value(value: str) -> tuple[float, float | None]:
    """(value, upper end of a range or None): "23-29" → (23, 29)."""
    low, _, high = value.partition("-")
    return float(low), float(high) if high else None


def head(word: str | None) -> str:
    """The first word of a noun, folded, its marks dropped."""
    words = _MARKS.sub("", fold_same_length(word or "")).split()
    return words[0] if words else ""


def noun_right(predicted: str | None, gold: str) -> bool:
    if not gold:
        return not predicted
    p, g = head(predicted), head(gold)
    return bool(p) and (p == g or any(p == c + g for c in PROCLITICS))


def value_right(predicted: dict[str, Any], gold: str) -> bool:
    low, high = gold_value(gold)
    if float(predicted["value"]) != low:
        return False
    return high is None or float(predicted.get("high") or 0) == high


def analysed_numbers(article_id: str, text: str) -> list[dict[str, Any]]:
    """rasad's numbers in an Arabic text taken as it is, dates found first as the stage does."""
    dates = find_temporal(text, "ar", None)
    spans = [(d["start"], d["end"]) for d in dates if d.get("type") != "duration"]
    return find_numbers(text, "ar", spans)


class NumberScore:
    """Counts over gold numbers (found, value, noun, both) and predictions (matched)."""

    def __init__(self) -> None:
        self.gold = self.found = self.value = self.noun = self.right = 0
        self.predicted = self.matched = self.articles = 0
        self.casualty = self.casualty_right = self.confused = self.false_casualty = 0

    def add(self, predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> None:
        self.articles += 1
        self.gold += len(gold)
        self.predicted += len(predicted)
        overlapping = [
            [p for p in predicted if p["start"] < g["end"] and g["start"] < p["end"]] for g in gold
        ]
        self.matched += sum(
            any(p["start"] < g["end"] and g["start"] < p["end"] for g in gold) for p in predicted
        )
        for g, near in zip(gold, overlapping, strict=True):
            found = max(
                near,
                key=lambda p: min(p["end"], g["end"]) - max(p["start"], g["start"]),
                default=None,
            )
            self.add_casualty(found, g["casualty"])
            if found is None:
                continue
            self.found += 1
            v, n = value_right(found, g["value"]), noun_right(found.get("counts"), g["noun"])
            self.value += v
            self.noun += n
            self.right += v and n
        for p in predicted:  # a casualty said of a number that counts none
            if p.get("casualty") and not any(
                g["casualty"] and p["start"] < g["end"] and g["start"] < p["end"] for g in gold
            ):
                self.false_casualty += 1

    def add_casualty(self, found: dict[str, Any] | None, gold: str) -> None:
        if not gold:
            return
        said = (found or {}).get("casualty")
        self.casualty += 1
        self.casualty_right += said == gold
        self.confused += bool(said) and said != gold

    def result(self, started: float) -> dict[str, Any]:
        def share(n: int, d: int) -> float:
            return n / d if d else 0.0

        return {
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "recall": share(self.found, self.gold),
            "precision": share(self.matched, self.predicted),
            "value_accuracy": share(self.value, self.gold),
            "noun_accuracy": share(self.noun, self.gold),
            "accuracy": share(self.right, self.gold),
            "casualty": self.casualty,
            "casualty_accuracy": share(self.casualty_right, self.casualty),
            "killed_injured_confused": self.confused,
            "false_casualty": self.false_casualty,
            "seconds": time.perf_counter() - started,
        }


def evaluate_numbers(shared: Path, labels: Path = LABELS) -> dict[str, Any]:
    """Scores on the held-out Arabic numbers (all 35 articles, and the random 30 alone) and on
    the development set (`numbers_dev.tsv`, tuned on)."""
    if not (labels / "numbers_ar.tsv").exists():
        return {}
    articles = [a for a in heldout_articles(labels / "heldout_articles.tsv") if a["lang"] == "ar"]
    sets = [("numbers-ar", "numbers_ar.tsv", articles, None)]
    sets.append(("numbers-ar (random)", "numbers_ar.tsv", articles, "random"))
    if (labels / "numbers_dev.tsv").exists():
        dev = heldout_articles(labels / "numbers_dev_articles.tsv")
        sets.append(("numbers-dev", "numbers_dev.tsv", dev, None))
    wanted = {a["article"] for _, _, listed, _ in sets for a in listed}
    texts = corpus_articles(shared, wanted, ["saudinewsnet_ar"])
    if not texts:
        return {}
    out = {}
    for name, file, group_articles, group in sets:
        rows = read_number_labels(labels / file)
        score, started = NumberScore(), time.perf_counter()
        for a in group_articles:
            if a["article"] in texts and group in (None, a["group"]):
                text = texts[a["article"]]["text"]
                gold = [r for r in rows if r["article"] == a["article"]]
                score.add(analysed_numbers(a["article"], text), gold)
        out[name] = score.result(started)
    return out


def format_numbers_report(result: dict[str, Any]) -> str:
    lines = [
        f"{'test set':<22} {'found':>6} {'prec':>6} {'value':>6} {'noun':>6} {'both':>6} "
        f"{'casualty':>9} {'confused':>9}"
    ]
    for name, r in result.items():
        lines.append(
            f"{name:<22} {r['recall']:>6.3f} {r['precision']:>6.3f} {r['value_accuracy']:>6.3f} "
            f"{r['noun_accuracy']:>6.3f} {r['accuracy']:>6.3f} {r['casualty_accuracy']:>9.3f} "
            f"{r['killed_injured_confused']:>9} (gold {r['gold']}, predicted {r['predicted']})"
        )
    return "\n".join(lines)
