"""Numbers: digits in any script or number words, what they count, whether approximate."""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache
from typing import Any

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.lang import months as M
from rasad.lang import numbers as N
from rasad.lang import ordinals as O
from rasad.lang.clitics import CLITIC_OR_ARTICLE, CLITICS, DEFINITE_PREFIXES
from rasad.model import Document, NumberMention
from rasad.pipeline import stage
from rasad.text.normalize import fold_same_length

# Number words that are usually something else when they stand alone ("نه" = no, "یک" = a).
AMBIGUOUS_WORDS = {"یک", "one", "واحد", "نه", "ده", "سی", "صد", "احد", "احدی", "اثنا", "اثنی"}
# Arabic marks (shadda, tanween) are part of a word: «ألّبسته» is one word, not «أل» + «بسته» (6).
_MARKS = "\u064b-\u065f\u0670"
_MARK = re.compile(f"[{_MARKS}]")
_WORD = re.compile(rf"[\w\u200c{_MARKS}]+(?:[.,،٬٫]\d+)*", re.UNICODE)
# Inside a word: a digit run, or letters; where a word glues them ("و24", "11عاما", "850m",
# "الإقليمي27") the number is read on its own. Latin letters before digits stay one word
# ("G20", "F16"): those are names, not counts.
_PIECE = re.compile(rf"\d+(?:[.,،٬٫]\d+)*|(?:[^\W\d]|[{_MARKS}])+", re.UNICODE)
_LATIN_NAME = re.compile(r"^[A-Za-z]+\d")
# Letters glued after an English figure that multiply it ("$850m", "30bn").
GLUED_MULTIPLIERS = {"m": "million", "mn": "million", "bn": "billion", "k": "thousand"}
# "9,5 مليار": a comma before one or two digits is a decimal comma (a thousands group has three)
_DECIMAL_COMMA = re.compile(r"^\d+[,،]\d{1,2}$")
_DIGITS = re.compile(
    rf"^\d{{1,3}}(?:[,،٬]\d{{3}})+(?:[.٫]\d+)?$|^\d+(?:[.٫]\d+)?$|{_DECIMAL_COMMA.pattern}"
)


@cache
def tables() -> tuple[dict[str, int], dict[str, int], list[list[str]]]:
    units = {fold_same_length(k): v for k, v in N.UNITS.items()}
    mult = {fold_same_length(k): v for k, v in N.MULTIPLIERS.items()}
    approx = [fold_same_length(a).split() for a in N.APPROXIMATE]
    return units, mult, approx


@cache
def single_scales() -> frozenset[str]:
    """Scale words that are a number alone ("مليون ريال"), unlike vague plurals (آلاف)."""
    return frozenset(fold_same_length(w) for w in N.SINGLE_SCALES)


def digit_value(word: str) -> float | None:
    """The value of a numeral written in digits ("2,500", "3.5"), folded to ASCII."""
    if not _DIGITS.match(word):
        return None
    if _DECIMAL_COMMA.match(word):
        word = re.sub(r"[,،]", ".", word)
    cleaned = re.sub(r"[,،٬]", "", word).replace("٫", ".")
    value = float(cleaned)
    return int(value) if value.is_integer() else value


# the clitics and the article a number word may carry at a number's start (not «كال», «ولل»)
NUMBER_PREFIXES = CLITICS + tuple(p for p in DEFINITE_PREFIXES if p not in ("كال", "ولل"))
PREFIX_LETTERS = frozenset(p[:1] for p in (*NUMBER_PREFIXES, "و") if p)


def number_word(word: str, units: dict[str, int], first: bool) -> str:
    """A number word under its clitics: "وعشرين" inside a number, and at its start also
    "بثلاثة", "الأربعة", "للثلاثة"."""
    if word in units or word[:1] not in PREFIX_LETTERS:  # most words: no prefix begins them
        return word
    for prefix in NUMBER_PREFIXES if first else ("و",):
        if word.startswith(prefix) and word[len(prefix) :] in units:
            return word[len(prefix) :]
    return word


