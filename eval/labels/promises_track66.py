"""Print as JSON every story's promises of a database, tracked by the code on PYTHONPATH.

`rasad promises` shows the promises stored with each story's views, which the code of the
ingest computed; this reads each story's documents and runs `rasad.analysis.promises.track`
afresh, writing nothing, so two releases can be compared on one read-only copy of a database
(round promises66):
  PYTHONPATH=src python eval/labels/promises_track66.py COPY.db > new.json
  PYTHONPATH=OLD/src python eval/labels/promises_track66.py COPY.db > old.json
The output has the fields of `rasad promises --json` and is read by choose_promises66.py.
With `--redate` each document's dates are found again by the dates stage on PYTHONPATH first, as
`rasad backfill recognise` would store them (round promises84 changed how the dates stage reads
bare years), so a change to that stage shows without rewriting the database:
  PYTHONPATH=src python eval/labels/promises_track66.py COPY.db --redate > new.json
"""

import json
import sys

from rasad.analysis.promises import track
from rasad.model import Document
from rasad.stages.dates import find_temporal, reference_day, widen
from rasad.store import open_store


def redated(doc: Document) -> Document:
    """A document with its dates found again by the dates stage."""
    doc.dates = widen(find_temporal(doc.text, doc.lang, reference_day(doc)), doc)
    return doc


def main() -> None:
    store = open_store(sys.argv[1])
    out = []
    for story in sorted(store.story_sizes()):
        docs = store.story_documents(story)
        if "--redate" in sys.argv:
            docs = [redated(doc) for doc in docs]
        for promise in track(story, docs):
            out.append({**promise, "story": story})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
