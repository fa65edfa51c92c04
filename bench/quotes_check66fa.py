"""Dump every quote's speaker and every entity mention of a set of Persian articles, to diff
rasad's output before and after a change (round speakers66fa).

Sets: `random` — the Fars News articles no `eval/labels/*` file names and no `src/`/`tests/` file
writes at HEAD (all of them, the pool is small), then Persian NTREX articles no label file names
(seeded shuffle, 20261366) up to 300 in all; `fars` — every Fars News article named by no
held-out label file (any file whose name holds "heldout", and the ones of HELDOUT below), so a
rule is read wherever it can fire. One line per quote (`Q`) or mention (`E`).
Run from the repository root: PYTHONPATH=src python bench/quotes_check66fa.py /work/shared random > new.tsv
(and with PYTHONPATH=/work/main/src for the old code's output).
"""

import json
import random
import re
import subprocess
import sys
from pathlib import Path

from rasad.eval.quotes import analysed_document

SEED = 20261366
TOTAL = 300
ID = re.compile(r"(ntrex-[a-z]{2}-[A-Za-z0-9._-]+|fars-[0-9]+)")
HELDOUT = (
    "framing_occurrences.tsv",
    "quotes_ar_fa.tsv",
    "entities_ar_fa_en.tsv",
    "numbers_ar.tsv",
    "saudinewsnet_events.tsv",
)


def git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def named_ids(heldout_only: bool) -> set[str]:
    """Ids written in eval/labels (only its held-out files when `heldout_only`), src/, tests/."""
    names = git("ls-tree", "--name-only", "HEAD:eval/labels").split()
    if heldout_only:
        names = [n for n in names if "heldout" in n or n in HELDOUT]
    text = "".join(git("show", f"HEAD:eval/labels/{n}") for n in names)
    if not heldout_only:
        text += git("grep", "-ohE", ID.pattern, "HEAD", "--", "src", "tests")
    return set(ID.findall(text))


def rows(shared: Path, corpus: str) -> list[dict]:
    path = shared / "corpus" / corpus / "articles.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def chosen(shared: Path, which: str) -> list[dict]:
    if which == "fars":
        skip = named_ids(heldout_only=True)
        return [r for r in rows(shared, "farsnews_fa") if r["id"] not in skip]
    skip = named_ids(heldout_only=False)
    fars = [r for r in rows(shared, "farsnews_fa") if r["id"] not in skip]
    used_stories = {i.split("-", 2)[2] for i in skip if i.startswith("ntrex-")}
    ntrex = [
        r
        for r in rows(shared, "ntrex_ar_fa_en")
        if r["id"].startswith("ntrex-fa-") and r["id"].split("-", 2)[2] not in used_stories
    ]
    random.Random(SEED).shuffle(ntrex)
    return fars + ntrex[: max(0, TOTAL - len(fars))]


def print_document(r: dict) -> None:
    """One line per quote (speaker as written, entity) and per mention (type, text, entity)."""
    doc = analysed_document(r["id"], r["text"], "fa")
    for q in doc.quotes:
        print(
            "Q",
            r["id"],
            q["start"],
            q["end"],
            q["speaker_text"] or "",
            q["speaker"] or "",
            sep="\t",
        )
    for m in doc.entities:
        print("E", r["id"], m["start"], m["end"], m["type"], m["text"], m["entity"] or "", sep="\t")


if __name__ == "__main__":
    for r in chosen(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "random"):
        print_document(r)
