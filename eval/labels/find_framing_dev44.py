"""List the candidates of the seventh development set (framing_dev44.tsv): occurrences the
framing stage finds, with or without a target, favouring those whose target the term's
sentence does not give.

Made for issue 25's targets (round 44). Drawn as dev43 was (the stage's finds in
their framing sense at the commit this file was added with; articles named anywhere in
`eval/labels/` or `tests/` left out, as are BBC copies flagged `duplicate_of_earlier`; per
language the corpus's articles in `random.Random("20261205-dev44-<lang>")` order, one
occurrence per article, at most PER_TERM of one term, until LANG_QUOTA), except that the
occurrence of an article is drawn among its finds the stage leaves without a target or answers
from outside the term's neighbourhood (`target_from` convention, repeated noun, victims,
discourse hint), when it has any — the population the issue's next rules are for; only an
article without such finds gives a find answered beside the term. The stage's target, hint and
voice are not printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev44.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_framing_candidates import CORPORA  # noqa: E402
from find_framing_dev41 import used_articles  # noqa: E402

from rasad.config import Settings  # noqa: E402
from rasad.eval.framing import analysed_article  # noqa: E402
from rasad.stages.framing import make_framing  # noqa: E402

SEED = "20261205-dev44"
LANG_QUOTA = {"ar": 105, "fa": 45, "en": 15}
PER_TERM = 16
# answers that do not come from the term's own neighbourhood in its sentence
BEYOND_SENTENCE = {"convention", "repeated noun", "victims", "discourse"}


def beyond_sentence(term: dict) -> bool:
    """Whether the stage leaves the find unanswered or answers it from outside the sentence."""
    return not term.get("target") or term.get("target_from") in BEYOND_SENTENCE


def main(shared: Path) -> None:
    """Print the candidates the seed, quota and per-term cap choose."""
    framing = make_framing(Settings())
    left_out = used_articles()
    for lang, folder in CORPORA.items():
        lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        articles = [
            a for a in articles if a["id"] not in left_out and not a.get("duplicate_of_earlier")
        ]
        articles.sort(key=lambda a: a["id"])
        rng = random.Random(f"{SEED}-{lang}")
        rng.shuffle(articles)
        taken, per_term = 0, Counter()
        for a in articles:
            if taken >= LANG_QUOTA[lang]:
                break
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", lang, framing
            )
            finds = [(f, t) for f in ("title", "text") for t in found[f]]
            finds = [(f, t) for f, t in finds if per_term[t["term"]] < PER_TERM]
            if not finds:
                continue
            finds = [(f, t) for f, t in finds if beyond_sentence(t)] or finds
            field, t = finds[rng.randrange(len(finds))]
            sha1 = hashlib.sha1(t["text"].encode("utf-8")).hexdigest()[:10]
            print(
                a["id"], lang, field, t["start"], t["end"], sha1, t["term"], t["category"], sep="\t"
            )
            per_term[t["term"]] += 1
            taken += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]))
