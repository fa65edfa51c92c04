"""Print as JSON every story's promises of a database, tracked by the code on PYTHONPATH.

`rasad promises` shows the promises stored with each story's views, which the code of the
ingest computed; this reads each story's documents and runs `rasad.analysis.promises.track`
afresh, writing nothing, so two releases can be compared on one read-only copy of a database
(round promises66):
  PYTHONPATH=src python eval/labels/promises_track66.py COPY.db > new.json
  PYTHONPATH=OLD/src python eval/labels/promises_track66.py COPY.db > old.json
The output has the fields of `rasad promises --json` and is read by choose_promises66.py.
"""

import json
import sys

from rasad.analysis.promises import track
from rasad.store import open_store


def main() -> None:
    store = open_store(sys.argv[1])
    out = []
    for story in sorted(store.story_sizes()):
        for promise in track(story, store.story_documents(story)):
            out.append({**promise, "story": story})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
