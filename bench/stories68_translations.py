"""Translations beside their original, and story titles (round stories68).

Reads a database of the product look (the seeds, all of ntrex_ar_fa_en, Saudi News Net's first
400 and Fars News's first 150 articles, ingested in that order by four `rasad ingest` runs) and
measures, for the ntrex documents (the same 123 articles in en, ar and fa; a translation's id
is its original's with the language changed, `ntrex-<lang>-<article>`):

- the share of translation pairs (en–ar, en–fa, ar–fa of one article) in one story, and in one
  event;
- the stories holding documents of two different ntrex articles (listed with every member's
  title, to read whether they report one event: CNN's and Newsweek's reports of one rally may,
  a rally and a hearing may not), and those holding ntrex beside another corpus;
- the seeds' story (the five seeds are one story);
- every story title that does not look like a headline (ends with a full stop, or opens with
  a conjunction), and `--titles` every title of a story of two documents or more, to read.

With `--stored` the stories and titles are those the database holds (what the ingest made);
without it they are replayed with this code (`PYTHONPATH`): every accepted document placed in
ingest order, with a consolidation pass after each ingest run (a run is one input folder or
JSONL file, as `rasad ingest` consolidates at the end of each), and titles computed as the
summary row computes them (`central_title`).

    PYTHONPATH=src .venv/bin/python bench/stories68_translations.py DB [--stored] [--json OUT]
        [--titles] [--compare OTHER.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

from rasad.analysis.stories import central_title
from rasad.cluster.index import StoryIndex
from rasad.model import Document
from rasad.services.assign import place_stored

NTREX = re.compile(r"^ntrex-(en|ar|fa)-(.+)$")
# a title that reads as a sentence's piece, not a headline: the tests of this script only,
# for listing (the judgement is by reading)
CONJUNCTION = re.compile(r"^(?:و|ف|And |But |Or |So |و\u200c)", re.IGNORECASE)


def load(db: Path) -> tuple[list[Document], dict[str, np.ndarray], dict[str, str]]:
    """The stored documents in ingest order, their vectors and the stored story titles."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        vectors = {
            row[0]: np.frombuffer(row[1], dtype="<f4")
            for row in con.execute("SELECT doc_id, vector FROM vectors")
        }
        rows = con.execute("SELECT record FROM documents ORDER BY seq")
        docs = [Document.from_record(json.loads(row[0])) for row in rows]
        titles = dict(con.execute("SELECT id, title FROM stories"))
    finally:
        con.close()
    return docs, vectors, titles


def ingest_run(doc: Document) -> str:
    """The input a document came from as one `rasad ingest` run took it: its JSONL file, or
    the folder of its text file."""
    source = re.sub(r":\d+$", "", doc.source or "")
    return source if source.endswith(".jsonl") else str(Path(source).parent)


def stored(docs: list[Document]) -> list[dict]:
    """Each accepted document's stored story and event."""
    return [row(d, d.story, d.event) for d in docs if not d.rejected and d.story]


def replayed(docs: list[Document], vectors: dict[str, np.ndarray]) -> list[dict]:
    """Each accepted document's story and event with this code: placed in ingest order, a
    consolidation pass at the end of each ingest run."""
    index, placed = StoryIndex(), {}
    accepted = [d for d in docs if not d.rejected]
    for i, doc in enumerate(accepted):
        place_stored(index, placed, doc, vectors)
        if i + 1 == len(accepted) or ingest_run(accepted[i + 1]) != ingest_run(doc):
            merged = index.consolidate()
            for doc_id, (story, event) in placed.items():
                story = merged.get(story, story)
                placed[doc_id] = (index.moved_by_split.get(doc_id) or story, event)
    event_of = {m: e.id for s in index.stories.values() for e in s.events for m in e.members}
    return [
        row(d, placed[d.id][0], event_of.get(d.id) or event_of.get(d.duplicate_of))
        for d in accepted
        if d.id in placed
    ]


def row(doc: Document, story: str | None, event: str | None) -> dict:
    return {"id": doc.id, "lang": doc.lang, "title": doc.title, "story": story, "event": event}


def titles_of(rows: list[dict], docs: list[Document], vectors: dict) -> dict[str, str | None]:
    """Each story's title as the summary row computes it."""
    by_id = {d.id: d for d in docs}
    members: dict[str, list[Document]] = defaultdict(list)
    for r in rows:
        members[r["story"]].append(by_id[r["id"]])
    return {s: central_title(ds, vectors) for s, ds in members.items()}


