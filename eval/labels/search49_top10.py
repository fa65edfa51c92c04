"""The top 10 hits of eval/labels/search49_queries.tsv's queries (names of people, places and
organisations, common words and phrases, typed in Arabic, Persian and Latin script) on a copy
of an archive database, as `rasad.services.queries.search` ranks them, one row per hit: query
id, script, query, rank, document, its language, the forms matched (text and how: query,
entity, spelling) and the snippet. The judgements (1 relevant, 0 not) and notes were added by
hand after reading each snippet; `bench/search_precision.py` scores a ranking against them.

Usage: PYTHONPATH=src python eval/labels/search49_top10.py COPY.db > rows.tsv
"""

import csv
import sys
from pathlib import Path

from rasad.analysis.search import SearchFilter
from rasad.services import queries
from rasad.store import open_store

QUERIES_49 = Path(__file__).with_name("search49_queries.tsv")
TOP_49 = 10


def query_rows_49() -> list[dict[str, str]]:
    """The judged queries: qid, script, kind, query, referent."""
    with QUERIES_49.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def shown_matches_49(hit: dict) -> str:
    """The forms a hit holds, as «text|via» joined by commas."""
    return ",".join(f"{m['text']}|{m['via']}" for m in hit.get("matched", []))


def main() -> None:
    store = open_store(sys.argv[1])
    print("qid\tscript\tquery\trank\tdoc\tdoc_lang\tmatched\tsnippet\tjudgement\tnote")
    for q in query_rows_49():
        found = queries.search(store, q["query"], SearchFilter())
        for rank, hit in enumerate(found["results"][:TOP_49], 1):
            snippet = hit["snippet"][:300].replace("\n", " ").replace("\t", " ")
            row = [q["qid"], q["script"], q["query"], str(rank), hit["id"], hit["lang"]]
            print("\t".join([*row, shown_matches_49(hit), snippet, "", ""]))
    store.close()


if __name__ == "__main__":
    main()
