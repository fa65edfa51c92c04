"""The unlabelled check of round speakers78ar (Arabic speakers: cues, clause openers, names).

Ids found in any `eval/labels/*` file or written in `src/` or `tests/` at COMMIT (this round's
label commit, so dev78ar's forty are out) are dropped; of the rest, `saudinewsnet_ar` articles of
300–3,000 characters writing «قال», «أكد», «أوضح» or «أضاف», sorted and shuffled with seed
20262078, then longer ones (to 6,000 characters) up to 400 (`quotes_check74ar.check_ids`, the
same draw with this round's commit and seed).
`--dump IDS_FILE OUT` writes, for the ids in IDS_FILE (the output of the first form), every PER
mention and every quote's speaker as the code on PYTHONPATH finds them, one JSON line an
article; run it once with main's `src` and once with this branch's, and diff the two.
Run from the repository root: .venv/bin/python bench/quotes_check78ar.py /work/shared
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_check57ar as check57ar  # noqa: E402
import quotes_check74ar as check74ar  # noqa: E402

COMMIT = "51b11710"
SEED = 20262078

if __name__ == "__main__":
    if "--dump" in sys.argv:
        at = sys.argv.index("--dump")
        ids = Path(sys.argv[at + 1]).read_text("utf-8").split()[1:]
        check74ar.dump(Path(sys.argv[1]), ids, Path(sys.argv[at + 2]))
        sys.exit()
    check57ar.COMMIT = COMMIT
    check74ar.SEED = SEED
    randoms, _ = check74ar.check_ids(Path(sys.argv[1]), check57ar.used_ids())
    print("ar", " ".join(randoms))
