"""Round framing62: the articles whose unlabelled framing finds are judged old vs new code.

The framing pool is spent (framing58's section of framing.md): over the corpus no article that
no framing file names holds a find of the stage, and of 2,351 ids the framing and held-out files
name, only 41 unnamed articles have an armed group in their headline, with no find among them
(measured this round). So, as framing58 and framing60 drew their sets, the judged articles are
those only framing development files name — held-out files of any task and framing tests left
out —, and the finds judged are the ones no framing label file labels (the diff marks the
labelled ones apart). No randomness: every such article.

    PYTHONPATH=src python eval/labels/find_framing_unlabelled62.py > ids.txt
"""

from __future__ import annotations

import glob
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import HELD_OUT  # noqa: E402

LABELS = Path(__file__).resolve().parent
ROOT = LABELS.parents[1]
ID = r"(?:snn-\d{4}-\d\d-\d\d-\d+|fars-\d+|bbc-[a-z]+-\d+|ntrex-[a-z]{2}-[\w.]+)"


def ids_in(paths) -> set[str]:
    """Article ids written in the given files (those that exist)."""
    found: set[str] = set()
    for path in paths:
        if Path(path).exists():
            found |= set(re.findall(ID, Path(path).read_text("utf-8")))
    return found


def main() -> None:
    tests = glob.glob(str(ROOT / "tests" / "**" / "test_framing*.py"), recursive=True)
    left_out = ids_in([LABELS / name for name in HELD_OUT] + tests)
    dev = ids_in(sorted(LABELS.glob("framing_dev*.tsv")))
    chosen = sorted(dev - left_out)
    print(f"{len(dev)} development articles, {len(chosen)} kept", file=sys.stderr)
    print("\n".join(chosen))


if __name__ == "__main__":
    main()
