"""The draw every framing development chooser since round 58 shares (find_framing_dev58.py,
find_framing_dev60.py, find_framing_dev68fa.py and their successors): the framing stage's own
finds that no framing label file labels yet, in articles only framing *development* files name,
drawn at random with a seed.

An article is allowed when only framing development files name it; it is left out when a
held-out file (HELD_OUT: any task's) or a framing test names it, or when it is flagged
`duplicate_of_earlier`; an occurrence is left out when a framing label file already labels its
(article, field, start). Per corpus the allowed articles in `random.Random("<SEED>-<corpus>")`
order; the stage (the eval's analysed_article) runs on each (a language without a quota is not
drawn); at most PER_ARTICLE unlabelled finds of one article drawn with the same generator, until
the language's quota (the counts taken are
printed to stderr). Neither the stage's target nor voice is printed: the rows are labelled by
reading the article. Each chooser names its seed, corpora, quotas and own files (its set and
itself, which the draw does not count as labelled); the code is here once.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import HELD_OUT  # noqa: E402

HERE = Path(__file__).resolve().parent
PER_ARTICLE = 2
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+|bbc-[a-z]+-\d+")


def ids_in(paths: list[Path]) -> set[str]:
    """Every article id the files name."""
    found: set[str] = set()
    for path in paths:
        if path.is_file():
            found |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return found


def framing_dev_ids(own: set[str]) -> set[str]:
    """Articles the framing development files other than the chooser's own name (the allowed
    pool)."""
    return ids_in([p for p in HERE.glob("*framing*") if p.name not in own])


def held_out_ids() -> set[str]:
    """Articles a held-out file of any task or a framing test names (never drawn)."""
    tests = list((HERE.parents[1] / "tests").rglob("*framing*"))
    return ids_in([HERE / name for name in HELD_OUT] + tests)


def labelled_occurrences(own: set[str]) -> set[tuple[str, str, int]]:
    """(article, field, start) of every row of the framing label files but the chooser's own."""
    out: set[tuple[str, str, int]] = set()
    for path in HERE.glob("framing_*.tsv"):
        if path.name in own:
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


def draw(
    shared: Path,
    seed: str,
    corpora: tuple[str, ...],
    quota: dict[str, int],
    own: set[str],
    top_up: bool = False,
    until_spent: bool = False,
) -> None:
    """Print the finds the seed, quotas and per-article cap choose; with `top_up`, when the pool
    runs out before a quota, a second pass over the same articles in the same order takes up to
    PER_ARTICLE more of each article's finds (the first pass's rows are unchanged); with
    `until_spent`, further such passes follow until the quota is met or every find is taken."""
    framing, labelled = make_framing(Settings()), labelled_occurrences(own)
    allowed, banned = framing_dev_ids(own), held_out_ids()
    taken = dict.fromkeys(quota, 0)
    drawn: list[tuple[dict, list]] = []
    for folder in corpora:
        articles = allowed_articles(shared, folder, allowed, banned)
        rng = random.Random(f"{seed}-{folder}")
        rng.shuffle(articles)
        for a in articles:
            room = quota.get(a["lang"], 0) - taken.get(a["lang"], 0)
            finds = unlabelled_finds(a, framing, labelled) if room > 0 else []
            if not finds:
                continue
            rng.shuffle(finds)
            drawn.append((a, finds))
            for find in sorted(finds[: min(PER_ARTICLE, room)]):
                print_row(a, find)
                taken[a["lang"]] += 1
    passes = max((len(finds) for _, finds in drawn), default=0) if until_spent else 2 * PER_ARTICLE
    for first in range(PER_ARTICLE, passes if top_up else PER_ARTICLE, PER_ARTICLE):
        for a, finds in drawn:
            room = quota[a["lang"]] - taken[a["lang"]]
            for find in sorted(finds[first : first + max(room, 0)][:PER_ARTICLE]):
                print_row(a, find)
                taken[a["lang"]] += 1
    print(taken, file=sys.stderr)