def read_number(words: list[str], i: int) -> tuple[float, int] | None:
    """A number starting at word i: (value, words used). "دو هزار و پانصد" → (2500, 4)."""
    units, mult, _ = tables()
    total, current, j, seen = 0.0, 0.0, i, False
    in_digits = digit_value(words[i]) is not None  # "(18) ثماني عشرة": the words repeat it
    while j < len(words):
        w = words[j]
        stripped = number_word(w, units, first=j == i)
        value = digit_value(w) if not seen or current == 0 else None
        # "مليون و250 ألفاً": a figure after a scale word adds to the number only when "و"
        # joins it; "$27.5bn (£14.5bn)" is one amount and its conversion, not their sum
        joined = w.startswith("و") or (j > i and words[j - 1] == "و")
        after_scale = seen and current == 0 and total > 0 and joined
        if after_scale and value is None and w.startswith("و"):
            value = digit_value(w[1:])
        if value is not None and (not seen or after_scale):
            current, seen = value, True
        elif stripped in units and not in_digits and adds_to(current, units[stripped], joined):
            current = (
                current * 100
                if units[stripped] == 100 and 0 < current < 10
                else current + units[stripped]
            )
            seen = True
        elif w in mult and (seen or w in single_scales()):
            total += max(current, 1) * mult[w]
            current, seen = 0, True
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
    if j > i + 1 and words[j - 1] == "و":  # "بين 19 و28": the "و" starts the next number
        j -= 1
    value = total + current
    return (int(value) if float(value).is_integer() else value), j - i


def adds_to(current: float, unit: int, joined: bool) -> bool:
    """Whether a number word continues the number read so far: the first word, a word joined
    by "و" (ثلاثة وعشرون), a teen (أربعة عشر), a hundred (ثلاث مائة), a unit after a ten
    ("twenty five"). "الأربعة عشر ثماني دول" is fourteen, then eight."""
    if current == 0 or joined:
        return True
    if current < 10:
        return unit in (10, 100)
    if current % 100 == 0:  # "one hundred twenty"
        return unit < 100
    return current % 10 == 0 and current < 100 and unit < 10


