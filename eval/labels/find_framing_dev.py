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
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_framing_candidates import (  # noqa: E402
    CORPORA,
    HERE,
    Candidate,
    candidates,
    read_terms,
    sample,
)

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
    """The held-out set's draw (`find_framing_candidates.sample`) with this set's seed, quotas
    and caps, each term's pool sorted first."""
    return sample(found, lang, SEED, (TITLE_QUOTA, LANG_QUOTA), (PER_TERM, PER_ARTICLE), True)


def main(shared: Path) -> None:
    terms, heldout = read_terms(), heldout_articles()
    for lang in CORPORA:
        found = [c for c in candidates(shared, lang, terms) if c.article not in heldout]
        for c in dev_sample(found, lang):
            print(*c, "dev", sep="\t")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
