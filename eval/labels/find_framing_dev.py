"""List the development occurrences of framing terms (framing_dev.tsv): articles NOT in the
held-out set (framing_occurrences.tsv), for tuning targets and voice.

Same terms, folding, clitics and suffixes as find_framing_candidates.py; every article of the
held-out file is left out. Per language, with `random.Random("20261203-dev-<lang>")`, a
round-robin over terms takes title occurrences first (up to TITLE_QUOTA) and then body
occurrences, at most PER_TERM of one term and PER_ARTICLE of one article, until LANG_QUOTA.

Run from the repository root with the shared folder as argument:
    python eval/labels/find_framing_dev.py ../shared
"""

from __future__ import annotations

import csv
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_framing_candidates import CORPORA, HERE, Candidate, candidates, read_terms  # noqa: E402

SEED = "20261203-dev"
LANG_QUOTA = {"ar": 50, "fa": 50, "en": 40}
TITLE_QUOTA = 8
PER_TERM = 3
PER_ARTICLE = 1


def heldout_articles(path: Path = HERE / "framing_occurrences.tsv") -> set[str]:
    """The ids of the articles the held-out occurrences come from."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return {r["article"] for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def dev_sample(found: list[Candidate], lang: str) -> list[Candidate]:
    """Seeded round-robin over terms: titles first, then bodies, with per-term/article caps."""
    rng = random.Random(f"{SEED}-{lang}")
    chosen: list[Candidate] = []
    per_term: Counter[str] = Counter()
    per_article: Counter[str] = Counter()
    for field, quota in (("title", TITLE_QUOTA), ("text", LANG_QUOTA[lang])):
        by_term: dict[str, list[Candidate]] = defaultdict(list)
        for c in found:
            if c.field == field:
                by_term[c.term].append(c)
        for pool in by_term.values():
            pool.sort()
            rng.shuffle(pool)
        order = sorted(by_term)
        rng.shuffle(order)
        while len(chosen) < quota and any(by_term.values()):
            for term in order:
                pool = by_term[term]
                while pool and (
                    per_term[term] >= PER_TERM or per_article[pool[-1].article] >= PER_ARTICLE
                ):
                    pool.pop()
                if pool and len(chosen) < quota:
                    c = pool.pop()
                    chosen.append(c)
                    per_term[term] += 1
                    per_article[c.article] += 1
    return sorted(chosen, key=lambda c: (c.article, c.field, c.start))


def main(shared: Path) -> None:
    terms, heldout = read_terms(), heldout_articles()
    for lang in CORPORA:
        found = [c for c in candidates(shared, lang, terms) if c.article not in heldout]
        for c in dev_sample(found, lang):
            print(*c, "dev", sep="\t")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
