"""What the recogniser finds in a short real text, as (written name, type) pairs."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def found(text: str, lang: str) -> set[tuple[str, str]]:
    return {(m["text"], m["type"]) for m in find_entities(text, lang)}


def arabic(text: str) -> set[tuple[str, str]]:
    return found(text, "ar")