def find_numbers(
    text: str, lang: str, date_spans: list[tuple[int, int]] = ()
) -> list[NumberMention]:
    """Counts and amounts in `text` (years and dates excluded)."""
    folded = fold_same_length(text)
    spans = word_spans(folded)
    words = [_MARK.sub("", folded[s:e]).lower() for s, e in spans]
    words = [
        GLUED_MULTIPLIERS.get(w, w) if k and spans[k - 1][1] == spans[k][0] else w
        for k, w in enumerate(words)
    ]
    _, _, approx = tables()
    out: list[NumberMention] = []
    i = 0
    while i < len(words):
        # "79 سنتا": a noun after a figure is what it counts, not a dual
        if lang == "ar" and is_dual(words[i]) and not (i and digit_value(words[i - 1])):
            s, e = spans[i]
            if not any(a < e and s < b for a, b in date_spans):
                out.append(dual_mention(text, s, e, words, i))
            i += 1
            continue
        found = read_number(words, i)
        if found is None or (
            found[1] == 1
            and not digit_value(words[i])
            and number_word(words[i], tables()[0], True) in AMBIGUOUS_WORDS
        ):
            i += 1
            continue
        value, used = found
        if not math.isfinite(value):  # "1" and 400 zeros: no real amount, and JSON has no inf
            i += used
            continue
        clitic = len(words[i]) - len(number_word(words[i], tables()[0], True))
        definite = clitic >= 2 and words[i][clitic - 2 : clitic] in {"ال", "لل"}
        # a preposition or conjunction stays outside the span, the article inside:
        # "ب|ثلاثة عشر", "و|الخمسة", "ل|لثلاثة"
        start = spans[i][0] + (
            clitic - 2 + (words[i][clitic - 2 : clitic] == "لل") if definite else clitic
        )
        end = spans[i + used - 1][1]
        fraction = lang == "ar" and read_fraction(words, spans, folded, i, used)
        if fraction:  # "1 / 2 حبة": half a piece
            value, used = fraction
            end = spans[i + used - 1][1]
        elif (
            is_year(
                words,
                i,
                used,
                value,
                approx if lang == "ar" else [],
                gap_after=folded[end : spans[i + 1][0]] if i + 1 < len(spans) else "",
            )
            or any(s < end and start < e for s, e in date_spans)
            or (i + used < len(words) and words[i + used] in not_counts())
            or is_phone(words, i, used)
            or (lang == "ar" and not_a_count(words, spans, folded, i, used))
        ):
            i += used  # a date, a year, a score, an id or a list mark, not a count
            continue
        approximate = any(words[max(i - len(a), 0) : i] == a for a in approx)
        mention: NumberMention = {
            "start": start,
            "end": end,
            "text": text[start:end],
            "value": value,
            "counts": None,
            "approximate": approximate,
        }
        between = i > 0 and words[i - 1] in between_words()
        high = range_end(words, i + used, folded, spans, start, between)
        if high is None:
            pair = neighbour_range(words, spans, folded, i + used, value)
            if pair:  # "دو سه سال", "two-three years", "هفت هشت هزار": a rough range
                value = mention["value"] = pair[0]
                high = (pair[1], pair[2])
                mention["approximate"] = True
        if high is not None:
            mention["high"], used = high[0], used + high[1]
            mention["end"] = end = spans[i + used - 1][1]
            mention["text"] = text[start:end]
            if i + used < len(words) and words[i + used] in not_counts():
                i += used  # "من 16 إلى 30 شوال": a range of days
                continue
        phrase = percent_words(words, i + used)
        if phrase:  # "13 فى المائة": the phrase is part of the percentage
            used += phrase
            mention["end"] = end = spans[i + used - 1][1]
            mention["text"] = text[start:end]
        if phrase or is_percent(folded, end) or folded[max(0, start - 1) : start] in {"%", "٪"}:
            mention["unit"] = "%"
        elif definite and i > 0:
            # "الركاب الأربعة": a definite numeral follows the noun it counts
            mention["counts"] = counted(text, spans, words, i - 1, look_ahead=False)
        else:
            mention["counts"] = counted(text, spans, words, i + used)
        casualty = casualty_kind(words, i, i + used)
        if not casualty and lang == "ar":
            casualty = casualty_verb_later(text, spans, words, i + used)
        if casualty:
            mention["casualty"] = casualty
        out.append(mention)
        i += used
    return out


@cache
def range_words() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in N.RANGE_WORDS)


@cache
def dual_forms() -> frozenset[str]:
    """Dual forms of the nouns in `DUAL_SINGULARS`, nominative, oblique and construct."""
    forms = set()
    for noun in N.DUAL_SINGULARS:
        w = fold_same_length(noun)
        stem = w[:-1] + "ت" if w.endswith("ه") else w.rstrip("ی") + ("ی" if w.endswith("ی") else "")
        if w.endswith("ی") and len(w) > 3:  # جندی → جندیان / جندیین
            stem = w
        forms |= {stem + "ان", stem + "ین"}
        if w.endswith("ه"):
            forms |= {stem + "ی", stem + "ا"}  # "حالتي وفاة": a construct dual
    forms |= {fold_same_length(noun) + "ی" for noun in N.CONSTRUCT_DUALS}
    return frozenset(forms)


def is_dual(word: str) -> bool:
    """Whether a word is a dual of a listed noun, a clitic or article allowed before it."""
    forms = dual_forms()
    for prefix in CLITIC_OR_ARTICLE:
        if word.startswith(prefix) and word[len(prefix) :] in forms:
            return True
    return False


