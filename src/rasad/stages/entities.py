"""Entities stage: people, organizations and places, each mention keyed for linking."""

from __future__ import annotations

from rasad.config import Settings
from rasad.entities.link import link_document
from rasad.entities.recognise import gazetteer, recognise, tagger
from rasad.model import Document
from rasad.pipeline import stage


def find_entities(text: str, lang: str) -> list[dict]:
    """Entity mentions with exact spans; `entity` is the document-level link key."""
    mentions = [
        {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "canonical": m.canonical}
        for m in recognise(text, lang)
    ]
    for mention, key in zip(mentions, link_document(mentions), strict=True):
        mention["entity"] = key
    return mentions


@stage(
    "entities",
    requires=["text", "lang"],
    assigns=["entities"],
    help="people, organizations, places: CRF per language + gazetteer, linked in the document",
)
def make_entities(settings: Settings):
    gazetteer()
    for lang in ("ar", "fa", "en"):
        tagger(lang)

    def entities(doc: Document) -> Document:
        doc.entities = find_entities(doc.text, doc.lang)  # type: ignore[assignment]
        return doc

    return entities
