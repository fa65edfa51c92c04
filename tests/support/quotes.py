"""What the quotes stage finds in a short text, with the entities stage's mentions, as the
pipeline gives them: the helper the per-round quote tests share."""

from __future__ import annotations

from rasad.model import Document
from rasad.stages.entities import find_entities
from rasad.stages.quotes import find_quotes


def found_quotes(text: str, lang: str) -> list[dict]:
    """The quotes of `text` in `lang`, its entities found first."""
    doc = Document(id="t", source="t", text=text, lang=lang)
    doc.entities = find_entities(doc.text, lang)
    return find_quotes(doc)


def speaker_of(text: str, opening: str, lang: str = "fa") -> str | None:
    """The speaker (as written) of the first quote whose words open with `opening`."""
    found = [q for q in found_quotes(text, lang) if q["text"].lstrip('«" ').startswith(opening)]
    assert found, [q["text"][:30] for q in found_quotes(text, lang)]
    return found[0]["speaker_text"]
