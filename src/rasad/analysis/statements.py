"""Statements and how two of them relate: agree, contradict, update or unrelated.

A statement is one sentence of a document, with the slots the stages already found in it:
its values (numbers with what they count, the unit and whether the figure is a bound), its
dates, the people and places it names, who it is attributed to, and whether it denies or
plans what it says, kept with its span, outlet and publication day. Two statements are
compared slot by slot: values that count the same kind of thing (the same counted noun, or the
same unit), dates of the same happening, the polarity of the same wording. A contradiction is
only said when the two are about the same fact at the same time, from different sources, with
incompatible values; when unsure the verdict is "unrelated" (abstain).

Cue words (denial, negation, plans, revisions, bounds) are `data/claims/cues.tsv`; units and
their conversions `data/claims/units.tsv`.
"""

from __future__ import annotations

import hashlib
import math
import pickle
import re
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any

from rasad.analysis import statement_slots
from rasad.analysis.statement_days import day_across, match_days, scores_of, shown_day
from rasad.analysis.statement_places import two_regions
from rasad.analysis.statement_words import (
    bare,
    casualties,
    casualty_of,
    names_act,
    stems,
    words_of,
)
from rasad.data import read_table, units_table
from rasad.entities.link import IN_DOCUMENT, NOT_GAZETTEER, OWN_SPELLING, VOWELLED
from rasad.lang import date_words as W
from rasad.lang import months as M
from rasad.lang import numbers as NUMBER_WORDS
from rasad.lang import ordinals as O
from rasad.lang import times as T
from rasad.lang.clitics import CLITICS
from rasad.lang.date_words import WEEKDAYS
from rasad.lang.quotes import SPEECH_CUES
from rasad.model import Document
from rasad.text.days import first_day
from rasad.text.digits import to_ascii_digits
from rasad.text.normalize import fold_same_length
from rasad.text.overlap import jaccard
from rasad.text.sentences import strip_span, tagging_sentences
from rasad.text.stem import light_stem
from rasad.text.tokenize import index_terms

VERDICTS = ("contradict", "update", "agree", "unrelated")
SAME_FACT_OVERLAP = 0.2  # share of search keys two sentences need to be one fact (one language)
# Cosine of two sentences' embeddings (each centred on its language's mean) to be one fact, in
# one language and across two: centring leaves cross-language pairs lower.
SAME_FACT_SIMILARITY = {True: 0.75, False: 0.5}
SHARED_NAME_OVERLAP = 0.1  # enough when both name the same place or agent
DENIAL_OVERLAP = 0.05  # a denial and an assertion share less wording than two reports
DENIAL_SHARED = 2
MAX_DAYS_DENIAL = 7  # stems of what is denied the other statement must hold
CLOSE_OVERLAP = 0.45
DATE_OVERLAP = 0.3  # two sentences giving different days must be this alike to contradict
MAX_DATE_WORDS = 40  # ...and short: a long sentence's weekday may belong to another clause
CLOSE_SIMILARITY = {
    True: 0.9,
    False: 0.55,
}  # sentences this alike say the same thing even without a shared figure
APPROXIMATE_SHARE = 0.1  # "about 15" holds anything within 10%
CONVERSION_SHARE = 0.03  # a converted unit is rounded: "85 mph" is "137 km/h"
MIN_STATEMENT_CHARS = 20
CONTEXT_WORDS = 10  # words either side of a figure that say what it counts
MIN_SHARED_CONTEXT = 2  # of those, how many two figures of one fact share ("مقتل", "قصف")
MAX_DAYS_SAME_TIME = 1  # two reports a day apart are the same moment (papers print a day late)


@dataclass
class Value:
    """A number with what it counts: the figure, its counted noun and unit, and its bound."""

    start: int
    end: int
    text: str
    value: float
    noun: str | None  # the counted noun as written ("شخصا", "troops")
    noun_key: str | None  # its stem, for matching ("شخص")
    unit: str | None  # a unit of units.tsv ("km", "usd") when one is named
    dimension: str | None
    bound: str | None  # at_least | at_most | about | None (exact)
    decimals: int  # digits after the decimal mark as written (rounding tolerance)
    scaled: bool  # written with a multiplier word ("21.6 ألف", "$1.3bn"): rounded
    context: set[str] = field(default_factory=set)  # stems of the words around it ("مقتل")
    high: float | None = None  # a range's upper end ("22 إلى 29"): any value within agrees
    casualty: str | None = None  # killed | injured, when the numbers stage read a toll
    besides: bool = False  # counted beside those named: "و11 دولة أخرى", "four others"
    # whose they are, for an Arabic counted noun in construct ("مسلحي الحوثي"): the key of
    # the definite noun after it
    owner: str | None = None
    # a match minute up to HALF_MINUTES told beside the second half: it may count from the
    # half's start («الدقيقة الثانية والأربعين» of «الشوط الثاني» is the 87th), so it reads both ways
    from_half: bool = False
    # a match minute told of a goal: a goal word since the minute before it («بهدف سجله»)
    goal: bool = False
    # the count holds one it names after it («3 مسافرين بمن فيهم قائد الطائرة»): a whole
    including: bool = False
    # one named is added after the count («3 ركاب ... بالإضافة إلى الطيار»): the whole is one more
    plus_one: bool = False
    # a figure of years told as someone's age («(24 عاما)», «يبلغ من العمر 20 عاما», "the
    # 24-year-old"): no later report raises it, and no plan in the sentence makes it one
    age: bool = False
    # the relative an age is told of, named right before it («شقيقه (34 عاما)»)
    age_kin: str | None = None
    # the person an age is told of, named right before it («تشيك (33 عاما)»): the folded last
    # word of the recognised name (`aged_person`)
    age_of: str | None = None

    def base(self) -> float:
        """The value in its dimension's base unit."""
        return self.value * units().get(self.unit or "", ("", 1.0))[1]


@dataclass
class Statement:
    """One sentence of a document, with its slots, span, outlet and publication day."""

    doc: str
    outlet: str | None
    published: str | None  # ISO day
    lang: str
    start: int
    end: int
    text: str
    values: list[Value] = field(default_factory=list)
    days: list[str] = field(default_factory=list)  # dates it gives in full (ISO days)
    weekdays: set[int] = field(default_factory=set)  # weekdays it names (Monday = 0)
    months: set[int] = field(default_factory=set)  # Gregorian months it names (January = 1)
    relative_days: set[str] = field(default_factory=set)  # "today", "yesterday" resolved
    times: list[str] = field(default_factory=list)  # times of day ("14:08")
    # those whose half of the day the words leave open («عند الساعة الخامسة»: 05:00 or 17:00)
    open_times: set[str] = field(default_factory=set)
    # the zone written after a time, by time ("14:00" → "بتوقيت جرينتش"), as the dates stage read it
    zones: dict[str, str] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)  # entity keys (or bare names) of its places
    agents: set[str] = field(default_factory=set)  # ...and of its people and groups
    denied_places: set[str] = field(default_factory=set)  # places named in what it denies
    source: str | None = None  # who it is attributed to, as written
    polarity: str = "asserted"  # asserted | denied
    denial: str | None = None  # "denial" (a verb: "نفى", "denied") or "negation" ("لم", "not")
    denied_keys: set[str] = field(default_factory=set)  # what a denial is about
    denied_head: str | None = None  # the first of them in the text: the act denied ("رفع")
    modality: str | None = None  # "modal" for plans, forecasts, possibilities
    revision: bool = False  # a revision cue: "ارتفع عدد", "rose to"
    tally: bool = False  # a running total or an increment: "رصيد", "so far", "new"
    keys: set[str] = field(default_factory=set)  # search-key stems of the sentence
    harms: set[str] = field(default_factory=set)  # casualty kinds it names ("<killed>")
    words: int = 0
    # Every figure its document gives: a document that also gives the other's figure for the
    # same thing does not disagree with it (a headline's total beside a body's part).
    doc_values: list[Value] = field(default_factory=list, repr=False)
    # Every place its document names: a sentence that names none is about the document's
    # ("وأسفر الانفجار عن مقتل سبعة" in a story of a blast in Ramadi).
    doc_places: set[str] = field(default_factory=set, repr=False)
    # How many of its document's sentences name each place or agent: a report's main person
    # is named in most of them, a name in one or two ties two tellings of one sentence.
    doc_names: Counter[str] = field(default_factory=Counter, repr=False)
    # Its quotations, direct or reported: (start, end) in the sentence and who said them
    # (`statement_slots.quoted_spans`); what stands outside them is the outlet's own voice.
    quoted: tuple[tuple[int, int, str], ...] = ()

    def evidence(self) -> dict[str, Any]:
        return {"doc": self.doc, "start": self.start, "end": self.end, "text": self.text}


# --- data --------------------------------------------------------------------------------


@cache
def cues() -> dict[tuple[str, str], tuple[tuple[str, ...], ...]]:
    """(language, kind) → cue phrases as tuples of folded words."""
    out: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for lang, kind, cue in read_table("claims/cues.tsv"):
        out.setdefault((lang, kind), []).append(tuple(fold_same_length(cue).lower().split()))
    return {key: tuple(phrases) for key, phrases in out.items()}


@cache
def generic_nouns(lang: str) -> frozenset[str | None]:
    """Stems of counted nouns that say nothing of what is counted ("آخرين", "others")."""
    return frozenset(noun_key(" ".join(c)) for c in cues().get((lang, "generic"), ()))


@cache
def noun_kinds() -> dict[str, str]:
    """Noun key → the kind of thing it counts, for counted nouns that name one kind in
    different words ("لاعب" / "رياضي"; `claims/counted_kinds.tsv`)."""
    out = {}
    for kind, _lang, words in read_table("claims/counted_kinds.tsv"):
        for word in words.split("|"):
            if key := noun_key(word):
                out[key] = kind
    return out


@cache
def units() -> dict[str, tuple[str, float]]:
    """unit → (dimension, factor to the dimension's base unit)."""
    return {u.unit: (u.dimension, u.factor) for u in units_table()}


@cache
def unit_forms() -> dict[str, str]:
    """A folded written form ("كيلومترا", "mph", "$") → its unit."""
    out = {}
    for u in units_table():
        for form in u.forms:
            out[fold_same_length(form).lower()] = u.unit
    return out


# --- words -------------------------------------------------------------------------------


def noun_key(word: str | None) -> str | None:
    """The stem a counted noun is matched by ("شخصاً", "الأشخاص" → one key; "troops" → "troop")."""
    if not word:
        return None
    keys = index_terms(bare(word))
    if not keys:
        return None
    key = light_stem(keys[0])
    if key.isascii():
        key = key.removesuffix("s") if len(key) > 3 else key
    else:
        key = key.removesuffix("ا").removesuffix("ين").removesuffix("ون").removesuffix("ی")
    return key or None


