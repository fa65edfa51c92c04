"""Print the promises judged in promises_archive_s68.tsv (round promises68, session 59).

The input is the JSON `eval/labels/promises_track66.py` prints for a copy of the whole-archive
database /work/archive/s58/look58.db (9,222 documents), every story's promises tracked afresh by
today's main (`PYTHONPATH=/work/main/src`, 16454ddd): the stored views of that database are an
older release's. As in choose_promises66.py, a promise whose document a held-out label file or a
public test split names is dropped, so a held-out article is never read here; so is a promise
whose sentence overlaps one that an earlier sample judged (promises_archive_s39*.tsv,
promises_archive_s66*.tsv: same document, overlapping span), so no promise is judged twice. Of
the rest: every promise whose status is not open, then a random sample of the open ones
(`random.Random(SEED).sample` over the open promises in list order).
Run from the repository root:
  PYTHONPATH=/work/main/src python eval/labels/promises_track66.py COPY.db > promises.json
  python eval/labels/choose_promises68.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
Further label files after N are left out too (the fresh sample of the changed output leaves out
promises_archive_s68.tsv: seed 20261869, 40 open). It prints promise id, document, start, end, status and a short SHA-1 of the promise's sentence
(the .tsv adds the judgements); seed 20261868 with 60 draws the development sample.
"""

import csv
import json
import random
import sys
from pathlib import Path

from choose_promises66 import heldout_text, sha

SEED = 20261868
OPEN = 60
JUDGED = (
    "promises_archive_s39.tsv",
    "promises_archive_s39_after.tsv",
    "promises_archive_s66.tsv",
    "promises_archive_s66_after.tsv",
)


def judged_spans(more: tuple[str, ...] = ()) -> dict[str, list[tuple[int, int]]]:
    """document → the sentence spans an earlier sample judged."""
    out: dict[str, list[tuple[int, int]]] = {}
    for name in JUDGED + more:
        path = Path(__file__).parent / name
        rows = (r for r in path.read_text(encoding="utf-8").splitlines() if r[:1] != "#")
        for row in csv.DictReader(rows, delimiter="\t"):
            out.setdefault(row["doc_id"], []).append((int(row["start"]), int(row["end"])))
    return out


def judged_before(p: dict, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether an earlier sample judged this promise's sentence (or one overlapping it)."""
    return any(s < p["end"] and p["start"] < e for s, e in spans.get(p["doc_id"], []))


def main() -> None:
    promises = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    shared = Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else SEED
    n = int(sys.argv[4]) if len(sys.argv) > 4 else OPEN
    held = heldout_text(shared)
    spans = judged_spans(tuple(sys.argv[5:]))
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
