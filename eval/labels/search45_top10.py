"""The top 10 hits of eval/labels/search45.tsv's queries on a copy of an archive database, as
`rasad search --json` ranks them (one row per hit: query, rank, document, its language, the
forms matched, the snippet). The judgements were added by hand.

Usage: PYTHONPATH=src python eval/labels/search45_top10.py COPY.db > rows.txt
"""

import json
import os
import subprocess
import sys
from pathlib import Path

RASAD = str(Path(sys.executable).with_name("rasad"))  # the venv's command
QUERIES = "ar:صالح,fa:روحانی,ar:نصر,ar:أمل,en:Brown,en:Straw,en:Rice,fa:امید"


def main() -> None:
    for lang, query in (q.split(":") for q in QUERIES.split(",")):
        found = subprocess.run(
            [RASAD, "--db", sys.argv[1], "search", query, "--limit", "10", "--json"],
            capture_output=True,
            text=True,
            env=os.environ,
            check=True,
        ).stdout
        hits = json.loads(found)
        print(f"## {lang} {query} total={hits['total']}")
        for rank, r in enumerate(hits["results"], 1):
            matched = ",".join(m["text"] for m in r.get("matched", []))
            snippet = r["snippet"][:220].replace("\n", " ")
            print(f"{query}\t{rank}\t{r['id']}\t{r['lang']}\t{matched}\t{snippet}")


if __name__ == "__main__":
    main()
