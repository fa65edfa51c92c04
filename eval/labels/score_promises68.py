"""Score a promises JSON against the judged samples of the whole archive (round promises68).

The JSON is what `eval/labels/promises_track66.py` prints for a copy of the archive database;
a judged promise counts as still listed when a promise of the JSON starts at its document and
offset. For each sample: how many judged promises are still listed, how many of those are
promises (`promise` yes), and how many of the judged ones are gone, split yes / no. With a second
JSON (the one the sample was judged on), it also counts the speakers the judgement holds for
(the same speaker shown) and lists the changed ones, which must be read again:
  python eval/labels/score_promises68.py new.json [judged-on.json]
"""

import csv
import json
import sys
from collections import Counter
from pathlib import Path

SAMPLES = (
    "promises_archive_s39.tsv",
    "promises_archive_s39_after.tsv",
    "promises_archive_s66.tsv",
    "promises_archive_s66_after.tsv",
    "promises_archive_s68.tsv",
    "promises_archive_s68_after.tsv",
)


def rows(name: str) -> list[dict]:
    """The judged rows of a sample; s39's files name the judgement `judged`/`right`."""
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    out = list(csv.DictReader((r for r in text.splitlines() if r[:1] != "#"), delimiter="\t"))
    for r in out:
        if "promise" not in r:  # s39: judged = promise/verdict, right = yes/no
            r["promise"] = r["right"] if r["judged"] == "promise" else None
    return [r for r in out if r["promise"] in ("yes", "no")]


def by_start(path: str) -> dict[tuple[str, int], dict]:
    return {(p["doc_id"], p["start"]): p for p in json.loads(Path(path).read_text("utf-8"))}


def main() -> None:
    new = by_start(sys.argv[1])
    old = by_start(sys.argv[2]) if len(sys.argv) > 2 else {}
    for name in SAMPLES:
        if not (Path(__file__).parent / name).exists():
            continue
        listed, gone, speakers = Counter(), Counter(), Counter()
        for r in rows(name):
            key = (r["doc_id"], int(r["start"]))
            if key not in new:
                gone[r["promise"]] += 1
                continue
            listed[r["promise"]] += 1
            if old and "speaker" in r and key in old:
                same = old[key]["speaker"] == new[key]["speaker"]
                speakers[r["speaker"] if same else "changed"] += 1
                if not same:
                    print(f"  {name} {key}: {old[key]['speaker']!r} -> {new[key]['speaker']!r}")
        n = sum(listed.values())
        share = f"{listed['yes'] / n:.2f}" if n else "-"
        print(
            f"{name}: listed {n}, promises {listed['yes']} ({share}); gone yes {gone['yes']},"
            f" no {gone['no']}" + (f"; speakers {dict(speakers)}" if speakers else "")
        )


if __name__ == "__main__":
    main()
