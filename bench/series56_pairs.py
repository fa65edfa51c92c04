"""Ask the series rule of round stories56 of each judged pair of one stored story's reports.

The series book is learned from the whole archive the pairs were drawn from (every stored
document's outlet, headline pattern and day: `rasad.cluster.series56`); each pair's later
report is asked against the earlier as a story of one (`StoryIndex.series_allows` with the
index's flags). A `together` pair the rule calls apart is a real story it would split.

    .venv/bin/python bench/series56_pairs.py PAIRS.tsv ARCHIVE.db [--show]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from rasad.cluster.index import Story, StoryIndex
from rasad.model import Document
from rasad.services.assign import doc_day, doc_keys


def stored(con: sqlite3.Connection) -> dict[str, Document]:
    """Every accepted stored document, by id."""
    rows = con.execute("SELECT id, record FROM documents WHERE rejected IS NULL")
    return {doc_id: Document.from_record(json.loads(record)) for doc_id, record in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pairs", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--show", action="store_true", help="Print the pairs called apart.")
    args = parser.parse_args()
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    docs = stored(con)
    con.close()
    index = StoryIndex()
    for doc in docs.values():
        index.series.file(doc_keys(doc))
    lines = args.pairs.read_text(encoding="utf-8").splitlines()
    label_at = lines[0].split("\t").index("label")
    verdicts: Counter[str] = Counter()
    for line in lines[1:]:
        cells = line.split("\t")
        first, later = docs[cells[0]], docs[cells[1]]
        story = index.stories["s0"] = Story("s0", np.zeros(index.dim, dtype=np.float32))
        index.join(story, first.id, story.vector_sum, doc_day(first), doc_keys(first))
        apart = not index.series_allows(doc_keys(later), story)
        verdicts[f"{cells[label_at]}: {'apart' if apart else 'together'}"] += 1
        if apart and args.show:
            print(f"  {cells[label_at]}: {first.title} | {later.title}")
    print(f"{args.pairs.name} (label: rule): {dict(sorted(verdicts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
