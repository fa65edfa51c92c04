"""Print the promises judged in promises_archive_s84.tsv (round promises84).

The draw of choose_promises82.py (same arguments), with round 82's two samples among the judged:
  python eval/labels/choose_promises84.py promises.json ../shared [SEED] [N]
Seed 20262584 with 60 drew the development sample from main's output on session 66's archive.
The fresh sample of the changed output is drawn from all open promises:
  python eval/labels/choose_promises78.py new.json ../shared 20262585 30 --all
"""

from choose_promises80 import draw_filled
from choose_promises82 import JUDGED_80

JUDGED_82 = (*JUDGED_80, "promises_archive_s82.tsv", "promises_archive_s82_after.tsv")

if __name__ == "__main__":
    draw_filled(JUDGED_82, 20262584)
