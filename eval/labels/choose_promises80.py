"""Print the promises judged in promises_archive_s80.tsv and s80_after.tsv (round promises80).

As choose_promises78.py, on the JSON `promises_track66.py` prints for a copy of the
whole-archive database tracked by main, with round 78's two samples judged too:
  python eval/labels/choose_promises80.py promises.json ../shared [SEED] [N]
Every promise with a verdict is printed (each judged again with its evidence), then every open
promise outside held-out documents that no earlier sample judged (s39 … s78_after: same
document, overlapping span). By round 80 those are few (the archive has held the same 9,237
documents since session 63, and eight rounds of samples have read nearly all of its promises),
so the sample is filled up to N open promises with a draw from the open promises an earlier
sample did judge (`random.Random(SEED).sample` over them in list order): they are judged again,
blind to the earlier labels, on today's output. Seed 20262580 with 60 draws the development
sample; the fresh sample of the changed output is drawn as round 78's, from all open promises:
  python eval/labels/choose_promises78.py new.json ../shared 20262581 30 --all
"""

import json
import random
import sys
from pathlib import Path

from choose_promises66 import heldout_text, sha
from choose_promises68 import judged_before, judged_spans
from choose_promises78 import JUDGED_76

JUDGED_78 = JUDGED_76 + ("promises_archive_s78.tsv", "promises_archive_s78_after.tsv")


def draw_filled(judged: tuple[str, ...], default_seed: int) -> None:
    """Print every verdict, the open promises no sample of `judged` read, and a draw from the
    ones they did up to N (arguments as the module's docstring says)."""
    promises = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else default_seed
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 60
    held = heldout_text(Path(sys.argv[2]))
    spans = judged_spans(judged)
    kept = [p for p in promises if p["doc_id"] not in held]
    chosen = [p for p in kept if p["status"] != "open"]
    opened = [p for p in kept if p["status"] == "open"]
    fresh = [p for p in opened if not judged_before(p, spans)]
    seen = [p for p in opened if judged_before(p, spans)]
    chosen += fresh[:n] + random.Random(seed).sample(seen, max(0, n - len(fresh)))
    print(
        f"# {len(promises)} promises, {len(promises) - len(kept)} in held-out documents dropped,"
        f" {len(fresh)} open ones not judged before, {max(0, n - len(fresh))} drawn from the"
        " judged ones"
    )
    for p in chosen:
        print(p["id"], p["doc_id"], p["start"], p["end"], p["status"], sha(p["text"]), sep="\t")


if __name__ == "__main__":
    draw_filled(JUDGED_78, 20262580)
