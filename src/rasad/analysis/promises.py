"""Promise tracking: commitments with a due date, and what later reports say about them.

A sentence is a promise when it carries a commitment verb ("تعهد", "pledged"), or a future,
deadline or commitment-noun cue together with a date after its document's publication day
("بحلول نهاية العام الجاري", "تا پایان سال جاری", "by 31 December"), or a future cue with
"soon" ("سيتحقق قريبا"). A forecast («توقع», "expected to") is no promise; a period that holds
the publication day ("this year") is a due date only beside a future or commitment verb ("will
start this year", not "rose during this year"). The same promise reported by several outlets
is one promise with several statements. Sentences of later documents in the story that are about the same thing (shared
concept words or search keys) and report it done or not done are its evidence, and decide
its status:

- kept: only reports that it was done;
- broken: only reports that it was not done or was delayed, or that it is still not done once
  its due date has passed (a later report that restates the due date is no verdict);
- disputed: both;
- open: no report yet (`overdue` when the due date is before the story's latest document).

Cues are data (`data/promises/cues.tsv`); every statement and evidence points at exact spans.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rasad.analysis.stories import concepts, evidence
from rasad.data import read_table
from rasad.lang.quotes import TIME_WORDS_AFTER_NAME_47
from rasad.model import Document
from rasad.stages.dates import HIJRI, JALALI, year_span
from rasad.text.days import after, first_day, last_day
from rasad.text.digits import to_ascii_digits
from rasad.text.normalize import fold_same_length
from rasad.text.overlap import jaccard
from rasad.text.sentences import sentence_spans
from rasad.text.tokenize import index_terms

SAME_PROMISE = 0.12  # Jaccard of search keys for two statements to be one promise
SAME_PROMISE_IN_DOC = 0.2  # the same, for two sentences of one document (promises74)
RESTATED_WORDS = 4  # words in a row, a commitment verb among them, that one pledge's two
# sentences in one document share (promises76)
RELATED = 0.06  # search-key overlap a later sentence on a shared concept needs
RELATED_NO_CONCEPT = 0.15  # overlap needed when the promise names no known concept
MAX_EVIDENCE = 6
KINDS = (
    "preparing",
    "commit",
    "commitment",
    "future",
    "deadline",
    "soon",
    "forecast",
    "kept",
    "failed",
    "still",
    "other",
    "opener",
    "decide",
    "decided",
    "need",
    "nocue",
    "inforce",
    "term",
    "noun",
    "routine",
    "office",
    "vague",
    "fixture",
    "warning",
    "trend",
    "condition",
    "complement",
    "state",
    "occasion",
    "hearsay",
    "obligation",
    "past_after_date",
    "start",
)
OWN_CALENDAR = {"ar": HIJRI, "fa": JALALI}  # the calendar a language's reports write a bare
# 13xx or 14xx year in
_CONJUNCTION = ("و", "ف")
VERB_LAST = ("fa",)  # languages whose sentences name the date before the match they schedule
GAP = "…"  # between the parts of a cue whose words may stand apart («قرارداد … تمدید کرد»)
_MARKS = re.compile("[\u064b-\u065f\u0670]")  # Arabic vowel marks, shadda among them
_SHADDA = "\u0651"
_TANWEEN_ALIF = re.compile("\u064b(?=ا)|(?<=ا)\u064b")  # «يدًا», «جدًا»: a word's ending, no break
_WORD = re.compile("\\w[\\w\u064b-\u065f\u0670]*")
_DASHES = ("-", "–", "—")
_GLUED = ("لل", "بال")  # a name read with its preposition («للجامعة العربية») is a fragment
_PREPOSITIONS = ("ل", "ب")  # glued to a name the document also writes bare («لبرشلونة», «برشلونة»)
PLEDGE_WINDOW = 8  # words after an ambiguous «وعد» that a clause it promises starts within
PLEDGE_NOUN_WINDOW = 18  # the same for a verbal noun after «ب», past a long subject
_PRONOUNS = ("", "ه", "ها", "هم", "هما", "ی", "نا")  # folded «بأن» forms: بأنه, بأنها, بأني…
NOUN_CUES = ("routine", "fixture")  # kinds whose cues are nouns, found after a preposition too
FIXTURE_WINDOW = 3  # words after a team's name a fixture word it faces may stand at
DEADLINE_WINDOW = 3  # words before a date a deadline cue introducing it may stand at
SUBJECT_WINDOW = 5  # words after a commitment verb (or a sentence's start) a subject may sit at
_SPEAKER_TYPES = ("PER:", "ORG:")  # a promiser is a linked person or body, never a place


@cache
def cues() -> dict[str, dict[str, tuple[str, ...]]]:
    """language → kind → folded cues."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for lang, kind, cue in read_table("promises/cues.tsv"):
        if kind not in KINDS:
            raise ValueError(f"promises/cues.tsv: unknown kind {kind!r}")
        folded = fold_same_length(cue).replace("\u200c", " ").lower()
        out[lang][kind].append(folded if kind == "other" else _MARKS.sub("", folded))
    return {lang: {k: tuple(v) for k, v in kinds.items()} for lang, kinds in out.items()}


