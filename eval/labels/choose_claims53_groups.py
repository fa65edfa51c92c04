"""Choose the article groups read for claim_pairs_claims53.tsv (drawn the way the held-out was).

The held-out set (claims_heldout.md, "How candidates were found") listed candidate sentence
pairs with `find_claim_candidates.py` over groups of articles about one happening and labelled
what a reader saw. This round does the same over groups drawn **at random**: the SaudiNewsNet
groups of `find_claim_candidates.snn_groups` (the multi-outlet events of
`saudinewsnet_events.tsv` plus the lexical groups of different outlets at most a day apart) and
the BBC and Fars lexical groups (ntrex: the language versions of a story), minus every group holding an article any claims set names (the
`claim_pairs*.tsv` files, the held-out's article-id columns only, the claims facts, archive
judgements and candidate finders of this folder). The free groups are shuffled with
`random.Random(53)` and printed in that order with every candidate the finder lists for them
(kinds numdiff, daydiff, denial, revise, same, near, plus aligned and counts); the annotator
read them in the printed order, all of them (claims53.md says which kinds, and why the set holds
fewer than the 15 contradictions asked for). rasad is neither imported nor run.
Usage (from the repository root):
    python eval/labels/choose_claims53_groups.py /work/shared snn > /tmp/c53/snn.txt
    python eval/labels/choose_claims53_groups.py /work/shared bbc > /tmp/c53/bbc.txt
    python eval/labels/choose_claims53_groups.py /work/shared fars > /tmp/c53/fars.txt
    python eval/labels/choose_claims53_groups.py /work/shared ntrex > /tmp/c53/ntrex.txt
Relative days («أمس» / «أمس الأول» / «اليوم» / «غدا») hide in the `same` kind, whose figures agree:
a second reading prints the listed candidates whose relative days, counted from each article's
publication day, name two different days (round 49's one contradiction was of this kind):
    python eval/labels/choose_claims53_groups.py /work/shared snn reldays < /tmp/c53/snn.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import find_claim_candidates as finder  # noqa: E402

HERE = Path(__file__).resolve().parent
ID = re.compile(r"\b(?:snn|bbc|fars|ntrex)-[\w-]+(?:\.[\w-]+)*")
SEED = 53
# this round's files, written after the draw (the archive judgements name stories' documents)
OWN_FILES = {
    "claim_pairs_claims53.tsv",
    "claims53.md",
    "claims_misses53.md",
    "claims_archive_s53.tsv",
}
HELD_OUT = "claim_pairs_heldout.tsv"


def held_out_ids() -> set[str]:
    """The held-out's article ids (its article columns only: nothing else of it is read)."""
    lines = (HERE / HELD_OUT).read_text("utf-8").splitlines()
    rows = csv.DictReader([x for x in lines if not x.startswith("#")], delimiter="\t")
    return {row[col] for row in rows for col in ("article_a", "article_b")}


def claims_files() -> list[Path]:
    """Every claims label, judgement or finder file of this folder but this round's."""
    names = ("claim_pairs", "claims_", "find_claim_candidates", "choose_claims")
    return [
        p
        for p in sorted(HERE.iterdir())
        if p.is_file()
        and p.name.startswith(names)
        and p.name not in OWN_FILES | {HELD_OUT, Path(__file__).name}
    ]


