"""Print the ids of the thirtieth Persian development set of quotes (quotes_dev63fa.tsv, issue 21 point 3).

Session 56, helper speakers63fa: Persian only, Fars News only, chosen for **surname-only
speakers** (round speakers62fa found about ten unlabelled articles giving quotes to a bare
surname whose given name the article writes once before). Fars News articles of 300–8,000
characters holding a reported-speech verb or a quotation mark (`reports_speech_56fa`), in the
seeded shuffle of this round (20261263), are analysed by rasad at main d9a031b0 (entities and
quotes); an article is kept when one of its quotes is given to a one-word person speaker W and
the text, before that quote, writes W right after another Persian word that is not a function
word (a crude sign of a longer name ending in W: «سعد عبود» … «عبود گفت»). The first eighteen
kept, not used by any earlier set: any story whose id is found in any `eval/labels/*` file of
main d9a031b0 (of any task kind, held-out files included; read with `git show`, so files added
later do not change the choice) or written in `src/` or `tests/` at that commit is dropped.
Run from the repository root, with main d9a031b0's code first on the path, the shared folder
as argument:
PYTHONPATH=src python eval/labels/choose_quote_dev63fa_articles.py ../shared
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev44b_articles as dev44b  # noqa: E402
import choose_quote_dev46b_articles as dev46b  # noqa: E402
from choose_heldout_articles import ID  # noqa: E402
from choose_quote_dev56fa_articles import reports_speech_56fa  # noqa: E402

COMMIT_63FA = "d9a031b0"
SEED_63FA = 20261263
TOTAL_63FA = 18
# words that may stand right before a surname without being part of the name (crude, for choosing)
FUNCTION_WORDS = set(
    [
        "و",
        "از",
        "به",
        "در",
        "که",
        "با",
        "را",
        "این",
        "ان",
        "برای",
        "تا",
        "یا",
        "هم",
        "نیز",
        "گفت",
        "افزود",
        "اقای",
        "خانم",
        "دکتر",
        "مهندس",
        "سردار",
    ]
)


def fold_63fa(text: str) -> str:
    """Letters folded one for one (offsets kept), as the speaker's identity writes them."""
    return text.replace("ي", "ی").replace("ك", "ک").replace("آ", "ا").replace("\u200c", " ")


def written_longer(text: str, word: str, before: int) -> bool:
    """True when `word` stands, before offset `before`, right after a non-function Persian word."""
    pattern = re.compile(r"(?<!\w)([\u0600-\u06ff]{2,}) " + re.escape(fold_63fa(word)) + r"(?!\w)")
    folded = fold_63fa(text[:before])
    return any(m.group(1) not in FUNCTION_WORDS for m in pattern.finditer(folded))


def surname_only_speaker(article: str, text: str) -> bool:
    """True when rasad gives a quote of the text to a one-word person written longer before."""
    from rasad.eval.quotes import analysed_document

    for quote in analysed_document(article, text, "fa").quotes:
        speaker = quote.get("speaker") or ""
        name = speaker.split("=", 1)[-1]
        one_word = speaker.startswith("PER:") and name and " " not in name
        if one_word and written_longer(text, name, quote["start"]):
            return True
    return False


def choose_dev63fa(shared: Path) -> list[str]:
    """The first eighteen unused surname-only articles of the seed-20261263 shuffle."""
    dev44b.COMMIT = COMMIT_63FA
    dev46b.SEED = SEED_63FA
    skip = set(ID.findall(dev44b.used_text()))
    chosen = []
    for r in dev46b.read(shared, "farsnews_fa"):
        if r["id"] in skip or not 300 <= len(r["text"]) <= 8000:
            continue
        if reports_speech_56fa(r["text"]) and surname_only_speaker(r["id"], r["text"]):
            chosen.append(r["id"])
            if len(chosen) == TOTAL_63FA:
                break
    return chosen


if __name__ == "__main__":
    print("fa", " ".join(choose_dev63fa(Path(sys.argv[1]))))
