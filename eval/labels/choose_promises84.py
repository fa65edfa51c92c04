"""Print the promises judged in promises_archive_s84.tsv (round promises84).

As choose_promises82.py, on the JSON `promises_track66.py` prints for a copy of the
whole-archive database tracked by main, with round 82's two samples judged too:
  python eval/labels/choose_promises84.py promises.json ../shared [SEED] [N]
Every promise with a verdict is printed (each judged again with its evidence), then every open
promise outside held-out documents that no earlier sample judged (s39 … s82_after: same
document, overlapping span), then, when those are fewer than N, a draw from the open promises an
earlier sample judged (`random.Random(SEED).sample` over them in list order), judged again blind
to the earlier labels. Seed 20262584 with 60 draws the development sample; the fresh sample of
the changed output is drawn as round 78's, from all open promises:
  python eval/labels/choose_promises78.py new.json ../shared 20262585 30 --all
"""

from choose_promises80 import draw_filled
from choose_promises82 import JUDGED_80

JUDGED_82 = JUDGED_80 + ("promises_archive_s82.tsv", "promises_archive_s82_after.tsv")

if __name__ == "__main__":
    draw_filled(JUDGED_82, 20262584)
