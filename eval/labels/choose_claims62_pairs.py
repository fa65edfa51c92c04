"""Choose the candidate pairs read for claim_pairs_claims62.tsv (the day of one happening).

Issue 20's pooled development misses (claims60b.md) hold 17 contradictions that differ in a
place, a person, a cause or a weekday. The weekday of one happening is the largest kind a rule
can key on its own: a match told by its score («19-13») on "Saturday" in one report and on
"Sunday" in another (claims53 54/55, claims56 33/34, dev33 18). This chooser lists, from
groups of one story, sentence pairs of two articles that may tell the day of one happening:

  - `score`: both give the same score (two numbers of at most three digits joined by a dash,
    «19-13», «2 - 0») and at least one names a weekday;
  - `weekday`: both name a weekday and share at least three content words but under 0.3 of
    them (the present weekday rule compares only closer pairs, claims56's stage);
  - `position` (ntrex only): two language versions' sentences that both name a weekday, at
    relative positions in their texts within `POSITION_GAP` (a translation shares no words:
    dev33 18, Saturday translated as Monday).

Groups: BBC lexical groups of one outlet, SaudiNewsNet lexical groups of different outlets at
most a day apart (`find_claim_candidates.lexical_groups`; not the events file, which is the
stories task's held-out), ntrex stories (any language). A group is left out when any of its
articles (ntrex: its story) is named by a claims file of this folder (every `claim_pairs*`,
`claims*`, `choose_claims*`, `find_claim*` file, the held-out's article columns included) or
by a held-out file of any task (`HELD_OUT_FILES`, ids only). Free groups are shuffled with
`random.Random(62)` and printed in that order. rasad is neither imported nor run.

    python eval/labels/choose_claims62_pairs.py /work/shared bbc > /tmp/c62/bbc.txt

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
import find_claim_candidates as finder  # noqa: E402

SEED = 62
OWN_FILES_62 = {"claim_pairs_claims62.tsv", "claims62.md", "claims_archive_s62.tsv"}
HELD_OUT_FILES = (
    "framing_occurrences.tsv",
    "quotes_ar_fa.tsv",
    "quotes_heldout.tsv",
    "heldout_articles.tsv",
    "entities_ar_fa_en.tsv",
    "claim_pairs_heldout.tsv",
    "claims_facts_heldout37.tsv",
    "numbers_ar.tsv",
    "saudinewsnet_events.tsv",
)
SCORE = re.compile(r"(?<![\d./:-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d./:%-])")
WEEKDAY = re.compile(
    r"(?<![\w\u200c])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد"
    r"|دوشنبه|سه[\s\u200c]?شنبه|چهارشنبه|پنج[\s\u200c]?شنبه|جمعه|یکشنبه|شنبه)(?![\w\u200c])",
    re.IGNORECASE,
)
POSITION_GAP = 0.08  # ntrex: two language versions' sentences this close in relative position


def used_ids_62() -> set[str]:
    """Articles any claims file of this folder or any held-out file names (this round's own
    files, written after the draw, left out)."""
    found = c53.held_out_ids()
    names = {p.name for p in c53.HERE.iterdir() if p.name.startswith(("claim", "find_claim"))}
    names |= set(HELD_OUT_FILES) | {p.name for p in c53.HERE.glob("*heldout*")}
    for name in sorted(names - OWN_FILES_62 - {Path(__file__).name}):
        path = c53.HERE / name
        if path.is_file():
            found |= set(c53.ID.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def scores(sentence: str) -> set[str]:
    """The scores a sentence gives, as "19-13"."""
    return {f"{m[1]}-{m[2]}" for m in SCORE.finditer(finder.fold(sentence))}


def weekdays(sentence: str) -> set[str]:
    return {m.group(0).lower() for m in WEEKDAY.finditer(finder.fold(sentence))}


def pair_kind(ta: str, tb: str) -> str | None:
    """`score` or `weekday` (module docstring), with what the two sentences give."""
    da, db = weekdays(ta), weekdays(tb)
    if not da and not db:
        return None
    shared = scores(ta) & scores(tb)
    if shared:
        return f"score {sorted(shared)} days {sorted(da)} / {sorted(db)}"
    wa, wb = finder.words(ta), finder.words(tb)
    if da and db and len(wa & wb) >= 3 and len(wa & wb) / len(wa | wb) < 0.3:
        return f"weekday {sorted(da)} / {sorted(db)} shared {len(wa & wb)}"
    return None


def position_kind(x: dict, sx: int, y: dict, sy: int) -> str | None:
    """`position` (module docstring) for two ntrex language versions' sentences."""
    gap = abs(sx / len(x["text"]) - sy / len(y["text"]))
    if x["lang"] == y["lang"] or gap > POSITION_GAP:
        return None
    return f"position {gap:.2f}"


def groups_62(which: str, articles: list[dict]) -> dict[str, list[str]]:
    """Lexical groups (SaudiNewsNet: of different outlets at most a day apart), ntrex stories."""
    if which == "snn":
        return {"lex-" + min(g): g for g in finder.lexical_groups(articles)}
    return c53.groups_of(which, articles)


def main(shared: Path, which: str) -> None:
    """Print the free groups' candidates in the seeded order."""
    articles = finder.read(shared, finder.FOLDERS[which])
    if which == "bbc":
        articles = [a for a in articles if not a.get("duplicate_of_earlier")]
    by_id = {a["id"]: a for a in articles}
    used = used_ids_62()
    used |= {c56.story_of(i) for i in used}
    groups = groups_62(which, articles)
    free = {n: sorted(set(g) & set(by_id)) for n, g in groups.items()}
    free = {n: g for n, g in free.items() if len(g) >= 2 and not c56.uses_any(g, used)}
    order = random.Random(SEED).sample(sorted(free), len(free))
    print(f"# {len(free)} free groups of {len(groups)}; order drawn with seed {SEED}")
    for rank, name in enumerate(order, 1):
        ids = free[name]
        for x, y in combinations(ids, 2):
            tx, ty = by_id[x]["text"], by_id[y]["text"]
            for sx, ex in finder.sentences(tx):
                for sy, ey in finder.sentences(ty):
                    kind = pair_kind(tx[sx:ex], ty[sy:ey])
                    both = weekdays(tx[sx:ex]) and weekdays(ty[sy:ey])
                    if not kind and both and which == "ntrex":
                        kind = position_kind(by_id[x], sx, by_id[y], sy)
                    if kind:
                        print(f"\n[{rank}:{name}] [{kind}] {x} {sx} {ex} || {y} {sy} {ey}")
                        print(f"# {by_id[x].get('published')} | {by_id[y].get('published')}")
                        print(f"   A: {tx[sx:ex]}")
                        print(f"   B: {ty[sy:ey]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
