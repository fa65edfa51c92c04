"""A weekday word that is a person's family name dates nothing.

Arabic family names include weekday words («محمد الخميس», «أحمد بن عبدالرحمن الخميس»,
«أحمد السبت»), and once named in full the man is called by them alone («وكشف الخميس عن حزمة
من البرامج»), which the dates stage reads as "on Thursday". The recogniser also joins real
weekdays to the name before them («قال أشتون كارتر الخميس»: Carter said on Thursday), so a
person's mention ending in a weekday is not enough: the word before the weekday must be a given
name (`data/gazetteers/given_names_*`), which stands before a family name, not before a
weekday (a man named by his given name alone is named with a title: «الملك سلمان»). Then every
bare mention of that weekday word in the document is the surname («يوم الخميس المقبل», a
weekday with «يوم» or another word, is still a day).
"""

from __future__ import annotations

from functools import cache

from rasad.data import read_table
from rasad.model import Document
from rasad.stages.dates import day_of_sentence
from rasad.text.normalize import fold_same_length

GIVEN_NAMES = {"ar": "gazetteers/given_names_ar.tsv", "fa": "gazetteers/given_names_fa.tsv"}
CLITICS = "وكبلف"  # and, as, with, for, so: written joined to a name


@cache
def given_names(lang: str) -> frozenset[str]:
    """The folded given names of a language (none for a language without a list)."""
    path = GIVEN_NAMES.get(lang)
    return frozenset(fold_same_length(row[0]) for row in read_table(path)) if path else frozenset()


def _given(word: str, names: frozenset[str]) -> bool:
    """Whether a folded word is a given name, a joined clitic aside («كأحمد», «وأحمد»)."""
    return word in names or (word[:1] in fold_same_length(CLITICS) and word[1:] in names)


def surname_words(doc: Document, folded: str) -> set[str]:
    """The weekday words the document's people carry as family names: a person's mention
    ending in a date mention's word, right after a given name."""
    names = given_names(doc.lang)
    dated = {(d["start"], d["end"]) for d in doc.dates}
    found = set()
    for m in doc.entities:
        words = folded[m["start"] : m["end"]].split()
        if m["type"] != "PER" or len(words) < 2 or not _given(words[-2], names):
            continue
        last = m["end"] - len(words[-1])
        if folded[last : m["end"]] == words[-1] and (last, m["end"]) in dated:
            found.add(words[-1])
    return found


def surname_dates(doc: Document) -> set[int]:
    """Indexes of the date mentions (in `doc.dates`) that are a person's family name: the
    full name's weekday word and every bare mention of that word in the document, and the
    times of day that took their day from one («وتوقع الخميس … من الساعة الرابعة عصراً»)."""
    folded = fold_same_length(doc.text)
    words = surname_words(doc, folded)
    names = {k for k, d in enumerate(doc.dates) if folded[d["start"] : d["end"]] in words}
    if not names:
        return names
    days = [d for d in doc.dates if d.get("type", "date") == "date"]
    named = [doc.dates[k] for k in names]
    for k, t in enumerate(doc.dates):
        if t.get("type") == "time":
            day = day_of_sentence(doc.text, t["start"], t["end"], days)
            if day is not None and any(day is n for n in named):
                names.add(k)
    return names
