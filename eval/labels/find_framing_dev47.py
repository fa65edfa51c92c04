"""List the candidates of the eleventh development set (framing_dev47.tsv): occurrences the framing
stage finds in SaudiNewsNet, Fars News and NTREX documents that no *framing* label file or test
names, favouring those whose target the term's sentence does not give.

Made for issue 25's targets (round 47), as find_framing_dev46.py, from the documents whose id's
sha1 starts 0-7 (the parallel round framing47b takes 8-f), at most 3 finds a document. Every earlier development set drew from documents no
label file of any kind named, and that pool has no find left; this one draws from the articles
other tasks' label files use (NER, quotes, numbers…) but no framing file or test does: ids named
in `eval/labels/framing*` or `eval/labels/find_framing*` or anywhere under `tests/` are left
out, as are copies flagged `duplicate_of_earlier`. Per corpus the articles in
`random.Random("20261205-dev47-<corpus>")` order, each analysed as `rasad eval framing` analyses
it (title and body); at most PER_ARTICLE occurrences of one article, drawn with the same seeded
generator among its finds the stage leaves without a target or answers from beyond the term's
neighbourhood (`target_from` convention, repeated noun, victims, discourse hint), when it has
any — only an article without such finds gives a find answered beside the term —, at most
PER_TERM of one term, until QUOTA. The stage's target, hint and voice are not printed: the rows
are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev47.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from rasad.config import Settings
from rasad.eval.framing import analysed_article
from rasad.stages.framing import make_framing

HERE = Path(__file__).resolve().parent
SEED = "20261205-dev47"
QUOTA = {"saudinewsnet_ar": 112, "farsnews_fa": 24, "ntrex_ar_fa_en": 2}
PER_ARTICLE, PER_TERM = 3, 10
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+")
BEYOND_SENTENCE = {"convention", "repeated noun", "victims", "discourse"}


def framing_ids() -> set[str]:
    """Every id a framing label file, a framing finder or a test names (this set's own files
    aside)."""
    own = {"framing_dev47.tsv", "find_framing_dev47.py", "framing.md"}
    paths = [p for p in HERE.glob("*framing*") if p.name not in own]
    paths += [p for p in (HERE.parents[1] / "tests").rglob("*") if p.is_file()]
    used: set[str] = set()
    for path in paths:
        if path.suffix in {".tsv", ".py", ".md", ".json", ".txt"}:
            used |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def own_half(doc_id: str) -> bool:
    """Whether the article falls to this set: sha1 of its id starting 0-7 (a parallel round's
    set, framing47b's, takes 8-f)."""
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[0] in "01234567"


def beyond_sentence(term: dict) -> bool:
    """Whether the stage leaves the find unanswered or answers it from outside the sentence."""
    return not term.get("target") or term.get("target_from") in BEYOND_SENTENCE


def main(shared: Path) -> None:
    """Print the candidates the seed, quotas and caps choose."""
    framing = make_framing(Settings())
    left_out = framing_ids()
    per_term: Counter = Counter()
    for folder, quota in QUOTA.items():
        lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        articles = [
            a
            for a in articles
            if a["id"] not in left_out and not a.get("duplicate_of_earlier") and own_half(a["id"])
        ]
        articles.sort(key=lambda a: a["id"])
        rng = random.Random(f"{SEED}-{folder}")
        rng.shuffle(articles)
        taken = 0
        for a in articles:
            if taken >= quota:
                break
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", a["lang"], framing
            )
            finds = [(f, t) for f in ("title", "text") for t in found[f]]
            finds = [(f, t) for f, t in finds if per_term[t["term"]] < PER_TERM]
            finds = [(f, t) for f, t in finds if beyond_sentence(t)] or finds
            rng.shuffle(finds)
            for field, t in finds[: min(PER_ARTICLE, quota - taken)]:
                sha1 = hashlib.sha1(t["text"].encode("utf-8")).hexdigest()[:10]
                row = (a["id"], a["lang"], field, t["start"], t["end"], sha1, t["term"])
                print(*row, t["category"], sep="\t")
                per_term[t["term"]] += 1
                taken += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
