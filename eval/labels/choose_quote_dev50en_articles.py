"""Print the ids of the development set quotes_dev50en.tsv (issue 21 point 3, session 50, English).

Drawn at random among BBC articles with a pronoun speaker, so that it holds the case the round
works on ("it said", "he told", "they have said") in the proportions the corpus has: the pool of
choose_heldout_articles.py for English (every `bbc_news_en` article of 300–1,800 characters whose
text holds a quote mark or a speech verb of its crude regex) that also holds a pronoun before or
after a speech verb (PRONOUN_SPEAKER, crude), sorted by id and shuffled with `random.Random(SEED)`;
dropped: any id found in any `eval/labels/*` file of main 656fd305 (read with `git show`, so files
added later do not change the choice; every kind of set, not only quotes sets) or written in
`src/` or `tests/` at that commit (`git grep`), any article whose first 200 characters repeat an
earlier kept one's, and any that shares more than 30% of its six-word runs with a used article.
The first COUNT are the set; `--check N` prints the next N instead.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev50en_articles.py ../shared [--check 100]
"""

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import QUOTE_MARKS, SPEECH  # noqa: E402

SEED = 20261250
COUNT = 25
COMMIT = "656fd305"
_VERB = r"(?:said|says|told|added|warned|argued|insisted|claimed|admitted|announced|explained)"
# "he said", "it has said", "they have warned", "said he", "she told" (crude; a pronoun subject)
PRONOUN_SPEAKER = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:(?:has|have|had|also|later)\s+)*{_VERB}\b"
    rf"|\b{_VERB}\s+(?:he|she|they)\b"
)


def pool50en(shared: Path) -> list[dict]:
    """The held-out pool's English articles with a pronoun speaker, in this round's shuffle."""
    path = shared / "corpus" / "bbc_news_en" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    rows = sorted(
        (
            r
            for r in rows
            if 300 <= len(r["text"]) <= 1800
            and (QUOTE_MARKS.search(r["text"]) or SPEECH["en"].search(r["text"]))
            and PRONOUN_SPEAKER.search(r["text"])
        ),
        key=lambda r: r["id"],
    )
    random.Random(SEED).shuffle(rows)
    return rows


def unused50en(shared: Path) -> list[str]:
    """The pool's unused articles in shuffle order, retellings and repeats dropped."""
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    rows = pool50en(shared)
    used = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip]
    firsts: set[str] = set()
    kept: list[str] = []
    for r in rows:
        first = r["text"].strip()[:200]
        if (
            r["id"] not in skip
            and first not in firsts
            and not dev44.retold(dev44.shingles(r["text"]), used)
        ):
            firsts.add(first)
            kept.append(r["id"])
    return kept


if __name__ == "__main__":
    ids = unused50en(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("en", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print("en", " ".join(ids[:COUNT]))