def translation_pairs(rows: list[dict]) -> dict[str, int]:
    """How many ntrex translation pairs there are, in one story, in one event."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if m := NTREX.match(r["id"]):
            by_article[m.group(2)].append(r)
    counts = Counter()
    for found in by_article.values():
        for a, b in combinations(found, 2):
            counts["pairs"] += 1
            counts["story"] += a["story"] == b["story"]
            counts["event"] += a["story"] == b["story"] and a["event"] == b["event"]
    return dict(counts)


def mixed_stories(rows: list[dict]) -> dict[str, list[dict]]:
    """The stories holding documents of two ntrex articles or more, or ntrex beside other
    documents."""
    by_story: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_story[r["story"]].append(r)
    out = {}
    for story, found in by_story.items():
        articles = {m.group(2) for r in found if (m := NTREX.match(r["id"]))}
        if len(articles) > 1 or (articles and len(articles) < len(found) and _others(found)):
            out[story] = found
    return out


def _others(found: list[dict]) -> bool:
    return any(not NTREX.match(r["id"]) for r in found)


def seeds(rows: list[dict]) -> str:
    """The seeds' stories and what each holds."""
    story_of = {r["id"]: r["story"] for r in rows}
    stories = sorted({s for d, s in story_of.items() if re.match(r"^\d{3}_", d)})
    parts = []
    for story in stories:
        held = [d for d, s in story_of.items() if s == story]
        n = sum(bool(re.match(r"^\d{3}_", d)) for d in held)
        parts.append(f"{story}: {n} seeds, {len(held) - n} others")
    return "; ".join(parts)


def not_headline(title: str | None) -> bool:
    """A title to read: one ending with a full stop or opening with a conjunction."""
    if not title:
        return False
    return title.rstrip().endswith((".", "؟.", "…")) or bool(CONJUNCTION.match(title.strip()))


def report(rows: list[dict], titles: dict[str, str | None], show_titles: bool) -> dict:
    pairs = translation_pairs(rows)
    mixed = mixed_stories(rows)
    sizes = Counter(r["story"] for r in rows)
    two_articles = {
        s: found
        for s, found in mixed.items()
        if len({m.group(2) for r in found if (m := NTREX.match(r["id"]))}) > 1
    }
    print(
        f"ntrex translation pairs in one story {pairs['story']}/{pairs['pairs']} "
        f"({pairs['story'] / pairs['pairs']:.3f}), in one event {pairs['event']}/{pairs['pairs']} "
        f"({pairs['event'] / pairs['pairs']:.3f}); stories holding two ntrex articles or more "
        f"{len(two_articles)}; ntrex beside other documents {len(mixed) - len(two_articles)}; "
        f"{len(sizes)} stories of {len(rows)} documents; seeds {seeds(rows)}"
    )
    for story, found in sorted(mixed.items(), key=lambda kv: _num(kv[0])):
        print(f"  {story} «{titles.get(story)}»")
        for r in found:
            print(f"    {r['event']}  {r['id']}  {(r['title'] or '')[:90]}")
    flagged = {s: t for s, t in titles.items() if not_headline(t)}
    print(f"titles to read (full stop, conjunction): {len(flagged)}")
    for s, t in sorted(flagged.items(), key=lambda kv: _num(kv[0])):
        print(f"  {s} ({sizes[s]}) «{t}»")
    if show_titles:
        for s, t in sorted(titles.items(), key=lambda kv: _num(kv[0])):
            if sizes[s] > 1:
                print(f"  title {s} ({sizes[s]}) «{t}»")
    return {
        "pairs": pairs,
        "two_articles": len(two_articles),
        "beside_others": len(mixed) - len(two_articles),
        "stories": {r["id"]: r["story"] for r in rows},
        "events": {r["id"]: r["event"] for r in rows},
        "titles": titles,
        "flagged_titles": flagged,
    }


def compare(before: dict, after: dict, rows: list[dict], titles: dict) -> None:
    """Every document whose story company changed, with the company before and after."""
    titled = {r["id"]: r["title"] for r in rows}

    def company(run: dict, doc: str) -> frozenset[str]:
        story = run["stories"].get(doc)
        return frozenset(d for d, s in run["stories"].items() if s == story)

    changed = sorted(d for d in after["stories"] if company(before, d) != company(after, d))
    print(f"documents whose story company changed: {len(changed)}")
    seen: set[frozenset[str]] = set()
    for doc in changed:
        for label, run in (("before", before), ("after", after)):
            group = company(run, doc)
            if group in seen:
                continue
            seen.add(group)
            print(f"  {label} {run['stories'][doc]} «{run['titles'].get(run['stories'][doc])}»")
            for d in sorted(group):
                print(f"    {d}  {(titled.get(d) or '')[:90]}")
    moved_titles = [
        (d, before["titles"].get(before["stories"][d]), titles.get(after["stories"][d]))
        for d in after["stories"]
        if d in before["stories"]
    ]
    changed_titles = {(b, a) for _, b, a in moved_titles if b != a}
    print(f"story titles changed: {len(changed_titles)}")
    for b, a in sorted(changed_titles, key=str):
        print(f"  «{b}» → «{a}»")


def _num(story: str) -> tuple[int, str]:
    digits = re.sub(r"\D", "", story.split(".")[0])
    return (int(digits) if digits else 0, story)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--stored", action="store_true", help="the stored stories and titles")
    parser.add_argument("--json", type=Path, help="write the measures here")
    parser.add_argument("--titles", action="store_true", help="list every story title")
    parser.add_argument("--compare", type=Path, help="an earlier --json to list moves against")
    args = parser.parse_args()
    docs, vectors, stored_titles = load(args.db)
    if args.stored:
        rows, titles = stored(docs), stored_titles
    else:
        rows = replayed(docs, vectors)
        titles = titles_of(rows, docs, vectors)
    out = report(rows, titles, args.titles)
    if args.compare:
        compare(json.loads(args.compare.read_text(encoding="utf-8")), out, rows, titles)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
