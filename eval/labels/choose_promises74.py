"""Print the promises judged in promises_archive_s74.tsv (round promises74, session 62).

The input is the JSON `eval/labels/promises_track66.py` prints for a copy of the whole-archive
database /work/archive/s62/look62.db (9,222 documents), every story's promises tracked afresh by
today's main (`PYTHONPATH=/work/main/src`, 391d567d). As in choose_promises72.py, a promise whose
document a held-out label file or a public test split names is dropped, so a held-out article is
never read here; so is an open promise whose sentence overlaps one that an earlier sample judged
(promises_archive_s39*, s66*, s68*, s70*, s72*.tsv: same document, overlapping span). Every
promise whose status is not open is printed even when judged before, because this round judges
each verdict with its evidence; then a random sample of the fresh open ones
(`random.Random(SEED).sample` over the open promises in list order).
Run from the repository root:
  PYTHONPATH=/work/main/src python eval/labels/promises_track66.py COPY.db > promises.json
  python eval/labels/choose_promises74.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
It prints promise id, document, start, end, status and a short SHA-1 of the promise's sentence
(the .tsv adds the judgements); seed 20262574 with 60 draws the development sample.
"""

import json
import random
import sys
from pathlib import Path

from choose_promises66 import heldout_text, sha
from choose_promises68 import judged_before, judged_spans

SEED = 20262574
OPEN = 60
JUDGED_72 = (
    "promises_archive_s68.tsv",
    "promises_archive_s68_after.tsv",
    "promises_archive_s70.tsv",
    "promises_archive_s70_after.tsv",
    "promises_archive_s72.tsv",
    "promises_archive_s72_after.tsv",
)


def main() -> None:
    promises = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    shared = Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else SEED
    n = int(sys.argv[4]) if len(sys.argv) > 4 else OPEN
    held = heldout_text(shared)
    spans = judged_spans(JUDGED_72 + tuple(sys.argv[5:]))
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


if __name__ == "__main__":
    main()
