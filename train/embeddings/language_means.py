"""Estimate each language's mean e5 vector from development news text (../shared/corpus).

    .venv/bin/python train/embeddings/language_means.py [--n 300]

Writes src/rasad/data/models/embeddings/language_means.npz (three 384-float vectors; no text).
Uses saudinewsnet_ar, farsnews_fa and bbc_news_en — never the ntrex set the clustering is
evaluated on.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from rasad.cluster.embed import E5Encoder, embed_text
from rasad.eval.shared import find_shared
from rasad.model import Document

SOURCES = {"ar": "saudinewsnet_ar", "fa": "farsnews_fa", "en": "bbc_news_en"}
OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/models/embeddings/language_means.npz"


def sample(path: Path, n: int) -> list[Document]:
    docs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            if item.get("text") and len(item["text"]) > 200:
                docs.append(
                    Document(id=item["id"], source="", title=item.get("title"), text=item["text"])
                )
            if len(docs) >= n:
                break
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--shared", type=Path)
    args = parser.parse_args()
    shared = find_shared(args.shared)
    encoder = E5Encoder()
    means = {}
    for lang, folder in SOURCES.items():
        docs = sample(shared / "corpus" / folder / "articles.jsonl", args.n)
        vectors = encoder.encode([embed_text(d) for d in docs])
        means[lang] = vectors.mean(axis=0).astype(np.float32)
        print(lang, len(docs))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez(OUT, **means)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
