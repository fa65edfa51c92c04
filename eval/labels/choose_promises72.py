"""Print the promises judged in promises_archive_s72.tsv (round promises72, session 61).

The input is the JSON `eval/labels/promises_track66.py` prints for a copy of the whole-archive
database /work/archive/s61/look61.db (9,222 documents), every story's promises tracked afresh by
today's main (`PYTHONPATH=/work/main/src`, c34c740a). As in choose_promises70.py, a promise whose
document a held-out label file or a public test split names is dropped, so a held-out article is
never read here; so is an open promise whose sentence overlaps one that an earlier sample judged
(promises_archive_s39*, s66*, s68*, s70*.tsv: same document, overlapping span). Every promise
whose status is not open is printed even when judged before, because this round judges each
verdict with its evidence; then a random sample of the fresh open ones
(`random.Random(SEED).sample` over the open promises in list order).
Run from the repository root:
  PYTHONPATH=/work/main/src python eval/labels/promises_track66.py COPY.db > promises.json
  python eval/labels/choose_promises72.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
It prints promise id, document, start, end, status and a short SHA-1 of the promise's sentence
(the .tsv adds the judgements); seed 20262572 with 60 draws the development sample.
"""

import json
import random
import sys
from pathlib import Path

from choose_promises66 import heldout_text, sha
from choose_promises68 import judged_before, judged_spans

SEED = 20262572
OPEN = 60
JUDGED_70 = (
    "promises_archive_s68.tsv",
    "promises_archive_s68_after.tsv",
    "promises_archive_s70.tsv",
    "promises_archive_s70_after.tsv",
)


def draw(judged_files: tuple[str, ...], default_seed: int) -> None:
    """Print the sample: every promise with a verdict, then N open ones not judged in
    `judged_files` (and the JUDGED.tsv arguments); later rounds call it with their own files."""
    promises = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    shared = Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else default_seed
    n = int(sys.argv[4]) if len(sys.argv) > 4 else OPEN
    held = heldout_text(shared)
    spans = judged_spans(judged_files + tuple(sys.argv[5:]))
    kept = [p for p in promises if p["doc_id"] not in held]
    judged = [p for p in kept if p["status"] != "open"]
    fresh = [p for p in kept if p["status"] == "open" and not judged_before(p, spans)]
    judged += random.Random(seed).sample(fresh, n)
    print(
        f"# {len(promises)} promises, {len(promises) - len(kept)} in held-out documents dropped,"
        f" {len(fresh)} open ones not judged before"
    )
    for p in judged:
        print(p["id"], p["doc_id"], p["start"], p["end"], p["status"], sha(p["text"]), sep="\t")


def main() -> None:
    draw(JUDGED_70, SEED)


if __name__ == "__main__":
    main()
