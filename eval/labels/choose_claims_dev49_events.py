"""Choose the SaudiNewsNet events read for claim_pairs_dev49.tsv (how the round-49 set was drawn).

Unlike the candidate listings of earlier rounds, this picks whole events at random and the
annotator reads every article of each event side by side, writing down the statement pairs a
careful analyst would compare. Events: the labelled events of `saudinewsnet_events.tsv` with
two or more outlets (not a `single-` event) where no article is named by any file under
eval/labels (claim pairs, facts, archive judgements, quotes, entities, framing, timelines ...)
or by any test: 21 events, all read, in the order `random.Random(49)` draws them after
sorting by label (16 were to be drawn; they held one contradiction, so the other five were read too).
Usage (from the repository):
    .venv/bin/python eval/labels/choose_claims_dev49_events.py /work/shared
Prints one line per chosen event: label, then its article ids (outlet, publication day).
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID = re.compile(r"\b(?:snn|bbc|fars|ntrex)-[\w-]+")
SEED = 49
EVENTS_DRAWN = 21
OWN_FILES = {"saudinewsnet_events.tsv", "claim_pairs_dev49.tsv", Path(__file__).name}


def used_ids() -> set[str]:
    """Articles any labels file (other than the events list and this round's) or test names."""
    files = [p for p in HERE.iterdir() if p.is_file() and p.name not in OWN_FILES]
    files += list((HERE.parents[1] / "tests").rglob("*.py"))
    return {i for p in files for i in ID.findall(p.read_text(encoding="utf-8", errors="ignore"))}


def articles_of(shared: Path) -> dict[str, dict]:
    """The SaudiNewsNet articles by id."""
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        return {a["id"]: a for a in map(json.loads, lines)}


def free_events(articles: dict[str, dict]) -> dict[str, list[str]]:
    """Multi-outlet events with no used article."""
    lines = (HERE / "saudinewsnet_events.tsv").read_text("utf-8").splitlines()
    events: dict[str, list[str]] = defaultdict(list)
    for row in csv.DictReader([x for x in lines if not x.startswith("#")], delimiter="\t"):
        if not row["event"].startswith("single-") and row["id"] in articles:
            events[row["event"]].append(row["id"])
    used = used_ids()
    return {
        e: ids
        for e, ids in sorted(events.items())
        if len({articles[i].get("outlet") for i in ids}) >= 2 and not set(ids) & used
    }


def main(shared: Path) -> None:
    """Print the drawn events and their articles."""
    articles = articles_of(shared)
    events = free_events(articles)
    drawn = random.Random(SEED).sample(sorted(events), min(EVENTS_DRAWN, len(events)))
    print(f"# {len(events)} free multi-outlet events; {len(drawn)} drawn with seed {SEED}")
    for event in drawn:
        ids = sorted(events[event])
        told = ", ".join(
            f"{i} ({articles[i].get('outlet')}, {str(articles[i].get('published'))[:10]})"
            for i in ids
        )
        print(f"{event}\t{told}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