def dual_mention(text: str, s: int, e: int, words: list[str], i: int) -> NumberMention:
    """A dual noun as the number two counting itself ("شخصان" → 2 persons)."""
    mention: NumberMention = {
        "start": s,
        "end": e,
        "text": text[s:e],
        "value": 2,
        "counts": text[s:e],
        "approximate": False,
    }
    # "جثماني الشهيدين", "قتيلين": the dual itself may say what it counts
    casualty = casualty_word(words[i], clitics=False) or casualty_kind(words, i, i + 1)
    if casualty:
        mention["casualty"] = casualty
    return mention


def neighbour_range(
    words: list[str], spans: list[tuple[int, int]], folded: str, j: int, low: float
) -> tuple[float, float, int] | None:
    """(low, high, words used) when word j is the next unit after a unit `low` ("دو سه",
    "three, four"), a scale word after both applying to each ("هفت هشت هزار")."""
    units, mult, _ = tables()
    if j >= len(words) or not (isinstance(low, int) and 0 < low < 10):
        return None
    if units.get(words[j]) != low + 1 or folded[spans[j - 1][1] : spans[j][0]].strip() not in {
        "",
        "-",
        ",",
        "،",
    }:
        return None
    scale = mult.get(words[j + 1], 1) if j + 1 < len(words) else 1
    return low * scale, (low + 1) * scale, 1 + (scale != 1)


def range_end(
    words: list[str],
    j: int,
    folded: str,
    spans: list[tuple[int, int]],
    lower_start: int,
    between: bool = False,
) -> tuple[float, int] | None:
    """(upper end, words used) of a range whose lower end (from `lower_start`) ends before
    word j ("إلى 29", after "بين" also "و28"), the two ends marked alike: "rose 76% to $1.13bn"
    is a rise and an amount, not a range; "$5 to $10" and "23% إلى 29%" are ranges."""
    if j + 1 >= len(words) or not (words[j] in range_words() or (between and words[j] == "و")):
        return None
    found = read_number(words, j + 1)
    if not found:
        return None
    lower_end, upper = spans[j - 1][1], (spans[j + 1][0], spans[j + found[1]][1])
    if is_percent(folded, lower_end) and not is_percent(folded, upper[1]):
        return None
    sign = folded[upper[0] - 1 : upper[0]]
    if sign in CURRENCY_SIGNS and folded[lower_start - 1 : lower_start] != sign:
        return None
    return found[0], found[1] + 1


CURRENCY_SIGNS = {"$", "£", "€"}


@cache
def between_words() -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in N.BETWEEN)


@cache
def not_count_after() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in N.NOT_COUNT_AFTER)


def not_a_count(
    words: list[str], spans: list[tuple[int, int]], folded: str, i: int, used: int
) -> bool:
    """An Arabic figure that is no count: an id or match minute («رقم 2», «الدقيقة 24»), a
    list mark at a line's start («1- تم»), a score («3 / 0»), a day range before a month or
    era mark («(5-6) أغسطس», «(1436 – 1437)هـ»), a model («إيه320»), an ordinal's tens
    («التاسعة والعشرين»)."""
    start, end = spans[i][0], spans[i + used - 1][1]
    # a slash beside the figure, spaced only between two figures ("3 / 0", "1436 / 1437")
    before = folded[max(0, start - 1) : start]
    after = folded[end : end + 1]
    if (
        i > 0
        and digit_value(words[i - 1]) is not None
        and folded[spans[i - 1][1] : start].strip() == "/"
    ):
        before = "/"
    if i + used < len(words) and digit_value(words[i + used]) is not None:
        after = after if folded[end : spans[i + used][0]].strip() != "/" else "/"
    line_start = not folded[folded.rfind("\n", 0, start) + 1 : start].strip()
    nxt = i + used
    if i > 0 and words[i - 1] in not_count_after():
        return True
    if "/" in (before, after) or (line_start and folded[end : end + 1] in {"-", ")", "."}):
        return True
    if nxt + 1 < len(words) and digit_value(words[nxt]) is not None:
        dash = folded[end : spans[nxt][0]].strip(" ()")
        if dash in {"-", "–", "—"} and words[nxt + 1] in not_counts():
            return True
    if i > 0 and words[i - 1] in model_letters():
        gap = folded[spans[i - 1][1] : start]
        if gap in {"", "-"}:
            return True
    return i > 0 and words[i].startswith("وال") and words[i - 1] in ordinal_words()


