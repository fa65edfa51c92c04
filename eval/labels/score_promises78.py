"""Score a promises JSON against every judged sample of the whole archive (round promises78 on).

Every promises_archive_s*.tsv beside this file is scored, in round order, as score_promises68.py
and score_promises74.py score theirs (the listed share, gone yes/no, speakers, and the verdicts
that still hold), so a later round's samples need no script of their own:
  python eval/labels/score_promises78.py new.json [judged-on.json]
"""

import re
from pathlib import Path

import score_promises74


def samples() -> tuple[str, ...]:
    """The judged sample files, by round, each development sample before its fresh one."""
    names = [p.name for p in Path(__file__).parent.glob("promises_archive_s*.tsv")]
    return tuple(sorted(names, key=lambda n: (int(re.search(r"_s(\d+)", n)[1]), "_after" in n)))


if __name__ == "__main__":
    score_promises74.score68.SAMPLES = samples()
    score_promises74.score68.main()
    score_promises74.verdicts()
