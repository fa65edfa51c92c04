"""`rasad eval quotes`: quote content spans and speakers on PolNeAR (English attribution gold)
and on rasad's own hand-annotated Arabic/Persian set (`eval/labels/quotes_ar_fa.tsv`).

Each article's text is analysed as it is (entities, then quotes) so offsets stay aligned with
the brat annotations. Content: token-level precision/recall/F1 between predicted quote spans
and gold Content spans (tokens are character ranges of words, so credit is partial).
Speaker: among gold relations whose content a prediction overlaps, the share whose predicted
speaker shares a word with the gold Source (pronouns count when the gold Source is that
pronoun).
"""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path
from typing import Any

from rasad.eval.shared import corpus_articles
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes
from rasad.text.normalize import fold_same_length

_WORD = re.compile(r"\w+")
STOP = {"the", "a", "an", "of", "and", "mr", "ms", "mrs", "said"}
# Function words that would make any two Arabic/Persian role phrases "share a word".
STOP |= {"فی", "من", "عن", "علی", "ل", "از", "در", "به", "با", "این", "که", "و"}
LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels"
CORPORA = {"ar": "saudinewsnet_ar", "fa": "farsnews_fa"}


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


def speaker_words(name: str) -> set[str]:
    """Content words of a speaker name, letter variants folded and the article ال dropped."""
    found = {w.lower() for w in _WORD.findall(fold_same_length(name))}
    return {w[2:] if w.startswith("ال") and len(w) > 4 else w for w in found} - STOP


def same_speaker(predicted: str | None, *gold: str | None) -> bool:
    """Whether a predicted speaker shares a content word with any gold form of the speaker."""
    if not predicted:
        return False
    p = speaker_words(predicted)
    return any(g and p & speaker_words(g) for g in gold)


class SpanScore:
    """Word-overlap counts for content spans and speaker agreement, summed over articles."""

    def __init__(self) -> None:
        self.overlap = self.predicted = self.gold = self.pairs = self.right = 0
        self.articles = 0

    def add(self, text: str, predicted: list[dict], gold: list[dict[str, Any]]) -> None:
        """One article: gold items hold `content` (start, end) and `speakers` (gold names)."""
        pred_words = [words(text, q["start"], q["end"]) for q in predicted]
        gold_words = [words(text, *g["content"]) for g in gold]
        all_pred, all_gold = set().union(*pred_words), set().union(*gold_words)
        self.articles += 1
        self.overlap += len(all_pred & all_gold)
        self.predicted += len(all_pred)
        self.gold += len(all_gold)
        for g, gw in zip(gold, gold_words, strict=True):
            best = max(range(len(predicted)), key=lambda i: len(pred_words[i] & gw), default=None)
            if g["speakers"] and best is not None and pred_words[best] & gw:
                self.pairs += 1
                self.right += same_speaker(predicted[best]["speaker_text"], *g["speakers"])

    def result(self, started: float) -> dict[str, Any]:
        p = self.overlap / self.predicted if self.predicted else 0.0
        r = self.overlap / self.gold if self.gold else 0.0
        return {
            "articles": self.articles,
            "content_precision": p,
            "content_recall": r,
            "content_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_accuracy": self.right / self.pairs if self.pairs else 0.0,
            "speaker_pairs": self.pairs,
            "seconds": time.perf_counter() - started,
        }


def analysed_quotes(article_id: str, text: str, lang: str) -> list[dict]:
    """rasad's quotes in a text taken as it is (so gold offsets stay aligned)."""
    doc = Document(id=article_id, source=article_id, text=text, lang=lang)
    doc.entities = find_entities(text, lang)  # type: ignore[assignment]
    return find_quotes(doc)


def evaluate_polnear(shared: Path) -> dict[str, Any]:
    """Content and speaker scores on PolNeAR's test articles (English)."""
    root = shared / "eval" / "polnear-attribution-en"
    if not root.is_dir():
        return {}
    score, started = SpanScore(), time.perf_counter()
    for text_path, ann_path in article_files(root):
        text = text_path.read_text("utf-8")
        gold = [
            {"content": g["content"], "speakers": [g["source"]] if g["source"] else []}
            for g in read_ann(ann_path)
        ]
        score.add(text, analysed_quotes(text_path.stem, text, "en"), gold)
    return {"polnear-attribution-en": score.result(started)}


def read_quote_labels(path: Path) -> list[dict[str, Any]]:
    """Rows of quotes_ar_fa.tsv with offsets as integers and `direct` as a bool."""
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        for key in ("content_start", "content_end", "cue_start", "cue_end"):
            row[key] = int(row[key])
        for key in ("speaker_start", "speaker_end"):
            row[key] = int(row[key]) if row[key] else None
        row["direct"] = row["direct"] == "true"
    return rows


def corpus_texts(shared: Path, ids: set[str]) -> dict[str, str]:
    """Texts of the given article ids from the shared Arabic and Persian corpora."""
    return {i: a["text"] for i, a in corpus_articles(shared, ids, CORPORA.values()).items()}


def evaluate_ar_fa(shared: Path, labels: Path = LABELS / "quotes_ar_fa.tsv") -> dict[str, Any]:
    """Content and speaker scores on the hand-annotated Arabic and Persian quotes, per language."""
    if not labels.exists():
        return {}
    rows = read_quote_labels(labels)
    texts = corpus_texts(shared, {r["article"] for r in rows})
    by_article: dict[str, list[dict]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    out = {}
    for lang in CORPORA:
        score, started = SpanScore(), time.perf_counter()
        for article, gold in sorted(by_article.items()):
            if gold[0]["lang"] != lang or article not in texts:
                continue
            items = [
                {
                    "content": (g["content_start"], g["content_end"]),
                    "speakers": [g["speaker"], g["speaker_text"]],
                }
                for g in gold
            ]
            score.add(texts[article], analysed_quotes(article, texts[article], lang), items)
        if score.articles:
            out[f"quotes-ar-fa ({lang})"] = score.result(started)
    return out


def evaluate_quotes(shared: Path) -> dict[str, Any]:
    """PolNeAR (en) and the hand-annotated ar/fa set, whichever are present."""
    return {**evaluate_polnear(shared), **evaluate_ar_fa(shared)}


def format_quotes_report(result: dict[str, Any]) -> str:
    lines = [f"{'test set':<24} {'content P':>9} {'R':>6} {'F1':>6} {'speaker acc':>12}"]
    for name, r in result.items():
        lines.append(
            f"{name:<24} {r['content_precision']:>9.3f} {r['content_recall']:>6.3f} "
            f"{r['content_f1']:>6.3f} {r['speaker_accuracy']:>8.3f} (n={r['speaker_pairs']})"
        )
    return "\n".join(lines)
