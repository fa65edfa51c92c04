"""Score a promises JSON against every judged sample of the whole archive (round promises74).

As score_promises72.py, with round promises74's samples added, and a line per sample on the
judged verdicts: a kept/broken promise whose judgement holds is still listed with the status it
was judged with; any other is printed, to be read again:
  python eval/labels/score_promises74.py new.json [judged-on.json]
"""

import sys

import score_promises70

score68 = score_promises70.score_promises68
score68.SAMPLES = score68.SAMPLES + (
    "promises_archive_s72.tsv",
    "promises_archive_s72_after.tsv",
    "promises_archive_s74.tsv",
    "promises_archive_s74_after.tsv",
)


def verdicts() -> None:
    """How many judged verdicts still stand, per sample (right ones kept, wrong ones changed)."""
    new = score68.by_start(sys.argv[1])
    for name in score68.SAMPLES:
        if not (score68.Path(__file__).parent / name).exists():
            continue
        held, moved = 0, []
        for r in score68.rows(name):
            if r.get("verdict") not in ("right", "wrong") or r["status"] == "open":
                continue
            now = new.get((r["doc_id"], int(r["start"])))
            status = now["status"] if now else "gone"
            if (status == r["status"]) == (r["verdict"] == "right"):
                held += 1
            else:
                moved.append(f"{r['promise_id']} {r['status']}→{status} (judged {r['verdict']})")
        if held or moved:
            print(
                f"{name}: verdicts holding {held} (right kept, wrong changed), not {len(moved)} {moved}"
            )


if __name__ == "__main__":
    score68.main()
    verdicts()
