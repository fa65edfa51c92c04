"""Print the promises judged in promises_archive_s78.tsv and s78_after.tsv (round promises78).

As choose_promises76.py (same arguments, same draw), on the JSON `promises_track66.py` prints for
a copy of the whole-archive database tracked by main, with round 76's two samples judged too:
  python eval/labels/choose_promises78.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
Seed 20262578 with 60 draws the development sample. By round 78 every sample before has judged
nearly every open promise of the archive (66 open ones were left unjudged, 60 of them drawn), so
the fresh sample of the changed output is drawn from all its open promises outside held-out
documents, judged before or not (`--all`; seed 20262579 with 30): a share of what a user sees.
  python eval/labels/choose_promises78.py new.json ../shared 20262579 30 --all
"""

import json
import random
import sys
from pathlib import Path

from choose_promises66 import heldout_text, sha
from choose_promises72 import draw
from choose_promises76 import JUDGED_74

JUDGED_76 = JUDGED_74 + ("promises_archive_s76.tsv", "promises_archive_s76_after.tsv")


def draw_all(seed: int, n: int) -> None:
    """Print every promise with a verdict, then N of all the open ones, outside held-out
    documents."""
    promises = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    held = heldout_text(Path(sys.argv[2]))
    kept = [p for p in promises if p["doc_id"] not in held]
    judged = [p for p in kept if p["status"] != "open"]
    opened = [p for p in kept if p["status"] == "open"]
    judged += random.Random(seed).sample(opened, n)
    print(f"# {len(promises)} promises, {len(promises) - len(kept)} in held-out documents dropped")
    for p in judged:
        print(p["id"], p["doc_id"], p["start"], p["end"], p["status"], sha(p["text"]), sep="\t")


if __name__ == "__main__":
    if "--all" in sys.argv:
        draw_all(int(sys.argv[3]), int(sys.argv[4]))
    else:
        draw(JUDGED_76, 20262578)
