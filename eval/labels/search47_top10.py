"""The top 10 hits of eval/labels/search47.tsv's queries (one-word given names and surnames
many people share) on a copy of an archive database, as `rasad.services.queries.search` ranks
them, one row per hit: query, rank, document, its language, the forms matched, the most
mentioned person of those the word names (`named_first`) the document is linked to, and the
snippet. The person column helps the judge find the name; the judgements were added by hand
after reading each snippet.

Usage: PYTHONPATH=src python eval/labels/search47_top10.py COPY.db > rows.tsv
"""

import sys

from rasad.analysis.search import SearchFilter, parse_query
from rasad.services import entity_links, queries, search_terms
from rasad.store import open_store

QUERIES_47 = "ar:صالح,ar:سلمان,ar:خالد,ar:هادي,fa:حسن,fa:رضا,fa:جواد,en:Brown,en:Howard,en:Kennedy"


def person_names(store, ids: list[str]) -> dict[str, tuple[str, int]]:
    """(most written name, mentions) of these people."""
    rows = store.entity_rows(ids)
    out = {}
    for record, row in zip(entity_links.records(store, rows, documents=0), rows, strict=True):
        out[row["id"]] = (record["name"], row["mentions"])
    return out


def main() -> None:
    store = open_store(sys.argv[1])
    print("query\tlang\trank\tdoc\tdoc_lang\tmatched\tperson\tsnippet\tjudgement\tnote")
    for lang, query in (q.split(":") for q in QUERIES_47.split(",")):
        parsed = search_terms.named_by_common_words(
            store, search_terms.with_entity_names(store, parse_query(query))
        )
        people = person_names(store, list(parsed.named_first))
        hits = queries.search(store, query, SearchFilter())["results"][:10]
        linked = store.mention_entities([h["id"] for h in hits])
        for rank, r in enumerate(hits, 1):
            mine = {e for (doc, _), e in linked.items() if doc == r["id"] and e in people}
            best = max(mine, key=lambda e: people[e][1], default=None)
            person = f"{people[best][0]} ({people[best][1]})" if best else ""
            matched = ",".join(m["text"] for m in r.get("matched", []))
            snippet = r["snippet"][:260].replace("\n", " ").replace("\t", " ")
            row = [query, lang, str(rank), r["id"], r["lang"], matched, person, snippet, "", ""]
            print("\t".join(row))
    store.close()


if __name__ == "__main__":
    main()
