"""List candidate statement pairs for claim_pairs_dev48.tsv (how the round-48 candidates were found).

Only proposes: every pair in the file was read and labelled by hand. Reads the SaudiNewsNet
articles of the multi-outlet events of `saudinewsnet_events.tsv` (two or more outlets, not a
`single-` event) where no article is named by any claim_pairs*.tsv, claims_facts*.tsv,
claims_archive*.tsv file or test: events no earlier set used. Each event's articles go through
the stages statements read (`rasad.eval.claims.analysed_article`); every sentence pair of two
outlets printed at most two days apart is listed when it is aimed at what differs:
- `figure`: one counted noun, casualty kind or age given two figures (neither document giving
  the other's), or figures in common beside one that differs;
- `day`: two weekdays, relative days, months or full dates;
- `denial`: one side denies or negates, with three stems in common;
- `close`: wording overlap ≥ 0.30 (hard agrees and look-alikes).
One line per pair with rasad's verdict (main's code), sorted by event and overlap.
Usage (from the repository):
    .venv/bin/python eval/labels/find_claim_candidates_dev48.py /work/shared > /tmp/dev48.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from rasad.analysis import statements as S
from rasad.eval.claims import analysed_article

HERE = Path(__file__).resolve().parent
ID = re.compile(r"\b(?:snn|bbc|fars|ntrex)-[\w-]+")


def used_ids() -> set[str]:
    """Articles any claim pair, fact or archive-judgement file or test names."""
    files = list(HERE.glob("claim_pairs*.tsv")) + list(HERE.glob("claims_facts*.tsv"))
    files += list(HERE.glob("claims_archive*.tsv"))
    files += list((HERE.parents[1] / "tests").rglob("*.py"))
    return {i for p in files for i in ID.findall(p.read_text(encoding="utf-8", errors="ignore"))}


def free_events(articles: dict[str, dict]) -> dict[str, list[str]]:
    """Multi-outlet events of the events file with no used article."""
    lines = (HERE / "saudinewsnet_events.tsv").read_text("utf-8").splitlines()
    events: dict[str, list[str]] = defaultdict(list)
    for row in csv.DictReader([x for x in lines if not x.startswith("#")], delimiter="\t"):
        if not row["event"].startswith("single-") and row["id"] in articles:
            events[row["event"]].append(row["id"])
    used = used_ids()
    return {
        e: ids
        for e, ids in events.items()
        if len({articles[i].get("outlet") for i in ids}) >= 2 and not set(ids) & used
    }


def kind_of(a: S.Statement, b: S.Statement) -> str | None:
    """Why the pair is worth reading, or None."""
    overlap = S.jaccard(a.keys, b.keys)
    for v in a.values:
        for w in b.values:
            one = (v.noun_key and v.noun_key == w.noun_key) or (
                v.casualty and v.casualty == w.casualty
            )
            one = one or (v.age and w.age)
            if (
                one
                and not S.same_figure(v, w)
                and overlap >= 0.08
                and not any(S.same_figure(v, x) for x in b.doc_values)
            ):
                return "figure"
    if overlap >= 0.12 and (
        (a.weekdays and b.weekdays and a.weekdays != b.weekdays)
        or (a.days and b.days and set(a.days) != set(b.days))
        or (a.months and b.months and a.months != b.months)
        or (a.relative_days and b.relative_days and a.relative_days != b.relative_days)
    ):
        return "day"
    if a.polarity != b.polarity and len(a.keys & b.keys) >= 3:
        return "denial"
    if overlap >= 0.30:
        return "close"
    return None


def main(shared: str) -> None:
    path = Path(shared) / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    articles = {a["id"]: a for a in map(json.loads, path.open(encoding="utf-8"))}
    found = []
    for event, ids in sorted(free_events(articles).items()):
        said = S.comparable([analysed_article(articles[i]) for i in ids])
        for a, b in itertools.combinations(said, 2):
            gap = S.days_apart(a, b)
            if a.outlet == b.outlet or gap is None or gap > 2:
                continue
            if kind := kind_of(a, b):
                found.append((event, S.jaccard(a.keys, b.keys), kind, a, b, S.relate(a, b)))
    found.sort(key=lambda x: (x[0], -x[1]))
    for n, (event, overlap, kind, a, b, rel) in enumerate(found, 1):
        print(f"== {n} {event} {kind} rasad={rel.verdict} [{rel.reason}] ov={overlap:.2f}")
        for st in (a, b):
            print(f"   {st.doc} {st.outlet} {st.published} {st.start}-{st.end}: {st.text[:400]}")
    print(f"{len(found)} candidates", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
