"""List the occurrences of the development set framing_dev56.tsv: matches of the framing
lexicon's terms (the stage's term pattern, before its sense, derived-word and name tests) in
articles no framing file and no held-out file uses, drawn at random (seeded).

Made for issue 25's targets (round 56, helper framing56) with find_framing_dev51.py's pool: an
article is left out when a framing label file (framing_dev51 included), a framing test or a
held-out file (HELD_OUT: any task's) names it, or when it is flagged `duplicate_of_earlier`;
articles used only by development sets of other tasks (quotes, entities, claims, search,
stories) are allowed. Matches rather than the stage's finds: its finds in this pool are nearly
spent (framing51, framing53, framing55), and random matches also test the sense rules. Per
corpus the articles in `random.Random("<SEED>-<corpus>")` order, at most PER_ARTICLE matches of
one article drawn with the same generator, until the language's QUOTA (80 in all; the counts
taken are printed to stderr). Neither the stage's sense, target nor voice is printed: the rows
are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev56.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

from rasad.stages.framing import folded, lexicon, term_pattern

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import HELD_OUT  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = "20261206-dev56"
CORPORA = ("saudinewsnet_ar", "farsnews_fa", "bbc_news_en", "ntrex_ar_fa_en")
QUOTA = {"ar": 56, "fa": 12, "en": 12}
PER_ARTICLE = 2
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+|bbc-[a-z]+-\d+")


def used_ids() -> set[str]:
    """Every article id a framing file, a framing test or a held-out file names."""
    own = {"framing_dev56.tsv", "find_framing_dev56.py"}
    paths = [p for p in HERE.glob("*framing*") if p.name not in own]
    paths += [HERE / name for name in HELD_OUT]
    paths += list((HERE.parents[1] / "tests").rglob("*framing*"))
    used: set[str] = set()
    for path in paths:
        if path.is_file():
            used |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def unused_articles(shared: Path, folder: str, left_out: set[str]) -> list[dict]:
    """A corpus's articles none of those files names, not flagged as copies, sorted by id."""
    lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    keep = [a for a in articles if a["id"] not in left_out and not a.get("duplicate_of_earlier")]
    return sorted(keep, key=lambda a: a["id"])


def term_matches(a: dict) -> list[tuple[str, int, int, str, str]]:
    """Every lexicon word of the article's title and body as (field, start, end, term,
    category): the stage's term pattern on the folded text (same offsets), before any sense,
    derived-word or name test, so the rows test the sense rules as well as the targets."""
    pattern, terms = term_pattern(a["lang"]), lexicon().get(a["lang"], [])
    out = []
    for field in ("title", "text"):
        for m in pattern.finditer(folded(a.get(field) or "")) if pattern else ():
            index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            out.append((field, m.start(), m.end(), terms[index].term, terms[index].category))
    return out


def print_row(a: dict, match: tuple[str, int, int, str, str]) -> None:
    """One row: where the match is, its matched words' hash, its term and category."""
    field, start, end, term, category = match
    sha1 = hashlib.sha1((a.get(field) or "")[start:end].encode("utf-8")).hexdigest()[:10]
    print(a["id"], a["lang"], field, start, end, sha1, term, category, sep="\t", flush=True)


def main(shared: Path) -> None:
    """Print the matches the seed, quotas and per-article cap choose."""
    left_out = used_ids()
    taken = dict.fromkeys(QUOTA, 0)
    for folder in CORPORA:
        articles = unused_articles(shared, folder, left_out)
        rng = random.Random(f"{SEED}-{folder}")
        rng.shuffle(articles)
        for a in articles:
            room = QUOTA[a["lang"]] - taken[a["lang"]]
            matches = term_matches(a) if room > 0 else []
            if not matches:
                continue
            rng.shuffle(matches)
            for match in sorted(matches[: min(PER_ARTICLE, room)]):
                print_row(a, match)
                taken[a["lang"]] += 1
    print(taken, file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
