"""Score entities_frequent84.tsv against a database (the whole archive, or a copy relinked by a
branch): each judged one-word mention is looked up at its offsets in its document and compared
as score_entities_oneword78.py compares (same key keeps its judgement, another key is listed for
reading, no mention is `dropped`). Run from the repository root:
python eval/labels/score_entities_frequent84.py DATABASE.db
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_entities_oneword78 import main  # noqa: E402

LABELS = Path(__file__).resolve().parent / "entities_frequent84.tsv"

if __name__ == "__main__":
    main(sys.argv[1], LABELS)