def cue_kinds(sentence: str, lang: str) -> set[str]:
    """The kinds of cue a sentence holds. A word written with a shadda that makes it another
    word than the cue it folds to («وعدّ», considered, beside «وعد», promised: the `other` cues)
    is no cue at all, and so is an `opener` cue that opens the sentence bare. In Arabic a
    phrase may open with the conjunction («ومن المتوقع» holds «من المتوقع»)."""
    folded = fold_same_length(sentence).replace("\u200c", " ").lower()
    words = plain_words(folded, lang)
    if words and words[0] in cues().get(lang, {}).get("opener", ()):
        words = words[1:]  # «وعد الاجتماع رسالة …»: و + عُدّ, the sentence's conjunction
    words = without_nocue(words, lang)
    bare = _without_phrases(words, _phrases(lang, "noun"))
    noun = len(bare) < len(words)  # «على تعهد من الموظف»: a commitment noun, no pledge
    words = bare
    tokens = set()
    for token in words:
        tokens.add(token)
        if token[:1] in _CONJUNCTION and len(token) > 3:
            tokens.add(token[1:])
    spaced = plain = " " + " ".join(words) + " "
    if lang == "ar":
        spaced += (
            " ".join(w[1:] if w[:1] in _CONJUNCTION and len(w) > 2 else w for w in words) + " "
        )
    glued = without_preposition(tokens) if lang == "ar" else set()
    found = {
        kind
        for kind, (single, phrases) in cue_sets(lang).items()
        if kind not in ("noun", "complement")
        and (
            not single.isdisjoint(tokens | glued if kind in NOUN_CUES else tokens)
            or any(p in spaced for p in phrases)
        )
    }
    found |= {kind for kind, parts in gapped_cues(lang) if in_order(plain, parts)}
    if "commit" in found and not pledged(words, lang):
        found.discard("commit")
    return found | {"commitment"} if noun else found


def without_preposition(tokens: set[str]) -> set[str]:
    """Arabic tokens without the preposition glued to them: «بالمعسكر» → «المعسكر», «للمباراة»
    → «المباراة», «بمعسكر» → «معسكر». Looked up for the NOUN_CUES kinds only: a commitment verb
    after «ب» is the noun («بتعهد», with an undertaking; promises78)."""
    out = set()
    for token in tokens:
        if token.startswith("لل") and len(token) > 4:
            out.add("ا" + token[1:])
        elif token[:1] in _PREPOSITIONS and len(token) > 4:
            out.add(token[1:])
    return out


def pledged(words: list[str], lang: str) -> bool:
    """Whether a sentence holding a commitment verb pledges: always, unless its only commitment
    verbs are the forms that are as often another word (the `opener` cues «وعد», «وعدت»: «وعُدّت
    نسخة الملك فيصل الأكثر براعة», was counted; «وعدت للبيت», and I returned). Those pledge
    only with what is promised after them: a `complement` («أن», «بأن», «به») within
    PLEDGE_WINDOW words, or a verbal noun after «ب» («بتقديم», «بإجراء», «بحلها») within
    PLEDGE_NOUN_WINDOW words, past a long subject («وعدت الدول المنضوية في التحالف الدولي الذي
    تقوده الولايات المتحدة … بتقديم حزمة مساعدات»; promises78)."""
    commits = cue_sets(lang).get("commit", (frozenset(), ()))
    ambiguous = set(cues().get(lang, {}).get("opener", ()))
    if not ambiguous:
        return True
    spaced = " " + " ".join(words) + " "
    if any(p in spaced for p in commits[1]):
        return True
    found = False
    for i, word in enumerate(words):
        bare = word[1:] if word[:1] in _CONJUNCTION and word[1:] in commits[0] else word
        if bare not in commits[0]:
            continue
        if bare not in ambiguous:
            return True
        found = True
        after = words[i + 1 : i + 1 + PLEDGE_NOUN_WINDOW]
        if any(_complement(w, lang) for w in after[:PLEDGE_WINDOW]) or any(
            _verbal_noun_object(w) for w in after
        ):
            return True
    return not found


def _complement(word: str, lang: str) -> bool:
    """Whether a word opens what a pledge promises as a clause or pronoun: a `complement` cue
    («أن», «بأن», «به») or «بأن» with its pronoun («بأنه», «بأنها»)."""
    complements = cue_sets(lang).get("complement", (frozenset(), ()))[0]
    return word in complements or (word.startswith("بان") and word[3:] in _PRONOUNS)


def _verbal_noun_object(word: str) -> bool:
    """Whether an Arabic word is a verbal noun after «ب», what a pledge promises: «بتقديم»,
    «بافتتاح», «بإجراء» (folded «باجراء»), «بالعمل», or with a pronoun «بحلها»; not «بأن…»."""
    if word.startswith("بان") and word[3:] in _PRONOUNS:
        return False
    return word.startswith(("بت", "با")) or (
        word[:1] == "ب" and len(word) > 3 and word.endswith(("ها", "هم", "هما"))
    )


def in_order(spaced: str, parts: tuple[str, ...]) -> bool:
    """Whether a sentence's spaced text holds the " "-padded parts one after another, with any
    words between («قرارداد خود را تا سال 2022 تمدید کرد» holds «قرارداد … تمدید کرد»)."""
    at = 0
    for part in parts:
        at = spaced.find(part, at)
        if at < 0:
            return False
        at += len(part) - 1
    return True


@cache
def gapped_cues(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, " "-padded parts) of the language's cues written with «…» between their parts:
    words that make the cue with others between them (promises76)."""
    return tuple(
        (kind, tuple(f" {part.strip()} " for part in cue.split(GAP)))
        for kind, words in cues().get(lang, {}).items()
        for cue in words
        if GAP in cue
    )


@cache
def _phrases(lang: str, kind: str) -> tuple[tuple[str, ...], ...]:
    """The language's cues of one kind as word tuples («حتى أن», even, is no deadline «حتى»)."""
    return tuple(tuple(c.split()) for c in cues().get(lang, {}).get(kind, ()))


def nocue_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """The language's `nocue` phrases as word tuples."""
    return _phrases(lang, "nocue")


