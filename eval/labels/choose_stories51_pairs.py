"""Draw the stories51 development pairs: two reports of one stored story, on different
publication days, that both give a figure of the same counted thing (the numbers stage's
counted noun or unit), for a reader to judge whether they report one occurrence or two (a
series' daily reports). Drawn before any change of round stories51.

From the session-50 whole-archive database (read-only), stories as its ingest left them; both
documents dated to the day, neither a copy, neither in an earlier stories or events label file
(`saudinewsnet_events.tsv`, `stories49_events.tsv`); pairs in random order (seed 51), at most
one pair per story, the first PAIRS kept.

    python eval/labels/choose_stories51_pairs.py [/work/archive/s50/look50.db] > pairs.txt
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

DB = Path("/work/archive/s50/look50.db")
HERE = Path(__file__).resolve().parent
USED = ["saudinewsnet_events.tsv", "stories49_events.tsv"]
SEED = 51
PAIRS = 60


def used_ids() -> set[str]:
    """Articles of the earlier story and event label files."""
    ids = set()
    for name in USED:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()[1:]:
            ids.add(line.split("\t")[0])
    return ids


def thing(number: dict) -> str | None:
    """The counted thing of a number, crudely (the noun without its article or accusative)."""
    if number.get("unit"):
        return number["unit"]
    noun = number.get("counts")
    if not noun:
        return None
    noun = noun[2:] if noun.startswith("ال") else noun
    return noun[:-1] if len(noun) > 3 and noun.endswith("ا") else noun


def things(record: dict) -> dict[str, set[float]]:
    """Counted thing → the values a document gives it."""
    out: dict[str, set[float]] = defaultdict(set)
    for n in record["numbers"]:
        if (t := thing(n)) is not None:
            out[t].add(round(float(n["value"]), 3))
    return out


def main() -> int:
    db = Path(sys.argv[1]) if len(sys.argv) > 1 else DB
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    used = used_ids()
    by_story: dict[str, list[dict]] = defaultdict(list)
    for (raw,) in con.execute("SELECT record FROM documents ORDER BY seq"):
        rec = json.loads(raw)
        published = rec.get("published") or {}
        if rec.get("rejected") or rec.get("duplicate_of") or rec["id"] in used:
            continue
        if not rec.get("story") or published.get("precision") != "day":
            continue
        by_story[rec["story"]].append(rec)
    pairs = []
    for story, docs in sorted(by_story.items()):
        for a, b in combinations(docs, 2):
            if a["published"]["value"] == b["published"]["value"]:
                continue
            shared = sorted(things(a).keys() & things(b).keys())
            if shared:
                pairs.append((story, a, b, shared))
    random.Random(SEED).shuffle(pairs)
    seen: set[str] = set()
    for story, a, b, shared in pairs:
        if story in seen:
            continue
        seen.add(story)
        print(f"{a['id']}\t{b['id']}\t{story}\t{','.join(shared)}")
        if len(seen) == PAIRS:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
