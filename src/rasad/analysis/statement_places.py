"""The place slot of statements: two reports of one person's incident that put it in two
different regions of one level contradict («استشهد … في منطقة عسير» / «استشهد في منطقة نجران»).

Precision first: the slot speaks only when each sentence names exactly one region with a
region cue word (`data/claims/region_cues.tsv`: «منطقة», «استان», "region"), the two
regions differ and neither sentence names the other's, both name a recognised place, both
tell the same casualty kind, they were printed at most MAX_DAYS_PLACE days apart, and both
name one person (a person key in common, or two names sharing a given and a father's name).
A city inside its region is never compared (it has no region cue), so a refinement
(«تنومة» / «منطقة عسير») stays an agreement.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from rasad.analysis.statement_words import bare, words_of
from rasad.data import read_table
from rasad.lang.clitics import CLITICS
from rasad.text.normalize import fold_same_length

if TYPE_CHECKING:  # (statements imports this module: the type alone, never at run time)
    from rasad.analysis.statements import Statement

MAX_DAYS_PLACE = 3  # one incident reported over a weekend's papers
MIN_NAME_TOKENS = 2  # a given and a father's name in common make one person
NAME_LINKS = frozenset({"bn", "bin", "ibn", "bnt", "al", "bu", "abu", "bw"})


@cache
def region_cues() -> dict[str, dict[str, str]]:
    """Language → folded cue word → where the region's name stands ("before": the cue comes
    first, «منطقة عسير»; "after": "the Najran region")."""
    out: dict[str, dict[str, str]] = {}
    for lang, cue, where in read_table("claims/region_cues.tsv"):
        out.setdefault(lang, {})[fold_same_length(cue).lower()] = where
    return out


def cue_word(word: str, cues: dict[str, str]) -> str | None:
    """Where a word that is a region cue (a leading clitic allowed: «بمنطقة») puts the name."""
    if word in cues:
        return cues[word]
    if len(word) > 3 and word.startswith(CLITICS) and word[1:] in cues:
        return cues[word[1:]]
    return None


def regions_named(st: Statement) -> dict[str, str]:
    """The regions named next to a region cue in the sentence, bare name → as written
    («منطقة نجران» → نجران)."""
    cues = region_cues().get(st.lang, {})
    words = words_of(st.text)
    out = {}
    for i, (_, _, word) in enumerate(words):
        where = cue_word(word, cues)
        at = i + 1 if where == "before" else i - 1 if where == "after" else -1
        if 0 <= at < len(words):
            start, end, name = words[at]
            out[bare(name)] = st.text[start:end]
    return out


def name_tokens(key: str) -> frozenset[str]:
    """The words of a person key ("PER:~hmd bn jfr" → {hmd, jfr}), links like "bn" left out."""
    name = key.partition(":")[2].lstrip("~=^")
    return frozenset(t for t in name.split() if len(t) > 1 and t not in NAME_LINKS)


def one_person(a: Statement, b: Statement) -> bool:
    """Both sentences name one person: a person key in common, or two names sharing two words."""
    people_a = {k for k in a.agents if k.startswith("PER:")}
    people_b = {k for k in b.agents if k.startswith("PER:")}
    if people_a & people_b:
        return True
    return any(
        len(name_tokens(x) & name_tokens(y)) >= MIN_NAME_TOKENS for x in people_a for y in people_b
    )


def two_regions(a: Statement, b: Statement, gap: int | None) -> tuple[str, str] | None:
    """The two regions one person's incident is placed in, when the sentences place it in two
    (see the module docstring); None when the slot cannot speak. `gap`: days between the two
    publication days (None when one is undated)."""
    if a.lang != b.lang or not (a.harms & b.harms) or not (a.places and b.places):
        return None
    if gap is None or gap > MAX_DAYS_PLACE:
        return None
    ra, rb = regions_named(a), regions_named(b)
    if len(ra) != 1 or len(rb) != 1 or ra.keys() == rb.keys():
        return None
    words_a = {bare(w) for _, _, w in words_of(a.text)}
    words_b = {bare(w) for _, _, w in words_of(b.text)}
    if ra.keys() & words_b or rb.keys() & words_a:
        return None  # one names the other's region too: a route, a list, a neighbour
    if not one_person(a, b):
        return None
    return next(iter(ra.values())), next(iter(rb.values()))
