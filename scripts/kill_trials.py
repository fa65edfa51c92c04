"""Kill an ingest at random moments and check that a re-run ends where an unbroken run does.

Each trial ingests the same real articles into a fresh SQLite database in a subprocess, sends
it SIGKILL at a random (seeded) moment, checks `PRAGMA integrity_check`, re-runs the ingest to
completion and compares every document (id, content hash, rejection) and its story, event and
near-duplicate link with a reference run that was never interrupted.

By default the articles are analysed once up front and the subprocess ingests the analysed
documents (`ingest_documents` with no pipeline, the path `--engine dask` takes): the analysis
stages are pure functions, so this spends the trials on what a kill can break (the batches,
signatures, vectors, story assignment and consolidation) instead of on embedding. `--full`
runs the whole pipeline in the subprocess instead (slow: about a second per article).

    python scripts/kill_trials.py                   # 20 trials, 120 articles
    python scripts/kill_trials.py --trials 50 --seed 7 --docs 300
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("ntrex_ar_fa_en", "saudinewsnet_ar", "farsnews_fa")


@dataclass
class Trial:
    number: int
    trigger: str  # when the kill was sent: seconds into the ingest, or documents stored
    killed: bool
    stored_at_kill: int
    integrity: str
    stored_after: int
    mismatches: list[str]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.mismatches


def write_inputs(folder: Path, docs: int) -> list[Path]:
    """Article files to ingest: the first articles of three shared corpora (Arabic, Persian,
    English), or the bundled seed articles when the shared folder is absent."""
    from rasad.eval.shared import find_shared

    folder.mkdir(parents=True, exist_ok=True)
    shared = find_shared()
    if shared is None or not (shared / "corpus").is_dir():
        return sorted((ROOT / "examples" / "seeds").glob("*.txt"))
    paths = []
    per_set = max(docs // len(CORPORA), 1)
    for name in CORPORA:
        source = shared / "corpus" / name / "articles.jsonl"
        if not source.is_file():
            continue
        with source.open(encoding="utf-8") as f:
            lines = [line for _, line in zip(range(per_set), f, strict=False)]
        path = folder / f"{name}.jsonl"
        path.write_text("".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def analyse(paths: list[Path], cache_dir: Path) -> Path:
    """The analysed documents of `paths` as JSON records, computed once per input."""
    from rasad.config import Settings
    from rasad.pipeline import build_pipeline
    from rasad.stages.readers import read_path

    digest = hashlib.sha1(b"".join(p.read_bytes() for p in paths)).hexdigest()[:12]
    cache = cache_dir / f"analysed-{digest}.jsonl"
    if cache.is_file():
        return cache
    pipeline = build_pipeline(Settings())
    tmp = cache.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for path in paths:
            for doc in read_path(path):
                out.write(json.dumps(pipeline(doc).to_record(), ensure_ascii=False) + "\n")
    tmp.replace(cache)
    return cache


def run_child(db: Path, source: Path, batch_size: int, full: bool) -> None:
    """The ingest that gets killed: analysed records (or, with `full`, the input files)."""
    from rasad.config import Settings
    from rasad.model import Document
    from rasad.services.ingest import IngestReport, ingest_documents, ingest_paths
    from rasad.store.sqlite import SQLiteStore

    settings = Settings(db=str(db), batch_size=batch_size)
    store = SQLiteStore(db)
    if full:
        files = sorted(source.iterdir())
        print("ready", flush=True)
        started = time.monotonic()
        ingest_paths(files, store, settings)
    else:
        with source.open(encoding="utf-8") as f:
            docs = [Document.from_record(json.loads(line)) for line in f]
        print("ready", flush=True)
        started = time.monotonic()
        ingest_documents(docs, store, None, settings, IngestReport(files=len(docs)))
    store.close()
    print(f"{time.monotonic() - started:.3f}", flush=True)


def child_command(db: Path, source: Path, batch_size: int, full: bool) -> list[str]:
    cmd = [sys.executable, __file__, "--child", str(db), "--source", str(source)]
    return [*cmd, "--batch-size", str(batch_size), *(["--full"] if full else [])]


def child_env() -> dict[str, str]:
    src = str(ROOT / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}


def ingest_to_end(cmd: list[str]) -> float:
    """Run an ingest to completion; how long its ingest part took."""
    done = subprocess.run(cmd, env=child_env(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({done.returncode}):\n{done.stderr}")
    return float(done.stdout.split()[-1])


def snapshot(db: Path) -> dict[str, tuple]:
    """Each stored document's identity and story placement."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, content_hash, rejected, record FROM documents").fetchall()
    out = {}
    for doc_id, content_hash, rejected, record in rows:
        r = json.loads(record)
        extra = r.get("extra") or {}
        out[doc_id] = (
            content_hash,
            rejected,
            r.get("story"),
            extra.get("event"),
            r.get("duplicate_of"),
        )
    return out


