"""Score a promises JSON against every judged sample of the whole archive (round promises70).

As score_promises68.py, with round promises70's samples added:
  python eval/labels/score_promises70.py new.json [judged-on.json]
"""

import score_promises68

score_promises68.SAMPLES = score_promises68.SAMPLES + (
    "promises_archive_s70.tsv",
    "promises_archive_s70_after.tsv",
)

if __name__ == "__main__":
    score_promises68.main()
