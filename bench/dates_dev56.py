"""Score the dates stage on eval/labels/dates_dev56.tsv (round dates56): right, wrong, abstained.

A labelled day is right when the stage's mentions overlapping the span all carry it; a labelled
week (seven days) when their windows share at least five of its days (a week start one day off
is no error); a labelled month when their windows are that month; an `unknown` row when none
carries a value. Wrong when one carries another, abstained when none carries a value.
Run: python bench/dates_dev56.py ../shared [-v]
"""

import csv
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from rasad.stages.dates import find_temporal

LABELS = Path(__file__).parent.parent / "eval" / "labels" / "dates_dev56.tsv"
FOLDERS = ("saudinewsnet_ar", "farsnews_fa")
WEEK_SHARED_DAYS = 5


def articles(shared: Path, ids: set[str]) -> dict[str, dict]:
    """The labelled articles, by id."""
    found = {}
    for folder in FOLDERS:
        with (shared / "corpus" / folder / "articles.jsonl").open(encoding="utf-8") as f:
            for a in map(json.loads, f):
                if a["id"] in ids:
                    found[a["id"]] = a
    return found


def days_of(text: str) -> tuple[date, date]:
    """A label's first and last day ("2015-08-01" or "2015-07-26..2015-08-01")."""
    first, _, last = text.partition("..")
    return date.fromisoformat(first), date.fromisoformat(last or first)


def fits(label: str, window: list) -> bool:
    """Whether a mention's window is the labelled day, week or month."""
    want, got = (
        days_of(label),
        (date.fromisoformat(str(window[0])), date.fromisoformat(str(window[1]))),
    )
    if (want[1] - want[0]).days == 6:
        shared = (min(want[1], got[1]) - max(want[0], got[0])).days + 1
        return shared >= WEEK_SHARED_DAYS and (got[1] - got[0]).days == 6
    return want == got


def verdict(row: dict, article: dict) -> tuple[str, list]:
    """("right" | "wrong" | "abstained", the overlapping mentions' windows)."""
    start, end = int(row["start"]), int(row["end"])
    span = article["text"][start:end]
    assert hashlib.sha1(span.encode()).hexdigest()[:8] == row["check"], row["article"]
    found = find_temporal(article["text"], article["lang"], date.fromisoformat(row["published"]))
    near = [d for d in found if d["start"] < end and start < d["end"] and d["value"]]
    got = [d["window"] or [d["value"], d["value"]] for d in near]
    if row["value"] == "unknown":
        return ("right" if not got else "wrong"), got
    if not got:
        return "abstained", got
    return ("right" if all(fits(row["value"], w) for w in got) else "wrong"), got


def main(shared: Path, verbose: bool) -> None:
    rows = list(csv.DictReader(LABELS.open(encoding="utf-8"), delimiter="\t"))
    found = articles(shared, {r["article"] for r in rows})
    tally: dict[str, dict[str, int]] = {}
    for row in rows:
        result, got = verdict(row, found[row["article"]])
        kind = tally.setdefault(row["kind"], {"right": 0, "wrong": 0, "abstained": 0})
        kind[result] += 1
        if verbose and result != "right":
            print(result, row["kind"], row["article"], row["value"], got)
    print(json.dumps(tally, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "-v" in sys.argv)
