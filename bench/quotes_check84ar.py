"""The unlabelled check of round speakers84ar: `quotes_check78ar.check` (the draw and `--dump` of
`quotes_check74ar.check_ids`: unused `saudinewsnet_ar` articles writing «قال», «أكد», «أوضح» or
«أضاف», up to 400) with this round's label commit, so dev84ar's forty are out, and its seed.
Run from the repository root: .venv/bin/python bench/quotes_check84ar.py /work/shared, then
`… --dump IDS_FILE OUT` once with main's `src` on PYTHONPATH and once with the branch's; diff.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_check78ar as check78ar  # noqa: E402

COMMIT = "c0de03c0"
SEED = 20262084


if __name__ == "__main__":
    check78ar.COMMIT, check78ar.SEED = COMMIT, SEED
    check78ar.check(Path(sys.argv[1]), sys.argv)
