"""Score a promises JSON against every judged sample of the whole archive (round promises72).

As score_promises70.py, with round promises72's samples added:
  python eval/labels/score_promises72.py new.json [judged-on.json]
"""

import score_promises70

score_promises70.score_promises68.SAMPLES = score_promises70.score_promises68.SAMPLES + (
    "promises_archive_s72.tsv",
    "promises_archive_s72_after.tsv",
)

if __name__ == "__main__":
    score_promises70.score_promises68.main()
