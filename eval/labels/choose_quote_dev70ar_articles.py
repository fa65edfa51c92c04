"""Print the ids of the development set quotes_dev70ar.tsv (issue 21 point 3, session 60, Arabic,
thirteenth random set, forty articles).

The pool of choose_quote_dev68ar_articles.py (the held-out pool: `saudinewsnet_ar` articles of
300–1,800 characters holding a quote mark or a speech verb, retellings and repeats dropped), after
dev68ar's own 25, with any id found in any `eval/labels/*` file or written in `src/` or `tests/`
at main 0748e294 dropped as well (read with `git show`, so sets other helpers add this session do
not change the choice). What is left is shuffled again with seed 20262070, and an article that
shares more than 30% of its six-word runs with a used article or with one kept before it (a
retelling) is dropped. The first COUNT are the set, and `--check N` prints the next N instead
(the unlabelled check).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev70ar_articles.py ../shared [--check 400]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev68ar_articles as dev68ar  # noqa: E402
import quote_dev_draw  # noqa: E402

COUNT = 40
COMMIT = "0748e294"
SEED = 20262070


def unused70ar(shared: Path) -> list[str]:
    """dev68ar's list after its own set, without any id used at main 0748e294, reshuffled,
    retellings dropped."""
    rest = dev68ar.unused68ar(shared)[dev68ar.COUNT :]
    return quote_dev_draw.fresh_draw(rest, COMMIT, SEED, shared)


if __name__ == "__main__":
    ids = unused70ar(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print(len(ids), file=sys.stderr)
        print("ar", " ".join(ids[:COUNT]))