def is_phone(words: list[str], i: int, used: int) -> bool:
    """A phone number or an id: digits with a leading zero («0555123456»), or nine digits or
    more after a phone word («الهاتف 920000000»)."""
    w = words[i]
    if used != 1 or not w.isdigit():
        return False
    if w.startswith("0") and len(w) >= 4:
        return True
    return len(w) >= 9 and i > 0 and words[i - 1] in phone_words()


@cache
def phone_words() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in N.PHONE_WORDS)


def read_fraction(
    words: list[str], spans: list[tuple[int, int]], folded: str, i: int, used: int
) -> tuple[float, int] | None:
    """(value, words used) of a half, third or quarter before a noun, «1 / 2 حبة» → 0.5;
    «3 / 0», «2 / 4 أمام» and «( 4/6 - 3/6)» are scores."""
    j = i + used
    if used != 1 or j + 1 >= len(words) or folded[spans[i][1] : spans[j][0]].strip() != "/":
        return None
    if words[i] != "1" or words[j] not in {"2", "3", "4"}:
        return None
    nxt = words[j + 1]
    if digit_value(nxt) is not None or nxt in not_counts() or nxt in not_nouns():
        return None
    if folded[spans[j][1] : spans[j + 1][0]].strip():  # "1/2)", "1/2 -": a score or a list
        return None
    return 1 / int(words[j]), used + 1


@cache
def model_letters() -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in N.MODEL_LETTERS)


@cache
def ordinal_words() -> frozenset[str]:
    # before "و" + a definite ten («التاسعة والعشرين»: twenty-ninth, not twenty)
    ordinals = [*O.ARABIC_ORDINAL_UNITS, *O.ARABIC_ORDINAL_UNITS_FEMININE]
    return frozenset(fold_same_length(w) for w in ordinals)


def is_percent(folded: str, end: int) -> bool:
    """A "%" right after the number."""
    return folded[end : end + 2].strip()[:1] in {"%", "٪"}


def percent_words(words: list[str], j: int) -> int:
    """How many words from j are a percent phrase ("في المائة", "درصد"), or 0."""
    for phrase in N.PERCENT_AFTER:
        parts = fold_same_length(phrase).lower().split()
        if words[j : j + len(parts)] == parts:
            return len(parts)
    return 0


@cache
def not_counts() -> frozenset[str]:
    """Words after which a number is a date or a year, not a count: month names, the Hijri
    and Gregorian era marks ("16 شوال", "1436 هـ")."""
    names = [*M.GREGORIAN_AR, *M.LEVANTINE_AR, *M.GREGORIAN_FA, *M.JALALI, *M.HIJRI]
    return frozenset(fold_same_length(n).split()[0].lower() for n in names) | {"ه", "هـ", "م"}


@cache
def casualty_stems() -> list[tuple[str, str]]:
    return [(fold_same_length(w), kind) for kind, ws in N.CASUALTY_STEMS.items() for w in ws]


@cache
def casualty_words() -> dict[str, str]:
    return {fold_same_length(w): kind for kind, ws in N.CASUALTY_WORDS.items() for w in ws}


