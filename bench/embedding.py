"""What the embedding costs and what a cheaper one loses: e5 CPU per text, and B³ from the
same code as `rasad eval clustering all`, for variants of what is embedded.

Variants: the current one (`passage: ` + title + 60 words within 64 tokens), the `query: `
prefix, and token budgets per language (an Arabic or Persian word is more tokens than an
English one). For each: CPU ms per text (one encoder on one core, texts of the first
`--sample` articles of every eval corpus, thread CPU time, `--rounds` interleaved rounds,
median), mean tokens, and B³ F1 of rasad stories on ntrex (all/dev/test), Saudi News Net
events (dev/test) and the mixed stream. Also where e5's CPU goes inside an ingest: the budget
cut alone, and two encoders side by side with and without an analysis thread beside them.

    .venv/bin/python bench/embedding.py [--sample 120] [--rounds 3] [--variants 0,1] [--no-eval]
        [--no-contention] [--dataset all]
"""

from __future__ import annotations

import argparse
import os
import threading
import time

from corpus import parse_with_shared

import rasad.eval.clustering as clustering
from rasad.cluster.embed import E5Encoder, embed_text
from rasad.model import Document

LEAD = 60
VARIANTS: dict[str, dict] = {
    "passage, 64 tokens (current)": {"query": False, "budget": {}},
    "query, 64 tokens": {"query": True, "budget": {}},
    "passage, en 48 / ar fa 64": {"query": False, "budget": {"en": 48}},
    "passage, en 48 / fa 56 / ar 64": {"query": False, "budget": {"en": 48, "fa": 56}},
    "passage, en 40 / fa 48 / ar 56": {"query": False, "budget": {"en": 40, "fa": 48, "ar": 56}},
}
DEFAULT_BUDGET = 64


def text_of(doc: Document, variant: dict, encoder: E5Encoder) -> str:
    budget = variant["budget"].get(doc.lang, DEFAULT_BUDGET)
    return embed_text(doc, LEAD, budget, encoder.count_tokens)


def encode(encoder: E5Encoder, texts: list[str], query: bool):
    return encoder.model.query(texts) if query else encoder.model.passage(texts)


def cpu_per_text(encoder: E5Encoder, texts: list[str], query: bool) -> float:
    started = time.thread_time()
    for text in texts:
        encode(encoder, [text], query)
    return (time.thread_time() - started) / len(texts) * 1000


def patched_vectors(variant: dict, encoder: E5Encoder):
    """`rasad.eval.clustering.vectors` embedding as `variant` says (cached apart)."""
    import numpy as np

    def vectors(docs, lead_words=LEAD, max_tokens=0):
        texts = [text_of(d, variant, encoder) for d in docs]
        tag = "query: " if variant["query"] else ""
        paths = [clustering._cache_path(tag + t) for t in texts]
        for i, path in enumerate(paths):
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                np.save(path, encode(encoder, [texts[i]], variant["query"])[0])
        return np.vstack([np.load(p) for p in paths])

    return vectors


def b3(result: dict) -> dict[str, float]:
    out = {}
    for name, data in result.items():
        for row in data["rows"]:
            if row["system"].startswith("rasad") and row["system"].endswith(
                "stories" if name != "saudinewsnet" else "events"
            ):
                out[f"{name} {row['split']}"] = row["f1"]
    return out


def contention(encoder: E5Encoder, docs: list[Document], texts: list[str]) -> None:
    """e5 alone vs as an ingest runs it: the budget cut, two encoders side by side, and
    two encoders beside a thread analysing documents."""
    from rasad.config import Settings
    from rasad.pipeline import build_pipeline
    from rasad.services.ingest import without_stage

    analyse, _ = without_stage(build_pipeline(Settings()), "embed")
    alone = cpu_per_text(encoder, texts, False)
    started = time.thread_time()
    for doc in docs:
        embed_text(doc, LEAD, DEFAULT_BUDGET, encoder.count_tokens)
    cut = (time.thread_time() - started) / len(docs) * 1000

    def pair(with_analysis: bool) -> float:
        spent: list[float] = []
        stop = threading.Event()

        def embedder() -> None:
            own = E5Encoder(single_core=True)
            spent.append(cpu_per_text(own, texts, False))

        def analyser() -> None:
            while not stop.is_set():
                for doc in docs:
                    analyse(Document(id="x", source="x", raw_text=doc.text, title=doc.title))
                    if stop.is_set():
                        return

        side = threading.Thread(target=analyser) if with_analysis else None
        if side:
            side.start()
        threads = [threading.Thread(target=embedder) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        stop.set()
        if side:
            side.join()
        return sum(spent) / len(spent)

    print(
        f"e5 CPU ms per text: alone {alone:.1f}; budget cut (token counts) {cut:.1f}; two "
        f"encoders side by side {pair(False):.1f} each; the same beside an analysis thread "
        f"{pair(True):.1f} each (load average {os.getloadavg()[0]:.1f})",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variants", help="comma-separated numbers (0 = current)")
    parser.add_argument("--no-eval", action="store_true", help="CPU only")
    parser.add_argument("--no-contention", action="store_true", help="skip e5 alone vs in ingest")
    parser.add_argument(
        "--dataset", default="all", help="eval set: all, ntrex_ar_fa_en, saudinewsnet, mixed"
    )
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    names = list(VARIANTS)
    if args.variants:
        names = [names[int(i)] for i in args.variants.split(",")]
    encoder = E5Encoder(single_core=True)
    docs = [d for d, _ in clustering.load(shared, "ntrex_ar_fa_en")][: args.sample // 2]
    docs += [d for d, _ in clustering.load_events(shared)][: args.sample // 2]
    base = [text_of(d, VARIANTS[names[0]], encoder) for d in docs]
    print(f"{len(docs)} texts; load average {os.getloadavg()[0]:.1f}", flush=True)
    if not args.no_contention:
        contention(encoder, docs, base)
    cpu: dict[str, list[float]] = {n: [] for n in names}
    texts = {n: [text_of(d, VARIANTS[n], encoder) for d in docs] for n in names}
    for _ in range(args.rounds):
        for name in names:
            cpu[name].append(cpu_per_text(encoder, texts[name], VARIANTS[name]["query"]))
    for name in names:
        tokens = sum(
            encoder.model.token_count(t, VARIANTS[name]["query"]) for t in texts[name]
        ) / len(docs)
        median = sorted(cpu[name])[len(cpu[name]) // 2]
        line = f"{name:<34} {median:6.1f} CPU ms/text, {tokens:5.1f} tokens"
        if not args.no_eval:
            clustering.vectors = patched_vectors(VARIANTS[name], encoder)
            scores = b3(clustering.evaluate_clustering(shared, args.dataset, LEAD, DEFAULT_BUDGET))
            line += "; B3 " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items())
        print(f"{line} (load average {os.getloadavg()[0]:.1f})", flush=True)


if __name__ == "__main__":
    main()
