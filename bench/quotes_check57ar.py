"""Print the ids of the unlabelled check of round quotes57ar (Arabic plural cues after a
collective subject) beyond the 539 of `choose_quote_dev56ar_articles.py --check 800`.

Ids found in any `eval/labels/*` file or written in `src/` or `tests/` at main db88efa4 are dropped,
as are the 539; of the rest, `saudinewsnet_ar` articles shuffled with seed 20261257: the first COUNT of
300–1,800 characters (random), or with --cued every other one writing a plural speech cue of
`PLURAL_CUES` (so the rule is read where it can fire; the random ones rarely hold one).
Run from the repository root: .venv/bin/python bench/quotes_check57ar.py /work/shared [--cued]
"""

import json
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from rasad.lang.quotes import PLURAL_CUES
from rasad.text.normalize import fold_same_length

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "labels"))
import choose_quote_dev56ar_articles as dev56ar  # noqa: E402

COMMIT = "db88efa4"
SEED = 20261257
COUNT = 261
ID = re.compile(r"snn-\d{4}-\d\d-\d\d-\d+")


def used_ids() -> set[str]:
    """Ids in eval/labels/ or src/ or tests/ at COMMIT."""
    names = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{COMMIT}:eval/labels"], capture_output=True, text=True
    ).stdout.split()
    text = "".join(
        subprocess.run(
            ["git", "show", f"{COMMIT}:eval/labels/{n}"], capture_output=True, text=True
        ).stdout
        for n in names
    )
    code = subprocess.run(
        ["git", "grep", "-ohE", r"snn-[0-9-]+", COMMIT, "--", "src", "tests"],
        capture_output=True,
        text=True,
    ).stdout
    return set(ID.findall(text)) | set(ID.findall(code))


def shuffled_rows(
    shared: Path, skip: set[str], seed: int, read: Callable[[str], str] = str
) -> list[tuple[str, str]]:
    """`saudinewsnet_ar`'s (id, read(text)) pairs but `skip`'s, sorted, then shuffled with `seed`:
    the draw every unlabelled Arabic quote check of bench/ starts from."""
    rows = []
    with (shared / "corpus" / "saudinewsnet_ar" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] not in skip:
                rows.append((a["id"], read(a["text"])))
    rows.sort()
    random.Random(seed).shuffle(rows)
    return rows


def check_ids(shared: Path, skip: set[str]) -> tuple[list[str], list[str]]:
    """The random ids and the further ids holding a plural cue."""
    rows = shuffled_rows(shared, skip, SEED, fold_same_length)
    cues = "|".join(fold_same_length(c) for c in PLURAL_CUES["ar"])
    cue = re.compile(r"(?<!\w)(?:و|ف)?(?:" + cues + r")(?!\w)")
    randoms = [i for i, t in rows if 300 <= len(t) <= 1800][:COUNT]
    cued = [i for i, t in rows if i not in randoms and cue.search(t)]
    return randoms, cued


if __name__ == "__main__":
    shared = Path(sys.argv[1])
    first = dev56ar.unused56ar(shared)[dev56ar.COUNT : dev56ar.COUNT + 800]  # quotes56ar's check
    randoms, cued = check_ids(shared, used_ids() | set(first))
    print("ar", " ".join(cued if "--cued" in sys.argv else randoms))
