"""Sentences: where they start and end, as offsets into the original text.

One notion of a boundary serves every stage and view: a sentence ends at one of `END_MARKS`
(". ! ? ؟") or at a line break, a point between two digits ("2.4 million") being no mark. The callers ask different questions of it:

- `sentence_spans`: the sentences of a text, each a run of characters up to and including the
  mark that ends it (story statements, promises);
- `sentence_at`: the sentence holding a span (timeline entries, contradictions);
- `sentence_start` / `sentence_end` / `sentence_around`: the nearest boundary before and after
  a position, without the mark (quotes; dates with `CLAUSE_MARKS`, which also stop at the Arabic
  semicolon "؛" so a time of day takes the date of its own clause);
- `tagging_sentences`: the variant the entity tagger reads, where a mark ends a sentence only
  before white space, so "3.5" or "U.S." stay whole, as in the NER training corpora.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

END_MARKS = ".!?؟"
LINE_BREAK = "\n"
ARABIC_SEMICOLON = "؛"
CLAUSE_MARKS = END_MARKS + ARABIC_SEMICOLON

_TAGGING_BOUNDARY = re.compile(rf"(?<=[{re.escape(END_MARKS)}])\s+|\n+")


@cache
def _run(marks: str) -> re.Pattern[str]:
    """A sentence: characters up to a mark or line break, then at most one mark; a point
    between two digits is a decimal point ("2.4 million", "$17.8bn"), no mark."""
    m = re.escape(marks)
    return re.compile(rf"(?:[^{m}\n]|(?<=\d)\.(?=\d))+[{m}]?")


def _decimal_point(text: str, i: int) -> bool:
    """Whether the character at `i` is a point between two digits."""
    return (
        text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
    )


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the white space at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def iter_sentences(text: str, marks: str = END_MARKS) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence with its closing mark, white space at its edges included;
    a run of marks ("...", "?!") keeps only its first."""
    for m in _run(marks).finditer(text):
        yield m.span()


def sentence_spans(text: str, min_chars: int = 0) -> Iterator[tuple[int, int]]:
    """The sentences of `text` without surrounding white space, those longer than `min_chars`
    (white-space-only runs between marks are never sentences)."""
    for s, e in iter_sentences(text):
        s, e = strip_span(text, s, e)
        if e - s > min_chars:
            yield s, e


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end), without its surrounding white space; the span itself
    when it crosses a boundary."""
    for s, e in iter_sentences(text):
        if s <= start and end <= e:
            return strip_span(text, s, e)
    return start, end


def sentence_start(text: str, at: int, marks: str = END_MARKS, reach: int | None = None) -> int:
    """Just after the last boundary before `at`, looking back at most `reach` characters (the
    start of the text, or `at - reach`, when none is found)."""
    low = 0 if reach is None else max(0, at - reach)
    found = max(text.rfind(c, low, at) for c in marks + LINE_BREAK)
    while found >= 0 and _decimal_point(text, found):  # "2.4": look further back
        found = max(text.rfind(c, low, found) for c in marks + LINE_BREAK)
    return found + 1 if found >= 0 else low


def sentence_end(text: str, at: int, marks: str = END_MARKS) -> int:
    """The position of the first boundary at or after `at` (the end of the text when none)."""
    while True:
        found = [i for i in (text.find(c, at) for c in marks + LINE_BREAK) if i >= 0]
        if not found:
            return len(text)
        if not _decimal_point(text, min(found)):
            return min(found)
        at = min(found) + 1  # "2.4": a decimal point, look further on


def sentence_around(text: str, start: int, end: int, marks: str = END_MARKS) -> tuple[int, int]:
    """From the last boundary before `start` to the next one after `end`, marks excluded."""
    return sentence_start(text, start, marks), sentence_end(text, end, marks)


def tagging_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence as the entity tagger cuts them: after a mark followed by
    white space, or at line breaks; the boundary's white space belongs to no sentence."""
    out, pos = [], 0
    for m in _TAGGING_BOUNDARY.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


