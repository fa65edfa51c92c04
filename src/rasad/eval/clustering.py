"""`rasad eval clustering`: story clustering scored with B-cubed and ARI on labelled corpora.

- ntrex_ar_fa_en: 123 stories, each in English, Arabic and Persian (human translations).
- mixed: ntrex plus farsnews_fa and bbc_news_en articles as distractors; B-cubed is computed
  over the labelled documents (distractors merged into their stories lower precision), and the
  number of labelled stories that absorbed a distractor is reported.
Baseline in the same run: TF-IDF over normalized search keys + agglomerative clustering.
Vectors are cached under ~/.cache/rasad so re-runs do not re-embed.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from rasad.cluster.embed import centered, default_encoder, embed_text
from rasad.cluster.index import StoryIndex
from rasad.entities.link import mention_key
from rasad.entities.recognise import recognise
from rasad.model import Document

CACHE = Path.home() / ".cache" / "rasad" / "vectors"
DISTRACTORS = {"farsnews_fa": 150, "bbc_news_en": 150}


def load(shared: Path, name: str, limit: int | None = None) -> list[tuple[Document, str | None]]:
    """(document, label) pairs from a corpus folder."""
    out = []
    with (shared / "corpus" / name / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            doc = Document(
                id=item["id"],
                source=name,
                title=item.get("title"),
                text=item.get("text") or "",
                lang=item.get("lang", "und"),
                outlet=item.get("outlet"),
            )
            if item.get("published"):
                doc.published = {
                    "value": item["published"][:10],
                    "precision": "day",
                    "window": [item["published"][:10]] * 2,
                    "source": "metadata",
                }
            out.append((doc, item.get("story")))
            if limit and len(out) >= limit:
                break
    return out


def vectors(docs: list[Document]) -> np.ndarray:
    """Embeddings of title + lead, cached on disk by content."""
    CACHE.mkdir(parents=True, exist_ok=True)
    texts = [embed_text(d) for d in docs]
    key = hashlib.sha1("\n\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.npy"
    if path.exists():
        return np.load(path)
    out = np.vstack([default_encoder().encode(texts[i : i + 16]) for i in range(0, len(texts), 16)])
    np.save(path, out)
    return out


def entity_keys(doc: Document) -> set[str]:
    return {mention_key(m.text, m.type, m.canonical) for m in recognise(doc.text[:3000], doc.lang)}


def rasad_clusters(docs: list[Document], vecs: np.ndarray) -> list[str]:
    index = StoryIndex()
    labels = []
    for doc, vec in zip(docs, vecs, strict=True):
        day = date.fromisoformat(doc.published["value"]) if doc.published else None
        labels.append(index.add(doc.id, centered(vec, doc.lang), day, entity_keys(doc)).story)
    return labels


def baseline_clusters(docs: list[Document], n_clusters: int | None) -> list[str]:
    """TF-IDF over search keys, average-linkage agglomerative clustering on cosine distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    from rasad.text.tokenize import index_terms

    texts = [" ".join(index_terms(f"{d.title or ''} {d.text}", d.lang)) for d in docs]
    matrix = TfidfVectorizer(min_df=1, sublinear_tf=True).fit_transform(texts).toarray()
    model = AgglomerativeClustering(
        n_clusters=n_clusters,
        distance_threshold=None if n_clusters else 0.9,
        metric="cosine",
        linkage="average",
    )
    return [str(x) for x in model.fit_predict(matrix)]


def bcubed(gold: list[str], pred: list[str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 over items with a gold label."""
    items = [i for i, g in enumerate(gold) if g is not None]
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for i in items:
        by_gold[gold[i]].add(i)
        by_pred[pred[i]].add(i)
    p = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in items) / len(
        items
    )
    r = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in items) / len(
        items
    )
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def ari(gold: list[str], pred: list[str]) -> float:
    from sklearn.metrics import adjusted_rand_score

    items = [i for i, g in enumerate(gold) if g is not None]
    return float(adjusted_rand_score([gold[i] for i in items], [pred[i] for i in items]))


def contaminated(gold: list[str | None], pred: list[str]) -> int:
    """Labelled stories whose predicted cluster also holds an unlabelled distractor."""
    distractor_clusters = {p for g, p in zip(gold, pred, strict=True) if g is None}
    return len(
        {g for g, p in zip(gold, pred, strict=True) if g is not None and p in distractor_clusters}
    )


def run(docs: list[Document], gold: list[str | None]) -> dict[str, Any]:
    started = time.perf_counter()
    vecs = vectors(docs)
    embed_seconds = time.perf_counter() - started
    out: dict[str, Any] = {
        "documents": len(docs),
        "labelled": sum(g is not None for g in gold),
        "stories": len({g for g in gold if g}),
        "embed_seconds": embed_seconds,
    }
    labelled_stories = len({g for g in gold if g})
    for name, labels in (
        ("rasad", rasad_clusters(docs, vecs)),
        ("tfidf+agglomerative", baseline_clusters(docs, None)),
    ):
        out[name] = {
            **bcubed(gold, labels),
            "ari": ari(gold, labels),
            "clusters": len(set(labels)),
            "contaminated": contaminated(gold, labels),
        }
    out["labelled_stories"] = labelled_stories
    return out


def evaluate_clustering(shared: Path, dataset: str = "all") -> dict[str, Any]:
    """ntrex and the mixed stream (ntrex + distractors), both systems."""
    ntrex = load(shared, "ntrex_ar_fa_en")
    result: dict[str, Any] = {}
    if dataset in ("all", "ntrex_ar_fa_en"):
        result["ntrex_ar_fa_en"] = run([d for d, _ in ntrex], [g for _, g in ntrex])
    if dataset in ("all", "mixed"):
        items = list(ntrex)
        for name, n in DISTRACTORS.items():
            items += [(d, None) for d, _ in load(shared, name, n)]
        items.sort(key=lambda x: x[0].id)  # a fixed interleaving of the sources
        result["mixed"] = run([d for d, _ in items], [g for _, g in items])
    return result


def format_clustering_report(result: dict[str, Any]) -> str:
    lines = [
        f"{'dataset':<16} {'system':<20} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'ARI':>6} {'clusters':>8} {'contam.':>7}"
    ]
    for name, r in result.items():
        for system in ("rasad", "tfidf+agglomerative"):
            s = r[system]
            lines.append(
                f"{name:<16} {system:<20} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                f"{s['ari']:>6.3f} {s['clusters']:>8} {s['contaminated']:>7}"
            )
        lines.append(
            f"{'':<16} ({r['documents']} documents, {r['labelled']} labelled in {r['stories']} stories; "
            f"embedding {r['embed_seconds']:.0f} s)"
        )
    return "\n".join(lines)
