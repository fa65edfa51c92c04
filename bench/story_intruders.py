"""Count the stories that join articles of two corpora, replaying an archive's story decisions.

The corpora of `../shared/corpus` are of different outlets and years (BBC 2004–05, Fars News
2003–21, Saudi News Net August 2015, ntrex's 2018 reports in three languages), so a story holding
articles of two of them — or a seed beside a corpus article — holds at least one article that
is not its event: an intruder shown with the story's title. The corpus is read from each
document's id prefix (`bbc-`, `fars-`, `snn-`, `ntrex-`; anything else is a seed). Replays the
stored vectors and keys with this code (`bench/archive_replay.py`), no re-embedding.

    .venv/bin/python bench/story_intruders.py ARCHIVE.db [--list N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from archive_replay import replay  # bench/archive_replay.py

PREFIXES = ("bbc", "fars", "snn", "ntrex")


def corpus_of(doc_id: str) -> str:
    """The corpus a document id comes from (a seed when no corpus prefix)."""
    head = doc_id.split("-", 1)[0]
    return head if head in PREFIXES else "seed"


def intruders(documents: list[dict]) -> dict:
    """Stories holding two corpora; their minority articles counted as intruders."""
    members: dict[str, list[dict]] = defaultdict(list)
    for d in documents:
        members[d["story"]].append(d)
    mixed, intruding = [], 0
    for story, docs in members.items():
        corpora = Counter(corpus_of(d["id"]) for d in docs)
        if len(corpora) > 1:
            intruding += len(docs) - max(corpora.values())
            mixed.append((story, len(docs), dict(corpora), docs))
    mixed.sort(key=lambda m: -m[1])
    return {"stories": len(members), "mixed": mixed, "intruders": intruding}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--list", type=int, default=0, help="Print this many mixed stories.")
    args = parser.parse_args()
    data, seconds, merges = replay(args.db)
    found = intruders(data["documents"])
    print(
        f"{found['stories']} stories, {len(found['mixed'])} hold two corpora, "
        f"{found['intruders']} intruding articles ({seconds:.0f} s, {merges} merges)"
    )
    for story, size, corpora, docs in found["mixed"][: args.list]:
        print(f"\n{story} ({size}) {corpora}")
        for d in docs[:12]:
            print(f"  {d['id'][:28]:28} {d['lang']} {(d['title'] or '')[:70]} || {d['why'][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
