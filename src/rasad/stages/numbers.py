"""Numbers: digits in any script or number words, what they count, whether approximate."""

from __future__ import annotations

import math
import re
from functools import cache

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.lang import numbers as N
from rasad.model import Document, NumberMention
from rasad.pipeline import stage
from rasad.text.normalize import fold_same_length

# Number words that are usually something else when they stand alone ("نه" = no, "یک" = a).
AMBIGUOUS_WORDS = {"یک", "one", "واحد", "نه", "ده", "سی", "صد"}
_WORD = re.compile(r"[\w\u200c]+(?:[.,،٬٫]\d+)*", re.UNICODE)
# Inside a word: a digit run, or letters; where a word glues them ("و24", "11عاما", "850m",
# "الإقليمي27") the number is read on its own. Latin letters before digits stay one word
# ("G20", "F16"): those are names, not counts.
_PIECE = re.compile(r"\d+(?:[.,،٬٫]\d+)*|[^\W\d]+", re.UNICODE)
_LATIN_NAME = re.compile(r"^[A-Za-z]+\d")
# Letters glued after an English figure that multiply it ("$850m", "30bn").
GLUED_MULTIPLIERS = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand"}
_DIGITS = re.compile(r"^\d{1,3}(?:[,،٬]\d{3})+(?:[.٫]\d+)?$|^\d+(?:[.٫]\d+)?$")


@cache
def tables() -> tuple[dict[str, int], dict[str, int], list[list[str]]]:
    units = {fold_same_length(k): v for k, v in N.UNITS.items()}
    mult = {fold_same_length(k): v for k, v in N.MULTIPLIERS.items()}
    approx = [fold_same_length(a).split() for a in N.APPROXIMATE]
    return units, mult, approx


def digit_value(word: str) -> float | None:
    """The value of a numeral written in digits ("2,500", "3.5"), folded to ASCII."""
    if not _DIGITS.match(word):
        return None
    cleaned = re.sub(r"[,،٬]", "", word).replace("٫", ".")
    value = float(cleaned)
    return int(value) if value.is_integer() else value


def read_number(words: list[str], i: int) -> tuple[float, int] | None:
    """A number starting at word i: (value, words used). "دو هزار و پانصد" → (2500, 4)."""
    units, mult, _ = tables()
    total, current, j, seen = 0.0, 0.0, i, False
    while j < len(words):
        w = words[j]
        stripped = w[1:] if w.startswith("و") and len(w) > 1 and w[1:] in units else w
        value = digit_value(w) if not seen or current == 0 else None
        if value is not None and not seen:
            current, seen = value, True
        elif stripped in units:
            current = (
                current * 100
                if units[stripped] == 100 and 0 < current < 10
                else current + units[stripped]
            )
            seen = True
        elif w in mult and seen:
            total += max(current, 1) * mult[w]
            current = 0
        elif (
            w == "و"
            and seen
            and j + 1 < len(words)
            and (words[j + 1] in units or digit_value(words[j + 1]))
        ):
            pass
        else:
            break
        j += 1
    if not seen:
        return None
    value = total + current
    return (int(value) if float(value).is_integer() else value), j - i


def find_numbers(
    text: str, lang: str, date_spans: list[tuple[int, int]] = ()
) -> list[NumberMention]:
    """Counts and amounts in `text` (years and dates excluded)."""
    folded = fold_same_length(text)
    spans = word_spans(folded)
    words = [folded[s:e].lower() for s, e in spans]
    words = [
        GLUED_MULTIPLIERS.get(w, w) if k and spans[k - 1][1] == spans[k][0] else w
        for k, w in enumerate(words)
    ]
    _, _, approx = tables()
    out: list[NumberMention] = []
    i = 0
    while i < len(words):
        found = read_number(words, i)
        if found is None or (
            found[1] == 1 and not digit_value(words[i]) and words[i] in AMBIGUOUS_WORDS
        ):
            i += 1
            continue
        value, used = found
        if not math.isfinite(value):  # "1" and 400 zeros: no real amount, and JSON has no inf
            i += used
            continue
        start, end = spans[i][0], spans[i + used - 1][1]
        if is_year(words, i, used, value) or any(s < end and start < e for s, e in date_spans):
            i += used
            continue
        approximate = any(words[max(i - len(a), 0) : i] == a for a in approx)
        out.append(
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "value": value,
                "counts": counted(text, spans, words, i + used),
                "approximate": approximate,
            }
        )
        i += used
    return out


def word_spans(folded: str) -> list[tuple[int, int]]:
    """Word spans, a word that glues digits to letters cut into its pieces."""
    out = []
    for m in _WORD.finditer(folded):
        word = m.group()
        if word.isdigit() or not any(c.isdigit() for c in word) or _LATIN_NAME.match(word):
            out.append((m.start(), m.end()))
            continue
        out.extend((m.start() + p.start(), m.start() + p.end()) for p in _PIECE.finditer(word))
    return out


def is_year(words: list[str], i: int, used: int, value: float) -> bool:
    """A four-digit number after a year word, or in a plausible year range alone."""
    if used != 1 or not float(value).is_integer() or len(words[i]) != 4:
        return False
    plausible = 1900 <= value <= 2100 or 1300 <= value <= 1500
    return plausible and (i > 0 and words[i - 1] in N.YEAR_BEFORE or value >= 1900)


def counted(text: str, spans: list[tuple[int, int]], words: list[str], j: int) -> str | None:
    """The noun a number counts: the next word that is not a connector or classifier."""
    while j < len(words) and words[j] in N.SKIP:
        j += 1
    if j >= len(words) or digit_value(words[j]) is not None:
        return None
    s, e = spans[j]
    return text[s:e]


@stage(
    "numbers",
    requires=["text", "lang", "dates"],
    assigns=["numbers"],
    help="numbers in any digit script or in words, with what they count",
    languages=ANALYSED_LANGUAGES,
)
def make_numbers(settings: Settings):
    tables()

    def numbers(doc: Document) -> Document:
        date_spans = [(d["start"], d["end"]) for d in doc.dates]
        doc.numbers = find_numbers(doc.text, doc.lang, date_spans)
        return doc

    return numbers
