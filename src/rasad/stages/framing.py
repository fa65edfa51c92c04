"""Framing: loaded and stance-bearing terms (data/framing/lexicon.tsv), exact spans, per-outlet
comparison."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.data import read_table
from rasad.model import Document, LoadedTerm
from rasad.pipeline import stage
from rasad.text.normalize import fold_same_length

PREFIXES = "(?:وال|بال|فال|لل|ال|و|ب|ل)?"
SUFFIXES = "(?:های|ها|ی|ان|ین|ون|ات|ه|ة|یها)?"


@cache
def lexicon() -> dict[str, list[tuple[str, str]]]:
    """Language → [(folded term, category)], longest first."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for lang, term, category, *_ in read_table("framing/lexicon.tsv"):
        out[lang].append((fold_same_length(term), category))
    return {lang: sorted(terms, key=lambda t: -len(t[0])) for lang, terms in out.items()}


def spaced(term: str) -> str:
    """A term's regex, any run of spaces or ZWNJ between its words."""
    return re.escape(term).replace(r"\ ", "[\\s\u200c]+")


@cache
def pattern(lang: str) -> re.Pattern | None:
    terms = lexicon().get(lang)
    if not terms:
        return None
    alternatives = "|".join(f"(?P<t{i}>{spaced(t)})" for i, (t, _) in enumerate(terms))
    return re.compile(rf"(?<![\w]){PREFIXES}(?:{alternatives}){SUFFIXES}(?![\w])", re.IGNORECASE)


def find_loaded_terms(text: str, lang: str) -> list[LoadedTerm]:
    """Every lexicon term in the text (clitics and suffixes allowed), as original spans."""
    compiled = pattern(lang)
    if compiled is None:
        return []
    terms = lexicon()[lang]
    out: list[LoadedTerm] = []
    for m in compiled.finditer(fold_same_length(text)):
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        out.append(
            {
                "start": m.start(),
                "end": m.end(),
                "text": text[m.start() : m.end()],
                "category": terms[index][1],
            }
        )
    return out


def framing_summary(docs: Iterable[Document]) -> dict[str, dict]:
    """The Story.framing object: per document, how many loaded terms and which."""
    return {
        d.id: {
            "loaded_terms": len(d.loaded_terms),
            "stance_terms": sorted({t["text"] for t in d.loaded_terms}),
        }
        for d in docs
    }


def compare_outlets(docs: Iterable[Document]) -> dict[str, dict[str, int]]:
    """Per outlet, loaded-term counts by category."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        table[d.outlet or d.source].update(t["category"] for t in d.loaded_terms)
    return {outlet: dict(c) for outlet, c in table.items()}


@stage(
    "framing",
    requires=["text", "lang"],
    assigns=["loaded_terms"],
    help="loaded and stance-bearing terms from the framing lexicon",
    languages=ANALYSED_LANGUAGES,
)
def make_framing(settings: Settings):
    lexicon()

    def framing(doc: Document) -> Document:
        doc.loaded_terms = find_loaded_terms(doc.text, doc.lang)
        return doc

    return framing
