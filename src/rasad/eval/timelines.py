"""`rasad eval timelines`: story timelines against hand-made ones (eval/labels/timelines.tsv).

Each story of `eval/labels/timeline_stories.tsv` (ten SaudiNewsNet development events and the
five seeds) is read from `../shared`, its documents go through the ingest pipeline's stages up
to dates, and its timeline is built by `rasad.analysis.stories.timeline`, the function that
materializes the timeline `rasad timeline` and the story page show. Then, per story and over
all stories:

- present: the share of annotated happenings that some timeline entry gives with a right date
  (the entry's date is one of the happening's dates, and the entry's evidence shares a
  document with the happening's documents);
- struck: the share of timeline entries that match no annotated happening (neither by date
  and document, as above) — entries a reader would strike from the timeline;
- split: the share of present happenings that more than one entry gives (one happening told
  twice, e.g. by two outlets in two languages). An upper bound: two happenings of the same
  day in the same documents are both matched by each of their entries; `split_strict` counts
  only the happenings given by more entries than the happenings those entries match.

`--set dev`, `--set dev34` and `--set dev36` score the development sets (timelines_dev.tsv,
four more SaudiNewsNet events; timelines_dev34.tsv, six more multi-outlet SaudiNewsNet stories;
timelines_dev36.tsv, seven NTREX articles each in English, Arabic and Persian), on which the
timeline rules are tuned.

Matching is by date and document only: two happenings of the same day in the same documents
are both found by one entry, so `present` is an upper bound where such pairs exist (the
annotation's descriptions are English paraphrases, not corpus words). The issue's targets:
present ≥ 0.80, struck ≤ 0.10.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from rasad.analysis.stories import timeline
from rasad.config import Settings
from rasad.eval.shared import corpus_articles
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.readers import document_from_item, read_bytes

LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels"
# what a timeline reads: dates, and the entities its sentences name
STAGES = ["extract", "clean", "outlet", "langid", "pubdate", "dates", "entities"]
# (stories file, happenings file) of each annotated set: "eval" the figures, "dev" for tuning
SETS = {
    "eval": ("timeline_stories.tsv", "timelines.tsv"),
    "dev": ("timeline_stories_dev.tsv", "timelines_dev.tsv"),
    "dev34": ("timeline_stories_dev34.tsv", "timelines_dev34.tsv"),
    "dev36": ("timeline_stories_dev36.tsv", "timelines_dev36.tsv"),
}
# the corpus folder of each story source other than the seeds
CORPUS_OF_SOURCE = {"snn-event": "saudinewsnet_ar", "ntrex": "ntrex_ar_fa_en"}
TARGET_PRESENT = 0.80
TARGET_STRUCK = 0.10


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def load_labels(
    labels: Path = LABELS, which: str = "eval"
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(stories, happenings) of one set: each story with its source and document ids, each
    happening with its accepted dates and documents."""
    stories_file, happenings_file = SETS[which]
    stories = [
        {"story": r["story"], "source": r["source"], "docs": r["docs"].split(",")}
        for r in read_tsv(labels / stories_file)
    ]
    happenings = [
        {
            "story": r["story"],
            "happening": r["happening"],
            "dates": r["date"].split("|"),
            "precision": r["precision"],
            "docs": set(r["docs"].split(",")),
            "description": r["description"],
        }
        for r in read_tsv(labels / happenings_file)
    ]
    return stories, happenings


def story_documents(shared: Path, story: dict[str, Any]) -> list[Document]:
    """The story's documents as ingest reads them (None of the text is kept here)."""
    if story["source"] == "seeds":
        docs = []
        for stem in story["docs"]:
            path = shared / "seeds" / f"{stem}.txt"
            if path.exists():
                docs += list(read_bytes(path.read_bytes(), path.name, str(path), stem))
        return docs
    folder = CORPUS_OF_SOURCE[story["source"]]
    found = corpus_articles(shared, story["docs"], [folder])
    return [document_from_item(found[i], folder, i) for i in story["docs"] if i in found]


def matches(entry: dict[str, Any], happening: dict[str, Any]) -> bool:
    """Same date (one of the accepted readings) and a document in common."""
    return entry["date"] in happening["dates"] and bool(
        {ev["doc"] for ev in entry["evidence"]} & happening["docs"]
    )


