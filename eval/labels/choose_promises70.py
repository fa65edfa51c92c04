"""Print the promises judged in promises_archive_s70.tsv (round promises70, session 60).

The input is the JSON `eval/labels/promises_track66.py` prints for a copy of the whole-archive
database /work/archive/s60/look60.db (9,222 documents), every story's promises tracked afresh by
today's main (`PYTHONPATH=/work/main/src`, 0748e294). As in choose_promises68.py, a promise whose
document a held-out label file or a public test split names is dropped, so a held-out article is
never read here; so is a promise whose sentence overlaps one that an earlier sample judged
(promises_archive_s39*.tsv, s66*.tsv, s68*.tsv: same document, overlapping span). Of the rest:
every promise whose status is not open, then a random sample of the open ones
(`random.Random(SEED).sample` over the open promises in list order).
Run from the repository root:
  PYTHONPATH=/work/main/src python eval/labels/promises_track66.py COPY.db > promises.json
  python eval/labels/choose_promises70.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
It prints promise id, document, start, end, status and a short SHA-1 of the promise's sentence
(the .tsv adds the judgements); seed 20262570 with 60 draws the development sample.
"""

import json
import random
import sys
from pathlib import Path

from choose_promises66 import heldout_text, sha
from choose_promises68 import judged_before, judged_spans

SEED = 20262570
OPEN = 60
JUDGED_68 = ("promises_archive_s68.tsv", "promises_archive_s68_after.tsv")


def main() -> None:
    promises = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    shared = Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else SEED
    n = int(sys.argv[4]) if len(sys.argv) > 4 else OPEN
    held = heldout_text(shared)
    spans = judged_spans(JUDGED_68 + tuple(sys.argv[5:]))
    kept = [p for p in promises if p["doc_id"] not in held]
    fresh = [p for p in kept if not judged_before(p, spans)]
    judged = [p for p in fresh if p["status"] != "open"]
    judged += random.Random(seed).sample([p for p in fresh if p["status"] == "open"], n)
    print(
        f"# {len(promises)} promises, {len(promises) - len(kept)} in held-out documents dropped,"
        f" {len(kept) - len(fresh)} judged by an earlier sample dropped"
    )
    for p in judged:
        print(p["id"], p["doc_id"], p["start"], p["end"], p["status"], sha(p["text"]), sep="\t")


if __name__ == "__main__":
    main()