def cue_at(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the cue phrase starting at word i (0 when none); a clitic may lead."""
    return cue_in(words, i, by_first_word(phrases))


PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


def cue_in(words: list[str], i: int, index: PhraseIndex) -> int:
    """`cue_at` with the phrases indexed by their first word (`by_first_word`): a loop over a
    sentence's words indexes them once, not once per word."""
    if i >= len(words):
        return 0
    first = words[i]
    candidates = index.get(first, ())
    if first[:1] in CLITICS:
        candidates += index.get(first[1:], ())
    for phrase in candidates:
        n = len(phrase)
        if tuple(words[i + 1 : i + n]) == phrase[1:]:
            return n
    return 0


@cache
def by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def may_begin(word: str, index: PhraseIndex) -> bool:
    """Whether a phrase of `index` may begin at `word` (itself or after a leading clitic):
    elsewhere `cue_in` is 0, and a loop over a sentence's words asks it only here."""
    return word in index or (word[:1] in CLITICS and word[1:] in index)


def has_cue(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    index = by_first_word(phrases)
    # `may_begin` written out: every word of every sentence is asked, several times
    for i, w in enumerate(words):
        if (w in index or (w[:1] in CLITICS and w[1:] in index)) and cue_in(words, i, index):
            return True
    return False


# --- building statements -----------------------------------------------------------------


def value_bound(words: list[str], before: int, after: int, lang: str) -> str | None:
    """at_least / at_most / about from the cue words just before the number or after what it
    counts ("27 شخصا على الأقل"), or right after the number when it names nothing it counts
    ("مقتل 20 على الأقل")."""
    table = cues()
    for kind in ("at_least", "at_most", "about"):
        phrases = table.get((lang, kind), ())
        for i in range(max(before - 4, 0), before):
            n = cue_at(words, i, phrases)
            if n and i + n == before:
                return kind
        if kind == "at_least" and any(
            (n := cue_at(words, i, phrases)) and not leads_figure(words, i + n)
            for i in (after - 1, after, after + 1)
        ):
            return kind
    return None


def leads_figure(words: list[str], i: int) -> bool:
    """A figure follows at word i: a cue before it bounds that figure, not the one before
    ("177 دولة وأكثر من 7000 رياضي": "أكثر من" is 7000's)."""
    return i < len(words) and to_ascii_digits(words[i])[:1].isdigit()


def unit_of(words: list[str], before: int, noun_index: int) -> str | None:
    """The unit named right after the number (or its noun), or a currency sign before it."""
    forms = unit_forms()
    for i in (noun_index, noun_index + 1):
        if i < len(words):
            w = words[i]
            two = f"{w} {words[i + 1]}" if i + 1 < len(words) else w
            three = f"{two} {words[i + 2]}" if i + 2 < len(words) else two
            # the longer name first: جنيه استرليني is not جنيه, كيلو مترات مربعة no كيلو (kg)
            for form in (three, two, w, bare(w)):
                if form in forms:
                    return forms[form]
    if before > 0 and words[before - 1] in forms and not words[before - 1].isalpha():
        return forms[words[before - 1]]
    return None


def make_value(number: dict[str, Any], text: str, offset: int, doc: Document) -> Value:
    """A Value from a number the numbers stage found in `doc` (its sentence `text` begins at
    `offset`: the document gives the language, and the name an age is told of)."""
    lang = doc.lang
    found = words_of(text)
    starts = [s for s, _, _ in found]
    words = [w for _, _, w in found]
    s, e = number["start"] - offset, number["end"] - offset
    before = next((i for i, st in enumerate(starts) if st >= s), len(words))
    after = next((i for i, st in enumerate(starts) if st >= e), len(words))
    noun_index = after + (1 if after < len(words) and words[after] in ("من", "از", "of") else 0)
    sign = text[s - 1] if s > 0 else ""
    unit = unit_forms().get(sign) if sign in "$£€" and sign else unit_of(words, before, after)
    if number.get("unit"):  # the numbers stage took "في المائة" into the span: its unit is kept
        unit = unit_forms().get(fold_same_length(number["unit"]).lower(), unit)
    written = figure_as_written(number)
    decimals = len(re.split(r"[.٫]", written)[1]) if re.search(r"\d[.٫]\d", written) else 0
    scaled = bool(re.search(r"[^\d\s.,،٬٫]", written))
    bound = value_bound(words, before, noun_index + 1, lang)
    others = cues().get((lang, "besides"), ())
    besides = any(cue_at(words, i, others) for i in (after, noun_index + 1))
    including, plus_one = named_after(words, noun_index + 1, lang)
    if number.get("approximate") and not bound:
        bound = "about"
    casualty, key = number.get("casualty"), counted_key(number)
    if both_harms(words, before, noun_index, lang):
        # "مقتل وإصابة 35 مدنيا", "أوقع 33 قتيلا وجريحا": the dead and the injured together
        casualty = BOTH_HARMS
        if key is None or key == number.get("casualty") or casualty_of(key):
            key = f"<{BOTH_HARMS}>"
    age = told_as_age(text, s, e, words, before, lang, number.get("counts"))
    return Value(
        start=number["start"],
        end=number["end"],
        text=written,
        value=float(number["value"]),
        high=float(number["high"]) if number.get("high") is not None else None,
        noun=number.get("counts"),
        noun_key=key,
        casualty=casualty,
        unit=unit,
        dimension=units()[unit][0] if unit else None,
        bound=bound,
        besides=besides,
        including=including,
        plus_one=plus_one,
        age=age,
        age_kin=kin_before(words, before, lang),
        age_of=aged_person(doc, number["start"]) if age else None,
        owner=owner_of(words, noun_index, lang),
        decimals=decimals,
        scaled=scaled,
        context=stems(
            " ".join(words[max(before - CONTEXT_WORDS, 0) : before])
            + " "
            + " ".join(words[after : after + CONTEXT_WORDS]),
            lang,
        )
        - {noun_key(number.get("counts"))},
    )


AGE_AFTER_EN = re.compile(r"\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)
# words before a figure of years within which «العمر» / "aged" make it an age (not «عمره»,
# which also tells a limit: «لا يزيد عمره على 55 عاما»)
AGE_CUE_REACH = 3


@cache
def age_year_keys(lang: str) -> frozenset[str | None]:
    """Stems of the counted nouns an age is told in («عاما», «سنة», "year")."""
    return frozenset(noun_key(" ".join(c)) for c in cues().get((lang, "age_years"), ()))


def told_as_age(
    text: str, s: int, e: int, words: list[str], before: int, lang: str, counts: str | None
) -> bool:
    """A figure of years told as someone's age: after «من العمر» / «بعمر» / "aged", in brackets
    after a name («مبارك واكاسو (24 عاما)», «(١٨) عاما»: Arabic only, an English bracket holds
    a tally), or "the 24-year-old"."""
    if lang == "en" and AGE_AFTER_EN.match(text, e):
        return True
    if noun_key(counts) not in age_year_keys(lang) - {None}:
        return False
    if lang == "ar" and (text[:s].rstrip().endswith("(") or text[e:].lstrip().startswith(")")):
        return True
    cue = cues().get((lang, "age"), ())
    return any(cue_at(words, i, cue) for i in range(max(before - AGE_CUE_REACH, 0), before))


def kin_before(words: list[str], before: int, lang: str) -> str | None:
    """The relative named within AGE_CUE_REACH words before a figure («وكان شقيقه (34 عاما)»,
    «زوجته البالغة من العمر»), as written (folded), or None."""
    kin = cues().get((lang, "kin"), ())
    for i in range(before - 1, max(before - AGE_CUE_REACH, 0) - 1, -1):
        if cue_at(words, i, kin):
            return words[i]
    return None


BOTH_HARMS = "killed+injured"
PARTS_REACH = 12  # words after a count within which "including X" / "plus X" speak for it
NOT_ONE_NAMED = frozenset(
    fold_same_length(w) for w in ("ذلك", "هذا", "هذه", "هؤلاء", "that", "this", "those", "these")
)
PLURAL_ENDINGS = tuple(fold_same_length(e) for e in ("ين", "ون", "ات"))


def named_after(words: list[str], start: int, lang: str) -> tuple[bool, bool]:
    """Whether a count is a whole holding one named after it ("including", «بمن فيهم»), and
    whether one named after it is added to it ("plus the pilot", «بالإضافة إلى الطيار»); the
    words up to the next figure are read, PARTS_REACH at most. The one added must be one
    named thing: a definite singular noun, not a number, a plural or «ذلك»."""
    including, plus_one = cues().get((lang, "including"), ()), cues().get((lang, "plus_one"), ())
    for j in range(start, min(start + PARTS_REACH, len(words))):
        if any(c.isdigit() for c in words[j]):
            break
        if n := cue_at(words, j, including):
            return j + n < len(words) and not words[j + n][:1].isdigit(), False
        if n := cue_at(words, j, plus_one):
            added = words[j + n : j + n + 2]
            if added[:1] == ["the"]:
                added = added[1:]
            return False, bool(added) and one_named(added[0], bare_cue=n == 1 and lang == "ar")
    return False, False


def one_named(word: str, bare_cue: bool) -> bool:
    """A definite singular noun («الطيار», «للطيار» after a bare «بالإضافة», "pilot")."""
    if word in NOT_ONE_NAMED or any(c.isdigit() for c in word):
        return False
    if word.isascii():
        return not word.endswith("s")
    head = word.removeprefix("لل") if bare_cue else word.removeprefix("ال")
    if head == word or (bare_cue and not word.startswith("لل")):
        return False
    return not head.endswith(PLURAL_ENDINGS)


def both_harms(words: list[str], before: int, noun_index: int, lang: str) -> bool:
    """The count is of the dead and the injured together: a both_harms cue right before it
    ("مصرع وإصابة 5") or as what it counts ("33 قتيلا وجريحا", "killed or injured")."""
    phrases = cues().get((lang, "both_harms"), ())
    if any(cue_at(words, i, phrases) == before - i for i in range(max(before - 4, 0), before)):
        return True
    return any(cue_at(words, i, phrases) for i in (noun_index, noun_index + 1))


MATCH_MINUTE = "match_minute"  # the dimension of a figure naming a minute of a match
HALF_MINUTES = 45  # a minute up to this, told beside a later half, may count from the half
MINUTE_CONTEXT = 2  # stems two minutes' contexts share to tell of one happening ("خالد", "كعبي")


@cache
def ordinal_words() -> dict[tuple[str, str], dict[str, int]]:
    """(language, kind) → folded ordinal word → value (data/claims/ordinals.tsv), Persian
    ordinals from lang.date_words."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    for lang, kind, word, value in read_table("claims/ordinals.tsv"):
        out.setdefault((lang, kind), {})[fold_same_length(word).lower()] = int(value)
    persian = {fold_same_length(w).lower(): v for w, v in W.PERSIAN_ORDINALS.items()}
    out.setdefault(("fa", "unit"), {}).update(persian)
    return out


def ordinal_at(words: list[str], i: int, lang: str) -> tuple[int, int] | None:
    """The figure written at word i, in digits or as an ordinal, and how many words it takes:
    "74", "ال30", "الـ 13", "العاشرة", "الثانية والأربعين" (42), "الحادية عشرة" (11), "74th",
    "بیستم"; None for anything else (a cardinal in words says how many, not which)."""
    if i >= len(words):
        return None
    word = words[i]
    if word == "ال":  # "الـ 13": the article written apart
        found = ordinal_at(words, i + 1, lang)
        return (found[0], found[1] + 1) if found else None
    digits = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", word.removeprefix("ال"))
    if digits.isdigit():
        return int(digits), 1
    table = ordinal_words()
    tens, teens = table.get((lang, "ten"), {}), table.get((lang, "teen"), {})
    if bare(word) in tens:
        return tens[bare(word)], 1
    unit = table.get((lang, "unit"), {}).get(bare(word))
    if unit is None:
        return None
    after = words[i + 1] if i + 1 < len(words) else ""
    if bare(after) in teens:
        return unit + teens[bare(after)], 2
    if after.startswith("و") and bare(after[1:]) in tens:
        return unit + tens[bare(after[1:])], 2
    return unit, 1


# a bracket opened after a space: «ابراهيموفيتش (17)»; one written onto a word labels it
# («في المتوسطة(62)»: a school's number)
_BRACKETED = re.compile(r"(?:^|\s)\($")
# after the bracket: the sentence's end, a mark, or a word joined by «و» / «ف» (a new clause:
# «(24) وقلب»); any other word may be what the figure counts («(3) من أعضاء», «(5) أشخاص»)
_CLAUSE_GOES_ON = re.compile(r"$|[^\w\s]|[وف]\w", re.UNICODE)
MAX_MINUTE = 120  # extra time included


def bracketed_minutes(text: str, found: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int]]:
    """(word index, value) of each lone number in brackets ("(13)", "( 74)") up to MAX_MINUTE,
    in a sentence telling of goals, with no word after the bracket that it may count: how match
    reports time a goal without the word minute («الهدف الثاني ( 74)»). A list in one bracket
    ("(30، 87)", told "respectively") is left out: which goal each minute times is not read."""
    out = []
    for j, (start, end, word) in enumerate(found):
        if not word.isdigit() or not 0 < int(word) <= MAX_MINUTE:
            continue
        if not _BRACKETED.search(text[max(start - 12, 0) : start].rstrip()[-2:]):
            continue
        closed = text[end:].lstrip()
        if closed[:1] == ")" and _CLAUSE_GOES_ON.match(closed[1:].lstrip()):
            out.append((j, int(word)))
    return out


_CLAUSE_END = re.compile(r"[،,;؛.!?:]")


def clause_after(text: str, found: tuple[tuple[int, int, str], ...], k: int) -> list[str]:
    """Up to CONTEXT_WORDS words from word k to the end of its clause: after a sentence's last
    minute, the words of the same happening («...عند الدقيقة 80 عبر تسديدة أرضية»), not the
    next clause's («الدقيقة الثامنة ، وأضاف الاسماعيلي الهدف الثاني»: another goal)."""
    if k >= len(found):
        return []
    stop = _CLAUSE_END.search(text, found[k - 1][1]) if k else None
    limit = stop.start() if stop else len(text)
    return [w for start, _, w in found[k : k + CONTEXT_WORDS] if start < limit]


def match_minutes(text: str, offset: int, lang: str) -> list[Value]:
    """The minutes of a match a sentence names ("عند الدقيقة (80)", "الدقيقة العاشرة", "in
    the 74th minute"), as figures of their own dimension: a moment of the match, compared
    only with another minute. What happened at a minute is told before it ("أضاف خالد الكعبي
    الهدف الثاني عند الدقيقة 80"), so a minute's context is the words since the minute before
    it, and the words after it to the clause's end only when it is the sentence's last. A
    minute up to HALF_MINUTES in a sentence that names the second half («الدقيقة الثانية
    والأربعين» of «الشوط الثاني») may count from the half's start: it is read both ways
    (`from_half`, `other_readings`); beside extra time it is left out."""
    table = cues()
    index = by_first_word(table.get((lang, "minute"), ()))
    found = words_of(text)
    words = [w for _, _, w in found]
    later_half = has_cue(words, table.get((lang, "later_half"), ()))
    extra_time = has_cue(words, table.get((lang, "extra_time"), ()))
    told = []  # (cue start, cue length, figure start, figure length, value)
    for i, word in enumerate(words):
        n = cue_in(words, i, index) if may_begin(word, index) else 0
        if not n:
            continue
        at = [i + n]
        if lang == "en" and i > 0 and re.search(r"\d(st|nd|rd|th)$", words[i - 1]):
            at.insert(0, i - 1)  # "the 74th minute"
        for j in at:
            read = ordinal_at(words, j, lang)
            if read is not None:
                told.append((i, n, j, read[1], read[0]))
                break
    goals = table.get((lang, "goal"), ())
    if has_cue(words, goals):
        named = {j for _, _, j, _, _ in told}
        told += [(j, 0, j, 1, v) for j, v in bracketed_minutes(text, found) if j not in named]
        told.sort(key=lambda t: t[2])
    out = []
    for k, (i, n, j, length, value) in enumerate(told):
        from_half = later_half and value <= HALF_MINUTES
        if from_half and extra_time:
            continue  # which of three halves it counts from is unknown
        since = told[k - 1][2] + told[k - 1][3] if k else 0
        before = words[max(i - CONTEXT_WORDS, since, 0) : min(i, j)]
        start, end = found[j][0], found[j + length - 1][1]
        after = [] if k + 1 < len(told) else clause_after(text, found, j + length)
        minute = minute_value(
            offset + start, text[start:end], value, stems(" ".join(before + after), lang)
        )
        minute.noun = text[found[i][0] : found[i + n - 1][1]] if n else None
        minute.from_half = from_half
        minute.goal = has_cue(words[since:j] + after, goals)
        out.append(minute)
    return out


def minute_value(start: int, written: str, minute: float, context: set[str]) -> Value:
    """A match minute as a figure of its own dimension, compared only with another minute."""
    return Value(
        start=start,
        end=start + len(written),
        text=written,
        value=float(minute),
        noun=None,
        noun_key=f"<{MATCH_MINUTE}>",
        unit=None,
        dimension=MATCH_MINUTE,
        bound=None,
        decimals=0,
        scaled=False,
        context=context,
    )


# a list of two or more minutes in one bracket: «(30، 87)», «(12 و 80)»
_BRACKET_LIST = re.compile(r"\(\s*\d{1,3}(?:\s*[،,و]\s*\d{1,3})+\s*\)")
_LIST_NUMBER = re.compile(r"\d{1,3}")


def respective_minutes(doc: Document, start: int, end: int) -> list[Value]:
    """The minutes of a bracketed list told "respectively" after the people who scored
    («ونجح كل من محمد السهلاوي وجمعان الدوسري من هد شباك السد بهدفين في (30، 87)، على
    التوالي»), in a sentence of goals: the k-th minute is the goal of the k-th person named
    before the bracket, its context that person's name. Left out when the number of people
    named differs from the number of minutes (whose goal each times is not read)."""
    text, lang = doc.text[start:end], doc.lang
    found = words_of(text)
    words = [w for _, _, w in found]
    table = cues()
    if not has_cue(words, table.get((lang, "goal"), ())):
        return []
    out = []
    for listed in _BRACKET_LIST.finditer(to_ascii_digits(text)):
        after = next((i for i, (s, _, _) in enumerate(found) if s >= listed.end()), len(words))
        if not cue_at(words, after, table.get((lang, "respectively"), ())):
            continue
        before = start + listed.start()
        scorers = sorted(
            (m for m in doc.entities if m.get("type") == "PER" and start <= m["start"] < before),
            key=lambda m: m["start"],
        )
        numbers = list(_LIST_NUMBER.finditer(listed.group()))
        if len(scorers) != len(numbers):
            continue
        for scorer, number in zip(scorers, numbers, strict=True):
            at = start + listed.start() + number.start()
            written = doc.text[at : at + len(number.group())]  # its own digits, maybe «٣٠»
            minute = minute_value(at, written, int(number.group()), stems(scorer["text"], lang))
            minute.goal = True  # the sentence tells of goals and who scored them
            out.append(minute)
    return [m for m in out if 0 < m.value <= MAX_MINUTE]


def owner_of(words: list[str], noun_index: int, lang: str) -> str | None:
    """The definite noun an Arabic counted noun is in construct with ("9 من مسلحي المقاومة" →
    مقاومة): the group the figure counts, which two tolls of one noun may not share."""
    if lang != "ar" or noun_index + 1 >= len(words):
        return None
    after = words[noun_index + 1]
    if not after.startswith("ال") or len(after) < 5:
        return None
    return noun_key(after)


def figure_as_written(number: dict[str, Any]) -> str:
    """The figure's own words: a range's lower end ("22" of "22 إلى 29"), and a percentage
    without the phrase the numbers stage takes into its span ("50" of "50 في المائة"), so
    that those words are not read as a multiplier ("21.6 ألف")."""
    text = number["text"]
    folded = fold_same_length(text).lower()
    if number.get("high") is not None:
        for word in RANGE_WORDS:
            found = re.search(rf"\s{re.escape(word)}\s", folded)
            if found:
                text, folded = text[: found.start()], folded[: found.start()]
                break
    for phrase in PERCENT_PHRASES:
        if folded.endswith(phrase):
            text = text[: len(text) - len(phrase)]
            break
    return text.strip() or number["text"]


RANGE_WORDS = tuple(fold_same_length(w).lower() for w in NUMBER_WORDS.RANGE_WORDS)
PERCENT_PHRASES = tuple(fold_same_length(w).lower() for w in NUMBER_WORDS.PERCENT_AFTER)


def counted_key(number: dict[str, Any]) -> str | None:
    """What a number counts, for matching: its counted noun's stem, or, when no noun follows
    it ("وأصيب 24 في الهجوم"), the casualty kind the numbers stage read around it."""
    return noun_key(number.get("counts")) or number.get("casualty")


NAMED_DAY = re.compile(r"\d|[^\W\d]{3,}", re.UNICODE)


def relative_days(doc: Document, start: int, end: int) -> set[str]:
    """The days a sentence's relative words ("اليوم", "أمس", "yesterday") resolve to against
    its publication day: never evidence of one moment (the day is often a day off), but two
    sentences whose "today"s fall on different days are about two moments."""
    return {
        d["value"]
        for d in doc.dates
        if start <= d["start"]
        and d["end"] <= end
        and d.get("type", "date") == "date"
        and d["relative"]
        and d["precision"] == "day"
        and d["value"]
        and not ordinal_after(doc.text, d["end"])
    }


@cache
def relative_day_ordinals() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in W.RELATIVE_DAY_ORDINALS)


def ordinal_after(text: str, at: int) -> bool:
    """An ordinal follows a relative-day word the dates stage read without it («البارحة
    الأولى», the night before last): the day it resolved is not the one meant."""
    after = words_of(text[at : at + 12])
    return bool(after) and after[0][0] <= 1 and after[0][2] in relative_day_ordinals()


def named_days(doc: Document, start: int, end: int) -> tuple[list[str], list[str], dict[str, str]]:
    """Days a sentence gives in full (not "yesterday" nor "Tuesday", whose day rests on the
    publication date, which is often a day off), the times of day it gives, and the zones
    written after those times."""
    days, times, zones = [], [], {}
    for d in doc.dates:
        if not (start <= d["start"] and d["end"] <= end):
            continue
        if d.get("type") == "time" and d.get("time"):
            times.append(d["time"])
            if d.get("zone"):
                zones[d["time"]] = d["zone"]
        elif (
            d.get("type", "date") == "date"
            and d["precision"] == "day"
            and d["value"]
            and not d["relative"]
        ):
            days.append(d["value"])
    return days, times, zones


_TWENTY_FOUR_HOUR = re.compile(r"(?<!\d)(?:0\d|\d{4})(?!\d)")  # "09:15", "0623"


@cache
def day_part_words() -> frozenset[str]:
    """The words naming a part of the day that set a clock's half («مساء», «عصر», "pm")."""
    return frozenset(bare(w) for w in T.DAY_PARTS) | {"am", "pm", "a.m", "p.m"}


def open_times(doc: Document, start: int, end: int) -> set[str]:
    """The times of day of a sentence read on a 12-hour clock without a part of the day
    («عند الساعة الخامسة» against «في الخامسة عصر اليوم»: one time, 05:00 and 17:00 as the
    dates stage reads them); a time written on a 24-hour clock ("0623", "09:15") or with a
    part of the day is not open."""
    out = set()
    for d in doc.dates:
        clock = d.get("time") if d.get("type") == "time" else None
        if not clock or not (start <= d["start"] and d["end"] <= end):
            continue
        hour = int(clock[:2])
        text = to_ascii_digits(d.get("text") or "")
        words = {bare(w) for _, _, w in words_of(text)}
        if 1 <= hour <= 12 and not words & day_part_words() and not _TWENTY_FOUR_HOUR.search(text):
            out.add(clock)
    return out


@cache
def weekday_words() -> dict[str, int]:
    return {bare(w): n for w, n in WEEKDAYS.items() if " " not in w}


def weekdays_named(text: str) -> set[int]:
    """The weekdays a text names ("الأحد", "يوم الجمعة", "Sunday"), but not the day of the
    report itself ("اليوم الاثنين", "today, Monday"), which dates the telling, not the fact."""
    table = weekday_words()
    words = [w.strip("/") for _, _, w in words_of(text)]  # "ليل الخميس/ الجمعة"
    reporting = reporting_day_words()
    out = set()
    for i in range(len(words)):
        day, first = weekday_at(words, i, table)
        reported = first and words[first - 1] in reporting
        if day is not None and not reported and not told_on(words, first):
            out.add(day)
    return out


def weekday_at(words: list[str], i: int, table: dict[str, int]) -> tuple[int | None, int]:
    """The weekday the word at i names and the index of its first word: a Persian weekday of
    two words («سه شنبه», «پنج‌شنبه», split at the space or ZWNJ) is read whole, so its
    second word is not «شنبه» (Saturday) alone."""
    if i and (two := bare(f"{words[i - 1]} {words[i]}")) in table:
        return table[two], i - 1
    return table.get(bare(words[i])), i


def weekdays_outside_places(
    named: Iterable[int], text: str, mentions: list[dict[str, Any]], offset: int
) -> set[int]:
    """The weekdays a sentence names outside the place names in it: a weekday word inside a
    place's name («خميس مشيط») names no day. Only places: an organisation's mention often runs
    on over the day after it («أمانة العاصمة المقدسة الخميس»), and a family name «الخميس» is
    rarer than the city."""
    named = set(named)
    places = [m for m in mentions if m.get("type") in PLACE_TYPES]
    if not named or not places:
        return named
    chars = list(text)
    for m in places:
        chars[m["start"] - offset : m["end"] - offset] = " " * (m["end"] - m["start"])
    return named & weekdays_named("".join(chars))


@cache
def month_words() -> dict[str, int]:
    """Folded one-word names of Gregorian months (Arabic, Levantine, Persian, English) → month
    number; Hijri and Jalali months count in other calendars and are left out."""
    tables = (M.GREGORIAN_AR, M.LEVANTINE_AR, M.GREGORIAN_FA, M.GREGORIAN_EN)
    return {bare(w): n for table in tables for w, n in table.items() if " " not in w}


@cache
def ambiguous_months() -> frozenset[str]:
    """Month names that are also ordinary words ("مارس", "may", "می")."""
    return frozenset(bare(w) for w in M.ARABIC_AMBIGUOUS | M.JALALI_AMBIGUOUS)


@cache
def month_cues() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in W.MONTH_ALONE_CUES)


def months_named(text: str) -> set[int]:
    """The Gregorian months a text names ("في مايو أيار", "on 8 March 2014"); a name that is
    also an ordinary word ("مارس", "may") counts only beside a figure or after "في" / "in"."""
    table, ambiguous, cues_before = month_words(), ambiguous_months(), month_cues()
    words = [w for _, _, w in words_of(text)]
    out = set()
    for i, w in enumerate(words):
        key = bare(w)
        if key not in table:
            continue
        if key in ambiguous:
            before = words[i - 1] if i else ""
            after = words[i + 1] if i + 1 < len(words) else ""
            beside_figure = any(to_ascii_digits(x)[:1].isdigit() for x in (before, after))
            cued = before in cues_before or before[1:] in cues_before and before[:1] in "وف"
            if not (beside_figure or cued):
                continue
        out.add(table[key])
    return out


SPEECH_REACH = 8  # words between a speech verb and the weekday it is told on


def told_on(words: list[str], i: int) -> bool:
    """The weekday at i follows a speech verb closely, before what is told begins
    ("authorities said on Saturday", "أعلنت وزارة الدفاع اليمنية الثلاثاء أن…"): the day of the
    telling, not of what is told ("قال إن ثلاثة قتلوا الثلاثاء" keeps its Tuesday)."""
    verbs = speech_verbs()
    for w in reversed(words[max(i - SPEECH_REACH, 0) : i]):
        if w in THAT or w in ("ان", "إن"):
            return False
        if w in verbs or (w[:1] in "وف" and w[1:] in verbs):
            return True
    return False


@cache
def speech_verbs() -> frozenset[str]:
    """The speech cues of every language (lang/quotes.py), folded; of a cue of more words
    its verb, the first ("نقلت" of "نقلت عن")."""
    return frozenset(
        fold_same_length(cue.split()[0]).lower()
        for cues_of in SPEECH_CUES.values()
        for cue in cues_of
        if len(cue.split()[0]) > 2
    )


@cache
def reporting_day_words() -> frozenset[str]:
    return frozenset(fold_same_length(w).lower() for w in ("اليوم", "today", "امروز"))


def polarity_of(text: str, lang: str) -> tuple[str, set[str], tuple[int, int]]:
    """ "denial" or "negation" with the stems of what is denied (the words after a denial verb,
    or the word a negation particle negates) and their span in `text`, else "asserted"."""
    found = words_of(text)
    words = [w for _, _, w in found]
    table = cues()
    bounds = tuple(
        c for kind in ("at_least", "at_most", "about") for c in table.get((lang, kind), ())
    )
    index = by_first_word(bounds)
    for i in range(len(words)):  # "ما لا يقل عن 151" bounds a figure, it denies nothing
        if may_begin(words[i], index):  # the word as blanked so far
            n = cue_in(words, i, index)
            words[i : i + n] = [""] * n
    for kind, reach in (("denial", 10), ("negation", 1)):
        index = by_first_word(table.get((lang, kind), ()))
        for i in range(len(words)):
            n = cue_in(words, i, index) if may_begin(words[i], index) else 0
            if n:
                start = i + n
                # "نفت الوزارة أن يكون…": what is denied follows the complementizer
                that = next(
                    (k for k in range(start, min(start + 6, len(words))) if words[k] in THAT), None
                )
                if kind == "denial" and that is not None:
                    start = that + 1
                after = found[start : start + reach]
                if after:
                    span = (after[0][0], after[-1][1])
                    denied = stems(text[span[0] : span[1]], lang) | casualties(
                        [w for _, _, w in after]
                    )
                    if denied:
                        return kind, denied, span
    return "asserted", set(), (0, 0)


_SQUARED = re.compile(r"(?:كم|km|m|cm|متر)$")
_JOINED = re.compile(r"\d\s*[/\\:-]\s*$|^\s*[/\\:-]\s*\d")
# a score's other side written as the word zero: «4-صفر», «3 - صفر», «صفر/ 1»
_ZERO = "|".join(map(re.escape, W.MONTHS_ALSO_NUMBERS))
_ZERO_BEFORE = re.compile(rf"(?:{_ZERO})\s*[/\\:-]\s*$")
_ZERO_AFTER = re.compile(rf"\s*[/\\:-]\s*(?:{_ZERO})\b")


def is_label(doc: Document, number: dict[str, Any], sentence_start: int) -> bool:
    """A number that names rather than counts: after "رقم" / "No.", joined to another number
    by a slash, dash or colon ("60/33", "8-7-1436", "6-4", a score «3 - صفر»), or numbering a
    list item."""
    before = doc.text[max(number["start"] - 12, sentence_start) : number["start"]]
    after = doc.text[number["end"] : number["end"] + 3]
    if number["text"] in ("2", "3") and _SQUARED.search(before):
        return True  # the power of a unit written on it: «103 كم2», "km2"
    if _JOINED.search(before) or _JOINED.search(after):
        return True
    if _ZERO_BEFORE.search(before) or _ZERO_AFTER.match(doc.text, number["end"]):
        return True
    words = [w for _, _, w in words_of(before)]
    if words and bare(words[-1]) in LABEL_WORDS:
        return True
    return not doc.text[sentence_start : number["start"]].strip(" (") and after.strip()[:1] in "-)."


TEENS_TEN = {"عشر", "عشره"}  # the ten of an Arabic ordinal from 11th to 19th, folded


@cache
def ordinal_units() -> dict[str, int]:
    """Arabic ordinal units 1st-9th (`rasad.lang.ordinals`), bare, with their values: before
    «عشر/عشرة» they make an ordinal of the teens."""
    units = {**O.ARABIC_ORDINAL_UNITS, **O.ARABIC_ORDINAL_UNITS_FEMININE}
    return {bare(w): n for w, n in units.items()}


def ordinal_teen(doc: Document, number: dict[str, Any], sentence_start: int) -> int | None:
    """The rank an ordinal of the teens gives, read where the numbers stage read only its ten
    («الخامسة عشرة»: 15th, «لقبه الرابع عشر»: 14th, not ten), or None."""
    if bare(number["text"]) not in TEENS_TEN:
        return None
    words = [
        w
        for _, _, w in words_of(
            doc.text[max(number["start"] - 16, sentence_start) : number["start"]]
        )
    ]
    unit = ordinal_units().get(bare(words[-1])) if words else None
    return 10 + unit if unit else None


def teen_read(v: Value, doc: Document, number: dict[str, Any], sentence_start: int) -> Value:
    """A figure with an ordinal of the teens read whole («الثانية عشرة» = 12, as "12th")."""
    if (rank := ordinal_teen(doc, number, sentence_start)) is not None:
        v.value = float(rank)
    return v


def figures_of(doc: Document, start: int, end: int) -> list[Value]:
    """The figures of a span: the numbers the numbers stage found (labels left out), and the
    minutes of a match it names, which replace any number read at their place."""
    text = doc.text[start:end]
    minutes = match_minutes(text, start, doc.lang) + respective_minutes(doc, start, end)
    numbers = [
        teen_read(make_value(n, text, start, doc), doc, n, start)
        for n in doc.numbers
        if start <= n["start"] and n["end"] <= end and not is_label(doc, n, start)
    ]
    kept = [v for v in numbers if not any(m.start < v.end and v.start < m.end for m in minutes)]
    return sorted(kept + minutes, key=lambda v: v.start)


AGED_NAME_GAP = 3  # characters between a name and its age in brackets: «تشيك (33», "Cech, 33"


def aged_person(doc: Document, at: int) -> str | None:
    """Whom the age written at offset `at` is told of when a name comes right before it: the
    word before the bracket of «X (33 عاما)» («كاهيل (29 عاما)», «مبارك واكاسو (24 عاما)»: the
    surname, which two reports write alike), or a recognised person's name right before it
    ("Cech, 33"), folded; None when no name stands there («اللاعب البالغ عمره 21 عاما»)."""
    if bracketed := _BEFORE_BRACKETED_AGE.search(doc.text, max(0, at - 40), at):
        return fold_same_length(bracketed.group(1)).lower()
    for m in doc.entities:
        right_before = m.get("type") == "PER" and 0 <= at - m["end"] <= AGED_NAME_GAP
        if right_before and not doc.text[m["end"] : at].strip(" (,،"):
            return fold_same_length(m["text"].split()[-1]).lower()
    return None


_BEFORE_BRACKETED_AGE = re.compile(r"(\w+)\s*\(\s*$")


THAT = {"أن", "ان", "بأن", "بان", "that", "که"}
# ...also with the pronoun of whom it is about: «نفى الجيش امس مزاعم بأنه قصف مدنيين»
THAT |= {f"{that}{pronoun}" for that in ("أن", "ان", "بأن", "بان") for pronoun in ("ه", "ها", "هم")}
LABEL_WORDS = {"رقم", "number", "no", "شماره", "nos", "المادة", "ماده", "article"}
# a number right after a military unit names it («مقراً للفرقة 30», «اللواء 93»), as bare()
# writes them (the article dropped, «لل» kept, Persian letters)
LABEL_WORDS |= {"فرقه", "للفرقه", "بالفرقه", "لواء", "للواء", "کتیبه", "للکتیبه"}


def statement_of(doc: Document, start: int, end: int) -> Statement:
    """The statement a span (a sentence) of a document makes."""
    text = doc.text[start:end]
    read = sentence_reading(text, doc.lang)
    denial, (d_start, d_end) = read.denial, read.denied_span
    days, times, zones = named_days(doc, start, end)
    inside = [m for m in doc.entities if start <= m["start"] and m["end"] <= end]
    in_denied = [m for m in inside if d_start <= m["start"] - start < d_end]
    quotes = [q for q in doc.quotes if q["start"] < end and start < q["end"]]
    return Statement(
        doc=doc.id,
        outlet=doc.outlet,
        published=first_day(doc.published, year_wide=False) if doc.published else None,
        lang=doc.lang,
        start=start,
        end=end,
        text=text,
        values=figures_of(doc, start, end),
        days=days,
        weekdays=weekdays_outside_places(read.weekdays, text, inside, start),
        months=set(read.months),
        relative_days=relative_days(doc, start, end),
        times=times,
        open_times=open_times(doc, start, end),
        zones=zones,
        places=name_keys(inside, PLACE_TYPES),
        agents=name_keys(inside, AGENT_TYPES),
        denied_places=name_keys(in_denied, PLACE_TYPES),
        source=next((q.get("speaker_text") for q in quotes if q.get("speaker_text")), None),
        quoted=statement_slots.quoted_spans(quotes, start, end),
        polarity="asserted" if denial == "asserted" else "denied",
        denial=None if denial == "asserted" else denial,
        denied_keys=set(read.denied_keys),
        denied_head=act_denied(text, (d_start, d_end), in_denied, start, doc.lang),
        modality=read.modality,
        revision=read.revision,
        tally=read.tally,
        keys=set(read.keys),
        harms=set(read.harms),
        words=read.words,
    )


@dataclass(frozen=True)
class SentenceReading:
    """What a sentence's words alone say (its denial, mood, cues, stems), whatever document
    it is in: read once per distinct sentence (`sentence_reading`)."""

    denial: str
    denied_keys: frozenset[str]
    denied_span: tuple[int, int]
    modality: str | None
    revision: bool
    tally: bool
    weekdays: frozenset[int]
    months: frozenset[int]
    keys: frozenset[str]
    harms: frozenset[str]
    words: int


@lru_cache(maxsize=20_000)
def sentence_reading(text: str, lang: str) -> SentenceReading:
    """The reading of a sentence's text, kept for the sentences read last: a story's refresh
    reads every document of the story again, and copies of a wire story share sentences."""
    table = cues()
    denial, denied, (d_start, d_end) = polarity_of(text, lang)
    # A plan or forecast inside what is denied ("denied there will be a giveaway") is what
    # the denial is about, not the mood of the statement.
    words = [w for _, _, w in words_of(text)]
    undenied = [w for s, _, w in words_of(text) if not d_start <= s < d_end]
    return SentenceReading(
        denial=denial,
        denied_keys=frozenset(denied),
        denied_span=(d_start, d_end),
        modality="modal" if has_cue(undenied, table.get((lang, "modal"), ())) else None,
        revision=has_cue(words, table.get((lang, "revision"), ())),
        tally=has_cue(words, table.get((lang, "tally"), ())),
        weekdays=frozenset(weekdays_named(text)),
        months=frozenset(months_named(text)),
        keys=frozenset(stems(text, lang)),
        harms=frozenset(casualties(words)),
        words=len(words),
    )


PLACE_TYPES = ("LOC", "GPE")
AGENT_TYPES = ("PER", "ORG")


def name_keys(mentions: list[dict[str, Any]], types: tuple[str, ...]) -> set[str]:
    """The entity keys of the mentions of some types, or a mention's bare written form when
    it was not linked: "بورما" and "ميانمار" linked to one entity are one place."""
    return {m.get("entity") or bare(m["text"]) for m in mentions if m.get("type") in types}


def statements(doc: Document, plain: list[Statement] | None = None) -> list[Statement]:
    """The statements of a document worth comparing: sentences holding a value, a named day
    or a denial. The other sentences go into `plain` when it is given (what a denial in
    another document may deny: "landed in Aden", "was killed"), each with this document's
    figures and places (never those of a document read after it into the same list)."""
    out, rest, figures = [], [], []
    for s, e in tagging_sentences(doc.text):  # "1.2 في المئة" stays in its sentence
        s, e = strip_span(doc.text, s, e)
        if e - s < MIN_STATEMENT_CHARS:
            continue
        st = statement_of(doc, s, e)
        figures.extend(st.values)
        if st.values or st.days or st.weekdays or st.months or st.polarity == "denied":
            out.append(st)
        else:
            rest.append(st)
    places = name_keys(doc.entities, PLACE_TYPES)
    names = Counter(key for st in out + rest for key in st.places | st.agents)
    for st in out + rest:
        st.doc_values = figures
        st.doc_places = places
        st.doc_names = names
    if plain is not None:
        plain.extend(rest)
    return out


def statement_in(doc: Document, start: int, end: int) -> Statement:
    """The statement a span of a document makes, knowing every figure of the document."""
    st = statement_of(doc, start, end)
    said = statements(doc, plain := [])
    st.doc_values = [v for other in said for v in other.values] or st.values
    st.doc_places = name_keys(doc.entities, PLACE_TYPES)
    st.doc_names = (said or plain or [st])[0].doc_names
    return st


# --- comparing ---------------------------------------------------------------------------


@dataclass
class Relation:
    """How two statements relate, and which slot decided it."""

    verdict: str  # agree | contradict | update | unrelated
    slot: str | None = None  # "شخص", "date", "polarity"…
    kind: str | None = None  # value | date | negation (the export's contradiction kinds)
    value_a: str | None = None
    value_b: str | None = None
    reason: str = ""


def days_apart(a: Statement, b: Statement) -> int | None:
    if not a.published or not b.published:
        return None
    return abs((date.fromisoformat(a.published) - date.fromisoformat(b.published)).days)


def rounded_to(precise: float, coarse: Value) -> bool:
    """`precise` written as `coarse` was: rounded or cut to its decimals, or to its
    significant digits when it was written with a multiplier word ("21.6 ألف" = 21,601)."""
    c = coarse.value
    if coarse.scaled:
        digits = len(re.sub(r"\D", "", coarse.text.split()[0])) or word_digits(coarse)
        if digits >= 2 and c < 100:
            return precise == c  # «عشرة», «خمسين»: a count in words, no rounding of 18 or 53
        magnitude = 10 ** (math.floor(math.log10(abs(c))) - digits + 1) if c else 1
        # rounded or truncated: less than one unit of its last digit away ("44 مليون" is no
        # rounding of "45 مليون")
        # "ثمان" / "تسع": a one-digit figure in words keeps a unit's slack, but a toll in
        # words is a count ("أصيب ثلاثة" / "إصابة أربعة" differ)
        if digits == 1 and not coarse.casualty:
            return abs(precise - c) <= magnitude
        return abs(precise - c) < magnitude * (1 - 1e-9)
    written = to_ascii_digits(coarse.text)
    zeros = len(written) - len(written.rstrip("0")) if not coarse.decimals else 0
    if zeros >= 3 and c.is_integer():  # "293,000" for 293,264; "50" for 49 is no rounding
        # rounded or cut to its zeros: within one step above, half a step below ("1,000" is
        # no rounding of 19: «the 1,000th number one» / «his 19th»)
        return c - 10**zeros / 2 <= precise < c + 10**zeros
    step = 10.0**-coarse.decimals
    return abs(precise - c) < step - 1e-9 and (
        round(precise, coarse.decimals) == c or math.trunc(precise / step) * step == c
    )


def same_figure(a: Value, b: Value) -> bool:
    """The same figure written two ways (digits, words, grouping marks, rounding)."""
    if a.value == b.value:
        return True
    for one, other in ((a, b), (b, a)):
        for reading in other_readings(one):
            if reading == other.value or rounded_to(reading, other):
                return True
    return rounded_to(a.value, b) or rounded_to(b.value, a)


def word_digits(v: Value) -> int:
    """The significant digits of a figure written in words: those of the number before its
    multiplier word («خمسين ألف»: 50, two; «ثلاثة آلاف»: 3, one), so that «عشرة آلاف» is
    rounded to thousands, not to tens of thousands."""
    value = float(v.value)
    if value < 1 or not value.is_integer():
        return 1
    head = value / 1000 ** (int(math.log10(value)) // 3)
    return len(str(int(head))) if head.is_integer() else 1


def other_readings(v: Value) -> list[float]:
    """What a figure written with one mark before three digits may also mean: "33.288" is
    33,288 with a dot grouping thousands, "1,949 مليون" is 1.949 million with a decimal
    comma. A minute told beside the second half may count from the half's start."""
    if v.from_half:
        return [v.value + HALF_MINUTES]
    match = re.search(r"\d([.,٫٬،])\d{3}(?!\d)", to_ascii_digits(v.text))
    if not match:
        return []
    return [v.value * 1000] if match.group(1) in ".٫" else [v.value / 1000]


def compatible(a: Value, b: Value) -> bool:
    """Two values of one slot that can both be true: the same figure, a bound the other
    meets, or an approximation (or a unit conversion) close enough."""
    fits = within_both_harms(a, b)
    if fits is not None:
        return fits
    if a.unit != b.unit:
        x, y = a.base(), b.base()
        return math.isclose(x, y, rel_tol=CONVERSION_SHARE)
    if same_figure(a, b):
        return True
    for one, other in ((a, b), (b, a)):
        if one.high is not None and one.value <= other.value <= one.high:
            return True
        if one.bound == "at_least" and other.value >= one.value:
            return True
        if one.bound == "at_most" and other.value <= one.value:
            return True
        if one.bound == "about" and math.isclose(one.value, other.value, rel_tol=APPROXIMATE_SHARE):
            return True
    return False


def same_kind(a: Value, b: Value, noun_similarity: float | None = None) -> bool:
    """Two values count the same kind of thing: the same counted noun (stem) or unit
    dimension, or, across languages, counted nouns whose embeddings are close."""
    if a.dimension or b.dimension:
        return a.dimension == b.dimension
    if a.owner and b.owner and a.owner != b.owner:
        return False  # "مسلحي المقاومة" / "مسلحي الحوثي": two groups
    if a.noun_key and a.noun_key == b.noun_key:
        return True
    kind = noun_kinds().get(a.noun_key or "")
    if kind and kind == noun_kinds().get(b.noun_key or ""):
        return True  # "700 لاعب" / "7000 رياضي": one kind named in two words
    if one_harm(a, b) and counts_people(a) and counts_people(b):
        return True  # "خلفت 50 قتيلا" / "لقي 46 شخصا حتفهم": one toll
    if a.noun_key in person_nouns() and b.noun_key in person_nouns():
        return True  # "2.25 billion people" / "25,2 مليار شخص": people in any language
    return noun_similarity is not None and noun_similarity >= NOUN_SIMILARITY


def counts_people(v: Value) -> bool:
    """A toll's counted noun says only that people were hit: none, a generic noun ("شخصا",
    "people", "آخرين") or a casualty word itself ("قتيلا", "جرحى"); "جنود" or "مدنيين" name
    a group, and two groups' tolls are two facts."""
    if not v.noun:
        return True
    if v.noun_key in person_nouns():
        return True
    return any(casualty_of(w) for w in bare(v.noun).split()[:1])


@cache
def person_nouns() -> frozenset[str | None]:
    """The generic counted nouns of every language, as keys."""
    return frozenset().union(*(generic_nouns(lang) for lang in ("ar", "fa", "en")))


NOUN_SIMILARITY = 0.97  # raw e5 cosines of single words sit near 0.9 whatever they mean


def same_fact(
    a: Statement,
    b: Statement,
    similarity: float | None,
    phrase_similarity: dict[tuple[int, int], float] | None = None,
) -> bool:
    """Two sentences about one happening: alike in wording (one language) or in meaning
    (embeddings), or counting one kind of thing about one named subject at one time, and not
    naming two different places."""
    phrase = one_counted_phrase(a, b)
    if a.lang == b.lang and two_places(a.places, b.places) and not phrase:
        return False
    overlap = jaccard(a.keys, b.keys) if a.lang == b.lang else 0.0
    if overlap >= SAME_FACT_OVERLAP or phrase:
        return True
    if overlap >= SHARED_NAME_OVERLAP and (a.places & b.places or a.agents & b.agents):
        return True
    if one_toll(a, b):
        return True
    if one_count(a, b, phrase_similarity or {}):
        return True
    if aligned_across(a, b):
        return True
    return similarity is not None and similarity >= SAME_FACT_SIMILARITY[a.lang == b.lang]


def one_toll(a: Statement, b: Statement) -> bool:
    """Two sentences of one language, told at most a day apart, that name a place or agent in
    common and each give a toll of one kind of casualty (dead, or injured) counted as people,
    or by one counted noun ("مقتل 35 مدنيا" / "سقوط 46 مدنيا"): the slots align them however
    differently the outlets word the rest."""
    if a.lang != b.lang or not (a.places & b.places or a.agents & b.agents or placed_by(a, b)):
        return False
    gap = days_apart(a, b)
    if gap is None or gap > MAX_DAYS_SAME_TIME:
        return False
    return any(
        one_harm(v, w) and (counts_people(v) and counts_people(w) or v.noun_key == w.noun_key)
        for v in a.values
        for w in b.values
    )


COUNT_PHRASE_SIMILARITY = 0.92  # cosine of the words around two figures (figure_phrase)


def one_count(a: Statement, b: Statement, phrase_similarity: dict[tuple[int, int], float]) -> bool:
    """Two sentences told at most a day apart that name a place or agent in common (or one
    names no place and its document names the other's) and each count one kind of thing: the
    same counted noun (not a generic one: "شخص" is one_toll's), or, with embeddings, figures
    whose surrounding words read alike ("نتج عنها وفاة # مسافرين" / "وتوفي # أشخاص عندما").
    The slots align the two statements as one fact however differently the outlets word the
    rest; whether the figures agree is value_relation's to say."""
    if not (a.places & b.places or a.agents & b.agents or placed_by(a, b)):
        return False
    gap = days_apart(a, b)
    if gap is None or gap > MAX_DAYS_SAME_TIME:
        return False
    return any(
        v.noun_key
        and w.noun_key
        and v.dimension == w.dimension
        and v.dimension != MATCH_MINUTE  # every minute has one key: it ties no two matches
        and (
            v.noun_key == w.noun_key
            and v.noun_key not in person_nouns()
            or phrase_similarity.get((i, j), 0.0) >= COUNT_PHRASE_SIMILARITY
        )
        for i, v in enumerate(a.values)
        for j, w in enumerate(b.values)
    )


COUNTED_PHRASE_WORDS = 2  # words after a counted noun that two tellings of one count repeat


def counted_phrase(st: Statement, v: Value) -> tuple[str, ...] | None:
    """v's counted noun and the COUNTED_PHRASE_WORDS words right after it, bared, when one of
    those words is no function word («جمعية كشفية وطنية», «معتمر إلى المملكة»): the name of
    what is counted, which two outlets copying one count repeat word for word."""
    if not v.noun or v.unit or v.dimension or v.age:
        return None
    after = [w for start, _, w in words_of(st.text) if start >= v.end - st.start]
    phrase = tuple(bare(w) for w in after[: COUNTED_PHRASE_WORDS + 1])
    if len(phrase) <= COUNTED_PHRASE_WORDS or phrase[0] != bare(v.noun):
        return None
    return phrase if any(stems(w, st.lang) for w in phrase[1:]) else None


def one_counted_phrase(a: Statement, b: Statement) -> bool:
    """Two sentences of one language, told at most a day apart, that count one named thing in
    the same words («144 جمعية كشفية وطنية» / «160 جمعية كشفية وطنية»), the noun not a
    generic one, and name no known place the other's document does not (a story told from two
    places, Japan and the Saudi delegation, is one story): one count, however differently the
    rest is worded."""
    gap = days_apart(a, b)
    if a.lang != b.lang or gap is None or gap > MAX_DAYS_SAME_TIME:
        return False
    # (places the gazetteer knows: a written form, «كيرارا», is matched nowhere else)
    if not (linked(a.places) <= b.doc_places and linked(b.places) <= a.doc_places):
        return False
    return bool(counted_phrases(a) & counted_phrases(b))


def counted_phrases(st: Statement) -> set[tuple[str, ...]]:
    """The counted phrases of a statement's figures whose noun is not a generic one."""
    generic = person_nouns()
    return {p for v in st.values if v.noun_key not in generic and (p := counted_phrase(st, v))}


def placed_by(a: Statement, b: Statement) -> bool:
    """One sentence names no place and its document names every place the other sentence
    names ("قتل 5 أشخاص في انفجار بالرمادي" / "وأسفر الانفجار عن مصرع سبعة" in a report of
    Ramadi): the unnamed place is the document's."""
    return any(x.places and not y.places and x.places <= y.doc_places for x, y in ((a, b), (b, a)))


def linked(keys: set[str]) -> set[str]:
    """The entity keys linked to the knowledge base ("GPE:Scotland"), not a written form
    ("LOC:=..." or a transliteration "ORG:~...", "PER:^..."): the same in every language."""
    return {k for k in keys if not k.partition(":")[2].startswith(NOT_GAZETTEER)}


def aligned_across(a: Statement, b: Statement) -> bool:
    """Two sentences in two languages about one fact: by the linked entities they name, or
    by the figures they give."""
    return entities_align(a, b) or figures_align(a, b)


ARABIC_SCRIPT = frozenset({"ar", "fa"})  # languages that write names in one script


def cross_script(keys: set[str], lang: str, other: str) -> set[str]:
    """The entity keys of a sentence in `lang` that can name the same entity in a sentence in
    `other`: linked ids in any pair; a whole name's consonant skeleton or sounds (`TYPE:~…`,
    `TYPE:^…`, built from the letters in either script: "Peter Martin" / «بيتر مارتن» are
    both "~btr mrtn"); and between Arabic and Persian, which write names in one script, the
    normalized written form too (the Reuters report's coach is «لوک تون» in both)."""
    out = linked(keys)
    for key in keys - out:
        rest = key.partition(":")[2]
        if IN_DOCUMENT in rest or OWN_SPELLING in rest:
            continue  # one document's own key, or a spelling its entity does not hold
        one_script = rest.startswith("=") and {lang, other} <= ARABIC_SCRIPT
        if rest.startswith(("~", VOWELLED)) or (one_script and not rest.isascii()):
            out.add(key)
    return out


def shared_across(a: Statement, b: Statement) -> int:
    """How many places and agents two sentences in two languages name in common by their
    cross-script keys (`cross_script`)."""
    return len(names_across(a, b))


def names_across(a: Statement, b: Statement) -> set[str]:
    """The places and agents two sentences in two languages name in common by their
    cross-script keys (`cross_script`)."""
    places = cross_script(a.places, a.lang, b.lang) & cross_script(b.places, b.lang, a.lang)
    agents = cross_script(a.agents, a.lang, b.lang) & cross_script(b.agents, b.lang, a.lang)
    return places | agents


MAX_NAME_SENTENCES = 2  # a name in at most this many of a document's sentences is no topic


def rare_names_across(a: Statement, b: Statement, names: set[str]) -> int:
    """How many of the names two sentences in two languages share (`names`, from
    `names_across`) each document names in MAX_NAME_SENTENCES sentences at most: the report's
    main person («ترامب» in every other sentence) ties no two sentences, the coach named once
    does."""
    return sum(
        1
        for key in names
        if a.doc_names.get(key, 1) <= MAX_NAME_SENTENCES
        and b.doc_names.get(key, 1) <= MAX_NAME_SENTENCES
    )


def weekdays_across(a: Statement, b: Statement) -> tuple[int, int] | None:
    """`day_across` for two statements, the names they share across scripts read once, and
    not at all for two of one language, which it never compares (`relate` asks of every pair)."""
    if a.lang == b.lang:
        return None
    names = names_across(a, b)
    return day_across(a, b, len(names), rare_names_across(a, b, names))


def entities_align(a: Statement, b: Statement) -> bool:
    """Two sentences in two languages that name the same linked entities: two of them, or
    one and a figure both give ("30,000 pupils across Scotland" / "أكثر من 300 ألف تلميذ في
    جميع أنحاء أسكتلندا"). Linked entity ids are language-independent; written forms are not
    (the weekday of one sentence in two languages reads wider keys: `day_across`)."""
    if a.lang == b.lang:
        return False
    shared = len(linked(a.places) & linked(b.places)) + len(linked(a.agents) & linked(b.agents))
    if shared >= 2:
        return True
    return shared == 1 and any(compatible(v, w) for v in a.values for w in b.values)


MAX_DAYS_ACROSS = 3  # two languages' reports of one fact, told at most this many days apart


def figures_align(a: Statement, b: Statement) -> bool:
    """Two sentences in two languages, told at most MAX_DAYS_ACROSS days apart, that give the
    same telling figures (written in any script, words or grouping: "25,000-strong crowd" /
    "جمعیت ۲۵ هزار نفری"): two of them, or one when neither gives another telling figure.
    A translation keeps its figures; two stories rarely share a figure that is no year or
    small count."""
    gap = days_apart(a, b)
    if a.lang == b.lang or (gap is not None and gap > MAX_DAYS_ACROSS):
        return False
    these = [v for v in a.values if telling(v)]
    those = [w for w in b.values if telling(w)]
    shared = [(v, w) for v in these for w in those if one_figure(v, w)]
    if len({id(v) for v, _ in shared}) >= 2 and len({id(w) for _, w in shared}) >= 2:
        return True
    if len(shared) == 1 and len(these) == len(those) == 1:
        return True
    # a time of day and the day it names, the same in both ("at about 09:30 BST on Sunday" /
    # "در ساعت ۹:۳۰ ... در روز یکشنبه")
    same_time = {minutes(t) for t in a.times} & {minutes(t) for t in b.times} - {None}
    return bool(same_time) and bool(a.weekdays & b.weekdays or set(a.days) & set(b.days))


def telling(v: Value) -> bool:
    """A figure that says which fact it belongs to: not a year, nor a count under ten."""
    if v.decimals or v.dimension:
        return True
    year_like = v.value.is_integer() and 1900 <= v.value <= 2100
    return v.value >= 10 and not year_like


def one_figure(v: Value, w: Value) -> bool:
    """The same figure (or the same quantity in two units), not merely within a bound."""
    if v.unit != w.unit:
        return bool(v.dimension) and v.dimension == w.dimension and compatible(v, w)
    return same_figure(v, w)


def slot_name(v: Value) -> str:
    return v.unit or v.noun or v.noun_key or "value"


def value_relation(
    a: Statement,
    b: Statement,
    noun_similarity: dict[tuple[int, int], float],
    close_across: bool = False,
) -> Relation | None:
    """Compare the values of two statements about one fact: a figure present in both agrees;
    a figure of one kind in each, with no figure in common, differs."""
    unsure = None
    if pair := one_more_beside(a, b):
        return Relation(
            "differ", slot_name(pair[0]), "value", pair[0].text, pair[1].text, ONE_MORE_BESIDE
        )
    unmatched_a = [v for v in a.values if not any(answers(v, w, a, b) for w in b.values)]
    unmatched_b = [w for w in b.values if not any(answers(v, w, a, b) for v in a.values)]
    shared = len(a.values) - len(unmatched_a)
    for context, v, w in paired_figures(a, b, unmatched_a, unmatched_b, noun_similarity):
        needed = MIN_SHARED_CONTEXT + (v.noun_key in generic_nouns(a.lang))
        if minute_slot(a, b, v, w):
            needed = 0  # the one happening between the same two shared minutes
        elif beside_anchor(a, b, v, w):
            needed = 1  # the anchor's noun, shared by both contexts, is the word needed
        if context < needed or also_gives(b, v) or also_gives(a, w):
            # "377 applicants interviewed" / "76 applicants absent": two things counted
            unsure = Relation("unsure", slot_name(v), "value", v.text, w.text, "two counts")
            continue
        if v.unit != w.unit and v.dimension == w.dimension:
            continue  # a conversion too far apart: more likely two things than an error
        if (told_besides(a, v) or told_besides(b, w)) and abs(v.value - w.value) <= BESIDES_SLACK:
            # "the United States and 11 other countries" / "12 countries": one count
            unsure = Relation("unsure", slot_name(v), "value", v.text, w.text, "named ones beside")
            continue
        return Relation("differ", slot_name(v), "value", v.text, w.text, "different figures")
    if a.lang != b.lang and len(a.values) == len(b.values) == 1 and close_across:
        v, w = a.values[0], b.values[0]
        if v.dimension == w.dimension and (v.bound or w.bound) and far_bounds(v, w):
            # one sentence in two languages bounding its one figure at values an order apart
            # ("upwards of 30,000 pupils" / "أكثر من 300 ألف تلميذ"): a bound is no range here
            return Relation("differ", slot_name(v), "value", v.text, w.text, "one bound differs")
    if a.lang != b.lang and len(unmatched_a) == len(unmatched_b) == 1 and close_across:
        v, w = unmatched_a[0], unmatched_b[0]
        if v.dimension == w.dimension and not (v.bound or w.bound):
            return Relation("differ", slot_name(v), "value", v.text, w.text, "one figure differs")

    if a.lang != b.lang and close_across and (pair := one_bound_apart(a, b)):
        # "more than 2.25 billion people" / "أكثر من 25,2 مليار شخص" beside a figure both give
        return Relation(
            "differ", slot_name(pair[0]), "value", pair[0].text, pair[1].text, "one bound differs"
        )
    # a figure both give as written is matched; a bound speaks only for the rest ("نحو 61,3
    # ألف راكب مقارنة بحوالي 56,3 ألف" told twice: 61.3 is no bound of 56.3)
    exact_a = [v for v in a.values if not any(same_figure(v, w) for w in b.values)]
    exact_b = [w for w in b.values if not any(same_figure(v, w) for v in a.values)]
    bounded = [
        (v, w)
        for v in exact_a
        for w in exact_b
        if v.unit == w.unit and compatible(v, w) and same_kind(v, w)
    ]
    if bounded:
        v, w = bounded[0]
        return Relation("bounded", slot_name(v), "value", v.text, w.text, "a bound both meet")
    if shared and not unsure:
        return Relation("agree", None, None, None, None, "a figure in common")
    return unsure


ONE_MORE_BESIDE = "one more beside"


def one_more_beside(a: Statement, b: Statement) -> tuple[Value, Value] | None:
    """One count of people is a whole holding one it names («3 مسافرين بمن فيهم قائد
    الطائرة») and the other, the same figure, has one named added to it («3 ركاب ...
    بالإضافة إلى الطيار»): the wholes are N and N + 1. Read only when both sides say so."""
    for v in a.values:
        for w in b.values:
            if not ((v.including and w.plus_one) or (v.plus_one and w.including)):
                continue
            people = (v.casualty or counts_people(v)) and (w.casualty or counts_people(w))
            if people and not v.dimension and not w.dimension and same_figure(v, w):
                return v, w
    return None


def beside_anchor(a: Statement, b: Statement, v: Value, w: Value) -> bool:
    """v and w each sit beside an anchor: a figure both statements give for the same named
    kind of thing ("177 دولة" in "177 دولة ب700 لاعب" / "177 دولة وأكثر من 7000 رياضي"). Two
    tellings of one event that share one count and give a second beside it count the same
    second thing."""
    generic = generic_nouns(a.lang) | generic_nouns(b.lang)
    return any(
        x is not v
        and y is not w
        and x.noun_key
        and x.noun_key == y.noun_key
        and x.noun_key not in generic
        and not x.dimension
        and not y.dimension
        and same_figure(x, y)
        and x.noun_key in v.context
        and y.noun_key in w.context
        for x in a.values
        for y in b.values
    )


def shared_count(a: Statement, b: Statement) -> bool:
    """Both statements give one figure for one named kind of thing ("239 من الركاب" / "239
    راكبًا"): an anchor that ties two differently worded tellings to one happening."""
    generic = generic_nouns(a.lang) | generic_nouns(b.lang)
    return any(
        x.noun_key
        and y.noun_key
        and not x.dimension
        and not y.dimension
        and x.noun_key not in generic
        and y.noun_key not in generic
        and same_kind(x, y)
        and same_figure(x, y)
        for x in a.values
        for y in b.values
    )


def matches(v: Value, w: Value) -> bool:
    """Two figures that answer each other: compatible and not two kinds of casualty ("5 dead
    and 3 injured" / "3 dead and 3 injured": the 3 injured match, the dead differ), and a
    match minute only another minute (a bracketed «(13)» is one only in a sentence of goals)."""
    if (v.dimension == MATCH_MINUTE) != (w.dimension == MATCH_MINUTE):
        return False
    return compatible(v, w) and not two_harms(v, w)


def answers(v: Value, w: Value, a: Statement, b: Statement) -> bool:
    """v of a and w of b match, unless they count two named kinds of thing while the other
    statement gives one of them a differing figure of its own kind («وأصيب 29» met by the
    «العشرين» of «الأربع والعشرين ساعة» beside «وأصيب 15»): the figure of the other kind would
    hide the one that differs."""
    if not matches(v, w):
        return False
    if not two_kinds(v, w):
        return True
    return not (differs_in_kind(w, a.values) or differs_in_kind(v, b.values))


def two_kinds(v: Value, w: Value) -> bool:
    """Each figure names what it counts (a counted noun other than a generic one, or a
    dimension) and the two are not one kind of thing."""
    named_v = v.dimension or (v.noun_key and v.noun_key not in person_nouns())
    named_w = w.dimension or (w.noun_key and w.noun_key not in person_nouns())
    return bool(named_v and named_w) and not same_kind(v, w)


def differs_in_kind(x: Value, others: list[Value]) -> bool:
    """Another statement's figures hold one that counts x's own named kind and does not fit x."""
    return any(o.noun_key and same_kind(o, x) and not compatible(o, x) for o in others)


def two_harms(v: Value, w: Value) -> bool:
    """One figure counts the dead, the other the injured."""
    return bool(v.casualty and w.casualty and not one_harm(v, w))


def one_harm(v: Value, w: Value) -> bool:
    """Two tolls of one casualty kind, or one of them the dead and injured together."""
    return bool(v.casualty and w.casualty) and (
        v.casualty == w.casualty or BOTH_HARMS in (v.casualty, w.casualty)
    )


def within_both_harms(v: Value, w: Value) -> bool | None:
    """For the dead and injured together against a toll of one kind: whether the toll fits
    in the total ("مقتل وإصابة 35" holds 20 dead, not 46); None for any other two figures."""
    if (v.casualty == BOTH_HARMS) == (w.casualty == BOTH_HARMS) or not (v.casualty and w.casualty):
        return None
    total, part = (v, w) if v.casualty == BOTH_HARMS else (w, v)
    if total.bound == "at_least" or total.high is not None:
        return True
    return part.value <= total.value


def one_bound_apart(a: Statement, b: Statement) -> tuple[Value, Value] | None:
    """The one figure of each statement the other does not give, when the rest are given by
    both, the two are bounded alike, count one kind of thing and sit FAR_BOUNDS apart: one
    sentence in two languages whose bound a translation or a misprint moved an order away."""
    only_a = [v for v in a.values if not any(one_figure(v, w) for w in b.values)]
    only_b = [w for w in b.values if not any(one_figure(v, w) for v in a.values)]
    if len(only_a) != 1 or len(only_b) != 1 or len(a.values) < 2:
        return None
    v, w = only_a[0], only_b[0]
    if v.bound and v.bound == w.bound and same_kind(v, w) and far_bounds(v, w):
        return v, w
    return None


BESIDES_SLACK = 2  # those named beside "N others" that a total told elsewhere may include
FAR_BOUNDS = 3.0  # two bounds of one figure this many times apart are two figures


def far_bounds(v: Value, w: Value) -> bool:
    """Two bounds of the same kind (or a bound and a figure) at least FAR_BOUNDS apart; not
    one figure grouped two ways («أكثر من 360.000» / "more than 360,000")."""
    if (v.bound and w.bound and v.bound != w.bound) or same_figure(v, w):
        return False
    low, high = sorted((v.base(), w.base()))
    return low > 0 and high / low >= FAR_BOUNDS


def paired_figures(
    a: Statement,
    b: Statement,
    unmatched_a: list[Value],
    unmatched_b: list[Value],
    noun_similarity: dict[tuple[int, int], float],
) -> list[tuple[int, Value, Value]]:
    """Figures of one kind in each statement that neither matches, as (shared surrounding
    words, figure of a, figure of b), those sharing the most words first: "a 3.5% daily and a
    20% monthly fall" against "a 21% monthly fall" pairs the two monthly figures. A figure
    that shares as many words with another figure of the other statement is no pair of
    either (its shared words count 0): which of the two it answers is unknown."""
    pairs = [
        (shared_stems(v.context, w.context), v, w)
        for i, v in enumerate(a.values)
        if v in unmatched_a
        for j, w in enumerate(b.values)
        if w in unmatched_b and same_kind(v, w, noun_similarity.get((i, j)))
    ]
    out = []
    for n, v, w in pairs:
        rivals = [m for m, x, y in pairs if (x is v) != (y is w)]
        out.append((n if n > max(rivals, default=-1) else 0, v, w))
    return sorted(out, key=lambda p: -p[0])


def told_besides(st: Statement, figure: Value) -> bool:
    """The figure counts those beside one named, in its sentence («و11 دولة أخرى») or where
    its document gives the same figure of the same thing («الولايات المتحدة و11 دولة أخرى»
    in the lead, «تضم 11 دولة» further down): the whole is larger than the figure."""
    return figure.besides or any(
        v.besides and same_kind(figure, v) and same_figure(figure, v) for v in st.doc_values
    )


def also_gives(st: Statement, figure: Value) -> bool:
    """The statement's document gives `figure` for the same kind of thing elsewhere, in words
    that share at least one stem with the figure's own. The same figure in words with none in
    common counts something else («استضافت 18 أسرة» beside «تأمين سكن 13 أسرة في الفنادق»
    against another paper's «استضافت 13 أسرة»): it does not show that the two papers' figures
    count two things."""
    return any(
        same_kind(figure, v)
        and same_figure(figure, v)
        and shared_stems(figure.context, v.context) > 0
        for v in st.doc_values
    )


def same_moment(a: Statement, b: Statement) -> bool:
    """Nothing in the two sentences dates them apart: when both name weekdays (or dates),
    they name the same ones ("the night of Saturday to Sunday" / "of Sunday to Monday")."""
    if a.weekdays and b.weekdays and a.weekdays != b.weekdays:
        return False
    if a.relative_days and b.relative_days and not a.relative_days & b.relative_days:
        return False
    return not (a.days and b.days and set(a.days) != set(b.days))


def is_reading(st: Statement, text: str | None, across: bool = False) -> bool:
    """A figure that moves with the moment it is read at: a price or rate written with
    decimals, a percentage, index points. Two readings differ without contradicting."""
    v = next((v for v in st.values if v.text == text), None)
    # across languages, a multiplier word's decimals ("2.25 billion people") make an amount,
    # not a price (in one language "1.949 مليون" operating profit is still read as a reading)
    decimals = v is not None and v.decimals > 0 and not (v.scaled and across)
    return v is not None and (decimals or v.dimension in READINGS)


READINGS = {"percent", "points", "cent", "temperature"}
TOLD_TWICE_FIGURES = 2  # telling figures two copies of one report give alike


def told_twice(a: Statement, b: Statement, gap: int | None) -> bool:
    """One report told twice: the same day (or both undated), in one language, most of the
    wording shared and at least TOLD_TWICE_FIGURES telling figures given alike ("worth just
    $20 million (£10.5 million) in 2004 ... $1.8 billion (£9.4 million) by 2009" / "... (£94
    million) by 2009"): its readings are of one moment, so a figure that differs is a misprint
    of one of them, not a later reading. Only one figure of each may differ."""
    if a.lang != b.lang or gap not in (0, None) or jaccard(a.keys, b.keys) < CLOSE_OVERLAP:
        return False
    alike = {id(v) for v in a.values for w in b.values if telling(v) and one_figure(v, w)}
    only_a = [v for v in a.values if not any(one_figure(v, w) for w in b.values)]
    only_b = [w for w in b.values if not any(one_figure(v, w) for v in a.values)]
    # a reading that moved between two wire updates moves others with it (the platinum
    # price and its day's change; the palladium's): a misprint changes one figure alone
    return len(alike) >= TOLD_TWICE_FIGURES and len(only_a) == len(only_b) == 1


SAME_READING_MINUTES = 30  # two clock times this close name one moment of a market


def reading_moments(st: Statement) -> set[str]:
    """The moments a sentence names for a reading: its clock times, and the session's close
    or a moment while it runs (`close` / `intraday` cues: «عند التسوية», «منتصف التعاملات»)."""
    table = cues()
    words = [w for _, _, w in words_of(st.text)]
    named = {
        kind for kind in ("close", "intraday") if has_cue(words, table.get((st.lang, kind), ()))
    }
    return named | set(st.times)


def two_named_moments(a: Statement, b: Statement) -> bool:
    """Each sentence names the moment of its reading and no moment is common to both (a gold
    price "by 19:02 GMT" / "by 09:28 GMT"; an index at midday / at the close): the reading
    moved between them, an update (`claims_heldout.md`: "an intraday vs closing figure")."""
    moments_a, moments_b = reading_moments(a), reading_moments(b)
    if not (moments_a and moments_b) or moments_a & moments_b:
        return False
    clocks = [(minutes(x), minutes(y)) for x in moments_a for y in moments_b]
    return not any(
        x is not None and y is not None and abs(x - y) <= SAME_READING_MINUTES for x, y in clocks
    )


def named_same_moment(a: Statement, b: Statement) -> bool:
    """Both sentences name the same weekday or date."""
    return bool(a.weekdays & b.weekdays or set(a.days) & set(b.days))


def one_named_day(a: Statement, b: Statement) -> bool:
    """Both sentences name one day, as a weekday, a date or a resolved relative day («فجر أمس
    الأحد» printed Monday / «صباح اليوم الأحد» printed Sunday)."""
    named_a, named_b = set(a.days) | a.relative_days, set(b.days) | b.relative_days
    return named_same_moment(a, b) or bool(named_a & named_b)


def related_values(a: Statement, b: Statement, rel: Relation) -> tuple[Value | None, Value | None]:
    """The values of each statement a relation compares (`value_a` of a, `value_b` of b), or
    None where a statement holds no value so written."""
    va = next((v for v in a.values if v.text == rel.value_a), None)
    vb = next((v for v in b.values if v.text == rel.value_b), None)
    return va, vb


def figure_order(a: Statement, b: Statement, rel: Relation) -> int:
    """+1 when the later statement gives the larger figure, -1 the smaller, 0 unknown."""
    va, vb = related_values(a, b, rel)
    if va is None or vb is None or not a.published or not b.published:
        return 0
    if va.dimension == MATCH_MINUTE:
        return 0  # a moment of a match: a later report's larger minute revises nothing
    later_larger = (vb.value > va.value) == (b.published > a.published)
    return 1 if later_larger else -1


def relate(
    a: Statement,
    b: Statement,
    similarity: float | None = None,
    noun_similarity: dict[tuple[int, int], float] | None = None,
    phrase_similarity: dict[tuple[int, int], float] | None = None,
) -> Relation:
    """How statement b relates to statement a. `similarity` is the cosine of the two
    sentences' embeddings when known; `noun_similarity` that of their counted nouns, and
    `phrase_similarity` that of the words around their figures (`figure_phrase`), by (value
    index in a, value index in b)."""
    if a.doc == b.doc:
        return Relation("unrelated", reason="one document")
    polarity = polarity_relation(a, b, similarity)
    if polarity:
        return polarity
    if regions := two_regions(a, b, days_apart(a, b)):
        # one person's incident in two regions: the place is the slot (two places would
        # otherwise make the two sentences "not one fact")
        return Relation("contradict", "place", "value", *regions, "one incident in two regions")
    if days := match_days(a, b):
        # one match, named by its score in both, told on one day or on two (no wording in
        # common is needed: the score is the key)
        shown = (shown_day(a, days[0]), shown_day(b, days[1]))
        if days[0] == days[1]:
            return Relation("agree", "match day", "date", *shown, "one match on one day")
        return Relation("contradict", "match day", "date", *shown, "one match on two days")
    if days := weekdays_across(a, b):
        # one sentence in two languages naming one weekday each: the weekday is the slot
        shown = (shown_day(a, days[0]), shown_day(b, days[1]))
        if days[0] == days[1]:
            return Relation("agree", "day", "date", *shown, "one sentence in two languages")
        return Relation("contradict", "day", "date", *shown, "one sentence, two weekdays")
    if not same_fact(a, b, similarity, phrase_similarity):
        return Relation("unrelated", reason="not one fact")
    return relate_as_one_fact(a, b, similarity, noun_similarity)


def relate_as_one_fact(
    a: Statement,
    b: Statement,
    similarity: float | None = None,
    noun_similarity: dict[tuple[int, int], float] | None = None,
) -> Relation:
    """How statement b relates to statement a once the two are taken as one fact: the
    figures, then the dates, then the wording (`relate` past its alignment step)."""
    gap = days_apart(a, b)
    same_time = gap is None or gap <= MAX_DAYS_SAME_TIME
    values = value_relation(a, b, noun_similarity or {}, close(a, b, similarity))
    if values and values.verdict == "differ":
        if not same_moment(a, b):
            return _as(values, "unrelated", "figures for different days")
        if is_reading(a, values.value_a, a.lang != b.lang) and two_named_moments(a, b):
            return _as(values, "update", "a reading at two named moments")
        if (
            is_reading(a, values.value_a, a.lang != b.lang)
            and not named_same_moment(a, b)
            and not told_twice(a, b, gap)
        ):
            return _as(values, "unrelated", "a reading (price, rate, index) at an unnamed moment")
        if a.revision or b.revision or (gap is not None and gap > MAX_DAYS_SAME_TIME):
            return _as(values, "update", "a later or revised figure")
        if tally_for(a, values.value_a) or tally_for(b, values.value_b):
            return _as(values, "unrelated", "a running total or an increment")
        if (a.modality or b.modality) and not two_ages(a, b, values):
            return _as(values, "unrelated", "a plan or forecast, not a fact")
        if gap is None and not close(a, b, similarity):
            return _as(values, "unrelated", "no dates to tell one moment from two")
        if (
            gap == 1
            and figure_order(a, b, values) > 0
            and values.reason != ONE_MORE_BESIDE
            and not (two_ages(a, b, values) and one_named_day(a, b))
        ):
            # (a count told with one added to it is no later, higher report; nor is the age
            # of one named day's victim told the next day)
            return _as(values, "update", "the later report is higher")
        if not one_subject(a, b, values):
            return _as(values, "unrelated", "nothing shows the figures are of one subject")
        if far_apart(a, b, values) and not close(a, b, similarity):
            return _as(values, "unrelated", "figures far apart: two counts")
        if two_ages(a, b, values) and not one_person_aged(a, b, values):
            return _as(values, "unrelated", "the ages of two people")
        if aged_apart(a, b, values):
            return _as(values, "unrelated", "the ages of two people")
        if toll_against_count(a, b, values):
            return _as(values, "unrelated", "a toll against a count of the same noun")
        if deaths_on_one_side(a, b, values):
            return _as(values, "unrelated", "injured told with deaths on one side only")
        return _as(values, "contradict", "different figures for one fact at one time")
    if values and values.verdict == "unsure":
        return _as(values, "unrelated", "figures of one kind that may count two things")
    if values and values.verdict == "bounded":
        verdict = "update" if gap and (a.revision or b.revision or gap >= 1) else "unrelated"
        return _as(values, verdict, values.reason)
    dates = date_relation(a, b, same_time)
    if dates:
        return dates
    if values and values.verdict == "agree":
        return values
    if a.polarity == b.polarity and close(a, b, similarity):
        return Relation("agree", reason="the same wording")
    return Relation("unrelated", reason="nothing to compare")


TALLY_REACH = CONTEXT_WORDS  # words either side of a figure a running-total cue speaks for
_CLAUSE_MARK = re.compile(r"[،,;؛.!?:\"«»“”]")


def tally_for(st: Statement, figure: str | None) -> bool:
    """A running total or an increment told of this figure: the sentence's tally cue («رصيد»,
    "so far", "new", «خلال أسبوع») stands in the figure's clause or within TALLY_REACH words
    of it. A cue in another clause of a long sentence tells of something else (the «تحد جديد»
    of a player's farewell, quoted after his 109 matches) and leaves the figure a plain count."""
    if not st.tally:
        return False
    v = next((v for v in st.values if v.text == figure), None)
    if v is None:
        return True
    s, e = v.start - st.start, v.end - st.start
    marks = [m.start() for m in _CLAUSE_MARK.finditer(st.text)]
    clause_start = max((m for m in marks if m < s), default=-1)
    clause_end = min((m for m in marks if m >= e), default=len(st.text))
    found = words_of(st.text)
    at = next((i for i, (ws, _, _) in enumerate(found) if ws >= s), len(found))
    near = {i for i in range(max(at - TALLY_REACH, 0), at + TALLY_REACH)}
    near |= {i for i, (ws, _, _) in enumerate(found) if clause_start < ws < clause_end}
    words = [w if i in near else "" for i, (_, _, w) in enumerate(found)]
    return has_cue(words, cues().get((st.lang, "tally"), ()))


def shared_stems(these: set[str], those: set[str]) -> int:
    """How many of `these` stems are in `those`, a stem also matching a longer word it starts
    ("خطف" in "خطفت": light stems keep some suffixes)."""
    return sum(
        1
        for k in these
        if k in those
        or (len(k) >= 3 and any(t.startswith(k) or k.startswith(t) for t in those if len(t) >= 3))
    )


def polarity_relation(a: Statement, b: Statement, similarity: float | None) -> Relation | None:
    """One statement denying what the other asserts (contradict), or both denying one thing
    (agree): what is denied must be worded in the other statement, at the same time."""
    gap = days_apart(a, b)
    # A denial answers an earlier report (days later); a negated state may simply change.
    window = MAX_DAYS_DENIAL if "denial" in (a.denial, b.denial) else MAX_DAYS_SAME_TIME
    if gap is not None and gap > window or a.modality or b.modality:
        return None
    if a.lang == b.lang and two_places(*denial_places(a, b)):
        return None
    related = a.lang != b.lang or jaccard(a.keys, b.keys) >= DENIAL_OVERLAP
    if a.polarity == b.polarity == "denied":
        if related and shared_stems(a.denied_keys, b.denied_keys) >= DENIAL_SHARED:
            return Relation("agree", "polarity", "negation", "denied", "denied", "both deny")
        return None
    if a.polarity == b.polarity or not related:
        return None
    denied, other = (a, b) if a.polarity == "denied" else (b, a)
    if shared_stems(denied.denied_keys, other.keys | other.harms) < DENIAL_SHARED:
        return None
    # The other must assert the act denied, not merely share its words: "نفى ... رفع
    # الإيقافات" against "تسربت أنباء عن موافقة الاتحاد على رفع الإيقاف", not against "رفض
    # طلب رفع الإيقاف" nor a sentence about the same players' referees.
    if not asserts(other, denied.denied_head):
        return None
    if statement_slots.reported_claim(denied, other):  # two parties, not two outlets
        return None
    return Relation("contradict", "polarity", "negation", a.polarity, b.polarity, "denial")


def act_denied(
    text: str, span: tuple[int, int], mentions: list[dict[str, Any]], offset: int, lang: str
) -> str | None:
    """The stem of the first word a denial denies, past who denies it: words of a named
    person, group or place and words naming a teller ("المتحدث الرسمي باسم") are skipped
    ("نفى المتحدث باسم طالبان نبأ وفاة…" → نبأ)."""
    names = [(m["start"] - offset, m["end"] - offset) for m in mentions]
    words = [w for _, _, w in words_of(text)]
    skipped = tuple(c for kind in SKIPPED for c in cues().get((lang, kind), ()))
    for i, (s, _, word) in enumerate(words_of(text)):
        if not span[0] <= s < span[1] or any(a <= s < b for a, b in names):
            continue
        if cue_at(words, i, skipped) or subject_like(word, lang):
            continue
        if kind := casualty_of(word):  # "نفت مقتل حقاني" meets "وفاة زعيمها"
            return f"<{kind}>"
        found = stems(word, lang)
        if found:
            return next(iter(found))
    return None


SKIPPED = ("teller", "report", "auxiliary")  # cue kinds read past to reach the act denied


def subject_like(word: str, lang: str) -> bool:
    """An Arabic word right after a denial verb that is its subject or a phrase of place, not
    what is denied: a definite noun ("نفى المتهمون", "نفت الإدارة العامة") or a word behind a
    preposition ("بمنطقة", "للتعليم"). What is denied is mostly an indefinite verbal noun in
    construct ("نفى وجود", "نفت وصول", "نفى رفع")."""
    if lang != "ar":
        return False
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return w.startswith(("ال", "لل", "بال")) or (w[:1] in "بل" and len(w) > 4)


NEGATION_REACH = 3  # words before an act that may negate it ("عدم وجود", "لم يتم رفع")


def asserts(st: Statement, head: str | None) -> bool:
    """The statement names the act `head` (a stem) and no negation, denial or refusal word
    stands just before any mention of it ("قررت رفض رفع الإيقاف")."""
    if not head:
        return False
    words = [w for _, _, w in words_of(st.text)]
    table = cues()
    negative = tuple(
        c for kind in ("denial", "negation", "refusal") for c in table.get((st.lang, kind), ())
    )
    named = [i for i, word in enumerate(words) if names_act(word, head, st.lang)]
    return bool(named) and not any(
        cue_at(words, j, negative) for i in named for j in range(max(i - NEGATION_REACH, 0), i)
    )


def two_places(x: set[str], y: set[str]) -> bool:
    """Both name places, and none in common: two incidents."""
    return bool(x and y and not x & y)


def denial_places(a: Statement, b: Statement) -> tuple[set[str], set[str]]:
    """The places to compare when one statement denies what the other asserts: those named
    in what is denied (a ministry "of the United States" denying a kidnapping near Azaz names
    no place of the kidnapping), else every place of each."""
    if a.polarity != b.polarity:
        denied, other = (a, b) if a.polarity == "denied" else (b, a)
        return denied.denied_places, other.places
    return a.places, b.places


def close(a: Statement, b: Statement, similarity: float | None) -> bool:
    """Two sentences saying nearly the same thing: most of their wording shared, or (across
    languages) the same linked entities or embeddings very close."""
    if a.lang == b.lang and jaccard(a.keys, b.keys) >= CLOSE_OVERLAP:
        return True
    # Shared figures align two languages' sentences but do not make them say the same thing:
    # a figure that differs beside them may be another fact.
    if entities_align(a, b):
        return True
    return similarity is not None and similarity >= CLOSE_SIMILARITY[a.lang == b.lang]


SUBJECT_OVERLAP = 0.5  # wording two sentences share to be about one subject without a name
SUBJECT_CONTEXT = 8  # words around the two figures they share to be one phrase told twice


def minute_slot(a: Statement, b: Statement, v: Value, w: Value) -> bool:
    """Two minutes of one match, one in each sentence, that neither gives and that sit in the
    same place among the minutes both give, each alone there: «الدقيقة (11)» before «(13)»
    told by one outlet, «الدقيقة العاشرة» before «الدقيقة الـ 13» by another, is the one
    goal both tell of before the one they agree on. Both must be told of a goal (a goal word
    since the minute before), and without a minute in common the order ties nothing."""
    if v.dimension != MATCH_MINUTE or w.dimension != MATCH_MINUTE or not (v.goal and w.goal):
        return False  # a goal in one and a red card in the other may share a place
    ours = [x for x in a.values if x.dimension == MATCH_MINUTE]
    theirs = [y for y in b.values if y.dimension == MATCH_MINUTE]
    if any(x.from_half for x in ours + theirs):
        return False  # a minute that may count from the half has no one place in the order
    shared = {x.value for x in ours if any(matches(x, y) for y in theirs)}
    if not shared:
        return False

    def place(x: Value) -> int:
        return sum(s < x.value for s in shared)

    alone_a = [x for x in ours if x.value not in shared and place(x) == place(v)]
    alone_b = [y for y in theirs if y.value not in shared and place(y) == place(w)]
    return place(v) == place(w) and alone_a == [v] and alone_b == [w]


def one_subject(a: Statement, b: Statement, rel: Relation | None = None) -> bool:
    """Whether two figures of one kind are about one subject: the sentences name a person,
    group or place in common, or (in one language) share most of their wording, or the two
    figures stand in one phrase told twice (most of the words around them the same: "أسفرت
    عن سقوط 24 قتيلا من ميليشيات الحوثي وإصابة العشرات" / "... 16 قتيلا ..."). A story of
    many like items (a results season, a sports meeting, an election in many regions) gives
    figures of one kind for different companies, races or regions; without a shared name
    they are not one fact. Across languages the embeddings decided already."""
    va, vb = related_values(a, b, rel) if rel else (None, None)
    if va and vb and va.dimension == MATCH_MINUTE:
        # two friendlies in one country on one day: a minute is one match's only when both
        # sentences name a player or team in common and tell alike what happened then
        return bool(a.agents & b.agents) and (
            shared_stems(va.context, vb.context) >= MINUTE_CONTEXT or minute_slot(a, b, va, vb)
        )
    if a.lang != b.lang:
        return True
    if a.places & b.places or a.agents & b.agents or jaccard(a.keys, b.keys) >= SUBJECT_OVERLAP:
        return True
    if rel is None:
        return False
    return bool(va and vb) and shared_stems(va.context, vb.context) >= SUBJECT_CONTEXT


def two_ages(a: Statement, b: Statement, rel: Relation) -> bool:
    """The two figures that differ are both told as someone's age («(24 عاما)» / «(25)
    عاما»): an age told a day later is no later count, and a sentence planning a signing still
    states the player's age as a fact."""
    va, vb = related_values(a, b, rel)
    return bool(va and vb) and va.age and vb.age


def aged_apart(a: Statement, b: Statement, rel: Relation) -> bool:
    """The ages of two people each named right before it («كاهيل (29 عاما)» / «تشيك (33
    عاما)»), or a named person's age against a figure of years not told as an age («تشيك (33
    عاما)» / «اللاعب البالغ عمره 21 عاما»). An age with a name against one without («آل منصور
    (١٨) عاما» / «يبلغ من العمر 20 عاما») may be one person's and is left to compare."""
    va, vb = related_values(a, b, rel)
    if not (va and vb):
        return False
    if va.age_of and vb.age_of:
        return va.age_of != vb.age_of
    return bool(va.age_of and not vb.age or vb.age_of and not va.age)


def one_person_aged(a: Statement, b: Statement, rel: Relation) -> bool:
    """Two ages told of the same relative, or of no relative on either side: «شقيقه (34
    عاما)» is the brother's age, not that of «الشاب البالغ من العمر (27 عاما)»."""
    va, vb = related_values(a, b, rel)
    if not (va and vb):
        return True
    kin_a, kin_b = va.age_kin, vb.age_kin
    return kin_a == kin_b or bool(kin_a and kin_b and noun_key(kin_a) == noun_key(kin_b))


def toll_against_count(a: Statement, b: Statement, rel: Relation) -> bool:
    """One figure is a toll (the numbers stage read who was killed or hurt) and the other is
    not: "مقتل 56 من مسلحي الحوثي" / "تم أسر 11 مسلحا", "مقتل 46 مدنيا" / "خمسة مدنيين" among
    other dead. A revision may still raise a toll told in other words; a disagreement needs
    two tolls."""
    va, vb = related_values(a, b, rel)
    return bool(va and vb) and bool(va.casualty) != bool(vb.casualty)


def deaths_on_one_side(a: Statement, b: Statement, rel: Relation) -> bool:
    """Two counts of the injured where one report tells of deaths and the other's document
    of none ("أصيب ثمانية أشخاص" at one spot / "لقي شخصان مصرعهما وأصيب 4 آخرون" further
    down the same road): more likely two incidents than two counts of one."""
    va, vb = related_values(a, b, rel)
    if not (va and vb and va.casualty == vb.casualty == "injured"):
        return False

    def deaths(st: Statement) -> bool:
        return any(v.casualty in ("killed", BOTH_HARMS) for v in st.doc_values + st.values)

    return deaths(a) != deaths(b)


FAR_APART = 3.0  # two figures of one noun this many times apart count two things (a misprint aside)


def far_apart(a: Statement, b: Statement, rel: Relation) -> bool:
    """Two figures of one kind FAR_APART or more apart in one language, not the same digits
    moved by a power of ten or misordered (a misprint: 700 / 7000, 9.4 / 94, 4.14 / 14.4):
    42 Houthis killed in two days of clashes against five when a convoy was hit, 300 million
    Chinese watching against 1.3 billion encouraged — two counts, not one told two ways."""
    va, vb = related_values(a, b, rel)
    if a.lang != b.lang or not (va and vb) or va.dimension == MATCH_MINUTE:
        return False
    low, high = sorted((va.base(), vb.base()))
    return low > 0 and high / low >= FAR_APART and digits_of(va) != digits_of(vb)


def digits_of(v: Value) -> str:
    """The significant digits of a figure's value, sorted, zeros left out ("13" of 1.3
    billion and of 310): what a misprint keeps when it shifts or swaps them."""
    return "".join(sorted(d for d in f"{v.base():.6e}".split("e")[0] if d not in "0.-"))


def _as(rel: Relation, verdict: str, reason: str) -> Relation:
    return Relation(verdict, rel.slot, rel.kind, rel.value_a, rel.value_b, reason)


def date_relation(a: Statement, b: Statement, same_time: bool) -> Relation | None:
    """Two statements naming the day (weekday, or date in full) or time of one happening: the
    same day agrees; different days contradict when the sentences are closely alike."""
    strict = jaccard(a.keys, b.keys) >= DATE_OVERLAP if a.lang == b.lang else False
    for slot, x, y in (("weekday", a.weekdays, b.weekdays), ("date", set(a.days), set(b.days))):
        if not x or not y:
            continue
        shown = (day_name(slot, x), day_name(slot, y))
        if x & y:
            return Relation("agree", "date", "date", *shown, "the same day")
        if len(x) == len(y) == 1 and strict and max(a.words, b.words) <= MAX_DATE_WORDS:
            return Relation("contradict", "date", "date", *shown, "different days")
        return None
    if (
        len(a.months) == len(b.months) == 1
        and a.months != b.months
        and (strict or a.lang == b.lang and shared_count(a, b))
        and max(a.words, b.words) <= MAX_DATE_WORDS
        and not (a.modality or b.modality or a.revision or b.revision)
    ):
        # "وفي مايو أيار اختفت طائرة الركاب الماليزية" / "... اختفت ... في 8 مارس 2014":
        # one happening, closely alike, told in two months
        shown = (month_name(a.months), month_name(b.months))
        return Relation("contradict", "date", "date", *shown, "different months")
    if two_days_of_one_print_day(a, b):
        shown = (day_name("date", a.relative_days), day_name("date", b.relative_days))
        past = max(a.relative_days | b.relative_days) < (a.published or "")
        reason = "different days before printing" if past else "days further apart than print lag"
        return Relation("contradict", "date", "date", *shown, reason)
    readings = any(v.decimals or v.dimension in READINGS for v in a.values + b.values)
    pair = None if readings else times_to_compare(a, b)
    if pair:
        ta, tb = moments(a, b, pair)
        if ta is not None and tb is not None:
            apart = abs(ta - tb)
            if pair[0] in a.open_times or pair[1] in b.open_times:
                apart = min(apart, abs(apart - 12 * 60))  # the other half of the day
            if apart <= 30:
                return Relation("agree", "time", "date", *pair, "the same time")
            # times are compared in one zone: both in the one written, or both moved to UTC by
            # the offsets the dates stage recorded ("02:30 BST" and "01:30 GMT" are one moment)
            if same_time and strict and one_clock(a.zones.get(pair[0]), b.zones.get(pair[1])):
                return Relation("contradict", "time", "date", *pair, "times")
    return None


def times_to_compare(a: Statement, b: Statement) -> tuple[str, str] | None:
    """The time of day each statement gives: its only one, or, when a sentence tells one
    moment in several zones («17:00 بتوقيت مكة (14:00 بتوقيت جرينتش)»), its time in the zone
    of the other's only time."""
    if len(a.times) == len(b.times) == 1:
        return a.times[0], b.times[0]
    if len(b.times) == 1 and (in_zone := time_in_zone(a, b.zones.get(b.times[0]))):
        return in_zone, b.times[0]
    if len(a.times) == 1 and (in_zone := time_in_zone(b, a.zones.get(a.times[0]))):
        return a.times[0], in_zone
    return None


def moments(a: Statement, b: Statement, pair: tuple[str, str]) -> tuple[int | None, int | None]:
    """The two times in minutes after midnight: in UTC when both carry a UTC offset (the
    dates stage records a zone by its offset on the day, "UTC+01:00"), else as written."""
    ta, tb = minutes(pair[0]), minutes(pair[1])
    shift_a, shift_b = utc_shift(a.zones.get(pair[0])), utc_shift(b.zones.get(pair[1]))
    if ta is None or tb is None or shift_a is None or shift_b is None:
        return ta, tb
    return (ta - shift_a) % (24 * 60), (tb - shift_b) % (24 * 60)


UTC_ZONE = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")


def utc_shift(zone: str | None) -> int | None:
    """Minutes east of UTC of a zone recorded by its offset ("UTC-04:00" → -240), else None."""
    m = UTC_ZONE.match(zone or "")
    if not m:
        return None
    return (1 if m[1] == "+" else -1) * (int(m[2]) * 60 + int(m[3]))


def one_clock(zone_a: str | None, zone_b: str | None) -> bool:
    """Whether two times' zones let them be compared: one zone, or two known UTC offsets."""
    return zone_a == zone_b or (utc_shift(zone_a) is not None and utc_shift(zone_b) is not None)


def time_in_zone(st: Statement, zone: str | None) -> str | None:
    """The statement's time in `zone` when its times are one moment told in several zones
    (each time zoned, no zone twice: «17:00 بتوقيت مكة ... 19:00 بتوقيت مكة» are two moments)."""
    zones = [st.zones.get(t) for t in st.times]
    if not zone or zone not in zones or None in zones or len(set(zones)) < len(zones):
        return None
    return st.times[zones.index(zone)]


PAST_DAYS_OVERLAP = 0.5  # a copy of one text, its relative day alone changed
# ...or one act retold in other words with the same figure («اختتم المنتخب ... أول من أمس
# ... من دور الـ64» / «اختتم المنتخب ... مساء أمس ... من الدور 64»)
PAST_DAYS_OVERLAP_WITH_FIGURE = 0.4
# a wire lead runs long («تمكنت فرقة الدفاع المدني ... يوم أمس الأول حيث ...»)
MAX_PAST_DAY_WORDS = 80


def two_days_of_one_print_day(a: Statement, b: Statement) -> bool:
    """One text printed the same day by two papers, each putting the happening on one day
    counted from that day, and on different ones: both before it («أمس» / «أمس الأول», both
    printed on the 4th), or two days or more apart («اليوم» / «بعد غد»). Two papers' "today"
    and "yesterday" of one print day are often one day, told online the same day and in print
    the next, so a day of printing on either side settles nothing; a weekday or a date named
    beside a relative word shows what the paper meant by it."""
    if a.lang != b.lang or not a.published or a.published != b.published:
        return False
    if a.weekdays or b.weekdays or a.days or b.days or a.modality or b.modality:
        return False
    if len(a.relative_days) != 1 or len(b.relative_days) != 1:
        return False
    day_a, day_b = next(iter(a.relative_days)), next(iter(b.relative_days))
    return (
        day_a != day_b
        and (max(day_a, day_b) < a.published or beyond_print_lag(day_a, day_b, a.published))
        and jaccard(a.keys, b.keys) >= past_days_overlap(a, b)
        and max(a.words, b.words) <= MAX_PAST_DAY_WORDS
    )


PRINT_LAG_DAYS = 1  # online the same day, in print the next: one day, never two
# the reach of relative-day words from the print day («أمس الأول» … «بعد غد»): a day and month
# without a year («في 12 آب») is read as relative too, and may name another happening's day
RELATIVE_WORD_DAYS = 2


def beyond_print_lag(day_a: str, day_b: str, printed: str) -> bool:
    """Two days relative words name from one print day, further apart than print lag explains."""
    a, b, day = (date.fromisoformat(d[:10]) for d in (day_a, day_b, printed))
    near = all(abs((d - day).days) <= RELATIVE_WORD_DAYS for d in (a, b))
    return near and abs((a - b).days) > PRINT_LAG_DAYS


def past_days_overlap(a: Statement, b: Statement) -> float:
    """The wording overlap two past days need: a copy's, or less when both give one figure."""
    shared = any(same_figure(v, w) for v in a.values for w in b.values)
    return PAST_DAYS_OVERLAP_WITH_FIGURE if shared else PAST_DAYS_OVERLAP


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_name(slot: str, days: set) -> str:
    return ", ".join(sorted(WEEKDAY_NAMES[d] for d in days) if slot == "weekday" else sorted(days))


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip


def month_name(months: set[int]) -> str:
    return MONTH_NAMES[next(iter(months)) - 1]


def minutes(hhmm: str) -> int | None:
    m = re.match(r"T?(\d{1,2}):(\d{2})", hhmm)
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def slot_label(rel: Relation) -> str:
    """ "death toll: 27 vs 31"-style label of the slot two statements differ on."""
    name = {"polarity": "asserted vs denied"}.get(rel.slot or "", rel.slot or "statement")
    if rel.slot == "polarity":
        return name
    return f"{name}: {rel.value_a} vs {rel.value_b}"


# --- a story's contradictions -----------------------------------------------------------

MAX_STORY_STATEMENTS = 3000  # statements compared per story (the newest documents' first)
MAX_STORY_CONTRADICTIONS = 50


def source_of(st: Statement) -> str:
    """Who published a statement: its outlet, or its document when the outlet is unknown."""
    return st.outlet or st.doc


def comparable(docs: list[Document]) -> list[Statement]:
    """The statements of a story's documents, copies left out (a reprint agrees with its
    original), newest documents first up to MAX_STORY_STATEMENTS."""
    originals = [d for d in docs if not d.duplicate_of and d.text]
    originals.sort(key=lambda d: first_day(d.published) or "", reverse=True)
    out: list[Statement] = []
    plain: list[Statement] = []
    for doc in originals:
        read = document_statements(doc)
        out.extend(read.said)
        plain.extend(read.plain)
        if len(out) >= MAX_STORY_STATEMENTS:
            break
    out = out[:MAX_STORY_STATEMENTS]
    # (each sentence without a figure keeps its own document's figures and places)
    return out + asserting_denied(out, plain)[: MAX_STORY_STATEMENTS - len(out)]


@dataclass(frozen=True)
class DocumentStatements:
    """A document's statements as `statements` reads them: those worth comparing and the
    other sentences."""

    said: tuple[Statement, ...]
    plain: tuple[Statement, ...]


STATEMENTS_KEPT = 1024  # documents whose statements are kept (~85 KB each): a growing story's


class StatementsRead:
    """The statements of the documents read last, by everything `statements` reads of a
    document: a story's refresh reads every document of the story again at every batch that
    adds to it, and a document read again gives the same statements (never changed once made).
    A document stored again with other entities, quotes, figures or dates is read afresh."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.kept: OrderedDict[bytes, DocumentStatements] = OrderedDict()

    @staticmethod
    def key(doc: Document) -> bytes:
        """A digest of everything `statements` reads of a document: 20 bytes kept per
        document, not its whole text and the written form of its marks. (Pickled, which is
        twice as quick as `repr`: equal marks that share objects otherwise might pickle
        otherwise, a document read afresh, never two documents taken for one.)"""
        marks = (doc.published, doc.entities, doc.quotes, doc.numbers, doc.dates)
        fields = (doc.id, doc.lang, doc.outlet, doc.text, marks)
        return hashlib.sha1(pickle.dumps(fields, protocol=5)).digest()

    def get(self, doc: Document) -> DocumentStatements:
        key = self.key(doc)
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
            return found
        plain: list[Statement] = []
        said = statements(doc, plain)
        found = self.kept[key] = DocumentStatements(tuple(said), tuple(plain))
        if len(self.kept) > self.size:
            self.kept.popitem(last=False)
        return found


_READ = StatementsRead(STATEMENTS_KEPT)


def document_statements(doc: Document) -> DocumentStatements:
    """`statements` of a document with the other sentences, kept for the documents read last
    (`StatementsRead`)."""
    return _READ.get(doc)


def asserting_denied(said: list[Statement], plain: list[Statement]) -> list[Statement]:
    """The sentences with no figure or day that hold DENIAL_SHARED of the words some statement
    of the story denies: the assertions a denial may contradict."""
    denied = {k for st in said for k in st.denied_keys}
    if not denied:
        return []
    return [st for st in plain if len((st.keys | st.harms) & denied) >= DENIAL_SHARED]


def comparison_blocks(said: list[Statement]) -> dict[tuple[str, ...], list[int]]:
    """Statements by what a contradiction needs them to share, in one language: a counted
    noun or unit, a named day, a denied word (the members of a block in order)."""
    blocks: dict[tuple[str, ...], list[int]] = {}
    # What any statement denies: a statement asserting it, in whatever slots, may be the
    # other side of the denial.
    denied = {k for st in said for k in st.denied_keys}
    for i, st in enumerate(said):
        keys = {("v", v.unit or v.noun_key or "") for v in st.values if v.unit or v.noun_key}
        # a counted noun of a kind named in other words meets the others of its kind
        # ("239 من الركاب" / "239 راكبًا")
        keys |= {("v", f"[{k}]") for v in st.values if (k := noun_kinds().get(v.noun_key or ""))}
        # a toll counted as people meets the other tolls of its kind whatever noun counts
        # them ("50 قتيلا" / "46 شخصا … حتفهم")
        keys |= {("v", f"<{v.casualty}>") for v in st.values if v.casualty and counts_people(v)}
        # a count named in words the outlets repeat («جمعية كشفية وطنية») meets its copies
        keys |= {("v", f"«{' '.join(p)}»") for p in counted_phrases(st)}
        keys |= {("d", "")} if st.days or st.weekdays or st.times or st.months else set()
        # a match's result meets the other tellings of that result, whatever their wording
        # (`statement_days`): the score is the key two reports of one match share
        keys |= {("s", f"{low}-{high}") for (low, high), _ in scores_of(st) if st.weekdays}
        keys |= {("n", k) for k in st.denied_keys | ((st.keys | st.harms) & denied)}
        for key in keys:
            blocks.setdefault((st.lang, *key[:1], key[1]), []).append(i)
    return blocks


class Alignment:
    """Which statement of another document a statement is best matched with (most shared
    wording): a wire story reprinted with one figure changed keeps its sentences in step, and
    only sentences matched both ways are compared (not every sentence with every other)."""

    def __init__(self, said: list[Statement]) -> None:
        self.said = said
        self.by_doc: dict[str, list[int]] = {}
        for i, st in enumerate(said):
            self.by_doc.setdefault(st.doc, []).append(i)
        # a statement's best match depends only on its words: copies of one sentence (a wire
        # story in many outlets) share one search per document
        wordings: dict[frozenset[str], int] = {}
        self.wording = [wordings.setdefault(frozenset(st.keys), len(wordings)) for st in said]
        self._best: dict[tuple[int, str], int] = {}

    def best(self, i: int, doc: str, tolls: list[set[int]] | None = None) -> int:
        """The statement of `doc` most alike in wording to statement i; with `tolls` (the
        toll blocks of each statement), a statement giving a toll is matched among the
        statements giving a toll of its kind: a toll told in other words is compared with the
        other document's toll, not with a sentence sharing more words but no toll."""
        mine = frozenset(tolls[i]) if tolls is not None else frozenset()
        key = (self.wording[i], doc, mine)
        if key not in self._best:
            keys = self.said[i].keys
            members = self.by_doc[doc]
            if tolls is not None and mine:
                members = [j for j in members if not mine.isdisjoint(tolls[j])] or members
            self._best[key] = max(members, key=lambda j: (jaccard(keys, self.said[j].keys), -j))
        return self._best[key]


def aligned_pairs(said: list[Statement], across_sources: bool = True) -> list[tuple[int, int]]:
    """The pairs of statements from two sources (two documents, with `across_sources` off) that share a comparison block (a counted
    noun or unit, a named day, a denied word: the only pairs that can contradict) and are
    each other's best match (`Alignment.best`), in order. Found from each statement's best
    match in each document it shares a block with, not by listing every pair of a block: a
    story of hundreds of copies of one wire text has millions of such pairs but one match per
    document. A toll's best match is sought among the other document's tolls of its kind, and
    a count named in repeated words among the other document's counts named so."""
    by_key = comparison_blocks(said)
    blocks = list(by_key.values())
    aligned = Alignment(said)
    tolls: list[set[int]] = [set() for _ in said]  # the toll blocks of each statement
    for b, key in enumerate(by_key):
        # a toll, a counted phrase or a match's score: matched among the other document's
        # statements that give it
        if key[1] == "s" or key[1] == "v" and key[2].startswith(("<", "«")):
            for i in by_key[key]:
                tolls[i].add(b)
    block_docs = [{said[i].doc for i in members} for members in blocks]
    of: list[set[int]] = [set() for _ in said]  # the blocks of each statement
    for b, members in enumerate(blocks):
        for i in members:
            of[i].add(b)
    sources = {st.doc: source_of(st) if across_sources else st.doc for st in said}
    pairs: set[tuple[int, int]] = set()
    for i, st in enumerate(said):
        source = sources[st.doc]
        docs = {doc for b in of[i] for doc in block_docs[b]}
        for doc in docs:
            if sources[doc] == source:
                continue
            j = aligned.best(i, doc, tolls)
            if of[i].isdisjoint(of[j]):
                continue
            if aligned.best(j, st.doc, tolls) == i:
                pairs.add((min(i, j), max(i, j)))
    return sorted(pairs)


def contradiction_item(a: Statement, b: Statement, rel: Relation) -> dict[str, Any]:
    """A contradiction as the export's Story lists it, with the slot, values, outlets and
    publication days of both sides."""
    return {
        "about": slot_label(rel),
        "kind": rel.kind or "other",
        "a": a.evidence(),
        "b": b.evidence(),
        "fact": rel.slot,
        "values": [rel.value_a, rel.value_b],
        "outlets": [a.outlet, b.outlet],
        "published": [a.published, b.published],
    }


def both_report_both_sides(said: list[Statement], a: Statement, b: Statement) -> bool:
    """Each of the two documents of a denial and an assertion reports the other side too (the
    doctors deny the substance was among the medicines sent; the test found it: every outlet
    tells both): a dispute between sources that the outlets agree on, not between outlets."""
    denied, other = (a, b) if a.polarity == "denied" else (b, a)

    def contradicts(x: Statement, y: Statement) -> bool:
        rel = polarity_relation(x, y, None)
        return rel is not None and rel.verdict == "contradict"

    asserted_too = any(
        s.doc == denied.doc and s.polarity == "asserted" and contradicts(denied, s) for s in said
    )
    denied_too = any(
        s.doc == other.doc and s.polarity == "denied" and contradicts(s, other) for s in said
    )
    return asserted_too and denied_too


def story_contradictions(
    docs: list[Document], said: list[Statement] | None = None
) -> list[dict[str, Any]]:
    """Statements of different outlets in a story that contradict each other, grouped by the
    fact they differ on (the fact most sources disagree on first); `said`: the story's
    `comparable` statements when already read."""
    # only two sources can contradict each other (`aligned_pairs`): a story of one outlet's
    # documents (most stories: one document) needs no statements read
    if len({d.outlet or d.id for d in docs if not d.duplicate_of and d.text}) < 2:
        return []
    said = comparable(docs) if said is None else said
    found: dict[tuple, dict[str, Any]] = {}
    for i, j in aligned_pairs(said):
        a, b = said[i], said[j]
        rel = relate(a, b)
        if rel.verdict != "contradict":
            continue
        if rel.kind == "negation" and both_report_both_sides(said, a, b):
            continue
        key = (rel.slot, *sorted([(source_of(a), rel.value_a), (source_of(b), rel.value_b)]))
        found.setdefault(key, contradiction_item(a, b, rel))
    by_fact: dict[str | None, list[dict[str, Any]]] = {}
    for item in found.values():
        by_fact.setdefault(item["fact"], []).append(item)
    ordered = sorted(by_fact.values(), key=lambda items: (-len(items), str(items[0]["fact"])))
    return [item for items in ordered for item in items][:MAX_STORY_CONTRADICTIONS]


# --- a story's facts (the "Numbers and claims" table) -------------------------------------

MAX_STORY_CLAIMS = 300  # (fact, value) rows of a story, the facts most sources give first
# verdicts that make two figures one fact: not "update", whose revision cue or later day
# ties figures of two incidents of one story as readily as a revised toll
TIED = ("agree", "contradict")


def fact_kind(v: Value) -> str | None:
    """What kind of fact a figure gives: a casualty kind (killed, injured, killed+injured), a
    unit's dimension ("usd", "length"), or "count" of its counted noun; None for a bare
    number (a year, a label), which says nothing a reader can compare."""
    if v.noun_key in time_span_keys() or v.dimension == MATCH_MINUTE:
        return None  # «يومين», «دو شب», «30 عاما» beside a toll: how long, not a count; a
        # match minute is a moment of the match
    if v.casualty:
        return v.casualty
    if v.unit:
        return v.dimension or v.unit
    return "count" if v.noun_key else None


@cache
def time_span_keys() -> frozenset[str]:
    """The counted-noun keys of spans of time (lang.date_words.TIME_SPANS)."""
    return frozenset(filter(None, (noun_key(w) for w in W.TIME_SPANS)))


def fact_label(kind: str, nouns: Counter[str], unit: str | None) -> str:
    """The `about` of a fact: its kind and the counted noun as the story writes it most
    ("killed: مسلحا", "injured", "usd", "جنود")."""
    noun = nouns.most_common(1)[0][0] if nouns else None
    if kind == "count":
        return noun or "count"
    if kind in (BOTH_HARMS, "killed", "injured"):
        return f"{kind}: {noun}" if noun else kind
    return unit or kind


class _Figures:
    """The figures of a story's statements with a fact kind, joined into facts (union-find)."""

    def __init__(self, said: list[Statement]) -> None:
        self.said = said
        self.at: dict[tuple[int, int], int] = {}
        self.items: list[tuple[Statement, Value]] = []
        for i, st in enumerate(said):
            for k, v in enumerate(st.values):
                if fact_kind(v):
                    self.at[(i, k)] = len(self.items)
                    self.items.append((st, v))
        self.parent = list(range(len(self.items)))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def tie(self, x: int, y: int) -> None:
        self.parent[self.find(x)] = self.find(y)


def one_fact(v: Value, w: Value) -> bool:
    """Two figures of one kind of fact that give one value (in any script or words), never
    the dead against the injured: a bound another figure meets ties nothing ("more than 10
    boards on the bridges" / "400 boards")."""
    if fact_kind(v) != fact_kind(w) or two_harms(v, w) or not same_kind(v, w):
        return False
    return one_value(v, w)


def one_value(v: Value, w: Value) -> bool:
    """Two figures of one fact that give one value: the same figure however written (digits
    of any script, words, grouping, rounding; "about 400" is 400) or one quantity in two
    units; not a bound the other meets ("أكثر من ثلاثة" is not "أربعة", though both can be
    true), nor a range and a figure within it."""
    if v.unit != w.unit:
        return math.isclose(v.base(), w.base(), rel_tol=CONVERSION_SHARE)
    if v.high != w.high:
        return False
    if v.value == w.value or w.value in other_readings(v) or v.value in other_readings(w):
        return True
    # rounded only by a figure written in digits ("46" for 46.76, "1.3 مليار"): a figure in
    # words is as written ("أربعة" is not 3, "مليون" is not 500 ألف)
    return any(
        re.search(r"\d", to_ascii_digits(coarse.text)) and rounded_to(precise.value, coarse)
        for precise, coarse in ((v, w), (w, v))
    )


def tie_pair(figures: _Figures, i: int, j: int) -> None:
    """Join the figures of two aligned statements of one language into facts as `relate`
    decides: the figures they share when they agree, the two differing figures when they
    contradict."""
    a, b = figures.said[i], figures.said[j]
    rel = relate(a, b)
    if rel.verdict not in TIED:
        return
    pairs = [
        (k, m)
        for k, v in enumerate(a.values)
        for m, w in enumerate(b.values)
        if (i, k) in figures.at and (j, m) in figures.at
    ]
    same = [(k, m) for k, m in pairs if one_fact(a.values[k], b.values[m])]
    for k, m in pairs:
        v, w = a.values[k], b.values[m]
        differing = rel.kind == "value" and (v.text, w.text) == (rel.value_a, rel.value_b)
        differ = differing and slot_name(v) == rel.slot and fact_kind(v) == fact_kind(w)
        # a figure that gives the value of two figures of the other ("46" for 46.76 and for
        # 46.35, both rounded down) may be either: it ties neither
        alone = sum(p[0] == k for p in same) == 1 and sum(p[1] == m for p in same) == 1
        if differ or (k, m) in same and alone:
            figures.tie(figures.at[(i, k)], figures.at[(j, m)])


def tie_across_languages(figures: _Figures) -> None:
    """Join the telling figures two sentences in two languages both give, when the sentences
    align by their linked entities or figures (`aligned_across`): "2500 جندي" / "۲۵۰۰ نیرو".
    Only figures of one value are compared (blocked by value)."""
    by_value: dict[float, list[int]] = {}
    for x, (_st, v) in enumerate(figures.items):
        if telling(v):
            by_value.setdefault(round(v.base(), 6), []).append(x)
    for members in by_value.values():
        for p, x in enumerate(members):
            a, v = figures.items[x]
            for y in members[p + 1 :]:
                b, w = figures.items[y]
                if a.lang == b.lang or figures.find(x) == figures.find(y):
                    continue
                same = fact_kind(v) == fact_kind(w) and not two_harms(v, w) and one_figure(v, w)
                if same and aligned_across(a, b):
                    figures.tie(x, y)


def tie_within_documents(figures: _Figures) -> None:
    """A document that gives one figure of one counted noun twice in the same words around
    it (MIN_SHARED_CONTEXT of them: a lead told again) gives one fact; "قبل 6 أشهر" and "ولاية
    مدتها ستة أشهر" in one article are two."""
    seen: dict[tuple, list[int]] = {}
    for x, (st, v) in enumerate(figures.items):
        key = (st.doc, fact_kind(v), v.unit, v.noun_key, v.owner, v.value, v.high)
        for y in seen.get(key, ()):
            if len(v.context & figures.items[y][1].context) >= MIN_SHARED_CONTEXT:
                figures.tie(x, y)
        seen.setdefault(key, []).append(x)


def story_claims(docs: list[Document], said: list[Statement] | None = None) -> list[dict[str, Any]]:
    """The facts a story's documents report as figures, one item per (fact, value): what is
    counted (the kind: killed, injured, a currency, a count of a noun as written), the value,
    and the words of every document giving it. Figures are one fact only when the statements
    align (`aligned_pairs` and `relate` in one language, `aligned_across` between two): two
    figures nothing ties stay two facts. Values that agree (any digits, number words,
    rounding, a bound both meet) are one value; a fact whose outlets differ has a row per
    value, with the same `fact` id. `said`: the story's `comparable` statements when already
    read."""
    texts = {d.id: d.text for d in docs}
    # only statements giving a figure of some kind of fact are aligned: a statement's best
    # match is sought among them, not among sentences holding only a day or a denial
    said = [
        st
        for st in (comparable(docs) if said is None else said)
        if any(fact_kind(v) for v in st.values)
    ]
    figures = _Figures(said)
    if not figures.items:
        return []
    tie_within_documents(figures)
    for i, j in aligned_pairs(said, across_sources=False):
        if said[i].lang == said[j].lang:
            tie_pair(figures, i, j)
    tie_across_languages(figures)
    facts: dict[int, list[int]] = {}
    for x in range(len(figures.items)):
        facts.setdefault(figures.find(x), []).append(x)
    ordered = sorted(
        facts.values(),
        key=lambda xs: (-len({source_of(figures.items[x][0]) for x in xs}), -len(xs), xs[0]),
    )
    rows = [fact_rows(figures, members, texts) for members in ordered]
    out = []
    for n, fact in enumerate(rows, 1):
        for item in fact:
            out.append({**item, "fact": f"f{n}"})
    return out[:MAX_STORY_CLAIMS]


def fact_rows(figures: _Figures, members: list[int], texts: dict[str, str]) -> list[dict]:
    """The items of one fact: its figures grouped by value (agreeing figures are one value),
    the value most documents give first."""
    items = [figures.items[x] for x in members]
    lang = Counter(st.lang for st, _ in items).most_common(1)[0][0]
    kind = Counter(fact_kind(v) for _, v in items).most_common(1)[0][0] or "count"
    nouns = Counter(v.noun for st, v in items if v.noun and st.lang == lang)
    unit = next((v.unit for _, v in items if v.unit), None)
    groups: list[list[tuple[Statement, Value]]] = []
    for st, v in sorted(items, key=lambda sv: (sv[1].bound is not None, sv[1].scaled)):
        group = next((g for g in groups if one_value(g[0][1], v)), None)
        if group is None:
            groups.append([(st, v)])
        else:
            group.append((st, v))
    groups.sort(key=lambda g: (-len({st.doc for st, _ in g}), g[0][1].base()))
    about = fact_label(kind, nouns, unit)
    out = []
    for g in groups:
        v = g[0][1]
        value = int(v.value) if v.value.is_integer() else v.value
        out.append(
            {
                "about": about,
                "value": value,
                "evidence": [
                    {
                        "doc": st.doc,
                        "start": w.start,
                        "end": w.end,
                        "text": texts[st.doc][w.start : w.end],
                    }
                    for st, w in g
                ],
                "kind": kind,
                "counts": nouns.most_common(1)[0][0] if nouns else None,
                "unit": unit,
                "figure": v.text,
                "outlets": sorted({st.outlet for st, _ in g if st.outlet}),
                "documents": sorted({st.doc for st, _ in g}),
            }
        )
    return out


PHRASE_WORDS = 3  # words either side of a figure that say what it counts, for its embedding
_TOKEN = re.compile(r"\S+")


def figure_phrase(st: Statement, v: Value) -> str:
    """The words around a figure with the figure itself masked ("نتج عنها وفاة # مسافرين بمن
    فيهم"): what it counts and of what, to compare by embeddings whatever the values."""
    start, end = v.start - st.start, v.end - st.start
    before = _TOKEN.findall(st.text[:start])[-PHRASE_WORDS:]
    after = _TOKEN.findall(st.text[end:])[:PHRASE_WORDS]
    return " ".join([*before, "#", *after])
