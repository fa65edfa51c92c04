"""`rasad eval readers`: the reader fixture corpus through a real ingest, case by case.

Each fixture file (tests/data/readers, listed in its manifest.json with the documents it must
give) is ingested alone into a fresh SQLite database through the readers and the stages that
decide what a reader's output becomes (extract, clean, langid, pubdate). Per case: what came
out (documents stored, rejected with their reasons, counted "already stored"), whether each
expected document's title, language, date, text and removed lines are right, and how many
documents were lost. A document is lost when an input entry is neither stored nor rejected
with a reason (an entry counted "already stored" in a database that was empty is lost).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from rasad.config import Settings
from rasad.model import Document

STAGES = ["extract", "clean", "langid", "pubdate"]


def default_fixtures() -> Path:
    """tests/data/readers of the source checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "readers"


def _find(expected: dict[str, Any], docs: list[Document]) -> Document | None:
    for doc in docs:
        if ("url" in expected and doc.url == expected["url"]) or (
            "id" in expected and doc.id == expected["id"]
        ):
            return doc
    return None


def check(expected: dict[str, Any], doc: Document) -> list[str]:
    """What differs between an expected document and the stored one (empty: all right)."""
    wrong = []
    if "rejected" in expected:
        if not doc.rejected or expected["rejected"] not in doc.rejected:
            wrong.append(f"rejected {doc.rejected!r}, expected …{expected['rejected']}…")
        return wrong
    if doc.rejected:
        return [f"rejected: {doc.rejected}"]
    if "title" in expected and doc.title != expected["title"]:
        wrong.append(f"title {doc.title!r} != {expected['title']!r}")
    if "lang" in expected and doc.lang != expected["lang"]:
        wrong.append(f"lang {doc.lang} != {expected['lang']}")
    if "date" in expected:
        got = (doc.published or {}).get("value")
        if got != expected["date"]:
            wrong.append(f"date {got} != {expected['date']}")
    if "text" in expected and expected["text"] not in doc.text:
        wrong.append(f"text lacks {expected['text']!r} (starts {doc.text[:40]!r})")
    if "removed" in expected and not any(expected["removed"] in r for r in doc.removed):
        wrong.append(f"removed lacks {expected['removed']!r} ({doc.removed})")
    return wrong


def run_case(case: dict[str, Any], folder: Path, settings: Settings) -> dict[str, Any]:
    """Ingest one fixture file into a fresh database; what came out and what is wrong."""
    from rasad.services.ingest import ingest_paths
    from rasad.store.sqlite import SQLiteStore

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "readers.db"
        store = SQLiteStore(db)
        try:
            case_settings = Settings(db=str(db), batch_size=settings.batch_size, stories=False)
            report = ingest_paths([folder / case["file"]], store, case_settings, stages=STAGES)
            docs = list(store.iter_documents(include_rejected=True))
        finally:
            store.close()
    problems, found = [], 0
    for expected in case["documents"]:
        doc = _find(expected, docs)
        key = expected.get("url") or expected.get("id")
        if doc is None:
            problems.append(f"{key}: not stored and not rejected")
            continue
        found += 1
        problems += [f"{key}: {w}" for w in check(expected, doc)]
    return {
        "file": case["file"],
        "why": case["why"],
        "entries": case["entries"],
        "stored": sum(not d.rejected for d in docs),
        "rejected": sorted({d.rejected for d in docs if d.rejected}),
        "already_stored": report.skipped,
        "lost": (len(case["documents"]) - found) + report.skipped,
        "out": [
            {"id": d.id, "lang": d.lang, "title": d.title, "rejected": d.rejected} for d in docs
        ],
        "problems": problems,
    }


def evaluate_readers(folder: Path | None = None, settings: Settings | None = None) -> dict:
    """Every case of the fixture manifest; totals of documents lost and of problems."""
    folder = folder or default_fixtures()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    cases = [run_case(case, folder, settings or Settings()) for case in manifest]
    return {
        "fixtures": str(folder),
        "cases": cases,
        "entries": sum(c["entries"] for c in cases),
        "lost": sum(c["lost"] for c in cases),
        "problems": sum(len(c["problems"]) for c in cases),
    }


def format_readers_report(result: dict) -> str:
    """One block per case: what came out, then the totals."""
    lines = []
    for c in result["cases"]:
        verdict = "ok" if not c["problems"] and not c["lost"] else "FAIL"
        lines.append(
            f"{verdict:4} {c['file']}: {c['entries']} entries → {c['stored']} stored, "
            f"{len(c['out']) - c['stored']} rejected, {c['already_stored']} already stored, "
            f"{c['lost']} lost  ({c['why']})"
        )
        for d in c["out"]:
            what = f"rejected: {d['rejected']}" if d["rejected"] else f"{d['lang']} {d['title']!r}"
            lines.append(f"       {d['id']}: {what}")
        lines += [f"     ✗ {p}" for p in c["problems"]]
    lines.append(
        f"{len(result['cases'])} cases, {result['entries']} input entries: "
        f"{result['lost']} documents lost, {result['problems']} problems"
    )
    return "\n".join(lines)
