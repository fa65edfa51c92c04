"""Clean: drop page chrome left in the body, keep every sentence of the article, find the title.

Lines are judged by cue lexicons (data/boilerplate/cues.tsv), by their position (breadcrumbs
at the head, comment forms and share bars at the tail) and by their shape (short, repeated,
bulleted, symbol-only). Dropped lines go to `removed`; the body keeps its original characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rasad.config import Settings
from rasad.data import read_table
from rasad.model import Document
from rasad.pipeline import stage
from rasad.stages.extract import tidy_lines
from rasad.text.normalize import normalize

MAX_CUE_WORDS = 25  # a "contains" cue inside a longer line is part of a sentence, not chrome
SHORT_WORDS = 6
TITLE_MAX_WORDS = 25
HEADLINE_WORDS = 20
SENTENCE_END = tuple(".!?؟…۔")
_BULLET = re.compile(r"^[•·▪►◄■□●○\-–—*]\s*")
_SEPARATORS = re.compile(r"\s[»›>|/]\s|[»›]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Cues:
    line: dict[str, frozenset[str]]  # where -> folded phrases matching a whole line
    contains: dict[str, tuple[str, ...]]
    starts: dict[str, tuple[str, ...]]
    tail_start: frozenset[str]
    section: tuple[str, ...]


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The matching form of a line: normalized letters, no bullets or trailing punctuation."""
    text = _BULLET.sub("", text.strip())
    return normalize(text).strip(" :.!؟?،,-–—*…\"'«»“”")


@cache
def load_cues() -> Cues:
    """The packaged cue lexicon, folded."""
    line: dict[str, set[str]] = {"head": set(), "tail": set(), "any": set()}
    contains: dict[str, list[str]] = {"head": [], "tail": [], "any": []}
    starts: dict[str, list[str]] = {"head": [], "tail": [], "any": []}
    tail_start: set[str] = set()
    section: list[str] = []
    for where, match, phrase in read_table("boilerplate/cues.tsv"):
        folded = fold(phrase)
        if match == "line":
            line[where].add(folded)
        elif match == "contains":
            contains[where].append(folded)
        elif match == "starts":
            starts[where].append(folded)
        elif match == "tail-start":
            tail_start.add(folded)
        elif match == "section":
            section.append(folded)
    return Cues(
        {k: frozenset(v) for k, v in line.items()},
        {k: tuple(v) for k, v in contains.items()},
        {k: tuple(v) for k, v in starts.items()},
        frozenset(tail_start),
        tuple(section),
    )


def is_junk(line: str) -> bool:
    """A line with no letters, or one letter repeated (keyboard noise, separators)."""
    letters = _LETTER.findall(line)
    return not letters or len(set(letters)) == 1


def matches_cue(folded: str, words: int, cues: Cues, where: str) -> bool:
    """Whether a folded line is chrome by the cues that apply at `where` (and anywhere)."""
    for scope in (where, "any"):
        if folded in cues.line[scope]:
            return True
        if any(folded.startswith(c) for c in cues.starts[scope]):
            return True
        if words <= MAX_CUE_WORDS and any(c in folded for c in cues.contains[scope]):
            return True
    return where == "tail" and folded in cues.tail_start


def is_breadcrumb(line: str, folded: str, cues: Cues) -> bool:
    """A short head line naming a site section ("أخبار الشرق الأوسط", "Home » World")."""
    if len(line.split()) > 5:
        return False
    return bool(_SEPARATORS.search(line)) or any(folded.startswith(s) for s in cues.section)


def _words(line: str) -> int:
    return len(line.split())


def _repeated_short_lines(lines: list[str]) -> set[str]:
    seen: dict[str, int] = {}
    for line in lines:
        if _words(line) <= SHORT_WORDS:
            key = fold(line)
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1 and k}


def tail_chrome(lines: list[str], cues: Cues) -> int:
    """Index of the first line of the chrome block at the end (len(lines) when there is none)."""
    repeated = _repeated_short_lines(lines)

    def chrome(i: int) -> bool:
        line, folded = lines[i], fold(lines[i])
        return (
            is_junk(line)
            or matches_cue(folded, _words(line), cues, "tail")
            or (folded in repeated)
            or (bool(_BULLET.match(line)) and _words(line) <= MAX_CUE_WORDS and i > len(lines) // 2)
        )

    start = len(lines)
    while start > 0:
        i = start - 1
        if chrome(i):
            start = i
        elif len(lines) - start >= 2 and i > 0 and chrome(i - 1):
            start = i  # an "about the site" paragraph sandwiched between chrome lines
        else:
            break
    return _extend_to_tail_start(lines, start, cues)


def _extend_to_tail_start(lines: list[str], start: int, cues: Cues) -> int:
    """A "related articles" header takes the headline-like lines after it along: short lines
    without sentence-final punctuation, up to the chrome block."""
    for i in range(1, start):
        if fold(lines[i]) in cues.tail_start and all(
            _words(line) <= HEADLINE_WORDS and not line.rstrip().endswith(SENTENCE_END)
            for line in lines[i + 1 : start]
        ):
            return i
    return start


def head_chrome(lines: list[str], cues: Cues) -> int:
    """Number of leading lines that are breadcrumbs, chrome or noise."""
    n = 0
    while n < len(lines):
        line, folded = lines[n], fold(lines[n])
        if not (
            is_junk(line)
            or is_breadcrumb(line, folded, cues)
            or matches_cue(folded, _words(line), cues, "head")
        ):
            break
        n += 1
    return n


def split_boilerplate(text: str, cues: Cues) -> tuple[list[str], list[str]]:
    """Split the non-empty lines of `text` into (kept, removed)."""
    lines = [line for line in text.split("\n") if line.strip()]
    head = head_chrome(lines, cues)
    tail = max(tail_chrome(lines, cues), head)
    removed = lines[:head] + lines[tail:]
    kept: list[str] = []
    for line in lines[head:tail]:
        if is_junk(line) or matches_cue(fold(line), _words(line), cues, "any"):
            removed.append(line)
        else:
            kept.append(line)
    return kept, removed


def looks_like_title(line: str, rest: list[str]) -> bool:
    """A short first line without sentence-final punctuation, followed by real paragraphs."""
    words = _words(line)
    digits = sum(ch.isdigit() for ch in line)
    return (
        2 <= words <= TITLE_MAX_WORDS
        and not line.rstrip().endswith(SENTENCE_END)
        and digits < len(line) / 3
        and any(_words(r) >= 10 for r in rest[:5])
    )


def rebuild(text: str, kept: list[str]) -> str:
    """The original text with only the kept lines, blank-line structure preserved."""
    keep = set(kept)
    out = [line for line in text.split("\n") if not line.strip() or line in keep]
    return tidy_lines("\n".join(out))


@stage(
    "clean",
    requires=["text"],
    assigns=["text", "removed", "title"],
    help="remove boilerplate lines (cue lexicons, position, shape) and find a plain-text title",
)
def make_clean(settings: Settings):
    cues = load_cues()

    def clean(doc: Document) -> Document:
        kept, removed = split_boilerplate(doc.text, cues)
        if kept and doc.title and fold(kept[0]) == fold(doc.title):
            kept = kept[1:]
        elif kept and doc.title is None and looks_like_title(kept[0], kept[1:]):
            doc.title, kept = kept[0], kept[1:]
        doc.removed = removed
        doc.text = rebuild(doc.text, kept)
        if not doc.text:
            doc.rejected = "empty after cleaning"
        return doc

    return clean
