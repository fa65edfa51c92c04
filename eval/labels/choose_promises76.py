"""Print the promises judged in promises_archive_s76.tsv (round promises76, session 63).

As choose_promises74.py (same arguments, same draw), on the JSON `promises_track66.py` prints for
a copy of /work/look63/archive.db tracked by main, with round 74's two samples judged too:
  python eval/labels/choose_promises76.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
Seed 20262576 with 60 draws the development sample; 20262577 with 30 the fresh one.
"""

from choose_promises72 import draw
from choose_promises74 import JUDGED_72

JUDGED_74 = JUDGED_72 + ("promises_archive_s74.tsv", "promises_archive_s74_after.tsv")

if __name__ == "__main__":
    draw(JUDGED_74, 20262576)
