"""Quotes: direct quotes in any quote marks and reported speech, each with its speaker.

A quote is found four ways: words inside quote marks; a speech cue followed by a colon
("گفت: …", "وأضاف: …"), running to the end of the paragraph; a cue followed by a clause
("قال إن …", "گفت که …", Persian "افزود …" without که); and a source marker governing its
sentence ("به گفته X، …", "…، بحسب X."). The speaker is the person or organization in the
cue's clause — after the verb in Arabic, before it in Persian and English; a pronoun, a role
phrase or a bare cue ("وی گفت", "وأضاف") continues the last speaker. Each speaker is then
linked to one of the document's entities (`linked_speaker`: a bare or cut-short name takes
the full one, "الصحيفة" the newspaper introduced as one) or left unknown — never a date or a
piece of a sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.data import read_table
from rasad.entities.link import mention_key, skeleton
from rasad.entities.recognise import cldr_place, is_common, no_name_tail, persian_person_titles
from rasad.entities.recognise import folded as folded_word
from rasad.lang import date_words as date_words_data
from rasad.lang import months
from rasad.lang import quotes as Q
from rasad.lang.clitics import CLITICS, DEFINITE_PREFIXES
from rasad.lang.date_words import WEEKDAYS
from rasad.lang.demonstratives import PLAIN_DEMONSTRATIVES
from rasad.model import Document, Quote
from rasad.pipeline import stage
from rasad.text.normalize import fold_same_length, normalize
from rasad.text.patterns import alternatives
from rasad.text.sentences import sentence_end, sentence_start
from rasad.text.tokenize import strip_article
from rasad.text.translit import common_words

MAX_QUOTE_CHARS = 1500
MIN_QUOTE_WORDS = 3
UNCUED_QUOTE_WORDS = 12  # quoted words with no cue beside them are a title or a name below this
NEAR_CUE_CHARS = 40
CONTEXT_CHARS = 160
CUE_TO_COLON_CHARS = 80  # "وقال رئيس الشبكة في بيان: …" — Arabic puts the subject in between
CUE_TO_THAT_CHARS = 160
SOURCE_NAME_CHARS = 60
_WORD = re.compile(r"\w\w+")
_HARAKAT = re.compile("[\u064b-\u0652]")  # "أنّه": the shadda inside is not part of the word


@dataclass
class Speaker:
    entity: str | None
    text: str | None
    role: bool = False  # a role phrase no name was found for ("دادستان بندرعباس")
    spoke: bool = True  # False for a person only mentioned before the first quote


@dataclass
class Found:
    """A quote's content span and cue before its speaker is known."""

    start: int
    end: int
    direct: bool
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Speaker | None = None  # already known (a source marker after its clause names it)
    subject_after: bool | None = None  # whether the speaker follows the cue (default: Arabic)
    report_source: bool = False  # «بر اساس این گزارش، …»: `speaker` is the report's, settled

    @property
    def opening(self) -> int:
        """Where the quote and its cue begin: what a sentence before it ends at."""
        return min(self.start, self.cue_start if self.cue_start is not None else self.start)


def voweled_alternatives(words: list[str]) -> str:
    """An alternation of folded words that also matches them written with short vowels or a
    shadda between their letters ("وأكّد", "مشيراً"), as Arabic news sometimes writes them."""
    forms = sorted({fold_same_length(w) for w in words}, key=len, reverse=True)
    marks = "[\u064b-\u0652]*"
    return "|".join(
        marks.join(r"\s+" if c == " " else re.escape(c) for c in form) for form in forms
    )


@cache
def cue_pattern(lang: str) -> re.Pattern:
    words = Q.SPEECH_CUES.get(lang, Q.SPEECH_CUES["en"])
    before_that = Q.CUES_ONLY_BEFORE_THAT_47.get(lang, [])
    impersonal = Q.CUES_NOT_BEFORE_THAT_53AR.get(lang, [])
    words = [w for w in words if w not in before_that and w not in impersonal]
    cues = voweled_alternatives(words) if lang == "ar" else alternatives(words)
    if before_that:  # «با اعلام اینکه …», never «با اعلام گزارش …» inside another's clause
        that = alternatives(Q.COMPLEMENTIZERS[lang])
        cues = rf"(?:{alternatives(before_that)})(?=\s+(?:{that})(?!\w))|{cues}"
    if before_comma := Q.CUES_BEFORE_THAT_OR_COMMA_54FA.get(lang):  # «… ادعا می‌کنند، …»
        cues = rf"(?:{alternatives(before_comma)})(?=\s*[،,])|{cues}"
    if before_colon := Q.CUES_ONLY_BEFORE_COLON.get(lang):  # «وأكمل: “…”», not «أكمل الفريق»
        # up to three words of a subject may stand between («وأكملت الزوجة: «…»», «وأكمل
        # الدكتور القاسم: "…"»; quotes_dev82ar.tsv, quotes_dev62ar.tsv)
        subject = r"(?:\s+[^\s.:؟!،,«»\"“”]+){0,3}"
        cues = rf"(?:{voweled_alternatives(before_colon)})(?={subject}\s*:)|{cues}"
    if before_mark := Q.CUES_ONLY_BEFORE_COLON_OR_QUOTE.get(lang):  # «وزاد "…"», not «زاد عدد»
        cues = rf"(?:{voweled_alternatives(before_mark)})(?=\s*[:\"«“”])|{cues}"
    if near_colon := Q.CUES_BEFORE_NEAR_COLON.get(lang):  # «وغرّد عبر حسابه على تويتر: “…”»
        cues = rf"(?:{voweled_alternatives(near_colon)})(?=[^.:؟!\n]{{0,40}}:)|{cues}"
    if impersonal:  # «ويتوقع أن يصل …»: "it is expected", no one speaks
        that = alternatives(Q.COMPLEMENTIZERS[lang])
        forms = voweled_alternatives(impersonal)
        nouns = "".join(  # «من توقع قراءات أخرى»: the verbal noun after a preposition
            rf"(?<!\W{re.escape(fold_same_length(w))} )"
            for w in Q.PREPOSITIONS_BEFORE_VERBAL_NOUN_53AR.get(lang, [])
        )
        cues = rf"{nouns}(?:{forms})(?!\w)(?!\s+(?:{that})(?!\w))(?!\s+ل)|{cues}"
    continued = Q.CUE_CONTINUATIONS.get(lang)
    not_a_word = rf"(?!\s?(?:{alternatives(continued)})(?!\w))" if continued else ""
    aux = Q.AUXILIARIES.get(lang)
    auxiliary = rf"(?:\s+(?:{alternatives(aux)})(?![\w]))?" if aux else ""
    # «زيارة غير متوقعة»: a participle after «غير» is a negated adjective, no cue
    negators = Q.ADJECTIVE_NEGATORS_53AR.get(lang, [])
    negated = "".join(  # the whole word, not the end of «الصغير»: «المشروع الصغير قالت»
        rf"(?<!\W{re.escape(fold_same_length(w))} )(?<!\Wو{re.escape(fold_same_length(w))} )"
        for w in negators
    )
    return re.compile(
        rf"{negated}(?<![\w\u064b-\u0652])(?:و|ف)?(?P<cue>{cues})(?![\w]){not_a_word}{auxiliary}",
        re.IGNORECASE,
    )


@cache
def that_pattern(lang: str) -> re.Pattern | None:
    """A complementizer word, with the prefixes and attached pronouns the language allows."""
    words = Q.COMPLEMENTIZERS.get(lang)
    if not words:
        return None
    prefix = alternatives(Q.COMPLEMENTIZER_PREFIXES.get(lang, []))
    suffix = alternatives(Q.COMPLEMENTIZER_SUFFIXES.get(lang, []))
    return re.compile(
        rf"(?<![\w])(?:{prefix})?(?:{alternatives(words)})(?:{suffix})?(?![\w])"
        if prefix
        else rf"(?<![\w])(?:{alternatives(words)})(?![\w])",
        re.IGNORECASE,
    )


@cache
def source_pattern(lang: str) -> re.Pattern | None:
    markers = Q.SOURCE_MARKERS.get(lang)
    if not markers:
        return None
    # Arabic markers also written with short vowels between their letters («ووفقًا لمركز
    # الإحصاءات»: the tanween on the «ق»; quotes_dev47.tsv), as the cues are
    written = voweled_alternatives(markers) if lang == "ar" else alternatives(markers)
    prayer = ""
    if Q.PRAYER_SUBJECTS_53AR.get(lang):  # «وفقه الله»: a pronoun object, then God
        pronouns = alternatives(Q.COMPLEMENTIZER_SUFFIXES[lang])
        prayer = rf"(?!(?:{pronouns})\s+(?:{alternatives(Q.PRAYER_SUBJECTS_53AR[lang])})(?!\w))"
    return re.compile(rf"(?<![\w])(?:و)?(?:{written}){prayer}(?:ـ)?", re.IGNORECASE)


def clause_end(folded: str, at: int) -> int:
    """The end of the sentence going on at `at`, a point that ends no sentence passed over: a
    decimal point ("1.7 مليون") or the point of an abbreviation or initial ("د. هشام الفالح",
    "Mr. Smith", "J. Smith")."""
    end = sentence_end(folded, at)
    while end < len(folded) and folded[end] == "." and not_a_full_stop(folded, end):
        end = sentence_end(folded, end + 1)
    return end


def not_a_full_stop(folded: str, at: int) -> bool:
    if folded[at - 1 : at].isdigit() and folded[at + 1 : at + 2].isdigit():
        return True
    word = re.search(r"(?<!\w)(\w+)$", folded[max(0, at - 6) : at])
    if word and len(word.group(1)) <= 2 and folded[at + 1 : at + 2].isalpha():
        return True  # «بي.سي ماغازين», "U.S.": letters run on (a word of three ends a sentence)
    if arabic_initialism(folded, at):
        return True
    return bool(word) and (len(word.group(1)) == 1 or word.group(1).lower() in Q.ABBREVIATIONS)


_ARABIC_INITIAL = r"[\u0621-\u064a\u0671-\u06d3]{1,2}"
_INITIAL_NEXT = re.compile(rf" {_ARABIC_INITIAL}\.")
_INITIAL_BEFORE = re.compile(rf"(?<![\w.]){_ARABIC_INITIAL}\. {_ARABIC_INITIAL}$")


def arabic_initialism(folded: str, at: int) -> bool:
    """Whether the point at `at` is inside an Arabic initialism written with points and spaces
    («لشبكة سي. إن. إن. الأمريكية إن», «هيئة الإذاعة البريطانية "بي. بي. سي" أنه»;
    quotes_dev45.tsv): another letter and point follow, or the letters before ran on with points
    and no «و» opens the next word (a new sentence would)."""
    word = re.search(rf"(?<![\w.]){_ARABIC_INITIAL}$", folded[max(0, at - 3) : at])
    if not word:
        return False
    if _INITIAL_NEXT.match(folded, at + 1):
        return True
    after = folded[at + 1 : at + 3]
    return (
        bool(_INITIAL_BEFORE.search(folded[max(0, at - 8) : at]))
        and after[:1] == " "
        and (after[1:2] not in {"و", "ف", "\n", ""})
    )


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def direct_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quote marks, multi-sentence included."""
    out, i = [], 0
    while i < len(text):
        closers = Q.OPEN_TO_CLOSE.get(text[i])
        if closers is None:
            i += 1
            continue
        end = next(
            (
                j
                for j in range(i + 1, min(len(text), i + MAX_QUOTE_CHARS))
                if text[j] in closers or text[j] == "\n"
            ),
            None,
        )
        if end is None or text[end] == "\n":
            i += 1
            continue
        reopened = reopens(text, i, end)
        inner = text[i + 1 : end].strip()
        if word_count(inner) >= MIN_QUOTE_WORDS:
            start = text.index(inner, i + 1)
            out.append((start, start + len(inner)))
        i = end if reopened else end + 1
    return out


def reopens(text: str, opening: int, mark: int) -> bool:
    """Whether a straight mark that would close a quote opens the next one instead: after a
    sentence's end and a space, before a word ('"…pass it. "We dug in…"': a speech going on
    in a new paragraph that BBC texts run together, its first paragraph left unclosed)."""
    return (
        text[opening] == '"'
        and text[mark] == '"'
        and text[mark - 1 : mark] == " "
        and text[mark - 2 : mark - 1] in {".", "?", "!"}
        and text[mark + 1 : mark + 2].isalnum()
    )


def cue_beside(folded: str, start: int, end: int, lang: str) -> bool:
    """Whether a speech cue stands right before or after a span (short quotes need one)."""
    pattern = cue_pattern(lang)
    return bool(
        pattern.search(folded, max(0, start - NEAR_CUE_CHARS), start)
        or pattern.search(folded, end, end + NEAR_CUE_CHARS)
    )


def clause_start(text: str, folded: str, at: int) -> int:
    """Start of the clause before a cue: its sentence after the last semicolon, less a
    leading agency byline."""
    s = sentence_start(text, at, reach=MAX_QUOTE_CHARS)
    while s > 1 and stop_inside_initialism(text, s - 1):
        s = sentence_start(text, s - 1, reach=MAX_QUOTE_CHARS)  # «آر.ان.‌اي»: one word
    s = max([s] + [text.rfind(mark, s, at) + 1 for mark in Q.CLAUSE_ENDS])
    while s < at and text[s].isspace():
        s += 1
    if starts_with_byline(folded, s):
        comma = min(
            (i for i in (folded.find("،", s, at), folded.find(",", s, at)) if i >= 0), default=-1
        )
        if comma >= 0:
            return comma + 1
    return s


_INITIALISM_PIECE_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}$")
_INITIALISM_PIECE_AFTER = re.compile(r"\u200c?[^\W\d_]{1,2}(?![^\W\d_])")


def stop_inside_initialism(text: str, i: int) -> bool:
    """Whether the full stop at `i` joins the letter names of a Persian or Arabic initialism
    («ايستگاه راديويي "آر.ان.‌اي"», «آ.اس اسپانیا», «پ.ك.ك»; quotes_dev70fa.tsv,
    quotes_dev76fa.tsv): one or two letters either side of it, a half-space after it or none,
    in Arabic script. Such a stop ends no clause (a subject cut there is «اي» or «اس
    اسپانیا»)."""
    if text[i] != "." or i < 1 or text[i - 1].isascii():
        return False
    return bool(
        _INITIALISM_PIECE_BEFORE.search(text, max(0, i - 3), i)
        and _INITIALISM_PIECE_AFTER.match(text, i + 1)
    )


def starts_with_byline(folded: str, at: int) -> bool:
    return any(folded.startswith(fold_same_length(b), at) for b in Q.BYLINES)


def trimmed(text: str, start: int, end: int, strip: str = " \t\n.،,:") -> tuple[int, int]:
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip.replace(".", ""):
        end -= 1
    return start, end


def a_time(folded: str, colon: int) -> bool:
    """Whether a colon stands between digits («الساعة ١٦:١٦», "at 20:40"): a time of day, not
    the colon that opens a quote."""
    return folded[colon - 1 : colon].isdigit() and folded[colon + 1 : colon + 2].isdigit()


def colon_quotes(doc: Document, folded: str) -> list[Found]:
    """ "X گفت: …", "وأضاف: …": a cue then a colon; the words run to the paragraph's end."""
    out = []
    colon_only = colon_only_cues(doc.lang, folded)
    for cue in [*cue_pattern(doc.lang).finditer(folded), *colon_only]:
        if round_cue_narration_57fa(doc.lang, doc.text, folded, cue):
            continue  # «… اعلام داشتند و قرار شد …»: this round's cue, narration
        stop = clause_end(folded, cue.end())
        colon = next(
            (
                i
                for i in range(cue.end(), min(stop, cue.end() + CUE_TO_COLON_CHARS))
                if folded[i] == ":" and not a_time(folded, i)
            ),
            None,
        )
        if (
            colon is None
            or someone_may_say(doc.lang, folded, cue.end())  # «وقد يقول قائل: إن …»
            or words_before_colon_57fa(doc.lang, folded, cue, colon)
            or any(folded[i] in Q.OPEN_TO_CLOSE for i in range(cue.end(), colon))
            and not (
                # a name in marks before the colon, the words after it in marks of their own
                # (or, in Arabic, unmarked words: «وقالت "مكافحة المخدرات": على جميع …»;
                # quotes_dev48.tsv)
                (
                    folded[colon + 1 :].lstrip()[:1] in Q.OPEN_TO_CLOSE
                    or unmarked_words_after_name_48(doc.lang, folded, cue.end(), colon)
                )
                and names_in_marks_only(folded, cue.end(), colon)
            )
        ):
            continue
        start, end = trimmed(doc.text, colon + 1, paragraph_end(doc.lang, folded, colon))
        end = min(end, start + MAX_QUOTE_CHARS)
        if start >= end or opens_inner_speech_48(doc.lang, folded, cue, start, end):
            continue
        if doc.text[start] in Q.OPEN_TO_CLOSE:
            closing = [doc.text.find(c, start + 1, end) for c in Q.OPEN_TO_CLOSE[doc.text[start]]]
            closing = [c for c in closing if c >= 0]
            marked_after = word_set("TWEET_CUES", doc.lang) | word_set("WRITES_CUES_48", doc.lang)
            tweet = cue in colon_only and cue.group("cue") in marked_after
            if closing and tweet:
                # «او توئیت کرد: «…»»: a cue no marked quote looks for; the words in the marks
                start, end = trimmed(doc.text, start + 1, min(closing), " \t\n،,:\u200c")
            elif closing:
                continue  # quote marks follow: direct_quotes takes them
            else:
                start = trimmed(doc.text, start + 1, end, " \t\n.،,:\u200c")[0]  # never closed
        if unmarked_words_after_name_48(doc.lang, folded, cue.end(), colon) and any(
            folded[i] in Q.OPEN_TO_CLOSE for i in range(cue.end(), colon)
        ):
            end = reported_after_colon_end(doc.text, folded, start, end)  # one sentence
        direct, that = True, that_pattern(doc.lang)
        opening = that.match(folded, start) if that else None
        if opening:  # "قالت في بيان: إن …" is reported, not verbatim
            direct, start = False, trimmed(doc.text, opening.end(), end)[0]
            if doc.lang == "ar":
                end = reported_after_colon_end(doc.text, folded, start, end)
        if word_count(doc.text[start:end]) >= MIN_QUOTE_WORDS:
            out.append(Found(start, end, direct, cue.start("cue"), cue.end("cue")))
    by_start: dict[int, Found] = {}  # two cues before one colon: the nearer one speaks, …
    participles = word_set("PARTICIPLES", doc.lang)
    for f in out:
        kept = by_start.get(f.start)
        if kept and plain_word(folded[f.cue_start : f.cue_end]) in participles:
            continue  # … unless it is "قائلا" after the verb: "وأوضح الدكتور فلان قائلاً:"
        by_start[f.start] = f
    return list(by_start.values())


def opens_inner_speech_48(lang: str, folded: str, cue: re.Match, start: int, end: int) -> bool:
    """Whether a Persian opener cue's colon words (`OPENER_CUES_48`: «اين گزارش حاكي است: خانم
    دانيالي … گفت : …») hold a speech cue with a colon of its own: the inner one speaks."""
    if cue.group("cue") not in word_set("OPENER_CUES_48", lang):
        return False
    return any(
        ":" in folded[inner.end() : inner.end() + CUE_TO_COLON_CHARS]
        for inner in cue_pattern(lang).finditer(folded, start, end)
        if not ends_sentence_57fa(lang, folded, inner)
    )


def round_cue_57fa(lang: str, cue: str) -> bool:
    """Whether a folded Persian cue is one of round quotes57fa's (`ROUND_CUES_57FA`)."""
    return lang == "fa" and " ".join(cue.split()) in word_set("ROUND_CUES_57FA", lang)


def round_cue_narration_57fa(lang: str, text: str, folded: str, cue: re.Match) -> bool:
    """Whether a cue of round quotes57fa (`ROUND_CUES_57FA`) is narration: «و» or a
    first-person ending after it (`NOT_SPEECH_AFTER_57FA`), an object's «را» before it
    (`OBJECT_MARKERS_57FA`), a relative clause's verb, or its clause opens with a
    comparison (`COMPARISON_OPENERS_57FA`: «همانگونه که برخی از فقهاء تصریح نموده اند، …»)."""
    if not round_cue_57fa(lang, cue.group("cue")):
        return False
    at = cue.start("cue")
    after = folded[cue.end() : cue.end() + 8].split()
    before = folded[max(0, at - 6) : at].split()
    if (after and after[0] in word_set("NOT_SPEECH_AFTER_57FA", lang)) or (
        before and before[-1] in word_set("OBJECT_MARKERS_57FA", lang)  # «طرحي … را پيشنهاد كرده»
    ):
        return True
    if relative_clause_verb_57fa(text, folded, cue):
        return True
    openings = {
        " ".join(folded[lo:at].split()[:2])
        for lo in (clause_start(text, folded, at), after_comma_57fa(text, folded, at))
    }
    return any(
        opening == w or opening.startswith(w + " ")
        for opening in openings
        for w in word_set("COMPARISON_OPENERS_57FA", lang)
    )


def relative_clause_verb_57fa(text: str, folded: str, cue: re.Match) -> bool:
    """Whether a cue of round quotes57fa followed by bare words is a relative clause's verb: its
    clause holds «که» with no «وی»/«او» after it («چهارموضوع حیاتی که کامرون … پیشنهاد کردند
    شامل این موارد می‌باشند», unlabelled Fars News), so the words after it are the main
    clause's, not said. «… که وی پاسخ داد ایران …» keeps its reading."""
    rest = folded[cue.end() :].lstrip(" ")
    if not rest or rest[0] in ',،:;«".' or rest.split()[0] in word_set("COMPLEMENTIZERS", "fa"):
        return False
    relative = folded.rfind(" که ", clause_start(text, folded, cue.start("cue")), cue.start("cue"))
    after = folded[relative + 4 : cue.start("cue")].split()[:1]
    return relative >= 0 and not (after and after[0] in word_set("CARRYING_PRONOUNS_57FA", "fa"))


def words_before_colon_57fa(lang: str, folded: str, cue: re.Match, colon: int) -> bool:
    """Whether words stand between a cue of round quotes57fa and its colon («چهارموضوع حیاتی
    که کامرون … پیشنهاد کردند شامل این موارد می‌باشند: …», unlabelled Fars News): the verb
    is a relative clause's, the colon another verb's; this round's verbs speak right before it."""
    return round_cue_57fa(lang, cue.group("cue")) and bool(folded[cue.end() : colon].strip())


def after_comma_57fa(text: str, folded: str, at: int) -> int:
    """Where the part of a cue's clause after its last comma begins, past white space («به
    عنوان مثال، همانگونه که …»)."""
    lo = clause_start(text, folded, at)
    lo = max(lo, folded.rfind("،", lo, at) + 1, folded.rfind(",", lo, at) + 1)
    return lo + len(folded[lo:at]) - len(folded[lo:at].lstrip())


def words_name_57fa(
    doc: Document, folded: str, lo: int, hi: int, speaker: Speaker, end: int | None = None
) -> bool:
    """Whether the speaker is named starting between `lo` and `hi` (and ending by `end`): a
    mention of its entity, or its words as written (a role the entity holds: «مسؤول بسیج …
    اشاره به اینکه …»; dev53fa). With no `end`, a linked speaker's words do not count: before
    a marked quote «امام صادق مي‌فرمايد» was linked to another «حسن» (unlabelled Fars News)."""
    if speaker.entity and any(
        lo <= m["start"] < hi and m["entity"] == speaker.entity for m in doc.entities
    ):
        return True
    if speaker.entity and end is None:
        return False
    written = folded.find(fold_same_length(speaker.text or "\0"), lo, hi if end is None else end)
    return lo <= written < hi


def round_cue_speaker_57fa(
    doc: Document, folded: str, found: Found, speaker: Speaker, marked: bool = False
) -> Speaker:
    """The speaker of a cue of round quotes57fa (`ROUND_CUES_57FA`), read strictly: one named in
    the cue's clause (for a plural verb, among its first words: «بعد از سخنان حسيني ديگر مديران
    … اظهار اميدواري كردند» is no one's of حسيني; dev56fa), or carried over «وی»/«او» before a
    singular verb; else none. A group or pair the recogniser did not find («… انتقاد و خاطر نشان
    كردند:», dev47d), the plural of respect («ایشان اظهار داشتند») and a country or a name in
    «(ع)» the recogniser missed («اتريش … پيشنهاد داد،», dev47b; «امام صادق مي‌فرمايد») are not
    told apart from the last person named, so abstain rather than name one."""
    if doc.lang != "fa" or found.cue_start is None or not speaker.text:
        return speaker
    cue = " ".join(folded[found.cue_start : found.cue_end].split())
    if not round_cue_57fa(doc.lang, cue):
        return speaker
    lo = clause_start(doc.text, folded, found.cue_start)
    relative = folded.rfind(" که ", lo, found.cue_start)
    pronouns = word_set("CARRYING_PRONOUNS_57FA", "fa")
    asker = (
        relative >= 0
        and folded[relative + 4 : found.cue_start].split()[:1] in [[w] for w in pronouns]
        and words_name_57fa(doc, folded, lo, relative, speaker)
    )
    if asker and not words_name_57fa(doc, folded, relative, found.cue_start, speaker):
        return Speaker(None, None)  # «صدا و سیما از داوودی … پرسید که وی پاسخ داد:»: the asker
    plural = cue.endswith("ند")
    reach = len(" ".join(folded[lo : found.cue_start].split()[:3])) + 1 if plural else None
    hi = lo + reach if reach else found.cue_start
    if words_name_57fa(doc, folded, lo, hi, speaker, None if marked else found.cue_start):
        return speaker
    words = folded[lo : found.cue_start].split()
    pronoun = bool(set(words) & pronouns)
    if pronoun and not plural and cue not in word_set("HONORIFIC_PAST_CUES_57FA", "fa"):
        return speaker
    return Speaker(None, None)


def unnamed_forecaster_58fa(doc: Document, folded: str, found: Found, speaker: Speaker) -> Speaker:
    """No one for a Persian forecast (`FORECAST_CUES_58FA`) whose subject is neither a
    recognised name, «وی»/«او», nor words opened by a role, source or group word
    (`ROLE_WORDS`, `GROUP_HEADS_53FA`): «بدنه جهانی پیش بینی کرد …» is "the world body" an
    English story called FIFA (dev49fb), so the quote is dropped as round quotes57fa's are."""
    if doc.lang != "fa" or found.cue_start is None or speaker.entity or not speaker.text:
        return speaker
    cue = " ".join(folded[found.cue_start : found.cue_end].split())
    if cue not in word_set("FORECAST_CUES_58FA", "fa"):
        return speaker
    said = fold_same_length(speaker.text)
    heads = word_set("ROLE_WORDS", "fa") | word_set("GROUP_HEADS_53FA", "fa")
    carried = said.split()[0] in word_set("CARRYING_PRONOUNS_57FA", "fa")
    if carried or any(said == h or said.startswith(h + " ") for h in heads):
        return speaker
    return Speaker(None, None)


def ends_sentence_57fa(lang: str, folded: str, cue: re.Match) -> bool:
    """Whether a cue of round quotes57fa (`ROUND_CUES_57FA`) ends its sentence with no words
    after it («… استانداران … به تسريع در اسكان موقت … تاكيد نمودند.»; «دو طرف بر ضرورت …
    تاكيد كردند.»): the narration inside an opener's, a source's or a reported clause's words
    (dev45b, dev49fa), no speech of its own that would take those words from their speaker.
    The older cues keep their reading («… اعلام كرد و … گزارش داد.» ends a clause there)."""
    if not round_cue_57fa(lang, cue.group("cue")):
        return False
    rest = folded[cue.end() : cue.end() + 3].lstrip(" ")
    return not rest or rest[0] in ".\n"


def unmarked_words_after_name_48(lang: str, folded: str, cue_end: int, colon: int) -> bool:
    """Whether Arabic words after the colon of a name in marks are said as written: the marks
    open right after the cue («وقالت "مكافحة المخدرات": على جميع …») or after «لـ» («وقال
    اليامي لـ"سبق": …»), not inside a subject («قال عنه واحد من أشهر مشايخ "تويتر": …»), and no
    «إن» opens a reported clause before or after the colon (found with its cue; read as a colon
    quote it ran on over the participles after it: «وقال الملحق التجاري «ماوان»: إن …، مشيراً»,
    or changed who the next bare verb means: «حكمة سليمان لـ"الوطن" إن: …»)."""
    if lang != "ar":
        return False
    mark = next((i for i in range(cue_end, colon) if folded[i] in Q.OPEN_TO_CLOSE), colon)
    before = folded[cue_end:mark].split()
    if before and bare(before[-1]) not in {bare(w) for w in Q.ADDRESSEE}:
        return False
    that = that_pattern(lang)
    last_word = folded[cue_end:colon].split()[-1:]
    if that and last_word and that.fullmatch(bare(last_word[0])):
        return False  # «لـ"الوطن" إن: …»: a reported clause, found with its cue
    rest = folded[colon + 1 :]
    return not (that and that.match(rest, len(rest) - len(rest.lstrip())))


def reported_after_colon_end(text: str, folded: str, start: int, end: int) -> int:
    """Where an Arabic reported clause after a colon ends («وقالت مصادر طبية: إن عددًا من
    المصابين في حالة خطرة، مرجحة …. كما نقلت قناة …»; quotes_dev44.tsv): its own sentence,
    as for «قالت إن …» with no colon; the reporter's sentences after it in a paragraph that
    SaudiNewsNet runs together are not the source's."""
    return min(end, trimmed(text, start, clause_end(folded, start))[1])


def names_in_marks_only(folded: str, lo: int, hi: int) -> bool:
    """Whether every quote mark between a cue and its colon closes a name of a few words
    («وقالت جوجل في رسالة عبر موقع "جوجل بلس" : …»), not words said before the colon."""
    i = lo
    while i < hi:
        closers = Q.OPEN_TO_CLOSE.get(folded[i])
        if closers is None:
            i += 1
            continue
        end = next((j for j in range(i + 1, hi) if folded[j] in closers), None)
        if end is None or word_count(folded[i + 1 : end]) > MARKED_NAME_WORDS:
            return False
        i = end + 1
    return True


def colon_only_cues(lang: str, folded: str) -> list[re.Match]:
    """Cues that open a quote only when a colon follows them (`COLON_ONLY_CUES`)."""
    words = Q.COLON_ONLY_CUES.get(lang)
    if not words:
        return []
    pattern = rf"(?<!\w)(?P<cue>{alternatives([fold_same_length(w) for w in words])})(?=\s*:)"
    return list(re.finditer(pattern, folded))


PARAGRAPH_GAP = re.compile(
    r"[.!?؟]\s{3,}|\n"
)  # SaudiNewsNet runs paragraphs together, 3 spaces apart
NEW_SPEAKER_CHARS = 40


def paragraph_end(lang: str, folded: str, at: int) -> int:
    """Where a speech after a colon ends: the paragraph's end (a line break, or a sentence end
    and a run of spaces), or an earlier sentence that opens with a speech cue of its own ("…
    وهدر للوقت.   وأردف:", "… نتيجة.   من جانبه بيّن مصدر …": another turn)."""
    gap = PARAGRAPH_GAP.search(folded, at)
    end = gap.start() + (gap.group()[0] != "\n") if gap else len(folded)
    for boundary in re.finditer(r"[.!?؟]\s+", folded[at:end]):
        s = at + boundary.end()
        if cue_pattern(lang).search(folded, s, min(end, s + NEW_SPEAKER_CHARS)):
            return s
    return end


def reported_speech(doc: Document, folded: str, taken: list[Found]) -> list[Found]:
    """ "X said that …" clauses; in Persian also "X افزود …" with no که."""
    out = []
    that = that_pattern(doc.lang)
    markers = {fold_same_length(m) for m in Q.SOURCE_MARKERS.get(doc.lang, []) + Q.VIA_SOURCE}
    for cue in cue_pattern(doc.lang).finditer(folded):
        if cue.group("cue") in markers:
            continue  # "به نقل از X": the name follows, not the words
        if a_preposition(doc.lang, folded, cue):
            continue  # "بين الطرفين": the preposition, not "showed"
        if after_negating_noun(doc.lang, folded, cue.start()):
            continue  # «الذين طلبوا عدم ذكر اسمائهم إنهم»: "mention", a noun; «قال» speaks
        if after_someone_there(doc.lang, folded, cue.start()):
            continue  # «إلا أن هناك من يرى أن موقفه ضعيف»: unspecified people
        if someone_may_say(doc.lang, folded, cue.end()):
            continue  # «وقد يقول قائل إن …»: a hypothetical objector
        if doc.lang == "fa" and news_of_object_51fa(folded, cue):
            continue  # «منابع خبری … از وقوع یک انفجار … خبر دادند که …»: news of a thing
        if doc.lang == "fa" and points_to_thing_51fa(folded, cue):
            continue  # «او به کمیته قضایی … اشاره کرد که حضار …»: a thing referred to
        if round_cue_narration_57fa(doc.lang, doc.text, folded, cue):
            continue  # «همانگونه که برخی … تصریح نموده اند، …»: this round's cue, narration
        if any(
            f.start <= cue.start() < f.end or (f.cue_start or 0) <= cue.start() < (f.cue_end or 0)
            for f in taken
        ):
            continue
        stop = clause_end(folded, cue.end())
        comp = that.search(folded, cue.end(), stop) if that else None
        while comp and doc.lang == "ar" and folded[comp.end() : comp.end() + 1] == ".":
            comp = that.search(folded, comp.end(), stop)  # «سي. إن. إن.»: a letter, no «إن»
        if comp and comp.start() - cue.end() > CUE_TO_THAT_CHARS:
            comp = None
        if comp and doc.lang == "ar" and after_condition_word_50ar(folded, comp.start()):
            comp = None  # «وخلصت المسوحات إلى ضرورة …، شريطة أن تكون …»: a condition
        if comp and doc.lang == "ar" and after_adverbial_conjunction(folded, comp.start()):
            comp = None  # «… ستكون مؤكدة، بعد أن تمكن مدربه …»: "after", no reported clause
        if doc.lang == "fa" and comp and folded[cue.end() : comp.start()].strip(" ,،"):
            comp = None  # Persian که right after the verb introduces speech; later it is relative
        if comp is None and cue.group("cue") in word_set("CUES_NEEDING_THAT", doc.lang):
            comp = that_after_noun_49fb(doc.lang, folded, cue.end())
        if comp:
            start = comp.end()
            stop = next_speech(doc.lang, folded, start, stop)
            if cue.group("cue") in word_set("CUES_NEEDING_THAT", doc.lang):
                stop = before_main_verb(doc.lang, folded, start, stop)
        elif cue.group("cue") in word_set("CUES_NEEDING_THAT", doc.lang):
            continue  # "با اشاره به موضوع X": a noun phrase, not speech
        elif doc.lang == "fa" and folded[cue.end() : cue.end() + 1] in {" ", "،", ","}:
            if cue.group("cue") in word_set("PERSIAN_CLAUSE_CUES_47", doc.lang) and (
                folded[cue.end() : cue.end() + 1] != " "
                or folded[cue.end() + 1 : cue.end() + 2] in {"،", ","}
            ):
                continue  # «… ابراز اطمینان کرده، البته …»: a comma after these ends the clause
            if any(
                not ends_sentence_57fa(doc.lang, folded, inner)
                for inner in cue_pattern(doc.lang).finditer(folded, cue.end(), stop)
            ):
                continue  # "… گزارش کرد، وزارت دفاع … اعلام کرد که": the inner cue speaks
            start = cue.end()
        elif (opening := clause_without_that(doc, folded, cue)) is not None:
            start = opening
        else:
            postposed = attribution_after(doc, folded, cue, stop)
            if postposed:
                out.append(postposed)
            continue
        start, end = trimmed(doc.text, start, stop, " \t,،")
        end = trimmed(doc.text, start, end, " .!?؟")[1]
        if word_count(doc.text[start:end]) >= MIN_QUOTE_WORDS and not doc.text[
            start:end
        ].startswith(":"):
            out.append(Found(start, end, False, cue.start("cue"), cue.end("cue")))
    by_start = {f.start: f for f in out}  # two cues before one "that": the nearer one speaks
    return list(by_start.values())


def after_condition_word_50ar(folded: str, at: int) -> bool:
    """Whether the Arabic «أن» at `at` follows «شريطة»/«بشرط» ("provided that": «وخلصت
    المسوحات إلى ضرورة تلبية احتياجات السكان، شريطة أن تكون …»; the unlabelled check of
    quotes50ar): a condition on the noun before it, no clause of the verb."""
    before = folded[max(0, at - 12) : at].split()
    return bool(before) and bare(before[-1]) in word_set("CONDITION_WORDS_50AR", "ar")


def after_adverbial_conjunction(folded: str, at: int) -> bool:
    """Whether the Arabic «أن» at `at` follows «بعد», «قبل», «منذ», «دون» … (with «و»/«ف» or
    «من» before it: «ومن دون أن»), making a clause of time or manner, not a speech verb's."""
    before = folded[max(0, at - 12) : at].split()
    word = bare(before[-1]) if before else ""
    if word[:1] in ("و", "ف") and word[1:] in word_set("ADVERBIAL_CONJUNCTIONS", "ar"):
        word = word[1:]
    return word in word_set("ADVERBIAL_CONJUNCTIONS", "ar")


def after_negating_noun(lang: str, folded: str, at: int) -> bool:
    """Whether an Arabic cue word stands right after «عدم» or «دون» («طلبوا عدم ذكر
    اسمائهم», «دون ذكر لأي ضحايا»; quotes_dev44.tsv): a verbal noun, no speech verb."""
    before = folded[max(0, at - 12) : at].split()
    return bool(before) and bare(before[-1]) in word_set("NEGATING_NOUNS", lang)


def after_someone_there(lang: str, folded: str, at: int) -> bool:
    """Whether an Arabic cue follows «هناك من» / «ثمة من» ("there are those who": «إلا أن
    هناك من يرى أن موقفه ضعيف»; quotes_dev45.tsv): unspecified people say it."""
    before = folded[max(0, at - 16) : at].split()
    return (
        lang == "ar"
        and len(before) >= 2
        and bare(before[-1]) == "من"
        and bare(before[-2]).removeprefix("و") in word_set("SOMEONE_THERE", lang)
    )


def someone_may_say(lang: str, folded: str, at: int) -> bool:
    """Whether an Arabic cue ending at `at` has «قائل» right after it («وقد يقول قائل إن …»,
    "someone may say"): a hypothetical objector, no quote."""
    after = folded[at : at + 12].split()
    return bool(after) and bare(after[0]) in word_set("SOMEONE_MAY_SAY", lang)


def a_preposition(lang: str, folded: str, cue: re.Match) -> bool:
    """Whether a cue that is also a preposition (Arabic «بين») stands as the preposition: not
    after «و»/«ف», a turn word or at the start of its sentence ("العلاقات … بين البلدين")."""
    if cue.group("cue") not in word_set("CUES_NEEDING_CONJUNCTION", lang):
        return False
    previous = folded[max(0, cue.start() - 12) : cue.start()].split()[-1:]
    return not (
        cue.start("cue") > cue.start()
        or not folded[max(0, cue.start() - 3) : cue.start()].strip(" \n")
        or (previous and bare(previous[0]) in word_set("TURN_WORDS", lang))
    )


def clause_without_that(doc: Document, folded: str, cue: re.Match) -> int | None:
    """Where the clause of an English report verb starts when no "that" follows ("Microsoft
    said it would buy …", "said in a statement it is investigating …"): right after the verb
    and an adverbial, at a subject pronoun, a determiner or a capitalised word; None for a
    passive or infinitive ("is said to be") or an inverted verb (", said Mr Singh")."""
    lang = doc.lang
    if cue.group("cue") not in word_set("CLAUSE_WITHOUT_THAT", lang):
        return None
    before = folded[max(0, cue.start() - 20) : cue.start()].split()
    if not before or before[-1] in word_set("NOT_REPORT_BEFORE", lang):
        return None
    after_comma = before[-1][-1:] == ","  # "Toulouse, a manager at Microsoft, said the …"
    if not (before[-1][-1:].isalnum() or after_comma):
        return None
    at = cue.end()
    for adverbial in sorted(word_set("REPORT_ADVERBIALS", lang), key=len, reverse=True):
        m = re.match(rf"\s+{re.escape(adverbial)}(?!\w)", folded[at:])
        if m:
            at += m.end()
            break
    word = re.match(r"\s+([\w']+)", folded[at:])
    if not word:
        return None
    opener = word.group(1).lower() in word_set("CLAUSE_OPENERS", lang) or word.group(1).isdigit()
    capital = doc.text[at + word.start(1)].isupper()
    if after_comma:  # ", said Mr Singh." is inverted; ", said the program was …" is not
        rest = doc.text[at : clause_end(folded, at)]
        clause = word_count(rest) > POSTPOSED_SUBJECT_WORDS or clause_after_verb_70en(rest)
        return at + word.start(1) if opener and clause else None
    return at + word.start(1) if opener or capital else None


POSTPOSED_SUBJECT_WORDS = 8  # "…, the government department for planning said."
POSTPOSED_TAIL_WORDS = 3  # "…, he said on Monday."


def attribution_after(doc: Document, folded: str, cue: re.Match, stop: int) -> Found | None:
    """A report verb after its clause in English ("…, the government believes.", "…, Mr
    Leibovich said.", "…, said Mr Singh."): the sentence before the comma is the quote; the
    speaker is the subject beside the verb (a pronoun continues the last speaker)."""
    if doc.lang not in Q.SUBJECT_BEFORE_VERB:
        return None
    tail = folded[cue.end() : stop]
    lo = clause_start(doc.text, folded, cue.start())
    comma = folded.rfind(",", lo, cue.start())
    if comma < 0 or any(c in folded[lo : cue.end()] for c in '"“”'):
        return None  # a quote in marks: direct_quotes and attribute() take it
    inverted = not folded[comma + 1 : cue.start()].strip()
    subject = (cue.end(), stop) if inverted else (comma + 1, cue.start())
    if word_count(doc.text[slice(*subject)]) > POSTPOSED_SUBJECT_WORDS or (
        not inverted and word_count(tail) > POSTPOSED_TAIL_WORDS
    ):
        return None
    start, end = trimmed(doc.text, lo, comma)
    if word_count(doc.text[start:end]) < MIN_QUOTE_WORDS or that_start(doc, folded, start):
        return None
    found = Found(start, end, False, cue.start("cue"), cue.end("cue"))
    found.speaker = postposed_speaker(doc, *subject)
    return found  # no speaker: a pronoun, resolved as a cue's is


def clause_after_verb_70en(words: str) -> bool:
    """Whether the words after an English report verb open a clause with a pronoun subject
    ("said she had no hesitation in recommissioning the show", quotes_dev70en): the comma
    before the verb closed an aside around its subject, so the verb's subject stands before
    it and its clause follows; a speaker after the verb is a name or a role, or a pronoun
    alone ("…, said he.")."""
    kept = words.strip(' ,.;:"“”').split()
    return len(kept) > 1 and kept[0].lower() in Q.BARE_PRONOUNS


def postposed_speaker(doc: Document, lo: int, hi: int) -> Speaker | None:
    """The subject beside a report verb that follows its clause: a name, a kind of
    organization named before ("the company"), or the words as written ("the government
    department for planning"); None for a pronoun."""
    mention = speaker_in(doc, lo, hi, prefer_first=False)
    if mention:
        return mention_speaker(doc, mention)
    written = english_subject(doc.text[lo:hi])
    if not written or written.lower() in Q.PRONOUNS:
        return None
    kind = organization_kind(written, doc.lang)
    named = kind and organization_of_kind(doc, kind, lo)
    if named:
        return Speaker(named["entity"], named["text"])
    if written.lower().startswith("the ") and len(written.split()) == 2:
        return None  # "the Dutchman", "the actor": the person spoken of goes on
    return None if is_fragment(written, doc.lang) else Speaker(None, written)


def english_subject(words: str) -> str:
    """A subject as written before a report verb, without the auxiliaries and adverbs
    between it and the verb ("Microsoft has", "a study has also")."""
    kept = words.strip(' ,.;:"“”').split()
    while kept and kept[-1].lower() in Q.AUXILIARY_WORDS.get("en", []):
        kept.pop()
    return " ".join(kept)


def that_start(doc: Document, folded: str, start: int) -> bool:
    """Whether a would-be quote opens with a conjunction or relative word ("But", "When"):
    a subordinate clause, not a report."""
    first = re.match(r"\w+", folded[start:])
    return bool(first) and first.group().lower() in word_set("NOT_SUBJECTS", doc.lang)


def that_after_noun_49fb(lang: str, folded: str, at: int) -> re.Match | None:
    """«که» after «این مطلب / نکته / موضوع» right after a Persian speech phrase that needs a
    clause («با تاکید بر این مطلب که X، افزود»; `THAT_NOUNS_49FB`): the phrase's «اینکه»
    written out; else None."""
    nouns = Q.THAT_NOUNS_49FB.get(lang)
    if not nouns:
        return None
    this = alternatives(["این", "اين"])
    return re.compile(rf"\s+(?:{this})\s+(?:{alternatives(nouns)})\s+که(?!\w)").match(folded, at)


def before_main_verb(lang: str, folded: str, start: int, stop: int) -> int:
    """The end of an adverbial speech phrase's clause ("وی با بیان اینکه … هستیم، ادامه داد:
    …"): the last comma before the sentence's own speech verb, else `stop`."""
    verb = cue_pattern(lang).search(folded, start, stop)
    if verb is None:
        return stop
    comma = max(folded.rfind("،", start, verb.start()), folded.rfind(",", start, verb.start()))
    if comma <= start and lang == "fa" and re.match(r"\s*:", folded[verb.end("cue") :]):
        return verb.start("cue")  # no comma: «وی با بیان اینکه … است اظهار داشت: …»
    return comma if comma > start else stop


def next_speech(lang: str, folded: str, start: int, stop: int) -> int:
    """Where a reported clause gives way to the next speech of its sentence: a cue joined by
    و after a comma ("كشفت إحصائية … بأنها 61 بلاغا، وصرح الناطق … بأن …"), else `stop`."""
    if lang not in Q.VERB_FIRST:
        return stop
    for cue in cue_pattern(lang).finditer(folded, start, stop):
        joined = cue.start("cue") > cue.start() and folded[cue.start() - 2 : cue.start()].strip()
        if joined in {"،", ","}:
            return cue.start() - 2
    for marker in source_pattern(lang).finditer(folded, start, stop):
        if joined_source_clause(folded, marker) is not None:
            return marker.start() - 2  # «…، ووفقا لمركز الاحصاءات الايراني فإن …»
    return stop


def joined_source_clause(folded: str, marker: re.Match, opens: bool = False) -> int | None:
    """Where the source ends when an Arabic source marker opens a clause joined by «و» after a
    comma and its «فإن» follows the source with no comma («…، ووفقا لمركز الاحصاءات الايراني
    فإن نسبة البطالة …»; quotes_dev43.tsv), or opens its sentence (`opens`: «وبحسب دريك فإن
    أكثر من 95% …»; quotes_dev45.tsv): the position of «فإن»; else None."""
    if not opens:
        if folded[marker.start() : marker.start() + 2] not in {"وب", "وو", "وح", "وط", "ون"}:
            return None
        if folded[marker.start() - 2 : marker.start()].strip() not in {"،", ","}:
            return None
    reach = REPORTED_BY_CHARS if opens else SOURCE_NAME_CHARS
    words = list(re.finditer(r"\S+", folded[marker.end() : marker.end() + reach]))
    first = bare(words[0].group()).removeprefix("ل") if words else ""
    if first in word_set("TEXTS_NOT_SOURCES", "ar") or "ال" + first in word_set(
        "TEXTS_NOT_SOURCES", "ar"
    ):
        return None  # «وبحسب الاتفاق بين الناديين … فإن»: a text, no one speaks
    for k, word in enumerate(words):
        at = marker.end() + word.start()
        after = words[k + 1].group() if k + 1 < len(words) else ""
        comma_then_inna = opens and word.group()[-1:] in "،," and after in {"فإن", "فان"}
        if re.search(r"[،,.:«»\"“”]", word.group()) and not comma_then_inna:
            return None  # «وبحسب دراسة حديثة لمنظمة …، فإن»: a comma before «فإن» only
        if word.group() in word_set("SOURCE_CLAUSE_OPENERS_50AR", "ar"):
            return at
    return None


def unnamed_source_no_comma_48c(doc: Document, folded: str, lo: int, hi: int) -> int | None:
    """Where an unnamed Persian source after a source marker ends when no comma closes it («به
    اعتقاد منابع آگاه در چين مهمترين هدف …»; quotes_dev48b.tsv): «منابع»/«منبع», one or two
    qualifiers (`SOURCE_QUALIFIERS_48C`), then «در»/«از» and a place the recogniser found; None
    when the words are not so."""
    if doc.lang != "fa":
        return None
    words = list(re.finditer(r"[^\s،,]+", folded[lo:hi]))
    if len(words) < 4 or bare(words[0].group()) not in {"منابع", "منبع"}:
        return None
    qualifiers = word_set("SOURCE_QUALIFIERS_48C", "fa")
    k = 1 + sum(1 for _ in itertools.takewhile(lambda w: bare(w.group()) in qualifiers, words[1:3]))
    if k == 1 or k >= len(words) or words[k].group() not in {"در", "از"}:
        return None
    place = lo + words[k].end() + 1
    at = next((m for m in doc.entities if m["type"] == "GPE" and m["start"] == place), None)
    return at["end"] if at else None


def named_source_no_comma_55fa(
    doc: Document, folded: str, m: re.Match, hi: int
) -> tuple[int, Speaker] | None:
    """A Persian report source named with no comma after it («به نوشته ال مركوريو توافق …»,
    «بنا به گزارش پلیس ترکیه بلافاصله …», «به نقل از روابط عمومي سازمان … اين كتاب …»;
    quotes_dev36, 51fa, 53fa): after a report marker (`OUTLET_MARKERS_47D`), a name the
    recogniser found right there (after a kind word or a public relations office) and a next
    word that neither continues the name nor opens a phrase of it; where the clause starts and
    the source as written, or None."""
    if doc.lang != "fa" or m.group().strip() not in word_set("OUTLET_MARKERS_47D", "fa"):
        return None
    at = re.compile(r"\s*").match(folded, m.end()).end()
    office = _PRESS_OFFICE_53FA.match(folded, at)
    head = re.compile(r"\s*").match(folded, office.end()).end() if office else at
    kind = re.match(r"(\w+)[\s«\"“]*", folded[head:hi])
    if not office and kind and bare(kind.group(1)) in word_set("OUTLET_KINDS_47D", "fa"):
        head += kind.end()  # «به نوشته روزنامه گاردین …»: the kind word, then the name
    named = [
        x
        for x in doc.entities
        if x["type"] in ("ORG", "PER", "MISC") and x["start"] == head and x["end"] < hi
    ]
    if not named:
        return None
    end = named[0]["end"]
    rest = folded[end:hi]
    following = rest.split()[:1]
    stops = word_set("PREPOSITIONS", "fa") | word_set("NAME_CONTINUATIONS_55FA", "fa")
    if not rest.startswith(" ") or not following or bare(following[0]) in stops:
        return None  # «بنا به گزارش پلیس ترکیه در استانبول»: the source goes on
    if any(x["start"] == end + 1 for x in doc.entities):
        return None  # «به نوشته نیویورک تایمز آمریکا …»: a name or a place runs on
    if ":" in rest:
        return None  # «… متن پيام تسليت وزير … بدين شرح مي‌باشد:»: it opens someone's words
    if named[0]["type"] != "PER" and folded[:end].endswith("ای"):
        return None  # «اداره اخبار خارجي فضاي تبليغي …»: an ezafe, the phrase goes on (cut name)
    speaker = mention_speaker(doc, named[0])
    if office or kind and head > at:  # the source as the article names it, kind word and all
        speaker = replace(speaker, text=doc.text[at:end])
    return end + 1, speaker


def source_quotes(doc: Document, folded: str) -> list[Found]:
    """ "به گفته X، …", "وبحسب X، فإن …", "…، بحسب X.": the marker's sentence, spoken by X."""
    pattern = source_pattern(doc.lang)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(folded):
        written: Speaker | None = None  # a source taken as written, no subject to read after
        if doc.lang == "fa" and re.match(r" ?های?(?!\w)", folded[m.end() : m.end() + 5]):
            continue  # «بر اساس گزارش‌ها، …»: reports, no one cited (not «به گفته‌های X»)
        s, e = clause_start(doc.text, folded, m.start()), clause_end(folded, m.end())
        name_end = next((i for i in range(m.end(), e) if folded[i] in "،,"), None)
        if (
            name_end is not None
            and name_end - m.end()
            <= max(
                source_name_chars(doc.lang, folded, name_end),
                office_name_chars_53fa(doc, folded, m.end(), name_end),
            )
            and (
                not folded[s : m.start()].strip()
                or starts_with_byline(folded, s)
                or opens_relative_clause(doc.lang, folded, s, m.start())
            )
        ):
            start, end = trimmed(doc.text, name_end + 1, e)
            if opens_relative_clause(doc.lang, folded, s, m.start()):
                end = relative_clause_end(doc.text, folded, start, end)
            that = that_pattern(doc.lang)
            opening = that.match(folded, start) if that else None
            if opening:
                start = trimmed(doc.text, opening.end(), end)[0]
            name = (m.end(), name_end)
        elif (
            e - m.end() <= SOURCE_NAME_CHARS
            and (
                folded[m.start() - 2 : m.start()].strip() in {"،", ",", ""}
                or named_source_ending(doc, folded, m.end(), e)
            )
            and names_only(doc, m.end(), e)
            and not manner_not_source(doc, folded, m, e)
        ):
            start, end = trimmed(doc.text, s, m.start())
            name = (m.end(), e)
        elif (
            doc.lang == "ar"
            and name_end is not None
            and name_end - m.end() <= SOURCE_NAME_CHARS
            and folded[m.start() - 2 : m.start()].strip() in {"،", ","}
            and names_only(doc, m.end(), name_end)
            and any(m.end() <= x["start"] and x["end"] <= name_end for x in doc.entities)
            and new_clause_after(folded, name_end + 1)
        ):
            # "فهي ضمن أثرى 10 شخصيات في الصين، حسب مجلة فوربز، كما …": the clause before
            start, end = trimmed(doc.text, s, m.start())
            name = (m.end(), name_end)
        elif (
            doc.lang == "ar"
            and (
                fa_inna := joined_source_clause(
                    folded,
                    m,
                    opens=not folded[s : m.start()].strip(" ،,\n")
                    or folded[m.start() - 2 : m.start()].strip() in {"،", ","},
                )
            )
            is not None
            and names_a_source(doc, folded, m.end(), fa_inna)
        ):
            # «…، ووفقا لمركز الاحصاءات الايراني فإن نسبة البطالة بلغت …»: X speaks what follows
            opening = re.compile(r"\S+\s*").match(folded, fa_inna)
            start, end = trimmed(doc.text, opening.end(), e)
            name = (m.end(), fa_inna)
        elif (no_comma := named_source_no_comma_55fa(doc, folded, m, e)) is not None and (
            not folded[s : m.start()].strip() or starts_with_byline(folded, s)
        ):
            # «بنا به گزارش پلیس ترکیه بلافاصله بعد از …»: the recognised name ends the source
            start, end = trimmed(doc.text, no_comma[0], e)
            name = (m.end(), no_comma[0])
            written = no_comma[1]
        elif (unnamed := unnamed_source_no_comma_48c(doc, folded, m.end(), e)) is not None and (
            not folded[s : m.start()].strip() or starts_with_byline(folded, s)
        ):
            # «به اعتقاد منابع آگاه در چين مهمترين هدف … بوده است»: no comma after the source
            start, end = trimmed(doc.text, unnamed, e)
            name = (m.end(), unnamed)
            written = Speaker(None, doc.text[slice(*trimmed(doc.text, *name))])
        elif closing_source := named_source_closing_clause(doc, folded, m, s, e):
            # «… من أسفله بحسب صحيفة دايلي ميل البريطانية، ولحسن الحظ …», «… في يوليو
            # وفقا لنتائج مسح أجرته رويترز.»: no comma before the marker, the clause before
            start, end = trimmed(doc.text, s, m.start())
            name = (m.end(), closing_source)
        elif (source_end := source_after_its_clause(doc, folded, m, s, e)) is not None:
            # «… بصفقة قاربت الـ10 ملايين يورو حسب تقارير فرنسية، ويعتبر …»: a source the
            # recogniser did not name, a report's, an outlet's or a role's head before it
            start, end = trimmed(doc.text, s, m.start())
            name = (m.end(), source_end)
        elif reported_by_after(doc, folded, s, m.start(), m.end(), name_end or e):
            # «أعدم تنظيم داعش أكثر من 2000 مواطن … بحسب ما أكده مسؤول الإعلام في …،
            # مشيرا»: «بحسب ما»/«حسبما»/«وفق ما» and a speech verb name the clause's source
            start, end = trimmed(doc.text, s, m.start())
            name = (m.end(), name_end or e)
        else:
            continue
        inner = (
            c
            for c in cue_pattern(doc.lang).finditer(folded, start, end)
            if not a_preposition(doc.lang, folded, c)  # «بين أكبر عشر صفقات»: "between"
            and not ends_sentence_57fa(doc.lang, folded, c)
        )
        if word_count(doc.text[start:end]) < MIN_QUOTE_WORDS or next(inner, None):
            continue  # a speech cue inside: the cue's own quote has a better speaker
        if unnamed_report(doc, folded, m, *name):
            continue  # «بر اساس گزارش ارائه شده، …»: "the report presented", no source
        if written is not None:  # the unnamed source with its place, as written
            out.append(Found(start, end, False, m.start(), m.end(), written))
            continue
        reported = as_reported_by(doc, folded, *name) if name[0] < start else None
        if reported is not None:  # «ووفقا لما نقلته وسائل إعلامية، …»: the verb's subject
            out.append(Found(start, end, False, m.start(), m.end(), behind_channel_58ar(reported)))
            continue
        if name[0] < start:  # "به گفته X، …": X sits between marker and content
            out.append(Found(start, end, False, m.start(), m.end(), subject_after=True))
            continue
        found = speaker_in(doc, *name, prefer_first=True, source=True)
        lo, hi = trimmed(doc.text, *name)
        speaker = (
            Speaker(found["entity"], kind_and_name(doc, folded, lo, found))
            if found
            else Speaker(None, doc.text[lo:hi])
        )
        speaker = as_reported_by(doc, folded, *name) or speaker
        out.append(Found(start, end, False, m.start(), m.end(), speaker))
    return out


def opens_relative_clause(lang: str, folded: str, s: int, marker: int) -> bool:
    """Whether a Persian source marker opens a relative clause right after its «که» («… گارد
    ملي كه به گفته "جرج بوش"، رييس جمهوري آمريكا بزرگ‌ترين عمليات … محسوب مي‌شود، هرج و مرج …
    را فرا گرفته است»; quotes_dev82fa.tsv): the source speaks that clause, not the sentence."""
    before = folded[s:marker].split()
    return lang == "fa" and len(before) > 1 and before[-1] == "که"


def relative_clause_end(text: str, folded: str, start: int, end: int) -> int:
    """Where a relative clause a source marker opened ends: its first comma (the main clause
    goes on after it), else the sentence's end."""
    comma = re.search(r"[،,]", folded[start:end])
    return trimmed(text, start, start + comma.start())[1] if comma else end


_AS_ANNOUNCED_48 = re.compile(r"[،,]\s*([كک])ما\s")  # folded: ك is written ک
# the end of the source's sentence: a point before a space (not «أ.ب»), a line, or a comma
_SOURCE_SENTENCE_END_48 = re.compile(r"[.؟!](?=\s|$)|\n|[،,؛;]")


@cache
def learned_pattern_51ar() -> re.Pattern:
    """«(و)علمت», the paper's name in marks, «من», a source phrase and «أن» (folded)."""
    verbs = "|".join(re.escape(w) for w in word_set("LEARNED_VERBS_51AR", "ar"))
    return re.compile(
        rf"(?<!\w)(?:و)?(?P<cue>{verbs})\s+(?:«[^»\n]{{1,40}}»|\"[^\"\n]{{1,40}}\"|“[^”\n]{{1,40}}”)"
        rf"\s+من\s+(?P<source>\S+(?:\s+\S+){{0,5}}?)\s+(?P<that>(?:ب)?{fold_same_length('أن')})(?!\w)"
    )


def learned_from_sources_51ar(doc: Document, folded: str) -> list[Found]:
    """A paper's find from sources written «وعلمت "الوطن" من مصادر مطلعة أن …» (the paper's
    name in marks; quotes_dev42.tsv, quotes_dev51ar.tsv): the clause after «أن» is a quote of
    the sources as written (`LEARNED_VERBS_51AR`), never of the paper; «وعلمت "الوطن" أن …»
    names no source and is no quote."""
    if doc.lang != "ar":
        return []
    matches = learned_pattern_51ar().finditer(folded)
    found = (
        sources_clause_51ar(doc, folded, m) for m in matches if is_source_phrase_51ar(m["source"])
    )
    return [f for f in found if f is not None]


def sources_clause_51ar(doc: Document, folded: str, m: re.Match) -> Found | None:
    """The clause after a matched «أن» up to its sentence's end, a quote of the matched source
    as written; None when it is too short to be words."""
    start, end = trimmed(doc.text, m.end("that"), clause_end(folded, m.end("that")))
    if word_count(doc.text[start:end]) < MIN_QUOTE_WORDS:
        return None
    source = Speaker(None, doc.text[m.start("source") : m.end("source")], role=True)
    return Found(start, end, False, m.start("cue"), m.end("cue"), source)


@cache
def indicates_pattern_51ar() -> re.Pattern:
    """«(و)تشير», a subject of one to three words, «إلى أن» (folded)."""
    verbs = "|".join(re.escape(w) for w in word_set("INDICATES_VERBS_51AR", "ar"))
    return re.compile(
        rf"(?<!\w)(?:و)?(?P<cue>{verbs})\s+(?P<source>\S+(?:\s+\S+){{0,2}}?)"
        rf"\s+{fold_same_length('إلى')}\s+(?P<that>{fold_same_length('أن')})(?!\w)"
    )


def sources_indicate_51ar(doc: Document, folded: str) -> list[Found]:
    """Unnamed sources that «indicate» a clause («وتشير مصادر "الوطن" إلى أن اللاعب لم …»;
    `INDICATES_VERBS_51AR`): the clause is their quote, the sources as written the speaker;
    a subject that is no source word («التقارير», «المعلومات») makes no quote."""
    if doc.lang != "ar":
        return []
    sources = word_set("MEMBER_SOURCES", "ar")
    matches = indicates_pattern_51ar().finditer(folded)
    found = (
        sources_clause_51ar(doc, folded, m)
        for m in matches
        if bare(m["source"].split()[0]) in sources
    )
    return [f for f in found if f is not None]


def is_source_phrase_51ar(phrase: str) -> bool:
    """Whether an Arabic phrase opens with an unnamed source's word («مصادر مطلعة», «مصدر
    مسؤول»), the paper's own sources included («مصادرها الخاصة»), with no punctuation in it."""
    words = phrase.split()
    if not words or re.search(r"[،,.:«»\"“”]", phrase):
        return False
    sources = word_set("MEMBER_SOURCES", "ar")
    head = words[0]
    owned = (
        head[: -len(e)] for e in word_set("OWNED_SOURCE_ENDINGS_51AR", "ar") if head.endswith(e)
    )
    return head in sources or any(h in sources for h in owned)


def as_announced_48(doc: Document, folded: str) -> list[Found]:
    """Arabic clauses whose source a «كما» and a speech verb name after them, ending the
    sentence («قتل جنديان … قرب الحدود مع موريتانيا، كما اعلنت الحكومة المالية مساء الاحد.»;
    quotes_dev48.tsv): the clause is the source's words, as after «حسبما» (`reported_by_after`).
    «، كما أعلن عن …» (also announced) and «، كما أعلن أن …» (a clause of its own after the
    verb) are left to the cue; a comma after the source makes it the source of what follows."""
    if doc.lang != "ar":
        return []
    out = []
    stops = word_set("PREPOSITIONS", "ar")
    that = that_pattern("ar")
    for m in _AS_ANNOUNCED_48.finditer(folded):
        at, lo = m.start(1), m.start(1) + 1  # «ما» of «كما», read as «حسبما» reads it
        cue = reported_verb_pattern().match(folded, m.end())
        if not cue or bare(cue.group("cue")) not in word_set("AS_ANNOUNCED_VERBS_48", "ar"):
            continue
        words = folded[cue.end() : cue.end() + 40].split()
        if not words or bare(words[0]) in stops or (that and that.match(words[0])):
            continue
        end = _SOURCE_SENTENCE_END_48.search(folded, cue.end())
        hi = end.start() if end else len(folded)
        if end and end.group() in "،,؛;":
            continue  # «لكن، كما قالت وكالة «أ.ب»، لا بد أن …»: the source of what follows
        s = clause_start(doc.text, folded, at)
        if not reported_by_after(doc, folded, s, at, lo, hi):
            continue
        start, end = trimmed(doc.text, s, m.start())
        inner = next(cue_pattern("ar").finditer(folded, start, end), None)
        speaker = as_reported_by(doc, folded, lo, hi)
        if inner or speaker is None or word_count(doc.text[start:end]) < MIN_QUOTE_WORDS:
            continue
        speaker = without_trailing_times_48(speaker)
        out.append(Found(start, end, False, cue.start("cue"), cue.end("cue"), speaker))
    return out


def without_trailing_times_48(speaker: Speaker) -> Speaker:
    """An Arabic source as written without the time words after it («الاستخبارات الافغانية
    الاسبوع الماضي» → «الاستخبارات الافغانية»)."""
    words = (speaker.text or "").split()
    times = word_set("TIME_WORDS_AFTER_NAME_47", "ar") | word_set("TIME_NOUNS_48", "ar")
    while len(words) > 1 and bare(fold_same_length(words[-1])) in times:
        words.pop()
    return replace(speaker, text=" ".join(words)) if speaker.text else speaker


def names_a_source(doc: Document, folded: str, lo: int, hi: int) -> bool:
    """Whether the words after an Arabic source marker name someone: a recognised name among
    them, or a source or organization word opening them («لمصدر», «لوكالة»); «ووفقا للخطة
    الأساسية فان …» (SaudiNewsNet, round 16's comparison) names a plan, no source."""
    if any(lo <= m["start"] and m["end"] <= hi for m in doc.entities):
        return True
    first = folded[lo:hi].split()[:1]
    word = bare(first[0]).removeprefix("ل") if first else ""
    kinds = word_set("MEMBER_SOURCES", "ar") | word_set("ORGANIZATION_WORDS", "ar")
    return word in kinds or word.removeprefix("ل") in kinds


def manner_not_source(doc: Document, folded: str, marker: re.Match, hi: int) -> bool:
    """Whether an Arabic «وفق»/«حسب» after a clause means "in keeping with", no source («…،
    ووفق ظروف الفترة والاعداد وربما الميزانيات.»; SaudiNewsNet, read in round 16's comparison):
    no name recognised after it, no speech verb after «ما», no source word opening it."""
    word = bare(folded[marker.start() : marker.end()].strip()).removeprefix("و")
    if doc.lang != "ar" or word not in {"وفق", "حسب"}:
        return False
    if any(marker.end() <= m["start"] and m["end"] <= hi for m in doc.entities):
        return False
    first = folded[marker.end() : hi].split()[:1]
    sources = word_set("MEMBER_SOURCES", "ar") | set(Q.DEFINITE_SOURCES.get("ar", {}))
    return as_reported_by(doc, folded, marker.end(), hi) is None and not (
        first and bare(first[0]) in sources
    )


def source_name_chars(lang: str, folded: str, comma: int) -> int:
    """How long the source after a marker opening its sentence may be: an Arabic «فإن»/«أن»
    right after its comma closes it («وبحسب التقرير السنوي لمركز الأبحاث المشتركة التابع
    للمفوضية الأوروبية، فإن …»; quotes_dev44.tsv), so a longer one is read."""
    that = that_pattern(lang)
    after = re.compile(r"\s*").match(folded, comma + 1).end()
    closed = lang == "ar" and that is not None and that.match(folded, after) is not None
    return REPORTED_BY_CHARS if closed else SOURCE_NAME_CHARS


# a Fars public relations office as a source: «روابط عمومی …», «اداره کل روابط عمومی و …»
_PRESS_OFFICE_53FA = re.compile(r"\s*(?:اداره[\u200c ]?کل\s+)?روابط[\u200c ]عمومی(?!\w)")


def office_name_chars_53fa(doc: Document, folded: str, at: int, comma: int) -> int:
    """How long a Persian source after a marker may be when it is a public relations office
    (`_PRESS_OFFICE_53FA`): its full name runs past the usual reach («به نقل از اداره كل روابط
    عمومي و اطلاع‌رساني سازمان فرهنگ و ارتباطات اسلامي، …»; quotes_dev35.tsv), when the words
    up to the comma hold no person and no preposition («… سازمان صدا و سيما محمد نهاونديان در
    نشستي مطبوعاتي، …» names the speaker and his setting, not an office; unlabelled Fars News)."""
    if doc.lang != "fa" or not _PRESS_OFFICE_53FA.match(folded, at):
        return 0
    stops = word_set("PREPOSITIONS", "fa") - word_set("IN_NAME_PREPOSITIONS_50FA", "fa")
    person = any(at <= m["start"] < comma and m["type"] == "PER" for m in doc.entities)
    if person or any(bare(w) in stops for w in folded[at:comma].split()):
        return 0
    return REPORTED_BY_CHARS


REPORTED_BY_CHARS = 90  # «بحسب ما أكده مسؤول الإعلام في الاتحاد الوطني الكردستاني بنينوى»


def named_source_closing_clause(
    doc: Document, folded: str, marker: re.Match, s: int, e: int
) -> int | None:
    """Where the source ends when an Arabic source marker follows its clause with no comma
    before it and closes the sentence, or a comma and a new clause follow the source («… لسحب
    المصابين من أسفله بحسب صحيفة دايلي ميل البريطانية، ولحسن الحظ …», «… في 2006 بحسب
    ويكيليكس، فيما …», «… في يوليو تموز وفقا لنتائج مسح أجرته رويترز.»; quotes_dev53ar.tsv,
    quotes_dev44.tsv, quotes_dev47.tsv): the source must be a recognised person or organization,
    alone or after a report's noun (`report_of_named_kind`), an outlet's kind or a report made by
    it (`report_made_by`), so «حسب توجيهات الأمير …» (an order) is none; else None."""
    if doc.lang != "ar" or folded[marker.start() - 2 : marker.start()].strip() in {"،", ","}:
        return None
    via = {fold_same_length(w) for w in Q.VIA_SOURCE}
    if re.sub(r"\s+", " ", plain_word(marker.group())).removeprefix("و") in via:
        return None  # «… وذلك نقلًا عن موقع …»: the channel a whole story was taken from
    if word_count(doc.text[s : marker.start()]) <= MIN_QUOTE_WORDS:
        return None  # a clause before the marker, not «وبحسب X …» opening its sentence
    comma = next((i for i in range(marker.end(), e) if folded[i] in "،,"), None)
    hi = e if comma is None else comma
    if hi - marker.end() > SOURCE_NAME_CHARS or (
        comma is not None and not new_clause_after(folded, comma + 1)
    ):
        return None  # the marker governs the words after it (`joined_source_clause` reads them)
    named = [
        m for m in doc.entities
        if marker.end() <= m["start"] and m["end"] <= hi and m["type"] in ("PER", "ORG")
    ]  # fmt: skip
    if not named or not names_only(doc, marker.end(), hi):
        return None
    tail = folded[max(m["end"] for m in named) : hi].split()
    if not all(bare(w).startswith("ال") for w in tail):
        # adjectives only («… الإيطالية»); «وفقا لاستطلاع أجرته رويترز لآراء الاقتصاديين»:
        # whom the poll asked goes on, the clause is no one's words
        return None
    lead = folded[marker.end() : named[0]["start"]]
    if not (report_of_named_kind(lead) or opens_with_outlet_kind(lead) or report_made_by(lead)):
        return None
    return hi


SOURCE_AFTER_CLAUSE_MARKERS = frozenset({"بحسب", "حسب", "وفق", "وفقا", "وفقاً", "وفقًا"})
_SOURCE_AFTER_CLAUSE_END = re.compile(r"[،,]|[.!؟](?=\s|$)|\n")


def source_after_its_clause(
    doc: Document, folded: str, marker: re.Match, s: int, e: int
) -> int | None:
    """Where the source ends when an Arabic «بحسب/حسب/وفق» follows its clause with no comma
    before it and the source closes the sentence, or a comma and a new clause follow it («…
    بصفقة قاربت الـ10 ملايين يورو حسب تقارير فرنسية، ويعتبر …», «… 300 عاملة منزلية بحسب
    السفير البنجلاديشي لدى المملكة!»;
    quotes_dev84ar.tsv, quotes_dev82ar.tsv): the source opens with a report's, outlet's or
    unnamed source's noun or a role word, so «حسب العقود المتفق عليها» (an agreement) and «حسب
    مصلحة العمل» (a body's name read in "the work's interest") cite no one; else None. A
    recognised name alone is `named_source_closing_clause`'s, read with its own checks."""
    if doc.lang != "ar" or folded[marker.start() - 2 : marker.start()].strip() in {"،", ","}:
        return None
    word = plain_word(fold_same_length(marker.group().split()[0])).removeprefix("و")
    markers = {plain_word(fold_same_length(w)) for w in SOURCE_AFTER_CLAUSE_MARKERS}
    if word not in markers or word_count(doc.text[s : marker.start()]) <= MIN_QUOTE_WORDS:
        return None
    closing = _SOURCE_AFTER_CLAUSE_END.search(folded, marker.end(), e + 1)
    hi = closing.start() if closing else e
    if hi - marker.end() > SOURCE_NAME_CHARS or not folded[marker.end() : hi].strip():
        return None
    if folded[hi : hi + 1] in {"،", ","} and not new_clause_after(folded, hi + 1):
        return None  # the marker stands inside its sentence and governs what follows
    first = re.compile(r"\s*(?:ل(?!ل))?").match(folded, marker.end()).end()
    head = bare(folded[first:hi].split()[0]).removeprefix("ال")
    heads = {
        bare(fold_same_length(w)).removeprefix("ال")
        for w in [
            *word_set("REPORT_NOUNS_50AR", "ar"),
            *word_set("OUTLET_WORDS_50AR", "ar"),
            *word_set("MEMBER_SOURCES", "ar"),
            *Q.SOURCE_HEADS_AFTER_CLAUSE_AR,
        ]
    }
    return hi if head in heads or starts_role(folded, first, "ar") else None


OUTLET_LEAD_WORDS = 3  # «الموقع الإلكتروني لمؤسسة»: the kind, an adjective and the body's


def opens_with_outlet_kind(words: str) -> bool:
    """Whether the Arabic words before a cited name open with an outlet's kind («صحيفة»,
    «الموقع الإلكتروني ل»): the outlet speaks, as «بحسب صحيفة دايلي ميل» does."""
    found = [bare(w).removeprefix("ل").removeprefix("ال") for w in words.strip(' ـ«"“').split()]
    outlets = {bare(w) for w in word_set("OUTLET_WORDS_50AR", "ar")}
    return 0 < len(found) <= OUTLET_LEAD_WORDS and found[0] in outlets


def report_made_by(words: str) -> bool:
    """Whether the Arabic words before a cited name are a report and the verb of who made it
    («لنتائج مسح أجرته», «دراسة أعدتها»): the maker speaks through its report."""
    found = [bare(w).removeprefix("ل") for w in words.split()]
    if found and found[0] in word_set("REPORT_RESULT_NOUNS_53AR", "ar"):
        found = found[1:]  # «نتائج مسح»: the survey's results
    return (
        len(found) == 2
        and found[0] in word_set("REPORT_NOUNS_50AR", "ar")
        and found[1] in issuing_words()
    )


def reported_by_after(doc: Document, folded: str, s: int, at: int, lo: int, hi: int) -> bool:
    """Whether an Arabic source marker inside a sentence, after its clause («…، وفق ما قال
    مسؤولون وشهود.», «… حسبما نقلت مصادر عسكرية.», «… بحسب ما أكده مسؤول …،»;
    quotes_dev44.tsv), is «ما» and a speech verb with its subject, up to a comma or the
    sentence's end: a verb makes it a source, not «حسب الخطة»."""
    if doc.lang != "ar" or not folded[s:at].strip() or hi - lo > REPORTED_BY_CHARS:
        return False
    # after its comma a new clause or a participle of the source's; «وتعود تفاصيل العملية
    # وفقا لما ذكره مدير …، عندما استقبل …» goes on with what the source said
    comma = folded[hi : hi + 1] in {"،", ","}
    participle = cue_pattern("ar").match(folded, re.compile(r"\s*").match(folded, hi + 1).end())
    if comma and not (new_clause_after(folded, hi + 1) or participle):
        return False
    return as_reported_by(doc, folded, lo, hi) is not None


@cache
def reported_verb_pattern() -> re.Pattern:
    """An Arabic speech verb after «ما», with an object pronoun («ما أكده») or a verb of
    reporting (`REPORTED_AFTER_WHAT`: «حسبما نقلت مصادر عسكرية»)."""
    verbs = [*Q.SPEECH_CUES["ar"], *Q.REPORTED_AFTER_WHAT["ar"]]
    return re.compile(
        rf"(?:و|ف)?(?P<cue>{voweled_alternatives(verbs)})(?:ه|ها)?(?![\w])", re.IGNORECASE
    )


def unnamed_report(doc: Document, folded: str, marker: re.Match, lo: int, hi: int) -> bool:
    """Whether a Persian «بر اساس گزارش …» («according to the report …») names no source the
    recogniser found nor a Latin-letter name («بر اساس گزارش ارائه شده،»): the report is
    the article's, not someone's words."""
    return (
        doc.lang == "fa"
        and folded[marker.start() : marker.end()].strip() == fold_same_length("بر اساس گزارش")
        and not _LATIN_NAME.search(doc.text, lo, hi)
        and not speaker_in(doc, lo, hi, prefer_first=True, source=True)
    )


def as_reported_by(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """The subject of the speech verb after an Arabic «حسبما»/«بحسب ما» («…، حسبما أفاد
    مسؤولون أمس», «حسبما قال مسؤول في الشركة الهندية لوكالة الصحافة الفرنسية»): a name
    opening it, else an unnamed source with the body it belongs to, else the subject as
    written; never whom it was told. None when no verb follows «ما»."""
    opening = re.match(r"\s*ما\s*", folded[lo:hi]) if doc.lang == "ar" else None
    cue = opening and reported_verb_pattern().match(folded, lo + opening.end())
    if not cue or cue.start("cue") != cue.start():
        return None
    words = list(re.finditer(r"\S+", folded[cue.end() : hi]))
    named = [m for m in doc.entities if words and m["start"] == cue.end() + words[0].start()]
    if named and named[0]["type"] in ("PER", "ORG"):
        return mention_speaker(doc, named[0])
    joining = word_set("SOURCE_JOINING", "ar")
    if len(words) > 2 and bare(words[0].group()) in word_set("MEMBER_SOURCES", "ar"):
        at = 1 if bare(words[1].group()) in joining else 2
        if at < len(words) - 1 and bare(words[at].group()) in joining:
            end = source_body(doc, folded, cue.end(), words[at + 1 :])
            if end:
                end = place_complement_end(doc, end)
                return Speaker(None, doc.text[cue.end() + words[0].start() : end], role=True)
    written = written_subject(doc.text, folded, cue.end(), hi, "ar", True)
    words = (written or "").split()
    participles = word_set("PARTICIPLES", "ar")
    kept = next(
        (words[:k] for k, w in enumerate(words) if plain_word(fold_same_length(w)) in participles),
        words,
    )
    # «بحسب ما قال المصدر مشيرا الى …»: the participle opens the source's next words
    return Speaker(None, " ".join(kept), role=True) if kept else None


_BEHIND_CHANNEL_58AR = re.compile(r"\s(?:نقلا\s+|نقلاً\s+)?عن\s+(?P<source>\S.*)$")


def behind_channel_58ar(reported: Speaker) -> Speaker:
    """A source written as a channel and the one it heard from («بحسب ما نقلت مواقع محلية أردنية
    عن شهود عيان فإن»): the one behind the channel speaks, as the labels have it («بحسب ما نشر
    موقع X نقلاً عن Y» is Y's; quotes_dev56ar.md)."""
    behind = _BEHIND_CHANNEL_58AR.search(reported.text or "") if not reported.entity else None
    return replace(reported, text=behind.group("source")) if behind else reported


def named_source_ending(doc: Document, folded: str, lo: int, hi: int) -> bool:
    """Whether an Arabic source marker with no comma before it ends its sentence with a name
    the recogniser found and nothing after it («… هذا الشهر وفقا لـ«تومسون رويترز».»): the
    source of the clause before, as after a comma."""
    if doc.lang != "ar" or not re.match(r"\s*[.!?؟]?\s*$", folded[hi : hi + 2] or ""):
        return False
    inside = [x for x in doc.entities if lo <= x["start"] and x["end"] <= hi]
    return (
        bool(inside)
        and report_of_named_kind(folded[lo : inside[0]["start"]])  # not «حسب طلب الجهاز …»
        and not folded[inside[-1]["end"] : hi].strip(' »"”.')
    )


def report_of_named_kind(words: str) -> bool:
    """Whether the Arabic words between a source marker and the name it cites are nothing, or
    a report's noun and the name's kind («بحسب تقييم شركة SocialBakers.»; quotes_dev49.tsv):
    the report speaks for the one named, as «بيان للوزارة» does; a request («حسب طلب الجهاز»)
    or anything else keeps the marker from being a source."""
    found = [bare(w).removeprefix("ل") for w in words.strip(' ـ«"“').split()]
    if not found:
        return True
    kinds = word_set("ORGANIZATION_WORDS", "ar")
    return (
        len(found) <= 2
        and found[0] in word_set("REPORT_NOUNS_50AR", "ar")
        and all(w in kinds for w in found[1:])
    )


def new_clause_after(folded: str, at: int) -> bool:
    """Whether an Arabic clause begins at `at`, after a source marker's comma («…، حسب مجلة
    فوربز، كما …»): a conjunction opens it. Otherwise the marker stands inside its sentence
    («ويدعى "شاهر الجهني"، وفقاً لصحيفة "مكة"، صادف …») and governs all of it."""
    word = folded[at : at + 30].split()[:1]
    openers = {fold_same_length(w) for w in Q.CLAUSE_OPENING_WORDS}
    return bool(word) and (bare(word[0]) in openers or word[0].startswith("و"))


def kind_and_name(doc: Document, folded: str, lo: int, mention: dict) -> str:
    """A source's name with the kind word written just before it («مجلة فوربز», «صحيفة
    الرياض»): the organization as the article names it."""
    kind = folded[lo : mention["start"]].strip(' «»"“”')
    if kind and kind in word_set("ORGANIZATION_WORDS", doc.lang):
        return doc.text[lo : mention["end"]]
    return mention["text"]


NAME_TAIL_WORDS = 3  # "…، بحسب وكالة الأنباء السعودية الرسمية.": words after the name


def names_only(doc: Document, lo: int, hi: int) -> bool:
    """Whether [lo, hi), after a source marker, is the source and nothing more ("…، بحسب
    وزارة الصحة."), not a named source with a clause going on after it ("…، به ادعای آمریکا
    از حالت رزمی به حالت مستشاری تغییر وضعیت پیدا کرد": what America claims is what
    follows). A source without a recognised name ("according to the bankruptcy filing of
    its chief executive") is taken as it stands."""
    inside = [m for m in doc.entities if lo <= m["start"] and m["end"] <= hi]
    return not inside or word_count(doc.text[inside[-1]["end"] : hi]) <= NAME_TAIL_WORDS


def speaker_in(
    doc: Document,
    lo: int,
    hi: int,
    prefer_first: bool,
    source: bool = False,
    subject_slot: bool = False,
) -> dict | None:
    """The person (else organization) mentioned inside [lo, hi), first or last; not one who
    is told ("أكد … لوكالة فرانس برس", "قالت … لـ«الحياة»") unless [lo, hi) names a source
    ("بحسب حصيلة لوكالة فرانس برس": the agency's count); in a speech verb's subject slot
    (`subject_slot`), not the source it cites («وشدد رئيس الوزراء بحسب سكاي نيوز على أن»)."""
    inside = [
        m
        for m in doc.entities
        if lo <= m["start"]
        and m["end"] <= hi
        and (source or not is_addressee(doc, m))
        and (source or prefer_first or not object_of_preposition(doc, m))
        and (source or not prefer_first or m["type"] != "ORG" or not opens_with_place(doc, lo))
        and (source or m["type"] != "ORG" or not is_platform(doc, m))
        and not met_after(doc, m)
        and not headed_by(doc, m)
        and not (prefer_first and construct_complement(doc, lo, m))
        and not (subject_slot and after_source_marker(doc, m))
    ]
    for kind in ("PER", "ORG"):
        of_kind = [m for m in inside if m["type"] == kind]
        if of_kind:
            return of_kind[0] if prefer_first else of_kind[-1]
    return None


def headed_by(doc: Document, mention: dict) -> bool:
    """Whether an Arabic name follows «برئاسة» or «بقيادة» («أكد مجلس إدارة اتحاد كرة القدم
    المصري برئاسة جمال علام، أنه …»; quotes_dev44.tsv): who heads the body that speaks, not
    the speaker."""
    if doc.lang != "ar":
        return False
    before = doc.text[max(0, mention["start"] - 12) : mention["start"]].split()
    return bool(before) and bare(fold_same_length(before[-1])) in word_set("HEADED_BY", "ar")


def after_source_marker(doc: Document, mention: dict) -> bool:
    """Whether a mention is the source a clause cites, right after a source marker inside it
    («وشدد رئيس الوزراء اليمني بحسب سكاي نيوز على أن …», «وقالت الوكالة نقلا عن مسؤولين …»):
    the outlet reporting the words, never the subject of the clause's own speech verb."""
    pattern = source_pattern(doc.lang)
    if pattern is None or doc.lang != "ar":  # Persian «X به نقل از Y گفت»: Y speaks
        return False
    before = fold_same_length(doc.text[max(0, mention["start"] - 16) : mention["start"]])
    before = before.rstrip(' «"“”')
    return any(m.end() == len(before) for m in pattern.finditer(before))


def met_after(doc: Document, mention: dict) -> bool:
    """Whether a person stands right after a meeting noun with the host's pronoun («لدى لقائه
    عادل بن أحمد الجبير»): the one met, not the one who speaks."""
    before = doc.text[max(0, mention["start"] - 20) : mention["start"]].split()
    return (
        mention["type"] == "PER"
        and bool(before)
        and bare(fold_same_length(before[-1])) in word_set("MET_AFTER", doc.lang)
    )


def object_of_preposition(doc: Document, mention: dict) -> bool:
    """Whether an Arabic name before a cue is the object of a preposition («بعد قتال عنيف مع
    الحوثيين، وأكدت أنه»): not the verb's subject. Not «عن» or «من»: «نقلت … عن فلان قوله»,
    «مسؤول من الوزارة» name who speaks."""
    if doc.lang != "ar":
        return False
    before = doc.text[max(0, mention["start"] - 20) : mention["start"]].split()
    return bool(before) and bare(fold_same_length(before[-1])) in word_set(
        "OBJECT_PREPOSITIONS", "ar"
    )


def is_platform(doc: Document, mention: dict) -> bool:
    """Whether an Arabic organization is where something was written («وكتب ريفلين على صفحته
    على موقع فيسبوك», «وقال الاتحاد العماني على تويتر»): after «على» or «عبر», or a word for a
    site, account or page (with «في» after it); the platform, never the speaker."""
    if doc.lang != "ar":
        return False
    before = [
        plain_word(w)
        for w in fold_same_length(
            doc.text[max(0, mention["start"] - 30) : mention["start"]]
        ).split()
    ]
    before = [w for w in before if w]  # «في موقع "تويتر"»: the mark is no word
    sites = word_set("PLATFORM_WORDS", "ar")
    if before and before[-1] == fold_same_length("في"):  # «مسؤول في وزارة …» speaks
        return len(before) > 1 and before[-2] in sites  # «حسابه في تويتر»
    return bool(before) and before[-1] in sites | word_set("PLATFORM_PREPOSITIONS", "ar")


def opens_with_place(doc: Document, lo: int) -> bool:
    """Whether an Arabic subject slot after a verb opens with where it was said («فكتب على
    صفحته … على موقع التواصل الاجتماعي تويتر»): an organization in it is the platform."""
    first = doc.text[lo : lo + 30].split()[:1]
    return doc.lang == "ar" and bool(first) and bare(first[0]) in Q.PLACE_PREPOSITIONS


def is_addressee(doc: Document, mention: dict) -> bool:
    """Whether an Arabic mention is the one told: after a separate لـ ("لـ«عكاظ»") or with
    ل attached to an organization word ("لوكالة فرانس برس", "لصحيفة الحياة")."""
    if doc.lang != "ar":
        return False
    before = doc.text[max(0, mention["start"] - 8) : mention["start"]].rstrip(' «"“”')
    before = re.sub("ـ+", "ـ", before)  # «قال مصدر مسؤول لــ "سبق" إن» (snn-2015-08-02-01237)
    if before.endswith("لـ") or before.endswith(" ل"):
        return True
    # «لشبكة "سي إن إن"», «لصحيفة «الحياة»»: the organization word with ل before the marks
    window = doc.text[max(0, mention["start"] - 24) : mention["start"]]
    words = [w for w in window.split() if w.strip('«"“”')]
    word = fold_same_length(words[-1]).strip('«"“”') if words else ""
    marked = doc.text[max(0, mention["start"] - 2) : mention["start"]].strip()[-1:] in '«"“'
    if marked and word.startswith("ل") and word[1:] in word_set("ORGANIZATION_WORDS", "ar"):
        return True
    first = fold_same_length(mention["text"].split()[0]) if mention["text"].split() else ""
    if first.startswith("ل") and first[1:] in word_set("ORGANIZATION_WORDS", "ar"):
        return True
    return bracketed_after_addressee_62(doc, mention)


def bracketed_after_addressee_62(doc: Document, mention: dict) -> bool:
    """Whether an Arabic mention in brackets right after an organization that is told is that
    organization's short name («وقالت مصادر أثرية في الأقصر، لوكالة الأنباء الألمانية
    (د.ب.أ)، إن»; quotes_dev62ar.tsv): the one told too, not the speaker."""
    opening = re.search(r"\(\s*$", doc.text[max(0, mention["start"] - 3) : mention["start"]])
    if opening is None:
        return False
    at = mention["start"] - len(opening.group(0))
    told = [
        m
        for m in doc.entities
        if m["type"] == "ORG" and 0 <= at - m["end"] <= 1 and not doc.text[m["end"] : at].strip()
    ]
    return any(is_addressee(doc, m) for m in told)


CONTINUE = Speaker(None, None)  # the subject refers back: the last speaker speaks again


def speaker_for_cue(doc: Document, folded: str, found: Found, last: Speaker) -> Speaker:
    """Who a cue's clause names: after the verb (Arabic), else before it; else the last."""
    assert found.cue_start is not None and found.cue_end is not None
    if doc.lang not in Q.SUBJECT_BY_PARTS:
        return speaker_for_cue_legacy(doc, folded, found, last)
    lo = clause_start(doc.text, folded, found.cue_start)
    cue_at = found.cue_start
    if doc.lang == "fa":
        lo = after_digest_headline(folded, lo, cue_at)
    if doc.lang == "ar" and folded[cue_at - 1 : cue_at] in {"و", "ف"} and cue_at - 1 >= lo:
        cue_at -= 1  # "وأضاف": the conjunction is not a subject
    subject_after = doc.lang == "ar" if found.subject_after is None else found.subject_after
    regions = (
        [(found.cue_end, found.start, True)]
        if found.start > found.cue_end and (subject_after or doc.lang != "fa")
        else []
    )
    regions.insert(0 if subject_after else len(regions), (lo, cue_at, False))
    if subject_after:
        regions.reverse()
    embedded = subject_of_that_clause(doc, folded, lo, cue_at) if doc.lang == "fa" else None
    if embedded is not None:
        return embedded
    before_marks = subject_before_marked_words(doc, folded, lo, cue_at)
    if before_marks is not None:
        return before_marks
    outlet = marked_outlet_subject(doc, folded, lo, cue_at) or outlet_named_in_marks_before(
        doc, folded, lo, cue_at
    )
    if outlet is not None:
        return outlet
    if two_sides_speak(doc, folded, found):
        return Speaker(None, None)  # «دو طرف … اعلام کردند»: two people, no one speaker
    for region_lo, region_hi, after in regions:
        speaker = subject_in(doc, folded, region_lo, region_hi, after)
        if not after and in_adverbial_with_pronoun(doc, folded, region_lo, region_hi):
            speaker = CONTINUE  # «در ادامه نشست خبری وی در خصوص … بوریرام … گفت»: he speaks
        person = apposed_person_before(doc, folded, region_lo, speaker) if not after else None
        if person:
            return mention_speaker(doc, person)
        if speaker is CONTINUE and outlet_after_person(doc, folded, region_lo, last):
            return Speaker(None, None)  # «اين خبرگزاري … نوشت» after a person: not that person
        body = (
            this_body_taken_up(doc, folded, region_lo, region_hi, last)
            if speaker is CONTINUE
            else None
        )
        if body is not None:
            return body  # «اين مركز تحقيقاتي … تاكيد كرد» after an agency: the centre
        too = role_speaking_too(doc, folded, region_lo, region_hi) if not after else None
        if speaker is CONTINUE and doc.lang == "fa" and too is not None:
            return too  # «همچنين در اين جلسه نماينده مردم … نيز گفت»: not the last speaker
        if speaker is CONTINUE:
            resolved = (
                person_for_pronoun(doc, folded, region_lo, last)
                or narrated_person(doc, folded, region_lo, last)
                or person_of_paragraph_before(doc, folded, region_lo, last)
                or last
            )
            source = None if resolved.text else described_source(doc, folded, region_lo, region_hi)
            return source or resolved  # «اين منبع آگاه عراقي اضافه كرد», no one spoke before
        if (
            speaker is not None
            and speaker.role
            and holds_role(speaker.text or "", last, doc)
            and not says_also(doc.lang, folded, region_lo, region_hi)
        ):
            if not last.entity:  # a name the recogniser missed: the role stands for it
                return Speaker(None, last.text)
            if runs_over_object(speaker.text, doc.lang):
                return Speaker(last.entity, last.text)  # «رئیس … علت این حادثه را … و گفت»
            return Speaker(last.entity, speaker.text)  # "دادستان بندرعباس تصریح کرد"
        if speaker is not None:
            return speaker
    too = role_speaking_too(doc, folded, lo, cue_at) if doc.lang == "fa" else None
    return too or last


def role_speaking_too(doc: Document, folded: str, lo: int, cue_at: int) -> Speaker | None:
    """A Persian subject slot no reading resolved that names a role or «یکی از …» and says it
    speaks too («مدیر عامل شرکت آب و فاضلاب روستایی استان بوشهر نیز با اشاره به … گفت»,
    «همچنين در اين جلسه نماينده مردم بيله‌سوار و پارس‌آباد در مجلس نيز گفت»; quotes_dev35.tsv,
    quotes_dev72fa.tsv, quotes_dev84fa.tsv): that role as written, someone beside the last
    speaker (a holder named next is found later, `named_after_role`); else None."""
    if doc.lang != "fa":
        return None
    start = lo
    while folded[start:cue_at].strip():
        start += len(folded[start:cue_at]) - len(folded[start:cue_at].lstrip())
        opener = next(
            (
                w
                for w in sorted(word_set("SLOT_OPENERS_BEFORE_ROLE", "fa"), key=len, reverse=True)
                if folded.startswith(w, start)
                and not folded[start + len(w) : start + len(w) + 1].isalnum()
            ),
            None,
        )
        if opener is None:
            break
        start += len(opener)
    start += len(folded[start:cue_at]) - len(folded[start:cue_at].lstrip())
    found = also_word_in_slot(doc.lang, folded, start, cue_at)
    if found is None or not says_also(doc.lang, folded, start, cue_at):
        return None
    phrase = doc.text[start : start + found.start()].strip()
    one_of = any(
        fold_same_length(phrase).startswith(w + " ") for w in word_set("ONE_OF_WORDS", "fa")
    )
    if not phrase or not (one_of or starts_role(folded, start, "fa")):
        return None
    return Speaker(None, phrase, role=True)


_MARKED_OUTLET = re.compile(
    r"\s*\S+\s+(?:احدی\s+)?(?P<kind>\S+)(?:\s+[^\s«\"“]+){0,2}?\s*[«\"“]"
    r"(?P<name>[^«»\"“”″\n]{2,40})[»\"”″]"
)


def marked_outlet_after_verb(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """An outlet the recogniser missed, written after the verb opening an Arabic sentence as
    its kind and its name in marks («كشفت إحدى الصحف اليونانية “sport24″ عن …»; the look of
    session 66 at snn-2015-08-01-00000): the name in marks; else None."""
    m = _MARKED_OUTLET.match(folded, lo, hi)
    if not m:
        return None
    kind = strip_article(bare(m.group("kind")))
    kinds = word_set("OUTLET_WORDS_50AR", "ar") | {fold_same_length("صحف")}
    if kind not in kinds:
        return None
    return Speaker(None, doc.text[m.start("name") : m.end("name")].strip())


def subject_shared_by_clause_word(doc: Document, folded: str, found: Found) -> Speaker | None:
    """The subject of an Arabic sentence's opening verb, for a speech verb right after «حيث»
    or «إذ» that writes no subject of its own («تغنت صحيفة “torcedores” بالهدف … في مرمى النصر
    … حيث قالت إن»; `SUBJECT_SHARING_CONJUNCTIONS`): the clause goes on with the sentence's
    subject, when the verb can take it. None when no such subject is recognised."""
    assert found.cue_start is not None and found.cue_end is not None
    if doc.lang != "ar":
        return None
    before = folded[max(0, found.cue_start - 8) : found.cue_start].split()
    if not before or bare(before[-1]) not in word_set("SUBJECT_SHARING_CONJUNCTIONS", "ar"):
        return None
    that = that_pattern("ar")
    written = [
        w
        for w in re.findall(r"[^\s،,:«»\"“”]+", folded[found.cue_end : found.start])
        if not (that and that.fullmatch(w)) and w not in word_set("PREPOSITIONS", "ar")
    ]
    if written:
        return None  # «حيث أكد البلوي أن»: the subject is written
    lo = sentence_start(doc.text, found.cue_start, reach=MAX_QUOTE_CHARS)
    subject = own_sentence_subject(doc, folded, found.cue_start) or marked_outlet_after_verb(
        doc, folded, lo, found.cue_start
    )
    verb = verb_agreement(doc.text[found.cue_start : found.cue_end])
    if subject is None or not subject.text or verb is None:
        return None
    for mention in doc.entities:
        if lo <= mention["start"] < found.cue_start and mention["text"] == subject.text:
            apposed = name_apposed_to_role(doc, folded, mention)
            if apposed:
                return Speaker(None, apposed)  # «أعلن رئيس حزب …، دولت بهتشلي، …، إذ قال إن»
            break
    return subject if speaker_agreement_47(doc, subject) in (None, verb) else None


CLOSING_TO_OPENING = {'"': '"', "»": "«", "”": "“"}


def marked_outlet_subject(doc: Document, folded: str, lo: int, cue_at: int) -> Speaker | None:
    """A Persian subject slot that is an outlet's kind and its name in marks, then at most an
    also-word, a time or «در گزارشی» (`MARKED_OUTLET_KINDS`, `AFTER_MARKED_OUTLET`; «سایت «وطن»
    همچنین نوشته است که»; quotes_dev82fa.tsv): that outlet as written, never the last speaker
    (the name in marks is often no recognised name). None for any other slot."""
    slot = marked_outlet_pattern().match(folded, lo, cue_at) if doc.lang == "fa" else None
    if slot is None:
        return None
    rest = folded[slot.end() : cue_at].split()
    if any(w not in word_set("AFTER_MARKED_OUTLET", "fa") for w in rest):
        return None
    start, end = trimmed(doc.text, slot.start(), slot.end(), ' \t\n.،,:»”"')[0], slot.end()
    inside = [m for m in doc.entities if start <= m["start"] and m["end"] <= end]
    return Speaker(inside[0]["entity"] if inside else None, doc.text[start:end])


def outlet_named_in_marks_before(
    doc: Document, folded: str, lo: int, cue_at: int
) -> Speaker | None:
    """A Persian subject slot that opens with the bare name of an outlet the article named
    before with its kind and the name in marks, then at most an also-word, a time or «در ادامه
    خبر خود» («سايت اينترنتي «ميدل ايست آن لاين» … نوشت», then «ميدل ايست آن لاين در ادامه
    خبر خود مي افزايد»; quotes_dev80fa.tsv): that outlet, not the person its report quoted."""
    if doc.lang != "fa":
        return None
    names = {
        m.group("name").strip()
        for m in named_outlet_pattern().finditer(folded, 0, lo)
        if len(m.group("name").strip()) > 2
    }
    at = lo + len(folded[lo:cue_at]) - len(folded[lo:cue_at].lstrip())
    for name in sorted(names, key=len, reverse=True):
        end = at + len(name)
        if not folded.startswith(name, at) or folded[end : end + 1].isalnum():
            continue
        if all(w in word_set("AFTER_MARKED_OUTLET", "fa") for w in folded[end:cue_at].split()):
            return Speaker(None, doc.text[at:end])
    return None


def last_outlet_named_in_marks(doc: Document, folded: str, at: int) -> str | None:
    """The name of the last outlet a Persian article names before `at` with its kind and the
    name in marks («سايت اينترنتي «ميدل ايست آن لاين»»), as written; None if there is none."""
    found = list(named_outlet_pattern().finditer(folded, 0, at))
    return doc.text[found[-1].start("name") : found[-1].end("name")].strip() if found else None


@cache
def named_outlet_pattern() -> re.Pattern:
    """A Persian outlet's kind word, at most two words, then its name in marks (group «name»)."""
    kinds = alternatives(Q.MARKED_OUTLET_KINDS["fa"])
    return re.compile(rf"(?:{kinds})(?:\s+\w+){{0,2}}?\s*[«\"“](?P<name>[^«»\"“”\n]{{1,40}})[»\"”]")


@cache
def marked_outlet_pattern() -> re.Pattern:
    """A Persian outlet's kind word, at most two words (an adjective), then a name in marks."""
    kinds = alternatives(Q.MARKED_OUTLET_KINDS["fa"])
    return re.compile(rf"[\s»”\"]*(?:{kinds})(?:\s+\w+){{0,2}}?\s*[«\"“][^«»\"“”\n]{{1,40}}[»\"”]")


def subject_before_marked_words(doc: Document, folded: str, lo: int, cue_at: int) -> Speaker | None:
    """The subject of a Persian sentence whose cue comes right after words it sets in marks
    inside the subject slot («هوشنگ نصیرزاده در گفت و گو با … در مورد صحبت‌های حسین عسگری مبنی
    بر اینکه "…؟" گفت: …»; unlabelled Fars News, fars-13901108001169): the slot before the
    opening mark names the speaker, never the last person or speaker before the cue. None when
    words stand between the closing mark and the cue, or that slot names no one."""
    head = folded[:cue_at].rstrip()
    closing = head[-1:]
    if doc.lang != "fa" or closing not in CLOSING_TO_OPENING or lo < len(head) - 1:
        return None
    opening = folded.rfind(CLOSING_TO_OPENING[closing], 0, len(head) - 1)
    start = sentence_start(doc.text, opening) if opening > 0 else -1
    if start < 0 or opening - start < 3 or "\n" in folded[opening:cue_at]:
        return None
    speaker = subject_in(doc, folded, start, opening, False)
    if speaker is None or speaker is CONTINUE or not speaker.text:
        return None
    return speaker


_DIGEST_BULLET_48 = re.compile(r":\s*\*")  # «معاون استاندار ایلام: * …»: a digest's headline


def after_digest_headline(folded: str, lo: int, hi: int) -> int:
    """Where the subject of a Persian cue starts in a news digest's item, whose headline runs
    into its lead with no full stop («مدیرکل هواشناسی ایلام: * آسمان ایلام بارانی می‌شود
    مدیرکل هواشناسی ایلام گفت: …»; Fars News «مهم‌ترین رویدادهای استان», quotes_dev48b.tsv):
    the first role word after the bullet with no verb of the headline between it and the cue
    (`HEADLINE_VERBS_48`), else `lo` unchanged."""
    bullets = list(_DIGEST_BULLET_48.finditer(folded, lo, hi))
    if not bullets:
        return lo
    bullet = bullets[-1]
    verbs = word_set("HEADLINE_VERBS_48", "fa")
    words = list(re.finditer(r"\S+", folded[bullet.end() : hi]))
    for k, w in enumerate(words):
        at = bullet.end() + w.start()
        if starts_role(folded, at, "fa") and not any(bare(v.group()) in verbs for v in words[k:]):
            return at
    return lo


def outlet_after_person(doc: Document, folded: str, lo: int, last: Speaker) -> bool:
    """Whether a Persian subject «این» + a kind of outlet («اين خبرگزاري … نوشت», «این روزنامه»;
    `OUTLET_KINDS_47D` less «گزارش») that no outlet named before resolved would fall to the
    last speaker, a person (quotes_dev47d.tsv: «اين خبرگزاري» after «پيروز حسيني … به
    آسوشيتدپرس گفت», an agency the recogniser missed): an outlet is never a person, so no one."""
    if doc.lang != "fa" or not (last.entity or "").startswith("PER:"):
        return False
    words = folded[lo : lo + 40].split()
    kinds = word_set("OUTLET_KINDS_47D", "fa") - {"گزارش"}
    return len(words) > 1 and words[0] == "این" and bare(words[1]) in kinds


_PRONOUN_WORD_48C = re.compile(r"(?<!\S)وی(?!\S)")


def in_adverbial_with_pronoun(doc: Document, folded: str, lo: int, hi: int) -> bool:
    """Whether a Persian subject slot is an adverbial that opens with «در» and holds a possessive
    «وی» before any name («در ادامه نشست خبری وی در خصوص تغییرات در آینده بوریرام خبر داد و
    گفت»; quotes_dev48b.tsv): the slot has no subject, the one «وی» stands for speaks, not a
    body named later in the adverbial."""
    words = folded[lo:hi].split()
    if doc.lang != "fa" or len(words) < 3 or words[0] != "در" or "وی" not in words[2:]:
        return False
    at = lo + len(folded[lo:hi]) - len(folded[lo:hi].lstrip())
    pronoun = _PRONOUN_WORD_48C.search(folded, at, hi).start()  # «وی» as a word, not «ویژه»
    if re.search(r"[،,]", folded[at:pronoun]):
        return False  # «در این مراسم، وی گفت»: the pronoun is the subject after the adverbial
    return not any(at <= m["start"] < pronoun for m in doc.entities)


def two_sides_speak(doc: Document, folded: str, found: Found) -> bool:
    """Whether a Persian cue with a plural verb («اعلام کردند») has as its sentence's subject two
    parties together («دو طرف در این جلسه … اعلام کردند که»; `TWO_SIDES_48C`;
    quotes_dev48b.tsv): two people speak, no one of them, and no single speaker is given."""
    assert found.cue_start is not None and found.cue_end is not None
    if doc.lang != "fa" or not folded[found.cue_start : found.cue_end].rstrip().endswith("ند"):
        return False
    start = sentence_start(doc.text, found.cue_start)
    opening = " ".join(bare(w) for w in folded[start : found.cue_start].split()[:4])
    return any(
        opening == side or opening.startswith(side + " ")
        for side in word_set("TWO_SIDES_48C", "fa")
    )


def names_this_body_48c(text: str) -> bool:
    """Whether Persian words open with «این» and a kind of body («اين مركز تحقيقاتي», «این
    شرکت»; `BODY_KINDS_48C`)."""
    words = [bare(w) for w in fold_same_length(text).split()[:2]]
    return len(words) == 2 and words[0] == "این" and words[1] in word_set("BODY_KINDS_48C", "fa")


def this_body_taken_up(
    doc: Document, folded: str, lo: int, hi: int, last: Speaker
) -> Speaker | None:
    """The speaker of a Persian subject «این» + a kind of body («اين مركز تحقيقاتي در عين حال
    تاكيد كرد»; `BODY_KINDS_48C`) when the last speaker is not of that kind («به نقل از فرانس
    پرس» before it; quotes_dev48b.tsv): the nearest organization named before whose name holds
    the kind, else the body as written (up to `BODY_SUBJECT_ENDS_48C`), not the last speaker."""
    if doc.lang != "fa":
        return None
    if not names_this_body_48c(folded[lo:hi]):
        return None
    words = list(re.finditer(r"\S+", folded[lo:hi]))
    kind = bare(words[1].group())
    if kind in fold_same_length(last.text or ""):
        return None
    named = [
        m
        for m in doc.entities
        if m["type"] == "ORG" and m["end"] <= lo and kind in fold_same_length(m["text"]).split()
    ]
    if named:
        return mention_speaker(doc, max(named, key=lambda m: m["start"]))
    ends = word_set("BODY_SUBJECT_ENDS_48C", "fa")
    kept = list(itertools.takewhile(lambda w: bare(w.group()) not in ends, words[2:4]))
    end = lo + (kept[-1] if kept else words[1]).end()
    return Speaker(None, doc.text[lo + words[0].start() : end].strip('،,: «»"“”'))


def apposed_person_before(
    doc: Document, folded: str, lo: int, speaker: Speaker | None
) -> dict | None:
    """The person a Persian role subject is in apposition to when its clause was cut at the
    comma between them («… به نقل از روابط عمومي دانشگاه … در مراسم افتتاحيه اين كتابخانه
    عليرضا رهايي، رئيس دانشگاه صنعتي‌ اميركبير گفت»: the byline's first comma is the
    apposition's; quotes_dev46b.tsv): the person the recogniser found right before that
    comma, not the role as written."""
    if doc.lang != "fa" or speaker is None or not speaker.role or speaker.entity:
        return None
    while lo < len(folded) and folded[lo].isspace():
        lo += 1
    if not starts_role(folded, lo, doc.lang):
        return None
    before = folded[:lo].rstrip()
    if not before.endswith(("،", ",")):
        return None
    end = len(before[:-1].rstrip())
    person = next((m for m in doc.entities if m["type"] == "PER" and m["end"] == end), None)
    return None if person is None or quoted_source(folded, person["start"]) else person


def quoted_source(folded: str, at: int) -> bool:
    """Whether a name at `at` is the source a byline quotes («به نقل از آسوشيتد پرس، رئيس شركت
    نفت آرامكو … افزود»: an agency the recogniser read as a person; quotes_dev78fa.tsv), not
    a person a role after the comma stands beside."""
    before = folded[:at].rstrip()
    return any(before.endswith(fold_same_length(v)) for v in [*Q.VIA_SOURCE, *Q.BYLINES])


def runs_over_object(text: str | None, lang: str) -> bool:
    """Whether a Persian role read as a subject runs on over the object of a verb conjoined
    before the cue («رئیس جمعیت هلال‌احمر چایپاره علت این حادثه را … عنوان کرد و گفت»;
    quotes_dev39.tsv): the object marker «را» is among its words, so the role as written is
    no speaker's name; the person who holds it is named as the article named him."""
    return lang == "fa" and "را" in fold_same_length(text or "").split()


def opens_with_bare_pronoun(text: str | None) -> bool:
    """Whether a Persian written speaker opens with a pronoun no one is resolved for («آنها
    همیشه», "they always"; `BARE_PRONOUNS`): a piece of a sentence, not a speaker."""
    words = (text or "").split()
    return bool(words) and fold_same_length(words[0]) in {
        fold_same_length(p) for p in Q.BARE_PRONOUNS
    }


def subject_of_that_clause(doc: Document, folded: str, lo: int, cue_at: int) -> Speaker | None:
    """A Persian cue whose subject slot ends with «که» and one person's name alone («یک
    تناقض دیگر این بوده است که تلیس گفته …»; quotes_dev43b.tsv): that person speaks, not
    the sentence's head; None otherwise (a relative clause «X که … ،» has more words)."""
    that = that_pattern(doc.lang)
    opening = list(that.finditer(folded, lo, cue_at)) if that else []
    if not opening:
        return None
    start, end = trimmed(doc.text, opening[-1].end(), cue_at)
    people = [
        m for m in doc.entities if m["type"] == "PER" and m["start"] == start and m["end"] == end
    ]
    return (
        mention_speaker(doc, people[0])
        if people
        else name_before_role_after_that(doc, folded, start, end)
    )


def name_before_role_after_that(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """A Persian reported clause opening «که X Y، [role] گفته است» where the recogniser found
    no name in X Y («خبری بر روی سایت خود منتشر کرد که پیمان قربانی، معاون اقتصادی بانک مرکزی
    گفته است»: both words are common words; quotes_dev44b.tsv): X Y speaks, when its two or
    three words are no preposition, role, title, adverb, date or other entity, and the article
    writes its last word again opening a sentence or the name again."""
    comma = next((i for i in range(lo, hi) if folded[i] in "،,"), None)
    if comma is None or not starts_role(folded, comma + 1 + (folded[comma + 1] == " "), doc.lang):
        return None
    name = doc.text[lo:comma].strip()
    words = fold_same_length(name).split()
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    adverbs = word_set("SENTENCE_ADVERBS", doc.lang)
    if not 2 <= len(words) <= 3 or any(
        bare(w) in stops | adverbs | honorifics()
        or title_pattern(doc.lang).fullmatch(w)
        or is_date_word(w)
        or not w.isalpha()
        for w in words
    ):
        return None
    if starts_role(folded, lo, doc.lang) or any(lo <= m["start"] < comma for m in doc.entities):
        return None
    again = re.compile(rf"(?:^|\n|، ){re.escape(words[-1])}(?!\w)|{re.escape(' '.join(words))}")
    if not any(m.start() > hi or m.end() < lo for m in again.finditer(folded)):
        return None
    return Speaker(None, name)


PRONOUN_REACH = 400  # how far back a pronoun's person is looked for when an office spoke last


def person_for_pronoun(doc: Document, folded: str, at: int, last: Speaker) -> Speaker | None:
    """The person a Persian personal pronoun («وی», «او») stands for when the last speaker
    is an organization («به نقل از خبرگزاري قرآني ايران، … جعفري …» then «وي … توضيح داد»):
    the last person mentioned before it, not too far back; None otherwise."""
    pronoun = re.match(r"\s*(\w+)", folded[at:])
    if doc.lang != "fa" or not pronoun or pronoun.group(1) not in word_set("PERSON_PRONOUNS", "fa"):
        return None
    if (last.entity or "").startswith("PER:") or (
        last.text
        and not last.entity
        and not is_office(last, doc.lang)
        and not names_this_body_48c(last.text)  # «اين شركت»: a body, never «او»
    ):
        return None
    people = [
        m
        for m in doc.entities
        if m["type"] == "PER"
        and at - PRONOUN_REACH <= m["start"]
        and m["end"] <= at
        and not possessor_name_49fb(doc, folded, m)
    ]
    if people:
        return mention_speaker(doc, people[-1])
    return marked_name_with_role(doc, folded, at) or person_written_again_49(doc, folded, at)


def possessor_name_49fb(doc: Document, folded: str, mention: dict) -> bool:
    """Whether a Persian person's name follows a noun it possesses («دولت خاتمي», «دوران X»;
    `POSSESSED_BY_PERSON_49FB`): the government or time named after him, not him acting."""
    before = folded[max(0, mention["start"] - SOURCE_NAME_CHARS) : mention["start"]].split()
    return bool(before) and bare(before[-1]) in word_set("POSSESSED_BY_PERSON_49FB", doc.lang)


def person_written_again_49(doc: Document, folded: str, at: int) -> Speaker | None:
    """A person the recogniser found only later in the article, written as the same name in
    the sentences before a pronoun where it missed him («… جعفري كار نگارش جلد هفتم را در دست
    اقدام دارد. وي … توضيح داد», the surname a PER further on; quotes_dev49fa.tsv): the last
    one within reach; a name that is also a common word is left."""
    lo = max(0, at - PRONOUN_REACH)
    found: tuple[int, dict] | None = None
    for m in doc.entities:
        if m["type"] != "PER" or m["start"] < at or is_common(m["text"], doc.lang):
            continue
        written = re.escape(fold_same_length(m["text"]))
        for hit in re.finditer(rf"(?<!\w){written}(?!\w)", folded[lo:at]):
            if found is None or hit.start() > found[0]:
                found = (hit.start(), m)
    return mention_speaker(doc, found[1]) if found else None


MARKED_NAME_GAP = re.compile(r"[»\"”]\u200c?[\s،,]*")


def marked_name_with_role(doc: Document, folded: str, at: int) -> Speaker | None:
    """A Persian name in quote marks opening a sentence, a role right after it, that the
    recogniser took for a title or work (`MISC`: «پائولو اتوری»‌ سرمربی برزیلی این تیم …»,
    then «وی در این باره گفت»; quotes_dev45d.tsv): the person a pronoun with no person
    before it stands for, the last such name not too far back; None otherwise."""
    found = None
    for m in doc.entities:
        if m["type"] != "MISC" or not (at - PRONOUN_REACH <= m["start"] and m["end"] <= at):
            continue
        opening = doc.text[sentence_start(doc.text, m["start"]) : m["start"]].strip()
        gap = MARKED_NAME_GAP.match(doc.text, m["end"])
        if opening not in ("«", '"', "“") or not gap or not starts_role(folded, gap.end(), "fa"):
            continue
        found = Speaker(None, m["text"])
    return found


def is_office(speaker: Speaker, lang: str) -> bool:
    """Whether a written speaker is an organization or office («روابط عمومی …», «سازمان …»)."""
    folded = fold_same_length(speaker.text or "")
    return any(folded.startswith(w) for w in word_set("ORGANIZATION_WORDS", lang))


def also_word_in_slot(lang: str, folded: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first also-word of a subject slot (`ALSO_WORDS`; «هم» only as the slot's one
    free-standing «هم» with no «و», «بر» or «ادامه» before it, `ALSO_WORDS_ALONE`), matched in
    folded[lo:hi]."""
    also = "|".join(re.escape(w) for w in word_set("ALSO_WORDS", lang))
    found = re.search(rf"(?<!\w)(?:{also})(?!\w)", folded[lo:hi]) if also else None
    for alone in word_set("ALSO_WORDS_ALONE", lang):
        each = list(re.finditer(rf"(?<!\w){re.escape(alone)}(?!\w)", folded[lo:hi]))
        if len(each) != 1:
            continue
        before = folded[lo:hi][: each[0].start()].split()
        if before[-1:] == ["و"] or set(before) & word_set("ALSO_ALONE_NOT_AFTER", lang):
            continue
        if found is None or each[0].start() < found.start():
            found = each[0]
    return found


def says_also(lang: str, folded: str, lo: int, hi: int) -> bool:
    """Whether a subject slot says its speaker speaks too («فرماندار دنا نیز … اظهار کرد»:
    "the governor also said"): someone beside the last speaker, not the same person."""
    found = also_word_in_slot(lang, folded, lo, hi)
    if not found:
        return False
    # «مدیر عامل … در ارتباط با اقدامات … در شهر شبانکاره نیز گزارشی ارائه کرد»: "also" of
    # the topic (this town too), not of the speaker; nor the «نیز» of a clause a speech phrase
    # opens before the verb («مدیر … با اشاره به اینکه میزان منابع آبی سطحی استان نیز کاهش
    # … داشته است، گفت»: the water too; unlabelled Fars News)
    openers = word_set("TOPIC_OPENERS", lang) | word_set("CUES_NEEDING_THAT", lang)
    openers |= word_set("GOING_ON_WORDS_68FA", lang)  # «… همچنین از … ویولن نیز … گفت»
    about = [folded.find(w, lo, lo + found.start()) for w in openers]
    return not any(a >= 0 for a in about)


def holds_role(role: str, last: Speaker, doc: Document) -> bool:
    """Whether an unresolved role is the last speaker's: Persian news names a person, then
    refers to the same person by a definite role; an indefinite or plural role ("یکی از
    مقامات", "منابع") is someone else."""
    if doc.lang not in Q.ROLE_CONTINUES:
        return False
    if not (
        (last.entity or "").startswith("PER:")
        or written_person(last, doc.lang)
        or written_surname(last, doc.lang)
    ):
        return False
    if not last.spoke:
        return (
            False  # "دکتر «…»، رئیس دانشگاه، در دیدار با «علی چگنی» …": the one met is no speaker
        )
    first = fold_same_length(role.split()[0]) if role.split() else ""
    folded_role = fold_same_length(role)
    if any(folded_role.startswith(w) for w in word_set("ORGANIZATION_WORDS", doc.lang)):
        return False  # «روابط عمومی اداره کل …»: an office, not the person named near it
    own = word_set("OWN_COUNTRY_WORDS", doc.lang)
    if any(bare(w) in own for w in folded_role.split()):
        return False
    if doc.lang == "fa" and other_role_head(doc, last, first):
        return False
    if doc.lang == "fa" and met_with_role_49fb(doc, role, last):
        return False
    if doc.lang == "fa" and present_with_role_50fa(doc, role, last):
        return False
    if doc.lang == "fa" and channel_source_51fa(doc, last):
        return False
    if doc.lang == "fa" and reporting_outlet_54fa(doc, last):
        return False
    return first not in word_set("INDEFINITE_ROLES", doc.lang)


def reporting_outlet_54fa(doc: Document, last: Speaker) -> bool:
    """Whether the last Persian speaker is written right before an outlet's report verb or
    right after «به گزارش» («بلومبرگ گزارش داد: …»; `OUTLET_REPORT_VERBS_54FA`): an outlet,
    even when the recogniser took it for a person, so never the holder of a role speaking next
    («رئيس كل بانك مركزي آمريكا روز گذشته وعده داد»; quotes_dev49fa.tsv)."""
    if not last.text:
        return False
    folded, name = fold_same_length(doc.text), re.escape(fold_same_length(last.text))
    verbs = alternatives(Q.OUTLET_REPORT_VERBS_54FA["fa"])
    markers = alternatives(Q.OUTLET_REPORT_MARKERS_54FA["fa"])
    return (
        re.search(rf"(?<!\w){name}\s+(?:{verbs})(?!\w)", folded) is not None
        or re.search(rf"(?<!\w)(?:{markers})\s+{name}(?!\w)", folded) is not None
    )


def channel_source_51fa(doc: Document, last: Speaker) -> bool:
    """Whether the last Persian speaker, not a person the recogniser linked, is the source a
    byline channel named («به نقل از خانه ملت، …»; `BYLINE_CHANNELS_50FA`): an outlet or an
    office, never the holder of a person's role written next («رئیس کمیسیون اقتصادی مجلس …
    اظهار داشته»; quotes_dev51fa.tsv)."""
    if (last.entity or "").startswith("PER:") or not last.text:
        return False
    folded, name = fold_same_length(doc.text), re.escape(fold_same_length(last.text))
    markers = "|".join(re.escape(m) for m in word_set("BYLINE_CHANNELS_50FA", "fa"))
    return re.search(rf"(?<!\w)(?:{markers})\s+{name}(?!\w)", folded) is not None


def met_with_role_49fb(doc: Document, role: str, person: Speaker) -> bool:
    """Whether a Persian article first wrote a role right after «با», in a sentence naming
    `person` before it, as the one that person met or spoke with («محمد سعیدی کیا در دیدار با
    استاندار خراسان رضوی اظهار کرد» … «استاندار خراسان رضوی هم … گفت»; quotes_dev49fb.tsv):
    the role is someone else than that person. The one met may be named later and speak
    («توزمن … در ديدار با وزير مسكن» … «عبدالعلي زاده … اظهار داشت» … «وزير مسكن گفت»)."""
    folded = fold_same_length(doc.text)
    first = role_first_written_50fa(folded, role)
    if not first or not re.search(r"(?<!\w)با\s+$", folded[: first.start()]):
        return False
    lo = sentence_start(doc.text, first.start(), reach=MAX_QUOTE_CHARS)
    if person.entity:
        return any(
            m["entity"] == person.entity and lo <= m["start"] < first.start() for m in doc.entities
        )
    return bool(person.text) and fold_same_length(person.text) in folded[lo : first.start()]


def role_first_written_50fa(folded: str, role: str) -> re.Match | None:
    """Where a role as written (folded) first stands in the folded text, as whole words."""
    written = fold_same_length(role).strip()
    return re.search(rf"(?<!\w){re.escape(written)}(?!\w)", folded) if written else None


def present_with_role_50fa(doc: Document, role: str, person: Speaker) -> bool:
    """Whether a Persian article first wrote a role after «با حضور» in a sentence not naming
    `person` before it («طی مراسمی با حضور مدیرکل …، بخشدار مرکزی بویراحمد، اعضای شوراها …
    برگزار شد» … «برزو شجاعی … اظهار کرد» … «بخشدار مرکزی بویراحمد … گفت»; unlabelled Fars
    News, quotes50fa): one of those present, someone else than the person who spoke."""
    folded = fold_same_length(doc.text)
    first = role_first_written_50fa(folded, role)
    if not first:
        return False
    lo = sentence_start(doc.text, first.start(), reach=MAX_QUOTE_CHARS)
    if not any(fold_same_length(w) in folded[lo : first.start()] for w in Q.PRESENT_50FA["fa"]):
        return False
    if person.entity:
        named = [m["start"] for m in doc.entities if m["entity"] == person.entity]
    else:
        written_person = fold_same_length(person.text or "")
        named = (
            [m.start() for m in re.finditer(re.escape(written_person), folded)]
            if written_person
            else []
        )
    if not named or min(named) < first.start():
        return False  # the person was named before the list: not compared
    again = folded.find(first.group(), first.end())
    # «با حضور استاندار …» then «استاندار … اظهار کرد» then «محمد اسلامی افزود»
    # (quotes_dev42.tsv): the role spoke before the name came, so they are one man
    return not 0 <= again < min(named)


def other_role_head(doc: Document, last: Speaker, head: str) -> bool:
    """Whether the last speaker was brought in with a role of another head word than a role
    speaking now («محمد ظهير عظيمي، سخنگوي وزارت دفاع» then «رئيس پليس كابل گفت»;
    quotes_dev43b.tsv): the role is someone else's."""
    words: set[str] = set()
    folded = fold_same_length(doc.text)
    for m in doc.entities:
        if not last.entity or m.get("entity") != last.entity:
            continue
        at = m["end"] + 2
        if folded[m["end"] : at] not in {"، ", ", "} or not starts_role(folded, at, doc.lang):
            continue  # «X نماینده مردم …» with no comma often lists roles: not compared
        end = min([i for i in (folded.find(c, at) for c in "،,.:\n") if i >= 0] + [len(folded)])
        if any(p["type"] == "PER" and at <= p["start"] < end for p in doc.entities):
            continue  # «حجت الاسلام قمی، حجت الاسلام طاهری»: another person, no apposition
        words |= {bare(w) for w in folded[at:end].split()}
    return bool(words) and bare(head) not in words


def written_person(speaker: Speaker, lang: str) -> bool:
    """Whether a speaker is a person's name the recogniser missed ("علی‌اصغر حمزه‌لو", read
    by `written_name`): no entity, no role, two or three words, the first no common word."""
    words = (speaker.text or "").split()
    given = words[1] if len(words) > 2 and words[0] in Q.NAME_PREFIXES.get(lang, ()) else None
    return (
        not speaker.entity
        and not speaker.role
        and name_word_count(speaker.text or "") >= 2
        and len(words) <= 3
        and not is_common(given or words[0], lang)  # «سيد احمد علوي»
        and not is_fragment(speaker.text or "", lang)
    )


def written_surname(speaker: Speaker, lang: str) -> bool:
    """Whether a Persian speaker is one name word the recogniser missed, as Fars News writes a
    surname alone («خديمي با اعلام اين خبر افزود» … «وزير بازرگاني افغانستان تصريح كرد»;
    quotes_dev46b.tsv): no entity, no role, one word of three letters or more that is no
    common word, pronoun or fragment."""
    words = (speaker.text or "").split()
    # «و‌ی» is the pronoun «وی» written with a zero-width non-joiner (unlabelled Fars News)
    joined = bare(fold_same_length(words[0].replace("\u200c", ""))) if len(words) == 1 else ""
    return (
        lang == "fa"
        and not speaker.entity
        and not speaker.role
        and len(words) == 1
        and name_word_count(words[0]) == 1
        and len(joined) >= 3
        and joined not in {fold_same_length(p) for p in Q.BARE_PRONOUNS}
        and not is_common(words[0], lang)
        and not is_fragment(words[0], lang)
    )


def name_word_count(text: str) -> int:
    """How many words a written name has, two joined by a zero-width non-joiner counted apart
    («علي‌السميسم» is a given name and a surname; quotes_dev41.tsv) unless one of them is a
    letter alone («و‌ی» is the pronoun «وی»: one word)."""
    joined = fold_same_length(text).split()
    return len(joined) if all(len(w) >= 2 for w in joined) else len(text.split())


def role_of_organization(
    doc: Document, folded: str, lo: int, hi: int, organization: dict
) -> Speaker | None:
    """ "وقال المتحدث باسم وزارة الخارجية": a role word before the organization makes the
    speaker the role (its holder when named elsewhere), not the organization."""
    words = subject_words(folded, lo, hi, doc.lang, True)
    if not words or organization["start"] <= words[0][0] + 1:
        return None
    first = bare(folded[slice(*words[0])])
    if not starts_role(folded, words[0][0], doc.lang) or first in word_set(
        "ORGANIZATION_WORDS", doc.lang
    ):
        return None  # "قالت صحيفة الديلي ميل": the newspaper speaks
    if organization["start"] > words[-1][1]:
        return member_of(doc, folded, words[0], organization)
    return role_speaker(doc, folded, words)


MEMBER_GAP_WORDS = 6  # «موظف في ادارة المساعدة واعادة الاسكان في وزارة …»


def member_of(
    doc: Document, folded: str, role: tuple[int, int], organization: dict
) -> Speaker | None:
    """An indefinite Arabic role with «في»/«من» before an organization («وقال موظف في ادارة
    … في وزارة الشؤون الاجتماعية», «مسؤول في الوزارة»): one person of that body, not the body;
    the role as written up to the organization's name. None for a definite role or a gap with
    punctuation, quote marks or more words."""
    word = folded[slice(*role)]
    gap = folded[role[1] : organization["start"]]
    words = gap.split()
    if (
        doc.lang != "ar"
        or word.startswith("ال")
        or not words
        or bare(words[0]) not in {fold_same_length(w) for w in Q.MEMBER_PREPOSITIONS}
        or len(words) > MEMBER_GAP_WORDS
        or re.search(r"[،,.:«»\"“”]", gap)
        or any(told(w, doc.lang) for w in words)
    ):
        return None
    return Speaker(None, doc.text[role[0] : organization["end"]], role=True)


STATEMENT_REACH = 120  # «ونشرت الحكومة الصينية بيانا عبر موقعها الإلكتروني، أوضحت فيه»
STATEMENT_SUBJECT_WORDS = 8


def statement_issuer(doc: Document, folded: str, found: Found) -> Speaker | None:
    """The one who issued the statement an Arabic cue speaks in («أصدر البنك المركزي بيانا
    لاحقا قال فيه إنه», «ونشرت الحكومة الصينية بيانا …، أوضحت فيه أن»; quotes_dev45.tsv): the
    subject between the issuing verb and the statement noun, when «فيه» follows the cue."""
    assert found.cue_start is not None and found.cue_end is not None
    after = folded[found.cue_end : found.cue_end + 8].split()[:1]
    if not after or after[0] not in word_set("IN_IT", "ar"):
        return None
    lo = max(found.cue_start - STATEMENT_REACH, sentence_start(doc.text, found.cue_start))
    words = list(re.finditer(r"[\w\u064b-\u0652]+", folded[lo : found.cue_start]))
    verbs, nouns = word_set("STATEMENT_ISSUING", "ar"), word_set("STATEMENT_NOUNS", "ar")
    for k, verb in enumerate(words):
        if bare(verb.group()) not in verbs and verb.group()[1:] not in verbs:
            continue
        noun = next((j for j in range(k + 1, len(words)) if words[j].group() in nouns), None)
        if noun is None or noun - k - 1 > STATEMENT_SUBJECT_WORDS or noun == k + 1:
            return None
        s, e = lo + words[k + 1].start(), lo + words[noun - 1].end()
        mentions = [
            m
            for m in doc.entities
            if s <= m["start"] and m["end"] <= e and m["type"] in ("PER", "ORG")
        ]
        if mentions:
            return mention_speaker(doc, people_first(mentions)[0])
        written = doc.text[s:e]
        return None if is_fragment(written, "ar") else Speaker(None, written)
    return None


KANA_SUBJECT_WORDS = 12  # «وكان المتحدث باسم وزارة الداخلية، اللواء منصور التركي، قد أكد»
KANA_ROLE_WORDS = 3  # «وكان الوزير الفلبيني قال»: a short role with no name points back


def subject_after_kana(doc: Document, folded: str, found: Found) -> Found | None:
    """An Arabic cue whose subject stands between «كان» and the verb («وكان ائتلاف دولة
    القانون أعلن أول من أمس أنه …», «وكانت وزارة الداخلية قد أعلنت أن …»; quotes_dev45c.tsv):
    the clause read with «كان» as its verb and the words up to «قد» or the cue as the subject
    after it, so the time or object after the real verb («أول من أمس») is never the speaker;
    None when no subject stands there («وكان قد أكد الوزير …»), when it ends with a comma (the
    cue opens a clause of its own: «ابنته التي كانت مصابة بوعكة صحية، مشيرا»), or when it is
    a short role with no name in it, pointing back («وكان الوزير الفلبيني قال»: read as
    before)."""
    assert found.cue_start is not None
    if doc.lang != "ar":
        return None
    lo = clause_start(doc.text, folded, found.cue_start)
    kana = re.search(
        rf"(?<!\w)[وف]?({fold_same_length('كان')}ت?)\s+"
        rf"((?:[^\s.:]+\s+){{0,{KANA_SUBJECT_WORDS - 1}}}?[^\s.:]+)\s+(?:قد\s+)?$",
        folded[lo : found.cue_start],
    )
    if not kana or not kana_subject(doc, folded, lo + kana.start(1), lo + kana.start(2)):
        return None
    qad = folded[lo + kana.end(2) : found.cue_start].strip()
    if fold_same_length("قد") in kana.group(2).split() or (kana.group(2)[-1] in "،," and not qad):
        return None  # «وكان كاميرون قد تعرض للانتقاد … بعدما تعهد»: another clause's verb
    subject_end = lo + kana.end(2)
    named = any(
        lo + kana.start(2) <= m["start"] and m["end"] <= subject_end and m["type"] == "PER"
        for m in doc.entities
    )
    short = len(kana.group(2).split()) <= KANA_ROLE_WORDS
    if starts_role(folded, lo + kana.start(2), "ar") and short and not named:
        return None  # «وكان الوزير الفلبيني قال»: a role pointing back, read as before
    return replace(found, cue_start=lo + kana.start(1), cue_end=lo + kana.end(1), start=subject_end)


def kana_subject(doc: Document, folded: str, kana: int, at: int) -> bool:
    """Whether the word at `at`, right after «كان» at `kana`, can open its subject: a name the
    recogniser found there, a definite noun, a role or a plural noun; never a predicate
    adjective («هل كان مفاجئا قال», «ولو كان مؤقتا») or a verb, nor «كان» in a question, a
    condition or after «ما» («ما إذا كانت تؤيد …», «باعت … أكبر مما كانت تنوي بيعه … بعد ان
    قالت»; `NOT_BEFORE_KANA`)."""
    before = folded[max(0, kana - 8) : kana].split()[-1:]
    if before and bare(before[0]) in word_set("NOT_BEFORE_KANA", "ar"):
        return False
    first = bare(folded[at:].split(maxsplit=1)[0]) if folded[at:].split() else ""
    if any(m["start"] == at and m["type"] in ("PER", "ORG") for m in doc.entities):
        return True
    return (
        bool(first)
        and not first.endswith("ا")  # «مفاجئا», «مؤقتا»: a predicate
        and first[0] not in fold_same_length("يتن")  # «مما كانت تنوي بيعه»: a verb
        and first not in {fold_same_length(w) for w in ("قد", "من", "في", "على")}
    )


def met_in_opening_adverbial(doc: Document, folded: str, cue_end: int, mention: dict) -> bool:
    """Whether a name after an Arabic speech verb is inside the adverbial that opens right
    after the verb, past a «بين»/«مع» («وأضاف في مؤتمر صحفي عقب استضافة محادثات بين وزراء
    خارجية دول الخليج … ووزير الخارجية الأمريكي جون كيري أنه»; quotes_dev60ar.tsv): the
    people met, not the subject, which the verb leaves unsaid (the last speaker)."""
    words = folded[cue_end : mention["start"]].split()
    if not words or words[0] not in word_set("ADVERBIAL_OPENERS_AFTER_VERB", doc.lang):
        return False
    meeting = word_set("MEETING_WORDS_60AR", doc.lang)
    return any(w in meeting for w in words[1:]) and not re.search(r"[.:،,«\"]", " ".join(words))


def from_account_after_tweet(folded: str, found: Found) -> bool:
    """Whether an Arabic «غرّد» (`CUES_BEFORE_NEAR_COLON`) is followed by the account it wrote
    from, a preposition or «بحسابه» first («وغرّد عبر حسابه على تويتر:», «وغرد بحسابه في
    "تويتر":»): the words up to its colon name no subject."""
    assert found.cue_start is not None and found.cue_end is not None
    if plain_word(folded[found.cue_start : found.cue_end]) not in word_set(
        "CUES_BEFORE_NEAR_COLON", "ar"
    ):
        return False
    first = re.match(r"\s*(\S+)", folded[found.cue_end : found.start])
    word = bare(first.group(1)) if first else ""
    stops = word_set("PREPOSITIONS", "ar") | word_set("SUBJECT_ENDS", "ar")
    return word in stops or word.startswith(fold_same_length("بحساب"))


def speaker_for_cue_legacy(doc: Document, folded: str, found: Found, last: Speaker) -> Speaker:
    """Who a cue's clause names, read from the first person or organization after the verb,
    else the last before it, else the subject as written; else the last speaker."""
    assert found.cue_start is not None and found.cue_end is not None
    issuer = statement_issuer(doc, folded, found) if doc.lang == "ar" else None
    if issuer:
        return issuer  # «أصدر البنك المركزي بيانا لاحقا قال فيه إنه»: the bank
    kana = subject_after_kana(doc, folded, found)
    if kana is not None:
        return speaker_for_cue_legacy(doc, folded, kana, last)
    if doc.lang == "ar" and from_account_after_tweet(folded, found):
        return last  # «وغرد بحسابه في "تويتر": "…"»: the account and the site, no subject
    marker = source_pattern(doc.lang)
    source = bool(marker and marker.fullmatch(folded, found.cue_start, found.cue_end))
    slot_end = relative_clause(doc, folded, found.cue_end, found.start)
    after = (
        speaker_in(doc, found.cue_end, slot_end, True, source, subject_slot=not source)
        if found.start > found.cue_end
        else None
    )
    telling = is_telling(folded[found.cue_start : found.cue_end], doc.lang)
    if telling:
        after = None  # "He told BBC Radio Five Live:", "told the BBC News website that"
    if after and met_after_role(doc, folded, found.cue_end, after):
        after = None  # "وقال المفوض … يوهانس هان خلال لقاء مع الوزير … فولكان بوزكير"
    if after and doc.lang == "ar" and met_in_opening_adverbial(doc, folded, found.cue_end, after):
        after = None  # «وأضاف في مؤتمر صحفي عقب … محادثات بين وزراء … وجون كيري أنه»
    if after and not telling and not source:
        named = person_named_before_after_verb(doc, folded, found, after)
        if named:
            return named  # «وقال ويلموت في مقابلة مع صحيفة أوبزرفر:»: not the paper
    quoted = source_quoted(doc, folded, found.cue_end, found.start) if not telling else None
    if quoted:
        return quoted  # «وقالت الوكالة نقلا عن الشرطة إن»: the police speak
    holder = holder_after_complement(doc, folded, found.cue_end, slot_end, after)
    if holder:
        return Speaker(None, holder)  # «المتحدث … لرئيس مجلس الوزراء حيدر العبادي سعد الحديثي»
    if after and after["type"] != "PER" and found.start > found.cue_end:
        missed = (
            name_before_apposition(doc, folded, found.cue_end, after)
            or name_before_role(doc, folded, found.cue_end, after)
            or name_after_role_organization(doc, folded, found.cue_end, found.start, after)
        )
        if missed:
            return Speaker(None, missed)  # «وأوضحت هدى فخرو، الوكيل المساعد … بوزارة …»
        role = role_of_organization(doc, folded, found.cue_end, found.start, after)
        if role:
            return role
    answer = plain_word(folded[found.cue_start : found.cue_end]) in word_set("ANSWER_CUES", "ar")
    if doc.lang == "ar" and answer and not after and (last.entity or "").startswith("PER:"):
        # «وفي سؤال حول … المقترح المقدم من اتحاد القدم …، أجاب: "…"»: the one asked, who
        # spoke before, not a body named in the question (SaudiNewsNet, round 16)
        return last
    shared = subject_shared_by_clause_word(doc, folded, found) if not after else None
    if shared is not None:
        return shared  # «تغنت صحيفة … في مرمى النصر … حيث قالت إن»: the paper, not the club
    lo = clause_start(doc.text, folded, found.cue_start)
    fronted = source_fronted_after_that(doc, folded, lo, found.cue_start) if not after else None
    if fronted:
        return fronted
    topic_end = after_topic_phrase(folded, lo, found.cue_start) if doc.lang == "ar" else lo
    before = speaker_in(doc, topic_end, found.cue_start, False)
    joined = joined_verb_subject(doc, folded, topic_end, found, last) if before else None
    if doc.lang == "ar" and joined:
        return joined  # «ورحب سموه بسفراء الحزم، وقال: إن»: the prince, not those welcomed
    # a cue right after a closing quote mark is inverted: its subject follows ("…," said Zara
    # Hyde Peters of UK Athletics. "…")
    inverted = doc.text[max(0, found.cue_start - 4) : found.cue_start].rstrip()[-1:] in "\"”’'"
    subject_first = doc.lang in Q.SUBJECT_BEFORE_VERB and not inverted
    if not subject_first and not after and before and written_after(doc, folded, found):
        before = None  # "حيث أكد البلوي أن": the unrecognised subject, not "بنادي الاتحاد" before
    chosen = before if subject_first else (after or before)
    apposed = chosen is before and before and name_apposed_to_role(doc, folded, before)
    if apposed:
        return Speaker(None, apposed)  # «أعلن رئيس حزب …، دولت بهتشلي، …، إذ قال إن»
    if chosen:
        return mention_speaker(doc, chosen)
    subject_after = doc.lang == "ar" if found.subject_after is None else found.subject_after
    if subject_after and not telling:  # "X told the BBC News website that": never the one told
        written = written_subject(doc.text, folded, found.cue_end, found.start, doc.lang, True)
    else:
        comma = max(folded.rfind("،", lo, found.cue_start), folded.rfind(",", lo, found.cue_start))
        written = written_subject(
            doc.text, folded, max(lo, comma + 1), found.cue_start, doc.lang, False
        )
        if written and doc.lang == "en":
            written = english_subject(written) or None  # "Microsoft has said"
        if not written and not after and (last.entity or "").startswith("PER:"):
            body = body_subject_59en(doc, max(lo, comma + 1), found.cue_start)
            if body:
                return Speaker(None, body)  # "the authorities announced": not the last person
    if subject_first and after and not written:
        return mention_speaker(doc, after)  # "…," said John Smith: the name after the verb
    if not written or ends_before_however(doc, written):
        return last
    another = another_of_role(doc, folded, written, found)
    if another:
        return Speaker(None, another)  # «قال أحد العاملين في مكتب استقدام آخر»: not the first
    holder = known_holder(doc, folded, written, found.cue_start)
    return mention_speaker(doc, holder) if holder else Speaker(None, written)


def joined_verb_subject(
    doc: Document, folded: str, lo: int, found: Found, last: Speaker
) -> Speaker | None:
    """The subject of the verb opening an Arabic clause that a cue joined to it by «و» shares,
    when the verb's object is a name glued to «ب» or «ل» right after that subject («ورحب سموه
    بسفراء الحزم، وقال: إن», «وتمنى البلوي لنايف هزازي التوفيق مع النصر وقال»;
    quotes_dev72ar.tsv, quotes_dev48.tsv): the one who welcomed or wished speaks, never the
    object, which is the last name before the cue. The subject is an honorific standing for
    the last speaker, a name the recogniser found, or a word of the last speaker's name; else
    None (the clause is read as before)."""
    assert found.cue_start is not None
    if doc.lang != "ar" or folded[found.cue_start - 1 : found.cue_start] != "و":
        return None
    words = list(re.finditer(r"[^\s،,:.]+", folded[lo : found.cue_start]))
    if len(words) < 3 or not folded[lo + words[0].start()].startswith("و"):
        return None
    for k in (2, 3):
        at = lo + words[k].start() if k < len(words) else -1
        glued = folded[at : at + 1] in Q.OBJECT_CLITICS and any(
            m["start"] in (at, at + 1) and m["type"] in ("PER", "ORG") for m in doc.entities
        )
        if not glued or "،" in folded[lo:at] or "," in folded[lo:at]:
            continue
        slot = (lo + words[1].start(), lo + words[k - 1].end())
        said = doc.text[slot[0] : slot[1]]
        if said in Q.PRONOUNS and last.text:
            return last
        named = [m for m in doc.entities if (m["start"], m["end"]) == slot and m["type"] == "PER"]
        if named:
            return mention_speaker(doc, named[0])
        if k == 2 and last.text and said in last.text.split():
            return Speaker(None, said)
    return None


def after_topic_phrase(folded: str, lo: int, hi: int) -> int:
    """Where the subject before an Arabic cue may start, past a topic phrase opening a clause
    («وعن علاقته مع الرئيس السابق خالد البلطان قال: «…»», «وحول ابتعاد خالد عزيز عن الملاعب
    قال»; quotes_dev70ar.tsv): an interview's question names what is spoken of, so the answer
    is the last speaker's, not the club or person the question names. The phrase runs to its
    last comma before the cue (a subject written after it may still speak), else to the cue.
    An opener counts only at the clause's start, after a stop or colon, or with «و» after a
    comma («»، وعن مدى رضاه … قال»): «تحدث عن الخطة وعن …» coordinates, «ذكره … في كتاب
    «الاثنينية» عن السيد أحمد العربي فقد روى أنه قال» (after a title's closing mark) tells
    whom, and «وأعرب المدرب، الذي حل محل …، عن أمله» is the verb's own complement after an
    aside (unlabelled SaudiNewsNet; quotes_dev60ar.tsv), so none opens a question;
    `TOPIC_OPENERS_70AR` lists them."""
    words = sorted(word_set("TOPIC_OPENERS_70AR", "ar"), key=len, reverse=True)
    if not words:
        return lo
    opener = "|".join(re.escape(w) for w in words)
    last = None
    for found in re.finditer(rf"(?<!\w)(و?)(?:{opener})(?!\w)", folded[lo:hi]):
        head = folded[lo : lo + found.start()].rstrip()
        if not head or head[-1] in ".؛:" or (head[-1] in "،," and found.group(1)):
            last = found
    if last is None:
        return lo
    at = lo + last.end()
    comma = max(folded.rfind("،", at, hi), folded.rfind(",", at, hi))
    return comma + 1 if comma >= 0 else hi


def body_subject_59en(doc: Document, lo: int, hi: int) -> str | None:
    """An English subject right before a report verb that names a body or a group by its kind
    ("the authorities announced", "The agency later confirmed", "when federal authorities
    announced"; `body_subject_heads_59en`), as written: "the" makes it refer back, but to a
    body, never to the person named last. None for any other subject or language."""
    if doc.lang != "en":
        return None
    words = english_subject(doc.text[lo:hi]).split()
    if not words or words[-1].lower() not in body_subject_heads_59en():
        return None
    clause_words = word_set("NOT_SUBJECTS", "en")
    start = len(words) - 1
    while start > 0 and len(words) - start < 4:
        word = words[start - 1]
        if not word.isalpha() and word.lower().endswith(("'s", "’s")):
            return None  # "the company's statement said": the holder speaks, as found before
        if not word.isalpha() or word.lower() in clause_words:
            break
        if word[0].isupper() and word.lower() != "the":
            return None  # "Trump campaign", "Immigration agency": a name qualifies the body
        start -= 1
    return " ".join(words[start:])


@cache
def body_subject_heads_59en() -> frozenset[str]:
    """The heads of an English subject naming a body by its kind: the kinds of organization
    that refer back (`generic_organizations`) and the groups of `BODY_SUBJECTS_59`."""
    return generic_organizations("en") | word_set("BODY_SUBJECTS_59", "en")


def with_holder_of_short_role_49b(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """An unresolved Arabic role speaker as the person its longer title named earlier."""
    if doc.lang != "ar" or speaker.entity or not speaker.text:
        return speaker
    before = found.start if found.cue_start is None else found.cue_start
    return holder_of_shortened_role_49b(doc, folded, speaker.text, before) or speaker


def subject_before_channel_49b(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """The Arabic subject written between the verb and «عبر» ("via") when the speaker found is
    a name after «عبر», the channel («وأوضحت الوزارة عبر حسابها الرسمي على موقع التواصل
    الاجتماعي “تويتر” أن»; quotes_dev49b.tsv): the platform carries the words, the subject
    says them. The speaker unchanged otherwise."""
    if doc.lang != "ar" or not speaker.entity or found.cue_end is None:
        return speaker
    after = [
        m
        for m in doc.entities
        if m["entity"] == speaker.entity and found.cue_end <= m["start"] < found.start
    ]
    via = after and re.search(r"(?<!\w)عبر(?!\w)", folded[found.cue_end : after[0]["start"]])
    if not via:
        return speaker
    hi = found.cue_end + via.start()
    words = doc.text[found.cue_end : hi].split()
    objects = word_set("OBJECT_WORDS", "ar")
    # «وذكرت الوزارة ذلك عبر حسابها»: an object pronoun between the subject and «عبر»
    subject = " ".join(w for w in words if fold_same_length(w) not in objects).strip(" ،,")
    if not 1 <= len(subject.split()) <= 4 or is_fragment(subject, "ar", False):
        return speaker
    named = [m for m in doc.entities if found.cue_end <= m["start"] and m["end"] <= hi]
    return mention_speaker(doc, named[0]) if named else Speaker(None, subject)


def with_nasab_after_bin_49b(doc: Document, folded: str, speaker: Speaker) -> Speaker:
    """An Arabic name the recogniser cut after «بن» («وليد بن» of «وليد بن علي الجلال»;
    quotes_dev49b.tsv) with the father's name after it and the family name when one follows
    (a word with the article or «آل» and a word). The speaker unchanged otherwise."""
    text = speaker.text or ""
    if doc.lang != "ar" or len(text.split()) < 2 or fold_same_length(text).split()[-1] != "بن":
        return speaker
    ends = [m.end() for m in re.finditer(re.escape(text) + r"(?!\w)", doc.text)]
    if len(set(ends)) != 1:
        return speaker  # written twice: which one is the speaker's is unknown
    father = re.match(r" (\w{2,})", folded[ends[0] :])
    if not father:
        return speaker
    lo, hi = ends[0] + father.start(1), ends[0] + father.end(1)
    if not could_be_given_name(doc, folded, lo, hi):
        return speaker
    family = re.match(r" (ال\w{3,}|آل \w{3,})(?!\w)", doc.text[hi:])
    that = that_pattern("ar")
    if family and not (that and that.fullmatch(fold_same_length(family.group(1)))):
        hi += family.end()
    return replace(speaker, text=doc.text[ends[0] - len(text) : hi])


def holder_of_shortened_role_49b(
    doc: Document, folded: str, role: str, before: int
) -> Speaker | None:
    """The one person an Arabic role was written with earlier in a longer form, the later
    role's words in order among the earlier title's («بمدير الهيئة العامة للسياحة والتراث
    الوطني بمحافظة ينبع سامر الجهني» … «وأكد مدير هيئة السياحة أن»; quotes_dev49b.tsv): news
    names the holder once with the full title, then writes the title short. The name closes
    the title's clause. A nisba between role and name is one more word of the title («وزير
    التخطيط المصري أشرف العربي» … «وأشار وزير التخطيط»; quotes_dev49.tsv), so this rule took
    over from its twin of session 49 (quotes50ar: no development set changed without it).
    None when the short role fits two people."""
    words = [core_49b(w) for w in fold_same_length(role).split()]
    if doc.lang != "ar" or len(words) < 2 or not starts_role(fold_same_length(role), 0, "ar"):
        return None
    found = {
        holder.text: holder
        for clause in re.finditer(r"[^،,.:؛\n()«»\"“”]+", folded[:before])
        if (holder := name_closing_title_49b(doc, folded, clause, words))
    }
    return next(iter(found.values())) if len(found) == 1 else None


def name_closing_title_49b(
    doc: Document, folded: str, clause: re.Match, role: list[str]
) -> Speaker | None:
    """The person named at the end of an Arabic clause whose title holds the role's words: a
    recognised person, or a given name and a family name the article names as a person."""
    title = list(re.finditer(r"\S+", clause.group()))
    end = role_end_49b(role, [bare(w.group()) for w in title])
    if end is None or not 2 <= len(title) - end <= TITLE_TAIL_49B:
        return None
    that = that_pattern("ar")
    if any(that and that.fullmatch(bare(w.group())) for w in title[end:]):
        return None  # «أكدت مصادر باكستانية أن رئيس الوزراء … نواز شريف»: said, not titled
    lo, hi = clause.start() + title[end].start(), clause.start() + title[-1].end()
    people = [m for m in doc.entities if m["type"] == "PER" and lo <= m["start"] < m["end"] == hi]
    if people:
        return mention_speaker(doc, people[-1])
    given, family = title[-2], title[-1]
    g_lo, g_hi = clause.start() + given.start(), clause.start() + given.end()
    surname = doc.text[clause.start() + family.start() : clause.start() + family.end()]
    same = [m for m in doc.entities if m["type"] == "PER" and m["text"].split()[-1] == surname]
    # the recogniser can read the title and the name as one body («الهيئة العامة … بمحافظة
    # ينبع سامر الجهني»): that body is no reason against the given name
    named = replace(doc, entities=[m for m in doc.entities if not m["start"] < g_lo < m["end"]])
    if not same or not could_be_given_name(named, folded, g_lo, g_hi):
        return None
    return Speaker(same[0]["entity"], doc.text[g_lo : clause.start() + family.end()])


# the clitics an Arabic word of a title can carry: «و», then «ب»/«ل»/«ك», then «ال» or «ل»
# («بمدير», «للسياحة», «والتراث»)
CLITICS_49B = re.compile(r"و?[بلك]?(?:ال|ل)?")
# words after a title's last role word up to the clause's end: the rest of the title («والتراث
# الوطني بمحافظة ينبع») and the name; more is a sentence
TITLE_TAIL_49B = 8


def core_49b(word: str) -> str:
    """An Arabic word without its article and the conjunction before it («والهيئة» → «هيئة»)."""
    word = bare(word)
    word = word[1:] if word.startswith("وال") else word  # «والتراث», not «وزارة»
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def role_end_49b(role: list[str], title: list[str]) -> int | None:
    """The index after the title's last word when each word of a role is, in order, a word of
    the title under clitics; None otherwise («مدير هيئة السياحة» in «بمدير الهيئة العامة
    للسياحة»)."""
    if any(len(word) < 3 for word in role):
        return None  # «في», «لـ»: no word of a title
    at = 0
    for word in role:
        while at < len(title) and not carries_core_49b(title[at], word):
            at += 1
        if at == len(title):
            return None
        at += 1
    return at


def carries_core_49b(word: str, core: str) -> bool:
    """Whether an Arabic word is a core under clitics only («للسياحة» carries «سياحة»)."""
    return word.endswith(core) and bool(CLITICS_49B.fullmatch(word[: len(word) - len(core)]))


# one definite adjective of origin («المصري», «الأمريكية»; folded with a Persian ye and ه:
# «المصری», «الامریکیه»), which `origin_at_49` checks the recogniser read as a place
NISBA_WORD_49 = r"(?P<nisba>ال\w+(?:ی|یه))"


def origin_at_49(doc: Document, at: int) -> bool:
    """Whether the recogniser read the word at `at` as a place or nationality («المصري»,
    «القطري»): an adjective of origin, not any word ending as one does («المنتمي»)."""
    return any(m["start"] == at and m["type"] in ("GPE", "LOC") for m in doc.entities)


def ends_before_however(doc: Document, written: str) -> bool:
    """Whether an Arabic subject as written ends with «إلا», its «أن» read as the verb's
    («قال سيكون من الواضح حاليا انخفاض كلفة النقل والشحن إلا أن ذلك …»; quotes_dev47.tsv):
    «إلا أن» is "however" inside the words said, so the verb had no subject of its own."""
    words = fold_same_length(written).split()
    return doc.lang == "ar" and bool(words) and bare(words[-1]) in {"الا", "إلا"}


def another_of_role(doc: Document, folded: str, written: str, found: Found) -> str | None:
    """An Arabic role written after the verb and followed by «آخر» ("another": «من ناحيته،
    قال أحد العاملين في مكتب استقدام آخر، إن» after «خالد الصقعبي؛ أحد العاملين في مكتب
    استقدام» spoke; quotes_dev47.tsv; `ANOTHER_WORDS_47`): someone other than the one that
    role was written beside before, so the role as written with that word, never his name."""
    if doc.lang != "ar" or found.cue_end is None:
        return None
    at = folded.find(fold_same_length(written), found.cue_end, found.start)
    if at < 0:
        return None
    end = at + len(written)
    others = word_set("ANOTHER_WORDS_47", doc.lang)
    that = that_pattern(doc.lang)
    for n, word in enumerate(re.finditer(r"\S+", folded[end : found.start])):
        if n >= ANOTHER_WORDS_AFTER_ROLE_47 or (that and that.fullmatch(bare(word.group()))):
            return None
        if bare(word.group()) in others:
            return doc.text[at : end + word.start() + len(bare(word.group()))]
        if word.group().endswith(("،", ",")):
            return None  # the role's words end at its comma
    return None


ANOTHER_WORDS_AFTER_ROLE_47 = 5  # «أحد العاملين في مكتب استقدام آخر»: the role's complement


def person_named_before_after_verb(
    doc: Document, folded: str, found: Found, after: dict
) -> Speaker | None:
    """The Arabic subject written right after the verb when the recogniser missed it there
    and the person or organization found further on stands after a setting of speech
    («وقال ويلموت في مقابلة مع صحيفة أوبزرفر:», «وصرح كاميرون بعد اجتماع للجنة الطوارئ
    (كوبرا) بأن»; `SPEECH_SETTINGS`; quotes_dev44d.tsv): the name speaks, not the paper or
    the committee where it spoke. The name is one word no mention of a person or
    organization covers: no common, role or article-led word."""
    if doc.lang != "ar" or found.cue_end is None:
        return None
    first = re.match(r"\s*(\S+)", folded[found.cue_end : after["start"]])
    if not first:
        return None
    lo, hi = found.cue_end + first.start(1), found.cue_end + first.end(1)
    word = bare(folded[lo:hi])
    settings = word_set("SPEECH_SETTINGS", "ar")
    between = [plain_word(w) for w in folded[hi : after["start"]].split()]
    if (
        not word
        or word != folded[lo:hi]
        or word.startswith("ال")
        or is_common(word, "ar")
        or starts_role(folded, lo, "ar")
        or word in word_set("PREPOSITIONS", "ar") | word_set("SUBJECT_ENDS", "ar")
        or word in word_set("NOT_SUBJECTS", "ar")
        or is_date_word(word)
        or any(c.isdigit() for c in word)
        or bool(cue_pattern("ar").match(folded, lo))
        or any(
            m["start"] < hi and lo < m["end"] and m["type"] in ("PER", "ORG") for m in doc.entities
        )
        or not any(w in settings for w in between)
    ):
        return None
    return Speaker(None, doc.text[lo:hi])


def name_apposed_to_role(doc: Document, folded: str, organization: dict) -> str | None:
    """The name set between commas after a role and its Arabic organization, which the
    recogniser did not take for a person («أعلن رئيس حزب الحركة القومية، دولت بهتشلي،
    شرطًا جديدًا …، إذ قال إن»; quotes_dev44d.tsv): the head of the party speaks, not the
    party. Two or three words, none common, a role, a number or a mention; else None."""
    if doc.lang != "ar" or organization["type"] != "ORG":
        return None
    role = re.search(
        r"(\S+)\s+$", folded[max(0, organization["start"] - 20) : organization["start"]]
    )
    if not role or not starts_role(folded, organization["start"] - len(role.group(0)), "ar"):
        return None
    if bare(role.group(1)) in word_set("ORGANIZATION_WORDS", "ar"):
        return None  # «صحيفة الديلي ميل»: the paper itself
    name = re.match(r"\s*[،,]\s*([^،,.:«»\"“”()]+?)\s*[،,]", doc.text[organization["end"] :])
    words = name.group(1).split() if name else []
    start = organization["end"] + name.start(1) if name else 0
    if (
        not 2 <= len(words) <= 3
        or any(is_common(w, "ar") or any(c.isdigit() for c in w) for w in words)
        or starts_role(folded, start, "ar")
        or any(start <= m["start"] < start + len(name.group(1)) for m in doc.entities)
    ):
        return None
    return name.group(1)


FRONTED_SOURCE_WORDS = 6  # «إلا أن مصادر داخل النادي الأحمر أشارت»


def source_fronted_after_that(doc: Document, folded: str, lo: int, cue_at: int) -> Speaker | None:
    """An unnamed Arabic source written between «أن» and the verb («ولم يكشف الأهلي عن
    التفاصيل … إلا أن مصادر داخل النادي الأحمر أشارت إلى أن …»; quotes_dev44.tsv): the subject
    put before its verb, as written; not an organization named earlier in the sentence."""
    if doc.lang != "ar":
        return None
    that = that_pattern(doc.lang)
    opening = list(that.finditer(folded, lo, cue_at)) if that else []
    if not opening:
        return None
    start, end = trimmed(doc.text, opening[-1].end(), cue_at)
    words = folded[start:end].split()
    if not 2 <= len(words) <= FRONTED_SOURCE_WORDS or re.search(r"[،,.:«»\"“”]", folded[start:end]):
        return None
    if bare(words[0]) not in word_set("MEMBER_SOURCES", "ar"):
        return None
    return Speaker(None, doc.text[start:end], role=True)


def holder_after_complement(
    doc: Document, folded: str, lo: int, hi: int, mention: dict | None
) -> str | None:
    """The name the recogniser missed right after the person an Arabic role belongs to («وقال
    المتحدث الرسمي باسم المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي سعد الحديثي لـ"الوطن":
    إن …»: the spokesman speaks, not the prime minister; quotes_dev41.tsv). The subject opens
    with a role, the person stands inside it, and two or three words that can only be a name
    follow him up to where the subject ends; else None. The person is the role's complement
    when «باسم» or a word under «ل» comes before him in it («لرئيس»), not its holder."""
    if doc.lang != "ar" or not mention or mention["type"] != "PER":
        return None
    first = re.match(r"\s*", folded[lo:hi]).end() + lo
    if mention["start"] <= first or not starts_role(folded, first, doc.lang):
        return None
    role = folded[first : mention["start"]].split()
    if not any(w == "باسم" or (w.startswith("ل") and len(w) > 3) for w in role[1:]):
        return None  # «وأبلغ المدرب آرسين فينجر موقع النادي»: the holder, then the one told
    words = []
    for m in re.finditer(r"\S+", doc.text[mention["end"] : hi]):
        word = m.group()
        if clause_word(word, doc.lang) or told(word, doc.lang) or word[:1] in '(«"“':
            break
        words.append(word.strip("،,:"))
        if word[-1] in "،,:":
            break
    tail = " ".join(words)
    inside = [
        m for m in doc.entities if mention["end"] < m["start"] < mention["end"] + len(tail) + 2
    ]
    if not 2 <= len(words) <= 3 or inside or not looks_like_name(doc, tail):
        return None
    return tail


def name_before_apposition(doc: Document, folded: str, lo: int, organization: dict) -> str | None:
    """An Arabic name the recogniser missed, right after the verb and before the comma that
    opens its apposition, the organization named inside that apposition («وأوضحت هدى فخرو،
    الوكيل المساعد للطرق بوزارة الأشغال …»: she speaks, not the ministry; quotes_dev39.tsv).
    Two or three words, none definite, a role, a preposition or a number, the last no common
    word and written alone elsewhere right before or after a speech verb («وذكرت فخرو»)."""
    if doc.lang != "ar":
        return None
    comma = re.search(r"[،,]", folded[lo : organization["start"]])
    if not comma:
        return None
    written = doc.text[lo : lo + comma.start()].strip()
    words = written.split()
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    if not (
        2 <= len(words) <= 3
        and not any(
            is_definite(w)
            or starts_role(fold_same_length(w), 0, doc.lang)
            or bare(fold_same_length(w)) in stops
            or any(c.isdigit() for c in w)
            or bare(w) != w
            for w in words
        )
        and not is_common(words[-1], doc.lang)
        and not is_fragment(written, doc.lang)
    ):
        return None
    surname = fold_same_length(words[-1])
    alone = [
        m
        for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", folded)
        if not lo <= m.start() < lo + comma.start()  # not the name itself
    ]
    for m in alone:
        before = folded[max(0, m.start() - 12) : m.start()].split()
        if (before and cue_pattern(doc.lang).fullmatch(before[-1])) or cue_pattern(doc.lang).match(
            folded, m.end() + 1
        ):
            return written
    return None


def name_after_role_organization(
    doc: Document, folded: str, lo: int, hi: int, organization: dict
) -> str | None:
    """An Arabic name the recogniser missed at the end of a subject slot that opens with a role
    and names the role's organization («وقال المدير العام لشركة سامسونج للإلكترونيات بالمملكة كي
    وون بارك، إن "…"»; quotes_dev70ar.tsv): the role's holder speaks, not the body. A slot
    opening with no word of `ROLE_WORDS` is left («وقال أستاذ مساعد … الأمريكية «كاليب ميشو»:
    إن»: «أستاذ» is none).
    Two or three words right before the comma or colon that ends the slot (only a complementizer
    between it and the content), after the organization and a definite word (a place or an
    adjective: «بالمملكة», «الأمريكية»); none common, definite, a role, a stop or a number."""
    if doc.lang != "ar":
        return None
    start = lo + len(folded[lo:hi]) - len(folded[lo:hi].lstrip())
    if not starts_role(folded, start, doc.lang):
        return None
    stop = re.search(r"[،,:]", folded[organization["end"] : hi])
    if stop is None:
        return None
    end = organization["end"] + stop.start()
    rest = re.sub(r"[«»\"“”،,:(]", " ", folded[end:hi]).split()
    if len(rest) > 1 or (rest and bare(rest[0]) not in word_set("THAT_WORDS_70AR", doc.lang)):
        return None
    words = [w.strip('«»"“”') for w in doc.text[organization["end"] : end].split()]
    words = [w for w in words if w]
    run = 0
    while run < len(words) and run < 3 and not is_definite(words[-1 - run]):
        run += 1
    if run < 2 or run == len(words) or not is_definite(words[-1 - run]):
        return None
    name = " ".join(words[-run:])
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    if any(
        is_common(w, doc.lang)
        or bare(fold_same_length(w)) in stops
        or any(c.isdigit() for c in w)
        or starts_role(fold_same_length(w), 0, doc.lang)
        for w in words[-run:]
    ) or is_fragment(name, doc.lang):
        return None
    return name


def name_before_role(doc: Document, folded: str, lo: int, organization: dict) -> str | None:
    """An Arabic name the recogniser missed, right after the verb and before the role whose
    organization it did find, with no comma between («وقال ذبيح الله مجاهد المتحدث باسم طالبان
    إنه»; quotes_dev45c.tsv): he speaks, not the organization. Two or three words, none
    definite, a role, a preposition, a number, a mark or a common word."""
    if doc.lang != "ar":
        return None
    words = [m for m in re.finditer(r"\S+", folded[lo : organization["start"]])]
    role = next((i for i, m in enumerate(words) if starts_role(folded, lo + m.start(), "ar")), 0)
    if not 2 <= role <= 3:
        return None
    written = doc.text[lo + words[0].start() : lo + words[role - 1].end()]
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    if (
        any(
            (is_definite(w) and w != fold_same_length("الله"))  # «ذبيح الله», «عبد الله»: a name
            or bare(w) in stops
            or any(c.isdigit() for c in w)
            or bare(w) != w
            or is_common(w, doc.lang)
            or told(w, doc.lang)
            for w in (m.group() for m in words[:role])
        )
        or is_fragment(written, doc.lang)
    ):
        return None
    return written


def met_after_role(doc: Document, folded: str, lo: int, mention: dict) -> bool:
    """Whether an Arabic subject slot opens with a role and the mention after it stands past
    «مع» («… خلال لقاء مع الوزير التركي … فولكان بوزكير»): the one met, not the subject,
    which is the role (and a name the recogniser missed in it)."""
    words = list(re.finditer(r"\S+", folded[lo : mention["start"]]))
    if doc.lang != "ar" or not words or not starts_role(folded, lo + words[0].start(), doc.lang):
        return False
    if bare(words[0].group()) in word_set("ORGANIZATION_WORDS", doc.lang):
        return False
    met = word_set("MEETING_PREPOSITIONS", doc.lang)
    return any(bare(w.group()) in met for w in words[1:])


def written_after(doc: Document, folded: str, found: Found) -> bool:
    """Whether an Arabic verb is followed by a subject the recogniser did not name ("أكد
    البلوي أن", "وأشار المصدر إلى أن"): words before the complementizer or adverbial that
    are no pronoun or fragment."""
    if doc.lang != "ar" or found.cue_end is None or found.start <= found.cue_end:
        return False
    written = written_subject(doc.text, folded, found.cue_end, found.start, doc.lang, True)
    first = bare(fold_same_length(written.split()[0])) if written else ""
    weekdays = {fold_same_length(w) for w in WEEKDAYS}
    # «وكانت صحيفة نيويورك تايمز ذكرت السبت أن»: a day after the verb is no subject
    # (quotes_dev39.tsv); the name before the verb speaks
    return (
        bool(first)
        and first not in word_set("OBJECT_WORDS", doc.lang)
        and first not in weekdays
        and not is_date_word(written or "")
    )


def relative_clause(doc: Document, folded: str, lo: int, hi: int) -> int:
    """Where a relative clause or the reported clause begins in a subject slot after a verb,
    else `hi`: the names of neither are the speaker ("وأكدت الدراسة التي أجراها العالمان …
    أن"; «وقال مصدر إن النيابة العامة قدمتهم … بتهم "…"»: the source speaks, the prosecution
    is what is said; quotes_dev42.tsv). A word of a recognised name is no complementizer
    («وانغ آن شون», «بنك (إيه إن زد)»)."""
    relatives = word_set("RELATIVES", doc.lang)
    that = that_pattern(doc.lang)
    for m in re.finditer(r"\S+", folded[lo:hi]):
        at = lo + m.start()
        that_word = (
            that
            and that.fullmatch(m.group().rstrip("،,:"))
            and doc.text[at] != "آ"
            and not any(e["start"] <= at < e["end"] for e in doc.entities)
        )
        if bare(m.group()) in relatives or that_word:
            return at
    return hi


@cache
def continuing_words() -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in Q.CONTINUING_SUBJECTS)


@cache
def word_set(table: str, lang: str) -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in getattr(Q, table).get(lang, []))


@cache
def demonstrative_words(lang: str) -> frozenset[str]:
    """Folded plain demonstratives of a language (`rasad.lang.demonstratives`), built once."""
    return frozenset(fold_same_length(w) for w in PLAIN_DEMONSTRATIVES.get(lang, []))


def is_telling(cue: str, lang: str) -> bool:
    """Whether a cue (folded) is a telling verb ("told BBC Radio", "tells reporters"): the
    words after it name the one told, never the speaker."""
    return cue in word_set("TELLING_CUES", lang)


def bare(word: str) -> str:
    return word.strip('،,:;«»"“”()[]-–—.\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640')


def plain_word(word: str) -> str:
    """A word without its edge punctuation and without short vowels anywhere in it: «لافتًا»
    and «مشيرًا» write the tanween before the alif, inside the word."""
    return _HARAKAT.sub("", bare(word))


def subject_words(folded: str, lo: int, hi: int, lang: str, after: bool) -> list[tuple[int, int]]:
    """Spans of the words of a clause's subject slot: after an Arabic verb up to the first
    adverbial, complementizer or comma; before a verb, the words after the last comma unless
    a name runs through it."""
    ends = word_set("SUBJECT_ENDS", lang) | word_set("PREPOSITIONS", lang)
    that = that_pattern(lang)
    kept = []
    as_said = Q.AS_SAID.get(lang, []) + Q.SUBJECT_OPENERS.get(lang, []) if not after else None
    opening = as_said and re.match(rf"\s*(?:{alternatives(as_said)})(?!\w)", folded[lo:hi])
    lo += opening.end() if opening else 0  # "آنطور که X گفته": X is the subject
    for m in re.finditer(r"\S+", folded[lo:hi]):
        word = bare(m.group())
        if after and (word in ends or (that and that.fullmatch(word))):
            break
        if after and kept and told(m.group(), lang):
            break  # "… سليمان الفيفي لـ"سبق""
        if word:
            kept.append((lo + m.start(), lo + m.start() + len(m.group().rstrip("،,:"))))
        if after and m.group()[-1:] == ":":
            break
    return kept


def without_time_adverbial(folded: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A Persian subject slot without the time adverbial that ends it («گروه‌های امدادی پیش از
    این هشدار داده بودند»; `TIME_ADVERBIALS_ENDING_SUBJECT`; quotes_dev45b.tsv): its «این» is
    no subject referring back to the last speaker."""
    for phrase in word_set("TIME_ADVERBIALS_ENDING_SUBJECT", "fa"):
        n = len(phrase.split())
        if len(words) > n and " ".join(bare(folded[slice(*w)]) for w in words[-n:]) == phrase:
            return words[:-n]
    return words


def after_leading_time_words(
    doc: Document, folded: str, words: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A Persian subject slot without the words of a time it opens with («هفته گذشته», «روز
    گذشته»; `LEADING_TIME_WORDS`), when a recognised person or body (or a title before
    one) follows them; the slot as it was otherwise."""
    times = word_set("LEADING_TIME_WORDS", "fa")
    k = next((i for i, w in enumerate(words) if bare(folded[slice(*w)]) not in times), len(words))
    if k == 0 or k == len(words):
        return words
    rest = words[k:]
    starts = {m["start"] for m in doc.entities if m["type"] in ("PER", "ORG")}
    title = (
        role_word_length(folded, rest[0][0], "fa") if starts_role(folded, rest[0][0], "fa") else 0
    )
    titled = 0 < title < len(rest) and rest[title][0] in starts
    return rest if rest[0][0] in starts or titled else words


def starts_role(folded: str, at: int, lang: str) -> bool:
    """Whether a role word ("المتحدث", «سخنگوی», "spokesman") begins the phrase at `at`."""
    rest = folded[at:]
    # "وقال وزیر …" and "والمتحدث …": the word itself, or the word after the conjunction و
    # (the folded text writes وزير with a Persian ye, so the check is on the role words)
    forms = [rest, rest[1:]] if lang == "ar" and rest.startswith("و") else [rest]
    return any(
        form.startswith(w) and (len(form) == len(w) or not form[len(w)].isalnum())
        for form in forms
        for w in word_set("ROLE_WORDS", lang)
    )


def role_word_length(folded: str, at: int, lang: str) -> int:
    """How many words the role word at `at` has ("یکی از": 2), at least 1."""
    rest = folded[at:]
    lengths = [
        len(w.split())
        for w in word_set("ROLE_WORDS", lang)
        if rest.startswith(w) and (len(rest) == len(w) or not rest[len(w)].isalnum())
    ]
    return max(lengths, default=1)


def subject_mentions(doc: Document, folded: str, lo: int, hi: int) -> list[dict]:
    """People and organizations in [lo, hi) that are not the object of a preposition."""
    preps = word_set("PREPOSITIONS", doc.lang)
    out = []
    for m in doc.entities:
        if not (lo <= m["start"] and m["end"] <= hi and m["type"] in ("PER", "ORG")):
            continue
        before = folded[max(lo, m["start"] - 16) : m["start"]].split()
        if before and bare(before[-1]) in preps:
            continue
        out.append(m)
    return out


def segments(folded: str, words: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The subject slot's words cut at commas: a subject starts one of them."""
    out: list[list[tuple[int, int]]] = [[]]
    for w in words:
        out[-1].append(w)
        if folded[w[1] : w[1] + 1] in {"،", ","} or folded[w[1] - 1 : w[1]] in {"،", ","}:
            out.append([])
    return [seg for seg in out if seg]


def subject_in(doc: Document, folded: str, lo: int, hi: int, after: bool) -> Speaker | None:
    """The speaker a subject slot names: a person or organization (a person in apposition to
    a role), a role resolved to its holder or kept as written, CONTINUE for a pronoun or an
    empty subject, None when the slot says nothing. Before a verb each comma-separated part
    is tried in turn (a leading adverbial part is skipped)."""
    words = subject_words(folded, lo, hi, doc.lang, after)
    if doc.lang == "fa" and words != (timeless := without_time_adverbial(folded, words)):
        words, hi = timeless, timeless[-1][1]
    if doc.lang == "fa" and words != (named := after_leading_time_words(doc, folded, words)):
        words, lo = named, named[0][0]
    if not words:
        return None
    parts = segments(folded, words)
    if after:  # "وقال المتحدث باسم …، العقيد فلان، إن": the role, then the name beside it
        wider = subject_mentions(doc, folded, lo, hi)
        return segment_subject(doc, folded, parts[0], after, parts[1:], wider)
    for via in Q.VIA_SOURCE:  # "X به نقل از الکاظمی گزارش داد": the quoted one speaks
        at = folded.find(fold_same_length(via), lo, hi)
        anonymous = anonymous_source(doc, folded, at + len(via), hi) if at >= 0 else None
        if anonymous:
            return anonymous  # «به نقل از منابع نزدیک به طالبان اعلام کرده»: not the Taliban
        later = speaker_after_channel(doc, folded, at + len(via), hi) if at >= 0 else None
        if later:
            return later  # «به نقل از خبرگزاري آلمان، يكي از سخنگويان … اعلام كرد»
        quoted = [
            m
            for m in doc.entities
            if at >= 0 and at <= m["start"] and m["end"] <= hi and m["type"] in ("PER", "ORG")
        ]
        if quoted:
            return mention_speaker(doc, people_first(quoted)[0])
    conjunctions = word_set("LEADING_CONJUNCTIONS", doc.lang)
    deferred = None
    parts = clause_after_comma_conjunction(doc, folded, parts)
    for k, seg in enumerate(parts):
        seg = after_clause_conjunction(doc, folded, seg)
        marked = marked_name_before_role(doc, folded, seg, parts[k + 1 : k + 2])
        if marked:
            return marked  # «"راس ويلسون"، سفير آمريكا … گفت»: the name, not its role
        if (
            len(seg) > 1
            and bare(folded[slice(*seg[0])]) in conjunctions
            and any(m["type"] == "PER" for m in subject_mentions(doc, folded, seg[1][0], hi))
        ):
            seg = seg[1:]  # «اما در همين حال ميچل باچه لت … اظهار داشت»: the adverbial, a person
        if starts_with_byline(folded, seg[0][0]):
            named = person_after_byline(doc, folded, seg)
            speaker = segment_subject(doc, folded, named, after) if named else None
            if speaker is not None:
                return speaker  # «به گزارش خبرگزاري فارس محمدرضا … تصريح كرد»: no comma
            continue  # "به گزارش خبرگزاری فارس": the reporter, never the speaker
        if doc.lang == "fa" and len(seg) == 1 and bare(folded[slice(*seg[0])]) in conjunctions:
            # «اما تاکید کرد که …»: "but", the one who spoke before; «اما گفته می شود …»
            # ("but it is said"): no one
            return Speaker(None, None) if _PASSIVE.match(folded, hi) else CONTINUE
        if ends_with_speech(doc.lang, folded, seg):
            continue  # "خبرگزاری … گزارش کرد، وزارت دفاع … اعلام کرد که": the inner one speaks
        if reporting_source(doc, folded, seg, parts):
            deferred = deferred or seg
            continue  # «بر اساس گزارش رویترز، سیمون هدر، کارشناس سیاسی … گفت»: he speaks
        if adverbial_relative_clause(doc, folded, seg, parts[k + 1 :]):
            continue  # «در اين مراسم كه … حضرت محمد(ص) … برگزار شد، X گفت»: X speaks
        speaker = segment_subject(doc, folded, seg, after)
        if speaker is not None:
            return speaker
    # «بر اساس گزارش NBC News آقای Michael Steele …، اوایل هفته گذشته گفت»: the subject is
    # in the source's part after all, the person named after the source
    speaker = (
        segment_subject(doc, folded, after_the_source(doc, folded, deferred), after)
        if deferred
        else None
    )
    if speaker is not None:
        return speaker
    written = written_subject(doc.text, folded, lo, hi, doc.lang, after)
    return Speaker(None, written) if written and not is_fragment(written, doc.lang) else CONTINUE


def after_the_source(
    doc: Document, folded: str, seg: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The words of a reporting source's part (`reporting_source`) from the person named after
    the source on: in «بر اساس گزارش NBC News آقای Michael Steele …» the outlet is named
    first and the man who spoke after it, with no comma between them. The part unchanged
    when its first name is a person's or no person follows."""
    found = subject_mentions(doc, folded, seg[0][0], seg[-1][1])
    person = next((m for m in found[1:] if m["type"] == "PER"), None)
    if not found or found[0]["type"] == "PER" or person is None:
        return seg
    return [w for w in seg if w[1] > person["start"]]


def adverbial_relative_clause(
    doc: Document, folded: str, seg: list[tuple[int, int]], later: list[list[tuple[int, int]]]
) -> bool:
    """Whether a Persian part before a verb is an adverbial of place or occasion whose
    relative clause holds every name in it («در اين مراسم كه در آستانه ميلاد حضرت محمد(ص) …
    برگزار شد،», «در این جلسه که با حضور استاندار … برگزار شد،»; quotes_dev72fa.tsv): the
    clause says what the occasion was, so the person a later part of the subject names
    («آيت الله جعفر سبحاني از اساتيد حوزه علميه قم گفت») speaks, not the one named in it.
    Only when the part opens with a preposition, «که» comes before its first name, and a
    later part names a person."""
    if doc.lang != "fa" or len(seg) < 3:
        return False
    if bare(folded[slice(*seg[0])]) not in word_set("PREPOSITIONS", doc.lang):
        return False
    relative = next(
        (w[0] for w in seg[1:] if bare(folded[slice(*w)]) in word_set("RELATIVE_50FA", "fa")),
        None,
    )
    found = subject_mentions(doc, folded, seg[0][0], seg[-1][1])
    if relative is None or not found or found[0]["start"] < relative:
        return False
    return any(
        m["type"] == "PER" for p in later for m in subject_mentions(doc, folded, p[0][0], p[-1][1])
    )


def channel_then_cue(lang: str, before: str, at: int) -> bool:
    """Whether Persian words before a quote in marks go on after the «به نقل از» source's comma
    to a speech cue of their own («به نقل از خبرگزاري آلمان، يكي از سخنگويان … اعلام كرد:»)."""
    comma = next((i for i in range(at, len(before)) if before[i] in "،,"), None)
    return lang == "fa" and comma is not None and bool(cue_pattern(lang).search(before, comma))


def speaker_after_channel(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """Persian «به نقل از X، Y گفت» where Y is no person the recogniser found («به گزارش فارس
    به نقل از خبرگزاري آلمان، يكي از سخنگويان برنامه جهاني غذاي سازمان ملل … اعلام كرد»;
    quotes_dev45b.tsv): X is the channel, and the part after its comma, when it names a
    speaker of its own (a role, an unnamed source, a body), speaks."""
    if doc.lang != "fa":
        return None
    comma = next((i for i in range(lo, hi) if folded[i] in "،,"), None)
    words = subject_words(folded, comma + 1, hi, doc.lang, False) if comma is not None else []
    if not words:
        return None
    speaker = segment_subject(doc, folded, segments(folded, words)[0], False)
    return speaker if speaker is not None and speaker.text else None


_PASSIVE = re.compile(r"\s*\w+ (?:می ?شود|می ?شد|شده|شد)(?!\w)")  # «گفته می شود»: "it is said"


def marked_name_before_role(
    doc: Document, folded: str, seg: list[tuple[int, int]], beside: list[list[tuple[int, int]]]
) -> Speaker | None:
    """A Persian subject part that is a name in quote marks, a title word before it at most,
    with a role in apposition after the comma (««راس ويلسون»، سفير آمريكا در آذربايجان … گفت»,
    «ژنرال "آنوبونگ باوگيندا"، فرمانده ارتش تايلند … گفت»; quotes_dev44c.tsv): Fars marks
    foreign names so, and the name, of two or three words, speaks (the role describes it)."""
    if doc.lang != "fa" or not beside or not starts_role(folded, beside[0][0][0], doc.lang):
        return None
    text = doc.text[seg[0][0] : seg[-1][1]].rstrip("،, ")
    if len(seg) > 1 and title_pattern(doc.lang).fullmatch(folded[slice(*seg[0])]):
        text = doc.text[seg[1][0] : seg[-1][1]].rstrip("،, ")  # «ژنرال "…"»: a title first
    m = _MARKED_NAME.fullmatch(text)
    name = (m.group(1) or m.group(2)).strip() if m else ""
    if not 2 <= len(name.split()) <= MAX_MARKED_NAME_WORDS or is_fragment(name, doc.lang):
        return None
    return Speaker(None, name)


def reporting_source(
    doc: Document, folded: str, seg: list[tuple[int, int]], parts: list[list[tuple[int, int]]]
) -> bool:
    """Whether a part of a Persian subject slot, not its last, is a source marker and its
    outlet («بر اساس گزارش رویترز،», «طبق گزارش …،»; quotes_dev44b.tsv): the outlet that
    reports the words, while the subject of the speech verb follows it."""
    if doc.lang != "fa" or seg is parts[-1]:
        return False
    return any(folded.startswith(w, seg[0][0]) for w in word_set("REPORT_OPENERS", doc.lang))


QUOTED_SOURCE_WORDS = 6  # «نقلا عن الإدارة المسؤولة عن الحركة الجوية»: the longest written


def source_quoted(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """The source an Arabic speaker quotes between its verb and «أن» («وقالت الوكالة نقلا عن
    الشرطة إن», «ذكرت وكالة … نقلا عن الإدارة المسؤولة عن الحركة الجوية إن»; quotes_dev44.tsv,
    quotes_dev44d.tsv): the one quoted speaks the clause, as the held-out guidelines take the
    source of «به نقل از X» when no other verb speaks. Its first person or organization, else
    its words up to the comma or «أن» (at most QUOTED_SOURCE_WORDS, no fragment); None when
    there is no such source."""
    if doc.lang != "ar":
        return None
    via = re.compile(r"(?<!\w)نقلا\u064b?\s+عن\s+")
    found = via.search(folded, lo, hi)
    if not found:
        return None
    end = hi
    that = re.search(r"[،,]|(?<!\w)[أإا]ن(?:ه|ها|هم)?(?!\w)", folded[found.end() : hi])
    if that:
        end = found.end() + that.start()
    quoted = [
        m
        for m in doc.entities
        if found.end() <= m["start"] and m["end"] <= end and m["type"] in ("PER", "ORG")
    ]
    if quoted:
        return mention_speaker(doc, people_first(quoted)[0])
    written = doc.text[found.end() : end].strip(' \t\n،,:«»"“”')
    if not 1 <= len(written.split()) <= QUOTED_SOURCE_WORDS or is_fragment(written, doc.lang):
        return None
    return Speaker(None, written)


def anonymous_source(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """The words after a Persian «به نقل از» when they open with an anonymous source
    («منابع نزدیک به طالبان», «یک منبع آگاه»: `INDEFINITE_ROLES`): the source as written, a
    role, never the body named in its complement; None otherwise."""
    start, end = trimmed(doc.text, lo, hi, " \t\n،,")
    words = doc.text[start:end].split()
    if not words or len(words) > Q.MAX_ROLE_WORDS:
        return None
    if fold_same_length(words[0]) not in word_set("INDEFINITE_ROLES", doc.lang):
        return None
    return Speaker(None, doc.text[start:end], role=True)


def ends_with_speech(lang: str, folded: str, seg: list[tuple[int, int]]) -> bool:
    """Whether a part of a subject slot is an outlet's report of its own ending in a speech
    verb ("خبرگزاری … گزارش کرد،"), not a subject with a cue phrase in it ("با اشاره به …")."""
    outlet = any(folded.startswith(w, seg[0][0]) for w in word_set("ORGANIZATION_WORDS", lang))
    return outlet and any(
        cue.end() >= seg[-1][1] - 1 and cue.group("cue") not in word_set("CUES_NEEDING_THAT", lang)
        for cue in cue_pattern(lang).finditer(folded, seg[0][0], seg[-1][1])
    )


def is_fragment(phrase: str, lang: str, role: bool = False) -> bool:
    """Whether a subject as written is a piece of a sentence, not a noun phrase: it starts
    with a preposition or a complementizer, ends with a conjunction, or holds a number (a
    `role` may: «مدير ورزش بانوان منطقه 22 شهرداري تهران»)."""
    words = [_HARAKAT.sub("", bare(fold_same_length(w))).lower() for w in phrase.split()]
    words = [w for w in words if w]
    stop = word_set("PREPOSITIONS", lang) | word_set("SUBJECT_ENDS", lang)
    that = that_pattern(lang)
    return (
        not words
        or (len(words[0]) < 2 and words[0] != "a")  # a clitic alone; English "a" is a word
        or (words[0] in stop and not is_name_not_preposition(phrase.split()[0], lang))
        or words[0] in word_set("NOT_SUBJECTS", lang)
        or bool(cue_pattern(lang).match(" ".join(words)))
        or bool(that and that.fullmatch(words[0]))
        or words[-1] in Q.TRAILING_CONJUNCTIONS
        or (
            lang != "en"
            and not role
            and any(
                (any(c.isdigit() for c in w) and not DEFINITE_NUMBER.fullmatch(w)) or w == "%"
                for w in words
            )
        )
        or words[0].isdigit()  # "000 new jobs"
        or any(w in word_set("NOT_IN_SUBJECT", lang) for w in words)
    )


# A number with the Arabic article names a group («مفاوضو الدول ال12», "the twelve countries'
# negotiators"; quotes_dev41.tsv), never a count the clause reports.
DEFINITE_NUMBER = re.compile(r"الـ?\d+")


def is_name_not_preposition(word: str, lang: str) -> bool:
    """Whether an Arabic word that folds like a preposition is written as a name: «علي»
    (Ali) folds as «على» (on) does; read as written."""
    raw = set(Q.PREPOSITIONS.get(lang, [])) | set(Q.SUBJECT_ENDS.get(lang, []))
    return lang == "ar" and _HARAKAT.sub("", word) not in raw and word in Q.NAMES_LIKE_PREPOSITIONS


def clause_after_comma_conjunction(
    doc: Document, folded: str, parts: list[list[tuple[int, int]]]
) -> list[list[tuple[int, int]]]:
    """The last part of a Persian subject slot, less its conjunction, when a clause's «اما»/«ولی»
    opens it after a comma with a person's name right after it and it runs to the cue («آدلايد
    در 9 بازي قبلي خود … باز شده است، اما ويدمار مي گويد»; quotes_dev78fa.tsv): the clause
    before the comma has its own verb and subject, who does not speak. The parts as they were
    otherwise, and when a comma closes that clause before the cue (a clause inside another)."""
    if doc.lang != "fa" or len(parts) < 2:
        return parts
    seg, end = parts[-1], parts[-1][-1][1]
    if "،" in folded[end - 1 : end + 1] or "," in folded[end - 1 : end + 1]:
        return parts  # «…، ولي احمدي نژاد … وارد ميدان شد، گفت»: that clause closed, not his
    if len(seg) < 2 or bare(folded[slice(*seg[0])]) not in word_set(
        "CLAUSE_CONJUNCTIONS_50FA", "fa"
    ):
        return parts
    if any(m["start"] == seg[1][0] and m["type"] == "PER" for m in doc.entities):
        return [seg[1:]]
    return parts


def person_after_byline(
    doc: Document, folded: str, seg: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """The words of a Persian subject slot from the first person named after a byline that
    no comma closes («به گزارش خبرگزاري فارس محمدرضا ميرتاج‌الديني در سخناني … تصريح كرد»;
    quotes_dev74fa.tsv): he is the subject, not a person named later in the slot. None when
    no person outside a prepositional phrase follows the byline."""
    if doc.lang != "fa":
        return None
    people = [m for m in subject_mentions(doc, folded, seg[0][0], seg[-1][1]) if m["type"] == "PER"]
    if not people:
        return None
    return [w for w in seg if w[0] >= people[0]["start"]] or None


def after_clause_conjunction(
    doc: Document, folded: str, seg: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The words of a Persian subject slot after a clause's «ولی»/«اما» inside it, when a name
    the recogniser found opens them («علت سقوط اين هواپيما هنوز مشخص نيست ولي پليس پاكستان
    اعلام كرد كه …»; quotes_dev50fa.tsv): the first clause says nothing of who speaks; the
    slot as it was otherwise («ولی فقیه» is no name)."""
    if doc.lang != "fa" or len(seg) < 3:
        return seg
    joins = word_set("CLAUSE_CONJUNCTIONS_50FA", "fa")
    for k in range(len(seg) - 2, 0, -1):
        if (
            bare(folded[slice(*seg[k])]) not in joins
            and not because_that_51fa(folded, seg, k)
            and not and_after_finite_verb(folded, seg, k)
        ):
            continue
        starts = {m["start"] for m in doc.entities if m["type"] in ("PER", "ORG")}
        title = title_pattern("fa").match(folded, seg[k + 1][0])
        titled = title is not None and k + 2 < len(seg) and seg[k + 2][0] in starts
        return seg[k + 1 :] if seg[k + 1][0] in starts or titled else seg
    return seg


def and_after_finite_verb(folded: str, seg: list[tuple[int, int]], k: int) -> bool:
    """Whether the word at `k` of a Persian subject slot is «و» right after a finite verb
    (`FINITE_VERBS_BEFORE_AND`: «برخي از حكام عرب … ابراز نارضايتي كردند و شيخ خالد بن احمد آل
    خليفه … اعلام كرد كه»; quotes_dev82fa.tsv): a new clause, whose subject follows the «و»."""
    return bare(folded[slice(*seg[k])]) == "و" and bare(folded[slice(*seg[k - 1])]) in word_set(
        "FINITE_VERBS_BEFORE_AND", "fa"
    )


def news_of_object_51fa(folded: str, cue: re.Match) -> bool:
    """Whether a Persian «خبر داد(ند)» has an object with «از» in its sentence («… از وقوع یک
    انفجار … خبر دادند که …»; `NEWS_OF_51FA`): news of a thing, not speech (an «از» after a
    word of part, «یکی از مسئولان», is in the subject)."""
    if cue.group("cue") not in word_set("NEWS_OF_51FA", "fa"):
        return False
    opening = max(folded.rfind(c, 0, cue.start()) for c in ".\n:؛!؟") + 1
    opening = after_leading_byline_54fa(folded, opening, cue.start())
    words = [bare(w) for w in folded[opening : cue.start()].split()]
    parts = word_set("PART_BEFORE_FROM_51FA", "fa")
    return any(w == "از" and (k == 0 or words[k - 1] not in parts) for k, w in enumerate(words))


def after_leading_byline_54fa(folded: str, lo: int, hi: int) -> int:
    """Where a Persian sentence goes on after the agency byline it opens with («به گزارش
    خبرگزاري رويتر از پاكستان، منابع پليس … خبردادند كه …»; quotes_dev50fa.tsv): after the
    byline's comma, whose «از» is the desk's place, never news of a thing; else `lo`."""
    at = lo + len(folded[lo:hi]) - len(folded[lo:hi].lstrip())
    comma = re.search(r"[،,]", folded[at:hi])
    return at + comma.end() if starts_with_byline(folded, at) and comma else lo


def points_to_thing_51fa(folded: str, cue: re.Match) -> bool:
    """Whether a Persian «اشاره کرد که» refers to a thing rather than a point made: no «این» +
    a noun of `POINT_NOUNS_51FA` («به این نکته», «به این موضوع») right before the verb."""
    if cue.group("cue") not in word_set("POINTING_CUES_51FA", "fa"):
        return False
    before = [bare(w) for w in folded[max(0, cue.start() - 40) : cue.start()].split()][-2:]
    return not (
        len(before) == 2 and before[0] == "این" and before[1] in word_set("POINT_NOUNS_51FA", "fa")
    )


def because_that_51fa(folded: str, seg: list[tuple[int, int]], k: int) -> bool:
    """Whether the slot's word `k` ends a two-word clause conjunction («… مهم به شمار می‌رود،
    چرا که بانک جهانی هشدار داده است که …»; `CLAUSE_CONJUNCTIONS_51FA`; quotes_dev51fa.tsv)."""
    pair = " ".join(bare(folded[slice(*w)]) for w in seg[k - 1 : k + 1])
    return k >= 1 and pair in word_set("CLAUSE_CONJUNCTIONS_51FA", "fa")


def in_relative_clause_50fa(folded: str, seg: list[tuple[int, int]], mention: dict) -> bool:
    """Whether a mention sits in the relative clause a Persian «این» + role opens with «که»
    («این بازیکن که نمایش درخشانی در تیم‌های چلسی … به ثبت رساند، … نوشت»; quotes_dev50fa.tsv):
    what the one referred to did, not who speaks («این تصمیم … که …» names no person: left)."""
    relative = next(
        (w[0] for w in seg[2:] if bare(folded[slice(*w)]) in word_set("RELATIVE_50FA", "fa")),
        None,
    )
    return relative is not None and mention["start"] > relative


def after_titles_fa(doc: Document, folded: str, seg: list[tuple[int, int]]) -> int:
    """Where the first word after the titles that open a Persian subject part ends («سرهنگ
    کارآگاه [محمد] اشراقی، معاون …، با اعلام این خبر گفت»: two titles before the name, whose
    first word is then the part's third; quotes_dev80fa.tsv), or 0 when no title opens it."""
    title = title_pattern(doc.lang).match(folded, seg[0][0]) if doc.lang == "fa" else None
    named = [w for w in seg if title and w[0] >= title.end()]
    return named[0][1] if named else 0


def segment_subject(
    doc: Document,
    folded: str,
    seg: list[tuple[int, int]],
    after: bool,
    beside: list[list[tuple[int, int]]] = (),
    region_mentions: list[dict] = (),
) -> Speaker | None:
    """The speaker one part of a subject slot names, CONTINUE, or None when it names none;
    `beside` are the comma-separated parts after it, where a role's holder may be named."""
    first = bare(folded[slice(*seg[0])]).lower()
    if first in {fold_same_length(p) for p in Q.PRONOUNS}:
        return CONTINUE
    found = subject_mentions(doc, folded, seg[0][0], seg[-1][1])
    preposition = first in word_set("PREPOSITIONS", doc.lang)
    if starts_role(folded, seg[0][0], doc.lang):
        near = [p for p in beside[:1] if p and p[0][0] - seg[-1][1] <= 3]
        stop = role_end(doc, folded, seg)
        people = [
            m
            for m in [m for m in found if m["end"] <= stop]
            + [m for p in near for m in subject_mentions(doc, folded, p[0][0], p[-1][1])]
            if m["type"] == "PER"
            and (named_after_title(doc, folded, seg, m) or not role_complement(doc, m))
            and not told_noun(doc, m)
            and not holder_of_inner_role(doc, folded, seg, m)
        ]
        if people:
            return mention_speaker(doc, people[0])  # "المتحدث باسم الخارجية فلان"
        if found and found[0]["start"] <= seg[0][0] + 1 and not office_read_as_body(doc, found[0]):
            return mention_speaker(doc, found[0])  # a role word that begins a name (وزارة…)
        wider = [m for m in region_mentions if m["type"] == "PER"] if after else []
        if wider:
            return mention_speaker(doc, wider[0])  # "…المشرف العام على المشروع فلان"
        return role_speaker(doc, folded, seg)
    if after and found:
        return mention_speaker(doc, (people_first(found))[0])
    lead_end = seg[1][1] if len(seg) > 1 else seg[0][1]
    leading = [m for m in found if m["start"] < max(lead_end, after_titles_fa(doc, folded, seg))]
    if leading and not preposition:
        latin = latin_name_after_description(doc, seg, leading[0])
        return latin or mention_speaker(doc, leading[0])
    if first in continuing_words():
        named = this_organization(doc, folded, seg)
        if named:
            return named  # «اين روزنامه چاپ مادريد نوشت»: the newspaper named before
        outlet = outlet_named_before(doc, folded, seg)
        if outlet is not None:
            return outlet  # «به نوشته این گزارش» after «به نقل از بیزینس لاین»: the paper
        report = this_report_48(doc, folded, seg)
        if report is not None:
            return report  # «اين گزارش حاكي است» after «به گزارش روابط عمومي اداره كل …،»
        if doc.lang == "fa" and len(seg) > 1 and starts_role(folded, seg[1][0], doc.lang):
            head = bare(folded[slice(*seg[1])])
            person = None if plural_role(head) else described_before(doc, folded, head, seg[0][0])
            if person:
                return mention_speaker(doc, person)  # «این نماینده …» of «نماینده …، X»
            latin = None if plural_role(head) else latin_described_before(doc, head, seg[0][0])
            if latin:
                return latin  # «نماینده ایالات متحده، Maxine Waters» the recogniser missed
            if head in word_set("GENERIC_ROLE_HEADS", doc.lang):
                return CONTINUE  # «این مسئول از … خبر داد»: the one speaking before
        unnamed_outlet = unnamed_outlet_56fa(doc, folded, seg)
        if unnamed_outlet is not None:
            return unnamed_outlet  # «اين روزنامه در ادامه افزود» with no paper named before
        if doc.lang == "fa":
            introduced = introduced_unnamed(doc, folded, seg)
            if introduced is not None:
                return introduced  # «اين ديپلمات … گفت» after «يك ديپلمات غربي … خواند»
            found = [m for m in found if not in_topic_phrase(folded, seg, m)]
            if len(seg) > 1 and starts_role(folded, seg[1][0], doc.lang):
                found = [m for m in found if not in_relative_clause_50fa(folded, seg, m)]
                if body_complements_role(folded, seg, found):
                    return CONTINUE  # «اين استاد دانشگاه مسيحي اظهار داشت»: the professor
        return CONTINUE if not found else mention_speaker(doc, found[0])
    if preposition and found and not after and about_phrase(folded, seg, doc.lang):
        return None  # «با اشاره به شكست رژيم صهيونيستي …، گفت»: what is spoken of
    if preposition and found and not after:
        # «در همين حال يك مقام در دفتر آريل شارون … گفت»: a role after the adverbial speaks,
        # the name inside it is its complement
        role_at = next(
            (
                k
                for k in range(1, len(seg))
                if seg[k][0] < found[0]["start"] and starts_role(folded, seg[k][0], doc.lang)
            ),
            None,
        )
        if role_at is not None:
            return segment_subject(doc, folded, seg[role_at:], after)
        return mention_speaker(doc, found[0])  # "در این مراسم X گفت"
    if preposition and not found and not after:
        unnamed = unnamed_role_after_adverbial(doc, folded, seg)
        if unnamed is not None:
            return unnamed  # «در اين ميان يك مقام آمريكايي گفت»: the official speaks
    if not after and doc.lang in Q.VERB_FIRST:  # "من جانبه، رحب فلان … وقال:"
        return None if preposition else verb_first_subject(doc, folded, seg)
    if not after and not preposition and first not in continuing_words():
        latin = latin_name_in_subject(doc, seg) if not found else None
        return latin or written_name(doc, folded, seg)
    if after and not preposition and len(seg) <= Q.MAX_SUBJECT_WORDS:
        written = doc.text[seg[0][0] : seg[-1][1]].strip('،,: «»"“”')
        if not is_fragment(written, doc.lang):
            holder = known_holder(doc, folded, written, seg[0][0])
            return mention_speaker(doc, holder) if holder else Speaker(None, written)
    return None


OUTLET_WORDS_47D = 6  # the longest outlet name taken after «به نقل از»


def kind_word_at(folded: str, at: int, kinds: frozenset[str]) -> str | None:
    """The kind word of `kinds` («روزنامه», «هفته نامه») written whole at `at`, or None."""
    return next((k for k in kinds if re.compile(re.escape(k) + r"(?!\w)").match(folded, at)), None)


def outlet_named_before(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker | None:
    """The outlet a Persian «این» + a kind of outlet stands for («به نوشته این گزارش، …», «این
    گزارش می‌افزاید», «به نوشته اين هفته‌نامه، …»; `OUTLET_KINDS_47D`): the one the last
    marker before it named («به گزارش … فارس به نقل از بیزینس لاین،», «به نوشته ديلي تلگراف،»;
    `OUTLET_MARKERS_47D`; quotes_dev47d.tsv), up to its comma, as written or as recognised;
    None when no marker names one (the article's own report: «به گزارش فارس، … این گزارش
    می‌افزاید» is left as it was)."""
    if doc.lang != "fa" or not seg:
        return None
    # the word after «این» (after a cue the slot may hold «این» alone: «به نوشته اين هفته‌نامه،»)
    at = (
        seg[1][0]
        if len(seg) > 1
        else seg[0][1] + len(folded[seg[0][1] :]) - len(folded[seg[0][1] :].lstrip())
    )
    kind = kind_word_at(folded, at, word_set("OUTLET_KINDS_47D", "fa"))
    rest = folded[at + len(kind) : seg[-1][1]].split() if kind else []
    if not kind or any(bare(w) not in word_set("ALSO_WORDS_47D", "fa") for w in rest):
        return None  # «اين گزارش حاكي است، وي افزود»: an opener, the one after it speaks
    same_kind = outlet_of_kind_55fa(doc, kind, seg[0][0]) if kind != "گزارش" else None
    if same_kind is not None:
        return same_kind  # «به نوشته اين هفته‌نامه» after «… به نقل از هفته‌نامه «جينز ديفنس»»
    markers = "|".join(re.escape(m) for m in word_set("OUTLET_MARKERS_47D", "fa"))
    named = list(re.finditer(rf"(?<!\w)(?:{markers})\s+([^،,.:\n]+?)\s*[،,]", folded[: seg[0][0]]))
    if not named:
        return None
    lo, hi = named[-1].span(1)
    name = doc.text[lo:hi].strip(' «»"“”')
    first = bare(fold_same_length(name).split()[0]) if name.split() else ""
    if not 1 <= len(name.split()) <= OUTLET_WORDS_47D or first in continuing_words():
        return None  # «به نوشته این گزارش،»: itself a reference back
    inside = [m for m in doc.entities if lo <= m["start"] and m["end"] <= hi]
    return mention_speaker(doc, inside[0]) if inside else Speaker(None, name)


def unnamed_outlet_56fa(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker | None:
    """A Persian «این» + a newspaper's kind word as the whole subject («اين روزنامه در ادامه
    افزود:» right after the agency's byline: the paper was named in the headline;
    quotes_dev53fa.tsv, quotes_dev56fa.tsv) in the lead sentence, when the text names no
    organization before it but the agency itself: the paper as written, never the last person
    who spoke. Later in the text a paper may have been named as no organization («الحيات …
    نوشت», unlabelled Fars News): left to the older rules."""
    if doc.lang != "fa" or len(seg) < 2 or folded[slice(*seg[0])] not in ("این", "همین"):
        return None
    kind = kind_word_at(folded, seg[1][0], word_set("NEWSPAPER_WORDS", "fa"))
    if kind is None or re.search(r"[.!?؟\n]", folded[: seg[0][0]]):
        return None  # after the lead sentence a paper may have been named (الحيات … نوشت)
    rest = folded[seg[1][0] + len(kind) : seg[-1][1]]
    for also in sorted(word_set("ALSO_WORDS_47D", "fa"), key=len, reverse=True):
        rest = re.sub(rf"(?<!\w){re.escape(also)}(?!\w)", " ", rest)
    if rest.strip():
        return None  # «اين روزنامه آمريكايي …»: more than the kind word
    own = word_set("OWN_DESK_WORDS_48", "fa")
    if any(
        m["start"] < seg[0][0]
        and m["type"] in ("ORG", "MISC")
        and not set(fold_same_length(m["text"]).split()) & own
        for m in doc.entities
    ):
        return None  # a body named before may be the paper (`outlet_named_before` decides)
    return Speaker(None, doc.text[seg[0][0] : seg[1][0] + len(kind)])


def outlet_of_kind_55fa(doc: Document, kind: str, before: int) -> Speaker | None:
    """The nearest Persian outlet named before `before` with the kind word a back-reference
    uses («هفته‌نامه «جينز ديفنس»» for «اين هفته‌نامه» though «به نوشته ديلي تلگراف،» came
    between; quotes_dev49fb.tsv): an organization (never a person) whose name opens with the
    kind or follows it; None when the text names none."""
    named = [
        m
        for m in doc.entities
        if m["end"] <= before
        and m["type"] in ("ORG", "MISC")
        and (
            fold_same_length(m["text"]).startswith(kind + " ")
            or named_after_kind_word_49(doc, m, kind)
        )
    ]
    return mention_speaker(doc, named[-1]) if named else None


def this_report_48(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker | None:
    """Who a Persian «این گزارش» with a verb of its own stands for when no «به نقل از» marker
    named an outlet (`outlet_named_before`): the source of the article's opening «به گزارش X،»
    («به گزارش روابط عمومي اداره كل تعاون استان تهران، …» then «اين گزارش حاكي است كه …»;
    quotes_dev47b.tsv), unless X is the outlet's own desk («به گزارش خبرگزاری فارس»,
    «به گزارش خبرنگار …»): then the article's own report, no one — never the person who spoke
    last. None for any other subject."""
    if doc.lang != "fa" or len(seg) < 2 or folded[slice(*seg[1])] != "گزارش":
        return None
    rest = folded[seg[1][1] : seg[-1][1]].split()
    if any(bare(w) not in word_set("ALSO_WORDS_47D", "fa") for w in rest):
        return None  # «اين گزارش حاكي است، وي افزود»: an opener, the one after it speaks
    byline = re.search(r"(?<!\w)به گزارش\s+([^،,.:\n]+?)\s*[،,]", folded[: seg[0][0]])
    if not byline:
        return Speaker(None, None)
    lo, hi = byline.span(1)
    words = [bare(w) for w in folded[lo:hi].split()]
    if set(words) & word_set("OWN_DESK_WORDS_48", "fa"):
        return Speaker(None, None)
    whole = [m for m in doc.entities if m["start"] == lo and m["type"] in ("ORG", "PER", "MISC")]
    return mention_speaker(doc, whole[0]) if whole else Speaker(None, doc.text[lo:hi])


def according_to_this_report_58fa(doc: Document, folded: str) -> list[Found]:
    """Persian sentences opened by "according to this report" («بر اساس این گزارش، …»,
    `THIS_REPORT_OPENERS_58FA`) with no speech verb of their own: quotes of the report's source
    (`report_source_58fa`; the convention of eval/labels/quotes_dev.md, session 54). None when
    the report is the agency's own or its source is not found (precision first)."""
    if doc.lang != "fa":
        return []
    openers = alternatives(word_set("THIS_REPORT_OPENERS_58FA", "fa"))
    this = alternatives(word_set("THIS_REPORT_WORDS_58FA", "fa"))
    pattern = re.compile(rf"(?<!\w)({openers})\s+({this})\s+(گزارش)(?!\w)\s*[،,]?")
    out = []
    for m in pattern.finditer(folded):
        if folded[sentence_start(doc.text, m.start()) : m.start()].strip():
            continue  # «… که بر اساس این گزارش …» inside a sentence: no marker of its source
        end = clause_end(folded, m.end())
        if has_speech_cue_58fa(folded, m.end(), end) or INNER_CLAUSE_58FA.search(
            folded, m.end(), end
        ):
            continue  # «بنا بر این گزارش، دادستان معتقد است …»: the inner speaker's words
        speaker = report_source_58fa(doc, folded, [m.span(2), m.span(3)])
        start, stop = trimmed(doc.text, m.end(), end)
        if speaker is not None and speaker.text and stop > start:
            out.append(Found(start, stop, False, m.start(1), m.end(1), speaker, report_source=True))
    return out


# A light verb with «که», or a colon, inside the sentence («در بازجويي متهم اعتراف كرد كه …»,
# quotes_dev53fa.tsv; «… از عسكراولادي سوال شد: …», unlabelled Fars News): words of someone the
# sentence names, not the report's.
INNER_CLAUSE_58FA = re.compile(r"(?<!\w)(?:کرد|کردند|کرده|نمود|داشت|داد|دادند)\s*(?:که(?!\w))|:")


def has_speech_cue_58fa(folded: str, start: int, end: int) -> bool:
    """Whether a Persian speech cue stands between `start` and `end`, not as the head of a
    longer word («گفت‌وگو کردند» is a talk, not "said"; `CUE_CONTINUATIONS`)."""
    continuations = word_set("CUE_CONTINUATIONS", "fa")
    for cue in cue_pattern("fa").finditer(folded, start, end):
        after = re.match(r"[\s\u200c]?(\w+)", folded[cue.end() : cue.end() + 8])
        if not (after and after.group(1) in continuations):
            return True
    return False


def report_source_58fa(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker | None:
    """Whose report a Persian «این گزارش» opening a sentence is: the outlet or office the last
    source marker named («به نقل از X،», `source_named_before_58fa`), the body the lead sentence
    right before says announced it (`lead_announcer_58fa`), a paper the lead wrote only as «این
    روزنامه» (`unnamed_outlet_56fa`), or the source of a byline «به گزارش X،» that
    is not the agency's own desk (`this_report_48`); None for the agency's own report."""
    return (
        source_named_before_58fa(doc, folded, seg[0][0])
        or lead_announcer_58fa(doc, folded, seg[0][0])
        or unnamed_paper_in_lead_58fa(doc, folded, seg[0][0])
        or this_report_48(doc, folded, seg)
    )


def source_named_before_58fa(doc: Document, folded: str, before: int) -> Speaker | None:
    """The source the last Persian report marker before `before` names up to its comma («به
    نقل از روابط عمومي جشنواره بين‌المللي فيلم كوتاه تهران،»; `OUTLET_MARKERS_47D`) or its
    closing mark (quotes_dev49fb.tsv), as written, marks, a dateline and a clause left out (an
    office's name runs longer than `outlet_named_before` takes an outlet's)."""
    markers = alternatives(word_set("OUTLET_MARKERS_47D", "fa"))
    to_comma = rf"(?<!\w)(?:{markers})\s+([^،,.:\n]+?)\s*[،,]"
    # «به نقل از هفته‌نامه «جينز ديفنس»  دستوري …»: a name in marks ends itself, no comma
    to_mark = rf"(?<!\w)(?:{markers})\s+((?:[^\s«»\"“”]+\s+){{0,2}}[«\"“][^»\"”\n]{{2,60}}[»\"”])"
    named = [*re.finditer(to_comma, folded[:before]), *re.finditer(to_mark, folded[:before])]
    if not named:
        return None
    lo, hi = max(named, key=lambda m: (m.start(), -m.end())).span(1)
    if has_speech_cue_58fa(folded, lo, hi) or re.search(r"(?<!\w)که(?!\w)", folded[lo:hi]):
        return None  # «به نقل از فردي كه او را … ناميد»: a clause, not a name
    words = re.sub(r'[«»"“”]', " ", doc.text[lo:hi]).split()
    stops = word_set("PREPOSITIONS", "fa") - word_set("IN_NAME_PREPOSITIONS_50FA", "fa")
    cut = next((i for i, w in enumerate(words) if i and fold_same_length(w) in stops), len(words))
    words = words[:cut]  # «خبرگزاري فرانسه از قاهره»: a dateline after the name
    first = bare(fold_same_length(words[0])) if words else ""
    if not 1 <= len(words) <= BYLINE_SOURCE_WORDS_50FA or first in continuing_words():
        return None  # «به نوشته این گزارش،»: itself a reference back
    return Speaker(None, " ".join(words))


def byline_speaker_taken_up(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian «بر اساس این گزارش، …» quote (`according_to_this_report_58fa`) whose report a
    source marker named («به نقل از روزنامه پاكستاني "نيوز"، …»): the source as the marker
    writes it, its kind word kept (the name `newspaper_name` shortens for the byline's own
    quote), and the entity of the byline quote that names it, so both are one speaker."""
    if doc.lang != "fa":
        return quotes
    folded = fold_same_length(doc.text)
    openers = word_set("THIS_REPORT_OPENERS_58FA", "fa")
    for i, quote in enumerate(quotes):
        if fold_same_length(quote["cue"] or "") not in openers:
            continue
        named = source_named_before_58fa(doc, folded, quote["start"])
        if named is None or not named.text:
            continue
        said = set(fold_same_length(named.text).split())
        bylines = [
            q["speaker"]
            for q in quotes[:i]
            if q["speaker"] and said & set(fold_same_length(q["speaker_text"] or "").split())
        ]
        quote["speaker_text"] = website_name(doc, named.text)
        quote["speaker"] = bylines[-1] if bylines else None
    return quotes


def lead_announcer_58fa(doc: Document, folded: str, before: int) -> Speaker | None:
    """The body the lead sentence, right before `before`, says announced the report: its subject a
    recognised organization right after the byline, its verb one of `ANNOUNCING_VERBS_58FA`
    after an object's «را» («به گزارش خبرنگار … فارس، مرکز اطلاعات … آخرین وضعیت … را اعلام
    کرد.»; quotes_dev56fa.tsv); None otherwise."""
    here = sentence_start(doc.text, before)
    lead = folded[:here].rstrip(" .\n")
    if not lead or sentence_start(doc.text, len(lead)) > 0:
        return None  # the sentence before is not the lead
    verbs = alternatives(word_set("ANNOUNCING_VERBS_58FA", "fa"))
    if not re.search(rf"(?<!\w)را\s+(?:{verbs})$", lead):
        return None
    byline = re.match(r"\s*به گزارش[^،,\n]*[،,]\s*", lead)
    at = byline.end() if byline else 0
    first = [m for m in doc.entities if m["start"] == at and m["type"] == "ORG"]
    return mention_speaker(doc, first[0]) if first else None


def unnamed_paper_in_lead_58fa(doc: Document, folded: str, before: int) -> Speaker | None:
    """A paper the lead sentence writes only as «این روزنامه» (`unnamed_outlet_56fa`)."""
    kinds = alternatives(word_set("NEWSPAPER_WORDS", "fa"))
    this = alternatives(word_set("THIS_REPORT_WORDS_58FA", "fa"))
    paper = re.search(rf"(?<!\w)({this})\s+({kinds})(?!\w)", folded[:before])
    return unnamed_outlet_56fa(doc, folded, [paper.span(1), paper.span(2)]) if paper else None


def outlet_speaks(doc: Document, folded: str, found: Found) -> bool:
    """Whether a Persian quote's cue has «این» + a kind of outlet for its subject, right before
    or after it («به نوشته این گزارش، …», «این گزارش می‌افزاید»): the outlet's words between a
    person's, so a «وی» after them is still that person (quotes_dev47d.tsv: «وی افزود» after
    «به نوشته این گزارش، …» is the Indian official's)."""
    if doc.lang != "fa" or found.cue_start is None or found.cue_end is None:
        return False
    kinds = "|".join(re.escape(k) for k in word_set("OUTLET_KINDS_47D", "fa"))
    this = rf"(?<!\w)(?:این|همین)\s+(?:{kinds})(?!\w)"
    after = re.match(rf"\s*{this}", folded[found.cue_end : found.cue_end + 30])
    lo = sentence_start(doc.text, found.cue_start)
    before = re.match(rf"\s*{this}", folded[lo : found.cue_start])
    rest = folded[lo + before.end() : found.cue_start].split() if before else []
    # «اين گزارش حاكي است: خانم دانيالي … گفت»: an opener, the one after it speaks
    only_also = all(bare(w) in word_set("ALSO_WORDS_47D", "fa") for w in rest)
    return bool(after or (before and only_also))


def narrated_person(doc: Document, folded: str, at: int, last: Speaker) -> Speaker | None:
    """The person a Persian «او»/«وی» opening a sentence stands for when the sentence before it
    opens its paragraph with that person's name and quotes no one («جانسون سعی دارد … . او
    بارها تأکید کرده …», after an official's words about him; unlabelled Fars News): the
    person narrated about, not the last speaker; None otherwise."""
    pronoun = re.match(r"\s*(\w+)", folded[at:])
    if doc.lang != "fa" or not pronoun or pronoun.group(1) not in word_set("PERSON_PRONOUNS", "fa"):
        return None
    here = sentence_start(doc.text, at)
    if here < 2 or doc.text[here - 1] == "\n":
        return None  # the pronoun opens a paragraph: no narration right before it
    before = sentence_start(doc.text, here - 1)
    if before > 0 and doc.text[before - 1] != "\n":
        return None
    if cue_pattern("fa").search(folded, before, here) or re.search(
        r"[«»\"“”]", doc.text[before:here]
    ):
        return None
    opening = [
        m
        for m in doc.entities
        if m["type"] == "PER" and before <= m["start"] <= before + 1 and m["end"] < here
    ]
    if not opening or opening[0]["entity"] == last.entity:
        return None
    return mention_speaker(doc, opening[0])


def person_of_paragraph_before(
    doc: Document, folded: str, at: int, last: Speaker
) -> Speaker | None:
    """The person a Persian «وی»/«او» opening a paragraph stands for when the paragraph before
    it is one sentence that opens with another person's name as its subject and quotes no one
    («مسعود روحاني، عضو هيئت علمي دانشگاه … بخشش و ايثار را … ذكر كرد.» then «وي افزود: …»,
    after another man's words; quotes_dev50fa.tsv): the person just narrated, who speaks now,
    not the last speaker; None otherwise (a name followed by «را» is an object)."""
    pronoun = re.match(r"\s*(\w+)", folded[at:])
    if doc.lang != "fa" or not pronoun or pronoun.group(1) not in word_set("PERSON_PRONOUNS", "fa"):
        return None
    here = sentence_start(doc.text, at)
    if here < 2 or doc.text[here - 1] != "\n":
        return None  # within a paragraph: `narrated_person` reads it
    ends = len(doc.text[: here - 1].rstrip())
    before = sentence_start(doc.text, ends - 1) if ends > 0 else 0
    if before > 0 and doc.text[before - 1] != "\n":
        return None  # the paragraph before holds more than one sentence
    if cue_pattern("fa").search(folded, before, here) or re.search(
        r"[«»\"“”:]", doc.text[before:here]
    ):
        return None
    opening = next((m for m in doc.entities if m["type"] == "PER" and m["start"] == before), None)
    if not opening or opening["entity"] == last.entity:
        return None
    if re.match(r"\s*را(?!\w)", folded[opening["end"] :]):
        return None
    names = [m["text"] for m in doc.entities if last.entity and m["entity"] == last.entity]
    if any(same_name_misspelt_50fa(opening["text"], n) for n in [*names, last.text or ""]):
        return None  # «علی اسماعیل از ناشران … خواست» after «علی اسماعیلی»: the same man
    return mention_speaker(doc, opening)


def same_name_misspelt_50fa(name: str, other: str) -> bool:
    """Whether two Persian names are one written twice, a letter dropped from the surname
    («علی اسماعیل» for «علی اسماعیلی» in one Fars News article; unlabelled, quotes50fa): the
    same first word and one surname of four letters or more opening the other."""
    a, b = fold_same_length(name).split(), fold_same_length(other).split()
    if len(a) < 2 or len(b) < 2 or a[0] != b[0]:
        return False
    short, long_ = sorted((a[-1], b[-1]), key=len)
    return len(short) >= 4 and long_.startswith(short)


INTRODUCED_REACH_47D = 600  # characters back to the «یک …» a Persian «این …» refers to
INTRODUCED_WORDS_47D = 4  # the longest unnamed speaker taken as written («یک مقام دولتی هند»)


def introduced_unnamed(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker | None:
    """The unnamed one a Persian «این» + noun refers to: the nearest «یک»/«یکی از» + that noun
    written before, within `INTRODUCED_REACH_47D` characters and with no person named between
    («يك ديپلمات غربي به تعويق افتادن بازرسي‌ها را … مضر خواند. اين ديپلمات كه خواست نامش فاش
    نشود، گفت»; quotes_dev47d.tsv), as written up to its first function word, comma or
    `INTRODUCED_WORDS_47D` words; None when there is none (a noun that names no one)."""
    if doc.lang != "fa" or len(seg) < 2:
        return None
    head = bare(folded[slice(*seg[1])])
    at = seg[0][0]
    lo = max(0, at - INTRODUCED_REACH_47D)
    opening = r"(?<!\w)(?:یک|یکی از)\s+" + re.escape(head) + r"(?!\w)"
    intro = [m.start() for m in re.finditer(opening, folded[lo:at])]
    if len(head) < 3 or not intro:
        return None
    start = lo + intro[-1]
    if any(m["type"] == "PER" and start <= m["start"] < at for m in doc.entities):
        return None  # «یک دیپلمات …» named after all: the recogniser's name resolves it
    ends = word_set("SUBJECT_ENDS", doc.lang) | {fold_same_length("که")}
    kept = []
    for w in re.finditer(r"\S+", folded[start:at]):
        word = w.group()
        if len(kept) >= INTRODUCED_WORDS_47D or (kept and bare(word.strip("،,")) in ends):
            break
        kept.append((start + w.start(), start + w.end()))
        if word[-1] in "،,:":
            break
    written = doc.text[kept[0][0] : kept[-1][1]].strip('،,: «»"“”')
    return Speaker(None, written, role=True) if len(kept) > 1 else None


@cache
def source_nouns_67fa() -> frozenset[str]:
    """Folded Persian nouns for an unnamed source («منبع», «مقام», «کارشناس»;
    data/gazetteers/source_nouns_fa_67.tsv), read once."""
    rows = read_table("gazetteers/source_nouns_fa_67.tsv")
    return frozenset(fold_same_length(w) for lang, w in rows if lang == "fa")


def described_source(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """A Persian subject «این» + a source noun + what kind of source it is («اين منبع آگاه عراقي
    اضافه كرد», «به گفته اين منبع آگاه عراقي،»; `source_nouns_67fa`) where no earlier speaker
    is known and no person is named before (quotes_dev66fa.tsv: a lead cut off, the only
    earlier speaker «وی»): the demonstrative has no one to point to, so the source as written
    without «این» speaks, up to a function word, «که», a comma or `INTRODUCED_WORDS_47D`
    words. None for the bare noun («به نوشته این منبع» points back to an outlet named
    before)."""
    words = [(lo + w.start(), lo + w.end()) for w in re.finditer(r"\S+", folded[lo:hi])]
    if doc.lang != "fa" or len(words) < 3 or bare(folded[slice(*words[0])]) != "این":
        return None
    if bare(folded[slice(*words[1])]) not in source_nouns_67fa():
        return None
    if any(m["type"] == "PER" and m["start"] < lo for m in doc.entities):
        return None  # someone named before: «این منبع» may be that one
    ends = word_set("SUBJECT_ENDS", doc.lang) | {fold_same_length("که")}
    kept: list[tuple[int, int]] = []
    for start, end in words[1 : 1 + INTRODUCED_WORDS_47D]:
        word = folded[start:end]
        if kept and bare(word.strip("،,")) in ends:
            break
        kept.append((start, end))
        if word[-1] in "،,:":
            break
    if len(kept) < 2:
        return None
    return Speaker(None, doc.text[kept[0][0] : kept[-1][1]].strip('،,: «»"“”'), role=True)


# «در این بیانیه», and «در بخشی از (متن) این بیانیه» ("in part of (the text of) this
# statement"; quotes_dev78fa.tsv; general Persian usage): the statement all the same
_THIS_THING = re.compile(
    r"\s*(?:در\s+)?(?:بخش(?:ی|\u200cهایی|هایی)\s+(?:دیگر\s+)?از\s+)?(?:متن\s+)?"
    r"این\s+(?P<noun>[^\s،,:«»\"]+)"
)


def this_document_or_source(
    doc: Document, folded: str, found: Found, nouns: frozenset[str] | None = None
) -> tuple[str, tuple[int, int]] | None:
    """The words «این» + a document or an unnamed source a Persian cue's subject opens with
    («این بیانیه می‌افزاید», «در این بیانیه … آمده است», «به گفته این منابع،»;
    `ISSUED_DOCUMENTS`, `source_nouns_67fa`; or + one of `nouns`), as written, and the
    subject's span; None for any other subject."""
    if doc.lang != "fa" or found.cue_start is None or found.cue_end is None:
        return None
    lo = clause_start(doc.text, folded, found.cue_start)
    lo = max(lo, *(folded.rfind(mark, lo, found.cue_start) + 1 for mark in "،,:"))
    spans = [(lo, found.cue_start)]
    if found.subject_after and found.start > found.cue_end:
        spans.insert(0, (found.cue_end, found.start))  # «به گفته این منابع،»
    if nouns is None:
        nouns = word_set("ISSUED_DOCUMENTS", "fa") | (source_nouns_67fa() & {"منبع", "منابع"})
    for start, end in spans:
        this = _THIS_THING.match(folded, start, end)
        if this and bare(this.group("noun")) in nouns:
            at = folded.index("این", this.start(), end)
            return doc.text[at : this.end()].strip(), (start, end)
    return None


def document_or_source_not_bystander(
    doc: Document, folded: str, found: Found, speaker: Speaker, out: list[dict]
) -> Speaker:
    """A Persian cue whose subject is «این» + a document or an unnamed source («اين بيانيه
    مي‌افزايد», «به گفته اين منابع،»; quotes_dev76fa.tsv) read as a person who has not spoken
    before it in the article (a name inside an earlier quote, «فرج كبوتران» of «فرج كبوتران
    به آسمان … پرواز كردند», or the Leader a statement speaks of): a statement or a source is
    not a bystander it mentions, so the words as written speak. A person who gave an earlier
    quote keeps it («X در بیانیه‌ای گفت … این بیانیه می‌افزاید»), as does one the subject
    itself names («در این گزارش … از مواضع دونالد ترامپ … و تاکید او بر اینکه «…»»)."""
    if not (speaker.entity or "").startswith("PER:"):
        return speaker
    this = this_document_or_source(doc, folded, found)
    if this is None or any(q["speaker"] == speaker.entity for q in out):
        return speaker
    written, (lo, hi) = this
    if any(m["entity"] == speaker.entity and lo <= m["start"] < hi for m in doc.entities):
        return speaker
    return Speaker(None, written)


def outlet_taken_up(doc: Document, folded: str, out: list[dict], quoted: list[Found]) -> list[dict]:
    """Persian quotes of no speaker whose subject is «این» + a kind of outlet («به نوشته اين
    پايگاه اينترنتي،», «این رسانه نوشته است»; `OUTLETS_TAKEN_UP`) after an outlet wrote
    («ايلاف نوشت: …», «پولیتیکو گزارش داده»; quotes_dev76fa.tsv, quotes_dev74fa.tsv): the
    speaker of the nearest earlier quote of a writing cue (`WRITING_CUES`), when that one is
    no person of a full name."""
    if doc.lang != "fa":
        return out
    kinds, writing = word_set("OUTLETS_TAKEN_UP", "fa"), word_set("WRITING_CUES", "fa")
    for k, (q, found) in enumerate(zip(out, quoted, strict=True)):
        colon = folded.rfind(":", 0, found.start)
        if (
            found.cue_start is None
            and colon >= 0
            and not folded[colon + 1 : found.start].strip(' «"“')
        ):
            found = replace(found, cue_start=colon, cue_end=colon)  # «… نوشت: «…»»: marks
        if q["speaker_text"] or this_document_or_source(doc, folded, found, kinds) is None:
            continue
        writer = next(
            (p for p in reversed(out[:k]) if fold_same_length(p["cue"] or "") in writing), None
        )
        if not writer or not writer["speaker_text"]:
            # «اين سايت خبري افزود» after «سايت اينترنتي «ميدل ايست آن لاين» … نوشت: …» whose
            # own words were read as the person's it quotes (quotes_dev80fa.tsv): that site
            q["speaker_text"] = last_outlet_named_in_marks(doc, folded, found.start)
            continue
        person = (writer["speaker"] or "").startswith("PER:")
        if not (person and len(writer["speaker_text"].split()) > 1):
            q["speaker"], q["speaker_text"] = writer["speaker"], writer["speaker_text"]
    return out


def in_topic_phrase(folded: str, seg: list[tuple[int, int]], mention: dict) -> bool:
    """Whether a mention in a Persian subject part comes after a phrase of what is spoken of
    inside it («اين خبرگزاري با اشاره به موضع ايران … نوشت»; quotes_dev47d.tsv): the topic,
    never the subject the part opens with."""
    phrases = word_set("CUES_NEEDING_THAT", "fa") | word_set("TOPIC_OPENERS", "fa")
    return any(folded.find(p + " ", seg[0][0], mention["start"]) >= 0 for p in phrases)


def unnamed_role_after_adverbial(
    doc: Document, folded: str, seg: list[tuple[int, int]]
) -> Speaker | None:
    """A Persian subject part that opens with an adverbial and names no one, where an indefinite
    role follows it («در اين ميان يك مقام آمريكايي گفت كه», «در واپسین ساعات روز پنج‌شنبه یک
    منبع در دولت انگلستان گفت»; quotes_dev47d.tsv): that role speaks, a new speaker, not the
    last one. Only a role opening with «یک»/«یکی از» (`INDEFINITE_ROLE_OPENERS_47D`)."""
    if doc.lang != "fa":
        return None
    openers = word_set("INDEFINITE_ROLE_OPENERS_47D", doc.lang)
    for k in range(1, len(seg)):
        if bare(folded[slice(*seg[k])]) in openers and starts_role(folded, seg[k][0], doc.lang):
            return segment_subject(doc, folded, seg[k:], False)
    return None


def office_read_as_body(doc: Document, mention: dict) -> bool:
    """Whether a Persian organization mention is a person's office: it opens with a role word
    that is no kind of organization («فرمانده انتظامی ماکو», recognised as ORG, after «محمد
    احمدی … اظهار داشت»; quotes_dev43c.tsv), so it is read as a role, resolved to its holder
    as «شهردار اهواز» is. «وزارت …», «روابط عمومی …», «ستاد …» stay organizations."""
    if doc.lang != "fa" or mention["type"] != "ORG":
        return False
    text = fold_same_length(mention["text"])
    if any(text.startswith(w) for w in word_set("ORGANIZATION_WORDS", doc.lang)):
        return False
    return starts_role(text, 0, doc.lang)


ANTECEDENT_WORDS = 6  # «حجت نظری عضو شورای شهر تهران»: a role this close to a name is his


def body_complements_role(folded: str, seg: list[tuple[int, int]], found: list[dict]) -> bool:
    """Whether the names in a Persian «این» + role subject are only bodies or places after
    its one-person role word («اين استاد دانشگاه مسيحي اظهار داشت» after «جورج جبور افزود»;
    quotes_dev78fa.tsv): the role's complement, so the role points back to the one speaking
    before, not to the university."""
    head = bare(folded[slice(*seg[1])])
    return (
        bool(found)
        and not plural_role(head)
        and all(m["type"] != "PER" and m["start"] >= seg[1][1] for m in found)
    )


def plural_role(head: str) -> bool:
    """Whether a Persian role word is a plural («مقامات», «مسئولان»): a role word with a
    plural ending, which no one person is («این مقامات اعلام کردند»)."""
    return any(
        head.endswith(end) and starts_role(head[: -len(end)], 0, "fa") for end in ("ات", "ان", "ها")
    )


def described_before(doc: Document, folded: str, head: str, at: int) -> dict | None:
    """The person a Persian «این» + role word points back to («این نماینده دموکرات …» after
    «نماینده ایالات متحده، Maxine Waters»): the last person named before `at` with that role
    word a few words before or after the name in the same sentence; None if none is."""
    for m in reversed([m for m in doc.entities if m["type"] == "PER" and m["end"] <= at]):
        lo = max(sentence_start(doc.text, m["start"]), 0)
        before = folded[lo : m["start"]].split()[-ANTECEDENT_WORDS:]
        after = folded[m["end"] : min(at, sentence_end(doc.text, m["end"]))]
        near = before + after.split()[:ANTECEDENT_WORDS]
        if head in {bare(w) for w in near}:
            return m
    return None


def latin_described_before(doc: Document, head: str, at: int) -> Speaker | None:
    """The Latin-letter name a Persian «این» + role word points back to when the recogniser
    missed it («این نماینده دموکرات لس‌آنجلس اعلام کرد» after «نماینده ایالات متحده، Maxine
    Waters …»; quotes_dev44b.tsv): the last such name before `at`, with that role word a few
    words before it in its sentence, and no person recognised after it; None otherwise."""
    folded = fold_same_length(doc.text)
    for name in reversed(list(_LATIN_NAME.finditer(doc.text, 0, at))):
        lo = sentence_start(doc.text, name.start())
        before = folded[lo : name.start()].split()[-ANTECEDENT_WORDS:]
        if head not in {bare(w) for w in before}:
            continue
        later = [m for m in doc.entities if m["type"] == "PER" and name.end() <= m["start"] < at]
        return None if later else Speaker(None, name.group())
    return None


def this_organization(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker | None:
    """A Persian «این» + a kind of organization («اين روزنامه», «این خبرگزاری»): the nearest
    organization named before as one of that kind (its name opening with the kind word:
    «روزنامه آس اسپانیا»), else None."""
    if doc.lang != "fa" or len(seg) < 2:
        return None
    kind = bare(folded[slice(*seg[1])])
    if kind not in word_set("ORGANIZATION_WORDS", doc.lang):
        return None
    named = [
        m
        for m in doc.entities
        if m["end"] <= seg[0][0]
        and m["type"] in ("ORG", "MISC")
        and (
            fold_same_length(m["text"]).split()[:1] == [kind]
            or named_after_kind_word_49(doc, m, kind)
        )
    ]
    return mention_speaker(doc, named[-1]) if named else None


def named_after_kind_word_49(doc: Document, mention: dict, kind: str) -> bool:
    """Whether a Persian organization is named right after a word of its kind, outside its
    span: the recogniser writes a newspaper without «روزنامه» («روزنامه «نزاويسمايا گازتا»»
    is the ORG «نزاويسمايا گازتا»), which «اين روزنامه» then refers back to."""
    before = fold_same_length(doc.text[max(0, mention["start"] - len(kind) - 3) : mention["start"]])
    return before.rstrip(' «"“').endswith(kind)


def about_phrase(folded: str, seg: list[tuple[int, int]], lang: str) -> bool:
    """Whether a part of a Persian subject slot opens with a phrase of what is spoken of («با
    اشاره به …», «با تاکید بر …», «در مورد …»): its names are the topic, not the speaker."""
    opening = folded[seg[0][0] : seg[-1][1]]
    phrases = word_set("CUES_NEEDING_THAT", lang) | word_set("TOPIC_OPENERS", lang)
    return any(opening.startswith(p + " ") for p in phrases)


def role_complement(doc: Document, mention: dict) -> bool:
    """Whether a Persian person inside a role phrase is its complement, not its holder: a
    bare surname («مسئول ستاد كروبي در مازندران»: Karroubi's campaign); a holder is introduced
    by a full name («سخنگوی وزارت خارجه حمید آصفی»); or a person named by a role of his own
    («نماینده [مقام معظم رهبری] در بنیاد مسکن»: the Leader's representative, not the Leader;
    quotes_dev70fa.tsv), whom no holder's name is."""
    if doc.lang != "fa":
        return False
    words = mention["text"].split()
    titled = bool(words) and folded_word(words[0]) in persian_person_titles()  # «دکتر», «سردار»
    if not titled and starts_role(fold_same_length(mention["text"]), 0, doc.lang):
        return True
    return len(mention["text"].split()) == 1 and unlinked(mention["entity"])


def named_after_title(
    doc: Document, folded: str, seg: list[tuple[int, int]], mention: dict
) -> bool:
    """Whether a Persian person comes right after the title that opens a subject part, a role
    after him («حجت‌الاسلام قمی رئیس سازمان تبلیغات اسلامی گفت»; quotes_dev76fa.tsv): the
    titled name holds the role, even a bare surname (`role_complement` reads a lone surname
    inside a role phrase as its complement, «مسئول ستاد كروبي»)."""
    if doc.lang != "fa":
        return False
    title = title_pattern(doc.lang).match(folded, seg[0][0])
    if not title or folded[title.end() : mention["start"]].strip(" \u200c"):
        return False
    # a role after the name, in apposition; a title and a name alone are read as before
    # («آیت‌الله رکنی تصریح کرد»: the full name of the one who spoke before)
    after = re.match(r"[\s\u200c]*", folded[mention["end"] :]).end() + mention["end"]
    return after < seg[-1][1] and starts_role(folded, after, doc.lang)


INNER_ROLE_WORDS = 3  # «رئیس جمهور ترامپ»: the inner role's words before its holder, at most


def holder_of_inner_role(
    doc: Document, folded: str, seg: list[tuple[int, int]], mention: dict
) -> bool:
    """Whether a Persian person at the end of a role phrase holds a role of his own inside it,
    after a body he leads or runs for («سخنگوی کمپین رئیس جمهور ترامپ»: the spokesman of the
    president's campaign, not Trump; quotes_dev44b.tsv): the person is the complement."""
    if doc.lang != "fa":
        return False
    words = [w for w in seg if w[1] <= mention["start"]]
    bodies = word_set("BODY_OF_PERSON_WORDS", doc.lang)
    return any(
        starts_role(folded, words[k][0], doc.lang)
        and len(words) - k <= INNER_ROLE_WORDS
        and any(bare(folded[slice(*w)]) in bodies for w in words[1:k])
        for k in range(2, len(words))
    )


def construct_complement(doc: Document, lo: int, mention: dict) -> bool:
    """Whether an Arabic person after the verb is the genitive of the indefinite common noun
    before him, the body a role opening the subject belongs to («أكدت مسؤولة كبيرة في حملة
    هيلاري كلينتون»: an official of her campaign, not her; quotes_dev39.tsv). A role's holder
    comes after a definite word, a name in marks, an adverb or the role word itself («المشرف
    العام على المشروع فلان», «رئيس الشركة … "سياحية" صالح قدح», «سابقا نجيب الزامل»)."""
    if doc.lang != "ar" or mention["type"] != "PER":
        return False
    folded = fold_same_length(doc.text[lo : mention["start"]])
    words = folded.split()
    if len(words) < 3 or not folded.endswith(" ") or not starts_role(folded.lstrip(), 0, "ar"):
        return False
    word = words[-1]
    members = {fold_same_length(w) for w in Q.MEMBER_PREPOSITIONS}
    return (
        bare(words[-2]) in members  # «… في حملة هيلاري»: a body the role belongs to
        and word == bare(word)  # «"سياحية" صالح قدح»: a name in marks, then the holder
        and is_common(word, doc.lang)
        and not is_definite(word)
        and not starts_role(word, 0, doc.lang)
        and not after_place_name_49(doc, mention)
    )


def after_place_name_49(doc: Document, mention: dict) -> bool:
    """Whether a recognised place name stands right before a person («وأوضح أمين عام لجنة
    التنمية السياحية في ينبع يوسف الوهيبي أن»; quotes_dev49.tsv): a town has no members, so the
    person is the role's holder, not the genitive of a body (as «في حملة هيلاري» is), even when
    the town's name is also a common word («ينبع»)."""
    return any(
        m["type"] in ("GPE", "LOC")
        and m["end"] < mention["start"]
        and not doc.text[m["end"] : mention["start"]].strip()
        for m in doc.entities
    )


def told_noun(doc: Document, mention: dict) -> bool:
    """Whether an Arabic "person" is a common noun under the preposition ل («المتحدث الإعلامي
    لجوازات المنطقة»: of the passports office), not a name."""
    text = fold_same_length(mention["text"])
    return (
        doc.lang == "ar"
        and text.startswith("ل")
        and not text.startswith(("ال", "لل"))
        and is_common(mention["text"].split()[0][1:], doc.lang)
    )


def role_end(doc: Document, folded: str, seg: list[tuple[int, int]]) -> int:
    """Where a role phrase ends in its part of the clause: at its first preposition or
    adverbial word (a name after it is who was met or honoured: "فرمانده … ضمن گراميداشت …
    امام خميني (ره) اظهار داشت"), else the part's end."""
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    for a, b in seg[1:]:
        if bare(folded[a:b]) in stops:
            return a
    return seg[-1][1]


def people_first(mentions: list[dict]) -> list[dict]:
    return [m for m in mentions if m["type"] == "PER"] + [m for m in mentions if m["type"] != "PER"]


def verb_first_subject(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker:
    """The subject of the verb opening a clause before a cue ("رحب أمين عام الغرفة فلان …
    وقال:", "نفى فريد … وقال:"): a name or a role right after that verb (an object pronoun
    such as ذلك between them); otherwise CONTINUE ("وتحولت قضية المولد … مؤكدا أن")."""
    rest = seg[1:]
    if rest and bare(folded[slice(*rest[0])]) in word_set("OBJECT_WORDS", doc.lang):
        rest = rest[1:]
    if not rest:
        return CONTINUE
    found = subject_mentions(doc, folded, rest[0][0], seg[-1][1])
    if found and found[0]["start"] <= rest[0][0] + 1:
        return mention_speaker(doc, found[0])
    if starts_role(folded, rest[0][0], doc.lang):
        people = [m for m in found if m["type"] == "PER"]
        return mention_speaker(doc, people[0]) if people else CONTINUE
    return CONTINUE


def written_name(doc: Document, folded: str, seg: list[tuple[int, int]]) -> Speaker | None:
    """A subject the recogniser missed ("يزدانجو بعد از … گفته بود"): the one to three words
    before the first preposition, or the two or three before a role word after them («شيمون
    پرز " رئيس رژيم …»), when the first is not a common word of the language."""
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    seg = after_leading_time(doc, folded, seg)
    words = []
    for a, b in seg:
        if bare(folded[a:b]) in stops or persian_time_number(doc, folded, words, a, b):
            break
        words.append((a, b))
    words = without_persian_honorific(doc, folded, words)
    # «ابوالحسن فقيه قائم مقام ستاد …»: a name, then the role in apposition to it
    offices = word_set("ORGANIZATION_WORDS", doc.lang)
    role_at = next(
        (
            k
            for k in (2, 3)
            if k < len(words)
            and starts_role(folded, words[k][0], doc.lang)
            and not any(folded.startswith(w, words[k][0]) for w in offices)
        ),
        None,
    )  # not an office («معاونت اطلاع رساني ستاد …» is no name)
    if role_at:
        words = words[:role_at]
    # the folded text writes a zero-width non-joiner as a space: count the words as written
    # ("علی‌اصغر حمزه‌لو" is two words, and «ام‌السادات» one word, not the common «ام»)
    written = doc.text[words[0][0] : words[-1][1]].strip('،,: «»"“”') if words else ""
    written = latin_words_only(written, doc.lang)
    whole = len(doc.text[seg[0][0] : seg[-1][1]].split())
    first = written.split()[0] if written else ""
    if (
        not 1 <= len(written.split()) <= 3
        or len(words) == len(seg)
        and whole > 3
        and not role_at
        or is_common(first, doc.lang)
        and not foreign_surname_after(doc, written)
    ):
        return None
    if is_fragment(written, doc.lang):
        return None
    if is_common(first, doc.lang):  # «رمضان شجاعي»: the person «شجاعي» names elsewhere
        return Speaker(surname_entity(doc, written.split()[-1]), written)
    return Speaker(None, written)


def persian_time_number(
    doc: Document, folded: str, words: list[tuple[int, int]], a: int, b: int
) -> bool:
    """Whether a Persian subject word is a number after «آقای»/«خانم» and a name: it opens a
    time phrase after the name («خانم اشتاینم 45 سال بعد به من گفت»; quotes_dev46b.tsv)."""
    return (
        doc.lang == "fa"
        and any(c.isdigit() for c in folded[a:b])
        and bool(words)
        and bare(folded[slice(*words[0])]) in honorifics()
    )


def without_persian_honorific(
    doc: Document, folded: str, words: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A Persian subject's words less a leading «آقای»/«خانم» before one or two name words
    (translated news calls people so: «خانم اشتاینم … گفت»): the name is what follows."""
    if doc.lang != "fa" or not 2 <= len(words) <= 3:
        return words
    return words[1:] if bare(folded[slice(*words[0])]) in honorifics() else words


def surname_entity(doc: Document, surname: str) -> str | None:
    """The key of the one person the recogniser found written as this surname alone."""
    keys = {m["entity"] for m in doc.entities if m["type"] == "PER" and m["text"] == surname}
    return keys.pop() if len(keys) == 1 else None


def foreign_surname_after(doc: Document, written: str) -> bool:
    """Whether a Persian subject of two words whose first is a common word is a given name and
    a surname all the same: the second is no common word, preposition, role, title or number
    («برانكو ايوانكوويچ در گفت و گو با نشريه آلماني … گفت», «رمضان شجاعي، امروز … گفت»: «برانكو»
    and «رمضان» are listed as common words; unlabelled Fars News)."""
    words = written.split()
    if doc.lang != "fa" or len(words) != 2 or is_common(words[1], doc.lang):
        return False
    folded = fold_same_length(written)
    adverbs = word_set("SENTENCE_ADVERBS", doc.lang)
    if len(folded.split()) != 2:  # a mark folded to a space («X‌Y» with a joiner): no two words
        return False
    first, last = folded.split()
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    return not (
        {bare(first), bare(last)} & (stops | adverbs | honorifics() | persian_weekdays())
        or starts_role(folded, 0, doc.lang)
        or starts_role(folded, len(first) + 1, doc.lang)
        or title_pattern(doc.lang).fullmatch(first)
        or not last.isalpha()
        or is_date_word(last)
    )


def after_leading_time(
    doc: Document, folded: str, seg: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A Persian subject part without the time of day that opens it («به گزارش … از بندرعباس،
    صبح امروز علی‌اصغر خرم‌روی اظهار داشت»: the name after «صبح امروز»; unlabelled Fars
    News): the words from the first that is no time word (`TIMES_AFTER_NAME`)."""
    if doc.lang != "fa":
        return seg
    times = {fold_same_length(w) for w in Q.TIMES_AFTER_NAME.get(doc.lang, ())}
    lead = 0
    while lead < len(seg) - 1 and bare(folded[slice(*seg[lead])]) in times:
        lead += 1
    return seg[lead:]


def latin_words_only(written: str, lang: str) -> str:
    """A Persian subject that opens with a Latin-letter name, cut at its first Persian word
    («Daley سال قبل با … ازدواج کرد اما گفت»: "Daley", not "Daley سال"; quotes_dev45b.tsv)."""
    words = written.split()
    if lang != "fa" or not words or not _LATIN_WORD.fullmatch(words[0]):
        return written
    # «Information week در تازه ترين گزارش خود نوشت»: every Latin-letter word is kept
    cut = next((k for k, w in enumerate(words) if not w.isascii()), len(words))
    return " ".join(words[:cut])


def mention_speaker(doc: Document, mention: dict) -> Speaker:
    """A mention as a speaker, a bare surname (of one word, or more when one person has it)
    taking the key of the full name it shortens."""
    key, words = mention["entity"], mention["text"].split()
    joined = name_joined_before(doc, mention)
    if joined:
        return joined
    if mention["type"] == "PER":
        # a surname of one word or more («احمدي لاشكي» of «محمود احمدي لاشكي»)
        longer = [
            m
            for m in doc.entities
            if m["type"] == "PER"
            and len(m["text"].split()) > len(words)
            and m["text"].split()[-len(words) :] == words
            and not names_a_place(doc, m["text"].split()[: -len(words)])
        ]
        # an Arabic name of two words is a given name and a family name, and a longer one
        # ending with it names a son («محمد حسن الحربي» is not «حسن الحربي»): one word only
        several = len(words) > 1 and doc.lang != "ar" and len({m["entity"] for m in longer}) == 1
        if longer and (len(words) == 1 or several):
            key = longer[0]["entity"]
    return Speaker(key, with_surname_tail_49(doc, mention))


SURNAME_TAIL_49 = re.compile(r" (\w+)(?= |$)")


def with_surname_tail_49(doc: Document, mention: dict) -> str:
    """A Persian person's full name when the recogniser left off the second word of a
    surname written with a space («عليرضا سرگل [زهي] شهردار منطقه 9», «محمد حسن اكبري
    [مطلق]»; quotes_dev49fa.tsv, quotes_dev47b.tsv): the next word, when it is no other
    mention and either a role follows it (and it is no common word) or the article writes the
    two words again opening a sentence; the mention as written otherwise."""
    words = mention["text"].split()
    if doc.lang != "fa" or mention.get("type") != "PER" or "end" not in mention:
        return mention["text"]
    tail = SURNAME_TAIL_49.match(doc.text, mention["end"])
    if len(words) < 2 or not tail:
        return mention["text"]
    word = tail.group(1)
    folded = fold_same_length(doc.text)
    function_words = (
        word_set("PREPOSITIONS", "fa")
        | word_set("SUBJECT_ENDS", "fa")
        | word_set("SENTENCE_ADVERBS", "fa")
    )
    if (
        bare(fold_same_length(word)) in function_words  # «انواری در …»: the sentence goes on
        or any(m["start"] == tail.start(1) for m in doc.entities)
        or starts_role(folded, tail.start(1), "fa")
    ):
        return mention["text"]
    before_role = starts_role(folded, tail.end() + 1, "fa") and not is_common(word, "fa")
    pair = re.escape(fold_same_length(f"{words[-1]} {word}"))
    again = any(
        m.start() != mention["end"] - len(words[-1])
        for m in re.finditer(rf"(?:^|\n|\. ){pair}(?!\w)", folded)
    )
    return f"{mention['text']} {word}" if before_role or again else mention["text"]


def name_joined_before(doc: Document, mention: dict) -> Speaker | None:
    """A Persian person cut short where its name writes a zero-width non-joiner and this
    mention a space («نجف پور بوشهری» after «سعید نجف‌پور بوشهری»: the recogniser read «نجف»
    as Najaf; quotes_dev46b.tsv): the person of the joined name, written in full."""
    if doc.lang != "fa" or mention["type"] != "PER" or "start" not in mention:
        return None
    words = fold_same_length(mention["text"]).split()
    before = fold_same_length(doc.text[: mention["start"]])
    for m in doc.entities:
        full = fold_same_length(m["text"]).split()
        head = " ".join(full[: len(full) - len(words)])
        if (
            m["type"] == "PER"
            and len(full) > len(words)
            and full[len(full) - len(words) :] == words
            and m["text"][len(head) : len(head) + 1] == "\u200c"
            and before.endswith(head + " ")
            and not before[: -len(head) - 1][-1:].isalnum()
        ):
            start = mention["start"] - len(head) - 1
            return Speaker(m["entity"], doc.text[start : mention["end"]])
    return None


def names_a_place(doc: Document, words: list[str]) -> bool:
    """Whether a word the recogniser glued before a name is one the document names as a
    place or organization on its own («بمحافظة خيبر المهندس صالح الرشيدي» read as the person
    «خيبر صالح الرشيدي», while «خيبر» is a town in the same article): not a given name."""
    others = {m["text"] for m in doc.entities if m["type"] != "PER"}
    return any(w in others for w in words)


def role_speaker(doc: Document, folded: str, words: list[tuple[int, int]]) -> Speaker:
    """A role phrase as a speaker: the person named beside it elsewhere in the text (its
    longest prefix of two words or more that is), else the role as written."""
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    own = role_word_length(folded, words[0][0], doc.lang)  # "یکی از مقامات …": از is the role's
    cut = next(
        (k for k, w in enumerate(words) if k >= own and bare(folded[slice(*w)]) in stops), None
    )
    that = that_pattern(doc.lang) if doc.lang == "ar" else None
    opens = next((k for k, w in enumerate(words) if that and that.fullmatch(folded, *w)), None)
    if opens and (cut is None or opens < cut):
        cut = opens  # «بين المصدر أن هناك لجنة»: the role ends where the reported clause opens
    elif cut is not None:
        cut += close_to_length(doc, folded, words, cut)  # «یک منبع نزدیک به جونز»
        cut += body_of_unnamed_source_50fa(doc, folded, words, cut)  # «یک منبع در سازمان ملل»
    kept = min(cut or len(words), Q.MAX_ROLE_WORDS)
    words = words[: kept + rest_of_name_50fa(doc, words, kept)]
    while len(words) > 1 and bare(folded[slice(*words[-1])]) in Q.TRAILING_CONJUNCTIONS:
        words = words[:-1]  # "… چهارمحال و" cut at the longest role: not a fragment
    former = word_set("FORMER_WORDS", doc.lang)
    if any(bare(folded[slice(*w)]) in former for w in words):
        # "نخست وزیر وقت عراق": not today's holder, whom the article may name elsewhere
        return Speaker(None, doc.text[words[0][0] : words[-1][1]].strip('،,: «»"“”'), role=True)
    indefinite = bare(folded[slice(*words[0])]) in word_set("INDEFINITE_ROLES", doc.lang)
    for n in range(len(words), 1, -1) if not indefinite else ():  # «يك مقام»: someone unnamed
        if n < len(words) and place_or_body_at_62(doc, words[n][0]):
            break  # «وزير خارجية سنغافورة»: not the «وزير خارجية الفلبين» named before
        phrase = doc.text[words[0][0] : words[n - 1][1]]
        holder = known_holder(
            doc, folded, phrase, len(folded), skip=words[0][0], own_end=words[n - 1][1]
        )
        if holder:
            return mention_speaker(doc, holder)
    words = words[: object_after_role(doc, folded, words)]
    return Speaker(None, doc.text[words[0][0] : words[-1][1]].strip('،,: «»"“”'), role=True)


def place_or_body_at_62(doc: Document, at: int) -> bool:
    """Whether an Arabic place or organization mention starts at `at`: a role phrase's word
    that names whose role it is («وزير خارجية سنغافورة»), so a shorter prefix of the role
    («وزير خارجية») may not stand for the holder of the same role elsewhere (quotes_dev48.tsv:
    «كيه. شانموجام وزير خارجية سنغافورة» after «ألبرت ديل روساريو وزير خارجية الفلبين»)."""
    return doc.lang == "ar" and any(
        m["start"] == at and m["type"] in ("GPE", "LOC", "ORG") for m in doc.entities
    )


def rest_of_name_50fa(doc: Document, words: list[tuple[int, int]], kept: int) -> int:
    """Words a Persian role cut after `kept` words (its longest length) still needs when the cut
    falls inside a recognised name («روابط عمومی اداره کل فرهنگ و ارشاد اسلامی
    آذربایجان‌شرقی»: ten words, the joined «آذربایجان‌شرقی» counted as two; quotes_dev50fa.tsv):
    the name's remaining words, so a role never ends inside a name; 0 otherwise."""
    if doc.lang != "fa" or not 0 < kept < len(words):
        return 0
    end, after = words[kept - 1][1], words[kept][0]
    name = next((m for m in doc.entities if m["start"] < end and after < m["end"]), None)
    return sum(1 for w in words[kept:] if w[1] <= name["end"]) if name else 0


CLOSE_TO_WORDS = 3  # «نزديك به باشگاه پرسپوليس»: the words of an unrecognised name after it


def body_of_unnamed_source_50fa(
    doc: Document, folded: str, words: list[tuple[int, int]], cut: int
) -> int:
    """Words an unnamed Persian source («یک منبع», «یکی از مقامات»: `INDEFINITE_ROLE_OPENERS_47D`)
    keeps past the preposition it was cut at when a recognised body or place is named right
    after «در» (`IN_BODY_PREPOSITIONS_50FA`: «یک منبع در سازمان ملل گفت»; quotes_dev50fa.tsv):
    the preposition and the name's words; 0 otherwise (a source is no «گفت‌وگو»)."""
    if doc.lang != "fa" or not 0 < cut < len(words) - 1:
        return 0
    if bare(folded[slice(*words[0])]) not in word_set("INDEFINITE_ROLE_OPENERS_47D", doc.lang):
        return 0
    if bare(folded[slice(*words[cut])]) not in word_set("IN_BODY_PREPOSITIONS_50FA", doc.lang):
        return 0
    start = words[cut + 1][0]
    body = next(
        (m for m in doc.entities if m["start"] == start and m["type"] in ("ORG", "GPE")), None
    )
    return 1 + sum(1 for w in words[cut + 1 :] if w[1] <= body["end"]) if body else 0


def close_to_length(doc: Document, folded: str, words: list[tuple[int, int]], cut: int) -> int:
    """Words a role keeps past the preposition it was cut at when the preposition follows the
    adjective «نزدیک» (`CLOSE_TO`: «یک منبع نزدیک به جونز شب گذشته»): the preposition and the
    one named after it (a recognised name's words, else up to three words before a preposition
    or a time of day); 0 otherwise."""
    pairs = {(fold_same_length(a), fold_same_length(b)) for a, b in Q.CLOSE_TO.get(doc.lang, [])}
    if not 0 < cut < len(words) - 1:
        return 0
    if (bare(folded[slice(*words[cut - 1])]), bare(folded[slice(*words[cut])])) not in pairs:
        return 0
    start = words[cut + 1][0]
    name = next((m for m in doc.entities if m["start"] == start), None)
    if name:
        return 1 + sum(1 for w in words[cut + 1 :] if w[1] <= name["end"])
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    stops |= word_set("TIMES_AFTER_NAME", doc.lang)
    after = 0
    for w in words[cut + 1 : cut + 1 + CLOSE_TO_WORDS]:
        if after and bare(folded[slice(*w)]) in stops:
            break  # «… به جونز شب گذشته»: the time is no part of the name
        after += 1
    return 1 + after


def object_after_role(doc: Document, folded: str, words: list[tuple[int, int]]) -> int:
    """Where an Arabic role phrase ends before the verb's object: the first common noun
    without the article after a definite word ("وثمن مدير عام الإدارة العامة لشؤون الزراعة
    بالمنطقة | رعاية سمو …"); a name after the role («الرائد يحيى») is no common noun."""
    if doc.lang != "ar":
        return len(words)
    for k in range(2, len(words)):
        word, previous = doc.text[slice(*words[k])], doc.text[slice(*words[k - 1])]
        if (
            is_definite(previous)
            and not is_definite(word)
            and not word.startswith("ل")
            and is_common(bare(word), doc.lang)
            and not family_name_after(
                [word, doc.text[slice(*words[k + 1])]] if k + 1 < len(words) else [word]
            )
        ):
            return k  # («آمنة الغامدي»: a given name that is also a common word, then a nisba)
    return len(words)


def known_holder(
    doc: Document,
    folded: str,
    phrase: str,
    before: int,
    skip: int | None = None,
    own_end: int | None = None,
) -> dict | None:
    """The person a role phrase named elsewhere ("رئيس الوزراء العراقي مصطفى الكاظمي" … "وقال
    رئيس الوزراء العراقي"): the name right beside another occurrence of the phrase (quote
    marks inside it or between ignored: «"هنري فالكون فوئنتس"، فرماندار ايالت "لارا"
    ونزوئلا»), the nearest earlier one first; in Persian not an occurrence another country
    owns that the role as written at `own_end` does not name (`role_of_another_country`)."""
    words = [re.escape(w) for w in fold_same_length(phrase).split()]
    if not words:
        return None
    pattern = re.compile(HOLDER_GAP.join(words))
    found = [m for m in pattern.finditer(folded, 0, before)]
    for match in reversed(found):
        at, end = match.start(), match.end()
        if own_end is not None and role_of_another_country(doc, folded, end, own_end):
            continue  # «آقاي چاوز رئيس جمهور كشورش» is not the bare «رئيس جمهور … گفت»
        beside = [
            m
            for m in doc.entities
            if (end <= m["start"] <= end + 2 or at - 2 <= m["end"] <= at)
            or (
                end <= m["start"] <= end + HOLDER_MARKS_CHARS
                and not re.search(r"[^\s«»\"“”،,]", folded[end : m["start"]])
            )
            or (
                at - HOLDER_MARKS_CHARS <= m["end"] <= at
                and not re.search(r"[^\s«»\"“”،,]", folded[m["end"] : at])
            )
        ]
        # «امام جمعه قهاوند» after «امام جمعه»: a bare word right after the role is its
        # complement (the town), not its holder
        beside = [m for m in beside if not (m["start"] >= end and role_complement(doc, m))]
        people = [person_of(doc, m) for m in beside]
        people = [m for m in people if m]
        if people and at != skip:
            return people[0]
    return None


def owner_of_role_at(doc: Document, folded: str, at: int) -> str | None:
    """What follows a Persian role's words at `at` when it says whose country the role is: a
    place named there or a word of `ROLE_OWNER_WORDS` («كشورش», «این کشور»), folded; else None."""
    rest = folded[at:].lstrip(" \u200c")
    start = len(folded) - len(rest)
    place = next(
        (m for m in doc.entities if m["start"] == start and m["type"] in ("GPE", "LOC")), None
    )
    if place:
        return folded[place["start"] : place["end"]]
    return next(
        (w for w in word_set("ROLE_OWNER_WORDS", "fa") if re.match(rf"{re.escape(w)}(?!\w)", rest)),
        None,
    )


def role_of_another_country(doc: Document, folded: str, end: int, own_end: int) -> bool:
    """Whether a Persian role's occurrence ending at `end` names a country the same words
    ending at `own_end` (the speaker's) do not («… چاوز رئيس جمهور كشورش» against «رئيس جمهور
    سياست … گفت»; quotes_dev74fa.tsv): its holder is another country's, not the speaker."""
    if doc.lang != "fa":
        return False
    owner = owner_of_role_at(doc, folded, end)
    return owner is not None and owner != owner_of_role_at(doc, folded, own_end)


HOLDER_GAP = r"[\s«»\"“”\u200c]*"  # the words of a role, quote marks between them or not
HOLDER_MARKS_CHARS = 4  # «"…"، فرماندار …»: a closing mark and a comma between name and role


def person_of(doc: Document, mention: dict) -> dict | None:
    """A mention as a person: itself when recognised as one, else a name of two or more words
    whose last word the article names as a person elsewhere («هنري فالكون فوئنتس», typed
    MISC in its marks, and «فوئنتس» alone), with that person's key."""
    if mention["type"] == "PER":
        return mention
    words = mention["text"].split()
    if mention["type"] != "MISC" or len(words) < 2:
        return None
    alone = [m for m in doc.entities if m["type"] == "PER" and m["text"] == words[-1]]
    return {**mention, "type": "PER", "entity": alone[0]["entity"]} if alone else None


def written_subject(text: str, folded: str, lo: int, hi: int, lang: str, after: bool) -> str | None:
    """A short subject with no recognised name ("أحد الكوادر الطبية", "ناصر اصلانی"), or None
    when it is empty, long, or refers back ("وی", "این مسئول")."""
    ends = {fold_same_length(w) for w in Q.SUBJECT_ENDS.get(lang, [])}
    kept: list[tuple[int, int]] = []
    skip = 0
    for m in re.finditer(r"\S+", folded[lo:hi]):
        word = m.group()
        that = that_pattern(lang)
        if after and not kept and word in Q.ADDRESSEE:
            skip = 2  # "كشف لـ "الاقتصادية" مصدر مطلع": the outlet is told, the source speaks
        if after and not kept and not skip and word.startswith("لـ") and len(word) > 2:
            closed = re.search(r"[»\"”]", word[3:])  # "وأوضحت لـ«عكاظ» مصادر": one word
            skip = 1 if closed or not re.search(r"[«\"“]", word) else 2
        if after and not kept and bare(word) in word_set("OBJECT_WORDS", lang):
            continue  # "صرح بذلك المتحدث …": what was said, not who said it
        if after and not kept and bare(word) in word_set("ADVERBS_AFTER_VERB", lang):
            continue  # "وقالت أيضا القوات الجوية …": the subject follows the adverb
        if skip:
            skip -= 1
            continue
        if after and not kept and told(word, lang):
            break  # "قال أيضًا لوكالة الصحافة الفرنسية": the one told, no subject
        if after and (word in ends or (that and that.fullmatch(word))):
            break
        belongs = kept and bare(folded[lo + kept[-1][0] : lo + kept[-1][1]]) in word_set(
            "BELONGING_WORDS", lang
        ) | word_set("DOCUMENT_WORDS", lang)  # «تقارير لوزارة …»: the ministry's reports
        if after and kept and told(word, lang) and not belongs:
            break  # "سليمان الفيفي لـ"سبق"", "ناشطون لشبكة …": the one told follows
        if after and kept and word[:1] in "(-–":
            break  # "وكتب رفائيل (25 عاما) في حسابه": an age or aside after the name
        if not re.search(r"\w", word):
            continue
        kept.append(m.span())
        if after and word[-1] in "،,:":
            break
    words = [folded[lo + a : lo + b].strip("،,:") for a, b in kept]
    continuing = {fold_same_length(w) for w in Q.CONTINUING_SUBJECTS}
    longest = Q.MAX_ROLE_WORDS if after else Q.MAX_SUBJECT_WORDS  # "أعلنت الإدارة العامة …"
    if not words or len(words) > longest or words[0].lower() in continuing:
        return None
    if not after and any(w in ends for w in words):
        return None
    written = text[lo + kept[0][0] : lo + kept[-1][1]].strip('،,: «»"“”')
    return None if is_fragment(written, lang) else written


def told(word: str, lang: str) -> bool:
    """Whether an Arabic word opens who is told: لـ before a name, or ل on an organization word."""
    if lang != "ar":
        return False
    return (
        word.startswith("لـ")
        or word[:2] in {"ل" + m for m in '"«“”'}  # «مصدر نصراوي ل"دنيا الرياضة"»
        or (word.startswith("ل") and bare(word[1:]) in word_set("ORGANIZATION_WORDS", "ar"))
        or (word.startswith("لل") and "ال" + bare(word[2:]) in word_set("TOLD_NOUNS", "ar"))
    )


def attribute(
    doc: Document,
    start: int,
    end: int,
    last: Speaker,
    previous: Quote | None = None,
    quoted: list[Found] | None = None,
) -> tuple[Speaker, str | None]:
    """The speaker and cue of a quote in quote marks spanning [start, end); one with no cue
    of its own after the `previous` quote and its trailing cue goes on with its speaker. An
    English pronoun subject of the cue before it is read against its antecedent, outside the
    `quoted` words (`with_pronoun_antecedent_50`)."""
    text, lang = doc.text, doc.lang
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - CONTEXT_CHARS)
    before = fold_same_length(text[lo:start])
    line_end = text.find("\n", end)
    after_hi = min(line_end if line_end >= 0 else len(text), end + CONTEXT_CHARS)
    after = fold_same_length(text[end:after_hi])
    via = next((v for v in Q.VIA_SOURCE if fold_same_length(v) in before), None)
    if via and channel_then_cue(lang, before, before.rfind(fold_same_length(via)) + len(via)):
        via = None  # «به نقل از X، Y … اعلام کرد: «…»»: Y's cue is read as any cue is
    if via:
        at = lo + before.rfind(fold_same_length(via)) + len(via)
        found = speaker_in(doc, at, start, prefer_first=True)
        if found:
            return Speaker(found["entity"], found["text"]), via
    if lang in Q.SUBJECT_BEFORE_VERB:
        trailing = attribution_trailing(doc, end, after, last)
        if trailing and trailing[0] is last and named_in_own_words_70en(doc, start, end, last):
            return Speaker(None, None), trailing[1]  # '"I think Sean's situation …," he said'
        if trailing:
            return trailing
        if previous and trails_previous(doc, fold_same_length(text), previous, start):
            return Speaker(previous["speaker"], previous["speaker_text"]), previous["cue"]
    cues = [
        c
        for c in cue_pattern(lang).finditer(before)
        if not a_preposition(lang, before, c)
        and not in_a_name(doc, lo + c.start("cue"))
        # «وقال مسؤول … طلب عدم ذكر اسمه "…"» (quotes46, unlabelled SaudiNewsNet): «قال» speaks
        and not after_negating_noun(lang, before, c.start("cue"))
    ]
    if cues:
        cue = cues[-1]
        found = Found(start, end, True, lo + cue.start("cue"), lo + cue.end("cue"))
        folded = fold_same_length(text)
        speaker = speaker_for_cue(doc, folded, found, last)
        speaker = round_cue_speaker_57fa(doc, folded, found, speaker, marked=True)
        speaker = with_pronoun_antecedent_50(doc, folded, found, quoted or [], speaker, False)
        if lang == "ar" and words_after_opening_mark(text, found, speaker):
            speaker = Speaker(None, None)  # «الذي قال: "نود الترحيب ب"أليكس شيفر" في …»
        if lang == "ar" and is_participle(folded, found):
            # «وشرح رمضاني … في خطي انابيب ناباكو … قائلا : "…"» (quotes_dev44.tsv): the
            # participle's subject is its sentence's, as for a reported quote's participle
            subject = opening_clause_subject(doc, folded, found.cue_start) or sentence_subject(
                doc, folded, found.cue_start
            )
            if after_opening_word(doc, subject, found.cue_start):
                speaker = subject  # a person named after the verb, not «ويؤيد خبير» read as one
            speaker = fronted_subject(doc, folded, found.cue_start) or speaker
        if lang == "ar" and by_saying(folded, found):
            speaker = by_saying_subject(doc, folded, found.cue_start, last)
        return speaker, text[found.cue_start : found.cue_end]
    cue = cue_pattern(lang).search(after)
    if cue and opens_own_quote(doc, end + cue.end(), after_hi):
        return Speaker(None, None), None
    if cue:
        found = speaker_in(doc, end, after_hi, prefer_first=True)
        return (Speaker(found["entity"], found["text"]) if found else last), text[
            end + cue.start("cue") : end + cue.end("cue")
        ]
    return Speaker(None, None), None


def words_after_opening_mark(text: str, found: Found, speaker: Speaker) -> bool:
    """Whether a speaker read after an Arabic cue is the start of the words it opens: a colon
    and an opening mark stand between them («وقال "شيفر"» has no colon: a name in marks) («الذي قال: "نود الترحيب ب"أليكس شيفر" في
    منصبه …»: a quote cut at its inner marks; quotes_dev45c.tsv)."""
    if not speaker.text or found.cue_end is None:
        return False
    at = text.find(speaker.text, found.cue_end, found.start)
    return at >= 0 and bool(re.fullmatch(r"\s*:\s*[\"«“]\s*", text[found.cue_end : at]))


def after_opening_word(doc: Document, subject: Speaker | None, cue_at: int) -> bool:
    """Whether a sentence's subject is a person written after its opening word, the verb
    («وشرح رمضاني …»), not a recognised "person" that holds the verb itself («ويؤيد خبير
    الإدارة الصحية الدكتور …»; SaudiNewsNet, round 16's comparison)."""
    if not subject or not subject.text or not (subject.entity or "").startswith("PER:"):
        return False
    lo = sentence_start(doc.text, cue_at, reach=MAX_QUOTE_CHARS)
    first = re.compile(r"\s*\S+").match(doc.text, lo)
    return bool(first) and doc.text.find(subject.text, first.end(), cue_at) >= 0


def opens_own_quote(doc: Document, lo: int, hi: int) -> bool:
    """Whether an Arabic cue after a marked quote opens a quote of its own before any person
    recognised after it («ويهتفون "بلدي، بلدك بنغلادش!" ، وصرح روسل خانداكر (20 عاما) "بقينا
    …"»): the cue and its subject are that quote's, not the one before."""
    if doc.lang != "ar":
        return False
    mark = re.search(r"[«\"“]([^«»\"“”]*)", doc.text[lo:hi])
    if not mark or word_count(mark.group(1)) <= MARKED_NAME_WORDS:
        return False  # «قال المتحدث "الرائد نايف الشريف"»: a name in marks
    person = min((m["start"] for m in doc.entities if lo <= m["start"] < hi), default=hi)
    return lo + mark.start() < person


def in_a_name(doc: Document, at: int) -> bool:
    """Whether a cue found at `at` is a word of a recognised person's name («ايتاري فيري»:
    no «ف» + «يرى»)."""
    return any(m["type"] == "PER" and m["start"] < at < m["end"] for m in doc.entities)


def attribution_trailing(
    doc: Document, end: int, after: str, last: Speaker
) -> tuple[Speaker, str] | None:
    """'"…," the Irishman said.', '"…," said Mr Singh.': an English cue right after the
    closing mark, in the same sentence, names the speaker beside it (a pronoun or "the
    Irishman" is the last speaker); it goes before any cue of the sentence before."""
    if doc.text[end - 1 : end] in {".", "!", "?"}:
        return None  # the quoted sentence ended inside the marks: what follows is another
    cue = cue_pattern(doc.lang).search(after)
    # '"…," Eva Lichtenberg, a … member of the European Parliament said': a name right after
    # the mark may carry an apposition, so its verb stands further on
    named = any(m["type"] == "PER" and end < m["start"] <= end + 3 for m in doc.entities)
    reach = CONTEXT_CHARS if named else NEAR_CUE_CHARS
    if cue is None or cue.start() > reach or re.search(r"[.!?]", after[: cue.start()]):
        return None
    stop = end + clause_end(after, cue.end())
    # '"…," he told BBC Sport.': after a telling verb stands the one told, never the speaker
    verb_subject = not is_telling(after[cue.start("cue") : cue.end("cue")], doc.lang)
    subject = speaker_in(doc, end, end + cue.start(), prefer_first=True)
    # '"…," a government minister said earlier on ZDF public television': a subject written
    # before the verb (session 50); a name after it is in a phrase, not the speaker
    written_before = bool(re.search(r"\w", after[: cue.start()]))
    role = (
        verb_subject and not written_before and role_of_complement_70en(doc, end + cue.end(), stop)
    )
    if not subject and role:
        return Speaker(None, role), doc.text[end + cue.start("cue") : end + cue.end("cue")]
    if not subject and verb_subject and not written_before:
        subject = head_after_verb(doc, end + cue.end(), stop)
    if subject:
        speaker = mention_speaker(doc, subject)
    else:
        speaker = postposed_speaker(doc, end, end + cue.start())
        if not speaker and verb_subject and not written_before:
            speaker = postposed_speaker(doc, end + cue.end(), stop)
    return speaker or last, doc.text[end + cue.start("cue") : end + cue.end("cue")]


def role_of_complement_70en(doc: Document, lo: int, hi: int) -> str | None:
    """A role written after an English report verb whose only names are in its complement,
    up to its first comma ('"…," said the director behind JFK, Platoon and …', '"…," wrote one
    reviewer in Rolling Stone magazine'; quotes_dev70en): the role as written, since the names
    are what it is of; None when it opens with a capital, names no one or speaks for a body
    ("said a spokesman for Chelsea", `BODY_VOICES`)."""
    comma = doc.text.find(",", lo, hi)
    hi = comma if comma >= 0 else hi
    names = [m for m in doc.entities if lo <= m["start"] and m["end"] <= hi]
    words = re.findall(r"[\w'’-]+", doc.text[lo : names[0]["start"]] if names else "")
    opener = next((k for k, w in enumerate(words) if w in Q.ROLE_COMPLEMENT_WORDS["en"]), 0)
    head = words[:opener]  # "one reviewer" of "one reviewer in Rolling Stone magazine"
    if not head or any(w.lower() in Q.BODY_VOICES["en"] or not w.islower() for w in head):
        return None
    return english_subject(doc.text[lo:hi])


def head_after_verb(doc: Document, lo: int, hi: int) -> dict | None:
    """The person an English subject after its verb names, up to its first comma: the last
    one ("said Richard and Judy executive producer Amanda Ross": a show's name, then the
    producer), else the first organization."""
    comma = doc.text.find(",", lo, hi)
    hi = comma if comma >= 0 else hi
    people = [m for m in doc.entities if lo <= m["start"] and m["end"] <= hi and m["type"] == "PER"]
    return people[-1] if people else speaker_in(doc, lo, hi, prefer_first=True)


def trails_previous(doc: Document, folded: str, previous: Quote, start: int) -> re.Match | None:
    """The English cue right after the previous quote's closing mark, when a quote with no
    cue of its own follows in the next sentence ('"…," Gilbert said on his website. "He has
    been …"'): the speech goes on, in the previous quote's speaker's words."""
    if doc.lang not in Q.SUBJECT_BEFORE_VERB or doc.text[previous["end"] - 1 : previous["end"]] in {
        ".",
        "!",
        "?",
    }:
        return None
    between = folded[previous["end"] : start]
    cue = cue_pattern(doc.lang).search(between)
    if cue is None or cue.start() > CONTEXT_CHARS or re.search(r"[.!?]", between[: cue.start()]):
        return None
    rest = between[cue.end() :]
    ends = list(re.finditer(r"[.!?]", rest))
    if len(ends) != 1 or re.search(r"\w", rest[ends[0].end() :]):
        return None  # more than the attribution's own sentence stands between
    return cue


def last_person_before(doc: Document, found: Found, quoted: list[Found]) -> Speaker:
    """The most recently mentioned person before a quote: who "he said" refers to, though not
    yet anyone who spoke (a role is not theirs). In an article that opens with a pronoun or a
    role ("وی در گفت‌وگو با … گفت", "رئیس مجمع … افزود"), the first person it names after
    the quote and outside every quote."""
    people = [m for m in doc.entities if m["type"] == "PER" and m["end"] <= found.start]
    if people and doc.lang in Q.VERB_FIRST:
        # "نقل … الأمير جلوي … تعازي القيادة لوالد الشهيد عبدالله …. وقال سموه": the person
        # who opens that sentence (its subject), not one named later in it
        opening = sentence_start(doc.text, people[-1]["start"], reach=MAX_QUOTE_CHARS)
        people = [m for m in people if m["start"] >= opening][:1]
    if people:
        return Speaker(people[-1]["entity"], people[-1]["text"], spoke=False)
    role = role_narrated_before_48(doc, found, quoted) if doc.lang == "fa" else None
    if role:
        return role  # «سخنگوی وزارت دفاع هند … خبر داد.» then «به گفته وی، …»
    after = [
        m
        for m in doc.entities
        if m["type"] == "PER"
        and m["start"] >= found.end
        and not any(q.start <= m["start"] < q.end for q in quoted)
    ]
    if doc.lang == "ar":
        after = [m for m in after if not named_in_later_paragraph_51ar(doc, found, m)]
    if after and doc.lang in Q.NAMED_AFTER_PRONOUN:
        if doc.lang == "fa" and others_speak_before(doc, found, quoted, after[0]["start"]):
            # «وي … گفت» (its lead cut), «رئيس جمهور امريكا تصريح كرد», «سوريه … گفت», and only
            # then «رستم زوهبي، سفير سوريه …» (quotes_dev43c.tsv): someone new, not «وي»
            return Speaker(None, None)
        return Speaker(after[0]["entity"], after[0]["text"])
    return Speaker(None, None)


def named_in_later_paragraph_51ar(doc: Document, found: Found, mention: dict) -> bool:
    """Whether an Arabic person is first named in a paragraph after the quote's («وعبر
    لحريشي عن سعادته …، وقال: "…"» then «من جهة ثانية وقع رئيس الاتحاد عقدا مع المدرب الصربي
    رادو سلاف»; quotes_dev51ar.tsv): a new story's person, not who spoke before it."""
    return "\n" in doc.text[found.end : mention["start"]]


def role_narrated_before_48(doc: Document, found: Found, quoted: list[Found]) -> Speaker | None:
    """The definite role opening the nearest Persian sentence before a quote, in an article
    that names no person before it («سخنگوی وزارت دفاع هند امروز در گفت‌وگو با خبرنگاران، از
    وقوع درگیری مرزی … خبر داد.» then «به گفته وی، …», «این مقام هندی افزود»; quotes_dev48b.tsv):
    who the pronoun stands for, as written, not a person named later in the article's narration.
    The sentence holds no quote of its own; an indefinite or plural role is someone unnamed."""
    folded = fold_same_length(doc.text)
    at = sentence_start(doc.text, found.start)
    while at > 0:
        lo = sentence_start(doc.text, at - 1)
        start = lo + len(doc.text[lo:at]) - len(doc.text[lo:at].lstrip())
        if any(lo <= q.start < at for q in quoted):
            return None
        if start < at and starts_role(folded, start, doc.lang):
            words = [
                (start + m.start(), start + m.end())
                for m in re.finditer(r"[^\s،,]+", folded[start:at])
            ]
            if bare(folded[slice(*words[0])]) in word_set("NOT_ONE_PERSON_47", doc.lang):
                return None
            speaker = role_speaker(doc, folded, words[: Q.MAX_ROLE_WORDS + 1])
            return speaker if speaker.role else None
        at = lo
    return None


# An article that opens with a pronoun names its person before others speak: this many
# quotes whose sentences open with a subject of their own (no pronoun, no «این …») before the
# first name after it, and that name is someone else.
OPENING_PRONOUN_OTHERS = 2


def others_speak_before(doc: Document, found: Found, quoted: list[Found], at: int) -> bool:
    """Whether, between an opening quote and the first person named after it (at `at`),
    OPENING_PRONOUN_OTHERS quotes or more have cues whose clauses open with a subject of their
    own («رئيس جمهور امريكا تصريح كرد», «سوريه نيز … گفت»), not a pronoun or «این …» («وی
    افزود», «این نماینده مجلس نهم تاکید کرد», which go on with the same person)."""
    folded = fold_same_length(doc.text)
    own = 0
    for q in quoted:
        if q.cue_start is None or not found.end <= q.start < at:
            continue
        opening = folded[clause_start(doc.text, folded, q.cue_start) : q.cue_start].split()
        own += bool(opening) and bare(opening[0]) not in continuing_words()
    return own >= OPENING_PRONOUN_OTHERS


LEADING_WORDS = 4  # "TUC General Secretary Brendan Barber called for …": a role before the name


def subject_since(doc: Document, since: int, found: Found, quoted: list[Found]) -> Speaker | None:
    """In English, the person a sentence between the last quote and this one is about, its
    name at the sentence's head ("Robbie Keane, skipper for the night, echoed …"): who a
    following "he said" or a bare quote refers to, rather than the last speaker."""
    if doc.lang == "fa":
        return new_actor_since(doc, since, found, quoted)
    if doc.lang in Q.VERB_FIRST:
        return verb_subject_since(doc, since, found, quoted)
    if doc.lang not in Q.SUBJECT_BEFORE_VERB:
        return None
    heads = [
        m for m in people_between(doc, since, found, quoted) if sentence_head(doc.text, m["start"])
    ]
    return mention_speaker(doc, heads[-1]) if heads else None


def opens_with_citizen_word(words: str) -> bool:
    """Whether Arabic words before a name open with «المواطن/المواطنة» («وأكد المواطن عبدالعزيز آل
    ابراهيم وجود ملاحظات»; quotes_dev84ar.tsv): the word says who the person is, as a role does."""
    found = words.split()
    return bool(found) and found[0].removeprefix("و") in citizen_words()


def verb_subject_since(
    doc: Document, since: int, found: Found, quoted: list[Found]
) -> Speaker | None:
    """In Arabic, the person a sentence between the last quote and this one opens with as the
    subject of a speech verb that gave no quote in its sentence («من ناحيته، أكد نائب رئيس الجمهورية إياد
    علاوي أهمية …» then «وقال في بيان أمس: إن …»: Allawi, not the spokesman quoted before;
    quotes_dev41.tsv): who a following verb with no subject refers to. The verb opens its
    sentence (a few words before it at most), the person follows it with only a role's words
    between them; the last such person, when no other person is named after him; else None."""
    folded = fold_same_length(doc.text)
    until = found.opening
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    heads = []
    for cue in cue_pattern(doc.lang).finditer(folded, since, until):
        at = cue.start()
        end = sentence_end(doc.text, cue.end())
        if any(q.start <= at < q.end or cue.end() <= q.start < end for q in quoted):
            continue  # in a quote, or a quote's own verb («وأضاف يحيى “…”»)
        if word_count(folded[sentence_start(doc.text, at, reach=MAX_QUOTE_CHARS) : at]) > 3:
            continue  # not the verb of the sentence's head
        person = next(
            (m for m in doc.entities if m["start"] >= cue.end() and m["end"] <= until), None
        )
        if not person or person["type"] != "PER":
            continue
        between = folded[cue.end() : person["start"]]
        first = cue.end() + len(between) - len(between.lstrip())
        if between.strip() and (
            word_count(between) > LEADING_WORDS
            or not (starts_role(folded, first, doc.lang) or opens_with_citizen_word(between))
            or any(bare(w) in stops for w in between.split())
            or re.search(r"[،,:«»\"“”]", between)
        ):
            continue
        heads.append(person)
    if not heads:
        return None
    # «طالب رئيس الجمهورية فؤاد معصوم …» after it: a person named since is who «وقال» means
    later = [
        m for m in doc.entities if m["type"] == "PER" and heads[-1]["end"] <= m["start"] < until
    ]
    if any(m["entity"] != heads[-1]["entity"] for m in later):
        return None
    return mention_speaker(doc, heads[-1])


def people_between(doc: Document, since: int, found: Found, quoted: list[Found]) -> list[dict]:
    """The people named from `since` up to this quote (or its cue), outside every quote."""
    until = found.opening
    return [
        m
        for m in doc.entities
        if m["type"] == "PER"
        and since <= m["start"]
        and m["end"] <= until
        and not any(q.start <= m["start"] < q.end for q in quoted)
    ]


def new_actor_since(doc: Document, since: int, found: Found, quoted: list[Found]) -> Speaker | None:
    """In Persian, a person brought in by a sentence between the last quote and this one that
    opens with the name and «نیز» ("X too …": «فاطمه میرانفسی نیز در آغاز مراسم سخنانی …
    بیان کرد.» then «وی در ادامه افزود: …»): who a following pronoun or role stands for, not
    the one who spoke before. The name at the very head of its sentence, outside any quote."""
    also = word_set("ALSO_WORDS", "fa")
    folded = fold_same_length(doc.text)
    heads = [
        m
        for m in people_between(doc, since, found, quoted)
        if opens_sentence(doc, m)
        and (
            next(iter(folded[m["end"] : m["end"] + 8].split()), "") in also
            or introduced_with_role(doc, folded, m)
            or introduced_with_relative(doc, folded, m)
        )
    ]
    latin = latin_head_since(doc, folded, since, found, quoted)
    marked = marked_head_since(doc, folded, since, found, quoted)
    if marked and (not latin or latin[0] < marked[0]):
        latin = marked  # «"پائولو اتوری" سرمربی برزیلی این تیم …» then «وی در این باره گفت»
    if latin and (not heads or heads[-1]["start"] < latin[0]):
        return latin[1]
    return mention_speaker(doc, heads[-1]) if heads else None


def marked_head_since(
    doc: Document, folded: str, since: int, found: Found, quoted: list[Found]
) -> tuple[int, Speaker] | None:
    """The last name in quote marks no person was found in that opens a sentence between the
    last quote and this one with a role right after it («"پائولو اتوری" سرمربی برزیلی این تیم 30
    بازیکن … برگزیده» then «وی در این باره گفت: …»; Fars News marks foreign names so;
    unlabelled Fars News): its start and the name, of two or three words, as a speaker."""
    out = None
    for m in _MARKED_NAME.finditer(doc.text, since, found.opening):
        name = (m.group(1) or m.group(2)).strip()
        if any(q.start <= m.start() < q.end for q in quoted) or not (
            2 <= len(name.split()) <= MAX_MARKED_NAME_WORDS
        ):
            continue
        if any(e["type"] == "PER" and m.start() <= e["start"] < m.end() for e in doc.entities):
            continue  # a person the recogniser found: `new_actor_since`'s heads
        head = sentence_start(doc.text, m.start(), reach=MAX_QUOTE_CHARS)
        at = m.end() + 1 + (doc.text[m.end() : m.end() + 1] == "\u200c")
        if doc.text[head : m.start()].strip() or is_fragment(name, doc.lang):
            continue
        if starts_role(folded, at, doc.lang) and not (
            {bare(w) for w in folded[at:].split()[:APPOSITION_WORDS]} & COPULAS
        ):
            out = (m.start(), Speaker(None, name))
    return out


def latin_head_since(
    doc: Document, folded: str, since: int, found: Found, quoted: list[Found]
) -> tuple[int, Speaker] | None:
    """The last Latin-letter name the recogniser missed that opens a sentence between the last
    quote and this one with a role in apposition («Omar Navarro یکی از کاندیداهای جمهوری‌خواه
    … نظر خود را در توئیتر اعلام کرد.» then «او توئیت کرد: «…»»; translated news,
    quotes_dev44b.tsv): its start and the name as a speaker; None when there is none."""
    until = found.opening
    out = None
    for m in _LATIN_NAME.finditer(doc.text, since, until):
        if any(q.start <= m.start() < q.end for q in quoted) or in_a_name(doc, m.start()):
            continue
        head = sentence_start(doc.text, m.start(), reach=MAX_QUOTE_CHARS)
        if doc.text[head : m.start()].strip() or folded[m.end() : m.end() + 1] != " ":
            continue  # the name first in its sentence, a role right after it
        at = m.end() + 1
        if starts_role(folded, at, doc.lang) and not (
            {bare(w) for w in folded[at:].split()[:APPOSITION_WORDS]} & COPULAS
        ):
            out = (m.start(), Speaker(None, m.group()))
    return out


def opens_sentence(doc: Document, mention: dict) -> bool:
    """Whether a Persian name stands at its sentence's head, an honorific before it or not
    («خانم هامفریز …», «آقای …»: roles.tsv's honorifics)."""
    before = doc.text[sentence_start(doc.text, mention["start"]) : mention["start"]].split()
    return not before or (len(before) == 1 and fold_same_length(before[0]) in honorifics())


@cache
def honorifics() -> frozenset[str]:
    return frozenset(
        fold_same_length(w) for kind, w in read_table("gazetteers/roles.tsv") if kind == "honorific"
    )


def introduced_with_relative(doc: Document, folded: str, mention: dict) -> bool:
    """A Persian person at a sentence's head described by a relative clause («خانم هامفریز که
    سالها است با خانم دویس دوست است، … از دست داد.» then «او گفت …»; quotes_dev44b.tsv): the
    person the sentence introduces, whom a following pronoun stands for."""
    return (mention.get("entity") or "").startswith("PER:") and folded[
        mention["end"] : mention["end"] + 4
    ] in {" که ", " که\u200c"}


def introduced_with_role(doc: Document, folded: str, mention: dict) -> bool:
    """A Persian person's name brought in at a sentence's head with a role in apposition, no
    comma between («گندون سوباندونو مربی تیم ملی پاراگلایدر اندونزی، مربی دو نفر از … است»;
    quotes_dev42b.tsv): the person the sentence introduces."""
    if not (mention.get("entity") or "").startswith("PER:"):
        return False
    at = mention["end"] + 1
    if folded[mention["end"] : at] != " " or not starts_role(folded, at, doc.lang):
        return False
    # «اسکولاری مربی بزرگی است»: said of the person (in someone's words), no introduction
    return not {bare(w) for w in folded[at:].split()[:APPOSITION_WORDS]} & COPULAS


APPOSITION_WORDS = 3  # a role in apposition runs on before the verb: «مربی تیم ملی …»
COPULAS = frozenset({"است", "بود", "هست", "نیست", "نبود"})


def sentence_head(text: str, at: int) -> bool:
    """Whether a name stands at its sentence's head: a few words before it at most, none of
    them a comma or a quote mark."""
    s = sentence_start(text, at, reach=MAX_QUOTE_CHARS)
    before = text[s:at]
    return word_count(before) <= LEADING_WORDS and not re.search(r'[,"“”]', before)


def is_participle(folded: str, found: Found) -> bool:
    """Whether a quote's cue is a participle ("مشيرا إلى أن", "مؤكدة أن")."""
    if found.cue_start is None:
        return False
    return plain_word(folded[found.cue_start : found.cue_end]) in word_set("PARTICIPLES", "ar")


def participle_continues(doc: Document, folded: str, found: Found, previous: Quote) -> bool:
    """Whether a participle cue ("…، مشيرا إلى أن", "مؤكدا أن") follows a quote of its own
    sentence: the participle adds to what that speaker said (not to a name inside it)."""
    assert found.cue_start is not None
    word = plain_word(folded[found.cue_start : found.cue_end])
    if word not in word_set("PARTICIPLES", doc.lang) or previous["end"] > found.cue_start:
        return False
    between = doc.text[previous["end"] : found.cue_start]
    return not re.search(r"[.!?؟\n]", between) and word_count(between) <= 3


def participle_after_source(
    doc: Document, folded: str, found: Found, quoted: list[Found], previous: Quote
) -> bool:
    """Whether an Arabic participle follows the source marker that ends the quote before it
    («أعدم تنظيم داعش … بحسب ما أكده مسؤول الإعلام في …، مشيرا إلى أن …»; quotes_dev44.tsv)
    in the same sentence: the source goes on, not the clause's own subject."""
    assert found.cue_start is not None
    word = plain_word(folded[found.cue_start : found.cue_end])
    if doc.lang != "ar" or word not in word_set("PARTICIPLES", doc.lang):
        return False
    source = next((f for f in quoted if f.start == previous["start"]), None)
    if source is None or source.cue_start is None or not source.end <= source.cue_start:
        return False
    between = doc.text[source.cue_start : found.cue_start]
    return (
        source.cue_start < found.cue_start
        and len(between) <= REPORTED_BY_CHARS + len("بحسب ، ")
        and not re.search(r"[.!?؟\n]", between)
    )


def marked_participle_continues(
    doc: Document, folded: str, found: Found, cue: str, previous: Quote
) -> bool:
    """Whether a quote in marks whose cue is a participle right before it («…، مضيفاً: «…»»)
    follows a quote of its own sentence, as `participle_continues` asks of a reported one."""
    at = doc.text.rfind(cue, 0, found.start)
    gap = _HARAKAT.sub("", doc.text[at + len(cue) : found.start]) if at >= 0 else "x"
    if gap.strip(' :«"“') or previous["end"] > at:
        return False  # «مضيفاً: «»: its tanween, a colon and the mark between
    marked = Found(found.start, found.end, True, at, at + len(cue))
    return participle_continues(doc, folded, marked, previous)


def marked_participle_goes_on(
    doc: Document, folded: str, found: Found, cue: str, previous: Quote
) -> bool:
    """`marked_participle_continues`, or its Arabic form with «أن» before the marks («…»،
    مؤكدًا أن «مواجهة هذا التطرف مهمة المجتمع»; quotes_dev51ar.tsv)."""
    return marked_participle_continues(doc, folded, found, cue, previous) or (
        marked_participle_that_51ar(doc, folded, found, cue, previous)
    )


def marked_participle_that_51ar(
    doc: Document, folded: str, found: Found, cue: str, previous: Quote
) -> bool:
    """Whether an Arabic quote in marks follows its participle and «أن» («…»، مؤكدًا أن
    «…»), the participle right after a quote of its own sentence (`participle_continues`)."""
    at = doc.text.rfind(cue, 0, found.start)
    that = that_pattern("ar")
    if doc.lang != "ar" or at < 0 or that is None or previous["end"] > at:
        return False
    gap = fold_same_length(_HARAKAT.sub("", doc.text[at + len(cue) : found.start]))
    if not that.fullmatch(gap.strip(' :«"“')):
        return False
    marked = Found(found.start, found.end, True, at, at + len(cue))
    return participle_continues(doc, folded, marked, previous)


def conjoined_continues(doc: Document, folded: str, found: Found, previous: Quote) -> bool:
    """Whether an Arabic cue joined by «و»/«ف» with no subject of its own follows a reported
    quote of its own sentence right away, or lies inside it («ذكرت "إينوك" … أنها فازت … من
    مساهمي دراجون أويل وأعلنت أن …»): the verb shares that quote's speaker, not the name
    ending its clause."""
    at = found.cue_start
    assert at is not None
    if doc.lang != "ar" or previous["start"] >= at or folded[at - 1 : at] not in {"و", "ف"}:
        return False
    if at >= 2 and folded[at - 2].isalnum():
        return False
    if previous["end"] > at and previous["direct"]:
        return False  # a verb inside a quote in marks is the quoted speaker's own
    between = doc.text[previous["end"] : at - 1]  # empty when the cue lies inside the quote
    if re.search(r"[.!?؟\n]", between) or word_count(between) > 1:
        return False
    return not conjoined_with_subject(doc, folded, found) and not written_after(doc, folded, found)


def continues_quote(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote with no cue follows the previous quote with nothing but quote marks
    and punctuation between them (a speech running on over paragraphs)."""
    between = text[previous_end:start]
    return len(between) <= 8 and not re.search(r"\w", between)


MARKED_NAME_WORDS = 4


def is_marked_name(doc: Document, start: int, end: int) -> bool:
    """Whether the few words inside quote marks are a name (a person, organization, place or
    work: «موقع "بي.سي ماغازين"»; with a title before it at most), not something said."""
    inside = [m for m in doc.entities if start <= m["start"] and m["end"] <= end]
    rest = doc.text[start : inside[0]["start"]] if inside else ""
    return (
        bool(inside)
        and inside[-1]["end"] >= end - 1
        and word_count(doc.text[start:end]) <= MARKED_NAME_WORDS
        and word_count(rest) <= 1
    )


def before_colon_cue(doc: Document, end: int, taken: list[Found]) -> bool:
    """Whether a Persian span in marks ends right before the cue of a colon quote already
    found («کوره‌آ در برنامه «ارتباط با شهروندان» اذعان داشت: …»; quotes_dev44c.tsv): the
    marked words are in its subject slot (a programme's or a paper's title), not a quote."""
    if doc.lang != "fa":
        return False
    close = end + 1 if doc.text[end : end + 1] in '»"”' else end
    return any(
        f.cue_start is not None
        and f.cue_start >= close
        and not doc.text[close : f.cue_start].strip()
        and doc.text[f.cue_end : f.start].strip().startswith(":")
        for f in taken
    )


def overlaps(a: Found, taken: list[Found]) -> bool:
    return any(a.start < b.end and b.start < a.end for b in taken)


def candidate_quotes(doc: Document, folded: str) -> list[Found]:
    """Every quote span, the more explicit kinds first, none overlapping another."""
    taken = colon_quotes(doc, folded)
    for start, end in direct_quotes(doc.text):
        marked = Found(start, end, True)
        short = word_count(doc.text[start:end]) < UNCUED_QUOTE_WORDS
        # «…دارم.»\n«هر لحظه آمبولانس …»: the same speech reopened, however short
        cued = cue_beside(folded, start, end, doc.lang) or new_paragraph_of(doc, taken, start)
        if overlaps(marked, taken) or (short and not cued):
            continue
        if short and is_marked_name(doc, start, end):
            continue  # 'صرح بذلك المتحدث "الرائد نايف الشريف"': a name in marks, not words
        if short and before_colon_cue(doc, end, taken):
            continue  # «… در برنامه «ارتباط با شهروندان» اذعان داشت: …»: a title, not words
        taken.append(marked)
    taken += [f for f in source_quotes(doc, folded) if not overlaps(f, taken)]
    taken += [f for f in as_announced_48(doc, folded) if not overlaps(f, taken)]
    taken += [f for f in according_to_this_report_58fa(doc, folded) if not overlaps(f, taken)]
    taken += [f for f in learned_from_sources_51ar(doc, folded) if not overlaps(f, taken)]
    taken += [f for f in sources_indicate_51ar(doc, folded) if not overlaps(f, taken)]
    inner = [f for f in taken if f.direct and f.cue_start is None and short_words(doc, f)]
    reported = reported_speech(doc, folded, [t for t in taken if t not in inner])
    kept = [f for f in reported if not overlaps(f, taken)]  # they may overlap each other
    for f in reported:
        if overlaps(f, taken):
            # «أعلن مسؤول … أن أكثر من 1500 مدرسة دمرت «جزئياً أو كلياً» في …»: a few words in
            # marks inside a reported clause, not at its start, are part of it (quotes_dev39)
            # (its participle's own quote after it, «…، مشيراً إلى أن …», ends it)
            cut = before_participle(doc, folded, f)
            within = [m for m in inner if cut.start < m.start - 1 and m.end <= cut.end + 1]
            rest = [t for t in taken if t not in within]
            if not overlaps(cut, rest):
                taken = rest
                kept.append(cut)
    taken += kept
    return cut_at_participles(doc, folded, sorted(taken, key=lambda f: f.start))


def before_participle(doc: Document, folded: str, found: Found) -> Found:
    """A reported clause up to the first Arabic participle that opens a quote of its own
    inside it («…، مشيراً إلى أن …»), as `cut_at_participles` would end it."""
    participles = word_set("PARTICIPLES", doc.lang)
    for cue in cue_pattern(doc.lang).finditer(folded, found.start, found.end):
        if plain_word(folded[cue.start("cue") : cue.end("cue")]) in participles:
            end = trimmed(doc.text, found.start, cue.start(), " \t\n,،")[1]
            return replace(found, end=end)
    return found


def new_paragraph_of(doc: Document, taken: list[Found], start: int) -> bool:
    """Whether Persian quote marks open a new line right after a kept marked quote closed,
    nothing but marks between (ntrex translations: «حس بسیار بدی دارم.»\n«هر لحظه …»;
    quotes_dev43b.tsv): a paragraph of the same speech, however short."""
    return doc.lang == "fa" and any(
        t.direct
        and "\n" in doc.text[t.end : start]
        and re.search(r"[»\"”]", doc.text[t.end : start])  # the kept quote's marks closed
        and continues_quote(doc.text, t.end, start)
        for t in taken
    )


def short_words(doc: Document, found: Found) -> bool:
    return word_count(doc.text[found.start : found.end]) < UNCUED_QUOTE_WORDS


def cut_at_participles(doc: Document, folded: str, found: list[Found]) -> list[Found]:
    """A reported clause ends where a participle of its sentence, or a verb joined by «و» with
    its own subject, begins its own quote ("أن …، مشيرا إلى أن …": two quotes, as the
    annotation guidelines count them)."""
    participles = word_set("PARTICIPLES", doc.lang)
    for f in found:
        inside = [
            g.cue_start
            for g in found
            if g is not f
            and g.cue_start is not None
            and f.start < g.cue_start < f.end
            and (
                plain_word(folded[g.cue_start : g.cue_end]) in participles
                or conjoined_with_subject(doc, folded, g)
            )
        ]
        inside += [
            at
            for g in found
            if g is not f and g.cue_start is not None and f.start < g.cue_start < f.end
            if (at := clause_of_fronted_subject(doc, folded, f.start, g)) is not None
        ]
        inside += [
            at
            for g in found
            if g is not f and g.cue_start is not None and f.start < g.cue_start < f.end
            if (at := contrast_with_subject(doc, folded, g)) is not None
        ]
        if inside and not f.direct:
            f.end = trimmed(doc.text, f.start, min(inside), " \t\n,،؛;")[1]
    return [f for f in found if word_count(doc.text[f.start : f.end]) >= MIN_QUOTE_WORDS]


FRONTED_SUBJECT_CHARS = 60


def clause_of_fronted_subject(doc: Document, folded: str, lo: int, found: Found) -> int | None:
    """Where the clause of an Arabic cue starts when its subject, a recognised person or body,
    is written before it after a comma, past `lo` («… من إقناعه بالبقاء، إلا أن وكيله يوجينيو
    لوبيز أكد لـ"الاقتصادية" أن …»; quotes_dev76ar.tsv): the comma, where the clause before it
    ends; else None."""
    assert found.cue_start is not None
    if doc.lang != "ar":
        return None
    comma = max(folded.rfind("،", lo, found.cue_start), folded.rfind(",", lo, found.cue_start))
    if comma <= lo or found.cue_start - comma > FRONTED_SUBJECT_CHARS:
        return None
    named = any(
        e["type"] in ("PER", "ORG") and comma < e["start"] and e["end"] <= found.cue_start
        for e in doc.entities
    )
    return comma if named else None


_CONTRAST_WORDS = ("بينما", "فيما")  # "while", opening a clause that sets another against it


def contrast_with_subject(doc: Document, folded: str, found: Found) -> int | None:
    """Where the contrasting clause an Arabic cue opens starts («بينما», «فيما» "while"), when
    it names its subject before its words, a recognised name or one in quote marks («…، مشيرين
    إلى أن إدارتهم رفضت …؛ بينما كشفت "صحة جازان" في رد … أنه»; quotes_dev76ar.tsv): a new
    quote, so the clause before it ends there. None otherwise."""
    assert found.cue_start is not None and found.cue_end is not None
    lo = max(0, found.cue_start - 12)
    words = list(re.finditer(r"\S+", folded[lo : found.cue_start]))
    if doc.lang != "ar" or not words:
        return None
    if words[-1].group() not in map(fold_same_length, _CONTRAST_WORDS):
        return None
    named = bool(re.search(r"[\"«“”]", doc.text[found.cue_end : found.start])) or any(
        found.cue_end <= m["start"] and m["end"] <= found.start for m in doc.entities
    )
    return lo + words[-1].start() if named else None


def conjoined_with_subject(doc: Document, folded: str, found: Found) -> bool:
    """Whether an Arabic cue opens a clause of its own with «و» and names its subject before
    its words («… إلا جيوب صغيرة وتعهدت وزارة الدفاع في بيان بأن …»): a new quote, not a
    part of the clause before it."""
    assert found.cue_start is not None and found.cue_end is not None
    if doc.lang != "ar" or folded[found.cue_start - 1 : found.cue_start] != "و":
        return False
    if found.cue_start > 1 and folded[found.cue_start - 2].isalnum():
        return False
    return any(
        found.cue_end <= m["start"] and m["end"] <= found.start and m["type"] in ("PER", "ORG")
        for m in doc.entities
    )


def find_quotes(doc: Document) -> list[Quote]:
    """Direct and reported quotes in document order, speakers carried across sentences."""
    folded = fold_same_length(doc.text)
    # a month the recogniser took for a name ("22 بهمن") is no subject: the role before it is
    continuations = word_set("CUE_CONTINUATIONS", doc.lang)
    names = [
        without_trailing_cue(doc, folded, whole_marked_words(doc, m))
        for m in doc.entities
        if not is_date_word(m["text"])
        and not is_byline(doc.text, m)
        and fold_same_length(m["text"]) not in continuations  # "گو" of "گفت و گو"
        and m["text"] not in Q.PRONOUNS  # "وأشار معاليه": an honorific, read as a pronoun
        and not coordinated_words(doc, m)  # «معاون آموزش تحقيقات و فناوري»: nouns, no person
        and not blessed_figure_not_speaking(doc, folded, m)  # «ضمن تبريك ولادت حضرت علي (ع) گفت»
        and not end_of_place_name(doc, m)  # «استاندار کهگیلویه و بویراحمد»: «بویراحمد» no person
    ]
    names = [
        without_office_at_end_51fa(
            doc,
            folded,
            without_trailing_role(
                doc,
                folded,
                with_given_ali(
                    doc,
                    with_family_name(
                        doc, without_trailing_time(doc, without_trailing_adverb(doc, m))
                    ),
                ),
            ),
        )
        for m in names
    ]
    names = [with_marked_surname(doc, m, names) for m in names]
    names = [with_name_after_title_51ar(doc, folded, m) for m in names]
    doc = Document(id="", source="", text=doc.text, lang=doc.lang, entities=names)
    last, out, earlier = Speaker(None, None), [], []
    unsaid: set[int] = set()  # quotes of round-57fa cues read as no one's: dropped below
    quoted = without_wrapper_58ar(doc, candidate_quotes(doc, folded))
    for found in quoted:
        abstained = False  # a cue of round quotes57fa that named no one (`unsaid`)
        if not last.text:
            last = last_person_before(doc, found, quoted)
        last = subject_since(doc, out[-1]["end"] if out else 0, found, quoted) or last
        if found.speaker:
            speaker, cue = found.speaker, doc.text[found.cue_start : found.cue_end]
        elif found.cue_start is None:
            speaker, cue = attribute(
                doc, found.start, found.end, last, out[-1] if out else None, quoted
            )
            if not speaker.text and out and continues_quote(doc.text, out[-1]["end"], found.start):
                speaker = last  # a new paragraph of the same speech, its marks reopened
                if doc.lang == "en" and any(
                    named_in_own_words_70en(doc, q["start"], q["end"], last)
                    for q in [*out[speech_start_70en(doc, out) :], vars(found)]
                ):
                    speaker = Speaker(None, None)  # '"I think Sean's situation …," he said. "…'
            if out and cue and marked_participle_goes_on(doc, folded, found, cue, out[-1]):
                speaker = last  # «وقال أحد أبنائه إن …، مضيفاً: «…»»: not a name in his words
            if doc.lang == "fa" and not speaker.text:
                speaker, cue = marked_document_words_51fa(doc, folded, found, out) or (speaker, cue)
        elif out and (
            participle_continues(doc, folded, found, outer(out, quoted))
            or conjoined_continues(doc, folded, found, outer(out, quoted))
            or participle_after_source(doc, folded, found, quoted, out[-1])
        ):
            speaker, cue = last, doc.text[found.cue_start : found.cue_end]
        else:
            speaker = speaker_for_cue(doc, folded, found, last)
            speaker = subject_before_channel_49b(doc, folded, found, speaker)
            speaker = document_or_source_not_bystander(doc, folded, found, speaker, out)
            read = round_cue_speaker_57fa(doc, folded, found, speaker)
            read = unnamed_forecaster_58fa(doc, folded, found, read)
            abstained, speaker = read is not speaker and not read.text, read
            cue = doc.text[found.cue_start : found.cue_end]
            if doc.lang == "ar" and by_saying(folded, found):
                speaker = by_saying_subject(doc, folded, found.cue_start, last)
            if doc.lang == "ar" and speaker is last and not is_participle(folded, found):
                speaker = (
                    subject_after_opening_conjunction(doc, folded, found.cue_start)
                    or topic_before_relative_clause(doc, folded, found.cue_start)
                    or subject_of_kana_before_cue(doc, folded, found.cue_start)
                    or speaker
                )
            if is_participle(folded, found):
                # "وثمن مدير عام … رعاية …، مشيراً إلى أن": the subject of the participle's
                # own sentence, not whoever was named before it; the subject of its opening
                # verb first («علل التونسي جميل بلقاسم … الاكتفاء بمواجهة كولجيك …، مؤكدا»)
                opening = fronted_subject(doc, folded, found.cue_start) or (
                    opening_clause_subject(doc, folded, found.cue_start)
                )
                if opening or speaker is last:
                    speaker = opening or sentence_subject(doc, folded, found.cue_start) or speaker
                if words_after_participle(doc, found, speaker):
                    speaker = person_opening_sentence(doc, folded, found.cue_start)
        if doc.lang == "fa" and found.cue_start is not None and not found.speaker:
            # «در بیانیه ارتش آمریکا آمده است: …»: the issuer before any other subject read
            speaker = issuer_of_document(doc, folded, found, out) or speaker
        if out and cue and named_in_previous_quote(doc, found, speaker, cue, out[-1]):
            speaker = Speaker(out[-1]["speaker"], out[-1]["speaker_text"], spoke=True)
        if found.cue_start is not None and is_possessed_noun(doc, speaker):
            speaker = last  # «وأضاف سعادتي أيضاً أن», «واختتم حديثه قائلاً:»: he goes on
        if not speaker.text and found.cue_start is not None:
            speaker = sentence_subject(doc, folded, found.cue_start) or speaker
        if (speaker is last or not speaker.text) and cue:
            speaker = agreeing_subject(doc, folded, found, cue, speaker)
        if cue and found.cue_start is not None and is_participle(folded, found):
            speaker = participle_of_its_gender_47(doc, folded, found, cue, speaker)
        if doc.lang == "ar" and cue and plain_word(fold_same_length(cue)) in plural_cues():
            speaker = plural_speaker(doc, folded, found, speaker, out)
        speaker = without_told_name(doc, without_cue(doc, without_tail(doc, speaker), cue))
        speaker = not_a_blessed_figure(doc, found, speaker, cue)
        speaker = without_told_after_tatweel_47(doc, speaker)
        speaker = without_reflexive_48(doc, speaker)
        speaker = without_report_word_48(doc, speaker)
        speaker = issuer_of_document_54ar(doc, speaker)
        speaker = latin_after_title_48(doc, speaker)
        speaker = glued_role_holder_48(doc, speaker, last)
        speaker = without_copy_recipient_48(doc, folded, found, speaker)
        speaker = subject_before_addressee_47(doc, folded, found, cue, speaker)
        speaker = without_told_body_54ar(doc, found, cue, speaker)
        speaker = first_of_two_people(doc, speaker)
        speaker = kind_with_its_adjective(doc, found, speaker)
        speaker = without_dashed_aside(doc, speaker)
        speaker = without_stray_bracket(speaker)
        speaker = last_speaker_surname(doc, speaker, last) or linked_speaker(
            doc, speaker, found.start, earlier, last
        )
        speaker = arabic_reference_48(doc, speaker, last, out, found.start)
        speaker = body_named_in_full_49(doc, speaker, found.start)
        speaker = body_with_marked_name_50ar(doc, speaker, found.start)
        speaker = with_holder_of_short_role_49b(doc, folded, found, speaker)
        speaker = with_nasab_after_bin_49b(doc, folded, speaker)
        speaker = dash_joined(doc, speaker)
        speaker = untitled(doc, without_tail(doc, speaker))  # the recogniser's «الدوسري أنه»
        speaker = without_citizen_word(doc, speaker)
        speaker = without_first_person_relation(doc, speaker)
        speaker = with_place_complement(doc, speaker, found)
        speaker = relative_of_named_51ar(doc, folded, found, speaker)
        speaker = name_apposed_to_role_51ar(doc, folded, found, speaker)
        speaker = surname_after_title_51ar(doc, speaker, found.start)
        speaker = source_of_body_after_quote_51ar(doc, folded, found, speaker)
        speaker = (
            source_of_a_body(doc, folded, found, speaker)
            or source_before_body(
                doc, folded, speaker, found.start if found.cue_start is None else found.cue_start
            )
            or speaker
        )
        speaker = source_taken_up(doc, folded, speaker, out, found.start) or speaker
        speaker = issuer_taken_up_54ar(doc, speaker, out)
        speaker = study_taken_up_55ar(doc, speaker, out)
        speaker = with_qualifier_56ar(doc, found, speaker)
        speaker = with_cut_family_name_56ar(doc, speaker)
        speaker = with_given_name_after_verb_49(doc, folded, found, speaker)
        speaker = with_given_name_after_role(doc, folded, found, speaker)
        speaker = byline_source_in_full_50fa(doc, found, speaker)
        speaker = inner_source_51fa(doc, folded, found, speaker)
        speaker = with_pronoun_antecedent_50(doc, folded, found, quoted, speaker)
        speaker = holder_of_organization_namesake_60ar(doc, folded, found, speaker)
        speaker = body_of_definite_kind_60ar(doc, folded, found, speaker)
        if found.report_source and found.speaker:
            speaker = found.speaker  # the source the marker refers to, no subject to read
        speaker = mentioned_not_speaker_68en(doc, found, speaker, cue)
        speaker = role_given_to_silent_person_68en(doc, found, speaker, cue, out)
        speaker = document_not_person_68en(doc, found, speaker, cue)
        speaker = other_name_in_subject_68en(doc, found, speaker, cue)
        speaker = run_on_speaker_68en(doc, speaker)
        speaker = subject_of_joined_verb(doc, folded, with_cue_before(doc, found, cue), speaker)
        speaker = earlier_speaker_by_surname(doc, folded, found, speaker, out)
        if (
            not speaker.entity
            and (
                is_fragment(speaker.text or "", doc.lang, speaker.role)
                or words_of_a_quote(doc.text, speaker.text or "")
                or (speaker.text or "").lower() in Q.BARE_PRONOUNS  # "it said", unresolved
            )
        ) or too_short(speaker.text or "", doc.lang):
            speaker = Speaker(None, None)  # never a piece of a sentence or of a name
        if doc.lang == "fa" and not speaker.entity and opens_with_bare_pronoun(speaker.text):
            speaker = Speaker(None, None)  # «آنها همیشه می گفتند»: "they", unresolved
        if abstained and not speaker.text:
            unsaid.add(len(out))  # «… انتقاد و خاطر نشان كردند: …»: a new cue names no one
        earlier += earlier_speaker(speaker, found.start, doc.lang)
        if speaker.text and not nested(found, quoted) and not outlet_speaks(doc, folded, found):
            # a person given a quote by its own speech verb has spoken (a marked quote with no
            # cue given to the last person mentioned, «… بحسب مصدر قضائي», says nothing of it)
            last = replace(speaker, spoke=speaker.spoke or found.cue_start is not None)
        out.append(
            {
                "start": found.start,
                "end": found.end,
                "text": doc.text[found.start : found.end],
                "speaker": speaker.entity,
                "speaker_text": speaker.text,
                "cue": cue,
                "direct": found.direct,
            }
        )
    out = outlet_taken_up(doc, folded, out, quoted)
    if doc.lang == "fa":
        out = [
            q
            for i, (q, f) in enumerate(zip(out, quoted, strict=True))
            if not reports_a_quote(f, quoted) and i not in unsaid
        ]
    out = documents_by_issuer(doc, documents_by_publisher(doc, out))
    out = official_named_next(doc, named_after_role(doc, out))
    out = role_named_by_next_adder(doc, out)
    out = role_held_by_one_person(doc, out)
    out = role_after_lone_pronoun(doc, out)
    out = [without_person_spoken_of_53(doc, q) for q in out]
    out = clause_of_main_verb_speaker(doc, out)
    out = with_fuller_mention(doc, fullest_names(joined_names(doc.text, out), doc.lang))
    out = joined_cut_names(doc, out)
    out = spaced_surname(doc, out)
    out = half_spaced_surname(doc, out)
    out = first_spelling_of_name(doc, out)
    out = [with_sayyid_written(doc, q) for q in out]
    out = [without_rank_title(doc, marked_full_name(doc, without_age_number(doc, q))) for q in out]
    out = [source_without_comma(doc, q) for q in out]
    out = [with_acronym_spelled_out_50(doc, q) for q in out]
    for q in out:
        q["speaker_text"] = newspaper_name(doc, with_source_kind_word_49(doc, q))
        q["speaker_text"] = outlet_marked_name_50ar(doc, q["speaker_text"])
        q["speaker_text"] = website_name(doc, q["speaker_text"])
        q["speaker_text"] = body_in_place(doc, q)
        q["speaker_text"] = head_of_its_country(doc, q)
        if q["speaker_text"]:  # «من الممكن -كما أوضح بيان الشرطة- أن»: the aside's closing dash
            q["speaker_text"] = q["speaker_text"].rstrip(" -–—") or None
    return byline_speaker_taken_up(doc, out)


ORGANIZATION_CLITICS_60AR = re.compile(r"(?:و|ف)?(?:لل|ل|ب)?")


def organization_word_before_60ar(doc: Document, folded: str, at: int) -> int | None:
    """Where the organization word just before `at` starts («لمؤسسة», «بشركة», «شركة» of
    `ORGANIZATION_WORDS`, with a clitic or none), or None."""
    head = re.search(r"(\w+) $", folded[max(0, at - 40) : at])
    if head is None:
        return None
    word = head.group(1)
    kinds = word_set("ORGANIZATION_WORDS", doc.lang)
    for clitic in ORGANIZATION_CLITICS_60AR.finditer(word[:4]):
        if clitic.start() == 0 and word[clitic.end() :] in kinds:
            return at - len(head.group(0))
    return None


def role_between_60ar(doc: Document, folded: str, lo: int, hi: int) -> bool:
    """Whether the words from `lo` to `hi` are a role phrase of one clause: a role word first,
    no full stop, colon or quotation mark, at most `MAX_ROLE_WORDS` words."""
    words = folded[lo:hi].strip(" ،,")
    at = lo + (len(folded[lo:hi]) - len(folded[lo:hi].lstrip(" ،,")))
    return bool(
        words
        and len(words.split()) <= Q.MAX_ROLE_WORDS
        and not re.search(r"[.:«»\"“”\n]", words)
        and starts_role(folded, at, doc.lang)
    )


def holder_of_organization_namesake_60ar(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """An Arabic speaker read from a person's name that is the name of an organization a role
    belongs to («وأكد نائب المدير التنفيذي لمؤسسة سالم بن محفوظ الخيرية بأن»; «… أيمن توفيق
    مساعد المدير العام لشئون كاسيو بشركة محمود صالح أبار …، مبينا أن»; quotes_dev60ar.tsv):
    the foundation's or company's namesake is not the speaker, the role's holder is — the
    person named just before the role in the same clause, or the one person the document
    wrote with the same role words before. Kept as read when neither is found."""
    if doc.lang != "ar" or not (speaker.entity or "").startswith("PER:"):
        return speaker
    mentions = [
        m for m in doc.entities if m["entity"] == speaker.entity and m["end"] <= found.start
    ]
    if not mentions:
        return speaker
    mention = mentions[-1]
    if re.search(r"[.\n]", doc.text[mention["end"] : found.start]):
        return speaker  # the name is in an earlier sentence
    org_at = organization_word_before_60ar(doc, folded, mention["start"])
    if org_at is None:
        return speaker
    clause = max(folded.rfind(".", 0, org_at), folded.rfind("\n", 0, org_at)) + 1
    apposed = [
        m
        for m in doc.entities
        if m["type"] == "PER"
        and m["entity"] != speaker.entity
        and clause <= m["end"] < org_at
        and role_between_60ar(doc, folded, m["end"], org_at)
    ]
    if apposed:
        return mention_speaker(doc, apposed[-1])  # «أيمن توفيق مساعد المدير العام … بشركة»
    cue_end = found.cue_end if found.cue_start is not None and found.cue_end <= org_at else None
    if cue_end is None or not role_between_60ar(doc, folded, cue_end, org_at):
        return speaker
    role = folded[cue_end : mention["start"]].strip(" ،,")  # «نائب المدير التنفيذي لمؤسسة»
    holders = {
        m["entity"]: m
        for k in (r.start() for r in re.finditer(re.escape(role), folded[: found.cue_start]))
        for m in doc.entities
        if m["type"] == "PER" and m["entity"] != speaker.entity and k - 3 <= m["end"] <= k
    }
    if len(holders) != 1:
        return speaker
    return mention_speaker(doc, next(iter(holders.values())))  # «بسام يماني نائب المدير …»


def kind_word_written_before_60ar(doc: Document, folded: str, mention: dict) -> str | None:
    """The organization word written right before a mention («شركة» of «شركة سوفتبنك»,
    «بشركة …»), without its clitic; None when there is none."""
    at = organization_word_before_60ar(doc, folded, mention["start"])
    if at is None:
        return None
    word = folded[at : mention["start"]].strip()
    kinds = word_set("ORGANIZATION_WORDS", doc.lang)
    return next((word[i:] for i in range(4) if word[i:] in kinds), None)


def body_of_definite_kind_60ar(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """An Arabic subject written as a definite kind of organization right after the verb
    («فيما أعلنت الشركة …», «وأوضحت الشركة …») given to another organization the article
    never calls so («الروبوت بيبر», the company's robot; quotes_dev60ar.tsv): the one
    organization the article wrote after that word before («شركة سوفتبنك»). Left as read when
    the speaker is a person or is itself written after the word, or two bodies were."""
    if doc.lang != "ar" or found.cue_start is None or found.cue_end > found.start:
        return speaker
    if speaker.entity and not speaker.entity.startswith("ORG:"):
        return speaker
    head = re.match(r"\s*ال(\w+)", folded[found.cue_end : found.start])
    if head is None or head.group(1) not in word_set("ORGANIZATION_WORDS", doc.lang):
        return speaker
    kind = head.group(1)
    written = [
        m
        for m in doc.entities
        if m["type"] == "ORG" and kind_word_written_before_60ar(doc, folded, m) == kind
    ]
    if not written or speaker.entity in {m["entity"] for m in written}:
        return speaker
    before = [m for m in written if m["end"] <= found.cue_start]
    if not before or len({m["entity"] for m in written}) != 1:
        return speaker
    return mention_speaker(doc, before[-1])  # «شركة سوفتبنك»


SPOKEN_OF_WORDS_53 = 4  # how far into a quote its speaker, named there, is what it speaks of


def without_person_spoken_of_53(doc: Document, quote: Quote) -> Quote:
    """An Arabic or Persian quote given to a person the quote itself names in its first words
    as what it speaks of («وأضاف أن بحاح الذي يتولى …» given to Bahah): not his words, so no
    speaker rather than a wrong one (precision first)."""
    if doc.lang not in ("ar", "fa") or not quote["speaker"]:
        return quote
    head = doc.text[quote["start"] : quote["end"]].split()[:SPOKEN_OF_WORDS_53]
    reach = quote["start"] + len(" ".join(head))
    if any(
        m["entity"] == quote["speaker"]
        and m["type"] == "PER"
        and quote["start"] < m["start"] < reach
        for m in doc.entities
    ):
        return {**quote, "speaker": None, "speaker_text": None}
    return quote


MAIN_VERB_GAP_CHARS_50FA = 40  # «…، اظهارداشت: …»: the comma, the verb and its colon


def clause_of_main_verb_speaker(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian «با بیان اینکه X، گفت: Y» whose X found no speaker (a lead that lost its name:
    «به گزارش خبرگزاری فارس، با بیان اینکه … ، اظهارداشت: …»; quotes_dev50fa.tsv): X is said by
    whoever says Y, the quote right after it whose verb stands between them."""
    if doc.lang != "fa":
        return quotes
    needing = word_set("CUES_NEEDING_THAT", "fa")
    for quote, after in itertools.pairwise(quotes):
        if quote["speaker_text"] or not after["speaker_text"] or not after["cue"]:
            continue
        if fold_same_length(quote["cue"] or "") not in needing:
            continue
        gap = doc.text[quote["end"] : after["start"]]
        if len(gap) > MAIN_VERB_GAP_CHARS_50FA or after["cue"] not in gap or "\n" in gap:
            continue
        quote["speaker"], quote["speaker_text"] = after["speaker"], after["speaker_text"]
    return quotes


def outlet_marked_name_50ar(doc: Document, said: str | None) -> str | None:
    """An Arabic outlet written as its kind, its name in marks and adjectives («موقع «فارما
    ويكي» الألماني», «صحيفة "بريميوم تايمز" المحلية»; quotes_dev50ar.tsv, quotes_dev49.tsv):
    the name in the marks, which the outlet goes by, when adjectives after the marks make the
    whole a description; the speaker as found otherwise («موقع "بي.سي ماجازين"» is written so
    as its name; quotes_dev45.tsv)."""
    if doc.lang != "ar" or not said:
        return said
    kinds = "|".join(re.escape(k) for k in word_set("OUTLET_WORDS_50AR", "ar"))
    shape = rf"(?:{kinds}) ?[«\"“] ?(?P<name>[^«»\"“”]{{2,40}}?) ?[»\"”](?: ال\w+){{1,2}}"
    m = re.fullmatch(shape, fold_same_length(said.strip()))
    return said.strip()[m.start("name") : m.end("name")] if m else said


ANTECEDENT_SENTENCES_50 = 4  # sentences back an English pronoun's antecedent is looked for
SUBJECT_LEAD_50 = 5  # words a clause may open with before its subject's name ("Shares in UK firm")


def english_pronoun_50(doc: Document, folded: str, found: Found) -> tuple[int, str] | None:
    """Where an English speech verb's subject is a personal pronoun ("…, after it said", "They
    have said", "However they said") and which one (`PRONOUN_KINDS_50`); None otherwise."""
    kinds = Q.PRONOUN_KINDS_50.get(doc.lang)
    if not kinds or found.cue_start is None:
        return None
    lo = clause_start(doc.text, folded, found.cue_start)
    words = list(re.finditer(r"[\w']+|[^\w\s]", folded[lo : found.cue_start]))
    while words and words[-1].group().lower() in word_set("AUXILIARY_WORDS", doc.lang):
        words.pop()
    if not words or words[-1].group().lower() not in kinds:
        return None
    before = words[-2].group().lower() if len(words) > 1 else ","
    if before.isalnum() and before not in word_set("CLAUSE_OPENERS_50", doc.lang):
        return None  # "especially women who he said": the pronoun heads no clause of its own
    return lo + words[-1].start(), words[-1].group().lower()


_ABBREVIATED_50 = re.compile(r"(?:^|\W)(\w+)\.\s*$")


def english_sentence_start_50(text: str, at: int) -> int:
    """The start of the English sentence around `at`, not after a title's or an initial's full
    stop ("called on Mrs. Clinton", "Charles E. Grassley"; `TITLE_ABBREVIATIONS_50`)."""
    start = sentence_start(text, at)
    while start > 0:
        word = _ABBREVIATED_50.search(text, max(0, start - 12), start)
        shortened = word and (
            word.group(1).lower() in word_set("TITLE_ABBREVIATIONS_50", "en")
            or (len(word.group(1)) == 1 and word.group(1).isupper())
        )
        if not shortened:
            break
        start = sentence_start(text, word.start(1))
    return start


# Words in quote marks, straight, curly or doubled ('' … ''): no clause of the narration.
_MARKED_50 = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|''.*?''")


def clause_subjects_50(
    doc: Document, folded: str, lo: int, hi: int, quoted: list[Found]
) -> list[dict]:
    """The names heading the English clauses of [lo, hi) outside every quote, in order: the
    first name of its clause (a sentence, a comma, a clause opener), at most SUBJECT_LEAD_50
    words after its start, no preposition among them but one right after the first word
    ("Shares in UK pharmaceutical firm Phytopharm", "A spokeswoman for Chelsea"), no
    possessive after it ("Mike Tindall's agent"), in no list ("Jessops, Boots and Snappy
    Snaps"); a name right after the first one with a word or two of its kind between stands
    for it ("Linkin Park singer Chester Bennington"): the subjects a later pronoun can refer
    back to."""
    prepositions = word_set("PREPOSITIONS", doc.lang)
    marked = [(q.start(), q.end()) for q in _MARKED_50.finditer(doc.text)]
    mentions = [
        m
        for m in doc.entities
        if lo <= m["start"] < hi
        and not any(said_in_50(q, m["start"]) for q in quoted)
        and not any(a < m["start"] < b for a, b in marked)  # '"Oh, God," … He added
        and not re.match(r"['’](?:s\b|\s)", doc.text[m["end"] : m["end"] + 2])  # a possessor
    ]
    subjects = []
    for k, m in enumerate(mentions):
        start = clause_opening_50(
            doc, folded, max(lo, english_sentence_start_50(doc.text, m["start"])), m["start"]
        )
        lead = re.findall(r"\w[\w'’-]*", folded[start : m["start"]])
        earlier = [e for e in mentions[:k] if e["start"] >= start]
        if (
            len(lead) > SUBJECT_LEAD_50
            or any(w.lower() in prepositions for w in lead[:1] + lead[2:])
            or any(w.lower() in word_set("LIST_WORDS_50", doc.lang) for w in lead)
        ):
            continue
        if earlier and not names_its_kind_50(folded, earlier[-1]["end"], m["start"]):
            continue  # "The US has asked the World Trade Organisation": an object
        if in_list_50(doc.text, m, mentions):
            continue
        subjects.append(m)
    return subjects


def clause_opening_50(doc: Document, folded: str, lo: int, at: int) -> int:
    """Where the English clause holding `at` opens: after the last comma, semicolon, colon,
    quote mark or clause opener (`CLAUSE_OPENERS_50`) since `lo`."""
    openers = word_set("CLAUSE_OPENERS_50", doc.lang)
    start = lo
    for w in re.finditer(r"[\w'’-]+|[,;:\"“”]", folded[lo:at]):
        if w.group() in ',;:"“”' or w.group().lower() in openers:
            start = lo + w.end()
    return start


def names_its_kind_50(folded: str, lo: int, hi: int) -> bool:
    """Whether one or two lower-case words of a kind stand between two names ("Linkin Park
    singer", "Arsenal boss"), not a verb ("has asked the", "praised")."""
    if re.fullmatch(r"[\s.]*", folded[lo:hi]):
        return True  # one name the recogniser cut at an initial ("Charles E. Grassley")
    words = folded[lo:hi].split()
    small = word_set("PREPOSITIONS", "en") | word_set("ACRONYM_SKIPPED_WORDS_50", "en")
    return 0 < len(words) <= 2 and all(
        w.isalpha()
        and w.islower()
        and w not in small | {"a", "an", "or"}
        and not w.endswith("ed")
        and (not w.endswith("s") or w.endswith("ss"))  # "Apple uses AAC": a verb; "boss"
        for w in words
    )


_LISTED_50 = re.compile(r"\s*(?:,|&|\band\b|\bor\b)\s*(?:the\s+)?")
_JOINED_50 = re.compile(r"\s*,?\s*(?:&|\band\b|\bor\b)\s*(?:the\s+)?")


def in_list_50(text: str, mention: dict, mentions: list[dict]) -> bool:
    """Whether a name is one of a list ("Volkswagen, DaimlerChrysler and Siemens", "such as
    Jessops, Boots and Snappy Snaps"): a name before it or after it with only "and" or "or"
    between, or a comma and a name of its type ("Wigan, Lindsay said": a club, then the
    subject)."""
    for other in mentions:
        joiner = _LISTED_50 if other["type"] == mention["type"] else _JOINED_50
        if other["end"] <= mention["start"] and joiner.fullmatch(
            text, other["end"], mention["start"]
        ):
            return True
        if other["start"] >= mention["end"] and joiner.fullmatch(
            text, mention["end"], other["start"]
        ):
            return True
    return False


_ACRONYM_50 = re.compile(r"(?:[Tt]he )?([A-Z]{2,6})")


def with_acronym_spelled_out_50(doc: Document, quote: Quote) -> Quote:
    """An English speaker written as an acronym the article spells out ("The National Highway
    Traffic Safety Administration (NHTSA) said … The NHTSA said"; "General Motors (GM)") as
    that name: the body's own name, which its acronym only stands for. The name's mention
    when the recogniser found it, else its words as written with the acronym's key."""
    said = quote["speaker_text"] or ""
    short = _ACRONYM_50.fullmatch(said)
    if doc.lang != "en" or not short:
        return quote
    for spelled in re.finditer(rf"\(\s*{short.group(1)}\s*\)", doc.text):
        name = name_before_50(doc.text, spelled.start(), short.group(1))
        if name is None:
            continue
        mention = next((m for m in doc.entities if (m["start"], m["end"]) == name), None)
        key = mention["entity"] if mention else quote["speaker"]
        return quote | {"speaker": key, "speaker_text": doc.text[name[0] : name[1]]}
    return quote


def name_before_50(text: str, at: int, acronym: str) -> tuple[int, int] | None:
    """The span of the capitalised words right before `at` whose initials are `acronym`
    ("Australian Rugby Union" before "(ARU)"), else None."""
    words = list(re.finditer(r"[\w&'-]+", text[max(0, at - 120) : at]))
    offset = max(0, at - 120)
    if not words or text[offset + words[-1].end() : at].strip():
        return None
    for k in range(len(words) - 1, -1, -1):
        first = words[k].group()
        if not first[:1].isupper():
            continue
        if initials_50(" ".join(w.group() for w in words[k:])) == acronym:
            return offset + words[k].start(), offset + words[-1].end()
    return None


def initials_50(name: str) -> str:
    """The capitals of a name's words, small words skipped (`ACRONYM_SKIPPED_WORDS_50`)."""
    skipped = word_set("ACRONYM_SKIPPED_WORDS_50", "en")
    return "".join(w[0].upper() for w in re.findall(r"[\w&]+", name) if w.lower() not in skipped)


def spokesperson_of_50(doc: Document, folded: str, speaker: Speaker, at: int) -> bool:
    """Whether the body a "he"/"she" was read as is last named after a spokesperson's word
    ("A spokesman for the Business Software Alliance said: … He said"; `SPOKESPEOPLE_50`):
    the pronoun is its spokesperson, whom the body stands for."""
    named = [m for m in doc.entities if m["entity"] == speaker.entity and m["end"] <= at]
    if not named:
        return False
    spokes = word_set("SPOKESPEOPLE_50", doc.lang)
    after = folded[named[-1]["end"] : named[-1]["end"] + 20].lower().split()
    if after and after[0] in spokes:
        return True  # "A BBC spokeswoman said … She said"
    words = folded[max(0, named[-1]["start"] - 40) : named[-1]["start"]].lower().split()
    while words and words[-1] in {"the", "for", "of", "at"}:
        words.pop()
    return bool(words) and words[-1] in spokes


def said_in_50(found: Found, at: int) -> bool:
    """Whether `at` lies in a quote's words: marked ones, or a clause its cue introduces (not
    a span a speaker after its verb was first read into, "…," Senator X, Republican of Iowa,
    said)."""
    inside = found.start <= at < found.end
    return inside and (found.direct or found.cue_end is None or found.cue_end <= found.start)


def pronoun_antecedent_50(
    doc: Document, folded: str, at: int, kind: str, quoted: list[Found]
) -> dict | None:
    """The nearest clause subject of the pronoun's kind before it, within
    ANTECEDENT_SENTENCES_50 sentences; None when there is none."""
    lo = at
    for _ in range(ANTECEDENT_SENTENCES_50):
        lo = sentence_start(doc.text, max(0, lo - 1)) if lo > 0 else 0
    subjects = [m for m in clause_subjects_50(doc, folded, lo, at, quoted) if m["type"] == kind]
    return subjects[-1] if subjects else None


def speaker_kind_50(speaker: Speaker) -> str | None:
    """The type of a speaker's entity ("PER", "ORG"), from its key; None with no entity."""
    return speaker.entity.split(":", 1)[0] if speaker.entity and ":" in speaker.entity else None


def with_pronoun_antecedent_50(
    doc: Document,
    folded: str,
    found: Found,
    quoted: list[Found],
    speaker: Speaker,
    fill_unknown: bool = True,
) -> Speaker:
    """An English pronoun subject's speaker as its antecedent (`pronoun_antecedent_50`) when
    the speaker found is unknown ("it said"), of the wrong kind ("he" read as the Ospreys,
    "They" as one singer) or a name that stands in no clause's subject near the pronoun (the
    London Stock Exchange of "… on the London Stock Exchange …, after it said"); a wrong kind
    with no antecedent is unknown. Any other speaker is kept: precision first. Before a quote
    in marks (`fill_unknown` False) an unknown speaker stays unknown: there the pronoun often
    stands for someone the narration names in passing ("Mutu was sacked …, a move Wenger has
    backed. But he said:"; the 400-article check)."""
    pronoun = english_pronoun_50(doc, folded, found)
    if pronoun is None:
        return speaker
    if named_after_verb_70en(doc, found, speaker):
        speaker = Speaker(None, None)  # 'He added Alexander "was not an easy movie …"'
    resolved = pronoun_speaker_50(doc, folded, found, quoted, speaker, fill_unknown, pronoun)
    if pronoun[1] != "it" and named_in_own_words_70en(doc, found.start, found.end, resolved):
        return Speaker(None, None)
    return resolved


def speech_start_70en(doc: Document, out: list[Quote]) -> int:
    """The index in `out` where the speech of its last quote opens: the first of the quotes
    before it that each go on in a new paragraph of the one before (`continues_quote`), or
    right after the one before's attribution with no speaker known ('"…," he said. "…"')."""
    k = len(out) - 1
    while k > 0 and (
        continues_quote(doc.text, out[k - 1]["end"], out[k]["start"])
        or (not out[k]["speaker_text"] and attribution_gap_70en(doc, out[k - 1], out[k]))
    ):
        k -= 1
    return k


ATTRIBUTION_GAP_CHARS = 24  # '," he said on Monday. "': a trailing attribution, no narration


def attribution_gap_70en(doc: Document, before: Quote, after: Quote) -> bool:
    """Whether only a short attribution stands between two quotes ('," he said. "')."""
    return len(doc.text[before["end"] : after["start"]].strip()) <= ATTRIBUTION_GAP_CHARS


def named_after_verb_70en(doc: Document, found: Found, speaker: Speaker) -> bool:
    """Whether a speaker read for a cue whose subject is a pronoun is only named between the
    verb and the quote ('He added Alexander "was not an easy movie …"', quotes_dev70en): the
    pronoun is the verb's subject, so the name is the quote's own subject, not its speaker."""
    if not speaker.entity or found.cue_end is None or found.cue_end > found.start:
        return False
    between = [m for m in doc.entities if found.cue_end <= m["start"] < found.start]
    return any(m["entity"] == speaker.entity for m in between)


def named_in_own_words_70en(doc: Document, start: int, end: int, speaker: Speaker) -> bool:
    """Whether a name a "he", "she" or "they" was read as is written in the quote's own words
    ('"I think Sean's situation is …," he said' after a sentence about Sean Long; "Companies
    such as Quiksilver would …, they added"; quotes_dev70en): people and groups seldom speak
    of themselves by name, so the pronoun is someone else and the speaker is unknown ("it",
    a company naming itself, is left out)."""
    if not speaker.entity:
        return False
    names = {
        word
        for m in doc.entities
        if m["entity"] == speaker.entity
        for word in re.findall(r"[A-Z][\w'’-]{2,}", m["text"])
    }
    words = set(re.findall(r"[A-Z][\w-]{2,}", doc.text[start:end]))
    return bool(names & words)


def pronoun_speaker_50(
    doc: Document,
    folded: str,
    found: Found,
    quoted: list[Found],
    speaker: Speaker,
    fill_unknown: bool,
    pronoun: tuple[int, str],
) -> Speaker:
    """`with_pronoun_antecedent_50`'s reading of the pronoun at `pronoun`."""
    at, word = pronoun
    kind = Q.PRONOUN_KINDS_50[doc.lang][word]
    antecedent = pronoun_antecedent_50(doc, folded, at, kind, quoted)
    found_kind = speaker_kind_50(speaker)
    unknown = not speaker.text or (
        not speaker.entity and speaker.text.lower().split()[-1] in Q.BARE_PRONOUNS
    )
    if unknown:
        return mention_speaker(doc, antecedent) if antecedent and fill_unknown else speaker
    if found_kind and found_kind != kind:
        if spokesperson_of_50(doc, folded, speaker, at):
            return speaker  # "A spokesman for the Department … said … He added"
        return mention_speaker(doc, antecedent) if antecedent else Speaker(None, None)
    if antecedent is None or antecedent["entity"] == speaker.entity or not speaker.entity:
        return speaker
    region = antecedent["start"]
    same = [m for m in doc.entities if m["entity"] == speaker.entity and region <= m["start"] < at]
    subjects = clause_subjects_50(doc, folded, region, at, quoted)
    if same and not any(m["entity"] == speaker.entity for m in subjects):
        return mention_speaker(doc, antecedent)  # a name only in a phrase after the subject
    return speaker


def with_source_kind_word_49(doc: Document, quote: Quote) -> str | None:
    """A Persian source after «به نقل از» with the kind word written before its name («به نقل
    از سایت فدراسیون فوتبال، …» → «سایت فدراسیون فوتبال»), as `kind_and_name` writes a source
    before its content (quotes_dev37.tsv, quotes_dev49fa.tsv); the speaker as found otherwise."""
    said = quote["speaker_text"]
    if doc.lang != "fa" or not said or fold_same_length(quote["cue"] or "") != "به نقل از":
        return said
    lo = max(0, quote["start"] - 200)
    before = fold_same_length(doc.text[lo : quote["start"]])  # same length: offsets hold
    opening = re.search(rf"به نقل از (\S+) {re.escape(fold_same_length(said))}[ ،,]*$", before)
    if not opening or opening.group(1) not in word_set("ORGANIZATION_WORDS", "fa"):
        return said
    return f"{doc.text[lo + opening.start(1) : lo + opening.end(1)]} {said}"


def named_in_previous_quote(
    doc: Document, found: Found, speaker: Speaker, cue: str, previous: Quote
) -> bool:
    """Whether an Arabic speaker read before its cue is only named inside the words of the
    previous quote of the same sentence, whose cue a conjunction joins («وكشف بارباع أنه نبه
    أحمد عيد رئيس اتحاد القدم … عبر رسالة هاتفية، وقال "تلقيت ردا …"»; quotes_dev47.tsv):
    the one spoken of, never the subject of the next verb, who is the previous speaker."""
    if doc.lang != "ar" or not speaker.text or not previous["speaker_text"] or not cue:
        return False
    if speaker.entity and speaker.entity == previous["speaker"]:
        return False
    cue_at = found.cue_start
    if cue_at is None:
        cue_at = doc.text.rfind(cue, 0, found.start)  # a marked quote's cue, found before it
    if not previous["start"] < previous["end"] <= cue_at:
        return False
    between = doc.text[previous["end"] : cue_at]
    if re.search(r"[.!?؟\n]", between) or not re.fullmatch(r"[\s،,]*[وف]", between):
        return False
    at = doc.text.rfind(speaker.text, 0, cue_at)
    return previous["start"] <= at and at + len(speaker.text) <= previous["end"]


_DASHED_ASIDE_47 = re.compile(r"\s+(?:\u0640{2,}|[-–—])\s")


def without_dashed_aside(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic speaker as written that runs into an aside between dashes («وأوضح المصدر ــ
    فضل عدم ذكر اسمه ــ أن»; quotes_dev47.tsv): the words before the first dash, the aside
    being no part of the name (then resolved as any bare «المصدر» is)."""
    text = speaker.text or ""
    if doc.lang != "ar" or speaker.entity or not text:
        return speaker
    cut = _DASHED_ASIDE_47.search(text)
    if not cut or not text[: cut.start()].strip():
        return speaker
    return replace(speaker, text=text[: cut.start()].strip())


# An English aside closing a subject before its cue (", speaking to … Paul Adams," / " - then
# adviser to President Vladimir Putin - "): its opening delimiter, the aside, its closing one.
_ASIDE_68EN = re.compile(r"(,|\s[-–—])\s+([^,\-–—\"“”]+?)\s*(,|[-–—])\s*$")
_SUBJECT_TAIL_68EN = re.compile(
    r"(?:\s+(?:has|have|had|also|later|then|previously|earlier|will|would))*\s*$"
)
_CAPITALISED_68EN = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.'’-]*\s+)*$")


CUE_REACH_68EN = 250  # how far from a marked quote its cue ("…," X - … - told) is looked for


def cue_span_68en(doc: Document, found: Found, cue: str | None) -> tuple[int, int] | None:
    """Where the cue a marked quote was given stands: the first time it is written in the
    narration after the closing mark, else the last time before the opening one (the
    narration only: no quote mark between it and the quote)."""
    if found.cue_start is not None:
        return found.cue_start, found.cue_end
    if not cue:
        return None
    word = re.compile(rf"\b{re.escape(cue)}\b")
    start = found.end
    while start < len(doc.text) and start - found.end < 3 and doc.text[start] in ',.?!;:"“” ':
        start += 1  # the quote's closing mark and punctuation
    closed = "." in doc.text[max(0, found.end - 1) : start]  # «… on screen."»: a full stop
    after = doc.text[start : start + CUE_REACH_68EN]
    stops = [after.find(c) for c in ('"', "“", "”", ". ")]
    after = after[: min([len(after), *(i for i in stops if i >= 0)])]
    m = None if closed else word.search(after)
    if m:
        return start + m.start(), start + m.end()
    lo = max(0, found.start - CUE_REACH_68EN)
    before = doc.text[lo : found.start]
    before_marks = [before.rfind(c, 0, max(0, len(before) - 1)) for c in '"“”']
    cut = max(before_marks) + 1
    hits = list(word.finditer(before, cut))
    return (lo + hits[-1].start(), lo + hits[-1].end()) if hits else None


def subject_window_68en(doc: Document, found: Found) -> tuple[int, int]:
    """The narration between an English cue's sentence start and the cue, after the quote's
    own words when they come first ("\"…,\" Andrei Illarionov - … - told")."""
    lo = english_sentence_start_50(doc.text, found.cue_start)
    if found.end <= found.cue_start:
        lo = max(lo, found.end)
    marks = [doc.text.rfind(c, lo, found.cue_start) for c in '"“”']
    return max([lo, *(m + 1 for m in marks if m >= 0)]), found.cue_start


def name_as_modifier_68en(doc: Document, at: int, end: int, hi: int, person: bool) -> bool:
    """Whether the name written at `at`–`end` only modifies the subject's head noun: a person as
    possessor ("Mike Tindall's agent has warned", "Dan Brown's conspiracy theory"), or a name
    before a holder's noun ("the Old Trafford boss", "BA chairman Martin Broughton";
    `NAME_HOLDERS_68`) or a person's before a body's ("the Trump administration";
    `PERSON_BODIES_68`)."""
    rest = doc.text[end:hi]
    holders = word_set("NAME_HOLDERS_68", doc.lang)
    heads = holders | (word_set("PERSON_BODIES_68", doc.lang) if person else frozenset())
    owned = re.match(r"['’]s?\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b", rest)
    if owned and (person or owned.group(1) in holders):
        return True  # a person's agent is someone else; a body's "own institutions" may be it
    word = re.match(r"\s+(?:[a-z]+\s+){0,1}?([a-z]+)\b", rest)
    return bool(word and word.group(1) in heads)


def person_in_68en(doc: Document, lo: int, hi: int) -> dict | None:
    """The one person named between `lo` and `hi`, or None."""
    people = [m for m in doc.entities if lo <= m["start"] and m["end"] <= hi and m["type"] == "PER"]
    return people[0] if len({m["entity"] for m in people}) == 1 else None


def modified_head_68en(doc: Document, lo: int, at: int, end: int, hi: int) -> Speaker:
    """The subject a modifying name stands in: the person named before the aside it opens ("Rod
    Eddington, BA's chief executive, said"), the subject after an adverbial holding it
    ("Despite enjoying Dan Brown's conspiracy theory, the Bishop said"), the person its noun
    names ("BA chairman Martin Broughton said", "said EEF chief economist, Steve Radley"), else
    the words as a role without a name ("Mike Tindall's agent", "the Old Trafford boss")."""
    first = doc.text.find(",", lo, at)
    if first >= 0:
        person = person_in_68en(doc, lo, first)
        if person and doc.text[lo:first].strip().endswith(person["text"]):
            return mention_speaker(doc, person)
    last = doc.text.rfind(",", at, hi)
    if last >= 0 and lo < at and doc.text[last + 1 : hi].strip():
        lo, at = (
            last + 1,
            last + 1 + len(doc.text[last + 1 : hi]) - len(doc.text[last + 1 : hi].lstrip()),
        )
        person = person_in_68en(doc, at, hi)
        if person:
            return mention_speaker(doc, person)
        tail = _SUBJECT_TAIL_68EN.search(doc.text, at, hi)
        phrase = doc.text[at : tail.start() if tail else hi].strip(" ,")
        return (
            Speaker(None, phrase, role=True)
            if 0 < len(phrase.split()) <= 6
            else Speaker(None, None)
        )
    person = person_in_68en(doc, end, hi)
    if person:
        return mention_speaker(doc, person)
    before = _CAPITALISED_68EN.search(doc.text, lo, at)
    start = before.start() if before else at
    stop = min([hi, *(i for i in (doc.text.find(",", at, hi),) if i >= 0)])
    tail = _SUBJECT_TAIL_68EN.search(doc.text, at, stop)
    phrase = doc.text[start : tail.start() if tail else stop].strip(" ,")
    return Speaker(None, phrase, role=True) if len(phrase.split()) <= 8 else Speaker(None, None)


def aside_head_68en(doc: Document, lo: int, at: int, hi: int) -> Speaker | None:
    """The subject before an aside a name was read from ("A senior defence official, speaking to
    the BBC's defence correspondent Paul Adams, said"; "Andrei Illarionov - then economic adviser
    to President Vladimir Putin - told"): the name in the aside is one the subject met or
    serves, not the speaker. An aside that is the name itself ("The president of …, Dolphy
    D'Souza, says") is the speaker's apposition and kept: None."""
    tail = _SUBJECT_TAIL_68EN.search(doc.text, lo, hi)
    aside = _ASIDE_68EN.search(doc.text, lo, tail.start() if tail else hi)
    if not aside or not aside.start(2) <= at < aside.end(2):
        return None
    if at == aside.start(2) or not aside.group(2)[:1].islower():
        return None  # the aside opens with the name or a capitalised word: an apposition
    lead = [w.lower() for w in doc.text[aside.start(2) : at].split()]
    links = word_set("PREPOSITIONS", doc.lang) | word_set("ASIDE_LINKS_68", doc.lang)
    if not any(w in links or w.endswith("ing") for w in lead):
        return None  # "One of the bidders, steel giant LNM, told": a role naming the subject
    head = doc.text[lo : aside.start()].strip(" ,")
    words = head.split()
    while words and words[0].lower() in word_set("LEADING_CONJUNCTIONS", doc.lang):
        words.pop(0)
    if not words or len(words) > 8:
        return Speaker(None, None)
    head = " ".join(words)
    start = doc.text.find(head, lo)
    person = person_in_68en(doc, start, start + len(head))
    if person and head.endswith(person["text"]) or person and head.startswith(person["text"]):
        return mention_speaker(doc, person)  # "Mr Hague, who … William Pitt …, also said"
    others = [m for m in doc.entities if start <= m["start"] and m["end"] <= start + len(head)]
    return Speaker(None, None) if others else Speaker(None, head, role=True)


def mentioned_not_speaker_68en(
    doc: Document, found: Found, speaker: Speaker, cue: str | None
) -> Speaker:
    """An English speaker read from a name its cue's subject only mentions (session 68, issue 21
    point 3: a quote shown on the wrong person's page): a possessor or a name modifying the head
    noun ("Mike Tindall's agent has warned", "said the Old Trafford boss") gives the head as a
    role; a name inside an aside after the subject ("A senior defence official, speaking to …
    Paul Adams, said") gives the subject before the aside. Other speakers are kept."""
    if doc.lang != "en" or not speaker.text or found.speaker:
        return speaker
    span = cue_span_68en(doc, found, cue)
    if span is None:
        return speaker
    found = replace(found, cue_start=span[0], cue_end=span[1])
    lo, hi = subject_window_68en(doc, found)
    at = doc.text.rfind(speaker.text, lo, hi)
    if at < 0:
        end = sentence_end(doc.text, found.cue_end)
        if found.start > found.cue_end:
            end = min(end, found.start)
        at = doc.text.find(speaker.text, found.cue_end, end)
        if at < 0 or doc.text[found.cue_end : at].strip(" ,").count(" ") > 3:
            return role_before_verb_70en(doc, lo, hi) or speaker
        lo, hi = found.cue_end, end
    holder = person_of_body_70en(doc, lo, at)
    if holder is not None and holder["entity"] != speaker.entity:
        return mention_speaker(doc, holder)  # "Ashok Vishwanathan of Operation Black Vote, …"
    person = not speaker.entity or speaker.entity.startswith("PER")
    aside = aside_head_68en(doc, lo, at, hi)
    if aside is not None:
        return aside  # "Heineken, which also owns … Murphy's stout brands, said" (session 70)
    if name_as_modifier_68en(doc, at, at + len(speaker.text), hi, person):
        return modified_head_68en(doc, lo, at, at + len(speaker.text), hi)
    return speaker


# "the industry minister of India's Andhra Pradesh state" right before its verb: a determiner,
# one to three lowercase words, a complement word (`ROLE_COMPLEMENT_WORDS`), its words.
_ROLE_BEFORE_VERB = re.compile(
    r"\b(?:the|an?|one)\s+(?:[a-z][\w-]*\s+){1,3}?(?P<link>"
    + "|".join(Q.ROLE_COMPLEMENT_WORDS["en"])
    + r")\s+[^,;:.\"“”]{1,60}$"
)


def role_before_verb_70en(doc: Document, lo: int, hi: int) -> Speaker | None:
    """A role with a complement as the subject right before an English verb whose speaker was
    read from no name written there ("Its comments came after the industry minister of India's
    Andhra Pradesh state said", quotes_dev70en: not Volkswagen, who spoke before): the role as
    written, since the one who held it was not named; None for other subjects and for a body's
    voice ("a spokesman for the company", `BODY_VOICES`)."""
    role = _ROLE_BEFORE_VERB.search(doc.text, lo, hi)
    if not role:
        return None
    before = doc.text[lo : role.start()].split()
    if before and before[-1][-1:] != "," and before[-1] not in Q.CLAUSE_SUBJECT_OPENERS["en"]:
        return None  # "a statement detailing the banning of the accounts Valve said": an object
    words = doc.text[role.start() : role.start("link")].lower().split()
    if any(w in Q.BODY_VOICES["en"] for w in words):
        return None
    if not re.search(r"\b[A-Z]", doc.text[role.end("link") : hi]):
        return None  # "the head of the department": nothing named to hold the role apart
    return Speaker(None, english_subject(role.group()), role=True)


def person_of_body_70en(doc: Document, lo: int, at: int) -> dict | None:
    """The person a subject names right before "of"/"at"/"from" and the name read at `at`
    ("Ashok Vishwanathan of Operation Black Vote, which …, said", quotes_dev70en): the body is
    where the person works, the person speaks; None when no person stands there."""
    before = [m for m in doc.entities if lo <= m["start"] and m["end"] <= at]
    if not before or before[-1]["type"] != "PER":
        return None
    link = doc.text[before[-1]["end"] : at].split()
    return before[-1] if link and link[0] in {"of", "at", "from"} and len(link) <= 2 else None


def written_subject_68en(doc: Document, found: Found, cue: str | None) -> tuple[int, str] | None:
    """Where an English cue's subject as written before it starts, and its words (leading
    conjunctions and trailing auxiliaries dropped); None when the cue is not found."""
    span = cue_span_68en(doc, found, cue)
    if span is None or found.start < span[0] < found.end:
        return None
    lo, hi = subject_window_68en(doc, replace(found, cue_start=span[0], cue_end=span[1]))
    tail = _SUBJECT_TAIL_68EN.search(doc.text, lo, hi)
    words = doc.text[lo : tail.start() if tail else hi].strip(" ,").split()
    while words and words[0].lower() in word_set("LEADING_CONJUNCTIONS", doc.lang):
        words.pop(0)
    subject = " ".join(words)
    start = doc.text.find(subject, lo, hi) if subject else -1
    return (start, subject) if start >= 0 else None


def document_not_person_68en(
    doc: Document, found: Found, speaker: Speaker, cue: str | None
) -> Speaker:
    """An English document written as the subject ("\"…,\" the report says", "the rule
    states") given to a name the subject does not hold: the document as written. A report
    is its issuer's words, never those of whoever spoke last (`DOCUMENT_NOUNS_68`)."""
    if doc.lang != "en" or not speaker.entity:
        return speaker
    written = written_subject_68en(doc, found, cue)
    if not written or speaker.text in written[1]:
        return speaker
    words = written[1].lower().split()
    if not (2 <= len(words) <= 6 and words[0] in {"the", "a", "an", "this", "its", "their"}):
        return speaker
    if words[-1] not in word_set("DOCUMENT_NOUNS_68", doc.lang):
        return speaker
    return Speaker(None, written[1], role=True)


def other_name_in_subject_68en(
    doc: Document, found: Found, speaker: Speaker, cue: str | None
) -> Speaker:
    """An English speaker not written in its cue's subject when that subject names someone
    else: the person the subject ends with ("the group's president Beverly Siemssen said" read
    as the group), else no one ("\"…,\" a statement issued on behalf of Robert Zoellick, US
    Trade Representative, said" read as the EU), since the subject written is the surer
    reading and a name from elsewhere puts the quote on the wrong page."""
    if doc.lang != "en" or not speaker.entity or found.speaker:
        return speaker
    written = written_subject_68en(doc, found, cue)
    if not written or not written[1] or speaker.text in written[1]:
        return speaker
    start, subject = written
    inside = [
        m
        for m in doc.entities
        if start <= m["start"] and m["end"] <= start + len(subject) and m["type"] == "PER"
    ]
    said = set(speaker.text.lower().split())
    if not inside or any(
        m["entity"] == speaker.entity or said & set(m["text"].lower().split()) for m in inside
    ):
        return speaker  # "Mr Brown confirmed" read as Gordon Brown, "Sir Digby added"
    person = person_in_68en(doc, start, start + len(subject))
    if person and subject.endswith(person["text"]):
        return mention_speaker(doc, person)  # "the group's president Beverly Siemssen said"
    return Speaker(None, None)


_DEFINITE_ROLE_68EN = re.compile(r"(?:[Tt]he|[Tt]his)\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}")


def role_given_to_silent_person_68en(
    doc: Document, found: Found, speaker: Speaker, cue: str | None, out: list[Quote]
) -> Speaker:
    """An English definite role as subject ("The former Scotland international added that …")
    read as a person who has not spoken in the article while someone else has ("Club director
    Terry Brady held initial talks with Strachan", after Strachan's quote): the role as written,
    no name. A role taking up the person only narrated is a guess that puts a quote on the
    wrong page; the role itself is never wrong."""
    if doc.lang != "en" or not speaker.entity or found.speaker:
        return speaker
    spoken = {q["speaker"] for q in out if q["speaker"]}
    if not spoken or speaker.entity in spoken:
        return speaker
    span = cue_span_68en(doc, found, cue)
    if span is None or (found.start < span[0] and found.end > span[0]):
        return speaker
    lo, hi = subject_window_68en(doc, replace(found, cue_start=span[0], cue_end=span[1]))
    tail = _SUBJECT_TAIL_68EN.search(doc.text, lo, hi)
    subject = doc.text[lo : tail.start() if tail else hi].strip(" ,")
    words = subject.split()
    while words and words[0].lower() in word_set("LEADING_CONJUNCTIONS", doc.lang):
        words.pop(0)
    subject = " ".join(words)
    if not _DEFINITE_ROLE_68EN.fullmatch(subject) or speaker.text in subject:
        return speaker
    start = doc.text.find(subject, lo, hi)
    if any(start <= m["start"] < start + len(subject) and m["type"] == "PER" for m in doc.entities):
        return speaker  # a person named in the subject itself
    return Speaker(None, subject, role=True)


def run_on_speaker_68en(doc: Document, speaker: Speaker) -> Speaker:
    """An English speaker as written without a name that runs on into the narration: cut
    before a comma and a lowercase word ("our correspondent, contain few new surprises", "the
    30-year-old, who is retiring in 2006"); none when it runs into a quote or a new sentence
    ("the Old Trafford boss. \"We showed lots"), holds a relative pronoun ("especially women
    who he") or is a bare conjunction ("but"): a piece of a sentence, never a speaker."""
    text = speaker.text or ""
    if doc.lang != "en" or speaker.entity or not text:
        return speaker
    cut = re.search(r",\s+[a-z]", text)
    if cut and text[: cut.start()].strip():
        text = text[: cut.start()].strip()
    words = [w.lower() for w in text.split()]
    if (
        all(w in word_set("LEADING_CONJUNCTIONS", doc.lang) for w in words)
        or re.search(r"[\"“”]|\.\s", text)
        or any(w in {"who", "whom", "which"} for w in words)
    ):
        return Speaker(None, None)
    return speaker if text == speaker.text else replace(speaker, text=text)


REPORTED_SUBJECT_CHARS = 40  # «Biden گفته»: the inner subject and cue open the report's words


def reports_a_quote(found: Found, quoted: list[Found]) -> bool:
    """Whether a Persian reported clause is itself someone's quote with its own cue («Associated
    Press گزارش داد که Biden گفته تا ماه ژانویه …»; quotes_dev44b.tsv): the words are Biden's,
    one quote, not also the agency's (as «نقل موقع X عن Y» is Y's in quotes_dev42.md)."""
    return any(
        g is not found
        and g.cue_start is not None
        and found.start <= g.cue_start < found.start + REPORTED_SUBJECT_CHARS
        and found.start < g.start
        and g.end <= found.end
        for g in quoted
    )


PLACE_COMPLEMENT_WORDS = 2  # «في مستشفى غزة», «في محافظة ينبع»: words before the place
SUBJECT_OPENING_WORDS = 2  # «أجرى القطاع الصحي في محافظة ينبع تحقيقا»: a sentence's subject


def with_place_complement(doc: Document, speaker: Speaker, found: Found) -> Speaker:
    """An Arabic speaker written with no name (a body, a group, a description) by its fullest
    form: its words followed by the place or body it belongs to after «في» or «ب» («وقال
    المسؤولون في مستشفى غزة إن»; «القطاع الصحي» of «أجرى القطاع الصحي في محافظة ينبع
    تحقيقا»; quotes_dev41.tsv, quotes_dev39.tsv), when the article writes one such form: in
    the quote's own subject, right before its «أن» (not «في واشنطن أمس أن», where it spoke),
    or opening a sentence, a place after «في» or «ب» («ونفت الإدارة العامة للتعليم بمنطقة
    المدينة المنورة …»; quotes_dev42.tsv). The place is a recognised place or organization at most two words
    after the preposition, none of them a setting of speech («في بيان», `SPEECH_SETTINGS`)."""
    text = (speaker.text or "").strip()
    if doc.lang != "ar" or not text or len(text.split()) > Q.MAX_ROLE_WORDS:
        return speaker
    if speaker.entity and not generic_body(speaker):
        return speaker
    forms = set()
    for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", doc.text):
        place = place_after(doc, m.end())
        if not place:
            continue
        own = found.cue_end is not None and found.cue_end <= m.start() < found.start
        if own and not clause_follows(doc, place["end"], found.start):
            continue
        opening = doc.text[sentence_start(doc.text, m.start()) : m.start()]
        if not own and (
            word_count(opening) > SUBJECT_OPENING_WORDS
            or place["type"] == "ORG"
            or not (doc.text.startswith(" في ", m.end()) or doc.text.startswith(" ب", m.end()))
        ):
            continue  # «تدشن مكتبة … العامة بمركز بانوراما مول»: where it acts
        forms.add(doc.text[m.start() : place["end"]])
    return replace(speaker, text=forms.pop()) if len(forms) == 1 else speaker


QUALIFIER_WORDS_56AR = 6  # «في خطوط ملاحية بحرية عالمية»: the longest seen (5), and one more


def with_qualifier_56ar(doc: Document, found: Found, speaker: Speaker) -> Speaker:
    """An Arabic speaker that is a body, a source or a group, written (in this quote's subject or
    an earlier one) with the body or place it belongs to after «في»/«لدى» and then only the
    complementizer («وأكد الحكام المشاركون في المعسكر أن», «مصدر مسؤول في السفارة السعودية لدى
    بنجلادش، أن», «وقال المحلل في مجموعة هايتونغ سيكيوريتيز إن»; quotes_dev56ar.tsv,
    quotes_dev47.tsv, quotes_dev44.tsv): the speaker with that qualifier, as the labels write
    it, whether or not the recogniser found the body, when the article writes one such form. A
    person's name keeps its span («وقال محمد في حديثه»)."""
    text = (speaker.text or "").strip()
    if doc.lang != "ar" or not text or len(text.split()) > Q.MAX_ROLE_WORDS:
        return speaker
    if speaker.entity and not speaker.entity.startswith("ORG:"):
        return speaker
    forms = set()
    for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", doc.text[: found.start]):
        end = qualifier_end_56ar(doc, m.end())
        if end is None or holder_after_place_56ar(doc, m.end(), end):
            continue  # «السفير الروسي في لبنان الكسندر زاسبيكين»: the holder named after it
        if not bare_place_56ar(doc, m.end(), end) or located_56ar(speaker):
            forms.add(doc.text[m.start() : end])  # not «وقال الوزير في الرياض أمس إن»
    return replace(speaker, text=forms.pop()) if len(forms) == 1 else speaker


def qualifier_end_56ar(doc: Document, at: int) -> int | None:
    """Where a qualifier «في/لدى …» written from `at` ends, when it is a short noun phrase and
    only a time word and punctuation stand between it and the complementizer; else None."""
    words = list(re.finditer(r"\S+", doc.text[at : at + 300]))[: QUALIFIER_WORDS_56AR + 4]
    plain = [bare(fold_same_length(w.group())) for w in words]
    if not plain or plain[0] not in word_set("QUALIFIER_PREPOSITIONS_56AR", "ar"):
        return None
    that = that_pattern("ar")
    clause = next((i for i, w in enumerate(plain) if i and that and that.fullmatch(w)), None)
    if clause is None or ends_a_sentence_58ar(doc.text, at, at + words[clause].start()):
        return None
    times = word_set("TIME_WORDS_AFTER_NAME_47", "ar") | word_set("TIME_NOUNS_48", "ar")
    k = clause
    while k > 1 and (not plain[k - 1] or plain[k - 1] in times):
        k -= 1  # «… في الصين أمس إنها»: the time it spoke, no part of the qualifier
    qualifier = words[1:k]
    if (
        not 1 <= len(qualifier) <= QUALIFIER_WORDS_56AR
        # «المخترق في تغريداته», «في أحد كتبه»: where he said it, his own
        or any(own_setting_56ar(bare(w.group())) for w in qualifier)
        or not all(qualifier_word_56ar(w.group()) for w in qualifier)
    ):
        return None
    last = qualifier[-1]
    return at + last.start() + len(last.group().rstrip("،,:;"))


WRAPPER_TITLE_WORDS_58AR = 2  # «المهندس» before the inner speaker's name


def without_wrapper_58ar(doc: Document, quoted: list[Found]) -> list[Found]:
    """Arabic reported speech whose words are only another speaker and his verb of speech
    («وصرح السفير … بأن المهندس إبراهيم محلب أكد خلال اللقاء أن …»; quotes_dev56ar.tsv, as
    dev47's «وأشار إلى أن رئيس الوزراء ابراهيم محلب أكد أن»): one quote, the inner one, spoken
    by the one quoted, so the outer is dropped and what follows goes on from the inner speaker."""
    if doc.lang != "ar":
        return quoted
    return [a for a in quoted if not any(wraps_58ar(doc, a, b) for b in quoted if b is not a)]


def wraps_58ar(doc: Document, outer: Found, inner: Found) -> bool:
    """Whether `outer`'s words open with `inner`'s speaker — a recognised name right before its
    cue, at most a title before the name — and hold all of `inner`'s."""
    if inner.cue_start is None or not outer.start <= inner.cue_start < inner.end <= outer.end:
        return False
    names = [
        m
        for m in doc.entities
        if m["type"] in ("PER", "ORG")
        and outer.start <= m["start"]
        and m["end"] <= inner.cue_start
        and not doc.text[m["end"] : inner.cue_start].strip()
    ]
    return bool(names) and (
        len(doc.text[outer.start : names[0]["start"]].split()) <= WRAPPER_TITLE_WORDS_58AR
    )


def ends_a_sentence_58ar(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends in text[lo:hi] (a point, question or exclamation mark before a
    space, or a line): a qualifier never runs on into the next sentence's verb («بحضور عدد من
    المسؤولين في المنطقة. وأكدوا أن»)."""
    return bool(re.search(r"[.!?؟](?=\s)|\n", text[lo:hi]))


def with_cut_family_name_56ar(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic person's name the recogniser cut before its last word, when the article writes
    it once whole right before a quote or a comma («قال الشيخ أحمد الفهد الصباح "إن …"», later
    «وقال الشيخ أحمد الفهد إنه»; quotes_dev46.tsv): the name in full for each of its quotes. The
    word is a definite one that is no role, place, time or one told, and only one such longer
    form is written."""
    if doc.lang != "ar" or not (speaker.entity or "").startswith("PER:") or not speaker.text:
        return speaker
    forms = {
        f"{m['text']} {word}"
        for m in doc.entities
        if m["entity"] == speaker.entity and m["text"] == speaker.text
        for word in [family_word_after_56ar(doc, m["end"])]
        if word
    }
    return replace(speaker, text=forms.pop()) if len(forms) == 1 else speaker


def family_word_after_56ar(doc: Document, at: int) -> str | None:
    """The definite word right after a name ending at `at` that may end it («الصباح»), when a
    quote mark, a comma, a colon or the complementizer follows it; else None."""
    m = re.match(r" (ال\w{3,})(?=\s*[«\"“،,:]|\s+(?:إن|أن|ان|بأن)\s)", doc.text[at : at + 40])
    if not m or any(e["start"] == at + 1 for e in doc.entities):
        return None  # «أحمد عيد المصري»: a place's adjective the recogniser found
    word = fold_same_length(m.group(1))
    stops = (
        word_set("TOLD_NOUNS", "ar")
        | word_set("TIME_WORDS_AFTER_NAME_47", "ar")
        | word_set("TIME_NOUNS_48", "ar")
        | word_set("SUBJECT_ENDS", "ar")
        | demonstrative_words("ar")
    )
    if word in stops or starts_role(fold_same_length(m.group(1)), 0, "ar"):
        return None
    if m.group(1).endswith("ية"):
        return None  # «مؤسسة سالم بن محفوظ الخيرية»: an adjective of a body, no family name
    return m.group(1)


def own_setting_56ar(word: str) -> bool:
    """Whether an Arabic indefinite word carries a possessive pronoun («تغريداته», «مكتبه»,
    «حديثها»): the speaker's own setting, never a body he belongs to."""
    return not is_definite(word) and word.endswith(("ه", "ها", "هم", "هما"))


def qualifier_word_56ar(word: str) -> bool:
    """Whether a word may stand in a speaker's qualifier: no setting or time of speech, no
    preposition but «في»/«لدى», not the one told («لـ"الاقتصادية"», «للصحفيين»), no mark."""
    plain = bare(fold_same_length(word))
    stops = (
        word_set("SPEECH_SETTINGS", "ar")
        | word_set("QUALIFIER_STOPS_56AR", "ar")
        | (word_set("PREPOSITIONS", "ar") - word_set("QUALIFIER_PREPOSITIONS_56AR", "ar"))
        | word_set("SUBJECT_ENDS", "ar")
    )
    told = plain.startswith("لل") and plain[1:] in word_set("TOLD_NOUNS", "ar")
    marked = any(c in word.rstrip("،,:") for c in '«»"“”()')
    return bool(plain) and plain not in stops and not told and not marked and "لـ" not in word


def holder_after_place_56ar(doc: Document, at: int, end: int) -> bool:
    """Whether a qualifier from `at` to `end` runs on past a recognised place into a word that
    is neither another place nor «في»/«لدى» («في لبنان الكسندر زاسبيكين»): the role's holder
    named after it, not the body it belongs to."""
    joining = word_set("QUALIFIER_PREPOSITIONS_56AR", "ar")
    places = [e for e in doc.entities if e["type"] in ("GPE", "LOC")]
    for e in places:
        if at < e["end"] < end:
            nxt = re.search(r"\S+", doc.text[e["end"] : end])
            if not nxt:
                continue
            starts = e["end"] + nxt.start()
            if bare(fold_same_length(nxt.group())) not in joining and not any(
                p["start"] == starts for p in places
            ):
                return True
    return False


def bare_place_56ar(doc: Document, at: int, end: int) -> bool:
    """Whether the qualifier from `at` to `end` is «في» and one recognised place alone."""
    return any(
        e["type"] in ("GPE", "LOC")
        and e["end"] >= end
        and doc.text[at : e["start"]].split() == [doc.text[at:end].split()[0]]
        for e in doc.entities
        if at < e["start"] < end
    )


def located_56ar(speaker: Speaker) -> bool:
    """Whether a speaker is an organization or opens with a body's, an unnamed source's or a
    report's word («لجنة», «مصادر», «تقارير»): one located in a place, never one speaking
    there."""
    first = bare(fold_same_length((speaker.text or " ").split()[0]))
    words = (
        word_set("MEMBER_SOURCES", "ar")
        | word_set("ORGANIZATION_WORDS", "ar")
        | word_set("LOCATED_WORDS_56AR", "ar")
    )
    return (speaker.entity or "").startswith("ORG:") or first in words


def generic_body(speaker: Speaker) -> bool:
    """Whether a linked speaker is a body by its kind, the article's first word («النيابة
    العامة», linked to a public prosecution anywhere): its place names which one («أكدت
    النيابة العامة في دبي أن»; quotes_dev44d.tsv)."""
    return (speaker.entity or "").startswith("ORG:") and fold_same_length(
        speaker.text or ""
    ).startswith("ال")


def place_after(doc: Document, at: int) -> dict | None:
    """The recognised place or organization a phrase ending at `at` belongs to: after «في» or
    «ب» (not «باسم»), at most two words on, none a setting of speech, a preposition or a
    definite word, or right after «لدى» («السفارة السعودية لدى مصر»; quotes55ar); else
    None."""
    after = re.match(r" (?:في |(لدى) |بـ?)(?=\w)", doc.text[at : at + 6])
    word = doc.text[at + 1 :].split(maxsplit=1)[:1]
    that = that_pattern(doc.lang)
    if not after or not word or word[0].startswith("باسم"):
        return None  # «المتحدث باسم …»: the holder's name follows the body he speaks for
    if that and that.fullmatch(bare(fold_same_length(word[0]))):
        return None  # «صرح مسئول إيراني بأن إيران …»: the clause begins
    at += after.end()
    place = next((e for e in doc.entities if e["start"] >= at), None)
    if not place or place["type"] not in ("GPE", "LOC", "ORG"):
        return None
    if after.group(1) and place["start"] != at:
        return None  # «لدى وصوله الرياض»: «لدى» names the body's seat only right before it
    settings = word_set("SPEECH_SETTINGS", doc.lang)
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    between = [bare(fold_same_length(w)) for w in doc.text[at : place["start"]].split()]
    if len(between) > PLACE_COMPLEMENT_WORDS or any(
        w in settings or w in stops or is_definite(w) for w in between
    ):
        return None
    return place


def clause_follows(doc: Document, at: int, start: int) -> bool:
    """Whether only the complementizer (after a preposition: «من أن») or punctuation stands
    between `at` and a quote's start: the subject ends there."""
    that = that_pattern(doc.lang)
    words = [bare(fold_same_length(w)) for w in re.findall(r"\w+", doc.text[at:start])]
    return len(words) <= 2 and all(
        (that and that.fullmatch(w)) or w in word_set("PREPOSITIONS", doc.lang) for w in words
    )


def words_of_a_quote(text: str, written: str) -> bool:
    """Whether a speaker read as written is words of a quote, not a name: the text writes it
    only as the opening words of a longer span in marks («قوله "وأخيرا لجأ الاستعمار إلى
    …"», later read as the subject of «اعتبرها»; «قائلاً: ” إذا كانت إيران تتدخل …”،
    متابعًا: ”…”», a space inside the mark, read as the subject of «قائلاً»)."""
    at = [m.start() for m in re.finditer(re.escape(written), text)] if written else []
    return bool(at) and all(
        (text[i - 1 : i] in Q.OPEN_TO_CLOSE or bool(AFTER_COLON_AND_MARK.search(text, 0, i)))
        and text[i + len(written) : i + len(written) + 1] not in '»"”″'
        for i in at
    )


# A colon, an opening mark and spaces right before words («قائلاً: ” إذا كانت إيران …»): the
# words a colon opens, with the space SaudiNewsNet often writes inside the mark.
AFTER_COLON_AND_MARK = re.compile(r":\s*[«“\"”]\s+$")


def newspaper_name(doc: Document, text: str | None) -> str | None:
    """A Persian newspaper named without the word for newspaper, an adjective of it, the
    country after the name or where it is printed («روزنامه ماركا اسپانيا» → «ماركا»,
    «روزنامه ال مركوريو چاپ سانتياگو» → «ال مركوريو», «روزنامه اينترنتي اوترا» → «اوترا»,
    «روزنامه كويتي "الوطن"» → «الوطن»): the name the paper goes by in any script (Marca =
    ماركا)."""
    kinds = word_set("NEWSPAPER_WORDS", doc.lang)
    folded = fold_same_length(text or "")
    kind = next((k for k in kinds if folded.startswith(k + " ")), None)
    if text and not kind:
        return newspaper_without_kind_word_49(doc, text)
    if not text or not kind:
        return text
    words = text[len(kind) + 1 :].split()
    for k in range(1, len(words)):  # «روزنامه كويتي "الوطن"»: the name in marks
        tail = " ".join(words[k:])
        if re.search(rf"[«\"“]{re.escape(tail)}[»\"”]", doc.text):
            return tail
    if len(words) > 2 and plain_word(words[0])[-1:] in "یي" and words[1] in Q.LANGUAGE_WORDS:
        words = words[2:]  # «اسپانيايي زبان»: Spanish-language
    while len(words) > 1 and plain_word(words[0])[-1:] in "یي" and is_common(words[0], doc.lang):
        words = words[1:]  # «اينترنتي»
    printed = printed_in_at_49(words)
    words = words[: printed[0]] if printed else words
    placed = len(words)
    while len(words) > 1 and cldr_place(words[-1], doc.lang):
        words = words[:-1]  # «اسپانيا»
    placed = placed > len(words) or bool(printed)
    if not words or (len(words) == 1 and is_common(words[0], doc.lang) and not placed):
        return text  # «روزنامه اطلاعات»: a common word is the name only beside its place
    return " ".join(words)


@cache
def bodies_in_place() -> dict[str, str]:
    """Folded Persian body heads a place after «در» names in full, by kind (`mission`,
    `local`; data/gazetteers/bodies_in_place_fa_66.tsv), read once."""
    return {
        fold_same_length(w): kind for kind, w in read_table("gazetteers/bodies_in_place_fa_66.tsv")
    }


def body_in_place(doc: Document, quote: dict) -> str | None:
    """A Persian body's speaker with the place the article writes after it, «در» and a place
    the recogniser found («سفارت جمهوری اسلامی ایران در وین … اعلام کرد», «دولت ائتلافي در
    پاكستان بر اين باور است»; quotes_dev49fb, quotes_dev53fa): the place says which embassy or
    which coalition government speaks, so it is part of the name. Only bodies of
    `bodies_in_place` written so before the quote, and a `local` one only when its name
    holds no place of its own («دولت عراق در بغداد» keeps its name); the text as it was
    otherwise."""
    text = quote["speaker_text"]
    if doc.lang != "fa" or not text:
        return text
    folded = fold_same_length(doc.text)
    name = fold_same_length(text)
    kind = bodies_in_place().get(bare(name.split()[0]))
    if kind is None or len(name.split()) < 2:  # a bare head names no one body
        return text
    places = [m for m in doc.entities if m["type"] in ("GPE", "LOC")]
    own = any(f" {fold_same_length(m['text'])} " in f" {name} " for m in places)
    if kind == "local" and (own or any(cldr_place(w, "fa") for w in text.split())):
        return text
    starts = {m["start"]: m for m in places}
    for found in reversed(
        list(re.finditer(rf"(?<!\w){re.escape(name)} در ", folded[: quote["start"]]))
    ):
        place = starts.get(found.end())
        if place is not None:
            return doc.text[found.start() : place["end"]]
    return text


@cache
def heads_of_a_country() -> frozenset[str]:
    """Folded Persian words for a body or office every country has («پلیس», «دادستان»;
    data/gazetteers/heads_of_a_country_fa_66.tsv), read once."""
    rows = read_table("gazetteers/heads_of_a_country_fa_66.tsv")
    return frozenset(fold_same_length(w) for lang, w in rows if lang == "fa")


def head_of_its_country(doc: Document, quote: dict) -> str | None:
    """A Persian speaker written as a bare body word («بنا بر اعلام پليس»; «دادستان معتقد
    است»; `heads_of_a_country`) as the article wrote it before with its country, «پليس
    اسرائيل», «دادستان ازبكستان» (quotes_dev33, quotes_dev58fa): the word and a place right
    after it (a place mention, or a CLDR place name), when the article writes one such form
    only before the quote; the text as it was otherwise (no entity, two forms, none)."""
    text = quote["speaker_text"]
    if doc.lang != "fa" or not text or quote["speaker"] or len(text.split()) != 1:
        return text
    head = fold_same_length(bare(text))
    if head not in heads_of_a_country():
        return text
    folded = fold_same_length(doc.text)
    places = {m["start"]: m["end"] for m in doc.entities if m["type"] in ("GPE", "LOC")}
    forms: dict[str, str] = {}
    for found in re.finditer(rf"(?<!\w){re.escape(head)} (\w+)", folded[: quote["start"]]):
        end = places.get(found.start(1))
        if end is None and cldr_place(doc.text[found.start(1) : found.end(1)], "fa"):
            end = found.end(1)
        if end is not None:
            forms.setdefault(folded[found.start() : end], doc.text[found.start() : end])
    return next(iter(forms.values())) if len(forms) == 1 else text


def website_name(doc: Document, text: str | None) -> str | None:
    """A Persian website's name without its kind and the adjectives after it («سايت
    سينمايي اسكرين ديلي» → «اسكرين ديلي»; `WEBSITE_WORDS_58FA`); the text as it was otherwise."""
    if doc.lang != "fa" or not text:
        return text
    folded = fold_same_length(text)
    kind = next(
        (k for k in word_set("WEBSITE_WORDS_58FA", "fa") if folded.startswith(k + " ")), None
    )
    if kind is None:
        return text
    words = text[len(kind) + 1 :].split()
    k = 0
    while k < len(words) - 1 and plain_word(words[k])[-1:] in "یي" and "«" not in words[k]:
        k += 1  # «سينمايي», «رسمی»: an adjective of the kind (the name follows it)
    return " ".join(words[k:]) if k else text


def printed_in_at_49(words: list[str]) -> list[int]:
    """Where a Persian newspaper's words say where it is printed («چاپ سانتياگو»)."""
    return [i for i, w in enumerate(words) if fold_same_length(w) in word_set("PRINTED_IN", "fa")]


def newspaper_without_kind_word_49(doc: Document, text: str) -> str:
    """A Persian newspaper the recogniser names without «روزنامه», with where it is printed
    still after the name («روزنامه ال مركوريو چاپ سانتياگو» → the ORG «ال مركوريو چاپ
    سانتياگو»): cut there, as `newspaper_name` cuts the whole phrase; other names are kept."""
    words = text.split()
    printed = printed_in_at_49(words)
    if doc.lang != "fa" or not printed or printed[0] == 0:
        return text
    written = fold_same_length(doc.text)
    kinds = word_set("NEWSPAPER_WORDS", doc.lang)
    if not any(f"{k} {fold_same_length(text)}" in written for k in kinds):
        return text
    return " ".join(words[: printed[0]])


def is_role_text(text: str | None, lang: str) -> bool:
    return bool(text) and starts_role(fold_same_length(text), 0, lang)


def named_after_role(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A role no one was found for («وزير انرژي اتمي روسيه نيز … تاكيد كرد», «مديركل راه و
    ترابري استان مركزي نيز …») whose quotes are followed, from the next sentence on, by a
    quote of a person named in full who opens that sentence and is not named before the role
    spoke («الكساندر روميانتسف به خبرگزاري ايتارتاس گفت»): the role is that person, the news
    writer's way of introducing him (quotes_dev39.tsv). A person introduced with a role of his
    own, or named anywhere before, is someone else; an office («روابط عمومی فدراسیون …») is
    no person; Arabic and Persian."""
    if doc.lang not in ("ar", "fa"):
        return quotes
    i = 0
    while i < len(quotes):
        q = quotes[i]
        if (
            q["speaker"]
            or not is_role_text(q["speaker_text"], doc.lang)
            or is_office(Speaker(None, q["speaker_text"]), doc.lang)  # «روابط عمومی …»
            or unnamed_on_purpose(q["speaker_text"], doc.lang)  # «يك منبع پارلماني عراق»
        ):
            i += 1
            continue
        j = i
        while j + 1 < len(quotes) and quotes[j + 1]["speaker_text"] == q["speaker_text"]:
            j += 1
        nxt = quotes[j + 1] if j + 1 < len(quotes) else None
        person = nxt and next_sentence_person(
            doc, quotes[j]["end"], nxt, quotes[i]["start"], q["speaker_text"]
        )
        if person:
            for k in range(i, j + 1):
                quotes[k] = {**quotes[k], "speaker": nxt["speaker"], "speaker_text": person}
        i = j + 1
    return quotes


def role_named_by_next_adder(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian sentence opened by a role («رئيس سازمان آموزش و پرورش استان كرمانشاه در اين
    جلسه گفت:») whose quotes went to the last speaker, followed in the very next sentence by a
    person named for the first time who «adds» (`ADDING_CUES_56FA`: «جلال اميني افزود:»;
    quotes_dev56fa.tsv): the role is that person, introduced by it — one who goes on had
    spoken already. `named_after_role` takes the roles that found no one."""
    if doc.lang != "fa":
        return quotes
    adding = word_set("ADDING_CUES_56FA", "fa")
    for i, quote in enumerate(quotes):
        role = role_opening_quote(doc, quote)
        if (
            not role
            or i == 0
            or not quote["speaker"]
            or quotes[i - 1]["speaker"] != quote["speaker"]
        ):
            continue  # only a role that was read as the last speaker
        end = sentence_end(doc.text, quote["start"])
        j = i
        while j + 1 < len(quotes) and quotes[j + 1]["end"] <= end + 1:
            j += 1  # the role's other quotes in its sentence
        nxt = quotes[j + 1] if j + 1 < len(quotes) else None
        if not nxt or fold_same_length(nxt["cue"] or "") not in adding:
            continue
        person = next_sentence_person(doc, quotes[j]["end"], nxt, quote["start"], role)
        if not person or same_name_words(doc, quote["speaker"], person):
            continue  # «يزداني خرم افزود» after «محمد رضا يزداني خرم»: the same man
        if sentence_end(doc.text, doc.text.find(person, quotes[j]["end"])) < nxt["start"]:
            continue  # «فاطمه … نیز … بیان کرد. وی در ادامه افزود»: not the name that adds
        for k in range(i, j + 1):
            quotes[k] = {**quotes[k], "speaker": nxt["speaker"], "speaker_text": person}
    return quotes


def role_held_by_one_person(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian role left unresolved («امام جمعه باشت در این مراسم … گفت:», the article's
    first quote, its holder named in the lead or only after it) takes the person that the same
    role, opening a later or earlier sentence of the article word for word («امام جمعه باشت
    خاطرنشان کرد:»), was read as: one role written alike in one article is one holder. Only
    when every such sentence was read as the same person, none of them with «نیز» (someone
    else), and never for an office or an unnamed source («روابط عمومی …», «يك منبع …»)."""
    if doc.lang != "fa":
        return quotes
    folded = fold_same_length(doc.text)
    also = word_set("ALSO_WORDS", doc.lang)
    heads = [words_before_quote(doc.text, folded, q) for q in quotes]
    for i, quote in enumerate(quotes):
        role = fold_same_length(quote["speaker_text"] or "").strip()
        if quote["speaker"] or len(role.split()) < 2 or not starts_role(role, 0, doc.lang):
            continue
        if is_office(Speaker(None, role), doc.lang) or unnamed_on_purpose(role, doc.lang):
            continue
        said = [
            (q, head)
            for q, head in zip(quotes, heads, strict=True)
            if q["speaker"] and (head + " ").startswith(role + " ")
        ]
        holders = {q["speaker"] for q, _ in said}
        if (
            len(holders) != 1
            or not said[0][0]["speaker"].startswith("PER:")
            or any(set(head.split()) & also for _, head in said)
        ):
            continue
        person = said[0][0]
        quotes[i] = {**quote, "speaker": person["speaker"], "speaker_text": person["speaker_text"]}
    return quotes


def words_before_quote(text: str, folded: str, quote: Quote) -> str:
    """The folded words of a quote's sentence before the quote (its speaker and cue)."""
    lo = sentence_start(text, quote["start"])
    return " ".join(folded[lo : quote["start"]].split())


def same_name_words(doc: Document, entity: str, person: str) -> bool:
    """Whether a person's name as written shares a word with a mention of the entity."""
    words = set(fold_same_length(person).split())
    return any(
        words & set(fold_same_length(m["text"]).split())
        for m in doc.entities
        if m["entity"] == entity
    )


def role_opening_quote(doc: Document, quote: Quote) -> str | None:
    """The words before a Persian quote when its sentence opens with a role and the speaker
    found is not named in them (a role read as the last speaker); None otherwise."""
    lo = sentence_start(doc.text, quote["start"])
    lo += len(doc.text[lo:]) - len(doc.text[lo:].lstrip())
    head = doc.text[lo : quote["start"]]
    named = any(
        m["entity"] == quote["speaker"] and lo <= m["start"] < quote["start"] for m in doc.entities
    )
    if named or not starts_role(fold_same_length(doc.text), lo, doc.lang):
        return None
    if is_office(Speaker(None, head), doc.lang) or unnamed_on_purpose(head, doc.lang):
        return None  # «روابط عمومی …», «يك منبع …»
    words = fold_same_length(head).split()
    if set(words) & word_set("ALSO_WORDS", doc.lang):
        return None  # «… نیز گفت»: someone else, whom `named_after_role` may name
    if " ".join(words[:2]) in fold_same_length(doc.text[:lo]):
        return None  # the role written before (beside the one who spoke: «X مسئول …»)
    return head


def unnamed_on_purpose(written: str | None, lang: str) -> bool:
    """Whether a Persian role as written is indefinite («يك منبع پارلماني عراق», «یکی از
    مقامات …»): the writer keeps that source unnamed, so a person the next sentence names
    («"علي اللامي" مدير هيئت … گفت») is someone else (quotes_dev47d.tsv)."""
    words = fold_same_length(written or "").split()
    return (
        lang == "fa"
        and len(words) > 1
        and bare(words[0]) in word_set("INDEFINITE_ROLE_OPENERS_47D", lang)
    )


def official_named_next(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """An Arabic unnamed official («أعلن مسؤول عراقي أن …», «أكدت مسؤولة كبيرة في حملة …»;
    `UNNAMED_OFFICIALS`) whose quotes are followed, in the very next sentence, by a quote of
    a person named in full with a spokesman's or official's role right after the name
    (`NAMED_OFFICIAL_ROLES`: «وقال عيد عماش المتحدث باسم مجلس محافظة الأنبار»), named nowhere
    before: the official is that person, the news writer's way of introducing him
    (quotes_dev39.tsv, quotes_dev43.tsv). A minister or any other role may be someone else."""
    if doc.lang != "ar":
        return quotes
    unnamed = word_set("UNNAMED_OFFICIALS", "ar")
    posts = word_set("INDEFINITE_POSTS", "ar")
    i = 0
    while i < len(quotes):
        q = quotes[i]
        said = fold_same_length(q["speaker_text"] or "").split()
        j = i
        while j + 1 < len(quotes) and quotes[j + 1]["speaker_text"] == q["speaker_text"]:
            j += 1
        post = bool(said) and bare(said[0]) in posts and len(said) <= 3
        if (
            q["speaker"]
            or not said
            or (bare(said[0]) not in unnamed and not post)
            or j + 1 == len(quotes)
        ):
            i = j + 1
            continue
        roles = {"ال" + bare(said[0])} if post else word_set("NAMED_OFFICIAL_ROLES", "ar")
        person = official_opening_next(doc, quotes[j]["end"], quotes[j + 1], q["start"], roles)
        if person:
            for k in range(i, j + 1):
                quotes[k] = {
                    **quotes[k],
                    "speaker": quotes[j + 1]["speaker"],
                    "speaker_text": person,
                }
        i = j + 1
    return quotes


def official_opening_next(
    doc: Document, end: int, nxt: Quote, since: int, roles: frozenset[str] | set[str]
) -> str | None:
    """The full name speaking `nxt` when its cue opens the sentence right after `end`, the
    name follows the cue and a spokesman's or official's role follows the name, and the
    person is named nowhere before `since` (`official_named_next`); else None."""
    text = nxt["speaker_text"] or ""
    if not (nxt["speaker"] or "").startswith("PER:") or len(name_words(text)) < 2:
        return None
    folded = fold_same_length(doc.text)
    opening = sentence_end(folded, end)
    if opening >= len(folded) or nxt["start"] < opening:
        return None
    gap = doc.text[opening + 1 : nxt["start"]]
    words = gap.split()
    if not words or bare(fold_same_length(words[0]).lstrip("و")) != fold_same_length(
        nxt["cue"] or ""
    ):
        return None  # the cue opens the sentence: «وقال عيد عماش …»
    at = gap.find(text)
    if at < 0 or gap[:at].split() != words[:1]:
        return None
    role = fold_same_length(gap[at + len(text) :]).split()[:1]
    if not role or bare(role[0]) not in roles and "ال" + bare(role[0]) not in roles:
        return None
    if any(m["entity"] == nxt["speaker"] and m["start"] < since for m in doc.entities):
        return None
    return text


TITLE_ROOM = 30  # characters of a title written before a Persian name («حجت‌الاسلام والمسلمین »)


def title_alone(doc: Document, words: str) -> bool:
    """Whether the words before a Persian name are a title only, after the end of the sentence
    before («…. حجت‌الاسلام [جعفر رحیمی] … افزود»; quotes_dev80fa.tsv)."""
    if doc.lang != "fa":
        return False
    folded = fold_same_length(words)
    lead = re.match(r"[\s.»\"”]*", folded).end()
    title = title_pattern(doc.lang).match(folded, lead)
    return bool(title) and not folded[title.end() :].strip(" \u200c")


def next_sentence_person(
    doc: Document, end: int, nxt: Quote, since: int, role: str = ""
) -> str | None:
    """The full name of the person opening the sentence right after `end` and speaking `nxt`
    (none in between), written with no role beside it and not mentioned before `since`; in
    Persian the surname alone too (`surname_alone`)."""
    alone = surname_alone(doc, nxt, since, role)
    if not alone and (
        not (nxt["speaker"] or "").startswith("PER:") or len(name_words(nxt["speaker_text"])) < 2
    ):
        return None
    text = nxt["speaker_text"]
    gap = doc.text[end : end + len(text) + 3 + (TITLE_ROOM if doc.lang == "fa" else 0)]
    head = gap[: gap.find(text)] if text in gap else "x"
    if not re.fullmatch(r"[\s.»\"”]*", head) and not title_alone(doc, head):
        return None
    at = end + gap.find(text)
    after = doc.text[at + len(text) : at + len(text) + 2]
    if after[:1] in ("،", ",") or starts_role(
        fold_same_length(doc.text), at + len(text) + 1, doc.lang
    ):
        return None  # «جنيفر بالمييري الناطقة باسم …», «X، سخنگوی …»: his own role
    if nxt["start"] < at:
        return None
    if not alone and any(
        m["entity"] == nxt["speaker"] and m["start"] < since
        for m in doc.entities
        if m["type"] == "PER"
    ):
        return None
    return text


def role_after_lone_pronoun(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """Persian quotes opening an article with a pronoun no one is named for («به گزارش
    خبرگزاري فرانسه، وي … گفت», «وي افزود»: the name was in the headline), followed in the
    very next sentence by a definite role opening it («رئيس جمهور امريكا تصريح كرد»;
    quotes_dev43c.tsv): the pronoun is the role's holder. No person may be named before, and a
    role said to speak too («… نیز گفت») or an office is someone else."""
    if doc.lang != "fa":
        return quotes
    j = 0
    while j < len(quotes) and not quotes[j]["speaker_text"] and not quotes[j]["speaker"]:
        j += 1
    if j == 0 or j == len(quotes) or not lone_pronoun_opens(doc, quotes[0]):
        return quotes
    role = quotes[j]
    text = (role["speaker_text"] or "").strip()
    words = fold_same_length(text).split()
    if (
        not is_role_text(text, doc.lang)
        or is_office(Speaker(None, text), doc.lang)
        or words[0] in word_set("INDEFINITE_ROLES", doc.lang)
    ):
        return quotes
    gap = doc.text[quotes[j - 1]["end"] : role["start"]]
    at = gap.find(text)
    if at < 0 or not re.fullmatch(r"[\s.»\"”]*", gap[:at]):
        return quotes  # the role opens the very next sentence
    rest = fold_same_length(gap[at + len(text) :]).split()
    if set(rest) & word_set("ALSO_WORDS", doc.lang):
        return quotes
    for k in range(j):
        quotes[k] = {**quotes[k], "speaker": role["speaker"], "speaker_text": text}
    return quotes


def lone_pronoun_opens(doc: Document, quote: Quote) -> bool:
    """Whether a Persian quote's sentence opens the article and has a personal pronoun («وی»,
    «او») before the quote, and no person is named anywhere before it."""
    lo = sentence_start(doc.text, quote["start"])
    if doc.text[:lo].strip():
        return False  # «وی افزود» after a lead naming him (the recogniser may have missed it)
    opening = fold_same_length(doc.text[lo : quote["start"]])
    if not set(re.findall(r"\w+", opening)) & word_set("PERSON_PRONOUNS", doc.lang):
        return False
    return not any(m["type"] == "PER" and m["start"] < quote["start"] for m in doc.entities)


def surname_alone(doc: Document, nxt: Quote, since: int, role: str) -> bool:
    """Whether a Persian quote's speaker is one word, a surname the news writer gives the
    official he introduced by role only («معاون امور اراضی جهاد کشاورزی استان مازندران …
    اظهار کرد» then «هادیان افزود»; «مدير ورزش بانوان منطقه 22 …» then «ضرابي اظهار
    داشت»; quotes_dev45d.tsv, quotes_dev36.tsv): no role, pronoun or common word, no name
    the gazetteer knows (a known «روحانی» may speak after his spokesman), and not written
    before `since`. The role is one definite person («منابع امنيتي» are not «پليس»), and a
    word the recogniser took for no one is no frequent word of the news (`common_words`)."""
    text = (nxt["speaker_text"] or "").strip()
    key = nxt["speaker"]
    if doc.lang != "fa" or len(text.split()) != 1 or "\u200c" in text:
        return False
    if key and not (key.startswith("PER:") and unlinked(key)):
        return False
    if not key and normalize(text) in common_words():
        return False
    if fold_same_length(role).split()[:1] and (
        fold_same_length(role).split()[0] in word_set("INDEFINITE_ROLES", doc.lang)
    ):
        return False
    if is_role_text(text, doc.lang) or is_common(text, doc.lang) or opens_with_bare_pronoun(text):
        return False
    if fold_same_length(text) in word_set("PERSON_PRONOUNS", doc.lang):
        return False
    name = re.escape(fold_same_length(text))
    return not re.search(rf"(?<!\w){name}(?!\w)", fold_same_length(doc.text[:since]))


def joined_names(text: str, quotes: list[Quote]) -> list[Quote]:
    """Two written speakers that are one name cut in two overlapping pieces («مرتضی رئیسی» and
    «رئیسی حسنلنگی», the article writing «مرتضی رئیسی حسنلنگی»): the first piece's last word
    is the second's first, and the article writes them joined. Both are the person named in
    full, with the first piece's key — the second's may be the gazetteer's person of the same
    surname («رئیسی»: Ebrahim Raisi), which the joined name is not (quotes_dev39.tsv). A
    half-space written after the space between the pieces joins them too."""
    spoken = {q["speaker_text"]: q["speaker"] for q in quotes if q["speaker_text"]}
    for a, key_a in spoken.items():
        wa = a.split()
        for b, key_b in spoken.items():
            wb = b.split()
            if a == b or len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[0] or key_a == key_b:
                continue
            full = " ".join([*wa, *wb[1:]])
            # a stray half-space (ZWNJ) after the space («عباس برزگر ابراهیمی»; quotes_dev84fa.tsv)
            written = r"[ \u200c]+".join(re.escape(w) for w in full.split())
            if not re.search(rf"(?<!\w){written}(?!\w)", text):
                continue
            key = key_a if unknown_key(key_b) or not unknown_key(key_a) else key_b
            key = key_a if key_a else key
            for q in quotes:
                if q["speaker_text"] in (a, b) or (q["speaker"] and q["speaker"] in (key_a, key_b)):
                    q["speaker"], q["speaker_text"] = (
                        key,
                        (full if q["speaker_text"] in (a, b) else q["speaker_text"]),
                    )
            return joined_names(text, quotes)
    return quotes


DIRECTION_MARKS = "\u200e\u200f"


def marked_word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """`start`, `end` moved out to the ends of the words a direction mark joins them to."""
    while start > 1 and text[start - 1] in DIRECTION_MARKS and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    while end + 1 < len(text) and text[end] in DIRECTION_MARKS and text[end + 1].isalpha():
        end += 1
        while end < len(text) and text[end].isalpha():
            end += 1
    return start, end


def whole_marked_words(doc: Document, mention: dict) -> dict:
    """A Persian name some texts write with a direction mark (U+200E, U+200F) for its ZWNJ
    («غلام‏حسین گل‏ارضی», «موسی بی‎باک»; Fars News): the recogniser reads the mark as a word
    break and keeps one half («حسین», «باک»). The mention takes the whole words in, with the
    key of the whole name, not of the half."""
    if doc.lang != "fa" or mention["type"] != "PER":
        return mention
    start, end = marked_word_bounds(doc.text, mention["start"], mention["end"])
    if (start, end) == (mention["start"], mention["end"]):
        return mention
    text = doc.text[start:end]
    key = mention_key(text, "PER", None, doc.lang)
    return {**mention, "start": start, "end": end, "text": text, "entity": key}


_MARKED_WORD_AFTER = re.compile(r" (\w+(?:[\u200e\u200f]\w+)+)(?!\w)")


def with_marked_surname(doc: Document, mention: dict, names: list[dict]) -> dict:
    """A Persian given name the recogniser took alone («موسی» of «موسی بی‎باک»), followed by a
    word written with a direction mark that the document names a person by elsewhere
    («بی‎باک با بیان …»): one name, the surname taken in."""
    if doc.lang != "fa" or mention["type"] != "PER":
        return mention
    after = _MARKED_WORD_AFTER.match(doc.text, mention["end"])
    if not after or not any(
        m["type"] == "PER" and m["text"] == after.group(1) and m["start"] != after.start(1)
        for m in names
    ):
        return mention
    text = doc.text[mention["start"] : after.end()]
    key = mention_key(text, "PER", None, doc.lang)
    return {**mention, "end": after.end(), "text": text, "entity": key}


def without_trailing_cue(doc: Document, folded: str, mention: dict) -> dict:
    """A person's name the recogniser ran on over the speech verb after it («آیت‌الله
    نعیم‌آبادی تاکید کرد», read as the name «نعیم‌آبادی تاکید»): the name without it, linked
    afresh unless the gazetteer knew it (a bare surname then takes the key of the full name it
    ends)."""
    cut = mention["text"].rstrip().rfind(" ")
    if mention["type"] != "PER" or cut <= 0:
        return mention
    verb = cue_pattern(doc.lang).match(folded, mention["start"] + cut + 1)
    if not verb or verb.start("cue") != verb.start():
        return mention  # «ايتاري فيري» is no «ف» + «يرى»
    return afresh(doc, mention, mention["text"][:cut].rstrip())


def without_trailing_time(doc: Document, mention: dict) -> dict:
    """A Persian person's name the recogniser ran on over the time of day after it
    («محمدرضا قدیر ظهر امروز …», read as the name «محمدرضا قدیر ظهر»; quotes_dev41.tsv): the
    name without it (`TIMES_AFTER_NAME`), when two words are left."""
    words = mention["text"].split()
    times = {fold_same_length(w) for w in Q.TIMES_AFTER_NAME.get(doc.lang, ())}
    if mention["type"] != "PER" or len(words) < 3 or fold_same_length(words[-1]) not in times:
        return mention
    cut = afresh(doc, mention, mention["text"][: mention["text"].rstrip().rfind(" ")].rstrip())
    # the same person still: his quotes keep the entity his mentions are linked to
    return cut if cut["entity"] else {**cut, "entity": mention["entity"]}


def without_trailing_adverb(doc: Document, mention: dict) -> dict:
    """A Persian name the recogniser ran on over the word after it that no name ends with
    (`WORDS_AFTER_NAME`: «صابری گریزی نیز به … زد», «كره جنوبي اخيرا»; quotes_dev82fa.tsv,
    quotes_dev80fa.tsv): the name without it, when a word is left."""
    words = mention["text"].split()
    after = word_set("WORDS_AFTER_NAME", doc.lang)
    if len(words) < 2 or fold_same_length(words[-1]) not in after:
        return mention
    return afresh(doc, mention, mention["text"][: mention["text"].rstrip().rfind(" ")].rstrip())


def end_of_place_name(doc: Document, mention: dict) -> bool:
    """Whether a Persian person the recogniser found ends a place name the document writes right
    before it and names as a place elsewhere («استاندار کهگیلویه و بویراحمد با بیان اینکه …»,
    «بویراحمد» read as a person where «کهگیلویه و بویراحمد» is the province; quotes_dev84fa.tsv):
    the place's last word, no speaker."""
    if doc.lang != "fa" or mention["type"] != "PER":
        return False
    written = doc.text[: mention["end"]]
    places = {
        m["text"]
        for m in doc.entities
        if m["type"] in ("GPE", "LOC") and len(m["text"]) > len(mention["text"])
    }
    return any(
        written.endswith(place) and place.endswith(" " + mention["text"]) for place in places
    )


def blessed_figure_not_speaking(doc: Document, folded: str, mention: dict) -> bool:
    """Whether a Persian mention is a holy figure named with a title and a blessing («حضرت علي
    (ع)», `HOLY_FIGURE_TITLES`) whose sentence has no honorific verb of speech after it: a greeting or an anniversary names him
    («ضمن تبريك ولادت حضرت علي (ع) گفت»), the speaker is someone else (quotes_dev84fa.tsv)."""
    if doc.lang != "fa":
        return False
    after = doc.text[mention["end"] : mention["end"] + 8].lstrip()
    if not any(after.startswith(b) for b in Q.HOLY_FIGURE_BLESSINGS["fa"]):
        return False
    titles = word_set("HOLY_FIGURE_TITLES", "fa")
    before = folded[max(0, mention["start"] - 20) : mention["start"]].split()[-1:]
    if not ({*before, *folded[mention["start"] : mention["end"]].split()[:1]} & titles):
        return False
    line_end = folded.find("\n", mention["end"])
    sentence = folded[mention["end"] : line_end if line_end >= 0 else len(folded)]
    sentence = re.split(r"[.:!؟?]", sentence, maxsplit=1)[0]
    return not any(stem in sentence for stem in word_set("HONORIFIC_SPEECH_STEMS", "fa"))


def not_a_blessed_figure(doc: Document, found: Found, speaker: Speaker, cue: str | None) -> Speaker:
    """No speaker where a Persian reporter's verb was given to a holy figure its slot names with
    a blessing («… ضمن تبريك ولادت حضرت علي (ع) گفت», the recogniser having missed the speaker
    before it; quotes_dev84fa.tsv); the honorific «فرمود / می‌فرماید» keeps him."""
    if doc.lang != "fa" or not speaker.text or found.cue_start is None or not cue:
        return speaker
    folded_cue = fold_same_length(cue)
    if any(stem in folded_cue for stem in word_set("HONORIFIC_SPEECH_STEMS", "fa")):
        return speaker
    lo = max(0, doc.text.rfind("\n", 0, found.cue_start) + 1)
    slot = doc.text[lo : found.cue_start]
    at = slot.find(speaker.text)
    while at >= 0:
        after = slot[at + len(speaker.text) : at + len(speaker.text) + 8].lstrip()
        if any(after.startswith(b) for b in Q.HOLY_FIGURE_BLESSINGS["fa"]):
            return Speaker(None, None)
        at = slot.find(speaker.text, at + 1)
    return speaker


def coordinated_words(doc: Document, mention: dict) -> bool:
    """Whether a person the recogniser found is nouns joined by a free-standing «و» («معاون
    آموزش تحقيقات و فناوري وزير راه», read as the name «آموزش تحقيقات و فناوري»): a person's
    name has no conjunction of its own (Arabic and Persian; quotes_dev39.tsv)."""
    if mention["type"] != "PER" or doc.lang not in ("ar", "fa"):
        return False
    return "و" in fold_same_length(mention["text"]).split()[1:-1]


def afresh(doc: Document, mention: dict, text: str) -> dict:
    """A person's mention with its text changed: linked afresh unless the gazetteer knew it
    (a key made of the words as written takes the key the new text has elsewhere)."""
    key = mention["entity"]
    if key is None or key.partition(":")[2][:1] in {"~", "="}:
        same = [m["entity"] for m in doc.entities if m["text"] == text and m["type"] == "PER"]
        key = same[0] if same else None
    return {**mention, "text": text, "end": mention["start"] + len(text), "entity": key}


_FAMILY_AFTER = re.compile(r" (\S+) (\w+)")


def with_family_name(doc: Document, mention: dict) -> dict:
    """An Arabic person's name the recogniser cut before its family name («حمد بن هادي» of
    «حمد بن هادي آل درهم»): the particle («آل», «بن», «بنت», `FAMILY_PARTICLES`) and the word
    after it are taken in, when that word is no common, definite, cue or function word."""
    if doc.lang != "ar" or mention["type"] != "PER":
        return mention
    after = _FAMILY_AFTER.match(doc.text, mention["end"])
    if not after or after.group(1) not in Q.FAMILY_PARTICLES.get(doc.lang, ()):
        return mention
    word = after.group(2)
    folded = fold_same_length(word)
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    if (
        is_common(word, doc.lang)
        or is_definite(word)
        or folded in stops
        or cue_pattern(doc.lang).fullmatch(folded)
        or is_date_word(word)
        or any(c.isdigit() for c in word)
    ):
        return mention
    whole = doc.text[mention["start"] : after.end()]
    return {**mention, "text": whole, "end": after.end()}  # the same person, its key kept


def with_name_after_title_51ar(doc: Document, folded: str, mention: dict) -> dict:
    """An Arabic person's name after a title that the recogniser cut («د. موفق محمد أبو طالب»
    read as «محمد أبو طالب»: the given name is also an adjective; «المهندس ممدوح عراقي أن»
    read as «ممدوح»: the family name is also a nisba; quotes_dev51ar.tsv): the one word
    between the title and the name, or after a one-word name before a complementizer or a
    comma, is taken in when it is a plain word (`plain_name_word_51ar`)."""
    if doc.lang != "ar" or mention["type"] != "PER":
        return mention
    window = max(0, mention["start"] - 60)
    before = re.search(r"(\S+)\s+(\S+)\s+$", folded[window : mention["start"]])
    if (
        before
        and titled_word_51ar(doc, before.group(1))
        and plain_name_word_51ar(doc, before.group(2))
    ):
        lo = window + before.start(2)
        return {**mention, "text": doc.text[lo : mention["end"]], "start": lo}
    after = re.match(r"\s+(\S+?)(\s+\S+|[،,])", folded[mention["end"] : mention["end"] + 40])
    title = re.search(r"(\S+)\s+$", folded[max(0, mention["start"] - 30) : mention["start"]])
    that = that_pattern("ar")
    if (
        len(mention["text"].split()) == 1
        and title
        and titled_word_51ar(doc, title.group(1))
        and after
        and plain_name_word_51ar(doc, after.group(1), nisba=True)
        and (after.group(2) in "،," or (that and that.fullmatch(after.group(2).strip())))
    ):
        hi = mention["end"] + after.end(1)
        return {**mention, "text": doc.text[mention["start"] : hi], "end": hi}
    return mention


def titled_word_51ar(doc: Document, word: str) -> bool:
    """Whether an Arabic word is a title alone («د.», «المهندس», «العقيد»)."""
    return bool(title_pattern(doc.lang).fullmatch(word))


def plain_name_word_51ar(
    doc: Document, word: str, nisba: bool = False, definite: bool = False
) -> bool:
    """Whether an Arabic word can be part of a name: no article, punctuation, digit, role,
    preposition, subject end or speech cue; no common word either, save (with `nisba`) an
    indefinite adjective of origin ending in «ي» («عراقي»), a family name as often. With
    `definite`, a word opening as the article does may be one («ألتينر») if no common word."""
    if word != bare(word) or (is_definite(word) and not definite) or any(c.isdigit() for c in word):
        return False
    stops = word_set("PREPOSITIONS", "ar") | word_set("SUBJECT_ENDS", "ar")
    if word in stops or starts_role(word, 0, "ar") or cue_pattern("ar").fullmatch(word):
        return False
    if titled_word_51ar(doc, word) or is_date_word(word):
        return False
    return (
        not is_common(word, "ar")
        or word in arabic_given_names_53ar()  # «فهد», «عادل»: common words, given names too
        or (nisba and word.endswith(("ي", fold_same_length("ي"))) and len(word) > 3)
    )


@cache
def arabic_given_names_53ar() -> frozenset[str]:
    """Folded Arabic given names (data/gazetteers/given_names_ar.tsv), many of them common
    words as well («فهد» "leopard", «عادل» "just")."""
    rows = read_table("gazetteers/given_names_ar.tsv")
    return frozenset(fold_same_length(r[0]) for r in rows if r)


ALI_ROLE_CHARS = 80  # «رئيس الفرقة الثانية للنقل والطرق بمحافظة هروب علي …»


def with_given_ali(doc: Document, mention: dict) -> dict:
    """An Arabic person's name the recogniser began after its given name «علي» (Ali), which
    folds as the preposition «على» does («رئيس الفرقة … بمحافظة هروب علي موسى الذيبي»;
    quotes_dev45c.tsv): «علي» as written (`NAMES_LIKE_PREPOSITIONS`) is taken in when the
    name has two words and a speech cue and a role open the words before it in its clause
    («كشف لـ«عكاظ» السفير علي محمد العياشي»), not a verb or noun that takes «على», nor a name
    outside a cue's subject («وأتباع الرئيس المخلوع علي عبد الله صالح»)."""
    if doc.lang != "ar" or mention["type"] != "PER" or len(mention["text"].split()) < 2:
        return mention
    window = max(0, mention["start"] - 40)
    given = re.search(r"(\S+)\s+(\S+)\s+$", doc.text[window : mention["start"]])
    if not given or given.group(2) not in Q.NAMES_LIKE_PREPOSITIONS:
        return mention
    start = window + given.start(2)
    clause = re.split(r"[.،,:؛\n]", doc.text[max(0, start - ALI_ROLE_CHARS) : start])[-1]
    folded = fold_same_length(clause)
    words = list(re.finditer(r"\S+", folded))
    if not any(starts_role(folded, w.start(), "ar") for w in words):
        return mention
    cue = cue_pattern("ar")
    if not any(cue.fullmatch(w.group()) or cue.fullmatch(w.group()[1:]) for w in words):
        return mention  # «وأتباع الرئيس المخلوع علي عبد الله صالح»: no subject of a cue
    return {**mention, "text": doc.text[start : mention["end"]], "start": start}


def without_trailing_role(doc: Document, folded: str, mention: dict) -> dict:
    """A person's name the recogniser ran on over the role written after it («عبدالرحمن
    الحصيني شيخ العسالين»): the name up to the role word (`ROLE_WORDS` or `ROLES_AFTER_NAME`),
    when two name words come before it and a word of the role follows it; never after a
    family particle («آل الشيخ»)."""
    if mention["type"] != "PER" or doc.lang not in ("ar", "fa"):
        return mention
    words = list(re.finditer(r"\S+", mention["text"]))
    after_name = word_set("ROLES_AFTER_NAME", doc.lang)
    for i in range(2, len(words) - 1):
        at = mention["start"] + words[i].start()
        if words[i - 1].group() in Q.NAME_PARTICLES:
            continue
        if (
            starts_role(folded, at, doc.lang)
            or bare(folded[at : at + len(words[i].group())]) in after_name
        ):
            return afresh(doc, mention, mention["text"][: words[i - 1].end()])
    return mention


def without_office_at_end_51fa(doc: Document, folded: str, mention: dict) -> dict:
    """A Persian person's name the recogniser ran on over the first word of the office written
    after it («علی نیکزاد نایب» of «علی نیکزاد نایب رئیس مجلس»; quotes_dev51fa.tsv): the name
    without that word, when it is a role word, two name words come before it and another role
    word follows it in the text (`without_trailing_role` wants a role word inside the mention)."""
    if mention["type"] != "PER" or doc.lang != "fa":
        return mention
    words = mention["text"].split()
    last = mention["end"] - len(words[-1])
    after = re.match(r"\s+", folded[mention["end"] :])
    if len(words) < 3 or not after or words[-2] in Q.NAME_PARTICLES:
        return mention
    if starts_role(folded, last, "fa") and starts_role(folded, mention["end"] + after.end(), "fa"):
        return afresh(doc, mention, doc.text[mention["start"] : last].rstrip())
    return mention


SUBJECT_REACH_WORDS = 7  # how far after the verb a sentence's subject is looked for
APPOSITION_CHARS = 30  # a name between two commas after a role («…، حسين المري، …»)
BYLINE_CHARS = 60  # an article's first line this short with a dash is a byline


def agreeing_subject(
    doc: Document, folded: str, found: Found, cue: str, speaker: Speaker
) -> Speaker:
    """An Arabic verb with no subject of its own (قال، وأضافت) continues the speaker before it
    when they agree in gender and number; when they do not («وقالت الشرطة وشهود» … «وقال»),
    or no one spoke before, the subject of its own sentence's opening verb, else of the
    sentence before, speaks if it agrees («واكد مسؤول … ويلي نياميتوي …. وقال»; «نفذت وزارة
    الداخلية …. وأصدرت بيانا ذكرت فيه»), else no one: never a speaker the verb cannot have.
    A participle is left to its own sentence."""
    if doc.lang != "ar" or is_participle(folded, found):
        return speaker
    verb = verb_agreement(cue)
    if verb is None:
        return speaker
    agreement = speaker_agreement_47(doc, speaker) if speaker.text else None
    if speaker.text and agreement in (None, verb):
        return speaker
    if speaker.text and participle_agrees_47(doc, folded, found, agreement):
        return speaker  # «وأضافت أن …، داعيا»: the writer's slip, the participle agrees
    at = found.start if found.cue_start is None else found.cue_start
    subjects = (
        fronted_subject(doc, folded, at),  # «وكانت "الاقتصادية" قد كشفت …، وأشارت إلى أن»
        own_sentence_subject(doc, folded, at),
        previous_subject(doc, folded, at),
    )
    for before in subjects:
        agreement = speaker_agreement_47(doc, before) if before else "none"
        if before and (agreement == verb or (agreement is None and verb != "p")):
            # a name («ويلي نياميتوي») is one person or body: a singular verb; a paper's
            # name as a fronted subject is written in marks («وكانت "الاقتصادية" قد»)
            return replace(before, text=(before.text or "").strip('"«»“”').strip() or None)
    return Speaker(None, None)


def verb_agreement(cue: str) -> str | None:
    """The subject an Arabic cue agrees with: "f" (قالت، مشيرة), "m" (قال، مشيرا), "p"
    (قالوا); None for a marker or a form that says neither (بحسب، يقول)."""
    word = plain_word(fold_same_length(cue.split()[0])) if cue.split() else ""
    cues, participles = word_set("SPEECH_CUES", "ar"), word_set("PARTICIPLES", "ar")
    if word.endswith(Q.PLURAL_VERB_ENDING) and word[: -len(Q.PLURAL_VERB_ENDING)] in cues:
        return "p"
    feminine, ending = Q.FEMININE_VERB_ENDING, Q.FEMININE_PARTICIPLE_ENDING
    if (word.endswith(feminine) and word[:-1] in cues) or (
        word.endswith(ending) and word in participles
    ):
        return "f"
    if word + feminine in cues or (word in participles and word[:-1] + ending in participles):
        return "m"
    return None


def subject_agreement(speaker: Speaker) -> str | None:
    """What verb an Arabic speaker takes: "f" for a feminine noun or a plural of things or
    sources (الوزارة، القوات، المصادر), "p" for people («مسؤولون», «الشرطة وشهود عيان»), "m"
    for a man's post (المتحدث، المدير); None for a name or another noun, which cannot be
    told (a foreign woman's name, a broken plural of things)."""
    words = [w for w in (plain_word(w) for w in (speaker.text or "").split()) if w]
    if not words:
        return None
    head = strip_article(words[0])
    if not (is_common(words[0], "ar") or is_common(head, "ar")):
        return None  # a name: a foreign woman's name looks like a man's («شيفاني بانديا»)
    if len(words) > 1 and words[1].startswith("و") and is_common(words[1][1:], "ar"):
        return "p"  # two subjects joined by و («الشرطة وشهود عيان»)
    if head in Q.QUANTIFIER_HEADS["ar"]:
        return None  # «عدد من وسائل الإعلام»: the verb agrees with what is counted
    if head in Q.FEMININE_PLURAL_HEADS["ar"]:
        return "f"
    if head.endswith(Q.HUMAN_PLURAL_ENDINGS):
        return "p"
    if head.endswith(Q.FEMININE_NOUN_ENDINGS):
        return "f"
    # a man's post (المتحدث، المدير); other nouns may be plurals of things («نتائج», «وثائق»)
    return "m" if starts_role(fold_same_length(speaker.text or ""), 0, "ar") else None


def participle_of_its_gender_47(
    doc: Document, folded: str, found: Found, cue: str, speaker: Speaker
) -> Speaker:
    """An Arabic participle cue («قائلاً», «مشيرة») agrees with its speaker: one the article
    gives the other gender («وفي نيويورك كشف متحف مدام توسو عن تمثال للممثلة سكارليت
    جوهانسون قائلاً إنه»: not the actress) gives way to the nearest subject of its sentence that
    is known to agree (its clause's, its opening verb's, a fronted one), else to no one. Only a person's gender is trusted here: a body's participle may
    slip («وبينت الشركة أن …. مشيراً إلى أن»)."""
    verb = participle_gender_47(cue)
    if doc.lang != "ar" or verb not in {"f", "m"} or not speaker.text:
        return speaker
    if not is_person_47(doc, speaker) or named_gender_47(doc, speaker) in (None, verb):
        return speaker  # «وبينت الشركة …. مشيراً إلى أن»: a body's participle may slip
    at = found.cue_start if found.cue_start is not None else found.start
    subjects = (
        sentence_subject(doc, folded, at),
        opening_clause_subject(doc, folded, at),
        fronted_subject(doc, folded, at),
        own_sentence_subject(doc, folded, at),
    )
    for subject in subjects:
        if (
            subject
            and subject.text
            and subject.text != speaker.text
            and speaker_agreement_47(doc, subject) == verb
        ):
            return subject  # one known to agree: «ونذير الحكيم» listed after «مصادر» is not
    return Speaker(None, None)


def is_person_47(doc: Document, speaker: Speaker) -> bool:
    """Whether a speaker is a recognised person (by its entity or its text)."""
    if (speaker.entity or "").startswith("PER:"):
        return True
    return not speaker.entity and any(
        m["type"] == "PER" and m["text"] == speaker.text for m in doc.entities
    )


def participle_agrees_47(doc: Document, folded: str, found: Found, gender: str | None) -> bool:
    """Whether a participle cue later in an Arabic quote's own sentence takes the gender
    `gender` («وأضافت أن مكاتب فرع الوزارة … هيأت …، داعيا جميع العملاء»: the feminine verb is a
    slip the masculine participle after it contradicts; quotes_dev47.tsv), so the verb's own
    gender tells nothing."""
    if gender not in {"f", "m"} or found.cue_end is None:
        return False
    hi = sentence_end(doc.text, found.cue_end)
    words = folded[found.cue_end : hi].split()
    wanted = agreeing_participles_47()[gender]
    return any(plain_word(w) in wanted for w in words)


@cache
def agreeing_participles_47() -> dict[str, frozenset[str]]:
    """The folded Arabic participles a speaker of each gender takes ("m": «داعيا», "f":
    «داعية»): AGREEING_PARTICIPLES_47 and the masculine participle cues, each with its
    feminine form."""
    masculine = word_set("AGREEING_PARTICIPLES_47", "ar") | {
        w for w in word_set("PARTICIPLES", "ar") if participle_gender_47(w) == "m"
    }
    ending = fold_same_length(Q.FEMININE_PARTICIPLE_ENDING)
    return {"m": frozenset(masculine), "f": frozenset(w[:-1] + ending for w in masculine)}


def participle_gender_47(word: str) -> str | None:
    """The gender of an Arabic participle cue, folded or not: "m" («مشيرا», «قائلاً»), "f"
    («مشيرة»), "p" («مشيرين»); None for another word."""
    word = plain_word(fold_same_length(word))
    if word not in word_set("PARTICIPLES", "ar"):
        return None
    if word.endswith(fold_same_length(Q.FEMININE_PARTICIPLE_ENDING)):
        return "f"
    return "p" if word.endswith(Q.HUMAN_PLURAL_ENDINGS) else "m"


def speaker_agreement_47(doc: Document, speaker: Speaker) -> str | None:
    """What verb an Arabic speaker takes (`subject_agreement`), and for a person's name or a
    masculine body the gender the article gives it (`named_gender_47`): «وقالت» is never
    carried to a man («فهد بارباع», named after «وقال»), nor «وقال» to a woman."""
    return subject_agreement(speaker) or named_gender_47(doc, speaker)


@cache
def gender_words_47() -> dict[str, dict[str, str]]:
    """gazetteers/gender_words_ar.tsv by kind ("given", "title", "relation", "body"): word →
    "f"/"m",
    each word without its article."""
    out: dict[str, dict[str, str]] = {"given": {}, "title": {}, "body": {}, "relation": {}}
    for word, gender, kind in read_table("gazetteers/gender_words_ar.tsv"):
        out[kind][strip_article(fold_same_length(word))] = gender
    return out


def gender_word_forms_47(word: str) -> set[str]:
    """A folded Arabic word without its edge marks, a joined «و»/«ف» and «ل»/«ب» and its article
    («وللممثلة» → «ممثلة»)."""
    word = plain_word(fold_same_length(word))
    forms = {word}
    if word[:1] in {"و", "ف"} and len(word) > 3:
        forms.add(word[1:])
    for form in list(forms):
        if form[:1] in {"ل", "ب"} and len(form) > 3:
            forms.add(form[1:])
    return {strip_article(f) for f in forms} | forms


_NISBA_47 = (fold_same_length("ية"), fold_same_length("ي"))  # «البريطانية», «الأمريكي»


def named_gender_47(doc: Document, speaker: Speaker) -> str | None:
    """The gender an Arabic article gives a named speaker: a person ("f" for a listed female
    given name opening the name; a feminine or masculine title right before or right after a
    mention of them, «الممثلة سكارليت جوهانسون», «مشوح الحوشان وكيل الوزارة»; a feminine or
    masculine verb of speech right before a mention, «وقالت ميرين», «وأوضح عبد الناصر باطوق»),
    or a body whose head is a masculine noun («المجلس», «البنك»; gender_words_ar.tsv). None
    when nothing tells, or when the article says both (a name of unknown gender is never
    filtered out)."""
    text = (speaker.text or "").strip()
    if doc.lang != "ar" or not text:
        return None
    table = gender_words_47()
    first = text.split()[0]
    if not (speaker.entity or "").startswith("PER:"):
        if is_common(first, "ar") or is_common(strip_article(first), "ar"):
            forms = gender_word_forms_47(first)
            return next((table["body"][f] for f in forms if f in table["body"]), None)
        if not any(m["type"] == "PER" and m["text"] == text for m in doc.entities):
            return None
    said: set[str] = set()
    given = next(
        (table["given"][f] for f in gender_word_forms_47(first) if f in table["given"]), None
    )
    if given is not None:
        said.add(given)
    mentions = [
        m
        for m in doc.entities
        if m["type"] == "PER"
        and ((speaker.entity and m["entity"] == speaker.entity) or m["text"] == text)
    ]
    for m in mentions:
        before = doc.text[max(0, m["start"] - 40) : m["start"]].split()
        after = re.split(r"[\s،,]+", doc.text[m["end"] : m["end"] + 40].strip(" ،,"))
        titles = before[-1:]
        if len(before) > 1 and plain_word(fold_same_length(before[-1])).endswith(_NISBA_47):
            titles = before[-2:]  # «الممثلة البريطانية هيلين ميرين»: an adjective between
        for word in titles + after[:1]:
            forms = gender_word_forms_47(word)
            said |= {table["title"][f] for f in forms if f in table["title"]}
        for word in after[:1]:  # «صالح الحازمي زوج المواطنة»: his, not «زوجة محمد»'s
            said |= {
                table["relation"][f] for f in gender_word_forms_47(word) if f in table["relation"]
            }
        if before:
            word = plain_word(fold_same_length(before[-1]))
            verb = verb_agreement(word) or (
                verb_agreement(word[1:]) if word[:1] in {"و", "ف"} else None
            )
            if verb in {"f", "m"} and not is_participle_word_47(word):
                said.add(verb)
    return next(iter(said)) if len(said) == 1 else None


def is_participle_word_47(word: str) -> bool:
    """Whether an Arabic word is a participle cue («مشيرا», «قائلة»): it agrees with the
    sentence's subject, not with the name written after it."""
    return plain_word(fold_same_length(word)) in word_set("PARTICIPLES", "ar")


def previous_subject(doc: Document, folded: str, at: int) -> Speaker | None:
    """The subject of the verb opening the sentence before `at`'s, else None."""
    here = sentence_start(doc.text, at, reach=MAX_QUOTE_CHARS)
    if here <= 1:
        return None
    lo = sentence_start(doc.text, here - 1, reach=MAX_QUOTE_CHARS)
    return opening_subject(doc, folded, lo, here)


def own_sentence_subject(doc: Document, folded: str, at: int) -> Speaker | None:
    """The subject of the verb opening `at`'s own sentence, before it («اهتمت الصحف … حيث
    قالت»), else None."""
    return opening_subject(doc, folded, sentence_start(doc.text, at, reach=MAX_QUOTE_CHARS), at)


def opening_subject(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """The person or organization [lo, hi) names right after its first word (a verb), within
    a few words and not after a preposition; else None."""
    if not doc.text[:lo].strip() and BYLINE_DASH.search(doc.text, lo, min(hi, lo + BYLINE_CHARS)):
        return None  # "داليا أبوالعيش – عين اليوم": the writer and the outlet, no subject
    words = [lo + m.start() for m in re.finditer(r"[^\s،,:]+", folded[lo:hi])]
    if doc.lang == "ar" and words:
        hi = before_colon_58ar(folded, words[0], hi)
        words = [w for w in words if w < hi]
    if len(words) < 2:
        return None
    reach = words[min(SUBJECT_REACH_WORDS, len(words) - 1)]
    found = [m for m in subject_mentions(doc, folded, words[1], hi) if m["start"] <= reach]
    return mention_speaker(doc, people_first(found)[0]) if found else None


def before_colon_58ar(folded: str, first_word: int, hi: int) -> int:
    """Where an Arabic sentence's subject slot ends: at a colon after its opening word, else
    `hi` — the words after «وقال:» are what is said, never the subject («وقال: بحمد الله …»,
    quotes_dev58ar.tsv)."""
    colon = folded.find(":", first_word, hi)
    return hi if colon < 0 else colon


def without_tail(doc: Document, speaker: Speaker) -> Speaker:
    """A speaker as written whose last words belong to the clause, not to the name: a
    complementizer («يقول العقيد الدوسري أنه», «الحلي بأن»), a preposition («حذّر نجوم
    المسرحية من»), a weekday («اعلن الحرس المدني الاثنين ان») or the cue's «بالقول»: cut off,
    and no speaker when nothing is left; Arabic and Persian."""
    words = (speaker.text or "").split()
    if doc.lang == "en" or not words:
        return speaker
    if unbalanced_marks(speaker.text or ""):  # «شركة "البلاد المالية»: the mark cut with it
        words = re.sub(r'[«»"“”]', "", speaker.text or "").split()  # «بـ"كهرباء»: one word
        speaker = replace(speaker, text=" ".join(words))
    kept = list(words)
    # a recognised name keeps a word that may be its own («عين اليوم»)
    while kept and clause_word(kept[-1], doc.lang, named=bool(speaker.entity)):
        kept.pop()
    adjectives = word_set("SPEAKER_TAIL_ADJECTIVES", doc.lang)
    if len(kept) > 1 and not speaker.entity and bare(fold_same_length(kept[-1])) in adjectives:
        kept.pop()  # «موقع "بي.سي ماجازين" المتخصص [في …]»: the site
    if len(kept) == len(words):
        return speaker
    return replace(speaker, text=" ".join(kept)) if kept else Speaker(None, None)


def without_told_name(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic unnamed speaker as written whose last word is «ل» joined to a recognised
    organization («قال مسؤولون أمريكيون لرويترز يوم الاثنين إنهم»; quotes_dev44.tsv): the
    one told is cut off, as `told` cuts «لـ"الوطن"»."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or speaker.entity or len(words) < 2:
        return speaker
    last = fold_same_length(words[-1])
    if not last.startswith("ل") or last.startswith(("ال", "لل")):
        return speaker
    told_to = {fold_same_length(m["text"]) for m in doc.entities if m["type"] == "ORG"}
    if last[1:] not in told_to or is_definite(words[-2]):
        return speaker  # «ماليزيا الرئيس الحالي لاسيان»: of ASEAN, a genitive
    return replace(speaker, text=" ".join(words[:-1]))


GLUED_WORD_LETTERS_48 = 4  # «مديرفرودگاه»: the shortest word read as glued after a role word


def glued_role_holder_48(doc: Document, speaker: Speaker, last: Speaker) -> Speaker:
    """A Persian role written with no space before its complement («مديرفرودگاه اراك ادامه
    داد» after «محمد‌حسن مرتضوي … اظهار داشت»; quotes_dev45b.tsv), which the role words do
    not find: the last speaker who holds it, as a spaced role would be. The glued word must be
    one the article writes alone (a suffix such as «مدیریت»'s is not), four letters at least."""
    words = (speaker.text or "").split()
    if doc.lang != "fa" or speaker.entity or speaker.role or not words:
        return speaker
    first = bare(fold_same_length(words[0]))
    role = next(
        (w for w in word_set("ROLE_WORDS", "fa") if " " not in w and first.startswith(w)), None
    )
    rest = first[len(role) :] if role else ""
    if len(rest) < GLUED_WORD_LETTERS_48:
        return speaker
    if not re.search(rf"(?<!\w){re.escape(rest)}(?!\w)", fold_same_length(doc.text)):
        return speaker
    spaced = " ".join([role, rest, *words[1:]])
    if not holds_role(spaced, last, doc):
        return speaker
    return Speaker(last.entity, speaker.text) if last.entity else Speaker(None, last.text)


def latin_after_title_48(doc: Document, speaker: Speaker) -> Speaker:
    """A Latin-letter name written after a Persian title («پروفسور Czeisler گفت», translated
    news; quotes_dev47b.tsv): the name alone, which `latin_name` then completes with the full
    name the article wrote («Charles Czeisler»); the title is no word of it."""
    words = (speaker.text or "").split()
    if doc.lang != "fa" or speaker.entity or len(words) != 2:
        return speaker
    titles = word_set("LATIN_NAME_TITLES_48", doc.lang)
    if fold_same_length(words[0]) not in titles or not _LATIN_WORD.fullmatch(words[1]):
        return speaker
    return replace(speaker, text=words[1])


def without_report_word_48(doc: Document, speaker: Speaker) -> Speaker:
    """A Persian speaker written as «گزارش X» («گزارش پايگاه اطلاع رساني وزارت كشور حاكي
    است: …»; quotes_dev45b.tsv): the report speaks for X, its issuer, as «تقارير لوزارة X» does
    in Arabic. X must be two words at least, not the plural ending written apart."""
    words = (speaker.text or "").split()
    if doc.lang != "fa" or speaker.entity or len(words) < 3:
        return speaker
    if fold_same_length(words[0]) != "گزارش":
        return speaker
    if fold_same_length(words[1]) in word_set("SUFFIXES_WRITTEN_APART", "fa"):
        return speaker  # «گزارش های اخیر»: the plural, reports of no one named
    return replace(speaker, text=" ".join(words[1:]))


def issuer_of_document_54ar(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic speaker written as a statement or report with the words naming its issuer
    («بيان صادر عن مكتب العلاقات العامة …», «بيانات تحليلية قامت بها شركة زاوية»;
    quotes_dev53ar.tsv, quotes_dev46.tsv): the issuer, as «بيان للوزارة» is the ministry; and
    «نتائج دراسة بريطانية» is the study («نتائج» dropped; quotes_dev45.tsv)."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or speaker.entity or len(words) < 3:
        return speaker
    head = [plain_word(fold_same_length(w)) for w in words]
    if head[0] in word_set("RESULTS_WORDS_54AR", "ar") and head[1] in word_set(
        "STUDY_NOUNS_54AR", "ar"
    ):
        return replace(speaker, text=" ".join(words[1:]))
    if strip_article(head[0]) not in word_set("ISSUED_DOCUMENT_NOUNS_54AR", "ar"):
        return speaker
    links = word_set("ISSUING_LINKS_54AR", "ar")
    for i in range(1, min(len(words) - 1, 3) + 1):  # up to two adjectives before the link
        for n in (2, 1):
            if " ".join(head[i : i + n]) in links and i + n < len(words):
                return replace(speaker, text=" ".join(words[i + n :]))
    return speaker


@cache
def issued_document_pattern_54ar() -> str:
    """A statement or report noun and its issuing words, as a pattern ending where the
    issuer's name begins («بيان صادر عن », «تقرير أصدرته »)."""
    nouns = alternatives(word_set("ISSUED_DOCUMENT_NOUNS_54AR", "ar"))
    links = alternatives(word_set("ISSUING_LINKS_54AR", "ar"))
    return rf"(?:ال)?(?:{nouns})(?:\s+\S+){{0,2}}?\s+(?:{links})\s+"


def definite_noun_alone_55ar(doc: Document, speaker: Speaker, nouns: frozenset[str]) -> bool:
    """Whether an Arabic speaker no entity names is one definite noun of `nouns` alone
    («البيان», «الدراسة»): a document or study taken up again from the quote before."""
    if doc.lang != "ar" or speaker.entity or not speaker.text or len(speaker.text.split()) != 1:
        return False
    word = plain_word(fold_same_length(speaker.text))
    return is_definite(word) and strip_article(word) in nouns


def issuer_taken_up_54ar(doc: Document, speaker: Speaker, out: list[dict]) -> Speaker:
    """«وأضاف البيان أن …» after a quote given to the issuer of «بيان صادر عن X» (the
    statement's issuer was read there, `issuer_of_document_54ar`; quotes_dev53ar.tsv): X again.
    Only the definite statement or report noun alone, and only an issuer written right after
    the issuing words earlier in the article."""
    if not definite_noun_alone_55ar(doc, speaker, word_set("ISSUED_DOCUMENT_NOUNS_54AR", "ar")):
        return speaker
    folded = fold_same_length(doc.text)
    for quote in reversed(out):
        issuer = quote["speaker_text"]
        if not issuer:
            continue
        pattern = issued_document_pattern_54ar() + re.escape(fold_same_length(issuer))
        if re.search(pattern, folded[: quote["start"]]):
            return Speaker(quote["speaker"], issuer)
        return speaker  # only the quote just before: a statement of the one who spoke last
    return speaker


def study_taken_up_55ar(doc: Document, speaker: Speaker, out: list[dict]) -> Speaker:
    """«وأوضحت الدراسة أن …» right after a quote given to a study written indefinite with what
    describes it («حذرت دراسة جديدة أجراها باحثون من …»; the labels keep the study as first
    written, quotes_dev35.tsv): that study again. Only the definite study noun alone, and only
    the quote just before."""
    studies = word_set("STUDY_NOUNS_54AR", "ar")
    if not out or not definite_noun_alone_55ar(doc, speaker, studies):
        return speaker
    said = (out[-1]["speaker_text"] or "").split()
    if out[-1]["speaker"] or len(said) < 2 or plain_word(fold_same_length(said[0])) not in studies:
        return speaker
    return Speaker(None, out[-1]["speaker_text"], role=True)


def without_reflexive_48(doc: Document, speaker: Speaker) -> Speaker:
    """A Persian speaker written with the emphatic reflexive after it («مقدمي خود تصريح كرد»,
    "Moghaddami himself stated"; quotes_dev47b.tsv), the pronoun dropped: never a word of the
    name (the surname alone is then linked as any other)."""
    words = (speaker.text or "").split()
    if doc.lang != "fa" or speaker.entity or len(words) < 2:
        return speaker
    if bare(fold_same_length(words[-1])) not in word_set("REFLEXIVES_48", doc.lang):
        return speaker
    return replace(speaker, text=" ".join(words[:-1]))


def without_told_after_tatweel_47(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic unnamed speaker as written that runs on into «لـ» and the one told
    («وأفصحت مصادر مصرفية لـ«الشرق الأوسط» أن», read «مصادر مصرفية لـالشرق الأوسط»;
    quotes_dev47c.tsv): «لـ» with its stretching stroke is the preposition «to», never a word of
    a name, so the speaker ends before it; so does «بعد» not followed by «أن» (a time adverbial,
    «كاميرون بعد اجتماع للجنة الطوارئ»)."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or speaker.entity or len(words) < 2:
        return speaker
    cut = next((i for i, w in enumerate(words) if i and w.startswith("ل\u0640")), None)
    if cut is None:  # «وقال كاميرون بعد اجتماع للجنة الطوارئ الحكومية:» (quotes_dev47c.tsv)
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if i
                and fold_same_length(w) == fold_same_length("بعد")
                and i + 1 < len(words)
                and bare(fold_same_length(words[i + 1])) not in word_set("COMPLEMENTIZERS", "ar")
            ),
            None,
        )
    return replace(speaker, text=" ".join(words[:cut])) if cut else speaker


# «أبلغ X Y أن»: verbs of telling whose subject X comes right after them and the one told Y
# next (general Arabic usage; quotes_dev47.tsv, «أبلغت دول الخليج العربية وزير الخارجية
# الأمريكي جون كيري … إن»).
TELLING_VERBS_AR_47 = frozenset(
    fold_same_length(w)
    for w in ("أبلغ", "ابلغ", "أبلغت", "ابلغت", "أخبر", "اخبر", "أخبرت", "اخبرت")
)


def is_telling_verb_54ar(cue: str) -> bool:
    """Whether an Arabic cue opens with a verb of telling («أبلغ», «وأخبرت»), its conjunction
    allowed."""
    word = plain_word(fold_same_length(cue.split()[0]))
    return word in TELLING_VERBS_AR_47 or word[1:] in TELLING_VERBS_AR_47


def subject_before_addressee_47(
    doc: Document, folded: str, found: Found, cue: str | None, speaker: Speaker
) -> Speaker:
    """The subject of an Arabic verb of telling, not the one told after it: «أبلغت دول الخليج
    العربية وزير الخارجية الأمريكي جون كيري … إن» is the Gulf states' («جون كيري», the one
    told, was read); «وأبلغت اللجنة الوطنية لمكافحة المخدرات, وزارة الشؤون البلدية …, أن» the
    committee's. The subject is the words right after the verb up to a comma or to a role word
    opening the one told (`starts_role`), when the speaker read stands after them; a person or
    organization recognised there is taken as recognised; only a verb opening its clause (its
    subject not written before it: «البنوك أبلغت عملاءها …»). A paper in marks or brackets right
    after the verb is the one told, written first («وأبلغ "الوطن" وكيل المعتقلين …»): left
    alone."""
    if doc.lang != "ar" or not cue or found.cue_end is None or not speaker.text:
        return speaker
    if not is_telling_verb_54ar(cue):
        return speaker
    assert found.cue_start is not None
    opening = folded[clause_start(doc.text, folded, found.cue_start) : found.cue_start].split()
    particles = word_set("BEFORE_VERB", "ar") | {"و", "ف"}
    if any(bare(w) not in particles for w in opening):
        return speaker  # «البنوك أبلغت عملاءها …»: its subject stands before it
    hi = found.start if found.start > found.cue_end else found.cue_end + CONTEXT_CHARS
    spans = [
        (found.cue_end + m.start(), found.cue_end + m.end())
        for m in re.finditer(r"[^\s]+", folded[found.cue_end : hi])
    ]
    subject: list[tuple[int, int]] = []
    for i, (lo, end) in enumerate(spans):
        if i and starts_role(folded, lo, "ar"):
            break
        subject.append((lo, end))
        if re.search(r"[،,]$", folded[lo:end]) or len(subject) > Q.MAX_SUBJECT_WORDS:
            break
    if not subject or len(subject) > Q.MAX_SUBJECT_WORDS or len(subject) == len(spans):
        return speaker
    lo, end = subject[0][0], subject[-1][1]
    if doc.text[lo] in '"«“(':
        return speaker  # «وأبلغ "الوطن" وكيل المعتقلين …», «وأبلغت (عكاظ) مصادر»: the paper told
    at = doc.text.find(speaker.text, found.cue_end, hi)
    if at < 0 or at < end:
        return speaker  # the speaker read is the subject, or is not after it
    text = doc.text[lo:end].strip(" ،,")
    named = next(
        (
            m
            for m in doc.entities
            if m["start"] == lo and m["end"] <= end and m["type"] in ("PER", "ORG")
        ),
        None,
    )
    if named and named["end"] >= end - 1:
        return mention_speaker(doc, named)
    if is_fragment(text, "ar"):
        return speaker
    return Speaker(None, text)


def without_told_body_54ar(
    doc: Document, found: Found, cue: str | None, speaker: Speaker
) -> Speaker:
    """An Arabic verb of telling whose subject read ran on into the one told, a recognised
    organization written right after it with no preposition («وأبلغ المسؤول رويترز أن»;
    quotes_dev53ar.tsv): the words before the organization, the one told dropped."""
    if doc.lang != "ar" or speaker.entity or not cue or found.cue_end is None:
        return speaker
    if not is_telling_verb_54ar(cue):
        return speaker
    text = speaker.text or ""
    at = doc.text.find(text, found.cue_end, found.cue_end + CONTEXT_CHARS) if text else -1
    if at < 0 or len(text.split()) < 2:
        return speaker
    told = next(
        (
            m
            for m in doc.entities
            if m["type"] == "ORG" and at < m["start"] and m["end"] == at + len(text)
        ),
        None,
    )
    if told is None:
        return speaker
    return Speaker(None, doc.text[at : told["start"]].strip(" ،,"))


def too_short(text: str, lang: str) -> bool:
    """Whether an Arabic or Persian speaker is one word of two letters or fewer («اي» of
    the radio «آر.ان.‌اي»): a piece of a name, never a name."""
    words = [bare(w) for w in text.split()]
    return lang != "en" and len(words) == 1 and len(words[0]) <= 2 and text not in Q.PRONOUNS


def unbalanced_marks(text: str) -> bool:
    """Whether a speaker as written holds a quote mark its closing mark was cut from."""
    return (
        text.count('"') % 2 == 1
        or text.count("«") != text.count("»")
        or text.count("“") != text.count("”")
    )


def clause_word(word: str, lang: str, named: bool = False) -> bool:
    """Whether a word ends a clause's subject slot rather than a name (see `without_tail`):
    after a recognised name only a complementizer or a cue's word."""
    folded = bare(fold_same_length(word))
    that = that_pattern(lang)
    if named:
        return bool(that and that.fullmatch(folded)) or folded in word_set("SPEECH_TAILS", lang)
    stops = word_set("PREPOSITIONS", lang) | word_set("SUBJECT_ENDS", lang)
    weekdays = {fold_same_length(w) for w in WEEKDAYS}
    return (
        (folded in stops and not is_name_not_preposition(word, lang))
        or bool(that and that.fullmatch(folded))
        or folded in weekdays
        or folded in word_set("SPEECH_TAILS", lang)
    )


def without_cue(doc: Document, speaker: Speaker, cue: str | None) -> Speaker:
    """A speaker whose name runs on over its own cue («نطق روحاني زاعما أن», read by the
    recogniser as the name «روحاني زاعما»): the words before the cue, as the person the
    document names so when it does."""
    words = (speaker.text or "").split()
    if not cue or len(words) < 2:
        return speaker
    target = plain_word(fold_same_length(cue.split()[0]))
    cut = next(
        (k for k, w in enumerate(words) if k and plain_word(fold_same_length(w)) == target), None
    )
    if cut is None:
        return speaker
    return person_named(doc, " ".join(words[:cut]))


def person_named(doc: Document, name: str) -> Speaker:
    """A speaker cut down to `name`: the person the document names so, when it does."""
    mention = next((m for m in doc.entities if m["text"] == name and m["type"] == "PER"), None)
    return mention_speaker(doc, mention) if mention else Speaker(None, name)


def first_of_two_people(doc: Document, speaker: Speaker) -> Speaker:
    """A person's name that runs on into a second person's title («شكر الشيخ الحازمي اللواء
    الغامدي», read as the name «الحازمي اللواء الغامدي»): the words before the title, the
    subject; Arabic only."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or not (speaker.entity or "").startswith("PER:") or len(words) < 3:
        return speaker
    cut = next(
        (
            k
            for k in range(1, len(words) - 1)
            if starts_role(fold_same_length(words[k]), 0, doc.lang)
            and words[k - 1] not in Q.NAME_PARTICLES  # «عبدالله بن مساعد»: a name after «بن»
        ),
        None,
    )
    if cut is None:
        return speaker
    return person_named(doc, " ".join(words[:cut]))


def sentence_subject(doc: Document, folded: str, cue_start: int) -> Speaker | None:
    """An Arabic cue with no subject of its own whose sentence names one before it, in the
    nearest of its comma-separated clauses that does: a role opening the clause («مساعدة
    الشؤون التعليمية … آمنة الغامدي أكدت أن»), or the subject of the verb opening it («وكشف
    وزير السياحة المصري عن …، مشيرا إلى أن», «ونشرت الحكومة الصينية بيانا …، أوضحت فيه
    أن»); else None."""
    if doc.lang != "ar":
        return None
    lo = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    while lo > 1 and doc.text[lo - 1] == "." and not_a_full_stop(folded, lo - 1):
        lo = sentence_start(doc.text, lo - 1, reach=MAX_QUOTE_CHARS)  # "43.8%": no full stop
    lo = max([lo] + [doc.text.rfind(mark, lo, cue_start) + 1 for mark in Q.CLAUSE_ENDS])
    starts = [lo] + [lo + m.end() for m in re.finditer(r"[،,]", folded[lo:cue_start])]
    for start in sorted(set(starts), reverse=True)[:3]:
        speaker = clause_subject(doc, folded, start, cue_start)
        if speaker:
            return speaker
    return None


JOINED_VERB_CHARS = 400  # from a sentence's opening verb to a cue that shares its subject
ROLE_CHARS = 100  # a role phrase between an opening verb and its person
_NO_SUBJECT_AFTER_CUE = re.compile(
    fold_same_length(
        r"\s*(?:[:«\"“”]|(?:(?:إلى|الى|على)\s+)?(?:ب|ف)?(?:أن|إن|ان)(?:ه|ها|هم|هما|هن|نا)?(?!\w))"
    )
)


def subject_of_joined_verb(doc: Document, folded: str, found: Found, speaker: Speaker) -> Speaker:
    """The subject of the verb opening an Arabic sentence, for a cue later in it that names no
    subject of its own (a colon, a quote mark or «أن» right after it) and is joined to it by
    «و» or is a participle: coordinated verbs and circumstantial participles share their
    sentence's subject, not the name of an object or a relative clause between them («اشاد
    مدرب الخليج جلال قادري بالحالة … عن طريق المهاجمين فهد السويلم وعبدالله السالم … وقال: "…"»,
    «شكر الحربي أعضاء اللجان المنظمة ويمثلهم يوسف الصقري …، مشيرا إلى أن»; quotes_dev64ar,
    quotes_dev56ar, quotes_dev53ar). The person right after the opening verb, or the first
    one after a role opening the sentence; else the speaker read before."""
    at = found.cue_start
    if doc.lang != "ar" or at is None or found.cue_end is None:
        return speaker
    joined = folded[at - 1 : at] == "و" and not folded[at - 2 : at - 1].isalnum()
    if not (joined or is_participle(folded, found)):
        return speaker
    if plain_word(folded[at : found.cue_end]) not in masculine_singular_cues():
        return speaker  # «وعبر مثقفو جدة عن سرورهم …، وقالوا بأن»: the nearer plural subject
    if not _NO_SUBJECT_AFTER_CUE.match(folded, found.cue_end):
        return speaker
    subject = opening_verb_subject(doc, folded, at)
    if subject is None or not subject.text or subject.text == speaker.text:
        return speaker
    if speaker.text and (
        subject.entity == speaker.entity
        or speaker.text in subject.text
        or subject.text in speaker.text  # «آل جعثم» of «حسين آل جعثم»
    ):
        return speaker
    return subject


@cache
def masculine_singular_cues() -> frozenset[str]:
    """Folded Arabic cues of one man: the verbs whose feminine (+ت) is a cue too (قال, أضاف,
    لفت) and the participles ending in «ا» (مشيرا)."""
    words = {fold_same_length(w) for w in Q.SPEECH_CUES["ar"]}
    verbs = {w for w in words if w + "ت" in words}
    participles = {w for w in word_set("PARTICIPLES", "ar") if w.endswith("ا")}
    return frozenset(verbs | participles)


def earlier_speaker_by_surname(
    doc: Document, folded: str, found: Found, speaker: Speaker, out: list[Quote]
) -> Speaker:
    """The person who spoke before under a full name, when an Arabic cue's subject opens with
    that name's last word, which the recogniser did not find («وقالت تيلور جين فلين …» and
    later «وكتبت فلين وآلان جو الأستاذ المساعد … في جامعة هريوت وات … انه»; quotes_dev76ar.tsv):
    the surname names her, not a body later in the subject; else the speaker read before."""
    if doc.lang != "ar" or found.cue_end is None or found.start <= found.cue_end:
        return speaker
    first = re.match(r"\s*([^\s،,:.]+)", folded[found.cue_end : found.start])
    if first is None:
        return speaker
    word = bare(first.group(1))
    for q in reversed(out):
        names = (q["speaker_text"] or "").split()
        if (
            (q["speaker"] or "").startswith("PER")
            and len(names) >= 2
            and fold_same_length(names[-1]) == word
            and word not in fold_same_length(speaker.text or "").split()
        ):
            return Speaker(q["speaker"], q["speaker_text"])
    return speaker


def with_cue_before(doc: Document, found: Found, cue: str | None) -> Found:
    """A marked quote whose cue `attribute` read right before it, colon and marks only
    between them («وقال: "…"»), with that cue's place; else the quote as found."""
    if found.cue_start is not None or not cue:
        return found
    at = doc.text.rfind(cue, max(0, found.start - len(cue) - 8), found.start)
    if at < 0 or doc.text[at + len(cue) : found.start].strip(' :«"“”\xa0'):
        return found
    return replace(found, cue_start=at, cue_end=at + len(cue))


def opening_verb_subject(doc: Document, folded: str, cue_start: int) -> Speaker | None:
    """The person right after the verb opening an Arabic sentence that holds no full stop
    before `cue_start` (within `JOINED_VERB_CHARS`), or the first person after a role word
    opening its first clause; else None, and None when another cue stands between them (its
    own subject may speak on)."""
    lo = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    commas = [lo + m.start() for m in re.finditer(r"[،,]", folded[lo:cue_start])]
    if len(commas) >= 2 and not folded[commas[-1] + 1 : cue_start - 1].strip():
        joined = re.match(r"\s*و\S", folded[commas[-2] + 1 : cue_start])
        if joined:  # «…، وأيد العميد خالد الرشيدان … كلام وكيله، وقال "…"»: the clause before
            lo = commas[-2] + 1 + joined.start() + len(joined.group()) - 2
    if cue_start - lo > JOINED_VERB_CHARS:
        return None
    words = [
        (lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\s،,:]+", folded[lo:cue_start])
    ]
    if words and bare(folded[words[0][0] : words[0][1]]) in word_set("BEFORE_VERB", "ar"):
        words = words[1:]  # «كما قدم رئيس الوفد …»: the verb after its particle
    if len(words) < 3 or bare(folded[words[0][0] : words[0][1]]) in word_set(
        "PREPOSITIONS", "ar"
    ) | word_set("TOPIC_OPENERS_70AR", "ar"):
        return None
    after_verb = words[1][0]
    if any(
        c.start("cue") < words[-1][0]
        for c in cue_pattern("ar").finditer(folded, after_verb, cue_start)
    ):
        return None  # «…، وقال بي كي باتنايك …: "…"، وأضاف: "…"»: a speaker named since
    comma = min(
        [cue_start] + [folded.find(c, after_verb, cue_start) % (cue_start + 1) for c in "،,"]
    )
    people = [
        m
        for m in subject_mentions(doc, folded, after_verb, comma)
        if m["type"] == "PER" and not told_noun(doc, m)
    ]
    if people and people[0]["start"] in (after_verb, after_verb + 1):
        return mention_speaker(doc, people[0])
    if people and starts_role(folded, after_verb, "ar"):
        role_end = people[0]["start"]
        between = folded[after_verb:role_end]
        that = that_pattern("ar")
        if (
            not re.search(r"[،,.]", between)
            and role_end - after_verb < ROLE_CHARS
            and not (
                that and that.search(between)
            )  # «وقالت المصادر … إن رئيس الوزراء كان مع زوجته أم كلثوم»
        ):
            return mention_speaker(doc, people[0])
    return None


def opening_clause_subject(doc: Document, folded: str, cue_start: int) -> Speaker | None:
    """The subject of an Arabic sentence's opening verb, when the cue stands in a later
    clause: the person or organization right after the verb («وأعرب كيري عن …»), else the
    first person its first clause names after a role opening it (or in apposition after its
    comma: «ووجه مدير عام فرع وزاره العمل، حسين المري، …»); else None."""
    if doc.lang != "ar":
        return None
    lo = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    parts = [m.start() for m in re.finditer(r"[،,]", folded[lo:cue_start])]
    if not parts:
        return None
    words = [
        (lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\s،,:]+", folded[lo:cue_start])
    ]
    if len(words) < 2:
        return None
    after_verb = words[1][0]
    nisba = any(m["start"] == after_verb and m["type"] == "GPE" for m in doc.entities)
    if nisba and len(words) > 2:
        after_verb = words[2][0]  # «علل التونسي جميل بلقاسم»: a nisba before the name
    first = [
        m
        for m in subject_mentions(doc, folded, after_verb, cue_start)
        if m["start"] in (after_verb, after_verb + 1) and m["type"] in ("PER", "ORG")
    ]
    if first:
        return mention_speaker(doc, first[0])
    if not starts_role(folded, after_verb, doc.lang):
        return written_body(doc, folded, after_verb, lo + parts[0])
    end = lo + (parts[1] if len(parts) > 1 and parts[1] - parts[0] < APPOSITION_CHARS else parts[0])
    people = [
        m
        for m in subject_mentions(doc, folded, after_verb, end)
        if m["type"] == "PER" and not told_noun(doc, m)
    ]
    if people:
        return mention_speaker(doc, people[0])
    if end > lo + parts[0]:
        apposed = unrecognised_apposed_name(doc, folded, lo + parts[0] + 1, end)
        if apposed:
            return apposed  # «وبينت نائبة النادي …، رانيا السواد، في كلمة …، مؤكدا أن»
    # «وعبر اللاعب عن سعادته …، موضحًا أن» (quotes_dev82ar.tsv): the role names no one in its
    # clause, and it is still the subject, not a body named later in the sentence
    return role_speaker(doc, folded, [w for w in words if after_verb <= w[0] < lo + parts[0]])


def unrecognised_apposed_name(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """Two or three words set between commas after a role (`lo`, `hi` the commas' insides)
    that no mention covers and that hold no common, role or clause word: a name the
    recogniser missed («نائبة النادي للسعودي في جامعة sdsu، رانيا السواد، في كلمة»)."""
    words = folded[lo:hi].split()
    if not 2 <= len(words) <= 3 or any(lo <= m["start"] < hi for m in doc.entities):
        return None
    stops = word_set("PREPOSITIONS", "ar") | word_set("SUBJECT_ENDS", "ar")
    if any(is_common(w, "ar") or bare(w) in stops or not bare(w).isalpha() for w in words):
        return None
    if starts_role(folded, lo + len(folded[lo:hi]) - len(folded[lo:hi].lstrip()), "ar"):
        return None
    return Speaker(None, doc.text[lo:hi].strip())


FRONTED_SUBJECT_WORDS = 8
_FRONTED = (
    # «أما الصحفي صدام أبو عاصم، فقد علق على خطاب الحوثي قائلاً»: the topic, then «ف»
    re.compile(r"(?:و)?اما\s+(?P<subject>[^،,.:]+?)\s*[،,]\s*ف"),
    # «وكانت مجموعة المهام الخاصة … قد اعلنت …، قائلة إن»: the subject of «كان … قد»
    re.compile(r"(?:و|ف)?(?:کان|کانت)\s+(?P<subject>[^،,.:]+?)\s+قد\s"),
    # «الروائي اليمني مروان الغفوري، سخر من … وعلق عليه بالقول»: a person opens the sentence
    re.compile(r"(?P<subject>[^،,.:\n]+?)\s*[،,]"),
)
TOPIC_WORDS = 5


def subject_of_kana_before_cue(doc: Document, folded: str, cue_start: int) -> Speaker | None:
    """The subject of «كان X قد» when the speech verb follows «قد» right away and writes no
    subject of its own («وكان إبرا قد أعلن بالامس أن»; quotes_dev74ar.tsv): X speaks, not the one
    who spoke before. A person or organization recognised in X, else X as written."""
    lo = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    while lo < cue_start and not folded[lo].isalnum():
        lo += 1
    m = _FRONTED[1].match(folded, lo, cue_start)
    if not m or m.end() != cue_start or len(m.group("subject").split()) > FRONTED_SUBJECT_WORDS:
        return None
    s, e = m.span("subject")
    inside = [x for x in doc.entities if s <= x["start"] and x["end"] <= e]
    if inside:
        named = [x for x in inside if x["type"] in ("PER", "ORG")]
        return mention_speaker(doc, people_first(named)[0]) if named else None
    written = doc.text[s:e]
    return None if is_fragment(written, "ar") else Speaker(None, written)


def fronted_subject(doc: Document, folded: str, cue_start: int) -> Speaker | None:
    """The subject an Arabic sentence puts before its verb, which a participle later in the
    sentence shares: the topic of «أما X، ف…» or the subject of «كان X قد …» (quotes_dev45.tsv:
    «أما الصحفي صدام أبو عاصم، فقد علق على خطاب الحوثي قائلاً "…"», «وكانت مجموعة المهام الخاصة
    … قد اعلنت … قائلة إن»; general Arabic usage), never a name later in the sentence."""
    if doc.lang != "ar":
        return None
    lo = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    while lo < cue_start and not folded[lo].isalnum():
        lo += 1
    for pattern in _FRONTED:
        m = pattern.match(folded, lo, cue_start)
        if not m or len(m.group("subject").split()) > FRONTED_SUBJECT_WORDS:
            continue
        s, e = m.span("subject")
        mentions = [
            x
            for x in doc.entities
            if s <= x["start"] and x["end"] <= e and x["type"] in ("PER", "ORG")
        ]
        if pattern is _FRONTED[2]:
            people = [x for x in mentions if x["type"] == "PER" and x["end"] == e]
            if people and len(m.group("subject").split()) <= TOPIC_WORDS:
                return mention_speaker(doc, people[0])
            continue
        if mentions:
            return mention_speaker(doc, people_first(mentions)[0])
        written = doc.text[s:e]
        if not is_fragment(written, "ar") and (
            pattern is _FRONTED[1]
            or starts_role(folded, s, "ar")
            or organization_kind(written, "ar")
        ):
            return Speaker(None, written)
    return None


def by_saying(folded: str, found: Found) -> bool:
    """Whether a quote's cue is Arabic «بقوله»/«بالقول» ("by saying")."""
    if found.cue_start is None:
        return False
    return plain_word(folded[found.cue_start : found.cue_end]) in word_set("BY_SAYING", "ar")


BY_SAYING_SUBJECT_WORDS = 4  # «ويوضح مصمم الأزياء أوغور سيلينو … بقوله»: a role, then the name


def by_saying_subject(doc: Document, folded: str, cue_start: int, last: Speaker) -> Speaker:
    """Who speaks «بقوله»/«بالقول» (quotes_dev45.tsv; SaudiNewsNet articles outside the label
    files): the subject its sentence fronts, else the person or body named within a few words
    after the verb opening its clause («ورد جيب بوش على تصريحات كلينتون بقوله»: Bush, not
    Clinton), the last speaker when the verb has no subject («واستدرك بقوله», «وعلق على ذلك
    بقوله»), else no one («وقد عكست وزيرة داخلية بريطانيا الأزمة بقولها»: a role unresolved)."""
    fronted = fronted_subject(doc, folded, cue_start)
    if fronted:
        return fronted
    start = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    start = max([start] + [doc.text.rfind(mark, start, cue_start) + 1 for mark in Q.CLAUSE_ENDS])
    lo = max(start, doc.text.rfind("،", start, cue_start) + 1)
    # «وعبر أحد الفائزين بالجائزة، بقوله «…»» (quotes_dev82ar.tsv): the cue right after a comma
    # ends the clause before it, whose verb's subject speaks
    after_comma = lo > start and not folded[lo:cue_start].strip()
    if after_comma:
        lo = max(start, doc.text.rfind("،", start, lo - 1) + 1)
    while lo > start and folded[lo:cue_start].lstrip().startswith("ال"):
        # «صرح الدكتور غسان …، الرئيس التنفيذي لشركة … بقوله»: a noun in apposition, no verb
        lo = max(start, doc.text.rfind("،", start, lo - 1) + 1)
    words = list(re.finditer(r"[^\s،,:«»\"“”]+", folded[lo:cue_start]))
    if len(words) == 1 and plain_word(words[0].group()) in word_set("PARTICIPLES", "ar"):
        # «…، مكتفيا بالقول إنها»: the participle's subject, as for a participle cue
        return (
            opening_clause_subject(doc, folded, cue_start)
            or sentence_subject(doc, folded, cue_start)
            or last
        )
    before_verb = word_set("BEFORE_VERB", "ar")
    while words and (
        bare(words[0].group()) in before_verb or bare(words[0].group())[1:] in before_verb
    ):
        words = words[1:]
    rest = words[1:]
    while rest and bare(rest[0].group()) in word_set("AFTER_VERB_OBJECTS", "ar"):
        rest = rest[1:]
    if not rest:
        return last
    start = lo + rest[0].start()
    end = lo + rest[min(len(rest), BY_SAYING_SUBJECT_WORDS) - 1].end()
    mentions = sorted(
        (
            m
            for m in doc.entities
            if start <= m["start"] < end and m["end"] <= cue_start and m["type"] in ("PER", "ORG")
        ),
        key=lambda m: m["start"],
    )
    if mentions:
        return mention_speaker(doc, mentions[0])
    if bare(rest[0].group()) in word_set("OBJECT_PREPOSITIONS", "ar"):
        return last  # «وعلق على ذلك بقوله»: the verb's subject is the one who spoke
    if after_comma and len(rest) <= BY_SAYING_SUBJECT_WORDS:
        written = doc.text[lo + rest[0].start() : lo + rest[-1].end()]
        if not is_fragment(written, "ar") and not starts_role(folded, lo + rest[0].start(), "ar"):
            return Speaker(None, written)  # «أحد الفائزين بالجائزة»: the whole clause after it
    return Speaker(None, None)


@cache
def plural_cues() -> frozenset[str]:
    return frozenset(plain_word(w) for w in word_set("PLURAL_CUES", "ar"))


def is_plural_group(text: str) -> bool:
    """Whether an Arabic speaker as written names a group: a quantifier («عدد من …») or a
    plural head («مسؤولون», «المحتجين», «مصادر»)."""
    words = fold_same_length(text).split()
    if not words:
        return False
    head = bare(words[0]).removeprefix("ال")
    heads = word_set("QUANTIFIER_HEADS", "ar") | word_set("FEMININE_PLURAL_HEADS", "ar")
    return head in heads or (len(head) > 4 and head.endswith(("ون", "ين")))


_OPENING_DATELINE = re.compile(r"\s*[^\n.:؟!]{0,50}?[-–][^\n.:؟!]{0,40}:")


def after_opening_dateline(folded: str, lo: int, at: int) -> int:
    """Where an Arabic article's first sentence goes on after the writer's dateline it opens
    with («محمد المواسي- سبق- جازان: تعجّب موظفون …، مشيرين»; quotes_dev76ar.tsv): after the
    dateline's colon, its words joined by dashes, when the sentence starts the article; else
    `lo`."""
    if folded[:lo].strip():
        return lo
    dateline = _OPENING_DATELINE.match(folded, lo, at)
    return dateline.end() if dateline else lo


_QUANTIFIED_SUBJECT = re.compile(r"\s*\S+\s+(?P<subject>(?P<head>\S+)\s+من\s+[^،,.:]+)")


def plural_speaker(
    doc: Document, folded: str, found: Found, speaker: Speaker, out: list[Quote]
) -> Speaker:
    """Who speaks a plural Arabic cue («طالب عدد من أصحاب مكاتب حجاج الداخل وزارة الحج …،
    مؤكدين أن», «وأشاروا إلى أنه»; quotes_dev44d.tsv): a group as found, else the quantified
    subject after the sentence's opening verb (up to the next name: «وزارة الحج» is the one
    asked), else a collective subject of its last clauses (`collective_subject`; the group
    that spoke last when the two share a word), else the group that spoke last, else no one —
    never one person or body."""
    if speaker.text and names_a_group(speaker.text):
        return speaker
    at = found.cue_start if found.cue_start is not None else found.start
    lo = after_opening_dateline(folded, sentence_start(doc.text, at, reach=MAX_QUOTE_CHARS), at)
    while lo < at and not folded[lo].isalnum():
        lo += 1
    m = _QUANTIFIED_SUBJECT.match(folded, lo, at)
    if m and bare(m.group("head")) in word_set("QUANTIFIER_HEADS", "ar"):
        s, e = m.span("subject")
        e = min([e] + [x["start"] for x in doc.entities if s < x["start"] < e])
        written = doc.text[s:e].strip()
        if written and not is_fragment(written, "ar"):
            return Speaker(None, written)
    nominative = nominative_plural_subject(doc, folded, lo, at)
    if nominative:
        return nominative
    previous = out[-1] if out else None
    collective = collective_subject(doc, folded, lo, at)
    if collective and previous and shares_group_word(collective, previous):
        return Speaker(previous["speaker"], previous["speaker_text"])  # named in full before
    if collective:
        return collective
    if previous and previous["speaker_text"] and is_plural_group(previous["speaker_text"]):
        return Speaker(previous["speaker"], previous["speaker_text"])
    return group_named_before(doc, folded, at) or Speaker(None, None)


def group_named_before(doc: Document, folded: str, at: int) -> Speaker | None:
    """The group a plural Arabic cue with no subject of its own goes back to: the last one its
    own sentence or the one before names — a quantifier and «من» before a plural of people
    («وحسب تقدير عدد من الاقتصاديين والمهتمين فإن …، مشيرين», «أكد فيه عدد من أصحاب مكاتب
    الاستقدام …. وأوضحوا»; quotes_dev47c.tsv, quotes_dev47.tsv) or a collective head
    (`COLLECTIVE_HEADS_57AR`), not after a preposition nor inside a name; the head and the
    words it governs (`collective_end`). None when neither sentence names one."""
    lo = sentence_before(doc.text, sentence_start(doc.text, at, reach=MAX_QUOTE_CHARS))
    words = list(re.finditer(r"[^\s،,:.]+", folded[lo:at]))
    preps = word_set("PREPOSITIONS", "ar") - word_set("NOT_GOVERNING_58AR", "ar")
    for k in range(len(words) - 1, -1, -1):
        if not group_head(words, k) or (k and bare(words[k - 1].group()) in preps):
            continue
        first = lo + words[k].start()
        if any(m["start"] <= first < m["end"] for m in doc.entities):
            continue  # «قادة» or «كل» inside a recognised name
        end = lo + collective_end(doc, folded, lo, words, k)
        kept = group_words([w for w in words[k:] if lo + w.end() <= end])
        return Speaker(None, doc.text[first : lo + kept[-1].end()])
    return None


def group_words(words: list[re.Match]) -> list[re.Match]:
    """A group's words up to the verb or object after it: a plural verb («السكان ضاقوا ذرعا»)
    or an indefinite noun after a definite word («عدد من الخبراء النفطيين حجم الفوائض»: a
    definite noun governs no noun, so the indefinite one is the verb's object)."""
    kept = words[:1]
    for w in words[1:]:
        word = bare(w.group())
        definite = any(bare(k.group()).removeprefix("و").startswith("ال") for k in kept)
        if word.endswith("وا") or (definite and not word.removeprefix("و").startswith("ال")):
            break
        kept.append(w)
    return kept


def sentence_before(text: str, here: int) -> int:
    """Where the sentence before the one starting at `here` starts, passing lines with no
    words between paragraphs; `here` when there is none."""
    start = here
    while start > 1:
        start = sentence_start(text, start - 1, reach=MAX_QUOTE_CHARS)
        if any(c.isalnum() for c in text[start:here]):
            return start
    return here


def group_head(words: list[re.Match], k: int) -> bool:
    """Whether words[k] heads a group of people: a collective head, or a quantifier
    (`QUANTIFIER_HEADS`) and «من» before a plural of people («عدد من الاقتصاديين»)."""
    if is_collective_group(words[k].group()):
        return True
    if k + 2 >= len(words) or bare(words[k].group()) not in word_set("QUANTIFIER_HEADS", "ar"):
        return False
    sized = bare(words[k + 1].group()) in word_set("QUANTIFIER_ADJECTIVES", "ar")
    k += sized  # «عدد كبير من طلاب مرحلة الدكتوراه»: the size between the quantifier and «من»
    if k + 2 >= len(words) or bare(words[k + 1].group()) != "من":
        return False
    people = bare(words[k + 2].group()).removeprefix("و").removeprefix("ال")
    endings = tuple(fold_same_length(e) for e in Q.HUMAN_PLURAL_ENDINGS)  # the folded ye
    return is_collective_group(people) or (len(people) > 4 and people.endswith(endings))


def names_a_group(text: str) -> bool:
    """Whether an Arabic speaker as written names a group: a plural or a collective head."""
    return is_plural_group(text) or is_collective_group(text)


def is_collective_group(text: str) -> bool:
    """Whether an Arabic speaker as written opens with a collective noun or a broken plural of
    people («وفد من أعضاء …», «ائتلاف القوى …», «الطلاب», «ذوو الشهيدين»; `COLLECTIVE_HEADS_57AR`)."""
    words = fold_same_length(text).split()
    return bool(words) and bare(words[0]).removeprefix("ال") in word_set(
        "COLLECTIVE_HEADS_57AR", "ar"
    )


def shares_group_word(group: Speaker, previous: Quote) -> bool:
    """Whether a group read as a plural cue's subject shares a word with the group that spoke
    last («أعضاء الوفد» after «وفد من أعضاء الغرفة …»): the same group, named in full before."""
    said = previous["speaker_text"] or ""
    if not names_a_group(said):
        return False

    def words(text: str) -> set[str]:
        return {bare(w).removeprefix("ال") for w in fold_same_length(text).split()} - {"من", ""}

    return bool(words(group.text or "") & words(said))


COLLECTIVE_SUBJECT_CLAUSES = (
    4  # the clauses read back from the cue: «وقد عبر ذوو …، وحرص …، مثمنين …، وأضافوا»
)
COLLECTIVE_GROUP_WORDS = 5  # «ائتلاف القوى السنية جنوب العراق»: the head and its words


def collective_subject(doc: Document, folded: str, lo: int, at: int) -> Speaker | None:
    """The subject of a plural Arabic cue written as a collective noun or a broken plural of
    people right after the verb opening a clause of its sentence, nearest clause first («وأعرب
    أعضاء الوفد عن إعجابهم …، مؤكدين», «وقد عبر ذوو الشهدين عن …، وأضافوا أن»; quotes57ar):
    the head and the words it governs, up to a preposition, a comma, «أن» or a word carrying
    the group's own pronoun («استنكارهم»); «من» right after the head is kept («وفد من أعضاء
    …»). None otherwise."""
    clauses = [lo] + [lo + m.end() for m in re.finditer(r"[،,]", folded[lo:at])]
    particles = word_set("BEFORE_VERB", "ar") | word_set("CLAUSE_LEAD_WORDS_53AR", "ar")
    stops = word_set("PREPOSITIONS", "ar") | word_set("NOT_SUBJECTS", "ar")
    for start in sorted(set(clauses), reverse=True)[:COLLECTIVE_SUBJECT_CLAUSES]:
        words = list(re.finditer(r"[^\s،,:]+", folded[start:at]))
        k = next((i for i, w in enumerate(words) if bare(w.group()) not in particles), len(words))
        if k + 2 >= len(words) or (
            bare(words[k].group()) in stops and not is_verb_expressed(words, k)
        ):
            continue
        if that_pattern("ar").fullmatch(bare(words[k].group())) or (
            cue_pattern("ar").fullmatch(bare(words[k].group())) and says_that_49(folded, start, at)
        ):
            continue  # a cue of its own or «أن …»: that clause's speaker is read elsewhere
        first = start + words[k + 1].start()
        if not is_collective_group(words[k + 1].group()):
            continue
        if any(m["start"] <= first < m["end"] and m["type"] == "PER" for m in doc.entities):
            continue  # a person's name written as the word («قادة» as a surname)
        return Speaker(
            None, doc.text[first : start + collective_end(doc, folded, start, words, k + 1)]
        )
    return None


def is_verb_expressed(words: list[re.Match], verb: int) -> bool:
    """Whether words[verb] is «عبر» the verb ("expressed"), not the preposition ("via"): «عن»
    follows in its clause («عبر ائتلاف القوى السنية … استنكارهم عن …», «وقد عبر ذوو الشهدين عن
    اعتزازهم»; quotes_dev49b.tsv, quotes_dev45c.tsv)."""
    return bare(words[verb].group()) == "عبر" and any(bare(w.group()) == "عن" for w in words[verb:])


def collective_end(doc: Document, folded: str, start: int, words: list[re.Match], head: int) -> int:
    """Where a collective subject whose head is words[head] ends (`collective_subject`)."""
    stops = word_set("PREPOSITIONS", "ar") | word_set("NOT_SUBJECTS", "ar")
    end = head + 1
    sized = end < len(words) - 2 and bare(words[end].group()) in word_set(
        "QUANTIFIER_ADJECTIVES", "ar"
    )
    end += sized  # «عدد كبير من …»: the size before «من»
    if end < len(words) - 1 and bare(words[end].group()) == "من":
        end += 1  # «وفد من أعضاء …»: what the group is made of
    while end < min(len(words), head + sized + COLLECTIVE_GROUP_WORDS):
        if re.search(r"[،,]", folded[start + words[end - 1].end() : start + words[end].start()]):
            break
        word = bare(words[end].group())
        if word in stops or that_pattern("ar").fullmatch(word) or word.endswith(("هم", "هن")):
            break
        at = start + words[end].start()
        if word.startswith("ب") and not any(m["start"] <= at < m["end"] for m in doc.entities):
            break  # «ويطالب الخبراء بضرورة …»: a phrase of «بـ» is the verb's, not the group's
        end += 1
    return words[end - 1].end()


def nominative_plural_subject(doc: Document, folded: str, lo: int, at: int) -> Speaker | None:
    """The subject of a plural Arabic cue written as a sound masculine plural in «ون» right
    after the verb opening its sentence or one of its last clauses («عزا محللون تراجع
    المؤشر …، مشيرين الى أن», «وهنأ المغردون الشعب اليمني …، مؤكدين أن»; unlabelled
    SaudiNewsNet, quotes47's comparison): «ون» is the nominative, the verb's subject (an object
    would end in «ين»); the word alone, the group as written. None otherwise."""
    clauses = [lo] + [lo + m.end() for m in re.finditer(r"[،,]", folded[lo:at])]
    stops = word_set("PREPOSITIONS", "ar") | word_set("NOT_SUBJECTS", "ar")
    for start in sorted(set(clauses), reverse=True)[:3]:
        words = list(re.finditer(r"[^\s،,:]+", folded[start:at]))
        if len(words) < 3:
            continue
        verb, head = bare(words[0].group()), bare(words[1].group())
        if not verb or verb in stops or any(c.isdigit() for c in verb + head):
            continue
        if that_pattern("ar").fullmatch(verb) or (
            cue_pattern("ar").fullmatch(verb) and says_that_49(folded, start, at)
        ):
            continue  # a cue of its own or «أن …»: that clause's speaker is read elsewhere
        if len(head.removeprefix("ال")) > 4 and head.endswith("ون"):
            if any(m["start"] <= start + words[1].start() < m["end"] for m in doc.entities):
                continue  # a recognised name («زيتون»)
            return Speaker(None, doc.text[start + words[1].start() : start + words[1].end()])
        group = broken_plural_with_adjective_49b(doc, start, words)
        if group:
            return group
    for start in sorted(set(clauses), reverse=True)[:3]:
        group = construct_plural_subject(doc, folded, start, at)
        if group:
            return group
    return None


CONSTRUCT_GROUP_WORDS = 5  # «معارضو اتفاق التجارة الحرة»: the head and what it governs


def construct_plural_subject(doc: Document, folded: str, lo: int, at: int) -> Speaker | None:
    """A sound masculine plural in the construct state right after a clause's opening verb,
    its «ون» cut to «و» before the noun it governs («إلى ذلك تحدث صيادو الروبيان عن …،
    مؤكدين أن», «بينما يدين معارضو اتفاق التجارة الحرة …، لافتين»; quotes_dev45c.tsv,
    quotes_dev47.tsv): the nominative, so the verb's subject, and the group is the head and the
    words it governs up to a preposition or comma; the particles that may open the clause
    before the verb (`BEFORE_VERB`, `CLAUSE_LEAD_WORDS_53AR`) are passed. None otherwise."""
    words = list(re.finditer(r"[^\s،,:]+", folded[lo:at]))
    particles = word_set("BEFORE_VERB", "ar") | word_set("CLAUSE_LEAD_WORDS_53AR", "ar")
    k = next((i for i, w in enumerate(words) if bare(w.group()) not in particles), len(words))
    if k + 2 >= len(words):
        return None
    head = bare(words[k + 1].group())
    if not head.endswith("و") or len(head) < 3 or head in word_set("NAME_PARTICLES_53AR", "ar"):
        return None
    first = lo + words[k + 1].start()
    if is_date_word(head) or any(m["start"] <= first < m["end"] for m in doc.entities):
        return None  # «يوليو», «ماركو»: a month or a name, no plural
    stops = word_set("PREPOSITIONS", "ar") | word_set("NOT_SUBJECTS", "ar")
    end = k + 2
    while end < min(len(words), k + 1 + CONSTRUCT_GROUP_WORDS):
        if bare(words[end].group()) in stops or that_pattern("ar").fullmatch(words[end].group()):
            break
        end += 1
        if re.search(r"[،,]", folded[lo + words[end - 1].end() : lo + words[end - 1].end() + 1]):
            break
    return Speaker(None, doc.text[first : lo + words[end - 1].end()])


def broken_plural_with_adjective_49b(
    doc: Document, start: int, words: list[re.Match]
) -> Speaker | None:
    """A definite Arabic noun and its definite adjective in «ون» right after the verb («وعبر
    الطلبة المتخرجون من برنامج … عن شكرهم …، مشيرين الى انهم»; quotes_dev49b.tsv): a broken
    plural's nominative shows only on its adjective, so the two words are the group."""
    head, adjective = bare(words[1].group()), bare(words[2].group())
    if not (head.startswith("ال") and adjective.startswith("ال") and adjective.endswith("ون")):
        return None
    if len(adjective) <= 6 or any(
        m["start"] <= start + words[1].start() < m["end"] for m in doc.entities
    ):
        return None
    return Speaker(None, doc.text[start + words[1].start() : start + words[2].end()])


def says_that_49(folded: str, lo: int, hi: int) -> bool:
    """Whether an Arabic clause [lo, hi) opened by a speech verb writes «أن»/«إن» after it, so
    the verb has words of its own («وأكدوا أن …»); a verb with a noun for its object («وأكد
    متعاملون في سوق التمور تميز موسم …، مشيرين إلى أنه»; quotes_dev49.tsv) leaves its subject
    to the participle after it."""
    that = that_pattern("ar")
    return bool(that) and any(that.fullmatch(bare(w)) for w in folded[lo:hi].split()[1:])


def written_body(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """A body the recogniser missed, written as the subject right after an Arabic verb: a
    definite kind of organization and the words naming it, up to the subject's end («ونفت
    الإدارة العامة للتعليم بمنطقة المدينة المنورة في بيان …، مشيرة إلى أن»; quotes_dev42.tsv);
    else None."""
    first = folded[lo:hi].split()[:1]
    if not first or not is_definite(first[0]):
        return None
    if strip_article(normalize(first[0]).lower()) not in generic_organizations(doc.lang):
        return None
    written = written_subject(doc.text, folded, lo, hi, doc.lang, True)
    return Speaker(None, written) if written and len(written.split()) > 1 else None


def clause_subject(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """The subject a clause [lo, hi) opens with, or names right after its first word (its
    verb): a person or organization, or a role up to the clause's end; else None."""
    words = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\s،,:]+", folded[lo:hi])]
    if len(words) < 2:
        return None
    for at in (0, 1):  # the clause's first word, else the word after its verb
        if (
            at
            and doc.lang == "ar"
            and bare(folded[slice(*words[0])]) in word_set("SEPARATE_PRONOUNS_47", "ar")
        ):
            break  # «هي المسؤولة عن …»: a pronoun opens it, the word after is its predicate
        start = words[at][0]
        mention = next(
            (m for m in doc.entities if m["start"] in (start, start + 1) and m["end"] <= hi),
            None,
        )
        if at and mention and mention["type"] == "GPE" and len(words) > 2:
            start = words[2][0]  # «علل التونسي جميل بلقاسم»: a nisba before the name
            mention = next(
                (m for m in doc.entities if m["start"] == start and m["type"] == "PER"), mention
            )
        if mention and mention["type"] in ("PER", "ORG") and not is_addressee(doc, mention):
            return mention_speaker(doc, mention)
        if starts_role(folded, start, doc.lang):
            return role_speaker(doc, folded, words[at:])
    return None


BYLINE_DASH = re.compile(r"\s*[-–—]")


def is_byline(text: str, mention: dict) -> bool:
    """Whether a person opens the article as its author ("داليا أبوالعيش – عين اليوم",
    "عبدالله البرقاوي- سبق- الرياض:"): the writer, never a speaker."""
    return (
        mention["type"] == "PER"
        and not text[: mention["start"]].strip()
        and bool(BYLINE_DASH.match(text, mention["end"]))
    )


def nested(found: Found, quoted: list[Found]) -> bool:
    """Whether a quote's cue stands inside another quote's words ("مؤكدا أن الاتصالات … كشفت
    أن …"): what is said there is reported by the outer speaker, who goes on speaking."""
    return found.cue_start is not None and any(
        q is not found and q.start <= found.cue_start < q.end for q in quoted
    )


def outer(out: list[Quote], quoted: list[Found]) -> Quote:
    """The last quote so far whose cue is not inside another quote (the one a participle
    after both goes on from)."""
    starts = {f.start: f for f in quoted}
    kept = [q for q in out if not (q["start"] in starts and nested(starts[q["start"]], quoted))]
    return kept[-1] if kept else out[-1]


def fullest_names(quotes: list[Quote], lang: str = "") -> list[Quote]:
    """Each linked speaker named by the fullest name its quotes give it: a speaker written
    as a part of that name ("الروقي", "محمد بن عبدالرحمن") takes the whole ("محمد بن عبدالرحمن
    الروقي"); a role resolved to a person who is named in another quote («معاون توسعه مدیریت
    … هرمزگان» after «مرتضی رئیسی حسنلنگی … اظهار داشت») is that person's name, the speaker
    being the person; a role no quote names ("المستشار الثقافي") keeps its words."""
    names: dict[str, list[str]] = {}
    for q in quotes:
        if q["speaker"] and q["speaker_text"]:
            names.setdefault(q["speaker"], []).append(q["speaker_text"])
    for q in quotes:
        if not (q["speaker"] and q["speaker_text"]):
            continue
        words = set(name_words(q["speaker_text"]))
        fuller = [n for n in names[q["speaker"]] if words < set(name_words(n))]
        if is_role_text(q["speaker_text"], lang) and q["speaker"].startswith("PER:"):
            fuller = [n for n in names[q["speaker"]] if not is_role_text(n, lang)]
        if fuller:
            q["speaker_text"] = max(fuller, key=len)
    return quotes


SURNAME_WORDS = 2  # «موسوي», «رحيم‌پور ازغدي»: a speaker this short may be a cut name


def with_fuller_mention(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian speaker written as a surname alone («موسوي») where the document named one
    person in full before the quote («محمدعلي موسوي‌مباركه», the surname cut at its ZWNJ by the
    recogniser; quotes_dev56fa.tsv): that fuller mention, when exactly one earlier person's
    name ends with the surname (precision first)."""
    if doc.lang != "fa":
        return quotes
    for q in quotes:
        said = q["speaker_text"] or ""
        if not said or len(said.split()) > SURNAME_WORDS or is_role_text(said, doc.lang):
            continue
        fuller = {
            m["text"]: m
            for m in doc.entities
            if m["type"] == "PER" and m["end"] <= q["start"] and ends_with_name(m["text"], said)
        }
        if len(fuller) == 1:
            mention = next(iter(fuller.values()))
            q["speaker"], q["speaker_text"] = mention["entity"], mention["text"]
    return quotes


def spaced_surname(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian speaker that is the end of a compound surname written with a space («نصر
    اصفهانی تأکید کرد», the recogniser finding «اصفهانی» alone, an organization) where the
    document named one person before the quote with that surname joined («علیرضا نصراصفهانی»;
    quotes_dev60fa.tsv, round quotes60fa): that person, when exactly one earlier person's last
    name is the two words joined and the spaced form is written before the quote."""
    if doc.lang != "fa":
        return quotes
    folded = fold_same_length(doc.text)
    for q in quotes:
        said = fold_same_length(q["speaker_text"] or "")
        if not said or len(said.split()) != 1 or (q["speaker"] or "").startswith("PER:"):
            continue
        fuller = {}
        for m in doc.entities:
            last = fold_same_length(m["text"]).split()[-1:] if m["type"] == "PER" else []
            head = last[0][: -len(said)] if last and last[0].endswith(said) else ""
            spaced = rf"(?<!\w){re.escape(head)}\s{re.escape(said)}(?!\w)"
            if (
                m["end"] <= q["start"]
                and len(head) >= 2
                and re.search(spaced, folded[: q["start"]])
            ):
                fuller[m["text"]] = m
        if len(fuller) == 1:
            mention = next(iter(fuller.values()))
            q["speaker"], q["speaker_text"] = mention["entity"], mention["text"]
    return quotes


def name_letters(text: str) -> str:
    """A name or word folded (ي/ی, ك/ک) with its spaces and half-spaces (ZWNJ) dropped («بند
    علیان» = «بندعلیان», «نیکبخش» = «نیک‌بخش»)."""
    return re.sub(r"[\s\u200c]+", "", fold_same_length(text))


def first_spelling_of_name(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian speaker whose name the article also writes with its words spaced otherwise
    («علی بند علیان» in the lead, «علی بندعلیان افزود» later; quotes_dev76fa.tsv), which the
    linker keeps as two people: the person as first written, so every quote of one speaker
    names one person. Only a full name (two words or more as first written)."""
    if doc.lang != "fa":
        return quotes
    first: dict[str, dict] = {}
    for m in sorted(doc.entities, key=lambda m: m["start"]):
        if m["type"] == "PER" and len(m["text"].split()) >= 2:
            first.setdefault(name_letters(m["text"]), m)
    for q in quotes:
        if not (q["speaker"] or "").startswith("PER:"):
            continue
        mention = first.get(name_letters(q["speaker_text"] or ""))
        if mention and mention["entity"] != q["speaker"]:
            q["speaker"], q["speaker_text"] = mention["entity"], mention["text"]
    return quotes


def half_spaced_surname(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A Persian one-word speaker the recogniser found no person for, written without the
    half-space (ZWNJ) of the surname of one person named before the quote, or with one it
    lacks («نیکبخش … گفت» after «امیرعلی نیک‌بخش امروز … اظهار کرد»; quotes_dev68fa.tsv): that
    person, when exactly one earlier person's last word is the speaker's letters."""
    if doc.lang != "fa":
        return quotes
    for q in quotes:
        said = (q["speaker_text"] or "").strip()
        if not said or " " in said or (q["speaker"] or "").startswith("PER:"):
            continue
        people = {
            m["entity"]: m
            for m in doc.entities
            if m["type"] == "PER"
            and m["end"] <= q["start"]
            and len(m["text"].split()) > 1
            and m["text"].split()[-1] != said  # the ZWNJ (a Python non-space) differs
            and name_letters(m["text"].split()[-1]) == name_letters(said)
        }
        if len(people) == 1:
            mention = next(iter(people.values()))
            q["speaker"], q["speaker_text"] = mention["entity"], mention["text"]
    return quotes


def with_sayyid_written(doc: Document, quote: Quote) -> Quote:
    """A Persian speaker that is a person's name as the recogniser found it, written right after
    a separate «سیده» or «سید» the tagger left out (`SAYYID_WORDS_68FA`: «سیده [فاطمه موسوی]»;
    quotes_dev68fa.tsv): the name with that word, as the quote sets write it."""
    said = quote["speaker_text"] or ""
    if doc.lang != "fa" or not (quote["speaker"] or "").startswith("PER:") or not said:
        return quote
    words = "|".join(re.escape(w) for w in word_set("SAYYID_WORDS_68FA", "fa"))
    folded = fold_same_length(doc.text)
    for m in doc.entities:
        if m["entity"] != quote["speaker"] or m["text"] != said:
            continue
        if re.search(rf"(?<!\w)(?:{words}) $", folded[max(0, m["start"] - 8) : m["start"]]):
            word = doc.text[: m["start"]].split()[-1]
            quote["speaker_text"] = f"{word} {said}"
            break
    return quote


MARKS_AROUND_NAME = ('"«“', '"»”')  # a name the writer set in marks: «"سعد عبود"»


def marked_full_name(doc: Document, quote: Quote) -> Quote:
    """A Persian speaker that is a person's surname alone («عبود») where the article named one
    person in full, in marks, before the quote («"سعد عبود"در گفت‌وگو با …», which the
    recogniser types as a work or event, MISC; quotes_dev80fa.tsv): that marked name as written,
    the speaker's entity kept. Only when exactly one earlier mention in marks, of two to four
    words, ends with the surname and is not a role or a common word."""
    said = quote["speaker_text"] or ""
    if (
        doc.lang != "fa"
        or not (quote["speaker"] or "").startswith("PER:")
        or len(said.split()) != 1
    ):
        return quote
    opening, closing = MARKS_AROUND_NAME
    fuller = {
        m["text"]
        for m in doc.entities
        if m["type"] == "MISC"
        and m["end"] <= quote["start"]
        and 2 <= len(m["text"].split()) <= 4
        and doc.text[m["start"] - 1 : m["start"]] in tuple(opening)
        and doc.text[m["end"] : m["end"] + 1] in tuple(closing)
        and fold_same_length(m["text"].split()[-1]) == fold_same_length(said)
        and not is_role_text(m["text"], doc.lang)
    }
    if len(fuller) == 1:
        quote["speaker_text"] = next(iter(fuller))
    return quote


ACCORDING_TO_NO_COMMA = re.compile(r"(?<!\w)به\s+(?:گفته|نظر|باور|اعتقاد)\s*$")
SOURCE_WORDS_SPAN = 60  # characters after «به گفته» where the source it names is written


def source_without_comma(doc: Document, quote: Quote) -> Quote:
    """A Persian quote read from «به گفته X …» with no comma closing X, X unnamed people («به
    گفته برخي از ديپلمات‌ها ميزان خلوص … لازم است»; `NOT_ONE_PERSON_47`; quotes_dev80fa.tsv):
    the verb «گفته» was taken as a cue with no subject and the quote given to the last speaker,
    whom such a source never is. No speaker then, unless it is written in the words right after
    the marker («به گفته وي», «به گفته پسندیده» keep theirs)."""
    said = quote["speaker_text"] or ""
    before = fold_same_length(doc.text[max(0, quote["start"] - 30) : quote["start"]])
    if doc.lang != "fa" or not said or not ACCORDING_TO_NO_COMMA.search(before):
        return quote
    after = fold_same_length(doc.text[quote["start"] : quote["start"] + SOURCE_WORDS_SPAN])
    first = bare(after.split()[0]) if after.split() else ""
    if first not in word_set("NOT_ONE_PERSON_47", doc.lang) or fold_same_length(said) in after:
        return quote
    quote["speaker"] = quote["speaker_text"] = None
    return quote


def without_age_number(doc: Document, quote: Quote) -> Quote:
    """A Persian speaker the recogniser ran into the age after the name («متهمان امیر 19 ساله و
    حسین 19 ساله»: «حسین 19»; quotes_dev80fa.tsv): the name without the number."""
    words = (quote["speaker_text"] or "").split()
    person = (quote["speaker"] or "").startswith("PER:")
    if doc.lang == "fa" and person and len(words) >= 2 and words[-1].isdigit():
        quote["speaker_text"] = " ".join(words[:-1])
    return quote


def without_rank_title(doc: Document, quote: Quote) -> Quote:
    """A Persian speaker written with the rank or title before the name («امیرخلبان عزیز
    نصیرزاده», «مولوي عبدالعزيز»; `Q.RANK_TITLES` and roles.tsv's titles; quotes_dev80fa.tsv,
    quotes_dev74fa.tsv): the name alone, as the quote sets write it. Kept as written when the
    speaker is no person the recogniser found, when a role follows the title, or a common word
    the recogniser did not take into a person's name with the title («عزیز» is "dear" too)."""
    said = quote["speaker_text"] or ""
    if doc.lang != "fa" or not said:
        return quote
    title = title_pattern(doc.lang).match(fold_same_length(said))
    rest = said[title.end() :].strip(" \u200c\u200e\u200f") if title else ""
    words = rest.split()
    person = (quote["speaker"] or "").startswith("PER:")
    named = person and any(
        m["entity"] == quote["speaker"] and m["text"] == said for m in doc.entities
    )
    if (
        not words
        or words[0].startswith("و")  # «حجت‌الاسلام و‌المسلمين …»: the title goes on
        or (is_common(words[0], doc.lang) and not named)
        or starts_role(fold_same_length(rest), 0, doc.lang)
        or not person  # «ستوان می‌ایستد رو»: a rank and the words after it, no name
    ):
        return quote
    quote["speaker_text"] = rest
    return quote


OVERLAP_WORDS_58FA = 2  # «حسيني قلعه» shared by «مير محمد حسيني قلعه» and «حسيني قلعه جوق»


def joined_cut_names(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """Two Persian speakers that are the two ends of one name the recogniser cut differently
    («مير محمد حسيني قلعه» in the lead, «حسيني قلعه جوق» later, of «مير محمد حسيني قلعه جوق،»;
    quotes_dev53fa.tsv): when the end of one is the start of the other (two words or more) and
    the joined name is written in the text, each takes the joined name."""
    if doc.lang != "fa":
        return quotes
    folded = fold_same_length(doc.text)
    said = {q["speaker_text"] for q in quotes if q["speaker_text"]}
    joined: dict[str, str] = {}
    for head, tail in itertools.permutations(said, 2):
        name = overlapping_name_58fa(head, tail)
        if name and re.search(rf"(?<!\w){re.escape(fold_same_length(name))}(?!\w)", folded):
            joined[head] = joined[tail] = name
    for q in quotes:
        q["speaker_text"] = joined.get(q["speaker_text"], q["speaker_text"])
    return quotes


def overlapping_name_58fa(head: str, tail: str) -> str | None:
    """`head` and `tail` joined where the end of one is the start of the other, or None."""
    a, b = head.split(), tail.split()
    for k in range(min(len(a), len(b)) - 1, OVERLAP_WORDS_58FA - 1, -1):
        if [fold_same_length(w) for w in a[-k:]] == [fold_same_length(w) for w in b[:k]]:
            return " ".join(a + b[k:])
    return None


def ends_with_name(full: str, said: str) -> bool:
    """Whether a longer name ends with the words of `said`, its last word whole or cut at a ZWNJ
    of the full name's last word («موسوي» in «محمدعلي موسوي‌مباركه»)."""
    full_words, said_words = full.split(), said.split()
    if len(full_words) < len(said_words):
        return False
    tail = full_words[-len(said_words) :]
    head_same = [fold_same_length(w) for w in tail[:-1]] == [
        fold_same_length(w) for w in said_words[:-1]
    ]
    last, cut = fold_same_length(tail[-1]), fold_same_length(said_words[-1])
    # as many words, the last cut at its ZWNJ: «ابراهیم حیدری» of «ابراهیم حیدری‌جناسمی»
    # (quotes_dev60fa.tsv, round quotes60fa), a given name added to the cut surname
    longer = len(full_words) > len(said_words) and last == cut
    return head_same and (longer or last.startswith(cut + " "))  # the ZWNJ folds to a space


def name_words(text: str) -> list[str]:
    """A name's words as compared within a document: normalized, the Arabic article dropped."""
    return [strip_article(w) for w in normalize(text).lower().split() if bare(w)]


def last_speaker_surname(doc: Document, speaker: Speaker, last: Speaker) -> Speaker | None:
    """An Arabic surname alone («وأوضح الغلول») that ends the full name of the person who spoke
    last («وقال المواطن محمد الغلول … وأضاف …»): that person, even when the recogniser linked
    the surname to another bearer named earlier (the patient «عبدالعزيز فهد الغلول»); None
    otherwise."""
    said = (speaker.text or "").strip()
    if (
        doc.lang != "ar"
        or not said
        or len(said.split()) != 1
        or not (last.entity or "").startswith("PER")
        or speaker.entity == last.entity
        or len((last.text or "").split()) < 2
    ):
        return None
    return last if fold_same_length(last.text.split()[-1]) == fold_same_length(said) else None


MEMBER_BODY_WORDS = 6  # «مسؤول في المديرية العامة للجوازات»: the body's words at most


def source_of_a_body(doc: Document, folded: str, found: Found, speaker: Speaker) -> Speaker | None:
    """An Arabic unnamed source written with the body it belongs to right after the verb
    («قال … مسؤول في المديرية العامة للجوازات إن», «قال مصدر مسؤول في الاتحاد الآسيوي إن»;
    `MEMBER_SOURCES`): the whole phrase as a role, when the speaker found is its head word
    alone or the body inside it; None otherwise."""
    if doc.lang != "ar" or found.cue_end is None or found.start <= found.cue_end:
        return None
    sources = word_set("MEMBER_SOURCES", "ar")
    joining = word_set("SOURCE_JOINING", "ar")
    words = list(re.finditer(r"\S+", folded[found.cue_end : found.start]))
    for k, m in enumerate(words[:-2]):
        if bare(m.group()) not in sources:
            continue
        if not all(told(w.group(), "ar") or w.group()[:1] in '«"“' for w in words[:k]):
            return None  # «وقال الوزير … مع مسؤول في …»: the source is not the subject
        at = k + 1
        if bare(words[at].group()) not in joining:
            at += 1  # one adjective: «مصدر مسؤول في», «مصدر مطلع في»
        if at >= len(words) - 1 or words[at].group() not in joining:
            return None
        body = source_body(doc, folded, found.cue_end, words[at + 1 :])
        if not body:
            return None
        body = place_complement_end(doc, body)
        lo = found.cue_end + m.start()
        head = fold_same_length(doc.text[lo : found.cue_end + words[at - 1].end()])
        said = fold_same_length(speaker.text or "")
        inside = speaker.text and said in fold_same_length(doc.text[lo:body])
        if said != head and not (inside and speaker.entity) and speaker.text:
            return None
        return Speaker(None, doc.text[lo:body].strip('،,: «»"“”'), role=True)
    return None


_SOURCE_BEFORE = re.compile(r"(\S+)\s+(?:(\S+)\s+)?(\S+)\s+$")


def source_before_body(doc: Document, folded: str, speaker: Speaker, at: int) -> Speaker | None:
    """An Arabic organization carried as the speaker whose last mention before `at` is the
    body of an unnamed source («أوضح ل"دنيا الرياضة" مصدر مسؤول في الاتحاد الآسيوي عن …،
    وقال: "…"»): the source as written up to the body's end; None otherwise. `at` is the cue
    (the quote when it has none): a source after the verb («وجاء في بيان … واكدته مصادر من
    طالبان، ان …») is not its subject."""
    if doc.lang != "ar" or not (speaker.entity or "").startswith("ORG"):
        return None
    paragraph = folded.rfind("\n", 0, at) + 1
    for body in reversed(doc.entities):
        if body["entity"] != speaker.entity or not paragraph <= body["start"] < body["end"] <= at:
            continue
        lo = source_head(folded, body["start"])
        if lo is not None:
            return Speaker(None, doc.text[lo : body["end"]], role=True)
    return None


def source_head(folded: str, at: int) -> int | None:
    """Where an unnamed source («مصدر مسؤول في», «مسؤول من») right before `at` begins."""
    before = _SOURCE_BEFORE.search(folded, max(0, at - 40), at)
    joining = word_set("SOURCE_JOINING", "ar")
    if not before or bare(before.group(3)) not in joining:
        return None
    sources = word_set("MEMBER_SOURCES", "ar")
    if bare(before.group(1)) in sources and before.group(2):
        return before.start(1)  # «مصدر مسؤول في الاتحاد»
    if bare(before.group(2) or "") in sources:
        return before.start(2)  # «مصدر في الاتحاد»
    return None


def source_body(doc: Document, folded: str, base: int, words: list[re.Match]) -> int | None:
    """Where the body after a source's preposition ends (`source_of_a_body`): before a
    complementizer, a preposition or time word, a told phrase or a quote mark, at a comma;
    None when it is no definite or recognised name or runs on past `MEMBER_BODY_WORDS`."""
    that = that_pattern("ar")
    stops = word_set("SUBJECT_ENDS", "ar") | word_set("PREPOSITIONS", "ar")
    first = base + words[0].start() if words else 0
    named = any(m["start"] == first and m["type"] != "PER" for m in doc.entities)
    if not words or not (is_definite(words[0].group()) or named):
        return None
    named_end = max(
        (m["end"] for m in doc.entities if m["start"] == first and m["type"] != "PER"), default=0
    )
    end = None
    for k, m in enumerate(words):
        word = m.group()
        if k and (
            (that and that.fullmatch(word))
            or bare(word) in stops
            or told(word, "ar")
            or word[:1] in '«"“'
            or is_date_word(word)
            or not (is_definite(word) or base + m.end() <= named_end)
        ):
            break  # «مصادر طبية في عدن ارتفاع حصيلة …»: the object, no part of the body
        if k >= MEMBER_BODY_WORDS:
            return None
        end = base + m.start() + len(word.rstrip("،,:."))
        if word[-1:] in "،,:.":
            break
    return end


def source_taken_up(
    doc: Document, folded: str, speaker: Speaker, out: list[Quote], at: int
) -> Speaker | None:
    """An Arabic source written definite with nothing after it («وقال المسؤول», «وأشار
    المصدر»; `SOURCE_ANAPHORS`) whose indefinite word opened an earlier quote's described
    speaker («مسؤول في المديرية العامة للجوازات»), else the nearest earlier phrase of that
    word with the body it belongs to («حسبما قال مسؤول في الشركة الهندية لوكالة …»): that
    source; else None."""
    written = (speaker.text or "").split()
    if len(written) == 2 and written[1] in word_set("SAME_WORDS", doc.lang):
        written = written[:1]  # «وقال المسؤول ذاته»: the official again
    indefinite = Q.SOURCE_ANAPHORS.get(doc.lang, {}).get(" ".join(written))
    if speaker.entity or not indefinite:
        return None
    for q in reversed(out):
        said = q["speaker_text"] or ""
        if (said == indefinite or said.startswith(indefinite + " ")) and not q["speaker"]:
            return Speaker(None, said, role=True)
    synonym = speaker_of_synonym_53ar(doc, " ".join(written), out)
    if synonym:
        return synonym  # «الباحثون» after «قال العلماء»: the same scientists
    word = re.escape(fold_same_length(indefinite))
    joining = "|".join(word_set("SOURCE_JOINING", "ar"))
    phrases = re.finditer(rf"(?<!\w){word}(?:\s+\S+)?\s+(?:{joining})\s+", folded[:at])
    for m in reversed(list(phrases)):
        words = list(re.finditer(r"\S+", folded[m.end() : at]))
        end = source_body(doc, folded, m.end(), words)
        if end:
            end = place_complement_end(doc, end)
            return Speaker(None, doc.text[m.start() : end].strip('،,: «»"“”'), role=True)
    return None


def speaker_of_synonym_53ar(doc: Document, written: str, out: list[Quote]) -> Speaker | None:
    """The last unnamed speaker an Arabic definite source's synonym opens («العلماء» for
    «الباحثون»; `SOURCE_SYNONYMS_53AR`), else None."""
    synonyms = Q.SOURCE_SYNONYMS_53AR.get(doc.lang, {}).get(written, [])
    for q in reversed(out):
        said = q["speaker_text"] or ""
        if not q["speaker"] and any(said == s or said.startswith(s + " ") for s in synonyms):
            return Speaker(None, said, role=True)
    return None


def documents_by_publisher(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """Quotes whose speaker is a report or documents with the body that issued them
    (`document_publisher`), once the definite ones («وتابعت الوثائق») have taken up the first."""
    for q in quotes:
        if q["speaker"] is None:
            publisher = document_publisher(doc, Speaker(None, q["speaker_text"]))
            q["speaker_text"] = publisher.text if publisher else q["speaker_text"]
    return quotes


def document_publisher(doc: Document, speaker: Speaker) -> Speaker | None:
    """The body that issued an Arabic report or documents written as the speaker («كشف تقرير
    أصدرته رابطة طاقة الرياح الأوروبية أن», «وبحسب التقرير السنوي لمركز الأبحاث المشتركة
    …، فإن», «كشفت وثائق نشرها موقع ويكيليكس»; quotes_dev44.tsv): a body's report speaks for
    it, as its statement does (`body_of_statement`); the body as written; else None."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or speaker.entity or len(words) < 3:
        return None
    if bare(fold_same_length(words[0])) not in word_set("DOCUMENT_WORDS", "ar"):
        return None
    issuing = word_set("ISSUING_VERBS", "ar")
    for k, word in enumerate(words[1:3], start=1):
        folded = bare(fold_same_length(word))
        if folded in issuing and k + 1 < len(words):
            return Speaker(None, " ".join(words[k + 1 :]), role=True)
        if folded.startswith("ل") and not folded.startswith("ال"):
            rest = " ".join([word[1:], *words[k + 1 :]])
            return Speaker(None, rest, role=True) if not told(word, "ar") else None
    return None


ISSUER_REACH = 80  # «التقرير الأسبوعي للبورصة المصرية»: the noun's adjectives, then its issuer
REPORT_OF_SPEAKER_CHARS = 200  # «وأشارت الوزارة في تقريرها الصادر مؤخرا عن عمل المرأة، إلى أن»
ISSUER_WRITTEN_WORDS = 4
ISSUER_ADJECTIVES = 2
# a definite word of a noun phrase: not «إلى», «إلا» or a relative, which start as «ال» does
DEFINITE_WORD = r"\s+(?!(?:الی|الا|الذی|التی|الذین|اللذین|اللتین)(?!\w))ال\w+"


def documents_by_issuer(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """Arabic quotes whose speaker is a bare document noun («وأوضح التقرير أن», «وأكدت الدراسة
    أن», «وحسب إحصائية ل "معلومات مباشر"»; quotes_dev46.tsv) given to the body the article
    says issued it (`document_issuer`); the others, and documents no issuer is written for,
    unchanged."""
    if doc.lang != "ar":
        return quotes
    folded = fold_same_length(doc.text)
    for q in quotes:
        stem = issued_document_stem(q["speaker_text"]) if not q["speaker"] else None
        issuer = document_issuer(doc, stem, q["start"], quotes) if stem else None
        if not q["speaker"] and not stem:
            issuer = issuer_written_with(doc, folded, q)
        if issuer:
            q["speaker"], q["speaker_text"] = issuer.entity, issuer.text
    return quotes


def issuer_written_with(doc: Document, folded: str, quote: Quote) -> Speaker | None:
    """The issuer a document speaker writes after its noun («وقال تقرير صادر عن الرئاسة العامة
    للأرصاد وحماية البيئة: "…"», «وكشفت دراسة حديثة أجرتها الهيئة العليا لتطوير منطقة الرياض
    أن»; quotes46's comparison on unlabelled SaudiNewsNet articles), as `issuer_after` reads
    it after a bare one; else None."""
    said = quote["speaker_text"] or ""
    words = fold_same_length(said).split()
    noun = bare(words[0]) if len(words) >= 3 else ""
    if (noun[2:] if noun.startswith("ال") else noun) not in word_set("ISSUED_DOCUMENTS", "ar"):
        return None
    at = doc.text.rfind(said, 0, quote["start"])
    found = at >= 0 and issuer_after(doc, folded, at + len(words[0]), at + len(said) + 1)
    return found or issuer_as_written(said)


@cache
def issuing_words() -> frozenset[str]:
    """The folded words joining an Arabic document to its issuer (`ISSUING_VERBS`,
    `ISSUED_BY`: «صادر عن», «أصدره», «أجرتها»)."""
    return word_set("ISSUING_VERBS", "ar") | word_set("ISSUED_BY", "ar")


def issuer_as_written(said: str) -> Speaker | None:
    """The words after the joining word of a document speaker («تقرير صادر عن الرئاسة العامة
    …» → «الرئاسة العامة …»), when they are a definite noun phrase of two words or more."""
    written, words = said.split(), fold_same_length(said).split()
    linked = issuing_words()
    for k in range(1, min(len(words), ISSUER_ADJECTIVES + 2)):
        if bare(words[k]) not in linked:
            continue
        rest = k + 2 if k + 1 < len(words) and words[k + 1] == "عن" else k + 1
        if len(words) - rest >= 2 and words[rest].startswith("ال"):
            return Speaker(None, " ".join(written[rest:]))
        return None
    return None


def issued_document_stem(text: str | None) -> str | None:
    """The folded noun of a speaker written as a document («التقرير», «الدراسة», «إحصائية»),
    with at most one adjective after it; else None."""
    words = fold_same_length(text or "").split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and not words[1].startswith("ال")):
        return None
    noun = bare(words[0])
    stem = noun[2:] if noun.startswith("ال") else noun
    return stem if stem in word_set("ISSUED_DOCUMENTS", "ar") else None


def document_issuer(doc: Document, stem: str, before: int, quotes: list[Quote]) -> Speaker | None:
    """The body that issued the document `stem` names, from the nearest mention of it before
    `before` that says whose it is: «تقرير صادر عن X», «التقرير الذي أصدره X», «دراسة اعدها X»,
    «التقرير الأسبوعي لX», «إحصائية "X"», «تقرير X» (a name the recogniser found), or «X …
    في تقريرها …، إلى أن» (the speaker of that sentence's quote); None when no mention says."""
    folded = fold_same_length(doc.text)
    forms = [stem] + ([stem[:-1] + "ت"] if stem.endswith("ه") else [])
    pattern = rf"(?<!\w)(?:[وفبل]?(ال)?|لل)(?:{'|'.join(forms)})(ه|ها)?(?!\w)"
    for m in reversed(list(re.finditer(pattern, folded[:before]))):
        issuer = speaker_of_report_sentence(doc, folded, m, quotes)
        if not issuer and not m.group(2):
            issuer = issuer_after(doc, folded, m.end(), before)
        if not issuer and not m.group(1) and not m.group(2):
            issuer = issuer_in_construct(doc, m.end(), before)
        if issuer:
            return issuer
    return None


def issuer_in_construct(doc: Document, at: int, before: int) -> Speaker | None:
    """«تقرير مؤسسة النقد», «وأشار تقرير ديوان المراقبة»: the organization or person the
    recogniser found right after an indefinite document noun ending at `at`; else None."""
    for m in doc.entities:
        if m["start"] == at + 1 and m["type"] in ("ORG", "PER") and m["end"] <= before:
            return mention_speaker(doc, m)
    return None


def speaker_of_report_sentence(
    doc: Document, folded: str, mention: re.Match, quotes: list[Quote]
) -> Speaker | None:
    """«وأشارت الوزارة في تقريرها …، إلى أن», «الخطوط القطرية أوضحت في التقرير الذي قدمته …»:
    the speaker of the quote that the sentence with the document after «في» opens, when it is
    a named body or person."""
    into = fold_same_length("في")
    if not re.search(rf"(?<!\w){into}\s*$", folded[max(0, mention.start() - 4) : mention.start()]):
        return None
    opening = folded[sentence_start(doc.text, mention.start()) : mention.start()]
    if any(fold_same_length(m) in opening for m in Q.SOURCE_MARKERS["ar"]):
        return None  # «ووفقا لوكالة الأنباء القطرية "قنا"، فإن الخطوط القطرية أوضحت في التقرير»
    for q in quotes:
        gap = folded[mention.end() : q["start"]]
        if 0 <= q["start"] - mention.end() <= REPORT_OF_SPEAKER_CHARS and "." not in gap:
            if issued_document_stem(q["speaker_text"]) or not q["speaker_text"]:
                return None
            return Speaker(q["speaker"], q["speaker_text"])
    return None


def issuer_after(doc: Document, folded: str, at: int, before: int) -> Speaker | None:
    """The issuer written right after a document noun ending at `at` (up to two adjectives
    first): an organization or person the recogniser found there, or a name in marks, or a
    definite noun phrase of two words or more after «لل» («للبورصة المصرية»); else None."""
    rest = folded[at : min(before, at + ISSUER_REACH)]
    linked = issuing_words()
    for adjectives in range(ISSUER_ADJECTIVES + 1):
        lead = re.match(rf"(?:{DEFINITE_WORD}){{{adjectives}}}", rest)
        if not lead:
            return None
        issuer = issuer_joined(doc, folded, at + lead.end(), before, linked)
        if issuer:
            return issuer
    return None


def issuer_joined(
    doc: Document, folded: str, at: int, before: int, linked: frozenset[str]
) -> Speaker | None:
    """The issuer after a joining word at `at` («صادر عن», «الذي أصدره», «ل»), or a name in
    marks right after it; else None."""
    joined = re.match(
        r"\s+(ل)ـ?\s*|\s+(?:(?:الذی|التی)\s+)?(\w+)(?:\s+عن)?\s+|\s+(?=[\"«“])",
        folded[at:before],
    )
    if not joined or (joined.group(2) and joined.group(2) not in linked):
        return None
    start = at + joined.end()
    for m in doc.entities:
        if start <= m["start"] <= start + 2 and m["type"] in ("ORG", "PER") and m["end"] <= before:
            return mention_speaker(doc, m)
    marked = re.match(r"[\"«“]([^\"»”]{2,40})[\"»”]", doc.text[start:before])
    if marked and len(marked.group(1).split()) <= ISSUER_WRITTEN_WORDS:
        return Speaker(None, marked.group(1).strip())
    if joined.group(1) and folded[start - 1 : start + 1] == "لل":
        words = re.match(rf"ل\w+(?:{DEFINITE_WORD}){{1,3}}", folded[start:before])
        if words:
            return Speaker(None, "ا" + doc.text[start : start + words.end()])
    return None


def place_complement_end(doc: Document, end: int) -> int:
    """Where an Arabic source's body ends with the place after it («مصدر في اللجنة المحلية
    للانتخابات البلدية بمنطقة الباحة أنه», «مسؤول الإعلام في الاتحاد الوطني الكردستاني
    بنينوى ،»; quotes_dev44.tsv): after the place (`place_after`) when only a complementizer
    or a punctuation mark follows it, the subject's end; else `end` unchanged."""
    place = place_after(doc, end)
    if not place:
        return end
    after = re.match(r"\s*(?:[،,:.]|(\w+))", doc.text[place["end"] : place["end"] + 20])
    that = that_pattern(doc.lang)
    if after and (
        after.group(1) is None or (that and that.fullmatch(bare(fold_same_length(after.group(1)))))
    ):
        return place["end"]
    return end


def linked_speaker(
    doc: Document, speaker: Speaker, at: int, earlier: list[dict], last: Speaker
) -> Speaker:
    """A speaker as one of the document's entities: a date or a fragment is no speaker; a
    bare first name, surname or the head of a name ("وأشار حامد", "وقال الصندوق", "بلازی")
    takes the key and name of the one longer person or organization of the document (or
    speaker of an `earlier` quote) it shortens, so that the speaker is the entity, not the
    words as written; a role or a phrase naming none stays as written."""
    if not speaker.text:
        return speaker
    marked = name_marked_after(doc, speaker, at)
    if marked:
        return marked  # "وكالة الإغاثة الخاصة "أوكسفام"": the name in marks
    first, _, rest = speaker.text.partition(" ")
    if rest and not speaker.entity and first.lower() in word_set("LEADING_CONJUNCTIONS", doc.lang):
        speaker = Speaker(None, rest, speaker.role)  # "But Pence"
    speaker = without_preposition(doc, speaker)  # "ووفقا لكاهيل": كاهيل
    speaker = without_joined_witnesses(doc, speaker, at, earlier)  # «المرصد وشهود»: المرصد
    role = speaker.role or held_role(doc, speaker)
    if is_date_word(speaker.text or "") or is_fragment(speaker.text or "", doc.lang, role):
        return Speaker(None, None)
    named = name_after_role(doc, speaker)
    if named:
        return named  # "نائب رئيس «ياهو» لشؤون …، سايمن خلف"
    namesake = nearest_namesake(doc, speaker, at, earlier) if doc.lang == "fa" else None
    if namesake:
        return namesake  # «پلاسکو» after «جوئل پلاسکو» spoke: not «لینسی پلاسکو», his wife
    own = own_full_name(doc, speaker)
    if own:
        return own  # "وكتب سميث", linked to «ويل سميث»: not «جادا بينكت سميث», his wife
    longer = organization_cut_short(doc, speaker, at) or organization_named_before(doc, speaker, at)
    if longer:
        return longer  # "مانشستر" recognised, "مانشستر سيتي" written each time
    longer = name_split_in_two(doc, speaker) or longer_written_name(doc, speaker, at, earlier)
    if longer:
        return longer  # «نادي وست» + «بروميتش البيون»: one club
    described = source_described_before(doc, speaker, at)
    if described:
        return described  # «المصادر» of «مصادر مطلعة»
    described = sole_person_of_kind(doc, speaker, at)
    if described:
        return mention_speaker(doc, described)  # «وقالت الفنانة» of «المطربة … آمال ماهر»
    described = epithet_before_name_55ar(doc, speaker, at)
    if described:
        return mention_speaker(doc, described)  # «النجم المصري» of «للنجم المصري محمد صلاح»
    holder = press_office_head(doc, speaker, at) if not speaker.entity else None
    if holder:
        return mention_speaker(doc, holder)  # «به نقل از روابط عمومی اداره‌کل X؛ محمد …»
    holder = role_holder_named_with_it(doc, speaker, at) if not speaker.entity else None
    if holder:
        return mention_speaker(doc, holder)  # «کارشناس هواشناسی استان، بیان داشت»
    # «سرمربی بوریرام» of «… سرمربی جدید تیم فوتبال بوریرام»
    holder = role_holder_apposed_48(doc, speaker, at)
    if holder:
        return mention_speaker(doc, holder)
    if speaker.role:
        return speaker
    titled = titled_name(doc, speaker)
    if titled:
        return Speaker(speaker.entity, titled)  # "الحلي" of "د. سفر الحلي"
    mention = shortened_name(doc, speaker, at, earlier) or completed_name(doc, speaker)
    if mention:
        # «احمدي» → «احمدي لاشكي», itself the surname of «محمود احمدي لاشكي»
        return replace(mention_speaker(doc, mention), text=mention["text"])
    given = (
        given_name_before(doc, speaker)
        or given_name_of_common_word(doc, speaker)
        or given_name_after_clitic_49(doc, speaker)
    )
    if given:
        return Speaker(speaker.entity, given)  # "كنافو" of "الطبيبة البيطرية ايمي كنافو"
    marked = name_in_marks(doc.text, speaker.text) if unlinked(speaker.entity) else None
    if marked:
        return Speaker(speaker.entity, marked)  # «جان کیریاکو» … "کیریاکو تصریح کرد"
    latin = latin_name(doc, speaker)
    if latin:
        return Speaker(speaker.entity, latin)  # "Kit Harington …" … "Kit در گفتگو … گفت"
    cut = name_cut_short(doc, speaker) or surname_before_time(doc, speaker)
    if cut:
        return Speaker(speaker.entity, cut)  # "محمد بن عبدالرحمن الروقي" … "وبين الروقي"
    variant = spelled_otherwise(doc, speaker)
    if variant:
        return variant  # «حسن نوروي» … «نوروزي تصريح كرد»: the same man, spelled two ways
    body = body_of_statement(doc, speaker, at, last)
    if body:
        return body  # "وأوضح بيان للوزارة": the ministry named before
    kind = organization_kind(speaker.text, doc.lang)
    named = kind and organization_of_kind(doc, kind, at)
    if named:
        return Speaker(named["entity"], named["text"])
    written = kind and len(name_words(speaker.text)) == 1 and organization_written(doc, kind, at)
    if written:
        return Speaker(None, written)  # "المديرية" of "المديرية العامة للدفاع المدني"
    holder = role_holder_named_before(doc, speaker, at) if not speaker.entity else None
    if holder:
        return mention_speaker(doc, holder)  # "وكشف مدير التخطيط والتطوير بتعليم الرياض"
    if not speaker.entity and last_holds_country_role(doc, speaker, last, at):
        return last  # «وأضاف الوزير الكويتي:» after the Kuwaiti minister of state spoke
    holder = sole_holder_of_head(doc, speaker, at) if not speaker.entity else None
    if holder:
        return mention_speaker(doc, holder)  # «وقال كاتب التقرير» … «للكاتب توني باترسرن»
    if (
        not speaker.entity
        and definite_role(speaker.text, doc.lang)
        and holds_role(speaker.text, last, doc)
    ):
        return Speaker(last.entity, speaker.text)  # "واشار المستشار الثقافي": who spoke last
    return speaker


def issuer_of_document(doc: Document, folded: str, found: Found, out: list[dict]) -> Speaker | None:
    """Who a Persian «در [بیانیه|اطلاعیه|نامه …] X آمده است: …» quotes: X, the body named
    right after the document's noun («در اطلاعیه ستاد حوادث غیرمترقبه استانداری قم آمده
    است»; unlabelled Fars News), when it opens with a kind of organization or a role, or is
    an organization or person found there; «در ادامه این اطلاعیه آمده است» after such a
    quote: the same body. None otherwise."""
    cue = folded[found.cue_start : found.cue_end]
    if cue not in word_set("COLON_ONLY_CUES", doc.lang):
        return None
    lo = clause_start(doc.text, folded, found.cue_start)
    documents = word_set("ISSUED_DOCUMENTS", doc.lang)
    slots = [
        _DOCUMENT_SLOT.match(folded, w.start(), found.cue_start)
        for w in re.finditer(r"(?<!\w)(?:در|به) ", folded[: found.cue_start])
        if w.start() >= lo
    ]  # a byline with no comma before it («به گزارش خبرگزاري فارس در بيانيه …»): the last
    slot = next(
        (
            m
            for m in reversed(slots)
            if m and bare(m.group("doc")) in documents and not byline_slot_51fa(m)
        ),
        None,
    )
    if not slot and this_document_with_aside_51fa(folded, lo, found.cue_start, documents):
        return speaker_of_same_cue(out, cue)  # «در این پیام با اشاره به …، آمده است: …»
    if not slot:
        return None
    if slot.group("this"):
        return speaker_of_same_cue(out, cue) or author_of_document_53fa(
            doc, folded, bare(slot.group("doc")), slot.start("this")
        )
    at, end = slot.start("body"), slot.end("body")
    named = [m for m in doc.entities if m["start"] == at and m["type"] in ("ORG", "PER")]
    if named:
        return mention_speaker(doc, named[0])
    written = doc.text[at:end].strip()
    if not 1 <= len(written.split()) <= Q.MAX_ROLE_WORDS:
        return None
    if not (starts_role(folded, at, doc.lang) or issuing_body_51fa(folded[at:end])):
        return None
    return Speaker(None, written, role=True)


# «X در نامه‌ای / طی بیانیه‌ای / در پیامی …»: a document introduced by its author, the subject
_DOCUMENT_INTRODUCED_53FA = r"(?<!\w)(?:در|طی)\s+{noun}(?:[\u200c ]?ای|ی)(?!\w)"
DOCUMENT_AUTHOR_WORDS_53FA = 8  # «وزارت دفاع جمهوری آذربایجان», «اعضای شورای اسلامی شهر یاسوج»


def author_of_document_53fa(doc: Document, folded: str, noun: str, at: int) -> Speaker | None:
    """Who wrote the document a Persian «در (بخش دیگری از) این [نامه|بیانیه|پیام] آمده است»
    quotes when no quote of the same cue came before it: the subject of the nearest earlier
    sentence that introduced the document with its author («اعضای شورای اسلامی شهر یاسوج در
    نامه‌ای خطاب به استاندار … خواستار … شدند»; «…، وزارت دفاع جمهوری آذربایجان در بیانیه‌ای
    … خبر داده بود»; quotes_dev53fa.tsv, quotes_dev.tsv), when that subject is a name, a role or
    a body; None otherwise (no such sentence, or «وی», a time word or a clause there)."""
    intros = list(re.finditer(_DOCUMENT_INTRODUCED_53FA.format(noun=re.escape(noun)), folded[:at]))
    if not intros:
        return None
    lo, hi = subject_before_53fa(doc.text, folded, intros[-1].start())
    written = doc.text[lo:hi]
    outlet = outlet_in_marks_55fa(doc, folded, lo, hi)
    if outlet is not None:
        return outlet  # «پايگاه خبري "كانزاس‌سيتي استار" در گزارشي نوشت»
    if not 1 <= len(written.split()) <= DOCUMENT_AUTHOR_WORDS_53FA or re.search(
        r"[:«»\"]", written
    ):
        return None
    named = [m for m in doc.entities if m["start"] == lo and m["type"] in ("ORG", "PER")]
    if named and named[0]["end"] == hi:
        return mention_speaker(doc, named[0])
    group = bare(folded[lo:hi].split()[0]) in word_set("GROUP_HEADS_53FA", "fa")
    if named or group or starts_role(folded, lo, "fa") or issuing_body_51fa(folded[lo:hi]):
        return Speaker(None, written, role=True)
    return None


def outlet_in_marks_55fa(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """A Persian outlet written as its kind and its name in marks («پايگاه خبري "كانزاس‌سيتي
    استار"», «روزنامه «ديلي تلگراف»»; quotes_dev45b.tsv) as the whole subject [lo, hi): the
    organization the recogniser found in the marks; None for any other subject."""
    kinds = word_set("OUTLET_KINDS_47D", "fa") | word_set("ORGANIZATION_WORDS", "fa")
    if not any(folded.startswith(k + " ", lo) for k in kinds):
        return None
    end = len(folded[:hi].rstrip(' »"”'))
    named = [
        m
        for m in doc.entities
        if lo < m["start"] and m["end"] == end and m["type"] in ("ORG", "MISC")
    ]
    if not named or not re.fullmatch(r'[^:«»"“”]*[«"“]', folded[lo : named[0]["start"]]):
        return None  # the words before the name: the kind and its adjectives, then a mark
    return mention_speaker(doc, named[0])


def subject_before_53fa(text: str, folded: str, at: int) -> tuple[int, int]:
    """The span of the words before `at` in its clause, after a leading adverbial and its comma
    («اواسط ظهر امروز، وزارت دفاع …») or a byline («به گزارش خبرگزاری فارس از یاسوج، …»)."""
    start = clause_start(text, folded, at)
    lo = max(start, *(text.rfind(comma, start, at) + 1 for comma in "،,"))
    if lo > start and not text[lo:at].strip():
        # «روابط عمومی دبیرخانه …، در اطلاعیه‌ای خود آورده است»: the comma closes the subject
        # itself (quotes_dev60fa.tsv, round quotes60fa); the words before it, after the byline
        return subject_before_53fa(text, folded, lo - 1)
    words = text[lo:at]
    return lo + len(words) - len(words.lstrip()), lo + len(words.rstrip())


def marked_document_words_51fa(
    doc: Document, folded: str, found: Found, out: list[dict]
) -> tuple[Speaker, str] | None:
    """The issuer and cue of Persian words in marks right after a document's colon cue («در
    بیانیه ارتش آمریکا آمده است: «…»»; quotes_dev51fa.tsv), as `issuer_of_document` reads them
    with no marks; None when no such cue stands right before the opening mark."""
    before = list(colon_only_cues("fa", folded[: found.start]))
    cue = before[-1] if before else None
    if not cue or folded[cue.end() : found.start].strip(' :«"“') != "":
        return None
    issuer = issuer_of_document(
        doc, folded, replace(found, cue_start=cue.start(), cue_end=cue.end()), out
    )
    return (issuer, doc.text[cue.start() : cue.end()]) if issuer and issuer.text else None


def issuing_body_51fa(written: str) -> bool:
    """Whether the words after a Persian document's noun open with the name of a kind of body
    («ارتش آمریکا», «سپاه پاسداران»; `ISSUING_BODY_HEADS_51FA`, `ORGANIZATION_WORDS`)."""
    heads = word_set("ISSUING_BODY_HEADS_51FA", "fa") | word_set("ORGANIZATION_WORDS", "fa")
    return any(written.startswith(h + " ") for h in heads)


def byline_slot_51fa(slot: re.Match) -> bool:
    """Whether a document slot is the byline «به گزارش X …» («به گزارش خبرگزاري فارس به نقل از
    روابط عمومي اين سازمان در ابتداي بيانيه سازمان بسيج مهندسين آمده است»; unlabelled Fars
    News, quotes51fa): the outlet reporting, never the issuer of the words."""
    return slot.group(0).lstrip().startswith("به") and bare(slot.group("doc")) == "گزارش"


def speaker_of_same_cue(out: list[dict], cue: str) -> Speaker | None:
    """The previous quote's speaker when its cue is `cue` (the same document speaking on)."""
    previous = out[-1] if out else None
    same = previous and previous["cue"] and fold_same_length(previous["cue"]) == cue
    return Speaker(previous["speaker"], previous["speaker_text"]) if same else None


_THIS_DOCUMENT_51FA = re.compile(
    r"(?<!\w)در\s+(?:بخشی از\s+)?این\s+(?P<doc>\S+)\s+[^:«»\n]*[،,]\s*$"
)


def this_document_with_aside_51fa(folded: str, lo: int, cue_at: int, documents: frozenset) -> bool:
    """Whether a Persian clause before a colon cue is «در این [پیام …]» with an aside ending in
    a comma before the cue («در این پیام با استفاده از اشعار حکیمانه مولانا، آمده است: …»;
    quotes_dev51fa.tsv): the document spoken of before speaks on, never a name in the aside."""
    this = _THIS_DOCUMENT_51FA.search(folded[lo:cue_at])
    return bool(this) and bare(this.group("doc")) in documents


# «در [ادامه|بخش دیگری از] [این] بیانیه [شماره 1] X آمده است»: the document's noun, the body
_DOCUMENT_SLOT = re.compile(
    r"\s*(?:در|به)\s+(?:(?:ادامه|پایان|ابتدای|بخش دیگری از|بخشی از|بخش پایانی)\s+)?(?P<this>این\s+)?"
    r"(?P<doc>\S+)(?:\s+شماره\s+\S+)?\s*(?P<body>[^،,:«»\"]*?)\s*$"
)


def held_role(doc: Document, speaker: Speaker) -> bool:
    """Whether a Persian speaker is a role as written that was resolved to the person who
    holds it («رئیس منطقه 27 دانشگاه آزاد اسلامی افزود» after «حسین عجم‌نوروزی … اظهار
    داشت»; unlabelled Fars News): its number is the role's («منطقه 27»), not a count."""
    return (
        doc.lang == "fa"
        and bool(speaker.entity)
        and starts_role(fold_same_length(speaker.text or ""), 0, doc.lang)
    )


KIND_INTRODUCTION_WORDS = 3  # «المطربة المصرية آمال ماهر»: the kind word this close before


def person_kind(word: str) -> tuple[int, bool] | None:
    """The kind (`PERSON_KINDS`) an Arabic word names, with or without the article or a
    preposition joined to it («الفنانة», «للمدرب»), and whether it is feminine; else None."""
    word = bare(fold_same_length(word))
    for prefix in ("", "ال", "لل", "بال", "وال", "و"):
        if not word.startswith(prefix):
            continue
        core = word[len(prefix) :]
        for k, kind in enumerate(Q.PERSON_KINDS["ar"]):
            if core in {fold_same_length(w) for w in kind}:
                return k, core.endswith("ة")
    return None


def sole_person_of_kind(doc: Document, speaker: Speaker, at: int) -> dict | None:
    """An Arabic speaker written as a definite kind of person, alone or with one adjective
    («وقالت الفنانة», «المدرب الفرنسي»), when the article has introduced one person only
    before `at` with a word of the same kind and gender close to the name («المطربة المصرية
    آمال ماهر»; quotes_dev43c.tsv, quotes55ar): that person. With two people of the kind, or
    none, None (someone unnamed may be meant)."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or speaker.entity or not 1 <= len(words) <= 2:
        return None
    if not fold_same_length(words[0]).startswith("ال"):
        return None
    kind = person_kind(words[0])
    people = [m for m in doc.entities if m["type"] == "PER" and m["end"] <= at]
    if kind is None:
        return None
    # the people introduced with a word of this kind: one only («المطربة المصرية آمال ماهر»,
    # «لويس فان جال مدرب يونايتد» among the players named; quotes55ar)
    of_kind = {m["entity"] for m in people if introduced_as_kind_55ar(doc, m, kind)}
    if len(of_kind) != 1:
        return None
    return max((m for m in people if m["entity"] in of_kind), key=lambda p: len(p["text"]))


KIND_AFTER_NAME_WORDS_55AR = 1  # «لويس فان جال مدرب يونايتد»: the kind word right after


def introduced_as_kind_55ar(doc: Document, mention: dict, kind: tuple[int, bool]) -> bool:
    """Whether a person's mention stands with a word of `kind` (`PERSON_KINDS`) close before
    it («المطربة المصرية آمال ماهر») or right after it, in apposition («فان جال مدرب يونايتد»)."""
    before = doc.text[max(0, mention["start"] - SOURCE_NAME_CHARS) : mention["start"]].split()
    after = doc.text[mention["end"] : mention["end"] + SOURCE_NAME_CHARS].split()
    near = before[-KIND_INTRODUCTION_WORDS:] + after[:KIND_AFTER_NAME_WORDS_55AR]
    return any(person_kind(w) == kind for w in near)


def epithet_before_name_55ar(doc: Document, speaker: Speaker, at: int) -> dict | None:
    """An Arabic speaker written as a definite noun and its adjective («النجم المصري») that
    the article wrote right before a person's name earlier («صورة للنجم المصري محمد صلاح»,
    a preposition joined to it): the nearest such person; else None."""
    words = [bare(fold_same_length(w)) for w in (speaker.text or "").split()]
    if doc.lang != "ar" or speaker.entity or len(words) != 2:
        return None
    if not all(w.startswith("ال") and len(w) > 3 for w in words):
        return None
    for m in reversed([m for m in doc.entities if m["type"] == "PER" and m["end"] <= at]):
        near = doc.text[max(0, m["start"] - SOURCE_NAME_CHARS) : m["start"]]
        before = [bare(fold_same_length(w)) for w in near.split()[-2:]]
        if len(before) == 2 and before[1] == words[1] and before[0] in epithet_forms_55ar(words[0]):
            return m
    return None


def epithet_forms_55ar(word: str) -> set[str]:
    """A definite Arabic noun as written alone or with a preposition or «و» joined to it
    («النجم», «للنجم», «بالنجم», «والنجم»)."""
    return {word, "ل" + word[1:], "ب" + word, "و" + word}


def source_described_before(doc: Document, speaker: Speaker, at: int) -> Speaker | None:
    """An anonymous source written definite («وأشارت المصادر إلى أن») that the article
    introduced before `at` with a description («من مصادر مطلعة أن»): the nearest such
    phrase, the indefinite word and the words after it up to the subject's end; else None."""
    indefinite = Q.DEFINITE_SOURCES.get(doc.lang, {}).get((speaker.text or "").strip())
    if speaker.entity or not indefinite:
        return None
    folded = fold_same_length(doc.text)
    that = that_pattern(doc.lang)
    nearest = None
    for m in re.finditer(rf"(?<!\w){re.escape(fold_same_length(indefinite))}(?!\w)", folded):
        written = m.start() < at and written_subject(
            doc.text, folded, m.start(), at, doc.lang, True
        )
        if not written and m.start() < at and doc.lang == "ar":
            # «كشف لـ«عكاظ» مصدر مطلع عن رفع وزارة التعليم خطابا» (quotes_dev44d.tsv): the
            # description ends before «عن», what the source revealed
            about = re.match(r"((?:\s+\w+){1,3}?)\s+عن(?!\w)", folded[m.end() : at])
            written = about and doc.text[m.start() : m.end() + about.end(1)]
        if not written:
            continue
        phrase = re.split(r"[؛;.]", written)[0].strip()
        rest = folded[m.start() + len(phrase) :].lstrip()
        ends = rest[:1] in ("،", ",", ":", "؛", ";") or bool(that and that.match(rest))
        ends = ends or (doc.lang == "ar" and bool(re.match(r"عن(?!\w)", rest)))
        nearest = phrase if ends or phrase != written else None
    if not nearest or len(nearest.split()) < 2:
        return None  # «أكدت مصادر داخل حزب الله مصرع ستة …»: no end to the description
    return Speaker(None, nearest, speaker.role)


ROLE_CONTEXT_WORDS = 4  # words a role may hold beyond the one compared ("العام", "في")


def role_key(words: list[str], lang: str) -> list[str]:
    """A role's words as compared across its mentions: folded, prepositions dropped and an
    Arabic clitic taken off («بتعليم» = «في تعليم»)."""
    stops = word_set("PREPOSITIONS", lang)
    out = []
    for w in words:
        w = bare(fold_same_length(w))
        if not w or w in stops:
            continue
        if lang == "ar" and w[:1] in CLITICS and len(w) > 3:
            w = w[1:]
        out.append(w)
    return out


def role_holder_named_before(doc: Document, speaker: Speaker, at: int) -> dict | None:
    """The person named right after the same role earlier in the article, when a role phrase
    speaks again without the name ("مدير التخطيط والتطوير في تعليم الرياض سعود العبداللطيف"
    … "وكشف مدير التخطيط والتطوير بتعليم الرياض أن"); the role's words must all be there, in
    order, just before the name. None for one-word roles, which many people may hold."""
    text = speaker.text or ""
    if doc.lang not in ("ar", "fa") or not starts_role(fold_same_length(text), 0, doc.lang):
        return None
    key = role_key(text.split(), doc.lang)
    if len(key) < 2:
        return None
    titles = title_pattern(doc.lang)
    for m in reversed([m for m in doc.entities if m["type"] == "PER" and m["end"] <= at]):
        lo = sentence_start(doc.text, m["start"], reach=MAX_QUOTE_CHARS)
        words = re.split(r"[\s،,]+", doc.text[lo : m["start"]].strip())
        while words and titles.fullmatch(fold_same_length(words[-1])):
            words.pop()  # «مفتي مصر الدكتور شوقي علام»: a title between role and name
        before = role_key(words, doc.lang)
        if before[-len(key) :] == key:
            return m
        if doc.lang == "ar" and ends_with_role_words(before, key):
            return m
    return None


def role_holder_named_with_it(doc: Document, speaker: Speaker, at: int) -> dict | None:
    """The person a Persian article named with the same role right after the name, when that
    role speaks again without it («احسان احمدی‌نژاد کارشناس هواشناسی استان ایلام … گفت» …
    «کارشناس هواشناسی استان، بیان داشت»; unlabelled Fars News, round 47b): the role's words
    must open the words after the name, a comma between or not. The nearest such person
    before `at`; None for one-word roles, which many people may hold."""
    text = speaker.text or ""
    if doc.lang != "fa" or not starts_role(fold_same_length(text), 0, doc.lang):
        return None
    key = role_key(text.split(), doc.lang)
    if len(key) < 2 or key[0] in word_set("NOT_ONE_PERSON_47", doc.lang):
        return None  # «يك مقام در دفتر آريل شارون»: someone else than «لاري فرانكلين، يك مقام …»
    folded = fold_same_length(doc.text)
    for m in reversed([m for m in doc.entities if m["type"] == "PER" and m["end"] <= at]):
        if quoted_source(folded, m["start"]):
            continue  # «به نقل از آسوشيتد پرس، رئيس شركت …»: the agency, not the role's holder
        after = re.split(
            r"[\s،,]+", doc.text[m["end"] : m["end"] + ROLE_AFTER_NAME_CHARS].strip(" ،,")
        )
        if role_key(after, doc.lang)[: len(key)] == key:
            return m
    return None


ROLE_AFTER_NAME_CHARS = 160  # the span after a name its apposed role is looked for in
APPOSED_ROLE_WORDS_48 = 10  # «سرمربی جدید تیم فوتبال بوریرام»: the longest apposed role read


def role_holder_apposed_48(doc: Document, speaker: Speaker, at: int) -> dict | None:
    """The person a Persian article named with a longer wording of the same role right after
    the name, when the role speaks again shortened («پدرو خیمنتس گارسیا سرمربی جدید تیم فوتبال
    بوریرام … اظهار داشت» … «سرمربی بوریرام افزود»; quotes_dev48b.tsv): the role's head word
    opens the apposed role (up to its comma or full stop) and all the role's words are in it,
    in order. The recogniser may have taken the short role for a name of its own (every mention
    of its entity opens with a role word). The nearest such person before `at`; None for
    one-word or unnamed roles."""
    text = speaker.text or ""
    if doc.lang != "fa" or not starts_role(fold_same_length(text), 0, doc.lang):
        return None
    if speaker.entity and not role_only_entity_48(doc, speaker.entity):
        return None
    key = role_key(text.split(), doc.lang)
    if len(key) < 2 or key[0] in word_set("NOT_ONE_PERSON_47", doc.lang):
        return None
    for m in reversed([m for m in doc.entities if m["type"] == "PER" and m["end"] <= at]):
        if m["entity"] == speaker.entity or is_role_text(m["text"], doc.lang):
            continue
        apposed = re.split(r"[،,.:\n]", doc.text[m["end"] : m["end"] + ROLE_AFTER_NAME_CHARS])[0]
        words = role_key(apposed.split()[:APPOSED_ROLE_WORDS_48], doc.lang)
        if words[:1] == key[:1] and in_order_48(key[1:], words[1:]):
            return m
    return None


def role_only_entity_48(doc: Document, entity: str) -> bool:
    """Whether every mention of a person entity opens with a Persian role word («سرمربی
    بوریرام»): a role the recogniser read as a name, not a person."""
    texts = [m["text"] for m in doc.entities if m["entity"] == entity]
    return bool(texts) and all(is_role_text(t, doc.lang) for t in texts)


def in_order_48(wanted: list[str], words: list[str]) -> bool:
    """Whether all of `wanted` occur in `words`, in that order (others may stand between)."""
    rest = iter(words)
    return all(w in rest for w in wanted)


PRESS_OFFICE = "روابط عمومی"  # the public relations office a Fars article cites
PRESS_OFFICE_REACH = 12  # characters between «روابط عمومی» and the body's words, at most


def press_office_head(doc: Document, speaker: Speaker, at: int) -> dict | None:
    """A Persian role of a body («مدیرکل آموزش فنی و حرفه‌ای سیستان و بلوچستان افزود») whose
    body's words end the press office the article cites before, a person named right after
    it («به نقل از روابط عمومی اداره‌کل آموزش فنی و حرفه‌ای سیستان و بلوچستان؛ محمد جهانتیغی
    در بازدید از …»; quotes_dev44c.tsv): the office speaks for its head, that person. Only
    punctuation between the body and the name; two words of the body at least."""
    text = fold_same_length(speaker.text or "")
    if doc.lang != "fa" or not starts_role(text, 0, doc.lang):
        return None
    body = " ".join(text.split()[role_word_length(text, 0, doc.lang) :])
    if len(body.split()) < 2:
        return None
    folded = fold_same_length(doc.text[:at])
    office = fold_same_length(PRESS_OFFICE)
    for m in re.finditer(re.escape(office), folded):
        found = folded.find(body, m.end(), m.end() + PRESS_OFFICE_REACH + len(body))
        if found < 0:
            continue
        end = found + len(body)
        after = [p for p in doc.entities if p["type"] == "PER" and end <= p["start"] < at]
        if after and not folded[end : after[0]["start"]].strip(" \t،؛,:"):
            head = Speaker(after[0]["entity"], after[0]["text"])
            # «X در دیدار با استاندار خراسان رضوی»: the one X met, not X
            return None if met_with_role_49fb(doc, speaker.text or "", head) else after[0]
    return None


def ends_with_role_words(before: list[str], key: list[str]) -> bool:
    """Whether an Arabic role's words all stand, in any order, among the last words before a
    name, which name one role after a joined «و» («نائب الرئيس اليمني ورئيس الوزراء، خالد
    بحاح» … «وشدد رئيس الوزراء اليمني»): the title the article gave him, split up. The last
    word before the name must be one of them."""
    tail = before[-(len(key) + ROLE_CONTEXT_WORDS) :]
    return bool(tail) and tail[-1] in key and all(w in tail for w in key)


def sole_holder_of_head(doc: Document, speaker: Speaker, at: int) -> dict | None:
    """An Arabic role or description speaking with no name («وقال كاتب التقرير», «وأضاف
    الوزير») whose head word the article wrote before one person only, right before the name
    (a clitic, the article or a title between: «تقريرا للكاتب توني باترسرن»): that person.
    Two people so written, or none: None."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or not words:
        return None
    head = strip_article(bare(fold_same_length(words[0])))
    forms = {head, "ال" + head}  # the lists write some role words with the article
    if forms.isdisjoint(word_set("ROLE_WORDS", "ar")):
        return None
    if not forms.isdisjoint(word_set("INDEFINITE_ROLES", "ar")):
        return None  # «مصدر», «المصادر»: anonymous
    countries = role_countries(doc, speaker.text or "")
    if countries:
        return holder_of_country_role(doc, head, countries, at)
    titles = title_pattern(doc.lang)
    holders: dict[str, dict] = {}
    for m in doc.entities:
        if m["type"] != "PER" or m["end"] > at:
            continue
        before = fold_same_length(doc.text[max(0, m["start"] - 30) : m["start"]]).split()
        while before and titles.fullmatch(before[-1]):
            before.pop()
        if not before:
            continue
        word = bare(before[-1])
        # strip_article takes a proclitic with the article («والكاتب», «للكاتب»): definite
        if strip_article(word) == head and word != head:
            holders.setdefault(m["entity"], m)
    return next(iter(holders.values())) if len(holders) == 1 else None


COUNTRY_ROLE_CHARS_47 = 30  # «وزير الخارجية الأمريكي جون كيري»: a role written before a name


COUNTRY_ROLE_REACH = (
    160  # «وزير الدولة الكويتي لشؤون مجلس الوزراء الذي يترأس وفد بلاده … الشيخ محمد المبارك»
)


def last_holds_country_role(doc: Document, speaker: Speaker, last: Speaker, at: int) -> bool:
    """Whether the person who spoke last was written with an Arabic role of this one's head
    word and country before his name, its words further apart than `holder_of_country_role`
    reads («وزير الدولة الكويتي لشؤون مجلس الوزراء الشيخ محمد المبارك الصباح» … «وأضاف الوزير
    الكويتي:»; the unlabelled check of round speakers74ar, snn-2015-08-04-01280): he goes on
    speaking, not another minister of that country named before him."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or not words or not (last.entity or "").startswith("PER"):
        return False
    head = strip_article(bare(fold_same_length(words[0])))
    countries = role_countries(doc, speaker.text or "")
    if not countries or {head, "ال" + head}.isdisjoint(word_set("ROLE_WORDS", "ar")):
        return False
    return any(
        m.get("entity") == last.entity
        and m["end"] <= at
        and country_role_before(doc, m, head, countries, COUNTRY_ROLE_REACH)
        for m in doc.entities
    )


def country_role_before(
    doc: Document, mention: dict, head: str, countries: set[str], reach: int
) -> bool:
    """Whether the role word `head` and a place of `countries` stand in the `reach` characters
    before a mention («وزير الخارجية الأمريكي جون كيري»)."""
    lo = max(0, mention["start"] - reach)
    before = {
        strip_article(bare(w)) for w in fold_same_length(doc.text[lo : mention["start"]]).split()
    }
    return head in before and any(
        n.get("entity") in countries and lo <= n["start"] and n["end"] <= mention["start"]
        for n in doc.entities
    )


def role_countries(doc: Document, role: str) -> set[str]:
    """The countries an Arabic role names by their adjective («الوزير الأمريكي»): the
    entities of the recognised places written as one of its words."""
    words = {bare(w) for w in fold_same_length(role).split()[1:]}
    return {
        m["entity"]
        for m in doc.entities
        if m["type"] == "GPE" and m.get("entity") and bare(fold_same_length(m["text"])) in words
    }


def holder_of_country_role(doc: Document, head: str, countries: set[str], at: int) -> dict | None:
    """The one person named before `at` with a role of that head word and that country right
    before the name («وزير الخارجية الأمريكي جون كيري», then «من جانبه أكد الوزير الأمريكي
    أن» after Qatar's «الوزير العطية» spoke; quotes_dev47.tsv); None when none or two are, so
    that a role with another country's adjective never goes to the one last called «الوزير»."""
    holders: dict[str, dict] = {}
    for m in doc.entities:
        if m["type"] != "PER" or m["end"] > at:
            continue
        if country_role_before(doc, m, head, countries, COUNTRY_ROLE_CHARS_47):
            holders.setdefault(m["entity"], m)
    return next(iter(holders.values())) if len(holders) == 1 else None


FULL_NAME_WORDS = 4  # a described organization this long is named already
_MARKED_AFTER = re.compile(r"\s*[«\"“]([^«»\"“”\n]{2,30})[»\"”]")


def name_marked_after(doc: Document, speaker: Speaker, at: int) -> Speaker | None:
    """An organization described, then named in quote marks right after («وقالت وكالة
    الإغاثة الخاصة "أوكسفام"», «صحيفة "الرياض"»): the name speaks. Only for a description
    that is an organization (its entity or its first word), the name one to three words."""
    text = speaker.text or ""
    if not (
        (speaker.entity or "").startswith("ORG:")
        or any(
            fold_same_length(text).startswith(w) for w in word_set("ORGANIZATION_WORDS", doc.lang)
        )
        or organization_kind(text, doc.lang)
    ):
        return None
    where = doc.text.rfind(text, 0, at)
    if where > 0 and doc.text[where - 1] in '«"“':
        return None  # «مجلة "كايشن" في تقريرها»: the name is in marks already, what follows is not
    mark = _MARKED_AFTER.match(doc.text, where + len(text)) if where >= 0 else None
    if not mark or not 1 <= len(mark.group(1).split()) <= 3 or is_fragment(mark.group(1), doc.lang):
        return None
    if len(text.split()) >= FULL_NAME_WORDS:
        return None  # «مؤسسة النقد العربي السعودي «ساما»»: a full name, the marks its acronym
    lo, hi = mark.span(1)
    inside = next(
        (m for m in doc.entities if m["start"] == lo and m["end"] == hi and m["type"] == "ORG"),
        None,
    )
    if inside:
        return mention_speaker(doc, inside)
    return Speaker(None, mark.group(1).strip())


def body_of_statement(doc: Document, speaker: Speaker, at: int, last: Speaker) -> Speaker | None:
    """The organization whose statement or management speaks («بيان للوزارة», «إدارة
    المكتبة», «بيان النادي الإنجليزي»): the organization of that kind named before (the
    ministry, the library), else the organization that spoke last; Arabic only, the kind
    written definite after the statement word."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or speaker.entity or not words:
        return None
    if strip_article(bare(fold_same_length(words[0]))) not in word_set("STATEMENT_WORDS", "ar"):
        return None
    if len(words) > 1 and is_definite(fold_same_length(words[0])):
        return None  # «الإدارة العامة للتعليم»: a body and its adjective, no construct
    spoke_last = (last.entity or "").startswith("ORG:") and last.spoke
    if len(words) == 1:  # "وختم البيان": the statement of the organization that spoke
        return last if spoke_last and is_definite(words[0]) else None
    second = fold_same_length(words[1])
    if not is_definite(second):
        return None
    article = next(
        p for p in sorted(DEFINITE_PREFIXES, key=len, reverse=True) if second.startswith(p)
    )
    kind = normalize(second[len(article) :]).lower()
    named = organization_of_kind(doc, kind, at)
    if named:
        return Speaker(named["entity"], named["text"])
    if spoke_last:
        return last
    if last.spoke and last.text and strip_article(normalize(last.text.split()[0]).lower()) == kind:
        return last  # «وأفادت إدارة المكتبة» after the library spoke: not a later «مكتبة … للأطفال»
    written = organization_written(doc, kind, at)
    if written and written.startswith("لل"):
        written = "ال" + written[2:]  # «بيان للقوات الجوية …»: القوات الجوية …
    return Speaker(None, written) if written else None  # «مكتبة الملك عبدالعزيز العامة»


def own_full_name(doc: Document, speaker: Speaker) -> Speaker | None:
    """A one-word person the linker already tied to a longer name of the document (its
    entity's mention «ويل سميث» ends with «سميث»): that name, so that no other person who
    shares the word («جادا بينكت سميث») is taken for it."""
    words = name_words(speaker.text or "")
    if not (speaker.entity or "").startswith("PER:") or len(words) != 1:
        return None
    own = [
        m
        for m in doc.entities
        if m["entity"] == speaker.entity
        and len(name_words(m["text"])) > 1
        and words[0] in name_ends(m["text"])
        and whole_words(doc, m)
    ]
    return Speaker(speaker.entity, max(own, key=lambda m: len(m["text"]))["text"]) if own else None


def nearest_namesake(
    doc: Document, speaker: Speaker, at: int, earlier: list[dict]
) -> Speaker | None:
    """A Persian one-word surname that two people of the article share («لینسی پلاسکو ـ
    فلاکسمن» and her husband «جوئل پلاسکو»; quotes_dev42b.tsv): the one of them named (or
    quoted) last before it, whom the text goes on about; None when one person bears it."""
    words = name_words(speaker.text or "")
    if len(words) != 1 or speaker.role:
        return None
    fits = [
        m
        for m in [*doc.entities, *earlier]
        if m["type"] in ("PER", "SPEAKER")
        and m["start"] < at
        and len(name_words(m["text"])) > 1
        and name_words(m["text"])[-1] == words[0]
    ]
    if len({m["entity"] or m["text"] for m in fits}) < 2:
        return None
    last = max(fits, key=lambda m: m["start"])
    return mention_speaker(doc, last) if last["type"] == "PER" else Speaker(None, last["text"])


def whole_words(doc: Document, mention: dict) -> bool:
    """Whether a recognised name is whole words that can open a name: not the tail of a word
    joined by a zero-width non-joiner («آیت‌|الله جعفر سبحانی») or ending a title («آيت |الله
    جعفر سبحاني»), nor opening with a cue or
    a conjoined feminine verb («وأكملت هوازن»; «ويل سميث», «وليد» are names)."""
    before = doc.text[mention["start"] - 1 : mention["start"]]
    first = fold_same_length(mention["text"].split()[0])
    return (
        not (before and (before.isalnum() or before == "\u200c"))
        and not (doc.lang == "ar" and len(first) >= 5 and first[0] == "و" and first[-1] == "ت")
        and not cue_pattern(doc.lang).match(first)
        and bare(first) not in word_set("TITLE_TAILS", doc.lang)
        and not is_fragment(mention["text"], doc.lang)
    )


def organization_cut_short(doc: Document, speaker: Speaker, at: int) -> Speaker | None:
    """A one-word organization the recogniser cut short: the article writes the same next
    word after it every time it writes it before the quote, at least twice («مانشستر سيتي»),
    a word that is no common, definite, cue or function word; the organization is named with
    both words."""
    text = (speaker.text or "").strip()
    if not (speaker.entity or "").startswith("ORG:") or len(text.split()) != 1:
        return None
    nexts = [
        m.group(1) for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)\s+(\w+)", doc.text[:at])
    ]
    if len(nexts) < 2 or len(set(nexts)) != 1:
        return None
    word = nexts[0]
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    if (
        is_common(word, doc.lang)
        or is_definite(word)
        or bare(fold_same_length(word)) in stops
        or cue_pattern(doc.lang).fullmatch(fold_same_length(word))
        or is_date_word(word)
        or any(c.isdigit() for c in word)
    ):
        return None
    return Speaker(speaker.entity, f"{text} {word}")


LONGER_ORGANIZATION_WORDS_47 = 2  # «صندوق النقد» of «صندوق النقد الدولي»: words cut at most


def organization_named_before(doc: Document, speaker: Speaker, at: int) -> Speaker | None:
    """An Arabic organization the recogniser found cut short, its full name recognised
    earlier in the article as another organization («ممثل صندوق النقد الدولي الذي قال …»,
    then «وقال صندوق النقد إنه»; quotes_dev47.tsv): the speaker's words open that one
    organization's name, one or two definite words longer (its adjectives, no day: the
    recogniser's «صندوق النقد الدولي الخميس»), and no other organization written before so
    opens; that organization speaks. None otherwise."""
    text = (speaker.text or "").strip()
    if doc.lang != "ar" or not (speaker.entity or "").startswith("ORG:"):
        return None
    if not unknown_key(speaker.entity):
        return None
    words = fold_same_length(text).split()
    times = word_set("TIME_WORDS_AFTER_NAME_47", "ar")
    longer = {}
    for m in doc.entities:
        if m["type"] != "ORG" or m["end"] > at or m.get("entity") in (None, speaker.entity):
            continue
        full = fold_same_length(m["text"]).split()
        extra = full[len(words) :]
        if (
            full[: len(words)] == words
            and 0 < len(extra) <= LONGER_ORGANIZATION_WORDS_47
            # the name's own adjectives («الدولي»), not a day («الخميس») or a conjunct
            and all(w.startswith("ال") and bare(w) not in times for w in extra)
        ):
            longer.setdefault(m["entity"], m)
    if len(longer) != 1:
        return None
    m = next(iter(longer.values()))
    return Speaker(m["entity"], m["text"])


def unknown_key(key: str | None) -> bool:
    """Whether an entity key is the recogniser's own (as written `=…` or a skeleton `~…`), not
    a name the gazetteer knows."""
    return key is None or key.partition(":")[2][:1] in ("=", "~")


def name_split_in_two(doc: Document, speaker: Speaker) -> Speaker | None:
    """A name the recogniser cut in two: the speaker's mention followed, after one space, by
    another mention of the same type (person or organization), neither known to the gazetteer
    («نادي وست» + «بروميتش البيون»); the speaker named with both."""
    if not unknown_key(speaker.entity) or speaker.role:
        return None
    if len(name_words(speaker.text or "")) < 2 and doc.lang != "ar":
        return None  # one word: the linkers of a bare surname («رحمانی» + «فضلی») come first
    for m in doc.entities:
        if (
            m["entity"] != speaker.entity
            or m["text"] != speaker.text
            or m["type"]
            not in (
                "PER",
                "ORG",
            )
        ):
            continue
        nxt = [
            n
            for n in doc.entities
            if n["start"] == m["end"] + 1 and n["type"] == m["type"] and unknown_key(n["entity"])
        ]
        if nxt and doc.text[m["end"]] == " ":
            return Speaker(speaker.entity, doc.text[m["start"] : nxt[0]["end"]])
    return None


def longer_written_name(
    doc: Document, speaker: Speaker, at: int, earlier: list[dict]
) -> Speaker | None:
    """A speaker of two words or more the recogniser cut short: the one longer person or
    organization of the document (or earlier speaker) that starts with its words, the words
    beyond them no common, date, number or role word («غلامرضا حسين» of «غلامرضا حسين زاده»,
    not «محمد قاسمی» of «محمد قاسمی صبح» nor «آل حطاب» of «آل حطاب الناشط»); None when two
    longer names would fit."""
    words = name_words(speaker.text or "")
    if len(words) < 2 or speaker.role:
        return None
    n = len(words)
    fits = [
        m
        for m in [*doc.entities, *earlier]
        if m["type"] in ("PER", "ORG", "SPEAKER")
        and len(name_words(m["text"])) > n
        and name_words(m["text"])[:n] == words
        and not any(
            is_common(w, doc.lang)
            or is_date_word(w)
            or w[:1].isdigit()
            or starts_role(fold_same_length(w), 0, doc.lang)
            or (doc.lang == "ar" and is_definite(w))  # «الناشط»: a description
            for w in m["text"].split()[n:]
        )
    ]
    if len({m["entity"] or m["text"] for m in fits}) != 1:
        return None
    full = max(fits, key=lambda m: len(m["text"]))
    return Speaker(full["entity"] or speaker.entity, full["text"])


def definite_after_li(doc: Document, speaker: Speaker) -> Speaker | None:
    """An Arabic speaker of several words read after a source marker's «ل» from a definite
    noun written «لل…» («ووفقًا للمسؤول الإيراني، فإن»: «لمسؤول الإيراني»; quotes_dev47.tsv):
    the noun with its article («المسؤول الإيراني»), when every occurrence of the words in the
    article follows a «ل»; None otherwise."""
    text = (speaker.text or "").strip()
    if doc.lang != "ar" or speaker.entity or len(text.split()) < 2 or not text.startswith("ل"):
        return None
    if text.startswith(("ال", "لل")):
        return None
    places = [m.start() for m in re.finditer(rf"(?<!\w\w){re.escape(text)}", doc.text)]
    if not places or any(doc.text[at - 1 : at] != "ل" for at in places):
        return None
    return Speaker(None, "ا" + text, speaker.role)


def without_preposition(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic one-word speaker under the preposition ل after a source marker («ووفقا
    لكاهيل»): the name without it, when the article also writes that name alone; a common
    noun so («للنجاح») is no speaker."""
    word = (speaker.text or "").strip()
    definite = definite_after_li(doc, speaker)
    if definite:
        return definite
    if doc.lang == "ar" and len(word.split()) == 1 and word.startswith("ب"):
        return under_bi(doc, speaker, word)
    if doc.lang != "ar" or len(word.split()) != 1 or not word.startswith("ل"):
        return speaker
    if word.startswith(("ال", "لل")) and not word.startswith("لل"):
        return speaker
    rest = word[1:]
    if word.startswith("لل") or is_common(rest, doc.lang):
        if not unlinked(speaker.entity):
            return speaker
        told_by = [  # "قال ايتاري فيري للصحافيين": the one who told them
            m
            for w in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", doc.text)
            for m in doc.entities
            if m["type"] == "PER" and m["end"] + 1 == w.start()
        ]
        return mention_speaker(doc, told_by[0]) if told_by else Speaker(None, None)
    mention = next(
        (m for m in doc.entities if m["type"] == "PER" and rest in m["text"].split()), None
    )
    return mention_speaker(doc, mention) if mention else speaker


def under_bi(doc: Document, speaker: Speaker, word: str) -> Speaker:
    """An Arabic one-word speaker under the preposition ب: a name the article also writes
    alone is what is spoken of («وفيما يتعلق ببيتوركا قال»), a common noun so («برتبة») a
    piece of the sentence: no speaker either way."""
    rest = word[1:]
    if word.startswith("بال") or len(rest) < 3:
        return speaker
    alone = any(m["type"] == "PER" and rest in m["text"].split() for m in doc.entities)
    if alone or (unlinked(speaker.entity) and is_common(rest, doc.lang)):
        return Speaker(None, None)
    return speaker


NAME_AFTER_ROLE_WORDS = (2, 3)


def name_after_role(doc: Document, speaker: Speaker) -> Speaker | None:
    """The person an Arabic role phrase names at its end, when the recogniser missed the
    name: after its last comma ("نائب رئيس «ياهو» لشؤون …، سايمن خلف"), else the words
    after its last definite word ("وزير النفط الإيراني بيجن زنغنه"); two or three words, the
    first no common, role or article-led word, none a preposition or number; else None."""
    text = speaker.text or ""
    if doc.lang != "ar" or (speaker.entity and not speaker.role):
        return None
    if not starts_role(fold_same_length(text.strip()), 0, doc.lang):
        return None
    if is_source_of_body_51ar(text):
        return None  # «مصادر داخل نادي الإسماعيلي»: the sources speak, not a name in the body
    comma = "،" in text
    tail = text.rpartition("،")[2].strip(' «»"“”') if comma else trailing_name(text)
    cut = without_place_word(doc, tail)
    if cut != tail:
        # «المتحدث باسم المقاومة الشعبية الموالية بلحج قائد نصر» (quotes_dev43.tsv): «بلحج»
        # is "in Lahij"; the name after it is the person the article later calls «نصر»
        surname = cut.split()[-1]
        later = next((m for m in doc.entities if m["type"] == "PER" and m["text"] == surname), None)
        if later:
            return Speaker(later["entity"], cut)
        tail = cut
    mention = next((m for m in doc.entities if m["type"] == "PER" and m["text"] == tail), None)
    mention = mention or person_before_object_74(doc, tail)
    if mention:
        return mention_speaker(doc, mention)
    if tail and looks_like_name(doc, tail):
        return Speaker(None, tail)
    family = family_name_ending(doc, text) if not comma else None
    return Speaker(None, family) if family else None


def person_before_object_74(doc: Document, tail: str) -> dict | None:
    """The recogniser's person a role phrase's tail opens when its last word is one the
    recogniser cuts off a name (`no_name_tail`: «أبدى مدرب الفريق البرتغالي جوميز رضاه»,
    quotes_dev74ar.tsv): the verb's object, not the name's end."""
    head, _, last = tail.rpartition(" ")
    if not head or not no_name_tail(last):
        return None
    return next((m for m in doc.entities if m["type"] == "PER" and m["text"] == head), None)


KIN_GAP_WORDS_51AR = 1  # «أحد أبناء الحرفي محمد …»: one definite description at most


def relative_of_named_51ar(doc: Document, folded: str, found: Found, speaker: Speaker) -> Speaker:
    """A named person's relative opening an Arabic speech verb's subject («وقال أحد أبناء
    الحرفي محمد حسين مسعد: …»; `KIN_SPEAKERS_51AR`): the relative as written up to the name,
    not the person named; the speaker unchanged otherwise."""
    if doc.lang != "ar" or found.cue_end is None or not (speaker.entity or "").startswith("PER"):
        return speaker
    hi = found.start if found.start > found.cue_end else found.cue_end + 120
    mention = next(
        (
            m
            for m in doc.entities
            if m["entity"] == speaker.entity and found.cue_end <= m["start"] < hi
        ),
        None,
    )
    if mention is None:
        return speaker
    gap = folded[found.cue_end : mention["start"]]
    kin = next(
        (k for k in sorted(word_set("KIN_SPEAKERS_51AR", "ar"), key=len, reverse=True)
         if re.match(rf"\s*{re.escape(k)}\s", gap)),
        None,
    )  # fmt: skip
    if kin is None or re.search(r"[،,.:«»\"“”()]", gap):
        return speaker
    rest = gap.split()[len(kin.split()) :]
    if len(rest) > KIN_GAP_WORDS_51AR or not all(is_definite(w) for w in rest):
        return speaker
    lo = found.cue_end + len(gap) - len(gap.lstrip())
    return Speaker(None, doc.text[lo : mention["end"]], role=True)


APPOSED_PLACE_WORDS_51AR = 3  # «رئيس اتحاد المسلمين في الولاية، …»: a short place after it
_APPOSED_NAME_51AR = re.compile(
    rf"((?:\s*\S+){{0,{APPOSED_PLACE_WORDS_51AR}}}?)\s*[،,]\s*(\S+(?:\s+\S+){{1,2}}?)\s*[،,]"
)


def name_apposed_to_role_51ar(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """The name an Arabic role subject is followed by between commas, which the recogniser
    missed («وقال رئيس اتحاد المسلمين في الولاية، أفنين ألتينر، في تصريحات …: «…»»;
    quotes_dev51ar.tsv): the name, when each of its two or three words is a plain name word
    (`plain_name_word_51ar`) and at most a short place complement comes between; the speaker
    unchanged otherwise. A role the linker gave to someone named elsewhere («وبين المتحدث
    الرسمي بصحة الجوف، فهد الكريع، أن» given to the director named next; quotes_dev53ar.tsv)
    yields to the name apposed to it too."""
    if doc.lang != "ar" or not speaker.text or named_person_53ar(doc, speaker):
        return speaker
    lo = found.cue_end if found.cue_end is not None else folded.rfind("\n", 0, found.start) + 1
    said = fold_same_length(speaker.text)
    at = folded.find(said, lo, found.start)
    if at < 0:
        return speaker
    before = folded[lo:at].split()
    if (found.cue_end is not None and before) or (
        found.cue_end is None and not (before and cue_pattern("ar").fullmatch(before[-1]))
    ):
        return speaker  # «وقال … مع رئيس …»: the role must open the verb's subject
    if not starts_role(said, 0, doc.lang):
        return speaker
    apposed = _APPOSED_NAME_51AR.match(folded, at + len(said), found.start)
    if not apposed:
        return speaker
    place = apposed.group(1).split()
    if place and bare(place[0]) not in {fold_same_length(w) for w in Q.MEMBER_PREPOSITIONS}:
        return speaker
    words = apposed.group(2).split()
    if not all(plain_name_word_51ar(doc, w, definite=True) for w in words):
        return speaker
    lo, hi = apposed.start(2), apposed.end(2)
    return Speaker(None, doc.text[lo:hi])


def named_person_53ar(doc: Document, speaker: Speaker) -> bool:
    """Whether a speaker is a person written by one of its own names, not a role the linker
    gave to a person named elsewhere."""
    if not (speaker.entity or "").startswith("PER"):
        return False
    said = fold_same_length(speaker.text or "")
    return any(
        m["entity"] == speaker.entity and fold_same_length(m["text"]) in said for m in doc.entities
    )


def surname_after_title_51ar(doc: Document, speaker: Speaker, at: int) -> Speaker:
    """An Arabic speaker written as a title and a surname, unlinked or recognised with the title
    as a name of its own («وبينت البروفيسور ساهاكيان» after «البروفيسور باربارا ساهاكيان»;
    quotes_dev51ar.tsv): the one person named in full before with that last word, as the
    linker takes a bare surname (`shortened_name`); the speaker unchanged otherwise."""
    if doc.lang != "ar" or speaker.role or not speaker.text or len(speaker.text.split()) != 1:
        return speaker  # the title is gone by now (`untitled`): one word left
    own = [m for m in doc.entities if speaker.entity and m["entity"] == speaker.entity]
    if not all(titled_word_51ar(doc, fold_same_length(m["text"].split()[0])) for m in own):
        return speaker  # a name the recogniser found whole keeps its own key
    surname = fold_same_length(speaker.text)
    fits = [
        m
        for m in doc.entities
        if m["type"] == "PER"
        and m["entity"] != speaker.entity
        and m["start"] < at
        and len(m["text"].split()) > 1
        and fold_same_length(m["text"].split()[-1]) == surname
    ]
    if len({m["entity"] for m in fits}) != 1:
        return speaker  # none or two people of that surname: left as written
    return replace(mention_speaker(doc, fits[-1]), text=fits[-1]["text"])


SOURCE_AFTER_QUOTE_CHARS_51AR = 60  # «"…". هذا ما توصل إليه باحثون في جامعة كمبردج»


def source_of_body_after_quote_51ar(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """An Arabic body taken as the speaker of marked words whose cue follows them, when an
    unnamed source of that body is the cue's subject («"لعبة كمبيوتر …". هذا ما توصل إليه
    باحثون في جامعة كمبردج البريطانية»; quotes_dev51ar.tsv): the source up to the body's
    name (`source_head`), as `source_before_body` takes one written before the words."""
    if doc.lang != "ar" or found.cue_start is not None:
        return speaker
    if not (speaker.entity or "").startswith("ORG"):
        return speaker
    for body in doc.entities:
        near = found.end <= body["start"] <= found.end + SOURCE_AFTER_QUOTE_CHARS_51AR
        if body["entity"] != speaker.entity or not near:
            continue
        lo = source_head(folded, body["start"])
        if lo is not None and lo >= found.end and "\n" not in doc.text[found.end : lo]:
            return Speaker(None, doc.text[lo : body["end"]], role=True)
    return speaker


def is_source_of_body_51ar(text: str) -> bool:
    """Whether an Arabic phrase is an unnamed source joined to its body («مصادر داخل نادي
    الإسماعيلي», «مصدر مسؤول في الاتحاد»; `MEMBER_SOURCES`, `SOURCE_JOINING`): the head word,
    at most one adjective, then the joining preposition."""
    words = [bare(w) for w in fold_same_length(text).split()]
    joining = word_set("SOURCE_JOINING", "ar")
    return (
        len(words) > 2
        and words[0] in word_set("MEMBER_SOURCES", "ar")
        and (words[1] in joining or words[2] in joining)
    )


def without_joined_witnesses(
    doc: Document, speaker: Speaker, at: int, earlier: list[dict]
) -> Speaker:
    """An Arabic subject of a source and unnamed witnesses joined by «و» («المرصد وشهود»,
    `JOINED_WITNESSES`) when the source shortens a longer name written before `at` (a speaker
    or an entity: «المرصد السوري لحقوق الإنسان»): the source. Otherwise the subject as
    written («مسؤولون وشهود عيان», «الشرطة وشهود عيان», «سكان وشهود»; quotes_dev36.tsv)."""
    if doc.lang != "ar" or speaker.entity or not speaker.text:
        return speaker
    witnesses = word_set("JOINED_WITNESSES", doc.lang)
    folded = fold_same_length(speaker.text)
    before = [m["text"] for m in [*doc.entities, *earlier] if m["start"] < at]
    for w in sorted(witnesses, key=len, reverse=True):
        head = folded.removesuffix(" و" + w)
        if head == folded or not head.split() or bare(head.split()[0]) in witnesses:
            continue
        if any(fold_same_length(name).startswith(head + " ") for name in before):
            return Speaker(None, speaker.text[: len(head)].strip(), speaker.role)
    return speaker


def without_place_word(doc: Document, tail: str) -> str:
    """The words after an Arabic role without a first word that is a place the document names
    with «ب» or «ل» joined to it («بلحج قائد نصر»: in Lahij): no part of a name. Two name
    words at least are kept; else the words unchanged."""
    words = tail.split()
    if len(words) < 3:
        return tail
    first = fold_same_length(bare(words[0]))
    places = {fold_same_length(m["text"]) for m in doc.entities if m["type"] in ("GPE", "LOC")}
    if first[:1] in ("ب", "ل") and first[1:] in places:
        return " ".join(words[1:])
    return tail


def family_name_ending(doc: Document, text: str) -> str | None:
    """A given name and a nisba family name ending a long Arabic role phrase whose trailing
    words after its last definite word are too many to be a name («المتحدث الإعلامي لأمانة
    منطقة جازان طارق الرفاعي», «مدير وحدة كهرباء فيفاء سليمان الفيفي»): those two words; the
    given name no common word or place, no name particle («بن», «أبو») before it."""
    words = text.split()
    if len(words) < 4:
        return None
    given, family = words[-2], words[-1]
    at = text.rfind(given + " " + family)
    places = [
        m
        for m in doc.entities
        if m["type"] in ("GPE", "LOC") and fold_same_length(m["text"]) == fold_same_length(given)
    ]
    if (
        not family_name_after([given, family])
        or is_common(given, doc.lang)
        or is_definite(given)
        or places
        or at < 0
        or bare(words[-3]) in Q.NAME_PARTICLES
        or starts_role(fold_same_length(given), 0, doc.lang)
    ):
        return None
    return f"{given} {family}"


def trailing_name(text: str) -> str:
    """The words of a role phrase after its last definite word (the last word may itself be
    definite: a surname, "… الدكتور عبدالله الحسين"), or "" when there are none."""
    words = text.split()
    kept = words[-1:]
    for w in reversed(words[:-1]):
        if is_definite(w):
            break
        kept.insert(0, w)
    return " ".join(kept) if len(kept) < len(words) else ""


def is_definite(word: str) -> bool:
    """Whether an Arabic word carries the article, alone or after a clitic («التخطيط»,
    «والتطوير», «بالرياض», «للدفاع»): a common noun, never the start of a missed name."""
    return fold_same_length(word).startswith(DEFINITE_PREFIXES)


def looks_like_name(doc: Document, tail: str) -> bool:
    """Whether words after a role can be a name the recogniser missed."""
    words = tail.split()
    low, high = NAME_AFTER_ROLE_WORDS
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    return (
        low <= len(words) <= high
        and not is_definite(words[0])
        and not any(is_definite(w) for w in words[:-1])
        and (not is_common(words[0], doc.lang) or family_name_after(words))
        and not (words[0][:1] in "بلك" and is_common(words[0][1:], doc.lang))  # "بتعليم"
        and not starts_role(fold_same_length(tail), 0, doc.lang)
        and not any(
            bare(fold_same_length(w)) in stops or any(c.isdigit() for c in w) for w in words
        )
        and not is_fragment(tail, doc.lang)
    )


def family_name_after(words: list[str]) -> bool:
    """Whether two words are a given name and an Arabic family name, a definite nisba
    («آمنة الغامدي»: the given name may also be a common word, «آمنة» "safe")."""
    return len(words) == 2 and words[1].startswith("ال") and words[1].endswith(("ي", "ى"))


@cache
def title_pattern(lang: str) -> re.Pattern:
    """A title before a person's name: roles.tsv's titles and the abbreviations of
    `TITLE_ABBREVIATIONS` ("د. سفر الحلي")."""
    titles = [w for kind, w in read_table("gazetteers/roles.tsv") if kind == "title"]
    forms = alternatives(titles + Q.TITLE_ABBREVIATIONS.get(lang, []) + Q.RANK_TITLES.get(lang, []))
    return re.compile(rf"(?<!\w)(?:و|ل|ب)?(?:{forms})(?!\w)", re.IGNORECASE)


def untitled(doc: Document, speaker: Speaker) -> Speaker:
    """A person's name without the title before it («الكولونيل توكور جوسو», «حجت‌الاسلام
    شریعتی‌تبار»): the name speaks. A role that opens like a title («الرئيس التنفيذي …») or
    a title before a common word is kept as written."""
    text = speaker.text or ""
    title = title_pattern(doc.lang).match(fold_same_length(text)) if doc.lang != "en" else None
    rest = text[title.end() :].strip() if title else ""
    words = fold_same_length(rest).split()  # «شریعتی‌تبار»: two words as written
    person = (speaker.entity or "").startswith("PER:")
    if (
        not words
        or words[0].startswith("و")  # «حجت‌الاسلام و‌المسلمين …»: the title goes on
        or is_common(rest.split()[0], doc.lang)
        or starts_role(fold_same_length(rest), 0, doc.lang)
        or not (person or len(words) >= 2)
    ) and not surname_after_persian_title(doc, text, rest):
        return speaker
    return replace(speaker, text=rest)


def surname_after_persian_title(doc: Document, text: str, rest: str) -> bool:
    """Whether a Persian written speaker is a cleric's or officer's title and one surname, the
    recogniser having found no name («حجت الاسلام عباسی با اشاره به … گفت»; quotes_dev82fa.tsv):
    the surname speaks, as a recognised one does. Only the title words that precede a name and
    nothing else («حجت‌الاسلام», «آیت‌الله» …: `PERSON_ONLY_TITLES`), never a role; the
    surname may be a common word too («عباسی», "Abbasid")."""
    if doc.lang != "fa" or len(rest.split()) != 1 or starts_role(fold_same_length(rest), 0, "fa"):
        return False
    head = fold_same_length(text[: len(text) - len(rest)]).split()
    return " ".join(head) in word_set("PERSON_ONLY_TITLES", "fa")


def without_stray_bracket(speaker: Speaker) -> Speaker:
    """A written speaker without an opening bracket it never closes («ويقول (النقيدان: (لقي
    …»: the writer's brackets stand for quote marks and one strayed before the name;
    quotes_dev68ar.tsv): the name alone, so it can be linked to the person named before."""
    text = speaker.text or ""
    if not text.startswith("(") or ")" in text or not text[1:].strip():
        return speaker
    return replace(speaker, text=text[1:].strip())


def words_after_participle(doc: Document, found: Found, speaker: Speaker) -> bool:
    """Whether an Arabic participle cue's speaker is words written between it and the quote
    with no name the recogniser found («فيما علق المواطن حسن العلي … قائلاً لهو من دواعي سروري
    أن»; quotes_dev84ar.tsv): a participle agrees with its sentence's subject, before it; the
    words after it open what is said."""
    if doc.lang != "ar" or speaker.entity or not speaker.text or found.cue_end is None:
        return False
    return doc.text.find(speaker.text, found.cue_end, found.start) >= 0


def person_opening_sentence(doc: Document, folded: str, at: int) -> Speaker:
    """The first person `at`'s sentence names before it outside a prepositional phrase, else no
    one: who a participle there agrees with («فيما علق المواطن حسن العلي الذي … قائلاً»)."""
    lo = sentence_start(doc.text, at, reach=MAX_QUOTE_CHARS)
    people = [m for m in subject_mentions(doc, folded, lo, at) if m["type"] == "PER"]
    return mention_speaker(doc, people[0]) if people else Speaker(None, None)


def without_first_person_relation(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic speaker written after the writer's «my friend», «my brother» («حينها نهرني
    صديقي عدنان وقال:»; quotes_dev84ar.tsv): the name without that word, as without a title."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or len(words) < 2:
        return speaker
    relations = {fold_same_length(w) for w in Q.FIRST_PERSON_RELATIONS_AR}
    if fold_same_length(words[0]).removeprefix("و") not in relations:
        return speaker
    return replace(speaker, text=" ".join(words[1:]))


def is_possessed_noun(doc: Document, speaker: Speaker) -> bool:
    """Whether an Arabic subject read after a verb opens with a noun of speech or feeling with
    a possessive suffix («وأضاف سعادتي أيضاً أن» "my happiness", «واختتم حديثه قائلاً:» "his
    talk"; quotes_dev84ar.tsv): something of the speaker's, not the speaker."""
    words = (speaker.text or "").split()
    if doc.lang != "ar" or speaker.entity or not words:
        return False
    word = plain_word(words[0])  # unfolded: the folding writes ة as ه, a suffix's letter
    for suffix in Q.POSSESSIVE_SUFFIXES_AR:
        base = word.removesuffix(suffix)
        if base != word:
            # a feminine noun writes its ة as ت before the suffix («سعادة» → «سعادتي»)
            nouns = {base, base[:-1] + "ة"} if base.endswith("ت") else {base}
            return bool(nouns & Q.POSSESSED_SPEECH_NOUNS_AR)
    return False


@cache
def citizen_words() -> frozenset[str]:
    """`Q.CITIZEN_WORDS` folded as speakers are compared."""
    return frozenset(fold_same_length(w) for w in Q.CITIZEN_WORDS)


def without_citizen_word(doc: Document, speaker: Speaker) -> Speaker:
    """An Arabic speaker written «المواطن/المواطنة» and a short name («وقال المواطن "الصعب"»,
    «وأوضحت المواطنة "ب.و"»; quotes_dev72ar.tsv, quotes_dev64ar.tsv): the word says who the
    person is, as a title does, and the name speaks (a common word too when the article marks
    it as a name: «"الصعب"»). A name of more than three words, or an unmarked common word after
    it («المواطن العادي»), keeps the speaker as written."""
    text = speaker.text or ""
    words = text.split()
    if doc.lang != "ar" or len(words) < 2 or fold_same_length(words[0]) not in citizen_words():
        return speaker
    rest = " ".join(words[1:]).strip("\"“”«»' ")
    if not rest or len(rest.split()) > 3:
        return speaker
    marked = re.search(rf"{re.escape(words[0])}\s*[\"“«]{re.escape(rest)}[\"”»]", doc.text)
    if not marked and is_common(rest.split()[0], doc.lang):
        return speaker
    return replace(speaker, text=rest)


def titled_name(doc: Document, speaker: Speaker) -> str | None:
    """A one-word Arabic or Persian speaker that the article also writes after a title and
    one more word ("وقال الحلي" and "برئاسة د. سفر الحلي"): that word and the speaker's, when
    one such word is found; else None. The word may be a given name written as a preposition
    folds («الأستاذ علي النقيدان» … «ويقول (النقيدان»; quotes_dev68ar.tsv): between a title and
    the speaker's own name it can only be the name."""
    words = name_words(speaker.text or "")
    if doc.lang == "en" or len(words) != 1 or not unlinked(speaker.entity):
        return None
    folded = fold_same_length(doc.text)
    word = re.escape(fold_same_length(strip_article(words[0])))
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    found = set()
    for title in title_pattern(doc.lang).finditer(folded):
        after = re.match(rf"\s+(\w{{2,}})\s+((?:ال)?{word})(?!\w)", folded[title.end() :])
        at = title.end() + after.start(1) if after else 0
        if (
            after
            and (bare(after.group(1)) not in stops or given_like_preposition(doc, at))
            and not starts_role(after.group(1), 0, doc.lang)
        ):
            found.add(doc.text[at : title.end() + after.end(2)])
    return found.pop() if len(found) == 1 else None


def given_like_preposition(doc: Document, at: int) -> bool:
    """Whether the Arabic word at `at` is a given name written as a preposition folds
    (`NAMES_LIKE_PREPOSITIONS`: «علي», not «على»)."""
    word = re.match(r"\S+", doc.text[at:])
    return doc.lang == "ar" and bool(word) and word.group() in Q.NAMES_LIKE_PREPOSITIONS


def given_name_before(doc: Document, speaker: Speaker) -> str | None:
    """A surname speaker the recogniser did not link ("وقالت كنافو", "أبا الخيل") that the
    article also writes after one more word that can only be a given name ("الطبيبة البيطرية
    ايمي كنافو"): no common, role, article-led or speech word, preposition, date or number,
    and no other entity's word. That word and the speaker's, when one such word is found;
    Arabic and Persian only (English names are capitalised and recognised whole)."""
    text = (speaker.text or "").strip()
    words = text.split()
    if doc.lang == "en" or not unlinked(speaker.entity):
        return None
    if len(words) != 1 and not (len(words) == 2 and words[0] in Q.NAME_PARTICLES):
        return None  # "خالد عزيز" is a whole name ("ابتعاد خالد عزيز"); "أبا الخيل" is not
    if speaker.entity and not speaker.entity.startswith("PER:"):
        return None  # "نيوكاسل": a club, not a surname
    if title_pattern(doc.lang).search(text):
        return None  # "حضرت محمد" is named already
    # a definite word the recogniser did not take for a person («الحسيني», but also a club,
    # «الغرافة») is a surname only in apposition: after a comma, a role or a title
    apposed = fold_same_length(words[0]).startswith("ال") and not speaker.entity
    if apposed and not text.endswith(("ي", "ى")):
        return None  # an Arabic family name read so is a nisba («الحسيني»), not «الغرافة»
    folded = fold_same_length(doc.text)  # which writes a zero-width non-joiner as a space
    found = set()
    name = re.escape(fold_same_length(text))
    for w in re.finditer(rf"(?<!\w)(\w{{2,}}) {name}(?!\w)", folded):
        whole = {doc.text[w.start(1) - 1 : w.start(1)], doc.text[w.end(1)], doc.text[w.end() :][:1]}
        if "\u200c" in whole or not (
            could_be_given_name(doc, folded, w.start(1), w.end(1))
            or listed_after_person(doc, w.start(1))
        ):
            continue  # not "اصغر" of "علی‌اصغر حمزه‌لو"
        if not apposed or after_apposition(doc, folded, w.start(1)):
            found.add(doc.text[w.start(1) : w.end()])
    return found.pop() if len(found) == 1 else None


BYLINE_SOURCE_WORDS_50FA = 12  # «روابط عمومی اداره کل فرهنگ و ارشاد اسلامی آذربایجان‌شرقی»


def byline_source_in_full_50fa(doc: Document, found: Found, speaker: Speaker) -> Speaker:
    """A Persian source named between «به نقل از» (or «به نوشته») and its comma, over a sentence
    with no speech verb, taken to the comma when the speaker read is a shorter start of it
    («به نقل از واحد رسانه شرکت نمایشگاه‌های بین المللی استان اصفهان، …» read as «واحد رسانه
    شرکت نمایشگاه‌های»; quotes_dev33.tsv): the comma ends the name."""
    if doc.lang != "fa" or not found.subject_after or not speaker.text:
        return speaker
    if found.cue_end is None or found.start <= found.cue_end:
        return speaker
    marker = fold_same_length(doc.text[found.cue_start : found.cue_end])
    if marker not in word_set("BYLINE_CHANNELS_50FA", "fa"):
        return speaker  # «به گفته مقامات در روز شنبه …، …»: a time may follow a speaker
    between = doc.text[found.cue_end : found.start]
    comma = min((i for i in (between.find("،"), between.find(",")) if i >= 0), default=-1)
    if comma < 0 or between[comma + 1 :].strip():
        return speaker  # words between the comma and the content: no plain byline source
    name = between[:comma].strip()
    written = fold_same_length(speaker.text).strip()
    if not 0 < len(written) < len(name) or len(name.split()) > BYLINE_SOURCE_WORDS_50FA:
        return speaker
    prefix = fold_same_length(name).startswith(written)
    # a public relations office read as the body at its end («… سازمان فرهنگ و ارتباطات اسلامي»)
    office = _PRESS_OFFICE_53FA.match(fold_same_length(name)) and name.endswith(speaker.text)
    if not (prefix or office):
        return speaker  # «روزنامه تودی زمان» read as «تودی زمان»: `newspaper_name`'s choice
    stops = word_set("PREPOSITIONS", "fa") - word_set("IN_NAME_PREPOSITIONS_50FA", "fa")
    rest = fold_same_length(name)[len(written) :] if prefix else fold_same_length(name)
    if any(bare(w) in stops for w in rest.split()):
        return speaker  # «خبرگزاري فرانسه از قاهره», «… بر اساس اعلام دبيرخانه»: not the name
    return replace(speaker, text=name)


def inner_source_51fa(doc: Document, folded: str, found: Found, speaker: Speaker) -> Speaker:
    """The inner source of a Persian byline channel that cites another before its comma («به
    نقل از مرکز خبر حوزه علمیه قم بر اساس اعلام دبیرخانه این همایش، …»; quotes_dev51fa.tsv):
    the body after the inner marker speaks, when it is a recognised name or opens with a kind
    of body or a role; the channel's source otherwise."""
    if doc.lang != "fa" or not found.subject_after or found.cue_end is None:
        return speaker
    if found.start <= found.cue_end:
        return speaker
    if fold_same_length(doc.text[found.cue_start : found.cue_end]) not in word_set(
        "BYLINE_CHANNELS_50FA", "fa"
    ):
        return speaker
    inner = "|".join(re.escape(m) for m in word_set("INNER_SOURCE_MARKERS_51FA", "fa"))
    cited = re.search(
        rf"(?<!\w)(?:{inner})\s+([^،,:\n]+?)\s*[،,]\s*$", folded[found.cue_end : found.start]
    )
    if not cited:
        return speaker
    at, end = found.cue_end + cited.start(1), found.cue_end + cited.end(1)
    named = [m for m in doc.entities if m["start"] == at and m["type"] in ("ORG", "PER")]
    if named:
        return mention_speaker(doc, named[0])
    if len(folded[at:end].split()) > BYLINE_SOURCE_WORDS_50FA:
        return speaker
    if starts_role(folded, at, "fa") or issuing_body_51fa(folded[at:end]):
        return Speaker(None, doc.text[at:end], role=True)
    return speaker


def body_named_in_full_49(doc: Document, speaker: Speaker, at: int) -> Speaker:
    """An Arabic body named in full earlier and shortened in a later subject (quotes_dev49.tsv,
    quotes_dev48.tsv, quotes_dev47c.tsv): «وأوضحت الأرصاد» after «الرئاسة العامة للأرصاد
    وحماية البيئة» (a head of `BODY_HEADS_49`, «العامة», «لـ» and the word), «وأوضحت
    الجمارك» after «الجمارك الفرنسية» (the word and a nisba). The full name as written when
    the article wrote one such name before; the speaker unchanged otherwise."""
    text = (speaker.text or "").strip(' «»"“”')
    if doc.lang != "ar" or speaker.entity or not 1 <= len(text.split()) <= 2:
        return speaker
    name = fold_same_length(text)
    if starts_role(name, 0, "ar") or cldr_place(text, "ar") or names_a_place(doc, [text]):
        return speaker  # «وقالت الصين» is not «بحر الصين الجنوبي»
    under = "لل" + name[2:] if name.startswith("ال") else "ل" + name
    heads = "|".join(re.escape(w) for w in word_set("BODY_HEADS_49", "ar"))
    written = (
        rf"(?<!\w){re.escape(name)} {NISBA_WORD_49}(?!\w)",
        # «بالمديرية العامة لمكافحة المخدرات»: a clitic before the head is not the name's
        rf"(?<!\w)[بو]?(?P<name>(?:{heads})(?: العامه| العام)? {re.escape(under)}"
        r"(?: وال\w+| و\w+ ال\w+)?)(?!\w)",
    )
    folded = fold_same_length(doc.text)
    found = {
        doc.text[m.start("name") if "name" in m.re.groupindex else m.start() : m.end()]
        for w in written
        for m in re.finditer(w, folded[:at])
        if "nisba" not in m.re.groupindex or origin_at_49(doc, m.start("nisba"))
    }
    return Speaker(None, found.pop(), role=speaker.role) if len(found) == 1 else speaker


def body_with_marked_name_50ar(doc: Document, speaker: Speaker, at: int) -> Speaker:
    """An Arabic body called by its kind («وقال المعهد في بيان») after the article wrote that
    kind with a name in parentheses or marks and the genitive or adjectives after it («معهد
    (وودز هول) لعلوم المحيطات»; quotes_dev50ar.tsv), which the recogniser does not read as one
    body: that name as written when the article wrote one such; the speaker unchanged
    otherwise."""
    text = fold_same_length((speaker.text or "").strip())
    kinds = generic_organizations("ar") | word_set("MARKED_BODY_KINDS_50AR", "ar")
    if doc.lang != "ar" or speaker.entity or not text.startswith("ال") or text[2:] not in kinds:
        return speaker
    pattern = re.compile(
        rf"(?<!\w)[وبل]?(?P<name>{re.escape(text[2:])} [(«\"“][^()«»\"“”\n]{{2,40}}[)»\"”]"
        r"(?: (?:ل|ال)\w+){0,2})"
    )
    names = {
        marked_body_name_50ar(doc.text[m.start("name") : m.end("name")])
        for m in pattern.finditer(fold_same_length(doc.text[:at]))
    }
    return Speaker(None, names.pop(), role=speaker.role) if len(names) == 1 else speaker


def marked_body_name_50ar(written: str) -> str:
    """A body's name as matched, cut before a word no such name holds («لمدة», «الذي»)."""
    stops = word_set("NOT_IN_ORGANIZATION_NAMES", "ar") | word_set("SUBJECT_ENDS", "ar")
    words = written.split(" ")
    kept = itertools.takewhile(lambda w: fold_same_length(w) not in stops, words)
    return " ".join(kept)


def with_given_name_after_verb_49(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """An Arabic person found one word after the speech verb, that word able to be only a
    given name («بدورها قالت فريدة محمد علي فارسي عضوة …», «أكدت غادة عباس غزاوي»;
    quotes_dev48.tsv): the recogniser left the first name out, and the verb's subject opens
    right after it, so the name as written starts there. The speaker unchanged otherwise."""
    if doc.lang != "ar" or found.cue_end is None or not (speaker.entity or "").startswith("PER:"):
        return speaker
    word = re.match(r" (\w{3,}) ", folded[found.cue_end : found.cue_end + 40])
    if not word:
        return speaker
    lo, hi = found.cue_end + word.start(1), found.cue_end + word.end(1)
    person = [
        m
        for m in doc.entities
        if m["start"] == hi + 1 and m["type"] == "PER" and m["text"] == speaker.text
    ]
    if not person or not first_name_after_verb_49(doc, folded, lo, hi):
        return speaker
    return replace(speaker, text=doc.text[lo : person[0]["end"]])


def with_given_name_after_role(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """An Arabic person of one word written after the speech verb, a role and the role's
    adjectives, with one word between them that can only be his given name («أكد الخبير
    الاقتصادي هلال حناوي أن»: «هلال» "crescent" is a common word too; quotes_dev84ar.tsv): the
    recogniser left the given name out, and the name as written starts there. The words from
    the verb to it must be a role word and words with the article; the speaker unchanged
    otherwise."""
    if doc.lang != "ar" or found.cue_end is None or not (speaker.entity or "").startswith("PER:"):
        return speaker
    if len((speaker.text or "").split()) != 1:
        return speaker
    person = next(
        (
            m
            for m in doc.entities
            if found.cue_end < m["start"] < found.start
            and m["type"] == "PER"
            and m["text"] == speaker.text
        ),
        None,
    )
    if person is None:
        return speaker
    before = list(re.finditer(r"\S+", folded[found.cue_end : person["start"]]))
    if len(before) < 2:
        return speaker
    lo, hi = found.cue_end + before[-1].start(), found.cue_end + before[-1].end()
    role = found.cue_end + before[0].start()
    if not starts_role(folded, role, "ar") or not all(
        w.group().startswith("ال") for w in before[1:-1]
    ):
        return speaker
    if not first_name_after_verb_49(doc, folded, lo, hi):
        return speaker
    return replace(speaker, text=doc.text[lo : person["end"]])


def first_name_after_verb_49(doc: Document, folded: str, lo: int, hi: int) -> bool:
    """Whether the word at [lo, hi), between an Arabic speech verb and a person, can be that
    person's given name even when it is a common word too («فريدة» "unique", «غادة» "young
    woman": an indefinite noun cannot stand there before a name): no article, pronoun ending,
    role, title, organization kind, adverb, date, preposition, clause word or other name."""
    word, written = folded[lo:hi], doc.text[lo:hi]
    words = word_set("PREPOSITIONS", "ar") | word_set("SUBJECT_ENDS", "ar")
    words |= word_set("NOT_SUBJECTS", "ar") | word_set("ADVERBS_AFTER_VERB", "ar")
    words |= word_set("OBJECT_WORDS", "ar")
    that = that_pattern("ar")
    return not (
        word.startswith(("ال", "و"))
        or written.endswith(("ه", "ها", "هم", "هما", "كم"))  # «زميله»: his colleague, named
        or bare(word) in words
        or told(word, "ar")
        or starts_role(folded, lo, "ar")
        or bool(title_pattern("ar").fullmatch(word))
        or strip_article(normalize(written).lower()) in generic_organizations("ar")
        or word in word_set("ORGANIZATION_WORDS", "ar")  # «وذكر موقع كالتشيو ميركاتو»
        or bool(cue_pattern("ar").match(folded, lo))
        or bool(that and that.fullmatch(word))
        or is_date_word(word)
        or any(m["start"] <= lo < m["end"] for m in doc.entities)
    )


def given_name_after_clitic_49(doc: Document, speaker: Speaker) -> str | None:
    """An Arabic family name speaker («حيث أكد البلوي أن») the article also writes once after a
    given name under a clitic preposition («ولا من جزءين لمنصور البلوي»; quotes_dev48.tsv),
    which the recogniser does not read as a name: the given name without the clitic and the
    family name, when every such writing gives the same given name. A definite family name
    must be a nisba («البلوي»), as `given_name_before` asks; never an organization's word."""
    text = (speaker.text or "").strip()
    if doc.lang != "ar" or len(text.split()) != 1 or not unlinked(speaker.entity):
        return None
    if speaker.entity and not speaker.entity.startswith("PER:"):
        return None
    if fold_same_length(text).startswith("ال") and not text.endswith(("ي", "ى")):
        return None
    folded = fold_same_length(doc.text)
    name = re.escape(fold_same_length(text))
    found = {
        doc.text[w.start(1) : w.end()]
        for w in re.finditer(rf"(?<!\w)[لب](\w{{3,}}) {name}(?!\w)", folded)
        if could_be_given_name(doc, folded, w.start(1), w.end(1))
        # «بين الراجحي» ("between", or the verb), «لإطارات ميشلان» (a plural): no clitic
        and not is_common(doc.text[w.start() : w.end(1)], doc.lang)
        and not w.group(1).endswith("ات")
    }
    return found.pop() if len(found) == 1 else None


def listed_after_person(doc: Document, at: int) -> bool:
    """Whether a Persian word at `at` follows a person named in full and «و» («شارون دیویس و
    کلی هامفریز»; quotes_dev44b.tsv): the next of two people listed, so a given name even when
    it is also a common word («کلی», "whole")."""
    if doc.lang != "fa" or doc.text[max(0, at - 3) : at] != " و ":
        return False
    return any(
        m["type"] == "PER" and m["end"] == at - 3 and len(m["text"].split()) >= 2
        for m in doc.entities
    )


def given_name_of_common_word(doc: Document, speaker: Speaker) -> str | None:
    """A Persian surname speaker the article also writes once after a given name that is a
    common word, where a subject opens and a speech verb or belief follows («… اما فراز
    کمالوند معتقد است …», «فراز» also "rise"; quotes_dev44c.tsv): that word and the surname.
    Not a sentence adverb (`SENTENCE_ADVERBS`), role, title, date or other name's word."""
    text = (speaker.text or "").strip()
    if doc.lang != "fa" or len(text.split()) != 1 or not unlinked(speaker.entity):
        return None
    if speaker.entity and not speaker.entity.startswith("PER:"):
        return None
    folded = fold_same_length(doc.text)
    adverbs = word_set("SENTENCE_ADVERBS", doc.lang)
    opening = r"(?:^|(?<=\n)|(?<=، )|(?<=اما ))"
    found = set()
    for w in re.finditer(rf"{opening}(\w{{3,}}) {re.escape(fold_same_length(text))}(?!\w)", folded):
        after = folded[w.end() + 1 :]
        word = w.group(1)
        spoken = cue_pattern(doc.lang).match(folded, w.end() + 1) or after.startswith("معتقد")
        if (
            not spoken
            or word in adverbs | honorifics()
            or "\u200c" in doc.text[w.start(1) : w.end(1)]
        ):
            continue
        if not is_common(doc.text[w.start(1) : w.end(1)], doc.lang):
            continue  # an uncommon word is `given_name_before`'s
        if (
            starts_role(folded, w.start(1), doc.lang)
            or title_pattern(doc.lang).fullmatch(word)
            or is_date_word(word)
            or word in persian_weekdays()
            or bare(word) in word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
            or any(m["start"] <= w.start(1) < m["end"] for m in doc.entities)
        ):
            continue
        found.add(doc.text[w.start(1) : w.end()])
    return found.pop() if len(found) == 1 else None


def after_apposition(doc: Document, folded: str, at: int) -> bool:
    """Whether a name starting at `at` stands in apposition: after a comma or colon, or
    right after a role or title word ("… صلاح الدين، علي الحسيني", "الرائد يحيى القحطاني")."""
    before = folded[max(0, at - 40) : at].rstrip()
    if before[-1:] in ("،", ","):
        return True
    last = re.search(r"(\w+)$", before)
    return bool(last) and (
        starts_role(folded, last.start() + max(0, at - 40), doc.lang)
        or bool(title_pattern(doc.lang).fullmatch(last.group(1)))
    )


def could_be_given_name(doc: Document, folded: str, lo: int, hi: int) -> bool:
    """Whether the word at [lo, hi) can only be a given name before a surname (a preposition
    is read as written: «علي» is a name, «على» the preposition, though both fold alike)."""
    word = folded[lo:hi]
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    that = that_pattern(doc.lang)
    return not (
        is_common(doc.text[lo:hi], doc.lang)
        or (bare(word) in stops and not is_name_not_preposition(doc.text[lo:hi], doc.lang))
        or word.startswith("ال")
        or (doc.lang == "ar" and word.startswith("و"))
        or (doc.lang == "ar" and word[:1] in "بلك" and is_common(word[1:], doc.lang))
        or starts_role(folded, lo, doc.lang)
        or bool(title_pattern(doc.lang).fullmatch(word))  # "حضرت محمد"
        or bool(cue_pattern(doc.lang).match(folded, lo))
        or bool(that and that.fullmatch(word))
        or is_date_word(word)
        or any(c.isdigit() for c in word)
        or word in word_set("NOT_SUBJECTS", doc.lang)
        or word in word_set("SUFFIXES_WRITTEN_APART", doc.lang)  # «ناآرامی ها سوریه»
        or any(m["start"] <= lo < m["end"] and m["type"] != "PER" for m in doc.entities)
        or after_verb_particle(folded, lo, doc.lang)
    )


def after_verb_particle(folded: str, at: int, lang: str) -> bool:
    """Whether the word at `at` follows a particle only a verb follows («ولم يخض شريف»)."""
    before = re.search(r"(\w+)\s+$", folded[max(0, at - 12) : at])
    return bool(before) and before.group(1) in word_set("VERB_PARTICLES", lang)


def definite_role(text: str, lang: str) -> bool:
    """Whether a speaker as written is a definite role and no name ("المستشار الثقافي",
    "المتحدث"): its first word a role word with the article."""
    first = fold_same_length(text.split()[0]) if text.split() else ""
    return lang == "ar" and first.startswith("ال") and starts_role(first, 0, lang)


def kind_with_its_adjective(doc: Document, found: Found, speaker: Speaker) -> Speaker:
    """An Arabic speaker found as the adjective of a kind of organization right after the cue
    («وتابعت الصحيفة السويدية أن», the recogniser's «السويدية»; quotes_dev46.tsv): the
    organization of that kind named before the cue, or the kind with its adjective as written;
    else the speaker unchanged."""
    said = speaker.text or ""
    if doc.lang != "ar" or found.cue_end is None or not speaker.entity or " " in said.strip():
        return speaker
    hi = found.start if found.start > found.cue_end else found.cue_end + KIND_SUBJECT_CHARS
    phrase = re.match(
        rf"\s+(ال\w+\s+{re.escape(said.strip())})(?!\w)", doc.text[found.cue_end : hi]
    )
    kind = phrase and organization_kind(phrase.group(1), doc.lang)
    if not kind:
        return speaker
    # named before the cue: the recogniser's adjective after the kind is no organization
    named = organization_of_kind(doc, kind, found.cue_start or 0)
    return Speaker(named["entity"], named["text"]) if named else Speaker(None, phrase.group(1))


KIND_SUBJECT_CHARS = 40


def organization_kind(text: str, lang: str) -> str | None:
    """The kind word of a speaker that is a definite kind of organization and no name
    ("الصحيفة", "الصحيفة البريطانية", "the company"), without its article; else None."""
    words = [w.lower() for w in normalize(text).split()]
    if lang == "en" and len(words) == 2 and words[0] == "the":
        return words[1] if words[1] in generic_organizations("en") else None
    if 1 <= len(words) <= 2 and all(w.startswith("ال") for w in words):
        kind = strip_article(words[0])
        return kind if kind in generic_organizations(lang) else None
    return None


@cache
def generic_organizations(lang: str) -> frozenset[str]:
    return frozenset(normalize(w).lower() for w in Q.GENERIC_ORGANIZATIONS.get(lang, []))


def organization_of_kind(doc: Document, kind: str, at: int) -> dict | None:
    """The nearest organization before `at` introduced as one of this kind: its name starts
    with the kind word ("وزارة الصحة" for "الوزارة") or follows it ("صحيفة الصنداي تليجراف"
    for "الصحيفة"); an English name holding it ("Wells Fargo Bank" for "the bank")."""
    for m in reversed([m for m in doc.entities if m["type"] == "ORG" and m["end"] <= at]):
        words = [strip_article(w) for w in normalize(m["text"]).lower().split()]
        text_before = normalize(doc.text[max(0, m["start"] - 30) : m["start"]]).lower()
        before = [bare(w) for w in text_before.split() if bare(w)]  # "صحيفة «الصنداي …»"
        # the kind word right before the name, or before one more word ("وكالة انباء الاناضول")
        if words[:1] == [kind] or kind in [strip_article(w) for w in before[-2:]]:
            return m
        if doc.lang == "en" and kind in words:
            return m
    return None


def organization_written(doc: Document, kind: str, at: int) -> str | None:
    """The nearest organization of this kind written out before `at` that the recogniser
    did not name: the kind word and what names it after it — a definite noun in construct
    ("مديرية الشؤون الصحية"), a genitive with لل ("للدفاع"), adjectives that agree with the
    noun before them ("العامة", "المدني"; an object such as «الأنباء» ends it) — up to four
    words, none a time, date or relative word; the nearest one introduced by name in
    construct («مكتبة الملك عبدالعزيز العامة») before a mere mention («المكتبة للعام»);
    Arabic only."""
    if doc.lang != "ar":
        return None
    stops = word_set("NOT_IN_ORGANIZATION_NAMES", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    tokens = list(re.finditer(r"\w+", doc.text[:at]))
    found: tuple[str, bool] | None = None
    for i, token in enumerate(tokens):
        opening = token.start()
        if strip_article(normalize(token.group()).lower()) != kind:
            # «ببلدية محافظة بلقرن»: the kind in construct after a preposition joined to it
            if normalize(token.group()).lower()[1:] != kind or token.group()[:1] not in "بل":
                continue
            opening += 1
        head, construct = token.group(), not token.group().startswith("ال")
        kind_word, kept, place_end = head, [], None
        for j, (prev, word) in enumerate(
            zip(tokens[i : i + 4], tokens[i + 1 : i + 5], strict=False)
        ):
            written = word.group()
            if doc.text[prev.end() : word.start()] != " " or fold_same_length(written) in stops:
                break
            if construct and kept and conjunct_in_name_50ar(doc, tokens[i + 2 + j :], kind_word):
                kept.append(word)  # «شركة الغاز والتصنيع الأهلية»: one company
                continue
            place_end = place_named_after(doc, word) if construct and not kept else None
            if place_end:
                break  # «شرطة مطار لوس أنجليس»: the place the body serves ends its name
            if not (
                written.startswith("لل")
                or (construct and not kept and written.startswith("ال"))
                or (
                    written.startswith("ال")
                    and (agrees(written, head) or agrees(written, kind_word))
                )
                or (construct and kept and in_person_name(doc, word.start()))
            ) or is_date_word(written):
                break
            kept.append(word)
            head = written
        if opening > token.start() and not place_end:
            continue  # «لإدارة النادي»: for the club's management, no body named here
        end = place_end or (kept[-1].end() if kept else None)
        written = doc.text[opening:end] if end else ""
        if end and found and set(written.split()) < set(found[0].split()):
            continue  # «الإدارة المكلفة» after «الإدارة الشبابية المكلفة»: the fuller name
        if end and (found is None or construct or not found[1]):
            found = (written, construct)
    return found[0] if found else None


def conjunct_in_name_50ar(doc: Document, rest: list[re.Match], kind_word: str) -> bool:
    """Whether the word before `rest` is a definite conjunct («والتصنيع») inside an Arabic body's
    name that a feminine adjective of the kind word closes right after it («شركة الغاز
    والتصنيع الأهلية»; quotes_dev50ar.tsv): the adjective makes both nouns one name, not two
    bodies («وزارة الصحة والدفاع المدني»)."""
    if not rest or not kind_word.endswith("ة"):
        return False
    before = doc.text[: rest[0].start()]
    conjunct = re.search(r"(?<!\w)وال\w+ $", before)
    closing = rest[0].group()
    return bool(conjunct) and closing.startswith("ال") and agrees(closing, kind_word)


def place_named_after(doc: Document, word: re.Match) -> int | None:
    """Where an indefinite noun in construct after an organization's kind word ends with the
    recognised place or body right after it («شرطة مطار لوس أنجليس», «بلدية محافظة بلقرن»;
    quotes_dev44.tsv): the place's end; None when the word is definite, common to no
    construct, or no such mention follows it at once."""
    if word.group().startswith("ال") or is_date_word(word.group()):
        return None
    place = next(
        (
            m
            for m in doc.entities
            if m["start"] == word.end() + 1 and m["type"] in ("GPE", "LOC", "ORG")
        ),
        None,
    )
    return place["end"] if place and doc.text[word.end()] == " " else None


def in_person_name(doc: Document, at: int) -> bool:
    """Whether a person's name the recogniser found starts at `at` («مكتبة الملك عبدالعزيز
    العامة»: an organization named after a person)."""
    return any(m["type"] == "PER" and m["start"] == at for m in doc.entities)


def agrees(adjective: str, noun: str) -> bool:
    """Whether a definite word can be an Arabic adjective of the noun before it: a feminine
    ending after a feminine noun or a broken plural, a nisba (ـي) after a masculine one."""
    feminine, nisba = adjective.endswith("ة"), adjective.endswith(("ي", "ى"))
    if noun.endswith("ة"):
        return feminine
    if noun.endswith(("ي", "ى")) or noun.startswith("لل"):
        return nisba
    return feminine or nisba


# A name in «» or in straight or curly double marks («"يوكيو ادانو"»; quotes_dev42.tsv), the
# marks opening after a space and closing on the name's last letter (not the words between a
# closing and an opening mark).
_MARKED_NAME = re.compile(
    r"«([^«»\n]{3,40})»|(?<![^\s(])[\"“]([^\s\"“”«»\n][^\"“”«»\n]{1,38}[^\s\"“”«»\n])[\"”](?!\w)"
)
MAX_MARKED_NAME_WORDS = 3


def name_in_marks(text: str, word: str) -> str | None:
    """A full name the article writes in quote marks (Persian news marks foreign names so:
    «جان کیریاکو») whose last word is a one-word speaker; None when there is no such name or
    two different ones."""
    words = name_words(word)
    if len(words) != 1:
        return None
    marked = [(m.group(1) or m.group(2)).strip() for m in _MARKED_NAME.finditer(text)]
    found = {
        name
        for name in marked
        if 2 <= len(name_words(name)) <= MAX_MARKED_NAME_WORDS and name_words(name)[-1] == words[0]
    }
    return found.pop() if len(found) == 1 else None


# A double-barrelled name written with a dash between its parts, spaced or not («ادنان ـ لاپروز»,
# "Plasco-Flaxman"): the dash (tatweel or hyphen) and the one word after it.
_DASHED_PART = r" ?[ـ-] ?(\w{3,})(?!\w| ?[ـ-])"


def dash_joined(doc: Document, speaker: Speaker) -> Speaker:
    """A one-word speaker that the article writes only as the first part of one dashed name
    («خانم ادنان ـ لاپروز گفت», «خانم ادنان ـ لاپروز، که …»): the whole name, the speaker's
    key kept. A word the article also writes alone, or before two different dashed words, or
    a role, stays as it is (an Arabic or Persian spaced dash also sets off a phrase)."""
    text = (speaker.text or "").strip()
    if doc.lang == "en" or speaker.role or len(name_words(text)) != 1:
        return speaker
    folded = fold_same_length(doc.text)
    word = re.escape(fold_same_length(text))
    alone = re.findall(rf"(?<!\w){word}(?!\w)", folded)
    dashed = [m.group(1) for m in re.finditer(rf"(?<!\w){word}{_DASHED_PART}", folded)]
    if not dashed or len(dashed) != len(alone) or len(set(dashed)) != 1:
        return speaker
    if is_common(dashed[0], doc.lang):
        return speaker
    at = re.search(rf"(?<!\w){word}{_DASHED_PART}", folded)
    return replace(speaker, text=doc.text[at.start() : at.end()])


# A person's name left in Latin letters inside Arabic or Persian text (translated news writes
# foreign names so: "Kit Harington", "Terry Branstad"): two or three capitalised words.
_LATIN_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}(?![\w-])"
)
_LATIN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


LATIN_NAME_AFTER_WORDS = 2  # «سناتور ماساچوست Elizabeth Warren»: the words before the name


def latin_name_in_subject(doc: Document, seg: list[tuple[int, int]]) -> Speaker | None:
    """A Persian subject that writes a Latin-letter name the recogniser missed, no role word
    before it («سناتور ماساچوست Elizabeth Warren روز شنبه گفت»; translated news,
    quotes_dev44b.tsv): the name of two or three capitalised words, when it writes one only."""
    if doc.lang != "fa":
        return None
    folded = fold_same_length(doc.text)
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    cut = next((a for a, b in seg if bare(folded[a:b]) in stops), seg[-1][1])
    # before any preposition: «… در گفتگو با Sunday Times Culture گفت» names whom he told
    names = list(_LATIN_NAME.finditer(doc.text, seg[0][0], cut))
    if len(names) != 1:
        return None
    # two words at most before it, no role among them: «برنت مونتگومری مدیر اجرایی Wheelhouse
    # Entertainment … می گوید» names his company, not him
    before = [w for w in seg if w[1] <= names[0].start()]
    if len(before) > LATIN_NAME_AFTER_WORDS or any(
        starts_role(folded, a, doc.lang) for a, _ in before
    ):
        return None
    return Speaker(None, names[0].group())


def latin_name_after_description(
    doc: Document, seg: list[tuple[int, int]], mention: dict
) -> Speaker | None:
    """A Latin-letter name written right after a Persian description the recogniser took for a
    person («شیرجه‌زن المپیکی Tom Daley می‌گوید»: an Olympic diver; ntrex, quotes_dev45b.tsv):
    the name speaks, the description is in apposition to it. Only for a mention the gazetteer
    does not know, written in Persian letters, the name inside the subject slot."""
    if doc.lang != "fa" or mention["type"] != "PER" or mention.get("canonical"):
        return None
    if re.search(r"[A-Za-z]", mention["text"]):
        return None
    name = _LATIN_NAME.match(doc.text, mention["end"] + 1)
    if not name or doc.text[mention["end"]] != " " or name.end() > seg[-1][1]:
        return None
    return Speaker(None, name.group())


def latin_name(doc: Document, speaker: Speaker) -> str | None:
    """The full Latin-letter name of a one-word Latin-letter speaker the linker left alone in an
    Arabic or Persian article ("Kit گفت" after "Kit Harington به دلیل …"): the one name of two
    or three capitalised words the article writes that begins or ends with that word. None in
    English (its names are recognised whole), for a role, or when two such names differ."""
    text = (speaker.text or "").strip()
    if doc.lang == "en" or speaker.role or not unlinked(speaker.entity):
        return None
    if not _LATIN_WORD.fullmatch(text):
        return None
    found = {
        m.group()
        for m in _LATIN_NAME.finditer(doc.text)
        if text in (m.group().split()[0], m.group().split()[-1])
    }
    return found.pop() if len(found) == 1 else None


def name_cut_short(doc: Document, speaker: Speaker) -> str | None:
    """A person's name the recogniser ended one word early: the speaker's mention followed by
    a word that is no common word, preposition or verb and that the article uses alone
    elsewhere ("محمد بن عبدالرحمن" + "الروقي", later "وبين الروقي"); the name with it."""
    if not (speaker.entity or "").startswith("PER:"):
        return None
    for m in doc.entities:
        if m["entity"] != speaker.entity or m["text"] != speaker.text:
            continue
        nxt = re.match(r" (\w{3,})(?!\w)", doc.text[m["end"] : m["end"] + 40])
        if nxt is None or cue_pattern(doc.lang).match(fold_same_length(doc.text), m["end"] + 1):
            continue  # "مجيدي تصريح كرد": the verb
        if doc.lang == "en" and not nxt.group(1)[:1].isupper():
            continue  # "Clare Short has criticised": an English name's words are capitalised
        if not used_alone(doc, nxt.group(1), m["end"] + 1) and not surname_after_given_name(
            doc, m, nxt.group(1)
        ):
            continue
        return doc.text[m["start"] : m["end"] + nxt.end()]
    return None


@cache
def persian_weekdays() -> frozenset[str]:
    return frozenset(fold_same_length(w) for w in date_words_data.WEEKDAYS)


def surname_before_time(doc: Document, speaker: Speaker) -> str | None:
    """A Persian name the recogniser ended one word early at the head of a sentence's subject,
    the time of day after the missing word («به گزارش فارس از سنندج، علیرضا آرامش ظهر امروز
    در …»: «آرامش» is also "calm"; «رضا انجم شعاع امروز در جلسه …»): the name with that word,
    when it is no preposition, role, title, place or other name's start."""
    if doc.lang != "fa" or not (speaker.entity or "").startswith("PER:"):
        return None
    times = {fold_same_length(w) for w in Q.TIMES_AFTER_NAME.get(doc.lang, ())}
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    folded = fold_same_length(doc.text)
    for m in doc.entities:
        if m["entity"] != speaker.entity or m["text"] != speaker.text:
            continue
        nxt = re.match(r" (\w{3,}) (\w+)(?!\w)", folded[m["end"] : m["end"] + 40])
        head = folded[: m["start"]].rstrip(" ")
        if not nxt or nxt.group(2) not in times or not (head.endswith("،") or head[-1:] in "\n"):
            continue  # a sentence's or the lead's subject only: «…، X Y امروز …»
        at = m["end"] + 1
        word = nxt.group(1)
        if (
            bare(word) in stops
            or word in times
            or word.endswith("ظهر")  # «بعدازظهر امروز»: the afternoon
            or is_date_word(word)
            or word in persian_weekdays()  # «ناصر پورمعلم يكشنبه …»
            or starts_role(folded, at, doc.lang)
            or title_pattern(doc.lang).fullmatch(word)
            or cldr_place(doc.text[at : at + len(word)], doc.lang)
            or any(e["start"] == at for e in doc.entities)
        ):
            continue
        return doc.text[m["start"] : at + len(word)]
    return None


MIN_VARIANT_LENGTH = 5  # letters of a surname two spellings of which may differ by one


def one_edit_apart(a: str, b: str, swaps: bool = False) -> bool:
    """Whether two different words differ by one letter changed, added or dropped inside
    them, or (`swaps`, Arabic) two neighbouring letters swapped, their first and last letters the
    same («باترسرن»/«باترسون», «نوروي»/«نوروزي», «الرافعي»/«الرفاعي»)."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    if len(a) == len(b):
        apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(apart) == 1 or (swaps and swapped(a, b, apart))
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_) - 1))


def swapped(a: str, b: str, apart: list[int]) -> bool:
    """Whether two Arabic words differ only by two neighbouring letters swapped, one of them
    a long vowel («الرافعي»/«الرفاعي»: the article's typing slip, quotes_dev42.tsv)."""
    if len(apart) != 2 or apart[1] != apart[0] + 1:
        return False
    i, j = apart
    return a[i] == b[j] and a[j] == b[i] and bool({a[i], a[j]} & set("اويى"))


def spelled_otherwise(doc: Document, speaker: Speaker) -> Speaker | None:
    """A one-word speaker the linker left alone that is the surname of exactly one person's
    full name of the document spelled one letter otherwise (the article's typing slip:
    «توني باترسرن» … «وأشار باترسون»): that person, his given names and the surname as
    written at the quote (a common word, «نوروزي», only beside a surname that is none). None
    when two names would fit."""
    words = name_words(speaker.text or "")
    if len(words) != 1 or not unlinked(speaker.entity) or speaker.role:
        return None
    word = words[0]
    if len(word) < MIN_VARIANT_LENGTH:
        return None
    fits = [
        m
        for m in doc.entities
        if m["type"] == "PER"
        and len(name_words(m["text"])) > 1
        and len(name_words(m["text"])[-1]) >= MIN_VARIANT_LENGTH
        and one_edit_apart(word, name_words(m["text"])[-1], swaps=doc.lang == "ar")
        and not (is_common(word, doc.lang) and is_common(m["text"].split()[-1], doc.lang))
        and whole_words(doc, m)
    ]
    if len({m["entity"] or m["text"] for m in fits}) != 1:
        return None
    full = max(fits, key=lambda m: len(m["text"]))
    given = full["text"].split()[:-1]
    return Speaker(full["entity"], " ".join([*given, (speaker.text or "").split()[-1]]))


def surname_after_given_name(doc: Document, mention: dict, word: str) -> bool:
    """Whether a one-word person ("حسين", the recogniser's whole name) is followed by a word
    that can only be its surname ("المواطن حسين هزازي مبينا …"): no common word, preposition,
    verb or other entity's start. Arabic and Persian only (English names are capitalised)."""
    if doc.lang == "en" or len(mention["text"].split()) != 1:
        return False
    at = mention["end"] + 1
    if any(m["start"] == at and not nisba_surname(doc, m) for m in doc.entities):
        return False  # "حسين" then "إيران": two names
    stops = word_set("PREPOSITIONS", doc.lang) | word_set("SUBJECT_ENDS", doc.lang)
    folded = fold_same_length(word)
    return not (
        is_common(word, doc.lang)
        or bare(folded) in stops
        or folded.startswith("و")
        or is_date_word(word)
        or that_pattern(doc.lang).fullmatch(folded)
    )


def nisba_surname(doc: Document, mention: dict) -> bool:
    """Whether a place word after an Arabic given name is its surname: one indefinite
    nisba word ("ممدوح عراقي"; an adjective of the name would take the article)."""
    text = mention["text"]
    return (
        doc.lang == "ar"
        and mention["type"] in ("GPE", "LOC")
        and len(text.split()) == 1
        and not fold_same_length(text).startswith("ال")
        and text.endswith(("ي", "ى"))
    )


def used_alone(doc: Document, word: str, at: int) -> bool:
    """Whether a word after a name is another name word the article also uses without the
    name before it (a surname), not a common word, preposition or speech verb."""
    lang = doc.lang
    stops = word_set("PREPOSITIONS", lang) | word_set("SUBJECT_ENDS", lang)
    if bare(fold_same_length(word)) in stops:
        return False
    if is_common(word, lang):
        return speaks_alone(doc, word, at)  # "فرشيد" + "قديمي" ("old"), later "به گفته قديمي"
    if not word[:1].isalpha() or (lang == "en" and not word[:1].isupper()):
        return False
    if lang == "ar" and word.startswith("و"):
        return False  # "عبده الحذيفي وزاد": a conjunction and a verb, not a surname
    others = [
        w.start()
        for w in re.finditer(rf"(?<!\w)(?:و|ف|ل)?{re.escape(word)}(?!\w)", doc.text)
        if w.start() != at and w.end() != at + len(word)
    ]
    return bool(others)


def speaks_alone(doc: Document, word: str, at: int) -> bool:
    """Whether a word that is also a common word stands alone elsewhere in the article as a
    speaker, right before a speech verb or right after a source marker ("به گفته قديمي"):
    there it is a surname, not its common sense."""
    folded = fold_same_length(doc.text)
    marker = source_pattern(doc.lang)
    for w in re.finditer(rf"(?<!\w){re.escape(fold_same_length(word))}(?!\w)", folded):
        if w.start() == at:
            continue
        before = folded[max(0, w.start() - 20) : w.start()].rstrip()
        if cue_pattern(doc.lang).match(folded, w.end() + 1) or (
            marker and any(m.end() == len(before) for m in marker.finditer(before))
        ):
            return True
    return False


def completed_name(doc: Document, speaker: Speaker) -> dict | None:
    """A one-word written speaker that ends a person's name the recogniser cut short
    ("محمدجعفر" recognised, "صدیق" beside it, then "صدیق … بیان داشت"): the person, named
    with both words."""
    word = (speaker.text or "").strip()
    if speaker.entity or len(word.split()) != 1 or is_common(word, doc.lang):
        return None
    for m in doc.entities:
        if m["type"] == "PER" and doc.text.startswith(" " + word, m["end"]):
            after = m["end"] + 1 + len(word)
            if after == len(doc.text) or not doc.text[after].isalnum():
                return {**m, "text": doc.text[m["start"] : after]}
    return None


def shortened_name(doc: Document, speaker: Speaker, at: int, earlier: list[dict]) -> dict | None:
    """The longer name a one-word speaker the linker left alone shortens: the person (or
    earlier speaker) whose first or last word it is, or the organization it heads; None when
    two would fit. A name the linker knows (Trump, Obama) is left as linked."""
    words = name_words(speaker.text or "")
    if len(words) > 1:
        return longer_name(doc, words, at, earlier)
    if not unlinked(speaker.entity):
        return None
    definite = bool(re.match(r"(?:ال|the\s)", (speaker.text or "").strip(), re.IGNORECASE))
    common = is_common(words[0], doc.lang)
    fits = [
        m
        for m in doc.entities + earlier
        if (m["entity"] is None or m["entity"] != speaker.entity)
        and (
            (m["type"] == "PER" or (m["type"] == "SPEAKER" and not common))
            and words[0] in name_ends(m["text"]) | compound_surname_head(m["text"], doc.lang)
            or m["type"] in ("ORG", "SPEAKER")
            and definite
            and name_words(m["text"])[:1] == words
        )
    ]
    if len({m["entity"] or m["text"] for m in fits}) != 1:
        return None
    before = [m for m in fits if m["start"] < at]
    return before[-1] if before else fits[0]


def longer_name(doc: Document, words: list[str], at: int, earlier: list[dict] = ()) -> dict | None:
    """The one longer person's name (or earlier written speaker's: "علی‌اصغر حمزه‌لو"),
    mentioned before `at`, that a speaker of several words ends ("فرج اللهی" of "حمزه فرج
    اللهی": a compound surname; "حمزه‌لو"); None when two would fit."""
    fits = [
        m
        for m in [*doc.entities, *earlier]
        if m["type"] in ("PER", "SPEAKER")
        and m["start"] < at
        and len(name_words(m["text"])) > len(words)
        and name_words(m["text"])[-len(words) :] == words
    ]
    return fits[-1] if len({m["entity"] or m["text"] for m in fits}) == 1 else None


def unlinked(key: str | None) -> bool:
    """Whether a speaker's key is none or only its one word as written (`PER:=حامد`)."""
    return key is None or key.partition(":")[2].startswith("=")


@cache
def surname_suffixes() -> frozenset[str]:
    """Folded Persian surname-forming suffixes (data/gazetteers/surname_suffixes_fa_64.tsv:
    «پور», «زاده», «نژاد» …), read once: a compound surname ending in one is no two names."""
    return frozenset(
        fold_same_length(w)
        for lang, w in read_table("gazetteers/surname_suffixes_fa_64.tsv")
        if lang == "fa"
    )


def compound_surname_head(name: str, lang: str) -> set[str]:
    """The first part of a Persian compound surname written with a ZWNJ («فلاح» of «ربیع‌
    فلاح‌جلودار»), which Fars News writes alone for the person after naming him in full
    (quotes_dev64fa): as a name's end, it may shorten the name. Not when the rest is a
    surname-forming suffix («حسینی» of «حسینی‌پور», «ولی» of «ولی‌پور» is another name), nor a
    part of two letters or less. The name must be two words or more."""
    words = name.split()
    if lang != "fa" or len(words) < 2 or "\u200c" not in words[-1]:
        return set()
    head, rest = words[-1].split("\u200c", 1)
    rest = rest.replace("\u200c", "")
    if len(head) < 3 or len(rest) < 3 or fold_same_length(rest) in surname_suffixes():
        return set()
    return set(name_words(head))


def name_ends(name: str) -> set[str]:
    """The first and last word of a name of two words or more ("حامد", "أحمد" of "حامد
    أحمد"): the words a later mention shortens it to."""
    words = name_words(name)
    return {words[0], words[-1]} if len(words) > 1 else set()


def earlier_speaker(speaker: Speaker, at: int, lang: str = "") -> list[dict]:
    """A written speaker of more than one word that no entity holds, for later quotes whose
    speaker shortens it; in Persian also one whose entity is only one of its words as
    written («لری گیلز» held by `PER:=گیلز`: «گیلز متذکر شد» later is he)."""
    held = speaker.entity and not (lang == "fa" and key_shorter_than(speaker))
    if held or speaker.role or not 2 <= name_word_count(speaker.text or "") <= 4:
        return []
    return [{"start": at, "text": speaker.text, "entity": speaker.entity, "type": "SPEAKER"}]


def key_shorter_than(speaker: Speaker) -> bool:
    """Whether a speaker's key is only some of its words as written (`PER:=گیلز` of «لری
    گیلز»), not the whole written name; also a skeleton key that holds only the first words of
    the written name (`PER:~hsm l br` of «هاشم ولی‎پور مطلق», the recogniser cutting the name
    at a direction mark: the later «ولی‌پور مطلق» is he; quotes_dev63fa, speakers64fa)."""
    written = (speaker.entity or "").partition(":")[2]
    if written.startswith("~"):
        held, said = written[1:].split(), skeleton(speaker.text or "").split()
        return bool(held) and len(held) < len(said) and said[: len(held)] == held
    return written.startswith("=") and len(written[1:].split()) < len((speaker.text or "").split())


@cache
def date_words() -> frozenset[str]:
    """Arabic and Persian month names that are never also a name or a word (not تیر, آب)."""
    tables = (months.GREGORIAN_AR, months.LEVANTINE_AR, months.GREGORIAN_FA, months.JALALI)
    ambiguous = months.JALALI_AMBIGUOUS | months.ARABIC_AMBIGUOUS
    return frozenset(normalize(w) for t in tables for w in t if w not in ambiguous)


def is_date_word(text: str) -> bool:
    """Whether a speaker as written is a month name the recogniser took for a name (بهمن)."""
    return normalize(text.strip()) in date_words()


def without_copy_recipient_48(
    doc: Document, folded: str, found: Found, speaker: Speaker
) -> Speaker:
    """The Arabic subject before a relative clause of receiving a copy that the subject slot
    ran on into («وقالت الحكومة في بيان تلقت وكالة فرانس برس نسخة منه انه …»;
    quotes_dev48.tsv): the one who received the copy is told, the subject before speaks."""
    if doc.lang != "ar" or found.cue_end is None or not speaker.text:
        return speaker
    verbs = "|".join(map(re.escape, word_set("RECEIVED_COPY_48", "ar")))
    nouns = "|".join(map(re.escape, word_set("COPY_NOUNS_48", "ar")))
    clause = re.search(
        rf"(?<!\w)(?:{verbs})\s+(?:\S+\s+){{1,5}}?(?:على\s+)?(?:{nouns})(?!\w)",
        folded[found.cue_end : found.start],
    )
    if clause is None or fold_same_length(speaker.text) not in clause.group():
        return speaker
    before = subject_in(doc, folded, found.cue_end, found.cue_end + clause.start(), True)
    return before if before is not None and before is not CONTINUE and before.text else speaker


def arabic_reference_48(
    doc: Document, speaker: Speaker, last: Speaker, out: list[dict], at: int
) -> Speaker:
    """An Arabic speaker written as words that point back to someone the article has named
    (round quotes48, quotes_dev48.tsv): a question opening the subject slot, the statement
    the previous quote was read from, a role of «هذه» body, an earlier unnamed speaker made
    definite, a role reworded from the one before a name; else the name a title and a role
    are written around. The speaker unchanged when none applies."""
    if doc.lang != "ar" or speaker.entity or not speaker.text:
        return speaker
    return (
        asked_not_said_48(speaker, last)
        or statement_just_quoted_48(doc, speaker, out)
        or this_body_role_48(doc, speaker, last)
        or indefinite_named_before_48(speaker, out)
        or role_words_before_name_48(doc, speaker, at)
        or name_beside_role_48(without_told_noun_48(speaker))
    )


def asked_not_said_48(speaker: Speaker, last: Speaker) -> Speaker | None:
    """The one speaking before, when the subject slot opens with a question word («وكان يقول
    كيف يجوز للرئيس نفسه أن …»): the words are the question asked, not a speaker."""
    words = fold_same_length(speaker.text or "").split()
    if not words or bare(words[0]) not in word_set("QUESTION_WORDS_48", "ar"):
        return None
    return Speaker(last.entity, last.text) if last.text else Speaker(None, None)


def statement_just_quoted_48(doc: Document, speaker: Speaker, out: list[dict]) -> Speaker | None:
    """The speaker of the previous quote when «البيان» speaks next and that quote's sentence
    wrote its statement («وقالت الحكومة في بيان … انه …»، then «وأضاف البيان ان …»): the
    statement is theirs; None otherwise."""
    words = fold_same_length(speaker.text or "").split()
    nouns = {"ال" + w for w in word_set("STATEMENT_NOUNS", "ar")}
    if len(words) != 1 or bare(words[0]) not in nouns or not out or not out[-1]["speaker_text"]:
        return None
    start = out[-1]["start"]
    before = fold_same_length(doc.text[sentence_start(doc.text, start) : start]).split()
    said = fold_same_length(out[-1]["speaker_text"]).split()
    if not any(bare(w) in word_set("STATEMENT_NOUNS", "ar") for w in before):
        return None
    if bare(said[0]) in word_set("STATEMENT_NOUNS", "ar"):
        return None  # «وقال بيان صادر عن …»: the statement as written, its issuer not resolved
    return Speaker(out[-1]["speaker"], out[-1]["speaker_text"])


def this_body_role_48(doc: Document, speaker: Speaker, last: Speaker) -> Speaker | None:
    """The person quoted last, for a role of «this» body («واضافت مديرة هذه المؤسسة ان …»
    after «واكدت راشماواتي سوكارنوبوتري …»): a named person who spoke, of the role's gender
    when the article tells it; None otherwise."""
    words = fold_same_length(speaker.text or "").split()
    if len(words) != 3 or bare(words[1]) not in demonstrative_words("ar"):
        return None
    post = bare(words[0])
    if not starts_role(post.removesuffix("ه").removesuffix("ة"), 0, "ar"):
        return None  # «وقالت إحدى هذه الدراسات»: one of the studies, no post
    if not (last.entity or "").startswith("PER:") or not last.spoke:
        return None
    gender = named_gender_47(doc, last)
    role_gender = "f" if bare(words[0]).endswith(("ة", "ه")) else "m"  # folded: ة is ه
    return Speaker(last.entity, last.text) if gender in (None, role_gender) else None


def indefinite_named_before_48(speaker: Speaker, out: list[dict]) -> Speaker | None:
    """An earlier speaker written indefinite that the article now makes definite («وقال خبير
    قانوني ملم باللوائح "…"», then «قال الخبير القانوني "…"»): the latest such speaker, as
    first written."""
    words = [bare(w) for w in fold_same_length(speaker.text or "").split()]
    if not 1 <= len(words) <= 3 or not all(w.startswith("ال") and len(w) > 3 for w in words):
        return None
    plain = [w[2:] for w in words]
    documents = word_set("ISSUED_DOCUMENTS", "ar") | word_set("STATEMENT_NOUNS", "ar")
    if plain[0] in documents:
        return None  # «وأضاف البيان»: the statement speaks for its issuer, found elsewhere
    for q in reversed(out):
        said = [bare(w) for w in fold_same_length(q["speaker_text"] or "").split()]
        if said[: len(plain)] == plain and len(said) >= len(plain):
            return Speaker(q["speaker"], q["speaker_text"])
    return None


def without_told_noun_48(speaker: Speaker) -> Speaker:
    """An Arabic speaker as written cut before the ones told, «لل» joined to `TOLD_NOUNS`
    («وزير خارجية سنغافورة للصحافيين في كوالالمبور»): the speaker before them."""
    words = (speaker.text or "").split()
    told = {"ل" + w[1:] for w in word_set("TOLD_NOUNS", "ar")}
    cut = next((k for k, w in enumerate(words) if k and bare(fold_same_length(w)) in told), None)
    return replace(speaker, text=" ".join(words[:cut])) if cut else speaker


NAME_BESIDE_ROLE_WORDS_48 = 3  # «اللواء رفعت قمصان مستشار …»: a name of at most three words


def name_beside_role_48(speaker: Speaker) -> Speaker:
    """The name an unrecognised Arabic speaker as written holds between a title and a role
    («اللواء رفعت قمصان مستشار رئيس مجلس الوزراء …» → «رفعت قمصان»), or before a definite role
    in apposition («ماليزيا الرئيس الحالي لاسيان» → «ماليزيا»), or before a role in construct
    after two words or three («حنيفة أمان وزير الخارجية الماليزي»); the speaker unchanged when
    its words are not so arranged."""
    words = (speaker.text or "").split()
    folded = [fold_same_length(w) for w in words]
    titled = bool(folded) and title_pattern("ar").fullmatch(bare(folded[0])) is not None
    first = 1 if titled else 0
    if not titled and starts_role(folded[0] if folded else "", 0, "ar"):
        return speaker
    for k in range(first + 1, min(len(words), first + NAME_BESIDE_ROLE_WORDS_48 + 1)):
        if bare(folded[k]) in word_set("RANKS_BEFORE_NAMES_48", "ar"):
            return speaker  # «الجهاز الإداري لاعبي الفريق»: the team's, no apposition
        if titled and title_pattern("ar").fullmatch(bare(folded[k])):
            return speaker
        # a definite role after one word or more, a role in construct after a full name
        # («حنيفة أمان وزير الخارجية»; one word before «وزير» may be a post: «مساعد وزير»)
        if starts_role(folded[k], 0, "ar") and (
            titled or folded[k].startswith("ال") or k - first >= 2
        ):
            return Speaker(None, " ".join(words[first:k]).rstrip("؛;،,"))
    return speaker


SUBJECT_AFTER_CONJUNCTION_WORDS = 8  # «لكن حنيفة أمان وزير الخارجية الماليزي قال»: words at most


def topic_before_relative_clause(doc: Document, folded: str, cue_start: int) -> Speaker | None:
    """The person an Arabic sentence opens with when a relative clause and a comma follow the
    name and the verb of speech comes right after the comma («مرام القصير الذي برز اسمها في
    مجال تنظيم المعارض، ترى أن …»; quotes_dev50ar.tsv): the topic is the verb's subject, not
    the one named before the sentence. None otherwise."""
    lo = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    lo += len(folded[lo:cue_start]) - len(folded[lo:cue_start].lstrip())
    if folded[lo:cue_start].rstrip()[-1:] not in "،,":
        return None
    relative = re.compile(r"\s(?:" + "|".join(word_set("RELATIVES", "ar")) + r")\s").search(
        folded, lo, cue_start
    )
    if relative is None or _CLAUSE_MARKS_50AR.search(folded, lo, relative.start()):
        return None
    clause = folded[relative.start() : cue_start].rstrip().rstrip("،,")
    if len(clause.split()) > RELATIVE_CLAUSE_WORDS_50AR or _CLAUSE_MARKS_50AR.search(clause):
        return None  # two commas: the sentence says more before the verb
    return topic_person_50ar(doc, folded, lo, relative.start())


def topic_person_50ar(doc: Document, folded: str, lo: int, hi: int) -> Speaker | None:
    """The person written at [lo, hi): a recognised person filling it, or a given name and a
    family name the recogniser missed («مرام القصير»); None otherwise."""
    person = next((m for m in doc.entities if m["start"] == lo and m["end"] == hi), None)
    if person is not None:
        return mention_speaker(doc, person) if person["type"] == "PER" else None
    words = folded[lo:hi].split()
    if len(words) != 2 or not words[1].startswith("ال"):
        return None
    if not could_be_given_name(doc, folded, lo, lo + len(words[0])):
        return None
    return Speaker(None, doc.text[lo:hi])


RELATIVE_CLAUSE_WORDS_50AR = 12  # «الذي برز اسمها في مجال تنظيم المعارض»
_CLAUSE_MARKS_50AR = re.compile(r"[،,:؛;«»\"“”]")  # a comma, colon or mark: more than one clause


def subject_after_opening_conjunction(doc: Document, folded: str, cue_start: int) -> Speaker | None:
    """The subject an Arabic sentence writes between an opening «لكن»/«بينما» and its verb of
    speech, no comma between («لكن حنيفة أمان وزير الخارجية الماليزي قال إنّ …»;
    quotes_dev48.tsv): a person or organization recognised there, else the words as written
    when they open with no preposition; None otherwise (the one speaking before goes on)."""
    lo = sentence_start(doc.text, cue_start, reach=MAX_QUOTE_CHARS)
    opening = folded[lo:cue_start].split()
    if not 2 <= len(opening) <= SUBJECT_AFTER_CONJUNCTION_WORDS + 1:
        return None
    if bare(opening[0]) not in word_set("SUBJECT_AHEAD_CONJUNCTIONS", "ar"):
        return None
    words = opening[1:]
    if any(c in " ".join(words) for c in '،,:«»"') or bare(words[0]) in word_set(
        "PREPOSITIONS", "ar"
    ):
        return None
    s = folded.find(words[0], lo)
    inside = [
        m
        for m in doc.entities
        if s <= m["start"] and m["end"] <= cue_start and m["type"] in ("PER", "ORG")
    ]
    if inside:
        return mention_speaker(doc, people_first(inside)[0])
    written = doc.text[s:cue_start].strip()
    return None if is_fragment(written, "ar") else Speaker(None, written)


ROLE_WORDS_BEFORE_NAME_48 = 6  # «الرئيس السابق لبلدية الجزيرة، مصطفى …»: words looked at
ROLE_CHARS_BEFORE_NAME_48 = 80  # the text those words are taken from
MIN_REWORDED_ROLE_WORDS_48 = 3  # «رئيس البلدية السابق»: fewer could be anyone's post


def role_words_before_name_48(doc: Document, speaker: Speaker, at: int) -> Speaker | None:
    """The one person named right after the same role words in another order («الرئيس السابق
    لبلدية الجزيرة، مصطفى فارساكوغلو», then «وقال رئيس البلدية السابق»): at least three words,
    each written (without article or preposition) among the words just before the name; None
    when no one or more than one person was so introduced."""
    if not starts_role(fold_same_length(speaker.text or ""), 0, "ar"):
        return None
    key = {strip_article(w) for w in role_key(speaker.text.split(), "ar")}
    if len(key) < MIN_REWORDED_ROLE_WORDS_48:
        return None
    holders = {}
    for m in (m for m in doc.entities if m["type"] == "PER" and m["end"] <= at):
        lo = max(0, m["start"] - ROLE_CHARS_BEFORE_NAME_48)
        words = re.split(r"[\s،,]+", doc.text[lo : m["start"]].strip())
        near = role_key(words[-ROLE_WORDS_BEFORE_NAME_48:], "ar")
        if key <= {strip_article(w) for w in near}:
            holders.setdefault(m["entity"], m)
    if len(holders) != 1:
        return None
    return mention_speaker(doc, next(iter(holders.values())))


@stage(
    "quotes",
    requires=["text", "lang", "entities"],
    assigns=["quotes"],
    help="direct and reported quotes with their speakers",
    languages=ANALYSED_LANGUAGES,
)
def make_quotes(settings: Settings):
    def quotes(doc: Document) -> Document:
        doc.quotes = find_quotes(doc)
        return doc

    return quotes