@cache
def abbreviation_table() -> dict[str, frozenset[str]]:
    """Kind → forms of `data/text/abbreviations.tsv` (titles, months, sentence openers, era
    letters), every language together: the forms never clash across scripts."""
    from rasad.data import read_table  # the data package reads files: load it only when asked

    table: dict[str, set[str]] = {}
    for kind, _lang, form in read_table("text/abbreviations.tsv"):
        table.setdefault(kind, set()).add(form)
    return {kind: frozenset(forms) for kind, forms in table.items()}


_WORD_BEFORE = re.compile(r"[^\s(\"'«“]+$")
_WORD_AFTER = re.compile(r"[ \t]*([^\s]+)")


def abbreviation_stop(text: str, i: int) -> bool:
    """Whether the full stop at `i` ends an abbreviation inside a sentence, not the sentence:
    a stop with a letter or digit right after it ("U.S", «دي.إيه», a web address), a title
    before a word ("Mr. Trump", «د. هشام»), an English month before a number ("Dec. 26"), an
    initialism or a lone capital before a word that opens no sentence ("U.S. President"), a
    lone Arabic or Persian letter that is no era after a number. A line break or the end of
    the text after the stop ends the sentence whatever stands before it."""
    if text[i] != "." or i + 1 >= len(text):
        return False
    before = _WORD_BEFORE.search(text, max(0, i - 40), i)
    after = _WORD_AFTER.match(text, i + 1)
    if before is None or after is None:
        return False
    word, following = before.group(), after.group(1)
    table = abbreviation_table()
    lone = len(word) == 1 and word.isalpha()
    if text[i + 1].isalnum() and not (lone and not word.isascii()):
        return _inside_word(text, i)
    if word in table.get("title", ()):
        return True
    if word in table.get("month", ()):
        return following[0].isdigit()
    if lone and not word.isascii():
        number_before = re.search(r"\d\s*$", text[max(0, i - 12) : i - 1]) is not None
        return not (number_before and word in table.get("era", ()))
    initialism = "." in word and all(part.isalpha() for part in word.split("."))
    if (lone and word.isupper()) or initialism:
        if not word.isascii():
            return True
        return following.strip("\"'“‘(") not in table.get("opener", ())
    return False


_LETTERS_BEFORE = re.compile(r"[^\W\d_]*$")
_LETTERS_AFTER = re.compile(r"[^\W_]*")


def _inside_word(text: str, i: int) -> bool:
    """Whether a stop with a letter or digit right after it is inside an initialism or a web
    address ("U.S", "p.m", "albaha-award.org", «دي.إيه»), not two sentences a missing space
    ran together («لها.بالسياق», "said.The"): short pieces either side in Arabic script, a
    short piece before or a small letter after in Latin script."""
    before = _LETTERS_BEFORE.search(text, max(0, i - 40), i).group()
    after = _LETTERS_AFTER.match(text, i + 1).group()
    if before.isascii() and after.isascii():
        return len(before) <= 3 or after[:1].islower() or after[:1].isdigit()
    return 0 < len(before) <= 3 and len(after) <= 3


def entry_sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding [start, end) as a reader should see it: `sentence_at`'s sentence
    joined with its neighbours on the same line across a full stop that ends an abbreviation
    (`abbreviation_stop`: "… on Dec. 26 triggered a tsunami", «… بحضور د. نجلاء الزامل»)."""
    runs = list(iter_sentences(text))
    first = next((k for k, (s, e) in enumerate(runs) if s <= start < e), None)
    last = next((k for k, (s, e) in enumerate(runs) if s < end <= e), None)
    if first is None or last is None or last < first:
        return start, end
    if any(not _joined(text, runs[k], runs[k + 1]) for k in range(first, last)):
        return start, end  # the span crosses a sentence's end: the span itself
    while first > 0 and _joined(text, runs[first - 1], runs[first]):
        first -= 1
    while last + 1 < len(runs) and _joined(text, runs[last], runs[last + 1]):
        last += 1
    return strip_span(text, runs[first][0], runs[last][1])


def _joined(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether two runs are one sentence: adjacent (no line break between) and split at an
    abbreviation's stop."""
    return left[1] == right[0] and left[1] > 0 and abbreviation_stop(text, left[1] - 1)
