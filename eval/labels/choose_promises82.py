"""Print the promises judged in promises_archive_s82.tsv (round promises82).

As choose_promises80.py, on the JSON `promises_track66.py` prints for a copy of the
whole-archive database tracked by main, with round 80's two samples judged too:
  python eval/labels/choose_promises82.py promises.json ../shared [SEED] [N]
Every promise with a verdict is printed (each judged again with its evidence), then every open
promise outside held-out documents that no earlier sample judged (s39 … s80_after: same
document, overlapping span), then, when those are fewer than N, a draw from the open promises an
earlier sample judged (`random.Random(SEED).sample` over them in list order), judged again blind
to the earlier labels. Seed 20262582 with 60 draws the development sample; the fresh sample of
the changed output is drawn as round 78's, from all open promises:
  python eval/labels/choose_promises78.py new.json ../shared 20262583 30 --all
"""

from choose_promises80 import JUDGED_78, draw_filled

JUDGED_80 = JUDGED_78 + ("promises_archive_s80.tsv", "promises_archive_s80_after.tsv")

if __name__ == "__main__":
    draw_filled(JUDGED_80, 20262582)
