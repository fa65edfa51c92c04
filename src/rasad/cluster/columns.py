"""A routine column: one outlet's notices under one title head, each about other people.

A newspaper prints routine notices under one recurring head word followed by the names they
are about: Al-Jazirah's wedding notices «أفراح السلامة والناصر», «أفراح الزايدي», «أفراح
البريك» … a dozen on one day, more the next. Their texts are one template («احتفل الشاب …
بزواجه من كريمة … ألف مبروك»), so their vectors are close and placement files them as one
story; but each notice is its own event, about its own families. Round stories62 tells them
apart by the names their titles carry, not by a list of column titles: a head is a **column**
when the archive's reports under it (copies left out) are COLUMN_REPORTS or more, on
COLUMN_DAYS publication days or more, their title names mostly disjoint (a share of at most
COLUMN_SHARED meets another report's names) and one outlet printed COLUMN_BATCH or more of them
on one day with names all different (a column is printed as a batch). A story holding a
column's reports about different names is split by those names (`split_by_names`); reports
that share a name (one wedding reported by two papers) stay together. eval/labels/stories62.md
measures it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rasad.cluster.series import NUMBER_MASK, kind_words

COLUMN_REPORTS = 6  # reports under one head: fewer are a few headlines that open alike
COLUMN_DAYS = 3  # … printed on this many publication days: a recurring column, not one day's
COLUMN_SHARED = 1 / 3  # at most this share of them names what another names
COLUMN_BATCH = 3  # one outlet printed this many of them on one day, each about other names
NAME_LETTERS = 3  # a title word shorter than this is no name («بن», «آل», «في» …)
CONJUNCTION_BEFORE_ARTICLE = "وال"  # «والناصر»: «و» read off a name joined by «and»


@dataclass(frozen=True)
class ColumnReport:
    """What the column rule reads of a document: outlet, publication day, title head, the
    names its title carries after the head, and whether it is a copy of another document."""

    doc_id: str
    outlet: str | None
    published: date | None
    head: str | None
    names: frozenset[str]
    copy: bool = False


def title_head(title: str | None, named: Iterable[str] = ()) -> str | None:
    """A headline's first word, folded (None when it is a number, shorter than NAME_LETTERS
    or a word of an entity the report names: «هزازي …», «لندن …» head reports about their
    subject or their place, not a column of notices)."""
    words = kind_words(title or "")
    if len(words) < 2 or words[0] == NUMBER_MASK or len(words[0]) < NAME_LETTERS:
        return None
    for entity in named:
        if words[0] in kind_words(entity):
            return None
    return words[0]


def title_names(title: str | None) -> frozenset[str]:
    """The words of a headline after its head, folded, that can name someone: numbers and
    short words left out, «و» read off a name joined by it («والناصر» → «الناصر»)."""
    names = set()
    for word in kind_words(title or "")[1:]:
        if word.startswith(CONJUNCTION_BEFORE_ARTICLE):
            word = word[1:]
        if word != NUMBER_MASK and len(word) >= NAME_LETTERS:
            names.add(word)
    return frozenset(names)


def _shared_names(reports: list[ColumnReport]) -> int:
    """How many of these reports carry a name another of them carries too."""
    counts = Counter(name for r in reports for name in r.names)
    return sum(any(counts[n] > 1 for n in r.names) for r in reports)


def learn_columns(reports: Iterable[ColumnReport]) -> set[str]:
    """The heads that are columns (module docstring), from all the reports filed."""
    by_head: dict[str, list[ColumnReport]] = defaultdict(list)
    for r in reports:
        if r.head and r.names and not r.copy:
            by_head[r.head].append(r)
    return {head for head, rs in by_head.items() if _is_column(rs)}


def _is_column(reports: list[ColumnReport]) -> bool:
    """Whether one head's reports are many, recurring, about different names, in batches."""
    days = {r.published for r in reports if r.published}
    if len(reports) < COLUMN_REPORTS or len(days) < COLUMN_DAYS:
        return False
    if _shared_names(reports) > COLUMN_SHARED * len(reports):
        return False
    batches: dict[tuple[str | None, date], list[ColumnReport]] = defaultdict(list)
    for r in reports:
        if r.published:
            batches[(r.outlet, r.published)].append(r)
    return any(len(b) >= COLUMN_BATCH and not _shared_names(b) for b in batches.values())


def split_by_names(reports: list[ColumnReport], columns: set[str]) -> list[list[str]]:
    """A story's documents split by the names its column reports carry: column reports that
    share a name (through one another) are one group; the largest group (the first placed on
    a tie) stays with the story's other documents, each other group leaves. The story as it
    was when it holds one group or none."""
    of_column = [r for r in reports if r.head in columns and r.names and not r.copy]
    groups: list[tuple[set[str], list[str]]] = []
    for r in of_column:
        joined = [g for g in groups if g[0] & r.names]
        names, members = set(r.names), [r.doc_id]
        for g in joined:
            names |= g[0]
            members = g[1] + members
            groups.remove(g)
        groups.append((names, members))
    if len(groups) < 2:
        return [[r.doc_id for r in reports]]
    order = {r.doc_id: n for n, r in enumerate(reports)}
    groups.sort(key=lambda g: (-len(g[1]), min(order[m] for m in g[1])))
    moved = {doc for _, members in groups[1:] for doc in members}
    kept = [r.doc_id for r in reports if r.doc_id not in moved]
    return [kept] + [sorted(members, key=order.__getitem__) for _, members in groups[1:]]
