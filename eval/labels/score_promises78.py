"""Score a promises JSON against every judged sample of the whole archive (round promises78).

As score_promises76.py, with round promises78's samples added (the listed share, gone yes/no,
speakers and the verdicts that still hold, per sample):
  python eval/labels/score_promises78.py new.json [judged-on.json]
"""

import score_promises76

score68 = score_promises76.score68
score68.SAMPLES = score68.SAMPLES + (
    "promises_archive_s78.tsv",
    "promises_archive_s78_after.tsv",
)

if __name__ == "__main__":
    score68.main()
    score_promises76.score_promises74.verdicts()
