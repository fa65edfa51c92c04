"""Framing: loaded terms in their framing sense, with whom they are applied to and in whose
voice, in titles and bodies.

A lexicon term (data/framing/lexicon.tsv, by family, sources in families.tsv) is found with
its language's clitics and suffixes (lang/framing.py); words that only look like it (derived.tsv,
Persian «نظامی» "military") and terms inside a person's name are not it. It counts only in its
framing sense: senses.tsv requires or blocks cue words around it (cues.tsv), so «شهادت داد»
(testified) or "resistance" in a golf report is left out. Each occurrence then records its
target — the actor the term names by itself, else the entity or group it governs or modifies
(its genitive, adjective or head noun), else a group named beside it in the sentence
(targets.tsv), else a person or organisation right next to it; for a bare term, else the
actor a language's usage gives it when the article confirms that usage (conventions.tsv), else
nothing (generic or unknown) but a hint of the group it likely refers back to — the one group
of the nearest earlier sentence, or of the headline (the lead, for a headline), none when those
disagree —, every name read through the group vocabulary — and its voice: `quoted` when a quote
(the quotes stage) holds it, its sentence reports someone (a speech cue or report verb), or a
headline opens with its speaker, `outlet` otherwise.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.data import read_table
from rasad.entities.recognise import countries, demonym_of, gazetteer_key, is_demonym, lookup
from rasad.lang import framing as F
from rasad.lang import quotes as Q
from rasad.lang.demonstratives import DEMONSTRATIVES
from rasad.model import Document, LoadedTerm
from rasad.pipeline import stage
from rasad.stages.entities import find_entities
from rasad.stages.quotes import cue_pattern, direct_quotes
from rasad.text.normalize import fold_same_length
from rasad.text.sentences import sentence_end, sentence_start

WORD = re.compile(r"[\w\u200c]+")
ZWNJ = "\u200c"
ARABIC_PROCLITICS = "وفبلك"  # one-letter prefixes a name can carry in Arabic text
# An Arabic word's proclitics (و/ف, then ب/ل/ک) and its article, «لل» for «ل» + «ال»: a word
# that opens so is definite (ARABIC_DEFINITE); ARABIC_PREFIXES takes the article as optional
ARABIC_DEFINITE = re.compile(r"^[وف]?[بلک]?(?:ال|لل)")
ARABIC_PREFIXES = r"[وف]?[بلک]?(?:ال|ل(?=ل))?"
_ARABIC_PREFIXES_AT_START = re.compile(rf"^{ARABIC_PREFIXES}")
TARGET_REACH = 60  # characters between a term and the group it is applied to
ENTITY_WORDS = 2  # a named entity counts as the target only this close to the term


@dataclass(frozen=True)
class Term:
    lang: str
    term: str  # as written in the lexicon
    category: str
    family: str
    target: str  # the actor the term names by itself, or ""


@dataclass(frozen=True)
class SenseRule:
    require: bool
    side: str  # before | after | around
    window: int
    cues: re.Pattern
    either: bool = False  # one of the term's `either` rules must find a cue (round 58)


def folded(text: str) -> str:
    """Letter variants folded, one character for one."""
    return fold_same_length(text)


@cache
def lexicon() -> dict[str, list[Term]]:
    """Language → its terms, longest first."""
    out: dict[str, list[Term]] = defaultdict(list)
    for lang, term, category, family, target, *_ in read_table("framing/lexicon.tsv"):
        out[lang].append(Term(lang, term, category, family, target))
    return {lang: sorted(terms, key=lambda t: -len(t.term)) for lang, terms in out.items()}


def spaced(word: str) -> str:
    """A word's regex: letter variants folded, any run of spaces or ZWNJ between its parts."""
    return re.escape(folded(word).replace(ZWNJ, " ")).replace(r"\ ", "[\\s\u200c]*")


