"""List the candidates of the ninth development set (framing_dev45.tsv): every match of an
ambiguous lexicon term — a term with a sense rule in `senses.tsv`, or a Persian or Arabic
martyrdom term — in the Fars News and NTREX (ar, fa) documents named in no file under
`eval/labels/` or `tests/`, whether or not the stage keeps it (a sense test: what the stage
drops counts as much as what it keeps).

Made for issue 25 (round 45, senses first: Persian «شهادت» as testimony). The stage's decision,
target and voice are not printed: the rows are labelled by reading the article. Sample: every
martyrdom match, at most 5 matches of each other term, at most 2 per article, drawn with `random.Random("20261205-dev45")`
from the matches in id order.

Run from the repository root with the shared folder as argument (PYTHONPATH=src):
    python eval/labels/find_framing_dev45.py ../shared > candidates.tsv
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from rasad.stages.framing import folded, lexicon, sense_rules, term_pattern

HERE = Path(__file__).resolve().parent
USED_ID = re.compile(r"fars-\d+|ntrex-(?:ar|fa|en)-[A-Za-z0-9.-]+\.\d+|snn-[\d-]+")
PER_TERM, PER_ARTICLE = 5, 2


def used_ids(folders: tuple[Path, ...] = (HERE, HERE.parents[1] / "tests")) -> set[str]:
    """Every Fars, NTREX or SaudiNewsNet id a file under the label folder or the tests names
    (this set's own file and the files that describe it aside)."""
    used: set[str] = set()
    own = {"framing_dev45.tsv", "framing.md"}
    for folder in folders:
        for path in folder.rglob("*"):
            if path.name in own and path.parent == HERE:
                continue
            if path.is_file() and path.suffix in {".tsv", ".py", ".md", ".json", ".txt"}:
                used |= set(USED_ID.findall(path.read_text("utf-8", errors="replace")))
    return used


def ambiguous(lang: str) -> set[str]:
    """The lexicon terms of a language that have a sense rule, and its martyrdom terms."""
    rules = {term for (lg, term) in sense_rules() if lg == lang}
    return rules | {t.term for t in lexicon()[lang] if t.category == "martyrdom"}


def matches(shared: Path):
    """(article, lang, field, start, end, term) of every ambiguous match in unused documents."""
    left_out = used_ids()
    for folder, langs in (("farsnews_fa", {"fa"}), ("ntrex_ar_fa_en", {"ar", "fa"})):
        lines = (shared / "corpus" / folder / "articles.jsonl").read_text("utf-8")
        for a in sorted((json.loads(x) for x in lines.splitlines()), key=lambda a: a["id"]):
            if a["id"] in left_out or a["lang"] not in langs:
                continue
            lang, terms = a["lang"], lexicon()[a["lang"]]
            wanted = ambiguous(lang)
            for field in ("title", "text"):
                text = a.get(field) or ""
                for m in term_pattern(lang).finditer(folded(text)):
                    index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
                    if terms[index].term in wanted:
                        yield a["id"], lang, field, m.start(), m.end(), terms[index], text


def main(shared: Path, counts: bool = False) -> None:
    """Print the sampled candidates (or, with --counts, every term's number of matches)."""
    by_term: dict[tuple[str, str], list] = defaultdict(list)
    for row in matches(shared):
        by_term[(row[1], row[5].term)].append(row)
    if counts:
        for key, rows in sorted(by_term.items(), key=lambda kv: -len(kv[1])):
            print(*key, len(rows), sep="\t")
        return
    rng, per_article = random.Random("20261205-dev45"), Counter()
    for key in sorted(by_term):
        rows = by_term[key]
        rng.shuffle(rows)
        taken = 0
        for article, lang, field, start, end, term, text in rows:
            if (taken == PER_TERM and term.category != "martyrdom") or per_article[
                article
            ] == PER_ARTICLE:
                continue
            taken += 1
            per_article[article] += 1
            span = text[start:end]
            sha1 = hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]
            print(article, lang, field, start, end, sha1, term.term, term.category, sep="\t")


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--counts" in sys.argv)
