"""`rasad eval claims`: how rasad relates two statements, on hand-labelled pairs from the corpora.

Pairs live in `eval/labels/claim_pairs.tsv` as article ids and sentence offsets; the sentences
are read from `../shared/corpus/*/articles.jsonl`. Each statement becomes a one-sentence
Document (language, the article's publication day, its numbers) and
`rasad.analysis.stories.compare_statements` labels the pair. Precision and recall per label.
"""

from __future__ import annotations

import csv
import hashlib
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rasad.analysis.stories import STATEMENT_LABELS, compare_statements
from rasad.eval.shared import corpus_articles
from rasad.model import Document
from rasad.stages.numbers import find_numbers

LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels"


def read_pairs(path: Path) -> list[dict[str, Any]]:
    """Rows of claim_pairs.tsv, offsets as integers."""
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        for key in ("start_a", "end_a", "start_b", "end_b"):
            row[key] = int(row[key])
    return rows


def statement(article: dict[str, Any], start: int, end: int) -> Document:
    """One sentence of an article as a Document: its language, publication day and numbers."""
    text = article["text"][start:end]
    doc = Document(id=f"{article['id']}:{start}", source=article["id"], text=text)
    doc.lang = article["lang"]
    day = article.get("published")
    if day:
        doc.published = {
            "value": day,
            "precision": "day",
            "window": [day, day],
            "source": "metadata",
        }
    doc.numbers = find_numbers(text, doc.lang)  # type: ignore[assignment]
    return doc


def sentence_sha1(article: dict[str, Any], start: int, end: int) -> str:
    return hashlib.sha1(article["text"][start:end].encode()).hexdigest()[:10]


def evaluate_claims(shared: Path, labels: Path = LABELS / "claim_pairs.tsv") -> dict[str, Any]:
    """Per-label precision/recall of compare_statements on the labelled pairs."""
    if not labels.exists():
        return {}
    rows = read_pairs(labels)
    articles = corpus_articles(shared, {r[k] for r in rows for k in ("article_a", "article_b")})
    started, confusion = time.perf_counter(), Counter()
    for row in rows:
        a, b = articles.get(row["article_a"]), articles.get(row["article_b"])
        if a is None or b is None:
            continue
        predicted = compare_statements(
            statement(a, row["start_a"], row["end_a"]), statement(b, row["start_b"], row["end_b"])
        )
        confusion[(row["label"], predicted)] += 1
    if not confusion:
        return {}
    per_label = {}
    for label in STATEMENT_LABELS:
        hit = confusion[(label, label)]
        said = sum(n for (_, p), n in confusion.items() if p == label)
        gold = sum(n for (g, _), n in confusion.items() if g == label)
        per_label[label] = {
            "precision": hit / said if said else 0.0,
            "recall": hit / gold if gold else 0.0,
            "predicted": said,
            "gold": gold,
        }
    total = sum(confusion.values())
    return {
        "claim-pairs": {
            "pairs": total,
            "accuracy": sum(n for (g, p), n in confusion.items() if g == p) / total,
            "labels": per_label,
            "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(confusion.items())},
            "seconds": time.perf_counter() - started,
        }
    }


def format_claims_report(result: dict[str, Any]) -> str:
    r = result["claim-pairs"]
    lines = [
        f"claim pairs: {r['pairs']}, accuracy {r['accuracy']:.3f}",
        f"{'label':<18} {'precision':>9} {'recall':>7} {'predicted':>9} {'gold':>5}",
    ]
    for label, s in r["labels"].items():
        lines.append(
            f"{label:<18} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['predicted']:>9} {s['gold']:>5}"
        )
    return "\n".join(lines)