def score_story(entries: list[dict[str, Any]], happenings: list[dict[str, Any]]) -> dict[str, Any]:
    found = [h for h in happenings if any(matches(e, h) for e in entries)]
    struck = [e for e in entries if not any(matches(e, h) for h in happenings)]
    split = [h for h in found if sum(matches(e, h) for e in entries) > 1]
    return {
        **split_beyond_same_day(entries, happenings, found),
        "happenings": len(happenings),
        "present": len(found),
        "split": len(split),
        "entries": len(entries),
        "struck": len(struck),
        "missed": [h["happening"] for h in happenings if h not in found],
        "split_happenings": [h["happening"] for h in split],
        "struck_entries": [
            {"date": e["date"], "docs": sorted({ev["doc"] for ev in e["evidence"]})} for e in struck
        ],
    }


def split_beyond_same_day(
    entries: list[dict[str, Any]], happenings: list[dict[str, Any]], found: list[dict[str, Any]]
) -> dict[str, Any]:
    """The happenings told in more entries than the happenings those entries match: three
    entries of one day in the same documents for three happenings of that day are no split,
    two for one are (a lower bound of `split`, where two happenings of a day share entries)."""
    told_twice = []
    for h in found:
        told = [e for e in entries if matches(e, h)]
        matched = {g["happening"] for e in told for g in happenings if matches(e, g)}
        if len(told) > len(matched):
            told_twice.append(h["happening"])
    return {"split_strict": len(told_twice), "split_strict_happenings": told_twice}


def share(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def evaluate_timelines(
    shared: Path,
    settings: Settings | None = None,
    labels: Path = LABELS,
    only: int | None = None,
    which: str = "eval",
) -> dict[str, Any]:
    """Per-story and overall present/struck figures of one set (`only`: the first N stories,
    for tests)."""
    stories, happenings = load_labels(labels, which)
    pipeline = build_pipeline(settings or Settings(), STAGES)
    rows = []
    for story in stories[:only]:
        docs = [d for d in (pipeline(d) for d in story_documents(shared, story)) if not d.rejected]
        if not docs:
            continue
        entries = timeline(docs)
        gold = [h for h in happenings if h["story"] == story["story"]]
        row = {"story": story["story"], "documents": len(docs), **score_story(entries, gold)}
        row["present_share"] = share(row["present"], row["happenings"])
        row["struck_share"] = share(row["struck"], row["entries"])
        rows.append(row)
    total = {
        k: sum(r[k] for r in rows)
        for k in ("happenings", "present", "split", "split_strict", "entries", "struck")
    }
    return {
        "dataset": f"eval/labels/{SETS[which][1]}",
        "stories": rows,
        "overall": {
            **total,
            "present_share": share(total["present"], total["happenings"]),
            "struck_share": share(total["struck"], total["entries"]),
            "split_share": share(total["split"], total["present"]),
            "targets": {"present_share": TARGET_PRESENT, "struck_share": TARGET_STRUCK},
        },
    }


def format_timelines_report(result: dict[str, Any]) -> str:
    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:.2f}"

    lines = [
        f"{'story':34} {'docs':>4} {'gold':>4} {'present':>7} {'entries':>7} {'struck':>6}",
    ]
    for r in result["stories"]:
        lines.append(
            f"{r['story']:34} {r['documents']:>4} {r['happenings']:>4} "
            f"{fmt(r['present_share']):>7} {r['entries']:>7} {fmt(r['struck_share']):>6}"
        )
    o = result["overall"]
    lines.append(
        f"{'overall':34} {'':>4} {o['happenings']:>4} {fmt(o['present_share']):>7} "
        f"{o['entries']:>7} {fmt(o['struck_share']):>6}"
    )
    lines.append(
        f"present {o['present']}/{o['happenings']} happenings, "
        f"struck {o['struck']}/{o['entries']} entries, "
        f"split {o['split']}/{o['present']} present happenings "
        f"({o['split_strict']} beyond same-day happenings); "
        f"targets: present >= {o['targets']['present_share']:.2f}, "
        f"struck <= {o['targets']['struck_share']:.2f}"
    )
    return "\n".join(lines)
