"""`rasad eval extraction`: body extraction scored on public benchmarks, next to trafilatura.

- scrapinghub-article-extraction-en: token precision/recall/F1 of the article body
  (whitespace tokens, bag-of-tokens overlap, as the benchmark's own evaluate.py).
- trafilatura-eval-subset: snippets that must appear (`with`) and must not (`without`).
"""

from __future__ import annotations

import gzip
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.readers import declared_charset, decode_bytes

Extractor = Callable[[str], str]


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-whitespace-tokens precision, recall and F1."""
    pred, ref = Counter(predicted.split()), Counter(gold.split())
    overlap = sum((pred & ref).values())
    p = overlap / sum(pred.values()) if pred else 0.0
    r = overlap / sum(ref.values()) if ref else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rasad_extractor(settings: Settings) -> Extractor:
    """Our extract + clean stages as a function of HTML."""
    pipeline = build_pipeline(settings, ["extract", "clean"])

    def run(html: str) -> str:
        doc = pipeline(Document(id="eval", source="eval", html=html))
        return doc.text

    return run


def trafilatura_extractor(html: str) -> str:
    """trafilatura's extraction with its defaults."""
    import trafilatura

    return trafilatura.extract(html) or ""


def _read_html(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    return decode_bytes(data, declared_charset(data))[0]


def score_scrapinghub(root: Path, extract: Extractor) -> dict[str, float]:
    """Mean token P/R/F1 over the benchmark's pages."""
    gold = json.loads((root / "ground-truth.json").read_text("utf-8"))
    scores, started = [], time.perf_counter()
    for page_id, item in sorted(gold.items()):
        path = root / "html" / f"{page_id}.html.gz"
        if path.exists():
            scores.append(token_prf(extract(_read_html(path)), item["articleBody"]))
    n = len(scores) or 1
    return {
        "pages": len(scores),
        "precision": sum(s[0] for s in scores) / n,
        "recall": sum(s[1] for s in scores) / n,
        "f1": sum(s[2] for s in scores) / n,
        "seconds": time.perf_counter() - started,
    }


def score_snippets(root: Path, extract: Extractor) -> dict[str, float]:
    """Snippet precision/recall/F1: `with` found are true positives, `without` found are false."""
    gold = json.loads((root / "evaldata_subset.json").read_text("utf-8"))
    tp = fn = fp = tn = pages = 0
    started = time.perf_counter()
    for item in gold.values():
        path = root / "html" / f"{item['file']}.gz"
        if not path.exists():
            path = root / "html" / item["file"]
        if not path.exists():
            continue
        pages += 1
        text = extract(_read_html(path))
        found = [s in text for s in item.get("with", [])]
        leaked = [s in text for s in item.get("without", [])]
        tp, fn = tp + sum(found), fn + found.count(False)
        fp, tn = fp + sum(leaked), tn + leaked.count(False)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pages": pages,
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "accuracy": (tp + tn) / max(tp + tn + fp + fn, 1),
        "seconds": time.perf_counter() - started,
    }


def evaluate_extraction(shared: Path, settings: Settings) -> dict[str, Any]:
    """Both datasets, rasad and trafilatura's defaults, in one run."""
    systems = {"rasad": rasad_extractor(settings), "trafilatura": trafilatura_extractor}
    datasets = {
        "scrapinghub-article-extraction-en": score_scrapinghub,
        "trafilatura-eval-subset": score_snippets,
    }
    result: dict[str, Any] = {}
    for name, scorer in datasets.items():
        root = shared / "eval" / name
        if root.is_dir():
            result[name] = {system: scorer(root, fn) for system, fn in systems.items()}
    return result


def format_extraction_report(result: dict[str, Any]) -> str:
    """A table: dataset, system, precision, recall, F1, seconds."""
    lines = [f"{'dataset':<36} {'system':<12} {'P':>6} {'R':>6} {'F1':>6} {'sec':>6}"]
    for dataset, systems in result.items():
        for system, s in systems.items():
            lines.append(
                f"{dataset:<36} {system:<12} {s['precision']:>6.3f} {s['recall']:>6.3f} "
                f"{s['f1']:>6.3f} {s['seconds']:>6.1f}"
            )
    return "\n".join(lines)
