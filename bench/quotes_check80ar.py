"""The unlabelled check of round speakers80ar: the draw and `--dump` of quotes_check78ar.py
(`quotes_check74ar.check_ids`: unused `saudinewsnet_ar` articles writing «قال», «أكد», «أوضح» or
«أضاف», up to 400) with this round's label commit, so dev80ar's forty are out, and its seed.
Run from the repository root: .venv/bin/python bench/quotes_check80ar.py /work/shared, then
`… --dump IDS_FILE OUT` once with main's `src` on PYTHONPATH and once with the branch's; diff.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_check57ar as check57ar  # noqa: E402
import quotes_check74ar as check74ar  # noqa: E402

COMMIT = "aa12281a"
SEED = 20262080


def check(shared: Path, argv: list[str]) -> None:
    """Print the round's ids, or with `--dump IDS_FILE OUT` write what the code finds in them."""
    if "--dump" in argv:
        ids_file, out = argv[argv.index("--dump") + 1 : argv.index("--dump") + 3]
        check74ar.dump(shared, Path(ids_file).read_text("utf-8").split()[1:], Path(out))
        return
    check57ar.COMMIT = COMMIT
    check74ar.SEED = SEED
    randoms, _ = check74ar.check_ids(shared, check57ar.used_ids())
    print("ar", " ".join(randoms))


if __name__ == "__main__":
    check(Path(sys.argv[1]), sys.argv)