@lru_cache(maxsize=65_536)  # every word near every number, and of every statement
def casualty_word(word: str, clitics: bool = True) -> str | None:
    """Killed or injured for a casualty word (its stem: "قتلت", "قتيلا", "والمصابين"); with
    `clitics` False only as written or after the article ("وفاة", not "و|قتلت")."""
    prefixes = CLITIC_OR_ARTICLE if clitics else ("", "ال")
    for prefix in prefixes:
        if word.startswith(prefix):
            rest = word[len(prefix) :]
            kind = casualty_words().get(rest)
            if kind:
                return kind
            kind = next((k for stem, k in casualty_stems() if rest.startswith(stem)), None)
            if kind:
                return kind
    return None


def casualty_kind(words: list[str], i: int, j: int) -> str | None:
    """Killed or injured: the nearest casualty word before the count, else after it (the
    counted noun included: "154 قتيلا", "4 أشخاص مصرعهم"); never past another number or a
    new clause ("لقي شخص مصرعه وأصيب 4": the 4 are injured)."""
    before = nearest_casualty(words, i - 1, -1)
    if before is not None:
        return casualty_word(words[before])
    if phrase_before(words, i, N.KILLED_BEFORE):  # "أودت بحياة 80 شخصاً"
        return "killed"
    after = nearest_casualty(words, j, 1)
    if after is not None:
        return casualty_word(words[after])
    if phrase_before(words, i, N.TAKEN_TO_HOSPITAL) and any(
        w.startswith(h) for w in words[j : j + 6] for h in hospital_words()
    ):
        return "injured"  # "ونقل شخصين منهما إلى المستشفى"
    return None


def phrase_before(words: list[str], i: int, phrases: list[str]) -> bool:
    """Whether one of `phrases` (folded on use) ends right before word i."""
    for phrase in phrases:
        parts = fold_same_length(phrase).split()
        if words[max(i - len(parts), 0) : i] == parts:
            return True
    return False


@cache
def hospital_words() -> tuple[str, ...]:
    return tuple(fold_same_length(w) for w in N.HOSPITAL_WORDS)


@cache
def casualty_verbs_after() -> dict[str, str]:
    return {fold_same_length(w): k for k, ws in N.CASUALTY_VERBS_AFTER.items() for w in ws}


def casualty_verb_later(
    text: str, spans: list[tuple[int, int]], words: list[str], j: int
) -> str | None:
    """Killed or injured from a plural verb later in the count's own clause («260 مقاتلا
    كرديا من حزب العمال الكردستاني قتلوا»): no punctuation, number or "و" before it."""
    for k in range(j, min(j + N.CASUALTY_VERB_WINDOW, len(words))):
        if k > j and any(c in ".,،;؛:!?؟" for c in text[spans[k - 1][1] : spans[k][0]]):
            return None
        w = words[k]
        if digit_value(w) is not None or (
            w.startswith("و") and w[1:] not in casualty_verbs_after()
        ):
            return None
        kind = casualty_verbs_after().get(w) or casualty_verbs_after().get(w.removeprefix("و"))
        if kind:
            return kind
    return None


def nearest_casualty(words: list[str], edge: int, step: int) -> int | None:
    """The position of the nearest casualty word from `edge` in one direction, if any."""
    units, mult, _ = tables()
    k = edge
    while 0 <= k < len(words) and abs(k - edge) < N.CASUALTY_WINDOW:
        w = words[k]
        if digit_value(w) is not None or w in units or w in mult or w == "و":
            return None  # "(9) حالات وفاة و(39) حالة": that word counts the other number
        if casualty_word(w):
            if step > 0 and w.startswith("و") and not casualty_word(w, clitics=False):
                return None  # "أسرت 70 متمردا وقتلت 10": a new clause after the count
            if k + 1 < len(words) and k + 1 != edge + 1 and words[k + 1].startswith("بال"):
                return None  # "والإصابة بالسكري بين 2027 شخصا": an illness, no injury
            return k
        if step > 0 and w.startswith("و"):
            return None
        k += step
    return None


