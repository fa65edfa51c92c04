"""Write src/rasad/data/gazetteers/given_names_fa_arman.tsv: Persian given names counted in
ArmanPersoNER's training split (session 56, round speakers63fa, issue 21 point 3).

A word counts as a given name when it opens a person span of two words or more (B-pers followed
by I-pers) at least twice, is never tagged outside an entity (O: «ولی» "but" is O 132 times),
ends a person span less often than it opens one (family names such as «هاشمی») and is no title
of `person_titles_fa.tsv` («سید», «امام»). Training data only; the test splits are not read.
Run from the repository root:
python train/ner/build_given_names_fa_arman.py ../shared/train/arman-personer-train-fa/train_fold1.txt
"""

import sys
from collections import Counter
from pathlib import Path

from rasad.entities.recognise import folded, persian_person_titles

OUT = Path("src/rasad/data/gazetteers/given_names_fa_arman.tsv")
HEADER = """# Persian given names counted in ArmanPersoNER train_fold1 (../shared/train/arman-personer-train-fa,
# Poostchi et al. 2016): words opening a person span of two words or more at least twice, never
# tagged O, opening more person spans than they end, no title (person_titles_fa.tsv). Written by
# train/ner/build_given_names_fa_arman.py (round speakers63fa); one word a line, with its count.
"""


def given_names(rows: list[list[str]]) -> list[tuple[str, int]]:
    """(word, count) of the words the training split writes as a person's first name."""
    opens, ends, outside = Counter(), Counter(), Counter()
    for i, row in enumerate(rows):
        if len(row) < 2:
            continue
        word, tag = row[0], row[-1]
        nxt = rows[i + 1] if i + 1 < len(rows) else []
        if tag == "B-pers" and len(nxt) >= 2 and nxt[-1] == "I-pers":
            opens[word] += 1
        if tag.endswith("-pers") and (len(nxt) < 2 or nxt[-1] != "I-pers"):
            ends[word] += 1
        if tag == "O":
            outside[word] += 1
    titles = persian_person_titles()
    return [
        (w, n)
        for w, n in opens.most_common()
        if n >= 2 and not outside[w] and ends[w] < n and folded(w) not in titles
    ]


if __name__ == "__main__":
    lines = Path(sys.argv[1]).read_text("utf-8").splitlines()
    names = given_names([line.split() for line in lines])
    OUT.write_text(HEADER + "".join(f"{w}\t{n}\n" for w, n in names), "utf-8")
    print(len(names), "names")
