"""`rasad eval clustering`'s streams placed and then consolidated once, scored on development
documents only (round stories76).

`rasad eval clustering` places each stream without consolidating, so a rule acting at
consolidation (merging two stories, folding a story's events) never shows in it. This script
places the ntrex stream and the mixed stream exactly as the eval does (`rasad_clusters`'s
order, vectors and keys), runs one consolidation pass at the end (as `rasad ingest` does after
an input), and scores stories and events with the eval's B-cubed on the **development half of
ntrex only** (`split_of`: Saudi News Net's event labels and ntrex's test half are held out and
are not scored here), with the mixed stream's contaminated count over those development groups
(a development group whose story also holds a Fars News or BBC distractor).

    PYTHONPATH=src .venv/bin/python bench/stories76_consolidated_eval.py [--shared PATH]
        [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from rasad.cluster.embed import centered
from rasad.cluster.index import StoryIndex
from rasad.config import Settings
from rasad.eval.clustering import (
    DISTRACTORS,
    NTREX_DEV_SHARE,
    bcubed,
    contaminated,
    load,
    load_events,
    match_keys,
    split_of,
    vectors,
)


def consolidated(docs: list, vecs) -> tuple[list[str], list[str]]:
    """Each document's story and event: placed in order, then one consolidation pass."""
    index = StoryIndex()
    for doc, vec in zip(docs, vecs, strict=True):
        day = date.fromisoformat(doc.published["value"]) if doc.published else None
        index.add(doc.id, centered(vec, doc.lang), day, match_keys(doc))
    index.consolidate()
    story_of = {m: s.id for s in index.stories.values() for m in s.members}
    event_of = {m: e.id for s in index.stories.values() for e in s.events for m in e.members}
    return [story_of[d.id] for d in docs], [event_of[d.id] for d in docs]


def scored(name: str, items: list, settings: Settings) -> dict:
    """One stream's development scores after consolidation; `items` are (document, its
    development label or None, whether it is a distractor)."""
    docs = [d for d, _, _ in items]
    vecs = vectors(
        docs, settings.embed_lead_words, settings.embed_max_tokens, settings.embed_engine
    )
    stories, events = consolidated(docs, vecs)
    dev = [g for _, g, _ in items]
    out = {"stream": name, "stories": len(set(stories)), "events": len(set(events))}
    for level, pred in (("story", stories), ("event", events)):
        out[level] = {k: round(v, 4) for k, v in bcubed(dev, pred).items()}
    out["contaminated"] = contaminated(dev, stories, [x for _, _, x in items])
    print(
        f"{name}: dev stories B3 P {out['story']['precision']:.4f} R {out['story']['recall']:.4f}"
        f" F1 {out['story']['f1']:.4f}; dev events P {out['event']['precision']:.4f}"
        f" R {out['event']['recall']:.4f} F1 {out['event']['f1']:.4f}; {out['stories']} stories,"
        f" {out['events']} events; contaminated dev groups {out['contaminated']}"
    )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    settings = Settings()  # the defaults the eval command embeds with
    ntrex = [
        (d, g if split_of(g, NTREX_DEV_SHARE) == "dev" else None, False)
        for d, g in load(args.shared, "ntrex_ar_fa_en")
    ]
    # Saudi News Net's labelled articles take part in the mixed stream unscored (held out)
    mixed = ntrex + [(d, None, False) for d, _ in load_events(args.shared)]
    for name, n in DISTRACTORS.items():
        mixed += [(d, None, True) for d, _ in load(args.shared, name, n)]
    mixed.sort(key=lambda x: x[0].id)  # the eval's interleaving
    out = [scored("ntrex", ntrex, settings), scored("mixed", mixed, settings)]
    if args.json:
        args.json.write_text(json.dumps(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
