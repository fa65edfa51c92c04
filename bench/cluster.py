"""Cost per added document in the story index at 1k, 10k and 100k documents.

Synthetic vectors: story centres drawn at random on the 384-d sphere, each document its
centre plus noise (cosine to its centre about 0.8), ten documents per story on average,
arriving in random order, with a date and a few entity keys. Prints microseconds per add
over the last 1,000 documents at each size (wall clock, and CPU time of this process, which
a machine shared with other jobs disturbs less) and peak memory.

    .venv/bin/python bench/cluster.py [--sizes 1000 10000 100000]
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date, timedelta

import numpy as np

from rasad.cluster.index import StoryIndex

DIM = 384


def stream(n: int, rng: np.random.Generator):
    centres = rng.normal(size=(max(n // 10, 1), DIM)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    for i in range(n):
        story = int(rng.integers(len(centres)))
        v = centres[story] + rng.normal(scale=0.035, size=DIM).astype(np.float32)
        day = date(2020, 1, 1) + timedelta(days=int(story % 1000))
        yield f"d{i}", v / np.linalg.norm(v), day, {f"k{story}", f"k{story + 1}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    print(
        f"{'documents':>10} {'stories':>8} {'µs/add (last 1k)':>17} {'ratio to first':>15} "
        f"{'CPU µs/add':>11} {'CPU ratio':>10} {'peak RSS MB':>12}"
    )
    first = first_cpu = None
    for n in args.sizes:
        rng = np.random.default_rng(7)
        index = StoryIndex()
        docs = list(stream(n, rng))
        for doc_id, v, day, keys in docs[:-1000]:
            index.add(doc_id, v, day, keys)
        started, started_cpu = time.perf_counter(), time.process_time()
        for doc_id, v, day, keys in docs[-1000:]:
            index.add(doc_id, v, day, keys)
        per_add = (time.perf_counter() - started) / 1000 * 1e6
        cpu = (time.process_time() - started_cpu) / 1000 * 1e6
        first, first_cpu = first or per_add, first_cpu or cpu
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{n:>10} {len(index.stories):>8} {per_add:>17.0f} {per_add / first:>15.2f} "
            f"{cpu:>11.0f} {cpu / first_cpu:>10.2f} {rss:>12.0f}"
        )


if __name__ == "__main__":
    main()
