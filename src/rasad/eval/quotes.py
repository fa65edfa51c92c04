"""`rasad eval quotes`: quote content spans and speakers on PolNeAR (English attribution gold).

Each article's text is analysed as it is (entities, then quotes) so offsets stay aligned with
the brat annotations. Content: token-level precision/recall/F1 between predicted quote spans
and gold Content spans (tokens are character ranges of words, so credit is partial).
Speaker: among gold relations whose content a prediction overlaps, the share whose predicted
speaker shares a word with the gold Source (pronouns count when the gold Source is that
pronoun).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes

_WORD = re.compile(r"\w+")
STOP = {"the", "a", "an", "of", "and", "mr", "ms", "mrs", "said"}


def read_ann(path: Path) -> list[dict[str, Any]]:
    """Attribution relations of one brat file: content span, source text and span, cue."""
    spans, relations = {}, []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, *offsets = parts[1].split()
            if len(offsets) == 2 and all(o.isdigit() for o in offsets):
                spans[parts[0]] = (kind, int(offsets[0]), int(offsets[1]), parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":") for r in parts[1].split() if ":" in r)
            content = spans.get(roles.get("Content", ""))
            if content:
                source = spans.get(roles.get("Source", ""))
                relations.append(
                    {"content": (content[1], content[2]), "source": source[3] if source else None}
                )
    return relations


def words(text: str, start: int, end: int) -> set[int]:
    """Character positions of word characters in [start, end) — a token-overlap proxy."""
    return {m.start() + start for m in _WORD.finditer(text[start:end])}


def article_files(root: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs, one annotation file per article (the first in sort order)."""
    seen, out = set(), []
    for ann in sorted((root / "test" / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        text = root / "test" / "text" / f"{name}.txt"
        if name not in seen and text.exists():
            seen.add(name)
            out.append((text, ann))
    return out


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return False
    p = {w.lower() for w in _WORD.findall(predicted)} - STOP
    g = {w.lower() for w in _WORD.findall(gold)} - STOP
    return bool(p & g)


def evaluate_quotes(shared: Path) -> dict[str, Any]:
    root = shared / "eval" / "polnear-attribution-en"
    if not root.is_dir():
        return {}
    overlap = predicted_total = gold_total = 0
    with_source = right_speaker = 0
    started = time.perf_counter()
    files = article_files(root)
    for text_path, ann_path in files:
        text = text_path.read_text("utf-8")
        doc = Document(id=text_path.stem, source=str(text_path), text=text, lang="en")
        doc.entities = find_entities(text, "en")  # type: ignore[assignment]
        predicted = find_quotes(doc)
        gold = read_ann(ann_path)
        pred_words = (
            set().union(*(words(text, q["start"], q["end"]) for q in predicted))
            if predicted
            else set()
        )
        gold_words = set().union(*(words(text, *g["content"]) for g in gold)) if gold else set()
        overlap += len(pred_words & gold_words)
        predicted_total += len(pred_words)
        gold_total += len(gold_words)
        for g in gold:
            gw = words(text, *g["content"])
            best = max(
                predicted, key=lambda q: len(words(text, q["start"], q["end"]) & gw), default=None
            )
            if g["source"] and best and words(text, best["start"], best["end"]) & gw:
                with_source += 1
                right_speaker += same_speaker(best["speaker_text"], g["source"])
    p = overlap / predicted_total if predicted_total else 0.0
    r = overlap / gold_total if gold_total else 0.0
    return {
        "polnear-attribution-en": {
            "articles": len(files),
            "content_precision": p,
            "content_recall": r,
            "content_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_accuracy": right_speaker / with_source if with_source else 0.0,
            "speaker_pairs": with_source,
            "seconds": time.perf_counter() - started,
        }
    }


def format_quotes_report(result: dict[str, Any]) -> str:
    lines = [f"{'test set':<24} {'content P':>9} {'R':>6} {'F1':>6} {'speaker acc':>12}"]
    for name, r in result.items():
        lines.append(
            f"{name:<24} {r['content_precision']:>9.3f} {r['content_recall']:>6.3f} "
            f"{r['content_f1']:>6.3f} {r['speaker_accuracy']:>8.3f} (n={r['speaker_pairs']})"
        )
    return "\n".join(lines)
