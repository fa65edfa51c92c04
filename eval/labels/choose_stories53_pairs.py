"""Draw the stories53 development pairs: two reports of one stored story whose leads name
different days they report (a day word the dates stage resolved: «اليوم», «أمس», a weekday),
for a reader to judge whether they report one event or story line, or two occurrences of a
series. Drawn before any change of round stories53.

From the session-51 whole-archive database (read-only), stories as its ingest left them; both
documents published to the day, neither a copy, neither in an earlier stories or events label
file (`saudinewsnet_events.tsv`, `stories49_events.tsv`, `stories51_pairs.tsv`). The day a
report is about is, crudely, the first mention in its first LEAD characters that is relative,
to the day, not after publication, and holds a day word (`rasad.lang.date_words`: a weekday, or
a day word of offset 0 or less). Two strata, pairs in random order (seed 53), at most one pair
per story in each: SAME_OUTLET pairs of one outlet, OTHER_OUTLETS pairs of two.

    python eval/labels/choose_stories53_pairs.py [/work/archive/s51/look51b.db] > pairs.txt
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from rasad.lang.date_words import DAY_WORDS, WEEKDAYS

DB = Path("/work/archive/s51/look51b.db")
HERE = Path(__file__).resolve().parent
USED = ["saudinewsnet_events.tsv", "stories49_events.tsv", "stories51_pairs.tsv"]
SEED = 53
SAME_OUTLET = 30
OTHER_OUTLETS = 20
LEAD = 600
WORDS = {w for w, offset in DAY_WORDS.items() if offset <= 0} | set(WEEKDAYS)


def used_ids() -> set[str]:
    """Articles of the earlier story and event label files (first two columns)."""
    ids = set()
    for name in USED:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()[1:]:
            ids.update(line.split("\t")[:2])
    return ids


def report_day(dates: list[dict], published: str) -> str | None:
    """The first day the lead names by a day word, not after publication."""
    for d in sorted(dates, key=lambda d: d.get("start", 0)):
        if d.get("start", 0) > LEAD:
            break
        if not d.get("relative") or d.get("precision") != "day" or not d.get("value"):
            continue
        text = d.get("text", "")
        if (text in WORDS or WORDS & set(text.split())) and d["value"] <= published:
            return d["value"]
    return None


def main() -> int:
    db = Path(sys.argv[1]) if len(sys.argv) > 1 else DB
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    used = used_ids()
    by_story: dict[str, list[tuple]] = defaultdict(list)
    query = (
        "SELECT id, outlet, title, json_extract(record, '$.story'), "
        "json_extract(record, '$.published'), json_extract(record, '$.dates') FROM documents "
        "WHERE rejected IS NULL AND json_extract(record, '$.duplicate_of') IS NULL ORDER BY seq"
    )
    for doc_id, outlet, title, story, published, dates in con.execute(query):
        published = json.loads(published) if published else {}
        if doc_id in used or not story or published.get("precision") != "day":
            continue
        day = report_day(json.loads(dates or "[]"), published["value"])
        if day:
            by_story[story].append((doc_id, outlet, day, title))
    strata: dict[bool, list] = {True: [], False: []}
    for story, docs in sorted(by_story.items()):
        for a, b in combinations(docs, 2):
            if a[2] != b[2]:
                strata[a[1] == b[1]].append((story, a, b))
    for same, wanted in ((True, SAME_OUTLET), (False, OTHER_OUTLETS)):
        random.Random(SEED).shuffle(strata[same])
        seen: set[str] = set()
        for story, a, b in strata[same]:
            if story in seen:
                continue
            seen.add(story)
            print(f"{a[0]}\t{b[0]}\t{story}\t{'same' if same else 'other'}\t{a[2]}\t{b[2]}")
            if len(seen) == wanted:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
