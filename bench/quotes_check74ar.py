"""The unlabelled check of round speakers74ar (Arabic person recognition behind speakers).

Ids found in any `eval/labels/*` file or written in `src/` or `tests/` at COMMIT (this round's
label commit, so dev74ar's forty are out) are dropped; of the rest, `saudinewsnet_ar` articles of
300–3,000 characters writing «قال», «أكد», «أوضح» or «أضاف», sorted and shuffled with seed
20262074: all of them (377), then longer ones (to 6,000 characters) in the same order up to COUNT
(random). With --cued, the next CUED that write «علي» before a word
with the article, so the round's «علي» rule is read where it can fire.
`--dump IDS_FILE OUT` writes, for the ids in IDS_FILE (the output of the first form), every PER
mention and every quote's speaker as the code on PYTHONPATH finds them, one JSON line an
article; run it once with main's `src` and once with this branch's, and diff the two.
Run from the repository root: .venv/bin/python bench/quotes_check74ar.py /work/shared [--cued]
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes_check57ar as check57ar  # noqa: E402
import quotes_check70ar as check70ar  # noqa: E402

COMMIT = "0042ba6d"
SEED = 20262074
CUED = 40
COUNT = 400
ALI_BEFORE_NAME = re.compile(r"(?<!\w)علي\s+ال\w{3,}")


def check_ids(shared: Path, skip: set[str]) -> tuple[list[str], list[str]]:
    """The random ids and the further ids writing «علي» before a word with the article."""
    rows = check57ar.shuffled_rows(shared, skip, SEED)
    said = [(i, t) for i, t in rows if check70ar.SPEECH.search(t)]
    randoms = [i for i, t in said if 300 <= len(t) <= 3000]
    randoms += [i for i, t in said if 3000 < len(t) <= 6000][: max(0, COUNT - len(randoms))]
    chosen = set(randoms)
    cued = [i for i, t in rows if i not in chosen and ALI_BEFORE_NAME.search(t)]
    return randoms[:COUNT], cued


def dump(shared: Path, ids: list[str], out: Path) -> None:
    """Every PER mention and quote speaker of the articles `ids`, one JSON line each."""
    from rasad.eval.quotes import analysed_document
    from rasad.eval.shared import corpus_articles

    texts = {
        i: a["text"] for i, a in corpus_articles(shared, set(ids), ["saudinewsnet_ar"]).items()
    }
    with out.open("w", encoding="utf-8") as f:
        for i in ids:
            doc = analysed_document(i, texts[i], "ar")
            people = [[m["start"], m["end"], m["text"]] for m in doc.entities if m["type"] == "PER"]
            quotes = [[q["start"], q["end"], q["speaker_text"], q["speaker"]] for q in doc.quotes]
            f.write(json.dumps({"id": i, "per": people, "quotes": quotes}, ensure_ascii=False))
            f.write("\n")


if __name__ == "__main__":
    if "--dump" in sys.argv:
        at = sys.argv.index("--dump")
        ids = Path(sys.argv[at + 1]).read_text("utf-8").split()[1:]
        dump(Path(sys.argv[1]), ids, Path(sys.argv[at + 2]))
        sys.exit()
    check57ar.COMMIT = COMMIT
    randoms, cued = check_ids(Path(sys.argv[1]), check57ar.used_ids())
    print("ar", " ".join(cued[:CUED] if "--cued" in sys.argv else randoms))
