"""Replay the consolidation of this code on a stored archive's stories (round stories78).

An archive's stories are what its ingest runs made: each run's consolidation visits only the
stories it touched (and those live around its last day), so a rule added to the consolidation
since reaches an old story only when a document joins it again. This script rebuilds the
index from every stored document as the ingest does after a stale state
(`StoryAssigner.rebuild`: each document restored into its stored story and event, the names
counted), marks **every** story touched, and runs one consolidation (`StoryIndex.consolidate`:
the merges, the fold of a report's events with its translations', the series and column
splits) — what rebuilding the story states and consolidating would do to the archive. Nothing
is written to the database (open a copy all the same: the store runs pending migrations).

It prints every merge (the two stories' sizes, titles and the reason), the documents whose
story company changed (a copy follows its original) and the events folded, and with `--json`
writes each document's story and event before and after, for `--compare` of two runs (main's
code and a branch's) and for reading the moves.

    PYTHONPATH=src .venv/bin/python bench/stories78_consolidation_replay.py COPY.db \
        [--json OUT.json] [--compare MAIN.json] [--big 5]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from rasad.services.assign import StoryAssigner
from rasad.store import open_store


def _final(merged: dict[str, str], story: str) -> str:
    while story in merged:
        story = merged[story]
    return story


def replay(db: Path) -> dict:
    """Each stored document's story and event before and after one consolidation of every
    story, the merges with their reasons, and the stored titles."""
    store = open_store(str(db))
    started = time.perf_counter()
    assigner = StoryAssigner.rebuild(store)
    index = assigner.index
    print(f"rebuilt {len(index.stories)} stories ({time.perf_counter() - started:.0f} s)")
    docs = [d for d in store.iter_documents() if d.story and not d.rejected]
    titles = {s: t for s, t in _titles(db).items()}
    sizes_before = defaultdict(int)
    for d in docs:
        sizes_before[d.story] += 1
    index.touched = set(index.stories)
    merged = index.consolidate()
    print(f"consolidated: {len(merged)} merges ({time.perf_counter() - started:.0f} s)")
    event_of = {m: e.id for s in index.stories.values() for e in s.events for m in e.members}
    rows = []
    for d in docs:
        after = _final(merged, d.story)
        after = index.moved_by_split.get(d.id) or index.moved_by_split.get(d.duplicate_of) or after
        event = event_of.get(d.id) or event_of.get(d.duplicate_of or "") or d.event
        rows.append(
            {
                "id": d.id,
                "lang": d.lang,
                "outlet": d.outlet,
                "published": (d.published or {}).get("value") if d.published else None,
                "title": d.title,
                "before": d.story,
                "event_before": d.event,
                "after": after,
                "event_after": event,
            }
        )
    merges = [
        {
            "gone": gone,
            "kept": kept,
            "gone_size": sizes_before[gone],
            "kept_size": sizes_before[kept],
            "gone_title": titles.get(gone),
            "kept_title": titles.get(kept),
            "reason": index.reasons.get(gone, ""),
        }
        for gone, kept in merged.items()
    ]
    return {
        "rows": rows,
        "merges": merges,
        "folded": sorted(index.folded),
        "split": sorted(set(index.moved_by_split.values())),
        "titles": titles,
    }


def _titles(db: Path) -> dict[str, str]:
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT id, title FROM stories"))
    finally:
        con.close()


def companies(rows: list[dict], key: str) -> dict[str, frozenset[str]]:
    """Each document's story company (the documents of its story) under `key`."""
    members: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        members[r[key]].add(r["id"])
    frozen = {s: frozenset(m) for s, m in members.items()}
    return {r["id"]: frozen[r[key]] for r in rows}


def moved_documents(rows: list[dict]) -> list[str]:
    """The documents whose story company changed from before to after."""
    before, after = companies(rows, "before"), companies(rows, "after")
    return sorted(d for d in before if before[d] != after[d])


def event_moves(rows: list[dict]) -> int:
    """The documents whose event company changed."""
    before, after = companies(rows, "event_before"), companies(rows, "event_after")
    return sum(before[d] != after[d] for d in before)


def report(run: dict, big: int) -> None:
    rows = run["rows"]
    moved = moved_documents(rows)
    print(
        f"{len(rows)} documents; {len({r['before'] for r in rows})} stories before, "
        f"{len({r['after'] for r in rows})} after; documents changing story company "
        f"{len(moved)}; changing event company {event_moves(rows)}; merges "
        f"{len(run['merges'])} (both sides ≥ {big} documents: "
        f"{sum(min(m['gone_size'], m['kept_size']) >= big for m in run['merges'])}); "
        f"stories with events folded {len(run['folded'])}; split off {len(run['split'])}"
    )
    by_story = defaultdict(list)
    for r in rows:
        by_story[r["before"]].append(r)
    for m in sorted(run["merges"], key=lambda m: -min(m["gone_size"], m["kept_size"])):
        print(
            f"\nMERGE {m['gone']} ({m['gone_size']}) → {m['kept']} ({m['kept_size']}): "
            f"{m['reason']}"
        )
        for side in ("kept", "gone"):
            print(f"  {side} {m[side]} «{m[side + '_title']}»")
            for r in by_story[m[side]][:12]:
                print(
                    f"    {r['id'][:40]:40} {r['lang']} {r['outlet'] or '-':18.18} "
                    f"{r['published'] or '-':10.10} {(r['title'] or '')[:70]}"
                )


def compare(main: dict, branch: dict) -> None:
    """The documents whose story company differs between two replays of one archive."""
    a = companies(main["rows"], "after")
    b = companies(branch["rows"], "after")
    differ = sorted(d for d in a if d in b and a[d] != b[d])
    print(f"\ndocuments whose story company differs main → branch: {len(differ)}")
    seen = set()
    titles = {r["id"]: r["title"] for r in branch["rows"]}
    for d in differ:
        for label, group in (("main", a[d]), ("branch", b[d])):
            if (label, group) in seen:
                continue
            seen.add((label, group))
            print(f"  {label}: {len(group)} documents")
            for x in sorted(group)[:15]:
                print(f"    {x[:40]:40} {(titles.get(x) or '')[:80]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier --json (main's code)")
    parser.add_argument("--big", type=int, default=5, help="a merge of two stories this large")
    args = parser.parse_args()
    run = replay(args.db)
    report(run, args.big)
    if args.json:
        args.json.write_text(json.dumps(run, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        compare(json.loads(args.compare.read_text(encoding="utf-8")), run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
