"""What the framing stage finds in a short text, after the entities and quotes stages, as the
pipeline gives them: the helpers the per-round framing target tests share."""

from __future__ import annotations

from functools import cache

from rasad.config import Settings
from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.framing import make_framing
from rasad.stages.quotes import find_quotes


@cache
def framing_stage():
    """The framing stage with the default settings, built once."""
    return make_framing(Settings())


def body_terms(text: str, lang: str, title: str = "") -> list[dict]:
    """The article's body terms, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title or None, lang=lang)
    doc.entities = find_entities(text, lang)  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return list(framing_stage()(doc).loaded_terms)


def title_terms(title: str, text: str, lang: str) -> list[dict]:
    """The article's headline terms, after the whole stage."""
    doc = Document(id="t", source="t", text=text, title=title, lang=lang)
    doc.entities = find_entities(text, lang)  # type: ignore[assignment]
    doc.quotes = find_quotes(doc)
    return list(framing_stage()(doc).title_terms)


def term_written(text: str, lang: str, word: str, nth: int = 0, title: str = "") -> dict:
    """The nth body term written `word`."""
    return [t for t in body_terms(text, lang, title) if t["text"] == word][nth]
