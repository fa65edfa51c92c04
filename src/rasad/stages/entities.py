"""Entities stage: people, organizations and places, each mention keyed for linking."""

from __future__ import annotations

import re

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.entities.link import link_document, linked_mentions, surname_of
from rasad.entities.recognise import load_lists, recognise, repeated_mentions, tagger
from rasad.model import Document
from rasad.pipeline import stage


def surname_mentions(text: str, mentions: list[dict], lang: str | None = None) -> list[dict]:
    """Later bare surnames of people named in full ("يحيى رسول" … "عن رسول قوله"); only a
    word that is a surname (`surname_of`: not the last word of a name chain, … بن عبدالعزيز,
    nor of an epithet, رهبر انقلاب, nor a common word)."""
    added = []
    for m in mentions:
        surname = surname_of(m, lang)
        if not surname:
            continue
        for found in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", text):
            s, e = found.span()
            if not any(o["start"] < e and s < o["end"] for o in mentions + added):
                added.append({**m, "start": s, "end": e, "text": surname})
    return added


def find_entities(text: str, lang: str) -> list[dict]:
    """Entity mentions with exact spans; `entity` is the document-level link key."""
    found = recognise(text, lang)
    mentions = [
        {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "canonical": m.canonical}
        for m in found + repeated_mentions(text, found, lang)
    ]
    mentions = sorted(mentions + surname_mentions(text, mentions, lang), key=lambda m: m["start"])
    mentions = [m for _, m in linked_mentions(mentions, lang)]  # as the archive links them
    for mention, key in zip(mentions, link_document(mentions, lang), strict=True):
        mention["entity"] = key
    return mentions


@stage(
    "entities",
    requires=["text", "lang"],
    assigns=["entities"],
    help="people, organizations, places: CRF per language + gazetteer, linked in the document",
    languages=ANALYSED_LANGUAGES,
)
def make_entities(settings: Settings):
    load_lists()
    for lang in ("ar", "fa", "en"):
        tagger(lang)

    def entities(doc: Document) -> Document:
        doc.entities = find_entities(doc.text, doc.lang)  # type: ignore[assignment]
        return doc

    return entities
