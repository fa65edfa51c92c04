"""Score a promises JSON against every judged sample of the whole archive (round promises76).

As score_promises74.py, with round promises76's samples added (the listed share, gone yes/no,
speakers and the verdicts that still hold, per sample):
  python eval/labels/score_promises76.py new.json [judged-on.json]
"""

import score_promises74

score68 = score_promises74.score68
score68.SAMPLES = score68.SAMPLES + (
    "promises_archive_s76.tsv",
    "promises_archive_s76_after.tsv",
)

if __name__ == "__main__":
    score68.main()
    score_promises74.verdicts()
