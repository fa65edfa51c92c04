"""Score the dates stage on eval/labels/dates_dev55.tsv (round dates55): right, wrong, abstained.

A row is right when the stage's mentions overlapping its span carry the labelled day (and, for a
zoned time, a zone recorded by the labelled UTC offset), wrong when one carries another day (or
offset), abstained when none carries a day. Run: python bench/dates_dev55.py ../shared [-v]
"""

import csv
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from rasad.stages.dates import find_temporal

LABELS = Path(__file__).parent.parent / "eval" / "labels" / "dates_dev55.tsv"
FOLDERS = ("saudinewsnet_ar", "farsnews_fa")


def articles(shared: Path, ids: set[str]) -> dict[str, dict]:
    """The labelled articles, by id."""
    found = {}
    for folder in FOLDERS:
        with (shared / "corpus" / folder / "articles.jsonl").open(encoding="utf-8") as f:
            for a in map(json.loads, f):
                if a["id"] in ids:
                    found[a["id"]] = a
    return found


def verdict(row: dict, article: dict) -> tuple[str, list]:
    """("right" | "wrong" | "abstained", the overlapping mentions' values)."""
    start, end = int(row["start"]), int(row["end"])
    span = article["text"][start:end]
    assert hashlib.sha1(span.encode()).hexdigest()[:8] == row["check"], row["article"]
    found = find_temporal(article["text"], article["lang"], date.fromisoformat(row["published"]))
    near = [d for d in found if d["start"] < end and start < d["end"] and d["value"]]
    if row["offset"]:
        near = [d for d in near if d.get("type") == "time"]
    got = [(d["value"], d.get("zone")) for d in near]
    if not got:
        return "abstained", got
    want_zone = f"UTC{row['offset']}" if row["offset"] else None
    ok = all(v == row["value"] and (not want_zone or z == want_zone) for v, z in got)
    return ("right" if ok else "wrong"), got


def main(shared: Path, verbose: bool) -> None:
    rows = list(csv.DictReader(LABELS.open(encoding="utf-8"), delimiter="\t"))
    found = articles(shared, {r["article"] for r in rows})
    tally: dict[str, dict[str, int]] = {}
    for row in rows:
        result, got = verdict(row, found[row["article"]])
        kind = tally.setdefault(row["kind"], {"right": 0, "wrong": 0, "abstained": 0})
        kind[result] += 1
        if verbose and result != "right":
            print(result, row["kind"], row["article"], row["value"], row["offset"], got)
    print(json.dumps(tally, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "-v" in sys.argv)
