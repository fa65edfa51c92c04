"""Print the ids of the development set quotes_dev82ar.tsv (issue 21 point 3, session 66, Arabic,
nineteenth random set: the 36 articles the pool had left).

The pool of choose_quote_dev80ar_articles.py (the held-out pool: `saudinewsnet_ar` articles of
300–1,800 characters holding a quote mark or a speech verb, retellings and repeats dropped), after
dev80ar's own 40, with any id found in any `eval/labels/*` file or written in `src/` or `tests/`
at main 2f931b44 dropped as well (read with `git show`, so sets other helpers add this session do
not change the choice). What is left is shuffled again with seed 20262082, and an article that
shares more than 30% of its six-word runs with a used article or with one kept before it (a
retelling) is dropped. 36 are left, fewer than COUNT: all of them are the set (the pool is
spent; a next Arabic set needs a new pool). `--check N` prints the ids after the first COUNT.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev82ar_articles.py ../shared [--check 400]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev80ar_articles as dev80ar  # noqa: E402
import quote_dev_draw  # noqa: E402

COUNT = 40
COMMIT = "2f931b44"
SEED = 20262082


def unused82ar(shared: Path) -> list[str]:
    """dev80ar's list after its own set, without any id used at main 2f931b44, reshuffled,
    retellings dropped."""
    rest = dev80ar.unused80ar(shared)[dev80ar.COUNT :]
    return quote_dev_draw.fresh_draw(rest, COMMIT, SEED, shared)


if __name__ == "__main__":
    ids = unused82ar(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print(len(ids), file=sys.stderr)
        print("ar", " ".join(ids[:COUNT]))
