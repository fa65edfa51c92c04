"""List the candidates of the third development set (framing_dev35.tsv): occurrences whose
target the framing stage does not find.

Made for issue 25's targets beyond the sentence: the rows are occurrences the stage itself
finds (in its framing sense, at the commit this file was added with) and leaves without a
target (`target` null: unknown or generic), in articles of none of the other label files
(framing_occurrences.tsv, framing_dev.tsv, framing_dev2.tsv). Per language, the corpus's
articles in `random.Random("20261203-dev35-<lang>")` order; each article analysed as
`rasad eval framing` analyses it (title and body); at most PER_ARTICLE occurrences of one
article and PER_TERM of one term, until LANG_QUOTA. The stage's target hint, convention or
any other guess is not printed: the rows are labelled by reading the article.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev35.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_framing_candidates import CORPORA, HERE  # noqa: E402
from find_framing_dev import heldout_articles  # noqa: E402

from rasad.config import Settings  # noqa: E402
from rasad.eval.framing import analysed_article  # noqa: E402
from rasad.stages.framing import make_framing  # noqa: E402

SEED = "20261203-dev35"
LANG_QUOTA = {"ar": 45, "fa": 45, "en": 15}
PER_TERM = 3
PER_ARTICLE = 1


def main(shared: Path) -> None:
    framing = make_framing(Settings())
    left_out = set().union(
        *(
            heldout_articles(HERE / f)
            for f in ("framing_occurrences.tsv", "framing_dev.tsv", "framing_dev2.tsv")
        )
    )
    for lang, folder in CORPORA.items():
        lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        articles = [
            a for a in articles if a["id"] not in left_out and not a.get("duplicate_of_earlier")
        ]
        articles.sort(key=lambda a: a["id"])
        random.Random(f"{SEED}-{lang}").shuffle(articles)
        taken, per_term = 0, Counter()
        for a in articles:
            if taken >= LANG_QUOTA[lang]:
                break
            found = analysed_article(
                a["id"], a.get("text") or "", a.get("title") or "", lang, framing
            )
            picked = 0
            for field in ("title", "text"):
                for t in found[field]:
                    if t.get("target") or picked >= PER_ARTICLE or per_term[t["term"]] >= PER_TERM:
                        continue
                    span = t["text"]
                    sha1 = hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]
                    print(
                        a["id"],
                        lang,
                        field,
                        t["start"],
                        t["end"],
                        sha1,
                        t["term"],
                        t["category"],
                        sep="\t",
                    )
                    per_term[t["term"]] += 1
                    picked += 1
            taken += picked


if __name__ == "__main__":
    main(Path(sys.argv[1]))
