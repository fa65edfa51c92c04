"""Which Saudi News Net reports change the day they are read as reporting, with and without
round stories59's clause test (`in_subordinate_clause`), read from the corpus directly.

Runs the stages the day reading needs (extract, clean, outlet, langid, pubdate, dates) over a
corpus's articles (no embedding, no archive), reads each report's day with the clause test
(this code) and without it (round stories58's reading: the lead's first day word), and prints
every report whose day changes with the sentence its new reading turns on, for reading. The
analysed dates are cached (`--cache`) so a second run takes seconds.

    .venv/bin/python bench/report_day_moves60.py [--corpus saudinewsnet_ar] [--cache OUT.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from unittest import mock

from rasad.cluster import series
from rasad.cluster.series import REPORT_DAY_LEAD, report_day
from rasad.config import Settings
from rasad.eval.shared import find_shared
from rasad.pipeline import build_pipeline
from rasad.services.assign import doc_day
from rasad.stages.readers import document_from_item

STAGES = ["extract", "clean", "outlet", "langid", "pubdate", "dates"]


def analysed(corpus: Path) -> list[dict]:
    """Each article's id, title, outlet, lead, day of publication and date mentions."""
    pipeline = build_pipeline(Settings(), STAGES)
    out = []
    for n, line in enumerate(corpus.read_text(encoding="utf-8").splitlines()):
        doc = pipeline(document_from_item(json.loads(line), str(corpus), f"line-{n}"))
        day = doc_day(doc)
        out.append(
            {
                "id": doc.id,
                "title": doc.title,
                "outlet": doc.outlet,
                "text": (doc.text or "")[: REPORT_DAY_LEAD + 200],
                "published": day.isoformat() if day else None,
                "dates": [d for d in doc.dates if d.get("start", 0) <= REPORT_DAY_LEAD],
            }
        )
    return out


def days(record: dict) -> tuple[object, object]:
    """A report's day read without the clause test (round stories58) and with it."""
    published = (
        None if record["published"] is None else series.date.fromisoformat(record["published"])
    )
    new = report_day(record["dates"], record["text"], published)
    with mock.patch.object(series, "in_subordinate_clause", lambda *_: False):
        old = report_day(record["dates"], record["text"], published)
    return old, new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="saudinewsnet_ar")
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        records = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        shared = find_shared()
        records = analysed(shared / "corpus" / args.corpus / "articles.jsonl")
        if args.cache:
            args.cache.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    changed = 0
    dated = [0, 0]
    for record in records:
        old, new = days(record)
        dated[0] += old is not None
        dated[1] += new is not None
        if old == new:
            continue
        changed += 1
        print(f"{record['id']}\t{record['outlet']}\t{old} -> {new}\t{record['title']}")
        print(f"    {record['text'][:REPORT_DAY_LEAD].replace(chr(10), ' / ')}")
    print(
        f"{len(records)} reports; dated {dated[0]} -> {dated[1]}; {changed} change their day",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
