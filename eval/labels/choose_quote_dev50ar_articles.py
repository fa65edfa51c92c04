"""Print the ids of the development set quotes_dev50ar.tsv (issue 21 point 3, session 50, Arabic,
third random set).

Continues the shuffle of choose_quote_dev49b_articles.py (the held-out pool: `saudinewsnet_ar`
articles of 300–1,800 characters holding a quote mark or a speech verb; the same seed 20261249,
the same drops of retellings and repeats): its list of unused articles after its first 30
(quotes_dev49b), with any id found in any `eval/labels/*` file or written in `src/` or `tests/`
at main 656fd305 dropped as well (read with `git show`, so files added later do not change the
choice). The first COUNT are the set; `--check N` prints the next N instead (the unlabelled
check of the round).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev50ar_articles.py ../shared [--check 800]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
import choose_quote_dev49b_articles as dev49b  # noqa: E402

COUNT = 30
COMMIT = "656fd305"


def unused50ar(shared: Path) -> list[str]:
    """dev49b's list after its own set, without any id used at main 656fd305."""
    rest = dev49b.unused49b(shared)[dev49b.COUNT :]
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    return [i for i in rest if i not in skip]


if __name__ == "__main__":
    ids = unused50ar(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print("ar", " ".join(ids[:COUNT]))
