"""Print the ids of the development set quotes_dev58ar.tsv (issue 21 point 3, session 54, Arabic,
seventh random set).

The pool of choose_quote_dev56ar_articles.py (the held-out pool: `saudinewsnet_ar` articles of
300–1,800 characters holding a quote mark or a speech verb, retellings and repeats dropped), after
dev56ar's own 30, with any id found in any `eval/labels/*` file or written in `src/` or `tests/`
at main b2d2eec5 dropped as well (read with `git show`, so sets other helpers add this session do
not change the choice). What is left is shuffled again with seed 20261258 (so the set is not the
slice the unlabelled checks of quotes56ar/57ar read first), and an article that shares more than
30% of its six-word runs with a used article or with one kept before it (a retelling) is dropped.
The first COUNT are the set, and `--check N` prints the next N instead (the unlabelled check).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev58ar_articles.py ../shared [--check 800]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev56ar_articles as dev56ar  # noqa: E402
import quote_dev_draw  # noqa: E402

COUNT = 30
COMMIT = "b2d2eec5"
SEED = 20261258


def unused58ar(shared: Path) -> list[str]:
    """dev56ar's list after its own set, without any id used at main b2d2eec5, reshuffled,
    retellings dropped."""
    rest = dev56ar.unused56ar(shared)[dev56ar.COUNT :]
    return quote_dev_draw.fresh_draw(rest, COMMIT, SEED, shared)


if __name__ == "__main__":
    ids = unused58ar(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print(len(ids), file=sys.stderr)
        print("ar", " ".join(ids[:COUNT]))
