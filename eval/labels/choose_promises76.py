"""Print the promises judged in promises_archive_s76.tsv (round promises76, session 63).

The input is the JSON `eval/labels/promises_track66.py` prints for a copy of the whole-archive
database /work/look63/archive.db (every `../shared/corpus` article and the seeds, main's ingest),
every story's promises tracked afresh by today's main (`PYTHONPATH=/work/main/src`). As in
choose_promises74.py, a promise whose document a held-out label file or a public test split names
is dropped, so a held-out article is never read here; so is an open promise whose sentence
overlaps one that an earlier sample judged (promises_archive_s39* … s74*.tsv: same document,
overlapping span). Every promise whose status is not open is printed even when judged before,
because each verdict is judged again with its evidence; then a random sample of the fresh open
ones (`random.Random(SEED).sample` over the open promises in list order).
Run from the repository root:
  PYTHONPATH=/work/main/src python eval/labels/promises_track66.py COPY.db > promises.json
  python eval/labels/choose_promises76.py promises.json ../shared [SEED] [N] [JUDGED.tsv ...]
It prints promise id, document, start, end, status and a short SHA-1 of the promise's sentence
(the .tsv adds the judgements); seed 20262576 with 60 draws the development sample.
"""

from choose_promises72 import draw
from choose_promises74 import JUDGED_72

SEED = 20262576
JUDGED_74 = JUDGED_72 + ("promises_archive_s74.tsv", "promises_archive_s74_after.tsv")


def main() -> None:
    draw(JUDGED_74, SEED)


if __name__ == "__main__":
    main()
