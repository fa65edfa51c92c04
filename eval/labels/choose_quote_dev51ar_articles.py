"""Print the ids of the development set quotes_dev51ar.tsv (issue 21 point 3, session 51, Arabic,
fourth random set).

The pool of choose_quote_dev50ar_articles.py (the held-out pool: `saudinewsnet_ar` articles of
300–1,800 characters holding a quote mark or a speech verb; shuffle seed 20261249, the same drops
of retellings and repeats), after dev50ar's own 30, with any id found in any `eval/labels/*` file
or written in `src/` or `tests/` at main b336d20d dropped as well (read with `git show`, so files
added later do not change the choice). What is left is shuffled again with seed 20261251 (so the
set is not the next slice the previous round's unlabelled check read first), and an article that
shares more than 30% of its six-word runs with a used article or with one kept before it (a
retelling: SaudiNewsNet carries one story from several papers) is dropped. The first COUNT are
the set, and `--check N` prints the next N instead (the unlabelled check of the round).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev51ar_articles.py ../shared [--check 800]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev50ar_articles as dev50ar  # noqa: E402
import quote_dev_draw  # noqa: E402

COUNT = 30
COMMIT = "b336d20d"
SEED = 20261251


def unused51ar(shared: Path) -> list[str]:
    """dev50ar's list after its own set, without any id used at main b336d20d, reshuffled,
    retellings dropped."""
    rest = dev50ar.unused50ar(shared)[dev50ar.COUNT :]
    return quote_dev_draw.fresh_draw(rest, COMMIT, SEED, shared)


if __name__ == "__main__":
    ids = unused51ar(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print(len(ids), file=sys.stderr)
        print("ar", " ".join(ids[:COUNT]))
