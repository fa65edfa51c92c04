"""Cost per added document in the story index at 1k, 10k and 100k documents.

Synthetic vectors, realistic about time: an archive grows by covering more days at a roughly
constant daily rate (300 documents a day), not by packing more stories into the same days.
Each story starts on a random day of the archive, is reported for a few days (geometric, mean
3) by 1 + geometric (mean 10) documents; its centre is drawn at random on the 384-d sphere
and each document is the centre plus noise (cosine to its centre about 0.8), with a few entity
keys. Documents arrive in date order, shuffled within a day. Prints microseconds per add over
the last 1,000 documents at each size (the median of ten blocks of 100; wall clock, and CPU
time of this process, which a machine shared with other jobs disturbs less), the stories in
all and live, and the peak RSS of a fresh process per size; then the same adds timed
interleaved across sizes in one process (a slow spell of this shared VM, which moves one size
by up to 2× between runs, then falls on every size alike). `--live-days 100000` keeps every story live (the search before
the sliding window); `--compare` runs that too, in the same run.

    .venv/bin/python bench/cluster.py [--sizes 1000 10000 100000] [--compare]
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta

import numpy as np

from rasad.cluster.index import StoryIndex
from rasad.cluster.live import LIVE_DAYS

DIM = 384
PER_DAY = 300
MEASURED = 1_000
BLOCK = 100  # the median of blocks of this many adds: other jobs' bursts fall outside it
ALL_LIVE = 100_000  # a live window longer than any archive here: no story ever expires


def stream(n: int, seed: int = 7) -> list[tuple[str, np.ndarray, date, set[str]]]:
    """n documents of stories spread over n / PER_DAY days, in date order."""
    rng = np.random.default_rng(seed)
    days = max(n // PER_DAY, 1)
    planned: list[tuple[int, float, int]] = []  # (day, order within the day, story)
    stories = 0
    while len(planned) < n + n // 5:  # then cut at n: the last days' stories are not cut short
        start, length = int(rng.integers(days)), int(rng.geometric(1 / 3))
        for _ in range(int(rng.geometric(1 / 10))):
            planned.append((start + int(rng.integers(length)), float(rng.random()), stories))
        stories += 1
    centres = rng.normal(size=(stories, DIM)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    out = []
    for i, (day, _, story) in enumerate(sorted(planned)[:n]):
        v = centres[story] + rng.normal(scale=0.035, size=DIM).astype(np.float32)
        keys = {f"k{story}", f"k{story + 1}"}
        out.append((f"d{i}", v / np.linalg.norm(v), date(2020, 1, 1) + timedelta(days=day), keys))
    return out


def measure(n: int, live_days: int) -> dict[str, float]:
    """Add n documents; time the last MEASURED adds (run in a fresh process per size)."""
    docs = stream(n)
    index = StoryIndex(live_days=live_days)
    for doc_id, v, day, keys in docs[:-MEASURED]:
        index.add(doc_id, v, day, keys)
    wall, cpu = [], []
    for block in range(0, MEASURED, BLOCK):
        started, started_cpu = time.perf_counter(), time.process_time()
        for doc_id, v, day, keys in docs[len(docs) - MEASURED + block :][:BLOCK]:
            index.add(doc_id, v, day, keys)
        wall.append((time.perf_counter() - started) / BLOCK * 1e6)
        cpu.append((time.process_time() - started_cpu) / BLOCK * 1e6)
    return {
        "wall": float(np.median(wall)),
        "cpu": float(np.median(cpu)),
        "stories": len(index.stories),
        "live": index.table.live_count(),
        "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def interleaved(sizes: list[int], live_days: int) -> dict[int, float]:
    """CPU µs per add at each size, its blocks timed in turn with the other sizes' blocks (one
    block of each size, then the next…), so a slow spell of a shared machine falls on every
    size alike: the median per size, over the same MEASURED adds as `measure`."""
    prepared = []
    for n in sizes:
        docs = stream(n)
        index = StoryIndex(live_days=live_days)
        for doc_id, v, day, keys in docs[:-MEASURED]:
            index.add(doc_id, v, day, keys)
        prepared.append((index, docs[len(docs) - MEASURED :]))
    cpu: dict[int, list[float]] = {n: [] for n in sizes}
    for block in range(0, MEASURED, BLOCK):
        for n, (index, tail) in zip(sizes, prepared, strict=True):
            started = time.process_time()
            for doc_id, v, day, keys in tail[block : block + BLOCK]:
                index.add(doc_id, v, day, keys)
            cpu[n].append((time.process_time() - started) / BLOCK * 1e6)
    return {n: float(np.median(values)) for n, values in cpu.items()}


def report(sizes: list[int], live_days: int) -> None:
    print(f"\nlive window {live_days} days, {PER_DAY} documents a day")
    print(
        f"{'documents':>10} {'days':>5} {'stories':>8} {'live':>6} {'µs/add':>7} "
        f"{'ratio':>6} {'CPU µs/add':>11} {'CPU ratio':>10} {'peak RSS MB':>12}"
    )
    first = None
    for n in sizes:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            r = pool.submit(measure, n, live_days).result()
        first = first or r
        print(
            f"{n:>10} {max(n // PER_DAY, 1):>5} {r['stories']:>8} {r['live']:>6} "
            f"{r['wall']:>7.0f} {r['wall'] / first['wall']:>6.2f} {r['cpu']:>11.0f} "
            f"{r['cpu'] / first['cpu']:>10.2f} {r['rss']:>12.0f}"
        )
    cpu = interleaved(sizes, live_days)
    print("interleaved (blocks of every size timed in turn, one process), CPU µs/add:")
    print("  " + ", ".join(f"{n}: {cpu[n]:.0f} ({cpu[n] / cpu[sizes[0]]:.2f})" for n in sizes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--live-days", type=int, default=LIVE_DAYS)
    parser.add_argument("--compare", action="store_true", help="also run with every story live")
    args = parser.parse_args()
    report(args.sizes, args.live_days)
    if args.compare:
        report(args.sizes, ALL_LIVE)


if __name__ == "__main__":
    main()
