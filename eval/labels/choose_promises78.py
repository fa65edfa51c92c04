"""Print the promises judged in promises_archive_s78.tsv (round promises78, session 64).

As choose_promises76.py (same arguments, same draw), on the JSON `promises_track66.py` prints for
a copy of /work/look64/archive.db tracked by main, with round 76's two samples judged too:
  python eval/labels/choose_promises78.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
Seed 20262578 with 60 draws the development sample; 20262579 with 30 the fresh one.
"""

from choose_promises72 import draw
from choose_promises76 import JUDGED_74

JUDGED_76 = JUDGED_74 + ("promises_archive_s76.tsv", "promises_archive_s76_after.tsv")

if __name__ == "__main__":
    draw(JUDGED_76, 20262578)
