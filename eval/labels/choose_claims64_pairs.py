"""Choose the candidate pairs read for claim_pairs_claims64.tsv (one report in two scripts).

Issue 20's pooled development misses (claims62.md, `list_claim_misses.py`) hold translated
pairs that the alignment never pairs: the language versions of one report name the same
people and places, but an unlinked name's key is its spelling («لوک تون» / "~lk ltn"), so the
two sentences are "not aligned (two languages)" (claims62 1, 2, 3; dev33 19, 25). A rule that
aligns them by script-independent keys must first be measured on translated sentences that
agree (the hard agrees: one person, one figure, one day in two scripts) and on neighbouring
sentences that tell two things. This chooser lists, from ntrex stories no claims file and no
held-out file names, sentence pairs of two language versions of one story that:

  - both give a figure (a digit) or name a weekday, and
  - sit at relative positions in their texts within `POSITION_GAP` (a translation shares no
    words, so its sentence is found by where it stands).

Each candidate is marked `digits-same` / `digits-differ` (the digit strings the two give, as
sets) and `day`, to read the differing ones first. Stories left out: any whose article is named
by a claims file of this folder (every `claim*`, `find_claim*`, `choose_claims*` file, the
held-out's article columns included; claims62's files included) or by a held-out file of any
task (ids only). Free stories are shuffled with `random.Random(SEED)` and printed in that
order. rasad is neither imported nor run.

    python eval/labels/choose_claims64_pairs.py /work/shared > /tmp/claims64/ntrex.txt

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
import choose_claims62_pairs as c62  # noqa: E402
import find_claim_candidates as finder  # noqa: E402

SEED = 20261464
OWN_FILES_64 = {"claim_pairs_claims64.tsv", "claims64.md", "claims_archive_s64.tsv"}
POSITION_GAP = 0.05  # two language versions' sentences this close in relative position
DIGITS = re.compile(r"\d+")


def used_ids_64() -> set[str]:
    """Articles any claims file of this folder (claims62's included) or any held-out file
    names (this round's own files, written after the draw, left out)."""
    found = c53.held_out_ids()
    names = {
        p.name
        for p in c53.HERE.iterdir()
        if p.name.startswith(("claim", "find_claim", "choose_claims"))
    }
    names |= set(c62.HELD_OUT_FILES) | {p.name for p in c53.HERE.glob("*heldout*")}
    for name in sorted(names - OWN_FILES_64 - {Path(__file__).name}):
        path = c53.HERE / name
        if path.is_file():
            found |= set(c53.ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def digits(sentence: str) -> set[str]:
    """The digit strings a sentence holds, in Latin digits ("1,5" gives "1" and "5")."""
    return set(DIGITS.findall(finder.fold(sentence)))


def kind_of(tx: str, ty: str) -> str | None:
    """`digits-same`, `digits-differ` and/or `day` for two sentences, None when one gives no
    figure and names no weekday."""
    dx, dy = digits(tx), digits(ty)
    wx, wy = c62.weekdays(tx), c62.weekdays(ty)
    if not (dx or wx) or not (dy or wy):
        return None
    kinds = []
    if dx and dy:
        kinds.append("digits-same" if dx == dy else "digits-differ")
    if wx and wy:
        kinds.append("day")
    return " ".join(kinds) or "mixed"


def main(shared: Path) -> None:
    """Print the free stories' candidates in the seeded order."""
    articles = finder.read(shared, finder.FOLDERS["ntrex"])
    by_id = {a["id"]: a for a in articles}
    used = used_ids_64()
    used |= {c56.story_of(i) for i in used}
    groups = c53.groups_of("ntrex", articles)
    free = {n: sorted(g) for n, g in groups.items() if len(g) >= 2 and not c56.uses_any(g, used)}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free stories of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        for x, y in combinations(free[name], 2):
            ax, ay = by_id[x], by_id[y]
            if ax["lang"] == ay["lang"]:
                continue
            tx, ty = ax["text"], ay["text"]
            for sx, ex in finder.sentences(tx):
                for sy, ey in finder.sentences(ty):
                    if abs(sx / len(tx) - sy / len(ty)) > POSITION_GAP:
                        continue
                    kind = kind_of(tx[sx:ex], ty[sy:ey])
                    if kind:
                        print(f"\n[{rank}:{name}] [{kind}] {x} {sx} {ex} || {y} {sy} {ey}")
                        print(f"   A: {tx[sx:ex]}")
                        print(f"   B: {ty[sy:ey]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
