"""What skipping e5 for documents whose story their entities and numbers already decide would
save and lose, measured on a stored whole-archive database (issue 26, point 4).

Replays the archive as `bench/archive_replay.py` does (stored vectors, keys, order), with a
rule that decides a document's story without its vector: exactly one story (among those it
shares names with) shares names whose specificities add up to `--names` or more, at least
`--facts` numbers or dates, and lies within `--days` of the document's day. Such a document
would not need e5; in the replay it joins that story with the story's centroid standing in for
its own vector (what an ingest that skipped e5 would have). Prints the share of documents so
decided (the share of e5's cost saved), how often the vector placement would have chosen
another story, and the archive scores with and without the rule.

The replay reads vectors stored by the ingest, so it measures a placement change, not an
embedding change (another token budget or prefix needs new vectors: `rasad eval clustering`).

    .venv/bin/python bench/skip_embedding.py COPY.db [--names 1.5] [--facts 1] [--days 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np
from archive_replay import load, scored_rows  # bench/archive_replay.py

from rasad.cluster.embed import centered
from rasad.cluster.index import FACT, Story, StoryIndex, days_outside, untyped
from rasad.eval.archive import format_archive_report, score_database
from rasad.eval.shared import find_shared
from rasad.model import Document
from rasad.services.assign import doc_day, doc_keys, doc_known


def vector_choice(
    index: StoryIndex, vector: np.ndarray, day: date | None, keys: set[str], known: bool
) -> str | None:
    """The story `index.add` would put the document in (None: a new one), without adding."""
    best = index.best(vector, day, keys, known)[0]
    return best.id if best else None


def keys_choice(
    index: StoryIndex,
    by_name: dict[str, set[str]],
    day: date | None,
    keys: set[str],
    args: argparse.Namespace,
) -> Story | None:
    """The one story the document's names, numbers and day decide, or None."""
    if day is None:
        return None
    facts = {k for k in keys if k.startswith(FACT)}
    # a name on 1 document in 20 or more has specificity 0 and decides nothing: skip its
    # (long) list of stories
    rare = [n for n in untyped(keys) if index.specificity(n) > 0]
    ids = set().union(*(by_name.get(n, set()) for n in rare))
    fitting = []
    for sid in sorted(ids):
        story = index.stories.get(sid)
        if story is None or days_outside(day, story) > args.days:
            continue
        if len(facts & story.top_facts()) < args.facts:
            continue
        if index.shared_specificity(keys, story) >= args.names:
            fitting.append(story)
    return fitting[0] if len(fitting) == 1 else None


def replay(
    docs: list[Document], vectors: dict[str, np.ndarray], args: argparse.Namespace | None
) -> tuple[list[dict], dict]:
    """Place every document (with the rule when `args` is given); the placements and counts."""
    index, placed = StoryIndex(), {}
    by_name: dict[str, set[str]] = defaultdict(set)
    counts = {"placed by vector": 0, "decided by keys": 0, "vector disagrees": 0}
    for doc in docs:
        if doc.rejected:
            continue
        if doc.duplicate_of in placed:
            placed[doc.id] = placed[doc.duplicate_of]
            continue
        if doc.id not in vectors:
            continue
        vector = centered(vectors[doc.id], doc.lang)
        day, keys, known = doc_day(doc), doc_keys(doc), doc_known(doc)
        decided = keys_choice(index, by_name, day, keys, args) if args else None
        if decided is not None:
            counts["decided by keys"] += 1
            if vector_choice(index, vector, day, keys, known) != decided.id:
                counts["vector disagrees"] += 1
            event = index.join(decided, doc.id, decided.centroid(), day, keys, known=known)
            story_id, event_id = decided.id, event.id
        else:
            counts["placed by vector"] += 1
            a = index.add(doc.id, vector, day, keys, known)
            story_id, event_id = a.story, a.event
        placed[doc.id] = (story_id, event_id)
        for name in untyped(keys):
            by_name[name].add(story_id)
    out, merged = scored_rows(docs, index, placed)
    counts["merges"] = len(merged)
    return out, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument(
        "--names", default="1.5", help="shared-name specificity sums to try, comma-separated"
    )
    parser.add_argument("--facts", type=int, default=1, help="shared numbers or dates")
    parser.add_argument("--days", type=int, default=3, help="days outside the story's span")
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    shared = find_shared(args.shared)
    if shared is None:
        print("skipped: ../shared not found (give --shared PATH)", file=sys.stderr)
        return 0
    docs, vectors, names = load(args.db)
    runs = [] if args.no_baseline else [("baseline", None)]
    for names_min in filter(None, args.names.split(",")):
        rule = argparse.Namespace(**{**vars(args), "names": float(names_min)})
        runs.append((f"names >= {rule.names}, facts >= {args.facts}, days <= {args.days}", rule))
    for label, rule in runs:
        started = time.process_time()
        out, counts = replay(docs, vectors, rule)
        result = score_database({"documents": out, "stories": {}, "names": names}, shared)
        result["ingest"] = {"database": f"{args.db}, replayed: {label}"}
        placed = counts["placed by vector"] + counts["decided by keys"]
        print(
            f"== {label}: "
            f"{counts['decided by keys']} of {placed} documents decided by keys "
            f"({counts['decided by keys'] / max(placed, 1):.1%}), the vector would have chosen "
            f"another story for {counts['vector disagrees']}; {counts['merges']} merges; "
            f"{time.process_time() - started:.0f} CPU s",
            flush=True,
        )
        print(format_archive_report(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
