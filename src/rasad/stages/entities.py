"""Entities stage: people, organizations and places, each mention keyed for linking."""

from __future__ import annotations

import re

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.entities.link import link_document
from rasad.entities.recognise import gazetteer, recognise, tagger
from rasad.model import Document
from rasad.pipeline import stage


def surname_mentions(text: str, mentions: list[dict]) -> list[dict]:
    """Later bare surnames of people named in full ("يحيى رسول" … "عن رسول قوله")."""
    added = []
    for m in [m for m in mentions if m["type"] == "PER" and len(m["text"].split()) > 1]:
        surname = m["text"].split()[-1]
        for found in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", text):
            s, e = found.span()
            if not any(o["start"] < e and s < o["end"] for o in mentions + added):
                added.append({**m, "start": s, "end": e, "text": surname})
    return added


def find_entities(text: str, lang: str) -> list[dict]:
    """Entity mentions with exact spans; `entity` is the document-level link key."""
    mentions = [
        {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "canonical": m.canonical}
        for m in recognise(text, lang)
    ]
    mentions = sorted(mentions + surname_mentions(text, mentions), key=lambda m: m["start"])
    for mention, key in zip(mentions, link_document(mentions), strict=True):
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
    gazetteer()
    for lang in ("ar", "fa", "en"):
        tagger(lang)

    def entities(doc: Document) -> Document:
        doc.entities = find_entities(doc.text, doc.lang)  # type: ignore[assignment]
        return doc

    return entities
