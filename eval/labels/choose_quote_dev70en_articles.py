"""Print the ids of the development set quotes_dev70en.tsv (issue 21 point 3, session 70, English).

Drawn as choose_quote_dev68en_articles.py draws (its pool, exclusions, retelling and repeated-
opening checks), with this round's seed and the label files of main 0748e294, so that
quotes_dev68en's articles and every later label file are excluded too: every `bbc_news_en` and
`ntrex_ar_fa_en` (lang en) article of 300–2,500 characters with a quote mark or a speech verb,
sorted by id and shuffled with `random.Random(SEED)`; dropped: any id named in any
`eval/labels/*` file or written in `src/`/`tests/` at COMMIT, a translated article whose story
is named by a held-out or quotes file, repeats and retellings. The set is every surviving
translated article (at most NTREX_COUNT, in shuffle order) and the first BBC ones up to COUNT.
`--check N` prints the next N BBC ids instead.
Run from the repository root with the shared folder as argument:
python eval/labels/choose_quote_dev70en_articles.py ../shared [--check 100]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import choose_quote_dev68en_articles as dev68en  # noqa: E402

SEED = 20262270
COUNT = 25
NTREX_COUNT = 7
COMMIT = "0748e294"


def choose70en(shared: Path) -> tuple[list[str], list[str]]:
    """The set (translated first, then BBC) and the BBC ids left after it, in shuffle order."""
    dev68en.SEED = SEED
    dev68en.COMMIT = COMMIT
    ids = dev68en.unused68en(shared)
    translated = [i for i in ids if i.startswith("ntrex-")][:NTREX_COUNT]
    bbc = [i for i in ids if not i.startswith("ntrex-")]
    size = COUNT - len(translated)
    return translated + bbc[:size], bbc[size:]


if __name__ == "__main__":
    chosen, rest = choose70en(Path(sys.argv[1]))
    if "--check" in sys.argv:
        print("en", " ".join(rest[: int(sys.argv[sys.argv.index("--check") + 1])]))
    else:
        print("en", " ".join(chosen))
