"""Score entities_multiword82.tsv against a database as `score_entities_oneword78.py` scores its
set: each judged mention of two or three words is looked up at its offsets; the same key keeps its
judgement, another key or no mention is listed for reading. Run from the repository root:
python eval/labels/score_entities_multiword82.py DATABASE.db
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_entities_oneword78 import main  # noqa: E402

LABELS = Path(__file__).resolve().parent / "entities_multiword82.tsv"

if __name__ == "__main__":
    main(sys.argv[1], LABELS)
