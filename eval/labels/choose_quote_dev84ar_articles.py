"""Print the ids of the development set quotes_dev84ar.tsv (issue 21 point 3, session 67, Arabic,
twentieth random set, forty articles).

The 300–1,800-character pool of the earlier Arabic sets is spent (quotes_dev82ar.md: dev82ar took
the 36 articles it had left), so this set draws from the next length band with the same filter:
`saudinewsnet_ar` articles of more than 1,800 and at most 2,500 characters holding a quote mark or
a speech verb of the crude regex of choose_heldout_articles.py, sorted by id and shuffled with
seed 20262084. Dropped: any id found in any file of `eval/labels/` or written in `src/` or
`tests/` at main bd64d3c1 (read with `git show`, so sets other helpers add this session do not
change the choice), an article whose first 200 characters repeat an earlier kept one's, and an
article that shares more than 30% of its six-word runs with a used article (of any length) or
with one kept before it (SaudiNewsNet republishes stories under new ids, rewritten). The first
COUNT are the set; `--check N` prints the next N instead. No rasad output is used to choose.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev84ar_articles.py ../shared [--check 400]
"""

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
from choose_heldout_articles import QUOTE_MARKS, SPEECH, fold  # noqa: E402

COUNT = 40
COMMIT = "bd64d3c1"
SEED = 20262084
SHORTEST, LONGEST = 1801, 2500  # characters; 300–1,800 until dev82ar, which spent that band


def holds_speech(text: str) -> bool:
    """The held-out pool's filter: a quote mark or a speech verb of its crude regex."""
    return bool(QUOTE_MARKS.search(text) or SPEECH["ar"].search(fold(text)))


def unused84ar(shared: Path) -> list[str]:
    """The band's unused articles in this round's shuffle, repeats and retellings dropped."""
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    path = shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl"
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    seen = [dev44.shingles(r["text"]) for r in rows if r["id"] in skip]
    band = sorted(
        (
            r
            for r in rows
            if SHORTEST <= len(r["text"]) <= LONGEST
            and holds_speech(r["text"])
            and r["id"] not in skip
        ),
        key=lambda r: r["id"],
    )
    random.Random(SEED).shuffle(band)
    firsts: set[str] = set()
    kept: list[str] = []
    for r in band:
        first, runs = r["text"].strip()[:200], dev44.shingles(r["text"])
        if first not in firsts and not dev44.retold(runs, seen):
            firsts.add(first)
            seen.append(runs)
            kept.append(r["id"])
    return kept


if __name__ == "__main__":
    ids = unused84ar(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print(len(ids), file=sys.stderr)
        print("ar", " ".join(ids[:COUNT]))
