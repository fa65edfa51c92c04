"""Regular-expression pieces built from word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rasad.text.normalize import fold_same_length


def alternatives(words: Iterable[str]) -> str:
    """An alternation of the words' folded forms (`fold_same_length`), longest first so a
    longer form wins over its prefix; a space in a form matches any run of white space."""
    forms = sorted({fold_same_length(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


def whole_word_spans(
    text: str,
    bodies: list[tuple[str, str]],
    prefixes: tuple[str, ...],
    word: re.Pattern[str],
) -> list[tuple[int, int]]:
    """Where a body is written as a whole word, behind one of `prefixes` or none: the spans of
    the bodies that `(?<!W)(?:p1|p2|…)?(b1|b2|…)(?!W)` finds with `finditer` (W: the one
    character `word` matches; a body is (needed before it, itself): `("ل", "لهيئة")` only right
    after a ل), found with `str.find` instead of a pattern compiled per name (~0.3 ms each).
    The same matches in the same order: starts are tried left to right, prefixes in order then
    none, bodies in order, and the search goes on after each match."""
    starts = set()
    for _, body in bodies:
        at = text.find(body)
        while at >= 0:
            starts.update(
                at - len(p)
                for p in (*prefixes, "")
                if at >= len(p) and text.startswith(p, at - len(p))
            )
            at = text.find(body, at + 1)
    spans, after = [], 0
    for start in sorted(starts):
        if start < after or (start and word.match(text, start - 1)):
            continue
        found = _body_at(text, start, bodies, prefixes, word)
        if found:
            spans.append(found)
            after = found[1]
    return spans


def _body_at(
    text: str,
    start: int,
    bodies: list[tuple[str, str]],
    prefixes: tuple[str, ...],
    word: re.Pattern[str],
) -> tuple[int, int] | None:
    for prefix in (*prefixes, ""):
        if not text.startswith(prefix, start):
            continue
        k = start + len(prefix)
        for before, body in bodies:
            end = k + len(body)
            if (
                (not before or text.endswith(before, 0, k))
                and text.startswith(body, k)
                and not word.match(text, end)
            ):
                return k, end
    return None
