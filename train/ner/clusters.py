"""Word clusters for the entity recognizer, from unlabelled news text.

Words that occur in similar contexts (±2 words) get the same cluster: PPMI co-occurrence
vectors, reduced by truncated SVD, grouped by k-means at two granularities. The CRF uses the
cluster ids as features, so a name never seen in the annotated training data still looks like
the names it shares contexts with.

    .venv/bin/python train/ner/clusters.py [--shared ../shared]

Reads the training splits' words (../shared/train, never ../shared/eval) and the article text of
../shared/corpus; writes src/rasad/data/models/ner/clusters.tsv (word key, fine cluster, coarse
cluster): a vocabulary table, not text. Deterministic (fixed seeds).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.cluster import MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD

from rasad.entities.corpus import TRAIN_SETS, read_conll
from rasad.entities.features import word_key
from rasad.entities.recognise import _TOKEN
from rasad.eval.shared import find_shared

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/models/ner/clusters.tsv"
CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
VOCAB = 60_000
CONTEXTS = 8_000
MIN_COUNT = 3
DIMS = 100
FINE, COARSE = 512, 64
SEED = 13


def sentences(shared: Path) -> list[list[str]]:
    """Word keys of every training sentence and corpus paragraph."""
    out = []
    for path, scheme in TRAIN_SETS.values():
        for s in read_conll(shared / "train" / path, scheme):
            out.append([word_key(w) for w, _ in s])
    for name in CORPORA:
        path = shared / "corpus" / name / "articles.jsonl"
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            item = json.loads(line)
            for para in f"{item.get('title') or ''}\n{item.get('text') or ''}".split("\n"):
                words = _TOKEN.findall(para)
                if words:
                    out.append([word_key(w) for w in words])
    return out


def build(shared: Path) -> list[tuple[str, int, int]]:
    sents = sentences(shared)
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, n in counts.most_common(VOCAB) if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    contexts = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows, cols = [], []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        ctx = [contexts.get(w, -1) for w in s]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for j in range(max(0, i - 2), min(len(s), i + 3)):
                if j != i and ctx[j] >= 0:
                    # left and right contexts are different features
                    rows.append(wi)
                    cols.append(ctx[j] + (CONTEXTS if j > i else 0))
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(vocab), 2 * CONTEXTS)
    ).tocsr()
    total = m.sum()
    row_sums = np.asarray(m.sum(axis=1)).ravel()
    col_sums = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_sums *= total / col_sums.sum()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sums[m.row] * col_sums[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vectors = TruncatedSVD(DIMS, random_state=SEED).fit_transform(ppmi)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    fine = MiniBatchKMeans(FINE, random_state=SEED, n_init=3, batch_size=4096).fit_predict(vectors)
    coarse = MiniBatchKMeans(COARSE, random_state=SEED, n_init=3, batch_size=4096).fit_predict(
        vectors
    )
    return [(w, int(f), int(c)) for w, f, c in zip(vocab, fine, coarse, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        raise SystemExit("../shared not found: give --shared PATH")
    started = time.perf_counter()
    table = build(shared)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# word key, fine cluster, coarse cluster (train/ner/clusters.py)\n")
        for w, fine, coarse in sorted(table):
            f.write(f"{w}\t{fine}\t{coarse}\n")
    print(f"{len(table)} words in {time.perf_counter() - started:.0f} s → {OUT}")


if __name__ == "__main__":
    main()
