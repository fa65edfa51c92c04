"""Quotes: direct quotes in any quote marks and reported speech, each with its speaker.

Speaker attribution looks, in the quote's sentence, for a speech cue (قال, گفت, said…) and a
named entity next to it; a pronoun or a bare cue ("وی گفت", "وأضاف") continues the last
speaker; "به نقل از X" / "نقلا عن X" makes X the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.config import Settings
from rasad.model import Document, Quote
from rasad.pipeline import stage
from rasad.stages.claims_data import quotes as Q
from rasad.text.normalize import fold_same_length

MAX_QUOTE_CHARS = 1500
MIN_QUOTE_WORDS = 3
CONTEXT_CHARS = 160
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")


@dataclass
class Speaker:
    entity: str | None
    text: str | None


@cache
def cue_pattern(lang: str) -> re.Pattern:
    cues = sorted(
        (fold_same_length(c) for c in Q.SPEECH_CUES.get(lang, Q.SPEECH_CUES["en"])),
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?<![\w])(?:و|ف)?(?P<cue>{alternatives})(?![\w])", re.IGNORECASE)


def direct_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quote marks, multi-sentence included."""
    out, i = [], 0
    while i < len(text):
        closers = Q.OPEN_TO_CLOSE.get(text[i])
        if closers is None:
            i += 1
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(len(text), i + MAX_QUOTE_CHARS))
                if text[j] in closers or text[j] == "\n"
            ),
            None,
        )
        if end is None or text[end] == "\n":
            i += 1
            continue
        inner = text[i + 1 : end].strip()
        if len(inner.split()) >= MIN_QUOTE_WORDS:
            start = text.index(inner, i + 1)
            out.append((start, start + len(inner)))
        i = end + 1
    return out


def entity_near(doc: Document, lo: int, hi: int, prefer_first: bool) -> dict | None:
    """The person or organization mention inside [lo, hi), first or last."""
    inside = [
        m
        for m in doc.entities
        if lo <= m["start"] and m["end"] <= hi and m["type"] in {"PER", "ORG"}
    ]
    if not inside:
        return None
    return inside[0] if prefer_first else inside[-1]


def attribute(doc: Document, start: int, end: int, last: Speaker) -> tuple[Speaker, str | None]:
    """The speaker and cue of a quote spanning [start, end)."""
    text, lang = doc.text, doc.lang
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - CONTEXT_CHARS)
    before = fold_same_length(text[lo:start])
    line_end = text.find("\n", end)
    after_hi = min(line_end if line_end >= 0 else len(text), end + CONTEXT_CHARS)
    after = fold_same_length(text[end:after_hi])
    via = next((v for v in Q.VIA_SOURCE if fold_same_length(v) in before), None)
    if via:
        at = lo + before.rfind(fold_same_length(via)) + len(via)
        found = entity_near(doc, at, start, prefer_first=True)
        if found:
            return Speaker(found["entity"], found["text"]), via
    cues = list(cue_pattern(lang).finditer(before))
    if cues:
        cue = cues[-1]
        cue_at = lo + cue.start()
        found = entity_near(doc, cue_at, start, prefer_first=True) or entity_near(
            doc, lo, cue_at, prefer_first=False
        )
        return (Speaker(found["entity"], found["text"]) if found else last), text[
            lo + cue.start("cue") : lo + cue.end("cue")
        ]
    cue = cue_pattern(lang).search(after)
    if cue:
        found = entity_near(doc, end, after_hi, prefer_first=True)
        return (Speaker(found["entity"], found["text"]) if found else last), text[
            end + cue.start("cue") : end + cue.end("cue")
        ]
    return Speaker(None, None), None


def reported_speech(doc: Document, taken: list[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """(clause start, clause end, cue start, cue) for "X said that …" sentences without quote marks."""
    out = []
    comps = [fold_same_length(c) for c in Q.COMPLEMENTIZERS.get(doc.lang, [])]
    if not comps:
        return out
    folded = fold_same_length(doc.text)
    for sentence in _SENTENCE.finditer(doc.text):
        s, e = sentence.span()
        if any(a < e and s < b for a, b in taken):
            continue
        cue = cue_pattern(doc.lang).search(folded, s, e)
        if not cue:
            continue
        comp = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, comps))})(?![\w])").search(
            folded, cue.end(), e
        )
        if not comp or comp.start() - cue.end() > 80:
            continue
        clause_start = comp.end() + (
            len(folded[comp.end() : e]) - len(folded[comp.end() : e].lstrip())
        )
        clause_end = e - (len(doc.text[s:e]) - len(doc.text[s:e].rstrip(" .!?؟\n")))
        if len(doc.text[clause_start:clause_end].split()) >= MIN_QUOTE_WORDS:
            out.append(
                (
                    clause_start,
                    clause_end,
                    cue.start("cue"),
                    doc.text[cue.start("cue") : cue.end("cue")],
                )
            )
    return out


def last_person_before(doc: Document, at: int) -> Speaker:
    """The most recently mentioned person before a position: who "he said" refers to."""
    people = [m for m in doc.entities if m["type"] == "PER" and m["end"] <= at]
    return Speaker(people[-1]["entity"], people[-1]["text"]) if people else Speaker(None, None)


def find_quotes(doc: Document) -> list[Quote]:
    """Direct and reported quotes in document order, speakers carried across sentences."""
    spans = [(s, e, True, None, None) for s, e in direct_quotes(doc.text)]
    spans += [
        (s, e, False, cue_at, cue)
        for s, e, cue_at, cue in reported_speech(doc, [(s, e) for s, e, *_ in spans])
    ]
    spans.sort()
    last, out = Speaker(None, None), []
    for start, end, direct, cue_at, cue in spans:
        if not last.text:
            last = last_person_before(doc, start)
        if direct:
            speaker, cue = attribute(doc, start, end, last)
        else:
            line_start = doc.text.rfind("\n", 0, cue_at) + 1
            found = entity_near(doc, cue_at, start, True) or entity_near(
                doc, max(line_start, cue_at - CONTEXT_CHARS), cue_at, False
            )
            speaker = Speaker(found["entity"], found["text"]) if found else last
        if speaker.text:
            last = speaker
        out.append(
            {
                "start": start,
                "end": end,
                "text": doc.text[start:end],
                "speaker": speaker.entity,
                "speaker_text": speaker.text,
                "cue": cue,
                "direct": direct,
            }
        )
    return out


@stage(
    "quotes",
    requires=["text", "lang", "entities"],
    assigns=["quotes"],
    help="direct and reported quotes with their speakers",
)
def make_quotes(settings: Settings):
    def quotes(doc: Document) -> Document:
        doc.quotes = find_quotes(doc)
        return doc

    return quotes