def used_ids() -> set[str]:
    """Articles a claims set, the held-out or a claims finder names."""
    found = held_out_ids()
    for path in claims_files():
        found |= set(ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def groups_of(which: str, articles: list[dict]) -> dict[str, list[str]]:
    """The finder's groups for one folder (ntrex: the language versions of one story)."""
    if which == "snn":
        return finder.snn_groups(articles)
    if which == "ntrex":
        stories: dict[str, list[str]] = {}
        for a in articles:
            stories.setdefault(str(a["story"]), []).append(a["id"])
        return stories
    ids = finder.lexical_groups(articles, cross_outlet=False)
    return {"lex-" + min(g): g for g in ids}


def print_candidates(name: str, ids: list[str], by_id: dict[str, dict]) -> None:
    """The finder's pair kinds, then aligned and counts, for one group."""
    print(f"\n######## {name}: {len(ids)} articles")
    for i in ids:
        a = by_id[i]
        print(f"# {i} | {a.get('outlet')} | {a.get('published')} | {a['title']}")
    for x, y in combinations(ids, 2):
        tx, ty = by_id[x]["text"], by_id[y]["text"]
        for sx, ex in finder.sentences(tx):
            for sy, ey in finder.sentences(ty):
                kind = finder.candidate_kind(tx[sx:ex], ty[sy:ey])
                if kind:
                    print(f"[{kind}] {x} {sx} {ex} || {y} {sy} {ey}")
                    print(f"   A: {tx[sx:ex]}")
                    print(f"   B: {ty[sy:ey]}")
    if any(i.startswith("ntrex-") for i in ids):
        # the held-out's ntrex listing: English lines whose translation has other numbers
        finder.ntrex_numbers([by_id[i] for i in ids])
        return
    finder.aligned(by_id, {name: ids})
    finder.counts(by_id, {name: ids})


RELATIVE_DAYS = [
    (re.compile(r"امس الاول|اول امس|اول من امس"), -2),
    (re.compile(r"(?<!\w)(?:[وب]?ال)?امس(?!\w)"), -1),
    (re.compile(r"(?<!\w)اليوم(?!\w)"), 0),
    (re.compile(r"(?<!\w)[وب]?غدا?(?!\w)|(?<!\w)الغد(?!\w)"), 1),
]


def relative_offset(sentence: str) -> int | None:
    """Days from publication a sentence's first relative-day word names (أمس -1, غدا +1)."""
    folded = finder.fold(sentence)
    return next((d for rx, d in RELATIVE_DAYS if rx.search(folded)), None)


def relative_day_pairs(listing: str, published: dict[str, str]) -> None:
    """Candidates of a printed listing whose relative days, counted from each article's
    publication day, name two different days (أمس / أمس الأول printed the same day)."""
    line = re.compile(r"\[\w+[^\]]*\] (\S+) \d+ \d+ \|\| (\S+) \d+ \d+")
    rows = listing.splitlines()
    for i, row in enumerate(rows):
        m = line.match(row)
        if not m or not published.get(m[1]) or not published.get(m[2]):
            continue
        da, db = relative_offset(rows[i + 1]), relative_offset(rows[i + 2])
        if da is None or db is None:
            continue
        day_a = date.fromisoformat(published[m[1]]) + timedelta(da)
        day_b = date.fromisoformat(published[m[2]]) + timedelta(db)
        if day_a != day_b:
            print(f"[reldays {day_a} / {day_b}] {row.split('] ', 1)[1]}")
            print(rows[i + 1])
            print(rows[i + 2])


def main(shared: Path, which: str) -> None:
    """Print the free groups in the seeded order with their candidates."""
    articles = finder.read(shared, finder.FOLDERS[which])
    if which == "bbc":
        articles = [a for a in articles if not a.get("duplicate_of_earlier")]
    by_id = {a["id"]: a for a in articles}
    used = used_ids()
    groups = groups_of(which, articles)
    free = {n: sorted(set(g) & set(by_id)) for n, g in groups.items() if not set(g) & used}
    free = {n: g for n, g in free.items() if len(g) >= 2}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free groups of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        print_candidates(f"{rank}:{name}", free[name], by_id)


if __name__ == "__main__":
    if sys.argv[3:4] == ["reldays"]:
        # second reading of a printed listing: python … /work/shared snn reldays < listing
        corpus = finder.read(Path(sys.argv[1]), finder.FOLDERS[sys.argv[2]])
        relative_day_pairs(sys.stdin.read(), {a["id"]: a.get("published") for a in corpus})
    else:
        main(Path(sys.argv[1]), sys.argv[2])