def word_spans(folded: str) -> list[tuple[int, int]]:
    """Word spans, a word that glues digits to letters cut into its pieces; marks at a word's
    end (tanween: «يوماً») stay outside, as the word is written without them."""
    out = []
    for m in _WORD.finditer(folded):
        word = m.group().rstrip(_MARK_CHARS)
        if not word:
            continue
        if (
            word.isdigit()
            or word.isalpha()  # letters only: no digit (the usual word, tested at once)
            or not any(c.isdigit() for c in word)
            or _LATIN_NAME.match(word)
        ):
            out.append((m.start(), m.start() + len(word)))
            continue
        out.extend((m.start() + p.start(), m.start() + p.end()) for p in _PIECE.finditer(word))
    return out


_MARK_CHARS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"


def is_year(
    words: list[str],
    i: int,
    used: int,
    value: float,
    approx: list[list[str]] = (),
    gap_after: str = "",
) -> bool:
    """A four-digit number after a year word, or in a plausible year range alone unless the
    words around it count («بلغ 2080», «أكثر من 2080 شخصا»)."""
    if used != 1 or not float(value).is_integer() or not re.fullmatch(r"\d{4}", words[i]):
        return False
    plausible = 1900 <= value <= 2100 or 1300 <= value <= 1500
    if not plausible:
        return False
    if i > 0 and words[i - 1] in N.YEAR_BEFORE:
        return True
    return value >= 1900 and not (approx and counts_around(words, i, approx, gap_after))


def counts_around(words: list[str], i: int, approx: list[list[str]], gap_after: str) -> bool:
    """A verb of amounting or an approximator before, or an accusative noun right after
    (tamyiz: «2080 شخصا»): the four digits are a count, not a year."""
    if i > 0 and words[i - 1] in amount_verbs():
        return True
    if any(a and words[max(i - len(a), 0) : i] == a for a in approx):
        return True
    if i + 1 >= len(words) or gap_after.strip():
        return False
    nxt = words[i + 1]
    return (
        len(nxt) > 3
        and nxt.endswith("ا")
        and not nxt.endswith("ما")  # عندما, بينما, كما: not a noun
        and nxt not in not_nouns()
        and nxt not in not_counts()
        and nxt not in adverbs()
        and not nxt.startswith("و")
    )


@cache
def adverbs() -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in N.ACCUSATIVE_ADVERBS)


@cache
def amount_verbs() -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in N.AMOUNT_VERBS)


def counted(
    text: str, spans: list[tuple[int, int]], words: list[str], j: int, look_ahead: bool = True
) -> str | None:
    """The noun a number counts: the next word that is not a connector or classifier (or,
    with `look_ahead` False, word j itself), in the same clause ("وإصابة 23. كما": none)."""
    edge = j
    while look_ahead and j < len(words) and words[j] in N.SKIP:
        j += 1
    if j >= len(words) or digit_value(words[j]) is not None or words[j] in not_nouns():
        return None  # "وأصيب 24 في", "4 آخرون": no noun named, never the preposition
    if words[j].startswith("و") and casualty_word(words[j][1:], clitics=False):
        return None  # "قتل 5 وأصيب 3": the next clause, not what the 5 count
    if look_ahead:  # between the number and the word after it
        gap = text[spans[edge - 1][1] : spans[edge][0]] if 0 < edge < len(spans) else ""
    else:  # between the noun before and the number
        gap = text[spans[j][1] : spans[j + 1][0]] if j + 1 < len(spans) else ""
    if any(c in CLAUSE_ENDS for c in gap):
        return None
    s, e = spans[j]
    return text[s:e]


CLAUSE_ENDS = set(".,،;؛:!?؟")


@cache
def not_nouns() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in N.NOT_A_NOUN)


def date_spans(dates: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """The spans of the dates the numbers stage leaves out: a duration counts units («لمدة 15
    يوماً», an age «(24 عاما)»), so it stays a number; a date does not."""
    return [(d["start"], d["end"]) for d in dates if d.get("type") != "duration"]


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
        doc.numbers = find_numbers(doc.text, doc.lang, date_spans(doc.dates))
        return doc

    return numbers