def integrity(db: Path) -> tuple[str, int]:
    """SQLite's integrity verdict and the number of documents stored."""
    if not db.exists():
        return "ok", 0  # killed before the database was created
    try:
        with sqlite3.connect(db) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            stored = (
                conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                if "documents" in tables
                else 0
            )
            return verdict, stored
    except sqlite3.DatabaseError as exc:
        return f"error: {exc}", 0


def differences(reference: dict[str, tuple], got: dict[str, tuple]) -> list[str]:
    """What differs between two snapshots, one line per document (at most a few)."""
    fields = ("content", "rejected", "story", "event", "duplicate_of")
    lines = [f"missing {i}" for i in sorted(set(reference) - set(got))]
    lines += [f"extra {i}" for i in sorted(set(got) - set(reference))]
    for doc_id in sorted(set(reference) & set(got)):
        for name, a, b in zip(fields, reference[doc_id], got[doc_id], strict=True):
            if a != b:
                lines.append(f"{doc_id}: {name} {a!r} != {b!r}")
    return lines


def stored_now(db: Path) -> int:
    """Documents committed so far, as another reader sees them (0 before the table exists)."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def run_trial(
    number: int, rng: random.Random, workdir: Path, cmd_for, reference: dict, span: float
) -> Trial:
    """One kill at a random moment of the ingest, then a re-run and a comparison.

    Half the kills come a random time into the ingest; the others once a random number of
    documents is committed, so the end of an ingest (the consolidation pass) is hit too."""
    db = workdir / f"trial{number:03d}.db"
    cmd = cmd_for(db)
    by_time = rng.random() < 0.5
    delay, target = rng.uniform(0, span), rng.randint(0, len(reference))
    proc = subprocess.Popen(cmd, env=child_env(), stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()  # "ready": the clock starts when the ingest does
    if by_time:
        time.sleep(delay)
    else:
        while proc.poll() is None and stored_now(db) < target:
            time.sleep(0.005)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    verdict, stored = integrity(db)
    ingest_to_end(cmd)
    got = snapshot(db)
    trigger = f"{delay:.2f} s" if by_time else f"{target} stored"
    trial = Trial(number, trigger, killed, stored, verdict, len(got), differences(reference, got))
    for path in db.parent.glob(db.name + "*"):
        path.unlink()
    return trial


def print_table(trials: list[Trial], total: int) -> None:
    print(
        f"{'trial':>5} {'kill at':>11} {'killed':>6} {'stored':>6} {'integrity':>9} "
        f"{'after':>5}  outcome"
    )
    for t in trials:
        outcome = "same as reference" if t.ok else "; ".join(t.mismatches[:3]) or t.integrity
        print(
            f"{t.number:>5} {t.trigger:>11} {'yes' if t.killed else 'no':>6} "
            f"{t.stored_at_kill:>6} {t.integrity:>9} {t.stored_after:>5}  {outcome}"
        )
    failed = sum(not t.ok for t in trials)
    killed = sum(t.killed for t in trials)
    print(
        f"{len(trials)} trials ({killed} killed mid-ingest), {total} documents each, "
        f"{failed} failed"
    )


def kill_trials(
    trials: int, docs: int, seed: int, batch_size: int, full: bool, workdir: Path
) -> list[Trial]:
    """Run the reference ingest, then `trials` killed-and-resumed ones; return the trials."""
    inputs = write_inputs(workdir / "input", docs)
    source = inputs[0].parent if full else analyse(inputs, workdir)

    def cmd_for(db: Path) -> list[str]:
        return child_command(db, source, batch_size, full)

    ref_db = workdir / "reference.db"
    for path in workdir.glob("reference.db*"):
        path.unlink()
    span = ingest_to_end(cmd_for(ref_db)) * 1.1  # a few kills land after the end
    reference = snapshot(ref_db)
    rng = random.Random(seed)
    results = [run_trial(i + 1, rng, workdir, cmd_for, reference, span) for i in range(trials)]
    print_table(results, len(reference))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--docs", type=int, default=120, help="articles (a third per corpus)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=5)
    parser.add_argument("--full", action="store_true", help="run the whole pipeline when killed")
    parser.add_argument("--workdir", type=Path, help="keep databases and the analysis cache here")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child, args.source, args.batch_size, args.full)
        return 0
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        results = kill_trials(
            args.trials, args.docs, args.seed, args.batch_size, args.full, args.workdir
        )
    else:
        with tempfile.TemporaryDirectory() as tmp:
            results = kill_trials(
                args.trials, args.docs, args.seed, args.batch_size, args.full, Path(tmp)
            )
    return 1 if any(not t.ok for t in results) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
