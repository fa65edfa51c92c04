"""List the occurrences of the development set framing_dev70ar.tsv: the framing stage's own finds
(terms it counts as framing) in SaudiNewsNet articles that no framing label file labels yet, drawn
at random (seeded).

Made for issue 25 point 2 (round 70, helper framing70: Arabic framing targets — «الإرهابي» of a
named group, «شهيد/استشهد» of a named side, «الاحتلال الإسرائيلي», «الحوثيين الانقلابيين», «ميليشيا
X» —, which had no fresh development set since round 60). The exclusions are
find_framing_dev68fa.py's, unchanged: the pool of articles that no framing file, framing test or
held-out file names holds no find of the stage (framing58/60/68 measured it over the whole
corpus), so a SaudiNewsNet article is allowed when only framing *development* files name it; it
is left out when a held-out file (HELD_OUT: any task's) or a framing test names it, or when it is
flagged `duplicate_of_earlier`; an occurrence is left out when a framing label file (dev68fa's
included) already labels its (article, field, start). The allowed articles in
`random.Random("<SEED>-saudinewsnet_ar")` order; the stage (the eval's analysed_article) runs on
each; at most PER_ARTICLE unlabelled finds of one article drawn with the same generator, until
QUOTA (120; the count taken is printed to stderr). Neither the stage's target nor voice is
printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev70ar.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

from rasad.config import Settings
from rasad.eval.framing import analysed_article
from rasad.stages.framing import make_framing

HERE = Path(__file__).resolve().parent
SEED = "20262670"
CORPORA = ("saudinewsnet_ar",)
QUOTA = {"ar": 120}
PER_ARTICLE = 2
HELD_OUT = (
    "framing_occurrences.tsv",
    "quotes_ar_fa.tsv",
    "quotes_heldout.tsv",
    "heldout_articles.tsv",
    "entities_ar_fa_en.tsv",
    "claim_pairs_heldout.tsv",
    "claims_facts_heldout37.tsv",
    "claims_heldout.md",
    "numbers_ar.tsv",
    "saudinewsnet_events.tsv",
)
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+|bbc-[a-z]+-\d+")
OWN = {"framing_dev70ar.tsv", "find_framing_dev70ar.py"}


def ids_in(paths: list[Path]) -> set[str]:
    """Every article id the files name."""
    found: set[str] = set()
    for path in paths:
        if path.is_file():
            found |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return found


def framing_dev_ids() -> set[str]:
    """Articles the framing development files name (the allowed pool)."""
    return ids_in([p for p in HERE.glob("*framing*") if p.name not in OWN])


def held_out_ids() -> set[str]:
    """Articles a held-out file of any task or a framing test names (never drawn)."""
    tests = list((HERE.parents[1] / "tests").rglob("*framing*"))
    return ids_in([HERE / name for name in HELD_OUT] + tests)


def labelled_occurrences() -> set[tuple[str, str, int]]:
    """(article, field, start) of every row of the framing label files."""
    out: set[tuple[str, str, int]] = set()
    for path in HERE.glob("framing_*.tsv"):
        if path.name in OWN:
            continue
        for line in path.read_text("utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) > 4 and cells[3].isdigit():
                out.add((cells[0], cells[2], int(cells[3])))
    return out


def allowed_articles(shared: Path, folder: str, allowed: set[str], banned: set[str]) -> list:
    """A corpus's articles in the allowed pool, not banned, not copies, sorted by id."""
    lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
    articles = [json.loads(line) for line in lines]
    keep = [
        a
        for a in articles
        if a["id"] in allowed and a["id"] not in banned and not a.get("duplicate_of_earlier")
    ]
    return sorted(keep, key=lambda a: a["id"])


def unlabelled_finds(a: dict, framing, labelled: set) -> list[tuple[str, int, int, str, str]]:
    """The stage's finds of the article's body and title no label file has, as (field, start,
    end, term, category)."""
    found = analysed_article(a["id"], a["text"], a.get("title") or "", a["lang"], framing)
    return [
        (field, t["start"], t["end"], t["term"], t["category"])
        for field in ("title", "text")
        for t in found[field]
        if (a["id"], field, t["start"]) not in labelled
    ]


def print_row(a: dict, find: tuple[str, int, int, str, str]) -> None:
    """One row: where the find is, its matched words' hash, its term and category."""
    field, start, end, term, category = find
    sha1 = hashlib.sha1((a.get(field) or "")[start:end].encode("utf-8")).hexdigest()[:10]
    print(a["id"], a["lang"], field, start, end, sha1, term, category, sep="\t", flush=True)


def main(shared: Path) -> None:
    """Print the finds the seed, quotas and per-article cap choose."""
    framing, labelled = make_framing(Settings()), labelled_occurrences()
    allowed, banned = framing_dev_ids(), held_out_ids()
    taken = dict.fromkeys(QUOTA, 0)
    for folder in CORPORA:
        articles = allowed_articles(shared, folder, allowed, banned)
        rng = random.Random(f"{SEED}-{folder}")
        rng.shuffle(articles)
        for a in articles:
            room = QUOTA[a["lang"]] - taken[a["lang"]]
            finds = unlabelled_finds(a, framing, labelled) if room > 0 else []
            if not finds:
                continue
            rng.shuffle(finds)
            for find in sorted(finds[: min(PER_ARTICLE, room)]):
                print_row(a, find)
                taken[a["lang"]] += 1
    print(taken, file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
