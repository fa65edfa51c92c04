"""A BiLSTM-CRF entity tagger run in numpy (weights trained by nn.py, no torch needed).

Not shipped: on the dev splits the net did not beat the CRF (see the models' README). Kept next
to the training script so the exported .npz can be checked and timed; `NeuralTagger` has
pycrfsuite.Tagger's `tag(items)`, so `recognise(text, lang, model=NeuralTagger.load(path))`
runs the whole recognizer with it.

Per token it reads a word embedding of the normalized word, a character CNN over it, and the
CRF's own feature strings (`rasad.entities.features`) hashed into a summed embedding bag; one
BiLSTM layer, then Viterbi over BIO tags with the learned transitions (O → I-X forbidden).
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from rasad.entities.corpus import TYPES
from rasad.entities.features import Features

BUCKETS = 1 << 17  # hashed feature strings
MAX_CHARS = 24
TAGS = ["O"] + [f"{p}-{t}" for t in TYPES for p in "BI"]
IMPOSSIBLE = -1e4


def feature_ids(item: Features) -> list[int]:
    """Hashed CRF features of a token (`name=value`, `name` for a true flag; `bias` left out)."""
    out = []
    for name, value in item.items():
        if isinstance(value, list):
            out += [feature_id(name, v) for v in value]
        elif value is not False and name != "bias":
            out.append(feature_id(name, value))
    return out


@lru_cache(maxsize=500_000, typed=True)
def feature_id(name: str, value: object) -> int:
    """The bucket of one feature (crc32: stable across runs, machines and Pythons)."""
    text = name if value is True else f"{name}={value}"
    return zlib.crc32(text.encode("utf-8")) % BUCKETS


def token_word(item: Features) -> str:
    """The word the embedding table and the character CNN read: the normalized form."""
    word = str(item["n"])
    return word.lower() if word.isascii() else word


def allowed_transitions() -> np.ndarray:
    """0 where tag i may precede tag j in BIO, IMPOSSIBLE otherwise (rows: from, the last row
    the sentence start; columns: to)."""
    mask = np.zeros((len(TAGS) + 1, len(TAGS)), dtype=np.float32)
    for j, to in enumerate(TAGS):
        if to.startswith("I-"):
            for i, frm in enumerate([*TAGS, "START"]):
                if frm[2:] != to[2:]:
                    mask[i, j] = IMPOSSIBLE
    return mask


def viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray) -> list[int]:
    """Best tag sequence (emissions T×K, transitions K×K from → to, start scores K)."""
    score = start + emissions[0]
    back = []
    for t in range(1, len(emissions)):
        total = score[:, None] + transitions
        back.append(total.argmax(0))
        score = total.max(0) + emissions[t]
    best = [int(score.argmax())]
    for pointers in reversed(back):
        best.append(int(pointers[best[-1]]))
    return best[::-1]


def bilstm(x: np.ndarray, forward: tuple, backward: tuple) -> np.ndarray:
    """A torch bidirectional LSTM layer (gates i, f, g, o) over T×D inputs: T×2H, both
    directions stepped together so each step is one matrix-vector product."""
    (w_f, u_f, b_f), (w_b, u_b, b_b) = forward, backward
    hidden = u_f.shape[1]
    steps = np.concatenate([x @ w_f.T + b_f, (x @ w_b.T + b_b)[::-1]], axis=1)
    recurrent = np.zeros((8 * hidden, 2 * hidden), dtype=np.float32)
    recurrent[: 4 * hidden, :hidden], recurrent[4 * hidden :, hidden:] = u_f, u_b
    h = np.zeros(2 * hidden, dtype=np.float32)
    c = np.zeros((2, hidden), dtype=np.float32)
    out = np.empty((len(x), 2, hidden), dtype=np.float32)
    for t in range(len(x)):
        g = (steps[t] + recurrent @ h).reshape(2, 4, hidden)
        gates = 0.5 * (np.tanh(0.5 * g) + 1.0)  # the sigmoid
        c = gates[:, 1] * c + gates[:, 0] * np.tanh(g[:, 2])
        out[t] = gates[:, 3] * np.tanh(c)
        h = out[t].reshape(-1)
    return np.concatenate([out[:, 0], out[::-1, 1]], axis=1)


class NeuralTagger:
    """The trained net behind pycrfsuite.Tagger's `tag(items)`, so the recognizer can use it."""

    def __init__(self, weights: dict[str, np.ndarray]):
        w = {k: v.astype(np.float32) if v.dtype.kind == "f" else v for k, v in weights.items()}
        self.words = {word: i + 2 for i, word in enumerate(weights["vocab_words"])}
        self.chars = {ch: i + 2 for i, ch in enumerate(weights["vocab_chars"])}
        self.word_table, self.char_table = w["words"], w["chars"]
        conv = w["conv_weight"]  # filters × char dim × 3
        self.conv = conv.transpose(2, 1, 0).reshape(-1, conv.shape[0])
        self.conv_bias, self.bag = w["conv_bias"], w["feats"]
        self.forward = (w["w_ih"], w["w_hh"], w["b_ih"] + w["b_hh"])
        self.backward = (w["w_ih_r"], w["w_hh_r"], w["b_ih_r"] + w["b_hh_r"])
        self.out_weight, self.out_bias = w["out_weight"].T.copy(), w["out_bias"]
        mask = allowed_transitions()
        self.transitions, self.start = w["transitions"] + mask[:-1], w["start"] + mask[-1]

    @classmethod
    def load(cls, path: Path) -> NeuralTagger:
        """A tagger from an .npz written by nn.py."""
        with np.load(path) as data:
            return cls({k: data[k] for k in data.files})

    def char_features(self, words: list[str]) -> np.ndarray:
        """Max-pooled character CNN outputs, one row per word."""
        ids = [[self.chars.get(c, 1) for c in w[:MAX_CHARS]] or [1] for w in words]
        width = max(len(i) for i in ids)
        padded = np.zeros((len(ids), width + 2), dtype=np.int64)  # one zero column each side
        for k, row in enumerate(ids):
            padded[k, 1 : 1 + len(row)] = row
        emb = self.char_table[padded]
        emb[padded == 0] = 0.0  # the convolution's zero padding
        windows = np.concatenate([emb[:, :-2], emb[:, 1:-1], emb[:, 2:]], axis=2)
        conv = windows @ self.conv + self.conv_bias  # words × width × filters
        lengths = np.array([len(i) for i in ids])
        conv[np.arange(width)[None, :] >= lengths[:, None]] = -np.inf
        return conv.max(1)

    def emissions(self, items: list[Features]) -> np.ndarray:
        """Tag scores per token (T×K)."""
        words = [token_word(it) for it in items]
        word_vecs = self.word_table[[self.words.get(w, 1) for w in words]]
        bag = np.stack([self.bag[feature_ids(it)].sum(0) for it in items])
        x = np.concatenate([word_vecs, self.char_features(words), bag], axis=1)
        h = bilstm(x, self.forward, self.backward)
        return h @ self.out_weight + self.out_bias

    def tag(self, items: list[Features]) -> list[str]:
        """BIO tags of a sentence's tokens (their CRF feature dicts)."""
        if not items:
            return []
        return [TAGS[i] for i in viterbi(self.emissions(items), self.transitions, self.start)]
