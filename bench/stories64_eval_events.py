"""Write the events `rasad eval clustering` forms on ntrex and the mixed stream, for reading.

Runs the eval's own placement (`rasad_clusters`) on the ntrex stream and on the mixed stream
(ntrex, the labelled Saudi News Net articles and the Fars News and BBC distractors, in the
eval's order) and writes each document's stream, story and event as JSON rows (`id`, `lang`,
`title`, `story`, `event`), as `bench/stories62_replay.py` does for an archive. Round
stories64 compares two such files (old and new code) with `bench/stories64_events.py` and
reads the changes of development documents only: the ntrex half `split_of` calls `dev`, and
the unlabelled distractors (Saudi News Net's event labels and ntrex's test half are held out).

    PYTHONPATH=src .venv/bin/python bench/stories64_eval_events.py OUT.json [--shared PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rasad.config import Settings
from rasad.eval.clustering import (
    DISTRACTORS,
    NTREX_DEV_SHARE,
    load,
    load_events,
    rasad_clusters,
    split_of,
    vectors,
)


def rows(stream: str, items: list, held: set[str]) -> list[dict]:
    """One stream placed as the eval places it; held-out documents marked."""
    docs = [d for d, _ in items]
    settings = Settings()  # the defaults the eval command embeds with
    vecs = vectors(
        docs, settings.embed_lead_words, settings.embed_max_tokens, settings.embed_engine
    )
    found = rasad_clusters(docs, vecs)
    return [
        {
            "id": f"{stream}:{doc.id}",
            "lang": doc.lang,
            "title": doc.title,
            "story": f"{stream}:{story}",
            "event": f"{stream}:{event}",
            "held_out": doc.id in held,
        }
        for doc, story, event in zip(docs, found["story"], found["event"], strict=True)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    args = parser.parse_args()
    ntrex = load(args.shared, "ntrex_ar_fa_en")
    snn = [(d, f"snn:{g}") for d, g in load_events(args.shared)]
    held = {d.id for d, g in ntrex if split_of(g, NTREX_DEV_SHARE) != "dev"}
    held |= {d.id for d, _ in snn}
    mixed = [(d, g) for d, g in ntrex] + snn
    for name, n in DISTRACTORS.items():
        mixed += [(d, None) for d, _ in load(args.shared, name, n)]
    mixed.sort(key=lambda x: x[0].id)  # the eval's interleaving
    out = rows("ntrex", ntrex, held) + rows("mixed", mixed, held)
    args.out.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
