"""Print the ids of the development set quotes_dev49b.tsv (issue 21 point 3, session 49, Arabic,
second random set).

Continues the shuffle of choose_quote_dev49_articles.py (same pool, same seed 20261249, same
drops of retellings and repeats): its list of unused articles after its first 30 (quotes_dev49),
with any id found in any `eval/labels/*` file or written in `src/` or `tests/` at main 2bc1058f
dropped as well (read with `git show`, so files added later do not change the choice). The first
COUNT are the set; `--check N` prints the next N instead (the unlabelled check of the round).
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev49b_articles.py ../shared [--check 300]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44_articles as dev44  # noqa: E402
import choose_quote_dev49_articles as dev49  # noqa: E402

COUNT = 30
COMMIT = "2bc1058f"


def unused49b(shared: Path) -> list[str]:
    """dev49's shuffle after its own set, without any id used at main 2bc1058f."""
    rest = dev49.unused49(shared)[dev49.COUNT :]
    dev44.COMMIT = COMMIT
    skip = dev44.used_ids()
    return [i for i in rest if i not in skip]


if __name__ == "__main__":
    ids = unused49b(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("ar", " ".join(ids[COUNT : COUNT + int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print("ar", " ".join(ids[:COUNT]))
