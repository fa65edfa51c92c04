"""Read the largest stories' pages of a database as a user meets them (rounds stories80-84).

For each of the N largest stories: the why line's entity names against the entities the
linker makes of them (a name per linked entity, or two names of one entity: «پالو», Palu,
«بالو»), the names written in another script than the story's title, and the timeline's
entries in the order the page lists them — a deadline (or a day after every report of the
story, which cannot have happened yet) listed before the last of the story's own happenings is
shown among them; an own entry ending more than REPORT_LAG_DAYS before the story's first
report dated to its day is history shown as the story's (round stories84). `--stored` reads the pages the ingest stored; without it each page is
recomputed with the code on PYTHONPATH (as an ingest's refresh would). Prints the counts and,
with `--list`, every story's why line and timeline.

    PYTHONPATH=src .venv/bin/python bench/story_pages_look.py DB [--top 40] [--stored] [--list]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date, timedelta

from rasad.analysis.pages import story_views
from rasad.analysis.stories import REPORT_LAG_DAYS
from rasad.entities.link import EntityIndex, read_from_text
from rasad.services import queries
from rasad.store import open_store
from rasad.text.days import span

WHY_PREFIX = "shared entities: "


def script(name: str) -> str:
    """ "latin" or "arabic" by the name's letters (the majority), "" when it has none."""
    counts = Counter("latin" if ch.isascii() else "arabic" for ch in name if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else ""


def linked_names(docs: list) -> dict[str, set[str]]:
    """Each written form of a mention → the linked entity ids it is read as."""
    index = EntityIndex()
    out: dict[str, set[str]] = {}
    for d in docs:
        given = [read_from_text(m, d.text, d.lang) for m in d.entities]
        for m, eid in zip(d.entities, index.add(d.id, d.lang, given, d.story), strict=True):
            out.setdefault(" ".join(m["text"].split()), set()).add(eid)
    return out


def own_entry(entry: dict) -> bool:
    """A timeline entry shown as the story's own happening."""
    return not entry.get("background") and not to_come(entry)


def to_come(entry: dict) -> bool:
    """A deadline, a target, or a day set for after every report (upcoming)."""
    return bool(entry.get("deadline") or entry.get("upcoming"))


def before_first_report(docs: list, own: list[dict]) -> list[dict]:
    """The own entries ending more than REPORT_LAG_DAYS before the story's first report dated
    to its day (round stories84: history a dated story's timeline shows as its own)."""
    days = [
        date.fromisoformat(d.published["window"][0])
        for d in docs
        if d.published and d.published.get("precision") == "day"
    ]
    if not days:
        return []
    bound = min(days) - timedelta(days=REPORT_LAG_DAYS)
    return [e for e in own if e["date"] and span(e["date"])[1] < bound]


def page(store, story_id: str, stored: bool) -> tuple[dict, list[dict]]:
    if stored:
        return queries.story_detail(store, story_id), queries.story_timeline(store, story_id)
    docs = store.story_documents(story_id)
    vectors = store.vectors_of(d.id for d in docs)
    built = story_views(story_id, docs, vectors, store.quote_speakers([d.id for d in docs]), 0)
    return built["detail"], [item for part, *_, item, _ in built["items"] if part == "timeline"]


def look(db: str, top: int, stored: bool, listing: bool) -> dict:
    store = open_store(db)
    rows = queries.story_list(store)["stories"][:top]
    totals: Counter[str] = Counter()
    for row in rows:
        sid = row["id"]
        docs = store.story_documents(sid)
        detail, entries = page(store, sid, stored)
        names = next(
            (w[len(WHY_PREFIX) :].split(", ") for w in detail["why"] if w.startswith(WHY_PREFIX)),
            [],
        )
        linked = linked_names(docs)
        seen: Counter[str] = Counter()
        for name in names:
            for eid in linked.get(name, set()):
                seen[eid] += 1
        twice = sum(n - 1 for n in seen.values() if n > 1)
        title_script = script(detail.get("title") or "")
        other = [n for n in names if title_script and script(n) not in ("", title_script)]
        last = max((d.published["window"][1] for d in docs if d.published), default=None)
        own_last = max((i for i, e in enumerate(entries) if own_entry(e)), default=-1)
        # a deadline listed before one of the story's own happenings is read among them; a
        # day after every report of the story, unmarked, is read as a happening
        among = [
            e
            for i, e in enumerate(entries[: own_last + 1])
            if to_come(e) and any(own_entry(x) for x in entries[i + 1 :])
        ]
        later = [
            e
            for e in entries
            if last
            and own_entry(e)
            and e["date"]
            and e["date"][: len(last)] > last[: len(e["date"])]
        ]
        undated = not any(d.published for d in docs)
        own = [e for e in entries if own_entry(e)]
        recalled = before_first_report(docs, own)
        totals["stories"] += 1
        totals["why names"] += len(names)
        totals["why names of an entity named already"] += twice
        totals["why lines naming an entity twice"] += bool(twice)
        totals["why names in another script than the title"] += len(other)
        totals["why lines with a name in another script"] += bool(other)
        totals["timeline entries"] += len(entries)
        totals["deadlines listed among happenings"] += len(among)
        totals["days after every report shown as happenings"] += len(later)
        totals["deadline entries"] += sum(bool(e.get("deadline")) for e in entries)
        totals["upcoming entries"] += sum(bool(e.get("upcoming")) for e in entries)
        totals["own entries of unknown date"] += sum(
            own_entry(e) and not e["date"] for e in entries
        )
        totals["background entries"] += sum(bool(e.get("background")) for e in entries)
        totals["own entries before the first dated report"] += len(recalled)
        if undated:
            totals["undated stories"] += 1
            totals["undated stories' own entries"] += len(own)
            totals["undated stories' background entries"] += len(entries) - len(own)
            totals["undated stories with no own entry"] += not own
        if listing:
            print(f"== {sid} {detail.get('title')}")
            print("   why:", ", ".join(names))
            for e in entries:
                marks = "".join(
                    f" ({k})" for k in ("upcoming", "deadline", "background") if e.get(k)
                )
                docs_cited = sorted({ev["doc"] for ev in e["evidence"]})
                print(
                    f"   {e['date'] or 'date unknown'}{marks}  {e['summary'][:90]!r}  {docs_cited[:3]}"
                )
    return dict(totals)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--stored", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--json")
    args = parser.parse_args()
    totals = look(args.db, args.top, args.stored, args.list)
    for k, v in totals.items():
        print(f"{k}: {v}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(totals, f, indent=1)


if __name__ == "__main__":
    main()
