"""Print every gold quote of the Arabic quotes development sets with how rasad reads it.

One line per gold quote: set, article, status (strict, lenient, wrong, unknown, missed), the gold
speaker, the predicted speaker as written and the names the scorer compares, and the words before
the content. Held-out files are never read. Used to count failures by kind (quotes56ar); diff two
runs' outputs to see what a change moved.
Run: .venv/bin/python bench/quotes_dev_failures56ar.py /work/shared [LANG] > out.tsv
"""

import sys
from pathlib import Path

from rasad.eval.quotes import (
    DEV_SETS,
    HELDOUT_CORPORA,
    LABELS,
    MATCH_SHARE,
    analysed_document,
    heldout_articles,
    read_quote_labels,
    shared_share,
    speaker_matches,
    speaker_names,
    words,
)
from rasad.eval.shared import corpus_articles


def quote_status(doc, gold: dict) -> tuple[str, dict | None]:
    """How the analysed document reads one gold quote, and the predicted quote matched."""
    gw = words(doc.text, gold["content_start"], gold["content_end"])
    shares = [shared_share(words(doc.text, q["start"], q["end"]), gw) for q in doc.quotes]
    best = max(range(len(doc.quotes)), key=shares.__getitem__, default=None)
    if best is None or shares[best] < MATCH_SHARE:
        return "missed", None
    quote = doc.quotes[best]
    if not quote["speaker_text"]:
        return "unknown", quote
    strict, lenient = speaker_matches(speaker_names(doc, quote), gold)
    return ("strict" if strict else "lenient" if lenient else "wrong"), quote


def set_lines(shared: Path, round_: str, lang: str) -> list[str]:
    """The lines of one development set."""
    path = LABELS / f"quotes_dev{round_}.tsv"
    if not path.exists():
        return []
    rows = [r for r in read_quote_labels(path) if r["lang"] == lang]
    articles = heldout_articles(LABELS / f"quotes_dev{round_}_articles.tsv")
    ids = {a["article"] for a in articles if a["lang"] == lang}
    texts = {i: a["text"] for i, a in corpus_articles(shared, ids, [HELDOUT_CORPORA[lang]]).items()}
    out = []
    for article in sorted(ids & texts.keys()):
        doc = analysed_document(article, texts[article], lang)
        for g in (r for r in rows if r["article"] == article):
            status, quote = quote_status(doc, g)
            said = quote["speaker_text"] if quote else ""
            names = " / ".join(speaker_names(doc, quote)) if quote else ""
            before = texts[article][max(0, g["content_start"] - 90) : g["content_start"]]
            out.append(
                "\t".join(
                    [
                        f"dev{round_}",
                        article,
                        str(g["content_start"]),
                        status,
                        g["speaker"],
                        said or "",
                        names,
                        before.replace("\n", " "),
                    ]
                )
            )
    return out


if __name__ == "__main__":
    lang = sys.argv[2] if len(sys.argv) > 2 else "ar"
    for r in DEV_SETS:
        for line in set_lines(Path(sys.argv[1]), r, lang):
            print(line, flush=True)
