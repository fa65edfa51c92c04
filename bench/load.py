"""HTTP load on loopback: `rasad serve` (real uvicorn, its own process) over real articles.

Ingests articles from ../shared/corpus (round-robin over the corpora, so every language is
present) into a temporary database, starts `rasad serve` on a free loopback port, then runs
`--clients` concurrent clients for `--seconds`, each picking at random among: a search for a
word from a stored title, the story list (JSON and page), and a story (JSON and page).
Prints requests/s, latency percentiles and errors, overall and per kind of request.

    .venv/bin/python bench/load.py [--docs 2000] [--clients 50] [--seconds 60] [--db KEEP.db]
                                   [--stages extract,clean,langid,pubdate,embed]

The clients run in this process (asyncio + httpx) on the same cores as the server, so the
figures are a floor for what the server does alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx
from corpus import articles  # bench/corpus.py

from rasad.config import Settings
from rasad.eval.shared import find_shared
from rasad.services.ingest import ingest_paths
from rasad.store.sqlite import SQLiteStore


def build_db(path: Path, shared: Path, n: int, stages: list[str] | None) -> None:
    """Ingest n corpus articles (stories included) into a new database at `path`."""
    items = articles(shared, n)
    fields = ("id", "url", "title", "text", "published", "outlet", "lang")
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        with jsonl.open("w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps({k: item.get(k) for k in fields}, ensure_ascii=False) + "\n")
        store = SQLiteStore(path)
        started = time.perf_counter()
        report = ingest_paths([jsonl], store, Settings(db=str(path)), stages=stages)
        store.close()
    print(f"ingested: {report.summary()} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    """`rasad serve` in its own process; returns once it answers."""
    cmd = [sys.executable, "-m", "rasad.cli", "--db", str(db), "serve", "--port", str(port)]
    server = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/stats", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("rasad serve did not start within 60 s")


def request_mix(base: str) -> list[tuple[str, str]]:
    """(kind, url) choices: searches for title words, the story list, stories."""
    stories = httpx.get(f"{base}/api/v1/stories", params={"limit": 500}, timeout=600).json()
    ids = [s["id"] for s in stories["stories"]][:200]
    docs = httpx.get(f"{base}/api/v1/documents", params={"limit": 500}, timeout=60).json()
    words = sorted({w for d in docs["documents"] for w in (d["title"] or "").split() if len(w) > 4})
    rng = random.Random(7)
    sample = rng.sample(words, min(200, len(words)))
    mix = [("search", f"/api/v1/search?q={quote(w)}") for w in sample]
    mix += [("story list", "/api/v1/stories?limit=50"), ("story list page", "/")] * 50
    mix += [("story", f"/api/v1/stories/{i}") for i in ids]
    mix += [("story page", f"/stories/{i}") for i in ids]
    print(f"{len(ids)} stories, {len(words)} title words to search", file=sys.stderr)
    return mix


async def client_loop(
    base: str, mix: list[tuple[str, str]], until: float, seed: int, results: list
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < until:
            kind, url = rng.choice(mix)
            started = time.perf_counter()
            try:
                status = (await client.get(url)).status_code
            except httpx.HTTPError:
                status = 0
            results.append((kind, time.perf_counter() - started, status))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def report(results: list, seconds: float) -> None:
    groups: dict[str, list] = defaultdict(list)
    for kind, latency, status in results:
        groups[kind].append((latency, status))
        groups["all"].append((latency, status))
    print(
        f"{'requests':<16} {'n':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} errors"
    )
    for kind in ["all", *sorted(k for k in groups if k != "all")]:
        rows = groups[kind]
        lat = [r[0] * 1000 for r in rows]
        errors = sum(1 for _, s in rows if s == 0 or s >= 400)
        print(
            f"{kind:<16} {len(rows):>6} {len(rows) / seconds:>7.1f} {percentile(lat, 0.5):>8.0f} "
            f"{percentile(lat, 0.95):>8.0f} {percentile(lat, 0.99):>8.0f} {errors}"
        )


async def run_load(base: str, mix: list, clients: int, seconds: float) -> list:
    results: list = []
    until = time.monotonic() + seconds
    await asyncio.gather(*(client_loop(base, mix, until, i, results) for i in range(clients)))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--shared", type=Path)
    parser.add_argument("--db", type=Path, help="keep the database here (reused when it exists)")
    parser.add_argument(
        "--stages",
        help="comma-separated stages for the ingest (default: all; embed is needed for stories)",
    )
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        raise SystemExit("../shared not found (set RASAD_SHARED or --shared)")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "load.db"
        if not db.exists():
            stages = args.stages.split(",") if args.stages else None
            build_db(db, shared, args.docs, stages)
        port = free_port()
        server = start_server(db, port)
        try:
            base = f"http://127.0.0.1:{port}"
            mix = request_mix(base)
            results = asyncio.run(run_load(base, mix, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"{args.clients} clients for {args.seconds:.0f} s on {db.name} (loopback)")
    report(results, args.seconds)


if __name__ == "__main__":
    main()
