"""Slots of a statement that are not figures: who says it (the outlet in its own voice, or a
party whose words it reports) — what a denial can contradict.

A denial in one outlet contradicts an assertion in another only when the other outlet asserts
the act itself, or quotes the very party that denies it (one party telling it both ways). When
the act stands only inside another party's words that the outlet reports («أعلن الفريق الطبي
للاتحاد أنه "... فحص الكشف عن المنشطات بيّن تناول اللاعب مادة ..."» against «نفى الأطباء أن تكون
مادة ... بين الأدوية»), the two outlets report two parties; they do not disagree with each other.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from rasad.analysis.statement_words import bare, names_act, words_of
from rasad.lang.quotes import SOURCE_MARKERS

if TYPE_CHECKING:  # (statements imports this module: the type alone, never at run time)
    from rasad.analysis.statements import Statement

Quoted = tuple[int, int, str]  # a quotation's span in the sentence and who said it (a key)


# A source marker names where the outlet has a fact from («بحسب ما ذكر المرصد», "according
# to"); the fact is the outlet's own telling, not a party's claim it reports. «به ادعای» ("as
# X claims") is the one marker that keeps the claim at a distance.
CLAIM_MARKERS = frozenset({"به ادعای"})


@cache
def sourcing_markers() -> frozenset[str]:
    """The quotes stage's source markers that attribute a fact rather than a claim."""
    return frozenset(m for ms in SOURCE_MARKERS.values() for m in ms) - CLAIM_MARKERS


def quoted_spans(quotes: list[dict[str, Any]], start: int, end: int) -> tuple[Quoted, ...]:
    """The quotations (direct or reported) of a sentence at [start, end), as spans in the
    sentence with the key of who said them: the speaker's entity when linked, else the
    bare words naming the speaker. Quotations without a speaker are left out."""
    out = []
    for q in quotes:
        if q.get("cue") in sourcing_markers():
            continue  # "according to X": the outlet's own telling, with its source
        who = q.get("speaker") or (bare(q["speaker_text"]) if q.get("speaker_text") else None)
        if who and q["start"] < end and start < q["end"]:
            out.append((max(q["start"], start) - start, min(q["end"], end) - start, who))
    return tuple(out)


def deniers(st: Statement) -> set[str]:
    """Who a denial may be by: the speakers it quotes and the people and groups it names."""
    return {who for _, _, who in st.quoted} | st.agents


def names_party(st: Statement, who: str) -> bool:
    """The sentence writes the party's bare name («ونفى الفريق الطبي للاتحاد …»)."""
    words = {bare(w) for _, _, w in words_of(st.text)}
    named = [bare(w) for w in who.split()]
    return bool(named) and all(w in words for w in named)


def same_party(x: set[str], y: set[str]) -> bool:
    """Two sets of speaker keys name one party: a key in common, or one bare name inside the
    other («الفريق الطبي للاتحاد» / «الفريق الطبي للاتحاد البرازيلي»)."""
    return any(a == b or (len(a) > 3 and a in b) or (len(b) > 3 and b in a) for a in x for b in y)


def reported_claim(denied: Statement, other: Statement) -> bool:
    """Every mention of the act `denied` denies stands, in `other`, inside words `other`
    quotes from a party that is not the one denying: a claim the outlet reports, not its own
    (nor the denier's own words told the other way)."""
    head = denied.denied_head
    if not head or not other.quoted:
        return False
    at = [s for s, _, word in words_of(other.text) if names_act(word, head, other.lang)]
    if not at:
        return False
    quoting = set()
    for s in at:
        around = {who for qs, qe, who in other.quoted if qs <= s < qe}
        if not around:
            return False  # the outlet says it in its own voice
        quoting |= around
    if same_party(quoting, deniers(denied)):
        return False
    return not any(names_party(denied, who) for who in quoting)
