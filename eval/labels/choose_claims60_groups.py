"""Choose the SaudiNewsNet groups read for claim_pairs_claims60.tsv (verdicts on counted things).

claims_misses56.md found 19 of the 45 missed development contradictions lost at the verdict
stage ("nothing to compare", "agree: a figure in common", a sum such as 39 + 39 / 88, a figure
beside a label). This round draws SaudiNewsNet multi-outlet groups (the held-out's groups,
`find_claim_candidates.snn_groups`: the events of saudinewsnet_events.tsv and lexical groups of
different outlets at most a day apart; any topic, not only incidents) that no claims file of this
folder names -- claims53's, claims56's and claims58's files included, the held-out's article-id
columns only; this round's own files are not read. Free groups are shuffled with
`random.Random(60)` and printed in that order with one kind of candidate, which prefers pairs
that share a counted thing:
  - `counted`: two sentences of two outlets sharing >= 3 content words, both holding a figure
    (digits of either script, or a number word), printed with their folded figures so that a
    hard agree (digits in another script, number words, rounding) or a sum can be seen.
Usage (from the repository root):
    python eval/labels/choose_claims60_groups.py /work/shared > /tmp/c60/snn.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import random
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_claims53_groups as c53  # noqa: E402
import choose_claims56_groups as c56  # noqa: E402
import choose_claims58_groups as c58  # noqa: E402
import find_claim_candidates as finder  # noqa: E402

SEED = 60
OWN_FILES_60 = {
    "claim_pairs_claims60.tsv",
    "claims60.md",
    "claims_misses60.md",
    "claims_archive_s60.tsv",
}


def used_ids_60() -> set[str]:
    """Articles the held-out (article-id columns only) or any claims file names, claims58's too."""
    found = c53.held_out_ids()
    names = {p.name for p in c53.claims_files()} | c53.OWN_FILES | c56.OWN_FILES_56
    names |= c58.OWN_FILES_58 | {"choose_claims58_groups.py"}
    for name in sorted(names - OWN_FILES_60 - {Path(__file__).name}):
        path = c53.HERE / name
        if path.exists():
            found |= set(c53.ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def has_figure(sentence: str) -> bool:
    """A figure in digits of either script or a number word."""
    return bool(finder.numbers(sentence) or finder.NUMBER_WORDS.search(finder.fold(sentence)))


def print_counted(ids: list[str], by_id: dict[str, dict]) -> None:
    """This round's `counted` candidates: two outlets' sentences sharing words and figures."""
    for x, y in combinations(ids, 2):
        if by_id[x].get("outlet") == by_id[y].get("outlet"):
            continue
        tx, ty = by_id[x]["text"], by_id[y]["text"]
        for sx, ex in finder.sentences(tx):
            if not has_figure(tx[sx:ex]):
                continue
            for sy, ey in finder.sentences(ty):
                if not has_figure(ty[sy:ey]):
                    continue
                if len(finder.words(tx[sx:ex]) & finder.words(ty[sy:ey])) < 3:
                    continue
                na, nb = sorted(finder.numbers(tx[sx:ex])), sorted(finder.numbers(ty[sy:ey]))
                print(f"[counted {na} / {nb}] {x} {sx} {ex} || {y} {sy} {ey}")
                print(f"   A: {tx[sx:ex]}")
                print(f"   B: {ty[sy:ey]}")


def main(shared: Path) -> None:
    """Print the free groups in the seeded order with their candidates."""
    articles = finder.read(shared, finder.FOLDERS["snn"])
    by_id = {a["id"]: a for a in articles}
    used = used_ids_60()
    groups = finder.snn_groups(articles)
    free = {n: sorted(set(g) & set(by_id)) for n, g in groups.items()}
    free = {n: g for n, g in free.items() if len(g) >= 2 and not c56.uses_any(g, used)}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free groups of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        print(f"\n######## {rank}:{name}: {len(free[name])} articles")
        for i in free[name]:
            a = by_id[i]
            print(f"# {i} | {a.get('outlet')} | {a.get('published')} | {a['title']}")
        print_counted(free[name], by_id)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
