"""Print the ids of the development set quotes_dev80ar.tsv (issue 21 point 3, session 65, Arabic,
eighteenth random set, forty articles).

The pool of choose_quote_dev78ar_articles.py (the held-out pool: `saudinewsnet_ar` articles of
300–1,800 characters holding a quote mark or a speech verb, retellings and repeats dropped), after
dev78ar's own 40, with any id found in any `eval/labels/*` file or written in `src/` or `tests/`
at main 36393559 dropped as well (read with `git show`, so sets other helpers add this session do
not change the choice). What is left is shuffled again with seed 20262080, and an article that
shares more than 30% of its six-word runs with a used article or with one kept before it (a
retelling) is dropped. The first COUNT are the set, and `--check N` prints the next N instead.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev80ar_articles.py ../shared [--check 400]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev78ar_articles as dev78ar  # noqa: E402
import quote_dev_draw  # noqa: E402

COUNT = 40
COMMIT = "36393559"
SEED = 20262080


def unused80ar(shared: Path) -> list[str]:
    """dev78ar's list after its own set, without any id used at main 36393559, reshuffled,
    retellings dropped."""
    rest = dev78ar.unused78ar(shared)[dev78ar.COUNT :]
    return quote_dev_draw.fresh_draw(rest, COMMIT, SEED, shared)


if __name__ == "__main__":
    ids = unused80ar(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print(len(ids), file=sys.stderr)
        print("ar", " ".join(ids[:COUNT]))