def alternation(words) -> str:
    """The words' regexes (`spaced`) as one alternation, the longest first."""
    return "|".join(spaced(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def with_clitics(word: str, lang: str) -> str:
    """A word's regex with the proclitics its language allows (Arabic و ف, ب ل ك, ال/لل)."""
    body = spaced(word)
    if lang != "ar":
        return body
    conj, prep = f"[{F.AR_CONJUNCTIONS}]?", f"[{F.AR_PREPOSITIONS}]?"
    if word.startswith("ال") and len(word) > 3:
        return f"(?:{conj}{prep}ال|{conj}لل){spaced(word[2:])}"
    return f"{conj}{prep}(?:ال)?{body}"


def suffixes(lang: str) -> str:
    ends = sorted(F.SUFFIXES.get(lang, []), key=len, reverse=True)
    joined = "|".join(re.escape(e) for e in ends)
    return f"(?:\u200c?(?:{joined}))?" if lang == "fa" else f"(?:{joined})?"


def first_letters(words: Iterable[str], lang: str) -> str | None:
    """The characters a match of `with_clitics` of some word can begin with, as a character
    class (None when one of them is no plain character): the scan skips every other position
    at once instead of trying each alternative there."""
    chars = set(F.AR_CONJUNCTIONS + F.AR_PREPOSITIONS + "ال") if lang == "ar" else set()
    for word in words:
        first = folded(word).replace(ZWNJ, " ")[:1]
        if not first or first.isspace():
            return None
        chars.add(first)
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def word_pattern(
    words: Iterable[str], lang: str, groups: bool = False, only: Iterable[int] | None = None
) -> re.Pattern:
    """Whole words (with clitics and suffixes), optionally one named group per word (`t0`,
    `t1`… by position in `words`, also when `only` keeps some of them)."""
    words = list(words)
    kept = range(len(words)) if only is None else list(only)
    if not kept:
        return NO_MATCH
    parts = [
        f"(?P<t{i}>{with_clitics(words[i], lang)})" if groups else with_clitics(words[i], lang)
        for i in kept
    ]
    first = first_letters([words[i] for i in kept], lang)
    ahead = f"(?={first})" if first else ""  # the same matches, found sooner
    return re.compile(
        rf"{ahead}(?<![\w\u200c])(?:{'|'.join(parts)}){suffixes(lang)}(?![\w\u200c])",
        re.IGNORECASE,
    )


NO_MATCH = re.compile(r"(?!)")


def caseless(text: str) -> bool:
    """Whether every character of `text` is ASCII or has no case (Arabic script, digits): there
    a case-blind match is one of the lower-cased forms."""
    return all(c.isascii() or c.lower() == c.upper() for c in set(text))


class Alternation:
    """`word_pattern` over many words (a lexicon, the target groups), searched in a text with
    only the words whose letters the text holds: an alternative that cannot match is never
    tried, at every position, so the matches are those of the whole pattern, found sooner."""

    MAX_PATTERNS = 2048  # patterns kept for the sets of words met (then the cache is emptied)

    def __init__(self, words: list[str], lang: str) -> None:
        self.words, self.lang = words, lang
        self.whole = word_pattern(words, lang, groups=True)
        self.needles = [self.letters(w) for w in words]
        self.patterns: dict[tuple[int, ...], re.Pattern] = {}

    def letters(self, word: str) -> tuple[str, ...] | None:
        """The runs of letters every match of the word holds (after any clitic; the spaces of
        `spaced` may be any run of them), or None when a case-blind test could miss one."""
        if self.lang == "ar" and word.startswith("ال") and len(word) > 3:
            word = word[2:]  # «لل» may stand for its article
        runs = tuple(folded(word).replace(ZWNJ, " ").lower().split())
        return runs if runs and all(caseless(r) for r in runs) else None

    def pattern_for(self, text: str) -> re.Pattern:
        if not caseless(text):
            return self.whole
        low = text.lower()
        kept = tuple(
            i for i, runs in enumerate(self.needles) if runs is None or all(r in low for r in runs)
        )
        found = self.patterns.get(kept)
        if found is None:
            if len(self.patterns) >= self.MAX_PATTERNS:
                self.patterns.clear()
            found = self.patterns[kept] = word_pattern(self.words, self.lang, True, kept)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return self.pattern_for(text).finditer(text, pos, endpos)


@cache
def term_pattern(lang: str) -> Alternation | None:
    terms = lexicon().get(lang)
    return Alternation([t.term for t in terms], lang) if terms else None


@cache
def derived_words() -> frozenset[tuple[str, str]]:
    """(lang, folded word) pairs that look like a term plus a suffix but are other words."""
    return frozenset(
        (lang, folded(word).replace(ZWNJ, ""))
        for lang, word, *_ in read_table("framing/derived.tsv")
    )


def other_word(matched: str, lang: str) -> bool:
    """Whether a group name's match is another word with a suffix (derived.tsv): «الحماسية»
    "enthusiastic" is not Hamas's."""
    word = folded(matched).replace(ZWNJ, "")
    if lang == "ar":
        word = ARABIC_DEFINITE.sub("", word)
    return (lang, word) in derived_words()


@cache
def cue_sets() -> dict[tuple[str, str], list[str]]:
    return {(lang, name): words.split("|") for lang, name, words in read_table("framing/cues.tsv")}


# Sense cues that are a script, not words: `~latin` is a word in Latin letters (a foreign name
# in a Persian or Arabic text: «شهادت Ford» is a hearing's testimony).
SCRIPT_CUES = {"~latin": r"(?<![\w\u200c])[A-Za-z][A-Za-z'.-]+"}


@cache
def sense_rules() -> dict[tuple[str, str], list[SenseRule]]:
    """(lang, lexicon term) → the rules its framing sense must pass."""
    out: dict[tuple[str, str], list[SenseRule]] = defaultdict(list)
    for lang, term, rule, side, window, cues in read_table("framing/senses.tsv"):
        words: list[str] = []
        for cue in cues.split("|"):
            if cue in SCRIPT_CUES:
                continue
            words += cue_sets()[(lang, cue[1:])] if cue.startswith("@") else [cue]
        pattern = word_pattern(words, lang) if words else NO_MATCH
        scripts = [SCRIPT_CUES[c] for c in cues.split("|") if c in SCRIPT_CUES]
        if scripts:  # a word of another script, besides (or instead of) the listed words
            pattern = re.compile("|".join([pattern.pattern, *scripts]), re.IGNORECASE)
        either = rule == "either"  # round 58: one of the term's either rules must hold
        out[(lang, term)].append(SenseRule(rule == "require", side, int(window), pattern, either))
    return dict(out)


@cache
def target_groups() -> dict[str, tuple[Alternation, list[str]]]:
    """Language → (one pattern over every group's words, the group of each alternative)."""
    rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for lang, words, target, *_ in read_table("framing/targets.tsv"):
        rows[lang] += [(w, target) for w in words.split("|")]
    out = {}
    for lang, pairs in rows.items():
        pairs.sort(key=lambda p: -len(p[0]))
        out[lang] = (Alternation([w for w, _ in pairs], lang), [t for _, t in pairs])
    return out


@cache
def group_names() -> dict[str, str]:
    """Every name of targets.tsv (any language, and each group's English name unless it holds a
    parenthesis) → the group."""
    out: dict[str, str] = {}
    for _, words, target, *_ in read_table("framing/targets.tsv"):
        # "Iraq (Saddam Hussein)" is a period of Iraq, not every "Iraq": only its words name it
        own = [] if "(" in target else [target]
        for word in (*own, *words.split("|")):
            out.setdefault(name_key(word), target)
    return out


def name_key(name: str) -> str:
    """A name compared without letter variants, articles, case or a parenthesis."""
    return gazetteer_key(re.sub(r"\(.*?\)", "", name).replace(ZWNJ, " ")).lower().strip()


def group_name(name: str) -> str:
    """A target's name as the group vocabulary has it («داعش», "Islamic State" → "ISIS"), else
    the gazetteer's English name of the entity it names, else the name as it is."""
    if (group := group_names().get(name_key(name))) is not None:
        return group
    # an Arabic proclitic the recogniser kept on a name («لمنظمة داعش»): the group without it
    if name[:1] in ARABIC_PROCLITICS and (group := group_names().get(name_key(name[1:]))):
        return group
    entry = lookup(name)
    if entry is None:
        return name
    return group_names().get(name_key(entry.name), entry.name)


def window_text(text: str, start: int, end: int, side: str, words: int) -> str:
    """The sentence's words within `words` of [start, end) on the given side(s)."""
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    before = [m.start() for m in WORD.finditer(text, lo, start)]
    after = [m.end() for m in WORD.finditer(text, end, hi)]
    left = before[-words] if side != "after" and len(before) >= words else lo
    right = after[words - 1] if side != "before" and len(after) >= words else hi
    return (
        (text[left:start] if side != "after" else "")
        + " "
        + (text[end:right] if side != "before" else "")
    )


def in_framing_sense(text: str, start: int, end: int, term: Term) -> bool:
    """Whether every require rule finds a cue, no block rule does, and one of the `either`
    rules (when the term has some) does."""
    either_found: bool | None = None
    for rule in sense_rules().get((term.lang, term.term), []):
        found = rule.cues.search(window_text(text, start, end, rule.side, rule.window))
        if rule.either:
            either_found = bool(either_found) or found is not None
        elif found is None if rule.require else found is not None:
            return False
    return either_found is not False


def inside_name(doc: Document, start: int, end: int) -> bool:
    """Whether the span lies inside a person's name (a surname such as «وهابی»)."""
    return any(m["type"] == "PER" and m["start"] <= start and end <= m["end"] for m in doc.entities)


def applied_to(text: str, start: int, end: int, g_start: int, g_end: int, lang: str) -> bool:
    """Whether a group named at [g_start, g_end) can be whom the term at [start, end) is
    applied to: not when a victim's or place's preposition stands between them (in Arabic a
    clitic ب/ل/ف on the group counts too)."""
    gap = text[end:g_start] if g_start >= end else text[g_end:start]
    if set(gap) & set(",،:;؛"):  # another clause, another item of a list, a headline's speaker
        return False
    words = set(WORD.findall(gap))
    if words & set(F.NOT_TARGET_BEFORE.get(lang, ())):
        return False
    if coordinated(text, start, end, gap, lang, g_start < start):
        return False
    if g_start < start and speaker_before(text, g_start, gap, lang):
        return False
    if g_start < start and designator_before(text, g_start, lang):
        return False  # «التي تصنفها واشنطن على أنها تنظيم إرهابي»: the designator
    if g_start < start and {folded(w) for w in WORD.findall(gap)} & accusation_words(lang):
        return False  # «وجهت له المحكمة الجنائية الدولية اتهامات بارتكاب جرائم»: the accuser
    if g_start >= end and words & set(F.NOT_TARGET_AFTER.get(lang, ())):
        return False
    if g_start >= end and {folded(w) for w in words} & (
        accusation_words(lang) | folded_words("ALLY_NOUNS_AFTER", lang)
    ):
        return False  # «المقاومة … اتهمت الميليشيات», «المخلوع حلفاءه الحوثيين»: its object, ally
    victim_verbs = folded_words("VICTIM_CLAUSE_VERBS", lang)
    if g_start >= end and {re.sub(r"^[وف]", "", folded(w)) for w in words} & victim_verbs:
        return False  # «الهجمات الإرهابية التي تعرضت لها السعودية»: where it hit, not who
    if g_start >= end and joined_after(text, g_start, g_end, lang):
        return False
    if g_start >= end and coordinate_between(WORD.findall(gap), lang):
        return False  # «بين المتمردين والجيش التركي»: the army's adjective
    if g_start >= end and victim_of_act(WORD.findall(gap), lang):
        return False  # «جريمة حرق رضيع فلسطيني»: the victim's nisba, not the doer
    if g_start < start and protected_from(text, g_start, gap, lang):
        return False  # «لحماية الفلسطينيين من الممارسات العدوانية»: whom it is kept from
    return not (lang == "ar" and g_start >= end and text[g_start : g_start + 1] in "بل")


def victim_of_act(gap: list[str], lang: str) -> bool:
    """Whether the words between a term and a group after it hold an act noun of harm
    (VICTIM_ACT_NOUNS) with a word between it and the group: the group then names whom the
    act was done to («جريمة حرق رضيع فلسطيني», «جرائم القتل لآلاف الفلسطينيين»)."""
    acts = {bare_noun(w) for w in F.VICTIM_ACT_NOUNS.get(lang, ())}
    words = [w for w in gap if w not in ",،:;؛"]
    return any(bare_noun(w) in acts for w in words[:-1])


def word_before(text: str, at: int, lo: int = 0) -> str | None:
    """The word right before `at` (within 30 characters, none before `lo`)."""
    words = WORD.findall(text[max(lo, at - 30) : at])
    return words[-1] if words else None


def protected_from(text: str, g_start: int, gap: str, lang: str) -> bool:
    """Whether a group before the term is the object of a protection noun with «من» after it,
    before the term (PROTECTION_NOUNS: «لحماية الفلسطينيين من الممارسات العدوانية»)."""
    nouns = {bare_noun(w) for w in F.PROTECTION_NOUNS.get(lang, ())}
    before = word_before(text, g_start)
    return bool(before and bare_noun(before) in nouns and WORD.findall(gap)[:1] == ["من"])


@cache
def accusation_words(lang: str) -> frozenset[str]:
    """Folded ACCUSATION_WORDS: a name before one of them accuses, it is not the accused."""
    return folded_words("ACCUSATION_WORDS", lang)


def joined_after(text: str, g_start: int, g_end: int, lang: str) -> bool:
    """Whether a name after the term is joined to it by the Arabic clitic و as another actor:
    «النزاع بين المتمردين الاكراد وتركيا» (the conflict between the Kurdish rebels and Turkey;
    the name still a group without it). Not «مع»: after the term that is whom it acts with
    («إرهابي شارك بالقتال مع داعش»); nor Persian «و» or English "and" as a word, which join
    clauses as often as actors («در زمینه مستشاری خواهد بود و خروج نظامیان آمریکا»)."""
    if lang != "ar":
        return False
    if text[g_start : g_start + 1] == "و":  # the group vocabulary read the clitic in
        return name_key(text[g_start + 1 : g_end]) in group_names()
    return text[g_start - 1 : g_start] == "و" and not text[g_start - 2 : g_start - 1].strip()


def speaker_before(text: str, g_start: int, gap: str, lang: str) -> bool:
    """Whether a name before the term is the sentence's speaker: a report verb (REPORT_VERBS)
    between them ("Israel's cabinet described the attack as terrorist"), or, in Arabic, one of
    the two words before the name («ووصفت الحكومة الإسرائيلية الهجوم بأنه "هجوم إرهابي"»)."""
    verbs = report_verbs(lang)
    if {folded(w) for w in WORD.findall(gap)} & verbs:
        return True
    before = WORD.findall(text[max(0, g_start - 30) : g_start])[-2:]  # «وصفت الحكومة الإسرائيلية»
    if lang == "ar" and any(re.sub(r"^[وف]", "", folded(w)) in verbs for w in before):
        return True
    return speaker_of_clause(text, g_start, gap, lang)


@cache
def folded_words(table: str, lang: str) -> frozenset[str]:
    """The folded words of a word table of `rasad.lang.framing` (`table`, its name) for a
    language, built once."""
    return frozenset(folded(w) for w in getattr(F, table).get(lang, ()))


@cache
def folded_demonstratives(lang: str) -> frozenset[str]:
    """The folded demonstratives of a language (`rasad.lang.demonstratives`), built once."""
    return frozenset(folded(w) for w in DEMONSTRATIVES.get(lang, ()))


@cache
def adjective_endings(lang: str) -> tuple[str, ...]:
    """Folded ADJECTIVE_ENDINGS of a language (an adjectival label: «الإرهابية»)."""
    return tuple(folded(e) for e in F.ADJECTIVE_ENDINGS.get(lang, ()))


@cache
def report_verbs(lang: str) -> frozenset[str]:
    """Folded one-word REPORT_VERBS of a language."""
    return frozenset(folded(v) for v in F.REPORT_VERBS.get(lang, ()) if " " not in v)


@cache
def designation_words(lang: str) -> frozenset[str]:
    """Folded DESIGNATION_WORDS of a language."""
    return folded_words("DESIGNATION_WORDS", lang)


def designation_word(words: list[str], i: int, lang: str) -> bool:
    """Whether words[i] designates: a designation word (DESIGNATION_WORDS), or a deeming verb
    (DEEMING_VERBS) right after a relative pronoun (DESIGNATION_LINKS: «الذي تعده أنقرة»)."""
    word = re.sub(r"^[وف]", "", folded(words[i]))
    if word in designation_words(lang):
        return True
    links = folded_words("DESIGNATION_LINKS", lang)
    return word in folded_words("DEEMING_VERBS", lang) and i > 0 and folded(words[i - 1]) in links


def designator_before(text: str, g_start: int, lang: str) -> bool:
    """Whether a name comes right after a designation verb, as the state or body that lists a
    group («التي تصنفها واشنطن على أنها تنظيم إرهابي»: Washington designates, it is not
    designated)."""
    before = WORD.findall(text[max(0, g_start - 40) : g_start])[-2:]
    return bool(before) and designation_word(before, len(before) - 1, lang)


def designated_target(text: str, start: int, term: Term, mentions: list[dict]) -> dict | None:
    """The group a label is applied to through a designation word before it: the group named
    right before that word («جبهة النصرة المصنفة في عداد المنظمات الإرهابية» → al-Nusra)."""
    lang = term.lang
    if term.category != "label" or not designation_words(lang):
        return None
    lo = sentence_start(text, start)
    words = list(WORD.finditer(text, lo, start))[-F.DESIGNATION_WORDS_BEFORE_TERM - 1 :]
    texts = [w.group() for w in words]
    verb = next(
        (words[i] for i in range(len(words) - 1, -1, -1) if designation_word(texts, i, lang)),
        None,
    )
    if verb is None:
        return None
    links = folded_words("DESIGNATION_LINKS", lang)
    groups = [
        m
        for m in mentions
        if m["type"] in ("GROUP", "ORG") and lo <= m["start"] and m["end"] <= verb.start()
    ]
    for m in sorted(groups, key=lambda m: -m["end"])[:1]:
        gap = text[m["end"] : verb.start()]
        if all(folded(w) in links for w in WORD.findall(gap)) and not set(gap) & set(";:؛"):
            return mention_target(m)
    return None


def deeming_verb(word: str, lang: str) -> bool:
    """Whether a word is a form of a deeming verb (DEEMING_VERB_FORMS), its continuous or
    negative prefix taken off («مي‌دانند» is read as «مي» and «دانند»; «میدانند», «ندانست»)."""
    forms = folded_words("DEEMING_VERB_FORMS", lang)
    bare = re.sub(r"[\s\u200c]", "", folded(word))
    return any(bare.startswith(p) and bare[len(p) :] in forms for p in ("", "می", "نمی", "ن"))


def deemed_object(text: str, start: int, end: int, term: Term, mentions: list[dict]) -> dict | None:
    """What a Persian label or regime term is predicated of through a deeming verb: the entity
    named right before the object marker «را» that stands at most DEEMED_OBJECT_GAP words before
    the term, when a deeming verb (DEEMING_VERB_FORMS) ends the term's clause («اسراييل را
    تروريست و دولت علاوي را غير مشروع مي‌دانند» → Israel, not the next object)."""
    marker = F.DEEMED_OBJECT_MARKER.get(term.lang)
    if not marker or term.category not in ("label", "regime"):
        return None
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    before = list(WORD.finditer(text, lo, start))[-F.DEEMED_OBJECT_GAP - 1 :]
    at = next((w for w in reversed(before) if folded(w.group()) == folded(marker)), None)
    if at is None or set(text[at.end() : start]) & set(".,،;:؛!?؟"):
        return None
    if not any(deeming_verb(w, term.lang) for w in WORD.findall(text[end:hi])):
        return None
    kinds = ("PER", "ORG", "GPE", "GROUP")
    objects = [
        m
        for m in mentions
        if m["type"] in kinds and lo <= m["start"] and m["end"] <= at.start()
        if not text[m["end"] : at.start()].strip()
    ]
    return mention_target(max(objects, key=lambda m: m["end"])) if objects else None


def qualifying_term_target(text: str, end: int, term: Term) -> dict | None:
    """The actor a martyrdom word's qualifier names when that qualifier is itself a lexicon term
    with an actor of its own, right after it («شهدای مدافع حرم» → the shrine defenders'
    group, not the convention's war dead of the plural alone)."""
    if term.category != "martyrdom":
        return None
    after = folded(text[end : end + 40]).replace(ZWNJ, " ")
    qualifiers = (
        t for t in lexicon().get(term.lang, []) if t.target and t.category == term.category
    )
    for other in qualifiers:
        if re.match(rf"\s*{spaced(other.term)}(?![\w])", after):
            return {"target": other.target}
    return None


def classified_object(text: str, start: int, term: Term, mentions: list[dict]) -> dict | None:
    """The group an Arabic label is applied to as the genitive of a classifying verbal noun
    (CLASSIFYING_NOUNS) whose label follows «ك» ("as"): «بتصنيف جماعات المستوطنين الإسرائيليين
    كمنظمات إرهابية» → the settlers' groups. The genitive must follow the noun directly and the
    «ك» word (or the term with «ك») end the phrase, so no other actor stands between."""
    if term.lang != "ar" or term.category != "label":
        return None
    lo = sentence_start(text, start)
    words = list(WORD.finditer(text, lo, start))[-F.DESIGNATION_WORDS_BEFORE_TERM - 1 :]
    nouns = folded_words("CLASSIFYING_NOUNS", term.lang)
    noun = next(
        (w for w in reversed(words) if re.sub(r"^[وبل]", "", folded(w.group())) in nouns), None
    )
    if noun is None:
        return None
    kinds = ("GROUP", "ORG", "GPE")
    objects = sorted(
        (
            m
            for m in mentions
            if m["type"] in kinds and noun.end() <= m["start"] and m["end"] <= start
        ),
        key=lambda m: m["start"],
    )
    if not objects or text[noun.end() : objects[0]["start"]].strip():
        return None
    tail = text[max(m["end"] for m in objects) : start]
    as_word = re.fullmatch(r"\s+ك\w+\s+", tail) or (not tail.strip() and text[start] == "ك")
    return mention_target(objects[0]) if as_word else None


def accused_target(text: str, start: int, term: Term, mentions: list[dict]) -> dict | None:
    """Whom an act noun is charged to in a relative clause that accuses: the person or group
    named right before the relative pronoun («الرئيس السوداني عمر حسن البشير الذي وجهت له
    المحكمة الجنائية الدولية اتهامات بارتكاب جرائم حرب» → al-Bashir; the court accuses)."""
    if term.lang != "ar" or not act_noun(term, text[start : start + len(term.term) + 3]):
        return None
    lo = sentence_start(text, start)
    words = list(WORD.finditer(text, lo, start))[-F.ACCUSED_CLAUSE_WORDS :]
    relatives = {folded(w) for w in Q.RELATIVES["ar"]}
    at = next(
        (i for i in range(len(words) - 1, -1, -1) if folded(words[i].group()) in relatives), None
    )
    if at is None:
        return None
    clause = {re.sub(r"^[وفب]", "", folded(w.group())) for w in words[at + 1 :]}
    if not clause & accusation_words("ar"):
        return None
    relative = words[at]
    for m in mentions:
        gap = text[m["end"] : relative.start()]
        if m["type"] in ("PER", "ORG", "GROUP") and lo <= m["start"] and not gap.strip(" ،,"):
            return mention_target(m)
    return None


@cache
def former_regimes() -> dict[str, list[tuple[re.Pattern, str]]]:
    """lang → (the country's words, the ousted government) of former_regimes.tsv."""
    return country_governments("framing/former_regimes.tsv")


@cache
def country_governments(table: str) -> dict[str, list[tuple[re.Pattern, str]]]:
    """lang → (a country's words, a government) of a table with lang, country, target columns."""
    out: dict[str, list[tuple[re.Pattern, str]]] = defaultdict(list)
    for lang, country, target, *_ in read_table(table):
        out[lang].append((word_pattern(country.split("|"), lang), target))
    return out


def former_regime(text: str, start: int, end: int, term: Term) -> dict | None:
    """Whose "former regime" a regime term with «السابق», «سابق», «پیشین» (or "former" before
    it) is: the ousted government of the one country its sentence, or the text just before,
    speaks of («رژیم پیشین این کشور» after «عراق» → Iraq (Saddam Hussein)). `{"target": None}`
    when it is a former regime of no single known country: no nearby actor is its owner."""
    if term.category != "regime":
        return None
    after = WORD.findall(text[end : end + 20])[:1]
    before = WORD.findall(text[max(0, start - 20) : start])[-1:]
    former_after = folded_words("FORMER_AFTER", term.lang)
    former_before = {w.lower() for w in F.FORMER_BEFORE.get(term.lang, ())}
    if not (
        any(folded(w) in former_after for w in after)
        or any(w.lower() in former_before for w in before)
    ):
        return None
    lo = max(0, sentence_start(text, start) - F.DISCOURSE_REACH // 2)
    window = folded(text[lo : sentence_end(text, end)])
    found = {
        target for pattern, target in former_regimes().get(term.lang, []) if pattern.search(window)
    }
    if len(found) != 1:
        return {"target": None}
    return {"target": found.pop(), "target_from": "former regime"}


def regime_at_war(text: str, start: int, end: int, term: Term, named: str) -> dict | None:
    """Whose «النظام» a military noun right before it (cues.tsv `regime_forces`: «قوات
    النظام») is: the government of the one country of regimes_at_war.tsv that `named` (the
    headline and the body before the term) speaks of; unknown when it names none or several.
    The sense rules let this phrase through with no state word after it."""
    if term.category != "regime" or not words_before(text, start, 1):
        return None
    noun = bare_noun(WORD.findall(text[max(0, start - 30) : start])[-1])
    if noun not in {bare_noun(w) for w in cue_sets().get((term.lang, "regime_forces"), [])}:
        return None
    states = word_pattern(cue_sets().get((term.lang, "state"), []), term.lang)
    if states.search(window_text(folded(text), start, end, "after", 2)):
        return None  # its state word says whose («جيش النظام العراقي»): the sentence's rules
    read = folded(named)
    found = {
        t
        for pattern, t in country_governments("framing/regimes_at_war.tsv").get(term.lang, [])
        if pattern.search(read)
    }
    if len(found) != 1:  # no other rule knows whose: the vocabulary's «قوات النظام» is Syria's
        return {"target": None}
    return {"target": found.pop(), "target_from": "regime at war"}


def regime_of_article(term: Term, named: str) -> dict | None:
    """Whose a regime term is that no rule of its sentence answered («في ظل النظام القمعي»,
    «استبدال النظام الديكتاتوري»): the government of the one country of regimes_at_war.tsv
    that `named` (the headline and the body before the term) speaks of, as a reader knows it
    from the story. None when it names none, several, or also a country of
    former_regimes.tsv (Iraq, Libya, Tunisia, Yemen): another government a reader could mean."""
    if term.category != "regime" or term.target:
        return None
    read = folded(named)
    tables = ("framing/regimes_at_war.tsv", "framing/former_regimes.tsv")
    at_war, former = (
        {t for pattern, t in country_governments(table).get(term.lang, []) if pattern.search(read)}
        for table in tables
    )
    if len(at_war) != 1 or former:
        return None
    return {"target": at_war.pop(), "target_from": "regime of the article"}


def speaker_of_clause(text: str, g_start: int, gap: str, lang: str) -> bool:
    """Whether a name is the subject of a speech verb whose clause the term opens: an Arabic
    speech cue (the quotes stage's) among the SPEAKER_REACH words before the name, and the
    complementizer «أن», «إن», «بأن» or an opening quote mark right after it («وقال أحد السكان
    ويدعى موها صالح أن الإرهابيون قاموا …»: the resident speaks, the terrorists are another's)."""
    if lang != "ar":
        return False
    words = [folded(w) for w in WORD.findall(gap)]
    complementizers = {folded(c) for c in Q.COMPLEMENTIZERS["ar"]} | {"بان"}
    quoted = gap.lstrip()[:1] in Q.OPEN_TO_CLOSE  # «وقال الأصبحي "الميليشيات الانقلابية …"»
    if not quoted and (not words or words[0] not in complementizers):
        return False
    return speech_subject(text, g_start, lang)


def speech_subject(text: str, g_start: int, lang: str) -> bool:
    """Whether a name comes after an Arabic speech cue of the quotes stage, within SPEAKER_REACH
    words of its sentence («أعلن المتحدث العسكري المصري العميد محمد سمير مقتل 88 إرهابياً»)."""
    if lang != "ar":
        return False
    before = WORD.findall(text[sentence_start(text, g_start) : g_start])[-F.SPEAKER_REACH :]
    cues = speech_words(lang)
    return any(re.sub(r"^[وف]", "", folded(w)) in cues for w in before)


@cache
def speech_words(lang: str) -> frozenset[str]:
    """Folded one-word speech cues of the quotes stage (`rasad.lang.quotes.SPEECH_CUES`)."""
    return frozenset(folded(c) for c in Q.SPEECH_CUES.get(lang, ()) if " " not in c)


def coordinated(text: str, start: int, end: int, gap: str, lang: str, before: bool) -> bool:
    """Whether a name before the term at [start, end) and the term are two coordinated actors: a
    coordinator (COORDINATORS) between them, or the Arabic term's own clitic و with no word
    between («و«النصرة» والميليشيات»)."""
    if not before:  # after the term «مع» is whom it acts with: «إرهابي شارك بالقتال مع داعش»
        return False
    if set(WORD.findall(gap)) & set(F.COORDINATORS.get(lang, ())):
        return True
    joined = lang == "ar" and re.match(r"و(?:ال|[بلک]ال|لل)", folded(text[start:end]))
    return bool(joined and not WORD.findall(gap))


def group_around(
    text: str, start: int, end: int, lo: int, hi: int, pattern: Alternation, names: list[str]
) -> dict | None:
    """A group whose name the term sits inside as an epithet: «نظامیان تروریست آمریکایی» reads
    «نظامیان آمریکایی» with the term taken out."""
    left, right = text[lo:start].rstrip(), text[end:hi].lstrip()
    if not left or not right:
        return None
    spliced, cut = f"{left} {right}", len(left)
    skipped = (end + len(text[end:hi]) - len(right)) - (lo + cut + 1)  # term and its spaces
    for m in pattern.finditer(spliced):
        if m.start() < cut < m.end() and not other_word(m.group(), pattern.lang):
            index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            return {
                "target": names[index],
                "target_start": lo + m.start(),
                "target_end": lo + m.end() + skipped,
            }
    return None


def group_target(
    text: str, start: int, end: int, lang: str, before_only: bool = False
) -> dict | None:
    """The nearest group named in the term's sentence, within TARGET_REACH characters; only
    before the term when `before_only` (after "liberation" comes what is liberated or from whom:
    «تحرير عدن من الحوثيين»)."""
    if lang not in target_groups():
        return None
    pattern, names = target_groups()[lang]
    lo = max(sentence_start(text, start), start - TARGET_REACH)
    hi = end if before_only else min(sentence_end(text, end), end + TARGET_REACH)
    if around := group_around(text, start, end, lo, hi, pattern, names):
        return around
    best = None
    for m in pattern.finditer(text, lo, hi):
        if not applied_to(text, start, end, m.start(), m.end(), lang) or other_word(
            m.group(), lang
        ):
            continue
        distance = max(0, m.start() - end, start - m.end())
        if best is None or distance < best[0]:
            index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
            best = (
                distance,
                {"target": names[index], "target_start": m.start(), "target_end": m.end()},
            )
    return best[1] if best else None


def entity_target(
    mentions: list[dict],
    text: str,
    start: int,
    end: int,
    term: Term,
    kinds: tuple[str, ...] = ("PER", "ORG"),
) -> dict | None:
    """A named person or organisation right next to the term (ENTITY_WORDS words), not behind
    a preposition of where or against whom (NOT_TARGET_BEFORE), not coordinated with it as
    another actor, and not what an act noun is done to (the name after «اشغال»)."""
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    for m in sorted(mentions, key=lambda m: min(abs(m["start"] - end), abs(start - m["end"]))):
        if m["end"] <= lo or m["start"] >= hi or (m["start"] < end and start < m["end"]):
            continue
        if m["type"] not in kinds:  # a place is where it happened, not whom
            continue
        after = m["start"] >= end
        gap = text[end : m["start"]] if after else text[m["end"] : start]
        if len(WORD.findall(gap)) > ENTITY_WORDS or set(gap) & set(",،:;؛"):
            return None
        if not applied_to(text, start, end, m["start"], m["end"], term.lang):
            return None
        if not after and m["type"] == "PER" and speech_subject(text, m["start"], term.lang):
            return None  # a person announcing the deaths of «88 إرهابياً» is not one of them
        if after and patient_after(term, text[start:end]):
            return None
        found = mention_target(m)
        return found if martyr_or_other(term, text, start, end, found) else None
    return None


def outlet_named(text: str, end: int, name_start: int, lang: str) -> bool:
    """Whether a media noun (MEDIA_NOUNS) stands between a term and the name after it: the name
    is an outlet's («ابن عم الشهيد صحيفة «الوئام»»: the cousin spoke to the newspaper), never
    one the term calls a martyr."""
    nouns = folded_words("MEDIA_NOUNS", lang)
    return any(folded(w) in nouns for w in WORD.findall(text[end:name_start]))


def martyr_named(term: Term, text: str, start: int, end: int, m: dict) -> bool:
    """Whether a person next to a martyrdom term can be the one it calls a martyr: after a noun
    (before it only for a verb, MARTYRDOM_VERBS), and after a plural noun only with a second
    name joined to it (PLURAL_MARTYRS)."""
    verbs = folded_words("MARTYRDOM_VERBS", term.lang)
    if m["start"] < start:
        return folded(term.term) in verbs
    if outlet_named(text, end, m["start"], term.lang):
        return False
    plural = {folded(w).replace(ZWNJ, "") for w in F.PLURAL_MARTYRS.get(term.lang, ())}
    if folded(text[start:end]).lower().replace(ZWNJ, "") not in plural:
        return True
    return re.match(r"\s*(?:و|and\b)", text[m["end"] :]) is not None


@cache
def generic_pattern(lang: str) -> re.Pattern | None:
    cues = F.GENERIC_BEFORE.get(lang)
    if not cues:
        return None
    joined = alternation(cues)
    return re.compile(rf"(?<![\w\u200c])(?:{joined})[\s\u200c-]*$", re.IGNORECASE)


@cache
def generic_group_pattern(lang: str) -> re.Pattern | None:
    """A generic cue, then a plural group noun (GENERIC_GROUP_NOUNS), ending where the term
    begins: «لمكافحة التنظيمات الإرهابية»."""
    cues, nouns = F.GENERIC_BEFORE.get(lang), F.GENERIC_GROUP_NOUNS.get(lang)
    if not cues or not nouns:
        return None
    joined = alternation(cues)
    return re.compile(
        rf"(?<![\w\u200c])(?:{joined})[\s\u200c-]+(?:{alternation(nouns)})\s+$", re.IGNORECASE
    )


def generic_use(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the words around the term make it generic: before it ("the fight against
    terror", «مكافحة التنظيمات الإرهابية»), or a noun of law or policing after it ("terror
    suspects")."""
    pattern = generic_pattern(lang)
    if pattern and pattern.search(text, max(0, start - 30), start):
        return True
    groups = generic_group_pattern(lang)
    if groups and groups.search(text, max(0, start - 45), start):
        return True
    # a term that holds the cue itself: "the US-led war on terror" is the campaign's name
    head = text[start:end].rsplit(" ", 1)[0] + " " if " " in text[start:end] else ""
    if pattern and head and pattern.search(head):
        return True
    after = WORD.match(text, end + 1) if text[end : end + 1] in (" ", "-") else None
    return bool(after and after.group().lower() in F.GENERIC_AFTER.get(lang, ()))


def practice_generic(text: str, start: int, term: Term) -> bool:
    """Whether a practice noun («الإرهاب», "terrorism") follows a word of confronting or waging
    war on it (PRACTICE_GENERIC_BEFORE): terrorism in general, whoever the sentence names."""
    return practice_generic_at(text, start, term.term, term.lang)


def practice_generic_at(text: str, start: int, word: str, lang: str) -> bool:
    """practice_generic for a lexicon term's written form `word` (an occurrence's `term`)."""
    practices = folded_words("PRACTICE_NOUNS", lang)
    cues = F.PRACTICE_GENERIC_BEFORE.get(lang)
    if folded(word) not in practices or not cues:
        return False
    before = folded(text[max(0, start - 30) : start])
    return re.search(rf"(?<![\w\u200c])(?:{alternation(cues)})\s*$", before) is not None


def practice_of_group(
    text: str, start: int, end: int, term: Term, mentions: list[dict]
) -> dict | None:
    """A practice noun in construct with a group named right after it is that group's, even
    after a word of confronting it: «لمحاربة إرهاب داعش», «إرهاب الدواعش», «تروریسم داعش» fight
    one group's terror, not terrorism in general. Arabic and Persian only (the construct has no
    word between), the noun indefinite and bare of a clitic («أعمال عنف وإرهاب» coordinates)."""
    if term.lang not in ("ar", "fa") or term.category != "label":
        return None
    word = folded(text[start:end])
    if word not in folded_words("PRACTICE_NOUNS", term.lang) or definite(
        text, start, end, term.lang
    ):
        return None
    after = [m for m in mentions if m["type"] == "GROUP" and end < m["start"] <= end + 2]
    if not after or text[end : after[0]["start"]].strip():
        return None
    return {**mention_target(after[0]), "target_from": "practice of a group"}


def mention_target(m: dict) -> dict:
    """A target from an entity mention, named as the group vocabulary names it."""
    return {
        "target": group_name(m.get("canonical") or m["text"]),
        "target_key": m.get("entity"),
        "target_start": m["start"],
        "target_end": m["end"],
    }


def patient_after(term: Term, word: str) -> bool:
    """Whether the term is an act whose genitive is what the act is done to («احتلال الكويت»)."""
    bare = re.sub(r"^[وف]?[بلک]?", "", word) if term.lang == "ar" else word
    heads = folded_words("PATIENT_AFTER", term.lang)
    return folded(term.term) in heads or folded(bare) in heads or folded(word.lower()) in heads


def agent_after_marker(
    mentions: list[dict], text: str, end: int, hi: int, lang: str
) -> dict | None:
    """The first mention after a doer's marker («توسط ارمنستان», "by the US") in the clause."""
    markers = "|".join(spaced(w) for w in F.AGENT_MARKERS.get(lang, ()))
    if not markers:
        return None
    found = re.search(rf"(?<![\w\u200c])(?:{markers})(?![\w\u200c])", folded(text[end:hi]), re.I)
    if found is None:
        return None
    at = end + found.end()
    after = [m for m in mentions if at <= m["start"] < hi]
    first = min(after, key=lambda m: m["start"], default=None)
    return first if first and len(WORD.findall(text[at : first["start"]])) <= 1 else None


def words_between(text: str, a: int, b: int) -> list[str]:
    """The words between two offsets; a comma, colon or semicolon counts as one (another
    clause, list item or a headline's speaker: «رهبر انصارالله: رژیم صهیونیستی …»)."""
    if a > b:
        return []
    return [*WORD.findall(text[a:b]), *re.findall("[,،:;؛]", text[a:b])]


def genitive_target(after: list[dict], text: str, end: int, term: Term, act: bool) -> dict | None:
    """The mention right after the term (ADJACENT_WORDS at most, no preposition between, no
    Arabic ب/ل clitic on it): its genitive or adjective. After an act noun only an adjective
    («الاحتلال الإسرائيلي») or the first of two genitives («احتلال العراق للكويت») is the doer."""
    if not after:
        return None
    first, gap = after[0], words_between(text, end, after[0]["start"])
    blocked = {*F.NOT_TARGET_BEFORE.get(term.lang, ()), *F.NOT_TARGET_AFTER.get(term.lang, ())}
    if set(gap) & blocked:
        return None
    # a doer farther in the act's construct chain is read only when the patient is marked after
    # it: «عدوان جيش النظام العراقي على الكويت»
    marked = act and term.lang == "ar" and patient_marked_doer(after, text, gap)
    if len(gap) > F.ADJACENT_WORDS and not marked:
        return None
    if {folded(w) for w in gap} & folded_words("ALLY_NOUNS_AFTER", term.lang):
        return None  # «المخلوع حلفاءه الحوثيين»: his allies, not a genitive of the term
    if coordinate_between(gap, term.lang):
        return None  # «بين المتمردين والجيش التركي»: the other side's adjective
    if other_side_between(text, end, first["start"], term.lang):
        return None  # «بين المقاومة وميليشيات الحوثي»: the other side's genitive
    if joined_after(text, first["start"], first["end"], term.lang):
        return None  # «المتمردين الاكراد وتركيا»: another actor, not a genitive
    if not gap and possessive_lam_after_adjective(text, end, first, term):
        return mention_target(first)
    # after an act noun a demonym is the doer only right beside it: «جريمة حرق رضيع فلسطيني»
    # describes the victim
    if not act or (is_demonym(first["text"]) and not gap):
        clitic = term.lang == "ar" and text[first["start"] : first["start"] + 1] in "بل"
        if clitic:
            return None
        # a demonym before a person's name is the person's («نظام الرئيس السوري بشار الأسد»)
        person = after[1] if len(after) > 1 and after[1]["type"] in ("PER", "GROUP") else None
        if (
            person
            and is_demonym(first["text"])
            and not words_between(text, first["end"], person["start"])
        ):
            return mention_target(person)
        return mention_target(first)
    return mention_target(first) if marked else None


def possessive_lam_after_adjective(text: str, end: int, first: dict, term: Term) -> bool:
    """Whether the group right after an Arabic act or label adjective, joined by the possessive
    «ل», owns the noun phrase the adjective qualifies («الممارسات العدوانية للمستوطنين
    الإسرائيليين»: the settlers' aggressive practices): the doer. Only for an adjective (ending
    in ADJECTIVE_ENDINGS) of DOER_SUFFIX_CATEGORIES; after a noun the «ل» more often marks whom
    the act is for or against («دعم الإرهاب للحوثيين»)."""
    if term.lang != "ar" or term.category not in F.DOER_SUFFIX_CATEGORIES:
        return False
    if first["type"] != "GROUP" or not folded(text[first["start"] : first["end"]]).startswith("ل"):
        return False
    word = WORD.findall(text[max(0, end - 30) : end])[-1:]
    return bool(word) and folded(word[0]).endswith(adjective_endings(term.lang))


ACCUSATIVE_ENDING = re.compile(r"(?:ا|اً|ًا)$")


def accusative_nisba(text: str, start: int, end: int, term: Term) -> dict | None:
    """The state an Arabic indefinite accusative term's nisba adjective right after it names
    («صنفتها عدوانا أميركيا» → the United States, snn-2015-08-03-00158): the adjective agrees
    with the term, so it is the doer's nationality. The recogniser does not read such an
    adjective as a mention; demonym_of takes its accusative alif off. A reading of the
    sentence, like adjacent_target's others (no `target_from`)."""
    if term.lang != "ar" or not ACCUSATIVE_ENDING.search(text[start:end]):
        return None
    found = re.match(r"\s+([\w\u064b-\u0652]+)", text[end : end + 40])
    if found is None or not ACCUSATIVE_ENDING.search(found.group(1)):
        return None
    entry = demonym_of(found.group(1), "ar")
    if entry is None or entry.type != "GPE":
        return None
    at = end + found.start(1)
    return {
        "target": group_name(entry.name),
        "target_start": at,
        "target_end": at + len(found.group(1)),
    }


@cache
def keyword_list_pattern(lang: str) -> re.Pattern | None:
    """A keyword-list opener (KEYWORD_LIST_OPENERS) at the start of the text, a line or a
    sentence, folded."""
    words = F.KEYWORD_LIST_OPENERS.get(lang)
    if not words:
        return None
    return re.compile(rf"(?:^|[.!?؟\n])\s*(?:{alternation(folded(w) for w in words)})\s")


def in_keyword_list(item: dict, text: str, lang: str) -> bool:
    """Whether a term given a name written before it stands in a page's keyword list
    (KEYWORD_LIST_OPENERS, no sentence end after the opener up to the term): that name is
    another keyword, not its target («سمات أطفال الجنوبيون الحوثيون المقاومة»). A keyword may
    be a phrase, so what follows the term stays («سمات الاحتلال الإسرائيلي», «جثمان شهيد عائض
    بن عبده»). `text` is folded."""
    if item.get("target_from") is not None or item.get("target_start") is None:
        return False
    if item["target_start"] >= item["start"]:
        return False
    pattern = keyword_list_pattern(lang)
    if pattern is None:
        return False
    opened = [m for m in pattern.finditer(text, 0, item["start"])]
    return bool(opened) and not re.search(r"[.!?؟\n]", text[opened[-1].end() : item["start"]])


def other_side_between(text: str, end: int, mention_start: int, lang: str) -> bool:
    """Whether a term stands right after a word of "between" (BETWEEN_WORDS) and the text up to
    the mention after it opens with the conjunction و: "between A and B", the mention belongs
    to the other side («بين المقاومة وميليشيات الحوثي», «بين المقاومة والحوثيين»)."""
    start = end - len(re.search(r"[\w\u200c]*$", text[:end]).group())
    before = word_before(text, start)
    if not before or folded(before) not in folded_words("BETWEEN_WORDS", lang):
        return False
    return text[end:mention_start].lstrip()[:1] == "و"


def coordinate_between(gap: list[str], lang: str) -> bool:
    """Whether the one word between a term and the mention after it is a state force or
    authority coordinated with the term (COORDINATED_FORCES: «بين المتمردين والجيش
    التركي»): the mention qualifies that other actor, not the term."""
    return len(gap) == 1 and folded(gap[0]) in folded_words("COORDINATED_FORCES", lang)


def word_start(text: str, at: int) -> int:
    """Where the word holding offset `at` starts (a clitic before a recogniser's span)."""
    return at - len(re.search(r"[\w\u200c]*$", text[:at]).group())


def patient_marked_doer(after: list[dict], text: str, gap: list[str]) -> bool:
    """Whether the first mention after an Arabic act noun is its doer because a later one is
    marked as whom the act is done to: ل on that name or on a land noun before it («احتلال
    العراق للكويت», «احتلال العراق لدولة الكويت»), or «على» before it («عدوان … على الكويت»).
    Names right after the first are its own («عراق صدام حسين»); the words before the first
    (`gap`, at most MARKED_DOER_WORDS) are its head nouns, with no clitic preposition."""
    if len(gap) > F.MARKED_DOER_WORDS or any(w[:1] in "بل،,:;؛" for w in gap):
        return False
    if text[word_start(text, after[0]["start"])] in "بل":
        return False
    lands = folded_words("PATIENT_LAND_NOUNS", "ar")
    prev = after[0]
    for nxt in after[1:]:
        word = word_start(text, nxt["start"])
        between = words_between(text, prev["end"], word)
        if not between and text[word] == "ل":
            return True
        bare = [folded(re.sub(r"^ل", "", w)) for w in between]
        if len(between) == 1 and between[0].startswith("ل") and bare[0] in lands:
            return True
        if between[:1] == ["على"] and (
            len(between) == 1 or (len(between) == 2 and bare[1] in lands)
        ):
            return True
        if between:
            return False
        prev = nxt
    return False


def adjacent_target(
    mentions: list[dict], text: str, start: int, end: int, term: Term
) -> dict | None:
    """The entity or group the term governs or modifies, next to it in its sentence: the doer
    after a marker («توسط ارمنستان»), its genitive or adjective («رژیم سوریه», «جرائم
    الإسرائيليين», «الاحتلال الإسرائيلي»), or the word right before it ("Syrian regime"). Only
    for categories that characterise an actor (ADJACENT_CATEGORIES): the genitive of an
    "advice" or a legitimacy term is whom it is given to."""
    if term.category not in F.ADJACENT_CATEGORIES:
        return None
    if found := accusative_nisba(text, start, end, term):
        return found
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    after = sorted((m for m in mentions if end <= m["start"] < hi), key=lambda m: m["start"])
    act = patient_after(term, text[start:end])
    if act and (doer := agent_after_marker(mentions, text, end, hi, term.lang)):
        return mention_target(doer)
    if found := genitive_target(after, text, end, term, act):
        return found if martyr_or_other(term, text, start, end, found) else None
    before = [m for m in mentions if lo <= m["start"] and m["end"] <= start]
    # a term joined by the conjunction و is the name's coordinate, not its epithet: «الحوثي
    # والمخلوع» are two actors
    coordinate = term.lang == "ar" and re.match(r"[وف](?:ال|[بلک]ال|لل)", folded(text[start:end]))
    # "occupied" qualifies the land occupied («الضفة الغربية المحتلة»), not the occupier
    occupied = folded(text[start:end]).lower() in {
        folded(w) for w in F.PATIENT_ADJECTIVES.get(term.lang, ())
    }
    if before and not coordinate and not occupied:
        last = max(before, key=lambda m: m["end"])
        if not words_between(text, last["end"], start):
            found = mention_target(last)
            return found if martyr_or_other(term, text, start, end, found) else None
    return None


@cache
def group_noun_name_pattern(lang: str) -> re.Pattern | None:
    """A group noun (GROUP_NOUNS, indefinite, a one-letter clitic allowed) and the words
    after it up to the end of the text searched: «جماعة عسكر جنقوي »."""
    nouns = F.GROUP_NOUNS.get(lang)
    if not nouns:
        return None
    name = rf"(?P<name>[\w\u200c«»\"'()]+(?:\s+[\w\u200c«»\"'()]+){{0,{F.GROUP_NAME_WORDS - 1}}})"
    return re.compile(rf"(?:^|\s)[{ARABIC_PROCLITICS}]?(?:{alternation(nouns)})\s+{name}\s*$")


def unrecognised_group_before(
    text: str, start: int, end: int, term: Term, mentions: list[dict]
) -> dict | None:
    """The group a label adjective qualifies when its name, after a group noun, is one neither
    the recogniser nor the group vocabulary knows («جماعة عسكر جنقوي الإرهابية» → «عسكر جنقوي»):
    the name as written. A known name is left to the other rules."""
    pattern = group_noun_name_pattern(term.lang)
    word = folded(text[start:end])
    endings = adjective_endings(term.lang)
    if pattern is None or term.category != "label" or not word.startswith("ال"):
        return None
    if not word.endswith(endings):
        return None
    lo = max(sentence_start(text, start), start - 120)
    found = pattern.search(folded(text[lo:start]))  # the vocabulary is folded; offsets kept
    if found is None:
        return None
    s, e = (lo + at for at in found.span("name"))
    while s < e and text[s] in "«»\"'() ":
        s += 1
    while e > s and text[e - 1] in "«»\"'() ":
        e -= 1
    words = WORD.findall(text[s:e])
    stop = folded_words("NOT_IN_GROUP_NAME", term.lang)
    if not words or any(folded(w) in stop or w.isdigit() for w in words):
        return None
    if any(m["start"] < e and s < m["end"] for m in mentions):
        return None  # a known entity or group: the other rules name it
    if group_mentions(text[s:e], term.lang):
        return None
    return {"target": text[s:e], "target_start": s, "target_end": e, "target_from": "group noun"}


DescribedReadings = tuple[dict | None, dict | None]  # (nationality reading, place reading)


@dataclass(frozen=True)
class DescribedWords:
    """The described-group vocabulary of a language (described_groups.tsv): bare folded head
    nouns and nationality stems, each with the English words a target name uses for it."""

    heads: dict[str, tuple[str, ...]]
    nationalities: dict[str, tuple[str, ...]]
    places: dict[str, tuple[str, ...]]  # round 52: a place after «في» or an allegiance


@cache
def described_words() -> dict[str, DescribedWords]:
    """Language → its head nouns, nationality stems and places (described_groups.tsv), folded."""
    out: dict[str, DescribedWords] = {}
    for kind, lang, words, english, *_ in read_table("framing/described_groups.tsv"):
        table = out.setdefault(lang, DescribedWords({}, {}, {}))
        parts = {"head": table.heads, "place": table.places}
        part = parts.get(kind, table.nationalities)
        for word in words.split("|"):
            part[folded(word)] = tuple(e.lower() for e in english.split("|"))
    return out


# `ARABIC_PREFIXES` keeps «ل» before a dropped alif («للمتمردين» → «لمتمردين»): the described
# group's head needs the bare noun, and its definiteness to check the adjective's agreement
_DESCRIBED_PREFIX = re.compile(r"^[وف]?(?:[بک]?ال|لل|[بلک])")
_NISBA_ENDINGS = ("یین", "یون", "یه", "ی", "ه")


def bare_described(word: str, lang: str) -> tuple[str, bool]:
    """A folded word without Arabic proclitics, article and short vowels (a tanween written on
    the word, «إرهابياً»), and whether it had the article."""
    word = re.sub("[\u064b-\u0652]", "", folded(word).replace(ZWNJ, ""))
    if lang != "ar":
        return word, False
    bare = _DESCRIBED_PREFIX.sub("", word, count=1)
    return bare, bool(re.match(r"^[وف]?(?:[بک]?ال|لل)", word))


def described_head(word: str, lang: str) -> tuple[str, ...] | None:
    """The English words of a group noun of the described-group vocabulary, if `word` is one."""
    table = described_words().get(lang)
    return table.heads.get(bare_described(word, lang)[0]) if table else None


def nationality_of(word: str, lang: str) -> tuple[str, ...] | None:
    """The English words of a nationality or affiliation adjective or of a described group's
    place («لروسيا», «سيناء»; round 52), if `word` is one."""
    return adjective_nationality(word, lang) or place_of(word, lang)


def place_of(word: str, lang: str) -> tuple[str, ...] | None:
    """The English words of a place of the described-group vocabulary («في سيناء», «لطهران»)."""
    table = described_words().get(lang)
    return table.places.get(bare_described(word, lang)[0]) if table else None


def adjective_nationality(word: str, lang: str) -> tuple[str, ...] | None:
    """The English words of a nationality or affiliation adjective («السعوديين», «الأكراد»,
    «ایرانی»), if `word` is one: its stem without the article and nisba endings."""
    table = described_words().get(lang)
    if table is None:
        return None
    bare = bare_described(word, lang)[0]
    if bare in table.nationalities:
        return table.nationalities[bare]
    for ending in _NISBA_ENDINGS:
        if bare.endswith(ending) and bare[: -len(ending)] in table.nationalities:
            return table.nationalities[bare[: -len(ending)]]
    return None


def described_group_at(text: str, head: re.Match, lang: str) -> DescribedReadings:
    """The described groups starting at a head noun: (its nationality reading, «جنود سعوديين»,
    «للمتمردين الأكراد»: the head and the adjective right after it, as written, clitics kept;
    its place or allegiance reading, placed_group_at, round 52, when no adjective follows).
    No nationality reading when the adjective differs in definiteness or is a group the
    vocabulary names other than a state (the other rules answer with its name; «جنود سعوديين»
    are not Saudi Arabia)."""
    if described_head(head.group(), lang) is None:
        return None, None
    nxt = word_after(text, head.end())
    if nxt is None:
        return None, None
    if adjective_nationality(nxt.group(), lang) is None:
        return None, placed_group_at(text, head, nxt, lang)
    if (
        lang == "ar"
        and bare_described(head.group(), lang)[1] != bare_described(nxt.group(), lang)[1]
    ):
        return None, None  # «جنود» + «السعودية»: the adjective qualifies something else
    named = [
        m for m in group_mentions(text, lang) if m["start"] < nxt.end() and nxt.start() < m["end"]
    ]
    if any(group_name(m["canonical"]) not in countries() for m in named):
        return None, None  # a group's own name («الحوثيين», «الفلسطينيين»), not a state's adjective
    found = {
        "target": text[head.start() : nxt.end()],
        "target_start": head.start(),
        "target_end": nxt.end(),
        "target_from": "described group",
    }
    return found, None


def described_group(
    text: str, start: int, end: int, term: Term, mentions: list[dict]
) -> DescribedReadings:
    """Whom a term names by a described group, a group noun and a nationality or affiliation
    rather than a name: the term itself as head («للمتمردين الأكراد», «الإرهابيون اليهود»), or,
    for an act or martyrdom noun whose genitive is its doer or its dead, the described group
    right after it, a count allowed between («استشهاد 4 جنود سعوديين», «جرائم المجموعات
    الاستيطانية»). Other acts whose genitive is what is done to (`patient_after`) are left
    alone. Both readings in one pass: the nationality one, asked first, and the place or
    allegiance one, asked only after the sentence's other rules (round 52)."""
    if term.category not in F.DESCRIBED_CATEGORIES:
        return None, None
    head = WORD.match(text, start)
    own = described_group_at(text, head, term.lang) if head is not None else (None, None)
    if own[0] is not None:
        return named_group_described(own[0], text, start, term.lang, mentions), None
    after = list(WORD.finditer(text, end, min(len(text), end + 40)))[:2]
    if term.category != "martyrdom" and patient_after(term, text[start:end]):
        after = []  # «احتلال»: its genitive is what is occupied (the dead are a martyr's own)
    elif after and words_between(text, end, after[0].start()):
        after = []
    elif after and re.fullmatch(r"[0-9٠-٩۰-۹]+", after[0].group()):
        after = after[1:]  # a count: «استشهاد 4 جنود»
    following = described_group_at(text, after[0], term.lang) if after else (None, None)
    nationality, placed = following[0], own[1] or following[1]
    if nationality is None and term.category == "martyrdom":
        nationality = described_group_before_martyr(text, start, term.lang)
    if nationality is not None:
        nationality = named_group_described(nationality, text, start, term.lang, mentions)
    if placed is not None:
        placed = named_group_described(placed, text, start, term.lang, mentions)
    return nationality, placed


def described_group_before_martyr(text: str, start: int, lang: str) -> dict | None:
    """The described group right before a martyrdom term that qualifies it («الجندي السعودي
    الشهيد», "the martyred Saudi soldier"): its head noun and nationality adjective, no word
    between them and the term (round 64). The dead's side is the soldier's."""
    before = list(WORD.finditer(text, max(0, start - 40), start))[-2:]
    if len(before) < 2 or text[before[-1].end() : start].strip():
        return None
    found = described_group_at(text, before[0], lang)[0]
    return found if found is not None and found["target_end"] == before[-1].end() else None


def word_after(text: str, at: int) -> re.Match | None:
    """The word after one space from `at`, a tanween or other diacritic allowed before the
    space («88 إرهابياً في»)."""
    at += len(re.match(r"[\u064b-\u0652]*", text[at:]).group())
    return WORD.match(text, at + 1) if text[at : at + 1] == " " else None


def placed_group_at(text: str, head: re.Match, nxt: re.Match, lang: str) -> dict | None:
    """An armed-group head noun described by where it fights or whom it serves rather than by a
    nationality adjective (round 52): «88 إرهابيا في سيناء», «المتمردين الموالين لروسيا»,
    «الميليشيات المدعومة من إيران»; the head, its linker and the place, as written. Only armed
    heads (ARMED_HEADS): soldiers or civilians «في سوريا» are where they are, not whose."""
    english = described_head(head.group(), lang)
    if not english or english[0] not in F.ARMED_HEADS:
        return None  # the head's first English word is its sense: «جنود» soldiers, not fighters
    linker = bare_described(nxt.group(), lang)[0]
    place = word_after(text, nxt.end())
    if linker in F.ALLEGIANCE_WORDS.get(lang, ()) and place is not None:
        if place.group() in F.ALLEGIANCE_FROM.get(lang, ()):
            place = word_after(text, place.end())  # «المدعومة من إيران»
        elif lang == "ar" and not place.group().startswith("ل"):
            return None  # «الموالين» needs its «لـ»: «الموالين للنظام»
    elif folded(nxt.group()) not in F.PLACE_LINKERS.get(lang, ()):
        return None
    if place is None or place_of(place.group(), lang) is None:
        return None
    return {
        "target": text[head.start() : place.end()],
        "target_start": head.start(),
        "target_end": place.end(),
        "target_from": "described group",
    }


def named_group_described(
    found: dict, text: str, start: int, lang: str, mentions: list[dict]
) -> dict:
    """The group a described group refers back to: the one group of the group vocabulary (not a
    state) the text named before the term with the same nationality or affiliation in its name
    («حزب العمال الكردستاني» … «المتمردين الأكراد» → PKK; reiteration by a general noun, Halliday
    & Hasan 1976), keeping the described phrase's span; else the described group as written."""
    words = WORD.findall(found["target"])
    nationality = nationality_of(words[-1], lang)
    names = {
        m.get("canonical")
        for m in mentions
        if m["end"] <= start
        and m.get("type") == "GROUP"  # the group vocabulary's names, not the recogniser's spans
        and any(nationality_of(w, lang) == nationality for w in WORD.findall(m["text"]))
    }
    names -= {None, *countries()}
    if len(names) != 1:
        return found
    return {**found, "target": names.pop()}


def headline_described_group(item: dict, title: str, body: str, lang: str) -> dict | None:
    """The group a headline's described group («المتمردين الأكراد») refers to: a headline has no
    earlier text of its own, so the one group of the body with the same nationality or
    affiliation in its name («حزب العمال الكردستاني»; named_group_described over the body)."""
    lo, hi = item.get("target_start"), item.get("target_end")
    if item.get("target_from") != "described group" or lo is None:
        return None
    if item["target"] != title[lo:hi]:
        return None  # already a group of the vocabulary
    last = WORD.findall(item["target"])[-1:]
    if not last or nationality_of(last[0], lang) is None:
        return None
    found = named_group_described(
        {"target": item["target"]}, body, len(body), lang, group_mentions(body, lang)
    )
    return {"target": found["target"]} if found["target"] != item["target"] else None


def chained_other(found: dict, mentions: list[dict], text: str) -> bool:
    """Whether the group's name runs straight into another actor's inside one name the
    recogniser read («رژیم پهلوی صدام», one ORG over the Pahlavi monarchy and Saddam): which of
    them the term is applied to is unclear. A state or demonym the recogniser does not join to
    the name is the same actor's name going on («قوات النظام السوري»)."""
    lo, hi = found.get("target_start"), found.get("target_end")
    if hi is None:
        return False
    at = hi + len(text[hi:]) - len(text[hi:].lstrip())
    joined = any(m["type"] != "GROUP" and m["start"] <= lo and m["end"] > at for m in mentions)
    return joined and any(
        m["start"] == at > hi and group_name(m.get("canonical") or m["text"]) != found["target"]
        for m in mentions
    )


def mere_place(found: dict) -> bool:
    """Whether a target beside the term is a place below a state — a city or a province ("the
    New York City terror attack", «بمنطقة عسير استشهدوا», «ملت شهیدپرور قم»): where the act
    happened or the dead came from, not whom the term is applied to. A country stays, and so
    does a capital the group vocabulary reads as its state («طهران» → Iran)."""
    if not (found.get("target_key") or "").startswith(("LOC:", "GPE:")):
        return False
    name = found.get("target") or ""
    return name not in countries() and name not in known_groups()


def martyr_or_other(term: Term, text: str, start: int, end: int, found: dict) -> bool:
    """Whether a target found beside a term may stand: any for other categories, for a
    martyrdom term only one it can call a martyr (martyr_named)."""
    if term.category != "martyrdom" or found.get("target_start") is None:
        return True
    return martyr_named(
        term, text, start, end, {"start": found["target_start"], "end": found["target_end"]}
    )


def name_beside_term(text: str, start: int, end: int, m: dict) -> dict | None:
    """A person or organisation mention that holds the term at one edge, as the recogniser read
    a title or a head noun into a name («شهید سلیمانی», «رژيم سوريه»): the rest of it, as a
    mention of its own, when the gazetteer knows it (not «ميدان» of «ميدان شهدا», a square,
    nor «تنظيم» of «تنظيم إرهابي»)."""
    if m.get("type") not in ("PER", "ORG") or not (m["start"] < end and start < m["end"]):
        return None
    if m["start"] >= start and m["end"] > end:
        lo, hi = end, m["end"]
    elif m["end"] <= end and m["start"] < start:
        lo, hi = m["start"], start
    else:
        return None
    words = list(WORD.finditer(text, lo, hi))
    if not words or words[0].start() - lo > 1 or hi - words[-1].end() > 1:
        return None  # the term is only part of a word of the name
    lo, hi = words[0].start(), words[-1].end()
    if lookup(text[lo:hi]) is None:
        return None
    return {**m, "start": lo, "end": hi, "text": text[lo:hi], "canonical": None, "entity": None}


def media_named(text: str, start: int, end: int, lang: str) -> dict | None:
    """The outlet a term with a fixed referent qualifies after a media noun (MEDIA_NOUNS), when
    its name follows in quote marks: «روزنامه صهیونیستی «هاآرتص»» calls the newspaper Zionist
    (the outlet named, not Israel at large)."""
    before = WORD.findall(text[max(0, start - 20) : start])[-1:]
    nouns = folded_words("MEDIA_NOUNS", lang)
    if not before or folded(before[0]) not in nouns:
        return None
    quoted = re.compile(r"\s*[«\"“]([^»\"”\n]{2,40})[»\"”]").match(text, end)
    if quoted is None:
        return None
    return {
        "target": quoted.group(1).strip(),
        "target_start": quoted.start(1),
        "target_end": quoted.end(1),
    }


def head_group(mentions: list[dict], text: str, start: int) -> dict | None:
    """The group a term with a fixed referent qualifies as an epithet, right before it:
    «المستوطنين الصهاينة» are the settlers, not Israel at large."""
    before = [m for m in mentions if m["type"] == "GROUP" and m["end"] <= start]
    if not before:
        return None
    last = max(before, key=lambda m: m["end"])
    return None if words_between(text, last["end"], start) else mention_target(last)


def group_mentions(text: str, lang: str) -> list[dict]:
    """The groups of targets.tsv named in a text, as mentions (longest first, no overlaps)."""
    if lang not in target_groups():
        return []
    pattern, names = target_groups()[lang]
    out = []
    for m in pattern.finditer(folded(text)):
        if other_word(m.group(), lang):
            continue
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        out.append(
            {
                "start": m.start(),
                "end": m.end(),
                "text": text[m.start() : m.end()],
                "type": "GROUP",
                "canonical": names[index],
                "entity": None,
            }
        )
    return out


@dataclass(frozen=True)
class Victims:
    nouns: frozenset[str]  # folded nouns of the dead («مواطن», «مرزبان»)
    target: str
    context: re.Pattern


@cache
def victim_rows() -> dict[str, list[Victims]]:
    """lang → the rows of victims.tsv: who the dead a martyrdom act noun names are."""
    out: dict[str, list[Victims]] = defaultdict(list)
    for lang, nouns, target, context, *_ in read_table("framing/victims.tsv"):
        words = frozenset(folded(n) for n in nouns.split("|"))
        out[lang].append(Victims(words, target, word_pattern(context.split("|"), lang)))
    return out


def victims_target(term: Term, text: str, end: int, article: str) -> dict | None:
    """Whose dead a martyrdom term names by the noun right after it, counting words skipped
    («استشهاد مواطن في نجران» → Saudi civilians, «شهادت یک مرزبان» → Iranian border guards),
    when the article's words confirm the row's usage (victims.tsv)."""
    if term.category != "martyrdom" or term.lang not in victim_rows():
        return None
    skip = folded_words("VICTIM_COUNT_WORDS", term.lang)
    hi = sentence_end(text, end)
    words = [folded(w) for w in WORD.findall(text[end:hi])[:5]]
    words = [w.replace(ZWNJ, "") for w in words if w.replace(ZWNJ, "") not in skip]
    if not words or words[0].isdigit():
        words = words[1:]
    if not words:
        return None
    row = victims_row(words[0], term.lang, article)
    return {"target": row.target, "target_from": "victims"} if row else None


def victims_row(word: str, lang: str, article: str) -> Victims | None:
    """The victims.tsv row whose nouns hold a folded word (in Arabic, with its article off or
    on) and whose usage the article's words confirm; None when no row does."""
    noun = re.sub(r"^(?:ال|[وبل]ال)", "", word) if lang == "ar" else word
    for row in victim_rows().get(lang, []):
        if (noun in row.nouns or word in row.nouns) and row.context.search(folded(article)):
            return row
    return None


def subject_victims(term: Term, text: str, start: int, article: str) -> dict | None:
    """Whose dead a martyrdom verb reports by its subject, the nearest noun of victims.tsv before
    it in its sentence, at most SUBJECT_REACH words back («یک مرزبان در درگیری با اشرار مسلح
    … به شهادت رسید» → Iranian border guards, «الجندي أول حسن ناصر بشيري من منسوبي حرس الحدود …
    استشهدوا» → Saudi soldiers), when the article's words confirm the row's usage. A verb's
    subject stands before it (MARTYRDOM_VERBS); the nouns name their dead after them."""
    verbs = folded_words("MARTYRDOM_VERBS", term.lang)
    if term.category != "martyrdom" or folded(term.term) not in verbs:
        return None
    before = WORD.findall(text[sentence_start(text, start) : start])[-F.SUBJECT_REACH :]
    for word in reversed([folded(w).replace(ZWNJ, "") for w in before]):
        if row := victims_row(word, term.lang, article):
            return {"target": row.target, "target_from": "victims"}
    return None


@dataclass(frozen=True)
class Convention:
    target: str
    context: re.Pattern  # words of which one must appear in the article
    words: tuple[str, ...] = ()  # the row's own forms, folded («شهيدي», a dual in construct)


@cache
def conventions() -> dict[tuple[str, str], Convention]:
    """(lang, folded lexicon term) → the actor it names by a language's news usage
    (conventions.tsv, sources noted per row)."""
    out: dict[tuple[str, str], Convention] = {}
    for lang, words, target, context, *_ in read_table("framing/conventions.tsv"):
        forms = tuple(folded(w) for w in words.split("|"))
        rule = Convention(target, word_pattern(context.split("|"), lang), forms)
        for word in words.split("|"):
            out[(lang, folded(word))] = rule
    return out


def legitimacy_denied(text: str, start: int, term: Term) -> bool:
    """Whether a legitimacy term follows a word denying it (LEGITIMACY_DENIED_BEFORE: «فاقدان
    الشرعية»): the clause's subject lacks it, not the government the usage names."""
    if term.category != "legitimacy":
        return False
    before = WORD.findall(text[max(0, start - 20) : start])[-1:]
    return bool({folded(w) for w in before} & folded_words("LEGITIMACY_DENIED_BEFORE", term.lang))


def government_liberation(text: str, start: int, term: Term, article: str) -> dict | None:
    """A legitimacy term («تحرير», «المحررة») whose sentence names the government as an actor
    before it (GOVERNMENT_ACTOR_WORDS, not after a title, GOVERNMENT_TITLE_WORDS: «رئيس الحكومة»
    is the prime minister): the convention of GOVERNMENT_CONVENTION's term («الحكومة الشرعية»:
    the Hadi government), when the article confirms its usage."""
    own = F.GOVERNMENT_CONVENTION.get(term.lang)
    if term.category != "legitimacy" or not own or folded(term.term) == folded(own):
        return None
    before = folded(text[sentence_start(text, start) : start])
    recent = set(WORD.findall(before)[-F.GOVERNMENT_TIME_WORDS_REACH :])
    if recent & folded_words("GOVERNMENT_TIME_WORDS", term.lang):
        return None  # a past liberation the clause dates itself by
    actors = alternation(F.GOVERNMENT_ACTOR_WORDS.get(term.lang, ()))
    titles = tuple(f"{folded(w)} " for w in F.GOVERNMENT_TITLE_WORDS.get(term.lang, ()))
    for m in re.finditer(rf"(?<![\w\u200c])(?:{actors})(?![\w\u200c])", before):
        if not before[: m.start()].endswith(titles):
            governing = Term(term.lang, own, term.category, term.family, "")
            return conventional_target(governing, own, article)
    return None


def unnamed_martyr(term: Term, word: str, text: str, end: int, article: str) -> dict | None:
    """The convention of a singular honorific's plural (SINGULAR_HONORIFIC: «شهید» → «شهدا»,
    Iranian war dead at Fars) for the singular with no name after it: a punctuation mark or a
    function word of UNNAMED_MARTYR_NEXT follows («حذف نام شهید از تابلوی خیابان‌ها», «16
    مزار شهید، …»). Before any other word it may be a name the recogniser missed («شهید
    بابایی»), and a public figure keeps his name; the plural's convention is not asked for the
    singular anywhere else (martyrs_group), so named martyrs keep theirs; nor after a
    demonstrative, which points back to one."""
    plural = {folded(k): v for k, v in F.SINGULAR_HONORIFIC.get(term.lang, {}).items()}
    if folded(word) not in plural:
        return None
    if words_before(folded(text), end - len(word), 1) in folded_demonstratives(term.lang):
        return None  # «این شهید» points back to a martyr named before (Soleimani)
    after = text[end : end + 30]
    following = WORD.findall(after)[:1]
    unnamed = folded_words("UNNAMED_MARTYR_NEXT", term.lang)
    if re.match(r"\s*\w", after) and following and folded(following[0]) not in unnamed:
        return None  # a word that may be a name
    return conventional_target(term, plural[folded(word)], article)


def conventional_target(term: Term, word: str, article: str) -> dict | None:
    """The actor a bare term conventionally names, when the article's words confirm that usage
    («الاحتلال» in an article about Gaza is Israel's). Not with a suffix of its own beyond a
    verb's or the Persian ezafe (INFLECTIONS): «شهدای غزه» names its own, when the recogniser
    found «غزه» (adjacent_target, before this)."""
    # the word's own form may be a row's where the lexicon's term is not («شهیدان» of «شهید»)
    rule = conventions().get((term.lang, folded(term.term))) or conventions().get(
        (term.lang, folded(word))
    )
    inflected = (folded(term.term) + e for e in ("", *F.INFLECTIONS.get(term.lang, ())))
    # Arabic «ل» before the article drops its alif: «للشرعية» is «ل» + «الشرعية»
    form = re.sub(r"^([وف]?)لل", r"\1ال", folded(word)) if term.lang == "ar" else folded(word)
    if folded(term.term) in folded_words("PATIENT_SUFFIX_TERMS", term.lang):
        form = re.sub(f"(?:{'|'.join(F.PRONOUN_SUFFIXES[term.lang])})$", "", form)
    if rule is None or not form.endswith((*inflected, *rule.words)):
        return None
    if not rule.context.search(folded(article)):
        return None
    return {"target": rule.target, "target_from": "convention"}


def other_occupied_land(
    found: dict, term: Term, text: str, start: int, end: int, mentions: list[dict]
) -> bool:
    """Whether a conventional occupier is contradicted by its own sentence: it names a state
    other than the occupier, and neither it nor the text just before (DISCOURSE_REACH) holds one
    of the convention's context words — «اخطار 10 گروه عراقي
    به اشغالگران» (Iraq's occupiers, in a press review whose other headlines name Gaza), «يفكر
    بعقلية المحتل … استقرار سورية» (Assad's, in a column on Syria)."""
    if term.category != "occupation":
        return False
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    rule = conventions().get((term.lang, folded(term.term)))
    # the convention's own words just before stand by it: «… قطاع غزة … / ودعا العطية الولايات
    # المتحدة إلى … إنهاء الاحتلال» (the United States is asked to end Israel's occupation)
    if rule is None or rule.context.search(folded(text[max(0, lo - F.DISCOURSE_REACH) : hi])):
        return False
    states = {
        name
        for m in mentions
        if lo <= m["start"] and m["end"] <= hi and m["type"] in ("GPE", "GROUP")
        if (name := group_name(m.get("canonical") or m["text"])) in countries()
    }
    return bool(states - {found["target"]})


@cache
def event_pattern(lang: str) -> tuple[re.Pattern, list[str]] | None:
    """The names of events.tsv's events for a language, each a named group, anchored at the end
    of the text they are searched in (right before a term)."""
    rows = [
        (words, target) for lg, words, target, *_ in read_table("framing/events.tsv") if lg == lang
    ]
    if not rows:
        return None
    parts = [
        f"(?P<e{i}>{alternation(folded(w) for w in words.split('|'))})"
        for i, (words, _) in enumerate(rows)
    ]
    joined = "|".join(parts)
    pattern = re.compile(rf"(?<![\w\u200c])(?:{joined})[\s\u200c\-\"'«»“”]*$", re.IGNORECASE)
    return pattern, [target for _, target in rows]


def event_target(text: str, start: int, lang: str) -> dict | None:
    """The perpetrators of a named event right before the term ("the 11 September terror
    attacks"), from events.tsv."""
    found = event_pattern(lang)
    if found is None:
        return None
    pattern, targets = found
    m = pattern.search(folded(text), max(0, start - 40), start)
    if m is None:
        return None
    index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
    return {
        "target": targets[index],
        "target_start": m.start(),
        "target_end": m.end(),
        "target_from": "event",
    }


@cache
def invaded_lands() -> dict[str, list[tuple[re.Pattern, frozenset[str], str]]]:
    """lang → (the lands' pattern, anchored at the start, categories, invader) of invaded.tsv."""
    out: dict[str, list[tuple[re.Pattern, frozenset[str], str]]] = defaultdict(list)
    for lang, lands, categories, target, *_ in read_table("framing/invaded.tsv"):
        words = alternation(folded(w) for w in lands.split("|"))
        pattern = re.compile(rf"\s*(?:{words})(?![\w\u200c])")
        out[lang].append((pattern, frozenset(categories.split("|")), target))
    return out


def invaded_target(text: str, end: int, term: Term) -> dict | None:
    """The invader of an established invasion or occupation the act noun names by the land
    right after it («غزو الكويت», «احتلال لأراضي الكويت» → Iraq (Saddam Hussein)), from
    invaded.tsv."""
    for pattern, categories, target in invaded_lands().get(term.lang, ()):
        if term.category in categories and pattern.match(folded(text), end):
            return {"target": target, "target_from": "event"}
    return None


def included_group(text: str, end: int, term: Term, mentions: list[dict]) -> dict | None:
    """The group named right after an inclusion marker that follows the term and a comma in its
    sentence («جماعات إرهابية، وعلى رأسها تنظيم داعش», "militant groups, including al-Qaeda"):
    a member of what the term refers to. Labels only (an actor's name, not an act's)."""
    markers = [*F.INCLUSION_MARKERS.get(term.lang, ()), *F.NAMELY_MARKERS.get(term.lang, ())]
    return group_after_marker(text, end, term, mentions, markers, "inclusion")


def referred_group(text: str, end: int, term: Term, mentions: list[dict]) -> dict | None:
    """The group named right after a reference marker that follows a label in its sentence
    («بدعم جماعة إرهابية في إشارة لجماعة الإخوان المسلمين»): whom the label referred to."""
    markers = F.REFERENCE_MARKERS.get(term.lang, ())
    return group_after_marker(text, end, term, mentions, markers, "reference")


def group_after_marker(
    text: str, end: int, term: Term, mentions: list[dict], markers, source: str
) -> dict | None:
    """The first group mention right after one of `markers` (at most three words and a comma
    after the label, in its sentence, with at most one word between marker and group), as the
    label's target found by `source`. Labels only."""
    if term.category != "label" or not markers:
        return None
    hi = sentence_end(text, end)
    joined = alternation(folded(w) for w in markers)
    found = re.match(
        rf"(?:[\s\u200c]*[\w\u200c]+){{0,3}}?[\s\u200c]*[,،]?[\s\u200c]*(?:{joined})(?![\w\u200c])",
        folded(text[end:hi]),
        re.IGNORECASE,
    )
    if found is None:
        return None
    at = end + found.end()
    after = [m for m in mentions if m["type"] == "GROUP" and at <= m["start"] < hi]
    first = min(after, key=lambda m: m["start"], default=None)
    if first is None or len(WORD.findall(text[at : first["start"]])) > 1:
        return None
    return {**mention_target(first), "target_from": source}


def sentence_groups(text: str, mentions: list[dict], lo: int, hi: int) -> list[dict]:
    """The group mentions (targets.tsv) of the sentence holding the last one in [lo, hi)."""
    inside = [m for m in mentions if m["type"] == "GROUP" and lo <= m["start"] and m["end"] <= hi]
    if not inside:
        return []
    last = max(inside, key=lambda m: m["end"])
    first = sentence_start(text, last["start"])
    return [m for m in inside if m["start"] >= first]


def one_group(found: list[dict], headline: set[str]) -> dict | None:
    """The one group named among `found` as a `target_hint`; when they disagree, the one the
    headline (or lead) also names; else None (abstain)."""
    names = {m["canonical"] for m in found}
    if len(names) > 1:
        names &= headline
    if len(names) != 1:
        return None
    (name,) = names
    # a hint, not an answer: on the held-out set fewer than one in five were right
    return {"target": None, "target_hint": name, "target_from": "discourse"}


def act_noun(term: Term, word: str) -> bool:
    """Whether the term names an act (PATIENT_AFTER, ACT_NOUNS), not an actor."""
    acts = folded_words("ACT_NOUNS", term.lang)
    return patient_after(term, word) or folded(term.term) in acts


def words_before(text: str, start: int, n: int) -> str:
    """The n words before an offset, lower-cased and space-joined."""
    return " ".join(WORD.findall(text[max(0, start - 40) : start])[-n:]).lower()


def definite(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the term is used as a definite noun phrase, the way an anaphor is
    (DEFINITE_BEFORE, INDEFINITE_BEFORE; Arabic: a word of it carries the article)."""
    if lang == "ar":
        words = WORD.findall(text[start:end])
        return any(ARABIC_DEFINITE.match(w) for w in words)
    if lang in F.DEFINITE_BEFORE:
        return words_before(text, start, 1) in F.DEFINITE_BEFORE[lang]
    indefinite = folded_words("INDEFINITE_BEFORE", lang)
    return not ({words_before(text, start, 1), words_before(text, start, 2)} & indefinite)


def discourse_target(
    text: str, start: int, end: int, term: Term, mentions: list[dict], other: list[dict]
) -> dict | None:
    """Whom a bare definite term likely refers back to, as a `target_hint` (the `target`
    stays unknown): the group of the nearest earlier sentence within DISCOURSE_REACH
    characters, else the one group of the other field (the headline for a body term, the lead
    for a headline's). Abstains when the candidates disagree."""
    if term.category not in F.DISCOURSE_CATEGORIES:
        return None
    if not act_noun(term, text[start:end]) and not definite(text, start, end, term.lang):
        return None
    lo, hi = sentence_start(text, start), sentence_end(text, start)
    headline = {m["canonical"] for m in other}
    earlier = sentence_groups(text, mentions, max(0, lo - F.DISCOURSE_REACH), lo)
    found = one_group(earlier, headline) if earlier else one_group(other, set())
    # the term's own sentence names another actor the rules above did not take: ambiguous
    own = {group_name(m.get("canonical") or m["text"]) for m in actors_in(mentions, lo, hi)}
    if found and own - {found["target_hint"]}:
        return None
    return found


def support_word_before(text: str, start: int, lang: str) -> int | None:
    """Where the support word right before a term starts («دعمها للإرهاب», «تنفقها على
    الإرهاب»), unless a word of COUNTERING is in its clause before it; None when there is
    none."""
    words = list(WORD.finditer(text, max(0, start - 40), start))[-2:]
    support = folded_words("SUPPORT_WORDS", lang)
    support |= {w + pronoun for w in support for pronoun in ("ها", "ه", "هم")}  # «دعمها»
    last = words[-1] if words else None
    spent_on = len(words) == 2 and last.group() == folded("على")
    if spent_on and words[0].group() in folded_words("SPENDING_WORDS", lang):
        last = words[0]
    elif not last or re.sub(r"^[وفل]", "", last.group()) not in support:
        return None
    clause = re.split(r"[،,؛;:.]", text[max(0, last.start() - 80) : last.start()])[-1]
    before = WORD.findall(clause)[-F.COUNTERING_REACH :]
    if set(before) & folded_words("COUNTERING", lang):
        return None
    return last.start()


def supported_by_target(text: str, start: int, term: Term, mentions: list[dict]) -> dict | None:
    """The state or group the practice of terror is applied to as what it supports («عدوانية
    السياسة الإيرانية … ودعمها للإرهاب» → Iran): the one group (targets.tsv) the sentence
    names before the support word (SUPPORT_WORDS, SPENDING_WORDS)."""
    if folded(term.term) not in folded_words("SUPPORTED_PRACTICE_TERMS", term.lang):
        return None
    at = support_word_before(text, start, term.lang)
    if at is None:
        return None
    lo = sentence_start(text, start)
    found = [m for m in actors_in(mentions, lo, at) if m["end"] <= at]
    if len({group_name(m["canonical"]) for m in found}) != 1:
        return None
    return {**mention_target(found[-1]), "target_from": "supporter"}


@cache
def war_sides(lang: str) -> list[tuple[frozenset[str], str, re.Pattern]]:
    """(folded terms, side, the war's words as a pattern) of SENTENCE_WAR_SIDES."""
    return [
        (frozenset(folded(t) for t in terms), side, word_pattern(list(words), lang))
        for terms, side, words in F.SENTENCE_WAR_SIDES.get(lang, [])
    ]


def war_side(text: str, start: int, end: int, term: Term) -> dict | None:
    """The armed side a bare group label names when its sentence places it in one war
    («بدء الحملة ضد المتمردين» in a sentence on Yemen → the Houthis; SENTENCE_WAR_SIDES),
    or the side a liberation or a resistance in it is («عدن … بعد تحريرها» → the Popular
    Resistance; round 53): none when the sentence holds the words of two wars."""
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    sentence = folded(text[lo:start] + " " + text[end:hi])
    sides = {
        side
        for terms, side, words in war_sides(term.lang)
        if folded(term.term) in terms and words.search(sentence)
    }
    if len(sides) != 1:
        return None
    return {"target": sides.pop(), "target_from": "war side"}


def sentence_group(
    text: str, start: int, end: int, term: Term, mentions: list[dict]
) -> dict | None:
    """The doer of an act noun named earlier in its sentence, farther than TARGET_REACH or
    across a comma («… أف 16 التركية … تحدثت … عن مجزرة», "… Turkey to admit that … killing
    of Armenians constituted genocide"): the one group (targets.tsv) the sentence names before
    the term and none after it, not behind a preposition of NOT_TARGET_BEFORE (where or against
    whom), and no pronoun suffix on the term («احتلالها» names its own doer)."""
    word = text[start:end]
    if term.category not in F.DISCOURSE_CATEGORIES or not act_noun(term, word):
        return None
    if word.endswith(tuple(F.PRONOUN_SUFFIXES.get(term.lang, ()))):
        return None
    if set(words_before(text, start, 2).split()) & set(F.OPPOSED_BEFORE.get(term.lang, ())):
        return None  # the sentence's actor faces the act: «دفاعی خود در برابر تهاجم‌ها»
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    found = [m for m in actors_in(mentions, lo, hi) if not (m["start"] < end and start < m["end"])]
    if len({group_name(m["canonical"]) for m in found}) != 1 or found[-1]["start"] > start:
        return None
    victims = set(F.NOT_TARGET_BEFORE.get(term.lang, ()))
    for m in found:
        before = WORD.findall(text[max(lo, m["start"] - 30) : m["start"]])[-1:]
        clitic = term.lang == "ar" and text[m["start"] : m["start"] + 1] in "بل"
        if set(before) & victims or clitic:
            return None
    return {**mention_target(found[-1]), "target_from": "sentence group"}


def possessor_target(
    text: str, start: int, end: int, term: Term, mentions: list[dict]
) -> dict | None:
    """Whose an actor noun with a possessive pronoun is («ميليشياته», "his militias"), or whose
    act an aggression or crime noun with one names («محاسبة إسرائيل على عدوانها»; not an
    occupation, whose pronoun is as often the land taken): the pronoun's antecedent, the one
    group (targets.tsv) its sentence names before it."""
    word = text[start:end]
    if act_noun(term, word):
        if term.category not in F.DOER_SUFFIX_CATEGORIES:
            return None
        if folded(term.term).removeprefix("ال") in folded_words("PATIENT_SUFFIX_TERMS", term.lang):
            return None
    elif term.category not in F.REPEATED_NOUN_CATEGORIES:
        return None
    # the ending after the term itself: «ه» is "his" there, not a folded ta marbuta
    ending = folded(word).split(folded(term.term).removeprefix("ال"), 1)[-1]
    his = set() if act_noun(term, word) else {"ه"}  # «الغزوة»: an act noun's ta marbuta
    if ending not in his | set(F.PRONOUN_SUFFIXES.get(term.lang, ())):
        return None
    lo = sentence_start(text, start)
    found = [m for m in actors_in(mentions, lo, start) if m["end"] <= start]
    if len({group_name(m["canonical"]) for m in found}) != 1:
        return None
    # a place or a victim is no possessor: «150 مليار دولار في أمريكا … دعم عملائها ومليشياتها»
    victims = set(F.NOT_TARGET_BEFORE.get(term.lang, ()))
    for m in found:
        before = WORD.findall(text[max(lo, m["start"] - 30) : m["start"]])[-1:]
        if set(before) & victims or text[m["start"] : m["start"] + 1] in "بل":
            return None
    return {**mention_target(found[-1]), "target_from": "possessor"}


def actors_in(mentions: list[dict], lo: int, hi: int) -> list[dict]:
    """The groups (targets.tsv) named in [lo, hi)."""
    kinds = ("GROUP",)
    return [m for m in mentions if m["type"] in kinds and lo <= m["start"] and m["end"] <= hi]


def lead_groups(text: str, lang: str) -> list[dict]:
    """The groups named in a body's lead (its first LEAD_CHARS characters)."""
    return group_mentions(text[: F.LEAD_CHARS], lang)


def target_of(
    doc: Document,
    text: str,
    start: int,
    end: int,
    term: Term,
    mentions: list[dict],
    other: list[dict] | None = None,
) -> dict:
    """Whom or what the occurrence is applied to; `target` None when generic or unknown.
    In order: the actor the term names by itself; none for a generic use; the group whose name
    the term sits in; the entity or group next to it (adjacent_target); the nearest group of
    the sentence; a person or organisation within ENTITY_WORDS words; then, still none, the
    supporter of terror and the war side of its sentence (round 50) before a discourse hint."""
    if term.target:
        found = media_named(text, start, end, term.lang) or head_group(mentions, text, start)
        return found or {"target": term.target}
    if found := practice_of_group(text, start, end, term, mentions):
        return found
    if generic_use(folded(text), start, end, term.lang) or practice_generic(text, start, term):
        return {"target": None}
    if found := former_regime(text, start, end, term):
        return found
    body = text is doc.text  # a headline's government may be named anywhere in the body
    story = f"{doc.title or ''}\n{text[:start] if body else doc.text}"
    if found := regime_at_war(text, start, end, term, story):
        return found
    if found := unrecognised_group_before(text, start, end, term, mentions):
        return found
    described = described_group(text, start, end, term, mentions)
    if found := described[0]:
        return found
    pattern_names = target_groups().get(term.lang)
    if pattern_names:
        lo = max(sentence_start(text, start), start - TARGET_REACH)
        hi = min(sentence_end(text, end), end + TARGET_REACH)
        if around := group_around(folded(text), start, end, lo, hi, *pattern_names):
            return around
    holding = [m for m in mentions if m["type"] == "GROUP" and m["start"] <= start < m["end"]]
    if holding:  # the term is part of the group's name: «گروه‌های مقاومت»
        found = mention_target(holding[0])
        return {"target": None} if chained_other(found, mentions, text) else found
    if found := pretext_doer(text, start, term, mentions):
        return found
    if found := deemed_object(text, start, end, term, mentions):
        return found
    if found := qualifying_term_target(text, end, term):
        return found
    named = [m for m in mentions if not (m["start"] < end and start < m["end"])]
    named += [t for m in mentions if (t := name_beside_term(text, start, end, m))]
    place_beside = False  # a city beside the term: only the referents usage gives may follow
    if found := adjacent_target(named, text, start, end, term):
        if not mere_place(found):
            return found
        place_beside = True
    if found := event_target(text, start, term.lang):
        return found
    if act_noun(term, text[start:end]) and (found := invaded_target(text, end, term)):
        return found
    article = f"{doc.title or ''}\n{doc.text}"
    if found := victims_target(term, text, end, article):
        return found
    # a bare term with a conventional referent names that actor: a group elsewhere in its
    # sentence is whom it acts on or sides with («الحوثي والمخلوع», «التحالف … لدعم الشرعية»)
    if found := government_liberation(text, start, term, article):
        return found
    if not legitimacy_denied(text, start, term) and (
        found := conventional_target(term, text[start:end], article)
        or unnamed_martyr(term, text[start:end], text, end, article)
    ):
        if other_occupied_land(found, term, text, start, end, mentions):
            return {"target": None}  # another occupation: no other rule knows whose
        return found
    if found := designated_target(text, start, term, mentions):
        return found
    if found := classified_object(text, start, term, mentions):
        return found
    if found := accused_target(text, start, term, mentions):
        return found
    # round 70: a verb's subject says whose dead, when no usage did and no person is named
    if (found := subject_victims(term, text, start, article)) and not entity_target(
        mentions, text, start, end, term, ("PER",)
    ):
        return found
    if place_beside:  # «حروب الخليج واحتلال العراق حتى … صعود الإخوان»: no farther group
        return {"target": None}
    # a group beside the dead is their killer or their unit, not whom "martyr" is applied to
    found = (
        None
        if term.category == "martyrdom"
        else group_target(folded(text), start, end, term.lang, term.category == "legitimacy")
    )
    if found is None:
        kinds = ("PER",) if term.category == "martyrdom" else ("PER", "ORG")  # the dead
        found = entity_target(mentions, text, start, end, term, kinds)
    if found is None:
        found = included_group(text, end, term, mentions)
    if found is None:
        found = referred_group(text, end, term, mentions)
    if found is None:
        found = possessor_target(folded(text), start, end, term, mentions)
    if found is None:
        found = sentence_group(folded(text), start, end, term, mentions)
    if found is None:
        found = supported_by_target(folded(text), start, term, mentions)
    if found is None:
        found = war_side(text, start, end, term)
    if found is None:  # round 52, last of the sentence's readings: a name or war side first
        found = described[1]
    if found is None:  # round 66: beyond the sentence, the story's one government at war
        found = regime_of_article(term, story)
    if found is None:
        found = discourse_target(folded(text), start, end, term, mentions, other or [])
    return found or {"target": None}


def next_word_demonstrative(text: str, end: int, lang: str) -> bool:
    """Whether the word right after `end` is a demonstrative («جنایات این رژیم»)."""
    after = WORD.findall(text[end : end + 30])[:1]
    return bool(after) and folded(after[0]) in folded_demonstratives(lang)


def repeated_noun(item: dict, earlier: list[dict], word: str, text: str, lang: str) -> dict | None:
    """What a bare noun repeated from earlier in the text named there: the same lexicon term
    (a definite noun, not an adjective nor a practice's name) whose last earlier use in the text was applied to a group of the group
    vocabulary, beside it or by convention («ميليشيات الحوثي … استيلاء الميليشيات عليها»)."""
    if item["category"] not in F.REPEATED_NOUN_CATEGORIES:
        return None
    if folded(word).endswith(adjective_endings(lang)):
        return None
    if folded(item["term"]) in folded_words("PRACTICE_NOUNS", lang):
        return None
    if not definite(text, item["start"], item["end"], lang):
        return None  # an anaphor is definite: «إرهابيا» is "a terrorist", anyone
    if next_word_demonstrative(text, item["end"], lang):
        return None  # «جنایات این رژیم»: its own genitive says whose
    same = [t for t in earlier if t["term"] == item["term"]]
    if not same or not (last := same[-1]).get("target"):
        return None
    if last.get("target_from") not in (None, "convention"):
        return None  # only what was named beside it, not a reading from farther away
    if group_name(last["target"]) not in set(group_names().values()):
        return None
    return {"target": group_name(last["target"]), "target_from": "repeated noun"}


def demonstrative_antecedent(item: dict, earlier: list[dict], text: str, lang: str) -> dict | None:
    """What a term after a demonstrative names when an earlier term of its paragraph begins with
    the same word and was applied to a target beside it or by convention: «رژیم صهیونیستی …
    نخست‌وزیر این رژیم», «شهید صارمی … این شهید بزرگوار». The demonstrative points back to
    that phrase. `text` is folded."""
    if words_before(text, item["start"], 1) not in folded_demonstratives(lang):
        return None
    head = folded(item["text"]).replace(ZWNJ, "")
    lo = paragraph_start(text, item["start"])
    same = [
        t
        for t in earlier
        if t["start"] >= lo and folded(t["text"]).replace(ZWNJ, "").split(" ")[0] == head
    ]
    if not same or not (last := same[-1]).get("target"):
        return None
    if last.get("target_from") not in (None, "convention", "demonstrative antecedent"):
        return None  # only what was named beside it (as repeated_noun) or pointed back to it
    out = {"target": last["target"], "target_from": "demonstrative antecedent"}
    if last.get("target_start") is not None:
        out.update(target_start=last["target_start"], target_end=last["target_end"])
    return out


@cache
def resisted_markers(lang: str) -> frozenset[str]:
    """Words after which a group is what a resistance term resists (OPPOSED_BEFORE,
    RESISTED_MARKERS, ENEMIES_OF), folded and without Arabic proclitics, built once."""
    words = [*F.OPPOSED_BEFORE.get(lang, ()), *F.RESISTED_MARKERS.get(lang, ())]
    return frozenset(bare_noun(w) for w in words) | enemies_of(lang)


@cache
def enemies_of(lang: str) -> frozenset[str]:
    """ENEMIES_OF, folded and without Arabic proclitics, built once."""
    return frozenset(bare_noun(w) for w in F.ENEMIES_OF.get(lang, ()))


def after_marker(text: str, t_start: int, markers: frozenset[str]) -> bool:
    """Whether one of the three words before `t_start` is one of `markers` (folded, without
    Arabic proclitics)."""
    before = WORD.findall(text[max(0, t_start - 60) : t_start])[-3:]
    return any(bare_noun(w) in markers for w in before)


def demonstrative_before_later_group(text: str, item: dict, lang: str) -> bool:
    """Whether a term after a demonstrative («این رژیم», «هذا النظام»; not a martyrdom word) was
    given a group named after it with words between, none of belonging (BELONGING_WORDS): the
    demonstrative points back, and the later group is another actor of its clause («شکست سنگین
    این رژیم به‌دست حزب‌الله»). `text` is folded."""
    t_start = item.get("target_start")
    if t_start is None or t_start < item["end"] or item["category"] == "martyrdom":
        return False  # a name after «ذلك استشهاد» is the martyr
    if words_before(text, item["start"], 1) not in folded_demonstratives(lang):
        return False
    if lang == "ar" and not definite(text, item["start"], item["end"], lang):
        return False  # «عن ذلك استشهاد»: a pronoun, not the term's determiner
    gap = {folded(w) for w in WORD.findall(text[item["end"] : t_start])}
    return bool(gap) and not gap & folded_words("BELONGING_WORDS", lang)


def common_noun_named(item: dict, text: str, article: str, lang: str) -> bool:
    """Whether the target's mention is a group name an article uses as a common noun
    (COMMON_NOUN_GROUPS): its bare form where the article names that noun's sense and never the
    group's full name («القاعدة» in a report on an air base). `text` and `article` are folded."""
    t_start, t_end = item.get("target_start"), item.get("target_end")
    if t_start is None:
        return False
    mention = bare_noun(text[t_start:t_end])
    for name, (senses, full) in F.COMMON_NOUN_GROUPS.get(lang, {}).items():
        if mention != bare_noun(name) or any(folded(f) in article for f in full):
            continue
        if any(folded(s) in article for s in senses):
            return True
    return False


def set_against(item: dict, text: str, lang: str) -> bool:
    """Whether a target read from the term's sentence is an actor set against the term rather
    than the one it is applied to: what a resistance resists, whose enemies act, the other side
    of "between A and B", a claimed cause after a pretext, or a group after a demonstrative
    term. `text` is folded."""
    if item.get("target_from") is not None or item.get("target_start") is None:
        return False
    t_start = item["target_start"]
    if item["category"] == "resistance" and after_marker(text, t_start, resisted_markers(lang)):
        return True  # «در برابر حملات وحشیانه صهیونیست‌ها», «مقابل العدد الإسرائيلي»: resisted
    if after_marker(text, t_start, enemies_of(lang)):
        return True  # «تهاجم دشمنان اسلام و ایران»: whose enemies
    if t_start >= item["end"] and other_side_between(text, item["end"], t_start, lang):
        return True  # «بين المقاومة وميليشيات الحوثي»: the other side
    if pretext_between(text, item["end"], t_start, lang):
        return True  # «المنظمات الإرهابية بحجة الدفاع عن حقوق الفلسطينيين»: the claimed cause
    return demonstrative_before_later_group(text, item, lang)


@cache
def pretext_markers(lang: str) -> frozenset[str]:
    """PRETEXT_MARKERS, folded and without Arabic proclitics, built once."""
    return frozenset(bare_noun(w) for w in F.PRETEXT_MARKERS.get(lang, ()))


def pretext_between(text: str, end: int, t_start: int, lang: str) -> bool:
    """Whether a pretext marker (PRETEXT_MARKERS) stands between a term and a target read after
    it: the target is what the act claims to serve or fight, not whom the term is applied to.
    `text` is folded."""
    if t_start < end:
        return False
    return any(bare_noun(w) in pretext_markers(lang) for w in WORD.findall(text[end:t_start]))


def claimed_under_pretext(text: str, start: int, lang: str) -> bool:
    """Whether the word right before a term is a pretext marker («بحجة مقاومة إسرائيل»).
    `text` is folded."""
    before = word_before(text, start)
    return bool(before) and bare_noun(before) in pretext_markers(lang)


@cache
def clause_opener_pattern(lang: str) -> re.Pattern | None:
    """CLAUSE_BREAKS and CORRECTIVE_OPENERS as whole words, folded."""
    words = [*F.CLAUSE_BREAKS.get(lang, ()), *F.CORRECTIVE_OPENERS.get(lang, ())]
    if not words:
        return None
    joined = alternation(folded(w) for w in words)
    return re.compile(rf"(?:^|(?<![\w\u200c]))(?:{joined})(?![\w\u200c])", re.IGNORECASE)


def clause_start(text: str, at: int, lang: str) -> int:
    """Where the clause holding `at` starts: after the last clause break or corrective opener
    of its sentence before it («… تحت عنوان تحرير فلسطين، بل إن إيران …»). `text` is folded."""
    lo = sentence_start(text, at)
    pattern = clause_opener_pattern(lang)
    found = list(pattern.finditer(text, lo, at)) if pattern else []
    return found[-1].end() if found else lo


def pretext_doer(text: str, start: int, term: Term, mentions: list[dict]) -> dict | None:
    """Whom a resistance or liberation term claimed as a pretext is applied to («بل إن إيران
    نفسها تمكنت من زرع الفتن … في المجتمع اللبناني …، بحجة مقاومة إسرائيل» → Iran,
    snn-2015-08-03-01028): the term is the doer's claim, so the group after it is what is
    resisted, and the target is the one group or state its clause names before the marker as
    an actor (not a nationality adjective, not behind a preposition of where or against whom).
    None (no answer) when the clause names none or several; not a pretext: no opinion."""
    if term.category not in F.PRETEXT_CATEGORIES:
        return None
    plain = folded(text)  # only for the few categories a pretext may claim: a term's hot path
    if not claimed_under_pretext(plain, start, term.lang):
        return None
    lo = clause_start(plain, start, term.lang)
    kinds = ("GROUP", "GPE", "ORG")
    found = [
        m
        for m in mentions
        if m["type"] in kinds and lo <= m["start"] and m["end"] <= start
        if not is_demonym(m["text"]) and not behind_victim_marker(m, plain, lo, term.lang)
    ]
    names = {group_name(m.get("canonical") or m["text"]) for m in found}
    if len(names) != 1:
        return {"target": None}
    return {**mention_target(max(found, key=lambda m: m["end"])), "target_from": "pretext"}


def behind_victim_marker(m: dict, text: str, lo: int, lang: str) -> bool:
    """Whether a mention stands behind a preposition of where or against whom
    (NOT_TARGET_BEFORE) or an Arabic ب/ل clitic. `text` is folded."""
    before = word_before(text, m["start"], lo)
    clitic = lang == "ar" and text[m["start"] : m["start"] + 1] in "بل"
    return clitic or before in F.NOT_TARGET_BEFORE.get(lang, ())


def bare_noun(word: str) -> str:
    """An Arabic word without its proclitics and article, folded («والعناصر» → «عناصر»)."""
    return without_arabic_prefixes(folded(word))


def without_arabic_prefixes(word: str) -> str:
    """A (folded) Arabic word without its proclitics and article (`ARABIC_PREFIXES`)."""
    return _ARABIC_PREFIXES_AT_START.sub("", word, count=1)


def head_noun_target(
    item: dict, text: str, lang: str, mentions: list[dict], word: str
) -> dict | None:
    """Whom an Arabic adjectival label names through its head noun when the text named a group
    with the same noun before: «العناصر الإرهابية» after «عناصر داعش», «التنظيم الإرهابي» after
    «تنظيم "داعش"» (the head noun repeated, its modifier replaced: reiteration, Halliday & Hasan
    1976). The last earlier use of the noun decides: in construct with a group of the group
    vocabulary, that group; an earlier use of the same label phrase is passed over; any other
    use (the noun with another complement) makes the rule abstain. `text` is folded."""
    if lang != "ar" or item["category"] not in F.REPEATED_NOUN_CATEGORIES:
        return None
    if not folded(word).endswith(adjective_endings(lang)):
        return None
    if generic_use(text, item["start"], item["end"], lang):
        return None
    inner = WORD.findall(text[item["start"] : item["end"]])
    if len(inner) > 1:  # the term holds its noun: «التنظيم الإرهابي»
        head, adjective = inner[0], inner[-1]
    else:
        before = WORD.findall(text[max(0, item["start"] - 40) : item["start"]])
        head, adjective = (before[-1] if before else ""), word
    if not ARABIC_DEFINITE.match(folded(head)):
        return None  # the head noun is definite, as an anaphor is
    noun = bare_noun(head)
    if len(noun) < 3:
        return None
    organisations = folded_words("GROUP_NOUNS", lang)
    groups = sorted((m for m in mentions if m["type"] == "GROUP"), key=lambda m: m["start"])
    lo = sentence_start(text, item["start"])
    pattern = rf"(?<![\w\u200c]){ARABIC_PREFIXES}{re.escape(noun)}(?![\w\u200c])"
    for use in reversed(list(re.finditer(pattern, text[:lo]))):
        after = text[use.end() : use.end() + 40]
        words = WORD.findall(after)
        if words and bare_noun(words[0]) == bare_noun(adjective):
            continue  # the same label phrase again: look further back
        gap_end = use.end() + len(after) - len(after.lstrip(" «\"'("))
        if words and folded(words[0]) in organisations:
            nxt = re.match(r"\s*[\w\u200c]+", text[gap_end:])
            skip = text[gap_end + nxt.end() :] if nxt else ""
            gap_end = gap_end + (nxt.end() if nxt else 0)
            gap_end += len(skip[:40]) - len(skip[:40].lstrip(" «\"'("))
        group = next((g for g in groups if use.end() <= g["start"] <= gap_end), None)
        if (
            group is not None
            and (
                re.match(r"و(?:ال|لل)", folded(group["text"]))  # «الجماعات والتنظيمات»: coordinated
                or re.match(r"[\w\u200c]", text[group["end"] : group["end"] + 1])  # inside a word
            )
        ):
            return None
        if group is None or re.match(r"\s*[«\"(]?\s*و", text[group["end"] : group["end"] + 4]):
            return None  # the noun heads something else, or several groups
        return {"target": group["canonical"], "target_from": "head noun"}
    return None


# entities whose mention in the term's (or the previous) sentence is another candidate
ANTECEDENT_RIVAL_TYPES = ("PER", "ORG", "GPE")


def in_construct(text: str, end: int) -> bool:
    """Whether the Arabic word ending at `end` is followed by a definite noun, its genitive
    («ميليشيات الحركة»)."""
    following = WORD.findall(text[end : end + 30])[:1]
    return bool(following) and re.match(r"^(?:ال|لل)", following[0]) is not None


def anaphoric_actor(text: str, start: int, end: int, lang: str) -> bool:
    """Whether an actor noun refers back as an anaphor does: Arabic with the article, after a
    demonstrative (DEMONSTRATIVES) or in construct with a definite noun («ميليشيات
    الحركة»); Persian after a demonstrative; English after DEFINITE_BEFORE."""
    if words_before(text, start, 1) in folded_demonstratives(lang):
        return True
    if lang == "ar":
        return definite(text, start, end, lang) or in_construct(text, end)
    return lang in F.DEFINITE_BEFORE and definite(text, start, end, lang)


def sentence_antecedent(item: dict, text: str, lang: str, mentions: list[dict]) -> dict | None:
    """Whom an anaphoric label left without a target names when its own sentence names one
    group only, not a state, before it and none after («تحرير الجنوب اليمني من قبضة الحوثيين … بعد طرد
    الميليشيات المتمردة», «جماعة الإخوان … هذه الجماعة الإرهابية»): that group, unless it
    stands behind a preposition of where or against whom. `text` is folded."""
    start, end = item["start"], item["end"]
    if not anaphoric_label(item, text, lang):
        return None
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    found = [m for m in actors_in(mentions, lo, hi) if not (m["start"] < end and start < m["end"])]
    if len({group_name(m["canonical"]) for m in found}) != 1 or found[-1]["start"] > start:
        return None
    if state_or_victim(found, text, lo, lang, mentions):
        return None
    return {"target": group_name(found[-1]["canonical"]), "target_from": "sentence antecedent"}


def anaphoric_label(item: dict, text: str, lang: str) -> bool:
    """Whether a term is a label (not the practice «الإرهاب»), with no pronoun suffix, not used
    generically, that refers back as an anaphor does (anaphoric_actor). `text` is folded."""
    start, end, word = item["start"], item["end"], text[item["start"] : item["end"]]
    if item["category"] != "label":
        return False
    if folded(item["term"]) in folded_words("PRACTICE_NOUNS", lang):
        return False  # «الإرهاب» is a practice: anyone's
    if word.endswith(tuple(F.PRONOUN_SUFFIXES.get(lang, ()))) or generic_use(
        text, start, end, lang
    ):
        return False
    return anaphoric_actor(text, start, end, lang)


def state_or_victim(found: list[dict], text: str, lo: int, lang: str, mentions: list[dict]) -> bool:
    """Whether the groups `found` (from `lo` on) are a state, or stand behind a preposition of
    where or against whom (NOT_TARGET_BEFORE) or a ب/ل clitic: no antecedent of a label."""
    places = [m for m in mentions if m.get("type") == "GPE"]
    if state_group(found[-1]) or any(
        p["start"] < g["end"] and g["start"] < p["end"] for p in places for g in found
    ):
        return True  # a state beside a label is most often the one fighting the group it names
    victims = set(F.NOT_TARGET_BEFORE.get(lang, ()))
    for m in found:
        before = WORD.findall(text[max(lo, m["start"] - 30) : m["start"]])[-1:]
        clitic = lang == "ar" and text[m["start"] : m["start"] + 1] in "بل"
        if set(before) & victims or clitic:
            return True
    return False


def overlapping_any(m: dict, others: list[dict]) -> bool:
    """Whether a mention shares characters with one of `others`."""
    return any(o["start"] < m["end"] and m["start"] < o["end"] for o in others)


def state_group(m: dict) -> bool:
    """Whether a group mention names a state, or a period of one («صدام حسين» → "Iraq (Saddam
    Hussein)")."""
    return group_name(m["canonical"]).split(" (")[0] in countries()


def previous_sentence_start(text: str, lo: int) -> int:
    """Where the sentence before the one starting at `lo` starts (past empty ones); `lo` when
    there is none."""
    at = lo
    while at > 0:
        prev = sentence_start(text, at - 1)
        if re.search(r"\w", text[prev : at - 1]):
            return prev
        at = prev
    return lo


def earlier_antecedent(
    item: dict, text: str, lang: str, mentions: list[dict], headline: list[dict], quotes: list
) -> dict | None:
    """Whom an anaphoric label names when its own sentence names no candidate (no group, person,
    organisation or place): the one group, not a state, of the previous sentence («… جماعة
    الحوثي … . وقال إن الميليشيات …»), else, when that sentence names none and no place, the
    one group of the headline. Abstains when two groups compete, when the previous sentence
    names a state beside the group, or when a quote holding the term names another. `text` is
    folded; `headline` is the headline's groups (empty for a headline's own terms)."""
    start, end = item["start"], item["end"]
    if not anaphoric_label(item, text, lang):
        return None
    if folded(text[start:end]).endswith(adjective_endings(lang)):
        return None  # an adjective agrees with its own head noun: «الجماعات الإرهابية»
    if lang == "ar" and in_construct(text, end):
        return None  # the construct's own genitive says whose: «ميليشيا التمرد»
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    kinds = ("GROUP", *ANTECEDENT_RIVAL_TYPES)
    own = [m for m in mentions if m["type"] in kinds and lo <= m["start"] and m["end"] <= hi]
    if [m for m in own if not overlapping_any(m, [item])]:
        return None  # the own sentence names a candidate: the rules of the sentence decide
    before = previous_sentence_start(text, lo)
    found = actors_in(mentions, before, lo)
    rivals = [m for m in mentions if m["type"] in kinds and before <= m["start"] < lo]
    if found:
        if state_or_victim(found, text, before, lang, mentions):
            return None
        if any(not overlapping_any(m, found) for m in rivals):
            return None  # a state, a person or a body beside the group: either may be meant
    elif rivals:
        return None  # the previous sentence names someone else
    else:
        found = [m for m in headline if not state_group(m)]
        if len(found) != len(headline):
            return None
    names = {group_name(m["canonical"]) for m in found}
    if len(names) != 1:
        return None
    (name,) = names
    for q in quotes:
        if q["start"] <= start and end <= q["end"]:
            inside = {group_name(m["canonical"]) for m in actors_in(mentions, q["start"], q["end"])}
            if inside - names:
                return None  # the speaker's words name another group
    return {"target": name, "target_from": "earlier antecedent"}


def partitive_head(item: dict, text: str, lang: str) -> dict | None:
    """Whom a label adjective on a group noun after a partitive «من» names: the described group
    noun before «من» («خمسة مسلحين من العناصر الإرهابية»: the gunmen are some of the terrorist
    elements), as written with its span; a count may stand before it. `text` is folded."""
    if item["category"] != "label":
        return None
    before = list(WORD.finditer(text, max(0, item["start"] - 60), item["start"]))[-3:]
    if len(before) < 3 or words_between(text, before[-1].end(), item["start"]):
        return None
    head, marker, noun = before
    if folded(marker.group()) not in folded_words("PARTITIVE_MARKERS", lang):
        return None
    if folded(noun.group()) not in folded_words("PARTITIVE_GROUP_NOUNS", lang):
        return None
    if described_head(head.group(), lang) is None:
        return None
    return {
        "target": head.group(),
        "target_start": head.start(),
        "target_end": head.end(),
        "target_from": "partitive head",
    }


def repeated_martyr(item: dict, earlier: list[dict], word: str, spans: bool = True) -> dict | None:
    """Whom a bare definite "the martyr" names when the text spoke of a martyr before: the last
    earlier martyrdom term's dead, named beside it, by convention or by the noun after it
    («الذي استشهد فجر اليوم … والد الشهيد»; in a headline, the body's first: «أسرة الشهيد
    "الحامدي"»). Kinship and condolence words («والد الشهيد», «أسرة الشهيد») stand between the
    martyr and his name; the report has named him before."""
    if item["category"] != "martyrdom" or not word:
        return None
    bare = re.sub(r"^[وفل]?(?:ال|ل(?=ل))", "", folded(word), count=1)
    singular = folded_words("SINGULAR_MARTYR", "ar")
    if bare == folded(word) or bare not in singular:
        return None  # only the definite singular noun, as an anaphor is
    before = [t for t in earlier if t["category"] == "martyrdom" and t.get("target")]
    if not before:
        return None
    last = before[-1]
    out = {"target": last["target"], "target_from": "repeated martyr"}
    if spans and last.get("target_start") is not None:  # a headline's are not the body's
        out.update(target_start=last["target_start"], target_end=last["target_end"])
    return out


def lead_martyr(body_terms: list) -> list[dict]:
    """The body's first martyrdom term with a target: whom a headline's "the martyr" names."""
    named = [t for t in body_terms if t["category"] == "martyrdom" and t.get("target")]
    return named[:1]


def victims_title(lang: str, text: str, name_start: int, article: str) -> str | None:
    """Whose dead a named martyr is by the noun right before his name, as victims.tsv reads
    the noun after a martyrdom term («لذوي المواطن عبدالله …» → Saudi civilians)."""
    before = WORD.findall(text[max(0, name_start - 30) : name_start])
    if not before or lang not in victim_rows():
        return None
    row = victims_row(folded(before[-1]), lang, article)
    return row.target if row else None


def martyrs_group(doc: Document, text: str, terms: list) -> str | None:
    """The one group a report's martyrdom terms name for its dead, asked of every one of them
    (a named martyr too): by the noun after it first (victims.tsv: «استشهاد مواطن» → Saudi
    civilians), else by convention (conventions.tsv, the article's words confirming it). None
    when they disagree or name none."""
    by_term = {t.term: t for t in lexicon().get(doc.lang, [])}
    article = f"{doc.title or ''}\n{doc.text}"
    dead = [(by_term[t["term"]], t) for t in terms if t["category"] == "martyrdom"]
    dead = [(term, t) for term, t in dead if term]
    victims = {
        found["target"]
        for term, t in dead
        if (found := victims_target(term, text, t["end"], article))
    }
    victims |= {  # the noun before a named martyr: «لذوي المواطن عبدالله …»
        found
        for _, t in dead
        if t.get("target_start") is not None
        and (found := victims_title(doc.lang, text, t["target_start"], article))
    }
    if victims:
        return victims.pop() if len(victims) == 1 else None
    usual = {
        found["target"]
        for term, t in dead
        if (found := conventional_target(term, folded(t["text"]), article))
    }
    return usual.pop() if len(usual) == 1 else None


def perpetrator_groups(
    text: str, lang: str, phrases: bool = False, table: str | None = None
) -> set[str]:
    """The groups a text names as the subject of an attack verb («الجريمة التي نفذها
    مستوطنون», «هجوم شنه عدد من المستوطنين»): PERPETRATOR_VERBS, counting words skipped; with
    `phrases`, the groups after a two-word phrase of `table` instead (PERPETRATOR_PHRASES
    unless another is named: «على يد»)."""
    table = table or ("PERPETRATOR_PHRASES" if phrases else "PERPETRATOR_VERBS")
    marks = folded_words(table, lang)
    skip = folded_words("PERPETRATOR_COUNT_WORDS", lang)
    found = set()
    for m in group_mentions(text, lang) if marks else []:
        before = [folded(w) for w in WORD.findall(text[max(0, m["start"] - 40) : m["start"]])]
        while before and before[-1] in skip:
            before.pop()
        if phrases:
            named = " ".join(before[-2:]) in marks
        else:
            named = (
                bool(before) and re.sub(r"^[وف]", "", before[-1]) in marks | {before[-1]} & marks
            )
        if named:
            found.add(group_name(m["canonical"]))
    return found


def article_perpetrators(doc: Document) -> str | None:
    """The one group the article (headline and body) names as an attack's perpetrator."""
    found = perpetrator_groups(f"{doc.title or ''}\n{doc.text}", doc.lang)
    return found.pop() if len(found) == 1 else None


def with_perpetrators(
    terms: list, text: str, lang: str, perpetrators: Callable[[], str | None]
) -> list:
    """Labels left without a target, not generic, read as the article's one perpetrator group
    (`perpetrators`, asked only when some label is left without one): the crime or terrorism
    of the attack the report is about («أدانت … الجريمة الإرهابية» in a report on a settlers'
    arson attack whose sentence names no one)."""
    for t in open_labels(terms, text, lang):
        group = perpetrators()
        if group is None:
            return terms
        t.update(target=group, target_key=None, target_from="perpetrators")
    return terms


def open_labels(terms: list, text: str, lang: str) -> Iterator[dict]:
    """The labels a rule of the article may still name: no target yet (a discourse hint at
    most), and not used generically."""
    plain = None
    for t in terms:
        if t["category"] != "label" or t.get("target"):
            continue
        if t.get("target_from") not in (None, "discourse"):
            continue
        plain = folded(text) if plain is None else plain
        if generic_use(plain, t["start"], t["end"], lang) or names_listed_kind(
            plain, t["start"], lang
        ):
            continue
        if practice_generic_at(text, t["start"], t["term"], lang):
            continue  # «معركة ضد الإرهاب»: no group of the article either (round 64)
        yield t


@cache
def list_law_financing_nouns() -> dict[str, list[str]]:
    """lang → the nouns of a list, law or financing of generic_nouns.tsv, as written."""
    out: dict[str, list[str]] = defaultdict(list)
    for lang, word, *_ in read_table("framing/generic_nouns.tsv"):
        out[lang].append(word)
    return out


@cache
def generic_noun_pattern(lang: str) -> re.Pattern | None:
    """A noun of a list, law or financing (generic_nouns.tsv) ending where a term begins, with
    Arabic clitics and article («على القوائم», «وتمويل»), folded."""
    nouns = [folded(w) for w in list_law_financing_nouns().get(lang, ())]
    if not nouns:
        return None
    clitics = f"[{F.AR_CONJUNCTIONS}]?[{F.AR_PREPOSITIONS}]?(?:ال)?" if lang == "ar" else ""
    joined = alternation(nouns)
    return re.compile(rf"(?<![\w\u200c]){clitics}(?:{joined})\s+$", re.IGNORECASE)


def names_listed_kind(text: str, start: int, lang: str) -> bool:
    """Whether the label right after a noun of a list, law or financing names the kind listed,
    outlawed or financed («على القوائم الإرهابية المحظورة», «تمويل الإرهاب»), not a group the
    article's rules could give it. `text` is folded."""
    pattern = generic_noun_pattern(lang)
    return bool(pattern and pattern.search(text, max(0, start - 25), start))


def with_sentence_doers(terms: list, text: str, lang: str) -> list:
    """Labels left without a target, not generic, whose own sentence names one group right
    after «على يد» (PERPETRATOR_PHRASES): the doer of what the sentence reports («جريمة حرق
    الرضيع … على يد مستوطنين إسرائيليين»). The sentence only: elsewhere in an article the
    phrase is often another event's doer."""
    for t in open_labels(terms, text, lang):
        lo, hi = sentence_start(text, t["start"]), sentence_end(text, t["end"])
        doers = perpetrator_groups(text[lo:hi], lang, phrases=True) or agents_after_term(
            text, t["end"], hi, lang
        )
        if len(doers) == 1:
            t.update(target=doers.pop(), target_key=None, target_from="sentence doer")
    return terms


def agents_after_term(text: str, end: int, hi: int, lang: str) -> set[str]:
    """The groups named right after «من قبل» (PERPETRATOR_AFTER_TERM) after the term and in
    its clause, up to the next comma, colon or semicolon: the agent of the act the term names
    («جريمة الاعتداء على البيوت الفلسطينية من قبل مستوطنين إسرائيليين»)."""
    clause = re.split(r"[,،:;؛]", text[end:hi], maxsplit=1)[0]
    return perpetrator_groups(clause, lang, phrases=True, table="PERPETRATOR_AFTER_TERM")


def state_target(name: str) -> bool:
    """Whether a target name is a state, its government or its forces (STATE_TARGETS)."""
    return name.split(" (")[0] in countries() or name in F.STATE_TARGETS


def with_discourse_antecedents(terms: list, text: str, lang: str) -> list:
    """Bare definite armed-group labels («المتمردين», «الميليشيات») left with a discourse hint
    take the hint as their target when its group is no state (ANTECEDENT_TERMS): the
    non-state armed group the report has been speaking of («حركة طالبان … المتمردين»)."""
    plain = None
    for t in terms:
        hint = t.get("target_hint")
        if t.get("target") or not hint or t["term"] not in F.ANTECEDENT_TERMS.get(lang, ()):
            continue
        if state_target(hint):
            continue  # a state's forces fight rebels; they are not what "the rebels" names
        plain = folded(text) if plain is None else plain
        if anaphoric_label(t, plain, lang):
            t.update(target=hint, target_from="discourse antecedent")
    return terms


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding `at` starts (after the last line break before it)."""
    return text.rfind("\n", 0, at) + 1


def family_antecedent(t: dict, earlier: list[dict], text: str, lang: str) -> dict | None:
    """Whom a definite term left without a target names when the earlier terms of its family
    in the same paragraph were all applied to one target (FAMILY_ANTECEDENT: the Arabic dead
    called martyrs, «استشهد المواطن … والد الشهيد»). `text` is folded."""
    if t["category"] not in F.FAMILY_ANTECEDENT.get(lang, ()) or t.get("target"):
        return None
    if not definite(text, t["start"], t["end"], lang) or generic_use(
        text, t["start"], t["end"], lang
    ):
        return None  # an anaphor is definite
    lo = paragraph_start(text, t["start"])
    same = [e for e in earlier if e["family"] == t["family"] and e["start"] >= lo]
    names = {group_name(e["target"]) for e in same if e.get("target")}
    if len(names) != 1 or len(names) != len({e.get("target") for e in same}):
        return None  # one target, and every earlier term of the family has it
    return {"target": names.pop(), "target_key": None, "target_from": "family antecedent"}


def with_family_antecedents(terms: list, text: str, lang: str) -> list:
    """Terms still without a target take their family antecedent (family_antecedent)."""
    plain = folded(text) if terms else ""
    for i, t in enumerate(terms):
        if found := family_antecedent(t, terms[:i], plain, lang):
            t.update(found)
    return terms


def article_groups(doc: Document) -> dict[str, dict]:
    """The groups of ARTICLE_GROUP_KIND the article names, headline first: group name →
    the evidence, its first mention (`field`, `start`, `end`, `text`; offsets into the field)."""
    found: dict[str, dict] = {}
    for field, text in (("title", doc.title or ""), ("text", doc.text)):
        for m in group_mentions(text, doc.lang):
            name = group_name(m["canonical"])
            if name in F.ARTICLE_GROUP_KIND and name not in found:
                found[name] = {"field": field, "start": m["start"], "end": m["end"]}
                found[name]["text"] = m["text"]
    return found


def headline_group(doc: Document) -> tuple[str, dict] | None:
    """The one armed group (ARTICLE_GROUP_KIND) the article names, when its headline names
    it: what the report is about. None when the article names two or more, or the headline
    none."""
    groups = article_groups(doc)
    if len(groups) != 1:
        return None
    ((name, evidence),) = groups.items()
    return (name, evidence) if evidence["field"] == "title" else None


def with_headline_group(terms: list, text: str, doc: Document) -> list:
    """Terror, crime and sectarian labels (ARTICLE_GROUP_FAMILIES) still without a target,
    not generic and not a practice noun («الإرهاب»), take the headline's one armed group
    (headline_group), with the headline's mention as `target_evidence` for the reader."""
    practices = folded_words("PRACTICE_NOUNS", doc.lang)
    found: tuple[str, dict] | None | bool = False  # the article read once, when a label asks
    for t in open_labels(terms, text, doc.lang):
        if t["family"] not in F.ARTICLE_GROUP_FAMILIES or folded(t["term"]) in practices:
            continue
        found = headline_group(doc) if found is False else found
        if not found:
            return terms
        name, evidence = found
        t.update(target=name, target_key=None, target_from="headline group")
        t["target_evidence"] = evidence
    return terms


def place_name(name: str) -> bool:
    """Whether a target name is a state or another place (its base, without a parenthesis, is a
    country or a GPE of the gazetteer: "Iran", "Turkey", "Iraq (Saddam Hussein)")."""
    base = name.split(" (")[0]
    entry = lookup(base)
    return base in countries() or (entry is not None and entry.type == "GPE")


def state_armed_group(t: dict, text: str) -> bool:
    """Whether an armed-group label («الميليشيات», «العصابات», «المتمردين», «مرتزقة») is answered
    by a state or place. Militias are not a state: a state beside them is their backer, their
    host or their enemy («الميليشيات القادمة من إيران», «مرتزقة تزرعهم إيران», «تسحب كل
    مليشياتها من العراق», «قواعد المتمردين في شمال العراق» for Turkey), and the guideline's
    target is the group, which the vocabulary cannot name ("Iran-backed militias"). A nationality
    adjective right after the term stays: «مزدوران سعودی», the state's own hired force."""
    name = t.get("target")
    if t.get("family") != "armed-group-label" or not name or not place_name(name):
        return False
    start, end = t.get("target_start"), t.get("target_end")
    if start is None or end is None or start < t["end"] or text[t["end"] : start].strip():
        return True
    return not is_demonym(text[start:end])


def without_state_armed_groups(terms: list, text: str) -> list:
    """Armed-group labels answered by a state or place (state_armed_group) left unanswered:
    a wrong answer shown with confidence is worse than none (round 64: 14 of the 15 such answers
    in the development articles were wrong)."""
    for t in terms:
        if state_armed_group(t, text):
            clear_target(t)
    return terms


def clear_target(t: dict) -> None:
    """A term left unanswered: its target, span, key, rule and evidence removed."""
    for key in ("target_key", "target_start", "target_end", "target_from", "target_evidence"):
        t.pop(key, None)
    t["target"] = None


def worship_place_name(t: dict, text: str, lang: str) -> bool:
    """Whether a target is the name of a place of worship: written right after a noun of one
    (WORSHIP_PLACE_NOUNS, a preposition or the article glued on), a title between at most
    («التفجير الإرهابي بمسجد الإمام الصادق» → not «الصادق»)."""
    start = t.get("target_start")
    if start is None or not t.get("target"):
        return False
    words = text[max(0, start - 40) : start].split()[-2:]
    if words and words[-1] in F.WORSHIP_NAME_TITLES.get(lang, ()):
        words = words[:-1]
    if not words:
        return False
    nouns = F.WORSHIP_PLACE_NOUNS.get(lang, ())
    return any(words[-1] == noun or words[-1][-len(noun) - 2 :].endswith(noun) for noun in nouns)


def without_worship_place_names(terms: list, text: str, lang: str) -> list:
    """Targets that are a place of worship's name (worship_place_name) left unanswered."""
    for t in terms:
        if worship_place_name(t, text, lang):
            clear_target(t)
    return terms


@cache
def state_role_words() -> dict[str, list[tuple[str, str]]]:
    """lang → (folded word, role) of state_roles.tsv: sponsor, designator or fighter."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for lang, word, role, *_ in read_table("framing/state_roles.tsv"):
        out[lang].append((folded(word), role))
    return out


def state_before_label(t: dict, text: str, lang: str) -> bool:
    """Whether a terror label is answered from its own sentence by a state or place written
    before it that describes, classes or fights it rather than sponsors it (state_roles.tsv,
    the words from a little before the state to the term). Such a state names someone else a
    terrorist or fights terror, and is not whom the label is applied to: «وصفته إسرائيل بأنه
    إرهابي» (the settlers' arson), «تعده أنقرة منظمة إرهابية» (the PKK), «ادعای آمریکا درباره
    اینکه او یک فرد تروریستی است» (Soleimani), «دولة إسرائيل تحارب الإرهاب». A sponsor stays
    the answer, as the development sets label it: «الدول الراعية للإرهاب», «حمایت دولت آمریکا
    از تروریست»; so does a state with neither («سجل إيران الإرهابي»)."""
    if t.get("family") != "terror-label":
        return False
    roles = roles_of_state_before(t, text, lang)
    return "sponsor" not in roles and bool(roles)


def roles_of_state_before(t: dict, text: str, lang: str) -> set[str]:
    """The roles (state_roles.tsv) of the words from a little before the state a label was
    answered by, from its own sentence, to the label; empty unless that answer is a state or
    place written before the label."""
    name, start = t.get("target"), t.get("target_start")
    if not name or t.get("target_from") is not None:
        return set()
    if start is None or start >= t["start"] or not place_name(name):
        return set()
    # the role word may govern the state: «حمایت دولت آمریکا از تروریست», «وصفته إسرائيل»;
    # not from the clause before it («… بالرعاية، فمن المعروف أن تركيا شهدت …»)
    lo = max(sentence_start(text, start), start - F.SPONSOR_REACH)
    lo = max(lo, *(text.rfind(mark, lo, start) + 1 for mark in F.CLAUSE_MARKS))
    between = folded(text[lo : t["start"]])
    return {role for word, role in state_role_words().get(lang, ()) if word in between}


def without_states_before_labels(terms: list, text: str, lang: str) -> list:
    """Terror labels answered by a state before them that describes or fights them
    (state_before_label) left unanswered: a wrong answer shown with confidence is worse than
    none (round 68: such answers were wrong in the development sets and unlabelled articles)."""
    for t in terms:
        if state_before_label(t, text, lang):
            for key in ("target_key", "target_start", "target_end", "target_evidence"):
                t.pop(key, None)
            t["target"] = None
    return terms


def observer_before_label(t: dict, text: str, lang: str) -> bool:
    """Whether a terror or crime label is answered from its own sentence by a state written
    before it that condemns, denounces or tries what the label names (state_roles.tsv role
    `observer`): «أدانت المملكة العربية السعودية بأشد العبارات الجريمة الإرهابية البشعة التي
    نفذها مستوطنون إسرائيليون», «ترحيله إلى الولايات المتحدة لمحاكمته بتهم الإرهاب». The state
    reports on someone else's act; a sponsor word still keeps it (state_before_label)."""
    if t.get("family") not in F.OBSERVED_LABEL_FAMILIES:
        return False
    roles = roles_of_state_before(t, text, lang)
    return "observer" in roles and "sponsor" not in roles


def without_observer_states(terms: list, text: str, lang: str) -> list:
    """Labels answered by a state that condemns or tries them (observer_before_label) left
    without a target before the article's rules run, so that the doer the report names
    (with_perpetrators: «التي نفذها مستوطنون») may answer instead; none when no rule does."""
    for t in terms:
        if observer_before_label(t, text, lang):
            for key in ("target_key", "target_start", "target_end", "target_evidence"):
                t.pop(key, None)
            t["target"] = None
    return terms


@cache
def known_groups() -> frozenset[str]:
    """The English names of groups: the group vocabulary's and the lexicon terms' own targets."""
    own = {t.target for terms in lexicon().values() for t in terms if t.target}
    return frozenset({*group_names().values(), *own})


def named_martyr(term: dict) -> bool:
    """Whether a martyrdom term is answered by a person the gazetteer does not know, not by a
    group: a name beside it or one repeated from earlier, in the article's own script (the
    recogniser names a public figure it knows in English, and he keeps his name)."""
    name = term.get("target")
    if term["category"] != "martyrdom" or not name:
        return False
    if term.get("target_from") not in (None, "repeated martyr"):
        return False
    return group_name(name) not in known_groups() and not re.search(r"[A-Za-z]", name)


def unanswered_death(term: dict, lang: str, headline: bool) -> bool:
    """Whether a martyrdom term left without a target reports a death: any in a headline (the
    body tells whose), a verb anywhere («… الذي استشهد فجر أمس»), not a noun of the body, which
    is as often a prayer or the practice («يتقبله من الشهداء»)."""
    if term["category"] != "martyrdom" or term.get("target") or term.get("target_from"):
        return False
    verbs = folded_words("MARTYRDOM_VERBS", lang)
    return headline or folded(term["term"]) in verbs


def with_martyrs_group(terms: list, group: str | None, lang: str, headline: bool = False) -> list:
    """Named martyrs read as their group when the report names one for its dead: the person's
    name stays as the target's span, so either counts («أسرة الشهيد مفرح …، الذي استشهد …
    استشهاد مواطن» → Saudi civilians on «مفرح …»). The held-out guideline's "that person or
    their group"; a public figure keeps his name. A headline's martyr, or a martyrdom verb,
    left without a target takes the group as well (unanswered_death)."""
    if group is None:
        return terms
    for t in terms:
        if named_martyr(t) or unanswered_death(t, lang, headline):
            t.update(target=group, target_key=None, target_from="martyrs' group")
    return terms


@cache
def report_pattern(lang: str) -> re.Pattern | None:
    """Report verbs as whole words (a conjunction و/ف at most)."""
    words = F.REPORT_VERBS.get(lang, [])
    if not words:
        return None
    joined = alternation(words)
    return re.compile(rf"(?<![\w\u200c])[وف]?(?:{joined})(?![\w\u200c])", re.IGNORECASE)


def quote_marks_around(text: str, start: int, end: int) -> bool:
    """Whether the term lies inside quote marks holding QUOTED_MIN_WORDS words or more."""
    lo = sentence_start(text, start)
    for s, e in direct_quotes(text[lo : sentence_end(text, end)]):
        if (
            lo + s <= start
            and end <= lo + e
            and len(WORD.findall(text[lo + s : lo + e])) >= (F.QUOTED_MIN_WORDS)
        ):
            return True
    return False


@cache
def clause_break_pattern(lang: str) -> re.Pattern | None:
    words = F.CLAUSE_BREAKS.get(lang)
    if not words:
        return None
    joined = alternation(words)
    return re.compile(rf"(?:^|(?<![\w\u200c]))(?:{joined})(?![\w\u200c])", re.IGNORECASE)


def clause_break(gap: str, lang: str) -> bool:
    """Whether a stretch of text opens a new clause («إلا أن», «اما», "but", a semicolon)."""
    pattern = clause_break_pattern(lang)
    return bool(pattern and pattern.search(gap))


def reported(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the term's sentence reports someone: a speech cue (the quotes stage's) or a
    report verb before it (anywhere in the sentence in Persian and English, whose
    verb may close it: «… اظهار داشت», "…, he said"), or quote marks of several words around it."""
    lo, hi = sentence_start(text, start), sentence_end(text, end)
    plain = folded(text)
    cues = [p for p in (cue_pattern(lang), report_pattern(lang)) if p is not None]
    markers = {folded(w) for w in Q.SOURCE_MARKERS.get(lang, ())}
    for m in (m for p in cues for m in p.finditer(plain, lo, hi)):
        if m.group().lstrip("وف") in markers or m.group() in markers:
            continue
        if m.end() <= start and not clause_break(plain[m.end() : start], lang):
            return True
        if lang != "ar" and m.start() >= end and not clause_break(plain[end : m.start()], lang):
            return True
    return quote_marks_around(text, start, end)


def voice_of(
    doc: Document, text: str, start: int, end: int, body: bool, body_terms: list | None = None
) -> dict:
    """`quoted` (with the speaker when known) inside a quote of the quotes stage, in a sentence
    that reports someone (report_verbs), after a headline's "Speaker:", or in a headline whose
    term the body only quotes; else `outlet`."""
    if body:
        for q in doc.quotes:
            if q["start"] <= start and end <= q["end"]:
                return {"voice": "quoted", "speaker": q["speaker_text"]}
        if reported(text, start, end, doc.lang or ""):
            return {"voice": "quoted", "speaker": None}
        return {"voice": "outlet", "speaker": None}
    head, colon, _ = text.partition(":")
    if colon and len(head) < start and 0 < len(WORD.findall(head)) <= F.HEADLINE_SPEAKER_WORDS:
        return {"voice": "quoted", "speaker": head.strip()}
    word = folded(text[start:end])
    same = [t for t in body_terms or [] if folded(t["text"]) == word]
    if same and all(t.get("voice") == "quoted" for t in same):
        return {"voice": "quoted", "speaker": same[0].get("speaker")}
    return {"voice": "outlet", "speaker": None}


def find_loaded_terms(
    doc: Document, text: str, body: bool = True, body_terms: list | None = None
) -> list[LoadedTerm]:
    """Every lexicon term of `text` (the body, or the title when `body` is False) used in its
    framing sense, as original spans with category, target and voice."""
    compiled, lang = term_pattern(doc.lang), doc.lang
    if compiled is None or not text:
        return []
    terms, plain = lexicon()[lang], folded(text)
    article = folded(f"{doc.title or ''}\n{doc.text}")
    mentions: list[dict] | None = None  # entities (a title's found here) and groups, once needed
    other: list[dict] = []  # the other field's groups (the headline's, or the lead's)
    out: list[LoadedTerm] = []
    for m in compiled.finditer(plain):
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        term, word = terms[index], plain[m.start(f"t{index}") : m.end()]
        core = word if lang != "ar" else without_arabic_prefixes(word)
        if (lang, core.replace(ZWNJ, "")) in derived_words() or (lang, word) in derived_words():
            continue
        if body and inside_name(doc, m.start(), m.end()):
            continue
        if not in_framing_sense(plain, m.start(), m.end(), term):
            continue
        item: dict = {
            "start": m.start(),
            "end": m.end(),
            "text": text[m.start() : m.end()],
            "category": term.category,
            "term": term.term,
            "family": term.family,
        }
        if mentions is None:
            entities = doc.entities if body else find_entities(text, lang)
            mentions = [*entities, *group_mentions(text, lang)]
            other = group_mentions(doc.title or "", lang) if body else lead_groups(doc.text, lang)
        item.update(target_of(doc, text, m.start(), m.end(), term, mentions, other))
        if not body and (found := headline_described_group(item, text, doc.text, lang)):
            item.update(found)
        if item.get("target") and (
            set_against(item, plain, lang)
            or common_noun_named(item, plain, article, lang)
            or in_keyword_list(item, plain, lang)
        ):
            item.update(target=None)
            item.pop("target_start", None), item.pop("target_end", None)
        if item.get("target") is None and (found := repeated_noun(item, out, word, plain, lang)):
            item.update(found)
        if item.get("target") is None and (
            found := demonstrative_antecedent(item, out, plain, lang)
        ):
            item.update(found)
        if item.get("target") is None and (
            found := head_noun_target(item, plain, lang, mentions, word)
        ):
            item.update(found)
        if item.get("target") is None and (
            found := sentence_antecedent(item, plain, lang, mentions)
        ):
            item.update(found)
        if item.get("target") is None and (
            found := earlier_antecedent(
                item, plain, lang, mentions, other if body else [], doc.quotes if body else []
            )
        ):
            item.update(found)
        if item.get("target") is None and (found := partitive_head(item, plain, lang)):
            item.update(found, target=text[found["target_start"] : found["target_end"]])
        if item.get("target") is None and (
            found := repeated_martyr(
                item, out if body else lead_martyr(body_terms or []), word, spans=body
            )
        ):
            item.update(found)
        item.update(voice_of(doc, text, m.start(), m.end(), body, body_terms))
        out.append(item)  # type: ignore[arg-type]
    return out


ABOUT_TYPES = ("PER", "ORG", "GPE")  # entities an article can be "about" as a framing target


def article_targets(doc: Document) -> list[str]:
    """The targets an article is about, under the names framing targets carry: every group of
    targets.tsv its title or body names («القوات الأمريكية», "US troops" → "US forces"), every
    linked person, organisation or state it names (through the group vocabulary), and every
    target its own loaded terms are applied to (a conventional referent need not be named).
    The denominator of the per-outlet shares: of an outlet's articles about a target, how many
    use each category for it."""
    if doc.rejected or not doc.text or doc.lang not in target_groups():
        return []
    found: dict[str, None] = {}
    for field in (doc.title or "", doc.text):
        for m in group_mentions(field, doc.lang):
            found[m["canonical"]] = None
    for m in doc.entities:
        if m.get("type") in ABOUT_TYPES and m.get("entity"):
            name = group_name(m.get("canonical") or m["text"])
            if name != doc.outlet:  # the dateline's own outlet is not what it reports on
                found[name] = None
    for t in [*doc.loaded_terms, *doc.title_terms]:
        if t.get("target"):
            found[t["target"]] = None
    return list(found)


def framing_summary(docs: Iterable[Document]) -> dict[str, dict]:
    """The Story.framing object: per document, how many loaded terms and which."""
    return {
        d.id: {
            "loaded_terms": len(d.loaded_terms),
            "stance_terms": sorted({t["text"] for t in d.loaded_terms}),
        }
        for d in docs
    }


def compare_outlets(docs: Iterable[Document]) -> dict[str, dict[str, int]]:
    """Per outlet, loaded-term counts by category."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        table[d.outlet or d.source].update(t["category"] for t in d.loaded_terms)
    return {outlet: dict(c) for outlet, c in table.items()}


def framing_by_target(docs: Iterable[Document], items: int = 10) -> list[dict]:
    """Side by side, for each target named in these documents: per outlet, how many of its
    documents apply a framing term to it, the categories and words used, and the first
    `items` occurrences (document, field, offsets) — "Iranian outlets call US forces X; Arab
    outlets call them Y". Targets with the most documents first."""
    cells: dict[str, dict[str, dict]] = defaultdict(dict)
    for d in docs:
        outlet = d.outlet or d.source
        for field, terms in (("text", d.loaded_terms), ("title", d.title_terms)):
            for t in terms:
                if not t.get("target"):
                    continue
                cell = cells[t["target"]].setdefault(
                    outlet,
                    {
                        "outlet": outlet,
                        "documents": set(),
                        "categories": Counter(),
                        "words": Counter(),
                        "own_voice": 0,
                        "items": [],
                    },
                )
                cell["documents"].add(d.id)
                cell["categories"][t["category"]] += 1
                cell["words"][t["text"]] += 1
                cell["own_voice"] += t.get("voice") == "outlet"
                if len(cell["items"]) < items:
                    cell["items"].append(
                        {
                            "doc": d.id,
                            "field": field,
                            "start": t["start"],
                            "end": t["end"],
                            "text": t["text"],
                            "category": t["category"],
                            "voice": t.get("voice"),
                        }
                    )
    out = []
    for target, outlets in cells.items():
        rows = [
            {
                **c,
                "documents": len(c["documents"]),
                "categories": dict(c["categories"]),
                "words": dict(c["words"].most_common()),
            }
            for c in outlets.values()
        ]
        rows.sort(key=lambda r: (-r["documents"], r["outlet"]))
        out.append(
            {"target": target, "documents": sum(r["documents"] for r in rows), "outlets": rows}
        )
    return sorted(out, key=lambda r: (-r["documents"], r["target"]))


@stage(
    "framing",
    requires=["text", "title", "lang", "entities", "quotes"],
    assigns=["loaded_terms", "title_terms"],
    help="loaded terms in their framing sense, with target and voice, in titles and bodies",
    languages=ANALYSED_LANGUAGES,
)
def make_framing(settings: Settings):
    lexicon(), sense_rules(), target_groups()

    def framing(doc: Document) -> Document:
        body = without_observer_states(find_loaded_terms(doc, doc.text), doc.text, doc.lang)
        group = martyrs_group(doc, doc.text, body)

        @cache  # the whole article read for its attackers only when a label asks
        def attackers() -> str | None:
            return article_perpetrators(doc)

        body = with_martyrs_group(body, group, doc.lang)
        body = with_perpetrators(body, doc.text, doc.lang, attackers)
        body = with_sentence_doers(body, doc.text, doc.lang)
        body = with_discourse_antecedents(body, doc.text, doc.lang)
        body = with_family_antecedents(body, doc.text, doc.lang)
        body = with_headline_group(body, doc.text, doc)
        body = without_state_armed_groups(body, doc.text)
        body = without_worship_place_names(body, doc.text, doc.lang)
        doc.loaded_terms = without_states_before_labels(body, doc.text, doc.lang)
        title = find_loaded_terms(doc, doc.title or "", False, doc.loaded_terms)
        title = without_observer_states(title, doc.title or "", doc.lang)
        title = with_martyrs_group(title, group, doc.lang, headline=True)
        title = with_perpetrators(title, doc.title or "", doc.lang, attackers)
        title = with_sentence_doers(title, doc.title or "", doc.lang)
        title = with_discourse_antecedents(title, doc.title or "", doc.lang)
        title = with_headline_group(title, doc.title or "", doc)
        title = without_state_armed_groups(title, doc.title or "")
        title = without_worship_place_names(title, doc.title or "", doc.lang)
        doc.title_terms = without_states_before_labels(title, doc.title or "", doc.lang)
        return doc

    return framing
