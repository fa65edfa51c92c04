"""Print the promises judged in promises_archive_s66.tsv (round promises66, session 58).

The input is the JSON list `rasad promises --json --limit 100000` prints for the whole-archive
database (/work/archive/s57/look57.db, main 6118a5d9: 794 promises, 788 open, 6 broken). A
promise whose document is named in a held-out label file (the held-out files of
eval/labels/README.md and the public test splits of ../shared/eval) is dropped, so a held-out
article is never read here. Of the rest: every promise whose status is not open, then a random
sample of the open ones (`random.Random(SEED).sample` over the open promises in list order).
Run from the repository root:
  rasad promises --db DB --json --limit 100000 > promises.json
  python eval/labels/choose_promises66.py promises.json ../shared [SEED] [N]
It prints promise id, document, start, end, status and a short SHA-1 of the promise's sentence
(the .tsv adds the judgements); seed 20261866 with 60 draws the development sample, seed
20261867 with 40 the fresh sample of the changed output (every non-open promise is judged too).
"""

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from held_out import HELD_OUT as HELDOUT  # noqa: E402

SEED = 20261866
OPEN = 60


def heldout_text(shared: Path) -> str:
    """Every held-out label file and every file of the shared public test splits, as one text
    in which a document id is looked up."""
    labels = Path(__file__).parent
    parts = [(labels / name).read_text(encoding="utf-8") for name in HELDOUT]
    parts += [
        p.read_text(encoding="utf-8", errors="ignore")
        for p in sorted((shared / "eval").rglob("*"))
        if p.is_file() and p.stat().st_size < 50_000_000
    ]
    return "\n".join(parts)


def sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def main() -> None:
    promises = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    shared = Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else SEED
    n = int(sys.argv[4]) if len(sys.argv) > 4 else OPEN
    held = heldout_text(shared)
    kept = [p for p in promises if p["doc_id"] not in held]
    judged = [p for p in kept if p["status"] != "open"]
    judged += random.Random(seed).sample([p for p in kept if p["status"] == "open"], n)
    print(f"# {len(promises)} promises, {len(promises) - len(kept)} in held-out documents dropped")
    for p in judged:
        print(p["id"], p["doc_id"], p["start"], p["end"], p["status"], sha(p["text"]), sep="\t")


if __name__ == "__main__":
    main()