def without_nocue(words: list[str], lang: str) -> list[str]:
    """A sentence's words without those of its `nocue` phrases, so that «حتى أن بعض الفرق
    باعت …» (even) holds no deadline; a phrase may open with the conjunction («وحتى أن»)."""
    return _without_phrases(words, nocue_phrases(lang))


def _without_phrases(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[str]:
    """A sentence's words without those of the given phrases (`without_nocue`; the `noun`
    phrases: «وأخذ تعهد منه» is the noun, taken out before the pledge verbs are looked up)."""
    if not phrases:
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        for phrase in phrases:
            head = words[i]
            if head[:1] in _CONJUNCTION and head[1:] == phrase[0]:
                head = head[1:]
            if (head,) + tuple(words[i + 1 : i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(words[i])
            i += 1
    return out


@cache
def other_cues(lang: str) -> frozenset[str]:
    """The language's `other` cues (words a shadda tells from a cue), as a set read once:
    `plain_words` asks for every sentence and, through `_after_commit`, every word."""
    return frozenset(cues().get(lang, {}).get("other", ()))


def plain_words(folded: str, lang: str) -> list[str]:
    """A folded sentence's words, leaving out every word whose shadda makes it one of the
    language's `other` cues. A vowel mark inside a word ends a word as before («وَعْدِ» in a
    vowelled verse is no cue «وعد»: marks are kept for such texts, not for news), but a shadda
    followed by a letter does not: it doubles a consonant of one word («وعدّد منها», and
    enumerated, is «وعدد», not the pledge «وعد» and a stray «د»; promises74)."""
    other = other_cues(lang)
    out = []
    for raw in _WORD.findall(_TANWEEN_ALIF.sub("", folded)):
        marked = "".join(c for c in raw if c == _SHADDA or not _MARKS.match(c))
        bare = marked[1:] if marked[:1] in _CONJUNCTION else marked
        if _SHADDA in marked and (marked in other or bare in other):
            continue
        if _SHADDA in marked.rstrip(_SHADDA):
            out.append(_MARKS.sub("", raw))
            continue
        out.extend(re.findall(r"\w+", raw))
    return out


@cache
def cue_sets(lang: str) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """kind → (one-word cues, " "-padded phrases) of a language: a word is looked up in the
    sentence's token set, a phrase searched in its spaced text."""
    return {
        kind: (
            frozenset(w for w in words if " " not in w),
            tuple(f" {w} " for w in words if " " in w and GAP not in w),
        )
        for kind, words in cues().get(lang, {}).items()
    }


def concepts_in(sentence: str, lang: str) -> set[str]:
    """Claim concepts (troops, withdrawal…) a sentence names."""
    tokens = [
        t.removeprefix("و").removeprefix("ال") for t in fold_same_length(sentence).lower().split()
    ]
    if lang == "ar":  # «وجود لقوات قتالية», «بسحب القوات»: the concept after its preposition
        tokens += [t[2:] for t in tokens if t.startswith("لل")]
        tokens += [t[1:].removeprefix("ال") for t in tokens if t[:1] in _PREPOSITIONS]
    return {
        concept
        for concept, by_lang in concepts().items()
        if any(t.startswith(w) for t in tokens for w in by_lang.get(lang, []) if " " not in w)
    }


@dataclass
class Statement:
    doc: Document
    start: int
    end: int
    due: str | None
    speaker: str | None
    keys: set[str]
    concepts: set[str]
    days: tuple[str, ...] = ()  # every future date the sentence names; `due` is the latest
    kinds: frozenset[str] = frozenset()  # the sentence's cue kinds


@dataclass
class Promise:
    statements: list[Statement]
    evidence: list[dict[str, Any]] = field(default_factory=list)

    @property
    def first(self) -> Statement:
        return self.statements[0]


def _day(doc: Document) -> str | None:
    """The earliest day a document can have been published."""
    return first_day(doc.published)


def _last_day(doc: Document) -> str | None:
    """The latest day a document can have been published."""
    return last_day(doc.published)


def _speaker(doc: Document, start: int, end: int, kinds: set[str]) -> str | None:
    """Who makes the promise of a sentence, or none: in Arabic, the person or body right after
    its commitment verb («تعهد رئيس اللجنة الأولمبية الدولية توماس باخ»), or the speaker of the
    quote the verb stands in («… وعدت بابا شيخ …», said by Barzani); else the speaker the
    quotes stage gave a quote of the sentence; else, in Arabic and English, the person or body
    that opens the sentence as its subject (its first words: «تنظم الغرفة التجارية …», "Kerry
    will travel"). A name elsewhere in the sentence is as likely the hearer, the accused or a
    byline («فايز الأسمري - سبق - الرياض:») as the promiser, so it is not shown."""
    names = sorted(
        (
            m
            for m in doc.entities
            if start <= m["start"]
            and m["end"] <= end
            and m["type"] in ("PER", "ORG")
            and not _glued(doc, m["text"])
        ),
        key=lambda m: m["start"],
    )
    if doc.lang == "ar" and "commit" in kinds and (found := _after_commit(doc, start, end, names)):
        return _shown(_without_time_word(found, doc.lang), doc, start, end)
    for q in doc.quotes:
        if q["start"] < end and start < q["end"] and q.get("speaker_text"):
            return _shown(_quote_speaker(doc, q), doc, start, end)
    if doc.lang in ("ar", "en") and not _aside(doc, start, end):
        found = _subject(doc, start, end, names, "commit" not in kinds)
        return _shown(_without_time_word(found, doc.lang), doc, start, end) if found else None
    return None


@cache
def _not_speakers(lang: str) -> dict[str, tuple[str, ...]]:
    """kind → folded words of promises/not_speakers.tsv for a language."""
    out: dict[str, list[str]] = defaultdict(list)
    for row_lang, kind, word in read_table("promises/not_speakers.tsv"):
        if row_lang == lang:
            out[kind].append(_fold(word))
    return {kind: tuple(words) for kind, words in out.items()}


def _fold(text: str) -> str:
    """A name or sentence folded for the speaker lists: letter variants, no half-spaces."""
    return fold_same_length(text).replace("\u200c", " ").lower()


def _shown(name: str | None, doc: Document, start: int, end: int) -> str | None:
    """A speaker as shown, or none when it cannot be who promises: a news outlet (a word of
    promises/not_speakers.tsv `media`: «نيويورك تايمز» reports the king's promise, it does
    not make it), a common noun (`noun`: «البيان»; `demonstrative`: «اين مركز تحقيقاتي»), or
    a revered dead figure (`honorific` after the name in the sentence: «امام موسی کاظم(ع)»,
    the imam a ceremony mourns)."""
    if not name:
        return None
    lists = _not_speakers(doc.lang)
    folded = _fold(name)
    if folded in lists.get("noun", ()) or not set(folded.split()).isdisjoint(
        lists.get("media", ())
    ):
        return None
    if folded.split()[:1] and folded.split()[0] in lists.get("demonstrative", ()):
        return None  # «اين مركز تحقيقاتي»: this centre, a common noun phrase
    sentence = _fold(doc.text[start:end])
    at = sentence.find(folded)
    while at >= 0:
        tail = sentence[at + len(folded) : at + len(folded) + 14].lstrip()
        if tail.startswith(lists.get("honorific", ())):
            return None
        at = sentence.find(folded, at + 1)
    return name


def _aside(doc: Document, start: int, end: int) -> bool:
    """Whether a sentence opens an aside («يذكر أن توريس … كان قد انتقل»): background about
    its first name, who is the topic, not a promiser (promises72: two of two judged wrong)."""
    opening = " ".join(plain_words(_fold(doc.text[start:end]), doc.lang)[:4])
    return any(
        opening.startswith(a) or opening.startswith("و" + a)
        for a in _not_speakers(doc.lang).get("aside", ())
    )


def _faces_fixture(doc: Document, at: int, end: int) -> bool:
    """Whether a fixture word (promises/not_speakers.tsv: «مواجهة», «مباراة») stands within
    FIXTURE_WINDOW words after offset `at` (a name's end) in its sentence: the team named
    there faces the fixture («سيضطر ليفربول إلى مواجهة»); the league or the organiser set it.
    A fixture word further on («تنهي إدارة نادي الوحدة خلال الساعات … من معسكر الفريق») is
    another clause's."""
    words = plain_words(_fold(doc.text[at:end]), doc.lang)[:FIXTURE_WINDOW]
    words += [w[1:] for w in words if w[:1] in _CONJUNCTION]
    return not set(words).isdisjoint(_not_speakers(doc.lang).get("fixture", ()))


def _glued(doc: Document, name: str) -> bool:
    """Whether a name was read with the preposition glued to it: «للجامعة العربية», or
    «لبرشلونة» where the document names «برشلونة» too (promises68: «ولا يمكن لبرشلونة إشراك
    لاعبين جدد», the club as speaker of a transfer ban), or whose first word is a body's head noun
    behind «ب» or «ل» (promises/not_speakers.tsv `institution`: «عمادة شؤون الطلاب بجامعة الملك
    عبدالعزيز», the deanship's university, not a promiser; promises80)."""
    if name.startswith(_GLUED):
        return True
    if name[:1] not in _PREPOSITIONS:
        return False
    head = _fold(name.split()[0][1:])
    return head in _not_speakers(doc.lang).get("institution", ()) or any(
        m["text"] == name[1:] for m in doc.entities
    )


def _quote_speaker(doc: Document, quote: dict) -> str | None:
    """The speaker the quotes stage gave a quote, unless it is linked to something else than a
    person or body: a place («افغانستان» of «دولت افغانستان») is not who promises (promises68).
    An unlinked speaker is kept: most are described sources («مصادر مطلعة», «سخنگوي ارتش
    اسرائيل») or surnames («وارسته», «والي»), and withholding the one-word ones («القبول»,
    «رداً») lost as many right ones («صلة», «والي», «المصدر»; promises66, promises68)."""
    kind = _speaker_kind(doc, quote.get("speaker") or "")
    if kind is not None and f"{kind}:" not in _SPEAKER_TYPES:
        return None
    return _without_fused_tail(_without_time_word(quote.get("speaker_text"), doc.lang), doc)


def _without_fused_tail(name: str | None, doc: Document) -> str | None:
    """An Arabic quote speaker cut to the person or body it opens with, when the words after
    it belong to no name the document holds: the quotes stage read the next word of the
    sentence into the name («فؤاد لرفض», «عمار طراد إداري», «ناجي الأحمدي العاملات»; 4 of 4
    on the session-66 archive, promises84). A tail some mention holds stays («شريف إسماعيل»,
    «فلاي دبي»)."""
    if not name or doc.lang != "ar":
        return name
    heads = sorted(
        {m["text"] for m in doc.entities if m["type"] in ("PER", "ORG")}, key=len, reverse=True
    )
    if name in heads:
        return name
    named = {w for m in doc.entities for w in m["text"].split()}
    for head in heads:
        if name.startswith(head + " "):
            return head if named.isdisjoint(name[len(head) :].split()) else name
    return name


def _speaker_kind(doc: Document, key: str) -> str | None:
    """The entity type of a quote's speaker key, None when unlinked: a mention key carries it
    («PER:…»); once the story's documents are linked (the stored views) the key is an entity id
    («e268da0621d»), whose type its mentions in the document give. Read only the mention key,
    every linked speaker had been taken for a place and no quote's speaker was shown as a
    promiser in `rasad promises` (promises80: «أعلن بوغدانوف أنه سيتم …» showed «?»)."""
    if not key:
        return None
    if ":" in key:
        return key.split(":", 1)[0]
    return next((m["type"] for m in doc.entities if m.get("entity") == key), None)


def _without_time_word(name: str | None, lang: str) -> str | None:
    """A speaker's name without a weekday or time word the recogniser fused onto it
    («ميخائيل بوجدانوف الخميس»: the day he spoke), when two words of the name remain («أحمد
    الخميس» is a name)."""
    words = (name or "").split()
    times = _time_words(lang)
    if len(words) > 2 and fold_same_length(words[-1]) in times:
        return " ".join(words[:-1])
    return name


@cache
def _time_words(lang: str) -> frozenset[str]:
    """Weekdays and time words that may follow a name (lang/quotes.py and
    promises/speaker_time_words.tsv), folded."""
    words = [*TIME_WORDS_AFTER_NAME_47.get(lang, ())]
    words += [
        w for row_lang, w in read_table("promises/speaker_time_words.tsv") if row_lang == lang
    ]
    return frozenset(fold_same_length(w) for w in words)


def _after_commit(doc: Document, start: int, end: int, names: list[dict]) -> str | None:
    """The person (else the body) named within SUBJECT_WINDOW words after a commitment verb."""
    commits = cue_sets(doc.lang).get("commit", (frozenset(), ()))[0]
    for m in re.finditer(r"\S+", doc.text[start:end]):
        word = plain_words(fold_same_length(m.group()).lower(), doc.lang)
        token = word[0] if word else ""
        if token not in commits and token[1:] not in commits:
            continue
        at = start + m.start()
        quote = next((q for q in doc.quotes if q["start"] <= at < q["end"]), None)
        if quote is not None:  # «… وعدت بابا شيخ …» in a speech: its speaker promised
            return _quote_speaker(doc, quote)
        after = [
            n
            for n in names
            if 0 <= _words_between(doc.text, start + m.end(), n["start"]) < SUBJECT_WINDOW
        ]
        best = next((n for n in after if n["type"] == "PER"), None) or next(iter(after), None)
        if best:
            return best["text"]
    return None


def _subject(
    doc: Document, start: int, end: int, names: list[dict], fixtures: bool = False
) -> str | None:
    """A person or body among a sentence's first SUBJECT_WINDOW words, not a byline (a name
    followed by a dash), nor a possessor (`_genitive`: «بات مسؤول الاستثمار بالنادي الأهلي»,
    «مبيعات أطقم نادي النصر»); with `fixtures`, no body that faces a fixture (`_faces_fixture`)."""
    for n in names:
        if _words_between(doc.text, start, n["start"]) >= SUBJECT_WINDOW:
            return None
        if doc.text[n["end"] : n["end"] + 3].strip().startswith(_DASHES):
            continue
        if _genitive(doc, start, n["start"]):
            return None
        if fixtures and n["type"] != "PER" and _faces_fixture(doc, n["end"], end):
            return None
        return n["text"]
    return None


def _genitive(doc: Document, start: int, at: int) -> bool:
    """Whether the name at offset `at` follows a noun as its possessor (Arabic): the word
    before it (past a team word «نادي», «منتخب») is a genitive head of
    promises/not_speakers.tsv («مباراة النصر», «فريق رودجرز») or a noun glued to a preposition
    and the article («بالنادي الأهلي», «للنادي»). Then the name is not the sentence's subject."""
    lists = _not_speakers(doc.lang)
    before = [w for w in _fold(doc.text[start:at]).split() if re.search(r"\w", w)]
    if before and before[-1] in lists.get("team", ()):
        before = before[:-1]
    if not before:
        return False
    word = before[-1]
    bare = word[1:] if word[:1] in _CONJUNCTION and len(word) > 3 else word
    return bare in lists.get("genitive", ()) or (doc.lang == "ar" and bare.startswith(_GLUED))


def _words_between(text: str, a: int, b: int) -> int:
    """How many words stand between offsets a and b (-1 when b is before a)."""
    return len(text[a:b].split()) if b >= a else -1


def statements(doc: Document) -> list[Statement]:
    """The promises one document makes or reports."""
    day = _day(doc)
    if day is None:
        return []
    column = is_column(doc)
    out = []
    for s, e in sentence_spans(doc.text, min_chars=10):
        kinds = cue_kinds(doc.text[s:e], doc.lang)
        if "failed" in kinds or "kept" in kinds:
            continue  # a report on a promise, not a promise
        if "forecast" in kinds and "commit" not in kinds:
            continue  # an expectation, which no one can keep or break
        if "trend" in kinds:
            continue  # a quantity's own rise, even "promised" («وعده داد: … افزايش خواهد يافت»)
        if "condition" in kinds and "commit" not in kinds:
            continue  # only if something else happens («فقط في حالة ما إذا»): a rule, no plan
        if "need" in kinds and not kinds & {"commit", "future"}:
            continue  # what it takes («يحتاج إلى أسبوعين حتى يتعافى»), not what someone will do
        if "inforce" in kinds and not kinds & {"commit", "future"}:
            continue  # a rule in force until a date («قد دخل حيز التنفيذ … وحتى 31 يناير 2016»)
        if "term" in kinds and not kinds & {"commit", "future"}:
            continue  # a contract's length («ويستمر عقده … حتى يونيو 2016»), nothing due then
        if kinds & {"routine", "office"} and "commit" not in kinds:
            continue  # a team's training calendar, a term of office: nobody's pledge
        if kinds & {"state", "occasion"} and not kinds & {"commit", "future"}:
            continue  # on holiday until, usually, the coming of a commemorated day (promises80)
        if "hearsay" in kinds and "commit" not in kinds:
            continue  # what a speaker heard («سمعنا من وسائل الإعلام أن …»), not his plan
        if "vague" in kinds:
            continue  # a vow to do one's best («ما بوسعها»): nothing to keep or miss
        if doc.text[s:e].rstrip(" \"'»”)").endswith(("?", "؟")):
            continue  # a question asks whether, it does not promise
        verb = bool(kinds & {"future", "commit"})
        days = _due_days(doc, s, e, day, verb)
        if "commit" not in kinds and any(
            k in kinds and (doc.lang in VERB_LAST or _cue_before_date(doc, s, e, day, k))
            for k in ("fixture", "warning")
        ):
            continue  # a team's match, a rally; «هشدار داده است، كه اگر … تا سال 2015»
        due = _shown_due(doc, s, e, day, max(days, default=None))
        dated = due is not None and bool(kinds & {"future", "deadline", "commit", "commitment"})
        if dated and "obligation" in kinds and not kinds & {"future", "commit", "commitment"}:
            dated = _deadline_dated(doc, s, e, days)  # «باید … تا دنیا بداند»: no deadline
        soon = "soon" in kinds and verb
        if not (dated or soon or "commit" in kinds):
            continue
        speaker = _speaker(doc, s, e, kinds)
        if column and not ("commit" in kinds and speaker):
            continue  # a column's views and forecasts: only a named pledge it reports
        text = doc.text[s:e]
        out.append(
            Statement(
                doc,
                s,
                e,
                due,
                speaker,
                set(index_terms(text, doc.lang)),
                concepts_in(text, doc.lang),
                days,
                frozenset(kinds),
            )
        )
    return out


def _due_days(doc: Document, start: int, end: int, day: str, verb: bool) -> tuple[str, ...]:
    """The dates of a sentence that can be its due date: each ends after the publication day
    and, unless a future or commitment verb goes with it, begins after it too. A date is read
    as the report reads it (`_past_in_own_calendar`, `_past_day_named`), and a due date is
    never shown before the report: a Jalali or Hijri year's value is the Gregorian year it
    begins in («تا پایان سال جاری», said in Bahman 1387, is "2008"), so such a year is due by
    its window's last day, 2009-03-20 (promises82), as is any date whose value the report
    has passed; `_shown_due` shows the one chosen."""
    out = []
    for d in doc.dates:
        if not (start <= d["start"] and d["end"] <= end and d["value"]):
            continue
        if d["window"][1] <= day or (d["window"][0] <= day and not verb):
            continue
        if _past_in_own_calendar(doc, d, day) or _past_day_named(doc, d, start, end, day):
            continue
        out.append(d["window"][1] if after(day, d["value"]) else d["value"])
    return tuple(out)


def _shown_due(doc: Document, start: int, end: int, day: str, due: str | None) -> str | None:
    """A sentence's due date as shown: a Jalali or Hijri year's value is the Gregorian year it
    begins in, so «فروش روزانه نفت در سال آینده», 1400 said in Dey 1399, showed "2021" and
    overdue; when that Gregorian year is the report's own, the year is shown by its last day,
    2022-03-20 (promises84). A later year's label is kept: it is after the report, and a month
    the sentence names beside it («در ماه ژانويه سال آينده») is the due date when it is later."""
    if not due or len(due) != 4:
        return due
    for d in doc.dates:
        if (
            start <= d["start"]
            and d["end"] <= end
            and d["value"] == due
            and d.get("precision") == "year"
            and d.get("calendar") in (JALALI, HIJRI)
            and due <= day[:4]
        ):
            return d["window"][1]
    return due


def _past_in_own_calendar(doc: Document, d: dict, day: str) -> bool:
    """Whether a year written without its calendar's mark is past when read in the calendar
    the report's language writes such years in: a Saudi report's «حتى عام 1410» is the Hijri
    1410 (1989-90), which the dates stage, reading years up to 1420 as Solar Hijri, dated
    2031 (promises82). The dates stage now reads such years so itself (promises84); this
    guards the dates stored before `rasad backfill recognise` finds them again."""
    own = OWN_CALENDAR.get(doc.lang)
    text = to_ascii_digits(d.get("text") or "").rstrip()
    year = re.search(r"(\d{4})$", text)
    if not (own and year and d.get("precision") == "year" and d.get("calendar") != own):
        return False
    if d.get("relative") or not 1300 <= int(year[1]) < 1500:
        return False
    return year_span(own, int(year[1]))[1].isoformat() <= day


def _past_day_named(doc: Document, d: dict, start: int, end: int, day: str) -> bool:
    """Whether a day written without a year is told as past: its sentence writes the same day
    with a past year («درباره دوم و سوم خرداد …: … چهار دهه تا سوم خرداد 61»: the
    anniversary, not the coming 3 Khordad), or a past copula follows it («العاشر من أغسطس كان
    نقطة التوافق», 1990's; `past_after_date` cues)."""
    if not d.get("relative"):
        return False
    written = _fold(d.get("text") or "")
    for other in doc.dates:
        if other is d or not (start <= other["start"] and other["end"] <= end):
            continue
        named = _fold(other.get("text") or "")
        if named.startswith(written) and not other.get("relative") and other.get("window"):
            return other["window"][1] < day
    following = plain_words(_fold(doc.text[d["end"] : end]), doc.lang)[:1]
    return bool(following) and following[0] in cues().get(doc.lang, {}).get("past_after_date", ())


def _deadline_dated(doc: Document, start: int, end: int, days: tuple[str, ...]) -> bool:
    """Whether a deadline cue of the sentence introduces one of its due `days`: the cue stands
    within DEADLINE_WINDOW words before it («حداکثر تا روز دوشنبه 30 آبان‌ماه», «بحلول 21
    أغسطس») or opens it («تا پایان خرداد», «قبل نهاية العام الحالي»); a `start` word does as
    well («از فردا فراخوان … اعلام می‌شود»). Asked of a sentence
    that says what someone must do (an `obligation`, «باید», «يجب») with no future or
    commitment verb: a deadline set for it makes it a deadline («بهره‌برداران باید حداکثر تا
    … مراجعه کنند»); a deadline word elsewhere is the Persian «تا» opening a clause, "so that"
    («هرکس … بايد در راهپيمايي شركت كند تا دنیا بداند»), and the date the sentence names is
    that of what is urged, a demand on others, not anyone's promise (promises82)."""
    for d in doc.dates:
        if not (start <= d["start"] and d["end"] <= end and d["value"] in days):
            continue
        before = plain_words(_fold(doc.text[start : d["start"]]), doc.lang)[-DEADLINE_WINDOW:]
        opening = plain_words(_fold(doc.text[d["start"] : d["end"]]), doc.lang)[:2]
        if cue_kinds(" ".join(before + opening), doc.lang) & {"deadline", "start"}:
            return True
    return False


def _cue_before_date(doc: Document, start: int, end: int, day: str, kind: str) -> bool:
    """Whether a cue of `kind` stands before a date of its sentence that ends after the
    publication day: the date is what it warns of or when the match is («حذرت من أن …
    بحلول», «ومن المقرر إقامة مباراة الإياب … بعد غد»). A cue after every date is another
    clause's («ترغب المنظمة في تقليل … بحلول عام 2020، لكنها حذرت من أن»: the target stays;
    «اجتماع مجلس الإدارة ظهر غدٍ … وبداية مباريات دوري»: the meeting stays; promises76)."""
    return any(
        kind in cue_kinds(doc.text[start : d["start"]], doc.lang)
        for d in doc.dates
        if start <= d["start"] and d["end"] <= end and d["value"] and d["window"][1] >= day
    )


def is_column(doc: Document) -> bool:
    """Whether a document is an opinion column: its text holds a mark its outlet prints on
    columns (promises/column_marks.tsv, «مقالات أخرى للكاتب»). A column's future sentences
    are its writer's views («وسيرتفع إلى 5 ملايين برميل في 2025»), not anyone's promise
    (promises72: the Gulf energy column of the s61 archive)."""
    return any(mark in doc.text for mark in _column_marks(doc.lang))


@cache
def _column_marks(lang: str) -> tuple[str, ...]:
    return tuple(
        mark for row_lang, mark in read_table("promises/column_marks.tsv") if row_lang == lang
    )


def _same(a: Statement, b: Statement) -> bool:
    """Two statements of one promise: the same due date (or none) and the same concepts, and
    similar wording or, across languages, a shared concept with the same due day. Two sentences
    of one document share its topic words whatever they schedule (a festival's opening and a
    film's screenings, voter and candidate registration), so they need closer wording
    (SAME_PROMISE_IN_DOC: of the 14 merges it undoes on the session-62 archive, 11 were two
    things and 3 one; promises74)."""
    if a.doc.id == b.doc.id and _restates(a, b):
        return True
    if a.concepts and b.concepts and not a.concepts & b.concepts:
        return False
    if _holds(a.due, b.due) and a.concepts & b.concepts:
        return True  # «بحلول نهاية العام الجاري 2021» and «بحلول 31 ديسمبر 2021», of troops
    if (a.due or "")[:7] != (b.due or "")[:7]:
        return False
    least = SAME_PROMISE_IN_DOC if a.doc.id == b.doc.id else SAME_PROMISE
    return jaccard(a.keys, b.keys) >= least


def _holds(a: str | None, b: str | None) -> bool:
    """Whether two due dates are one, or one holds the other (a year and a day in it: "2021"
    and "2021-12-31", the end of the year written as a day)."""
    return bool(a and b and (a.startswith(b) or b.startswith(a)))


def _restates(a: Statement, b: Statement) -> bool:
    """Whether two sentences of one document share the words of one pledge: a run of
    RESTATED_WORDS words holding a commitment verb («ينتظر … تنفيذ ما وعدت به وزارة الصحة» and
    «لا يزال ينتظر ما وعدت به وزارة الصحة منذ العام الماضي»: the article's lead and its body
    tell one promise; promises76)."""
    commits = cue_sets(a.doc.lang).get("commit", (frozenset(), ()))[0]
    first, second = (
        plain_words(_fold(st.doc.text[st.start : st.end]), st.doc.lang) for st in (a, b)
    )
    runs = {tuple(second[i : i + RESTATED_WORDS]) for i in range(len(second))}
    return any(
        tuple(first[i : i + RESTATED_WORDS]) in runs
        and any(w in commits or w[1:] in commits for w in first[i : i + RESTATED_WORDS])
        for i in range(len(first) - RESTATED_WORDS + 1)
    )


def _relevance(p: Promise, text: str, lang: str) -> float:
    """How much a sentence is about a promise (0 when it is not). Within a language, search
    keys must overlap; across languages, naming every concept the promise names is enough."""
    keys = set(index_terms(text, lang))
    same_lang = [s for s in p.statements if s.doc.lang == lang]
    overlap = max((jaccard(keys, s.keys) for s in same_lang), default=0.0)
    wanted = p.first.concepts
    if not wanted:
        return overlap if overlap >= RELATED_NO_CONCEPT else 0.0
    if not wanted <= concepts_in(text, lang):
        return 0.0
    if same_lang:
        return overlap if overlap >= RELATED else 0.0
    return RELATED + overlap


def promise_id(first: Statement, taken: set[str]) -> str:
    """A promise's id, from its first statement's document and sentence: it stays the same when
    other promises of the story merge, split or go, and when the story itself merges into
    another (a number in list order shifted with each: a user's link to s1.p4 led to another
    promise once s1.p2 took it in; promises80). It changes only when an earlier report of the
    same promise joins, or that sentence's words are corrected."""
    digest = hashlib.sha1(f"{first.doc.id}\n{first.doc.text[first.start : first.end]}".encode())
    found = f"p{digest.hexdigest()[:10]}"
    n = 2
    while found in taken:  # a sentence a document repeats, told apart in reading order
        found = f"p{digest.hexdigest()[:10]}-{n}"
        n += 1
    return found


def _status(p: Promise, latest: str | None) -> tuple[str, bool]:
    verdicts = {e["verdict"] for e in p.evidence}
    if {"kept", "broken"} <= verdicts:
        return "disputed", False
    if verdicts:
        return verdicts.pop(), False
    due = _due(p)
    return "open", bool(due and latest and after(latest, due))


def _may_report_on(doc: Document, p: Promise) -> bool:
    """Whether a document can report on a promise: it is published after the promise was made,
    or, its date unknown, it names the promise's due date ("31 December 2021")."""
    if doc is p.first.doc:
        return False
    last = _last_day(doc)
    if last is not None:
        return last > _day(p.first.doc)
    due = _due(p)
    return due is not None and any(d.get("value") == due for d in doc.dates)


def _due(p: Promise) -> str | None:
    return max((s.due for s in p.statements if s.due), default=None)


def _verdict(p: Promise, doc: Document, start: int, end: int, kinds: set[str]) -> str | None:
    """What one sentence of a later document, with its cue `kinds`, says of a promise: "kept",
    "broken" or nothing. Before the due date, a sentence of delay naming a day within it
    restates the promise (the delay that set that date: "postponed to December 2016" is no
    verdict on "ready by December 2016"); "still not done" breaks a promise only once its due
    date has passed."""
    if "preparing" in kinds:
        return None  # preparations for it, not the thing done or missed
    if any("decide" in st.kinds for st in p.statements):
        return _decision_verdict(kinds)
    if "kept" in kinds and "failed" not in kinds:
        return "kept"  # done, on or ahead of its date
    due = _due(p)
    first = _day(doc)
    past_due = bool(due and first and after(first, due))
    if due and first and not past_due and _names_day_within(doc, start, end, p):
        return None
    if "failed" in kinds:
        return "broken"
    return "broken" if "still" in kinds and past_due else None


def _decision_verdict(kinds: set[str]) -> str | None:
    """What a later sentence says of a promise to decide («تحسم اللجنة … مصير البطولة … أو
    تأجيلها»): a report that the decision was taken keeps it, whatever was decided (a
    postponement decided is the decision, not a delay of it); nothing else is a verdict."""
    return "kept" if "decided" in kinds and "forecast" not in kinds else None


def _names_day_within(doc: Document, start: int, end: int, p: Promise) -> bool:
    """Whether a sentence names a date inside one the promise gives or holding it ("2016-12"
    and "2016")."""
    days = {v for st in p.statements for v in st.days}
    return any(
        d.get("value") and any(d["value"].startswith(v) or v.startswith(d["value"]) for v in days)
        for d in doc.dates
        if start <= d["start"] and d["end"] <= end
    )


def track(story_id: str, docs: list[Document]) -> list[dict[str, Any]]:
    """A story's promises, each with its statements, evidence and status. Their ids do not
    depend on the story (`promise_id`): the story's id is the caller's to attach."""
    dated = sorted((d for d in docs if _day(d)), key=lambda d: (_day(d), d.id))
    promises: list[Promise] = []
    for doc in dated:
        for st in statements(doc):
            same = next((p for p in promises if _same(st, p.first)), None)
            if same:
                same.statements.append(st)
            else:
                promises.append(Promise([st]))
    read: dict[str, list[tuple[int, int, set[str]]]] = {}  # a document's sentences and cues,
    # read once for every promise it may report on
    for p in promises:
        for doc in [*dated, *(d for d in docs if not _day(d))]:
            if not _may_report_on(doc, p) or len(p.evidence) >= MAX_EVIDENCE:
                continue
            if doc.id not in read:
                read[doc.id] = [
                    (s, e, cue_kinds(doc.text[s:e], doc.lang))
                    for s, e in sentence_spans(doc.text, min_chars=10)
                ]
            best: tuple[float, int, int, str] | None = None
            for s, e, kinds in read[doc.id]:
                verdict = _verdict(p, doc, s, e, kinds)
                score = _relevance(p, doc.text[s:e], doc.lang) if verdict else 0.0
                if verdict and score and (best is None or score > best[0]):
                    best = (score, s, e, verdict)
            if best:  # one verdict per later document: its most relevant report
                p.evidence.append({**evidence(doc, best[1], best[2]), "verdict": best[3]})
    latest = max((_last_day(d) for d in dated), default=None)
    out = []
    for p in promises:
        status, overdue = _status(p, latest)
        first = p.first
        out.append(
            {
                "id": promise_id(first, {o["id"] for o in out}),
                "text": first.doc.text[first.start : first.end],
                "speaker": next((s.speaker for s in p.statements if s.speaker), None),
                "due": _due(p),
                "doc_id": first.doc.id,
                "start": first.start,
                "end": first.end,
                # as precise as the document's date: a report known only to its year was
                # made in "2021", not on 1 January 2021
                "made": (first.doc.published or {}).get("value"),
                "made_source": (first.doc.published or {}).get("source"),
                "status": status,
                "overdue": overdue,
                "statements": [evidence(s.doc, s.start, s.end) for s in p.statements],
                "evidence": p.evidence,
            }
        )
    return out
