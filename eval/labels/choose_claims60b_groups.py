"""Choose the groups read for claim_pairs_claims60b.tsv (alignment: one fact told in other words).

Issue 20's pooled misses lose 16 contradictions at alignment: two statements of one fact told
at low word overlap (a day, a figure), BBC's undated reports, no agent key in common, a place
as the slot. This round draws from **BBC, Fars News and ntrex** (SaudiNewsNet is claims60's):
BBC and Fars lexical groups of one outlet (`choose_claims53_groups.groups_of`, any topic, not
only incidents: claims56/58 used most incident groups) and ntrex stories. Every group holding
an article (for ntrex: a story, any language) that a claims file of this folder names -- the
`claim_pairs*` sets, the held-out's article-id columns only, facts, archive judgements,
finders, choosers, claims53/56/58's own files -- is left out; this round's files are not read.
Free groups are shuffled with `random.Random(601)` and printed in that order with every
candidate claims58's chooser lists (the held-out's kinds, `places`, `persons`) PLUS this
round's kind:
  - `lowlap`: two sentences of two articles sharing a figure, a weekday or a month name but
    under 0.2 of their content words (the alignment stage's blind spot; hard agrees too).
rasad is neither imported nor run. Usage (from the repository root):
    python eval/labels/choose_claims60b_groups.py /work/shared bbc > /tmp/c60b/bbc.txt
    python eval/labels/choose_claims60b_groups.py /work/shared fars > /tmp/c60b/fars.txt
    python eval/labels/choose_claims60b_groups.py /work/shared ntrex > /tmp/c60b/ntrex.txt
The output holds article text: read it, never commit it.
"""

from __future__ import annotations

import random
import re
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_claims53_groups as c53  # noqa: E402
import choose_claims56_groups as c56  # noqa: E402
import choose_claims58_groups as c58  # noqa: E402
import find_claim_candidates as finder  # noqa: E402

SEED = 601
OWN_FILES_60B = {
    "claim_pairs_claims60b.tsv",
    "claims60b.md",
    "claims_misses60b.md",
    "claims_archive_s60b.tsv",
}
DAY_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|may|june|july|august|september|october|november|december)\b"
    r"|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد"
    r"|دوشنبه|سه شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه",
    re.IGNORECASE,
)


def anchors(sentence: str) -> set[str]:
    """Figures, weekdays and month names of a sentence (folded)."""
    folded = finder.fold(sentence)
    return finder.numbers(sentence) | {m.group(0).lower() for m in DAY_WORDS.finditer(folded)}


def low_overlap(ta: str, tb: str) -> str | None:
    """`lowlap` when two sentences share an anchor but under 0.2 of their content words."""
    wa, wb = finder.words(ta), finder.words(tb)
    if len(wa) < 4 or len(wb) < 4:
        return None
    shared = anchors(ta) & anchors(tb)
    overlap = len(wa & wb) / min(len(wa), len(wb))
    if shared and 0.05 <= overlap < 0.2:
        return f"lowlap {sorted(shared)} overlap {overlap:.2f}"
    return None


def print_low_overlap(ids: list[str], by_id: dict[str, dict]) -> None:
    """This round's `lowlap` candidates of one group."""
    for x, y in combinations(ids, 2):
        tx, ty = by_id[x]["text"], by_id[y]["text"]
        for sx, ex in finder.sentences(tx):
            for sy, ey in finder.sentences(ty):
                kind = low_overlap(tx[sx:ex], ty[sy:ey])
                if kind:
                    print(f"[{kind}] {x} {sx} {ex} || {y} {sy} {ey}")
                    print(f"   A: {tx[sx:ex]}")
                    print(f"   B: {ty[sy:ey]}")


def used_ids_60b() -> set[str]:
    """Articles the held-out (article-id columns only) or any claims file of this folder names,
    claims53/56/58's files included, this round's (written after the draw) left out."""
    found = c53.held_out_ids()
    names = {p.name for p in c53.claims_files()} | c53.OWN_FILES | c56.OWN_FILES_56
    names |= c58.OWN_FILES_58
    for name in sorted(names - OWN_FILES_60B - {Path(__file__).name}):
        path = c53.HERE / name
        if path.exists():
            found |= set(c53.ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def main(shared: Path, which: str) -> None:
    """Print the free groups in the seeded order with their candidates."""
    if which == "snn":
        raise SystemExit("SaudiNewsNet is claims60's draw")
    articles = finder.read(shared, finder.FOLDERS[which])
    if which == "bbc":
        articles = [a for a in articles if not a.get("duplicate_of_earlier")]
    by_id = {a["id"]: a for a in articles}
    used = used_ids_60b()
    used |= {c56.story_of(i) for i in used}
    groups = c53.groups_of(which, articles)
    free = {n: sorted(set(g) & set(by_id)) for n, g in groups.items()}
    free = {n: g for n, g in free.items() if len(g) >= 2 and not c56.uses_any(g, used)}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free groups of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        c53.print_candidates(f"{rank}:{name}", free[name], by_id)
        c58.print_slot_pairs(free[name], by_id)
        print_low_overlap(free[name], by_id)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
