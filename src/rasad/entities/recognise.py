"""Entity recognition: a CRF per language, then gazetteer matches where the CRF saw nothing.

Text is cut into sentences and word/punctuation tokens with offsets, so every mention is an
exact span of the original text.
"""

from __future__ import annotations

import csv
import re
import struct
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from rasad.data import read_table
from rasad.entities.corpus import spans_of, to_bio
from rasad.entities.crf import weighed_attributes
from rasad.entities.features import Features, TaggingAttributes, sentence_features
from rasad.lang import quotes as QUOTE_WORDS
from rasad.lang.date_words import DAY_WORDS, WEEKDAYS
from rasad.lang.demonstratives import PLAIN_DEMONSTRATIVES
from rasad.text.normalize import normalize
from rasad.text.patterns import whole_word_spans
from rasad.text.sentences import tagging_sentences
from rasad.text.tokenize import PROCLITICS, strip_article

# Word characters include Arabic marks and tatweel; a zero-width non-joiner stays inside a
# Persian word (می‌کنند), as in the training corpora's tokens.
_WORD = r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]"
_TOKEN = re.compile(rf"{_WORD}+(?:['’.\-\u200c]{_WORD}+)*|[^\w\s]", re.UNICODE)
MAX_GAZ_TOKENS = 6
# Words that never begin or end a name: conjunctions and prepositions written apart.
EDGE_WORDS = frozenset(["و", "در", "از", "به", "با", "را", "که", "the", "and", "of", "in"])
DEMONYM_SUFFIXES = (
    "ییها", "ییان", "یین", "یون", "یها", "یان", "یی", "یه", "ی", "ان", "ian", "an", "n", "i",
)  # fmt: skip
# Arabic adds «ي» to a country's name (قطري, القطريان); a bare «ان» after one is a word of
# its own (قطران "tar", مصران "gut"), so Arabic reads every suffix but that Persian plural.
ARABIC_DEMONYM_SUFFIXES = tuple(s for s in DEMONYM_SUFFIXES if s != "ان")
# A country a demonym's stem names once the name's own ending is put back (امریک → امریکا,
# روس → روسیا, سعود → سعودیه).
DEMONYM_ENDINGS = ("", "ا", "یا", "یه")
PLACE_TYPES = frozenset(["GPE", "LOC"])


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    type: str
    canonical: str | None = None  # gazetteer name when the mention is a known entity
    demonym: bool = False  # a nationality adjective, a mention of its country (Iraqi → Iraq)
    announced: bool = False  # found after a word that announces a name (منطقة الجوف)


def with_added(
    mentions: list[Mention], added: list[Mention], overlapping: bool = False
) -> list[Mention]:
    """`mentions` with `added` in place of those that lie inside one of them (`overlapping`:
    that meet one), in text order."""
    if overlapping:
        kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    else:
        kept = [
            m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)
        ]
    return sorted(kept + added, key=lambda m: m.start)


@dataclass(frozen=True)
class GazetteerEntry:
    type: str
    name: str


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token offsets within one sentence; an English possessive is a token of its own
    (Ethiopia 's, as the training corpora write it), so the name before it is looked up and
    tagged as the name it is."""
    spans = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        if (
            b - a > 3
            and text[b - 2 : b] in _POSSESSIVE_ENDINGS
            and text[a:b].isascii()
            and normalize(text[a : b - 2]) not in word_lists("function_words.tsv").get("en", ())
        ):  # It's, What's: "is", no possessive
            spans += [(a, b - 2), (b - 2, b)]
        else:
            spans.append((a, b))
    return spans


_POSSESSIVE_ENDINGS = ("'s", "’s")


@lru_cache(maxsize=200_000)
def gazetteer_key(surface: str) -> str:
    """Normalized, article-free form of a multi-word name, for gazetteer lookups."""
    words = normalize(surface).replace("-", " ").replace(".", "").split()
    return " ".join(strip_article(w) if not w.isascii() else w for w in words)


@lru_cache(maxsize=200_000)
def folded(word: str) -> str:
    """A word normalized with its inner spaces removed (role words, conjunctions)."""
    return normalize(word).replace(" ", "")


# Named-entity lists in the entities.tsv columns, the earlier first where a form is in both.
GAZETTEERS = ("gazetteers/entities.tsv", "gazetteers/cities.tsv")
LINKED_PEOPLE = "gazetteers/people_linked.tsv"  # gazetteer forms that are no CRF features
COMPANIES = "gazetteers/companies.tsv"  # companies: gazetteer forms, no CRF features either
MISC_TYPED = "gazetteers/misc_typed.tsv"  # bodies and places read as MISC: the same use
CLUBS_TYPED = "gazetteers/clubs_typed_ar.tsv"  # clubs read as places or people: the same


@cache
def company_names() -> frozenset[str]:
    """The canonical names of companies.tsv: gazetteer matches that name and type what the CRF
    found ("Sony" read as a place is the company) and fill its gaps, but give it no gazetteer
    tag, so the names around them read as before ("Apple Powerbook" stays one name); and so
    the bodies and places of misc_typed.tsv («المسجد الأقصى», Boko Haram, Ofcom read as MISC)."""
    paths = (COMPANIES, MISC_TYPED, CLUBS_TYPED)
    return frozenset(row[1] for path in paths for row in read_table(path))


@cache
def gazetteer_rows() -> list[list[str]]:
    """The rows of every named-entity list (entities.tsv by hand, cities.tsv from GeoNames,
    people_linked.tsv, companies.tsv, misc_typed.tsv and clubs_typed_ar.tsv by hand), then
    the English names of CLDR's countries."""
    paths = (*GAZETTEERS, LINKED_PEOPLE, COMPANIES, MISC_TYPED, CLUBS_TYPED)
    return [row for path in paths for row in read_table(path)] + country_rows()


@cache
def names_in_language(lang: str) -> dict[str, str]:
    """A gazetteer name → the first form the hand list gives it in a language (United States →
    الولايات المتحدة), else CLDR's name of the place (Italy → إيطاليا): the name a page in that
    language shows for it."""
    column = {"ar": 2, "fa": 3, "en": 4}.get(lang)
    names: dict[str, str] = {}
    hand = [
        row
        for path in (GAZETTEERS[0], LINKED_PEOPLE, COMPANIES, MISC_TYPED, CLUBS_TYPED)
        for row in read_table(path)
    ]
    for row in hand if column else []:
        if len(row) > column and (first := row[column].split("|")[0].strip()):
            names.setdefault(row[1], first)
    for _kind, en, *forms in read_table("gazetteers/places.tsv") if lang in ("ar", "fa") else []:
        if form := forms[column - 2].strip():
            names.setdefault(en, form)
    return names


def country_rows() -> list[list[str]]:
    """CLDR's countries' English names as gazetteer rows (GPE, English name, "", "", English
    name), written with a capital; their Arabic and Persian names name a place the CRF found
    (cldr_place), since some are common words (مالي "financial", Mali)."""
    return [
        ["GPE", en, "", "", en]
        for kind, en, *_ in read_table("gazetteers/places.tsv")
        if kind == "LOC" and en in countries()
    ]


@cache
def city_forms() -> frozenset[str]:
    """The forms only cities.tsv lists, as `plain` reads them: they name a city in Arabic text
    only."""
    listed = {plain(f) for row in read_table(GAZETTEERS[0]) for c in row[1:] for f in c.split("|")}
    return (
        frozenset(
            plain(f) for row in read_table("gazetteers/cities.tsv") for f in row[2].split("|")
        )
        - listed
    )


@cache
def gazetteer() -> dict[str, GazetteerEntry]:
    """Every form of every gazetteer entry (normalized key → entry)."""
    forms: dict[str, GazetteerEntry] = {}
    for row in gazetteer_rows():
        kind, name, *langs = row
        entry = GazetteerEntry(kind, name)
        for cell in langs:
            for form in filter(None, cell.split("|")):
                for spelling in with_zwnj_joined(form):
                    forms.setdefault(gazetteer_key(spelling), entry)
        forms.setdefault(gazetteer_key(name), entry)
    return forms


def with_zwnj_joined(form: str) -> tuple[str, ...]:
    """A listed form and, when a ZWNJ joins its parts, the same form written without it
    («واتس‌اپ» and «واتساپ»): Persian writers leave the ZWNJ out as often as they type it, and
    a name written either way is one name (normalize reads a ZWNJ as a space, so the joined
    spelling needs its own key)."""
    return (form, form.replace(ZWNJ, "")) if ZWNJ in form else (form,)


@cache
def hamza_al_keys() -> frozenset[str]:
    """Gazetteer keys of the Arabic names whose opening «أل» is part of the name, not an
    article (ألمانيا, ألبانيا): a word without those letters is no form of that name."""
    return frozenset(
        gazetteer_key(form)
        for _, _, *cells in gazetteer_rows()
        for form in filter(None, (cells[0] if cells else "").split("|"))
        if form.startswith("أل")
    )


def plain(surface: str) -> str:
    """A name's normalized form with its article kept (exact-form comparisons)."""
    return " ".join(normalize(surface).replace("-", " ").replace(".", "").split())


@cache
def exact_forms() -> dict[str, frozenset[str]]:
    """Every listed form of every gazetteer entry, as `plain` reads it → the languages that
    list it ("en" also for the canonical name)."""
    out: dict[str, set[str]] = {}
    for _, name, *cells in gazetteer_rows():
        for lang, cell in zip(("ar", "fa", "en"), [*cells, name], strict=False):
            for form in filter(None, cell.split("|")):
                for spelling in with_zwnj_joined(form):
                    out.setdefault(plain(spelling), set()).add(lang)
        out.setdefault(plain(name), set()).add("en")
    return {k: frozenset(v) for k, v in out.items()}


@cache
def abbreviations() -> frozenset[str]:
    """Latin forms of up to three capitals (IS, US, UN): they match capitals only (a longer
    one, NATO, also matches Nato)."""
    forms = {
        form
        for row in read_table("gazetteers/entities.tsv")
        for cell in row[2:]
        for form in cell.split("|")
    }
    return frozenset(
        plain(f)
        for f in forms
        if f.isascii() and f.replace(".", "").isupper() and len(f.replace(".", "")) <= 3
    )


NORMALIZED = frozenset(
    ["common_words.tsv", "name_heads.tsv"]
)  # lists written normalized by their generator


@cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """A `lang<TAB>word` list of the gazetteers folder, normalized, by language."""
    table = resources.files("rasad.data").joinpath(f"gazetteers/{name}").read_text("utf-8")
    out: dict[str, set[str]] = {}
    for line in table.splitlines():
        lang, _, word = line.partition("\t")
        if word and not lang.startswith("#") and lang != "lang":
            out.setdefault(lang, set()).add(word if name in NORMALIZED else normalize(word))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=200_000)
def is_common(surface: str, lang: str | None) -> bool:
    """Whether a one-word surface is a common word of the language, not a name (is, الرئيسي,
    کمان): data/gazetteers/common_words.tsv. English words count only in lower case."""
    if lang is None or " " in surface.strip() or (lang == "en" and not surface.islower()):
        return False
    return normalize(surface) in word_lists("common_words.tsv").get(lang, frozenset())


@cache
def corpus_common_words() -> dict[str, frozenset[str]]:
    """Per language, the words the news corpus writes mostly as common words, by its own counts
    (data/gazetteers/corpus_common_words.tsv, train/ner/corpus_common_words.py): Arabic and
    Persian words inside a stored mention in at most a tenth of their uses, English words
    written mostly in lower case."""
    out: dict[str, set[str]] = {}
    for lang, word, *_ in read_table("gazetteers/corpus_common_words.tsv"):
        out.setdefault(lang, set()).add(word)
    return {lang: frozenset(words) for lang, words in out.items()}


# a body the corpus's common word names is announced by its head (نادي الاتفاق, فريق الشباب,
# جماعة الشباب): such ORG mentions are right, so the test reads people and MISC only
NAME_ALONE_TYPES = frozenset(["PER", "MISC"])


def common_word_alone(text: str, kind: str, lang: str | None) -> bool:
    """Whether a one-word person or MISC mention is a word the corpus writes mostly as a
    common word (`corpus_common_words`: «الشوط», "the half"; «ربنا», "our Lord"; English
    "Foreign", mostly "foreign"). The word as written only: without a proclitic «فورد» would be
    «ورد», "roses"."""
    if kind not in NAME_ALONE_TYPES or lang is None or len(text.split()) != 1:
        return False
    if lang == "en" and kind != "PER":
        return False  # a capitalized MISC is often a paper's or title's word: the Independent
    word = text.lower() if lang == "en" else normalize(text)
    return word in corpus_common_words().get(lang, frozenset())


@lru_cache(maxsize=200_000)
def is_name_head(surface: str, lang: str | None) -> bool:
    """Whether a one-word surface is a word of longer names that alone is a common noun (جزیره
    "island", خلیج "gulf": data/gazetteers/name_heads.tsv), in Arabic also behind a proclitic
    (لجزيرة)."""
    if lang is None or " " in surface.strip() or (lang == "en" and not surface.islower()):
        return False
    heads = word_lists("name_heads.tsv").get(lang, frozenset())
    form = normalize(surface)
    return form in heads or (lang == "ar" and any(b in heads for b in arabic_bare(form)))


@cache
def common_spellings() -> dict[str, frozenset[str]]:
    """Words that fold to a name's form but are common words as written
    (data/gazetteers/common_spellings.tsv), by language, marks and tatweel dropped."""
    out: dict[str, set[str]] = {}
    for lang, word, *_ in read_table("gazetteers/common_spellings.tsv"):
        out.setdefault(lang, set()).add(_MARKS_ONLY.sub("", word))
    return {k: frozenset(v) for k, v in out.items()}


_MARKS_ONLY = re.compile(r"[\u064B-\u065F\u0670\u0640]")  # diacritics and tatweel
_WORD_AROUND = re.compile(r"[^\s\d.,:;!?()\[\]«»\"'،؛؟\-]*")


def written_word_is_common(text: str, m: Mention, lang: str | None) -> bool:
    """Whether a one-word mention sits in a word that, as written, is a common word
    (`common_spellings`): «الساق اليمنى» is the right leg, «فيمن» is "in whom"."""
    listed = common_spellings().get(lang or "")
    if not listed or " " in m.text.strip():
        return False
    start = m.start
    while start > 0 and _WORD_AROUND.fullmatch(text[start - 1]):
        start -= 1
    end = _WORD_AROUND.match(text, m.end).end()
    return _MARKS_ONLY.sub("", text[start:end]) in listed


@lru_cache(maxsize=200_000)
def is_not_name(surface: str, lang: str | None) -> bool:
    """God and the words for God, never an entity (data/gazetteers/not_names.tsv)."""
    return normalize(surface) in word_lists("not_names.tsv").get(lang or "", frozenset())


@lru_cache(maxsize=200_000)
def names_no_entity(surface: str, lang: str | None) -> bool:
    """A religion, scripture, feast, month or genre, whole (data/gazetteers/not_entities.tsv):
    no person, organization or place, though public NER sets tag some as MISC; or a common
    word or framing label the whole archive showed as an entity («صهیونیست» "Zionist",
    «باشگاه» "the club": data/gazetteers/no_entity_words.tsv). An English possessive counts as
    its word (August's), an Arabic word behind a proclitic as the word (بالإسلام) when four
    letters or more are left."""
    if lang == "en":
        surface = _POSSESSIVE.sub("", surface)
    form = normalize(surface)
    forms = [form]
    if lang == "ar":  # behind a proclitic too: «بالإسلام», «بالقرآن», «بتسونامي» (types45)
        forms += [form[len(p) :] for p in ARABIC_PROCLITICS if form.startswith(p)]
    return any(
        f in word_lists(name).get(lang or "", frozenset())
        for f in forms
        if len(f) >= 4 or f == form
        for name in ("not_entities.tsv", "no_entity_words.tsv")
    )


MIN_SPELLED_LETTERS = 3  # «سي إن إن», «بي بي سي»: two letter names may be words («إن في»)
_SPELLING_WORD = re.compile(r"[^\W\d_]+")


@cache
def latin_letter_names() -> frozenset[str]:
    """data/gazetteers/latin_letter_names.tsv, normalized: «سي», «إن», «بي» …"""
    return frozenset(normalize(form) for _, form in read_table("gazetteers/latin_letter_names.tsv"))


def is_spelled_initialism(name: str) -> bool:
    """Whether a name is MIN_SPELLED_LETTERS Latin letter names or more («سي إن إن»)."""
    words = [normalize(w) for w in name.split()]
    return len(words) >= MIN_SPELLED_LETTERS and all(w in latin_letter_names() for w in words)


def _spelled_runs(text: str) -> list[tuple[int, int]]:
    """Spans of MIN_SPELLED_LETTERS or more Latin letter names in a row, one space apart, the
    first behind «و» too («وسي إن إن»)."""
    names = latin_letter_names()
    runs: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for w in _SPELLING_WORD.finditer(text):
        word = normalize(w.group())
        joined = bool(run) and text[run[-1][1] : w.start()] == " "
        if word in names and (joined or not run):
            run.append((w.start() + 0, w.end()))
            continue
        if len(run) >= MIN_SPELLED_LETTERS and not _after_a_syllable(text, run[0][0]):
            runs.append((run[0][0], run[-1][1]))
        run = [(w.start() + 1, w.end())] if word[:1] == "و" and word[1:] in names else []
        if not run and word in names:
            run = [(w.start(), w.end())]
    if len(run) >= MIN_SPELLED_LETTERS and not _after_a_syllable(text, run[0][0]):
        runs.append((run[0][0], run[-1][1]))
    return runs


def _after_a_syllable(text: str, start: int) -> bool:
    """Whether a word of one or two letters stands right before `start`, one space apart: the
    run is the end of a longer name written in syllables («می سی سی پی», Mississippi), no
    initialism."""
    found = re.search(r"(?:^|[^\w])([^\W\d_]{1,2}) $", text[max(0, start - 4) : start])
    if found is None:
        return False
    function_words = word_lists("function_words.tsv")
    word = normalize(found.group(1))
    return not any(word in function_words.get(code, frozenset()) for code in ("ar", "fa"))


def _spans_a_run(m: Mention, runs: list[tuple[int, int]]) -> bool:
    """Whether a mention is a piece of a spelled initialism or runs over one's edge («على سي»
    of «على سي إن إن», «وسي بي إس»), or holds two or more (a list of networks read as one
    name): such a span gives way to the runs it touches."""
    touched = [(a, b) for a, b in runs if m.start < b and a < m.end]
    inside = [(a, b) for a, b in touched if m.start <= a and b <= m.end]
    if not touched:
        return False
    if inside == [(m.start + 1, m.end)] and m.text[:1] == "و":
        return True  # «وسي بي إس»: the conjunction is no part of the name
    return len(inside) >= 2 or len(inside) < len(touched) or len(touched) == 1 and not inside


def spelled_initialisms(text: str, mentions: list[Mention]) -> list[Mention]:
    """An English initialism spelled out letter by letter in Arabic script («سي إن إن», CNN;
    «إم إس إن بي سي») is one name, an organization (or the gazetteer's entry: «بي بي سي» the
    BBC); a mention of a part of it («سي» read alone, ntrex-ar-cbsnews.248384) is a fragment
    and gives way to the whole."""
    runs = _spelled_runs(text)
    if not runs:
        return mentions
    out = [m for m in mentions if not _spans_a_run(m, runs)]
    for a, b in runs:
        if any(m.start < b and a < m.end for m in out):
            continue  # inside a longer name («بي بي إس وسي-سبان»): left as it was read
        entry = lookup(text[a:b])
        kind, name = (entry.type, entry.name) if entry else ("ORG", None)
        out.append(Mention(a, b, text[a:b], kind, name))
    return sorted(out, key=lambda m: m.start)


_POSSESSIVE = re.compile(r"['’]s?$")

_TANWEEN = re.compile("[\u064b-\u064d]")  # fathatan, dammatan, kasratan
_VOWEL_MARKS = re.compile("[\u064e-\u0652]")  # fatha, damma, kasra, shadda, sukun
_BUT_SHADDA = re.compile("[\u064b-\u0650\u0652\u0670\u0640]")
# a form-II verb, its doubled letter pointed: imperfect تُدمّر / يدمّر, perfect with an object
# pronoun كيّفه / لوّنه; no listed place is written so (جدّة, عمّان: the shadda on the second
# letter with no pronoun after it)
_FORM_II_VERB = re.compile(
    "(?:[وف])?(?:[تين][^\u0651]{2}\u0651[^\u0651]"
    "|[^\u0651]{2}\u0651[^\u0651](?:ه|ها|هم|هن|ني|نا|ك|كم))"
)


def _written_word(text: str, m: Mention) -> str:
    """The whole written word a one-word mention sits in (a proclitic the span left out
    included: «ب» of «باكرًا»)."""
    start = m.start
    while start > 0 and _WORD_AROUND.fullmatch(text[start - 1]):
        start -= 1
    return text[start : _WORD_AROUND.match(text, m.end).end()]


def pointed_as_no_name(text: str, m: Mention) -> bool:
    """Whether an Arabic one-word mention's own pointing says it is no name, though its bare
    letters meet the gazetteer or the tagger read it as one: tanween (an indefinite word:
    «دومًا» "always" is no Duma, «باكرًا» "early" no Accra, «كيانًا», «كريماً»; a nisba read as
    its country, «سعودياً», stays) or a form-II verb's shadda («تدمّر» "destroys" is no Tadmur,
    «كيّفه» no Kiffa)."""
    if " " in m.text.strip() or not _POINTING.search(m.text):
        return False
    word = _written_word(text, m)
    if _TANWEEN.search(word):
        bare = _MARKS_ONLY.sub("", word)
        return not (m.demonym or (m.canonical is not None and bare.endswith("يا")))
    return "\u0651" in word and bool(_FORM_II_VERB.fullmatch(_BUT_SHADDA.sub("", word)))


def voweled_letter_by_letter(text: str, m: Mention) -> bool:
    """Whether a one-word mention is written with two vowel marks or more (fatha, damma, kasra,
    shadda, sukun): Quranic, poetic and lexicographic words voweled in full («رَيْغَى»,
    «الْجَمْعَانِ», «سَعَيْتُ»), which the tagger reads as names; the entities stage drops those
    no gazetteer entry links («فَيْفاء», «مِصْر» stay)."""
    if " " in m.text.strip():
        return False
    return len(_VOWEL_MARKS.findall(_written_word(text, m))) >= 2


@cache
def regional_adjectives() -> dict[tuple[str, str], GazetteerEntry]:
    """(lang, normalized word) → the region entry of a continent's adjective
    (data/gazetteers/regional_adjectives.tsv: European, الأوروبية → Europe)."""
    return {
        (lang, normalize(word)): GazetteerEntry("LOC", region)
        for lang, word, region in read_table("gazetteers/regional_adjectives.tsv")
        if region in regions()
    }


def region_of(surface: str, lang: str | None) -> GazetteerEntry | None:
    """The region a continent's adjective names (European → Europe), or None."""
    return regional_adjectives().get((lang or "", normalize(surface.strip())))


def arabic_bare(form: str) -> list[str]:
    """A plain Arabic word form without a one- or two-letter proclitic (و, ب, وب, لل → ال)."""
    out = []
    if form.startswith("لل") and len(form) > 4:
        out.append("ال" + form[2:])
    if form[:1] in PROCLITICS and len(form) > 3:
        out.append(form[1:])
        if form[1:2] in PROCLITICS and len(form) > 4:
            out.append(form[2:])
            if form[1:3] == "لل":
                out.append("ال" + form[3:])
    return out


@lru_cache(maxsize=200_000)
def accepted(surface: str, lang: str | None) -> bool:
    """Whether a gazetteer match on `surface` is written as its entry lists it, not a
    look-alike: Latin names capitalized and abbreviations in capitals (IS, not "is"); an
    Arabic-script surface one of the listed forms, article included (الرئيسي is not رئيسي),
    behind an Arabic proclitic only in Arabic and only when the whole word is not a common
    word (ورقة "paper" is not Raqqa); a common word of the language only when the
    language itself lists it (Arabic رياض "gardens" is not Persian ریاض, Riyadh)."""
    form = plain(surface)
    if surface.isascii():
        if not surface[:1].isupper():
            return False
        if form in abbreviations():  # IS is not "is" nor "Is"; US not "us"
            return surface.replace(".", "").isupper()
        return True
    if lang not in (None, "ar") and form in city_forms():
        return False  # GeoNames' Arabic-script names: Arabic, or Persian, or Urdu
    if form not in exact_forms() and is_common(surface, lang):
        return False  # a common word is no proclitic on a name: ورقة "paper" is not و + رقة
    candidates = [form] + (arabic_bare(form) if lang in (None, "ar") else [])
    langs = next((exact_forms()[c] for c in candidates if c in exact_forms()), None)
    if langs is None:
        return False
    return lang is None or lang in langs or not is_common(surface, lang)


def load_lists() -> None:
    """Read every list the recognizer consults, once, before the first document."""
    gazetteer(), exact_forms(), abbreviations(), cldr_places(), cued_names(), name_patterns()
    word_lists("common_words.tsv"), word_lists("not_names.tsv"), common_spellings()
    word_lists("name_heads.tsv")
    word_lists("not_entities.tsv"), word_lists("no_entity_words.tsv"), regional_adjectives()
    late_names(), name_titles()
    listed_phrases(), persian_city_forms()


@cache
def tagger(lang: str):
    """The packaged CRF model for a language, or None when there is none."""
    import pycrfsuite

    model = resources.files("rasad.data").joinpath(f"models/ner/{lang}.crfsuite")
    if not model.is_file():
        return None
    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    return crf


@cache
def tagging_attributes(lang: str) -> TaggingAttributes | None:
    """The attribute builder for the packaged CRF model of a language (one with a model),
    knowing the attributes the model weighs (read from the model file: `weighed_attributes`);
    None when the file cannot be read so, and the sentence's feature dicts serve, with the
    same tags."""
    model = resources.files("rasad.data").joinpath(f"models/ner/{lang}.crfsuite")
    try:
        return TaggingAttributes(weighed_attributes(model.read_bytes()))
    except (OSError, ValueError, struct.error):
        return None


def lookup(surface: str) -> GazetteerEntry | None:
    """The gazetteer entry a surface form names, also behind a one-letter proclitic (و, ب, ل…)."""
    entry = lookup_key(gazetteer_key(surface))
    return entry and (pointed_place(surface) or entry)


@lru_cache(maxsize=200_000)
def lookup_key(key: str) -> GazetteerEntry | None:
    """The gazetteer entry of a gazetteer key, also behind a one-letter proclitic."""
    entry = gazetteer().get(key)
    if (
        entry is None
        and key[:1] in PROCLITICS
        and key[1:2] != " "
        and len(key) > 3
        and not key.isascii()
    ):
        entry = gazetteer().get(gazetteer_key(key[1:]))
    return entry


@cache
def first_words() -> frozenset[str]:
    """The first word of every gazetteer key."""
    return frozenset(key.partition(" ")[0] for key in gazetteer())


@lru_cache(maxsize=200_000)
def can_start(word: str) -> bool:
    """Whether a key whose first word is `word` may name an entry (as lookup_key reads it)."""
    if word in first_words():
        return True
    rest = gazetteer_key(word[1:]) if word[:1] in PROCLITICS else "-"
    return not rest or rest.partition(" ")[0] in first_words()


def span_keys(text: str, tokens: list[tuple[int, int]], i: int, limit: int) -> list[str]:
    """gazetteer_key of the spans of 1..limit tokens starting at token i, stopping early once
    the first word rules out every longer span.

    A key never joins words across whitespace, so each key is the keys of the whitespace-
    separated runs of its span joined with spaces: runs are keyed once (and cached) instead
    of normalizing every span from scratch."""
    keys: list[str] = []
    done: list[str] = []  # keys of the runs already closed by whitespace
    run_start = tokens[i][0]
    for k in range(i, i + limit):
        last = gazetteer_key(text[run_start : tokens[k][1]])
        keys.append(" ".join(filter(None, [*done, last])))
        if k + 1 < len(tokens) and tokens[k + 1][0] > tokens[k][1]:
            if not done and last and not can_start(last.partition(" ")[0]):
                break
            done.append(last)
            run_start = tokens[k + 1][0]
    return keys


def gazetteer_matches(text: str, tokens: list[tuple[int, int]]) -> list[Mention]:
    """Longest gazetteer matches over a token sequence, left to right."""
    found, i = [], 0
    while i < len(tokens):
        if not text[tokens[i][0]].isalnum() or text[tokens[i][0]] == TATWEEL:
            i += 1  # a name never starts with punctuation (nor a tatweel dash: «ـ أبها»)
            continue
        keys = span_keys(text, tokens, i, min(MAX_GAZ_TOKENS, len(tokens) - i))
        for n in range(len(keys), 0, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            end = _before_tatweel(text, start, end)  # «سعودــ», «مكة ـ»: the key reads no tatweel
            if not text[end - 1].isalnum():
                continue  # nor ends with it
            entry = lookup_key(keys[n - 1])
            if entry:
                entry = pointed_place(text[start:end]) or entry
                found.append(Mention(start, end, text[start:end], entry.type, entry.name))
                i += n
                break
        else:
            i += 1
    return found


TATWEEL = "\u0640"  # the Arabic stretching mark, a letter to str.isalnum but no word's


def _before_tatweel(text: str, start: int, end: int) -> int:
    """The end of a span without the tatweel written after its last word («آل سعودــ») or as a
    dash after it («مكة ـ», «موسكو ـــ»), which the gazetteer's keys drop; not the tatweel
    of an abbreviation («هـ»)."""
    bare = end
    while bare > start and text[bare - 1] == TATWEEL:
        bare -= 1
    one_letter = bare > start and (bare - 1 == start or not text[bare - 2].isalpha())
    if bare < end and one_letter and text[bare - 1].isalpha():
        return end  # «هـ»: one letter and a tatweel is an abbreviation, written so
    return bare


def trim(text: str, tokens: list[tuple[int, int]], a: int, b: int) -> tuple[int, int]:
    """Token range without punctuation (a tatweel dash too), conjunctions or a possessive at its
    edges."""

    def edge(i: int) -> bool:
        word = text[tokens[i][0] : tokens[i][1]]
        return (
            not any(ch.isalnum() and ch != TATWEEL for ch in word)
            or folded(word) in EDGE_WORDS
            or word in _POSSESSIVE_ENDINGS
        )

    while a < b and edge(a):
        a += 1
    while b > a and edge(b - 1):
        b -= 1
    return a, b


@cache
def countries() -> frozenset[str]:
    """English names of countries (CLDR territories): the places a nationality adjective names
    (not a city: نجفی is a surname more often than "of Najaf")."""
    text = resources.files("rasad.data").joinpath("gazetteers/countries.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def regions() -> frozenset[str]:
    """English names of CLDR world regions (Europe, Western Asia): places without a government."""
    text = resources.files("rasad.data").joinpath("gazetteers/regions.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def cldr_places() -> tuple[dict[tuple[str, str], GazetteerEntry], dict[str, GazetteerEntry]]:
    """The CLDR place names of places.tsv: ((lang, plain form) → entry, with the English name
    as canonical; GPE, or LOC for a world region) and (gazetteer key → entry) of countries."""
    forms: dict[tuple[str, str], GazetteerEntry] = {}
    countries_by_key: dict[str, GazetteerEntry] = {}
    for kind, en, ar, fa in read_table("gazetteers/places.tsv"):
        if kind != "LOC":
            continue  # the European Union and the United Nations
        entry = GazetteerEntry("LOC" if en in regions() else "GPE", en)
        for lang, written in (("en", en), ("ar", ar), ("fa", fa)):
            for form in cldr_forms(written):
                forms.setdefault((lang, plain(form)), entry)
                if en in countries():
                    countries_by_key.setdefault(gazetteer_key(form), entry)
    return forms, countries_by_key


_CLDR_OTHER_NAME = re.compile(r"\s*\(([^()]+)\)\s*")


def cldr_forms(written: str) -> list[str]:
    """The forms of one CLDR name: CLDR writes a territory's other name in brackets ("Myanmar
    (Burma)", «ميانمار (بورما)», «هيبرون (مدينة الخليل)»), which no text writes whole, so the
    name without the brackets and the name inside them are forms of it too."""
    if not written:
        return []
    inside = _CLDR_OTHER_NAME.findall(written)
    bare = " ".join(_CLDR_OTHER_NAME.sub(" ", written).split())
    return list(dict.fromkeys([written, bare, *inside]))


_POINTING = re.compile("[\u064b-\u0652\u0670]")  # short vowels, tanween, shadda, sukun


@cache
def pointed_places() -> dict[str, GazetteerEntry]:
    """places.tsv's Arabic-script forms written with short vowels or a shadda, without tatweel
    → their place: the pointing tells apart two places whose bare letters are one (عمّان and
    عَمان are Amman, عُمان is Oman; all three are عمان unpointed)."""
    return {
        form: GazetteerEntry("LOC" if en in regions() else "GPE", en)
        for kind, en, *forms in read_table("gazetteers/places.tsv")
        for form in forms
        if kind == "LOC" and _POINTING.search(form)
    }


def pointed_place(surface: str) -> GazetteerEntry | None:
    """The place a pointed surface form names (بعمّان → Amman), or None: unpointed text keeps
    the gazetteer's reading."""
    if not _POINTING.search(surface):
        return None
    form = surface.replace("\u0640", "")
    return pointed_places().get(form) or (
        pointed_places().get(form[1:]) if normalize(form[:1]) in PROCLITICS else None
    )


def cldr_place(surface: str, lang: str | None) -> GazetteerEntry | None:
    """The CLDR place a place mention is written as, in its own language (the Arabic behind a
    proclitic), or None: CLDR's translations are the agreeing evidence that links a place
    across scripts (بوليفيا and Bolivia; never Palu)."""
    if lang is None or (surface.isascii() and not surface[:1].isupper()):
        return None
    form = plain(surface)
    forms = cldr_places()[0]
    for candidate in [form] + (arabic_bare(form) if lang == "ar" else []):
        if (lang, candidate) in forms:
            return forms[(lang, candidate)]
    return None


@lru_cache(maxsize=65_536)
def common_noun_city(surface: str) -> bool:
    """Whether an Arabic one-word surface is a form only cities.tsv lists, written without the
    article, whose form with the article is a common Arabic word (`common_words.tsv`): the
    indefinite common noun, no city («مشهد» "a scene", as «المشهد»; «زرقاء» "blue")."""
    form = plain(surface)
    if " " in form or (form.startswith("ل") and "ا" + form in exact_forms()):
        return False  # «لدمام» is «الدمام» after ل («للدمام»), the city
    return any(
        f in city_forms() and not f.startswith("ال") and is_common("ال" + f, "ar")
        for f in [form, *arabic_bare(form)]
    )


@cache
def listed_phrases() -> dict[tuple[str, str], GazetteerEntry]:
    """(language, `plain` form) → entry, for every form of two words or more the hand list
    (entities.tsv) gives an entry in a language (Lib Dems, «مقام معظم رهبری»): written so,
    whole, such a name is that entry in any document."""
    forms: dict[tuple[str, str], GazetteerEntry] = {}
    for kind, name, *cells in read_table(GAZETTEERS[0]):
        for lang, cell in zip(("ar", "fa", "en"), cells, strict=False):
            for form in filter(None, cell.split("|")):
                if " " in plain(form):
                    forms.setdefault((lang, plain(form)), GazetteerEntry(kind, name))
    return forms


@cache
def persian_city_forms() -> dict[str, GazetteerEntry]:
    """cities.tsv's forms (as `plain` reads them) that name a city in Persian text too → the
    city: GeoNames' Arabic-script names of a city CLDR does not write in Persian (Iranian
    towns: اصفهان, تبریز). A city CLDR writes in Persian has that name only there (Rome is
    «رم», so «روم» of «می روم», "I go", is no city); a form the hand list or CLDR gives another
    place, or a common Persian word, names none."""
    cldr_fa = {entry.name for (lang, _), entry in cldr_places()[0].items() if lang == "fa"}
    forms: dict[str, GazetteerEntry] = {}
    for kind, name, ar, *_ in read_table("gazetteers/cities.tsv"):
        if name in cldr_fa:
            continue
        for form in filter(None, ar.split("|")):
            forms.setdefault(plain(form), GazetteerEntry(kind, name))
    return {
        form: entry
        for form, entry in forms.items()
        if form in city_forms()
        and not any((lang, form) in cldr_places()[0] for lang in ("ar", "fa"))
        and not is_common(form, "fa")
    }


def persian_city(surface: str, lang: str | None) -> GazetteerEntry | None:
    """The city a place mention of Persian text is written as (persian_city_forms), or None."""
    return persian_city_forms().get(plain(surface)) if lang == "fa" else None


@cache
def listed_demonyms() -> dict[str, GazetteerEntry]:
    """English nationality words the suffix rules miss (data/gazetteers/demonyms.tsv), as
    written → their country's entry (entities.tsv's, else CLDR's)."""
    by_name = {e.name: e for e in gazetteer().values() if e.type == "GPE"}
    by_name.update({e.name: e for e in cldr_places()[1].values() if e.name not in by_name})
    return {
        word: by_name[country]
        for _, word, country in read_table("gazetteers/demonyms.tsv")
        if country in by_name
    }


_CLITIC_ARTICLE = re.compile("[وفبلك]+ال")  # والإنجليزية: a word after the listed one, not it


@cache
def listed_arabic_demonyms() -> dict[str, GazetteerEntry]:
    """The Arabic-script words of `listed_demonyms` by their gazetteer key: one listed form
    stands for its spellings with or without the article, hamza or final ى (الاسكتلندي,
    اسكتلندى, الأوزبكي, أوزبكي)."""
    return {
        gazetteer_key(word): entry
        for word, entry in listed_demonyms().items()
        if not word.isascii()
    }


@cache
def adjective_countries() -> frozenset[str]:
    """The places a nationality adjective may name: CLDR's countries and the countries of
    demonyms.tsv under their entities.tsv name (Palestine, which CLDR calls the Palestinian
    Territories: فلسطيني is a mention of it)."""
    return countries() | {country for _, _, country in read_table("gazetteers/demonyms.tsv")}


@lru_cache(maxsize=200_000)
def demonym_of(surface: str, lang: str | None = None) -> GazetteerEntry | None:
    """The country a one-word adjective names (آمریکایی, العراقية, Iraqi, German → that
    country's gazetteer entry); None for any other word, a listed name itself included. In
    Arabic the country's name must be an Arabic one: غنائي "lyrical" is not Ghana, whose name
    غنا is Persian (Arabic writes غانا). Persian forms its adjectives from Arabic names too
    (سعودی)."""
    if " " in surface.strip() or (surface.isascii() and not surface[:1].isupper()):
        return None
    if surface in listed_demonyms():
        return listed_demonyms()[surface]
    key = gazetteer_key(surface)
    if (
        not surface.isascii()
        and key in listed_arabic_demonyms()
        and not _CLITIC_ARTICLE.match(surface)
    ):
        return listed_arabic_demonyms()[key]
    # the place itself; in Arabic only as Arabic writes it (ترکیه is Persian Turkey, but
    # التركية is "Turkish"; سورية is Syria, السورية "Syrian")
    arabic = lang == "ar"
    if key in gazetteer() and (
        not arabic or (_written_in(key, lang) and not _article_added(surface))
    ):
        entry = gazetteer()[key]
        if arabic and entry.name in adjective_countries() and _article_dropped(surface):
            return entry  # طائرات سعودية: the adjective of a country named by it (السعودية)
        return None
    if arabic and key.endswith("یا") and key not in gazetteer() and key not in cldr_places()[1]:
        return demonym_of(key[:-1], lang)  # مغربياً, عراقيا: with its accusative alif
    for suffix in ARABIC_DEMONYM_SUFFIXES if arabic else DEMONYM_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            stem = key[: -len(suffix)]
            for ending in DEMONYM_ENDINGS if not key.isascii() else ("",):
                if lang == "ar" and not _written_in(stem + ending, lang):
                    continue
                if (
                    arabic
                    and stem + ending in hamza_al_keys()
                    and "ال" + stem not in normalize(surface)
                ):
                    continue  # ماني is not "German": ألمانيا's «أل» is no article to drop
                entry = gazetteer().get(stem + ending) or gazetteer().get(
                    strip_article(stem + ending)
                )
                forms = (stem + ending, strip_article(stem + ending))
                cldr = next((cldr_places()[1][f] for f in forms if f in cldr_places()[1]), None)
                if (
                    entry
                    and entry.type == "GPE"
                    and (
                        entry.name in adjective_countries()
                        or (cldr is not None and cldr.name in countries())
                    )
                ):
                    return entry  # the gazetteer's name of a country CLDR names otherwise
                    # (Turkey, Türkiye: التركي is a mention of the one entity)
                if cldr is not None:
                    return cldr
    return None


def _article_added(surface: str) -> bool:
    """Whether an Arabic word carries an article its place never has (السورية of سورية: the
    adjective, not Syria; السعودية is listed with it, the country)."""
    form = plain(surface)
    return (
        form.startswith("ال")
        and "ar" not in exact_forms().get(form, frozenset())
        and "ar" in exact_forms().get(form[2:], frozenset())
    )


def _article_dropped(surface: str) -> bool:
    """Whether an Arabic word is a country's name that Arabic writes only with its article,
    an adjective of origin, without it: سعودية, سعودي of السعودية ("a Saudi university")."""
    form = plain(surface)
    return (
        not form.startswith("ال")
        and form.endswith(NISBA_ENDINGS)
        and "ar" not in exact_forms().get(form, frozenset())
        and "ar" in exact_forms().get("ال" + form, frozenset())
    )


def _written_in(form: str, lang: str | None) -> bool:
    """Whether a place name (a gazetteer key) is written so in `lang`: a form the gazetteer or
    CLDR lists for that language, with or without the article; any language for Latin forms,
    when `lang` is unknown, or when no list names the form's language."""
    if lang is None or form.isascii():
        return True
    forms = [plain(form), plain("ال" + form)]
    listed = [exact_forms()[f] for f in forms if f in exact_forms()]
    cldr = [other for other in ("ar", "fa", "en") for f in forms if (other, f) in cldr_places()[0]]
    if not listed and not cldr:
        return True
    return any(lang in langs for langs in listed) or lang in cldr


def is_demonym(surface: str) -> bool:
    """A one-word adjective of a known place (آمریکایی, العراقي, Iraqi)."""
    return demonym_of(surface) is not None


def gazetteer_tags(
    text: str, tokens: list[tuple[int, int]], matches: list[Mention] | None = None
) -> list[str]:
    """A BIO tag per token from gazetteer matches (a CRF feature; a GPE reads LOC, the type
    the models were trained with)."""
    tags = ["O"] * len(tokens)
    index = {start: i for i, (start, _) in enumerate(tokens)}
    if matches is None:
        matches = gazetteer_matches(text, tokens)
    for m in matches:
        first = index[m.start]
        kind = "LOC" if m.type == "GPE" else m.type
        tags[first] = f"B-{kind}"
        for i in range(first + 1, len(tokens)):
            if tokens[i][0] >= m.end:
                break
            tags[i] = f"I-{kind}"
    return tags


def sentence_items(
    text: str, tokens: list[tuple[int, int]], matches: list[Mention] | None = None
) -> list[Features]:
    """CRF features of one tokenized sentence, gazetteer tags included."""
    words = [text[s:e] for s, e in tokens]
    return sentence_features(words, gazetteer_tags(text, tokens, matches))


def training_example(sentence: list[tuple[str, str]]) -> tuple[list[Features], list[str]]:
    """CRF features and BIO tags of a gold sentence, re-tokenized as running text is at tagging
    time (punctuation stuck to a corpus token becomes its own token, outside the entity)."""
    text = " ".join(w for w, _ in sentence)
    tokens = word_spans(text, 0, len(text))
    starts, pos = [], 0
    for word, _ in sentence:
        starts.append(pos)
        pos += len(word) + 1
    pieces: dict[int, list[int]] = {}
    for k, (start, _) in enumerate(tokens):
        pieces.setdefault(bisect_right(starts, start) - 1, []).append(k)
    tags = ["O"] * len(tokens)
    for w, ks in pieces.items():
        tag = sentence[w][1]
        named = [k for k in ks if any(ch.isalnum() for ch in text[slice(*tokens[k])])]
        if tag == "O" or not named:
            continue
        for k in range(named[0], named[-1] + 1):
            tags[k] = tag if k == named[0] else f"I-{tag[2:]}"
    for k, tag in enumerate(tags):
        if tag.startswith("I-") and (k == 0 or tags[k - 1][2:] != tag[2:]):
            tags[k] = f"B-{tag[2:]}"
    return sentence_items(text, tokens), tags


def crf_mentions(
    text: str,
    tokens: list[tuple[int, int]],
    lang: str,
    gazetteer_found: list[Mention] | None = None,
    model=None,
) -> list[Mention]:
    """Mentions the language's CRF finds in one sentence (`gazetteer_found`: the sentence's
    gazetteer matches when already computed; `model`: a pycrfsuite.Tagger instead of the
    packaged one)."""
    crf = model or tagger(lang)
    if crf is None or not tokens:
        return []
    out = []
    attributes = tagging_attributes(lang) if model is None else None
    if attributes is not None:  # the packaged model: the same attributes, from cached parts
        words = [text[s:e] for s, e in tokens]
        items = attributes.sentence(words, gazetteer_tags(text, tokens, gazetteer_found))
    else:
        items = sentence_items(text, tokens, gazetteer_found)
    tags = to_bio(crf.tag(items))
    for a, b, kind in spans_of(tags):
        a, b = trim(text, tokens, a, b)
        if a < b:
            start, end = tokens[a][0], tokens[b - 1][1]
            if not is_demonym(text[start:end]):
                out.append(Mention(start, end, text[start:end], kind))
    return out


@cache
def cued_names() -> dict[tuple[str, str, str], GazetteerEntry]:
    """(lang, folded cue word, folded name) → the entry a short name means after that cue
    (data/gazetteers/cued_names.tsv)."""
    return {
        (lang, folded(cue), folded(name)): GazetteerEntry(kind, canonical)
        for lang, cue, name, kind, canonical in read_table("gazetteers/cued_names.tsv")
    }


@cache
def cued_surfaces() -> dict[str, tuple[str, ...]]:
    """The cued names as they may be written (Persian or Arabic ی/ک), by language: a sentence
    without one of them is not scanned."""
    out: dict[str, set[str]] = {}
    for row in read_table("gazetteers/cued_names.tsv"):
        if len(row) == 5:
            name = row[2]
            arabic = name.replace("ی", "ي").replace("ک", "ك")
            persian = name.replace("ي", "ی").replace("ك", "ک")
            out.setdefault(row[0], set()).update({name, arabic, persian})
    return {k: tuple(v) for k, v in out.items()}


def add_cued_names(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention], lang: str | None
) -> list[Mention]:
    """A short name right after its cue word («به گزارش فارس») as the entity it names there,
    replacing a one-word mention of that span (the CRF may read the province)."""
    cued = cued_names()
    if not tokens or not any(
        name in text[tokens[0][0] : tokens[-1][1]] for name in cued_surfaces().get(lang or "", ())
    ):
        return mentions
    found = {}
    for k in range(1, len(tokens)):
        entry = cued.get((lang, _folded(text, tokens[k - 1]), _folded(text, tokens[k])))
        if entry:
            start, end = tokens[k]
            found[start] = Mention(start, end, text[start:end], entry.type, entry.name)
    if not found:
        return mentions
    out = [
        m for m in mentions if not any(m.start < f.end and f.start < m.end for f in found.values())
    ]
    return sorted(out + list(found.values()), key=lambda m: m.start)


MIN_VARIANT_LETTERS = 6  # a country's name spelt with a long vowel less or more (بنغلادش)
LONG_VOWELS = "اوی"  # normalized: ا, و, ي
_LONG_VOWELS = re.compile(f"[{LONG_VOWELS}]")


def _vowelless(key: str) -> str:
    """An Arabic-script key without the long vowels inside it (first and last letters kept)."""
    return key[:1] + _LONG_VOWELS.sub("", key[1:-1]) + key[-1:]


@cache
def country_spellings() -> dict[str, list[tuple[str, GazetteerEntry]]]:
    """Countries (CLDR's Arabic one-word names) as (key, entry) by the key without its inner
    long vowels."""
    out: dict[str, list[tuple[str, GazetteerEntry]]] = {}
    for (lang, form), entry in cldr_places()[0].items():
        key = gazetteer_key(form)
        if lang != "ar" or entry.name not in countries() or " " in key:
            continue
        if len(key) >= MIN_VARIANT_LETTERS:
            out.setdefault(_vowelless(key), []).append((key, entry))
    return out


def country_spelt_as(key: str) -> GazetteerEntry | None:
    """The one country whose name `key` writes with one long vowel inside it more or less
    (بنغلادش, بنغلاديش), or None."""
    listed = country_spellings().get(_vowelless(key), [])
    if key.endswith(ADJECTIVE_ENDINGS) or any(form == key for form, _ in listed):
        return None  # an adjective (النيجيرية), or a name as CLDR writes it: read as such
    found = {
        entry.name: entry
        for form, entry in listed
        if abs(len(form) - len(key)) == 1 and _one_vowel_apart(form, key)
    }
    return next(iter(found.values())) if len(found) == 1 else None


ADJECTIVE_ENDINGS = ("یه", "یین", "یون")  # normalized: -ية, -يين, -يون


def _one_vowel_apart(a: str, b: str) -> bool:
    """Whether the longer of two words is the shorter with one long vowel added inside."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(
        longer[i] in LONG_VOWELS and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer) - 1)
    )


def add_country_spellings(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Arabic words outside every mention that are a country's name with one long vowel less
    or more than CLDR writes it (بنغلادش for بنغلاديش), behind a proclitic too: GPE mentions
    of that country. Never a common word, nor a listed name of anything else."""
    added = []
    for start, end in tokens:
        word = text[start:end]
        if len(word) < MIN_VARIANT_LETTERS or not word.isalpha():
            continue
        if any(m.start < end and start < m.end for m in mentions):
            continue
        for form in [word] + arabic_bare(word):
            key = gazetteer_key(form)
            if len(key) < MIN_VARIANT_LETTERS or is_common(form, "ar") or key in gazetteer():
                continue
            entry = country_spelt_as(key)
            if entry is not None:
                at = start + len(word) - len(form)
                added.append(Mention(at, end, text[at:end], "GPE", entry.name))
                break
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def cldr_country_word(word: str) -> tuple[str, GazetteerEntry] | None:
    """The form and country of an Arabic word that is one of CLDR's one-word Arabic country
    names (the name inside CLDR's brackets too: «بورما» of «ميانمار (بورما)»), behind a proclitic
    too, which the gazetteer does not list (a listed name the tagger dropped was dropped for a
    reason), nor the common words nor the place homographs («مالي», "financial"), or None."""
    for form in [word] + arabic_bare(word):
        entry = cldr_places()[0].get(("ar", plain(form)))
        if entry is None or entry.name not in countries():
            continue
        if is_common(form, "ar") or folded(form) in place_homographs().get("ar", ()):
            return None
        return None if gazetteer_key(form) in gazetteer() else (form, entry)
    return None


@cache
def country_phrases() -> frozenset[tuple[str, ...]]:
    """data/gazetteers/country_phrases_ar.tsv, as normalized words: phrases that write a
    country's name but name no country («جوز الهند», the coconut)."""
    return frozenset(
        tuple(normalize(phrase).split())
        for phrase, _meaning in read_table("gazetteers/country_phrases_ar.tsv")
    )


def in_country_phrase(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether token `i` is a word of a phrase of `country_phrases` written around it."""
    words = [normalize(text[s:e]) for s, e in tokens]
    return any(
        tuple(words[i - k : i - k + len(phrase)]) == phrase
        for phrase in country_phrases()
        for k in range(len(phrase))
        if i - k >= 0
    )


def add_cldr_countries(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Arabic words outside every mention that CLDR names a country with (`cldr_country_word`:
    «وقالت السلطات في ميانمار», which the tagger misses): GPE mentions of that country, unless
    a title comes right before (the family name of «الدكتور السويد» is no Sweden) or the word
    is part of a phrase that names no country («جوز الهند», `country_phrases`)."""
    added = []
    for i, (start, end) in enumerate(tokens):
        word = text[start:end]
        if not word.isalpha() or any(m.start < end and start < m.end for m in mentions):
            continue
        found = cldr_country_word(word)
        if found is None or titled_before(text, start) or in_country_phrase(text, tokens, i):
            continue
        form, entry = found
        at = end - len(form)
        added.append(Mention(at, end, text[at:end], entry.type, entry.name))
    return with_added(mentions, added) if added else mentions


def add_demonyms(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention], lang: str | None = None
) -> list[Mention]:
    """Nationality adjectives outside every mention, each a mention of its country (GPE)."""
    added = []
    taken = iter(mentions)
    current = next(taken, None)
    for start, end in tokens:
        while current is not None and current.end <= start:
            current = next(taken, None)
        if current is not None and current.start < end:
            continue
        if text[start].isalpha() and (entry := demonym_of(text[start:end], lang)):
            added.append(Mention(start, end, text[start:end], "GPE", entry.name, demonym=True))
        elif "-" in text[start:end]:  # Dutch-Moroccan, Irish-born: each nationality its own
            at = start
            for part in text[start:end].split("-"):
                if part[:1].isalpha() and (entry := demonym_of(part, lang)):
                    added.append(Mention(at, at + len(part), part, "GPE", entry.name, demonym=True))
                at += len(part) + 1
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def merge(crf: list[Mention], gaz: list[Mention], lang: str | None = None) -> list[Mention]:
    """CRF mentions named and typed by the gazetteer where it knows them (but a known place the
    CRF reads as an organization in context stays one: a country acting as a government); a
    gazetteer match that covers a CRF mention replaces it (it knows the full name); gazetteer
    matches fill the gaps. A match the gazetteer does not list as written (`accepted`: "is"
    for IS, الرئيسي for رئيسي) names nothing: a CRF mention keeps its own type and no name, a
    gazetteer match alone is dropped."""
    gaz = [g for g in gaz if accepted(g.text, lang)]
    out = []
    for m in crf:
        if any(
            g.start <= m.start and m.end <= g.end and g.end - g.start > m.end - m.start for g in gaz
        ):
            continue
        entry = lookup(m.text)
        if entry is not None and not accepted(m.text, lang):
            entry = None
        if entry is None and m.type in PLACE_TYPES:
            entry = cldr_place(m.text, lang)
        elif entry is None and (country := cldr_place(m.text, lang)) is not None:
            # a country's name as CLDR writes it is the country, whatever the CRF read in
            # context («مقامات اندونزی», officials of Indonesia, read as an organization)
            entry = country if country.name in countries() else None
        if entry is None:
            kind = m.type
        else:
            kind = (
                m.type if (entry.type, m.type) in {("GPE", "ORG"), ("LOC", "ORG")} else entry.type
            )
        out.append(Mention(m.start, m.end, m.text, kind, entry.name if entry else None))
    for g in gaz:
        if not any(o.start < g.end and g.start < o.end for o in out):
            out.append(g)
    return sorted(out, key=lambda m: m.start)


@cache
def name_titles() -> dict[str, frozenset[str]]:
    """data/gazetteers/name_titles.tsv by kind, normalized: `piece`, a title's inner word that
    opens no name («العظمی» of «آیت‌الله العظمی»); `honorific`, a title that opens names as news
    write them («امام حسین») but is not the shown name of a person the hand list names."""
    out: dict[str, set[str]] = {"piece": set(), "honorific": set()}
    for kind, word in read_table("gazetteers/name_titles.tsv"):
        out[kind].add(normalize(word))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def role_words() -> dict[str, frozenset[str]]:
    """Folded title words (before a name), role words (after a name) and honorifics (before
    a name, never part of it: Mr, آقای)."""
    out: dict[str, set[str]] = {"title": set(), "role": set(), "honorific": set()}
    for kind, word in read_table("gazetteers/roles.tsv"):
        out[kind].add(normalize(word).replace(" ", ""))
    return {k: frozenset(v) for k, v in out.items()}


def _folded(text: str, span: tuple[int, int]) -> str:
    return folded(text[span[0] : span[1]])


def apply_roles(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention], lang: str | None = None
) -> list[Mention]:
    """People marked by their title or role: a name after "اللواء"/"سردار" grows to two words
    and becomes PER (in Arabic not over a word joined by «و» or a future verb: «السيد روحاني
    وجواد ظريف», «الرئيس روحاني سيزور»); a name right before "سفير"/"سخنگوی" becomes PER."""
    words = role_words()
    index = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {}
    for k, (_, e) in enumerate(tokens):
        ends.setdefault(e, k)
    out = []
    for m in mentions:
        i = index.get(m.start)
        if i is None:
            out.append(m)
            continue
        j = ends.get(m.end, i)
        before = _folded(text, tokens[i - 1]) if i > 0 else ""
        if (
            before in words["title"]
            and m.type in {"PER", "MISC"}
            and j == i
            and j + 1 < len(tokens)
        ):
            nxt = tokens[j + 1]
            if (
                text[nxt[0] : nxt[1]].isalpha()
                and _folded(text, nxt) not in words["role"] | EDGE_WORDS
                and not (lang == "ar" and _no_name_after_arabic_name(text[nxt[0] : nxt[1]]))
                and not _no_name_after_titled_name(m, text[nxt[0] : nxt[1]], lang)
            ):
                m = Mention(m.start, nxt[1], text[m.start : nxt[1]], "PER", m.canonical)
        elif (
            m.type in {"MISC", "ORG"}
            and m.canonical is None
            and _role_follows(text, tokens, j, words["role"])
        ):
            m = Mention(m.start, m.end, m.text, "PER", m.canonical)
        out.append(m)
    return out


_ARABIC_DEMONSTRATIVES = frozenset(normalize(w) for w in PLAIN_DEMONSTRATIVES["ar"])


def _no_name_after_titled_name(m: Mention, word: str, lang: str | None) -> bool:
    """A word after a one-word name a title announced that does not continue the name, so the
    name does not grow over it (round 62: most growths on the dev documents were wrong):
    - English: a lower-case word ("President Putin said", "has President Trump given up");
    - Persian: a common word or a speech verb's first word («آیت‌الله اراکی افزود»);
    - Arabic, after a person the gazetteer knows by that one word (ترامب, أوباما, بوتين: its
      longest listed form was matched already): any common word («ترامب للعدالة», «بوتين
      التعاون») or a verb in the future («أوباما سيضغط»);
    - Arabic, after another name: a function word or demonstrative («الدكتور الأحمد أن»,
      «السيد ميتشيل تلك»), a common word behind a proclitic («السيد فاراج بضرورة»), a common
      word or a title behind «و» («الرئيس السيسي والأمير»), a common word opening with the
      imperfect's «ي» («السيد مولر يحول»). A family name that is also a common word («محمد
      مرسي») still grows."""
    if lang == "en":
        return word[:1].islower()
    if lang == "fa":
        return is_common(word, "fa") or _opens_a_persian_speech_verb(word)
    if lang != "ar":
        return False
    known = lookup(m.text) if m.canonical is not None else None
    if known is not None and known.type == "PER":
        return _a_common_arabic_word(word) or _future_verb_form(word)
    key = normalize(word)
    return (
        key in function_words()
        or key in _ARABIC_DEMONSTRATIVES
        or _a_common_word_behind_a_proclitic(word)
        or (_conjoined_word(word) and _a_common_or_title_word(word[1:]))
        or (key[:1] == IMPERFECT_PREFIXES_AR[0] and is_common(word, "ar"))
    )


def _a_common_or_title_word(word: str) -> bool:
    """Whether an Arabic word is a common word or a title announcing a person (الأمير)."""
    title = name_patterns().get(("ar", folded(word)), ("",))[0] == "person"
    return title or _a_common_arabic_word(word)


def _opens_a_persian_speech_verb(word: str) -> bool:
    """Whether a Persian word is the first of a speech verb of the quote cues (افزود, اظهار
    داشت, تصریح کرد)."""
    key = folded(word)
    return len(key) >= 3 and any(v.startswith(key) for v in persian_speech_verbs())


def _a_common_arabic_word(word: str) -> bool:
    """Whether an Arabic word is a common word, behind a proclitic or the article too
    (بإعادة, للعدالة, كقانون, التعاون)."""
    forms = [plain(word)]
    forms += arabic_bare(forms[0])
    forms += [f[2:] for f in forms if f.startswith("ال") and len(f) > 4]
    return any(is_common(f, "ar") for f in forms)


def _a_common_word_behind_a_proclitic(word: str) -> bool:
    """Whether an Arabic word is a proclitic on a common word (بضرورة, بمعدل, باعتبار), not a
    name the gazetteer or the given names list holds (كمال is no ك + مال)."""
    if lookup(word) is not None or normalize(word) in arabic_given_names():
        return False
    bare = arabic_bare(plain(word))
    bare += [f[2:] for f in bare if f.startswith("ال") and len(f) > 4]
    return any(is_common(f, "ar") for f in bare)


def _future_verb_form(word: str) -> bool:
    """Whether an Arabic word is written as a verb in the future, «سـ» on an imperfect's
    prefix (سيضغط, ستقوم), whether or not the common words list holds the verb: read only
    after a person named whole, where no given name follows (سيف, سيرجي would)."""
    key = normalize(word)
    return len(key) >= 4 and key[0] == FUTURE_PREFIX_AR and key[1] in IMPERFECT_PREFIXES_AR


def _role_follows(text: str, tokens: list[tuple[int, int]], j: int, roles: frozenset[str]) -> bool:
    """Whether a role word comes right after token j (a closing quote mark may sit between)."""
    k = j + 1
    while k < len(tokens) and text[tokens[k][0] : tokens[k][1]] in '«»"“”':
        k += 1
    return k < len(tokens) and _folded(text, tokens[k]) in roles


FUTURE_PREFIX_AR = "س"  # سيزور, ستقوم: «سـ» on an imperfect verb
IMPERFECT_PREFIXES_AR = normalize("يتن")  # the imperfect's prefixes (not أ: سالم, ساخر)


def arabic_future_verb(word: str) -> bool:
    """Whether an Arabic word is a future verb: «سـ» on an imperfect verb the common words
    list holds (سيزور = سـ + يزور, سيصدر), which no name is (سيف, سيلفا, ستالين: the rest is
    no common verb)."""
    key = normalize(word)
    rest = key[len(FUTURE_PREFIX_AR) :]
    return (
        key.startswith(FUTURE_PREFIX_AR)
        and len(rest) >= 3
        and rest[0] in IMPERFECT_PREFIXES_AR
        and is_common(rest, "ar")
    )


def _conjoined_word(word: str) -> bool:
    """Whether an Arabic word is «و» joined to another word (وجواد, والسعودي), not a name
    beginning with و (وليد, وانغ: waw_names_ar.tsv)."""
    key = normalize(word)
    return key.startswith("و") and len(key) >= 3 and key not in waw_names()


def _no_name_after_arabic_name(word: str) -> bool:
    """A word that does not continue the Arabic name before it: a word joined by «و» whose rest
    is a known given name (the next name of a list, «روحاني وجواد») or surely no name
    (`_no_second_name`: «والسعودي»), or a future verb («روحاني سيزور»). An unknown word after
    «و» may be the name's own («جوكو ويدودو», Joko Widodo: the CI's cross-script search test)."""
    if arabic_future_verb(word):
        return True
    if not _conjoined_word(word):
        return False
    return _no_second_name(word) or folded(word[1:]) in persian_given_names()


@cache
def persian_speech_verbs() -> frozenset[str]:
    """Persian speech verbs of the quote cues (rasad.lang.quotes), folded and without spaces
    («تصریح کرد» → «تصریحکرد»); the adverbial cues («با اشاره به», «به نقل از») left out, as
    they follow bodies and reports too."""
    from rasad.lang.quotes import SPEECH_CUES

    return frozenset(
        folded(cue).replace(" ", "")
        for cue in SPEECH_CUES["fa"]
        if not cue.startswith(("با ", "به ")) and not cue.startswith("گزارش")
    )


def _speech_verb_follows(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether a Persian speech verb («افزود», «تصریح کرد», «اظهار داشت») comes right after
    token j, a closing quote mark allowed between."""
    k = j + 1
    while k < len(tokens) and text[tokens[k][0] : tokens[k][1]] in '«»"“”':
        k += 1
    verbs = persian_speech_verbs()
    words = "".join(_folded(text, t) for t in tokens[k : k + 1])
    two = "".join(_folded(text, t) for t in tokens[k : k + 2])
    return words in verbs or two in verbs


@cache
def persian_speaker_roles() -> frozenset[str]:
    """data/gazetteers/speaker_roles_fa.tsv, folded: roles after a quoted Persian speaker."""
    return frozenset(
        folded(w).replace(" ", "") for (w,) in read_table("gazetteers/speaker_roles_fa.tsv")
    )


def _quoted_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is written between quote marks («…», "…", “…”)."""
    return start > 0 and text[start - 1] in '«"“' and text[end : end + 1] in '»"”'


def _opens_clause(text: str, start: int, marks: str = ".!?\n:") -> bool:
    """Whether a word at `start` opens its sentence or line (a list dash or colon before it;
    other `marks` may be allowed, as the Persian comma)."""
    before = text[:start].rstrip(" \t-–")
    return not before or before[-1] in marks


def speakers_before_verbs(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """A Persian name of two to four words the tagger read as MISC, with no list behind it,
    is a person when it is the subject of a speech verb: written between quote marks before
    that verb or a speaker's role at the opening of a sentence or clause («، «چياز هونوسف»
    افزود», «"گل آقا شيرزوي" والي ننگرهار», its given name a common word), or unquoted
    opening its sentence right before the verb (not «در مورد "فرش قزوين" گفت»). Works and events, the tagger's other MISC, do
    not speak; a newspaper after «گفت‌وگو با روزنامه» is neither quoted nor a clause opener."""
    index = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {e: k for k, (_, e) in enumerate(tokens)}
    roles = persian_speaker_roles()
    out = []
    for m in mentions:
        i, j = index.get(m.start), ends.get(m.end)
        if (
            m.type == "MISC"
            and m.canonical is None
            and i is not None
            and j is not None
            and 2 <= len(m.text.split()) <= 4
            and all(ch.isalpha() or ch.isspace() or ch == "\u200c" for ch in m.text)
            and (
                _quoted_at(text, m.start, m.end)
                and _opens_clause(text, m.start - 1, ".!?\n:،")
                and (_speech_verb_follows(text, tokens, j) or _role_follows(text, tokens, j, roles))
                or _opens_clause(text, m.start)
                and not is_common(m.text.split()[0], "fa")
                and _speech_verb_follows(text, tokens, j)
            )
        ):
            m = Mention(m.start, m.end, m.text, "PER", None)
        out.append(m)
    return out


@cache
def persian_given_names() -> frozenset[str]:
    """data/gazetteers/given_names_fa.tsv, folded: given names common in Iran."""
    return frozenset(folded(w) for (w,) in read_table("gazetteers/given_names_fa.tsv"))


@cache
def persian_person_titles() -> frozenset[str]:
    """data/gazetteers/person_titles_fa.tsv, folded: titles before a Persian name, outside it."""
    return frozenset(folded(w) for (w,) in read_table("gazetteers/person_titles_fa.tsv"))


@cache
def persian_speaker_openers() -> dict[str, frozenset[str]]:
    """data/gazetteers/speaker_openers_fa.tsv, folded without spaces, by kind (`opener`: an
    interview or press phrase after its subject; `time`: a word between the two)."""
    out: dict[str, set[str]] = {"opener": set(), "time": set()}
    for kind, phrase in read_table("gazetteers/speaker_openers_fa.tsv"):
        out[kind].add(folded(phrase))
    return {k: frozenset(v) for k, v in out.items()}


MAX_SUBJECT_WORDS = 4  # words of a name opening a clause before a role or interview phrase
# «سید» written apart from the given name stays in the span, as the tagger writes it and the
# quote sets name speakers («سید حسن حسینی»), though entities.md leaves it out
SAYYID = "سید"


def _phrase_at(text: str, tokens: list[tuple[int, int]], k: int, phrases: frozenset[str]) -> int:
    """The number of tokens from k whose folded words make one of `phrases`, or 0."""
    for n in range(1, 6):
        if k + n > len(tokens):
            break
        if "".join(_folded(text, t) for t in tokens[k : k + n]) in phrases:
            return n
    return 0


def _speech_verb_after(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether a Persian speech verb comes anywhere after token j in the sentence."""
    verbs = persian_speech_verbs()
    return any(_phrase_at(text, tokens, k, verbs) for k in range(j + 1, len(tokens)))


@cache
def _persian_name_stops() -> frozenset[str]:
    """Folded words no Persian name opening a clause holds: role, title and honorific words,
    speaker roles, person titles and the time words of the speaker openers."""
    roles = role_words()
    stops = roles["title"] | roles["role"] | roles["honorific"] | persian_speaker_roles()
    return frozenset(stops | persian_person_titles() | persian_speaker_openers()["time"])


def _persian_name_word(word: str) -> bool:
    """A word that may be part of a Persian person's name opening a clause: letters only, no
    function, role, title, classifier or name-head word («وی», «مدیرکل», «استان», «شمال»)."""
    key = folded(word)
    if not all(ch.isalpha() or ch == "\u200c" for ch in word) or not word.strip("\u200c"):
        return False
    if key in _persian_name_stops() or normalize(word) in word_lists("function_words.tsv").get(
        "fa", frozenset()
    ):
        return False
    return not is_name_head(word, "fa") and _persian_letters(word) not in (
        persian_place_classifiers()
    )


def _a_persian_name(words: list[str], found_person: bool) -> bool:
    """Whether 2–4 words opening a clause read as a person's name: name words, none of them a
    common word unless the first (after a separate «سید», the second) is a listed given name
    («حجت نظری», «رمضان شجاعی») or the tagger found a person there; as a whole no place or body the gazetteer knows."""
    if not 2 <= len(words) <= MAX_SUBJECT_WORDS or not all(map(_persian_name_word, words)):
        return False
    if folded(" ".join(words[:2])) in persian_person_titles():
        return False  # a title written in two words («حجت الاسلام حسن روحانی»): «حجت» is no name
    known = lookup(" ".join(words))
    if known is not None and known.type != "PER":
        return False
    given = words[1] if folded(words[0]) == SAYYID else words[0]
    if found_person or folded(given) in persian_given_names():
        return True
    return not any(is_common(w, "fa") for w in words)


# tokens after which a clause opens, normalized. Not «که»: «خبری منتشر کرد که پیمان قربانی، معاون
# … گفته است», with the name found, gave its quote to the outlet reporting it (quotes_dev44b)
CLAUSE_OPENERS = frozenset([",", ":"])


def _clause_start(text: str, tokens: list[tuple[int, int]], j: int) -> int | None:
    """The first token of the clause that ends with token j: the sentence's first word or the
    word after a comma or colon (after a byline: «… از ساری، رمضان شجاعی»); None when that
    clause holds no word of its own or a quote mark."""
    i = j
    while i > 0 and normalize(text[slice(*tokens[i - 1])]) not in CLAUSE_OPENERS:
        i -= 1
    words = [text[slice(*t)] for t in tokens[i : j + 1]]
    if not words or any(w in '«»"“”()' for w in words):
        return None
    return i


def _subject_before(
    text: str, tokens: list[tuple[int, int]], k: int, mentions: list[Mention], interview: bool
) -> Mention | None:
    """The person named by the words that open a clause and end right before token k (a comma
    between allowed), or None. Before an `interview` phrase, which no place gives, the first
    word may be a place's name too («چاد همل در مصاحبه با»: Chad)."""
    j = k - 1
    if j >= 0 and text[slice(*tokens[j])] in "،,":
        j -= 1
    i = _clause_start(text, tokens, j) if j >= 0 else None
    if i is None:
        return None
    start, end = tokens[i][0], tokens[j][1] if j >= i else tokens[i][0]
    inside = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end for m in inside):
        return None  # a mention runs across the clause's edge
    if any(_known_non_person(m, start if interview else -1) for m in inside):
        return None  # a known place or body (ایران, سازمان ملل)
    person = next((m for m in inside if m.type == "PER" and m.start == start), None)
    words = [text[slice(*t)] for t in tokens[i : j + 1]]
    trailing = text[person.end : end].split() if person is not None and " " in person.text else []
    if any(is_common(w, "fa") for w in trailing):
        return None  # no common word runs on a full name the tagger found («… دهقان لحظاتی»)
    if not _a_persian_name(words, person is not None):
        return None
    return Mention(start, end, text[start:end], "PER")


def _known_non_person(m: Mention, first_word_at: int) -> bool:
    """Whether m is a place or body the gazetteer knows, other than a one-word place at
    `first_word_at`."""
    if m.canonical is None or m.type == "PER":
        return False
    return not (m.start == first_word_at and m.type in PLACE_TYPES and " " not in m.text)


def _interview_opener_at(text: str, tokens: list[tuple[int, int]], k: int) -> int | None:
    """The first token of the time words («امروز», «بعد از ظهر امروز») and interview phrase
    («در گفت‌وگو با», «در نشست خبری») that start at or after token k, when the phrase comes
    after at most four time words; None otherwise."""
    openers = persian_speaker_openers()
    n = k
    while n < len(tokens) and n - k <= 4:
        if _phrase_at(text, tokens, n, openers["opener"]):
            return k
        if _folded(text, tokens[n]) not in openers["time"]:
            return None
        n += 1
    return None


def persian_named_subjects(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Persian people named where only a person stands: the words opening a clause right before
    an interview or press phrase («نقی کریمیان امروز در گفت‌وگو با خبرنگار …»), or before a
    speaker's role when a speech verb follows in the sentence («حجت نظری عضو شورای شهر تهران
    … اظهار داشت»). Names made of common words count when their first word is a listed given
    name."""
    roles = persian_speaker_roles()
    found: list[Mention] = []
    for k in range(1, len(tokens)):
        interview = _interview_opener_at(text, tokens, k) is not None
        if not interview and not (
            _folded(text, tokens[k]) in roles and _speech_verb_after(text, tokens, k)
        ):
            continue
        person = _subject_before(text, tokens, k, mentions, interview)
        if person is not None and not any(person == m for m in mentions + found):
            found.append(person)
    if not found:
        return mentions
    return with_added(mentions, found)


def persian_given_name_before(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """A one-word Persian person the tagger found grows to the given name right before it, when
    that word is in no other mention and is a listed given name («نقی [کریمیان]» → «نقی
    کریمیان»), or a name word written where only a name can stand (`_given_name_slot`)."""
    index = {s: i for i, (s, _) in enumerate(tokens)}
    out = []
    for m in mentions:
        i = index.get(m.start)
        if m.type == "PER" and " " not in m.text and i and not _in_any(tokens[i - 1], mentions):
            before = tokens[i - 1]
            listed = _folded(text, before) in persian_given_names() | arman_given_names()
            if listed or _given_name_slot(text, tokens, i - 1, m):
                m = Mention(before[0], m.end, text[before[0] : m.end], "PER", m.canonical)
        out.append(m)
    return out


# The opening of a Persian article up to where its first sentence's subject stands: the text's
# start, or a byline clause («به گزارش خبرگزاری فارس از قم،») on the first line
_OPENING = re.compile(r"\s*(?:(?:به گزارش|بنا بر این گزارش)[^\n،,:]{0,80}[،,]\s*)?")
OPENING_CHARS = 200  # a byline clause and a given name fit in these
_LETTER_WORD_BEFORE = re.compile(r"([^\W\d_][\w\u200c]*) $")


def opening_name_slot(text: str, start: int) -> bool:
    """Whether a word starting at `start` opens the subject of a Persian article's first
    sentence (the text's start, or right after its «به گزارش …،» byline): where Fars News
    writes a person's full name, given name first, so a word there before a surname is the
    given name even when it is a common word too («[ولی] رحمانی امروز …», «ولی» also "but",
    which cannot open an article; quotes_dev63fa, speakers64fa)."""
    opening = _OPENING.match(text)
    return opening is not None and opening.end() == start


def persian_opening_given_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word Persian person at the article's opening slot (`opening_name_slot`) grows to
    the word right before it when the article then writes that surname alone for the person
    (another one-word person mention of it later) and never before: the article writes the
    full name once, then the surname. The word must be letters, no role, title, honorific,
    speaker role or name-head word, and in no other mention («ولی رحمانی» … «رحمانی عنوان
    داشت»; the tagger reads «ولی» as "but" and takes «رحمانی» alone)."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.start > OPENING_CHARS:
            break
        before = _LETTER_WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
        if m.type != "PER" or " " in m.text or before is None or m.canonical is not None:
            continue
        word = before.group(1)
        if not opening_name_slot(text, before.start(1)) or len(word) < 2:
            continue
        if folded(word) in _persian_name_stops() or is_name_head(word, "fa"):
            continue
        if any(o.start < before.end(1) and before.start(1) < o.end for o in mentions):
            continue
        later = [
            o for o in mentions[i + 1 :] if o.type == "PER" and folded(o.text) == folded(m.text)
        ]
        if later and folded(m.text) not in {folded(w) for w in text[: before.start(1)].split()}:
            out[i] = Mention(before.start(1), m.end, text[before.start(1) : m.end], "PER")
        break  # only the first person of the article stands in its opening slot
    return out


# «الله» closing a Persian compound given name written apart («قدرت الله», «روح الله»), or Fars
# News' abbreviation of it «ا...» («فضل ا... صلواتي»; quotes_dev66fa.tsv, quotes_dev68fa.tsv)
ALLAH = "الله"
_WORD_BEFORE_ALLAH = re.compile(r"([^\W\d_][\w\u200c]*) (ا(?:\.\.\.|…) )?$")


# «الدین» closes compound given names the same way, written apart as often as joined («نور
# الدين پيرموذن», «شمس الدین», «جلال الدین»; quotes_dev70fa.tsv): no title or name opens with it
COMPOUND_NAME_ENDS_70FA = frozenset({ALLAH, "الدین"})


def persian_allah_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian person the tagger found from «الله» or «الدین» on («[قدرت] الله طمیمیان», «[نور]
    الدين پيرموذن») or right after «ا...» («[فضل ا...] صلواتي») grows back to the word that
    opens the given name, when that word is a name word (`_persian_name_word`: no role, title or
    function word), the two are no title («آیت الله» is `person_titles_fa.tsv`'s) and the word
    is in no other mention: a given name cut in two, the surname alone after it links to the
    whole name."""
    out = []
    for m in mentions:
        first = [folded(w) for w in m.text.split()[:1]]
        opens_allah = bool(first) and first[0] in COMPOUND_NAME_ENDS_70FA and " " in m.text
        before = _WORD_BEFORE_ALLAH.search(text, max(0, m.start - 40), m.start)
        if m.type == "PER" and m.canonical is None and before is not None:
            word, short = before.group(1), before.group(2)
            grows = (
                (opens_allah and not short) or (short and not opens_allah)
            ) and _persian_name_word(word)
            title = folded(f"{word} {first[0] if opens_allah else ALLAH}") in (
                persian_person_titles()
            )
            taken = any(o.start < before.end(1) and before.start(1) < o.end for o in mentions)
            if grows and not title and not taken:
                m = Mention(before.start(1), m.end, text[before.start(1) : m.end], "PER")
        out.append(m)
    return out


MAX_WORDS_SURNAME_TO_CUE = 12  # words from a surname opening a clause to its speech cue
_PERSIAN_WORD = re.compile(r"[^\W\d_][\w\u200c]*")
_PERSIAN_CLAUSE_END = re.compile(r"[.:!?؟\n]")


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` opens a paragraph or a sentence (after «.», «!», «؟»)."""
    before = text[:start].rstrip(" \u200c")
    return not before or before[-1] in "\n.!?؟"


def _speaks_at(text: str, start: int, end: int) -> bool:
    """Whether the word at start:end opens a sentence whose words, before its «:» or full stop,
    hold a Persian speech cue within `MAX_WORDS_SURNAME_TO_CUE` words («هدایت اضافه کرد:», «انوار با
    بیان این مطلب که …», «يزدانجو بعد از ترجمه اين رمان به فارس گفته بود،»)."""
    if not _opens_a_sentence(text, start):
        return False
    stop = _PERSIAN_CLAUSE_END.search(text, end)
    clause = text[end : stop.start() if stop else len(text)]
    words = [folded(w) for w in _PERSIAN_WORD.findall(clause)][:MAX_WORDS_SURNAME_TO_CUE]
    cues = persian_speech_cues()
    return any("".join(words[i : i + k]) in cues for i in range(len(words)) for k in (1, 2, 3))


def _a_surname_word(word: str) -> bool:
    """A word that may be a surname after a given name: a name word of three letters or more,
    no given name itself (two given names are no given name and surname), no speech-verb word."""
    key = folded(word)
    return (
        len(word) >= 3
        and _persian_name_word(word)
        and key not in persian_given_names()
        and not any(v.startswith(key) for v in persian_speech_verbs())
    )


def _surname_speaks_later(text: str, end: int, word: str) -> bool:
    """Whether `word` is written alone after `end`, opening a sentence that speaks."""
    pattern = re.compile(rf"(?<![\w\u200c]){re.escape(word)}(?![\w\u200c])")
    return any(_speaks_at(text, w.start(), w.end()) for w in pattern.finditer(text, end))


def persian_given_names_of_speakers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A listed Persian given name and the word right after it are a person («اصغر هدایت»,
    «پیمان قربانی», «خلیل منتقمی‌فر») when the article later writes that word alone opening a
    sentence that speaks («هدایت اضافه کرد:», «منتقمی‌فر با اشاره به …»; unlabelled Fars News,
    round speakers74fa): Fars News
    writes the full name once, then the surname as the speaker, and a surname that is a common
    word too («هدایت» "guidance", «آرامش» "calm") left the tagger without either, or with the
    given name alone. Not where a person already holds both words, or a mention runs past them;
    the later surname is left as it was (a common word alone is no alias the linker takes)."""
    added: list[Mention] = []
    words = list(_PERSIAN_WORD.finditer(text))
    for given, surname in zip(words, words[1:], strict=False):
        if (
            folded(given.group()) not in persian_given_names()
            or text[given.end() : surname.start()] != " "
        ):
            continue
        if not _a_surname_word(surname.group()):
            continue
        start, end = given.start(), surname.end()
        covering = [m for m in mentions + added if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in covering):
            continue
        if any(m.type == "PER" and m.start == start and m.end == end for m in covering):
            continue
        if _surname_speaks_later(text, end, surname.group()):
            added.append(Mention(start, end, text[start:end], "PER"))
    return with_added(mentions, added, overlapping=True) if added else mentions


_OPENING_THREE_WORDS = re.compile(
    r"([^\W\d_][\w\u200c]*) ([^\W\d_][\w\u200c]*) ([^\W\d_][\w\u200c]*)"
)


def persian_opening_full_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """The article's opening slot (`opening_name_slot`) holding a listed given name, a word
    that is no common word (a surname: «نادر حريري»; quotes_dev51fa.tsv) and then «در» or a time
    word of the speaker openers («… در نشست مشتركي …», «… امروز …») is a person, when no mention
    runs past the two words: Fars News opens with its subject's full name, and the tagger found
    neither word of one it had not seen."""
    opening = _OPENING.match(text)
    found = _OPENING_THREE_WORDS.match(text, opening.end()) if opening is not None else None
    if found is None or folded(found.group(1)) not in persian_given_names():
        return mentions
    surname, after = found.group(2), folded(found.group(3))
    if is_common(surname, "fa") or not _a_surname_word(surname):
        return mentions
    if after != IN_WORD_FA and after not in persian_speaker_openers()["time"]:
        return mentions
    start, end = found.start(1), found.end(2)
    covering = [m for m in mentions if m.start < end and start < m.end]
    if any(m.start < start or m.end > end or m.type == "PER" for m in covering):
        return mentions
    return with_added(mentions, [Mention(start, end, text[start:end], "PER")], overlapping=True)


_NEXT_LETTER_WORD = re.compile(r"[ \u200c]+([^\W\d_][\w\u200c]*)")


def without_speech_verb_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian person the tagger ran onto the first word of a speech verb of the quote cues
    («[حسيني] اذعان داشت», and «اذعان» alone before «داشت»; quotes_dev68fa.tsv) loses that word;
    a mention that was only that word is no mention."""
    verbs = persian_speech_verbs()
    out = []
    for m in mentions:
        words = m.text.split()
        after = _NEXT_LETTER_WORD.match(text, m.end)
        if m.type == "PER" and m.canonical is None and words and after is not None:
            verb = folded(f"{words[-1]} {after.group(1)}").replace("\u200c", "")
            if verb in verbs and len(words) == 1:
                continue
            if verb in verbs:
                end = m.start + m.text.rstrip().rfind(" ")
                m = Mention(m.start, end, text[m.start : end], m.type)
        out.append(m)
    return out


def without_time_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian person of two words or more the tagger ran onto a time word of the speaker
    openers («[حسین ناظمیان‌پور] دقایقی پیش در گفت‌وگو با …»; quotes_dev70fa.tsv) loses it,
    when another time word or an interview phrase follows: the words after a name and before
    its interview phrase are the time of speaking, never part of the name."""
    openers = persian_speaker_openers()
    out = []
    for m in mentions:
        words = m.text.split()
        after = text[m.end : m.end + 60].split()
        if (
            m.type == "PER"
            and m.canonical is None
            and len(words) >= 2
            and folded(words[-1]) in openers["time"]
            and after
            and (
                folded(after[0]) in openers["time"]
                or any(folded(" ".join(after[:n])) in openers["opener"] for n in range(2, 6))
            )
        ):
            end = m.start + m.text.rstrip().rfind(" ")
            m = Mention(m.start, end, text[m.start : end], m.type)
        out.append(m)
    return out


@cache
def nouns_glued_to_in_fa() -> frozenset[str]:
    """data/gazetteers/nouns_glued_to_in_fa.tsv, folded, «در» put before each: the words «در» joined to
    the noun opening a speaker's adverbial is written as («درگفت», «درپايان», «درعين»)."""
    rows = read_table("gazetteers/nouns_glued_to_in_fa.tsv")
    return frozenset(folded("در" + w).replace("\u200c", "") for _, w in rows)


IN_WORD_FA = "در"
_SAID_AND_BEFORE = re.compile(r"گفت[ \u200c]*و[ \u200c]*$")  # «گفت و گو» / «گفت‌وگو» split


def _split_said_half(text: str, m: Mention) -> bool:
    """Whether a one-word Persian person is the «گو» of a «گفت و گو» written apart."""
    before = text[max(0, m.start - 12) : m.start]
    return m.text.strip() == "گو" and bool(_SAID_AND_BEFORE.search(before))


def without_glued_in(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian person of two words or more the tagger ran onto «در» written joined to the noun
    of the adverbial after it («[سيدناصر موسوي] درگفت و گو با خبرنگار …», «[جواد قناعت] درپايان
    … افزود»; quotes_dev74fa.tsv) loses that word, and the «گو» of a «گفت و گو» so split is no
    person: a preposition never ends a name, and without this the speaker's name matched no other
    mention of them."""
    glued = nouns_glued_to_in_fa()
    out = []
    for m in mentions:
        if m.type != "PER" or m.canonical is not None:
            out.append(m)
            continue
        if _split_said_half(text, m):
            continue
        words = m.text.split()
        if len(words) >= 2 and folded(words[-1]).replace("\u200c", "") in glued:
            end = m.start + m.text.rstrip().rfind(" ")
            m = Mention(m.start, end, text[m.start : end].rstrip(), m.type)
        out.append(m)
    return out


@cache
def arman_given_names() -> frozenset[str]:
    """data/gazetteers/given_names_fa_arman.tsv, folded: the words ArmanPersoNER's training split
    writes as a person's first name and never outside an entity (speakers63fa)."""
    return frozenset(folded(w) for w, _ in read_table("gazetteers/given_names_fa_arman.tsv"))


_QUOTE_OPEN = '«"“'
_QUOTE_CLOSE = '»"”'


def _given_name_slot(text: str, tokens: list[tuple[int, int]], k: int, person: Mention) -> bool:
    """Whether token k, right before a one-word person, is a given name by where it stands:
    inside quote marks that hold just the two words («[هدایت] هاشمی»). Given names that are
    common words too («هدایت» "guidance") are read so only there (quotes_dev63fa.md; a word after
    a title was tried and dropped: «حجت‌الاسلام والمسلمین» is one title)."""
    word = text[slice(*tokens[k])]
    if not all(ch.isalpha() or ch == "\u200c" for ch in word) or len(word) < 2:
        return False
    if folded(word) in _persian_name_stops() or is_name_head(word, "fa"):
        return False
    start, end = tokens[k][0], person.end
    return (
        start > 0
        and text[start - 1] in _QUOTE_OPEN
        and end < len(text)
        and text[end] in _QUOTE_CLOSE
    )


def persian_family_name_after(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """A Persian person the tagger found as a listed given name alone grows to the family name
    right after it: a name word that is no common word, opens no speech verb and is in no
    other mention («[جواد] كاظميان», «[محمد] ارزنده»)."""
    index = {e: i for i, (_, e) in enumerate(tokens)}
    out = []
    for m in mentions:
        j = index.get(m.end)
        if (
            m.type == "PER"
            and m.canonical is None
            and folded(m.text) in persian_given_names()
            and j is not None
            and not _phrase_at(text, tokens, j + 1, persian_speech_verbs())
        ):
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            word = text[slice(*nxt)] if nxt else ""
            if (
                nxt
                and nxt[0] == m.end + 1
                and _persian_name_word(word)
                and not is_common(word, "fa")
                and not _in_any(nxt, mentions)
            ):
                m = Mention(m.start, nxt[1], text[m.start : nxt[1]], "PER")
        out.append(m)
    return out


def _in_any(span: tuple[int, int], mentions: list[Mention]) -> bool:
    return any(m.start < span[1] and span[0] < m.end for m in mentions)


def without_persian_titles(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Persian mentions that open with a title or honorific («کارآگاه باب بلمینگ») are the
    person after it; a name in quote marks right after a title is a person («سناتور "کیت
    باند"»)."""
    out = []
    for m in mentions:
        words = m.text.split()
        n = _title_words(text, m, words)
        if (
            m.canonical is None
            and n < len(words) <= MAX_SUBJECT_WORDS + n - 1
            and n > 0
            and all(map(_persian_name_word, words[n:]))
        ):
            start = _word_start(m, n)
            m = Mention(start, m.end, text[start : m.end], "PER")
        out.append(m)
    return _quoted_after_titles(text, tokens, out)


def _word_start(m: Mention, n: int) -> int:
    """Where the n-th word (from 0) of a mention starts in the text, whatever spaces are
    between its words («تیم ملی  عراق» has two)."""
    return m.start + [w.start() for w in re.finditer(r"\S+", m.text)][n]


_LETTERS_WORD_BEFORE = re.compile(rf"({_WORD}+)\s+$")  # the word right before a search's end


def _title_words(text: str, m: Mention, words: list[str]) -> int:
    """How many of a Persian mention's first words are a title: one («سرهنگ»), two for a title
    written with a space («آیت الله», «حجت الاسلام»), or one where the title's first half is
    written right before the mention («آیت [الله احمد جنتی]»); 0 for none."""
    titles = persian_person_titles()
    if len(words) >= 3 and folded(words[0] + words[1]) in titles:
        return 2
    if words and folded(words[0]) in titles:
        return 1
    before = _LETTERS_WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    if len(words) >= 2 and before is not None and folded(before.group(1) + words[0]) in titles:
        return 1
    return 0


def _quoted_after_titles(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """A name of one to four words in quote marks right after a Persian title is a person."""
    titles = persian_person_titles()
    found = []
    for k in range(len(tokens) - 2):
        if _folded(text, tokens[k]) not in titles or text[slice(*tokens[k + 1])] not in '«"“':
            continue
        close = next(
            (n for n in range(k + 2, min(k + 7, len(tokens))) if text[slice(*tokens[n])] in '»"”'),
            None,
        )
        if close is None or close == k + 2:
            continue
        first = k + 2
        words = [w for w in (text[slice(*t)] for t in tokens[first:close]) if w != "\u200c"]
        if 0 < len(words) <= MAX_SUBJECT_WORDS and all(map(_persian_name_word, words)):
            start, end = tokens[first][0], tokens[close - 1][1]
            found.append(Mention(start, end, text[start:end], "PER"))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(p.start <= m.start and m.end <= p.end for p in found)]
    kept = [m for m in kept if not any(m.start < p.end and p.start < m.end for p in found)]
    return sorted(kept + found, key=lambda m: m.start)


def persian_quoted_before_roles(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Two to four name words written between quote marks right before a speaker's role (a
    comma between allowed) are a person, wherever the clause starts («نشستی با «بان کی‌مون»
    دبیرکل سازمان ملل», «"راس ويلسون"، سفير آمريكا»)."""
    roles = persian_speaker_roles()
    found = []
    for k in range(len(tokens) - 3):
        if text[slice(*tokens[k])] not in '«"“':
            continue
        close = next(
            (n for n in range(k + 1, min(k + 6, len(tokens))) if text[slice(*tokens[n])] in '»"”'),
            None,
        )
        if close is None:
            continue
        after = close + 1  # a comma may stand before the role («"راس ويلسون"، سفير آمريكا»)
        if after + 1 < len(tokens) and text[slice(*tokens[after])] in "،,":
            after += 1
        if after >= len(tokens) or _folded(text, tokens[after]) not in roles:
            continue
        start, end = tokens[k + 1][0], tokens[close - 1][1]
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or _known_non_person(m, -1) for m in inside):
            continue
        words = [text[slice(*t)] for t in tokens[k + 1 : close]]
        if _a_persian_name(words, found_person=True):
            found.append(Mention(start, end, text[start:end], "PER"))
    if not found:
        return mentions
    return with_added(mentions, found)


@cache
def arabic_speech_verbs() -> frozenset[str]:
    """Arabic one-word speech verbs of the quote cues (rasad.lang.quotes: قال, أوضح, ذكرت),
    folded; participles and phrases left out."""
    from rasad.lang.quotes import SPEECH_CUES

    return frozenset(folded(cue) for cue in SPEECH_CUES["ar"] if " " not in cue)


# «أن»/«إن» after a speech verb opens what was said; folded
_THAT = frozenset(folded(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه"))
MAX_SPEAKER_RUN = 12  # words from a speech verb to the clause it opens
_BEFORE_NO_NAME = frozenset(  # a word after these is no person's given name (في مجال, من جانبه)
    folded(w) for w in ("في", "من", "عن", "على", "إلى", "مع", "عبر", "خلال", "بعد", "قبل", "لدى")
)


def function_words() -> frozenset[str]:
    """Arabic function words (data/gazetteers/function_words.tsv), normalized."""
    return word_lists("function_words.tsv").get("ar", frozenset())


def opens_arabic_speech(word: str) -> bool:
    """Whether an Arabic word is a one-word speech verb of the quote cues, also behind «و» or
    «ف» («وقال», «فأضاف»); the one test the recogniser and the linker (`link.py`) both use,
    so that a phrase cue written without its space («وفقا ل» → «وفقال») is none."""
    key = folded(word)
    verbs = arabic_speech_verbs()
    return key in verbs or (len(key) > 1 and key[:1] in "وف" and key[1:] in verbs)


def _clause_after_speaker(words: list[str], k: int) -> int | None:
    """The token that ends the subject of the speech verb at token k: «أن»/«إن» (after a comma
    too), a colon, or «لـ» before the outlet spoken to («قال وزير النقل بدر باسلمه لـ«الشرق
    الأوسط»»)."""
    for c in range(k + 1, min(len(words), k + MAX_SPEAKER_RUN)):
        word = words[c]
        nxt = words[c + 1] if c + 1 < len(words) else ""
        if folded(word) in _THAT or word == ":" or word in ("لـ", "ل") and nxt in '«"“{':
            return c
        if word in "،," and folded(nxt) in _THAT:
            return c
        if word in '.؟?!\n«"' or opens_arabic_speech(word):
            return None
    return None


@cache
def _title_and_role_words() -> frozenset[str]:
    """Folded title and role words (`role_words`), which no speaker's name holds."""
    return frozenset(role_words()["title"] | role_words()["role"])


def _given_name_before_speech(word: str) -> bool:
    """A word that may be a speaker's given name: indefinite, no function, role, title or
    pattern word, nationality or known place; a common word too («بدر», «أمل»)."""
    key = folded(word)
    if _definite(word) or word.startswith("و") and normalize(word) not in waw_names():
        return False
    if not _name_word(word, "ar", True) or is_demonym(word) or normalize(word) in function_words():
        return False
    if name_patterns().get(("ar", key)) or key in _title_and_role_words():
        return False
    if key[:1] in "بلف" and is_common(word[1:], "ar"):
        return False  # a preposition on a common word (بتصريح, لمصدر)
    known = lookup(word)
    return (known is None or known.type == "PER") and cldr_place(word, "ar") is None


@cache
def late_forms() -> frozenset[str]:
    """The late gazetteers' forms (towns, provinces: الأحساء), normalized."""
    return frozenset(normalize(form) for form, _ in late_names())


def _family_name_before_speech(word: str) -> bool:
    """A word that may be a speaker's family name: no common word with or without its
    article, no function, role or pattern word, nationality or known place."""
    key = folded(word)
    if word.startswith("و") or not _name_word(word, "ar", False) or is_demonym(word):
        return False
    if is_common(strip_article(normalize(word)), "ar") or normalize(word) in function_words():
        return False
    if name_patterns().get(("ar", key)) or key in _title_and_role_words():
        return False
    if key[:1] in "بلف" and (is_common(word[1:], "ar") or key[1:3] == "ال"):
        return False  # بالمركز, لشؤون
    if normalize(word) in late_forms():
        return False  # «أمين الأحساء»: the mayor of a town
    known = lookup(word)
    return (known is None or known.type == "PER") and cldr_place(word, "ar") is None


def _role_opens(word: str) -> bool:
    """Whether a word after a speaker's name opens its role: a comma, a role word, a title or
    calling (مدير, المتحدث)."""
    key = folded(word)
    kind = name_patterns().get(("ar", key), ("",))[0]
    return word in "،," or key in role_words()["role"] or _titles_a_name(word) or kind == "after"


def speakers_before_their_clause(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """An Arabic speaker named by two words after the role that follows the speech verb
    opening the sentence, right before what was said («قال وزير النقل بدر باسلمه لـ«…» إن»,
    «قالت الناشطة الإيرانية … شذى صدر لـ»): a given name (a common word too) and a family
    name that is no common word; the given name common only before an indefinite family
    name or a definite adjective of origin (…ي). Also the two words right after the verb
    before a comma or a role («قالت ولاء نحاس، مدير تطوير»). Nothing after a preposition («في
    بيان صحفي»), nothing a mention covers."""
    words = [text[s:e] for s, e in tokens]
    k = next((i for i, w in enumerate(words[:3]) if opens_arabic_speech(w)), None)
    if k is None:
        return mentions
    c = _clause_after_speaker(words, k)
    places = [c - 2] if c is not None and c - 2 > k + 1 else []
    if k + 3 < len(words) and _role_opens(words[k + 3]):
        places.append(k + 1)  # «قالت ولاء نحاس، مدير تطوير …»: the name right after the verb
    for p in places:
        speaker = _speaker_at(text, tokens, words, p)
        if speaker and not any(m.start < speaker.end and speaker.start < m.end for m in mentions):
            return sorted([*mentions, speaker], key=lambda m: m.start)
    return mentions


def _speaker_at(
    text: str, tokens: list[tuple[int, int]], words: list[str], p: int
) -> Mention | None:
    """The person named by words p and p + 1, if they are a given and a family name."""
    first, last = words[p], words[p + 1]
    if folded(words[p - 1]) in _BEFORE_NO_NAME:
        return None
    nisba = _definite(last) and normalize(last).endswith(NISBA_ENDINGS)
    if not (_given_name_before_speech(first) and _family_name_before_speech(last)):
        return None
    if is_common(first, "ar") and _definite(last) and not nisba:
        return None
    if is_common(first, "ar") and not _definite(last) and normalize(last).endswith(NISBA_ENDINGS):
        return None  # «مصادر مصرفية»: a noun and its adjective
    start, end = tokens[p][0], tokens[p + 1][1]
    return Mention(start, end, text[start:end], "PER")


MIN_NAMED_IN_BODY = 2  # words of a person's name a body's mention ran on into («مارغريت تشان»)
MAX_NAMED_IN_BODY = 3


def _a_foreign_name_word(word: str) -> bool:
    """A word of a person's name after a body's: indefinite, no proclitic, no common word,
    nationality, place or listed name (مارغريت, تشان; not بعنيزة, لطب)."""
    return (
        len(word) >= 3
        and not _definite(word)
        and folded(word)[:1] not in PROCLITICS
        and _name_word(word, "ar", False)
        and not is_demonym(word)
        and lookup(word) is None
        and cldr_place(word, "ar") is None
    )


def _a_name_word_after(word: str) -> bool:
    """A word that goes on a foreign person's name (ويدودو): letters, no article, no common
    word nor one behind a proclitic (وصل, لجرعات), no nationality, place or listed name."""
    return (
        len(word) >= 3
        and not _definite(word)
        and _name_word(word, "ar", False)
        and not any(is_common(bare, "ar") or _definite(bare) for bare in arabic_bare(word))
        and not is_demonym(word)
        and lookup(word) is None
        and cldr_place(word, "ar") is None
    )


def _spelt_as_a_transcription(name: str) -> bool:
    """Whether every word of a name writes each of its vowels (جوكو ويدودو: "juku widudu"), as
    Arabic transcribes a foreign name and seldom writes an Arabic word (لجرعات)."""
    from rasad.entities.link import vowelled_name  # the linker's reading of the same letters

    return vowelled_name(name) is not None


def with_name_after_nisba(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic person mention of two words that opens with a country's adjective («الرئيس
    الإندونيسي جوكو ويدودو» read as «الإندونيسي جوكو») goes on over the name word right after
    it (`_a_name_word_after`): the tagger took the adjective for the name's first word and left
    its last one out; the linker then leaves the adjective out of the name (`without_nisba`)."""
    out, absorbed = [], set()
    for m in mentions:
        words = m.text.split()
        after = _ARABIC_WORDS.match(text, m.end + 1) if text[m.end : m.end + 1] == " " else None
        if (
            m.type == "PER"
            and len(words) == 2
            and _definite(words[0])
            and is_demonym(words[0])
            and after is not None
            and _a_name_word_after(after.group())
        ):
            met = [x for x in mentions if x.start < after.end() and after.start() < x.end]
            # the tagger read the last word as a person of its own («نيكولسون»), or the name
            # spells every vowel as a foreign name's transcription does («جوكو ويدودو»)
            alone = bool(met) and all(
                x.type == "PER" and (x.start, x.end) == after.span() for x in met
            )
            if alone or (not met and _spelt_as_a_transcription(f"{words[1]} {after.group()}")):
                absorbed.update(id(x) for x in met)
                m = Mention(m.start, after.end(), text[m.start : after.end()], "PER")
        out.append(m)
    return [m for m in out if id(m) not in absorbed]


def people_out_of_bodies(mentions: list[Mention]) -> list[Mention]:
    """An Arabic organization's mention that ran on into the name of the person after it («المدير
    العام لمنظمة الصحة العالمية مارغريت تشان»): two or three indefinite name words after the
    body's definite last word are a person, split out; not after a title of royalty, where the
    body is named after the person («مركز الأمير سلطان»)."""
    royal = named_after_heads()[1]
    out = []
    for m in mentions:
        words = m.text.split(" ")
        if m.type != "ORG" or m.canonical is not None or len(words) < 4:
            out.append(m)
            continue
        for n in range(MAX_NAMED_IN_BODY, MIN_NAMED_IN_BODY - 1, -1):
            body, name = words[:-n], words[-n:]
            if (
                len(body) >= 2
                and _definite(body[-1])
                and folded(body[-1]) not in royal
                and all(_a_foreign_name_word(w) for w in name)
                and lookup(" ".join(name)) is None
            ):
                cut = m.start + len(" ".join(body))
                start = cut + 1
                out.append(Mention(m.start, cut, m.text[: cut - m.start], "ORG", announced=True))
                out.append(Mention(start, m.end, m.text[start - m.start :], "PER"))
                break
        else:
            out.append(m)
    return out


def add_acronyms(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """An organization's acronym in parentheses right after its name ("… العراقية (واع)",
    "(IAEA)") is the same organization."""
    index = {e: i for i, (_, e) in enumerate(tokens)}
    added = []
    for m in mentions:
        j = index.get(m.end)
        if m.type != "ORG" or j is None or j + 3 >= len(tokens):
            continue
        (o, _), (a, b), (c, _) = tokens[j + 1], tokens[j + 2], tokens[j + 3]
        acronym = text[o] == "(" and text[c] == ")" and text[a:b].isalpha() and b - a <= 8
        if acronym and not any(x.start < b and a < x.end for x in mentions):
            added.append(Mention(a, b, text[a:b], "ORG", m.canonical))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


MAX_TITLED_WORDS = 3  # words of a name after a title, binders (بن, أبو) not counted


def _titled_name(text: str, tokens: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The tokens (first, end) of the person's name a title word at token k announces: the
    words after it (a nationality word between skipped: المدرب البرتغالي جوزيه) that
    `_titled_word` accepts, with a binder (بن, أبو) inside."""
    if name_patterns().get(("ar", _folded(text, tokens[k])), ("",))[0] != "person":
        return None
    first = k + 1
    if first < len(tokens) and is_demonym(text[slice(*tokens[first])]):
        first += 1
    end, words = first, 0
    while end < len(tokens) and words < MAX_TITLED_WORDS:
        w = text[slice(*tokens[end])]
        if _folded(text, tokens[end]) in NAME_BINDERS and end > first:
            end += 1
            continue
        if not (
            _titled_word(w, first_word=end == first)
            or _common_given_name(text, tokens, end, first)
            or _titled_given_name_ali(text, tokens, end, first)
        ):
            break
        end, words = end + 1, words + 1
    while end > first and _folded(text, tokens[end - 1]) in NAME_BINDERS:
        end -= 1
    return (first, end) if end > first else None


def _titled_given_name_ali(text: str, tokens: list[tuple[int, int]], i: int, first: int) -> bool:
    """Whether token i, the first after a title, is the given name «علي» as written with its
    dotted ي before a name word («المهندس علي شنيمر», «الشاعر علي
    البيضاني»; quotes_dev58ar, quotes_dev68ar): normalized it is the preposition «على», so no
    name word, and the tagger leaves the whole name out. In a document that writes the
    preposition with its alif maqsura somewhere (as `with_given_name_ali`) its «علي» is the
    name before any name word; where it writes «علي» for both, only before a family name (a
    definite word common neither with nor without its article, as `_common_given_name` asks:
    «حصل الشاعر علي الجائزة» is the preposition)."""
    if i != first or i + 1 >= len(tokens) or text[slice(*tokens[i])] != "علي":
        return False
    nxt = text[slice(*tokens[i + 1])]
    if not _titled_word(nxt, False):
        return False
    key = normalize(nxt)
    family = _definite(nxt) and not key.endswith("ه") and not is_common(strip_article(key), "ar")
    return "على" in text or family


@cache
def office_titles() -> frozenset[str]:
    """Words opening an office's title (data/gazetteers/office_titles_ar.tsv), normalized."""
    return frozenset(normalize(w) for (w,) in read_table("gazetteers/office_titles_ar.tsv"))


def _official_named(text: str, tokens: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """The tokens (first, end) of the name after an office's title of a definite field and a
    nationality adjective at token k («رئيس الوزراء اليوناني ألكسيس تسيبراس», «وزير المالية
    اليوناني إقليدس تساكالوتوس»): the words `_titled_word` accepts, a binder inside."""
    if k + 3 >= len(tokens) or normalize(text[slice(*tokens[k])]) not in office_titles():
        return None
    if not _definite(text[slice(*tokens[k + 1])]) or not is_demonym(text[slice(*tokens[k + 2])]):
        return None
    first = end = k + 3
    words = 0
    while end < len(tokens) and words < MAX_TITLED_WORDS:
        if _folded(text, tokens[end]) in NAME_BINDERS and end > first:
            end += 1
            continue
        word = text[slice(*tokens[end])]
        # «أل» with its hamza is never the article («ألكسيس»), which the folded key hides
        if not _titled_word(word, first_word=end == first and not word.startswith("أل")):
            break
        end, words = end + 1, words + 1
    while end > first and _folded(text, tokens[end - 1]) in NAME_BINDERS:
        end -= 1
    named = [text[slice(*tokens[i])] for i in range(first, end)]
    if len(named) < 2 or any(_no_official_name_word(w) for w in named):
        return None
    return first, end


def _no_official_name_word(word: str) -> bool:
    """A word no office holder's name after a title holds: an accusative noun or adjective
    («اتصالا هاتفيا», «اجتماعا»), a plural adjective of origin («بنظرائه الخليجيين»)."""
    key = normalize(word)
    return key.endswith(("ا", "یین", "یون")) or word.endswith("ًا")


def add_officials_named(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Arabic office holders named after their title and nationality where nothing was found
    (`_official_named`)."""
    return _with_people_named(text, tokens, mentions, _official_named, 3)


def _with_people_named(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention], named, reach: int
) -> list[Mention]:
    """The people `named(text, tokens, k)` finds at each token k with `reach` tokens after it
    (a span of tokens, or None), added where no mention overlaps them."""
    added = []
    for k in range(len(tokens) - reach):
        span = named(text, tokens, k)
        if span is None:
            continue
        start, end = tokens[span[0]][0], tokens[span[1] - 1][1]
        if not any(m.start < end and start < m.end for m in mentions + added):
            added.append(Mention(start, end, text[start:end], "PER"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _common_given_name(text: str, tokens: list[tuple[int, int]], i: int, first: int) -> bool:
    """Whether token i, the first after a title, is a given name that is a common word too
    (المهاجم نايف هزازي, الزميل فهد السليم): a name word followed by a family name, a word
    common neither with nor without its article, definite or an adjective of origin (…ي), not
    joined by و (الملك فهد وتفاهمه, ملعب الملك فهد الدولي, اللاعب اول مباراتين are no names)."""
    if i != first or i + 1 >= len(tokens):
        return False
    word, nxt = text[slice(*tokens[i])], text[slice(*tokens[i + 1])]
    key = normalize(nxt)
    family = (_definite(nxt) or key.endswith("ی")) and not key.startswith("و")
    family = family and not key.endswith("ه")  # القاضي قيمة الكفالة: a feminine noun
    if not family or is_common(strip_article(key), "ar"):
        return False
    return _titled_word(word, True, common_ok=True) and _titled_word(nxt, False)


def _titled_word(word: str, first_word: bool, common_ok: bool = False) -> bool:
    """A word that may be part of a person's name after a title: a name word, not a nationality
    or a known place (مدرب بيرو, بجدة), not a word announcing a name, not a preposition or
    conjunction on a definite or common word (للإغاثة, بالديوان, بتكليف); the first one not
    definite (الفنان التشكيلي, اللاعب الدولي: an adjective)."""
    key = folded(word)
    if not _name_word(word, "ar", common_ok) or word.isascii() or is_demonym(word):
        return False
    if name_patterns().get(("ar", key), ("",))[0] in ("person", *ANNOUNCING):
        return False
    if key[:1] in PROCLITICS and key[1:3] == "ال" or key.startswith("لل"):
        return False
    if first_word and _definite(word):
        return False
    if key[:1] in "بل" and any(is_common(bare, "ar") for bare in arabic_bare(plain(word))):
        return False  # a preposition on a common word (بتكليف, لانتخابات)
    known = lookup(word)  # a given name the gazetteer knows as a person's (نايف, فهد) is one
    return (known is None or known.type == "PER") and cldr_place(word, "ar") is None


def add_titled_people(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Arabic people named right after their title or calling (name_patterns.tsv `person`)
    where nothing was found: «القاضية باربره جافي», «المدرب جميل قاسم»."""
    return _with_people_named(text, tokens, mentions, _titled_name, 1)


@cache
def named_after_heads() -> tuple[dict[str, str], frozenset[str]]:
    """(head word → type, royal titles) of data/gazetteers/named_after_heads_ar.tsv, folded."""
    heads, royal = {}, set()
    for kind, word, kind_type in read_table("gazetteers/named_after_heads_ar.tsv"):
        if kind == "head":
            heads[folded(word)] = kind_type
        elif kind == "royal":
            royal.add(folded(word))
    return heads, frozenset(royal)


@cache
def named_after_places() -> frozenset[str]:
    """Words after the person of named_after_heads_ar.tsv that make the name a place's
    (`place` rows: الرياضية of «مدينة الملك عبدالله الرياضية»), folded."""
    return frozenset(
        folded(word)
        for kind, word, _ in read_table("gazetteers/named_after_heads_ar.tsv")
        if kind == "place"
    )


MAX_NAMED_AFTER_TAIL = 4  # words a body's name runs on for after its person's (للعلوم والتقنية)


def _a_named_after_complement(word: str, first: bool) -> bool:
    """A complement after ل of a body's name (للعلوم, للأعمال; right after the person's name
    also an indefinite one, لرعاية): a name word that announces no name itself."""
    key = folded(word)
    if len(key) < 5 or not (key.startswith("لل") or first and key.startswith("ل")):
        return False
    return _name_word(word, "ar", True) and name_patterns().get(("ar", key[1:])) is None


PEOPLE_PLURAL_ENDINGS = ("ین", "ون")  # normalized: -ين, -ون (المشاركين, المعاقين)


def _named_after_tail(words: list[str], end: int) -> int | None:
    """The end token of a body's name after the person it is named after: definite
    adjectives of origin (الدولي, الإعلامي, العالمية), complements after لل (لرعاية, للعلوم)
    and the definite words after them (الأطفال المعاقين, والتقنية); None where a complement
    is the people something is for («إصدارات مكتبة الملك عبدالعزيز للأطفال المشاركين»: the
    library's books for the children taking part), so no body's name is read there."""
    last, complement = end, False
    while last < len(words) and last - end < MAX_NAMED_AFTER_TAIL:
        word, key = words[last], folded(words[last])
        if (
            _definite(word)
            and _name_word(word, "ar", True)
            and (
                normalize(word).endswith(NISBA_ENDINGS)
                or body_heads().get(strip_article(key)) in ("adjective_word", "scope_adjective")
            )
        ):
            last += 1  # الدولي, الإعلامي; العامة, العليا
        elif not complement and _a_named_after_complement(word, first=last == end):
            after = words[last + 1] if last + 1 < len(words) else ""
            if _definite(after) and normalize(after).endswith(PEOPLE_PLURAL_ENDINGS):
                return None
            complement = True
            last += 1
        elif (
            complement
            and (_definite(word) or key.startswith("وال"))
            and _name_word(word.removeprefix("و"), "ar", True)
        ):
            last += 1
        else:
            break
    return last


def _a_place_after(word: str) -> bool:
    """A word after ب that ends a body's name: where it is or what its holder acts as
    («مستشفى الملك فهد بالهفوف», «بعنيزة», «بالنيابة»)."""
    key = folded(word)
    if not key.startswith("ب") or len(key) < 4:
        return False
    rest = word[1:]
    return key.startswith("بال") or lookup(rest) is not None or cldr_place(rest, "ar") is not None


def bodies_named_after_people(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Arabic bodies and places named after a royal: a person's name after a head word and a
    title («مركز الملك سلمان لرعاية الأطفال المعاقين», «مطار الملك خالد الدولي») is the body's
    or place's name, one mention with its head and the words it runs on for, no person."""
    heads, royal = named_after_heads()
    place_words = named_after_places()
    words = [text[s:e] for s, e in tokens]
    index = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {e: i for i, (_, e) in enumerate(tokens)}
    added: list[Mention] = []
    for m in mentions:
        i, j = index.get(m.start), ends.get(m.end)
        if m.type != "PER" or i is None or j is None or i < 2 or folded(words[i - 1]) not in royal:
            continue
        head = folded(words[i - 2])
        kind = heads.get(head) or (heads.get(head[1:]) if head[:1] in PROCLITICS else None)
        if kind is None:
            continue
        start = tokens[i - 2][0]
        if head not in heads:  # بمركز, بـمطار: the head behind ب and its tatweel
            start += 1 + len(words[i - 2][1:]) - len(words[i - 2][1:].lstrip("\u0640"))
        j = next((k - 1 for k in range(i + 1, j + 1) if _a_place_after(words[k])), j)
        last = _named_after_tail(words, j + 1)
        if last is None:
            continue
        end = tokens[last - 1][1]
        if any(folded(w) in place_words for w in words[i:last]):
            kind = "LOC"  # مدينة الملك عبدالله الرياضية: a sports city is a place
        added.append(Mention(start, end, text[start:end], kind, announced=True))
    if not added:
        return mentions
    return with_added(mentions, added, overlapping=True)


def drop_works(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention], works: set[str] | None = None
) -> list[Mention]:
    """English mentions that name no person, organization or place, unless the gazetteer names
    them: a name right after a word for a work ("the film The Aviator", "musical Sweet
    Charity": name_patterns.tsv `work`) or, unless a person, between "The" and one ("The
    Incredibles movie"), a
    "person" whose name ends on a number (a sequel: Shrek 2), and a MISC mention that is an event or award (a word
    of name_patterns.tsv `event`: Australian Open, Brit Awards), holds a nationality word (found
    again alone as a mention of its country) or is one common word (Political, Officer), and
    any other name but a person's that ends on an event word (Gambling Bill, Grand Slams),
    keeping the gazetteer names inside an event's (Qatar of the Qatar Open). The titles found
    after a word for a work are added to `works`."""
    starts = {s: i for i, (s, _) in enumerate(tokens)}
    kept: list[Mention] = []
    events: list[Mention] = []
    ends = {e: i for i, (_, e) in enumerate(tokens)}
    listing: Mention | None = None  # the last title found after a word for a work or a part
    for m in mentions:
        listed = m.canonical is None and _listed_title(text, tokens, starts, m, listing)
        if listed or (
            m.canonical is None
            and (
                (m.type != "PER" and _before_work_word(text, tokens, starts, ends, m))
                or (m.type == "PER" and m.text.split()[-1].isdigit())
                or _YEAR_AFTER.match(text, m.end)
            )
        ):
            owner = _named_owner(m)
            if owner is not None:
                kept.append(owner)
            elif works is not None:
                works.add(m.text.lower())
            listing = m if listed else None
            continue
        if m.canonical is None and (
            (m.type == "MISC" and (_not_a_name(m.text) or _a_possessed_title(text, m)))
            or (m.type != "PER" and _names_an_event(m.text))
            or _LAW_TOPIC.search(text, max(0, m.start - 20), m.start)
        ):
            events.append(m)
            continue
        kept.append(m)
    if not events:
        return kept
    # a place or body the gazetteer names inside an event's name stays one (Qatar of the Qatar
    # Open, Athens of the Athens Olympics), as the guidelines annotate it
    listed = gazetteer_matches(text, tokens)
    heads = [
        head
        for head in map(_acronym_head, events)
        if head is not None and not any(g.start < head.end and head.start < g.end for g in listed)
    ]
    inside = [
        g
        for g in listed + heads
        if accepted(g.text, "en")
        and any(e.start <= g.start and g.end <= e.end for e in events)
        and not any(k.start < g.end and g.start < k.end for k in kept)
    ]
    return sorted(kept + inside, key=lambda m: m.start) if inside else kept


_ACRONYM = re.compile(r"[A-Z]{2,}\d*|[A-Z]\d+")


def _acronym_head(event: Mention) -> Mention | None:
    """The acronym an event's name opens with, its sponsor or organizer (RBS of the RBS Six
    Nations, the guidelines' FA of the FA Cup), as an organization."""
    first = event.text.split()[0]
    if not _ACRONYM.fullmatch(first) or first == event.text:
        return None
    return Mention(event.start, event.start + len(first), first, "ORG")


_POSSESSED = re.compile(r"\w['’]s? $")


def _a_possessed_title(text: str, m: Mention) -> bool:
    """Whether a MISC right after a possessive is its owner's work, written in common words
    ("the Rolling Stones' Emotional Rescue", "BBC One's Strictly Come Dancing"; never "The
    History Boys' Samuel Barnett")."""
    if not _POSSESSED.search(text, max(0, m.start - 40), m.start):
        return False
    words = re.findall(r"[\w'’]+", m.text)
    return all(is_common(w.lower(), "en") or title_cased("A " + w) for w in words)


# a year in brackets right after a name dates a work: "The Crucible (1997)", "Wheels (1971)"
_YEAR_AFTER = re.compile(r" ?\((?:1[89]|20)\d\d\)")
# the next item of a list of titles, one-word items the recognizer left between: "appeared in
# Brookside, My Family and …", "programs BitTorrent, eDonkey and DirectConnect"
_LISTED_NEXT = re.compile(
    r"(?:(?:, ?| and |, and )(?:The |A )?[\w'’-]+){0,3}(?:, ?| and |, and )(?:The |A )?"
)
# a law's or treaty's head word and "on" before a name: its topic (Convention on Human Rights)
_LAW_TOPIC = re.compile(
    r"\b(?:Act|Acts|Bill|Treaty|Convention|Declaration|Charter|Protocol|Agreement) on $"
)
_ACTED_IN = re.compile(r"(\w+) in (?:The |A )?$")


_LISTED_AFTER = re.compile(
    r"\b(\w+) (?:(?:[Tt]he )?[\w'’-]*[A-Z][\w'’-]*(?:, | and |, and )){1,3}(?:The |A )?$"
)


def _listed_after_work_word(text: str, start: int) -> bool:
    """Whether a name at `start` closes a list of one-word titles after a word for a work
    ("the file-sharing programs BitTorrent, eDonkey and DirectConnect")."""
    before = _LISTED_AFTER.search(text, max(0, start - 80), start)
    return before is not None and (
        name_patterns().get(("en", before.group(1).lower()), ("",))[0] == "work"
    )


def _acted_in(text: str, m: Mention) -> bool:
    """Whether a name follows a word for an actor's part and "in" (appeared in Brookside, her
    role in Vera Drake; name_patterns.tsv `acting`), without a possessive after it (a role in
    Labour's campaign, a performance in Northampton's defeat)."""
    before = _ACTED_IN.search(text, max(0, m.start - 40), m.start)
    if before is None or text.startswith(("'", "’"), m.end):
        return False
    if name_patterns().get(("en", folded(before.group(1))), ("",))[0] != "acting":
        return False
    return not _a_place_elsewhere(text, m.text)


_PLACE_PREPOSITION = re.compile(r"(\w+) (?:in|at|from|to|near) $")


def _a_place_elsewhere(text: str, surface: str) -> bool:
    """Whether the document also writes a name after a preposition of place, no word for a
    part before it (a performance in Sheffield … two personal bests in Sheffield)."""
    for start, _ in whole_word_spans(text, [("", surface)], (), _WORD_CHAR):
        before = _PLACE_PREPOSITION.search(text, max(0, start - 30), start)
        if before is not None and (
            name_patterns().get(("en", folded(before.group(1))), ("",))[0] != "acting"
        ):
            return True
    return False


def _listed_title(
    text: str,
    tokens: list[tuple[int, int]],
    starts: dict[int, int],
    m: Mention,
    listing: Mention | None,
) -> bool:
    """Whether a mention is a title after a word for a work or an actor's part, or the next
    title of a list of them (`listing`: the title before it), a person only right after the
    word or inside a title that runs on from it ("the TV programme The OC, Micha Barton" names
    her)."""
    if _after_work_word(text, tokens, starts, m) or _in_a_title_run(text, m):
        return True
    if m.type == "PER":
        return False
    if _acted_in(text, m) or _listed_after_work_word(text, m.start):
        return True
    return listing is not None and bool(_LISTED_NEXT.fullmatch(text[listing.end : m.start]))


# a word for a work, "including" or "such as" and a year's possessive, then the capitalized
# words of a title (function words inside it lower-case) up to a name: "TV comedy King of the
# Hill", "films including 1989's Shirley Valentine", "ITV drama Footballers' Wives"
_TITLE_RUN = re.compile(
    r"\b(\w+) (?:including |such as )?(?:(?:1[89]|20)\d\d['’]s )?"
    r"(?:[A-Z][\w'’-]* (?:(?:[A-Z][\w'’-]*|of|the|a|an|and) ){0,4})?$"
)


def _in_a_title_run(text: str, m: Mention) -> bool:
    """Whether a mention ends a title that a word for a work opens (`_TITLE_RUN`; not a
    person's name: "album The Diary of Alicia Keys" is hers), or follows such a word and
    "including" or "such as", no possessive after it (the director's name: "films including
    Martin Scorsese's …" names him)."""
    run = _TITLE_RUN.search(text, max(0, m.start - 80), m.start)
    if run is None or run.end() - run.start() == len(run.group(1)) + 1:
        return False  # right after the word: `_after_work_word` decides
    if text.startswith(("'", "’"), m.end):
        return False
    introduced = run.group(0).split()[1] in ("including", "such")
    if m.type == "PER" and not introduced:
        return False
    return name_patterns().get(("en", run.group(1).lower()), ("",))[0] == "work"


def _named_owner(m: Mention) -> Mention | None:
    """The owner a title opens with before a possessive, if no word of it is a common word
    (Martin Scorsese of "Martin Scorsese's Gangs Of New York (2003)"; not "Dead Man's
    Shoes")."""
    owner = title_owner(m)
    if owner is None or any(is_common(w.lower(), "en") for w in owner.text.split()):
        return None
    return owner


def title_cased(surface: str) -> bool:
    """Whether an English name capitalizes a function word inside it, as titles of works do
    (Born In The USA, A Room With A View, Get Me Out Of Here) and names of bodies and places do
    not (Bank of England, Independent on Sunday)."""
    words = surface.split()[1:]
    listed = word_lists("function_words.tsv").get("en", frozenset())
    return any(w[:1].isupper() and not w.isupper() and w.lower() in listed for w in words)


def title_owner(m: Mention) -> Mention | None:
    """The owner a title-cased name opens with before a possessive (Martin Scorsese of
    "Martin Scorsese's Gangs Of New York"), or None: the rest is a work's title."""
    owner = re.match(r"(.+?)['’]s\s", m.text)
    if owner is None or title_cased(owner.group(1)):
        return None
    return Mention(m.start, m.start + owner.end(1), owner.group(1), m.type)


def written_as_a_title(text: str, surface: str) -> bool:
    """Whether the document writes a name right after a word for a work somewhere ("the program
    BitTorrent" … "cut BitTorrent users off"), though not found as a name there."""
    return any(
        _work_word_before(text, s) or _between_the_and_work_word(text, s, e)
        for s, e in whole_word_spans(text, [("", surface)], (), _WORD_CHAR)
    )


_WORD_AFTER = re.compile(r" (\w+)")


def _between_the_and_work_word(text: str, start: int, end: int) -> bool:
    """Whether a capital "The" comes right before `start` and a lower-case word for a work
    right after `end` ("The Incredibles movie")."""
    after = _WORD_AFTER.match(text, end)
    return (
        text[max(0, start - 4) : start] == "The "
        and after is not None
        and after.group(1).islower()  # "The Sundance Film Festival" is no film's title
        and name_patterns().get(("en", after.group(1)), ("",))[0] == "work"
    )


def in_a_title(surface: str, works: set[str]) -> bool:
    """Whether a name is (a run of words of) a title the document gives a work elsewhere ("the
    musical Spend Spend Spend" … "success with Spend Spend Spend"; "It's a Wonderful Life")."""
    if not works:
        return False
    words = f" {surface.lower()} "
    return any(words in f" {title} " for title in works)


def _names_an_event(surface: str) -> bool:
    """A name of two words or more whose last word is an event's, an award's or a law's
    (Prevention of Terrorism Bill, Grand Slams, Six Nations) but not after "of" (the League of
    Nations is a body), or whose first is, before "of" (Act of Settlement): no organization or
    place, whatever its type."""
    words = surface.split()
    if len(words) > 2 and words[1] == "of" and words[0] in LAW_HEADS:
        return True  # Act of Settlement, Bill of Rights
    return len(words) > 1 and _event_word(words[-1]) and words[-2] != "of"


# words that open a law's or treaty's name before "of" (never the League of Nations)
LAW_HEADS = frozenset(["Act", "Acts", "Bill", "Treaty"])


def _event_word(word: str) -> bool:
    return name_patterns().get(("en", folded(word)), ("",))[0] == "event"


def _not_a_name(surface: str) -> bool:
    """An English MISC that names an event or award, holds a nationality word or is one common
    word."""
    words = surface.replace("-", " ").split()
    if len(words) == 1 and is_common(surface.lower(), "en"):
        return True
    return any(
        name_patterns().get(("en", folded(w)), ("",))[0] == "event" or demonym_of(w) is not None
        for w in words
    )


def _before_work_word(
    text: str,
    tokens: list[tuple[int, int]],
    starts: dict[int, int],
    ends: dict[int, int],
    m: Mention,
) -> bool:
    """Whether a mention sits between a capital "The" and a word for a work ("The Incredibles
    movie")."""
    before, after = starts.get(m.start, 0) - 1, ends.get(m.end, len(tokens)) + 1
    if before < 0 or after >= len(tokens):
        return False
    if text[tokens[before][0] : tokens[before][1]] != "The":
        return False  # the title's own article: "the Whitney Houston film" is hers
    word = text[tokens[after][0] : tokens[after][1]].lower()
    return name_patterns().get(("en", word), ("",))[0] == "work"


def _after_work_word(
    text: str, tokens: list[tuple[int, int]], starts: dict[int, int], m: Mention
) -> bool:
    """Whether a word for a work ("film", "album") comes right before a mention ("The" may
    sit between, and a comma before any name but a person's)."""
    k = starts.get(m.start, 0) - 1
    if k >= 0 and text[tokens[k][0] : tokens[k][1]] in ("The", "the"):
        k -= 1
    if k > 0 and m.type != "PER" and text[tokens[k][0] : tokens[k][1]] == ",":
        k -= 1  # in apposition: "a short story, The Greatest Gift"
    if k < 0:
        return False
    word = text[tokens[k][0] : tokens[k][1]].lower()
    return name_patterns().get(("en", word), ("",))[0] == "work"


def recognise(text: str, lang: str, model=None) -> list[Mention]:
    """Every entity mention in `text`, in order, with exact offsets (`model`: a
    pycrfsuite.Tagger to use instead of the packaged one, as when tuning)."""
    mentions: list[Mention] = []
    openings: set[int] = set()  # where each sentence's first word starts
    works: set[str] = set()  # English titles of works, lower-cased
    for start, end in tagging_sentences(text):
        tokens = word_spans(text, start, end)
        openings.add(next((s for s, e in tokens if text[s:e].isalnum()), start))
        gaz = gazetteer_matches(text, tokens)
        tagged = [g for g in gaz if g.canonical not in company_names()]
        found = merge(crf_mentions(text, tokens, lang, tagged, model), gaz, lang)
        found = add_acronyms(text, tokens, apply_roles(text, tokens, found, lang))
        if lang == "ar":
            found = join_name_chains(text, tokens, with_given_name_ali(text, found))
        found = add_cued_names(text, tokens, found, lang)
        found = add_pattern_names(text, tokens, found, lang)
        if lang == "ar":
            found = bodies_named_after_people(text, tokens, add_titled_people(text, tokens, found))
            found = add_officials_named(text, tokens, found)
            found = people_out_of_bodies(speakers_before_their_clause(text, tokens, found))
        if lang == "fa":
            found = speakers_before_verbs(text, tokens, found)
            found = without_persian_titles(text, tokens, found)
            found = persian_named_subjects(text, tokens, found)
            found = persian_quoted_before_roles(text, tokens, found)
            found = persian_given_name_before(text, tokens, found)
            found = persian_family_name_after(text, tokens, found)
            found = add_persian_cldr_places(text, tokens, found)
        if lang == "en":
            found = drop_works(text, tokens, found, works)
        if lang == "ar":
            found = add_cldr_countries(text, tokens, add_country_spellings(text, tokens, found))
            found = without_country_adjectives(found)
        mentions += add_demonyms(text, tokens, found, lang)
    if lang == "ar":
        mentions = add_late_names(text, mentions)
        mentions = add_quoted_outlets(text, add_byline(text, mentions))
        mentions = add_quoted_names(text, mentions)
        mentions = add_bracketed_abbreviations(text, mentions)
        mentions = add_announced_places(text, mentions)
        mentions = add_listed_places(text, [without_proclitics(m) for m in mentions])
        mentions = [without_conjunction(m) for m in mentions]
        mentions = outlets_named_by_common_words(text, outlets_after_common_heads(text, mentions))
        mentions = without_adjectives_as_people(text, without_name_conjunctions(text, mentions))
        mentions = without_noun_adjective_people(mentions)
        mentions = with_family_names_after(text, without_fused_words(text, mentions))
        mentions = with_middle_named_people(text, mentions)
        mentions = with_names_written_twice(text, mentions)
        mentions = with_whole_body_names(text, mentions)
        mentions = with_missions_abroad(text, mentions)
        mentions = with_ministry_portfolios(text, mentions)
        mentions = without_pronoun_names(mentions)
        mentions = clubs_read_with_nationality(text, mentions)
        mentions = clubs_before_nationality(text, mentions)
        mentions = clubs_after_club_cues(text, mentions)
        mentions = given_names_before_family_names(text, surnames_after_given_names(text, mentions))
        mentions = people_after_waw_in_lists(text, mentions)
        mentions = names_past_particles(text, given_names_read_as_places(text, mentions))
        mentions = given_names_before_abd(text, without_quoted_adjectives(text, mentions))
        mentions = family_names_said_alone(text, mentions)
        mentions = kunya_towns(text, people_ending_bodies(text, mentions))
        mentions = people_after_one_word_bodies(text, mentions)
        mentions = without_follower_heads(text, mentions)
        mentions = post_nouns_read_as_people(text, mentions)
        mentions = people_named_ali(text, mentions)
        mentions = with_name_after_nisba(text, mentions)
    if lang == "fa":
        mentions = persian_opening_given_name(text, mentions)
        mentions = persian_allah_given_names(text, mentions)
        mentions = persian_given_names_of_speakers(text, mentions)
        mentions = persian_opening_full_name(text, mentions)
        mentions = persian_towns_before_countries(text, mentions)
        mentions = without_time_words(text, without_speech_verb_words(text, mentions))
        mentions = without_glued_in(text, mentions)
    if lang == "en":
        mentions = possessives_end_spans(mentions)
        mentions = join_conjoined_bodies(text, join_ampersands(text, mentions))
        mentions = drop_capitalised_openings(text, mentions, openings)
        mentions = [
            owner
            for m in mentions
            if not (
                m.canonical is None
                and (in_a_title(m.text, works) or written_as_a_title(text, m.text))
            )
            for owner in ([title_owner(m)] if m.canonical is None and title_cased(m.text) else [m])
            if owner is not None
        ]
    if lang == "fa":
        mentions = without_place_classifiers(text, without_place_parts(mentions))
        mentions = places_named_after_classifiers(text, mentions)
        mentions = without_byline_desks(text, without_provincial_offices(mentions))
        mentions = dateline_places(text, without_offices(text, without_team_heads(text, mentions)))
        mentions = listed_places_as_places(text, countries_of_bodies(text, mentions))
        mentions = agencies_by_short_name(text, named_in_events(text, mentions))
        mentions = with_whole_place_names(text, without_country_word(mentions))
        mentions = newspapers_as_bodies(text, add_persian_quoted_names(text, mentions))
        mentions = foreign_people_by_role(text, mentions)
        mentions = clubs_named_by_city(text, mentions)
        mentions = without_honorifics(mentions)
    if lang in ("ar", "fa"):
        mentions = spelled_initialisms(text, mentions)
    mentions = without_place_homographs(
        text, without_bare_common_aliases(text, mentions, lang), lang
    )
    mentions = without_language_adjectives(text, mentions, lang)
    return [
        m
        for m in mentions
        if any(ch.isalpha() for ch in m.text)
        and not is_not_name(m.text, lang)
        and not written_word_is_common(text, m, lang)
        and not (lang == "ar" and pointed_as_no_name(text, m))
        and not (m.canonical is None and not m.announced and is_common(m.text, lang))
        and not (m.canonical is None and not m.announced and is_name_head(m.text, lang))
        and not (lang == "en" and m.text.islower())  # an English name has a capital
        and not (lang == "en" and m.canonical is None and _PLURAL_ACRONYM.fullmatch(m.text))
    ]


@cache
def follower_heads() -> frozenset[str]:
    """data/gazetteers/follower_heads_ar.tsv, normalized: «قوات», «مقاتلي», «أنصار»."""
    return frozenset(normalize(w) for (w,) in read_table("gazetteers/follower_heads_ar.tsv"))


def _follower_head(word: str) -> bool:
    """Whether an Arabic word is a follower head (`follower_heads`), behind a proclitic too."""
    form = normalize(word)
    heads = follower_heads()
    return form in heads or (form[:1] in "وفلب" and form[1:] in heads)


def without_follower_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic person mentions that begin with a leader's men («وقوات صالح», «ومقاتلي صالح»): the
    name after the head when the document writes it elsewhere as (part of) a person's mention,
    else no mention («ميليشيا درزية» is no one). Read as a name, «مقاتلي صالح» took every bare
    «صالح» of its story by surname co-reference, away from Ali Abdullah Saleh."""
    out = []
    for m in mentions:
        head, _, rest = m.text.partition(" ")
        if m.type != "PER" or m.canonical is not None or not rest or not _follower_head(head):
            out.append(m)
            continue
        rest = rest.lstrip()
        if not any(is_common(w, "ar") for w in rest.split()) and any(
            o is not m and normalize(rest) in normalize(o.text) for o in mentions if o.type == "PER"
        ):
            out.append(Mention(m.end - len(rest), m.end, rest, "PER"))
    return out


def _place_before_adjective(m: Mention) -> Mention | None:
    """The listed place an Arabic place mention names before a country's adjective closing it
    («نابلس الفلسطينية», «لوس أنجلوس الأمريكية», «مشهد الإيرانية»: the city, then the country it
    is in, as entities.md annotates them, GPE and NORP), or None: the whole mention listed or
    named, or the words before the adjective no listed place or a common word («مشهد»), or the
    adjective no country's («مصر العربية», «كوريا الجنوبية»)."""
    if m.type not in PLACE_TYPES or m.canonical is not None or lookup(m.text) is not None:
        return None
    head, _, last = m.text.rpartition(" ")
    head = head.rstrip()
    country = demonym_of(last, "ar") if head else None
    place = lookup(head) if country is not None else None
    if place is None or place.type not in PLACE_TYPES or place.name == country.name:
        return None
    if is_common(head, "ar"):
        return None  # «مشهد» "scene" alone would be dropped as a common word: keep the place
    return Mention(m.start, m.start + len(head), head, place.type, place.name)


def without_country_adjectives(mentions: list[Mention]) -> list[Mention]:
    """Arabic place mentions without the country's adjective the writer put after the place's
    name (`_place_before_adjective`); `add_demonyms` then reads the adjective."""
    return [_place_before_adjective(m) or m for m in mentions]


@cache
def persian_place_classifiers() -> frozenset[str]:
    """data/gazetteers/place_classifiers_fa.tsv: «استان», «شهرستان», «شهر» (compared as written
    but for the Arabic ي and ك: folding reads «آستان», a shrine, as «استان»)."""
    return frozenset(w for (w,) in read_table("gazetteers/place_classifiers_fa.tsv"))


def _persian_letters(word: str) -> str:
    return word.replace("ي", "ی").replace("ك", "ک")


def _classified_place(text: str, m: Mention) -> Mention | None:
    """The place of a Persian place mention opening with its classifier («استان گلستان» →
    «گلستان», GPE), or None: no classifier, or a rest that names no listed place and is not
    one word that is no common word («شهر ساحلي», a coastal city) or follows «شهرستان»."""
    words = m.text.split()
    if m.type not in {"LOC", "GPE"} or len(words) < 2:
        return None
    if _persian_letters(words[0]) not in persian_place_classifiers():
        return None
    start = m.start + m.text.index(words[1], len(words[0]))
    rest = text[start : m.end]
    province = _province_named(rest) if _persian_letters(words[0]) == PROVINCE else None
    if province is not None:
        return Mention(start, m.end, rest, "GPE", province.name)
    entry = lookup(rest) or persian_city(rest, "fa") or cldr_places()[0].get(("fa", plain(rest)))
    entry = entry or common_word_cities().get(normalize(rest))
    if entry is not None:
        if entry.type != "GPE":
            return None
        return Mention(start, m.end, rest, "GPE", entry.name)
    county = _persian_letters(words[0]) == COUNTY and not _a_place_part(rest)
    one_word = rest.replace(ZWNJ, "").isalpha()  # «شهر آسمان‌آباد»: a ZWNJ inside the word
    if len(words) == 2 and one_word and (county or not is_common(rest, "fa")):
        return Mention(start, m.end, rest, "GPE", None, announced=county)
    return None


@cache
def common_word_cities() -> dict[str, GazetteerEntry]:
    """Iranian cities whose names are common words (data/gazetteers/cities_common_fa.tsv),
    normalized form → the city: named so only after a place classifier («شهر آستارا»)."""
    rows = read_table("gazetteers/cities_common_fa.tsv")
    return {normalize(form): GazetteerEntry(kind, name) for kind, name, form in rows}


# «شهرستان» (county) is followed by a county's name, also one that is a common word («شهرستان
# انار», pomegranate; «شهرستان جم»), where «شهر» (city) may be followed by an adjective
COUNTY = "شهرستان"
ZWNJ = "\u200c"


def _province_named(rest: str) -> GazetteerEntry | None:
    """The Iranian province «استان» + `rest` names (data/gazetteers/provinces_ir.tsv), also
    where the name alone is its capital city («استان ایلام» is Ilam Province, «ایلام» the city:
    two places), or None."""
    from rasad.entities.link import iran_provinces  # the linker reads the recognizer's lists

    return iran_provinces().get(plain(f"{PROVINCE} {rest}"))


def without_place_classifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian place mentions without the classifier they open with («شهرستان بویراحمد» →
    «بویراحمد», GPE), as entities.md writes them and the document links them."""
    return [_classified_place(text, m) or m for m in mentions]


# a one-word name right after a Persian word («شهر پالو»), a whole word; the lookahead lets
# every word be the first of a pair
_CLASSIFIED_WORD = re.compile(r"(?<![\w\u200c])(?=(\w+) ([^\W\d_]{3,})(?![\w\u200c]))")
# «این شهر» refers back: the word after it opens the next phrase («این شهر انجامید»)
_REFERRING_BACK_FA = frozenset(["این", "آن", "همین", "همان"])
MIN_WRITTEN_PLACE = 2  # times a document writes the name: once may be a figure («شهر عشق»)


def _classified_names(text: str, mentions: list[Mention]) -> frozenset[str]:
    """The one-word names a Persian text writes right after a place classifier where no
    mention covers them, no list knows them, they are no common word and spell every vowel
    as a foreign town's transcription does (`vowelled_word`: «پالو»; Iran's own towns are
    listed)."""
    from rasad.entities.link import vowelled_word  # the linker's reading of the same letters

    names = set()
    for match in _CLASSIFIED_WORD.finditer(text):
        classifier, name = match.group(1), match.group(2)
        if _persian_letters(classifier) not in persian_place_classifiers():
            continue
        before = text[max(0, match.start() - 30) : match.start()].split()[-1:]
        if before and _persian_letters(before[0]) in _REFERRING_BACK_FA:
            continue
        start = match.start(2)
        if any(m.start <= start < m.end for m in mentions):
            continue
        if is_common(name, "fa") or lookup(name) is not None or not vowelled_word(name):
            continue  # a Persian noun («حاشیه شهر ساماندهی شدند») spells no vowel of its own
        if _persian_letters(name) in persian_place_classifiers():
            continue
        names.add(name)
    return frozenset(names)


def places_named_after_classifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian one-word name the text writes after a place classifier («شهر پالو») and at
    least once more, that the tagger left out, no list knows and that spells every vowel
    (`_classified_names`), is a place (GPE) wherever the document writes it alone: a foreign
    town no gazetteer lists (Palu in the Indonesian quake stories, where «پالو» was no mention
    at all)."""
    added = []
    for name in _classified_names(text, mentions):
        found = list(re.finditer(rf"(?<![\w\u200c]){re.escape(name)}(?![\w\u200c])", text))
        if len(found) < MIN_WRITTEN_PLACE:
            continue
        added += [
            Mention(f.start(), f.end(), name, "GPE", announced=True)
            for f in found
            if not any(m.start < f.end() and f.start() < m.end for m in mentions)
        ]
    return with_added(mentions, added) if added else mentions


def without_provincial_offices(mentions: list[Mention]) -> list[Mention]:
    """A Persian organization mention the tagger ran on to «استان X» or «شهرستان X» at its end,
    X a GPE the gazetteers or the list of Iran's provinces name («تعزیرات حکومتی استان
    کردستان», «اداره تعزیرات حکومتی شهرستان سقز»), is a provincial office: entities.md
    annotates only its place, as a GPE."""
    out = []
    for m in mentions:
        words = m.text.split()
        if m.type == "ORG" and m.canonical is None and len(words) >= 3:
            for n in range(len(words) - 2, 0, -1):
                if _persian_letters(words[n]) not in (PROVINCE, COUNTY):
                    continue
                start = _word_start(m, n + 1)
                if not m.text[start - m.start - 1].isspace():
                    break
                rest = m.text[start - m.start :]
                entry = _listed_gpe(rest)
                province = _province_named(rest) if _persian_letters(words[n]) == PROVINCE else None
                if entry is not None:  # «استان ایلام» is the province, «ایلام» the city
                    m = Mention(start, m.end, rest, "GPE", (province or entry).name)
                break
        out.append(m)
    return out


PROVINCE = "استان"

# «خبرنگار» (reporter) and «گروه» (desk) open a Persian byline before the agency's name
BYLINE_OPENERS_FA = frozenset(["خبرنگار", "گروه"])
AGENCY_WORDS_FA = frozenset(["خبرگزاری"])  # folded: also «خبرگزاري»


def without_byline_desks(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian organization mention that opens with a reporter or desk and holds a news
    agency («خبرنگار اقتصادي خبرگزاري فارس», «گروه بین‌الملل خبرگزاری فارس») is the agency,
    as entities.md annotates the byline; so is one that opens inside a byline, a reporter or
    desk word written right before it («خبرنگار حوزه [دولت خبرگزاری فارس]»: a desk's name
    and the agency are no body)."""
    out = []
    for m in mentions:
        words = m.text.split()
        opened = folded(words[0]) in BYLINE_OPENERS_FA if words else False
        if m.type == "ORG" and len(words) >= 2 and (opened or _desk_before(text, m.start)):
            rest = words[1:]
            at = next((n for n, w in enumerate(rest, 1) if folded(w) in AGENCY_WORDS_FA), None)
            if at is not None and at < len(words) - 1:
                start = m.start + m.text.rindex(" ", 0, m.text.index(words[at], len(words[0]))) + 1
                m = Mention(start, m.end, m.text[start - m.start :], "ORG", m.canonical)
        out.append(m)
    return out


# «حوزه» (beat) and «سرویس» (desk) also name a reporter's desk in a byline, after «خبرنگار»
DESK_WORDS_FA = frozenset(["حوزه", "سرویس"])


def _desk_before(text: str, start: int) -> bool:
    """Whether the word right before `start` is a byline's reporter, desk or beat word
    («خبرنگار حوزه دولت …»)."""
    before = _LETTERS_WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and folded(before.group(1)) in BYLINE_OPENERS_FA | DESK_WORDS_FA


def _folded_words_by_kind(path: str) -> dict[str, frozenset[str]]:
    """A data table of (word, kind) rows: its words, folded, by kind."""
    kinds: dict[str, set[str]] = {}
    for word, kind in read_table(path):
        kinds.setdefault(kind, set()).add(folded(word))
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def persian_team_heads() -> dict[str, frozenset[str]]:
    """data/gazetteers/team_heads_fa.tsv, folded, by kind: `head` («تیم», «باشگاه») opens a
    club's or team's descriptor, `sport` words («فوتبال», «ملی») may follow it."""
    return _folded_words_by_kind("gazetteers/team_heads_fa.tsv")


# «مقابل», «برابر» (against): between the two sides of a game («پرسپولیس مقابل التعاون»)
VERSUS_WORDS_FA = frozenset(["مقابل", "برابر"])


def _after_team_head(words: list[str]) -> int:
    """How many words of a Persian mention are a club's or team's descriptor (0: none)."""
    heads = persian_team_heads()
    if not words or folded(words[0]) not in heads["head"]:
        return 0
    n = 1
    while n < len(words) and folded(words[n]) in heads["sport"]:
        n += 1
    return n


def _team_named(text: str, start: int, end: int, head: list[str]) -> Mention | None:
    """The club or country a Persian team descriptor (`head`, its words) is followed by
    (text[start:end]), or None: a listed GPE (a national team: «تيم ملي انگليس»), a listed
    organization, or an organization announced by its descriptor: one word after «باشگاه»
    (also a word common in the news: «باشگاه پرسپولیس», «باشگاه نفت») or any name after a
    sport's word («تیم فوتسال صبای قم»). Other words after «تیم» or «باشگاه» are left whole
    («تیم امداد», a rescue team; «تیم پزشک خانواده», a family doctors' team; «باشگاه خبری
    فارس»): the archive's changes read a squad there as often as a club."""
    rest = text[start:end]
    if any(folded(w) in persian_team_heads()["not_name"] for w in rest.split()):
        return None
    entry = _listed_gpe(rest)
    if entry is not None:  # a national team; a city's name is its club's (تیم بارسلونا)
        return Mention(start, end, rest, "GPE", entry.name) if entry.name in countries() else None
    known = lookup(rest)
    if known is not None:
        return Mention(start, end, rest, "ORG", known.name) if known.type == "ORG" else None
    if not any(ch.isalpha() for ch in rest):
        return None
    one_word = len(rest.split()) == 1
    club = folded(head[0]) == CLUB_WORD_FA and len(head) == 1 and one_word
    sport = len(head) > 1 and any(folded(w) != NATIONAL_WORD_FA for w in head[1:])
    if club or sport:
        return Mention(start, end, rest, "ORG", None, announced=True)
    return None


CLUB_WORD_FA = "باشگاه"
NATIONAL_WORD_FA = "ملی"  # folded «ملي»: a national team, not a sport


def without_team_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian organization mentions that open with a club's or team's descriptor («تیم فوتبال
    پرسپولیس», «باشگاه بنفیکا») as the name after it, as entities.md writes them; where the
    name runs on to the other side of a game («پرسپولیس مقابل التعاون عربستان») the two sides
    are two mentions. A descriptor with no name after it («تیم ملی») is no mention. A club
    named after a town the document names as a place («تیم بسکتبال اراک», «در اراک») is left
    whole: alone, its name would be read as the club everywhere."""
    out = []
    for m in mentions:
        words = m.text.split()
        n = _after_team_head(words)
        if m.type != "ORG" or m.canonical is not None or n == 0:
            out.append(m)
            continue
        if n == len(words):
            continue
        start = _word_start(m, n)
        if not m.text[start - m.start - 1].isspace():
            out.append(m)
            continue
        versus = [k for k in range(n + 1, len(words) - 1) if folded(words[k]) in VERSUS_WORDS_FA]
        parts = [(start, m.end)]
        if versus:
            k = versus[0]
            parts = [
                (start, _word_start(m, k - 1) + len(words[k - 1])),
                (_word_start(m, k + 1), m.end),
            ]
        named = [_team_named(text, a, b, words[:n]) for a, b in parts]
        places = {o.text for o in mentions if o.type in PLACE_TYPES}
        if all(named) and not any(x.type == "ORG" and x.text in places for x in named):
            out += named
        else:
            out.append(m)
    return out


# «به نقل از» (quoting): an office after it is the source a quote is attributed to, which the
# quote sets annotate whole as the speaker («به نقل از اداره كل روابط عمومي …»)
_QUOTED_SOURCE_BEFORE_FA = re.compile(r"به\s+نقل\s+از\s+$")


def without_offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian organization mentions that open with an office's head word («اداره کل ورزش»,
    «اداره راه و شهرسازی چاراویماق»; data/gazetteers/office_heads_fa.tsv) are no organization
    (entities.md: a provincial directorate or a department named by its function): a listed
    place at their end is kept as a GPE, the rest dropped. `without_provincial_offices` first
    reads «استان X» and «شهرستان X» at their end. A named body inside one is kept («اداره كل
    روابط عمومي سازمان فرهنگي هنري شهرداري تهران» → «سازمان فرهنگي هنري شهرداري تهران»). An
    office quoted as a source after «به نقل از» is left whole, the quote's speaker."""
    heads = persian_office_heads()
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.type != "ORG"
            or m.canonical is not None
            or folded(words[0]) not in heads["head"]
            or any(folded(w) in heads["national"] for w in words)
            or _QUOTED_SOURCE_BEFORE_FA.search(text, max(0, m.start - 20), m.start)
        ):
            out.append(m)
            continue
        body = next((n for n in range(1, len(words)) if folded(words[n]) in heads["body"]), None)
        if body is not None and body < len(words) - 1:
            start = _word_start(m, body)
            out.append(Mention(start, m.end, m.text[start - m.start :], "ORG", None))
            continue
        for n in range(max(1, len(words) - MAX_PLACE_TOKENS), len(words)):
            start = _word_start(m, n)
            if not m.text[start - m.start - 1].isspace():
                continue
            if _persian_letters(words[n]) in persian_place_classifiers():
                continue  # the place is read after its classifier, without it
            rest = m.text[start - m.start :]
            province = _persian_letters(words[n - 1]) == PROVINCE and _province_named(rest)
            entry = province or _listed_gpe(rest)
            if entry is not None:
                out.append(Mention(start, m.end, rest, "GPE", entry.name))
                break
    return out


# «به گزارش خبرگزاری فارس از ساری»: the place a Persian agency reports from (its dateline)
_DATELINE_FA = re.compile(rf"خبرگزار[یي]\s+{_WORD}+\s+از\s+$")


def dateline_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian place mention no list names, written right after an agency's name and «از»
    («به گزارش خبرگزاری فارس از [خوسف]»), is the city or province the report comes from: a
    GPE (the tagger reads an unlisted town as LOC, a place without a government)."""
    out = []
    for m in mentions:
        if m.type == "LOC" and m.canonical is None and _DATELINE_FA.search(text, 0, m.start):
            m = Mention(m.start, m.end, m.text, "GPE", None, announced=m.announced)
        out.append(m)
    return out


MAX_WORDS_TO_VERB = 6  # words from a country acting as a speaker to its speech verb


@cache
def persian_speech_cues() -> frozenset[str]:
    """Every Persian quote cue (rasad.lang.quotes), the adverbial ones too («با اشاره به»),
    folded and without spaces."""
    from rasad.lang.quotes import SPEECH_CUES

    return frozenset(folded(cue).replace(" ", "") for cue in SPEECH_CUES["fa"])


def _speech_verb_soon(text: str, end: int) -> bool:
    """Whether one of the next few words after `end` is a Persian speech verb («ایران اعلام
    کرد»): a country that speaks is left as the tagger typed it, the quote stage's speaker."""
    words = [folded(w) for w in re.findall(rf"{_WORD}+", text[end : end + 80])]
    verbs = persian_speech_cues()  # folded without spaces: «اعلام کرد» → «اعلامکرد»
    return any(
        "".join(words[i : i + k]) in verbs
        for i in range(min(len(words), MAX_WORDS_TO_VERB))
        for k in (1, 2, 3)
    )


def listed_places_as_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian mention the tagger typed as an organization whose whole text the gazetteers
    list as a GPE of the same name («ونزوئلا», «جمهوري اسلامي ايران» acting in a talk) is
    that GPE: entities.md types a country or city GPE also where it stands for its
    government. Not before a speech verb: the quote stage reads a speaking body there."""
    out = []
    for m in mentions:
        if m.type == "ORG" and m.canonical is not None and not _speech_verb_soon(text, m.end):
            entry = _listed_gpe(m.text)
            if entry is not None and entry.name == m.canonical:
                m = Mention(m.start, m.end, m.text, "GPE", m.canonical, announced=m.announced)
        out.append(m)
    return out


def _folded_word_list(path: str) -> frozenset[str]:
    """A one-column data table of words: its words, folded."""
    return frozenset(folded(w) for (w,) in read_table(path))


def _word_end(m: Mention, n: int) -> int:
    """Where the n-th word (from 0) of a mention ends in the text."""
    return _word_start(m, n) + len(m.text.split()[n])


@cache
def persian_country_bodies() -> frozenset[str]:
    """data/gazetteers/country_bodies_fa.tsv, each phrase's words folded and joined: a
    country's body named by a generic noun («ارتش», «نیروهای مسلح», «فدراسیون»)."""
    rows = read_table("gazetteers/country_bodies_fa.tsv")
    return frozenset("".join(folded(w) for w in phrase.split()) for (phrase,) in rows)


def _country_at_end(m: Mention, n: int) -> Mention | None:
    """The country (or its nationality adjective) a Persian mention ends with from its n-th
    word, as a GPE mention, or None."""
    start = _word_start(m, n)
    if not m.text[start - m.start - 1].isspace():
        return None
    rest = m.text[start - m.start :]
    entry = _listed_gpe(rest)
    if entry is not None and entry.name in countries():
        return Mention(start, m.end, rest, "GPE", entry.name)
    entry = demonym_of(rest, "fa")
    if entry is not None:
        return Mention(start, m.end, rest, "GPE", entry.name, demonym=True)
    return None


def _a_club_before_country(words: list[str]) -> bool:
    """Whether the words before a country in a Persian organization mention can be a club's
    own name («آرسنال» of «آرسنال انگلیس»): a listed organization, or one word that is no
    common word and no head word of a body, an office or a team."""
    known = lookup(" ".join(words))
    if known is not None:
        return known.type == "ORG"
    word = words[0]
    heads = persian_office_heads()["head"] | persian_office_heads()["body"]
    return (
        len(words) == 1
        and not is_common(word, "fa")
        and not is_name_head(word, "fa")
        and folded(word) not in heads | persian_team_heads()["head"] | persian_country_bodies()
    )


def _about_teams(text: str) -> bool:
    """Whether a Persian text speaks of teams or clubs («تیم», «باشگاه», «تیم‌های»): where a
    club may be named with its country («معاونت مالی» elsewhere is a finance department)."""
    words = re.findall(rf"{_WORD}+", text.replace(ZWNJ, " "))
    return any(folded(w) in persian_team_heads()["head"] for w in words)


def countries_of_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian organization mentions that end with a country's name or adjective: after a
    generic body noun («ارتش لبنان», «نیروهای مسلح عراقی»; country_bodies_fa.tsv) the country
    alone, as entities.md annotates a country's army or police; after a club's own name
    («آرسنال انگلیس», «منچستریونایتد انگلیس») the club and the country, two mentions. Not
    before a speech verb: the quote stage reads a speaking body there."""
    out = []
    for m in mentions:
        words = m.text.split()
        if m.type != "ORG" or m.canonical is not None or _speech_verb_soon(text, m.end):
            out.append(m)
            continue
        for n in range(1, len(words)):
            country = _country_at_end(m, n)
            if country is None:
                continue
            head = words[:n]
            if "".join(folded(w) for w in head) in persian_country_bodies():
                out.append(country)
            elif _a_club_before_country(head) and _about_teams(text):
                club_end = _word_end(m, n - 1)
                known = lookup(" ".join(head))
                club = m.text[: club_end - m.start]
                out += [Mention(m.start, club_end, club, "ORG", known and known.name), country]
            else:
                out.append(m)
            break
        else:
            out.append(m)
    return out


MAX_NAMED_TAIL_WORDS = 3  # words of a listed place or body an event's mention ends with


def _listed_tail(m: Mention) -> Mention | None:
    """The listed GPE or organization a Persian mention ends with (its last one to three words,
    the longest), as a mention, or None."""
    words = m.text.split()
    for n in range(max(1, len(words) - MAX_NAMED_TAIL_WORDS), len(words)):
        start = _word_start(m, n)
        if not m.text[start - m.start - 1].isspace():
            continue
        rest = m.text[start - m.start :]
        if rest.isascii():  # «سه باره Jordan [Spieth]»: a Latin name is a cut person's
            return None
        entry = _listed_gpe(rest)
        if entry is not None:
            return Mention(start, m.end, rest, "GPE", entry.name)
        known = lookup(rest)
        if known is not None and known.type == "ORG":
            return Mention(start, m.end, rest, "ORG", known.name)
    return None


def named_in_events(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian event mentions (MISC, no listed name) that end with a listed place or body
    («جام حذفي آلمان», «اجلاس وزراي نفت اوپك», «نتايج نهايي انتخابات رياست جمهوري مصر») as
    that place or body: entities.md annotates no event, but the organiser or place a name
    inside one names («ایران» of «لیگ برتر فوتبال ایران»)."""
    out = []
    for m in mentions:
        tail = _listed_tail(m) if _an_event_naming(text, m) else None
        out.append(tail or m)
    return out


@cache
def persian_name_heads() -> frozenset[str]:
    """data/gazetteers/name_heads_fa.tsv, folded: head words of a body, an outlet or a work
    («سازمان», «روزنامه», «فیلم») whose own name may end with a place."""
    return _folded_word_list("gazetteers/name_heads_fa.tsv")


def _an_event_naming(text: str, m: Mention) -> bool:
    """Whether a Persian mention is an event (MISC, unlisted) whose last words may name its
    place or organiser: not a title or slogan in quote marks («هتل رواندا», a film), and no
    word of a body's, an outlet's or a work's head inside («روزنامه واشنگتن», cut from
    «واشنگتن پست»)."""
    return (
        m.type == "MISC"
        and m.canonical is None
        and not _quoted_at(text, m.start, m.end)
        and not any(folded(w) in persian_name_heads() for w in m.text.split())
    )


# a reporter's byline before an agency named by its short name («خبرنگار سينمايي فارس»)
_REPORTER_BEFORE_FA = re.compile(rf"خبرنگار((?:\s+{_WORD}+){{0,2}})\s+$")
_TOLD_FA = re.compile(r"(?:^|\s)به\s+$")  # «به فارس گفت»: told the agency
_SAID_AFTER_FA = re.compile(r"\s+گفت")


def _agency_slot(text: str, m: Mention) -> bool:
    """Whether a Persian mention stands where a news agency is named: after a reporter and at
    most two desk words («خبرنگار سينمايي [فارس]»), or told something («به [فارس] گفت»)."""
    reporter = _REPORTER_BEFORE_FA.search(text, max(0, m.start - 60), m.start)
    if reporter is not None:
        return not any(folded(w) in EDGE_WORDS for w in reporter.group(1).split())
    told = _TOLD_FA.search(text, max(0, m.start - 5), m.start)
    return told is not None and _SAID_AFTER_FA.match(text, m.end) is not None


AGENCY_WORD = "خبرگزاری"  # «خبرگزاری X»: the listed form of an agency written «X» alone


def agencies_by_short_name(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian place mention whose «خبرگزاری X» the gazetteers list as a news agency, in an
    agency's slot (a reporter's byline, «به X گفت»), is that agency: «خبرنگار سينمايي فارس» is
    Fars News Agency's reporter, not Fars Province's. A country is left («خبرنگار ... فرانسه»)."""
    out = []
    for m in mentions:
        if m.type in PLACE_TYPES and m.canonical not in countries() and _agency_slot(text, m):
            agency = lookup(f"{AGENCY_WORD} {m.text}")
            if agency is not None and agency.type == "ORG":
                m = Mention(m.start, m.end, m.text, "ORG", agency.name)
        out.append(m)
    return out


COUNTRY_WORD = "کشور"  # folded: also «كشور»; «… امور خیریه کشور», of the country
MAX_PLACE_RUN_WORDS = 2  # words after a place mention its listed name may run on for


@cache
def persian_country_word_keepers() -> frozenset[str]:
    """data/gazetteers/country_word_keepers_fa.tsv, folded: words before «کشور» that keep it
    («وزارت کشور», the Ministry of the Interior; «سراسر کشور»)."""
    return _folded_word_list("gazetteers/country_word_keepers_fa.tsv")


def without_country_word(mentions: list[Mention]) -> list[Mention]:
    """Persian organization mentions of three words or more that end with «کشور» ("of the
    country": «سازمان اوقاف و امور خیریه کشور», «سازمان بهزیستی کشور») without it, as
    entities_dev47fa annotates the national body; no annotated Persian name ends with the
    word. Two words are left («وزارت کشور», the Ministry of the Interior), and so is the word
    after a keeper (country_word_keepers_fa.tsv: «شورای امنیت کشور», «سراسر کشور»)."""
    keepers = persian_country_word_keepers()
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.type == "ORG"
            and len(words) >= 3
            and folded(words[-1]) == COUNTRY_WORD
            and folded(words[-2]) not in keepers
        ):
            end = _word_end(m, len(words) - 2)
            m = Mention(m.start, end, m.text[: end - m.start], "ORG", m.canonical)
        out.append(m)
    return out


def _whole_place_name(text: str, m: Mention) -> Mention | None:
    """The listed GPE a Persian place mention is the first word of, with the next one or two
    words written after it («[خراسان] جنوبی», «[سیستان] و بلوچستان»), or None."""
    after = re.match(rf"(?:\s+{_WORD}+){{1,{MAX_PLACE_RUN_WORDS}}}", text[m.end : m.end + 40])
    if after is None:
        return None
    words = after.group(0).split()
    for n in range(len(words), 0, -1):
        end = m.end + after.group(0).index(words[n - 1]) + len(words[n - 1])
        entry = _listed_gpe(text[m.start : end])
        if entry is not None and gazetteer_key(text[m.start : end]) != gazetteer_key(m.text):
            return Mention(m.start, end, text[m.start : end], "GPE", entry.name)
    return None


def with_whole_place_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian place mentions cut before the rest of a listed name («خراسان» of «خراسان
    جنوبی»: the tagger stops at the common adjective) with the whole name, where nothing else
    was found in the words after them."""
    out = []
    for i, m in enumerate(mentions):
        whole = _whole_place_name(text, m) if m.type in PLACE_TYPES else None
        later = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        out.append(whole if whole is not None and whole.end <= later else m)
    return out


@cache
def persian_sports_roles() -> frozenset[str]:
    """data/gazetteers/sports_roles_fa.tsv, folded: a player's, a coach's roles."""
    return _folded_word_list("gazetteers/sports_roles_fa.tsv")


_FORMER = "سابق"  # «مربی سابق بروکلین نت»: the former coach of a club


def _after_a_sports_role(text: str, m: Mention) -> bool:
    """Whether a Persian mention comes right after a player's or coach's role word or a word
    made from one («مربی [تورنتو]», «سرمربیگری [شیکاگو]», «مربی سابق [بروکلین]»)."""
    words = re.findall(rf"{_WORD}+", text[max(0, m.start - 40) : m.start].replace(ZWNJ, ""))
    if words and folded(words[-1]) == _FORMER:
        words = words[:-1]
    roles = persian_sports_roles()
    return bool(words) and any(folded(words[-1]).startswith(folded(r)) for r in roles)


def clubs_named_by_city(text: str, mentions: list[Mention]) -> list[Mention]:
    """A listed city right after a player's or coach's role in a Persian text about teams is
    the city's club («داروین هام مربی [میلواکی]», «گزینه های سرمربیگری [شیکاگو]»: ORG, as
    entities.md annotates a club named by its city); a country there is its national team,
    still the country (GPE)."""
    if not _about_teams(text):
        return mentions
    # the city's canonical name stays: without it the linker joins the club to the other
    # mentions of the same word, the city's among them (entities_dev47fa: «آدلايد»)
    return [
        Mention(m.start, m.end, m.text, "ORG", m.canonical)
        if m.type == "GPE"
        and not m.demonym
        and m.canonical not in countries()
        and _after_a_sports_role(text, m)
        else m
        for m in mentions
    ]


MAX_ABBREVIATION_LETTERS = 2  # «ره», «ع»: a pious formula's letters after «امام», no name


def _without_honorific(m: Mention) -> Mention | None:
    """A Persian person mention without the honorific it opens with («امام [حسن مجتبی]»), None
    when only a pious abbreviation is left («امام ره»: the title alone), else the mention."""
    words = m.text.split()
    for n in (2, 1):
        if len(words) > n and normalize(" ".join(words[:n])) in name_titles()["honorific"]:
            start = _word_start(m, n)
            rest = m.text[start - m.start :]
            if len(words) == n + 1 and len(rest) <= MAX_ABBREVIATION_LETTERS:
                return None
            return Mention(
                start, m.end, rest, "PER", m.canonical or _hand_listed_titled_name(m.text)
            )
    return m


def _hand_listed_titled_name(text: str) -> str | None:
    """The hand-list name of a person written after an honorific («امام خمینی» → Ruhollah
    Khomeini), which the linker reads from the whole span: kept when the span loses it."""
    from rasad.entities.link import titled_person  # the linker reads the recognizer's lists

    entry = titled_person(text)
    return entry.name if entry is not None else None


def without_honorifics(mentions: list[Mention]) -> list[Mention]:
    """Persian people without the honorific before their name («امام», «حضرت»; name_titles.tsv),
    as entities.md leaves titles and honorifics out of a person's span (`حسین` of «امام
    حسین»); the title alone before a pious abbreviation is no mention."""
    out = []
    for m in mentions:
        kept = _without_honorific(m) if m.type == "PER" else m
        if kept is not None:
            out.append(kept)
    return out


@cache
def persian_newspaper_heads() -> frozenset[str]:
    """data/gazetteers/newspaper_heads_fa.tsv, folded: words for a newspaper or periodical
    written before its name («روزنامه», «فصلنامه»)."""
    return _folded_word_list("gazetteers/newspaper_heads_fa.tsv")


_QUOTE_MARKS = '«»"“”'
_LANGUAGE_WORD = "زبان"  # «اسپانيايي زبان»: Spanish-language, no country


def _words_at(text: str, m: Mention) -> list[tuple[int, int]]:
    """Each word of a mention as its (start, end) in the text, quote marks left out."""
    spans = []
    for w in re.finditer(r"\S+", m.text):
        word = w.group().strip(_QUOTE_MARKS)
        if word:
            start = m.start + w.start() + w.group().index(word)
            spans.append((start, start + len(word)))
    return spans


def _paper_name(text: str, words: list[tuple[int, int]]) -> Mention | None:
    """The paper a newspaper mention's name words give, as an ORG: not when all of them are
    common words («روزنامه اطلاعات» may be "the information paper"), nor when it is one listed
    place («روزنامه واشنگتن», cut from «واشنگتن پست»)."""
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    name = text[start:end]
    if all(is_common(text[s:e], "fa") for s, e in words) or _listed_gpe(name) is not None:
        return None
    known = lookup(name)
    return Mention(start, end, name, "ORG", known.name if known and known.type == "ORG" else None)


def _newspaper_parts(text: str, m: Mention) -> list[Mention] | None:
    """A Persian mention opening with a word for a newspaper («روزنامه برزيلي اواستادو …»,
    «روزنامه الرایه قطر») as its parts: the nationality adjective after the word (its
    country), the paper's name (ORG) and a country after the name (GPE); None when it is no
    such mention or no name is left."""
    words = _words_at(text, m)
    if len(words) < 2 or folded(text[slice(*words[0])]) not in persian_newspaper_heads():
        return None
    if _after_a_demonstrative(text, m.start):
        return None  # «اين روزنامه دولت توني بلر را … نوشت»: "this paper", its object after it
    parts, words = [], words[1:]
    adjective = demonym_of(text[slice(*words[0])], "fa")
    if len(words) > 1 and folded(text[slice(*words[1])]) == _LANGUAGE_WORD:
        words = words[2:]  # a language, no country
    elif adjective is not None:
        s, e = words.pop(0)
        parts.append(Mention(s, e, text[s:e], "GPE", adjective.name, demonym=True))
    country = None
    if len(words) > 1:
        s, e = words[-1]
        country = _listed_gpe(text[s:e]) or demonym_of(text[s:e], "fa")
    if country is not None and country.name in countries():
        s, e = words.pop()
        demonym = _listed_gpe(text[s:e]) is None
        country_part = Mention(s, e, text[s:e], "GPE", country.name, demonym=demonym)
    else:
        country_part = None
    if text[m.end : m.end + 2].lstrip()[:1] in '«"“':
        words = []  # «فصلنامه علمی– ترویجی «اسناد بهارستان»»: the name is in the marks after
    paper = _paper_name(text, words)
    if paper is None and (words or not parts):
        return None
    return [*parts, *([paper] if paper else []), *([country_part] if country_part else [])]


_DEMONSTRATIVES = frozenset(folded(w) for w in PLAIN_DEMONSTRATIVES["fa"])


def _after_a_demonstrative(text: str, at: int) -> bool:
    """Whether the word right before `at` is «این»/«آن»: «اين روزنامه» refers back to a paper
    named before, and the words after it are no name of a paper."""
    before = text[max(0, at - 6) : at].split()
    return bool(before) and folded(before[-1]) in _DEMONSTRATIVES


def _named_right_after(text: str, m: Mention, after: Mention | None) -> bool:
    """Whether an unlisted event mention stands right after another one, only quote marks and
    spaces between («روزنامه آمريكايي "نيويورك تايمز"»)."""
    return (
        after is not None
        and after.type == "MISC"
        and after.canonical is None
        and after.start - m.end <= 3
        and not text[m.end : after.start].strip(_QUOTE_MARKS + " ")
    )


def newspapers_as_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian mentions opening with a word for a newspaper, which the tagger reads as events
    («روزنامه آساهي ژاپن», «روزنامه كويتي "الوطن"»), as the paper without the word (ORG, as
    entities.md annotates newspapers), its nationality adjective and a country after it split
    off; a paper named in marks right after «روزنامه» + an adjective is the ORG."""
    out: list[Mention] = []
    unnamed: Mention | None = None  # «روزنامه كويتي»: a paper whose name is still to come
    for m in mentions:
        parts = _newspaper_parts(text, m) if m.canonical is None else None
        if unnamed is not None and _named_right_after(text, unnamed, m):
            out.append(Mention(m.start, m.end, m.text, "ORG"))
        elif parts is None:
            out.append(m)
        else:
            out += parts
        unnamed = m if parts and all(p.type != "ORG" for p in parts) else None
    return out


@cache
def persian_person_cue_roles() -> frozenset[str]:
    """data/gazetteers/person_cue_roles_fa.tsv, folded: a player's, a coach's roles."""
    return _folded_word_list("gazetteers/person_cue_roles_fa.tsv")


MAX_FOREIGN_NAME_WORDS = 2  # «اونای امری», «داروین هام»: given and family name
# a Persian verb («نمی‌دهیم», «می‌جنگم») or superlative («گران‌ترین»), no list holds them all
_PERSIAN_VERB_OR_SUPERLATIVE = re.compile("^(?:ن?م[یي]\u200c)|(?:تر[یي]ن)$")


def _a_persian_foreign_name_word(word: str) -> bool:
    """Whether a Persian token can be a word of a transliterated foreign name: letters only,
    no Persian common word, no name head, no listed name of another kind, no role."""
    known = lookup(word)
    return (
        re.fullmatch(rf"{_WORD}+(?:\u200c{_WORD}+)*", word) is not None
        and not word.isascii()
        and not is_common(word, "fa")
        and not is_name_head(word, "fa")
        and folded(word) not in EDGE_WORDS
        and folded(word) not in persian_person_cue_roles()
        and demonym_of(word, "fa") is None
        and not _PERSIAN_VERB_OR_SUPERLATIVE.search(word)
        and (known is None or known.type == "PER")
    )


def _role_at(text: str, token: tuple[int, int] | None) -> bool:
    """Whether a token is a player's or coach's role word."""
    return token is not None and folded(text[slice(*token)]) in persian_person_cue_roles()


def _name_run(text: str, tokens: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the foreign name words the tokens open with, in order, or None."""
    run = []
    for token in tokens[:MAX_FOREIGN_NAME_WORDS]:
        if not _a_persian_foreign_name_word(text[slice(*token)]):
            break
        run.append(token)
    return (min(t[0] for t in run), max(t[1] for t in run)) if run else None


def _a_whole_name(text: str, tokens: list[tuple[int, int]], run: tuple[int, int]) -> bool:
    """Whether the word before a run of foreign name words is no such word too (a longer name
    or a run of unknown words is not cut to its last two)."""
    before = [t for t in tokens if t[1] <= run[0]]
    return not before or not _a_persian_foreign_name_word(text[slice(*before[-1])])


def _foreign_name_spans(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of foreign name words right before a player's or coach's role: one or two after a
    comma («[کردجهان]، مدافع», «[گراهام دوریس]، بازیکن»), two without («[داروین هام] مربی»:
    one word there is as often a Persian word no list holds, «ورزشی مربی»). Not after a role:
    «مربی میلواکی» is the coach of Milwaukee."""
    spans = []
    for k, token in enumerate(tokens):
        if folded(text[slice(*token)]) not in persian_person_cue_roles():
            continue
        comma = k > 0 and text[slice(*tokens[k - 1])] == "،"
        before = k - 1 if comma else k
        back = tokens[max(0, before - MAX_FOREIGN_NAME_WORDS) : before][::-1]
        run = _name_run(text, back)
        words = len(text[slice(*run)].split()) if run else 0
        if (
            run
            and (comma or words > 1)
            and _a_whole_name(text, tokens, run)
            and not (words == 1 and _after_a_sentence_opening_word(text, tokens, run))
        ):
            spans.append(run)
    return spans


_SENTENCE_ENDS = ".!?؟:"


def _after_a_sentence_opening_word(
    text: str, tokens: list[tuple[int, int]], run: tuple[int, int]
) -> bool:
    """Whether one foreign name word comes right after a word that opens its sentence: that
    word is more likely the given name a common-word list holds («لری گیلز، کاپیتان …»: Larry,
    also "Lori") than a word of its own, so the name is left to the quotes stage."""
    before = [t for t in tokens if t[1] <= run[0]]
    if not before or not re.fullmatch(rf"{_WORD}+", text[slice(*before[-1])]):
        return False
    earlier = before[:-1]
    return (
        not earlier
        or "\n" in text[earlier[-1][1] : before[-1][0]]
        or text[slice(*earlier[-1])] in _SENTENCE_ENDS
    )


def foreign_people_by_role(text: str, mentions: list[Mention]) -> list[Mention]:
    """Transliterated foreign players and coaches the Persian tagger misses or reads as a place
    («گراهام دوریس، بازیکن میانی», «داروین هام مربی میلواکی»): words that are no Persian word
    before a player's or coach's role (person_cue_roles_fa.tsv) are a person. Not over a listed mention nor a person already found."""
    tokens = [t.span() for t in _TOKEN.finditer(text)]
    added = []
    for start, end in _foreign_name_spans(text, tokens):
        met = [m for m in mentions if m.start < end and start < m.end]
        if any(m.canonical is not None or m.type == "PER" for m in met):
            continue
        added.append(Mention(start, end, text[start:end], "PER"))
    return with_added(mentions, added, overlapping=True) if added else mentions


@cache
def persian_office_heads() -> dict[str, frozenset[str]]:
    """data/gazetteers/office_heads_fa.tsv, folded, by kind: `head` («اداره») opens an office,
    `body` («سازمان», «شهرداری») a named body inside one."""
    return _folded_words_by_kind("gazetteers/office_heads_fa.tsv")


@cache
def persian_place_parts() -> frozenset[str]:
    """data/gazetteers/place_parts_fa.tsv, folded: words for a part of or an area around a
    place, written before its name («شمال», «نوار ساحلی», «خیابان‌های»)."""
    return frozenset(folded(w) for (w,) in read_table("gazetteers/place_parts_fa.tsv"))


def _listed_gpe(surface: str) -> GazetteerEntry | None:
    """The GPE a Persian surface names in the gazetteers or the list of Iran's provinces, or
    None."""
    from rasad.entities.link import iran_provinces  # the linker reads the recognizer's lists

    entry = (
        lookup(surface)
        or persian_city(surface, "fa")
        or cldr_places()[0].get(("fa", plain(surface)))
        or iran_provinces().get(plain(surface))
    )
    return entry if entry is not None and entry.type == "GPE" else None


def _a_place_part(word: str) -> bool:
    return (
        folded(word) in persian_place_parts()
        or _persian_letters(word) in persian_place_classifiers()
        or word.isdigit()
    )


def without_place_parts(mentions: list[Mention]) -> list[Mention]:
    """Persian place mentions that name a part of or an area around a listed GPE («شمال شهر
    بیرجند», «غرب مازندران», «نوار ساحلی مازندران») as that GPE: the words before its name
    all place parts, classifiers or numbers."""
    out = []
    for m in mentions:
        words = m.text.split()
        if m.type in PLACE_TYPES and len(words) >= 2 and _a_place_part(words[0]):
            for n in range(1, len(words)):
                if not _a_place_part(words[n - 1]):
                    break
                start = m.start + m.text.index(words[n], len(" ".join(words[:n])))
                entry = _listed_gpe(m.text[start - m.start :])
                if entry is not None:
                    m = Mention(start, m.end, m.text[start - m.start :], "GPE", entry.name)
                    break
        out.append(m)
    return out


@cache
def aliases_needing_a_name() -> dict[tuple[str, str], tuple[bool, str]]:
    """(lang, normalized one-word form) → whether a title or form of address before it
    suffices, and the listed entity's type (data/gazetteers/alias_needs_name.tsv: «رئيسي»
    "main", «روحانی» "cleric", «واع» "aware")."""
    return {
        (lang, normalize(form)): (honorific == "yes", kind)
        for lang, form, honorific, kind in read_table("gazetteers/alias_needs_name.tsv")
    }


def titled_before(text: str, start: int) -> bool:
    """Whether a title or form of address of roles.tsv ends right before `start` (one word or
    two, as «آیت الله»)."""
    words = text[max(0, start - 40) : start].split()
    titles = role_words()["title"] | role_words()["honorific"]
    return any(
        normalize("".join(words[-n:])).replace(" ", "") in titles for n in (1, 2) if len(words) >= n
    )


def without_bare_common_aliases(
    text: str, mentions: list[Mention], lang: str | None
) -> list[Mention]:
    """The mentions without those `unsupported_aliases` names."""
    fields = [(m.text, m.type, m.canonical, m.start) for m in mentions]
    dropped = unsupported_aliases(text, fields, lang)
    return [m for i, m in enumerate(mentions) if i not in dropped]


def unsupported_aliases(
    text: str, mentions: list[tuple[str, str | None, str | None, int | None]], lang: str | None
) -> set[int]:
    """The positions of the (text, type, gazetteer name, start) mentions that are a listed
    entity's one-word form which is also a common word of the language («بشكل رئيسي» "mainly",
    «الرئيس السوداني» "the Sudanese president", «یک نفر روحانی» "a cleric", an agency's «واع»
    "aware"), unless the document writes a longer form of that entity's name, or, where the list
    allows, a title or form of address stands right before it («آیت‌الله رئیسی»). Read by the
    recognizer and again by the linker on stored mentions, so a relink drops what an older
    version stored."""
    listed = aliases_needing_a_name()
    if not any(lang == code for code, _ in listed):
        return set()
    named = {canonical for form, _, canonical, _ in mentions if canonical and len(form.split()) > 1}
    out = set()
    for i, (form, kind, canonical, start) in enumerate(mentions):
        honorific, listed_kind = listed.get((lang or "", normalize(form)), (None, None))
        if (
            honorific is not None
            and kind == listed_kind
            and canonical not in named
            and not (honorific and start is not None and titled_before(text, start))
        ):
            out.add(i)
    return out


# Arabic names read after recognition only, never as the CRF's features (as features they moved
# the public NER figures): bodies and places news names by common words (late_ar.tsv) and the
# Gulf towns of 15,000 to 50,000 people (towns_ar.tsv, from GeoNames by train/ner/cities.py)
LATE_GAZETTEERS = ("gazetteers/late_ar.tsv", "gazetteers/towns_ar.tsv")


@cache
def late_names() -> tuple[tuple[str, GazetteerEntry], ...]:
    """(form as written, entry) of the late gazetteers, the longest forms first."""
    forms = [
        (form, GazetteerEntry(kind, name))
        for path in LATE_GAZETTEERS
        for kind, name, written, *_ in read_table(path)
        for form in written.split("|")
        if form
    ]
    return tuple(sorted(forms, key=lambda f: -len(f[0])))


def add_late_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The late gazetteers' names where the Arabic text writes them (behind a proclitic, after
    لل as ل[لدفاع المدني]): each a mention of its entry, where no mention is or where the
    mentions there lie inside it, as a longest gazetteer match (the CRF's «هيئة الأمر» of «هيئة
    الأمر بالمعروف والنهي عن المنكر», Saudi Arabia in «الخطوط السعودية»)."""
    added: list[Mention] = []
    for form, entry in late_names():
        if form[2:] not in text:
            continue  # most forms are not written at all; ال may be written لل
        for start, end in repeated_spans(text, form, "ar"):
            if any(x.start < end and start < x.end for x in added):
                continue
            inside = [m for m in mentions if m.start < end and start < m.end]
            if all(start <= m.start and m.end <= end for m in inside):
                added.append(Mention(start, end, text[start:end], entry.type, entry.name))
    if not added:
        return mentions
    return with_added(mentions, added)


@cache
def persian_cldr_compounds() -> frozenset[str]:
    """The plain forms of CLDR's Persian place names of two words or more («کرهٔ شمالی»,
    «پیونگ‌یانگ», «عربستان سعودی»): no Persian word alone, unlike a one-word form («مالی»
    financial, «چک» cheque, «قطر» diameter)."""
    return frozenset(
        form
        for (lang, form), _ in cldr_places()[0].items()
        if lang == "fa" and len(form) > 3 and (" " in normalize(form))
    )


MAX_PLACE_TOKENS = 4


def add_persian_cldr_places(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """CLDR's Persian place names of two words or more where the text writes them and no
    mention covers them, or only mentions inside them (the tagger missed «کره شمالی» and
    «پیونگ یانگ» of a North Korea story), each a mention of its place."""
    compounds, added = persian_cldr_compounds(), []
    for i in range(len(tokens)):
        for n in range(min(MAX_PLACE_TOKENS, len(tokens) - i), 1, -1):
            start, end = tokens[i][0], tokens[i + n - 1][1]
            if plain(text[start:end]) not in compounds:
                continue
            inside = [m for m in mentions + added if m.start < end and start < m.end]
            if all(start <= m.start and m.end <= end for m in inside):
                entry = cldr_places()[0][("fa", plain(text[start:end]))]
                added.append(Mention(start, end, text[start:end], entry.type, entry.name))
            break
    if not added:
        return mentions
    return with_added(mentions, added)


def without_proclitics(m: Mention) -> Mention:
    """A gazetteer name's Arabic span without the proclitics written onto it (و[بالقاهرة] →
    القاهرة), as far as what is left still names the same entry as listed: after لل the
    article's ل stays (ل[لسعودية]), and a name's own first letter (بغداد) is never one."""
    while m.canonical and len(m.text) > 3 and normalize(m.text[0]) in PROCLITICS:
        rest, after_li = m.text[1:], m.text.startswith("لل")
        # read as written: ل[لسعودية] is السعودية, و[للسعودية] is ل + السعودية
        written = "ا" + rest if after_li else "ال" + rest[2:] if rest.startswith("لل") else rest
        if getattr(gazetteer().get(gazetteer_key(written)), "name", None) != m.canonical:
            break
        m = Mention(m.start + 1, m.end, rest, m.type, m.canonical, m.demonym, m.announced)
        if after_li:
            break  # the ل left is the article's
    return m


def without_conjunction(m: Mention) -> Mention:
    """An Arabic mention without the «و» ("and") written onto it (و[اليابان], و[الفرنسية],
    و[الأهلي]) where what follows it is a place or nationality CLDR or the gazetteer knows, or
    a listed club (clubs_ar.tsv): entities.md leaves the conjunction out, and the archive showed
    «والأهلي» as a body of its own. A name whose «و» is its own stays whole (وهران, وجدة:
    waw_names.tsv or a listed place as written)."""
    rest = m.text[1:]
    if m.type == "PER":
        return without_conjunction_before_given_name(m)
    if not m.text.startswith("و") or len(rest) < 3:
        return m
    if normalize(m.text.split()[0]) in waw_names() or lookup(m.text) is not None:
        return m
    known = (
        lookup(rest) is not None
        or ("ar", plain(rest)) in cldr_places()[0]
        or demonym_of(rest, "ar") is not None
        or folded(rest) in listed_clubs()
    )
    if not known:
        return m
    return Mention(m.start + 1, m.end, rest, m.type, m.canonical, m.demonym, m.announced)


def without_conjunction_before_given_name(m: Mention) -> Mention:
    """An Arabic person without the «و» ("and") written onto its given name («ونايف البلوي»,
    «ومحمد خبراني» in a list of players, snn-2015-08-01-00336): the word without it is a listed
    given name (given_names_ar.tsv, given_names_fa.tsv, or «عبد» opening a compound) and the
    word with it none, nor a name whose «و» is its own (وليد, وائل: waw_names_ar.tsv)."""
    first = m.text.split()[0]
    rest = first[1:]
    if not first.startswith("و") or len(rest) < 3 or len(m.text.split()) < 2:
        return m
    if not rest[0].isalpha():
        return m  # «وَحُسْنَ»: a vowel mark on the «و», a voweled verse
    if normalize(first) in waw_names() or _a_listed_given_name(first):
        return m
    if not (_a_listed_given_name(rest) or rest.startswith("عبد")):
        return m
    return Mention(m.start + 1, m.end, m.text[1:], m.type, m.canonical, m.demonym, m.announced)


def _a_listed_given_name(word: str) -> bool:
    """Whether a word is a listed Arabic or Persian given name."""
    return normalize(word) in arabic_given_names() or folded(word) in persian_given_names()


@cache
def waw_names() -> frozenset[str]:
    """Names whose first letter و is their own (data/gazetteers/waw_names_ar.tsv), normalized."""
    return frozenset(normalize(word) for (word,) in read_table("gazetteers/waw_names_ar.tsv"))


_LIST_MARK = re.compile(r"[،,]\s*$")


def _listed_after(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a mention follows a comma or another mention: a list of names, where a word's
    first و is «and» (not «موقع ويكيليكس», WikiLeaks)."""
    before = text[: m.start]
    return bool(_LIST_MARK.search(before)) or any(
        p.end < m.start and not before[p.end :].strip() for p in mentions
    )


def without_name_conjunctions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people in a list of names without the conjunction «و» the tagger kept on their
    first word («، وأحمد عبيد بن دغر» → «أحمد عبيد بن دغر»: ANERcorp, its training data, tags
    names with it): the و goes unless the word is a name that begins with و (وليد, وانغ) or a
    common word (وكيل)."""
    out = []
    for m in mentions:
        first = m.text.split(" ", 1)[0]
        if (
            m.type == "PER"
            and first.startswith("و")
            and len(first) >= 3
            and first[1:].isalpha()
            and normalize(first) not in waw_names()
            and not is_common(first, "ar")  # وكيل, وزير: a word of its own
            and _listed_after(text, m, mentions)
        ):
            m = Mention(m.start + 1, m.end, m.text[1:], m.type, m.canonical, m.demonym, m.announced)
        out.append(m)
    return out


@cache
def pious_formulas() -> frozenset[str]:
    """The verbs of the pious formulas written after a name (data/gazetteers/
    pious_formulas_ar.tsv: حفظه الله, رحمه الله), normalized."""
    return frozenset(normalize(w) for (w,) in read_table("gazetteers/pious_formulas_ar.tsv"))


GOD_AR = normalize("الله")
TITLE_ABBREVIATIONS_AR = frozenset(normalize(w) for w in ("د", "م", "أ"))  # د. دكتور, م. مهندس


def _fused_tail(text: str, m: Mention) -> int:
    """How many of an Arabic person's last words are no part of the name: a future verb
    («روحاني سيزور»), a pious formula («حفظه الله»), or «و» joined to a title's abbreviation
    before its dot («يوسف الجبر ود. إحسان»)."""
    words = [normalize(w) for w in m.text.split()]
    if len(words) >= 2 and words[-1] == GOD_AR and words[-2] in pious_formulas():
        return 2
    if len(words) >= 2 and arabic_future_verb(words[-1]):
        return 1
    if len(words) >= 2 and m.canonical is None and no_name_tail(m.text.split()[-1]):
        return 1
    after_dot = text[m.end : m.end + 1] == "."
    if (
        len(words) >= 2
        and after_dot
        and words[-1][:1] == "و"
        and words[-1][1:] in TITLE_ABBREVIATIONS_AR
    ):
        return 1
    return 0


MIN_LETTERS_AFTER_LAM = 4  # «لوسائل» = ل + وسائل; not «ليلى» (ل + يلى), «لبيب»
POSSESSIVES_AR = ("ه", "ها", "هم", "هما")  # the pronoun a stance noun carries: رضاه, سعادتها
# words that open like «ل» on a word but may be a family name's own letters: «لعلي», «للامي»
NO_PROCLITIC_OPENINGS = tuple(normalize(w) for w in ("لل", "لعل"))


@cache
def stance_nouns_with_pronoun() -> frozenset[str]:
    """The nouns of data/gazetteers/stance_nouns_ar.tsv with a possessive pronoun on them,
    normalized («رضاه», «سعادته», «استياءها»): «ة» is written «ت» before the pronoun."""
    forms = set()
    for (noun,) in read_table("gazetteers/stance_nouns_ar.tsv"):
        stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
        forms.update(normalize(stem + p) for p in POSSESSIVES_AR)
    return frozenset(forms)


def no_name_tail(word: str) -> bool:
    """Whether the last word of an Arabic person's mention is a word the tagger ran the name on
    into, not a name's (quotes_dev74ar.tsv, where each made a speaker unknown to the scorer):
    «أن/بأن» opening the reported clause («وطالب الدكتور الحلي بأن»), «ل» on a common word of
    four letters or more, without the article («صرح الفنان مصطفى لوسائل الإعلام»; not «ب»:
    «جاي باريك» is no ب + أريك, «بوعلي» no ب + وعلى), or a stance noun with its possessive
    pronoun («أبدى … جوميز رضاه»: names take none). A word the gazetteer or the given names
    list knows stays, and so do «لل…» and «لعل…» (`NO_PROCLITIC_OPENINGS`)."""
    key = normalize(word)
    if folded(word) in _THAT or key in stance_nouns_with_pronoun():
        return True
    if lookup(word) is not None or key in arabic_given_names() or key[:1] != "ل":
        return False
    if key.startswith(NO_PROCLITIC_OPENINGS):
        return False
    bare = key[1:]
    return len(bare) >= MIN_LETTERS_AFTER_LAM and is_common(bare, "ar")


def _a_second_name_word(word: str) -> bool:
    """Whether a word after «و» in a person's mention opens another person's name: a name word
    of three letters or more, indefinite, no common word, nationality, title or role."""
    key = folded(word)
    return (
        len(word) >= 3
        and word.isalpha()
        and not _definite(word)
        and not is_common(word, "ar")
        and not _arabic_demonym(word)
        and key not in _title_and_role_words()
    )


def _no_second_name(word: str) -> bool:
    """Whether a word after «و» in a person's mention is surely no name: a common word with its
    «و» or without it (ولي of ولي العهد, والسداد), a nationality (والسعودي), a title or role."""
    bare = word[1:]
    known = lookup(bare)
    if known is not None and known.type == "PER":
        return False
    return (
        is_common(bare, "ar")
        or is_common(strip_article(normalize(bare)), "ar")
        or _arabic_demonym(bare)
        or folded(bare) in _title_and_role_words()
    )


def _split_at_conjunction(m: Mention, text: str) -> list[Mention]:
    """An Arabic person's mention that runs on over «و» into the next words, split there: two
    people when both sides are names and the second of two words or more («حسام راجح وطلال
    الشهري»); the first alone when what follows «و» is no name («محمد بن سلمان ولي», «جون كيري
    والسعودي»); as it was otherwise («ماكسين ووترز», «ثيو والكوت»: a name's own و)."""
    words = m.text.split(" ")
    following = words + text[m.end : m.end + 40].split()[:2]
    at = m.start
    for i, word in enumerate(words):
        nxt = following[i + 1] if i + 1 < len(following) else ""
        nxt = following[i + 2] if nxt == word and i + 2 < len(following) else nxt  # ولي ولي العهد
        # a common word before a definite common noun is a phrase of its own (ولي العهد)
        phrase = is_common(word, "ar") and _definite(nxt) and is_common(strip_article(nxt), "ar")
        if i > 0 and word[:1] == "و" and phrase:
            return [Mention(m.start, at - 1, m.text[: at - 1 - m.start], m.type, m.canonical)]
        if i > 0 and _conjoined_word(word):
            left = Mention(m.start, at - 1, m.text[: at - 1 - m.start], m.type, m.canonical)
            right_start = at + 1
            right = Mention(right_start, m.end, m.text[right_start - m.start :], m.type)
            if _no_second_name(word):
                return [left]
            if len(words) - i >= 2 and _a_second_name_word(word[1:]):
                return [left, right]
            return [m]
        at += len(word) + 1
    return [m]


def without_fused_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people without the words the tagger or a title ran their names on into (a future
    verb, a pious formula, «و» and what follows it: `_fused_tail`, `_split_at_conjunction`); a
    mention left with no word goes, a split-off person only where no other mention is."""
    out: list[Mention] = []
    for m in mentions:
        if m.type != "PER":
            out.append(m)
            continue
        cut = _fused_tail(text, m)
        if cut:
            kept = " ".join(m.text.split(" ")[:-cut])
            while kept and not kept[-1].isalpha():  # «آل سعود – [حفظه الله]»: the dash too
                kept = kept[:-1]
            m = Mention(m.start, m.start + len(kept), kept, m.type, m.canonical)
            if not kept:
                continue
        parts = _split_at_conjunction(m, text)
        others = [o for o in mentions if not (o.start <= m.start and m.end <= o.end)]
        out += [
            p
            for p in parts
            if p is parts[0] or not any(o.start < p.end and p.start < o.end for o in others)
        ]
    return out


INDEFINITE_NO_NAME_ENDINGS = ("ا", "ه", "ية", "ي", "ًا")  # as written: not زعلة, مخدوم


def with_whole_body_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic organizations grown to the longer name the document gives them elsewhere where
    the text writes it there too («مجلس الشؤون الاقتصادية» before «والتنمية اجتماعاً», where
    `_ends_a_body_name` keeps «والتنمية» out, is the «مجلس الشؤون الاقتصادية والتنمية» of
    the sentence before), so that one body is one name."""
    longer = sorted({m.text for m in mentions if m.type == "ORG"}, key=len, reverse=True)
    out = []
    for m in mentions:
        if m.type == "ORG" and m.canonical is None:
            end = next(
                (e for name in longer if (e := _written_on_to(text, m, name)) is not None),
                None,
            )
            if end is not None and not any(o.start < end and m.end <= o.start for o in mentions):
                m = Mention(m.start, end, text[m.start : end], m.type, m.canonical)
        out.append(m)
    return out


@cache
def mission_heads() -> frozenset[str]:
    """Words for a body's mission abroad (data/gazetteers/mission_heads_ar.tsv), normalized."""
    return frozenset(normalize(w) for (w,) in read_table("gazetteers/mission_heads_ar.tsv"))


_MISSION_HEAD_BEFORE = re.compile(rf"(?<!\S)({_WORD}+) $")
_IN_COUNTRY_AFTER = re.compile(r" (?:في|لدى) ")


def _mission_abroad(text: str, body: Mention, mentions: list[Mention]) -> Mention | None:
    """The organisation «بعثة الأمم المتحدة في العراق» a body's mention is part of: a mission
    word right before it (`mission_heads`) and «في»/«لدى» with a country right after it."""
    head = _MISSION_HEAD_BEFORE.search(text, max(0, body.start - 20), body.start)
    where = _IN_COUNTRY_AFTER.match(text, body.end)
    if head is None or where is None or normalize(head.group(1)) not in mission_heads():
        return None
    place = next((m for m in mentions if m.start == where.end()), None)
    if place is None or place.type != "GPE" or place.canonical not in countries():
        return None
    start = head.start(1)
    return Mention(start, place.end, text[start : place.end], "ORG")


def with_missions_abroad(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic bodies' missions abroad as one organisation (`_mission_abroad`), in place of
    the body and the country they were read as."""
    out = list(mentions)
    for body in mentions:
        if body.type != "ORG" or body not in out:
            continue
        mission = _mission_abroad(text, body, out)
        if mission is not None:
            out = [m for m in out if not (mission.start <= m.start and m.end <= mission.end)]
            out.append(mission)
    return sorted(out, key=lambda m: m.start)


MINISTRY_AR = normalize("وزارة")
_PORTFOLIO_AFTER = re.compile(rf" (وال{_WORD}+)")
_PHRASE_ENDS = re.compile(rf"\s*[.،,:؛;\"«“(]|\s*$| ({_WORD}+)")
PORTFOLIO_ENDS_AR = frozenset(folded(w) for w in ("في", "أن", "إن", "بأن", "أمس", "اليوم"))


def _ministry_portfolios_end(text: str, m: Mention, mentions: list[Mention]) -> int | None:
    """Where a ministry's name ends that goes on with the portfolios it joins with «و» and a
    nationality adjective («وزارة الشؤون الداخلية والاتصالات أن», «وزارة الاقتصاد والتجارة
    والصناعة اليابانية في بيان»): definite words after «و», no body or pattern word, the
    phrase ending there (a mark, «في», «أن»/«إن»), where no other mention starts."""
    end, grown = m.end, False
    while (more := _PORTFOLIO_AFTER.match(text, end)) is not None:
        word = more.group(1)[1:]
        if name_patterns().get(("ar", folded(word))) or not _definite(word):
            break
        if normalize(word).endswith(PEOPLE_PLURAL_ENDINGS):
            break  # «وزارة الخارجية والموظفين»: people with the ministry, no portfolio
        if any(o.start == more.start(1) or o.start == more.start(1) + 1 for o in mentions):
            break
        end, grown = more.end(1), True
    adjective = next((o for o in mentions if o.start == end + 1 and o.demonym), None)
    if grown and adjective is not None and adjective.text.endswith("ية"):
        end = adjective.end
    after = _PHRASE_ENDS.match(text, end)
    if not grown or after is None:
        return None
    return end if after.group(1) is None or folded(after.group(1)) in PORTFOLIO_ENDS_AR else None


def with_ministry_portfolios(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic ministries grown over the portfolios and nationality their name goes on with
    (`_ministry_portfolios_end`), the nationality adjective taken in."""
    out = list(mentions)
    for m in mentions:
        if m.type != "ORG" or m.canonical is not None or m not in out:
            continue
        if normalize(m.text.split(" ")[0]) != MINISTRY_AR:
            continue
        end = _ministry_portfolios_end(text, m, out)
        if end is not None:
            grown = Mention(m.start, end, text[m.start : end], "ORG")
            out = [o for o in out if not (m.start <= o.start and o.end <= end)] + [grown]
    return sorted(out, key=lambda m: m.start)


_HAMZA_SEATS = re.compile("[اویءئؤأإآ]")


def _skeleton(words: list[str]) -> list[str]:
    """Words without their long vowels and hamza seats, which spellings of one name vary in
    (الشؤون, الشئون)."""
    return [_HAMZA_SEATS.sub("", folded(w)) for w in words]


def _written_on_to(text: str, m: Mention, name: str) -> int | None:
    """Where a mention ends when the text after it goes on with the words a longer `name`
    of the document adds to it (the mention's own words spelt alike, `_skeleton`)."""
    words, named = m.text.split(), name.split()
    if len(named) <= len(words) or _skeleton(named[: len(words)]) != _skeleton(words):
        return None
    rest = " " + " ".join(named[len(words) :])
    if (
        not text.startswith(rest, m.end)
        or text[m.end + len(rest) : m.end + len(rest) + 1].isalpha()
    ):
        return None
    return m.end + len(rest)


_NEXT_WORD_AND_AFTER = re.compile(rf" ({_WORD}+)(\s*[.،,:؛;\"«“(]|\s*$| ({_WORD}+))")


def _family_name_ending_at(text: str, m: Mention, mentions: list[Mention]) -> int | None:
    """Where an Arabic person's name of two words or more ends when the one word after it is
    a family name ending the phrase («الشيخ أحمد الفهد الصباح "إن", «علي بن موسى زعلة أن»,
    «مصطفى كرامة الله مخدوم.»): a word `_family_name_before_speech` accepts (no common word,
    place, nationality, role), followed by a mark, the text's end or «أن»/«إن», where no other
    mention is."""
    after = _NEXT_WORD_AND_AFTER.match(text, m.end)
    if after is None or " " not in m.text.strip():
        return None
    word, then = after.group(1), after.group(3)
    if then is not None and _opens_a_role(then):
        named = _family_name_before_role(word, m, mentions)
        if named or _nisba_family_name(text, word, m, mentions):
            return after.end(1)
        return None
    if then is not None and folded(then) not in _THAT:
        return None
    if any(_imperfect_plural_verb(w) for w in m.text.split()[1:]):
        return None  # «مسؤولون يرافقون» + «بحاح إن»: the tagger's words are no name to grow
    if not _family_name_before_speech(word) or opens_arabic_speech(word) or word.startswith("لل"):
        return None
    if any(is_common(bare, "ar") for bare in arabic_bare(plain(word))):
        return None  # a proclitic on a common word (للتباحث, بالقرار)
    if not _definite(word) and word.endswith(INDEFINITE_NO_NAME_ENDINGS):
        return None  # متعجبا (an adverb), تأكيده (a pronoun on a noun), جدارية (an adjective)
    end = after.end(1)
    if any(o is not m and o.start < end and m.end < o.end for o in mentions):
        return None
    return end


@cache
def _time_words() -> frozenset[str]:
    """Folded weekdays and day words (الأربعاء, اليوم), which come between a name and a role."""
    return frozenset(folded(w) for w in (*WEEKDAYS, *DAY_WORDS))


def _family_name_before_role(word: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the definite word between an Arabic person's name and the role word after it
    is the name's family name, a common word without its article too («أحمد الفهد الصباح
    رئيس»: morning) but not as written (المعرض): no title, role, function word, nationality,
    place or time word, and no other mention's."""
    if not _definite(word) or not word.isalpha() or is_demonym(word):
        return False
    if is_common(word, "ar"):
        return False  # «مشرف المعرض رئيس»: a common word as written (not only without «ال»)
    key = folded(word)
    if key in _time_words():
        return False  # «استقبل محمد بن نايف الأربعاء نائب الرئيس»: a day, no family
    if key in _title_and_role_words() or normalize(word) in function_words():
        return False
    if name_patterns().get(("ar", key)) or normalize(word) in late_forms():
        return False
    known = lookup(word)
    if (known is not None and known.type != "PER") or cldr_place(word, "ar") is not None:
        return False
    end = m.end + 1 + len(word)
    return not any(o is not m and o.start < end and m.end < o.end for o in mentions)


def _opens_a_role(word: str) -> bool:
    """Whether an Arabic word opens the role or professional description written after a
    person's name: the recogniser's role words (المتحدث, رئيس) or the appositive ones it lacks
    (data/gazetteers/appositive_roles_ar.tsv: استشاري, أخصائية)."""
    appositive = word_lists("appositive_roles_ar.tsv").get("ar", frozenset())
    return folded(word) in role_words()["role"] or normalize(word) in appositive


def _nisba_family_name(text: str, word: str, m: Mention, mentions: list[Mention]) -> bool:
    """Whether a definite nisba (ال … ي: «المدني», «الشهري») between an Arabic person's name and
    the role after it is the name's family name although it is also a common adjective (civil,
    monthly; `_family_name_before_role` refuses common words): the text never writes it
    but after the name (not «الدفاع المدني» elsewhere), and it is no nationality, place, time,
    title, role or function word, nor another mention's (quotes_dev47c.tsv, «ازدهار عبدالسلام
    المدني استشاري»)."""
    bare = normalize(word)
    if not (
        _definite(word) and word.isalpha() and bare.endswith(normalize("ي")) and len(bare) >= 5
    ):
        return False
    if not _a_repeated_family_name(word) or not _only_after_the_name(text, m.text, word):
        return False
    end = m.end + 1 + len(word)
    return not any(o is not m and o.start < end and m.end < o.end for o in mentions)


def _imperfect_plural_verb(word: str) -> bool:
    """Whether an Arabic word has the shape of an imperfect verb in the masculine plural
    («يرافقون»: ي … ون, five letters or more; not ت …, which opens many transliterated names,
    «تيليرسون») and no gazetteer names it."""
    bare = normalize(word)
    return len(bare) >= 5 and bare[0] in "يی" and bare.endswith("ون") and lookup(word) is None


def with_family_names_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people grown over the family name the tagger left after them
    (`_family_name_ending_at`)."""
    out = []
    for m in mentions:
        end = _family_name_ending_at(text, m, mentions) if m.type == "PER" else None
        if end is not None:
            m = Mention(m.start, end, text[m.start : end], m.type, m.canonical)
        out.append(m)
    return out


_NEXT_WHOLE_WORD = re.compile(rf" ({_WORD}+)(?!\S)")


def _family_named_elsewhere(text: str, m: Mention, shorts: set[tuple[str, str]]) -> int | None:
    """Where an Arabic person's name of two or three words ends when the word after it is
    the family name the document writes elsewhere after the same given name, the middle
    name dropped («خالد محفوظ» + «بحاح», with «خالد بحاح» elsewhere), and may be a family
    name (`_family_name_before_speech`)."""
    words = m.text.split()
    after = _NEXT_WHOLE_WORD.match(text, m.end)
    if after is None or not 2 <= len(words) <= 3:
        return None
    family = after.group(1)
    if (words[0], family) not in shorts or not _family_name_before_speech(family):
        return None  # «وولي ولي» + «عهده»: a pronoun on a noun names no family
    return after.end(1)


def with_middle_named_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people grown over the family name the tagger left after their given and
    middle names, where the document also writes the given name with that family name
    alone (`_family_named_elsewhere`); a mention of the family name so covered goes."""
    shorts = {
        (words[0], words[1])
        for m in mentions
        if m.type == "PER" and len(words := m.text.split()) == 2
    }
    grown: list[Mention] = []
    for m in mentions:
        end = _family_named_elsewhere(text, m, shorts) if m.type == "PER" else None
        if end is not None:
            m = Mention(m.start, end, text[m.start : end], "PER", m.canonical)
        grown.append(m)
    return [
        m
        for m in grown
        if not any(g is not m and g.start <= m.start and m.end <= g.end for g in grown)
    ]


_NEXT_NAME_WORD = re.compile(rf" ({_WORD}+)(?!{_WORD})")


@cache
def speaker_roles() -> frozenset[str]:
    """The Arabic role words the quotes stage reads before a speaker's name (`ROLE_WORDS` of
    `rasad.lang.quotes`: مدير, أمير, المدرب), normalized; the recogniser's own role list is
    shorter."""
    return frozenset(normalize(w) for w in QUOTE_WORDS.ROLE_WORDS.get("ar", []))


def _a_repeated_family_name(word: str) -> bool:
    """Whether a word after a person's name may be its family name when the text writes the
    two together twice or more: a common word too («آمال ماهر»: skilled), since the repetition
    is the evidence, but no function, role, title or pattern word, nationality, place, day,
    speech verb, word behind a preposition or conjunction, or verb-like imperfect form."""
    key, bare = folded(word), normalize(word)
    if len(re.sub(r"[\u0640\u064B-\u065F\u0670]", "", word)) < 2:
        return False  # a tatweel written as a dash («آل سعود ـ حفظه الله ـ»), no name
    if not _name_word(word, "ar", True) or is_demonym(word) or bare in function_words():
        return False
    if word.startswith("و") and bare not in waw_names():
        return False
    if key in _title_and_role_words() or name_patterns().get(("ar", key)):
        return False
    if bare in speaker_roles() or strip_article(bare) in speaker_roles():
        return False  # «حسين بن علي بن فردان مدير فروع المنطقة»
    if key in _time_words() or opens_arabic_speech(word) or bare in late_forms():
        return False
    if key[:1] in "بلفك" and (is_common(word[1:], "ar") or key[1:3] == "ال"):
        return False  # بالمركز, لشؤون, كمدير
    known = lookup(word)
    if (known is not None and known.type != "PER") or cldr_place(word, "ar") is not None:
        return False
    return not (bare[:1] in "يیتن" and len(bare) >= 4 and known is None)  # يؤكد, تشير


def _only_after_the_name(text: str, name: str, word: str) -> bool:
    """Whether every whole-word `word` of the text follows `name`: a common word that the
    text also writes alone («جوارديولا عقب» and «عقب انتهاء اللقاء», «العمل السينمائي») is
    read as written, not as a family name."""
    alone = re.compile(rf"(?<!{_WORD}){re.escape(word)}(?!{_WORD})")
    named = re.compile(rf"(?<!{_WORD}){re.escape(name + ' ' + word)}(?!{_WORD})")
    return len(alone.findall(text)) == len(named.findall(text))


def _name_written_on_twice(text: str, m: Mention, mentions: list[Mention]) -> int | None:
    """Where an Arabic person's name ends when the word after it is a family name the text
    writes right after the same name at least twice («شدت المطربة المصرية آمال ماهر …» and
    «واعتبرت المصرية آمال ماهر»: the tagger keeps «آمال» only), and no other mention holds
    that word (`_a_repeated_family_name`); a common word must follow the name wherever
    the text writes it (`_only_after_the_name`)."""
    after = _NEXT_NAME_WORD.match(text, m.end)
    if after is None or not _a_repeated_family_name(word := after.group(1)):
        return None
    phrase = re.compile(rf"(?<!{_WORD}){re.escape(m.text + ' ' + word)}(?!{_WORD})")
    if len(phrase.findall(text)) < 2:
        return None
    common = is_common(strip_article(normalize(word)), "ar") or is_common(word, "ar")
    if common and not _only_after_the_name(text, m.text, word):
        return None
    end = after.end(1)
    if any(o is not m and o.start < end and m.end < o.end for o in mentions):
        return None
    return end


def _ends_a_longer_person(m: Mention, mentions: list[Mention]) -> bool:
    """Whether a person's name is the last words of a longer person mention of the document
    («ديل» of «ألبرت ديل»): a later short reference to that person, which grown over the word
    after it («ديل روساريو») would part from the longer name."""
    words = m.text.split()
    return any(
        o.type == "PER" and len(n := o.text.split()) > len(words) and n[-len(words) :] == words
        for o in mentions
    )


def with_names_written_twice(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people grown over the family name the tagger left after them where the text
    writes the whole name twice (`_name_written_on_twice`), when every person mention
    written alike grows and none ends a longer person's name (`_ends_a_longer_person`):
    one left short («قال نيك شاند راويا» beside «نيك شاند سيني» twice) would part the person
    into two entities."""
    ends = [
        _name_written_on_twice(text, m, mentions) if m.type == "PER" else None for m in mentions
    ]
    short = {
        m.text for m, end in zip(mentions, ends, strict=True) if m.type == "PER" and end is None
    }
    short |= {m.text for m in mentions if m.type == "PER" and _ends_a_longer_person(m, mentions)}
    return [
        Mention(m.start, end, text[m.start : end], m.type, m.canonical)
        if end is not None and m.text not in short
        else m
        for m, end in zip(mentions, ends, strict=True)
    ]


_DEFINITE_BEFORE = re.compile(rf"(?<!\S)(ال{_WORD}+)\s+$")


def _adjective_of_noun_before(text: str, m: Mention) -> bool:
    """Whether a one-word definite adjective of origin (…ي, …ية) right after a definite noun
    that is no title or calling agrees with that noun («الالتهاب الفيروسي», «الكبد
    الفيروسي»): an adjective, no family name («الدكتور الميموني» follows a title)."""
    word = m.text
    if " " in word or not _definite(word) or not normalize(word).endswith(NISBA_ENDINGS):
        return False
    noun = _DEFINITE_BEFORE.search(text, max(0, m.start - 30), m.start)
    if noun is None or _titles_a_name(noun.group(1)) or is_demonym(noun.group(1)):
        return False
    bare = strip_article(normalize(noun.group(1)))
    return is_common(noun.group(1), "ar") or is_common(bare, "ar")


def without_adjectives_as_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic one-word «people» that are the adjective of the noun before them («التهاب الكبد
    الفيروسي»: viral), where the document names no person whose name ends with the word."""
    surnames = {m.text.split(" ")[-1] for m in mentions if m.type == "PER" and " " in m.text}
    return [
        m
        for m in mentions
        if not (
            m.type == "PER"
            and m.canonical is None
            and m.text not in surnames
            and _adjective_of_noun_before(text, m)
        )
    ]


@cache
def person_nouns_ar() -> frozenset[str]:
    """Arabic common nouns for a person that open no name (data/gazetteers/person_nouns_ar.tsv:
    «فنان», «شاعر», «لاعب»), normalized."""
    return word_lists("person_nouns_ar.tsv").get("ar", frozenset())


def _a_given_name(word: str) -> bool:
    """Whether a word, with or without its article, is a given name of the Arabic or Persian
    lists (الحسن, سعید)."""
    bare = strip_article(normalize(word))
    given = arabic_given_names()
    return normalize(word) in given or bare in given or folded(bare) in persian_given_names()


def noun_and_adjective(text: str) -> bool:
    """Whether an Arabic two-word person mention no list knows is a noun and its adjective, no
    given and family name: both words definite and the first no given name («الحكم الديمقراطي
    الصالح», "good democratic governance", snn-2015-08-01-01048; «الغواص الأولمبي», "the Olympic
    diver"), or an indefinite common noun for a person before an indefinite word («فنان قدير»,
    "an able artist": `person_nouns_ar`)."""
    words = re.sub(r"[\u0640\u064B-\u065F\u0670]", "", text).split()
    if len(words) != 2 or lookup(text) is not None or _a_given_name(words[0]):
        return False
    first, second = words
    if _definite(first) and _definite(second):
        return True
    return (
        not _definite(second)
        and normalize(first) in person_nouns_ar()
        and lookup(second) is None
        and not _a_given_name(second)
    )


def without_noun_adjective_people(mentions: list[Mention]) -> list[Mention]:
    """Arabic people of two words no list knows that are a noun and its adjective
    (`noun_and_adjective`): no mention at all; unless another person of the document ends with
    the same word, a family name then («العابد الحازمي وناصر الحازمي», snn-2015-08-03-00731)."""
    # each name once: a phrase the document repeats («النابغة الذبياني» ×3) is no family
    names = {m.text for m in mentions if m.type == "PER" and " " in m.text}
    last_words = [name.split()[-1] for name in names]
    return [
        m
        for m in mentions
        if not (
            m.type == "PER"
            and m.canonical is None
            and noun_and_adjective(m.text)
            and last_words.count(m.text.split()[-1]) < 2
        )
    ]


# an English acronym in the plural counts things, it names none (MPs, TVs, PDAs, PSPs)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def join_ampersands(text: str, mentions: list[Mention]) -> list[Mention]:
    """English names joined by an ampersand are one organization (Standard & Poor's, Axa
    Equity & Law): the mentions on both sides, or a mention and the capitalised word after it,
    become one ORG."""
    out: list[Mention] = []
    for m in mentions:
        if out and _AMPERSAND.fullmatch(text[out[-1].end : m.start]) and m.canonical is None:
            prev = out.pop()
            out.append(Mention(prev.start, m.end, text[prev.start : m.end], "ORG"))
            continue
        out.append(m)
    joined = []
    for m in out:
        tail = _AMPERSAND_TAIL.match(text, m.end)
        if tail and not any(o.start < tail.end() and m.end < o.end for o in out):
            end = tail.end(1)
            m = Mention(m.start, end, text[m.start : end], "ORG")
        joined.append(m)
    return joined


_CONJOINED_HEAD = re.compile(r"\b[Tt]he ([A-Z][a-z]+) and $")


def join_conjoined_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """An English organization whose name ends on a word for a body and is written after "the X
    and" is named from X on (the Transport and General Workers Union, the Public and
    Commercial Services Union; name_patterns.tsv `body_end`), unless X names a place or a
    nationality (the British and Irish Lions): a mention of X alone is dropped."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        head = _CONJOINED_HEAD.search(text, max(0, m.start - 40), m.start)
        if (
            head is None
            or m.type != "ORG"
            or m.canonical is not None
            or len(words) < 2
            or name_patterns().get(("en", folded(words[-1])), ("",))[0] != "body_end"
            or lookup(head.group(1)) is not None
            or demonym_of(head.group(1), "en") is not None
        ):
            out.append(m)
            continue
        start = head.start(1)
        out = [o for o in out if not (start <= o.start and o.end <= m.start)]
        out.append(Mention(start, m.end, text[start : m.end], "ORG"))
    return out


_AMPERSAND = re.compile(r" ?& ?")
_AMPERSAND_TAIL = re.compile(r" ?& ?([A-Z][\w']*(?:'s)?)")


_POSSESSIVE_INSIDE = re.compile(r"['’]s ")  # a possessive a name's span runs on after


@cache
def english_places_listed() -> frozenset[str]:
    """English forms (as `plain` reads them) of the US states and GeoNames cities the linker
    reads places by (us_states.tsv, places_linked_cities.tsv)."""
    paths = ("gazetteers/us_states.tsv", "gazetteers/places_linked_cities.tsv")
    return frozenset(
        plain(form)
        for path in paths
        for _, _, *cells in read_table(path)
        for form in (cells[2] if len(cells) > 2 else "").split("|")
        if form
    )


def _a_listed_name_en(name: str) -> bool:
    """Whether an English name is a gazetteer entry, a CLDR place or a listed US state or city."""
    return (
        lookup(name) is not None
        or cldr_place(name, "en") is not None
        or plain(name) in english_places_listed()
    )


def possessives_end_spans(mentions: list[Mention]) -> list[Mention]:
    """An English mention running over a possessive ends before it: "Trump's West Virginia
    rally" (ntrex-en-newsweek.51310) names West Virginia, and Trump is a mention of his own.
    Only where the words after the possessive are a listed name and the possessor is no common
    word ("People's Republic of China", "Children's Hospital" stay whole); the possessor stays
    a mention only when a list knows it (a surname alone is found again by the entities stage
    as its full name's)."""
    out = []
    for m in mentions:
        found = _POSSESSIVE_INSIDE.search(m.text)
        head = m.text[found.end() :] if found else ""
        owner = m.text[: found.start()] if found else ""
        if not found or not _a_listed_name_en(head) or is_common(owner.lower(), "en"):
            out.append(m)
            continue
        listed = lookup(owner)
        if listed is not None:
            end = m.start + len(owner)
            out.append(Mention(m.start, end, owner, listed.type, listed.name))
        entry = lookup(head)
        start = m.start + found.end()
        kind, name = (entry.type, entry.name) if entry else (m.type, None)
        out.append(Mention(start, m.end, head, kind, name))
    return out


def drop_capitalised_openings(
    text: str, mentions: list[Mention], openings: set[int]
) -> list[Mention]:
    """English one-word mentions that are a common word capitalised because a sentence starts
    with it (Life insurer …, Somebody said), unless a gazetteer names it or the document also
    writes it capitalised where no sentence starts (Sun … maintained by Sun)."""
    longer = [(m.start, m.end) for m in mentions if " " in m.text]
    elsewhere = {  # not where a sentence starts, nor inside a longer name (Axa Sun Life)
        found.group()
        for found in re.finditer(r"\b[A-Z][\w'-]*", text)
        if found.start() not in openings and not any(a <= found.start() < b for a, b in longer)
    }
    return [
        m
        for m in mentions
        if not (
            m.start in openings
            and " " not in m.text
            and m.canonical is None
            and m.text not in elsewhere
            and is_common(m.text.lower(), "en")
        )
    ]


OUTLET_DESCRIPTORS = ("صحيفة ", "جريدة ")
BYLINE_CHARS = 150  # a byline is a first line this short
BYLINE_PART = re.compile(r"[^–—\-:\n]+")
MAX_BYLINE_NAME = 3  # words of a reporter's name


@cache
def outlet_names() -> dict[str, GazetteerEntry]:
    """The Arabic-script names of the packaged outlet profiles (data/outlets/outlets.csv), as
    `plain` reads them, without «صحيفة»/«جريدة» → an ORG entry named as the profile."""
    table = resources.files("rasad.data").joinpath("outlets/outlets.csv").read_text("utf-8")
    out: dict[str, GazetteerEntry] = {}
    for row in csv.DictReader(table.splitlines()):
        for alias in row["aliases"].split("|"):
            if alias and not alias.isascii():
                for descriptor in OUTLET_DESCRIPTORS:
                    alias = alias.removeprefix(descriptor)
                out.setdefault(plain(alias), GazetteerEntry("ORG", row["name"]))
    return out


@cache
def outlet_arabic_names() -> dict[str, frozenset[str]]:
    """Each outlet profile's name → its Arabic-script names, as `plain` reads them, without
    «صحيفة»/«جريدة» (Al-Jazirah: «الجزيرة»)."""
    table = resources.files("rasad.data").joinpath("outlets/outlets.csv").read_text("utf-8")
    out: dict[str, set[str]] = {}
    for row in csv.DictReader(table.splitlines()):
        for alias in row["aliases"].split("|"):
            if alias and not alias.isascii():
                for descriptor in OUTLET_DESCRIPTORS:
                    alias = alias.removeprefix(descriptor)
                out.setdefault(row["name"], set()).add(plain(alias))
    return {name: frozenset(names) for name, names in out.items()}


def named_as_own_outlet(mention: Mention, outlet: str | None) -> Mention:
    """A mention linked to another outlet whose one word is the name of the document's own
    outlet (`outlet_arabic_names`) as that outlet: Al-Jazirah's «تلقت (الجزيرة) نسخةً» cites
    the paper itself, not the channel Al Jazeera (snn-2015-08-01-00305)."""
    if (
        outlet is None
        or mention.type != "ORG"
        or mention.canonical in (None, outlet)
        or mention.canonical not in outlet_canonicals()
        or " " in mention.text.strip()
    ):
        return mention
    own = outlet_arabic_names().get(outlet, frozenset())
    return replace(mention, canonical=outlet) if plain(mention.text) in own else mention


@cache
def outlet_canonicals() -> frozenset[str]:
    """The names of the outlet profiles the recognizer names mentions after."""
    return frozenset(entry.name for entry in outlet_names().values())


@cache
def common_body_heads() -> frozenset[str]:
    """Common nouns that open a body's own name (data/gazetteers/common_body_heads_ar.tsv),
    as `plain` reads them."""
    return frozenset(plain(word) for (word,) in read_table("gazetteers/common_body_heads_ar.tsv"))


@cache
def paper_words() -> frozenset[str]:
    """The words for a newspaper an outlet's name follows (`OUTLET_DESCRIPTORS`), `plain`."""
    return frozenset(plain(word.strip()) for word in OUTLET_DESCRIPTORS)


_WORD_THEN_SPACE = re.compile(r"([^\W\d_]+)\s+$")


def outlets_after_common_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """An outlet's one-word name read after a word: after a common noun that opens a body's
    own name (`common_body_heads`: «صاحب مصنع الجزيرة», a dates factory, snn-2015-08-01-00930)
    the body «مصنع الجزيرة», no outlet; after «صحيفة»/«جريدة» the paper the outlet profiles
    give that name («جريدة الجزيرة» is Al-Jazirah, not the channel Al Jazeera)."""
    out = []
    for m in mentions:
        before = _WORD_THEN_SPACE.search(text, max(0, m.start - 20), m.start)
        if m.type != "ORG" or m.canonical not in outlet_canonicals() or " " in m.text or not before:
            out.append(m)
            continue
        head = before.group(1)
        bare = [plain(head), *arabic_bare(plain(head))]
        if any(word in paper_words() for word in bare):
            paper = outlet_names().get(plain(m.text))
            out.append(replace(m, canonical=paper.name) if paper else m)
        elif any(word in common_body_heads() for word in bare):
            start = before.start(1)
            out.append(Mention(start, m.end, text[start : m.end], "ORG"))
        else:
            out.append(m)
    return out


@cache
def outlet_common_words() -> frozenset[str]:
    """Outlet names that are also common nouns (data/gazetteers/outlets_common_words_ar.tsv:
    «الجزيرة», the island), as `plain` reads them."""
    return frozenset(plain(w) for _, w, _ in read_table("gazetteers/outlets_common_words_ar.tsv"))


# what tells a reader an outlet is meant: a mark or «لـ» right before the name, a word for an
# outlet or for what it reported one word before, or the outlet's own words right after it
# or the name opening a line, the paper's own report («الجزيرة تجولت في الأودية»,
# snn-2015-08-04-00419)
_OUTLET_MARK_BEFORE = re.compile(r"(?:[«“”\"'(\[]|ل\u0640*|لـ|^|\n)\s*$")
_OUTLET_WORD_BEFORE = re.compile(
    r"(?:قناة|شبكة|موقع|صحيفة|جريدة|وكالة|مصادر|مصدر|علمت|ذكرت|أفادت|نشرت|أوردت|مراسل|مراسلة"
    r"|لقناة|بقناة|لشبكة|بشبكة|لموقع|بموقع)\s+$"
)
_OUTLET_WORD_AFTER = re.compile(
    r"\s*(?:[»”\")\]]|\.?\s?نت\b|الفضائية|الإخبارية|الاخبارية|مباشر|الوثائقية|الرياضية|الإنجليزية|الانجليزية)"
)


def outlet_cued(text: str, start: int, end: int) -> bool:
    """Whether a name at text[start:end] is written as an outlet's: a quote mark or bracket,
    «لـ» or a line's start right before it, a word for an outlet or what it reported one word
    before, «نت» or «الفضائية» (or a closing mark) right after it."""
    before = text[max(0, start - 12) : start]
    return bool(
        _OUTLET_MARK_BEFORE.search(before)
        or _OUTLET_WORD_BEFORE.search(before)
        or _OUTLET_WORD_AFTER.match(text, end)
    )


def outlets_named_by_common_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """An outlet's one-word mention whose word is also a common noun (`outlet_common_words`:
    «الجزيرة», the island), written with no outlet cue (a quote mark or bracket, «لـ», a word
    for an outlet or what it reported before it, «نت» or «الفضائية» after it) in a document
    that writes no cued mention of it: the noun, no entity («في أنحاء الجزيرة», "all over the
    island", snn-2015-08-01-01043)."""

    def cued(m: Mention) -> bool:
        return outlet_cued(text, m.start, m.end)

    bare = [
        m
        for m in mentions
        if m.type == "ORG" and m.canonical and plain(m.text) in outlet_common_words()
    ]
    outlets_cued = {m.canonical for m in bare if cued(m)}
    return [
        m for m in mentions if not (m in bare and not cued(m) and m.canonical not in outlets_cued)
    ]


def add_byline(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic article's byline, a short first line (or the first line up to a colon) of parts
    between dashes («فيصل المخلفي – عين اليوم», «محمود الحمد– سبق– الرياض:»): a part that is an outlet's name is that outlet; a
    part of two or three name words (not common, no stop word) is the reporter."""
    first = text[:BYLINE_CHARS].split("\n", 1)[0]
    if ":" in first:  # «علي حفول- سبق- نجران: أكد …» runs on after its colon
        first = first[: first.index(":")]
    elif len(first) == BYLINE_CHARS:
        return mentions
    parts = [(m.start(), m.end()) for m in BYLINE_PART.finditer(first)]
    if len(parts) < 2 or not re.search("[–—\\-]", first):
        return mentions
    added = []
    for a, b in parts:
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not text[b - 1].isalnum():
            b -= 1
        surface = text[a:b]
        words = surface.split()
        if not words or any(m.start < b and a < m.end for m in mentions):
            continue
        entry = outlet_names().get(plain(surface))
        if entry is not None:
            added.append(Mention(a, b, surface, "ORG", entry.name))
        elif 2 <= len(words) <= MAX_BYLINE_NAME and all(
            _name_word(w, "ar", False) and not is_not_name(w, "ar") for w in words
        ):
            added.append(Mention(a, b, surface, "PER"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# An outlet's name in quotes after the preposition ل (لـ«عكاظ», "told Okaz"), the article
# written apart (الـ«الشرق الأوسط», since session 49), a word for a newspaper or channel (صحيفة
# “آس”), its reporter (مراسل «الشرق الأوسط»), or a word for its sources or what it learnt or
# reported (مصادر "الوطن", علمت «عكاظ», ذكرت "الرياض")
QUOTED_OUTLET = re.compile(
    r"(?:(?<![\w\u0640])(?:ال\u0640+|ل\u0640*)\s?|(?:صحيفة|جريدة|قناة|موقع|وكالة|مصادر|مصدر|علمت|ذكرت|أفادت"
    r"|نشرت|أوردت|مراسل|مراسلة)\s*)[«“”\"]\s*([^»“”\"\n]{2,40}?)\s*[»”\"]"  # ” opens one too
)


def add_quoted_outlets(text: str, mentions: list[Mention]) -> list[Mention]:
    """Outlets named in quotes after ل or a word for a newspaper (لـ«الشرق الأوسط», صحيفة
    «الوطن»): the outlet profiles' Arabic names, common words included (الوطن, اليوم), since the
    quotes and the preposition say a paper is meant; a mention found there (الشرق الأوسط, the
    region) gives way."""
    added = []
    for found in QUOTED_OUTLET.finditer(text):
        a, b = found.span(1)
        entry = outlet_names().get(plain(text[a:b]))
        if entry is not None:
            added.append(Mention(a, b, text[a:b], "ORG", entry.name))
    if not added:
        return mentions
    return with_added(mentions, added, overlapping=True)


# A name in quotes (slashes, brackets) right after a word for a company, club, paper, channel,
# agency, party, group or society: شركة "سوني", نادي "سب-أكوا", صحيفة "تليغراف", حزب "المؤتمر
# الوطني الافريقي", جماعة (الاعتصام بالكتاب والسنة) (not a site: موقع "مساند" is a service; not a
# band: ANERcorp leaves فرقة "موسيقى قديمة" untagged)
QUOTED_NAME = re.compile(
    r"(?<![\w\u0640])[وفبل]?(?:شركة|نادي|نادى|صحيفة|جريدة|مجلة|قناة|وكالة|حزب|جماعة|حركة"
    r"|منظمة|تنظيم|جمعية|مؤسسة)\s*"
    r"(?:[«“”\"]\s*([^«»“”\"/()\n]{2,40}?)\s*[»”\"]|/([^«»“”\"/()\n]{2,40}?)/"
    r"|\(\s*([^«»“”\"/()\n]{2,40}?)\s*\))"
)
MAX_QUOTED_NAME_WORDS = 5  # سكاي تي جي 24, المناضلين من أجل الحرية الاقتصادية

# The same in Persian: a name in quotes right after a word for a paper, channel, agency, site,
# party or company (شبکه خبری «ال‌بی‌سی لبنان», روزنامه «نیویورک تایمز», حزب «اتحاد ملی»)
QUOTED_NAME_FA = re.compile(
    r"(?<![\w\u200c])(?:روزنامه|نشریه|هفته‌نامه|ماهنامه|مجله|شبکه|خبرگزاری|خبرگزاري|پایگاه"
    r"|سایت|تلویزیون|رادیو|حزب|شرکت|شركت|گروه تروریستی)(?: (?:خبری|خبري|اینترنتی|تلویزیونی"
    r"|ماهواره‌ای|اطلاع‌رسانی|اینترنتی|آمریکایی|انگلیسی|عربی|فرانسوی|آلمانی|روسی|ترکیه‌ای"
    r"|لبنانی|عراقی|سعودی|صهیونیستی|اسرائیلی))? ?[«\"“]\s*([^«»“”\"\n]{2,40}?)\s*[»\"”]"
)


def add_persian_quoted_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Persian bodies named in quotes right after a word for their kind (QUOTED_NAME_FA): an
    organization of one to five words; mentions inside the quotes give way."""
    added = []
    for found in QUOTED_NAME_FA.finditer(text):
        a, b = found.span(1)
        if len(text[a:b].split()) > MAX_QUOTED_NAME_WORDS or not any(
            c.isalpha() for c in text[a:b]
        ):
            continue
        if any(m.start < a and a < m.end or m.start < b and b < m.end for m in mentions):
            continue  # a mention runs across the quote marks
        added.append(Mention(a, b, text[a:b], "ORG"))
    if not added:
        return mentions
    return with_added(mentions, added)


def add_quoted_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organization named in quotes right after its descriptor (`QUOTED_NAME`: شركة
    "سوني", نادي "سب-أكوا"): the quotes and the word before them say a name is meant, common
    word or not; a mention inside the quotes without a gazetteer name gives way, and the
    descriptor word found alone as a name («نادي») is dropped."""
    added = []
    for found in QUOTED_NAME.finditer(text):
        group = next(g for g in (1, 2, 3) if found.group(g))
        a, b = found.span(group)
        name = text[a:b]
        if (
            not name[:1].isalpha()
            or len(name.split()) > MAX_QUOTED_NAME_WORDS
            or is_not_name(name, "ar")
            or any(m.start < b and a < m.end and m.canonical is not None for m in mentions)
        ):
            continue
        added.append(Mention(a, b, name, "ORG", announced=True))
    if not added:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(x.start < m.end and m.start < x.end for x in added)
        and not any(_descriptor_of(text, m, x) for x in added)
    ]
    return sorted(kept + added, key=lambda m: m.start)


def _descriptor_of(text: str, m: Mention, name: Mention) -> bool:
    """Whether a one-word mention is the word announcing a quoted name (نادي "سب-أكوا")."""
    return (
        m.canonical is None
        and " " not in m.text
        and m.end <= name.start
        and not text[m.end : name.start].strip(' \t«“”"/')
    )


# a short name in brackets or quotes up to three words after an organization's name, nothing
# between but words: "جمعية المكفوفين الخيرية بمنطقة الرياض (كفيف)", "هيئة … (نزاهة)"
_BRACKETED = re.compile(
    r"((?:\s+[^\s()«»\"“”.,،:؛]+){0,3})\s*"
    r"(?:\(\s*([^\s\d()]{2,15})\s*\)|«\s*([^\s\d«»]{2,15})\s*»|\"([^\s\d\"]{2,15})\")"
)


def add_bracketed_abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic organization's short name given in brackets or quotes right after its name of
    three words or more, or after the place that name ends on (`_BRACKETED`: شركة بترول أبوظبي
    الوطنية (أدنوك), … بمنطقة الرياض (كفيف); not «حزب العمال بتنفيذ "خصومات"»), is a mention
    of an organization, unless a common word (متوسطة المطرقة «بنات», the girls' school)."""
    added = []
    places = {p.end for p in mentions if p.type in PLACE_TYPES}
    for m in mentions:
        found = _BRACKETED.match(text, m.end) if _long_organization(m) else None
        if found is None or (found.group(1).strip() and found.end(1) not in places):
            continue  # right after the name, or after the place it is named with
        group = next(g for g in (2, 3, 4) if found.group(g))
        a, b = found.span(group)
        if is_common(text[a:b], "ar") or any(x.start < b and a < x.end for x in mentions + added):
            continue
        added.append(Mention(a, b, text[a:b], "ORG", announced=True))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _long_organization(m: Mention) -> bool:
    """An organization named in three words or more: an official name, given a short one."""
    return m.type == "ORG" and len(m.text.split()) >= 3


@cache
def name_patterns() -> dict[tuple[str, str], tuple[str, str]]:
    """(lang, folded word) → (kind, type) of the words that announce a name
    (data/gazetteers/name_patterns.tsv: "head" words begin an organization's name, a
    "descriptor" or "classifier" stands before a name of its type, a "definite" one only
    before a definite name, a "stop" word is never part of such a name)."""
    return {
        (lang, folded(word)): (kind, kind_type)
        for lang, kind, word, kind_type in read_table("gazetteers/name_patterns.tsv")
    }


# kinds before a name ("after": a word for someone of the organization named next, a definite
# word: مدرب الهلال "the coach of Al-Hilal", never مدرب جديد "a new coach")
ANNOUNCING = frozenset(["head", "descriptor", "classifier", "definite", "after", "list"])
# "article_head" words announce a name only with their article (`definite_head_span`)
MAX_LISTED = 6  # names a plural descriptor announces (أندية الأهلي، الاتحاد، والنصر)
MAX_HEAD_WORDS = 4  # definite words an Arabic head word's name runs on for


def _name_word(word: str, lang: str, common_ok: bool) -> bool:
    """A word that may be (part of) a name after a pattern word: letters, not a conjunction,
    preposition or other stop word, not a title, and (unless `common_ok`) not a common word
    of the language."""
    key = folded(word)
    if not word.isalpha() or key in EDGE_WORDS or key in role_words()["title"]:
        return False
    if name_patterns().get((lang, key), ("",))[0] == "stop":
        return False
    return common_ok or not is_common(word, lang)


def _titles_a_name(word: str) -> bool:
    """A title or calling right before a person's name (الأمير, الملك, اللواء)."""
    key = folded(word)
    return key in role_words()["title"] or name_patterns().get(("ar", key), ("",))[0] == "person"


def _definite(word: str) -> bool:
    return normalize(word).startswith("ال") and len(word) > 3


def pattern_span(
    text: str, tokens: list[tuple[int, int]], k: int, lang: str
) -> tuple[int, int, str] | None:
    """The name token k announces (a head or descriptor word), as (first token, end token,
    type), or None."""
    if k + 1 >= len(tokens):
        return None
    word = _folded(text, tokens[k])
    found = name_patterns().get((lang, word))
    if found is None and lang == "ar":
        definite = [w for w in (word, *arabic_bare(word)) if w.startswith("ال")]  # والمنظمة
        if definite:
            heads = name_patterns().get((lang, definite[0][2:]))
            return definite_head_span(text, tokens, k, heads)
    if found is None and lang == "ar" and word[:1] in PROCLITICS:  # بمنطقة, لوزارة
        found = name_patterns().get((lang, word[1:]))
    if found is None or found[0] not in ANNOUNCING:
        return None
    kind, kind_type = found
    words = [text[s:e] for s, e in tokens]
    nxt = words[k + 1]
    if kind in ("definite", "after", "list") and not _definite(nxt):
        return None  # «حي العليا» is a district, «حي يرزق» "alive", «حي عشوائي» a slum
    if kind == "list" and is_common(nxt, lang):
        return None  # أندية الدرجة الأولى: a division, no club
    if kind in ("after", "list"):
        kind = "descriptor"
    if kind in ("descriptor", "classifier", "definite"):
        if kind != "descriptor":
            # a place name is common only with its article (الجوف), a generic noun without it
            # too (العمليات, الحدود): the bare word decides; an indefinite feminine word after
            # the classifier is an adjective (منطقة عازلة, منطقة رملية)
            nxt_bare = strip_article(normalize(nxt)) if lang == "ar" else nxt
            adjective = lang == "ar" and not _definite(nxt) and normalize(nxt).endswith("ه")
            ok = _name_word(nxt, lang, True) and not is_common(nxt_bare, lang) and not adjective
        else:
            ok = _name_word(nxt, lang, lang != "ar" or _definite(nxt))
        if not ok or is_demonym(nxt):
            return None
        # a classifier of place names opens the name (محافظة شمال سيناء): the word after it too
        if (
            kind != "descriptor"
            and k + 2 < len(words)
            and is_name_head(nxt, lang)
            and _name_word(words[k + 2], lang, True)
        ):
            return k + 1, k + 3, kind_type
        return k + 1, k + 2, kind_type
    if lang == "ar":  # head + definite words: وزارة العمل, هيئة حقوق الإنسان
        if not _name_word(nxt, lang, _definite(nxt)):
            return None
        end, joined = k + 2, False
        while end < len(words) and end - k <= MAX_HEAD_WORDS:
            if _definite(words[end]) and _name_word(words[end], lang, True):
                if joined and not _an_adjective_of_a_body(words[end]):
                    break  # after «و» only adjectives: والتراث الوطني, والادعاء العام
                end += 1
            elif _joined_name_word(words, end):
                end, joined = end + 1, True  # وزارة الثقافة والإعلام, هيئة الإذاعة والتلفزيون
            elif _titles_a_name(words[end - 1]) and _name_word(words[end], lang, False):
                end += 1  # a title's name is the name's: متنزه الأمير سلطان, جامعة الملك سعود
            else:
                break
        return k, end, kind_type
    if not _name_word(nxt, lang, False):
        return None
    return k, k + 2, kind_type


CONJOINED_PLURAL_ENDINGS = ("ین", "ات")  # normalized -ين, -ات (not -ون: التلفزيون)
# prepositions a participle or verbal noun after «و» governs (والمشرف على, والتنسيق مع): that
# word opens a clause, it continues no body's name («مصلحة الزكاة والدخل في» does)
_GOVERNED_AFTER_CONJUNCT = frozenset(folded(w) for w in ("على", "مع", "عن", "إلى"))


def _arabic_demonym(word: str) -> bool:
    """Whether a word is an Arabic adjective of a known place (التركية, والسعودي's السعودي)."""
    return demonym_of(word, "ar") is not None


def _joined_name_word(words: list[str], i: int) -> bool:
    """Whether word i, definite and joined by «و», continues the name of a body after its head
    word (وزارة الثقافة [والإعلام]): the word before it definite and no title, and the word
    itself no head of another body's name (والهيئة), no start of a name the gazetteer knows
    (والحرس الوطني, والسعودية) and no nationality."""
    before, word = words[i - 1], words[i]
    before = before[1:] if normalize(before).startswith("وال") else before  # والعمل والضمان
    after = words[i + 1] if i + 1 < len(words) else ""
    key = normalize(word)
    if not key.startswith("وال") or not _definite_or_after_li(before) or _titles_a_name(before):
        return False
    if key.endswith(CONJOINED_PLURAL_ENDINGS):
        return False  # والمقاتلين, والمحافظات: people or things beside the body
    # an adjective of reach closes a body's name (مستشفى الخفجي العام); a nationality after
    # the conjunct makes it another noun phrase (والدولة التركية)
    if body_heads().get(strip_article(folded(before))) in ("adjective_word", "scope_adjective"):
        return False
    if folded(after) in _GOVERNED_AFTER_CONJUNCT and not normalize(word).endswith(NISBA_ENDINGS):
        return False  # an adjective of origin governs no preposition (التقني والمهني عن)
    if _arabic_demonym(after):
        return False
    bare = word[1:]
    if not (_definite(bare) and _name_word(bare, "ar", True)) or _arabic_demonym(bare):
        return False
    two = f"{bare} {words[i + 1]}" if i + 1 < len(words) else bare
    known = lookup(bare) is not None or lookup(two) is not None
    if opens_a_body(bare) or known or cldr_place(bare, "ar") is not None:
        return False
    return _ends_a_body_name(words, i + 1)


# «فإن» (then, that) after a body's name opens a clause, as «أن» and «إن» do
_CLAUSE_OPENERS = _THAT | {folded("فإن")}


def _definite_or_after_li(word: str) -> bool:
    """Whether a word is definite, also after the preposition «ل» that drops the article's
    alif (للغذاء, للسياحة): the word before «و» in «للغذاء والدواء»."""
    return _definite(word) or (normalize(word).startswith("لل") and len(word) > 4)


def _an_adjective_of_a_body(word: str) -> bool:
    """A definite adjective of origin (الطبيعية, الاجتماعي) or of reach (العام)."""
    return _definite(word) and (
        normalize(word).endswith(NISBA_ENDINGS)
        or body_heads().get(strip_article(folded(word))) == "adjective_word"
    )


def _ends_a_body_name(words: list[str], j: int) -> bool:
    """Whether a body's name may end before word j, after the definite adjectives of origin
    (الطبيعية, الاجتماعي) or of reach (العام) there: at the end, a mark, a function word, or a
    word with a proclitic (بمحافظة, لتوفير, و); not before another noun, verb or adjective
    (والبالغ عددهم, والميليشيات القادمة, والجمارك تعملان: the «و» joined no part of the name)."""
    while j < len(words) and _an_adjective_of_a_body(words[j]):
        j += 1
    if j >= len(words) or not words[j].isalpha() or len(words[j]) == 1:
        return True
    word = normalize(words[j])
    if word in function_words() or folded(words[j]) in _BEFORE_NO_NAME:
        return True
    if folded(words[j]) in _CLAUSE_OPENERS or _kind_of(words[j]) == "person":
        return True  # «… والمهني الدكتور علي», «… والآثار فإن»: a person's title, a clause
    if word.startswith("وال"):
        return _joined_name_word(words, j)  # وزارة الصحة والعمل والضمان الاجتماعي
    return word[:1] in "بل" and not word.startswith("ال")


MIN_DEFINITE_HEAD_WORDS = 2  # words after a definite head: اللجنة المنظمة is no name


def definite_head_span(
    text: str, tokens: list[tuple[int, int]], k: int, found: tuple[str, str] | None
) -> tuple[int, int, str] | None:
    """The name an Arabic head word opens with its article (اللجنة الأولمبية الدولية, المنظمة
    الكشفية العالمية), as (first token, end token, type): the head and at least
    `MIN_DEFINITE_HEAD_WORDS` definite adjectives of origin after it (…ي, …ية: a nisba), since
    the head with one adjective, or with a noun or participle, is a generic reference as often
    as a name (اللجنة المنظمة, the organizing committee; الاتحاد المهام, "the union … the
    tasks"), unless a sport's name follows the adjective (الاتحاد الآسيوي لكرة القدم)."""
    body_only = found is None  # المركز الوطني للأرصاد: a body's head only with its article
    if body_only and body_heads().get(_head_key(text[slice(*tokens[k])])) in BODY_RULES:
        found = ("head", "ORG")
    if found is None or found[0] not in ("head", "article_head"):
        return None
    words = [text[s:e] for s, e in tokens]
    end = k + 1
    while end < len(words) and end - k <= MAX_HEAD_WORDS:
        word = words[end]
        if not (_definite(word) and normalize(word).endswith(NISBA_ENDINGS)):
            break
        if not _name_word(word, "ar", True):
            break
        end += 1
    if end - k > 1 and end + 1 < len(words) and _sport_word(words[end]):
        after_event = (
            k > 0 and name_patterns().get(("ar", folded(words[k - 1])), ("",))[0] == "event"
        )
        if not after_event:  # كأس الاتحاد الأفريقي لكرة القدم is a cup
            return (k, end + 2, found[1])  # الاتحاد الآسيوي لكرة القدم: a federation
    if end - k - 1 >= MIN_DEFINITE_HEAD_WORDS and not body_only:
        return (k, end, found[1])  # not المركز المالي الآسيوي: no head word of other names
    return _body_name(text, words, k, end, found[1])


def _joined_words_end(words: list[str], end: int) -> int:
    """Where a body's name ends that goes on over the words it joins with «و» (`_joined_name_word`:
    للغذاء [والدواء], للتدريب التقني [والمهني], للثقافة [والفنون]) and their adjectives."""
    while end < len(words) and _joined_name_word(words, end):
        end += 1
        while end < len(words) and _an_adjective_of_a_body(words[end]):
            end += 1
    return end


def _body_name(
    text: str, words: list[str], k: int, end: int, kind: str
) -> tuple[int, int, str] | None:
    """The name of a public body a head word of body_heads.tsv opens with its article and
    one adjective (words k to end): the adjective alone for an `adjective` head (الحزب
    الديمقراطي), or for a `complement` head an adjective of reach (العامة, الوطني, a
    nationality) with a complement after لل and the definite words after it (الهيئة العامة
    للاستثمار, المركز الوطني للنخيل); the complement no word for an organization or place."""
    rule = body_heads().get(_head_key(words[k]))
    if rule not in BODY_RULES:
        return None
    after = words[end] if end == k + 1 and end < len(words) else ""
    if _definite(after) and body_heads().get(strip_article(folded(after))) == "adjective_word":
        end += 1  # الهيئة العامة, الهيئة العليا
    if end - k - 1 != 1:
        return None
    if rule == "adjective":
        return (k, end, kind)
    adjective = body_heads().get(strip_article(folded(words[end - 1])))
    reach = adjective in ("adjective_word", "scope_adjective") or _of_origin(words[end - 1])
    if reach and end < len(words) and _a_complement(words[end]):
        last = end + 1
        while last < len(words) and last - k <= MAX_HEAD_WORDS and _runs_on(words[last]):
            last += 1  # للطيران المدني, للتدريب التقني; not السابق ("former")
        return (k, _joined_words_end(words, last), kind)
    return None


BODY_RULES = ("complement", "adjective")  # the rules of body_heads.tsv's head words


def _of_origin(word: str) -> bool:
    """Whether a word is an adjective of origin: a nationality, or a country's name written as
    one («السعودية», the country and the feminine "Saudi": «الهيئة السعودية للمهندسين», like
    «الهيئة الكويتية للمهندسين», is the engineers' council)."""
    if is_demonym(word):
        return True
    entry = lookup(word) if _definite(word) and normalize(word).endswith(NISBA_ENDINGS) else None
    return entry is not None and entry.type == "GPE" and entry.name in countries()


def _runs_on(word: str) -> bool:
    """A definite word a body's name runs on to after its complement: an adjective of
    origin (المدني, الاجتماعية) or a name word that is no common word."""
    nisba = normalize(word).endswith(NISBA_ENDINGS)
    return _definite(word) and _name_word(word, "ar", nisba)


def _head_key(word: str) -> str:
    """A definite head word as body_heads.tsv keys it: folded, without a proclitic and the
    article (والمنظمة → منظمه)."""
    definite = [w for w in (folded(word), *arabic_bare(folded(word))) if w.startswith("ال")]
    return definite[0][2:] if definite else ""


def opens_a_body(word: str) -> bool:
    """Whether an Arabic word is a head word of an organization's name written with its
    article (الهيئة of الهيئة العامة للاستثمار, الوزارة), which alone is a generic reference."""
    key = folded(word)
    if not key.startswith("ال"):
        return False
    kind = name_patterns().get(("ar", key[2:]), ("",))[0]
    return kind in ("head", "article_head") or body_heads().get(key[2:]) in BODY_RULES


def _a_complement(word: str) -> bool:
    """A noun after لل that completes a body's name (للاستثمار, للأطباء): a name word that
    announces no name itself (للنادي, للشركة, للمنطقة)."""
    key = folded(word)
    if not key.startswith("لل") or len(key) < 5:
        return False
    noun = key[2:]
    return _name_word(word, "ar", True) and name_patterns().get(("ar", noun)) is None


@cache
def body_heads() -> dict[str, str]:
    """Arabic head words (folded, without the article) → `complement` or `adjective`: how
    little a body's name needs after them (data/gazetteers/body_heads.tsv)."""
    return {folded(word): rule for word, rule in read_table("gazetteers/body_heads.tsv")}


def _sport_word(word: str) -> bool:
    """Whether a word opens a sport's name after a federation's (لكرة of لكرة القدم)."""
    return name_patterns().get(("ar", folded(word)), ("",))[0] == "sport"


NISBA_ENDINGS = ("ی", "یه")  # normalized: an adjective of origin, -ي or -ية


def add_pattern_names(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention], lang: str | None
) -> list[Mention]:
    """Names announced by a head or descriptor word (name_patterns.tsv) where no gazetteer
    name is: a CRF mention inside the pattern's name (the name itself, or a fragment of it)
    gives way to it, typed by the pattern word."""
    if lang not in ("ar", "fa") or len(tokens) < 2:
        return mentions
    added: list[Mention] = []
    for k in range(len(tokens) - 1):
        span = pattern_span(text, tokens, k, lang)
        if span is None:
            continue
        a, b, kind = span
        start, end = tokens[a][0], tokens[b - 1][1]
        word = _folded(text, tokens[k])
        if a == k and (lang, word) not in name_patterns() and not word.startswith("ال"):
            start += 1  # the head word behind a proclitic (بجامعة, والمنظمة): it is left out
        # a club is named after its city or region (نادي الخليج, نادي الرياض): after a word
        # for a club the place gives way to the club
        club = a == k + 1 and kind == "ORG"
        inside = [m for m in mentions if m.start < end and start < m.end]
        if all(
            start <= m.start
            and m.end <= end
            and (
                m.canonical is None
                or (club and m.type in PLACE_TYPES)
                or (kind == "ORG" and _origin_before_complement(text, m, end))
            )
            for m in inside
        ) and not any(x.start < end and start < x.end for x in added):
            added.append(Mention(start, end, text[start:end], kind, announced=True))
            if name_patterns().get((lang, _folded(text, tokens[k])), ("",))[0] == "list":
                added += listed_names(text, tokens, b, mentions + added)
    if not added:
        return mentions
    return with_added(mentions, added)


def _origin_before_complement(text: str, m: Mention, end: int) -> bool:
    """Whether a place mention inside a body's name is its adjective of origin before the
    complement (`_of_origin`: «السعودية» of «الهيئة السعودية للمهندسين», which the
    gazetteer reads as the country): the body's name takes it in."""
    after = text[m.end : end].split()
    return bool(after) and folded(after[0]).startswith("ل") and _of_origin(m.text)


def _kind_of(word: str) -> str:
    return name_patterns().get(("ar", folded(word)), ("",))[0]


def a_match_report(text: str) -> bool:
    """Whether an Arabic article is about a game: it writes a `game` word (مباراة, الدوري,
    فريق, لاعب) as a word of its own or behind a proclitic (للاعبي, بالمباراة)."""
    return any(
        kind in GAME_KINDS
        for w in _ARABIC_WORDS.findall(text)
        for kind in map(_kind_of, (w, *arabic_bare(w)))
    )


GAME_KINDS = frozenset(["game", "team_of"])


_ARABIC_WORDS = re.compile(rf"{_WORD}+")


@cache
def listed_clubs() -> frozenset[str]:
    """Club names that are common words too (data/gazetteers/clubs_ar.tsv), folded."""
    return frozenset(folded(row[0]) for row in read_table("gazetteers/clubs_ar.tsv"))


def add_opposed_clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """In an Arabic match report, a listed club name (الهلال, العين: common words too) right
    after a `versus` word («أمام الهلال») or joined by و to another club («بين العين والنصر»)
    is a club: a team of a game. Never outside a match report (أمام العين, "before the eye")."""
    if not a_match_report(text):
        return mentions
    clubs = {(m.start, m.end) for m in mentions if m.type == "ORG"}
    words = [(m.start(), m.end()) for m in _ARABIC_WORDS.finditer(text)]
    added: list[Mention] = []
    for i, (start, end) in enumerate(words):
        joined = text[start] == "و" and folded(text[start + 1 : end]) in listed_clubs()
        bare = start + 1 if joined else start
        if folded(text[bare:end]) not in listed_clubs() or lookup(text[bare:end]) is not None:
            continue
        if not _set_against(text, words, i, joined, clubs):
            continue
        if not any(m.start < end and bare < m.end for m in mentions + added):
            added.append(Mention(bare, end, text[bare:end], "ORG", announced=True))
    added += listed_with_clubs(text, words, clubs | {(m.start, m.end) for m in added})
    # a team of a result named after its town is the club («تفوق النعيرية على الثقبة»): the
    # place found there gives way, as after نادي
    towns = {(m.start, m.end) for m in mentions if m.type in PLACE_TYPES}
    for start, end in game_results(text, words):
        if (start, end) in towns or not any(
            m.start < end and start < m.end for m in mentions + added
        ):
            added.append(Mention(start, end, text[start:end], "ORG", announced=True))
    if not added:
        return mentions
    spans = {(x.start, x.end) for x in added}
    kept = [m for m in mentions if (m.start, m.end) not in spans]
    return sorted(kept + added, key=lambda m: m.start)


LOSER_CUES = frozenset(["علی", "عقبه"])  # normalized على, عقبة: before the loser's name


def _word_kind(text: str, span: tuple[int, int]) -> str:
    """A word's kind in name_patterns.tsv, or its kind behind a proclitic (واكتسح)."""
    word = folded(text[span[0] : span[1]])
    return next((k for k in map(_kind_of, (word, *arabic_bare(word))) if k), "")


def game_results(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The teams of a match report (name_patterns.tsv `team_of`, `result`, `counterpart`): the
    club after a word for a team or its players (فريق السكب), the definite word after a
    result verb when على, عقبة or نظيره follows it, and the definite word after those
    («تفوق النعيرية على الثقبة», «اكتسح العلمين نظيره …»), none a common word."""
    teams = []
    for i, span in enumerate(words):
        kind = _word_kind(text, span)
        after = text[slice(*words[i + 1])] if i + 1 < len(words) else ""
        if (
            kind == "team_of"
            and after
            and text[span[1] : words[i + 1][0]].isspace()
            and _a_club(after)
        ):
            teams.append(words[i + 1])
        if kind == "counterpart" and _a_team(after):
            teams.append(words[i + 1])
        if kind != "result" or i + 2 >= len(words):
            continue
        cue = normalize(text[slice(*words[i + 2])])
        if cue not in LOSER_CUES and _word_kind(text, words[i + 2]) != "counterpart":
            continue  # «تجاوز العقبات المختلفة»: no game's result without its loser
        if not _a_team(text[slice(*words[i + 1])]):
            continue
        teams.append(words[i + 1])
        loser = words[i + 3] if cue in LOSER_CUES and i + 3 < len(words) else None
        if loser and _word_kind(text, loser) != "counterpart" and _a_team(text[slice(*loser)]):
            teams.append(loser)
    return teams


PLURAL_ENDINGS = ("ین", "ون", "ات")  # normalized: a plural or dual noun, no club's name


def _a_club(word: str) -> bool:
    """A word that names a club after a word for a team or its players: a listed club, or a
    definite name word that is no common word, nationality, title, place or pattern word
    (فريق السكب, لاعب السروات; not لاعب الوسط, فريق العمل)."""
    if folded(word) in listed_clubs():
        return True
    if not _definite(word) or is_demonym(word) or not _name_word(word, "ar", False):
        return False  # an indefinite word is a verb as often (كل لاعب يطمح)
    if name_patterns().get(("ar", folded(word)[2:])) is not None:
        return False  # a word that announces a name (النادي)
    if normalize(word).endswith(PLURAL_ENDINGS):
        return False  # فريق الناشئين, لاعبي الفريقين, فريق المحققين
    return not is_common(strip_article(normalize(word)), "ar") and lookup(word) is None


def _a_team(word: str) -> bool:
    """A definite word that may name a team: no nationality, title or stop word; no common
    word (المنتخب, الفريق, «نظيره الجهاز الفني») unless a listed club."""
    if not _definite(word) or is_demonym(word) or not _name_word(word, "ar", True):
        return False
    return folded(word) in listed_clubs() or not is_common(word, "ar")


MIN_LISTED_CLUBS = 3  # clubs a list joined by و names before an unlisted word in it is one


@cache
def club_words() -> frozenset[str]:
    """data/gazetteers/club_words_ar.tsv, folded: words of a text about clubs."""
    return frozenset(folded(w) for (w,) in read_table("gazetteers/club_words_ar.tsv"))


def a_club_text(text: str) -> bool:
    """Whether an Arabic text is about clubs: a match report (`a_match_report`) or a text that
    writes a word of `club_words` (نادي, اللاعب, الدوري), also behind a proclitic."""
    return a_match_report(text) or any(
        word in club_words()
        for w in _ARABIC_WORDS.findall(text)
        for word in map(folded, (w, *arabic_bare(w)))
    )


CLUB_WORD = "نادی"  # normalized «نادي», a word for a club before its name


def _after_a_club_word(text: str, m: Mention) -> bool:
    """Whether a mention comes right after «نادي» or a word for a team (فريق, لفريق)."""
    words = _ARABIC_WORDS.findall(text[max(0, m.start - 20) : m.start])
    if not words or not text[m.start - 1].isspace():
        return False
    forms = (words[-1], *arabic_bare(words[-1]))
    return any(normalize(w) == CLUB_WORD or _kind_of(w) == "team_of" for w in forms)


def clubs_read_with_nationality(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic person mention right after «نادي» or «فريق» that ends with a masculine country
    adjective («نادي [أوستديانتيس الأرجنتيني]», «فريق [روبين كازان الروسي]») is the club and
    its nationality: the words before the adjective an organization, the adjective its
    country's (NORP), as `clubs_before_nationality` reads them."""
    out = []
    for m in mentions:
        words = m.text.split()
        if m.type != "PER" or len(words) < 2 or not _after_a_club_word(text, m):
            out.append(m)
            continue
        start = m.end - len(words[-1])
        adjective = Mention(start, m.end, words[-1], "GPE", None, demonym=True)
        entry = demonym_of(words[-1], "ar")
        if entry is None or not _masculine_nationality(adjective):
            out.append(m)
            continue
        club = text[m.start : start].rstrip()
        out += [
            Mention(m.start, m.start + len(club), club, "ORG", announced=True),
            Mention(start, m.end, words[-1], "GPE", entry.name, demonym=True),
        ]
    return out


_FEMININE_ENDINGS = ("ة", "ه")  # normalized or not: الفرنسية is a city's, الفرنسي a club's


def _masculine_nationality(m: Mention) -> bool:
    """Whether a mention is a definite masculine adjective of a country (الفرنسي, البرتغالي):
    the agreement of «نادي», a club, not of a city or a country, which Arabic makes feminine
    (باريس الفرنسية)."""
    if not m.demonym or not m.text.startswith("ال") or m.text.endswith(_FEMININE_ENDINGS):
        return False
    entry = demonym_of(m.text, "ar")
    return entry is not None and entry.name in countries()


def _a_club_before_nationality(text: str, m: Mention, after: Mention | None) -> bool:
    """Whether a place or person mention of a sports text is a club: a masculine country
    adjective right after it (`_masculine_nationality`), itself no country and no
    nationality, and a person one word, no known one, not announced by a person's title
    (المدرب, اللاعب)."""
    if m.type not in ("GPE", "LOC", "PER") or m.demonym or m.canonical in countries():
        return False
    if after is None or after.start != m.end + 1 or not text[m.end].isspace():
        return False
    if not _masculine_nationality(after):
        return False
    if m.type != "PER":
        return True
    words = _ARABIC_WORDS.findall(text[max(0, m.start - 20) : m.start])
    titled = bool(words) and _kind_of(words[-1]) == "person"
    # one word only: a person's full name before his nationality is as common as a club's
    return m.canonical is None and not titled and " " not in m.text.strip()


def clubs_before_nationality(text: str, mentions: list[Mention]) -> list[Mention]:
    """In an Arabic text about clubs (`a_club_text`), a place or a person written right before a
    masculine country adjective is a club («نادي نيس الفرنسي», «بورتو البرتغالي», «كيريتارو
    المكسيكي»: ORG, the adjective NORP, as entities.md annotates «دبي الاماراتي»); a city's
    own adjective is feminine (باريس الفرنسية). The place's canonical name is dropped, so the
    club is not linked to its city."""
    if not a_club_text(text):
        return mentions
    ordered = sorted(mentions, key=lambda m: m.start)
    nxt = {id(m): ordered[i + 1] if i + 1 < len(ordered) else None for i, m in enumerate(ordered)}
    clubs = {m.text for m in mentions if _a_club_before_nationality(text, m, nxt[id(m)])}
    return [
        Mention(m.start, m.end, m.text, "ORG", None, announced=m.announced)
        if m.text in clubs and m.type in ("GPE", "LOC", "PER") and not _set_in_place(text, m)
        else m
        for m in mentions
    ]


@cache
def club_cues_before() -> dict[str, str]:
    """data/gazetteers/club_cues_before_ar.tsv, folded word → `met` or `plays_for`."""
    return {folded(word): kind for word, kind in read_table("gazetteers/club_cues_before_ar.tsv")}


def _club_cue_before(text: str, m: Mention) -> str | None:
    """The kind of the club cue written right before a mention (also behind a proclitic), or
    None."""
    words = _ARABIC_WORDS.findall(text[max(0, m.start - 20) : m.start])
    if not words or not text[m.start - 1 : m.start].isspace():
        return None
    forms = (words[-1], *arabic_bare(words[-1]))
    return next(
        (club_cues_before()[f] for f in map(folded, forms) if f in club_cues_before()), None
    )


def _a_persons_name_word(word: str) -> bool:
    """A word only a person's name holds: a listed Arabic given name or «بن»/«بنت»."""
    bare = normalize(word)
    return bare in arabic_given_names() or bare in ("بن", "بنت", "ابن")


def clubs_after_club_cues(text: str, mentions: list[Mention]) -> list[Mention]:
    """In an Arabic text about clubs (`a_club_text`), a person mention ending with a
    masculine country adjective right after a word that sets a club against another or names a
    player's club («مع نظيره [نيس الهولندي]», «بمواجهة [كولجيك التركي]», «يلعب [لكازان
    الروسي]»: data/gazetteers/club_cues_before_ar.tsv) is the club and its nationality, as
    `clubs_read_with_nationality` reads one after «نادي»: no word of the name is a given
    name or «بن» («السيد خليل المصري» stays a person). After «يلعب» the club is written
    behind «ل», which is left out."""
    if not a_club_text(text):
        return mentions
    out = []
    for m in mentions:
        words = m.text.split()
        cue = _club_cue_before(text, m) if m.type == "PER" and len(words) >= 2 else None
        entry = demonym_of(words[-1], "ar") if cue else None
        masculine = words[-1].startswith("ال") and not words[-1].endswith(_FEMININE_ENDINGS)
        if entry is None or not masculine or any(map(_a_persons_name_word, words[:-1])):
            out.append(m)
            continue
        start = m.end - len(words[-1])
        first = m.start + (1 if cue == "plays_for" and m.text.startswith("ل") else 0)
        club = text[first:start].rstrip()
        out += [
            Mention(first, first + len(club), club, "ORG", announced=True),
            Mention(start, m.end, words[-1], "GPE", entry.name, demonym=True),
        ]
    return out


def _set_in_place(text: str, m: Mention, place_words: frozenset[str] | None = None) -> bool:
    """Whether one of the two words before a mention is «في» or a word for a city or capital
    (في باريس, مدينة نيس, العاصمة البولندية وارسو; `place_words` if given): the text names
    the place there, not its club."""
    words = _ARABIC_WORDS.findall(text[max(0, m.start - 30) : m.start])
    return any(normalize(w) in (place_words or _PLACE_WORDS) for w in words[-2:])


def _named_as_a_city(text: str, start: int, end: int) -> bool:
    """Whether a word for a city or capital is one of the two words before a span."""
    return _set_in_place(text, Mention(start, end, text[start:end], "GPE"), _CITY_WORDS)


_CITY_WORDS = frozenset(normalize(w) for w in ("مدينة", "بمدينة", "العاصمة"))
_PLACE_WORDS = _CITY_WORDS | {normalize("في")}


def listed_with_clubs(
    text: str, words: list[tuple[int, int]], clubs: set[tuple[int, int]]
) -> list[Mention]:
    """The unlisted definite words of a list joined by و that names at least
    `MIN_LISTED_CLUBS` clubs («الهلال والخليج والقادسية والشباب»): clubs too, unless a
    common word, a nationality or a place the gazetteer names."""
    chains: list[list[tuple[int, int]]] = [[]]
    for i, (start, end) in enumerate(words):
        joined = i > 0 and text[words[i - 1][1] : start].isspace() and text[start] == "و"
        if not (joined and chains[-1]):
            chains.append([])
        chains[-1].append((start + 1, end) if joined else (start, end))
    added = []
    for chain in chains:
        listed = sum(w in clubs or folded(text[w[0] : w[1]]) in listed_clubs() for w in chain)
        if len(chain) <= MIN_LISTED_CLUBS or listed < MIN_LISTED_CLUBS:
            continue
        for start, end in chain:
            word = text[start:end]
            if (start, end) in clubs or not _definite(word) or is_common(word, "ar"):
                continue
            if is_demonym(word) or lookup(word) is not None or not _name_word(word, "ar", False):
                continue
            added.append(Mention(start, end, word, "ORG", announced=True))
    return added


def _set_against(
    text: str, words: list[tuple[int, int]], i: int, joined: bool, clubs: set[tuple[int, int]]
) -> bool:
    """Whether word i stands right after a `versus` word, or is joined by و to a club next to
    it (a listed name or an organization found: «العين والنصر»)."""

    def a_club(j: int, wa: bool) -> bool:
        s, e = words[j]
        s += 1 if wa else 0
        return folded(text[s:e]) in listed_clubs() or (s, e) in clubs

    prev = words[i - 1] if i > 0 else None
    if prev is not None and text[prev[1] : words[i][0]].isspace():
        if not joined and _kind_of(text[prev[0] : prev[1]]) == "versus":
            return True
        if joined and a_club(i - 1, False):
            return True
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is None or not text[words[i][1] : nxt[0]].isspace() or text[nxt[0]] != "و":
        return False
    return a_club(i + 1, True)


def listed_names(
    text: str, tokens: list[tuple[int, int]], k: int, mentions: list[Mention]
) -> list[Mention]:
    """The names after the first that a plural descriptor announces, from token k: each after
    a comma or joined by و, a definite name word that is no common word, nationality or listed
    name (أندية الأهلي، الاتحاد، والنصر); the list ends at anything else."""
    out: list[Mention] = []
    while k + 1 < len(tokens) and len(out) < MAX_LISTED:
        comma = text[tokens[k][0] : tokens[k][1]] in "،,"
        start, end = tokens[k + 1] if comma else tokens[k]
        word = text[start:end]
        if word.startswith("و"):  # والنصر, ، والنصر
            start, word = start + 1, word[1:]
        elif not comma:
            break
        if not (_definite(word) and _name_word(word, "ar", False)) or is_demonym(word):
            break
        if lookup(word) is not None or any(m.start < end and start < m.end for m in mentions):
            break
        out.append(Mention(start, end, word, "ORG", announced=True))
        k += 2 if comma else 1
    return out


# proclitics written onto a name, the two-letter ones first
ARABIC_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_ARABIC_PREFIX = "(?:" + "|".join(ARABIC_PROCLITICS) + ")?"
# In English the CRF finds a person again (capitals); repeating people there moved quote
# speakers (PolNEAR speaker accuracy 0.426 → 0.419) for no precision, and so did repeating
# places (0.577 → 0.569). Organizations it misses where a sentence starts with them or their
# context differs (Sun, Nintendo), so English repeats those only (PolNEAR 0.577 → 0.577).
REPEAT_LANGUAGES = frozenset(["ar", "fa", "en"])
ENGLISH_REPEATED = frozenset(["ORG"])


_WORD_CHAR = re.compile(_WORD)


def _repeat_pattern(form: str, lang: str | None) -> re.Pattern[str]:
    """Where `form` is written again as a whole word (in Arabic also behind a proclitic, and
    an article name after لل, the preposition's ل left out: ل[لهيئة]). `repeated_spans` finds
    the same without compiling it."""
    body = re.escape(form)
    if lang == "ar" and form.startswith("ال") and len(form) > 3:
        body = rf"{body}|(?<=ل)ل{re.escape(form[2:])}"
    prefix = _ARABIC_PREFIX if lang == "ar" else ""
    return re.compile(rf"(?<!{_WORD}){prefix}({body})(?!{_WORD})")


def repeated_spans(text: str, form: str, lang: str | None) -> list[tuple[int, int]]:
    """The spans `_repeat_pattern(form, lang)` finds in `text`, by `whole_word_spans`."""
    bodies = [("", form)]
    if lang == "ar" and form.startswith("ال") and len(form) > 3:
        bodies.append(("ل", "ل" + form[2:]))
    prefixes = ARABIC_PROCLITICS if lang == "ar" else ()
    return whole_word_spans(text, bodies, prefixes, _WORD_CHAR)


def repeatable(m: Mention, lang: str | None, times: int) -> bool:
    """Whether a mention is a name sure enough to be the same name where the document writes it
    again: a person, organization or place (a one-word person only in Arabic and when found
    twice: a surname follows its full name otherwise; in Persian it moved quote speakers),
    three letters or more; and named by the gazetteer or a pattern word, or
    of several words, or a word that is not common (an Arabic word with its article: not
    common without it either) unless found `times` ≥ 2 times (الهلال, not المهرجانات); never
    an outlet's one-word name that is a common word (سبق "preceded": it is the paper only in
    its byline or in quotes). An Arabic name of several words the CRF could not type (MISC:
    بوكو حرام) is repeated too."""
    words = m.text.split()
    if m.demonym or m.type not in ("PER", "ORG", "GPE", "LOC", "MISC"):
        return False
    if m.type == "MISC" and (lang != "ar" or len(words) < 2):
        return False
    if m.type == "PER" and len(words) < 2 and (times < 2 or lang != "ar"):
        return False
    if sum(ch.isalpha() for ch in m.text) < 3 or is_not_name(m.text, lang):
        return False
    if len(words) == 1 and is_common(m.text, lang) and m.canonical in outlet_canonicals():
        return False  # an outlet's common-word name (سبق, اليوم) needs its byline or quotes
    if m.canonical is not None or m.announced or len(words) > 1 or times > 1:
        return True
    bare = strip_article(normalize(m.text)) if lang == "ar" else m.text
    return not is_common(m.text, lang) and not is_common(bare, lang)


def repeated_mentions(text: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """Label consistency within a document: every other place a name found with confidence is
    written again (a CRF that saw it once, a pattern word before it) is a mention of the same
    name with the same type and gazetteer name, where no mention is."""
    if lang not in REPEAT_LANGUAGES:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    times = Counter(m.text for m in mentions)
    added: list[Mention] = []
    seen: set[str] = set()
    for m in mentions:
        if m.text in seen or not repeatable(m, lang, times[m.text]):
            continue
        if lang == "en" and m.type not in ENGLISH_REPEATED:
            continue
        seen.add(m.text)
        for start, end in repeated_spans(text, m.text, lang):
            at = bisect_right(taken, (start, end))
            near = taken[max(0, at - 1) : at + 1]
            if any(s < end and start < e for s, e in near) or any(
                x.start < end and start < x.end for x in added
            ):
                continue
            if lang == "en" and _work_word_before(text, start):
                continue  # "the film The Aviator" names a work there, whatever it is elsewhere
            if lang == "ar" and m.type == "ORG" and _named_as_a_city(text, start, end):
                continue  # «في العاصمة البولندية وارسو» is the city of «ليجيا وارسو» there
            added.append(Mention(start, end, text[start:end], m.type, m.canonical))
    return added


def _work_word_before(text: str, start: int) -> bool:
    """Whether a word for a work ("film", "album"; name_patterns.tsv) comes right before
    `start`, "The" allowed between."""
    words = text[max(0, start - 40) : start].split()[-2:]
    if words and words[-1] in ("The", "the"):
        words = words[:-1]
    return bool(words) and name_patterns().get(("en", words[-1].lower()), ("",))[0] == "work"


# Words that bind a person's name to the next word (ابن, آل, أبو …, عبد of عبد الرحمن): a
# name never ends on one, and one right before a name belongs to it (guidelines: kunyas and
# بن/آل chains are part of the name).
_ALI = re.compile(r"(?<![\w\u0640])علي\s+$")  # the given name «علي», as written (not «على»)


_WORD_BEFORE = re.compile(r"(\S+)\s+$")


def _names_whoever_follows(text: str, at: int) -> bool:
    """Whether what stands before offset `at` announces a person's name there: a title or
    calling («اللواء», «المهندس», «السجين»), a speech verb («قال»), or a clause's opening."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    if before is None or _opens_clause(text, at, ".!?\n:،,"):
        return True
    word = before.group(1)
    return _titles_a_name(word) or opens_arabic_speech(word)


def with_given_name_ali(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people grown over the given name «علي» right before them («اللواء علي
    التميمي», «قال علي سليمان الدخيل»), which the tagger leaves out because normalized it
    is the preposition «على» ("on"). Only in a document that writes the preposition with its
    alif maqsura (ى) somewhere, so that its «علي» is the name (elsewhere, and where no name
    is announced, the tagger's own «علي» is left out); not before a common word, and
    only after a title, a calling, a speech verb or at a clause's opening, where a name is
    announced («وأتباع الرئيس المخلوع علي عبد الله صالح» is left as it was: the quote
    stage reads «علي» there as the preposition that makes the name no speaker)."""
    told_apart = "على" in text
    out = []
    for m in mentions:
        ali = _ALI.search(text, max(0, m.start - 12), m.start) if m.type == "PER" else None
        ali = ali if told_apart else None
        first, _, rest = m.text.partition(" ")
        if ali and not is_common(first, "ar") and _names_whoever_follows(text, ali.start()):
            m = Mention(ali.start(), m.end, text[ali.start() : m.end], "PER", m.canonical)
        elif (
            m.type == "PER"
            and first == "علي"
            and rest
            and not (told_apart and _names_whoever_follows(text, m.start))
            and not (told_apart and folded(rest.split(" ")[0]) in SON_OF)  # علي بن موسى
        ):
            start = m.end - len(rest)  # the tagger's own «علي» where no name is announced
            m = Mention(start, m.end, rest, "PER", m.canonical)
        out.append(m)
    return out


_ALI_AND_WORD = re.compile(rf"(?<!{_WORD})علي\s+({_WORD}+)")  # «علي» as written, the next word
MIN_FAMILY_NAME_AFTER_ALI_LETTERS = 5  # «الشايعي», «العمير»: the article and three letters or more


def _ali_is_a_preposition(text: str) -> bool:
    """Whether a document writes the preposition «على» as «علي» anywhere (before a common word:
    «علي الرغم», «علي مستوى»), or never writes «على» at all: there «علي» may be either."""
    if "على" not in text:
        return True
    return any(_a_common_arabic_word(m.group(1)) for m in _ALI_AND_WORD.finditer(text))


def _after_a_title(text: str, at: int) -> bool:
    """Whether a title or calling stands right before `at` («مشرف الفعالية الأستاذ علي
    النقيدان»; quotes_dev76ar.tsv): a name follows it, never a preposition."""
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and _titles_a_name(before.group(1))


def _a_family_name_after_ali(word: str) -> bool:
    """Whether a word after «علي» reads as a family name: definite, five letters or more, no
    common word, no nationality, no plural of people (المشاركين), no place or body the
    gazetteer knows («علي الرياض» stays a preposition's object)."""
    key = normalize(word)
    known = lookup(word)
    return (
        _definite(word)
        and len(key) >= MIN_FAMILY_NAME_AFTER_ALI_LETTERS
        and not _a_common_arabic_word(word)
        and not _arabic_demonym(word)
        and not key.endswith(PEOPLE_PLURAL_ENDINGS + ("ات",))
        and (known is None or known.type == "PER")
    )


def people_named_ali(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people named «علي» the tagger missed, which it reads as the preposition «على»
    (quotes_dev72ar.tsv «أمين عام نادي التعاون علي الشايعي», quotes_dev70ar.tsv «القاص والناقد
    علي الشدوي», quotes_dev46.tsv «وكان علي العمير وزير النفط الكويتي»: a role the recogniser
    does not know before the name). In a document that writes the preposition «على» and never
    «علي» for it, «علي» written so and a family name after it (`_a_family_name_after_ali`) that no
    mention holds become a person. A person mention right after «علي» is left as
    `with_given_name_ali` made it («وأتباع الرئيس المخلوع علي عبد الله صالح»: the quote stage
    reads that «علي» as «على»). Where «علي» may be either, only after a title (`_after_a_title`)."""
    either = _ali_is_a_preposition(text)
    out = list(mentions)
    for match in _ALI_AND_WORD.finditer(text):
        ali, word_at = match.start(), match.start(1)
        if either and not _after_a_title(text, ali):
            continue  # «علي» may be «على» here, but not right after «الأستاذ»
        if any(m.start <= ali < m.end for m in out):
            continue
        if any(m.start < match.end(1) and word_at < m.end for m in out):
            continue
        if _a_family_name_after_ali(match.group(1)):
            out.append(Mention(ali, match.end(1), text[ali : match.end(1)], "PER"))
    return sorted(out, key=lambda m: (m.start, m.end))


NAME_BINDERS = frozenset(
    folded(w) for w in ("بن", "بنت", "ابن", "آل", "أبو", "ابو", "أبي", "أم", "عبد")
)


def join_name_chains(
    text: str, tokens: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """Person names grown over the words that bind them: a binder right before the name
    (أبو [مهدي المهندس], عبد [الرحمن العازمي]) and a binder at its end with the word after it
    ([سلمان بن عبدالعزيز آل] سعود); a mention the grown name covers goes."""
    starts = {s: i for i, (s, _) in enumerate(tokens)}
    ends = {e: i for i, (_, e) in enumerate(tokens)}
    out: list[Mention] = []
    chained: list[Mention] = []  # names grown over a binder at their end
    for m in mentions:
        i, j = starts.get(m.start), ends.get(m.end)
        if m.type != "PER" or i is None or j is None:
            out.append(m)
            continue
        last = j
        while (
            i > 0
            and _folded(text, tokens[i - 1]) in NAME_BINDERS
            and tokens[i][0] - tokens[i - 1][1] <= 1
        ):
            i -= 1
        if _given_name_before_god(text, tokens, i):
            i -= 1  # ضيف [الله بن سطام]: «الله» opens no name, it ends a compound given name
        while (
            j + 1 < len(tokens)
            and _folded(text, tokens[j]) in NAME_BINDERS
            and text[tokens[j + 1][0] : tokens[j + 1][1]].isalpha()
        ):
            j += 1
        while _lineage_after(text, tokens, j):
            j += 2  # [مي بنت محمد] آل خليفة: the tagger stopped before the lineage word
        if j > i and (
            _family_name_after_chain(text, tokens, j) or _family_name_before_day(text, tokens, j)
        ):
            j += 1  # محمد بن عبدالرحمن [الروقي]: the family's nisba after the father's name
        start, end = tokens[i][0], _before_tatweel(text, tokens[i][0], tokens[j][1])
        out.append(
            m
            if (start, end) == (m.start, m.end)
            else Mention(start, end, text[start:end], "PER", m.canonical)
        )
        if j > last:
            chained.append(out[-1])
    grown = [m for m in out if m.type == "PER"]
    return [
        m
        for m in out
        if not any(
            g is not m
            and g.start <= m.start
            and m.end <= g.end
            and (g.end - g.start) > (m.end - m.start)
            for g in grown
        )
        # a person the tagger began inside a chain ([سلمان بن عبدالعزيز آل] [سعود برقية]) goes
        # with the part the chain covers: the chain's name is the whole name
        and not any(
            g is not m and m.type == "PER" and g.start < m.start < g.end < m.end for g in chained
        )
    ]


def _given_name_before_god(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether token i is «الله» and the word one space before it is the first half of a
    compound given name (ضيف الله, عطا الله, نصر الله): a word of letters that is no pious
    verb (رحمه الله), speech verb, function, title or role word."""
    if i == 0 or normalize(text[tokens[i][0] : tokens[i][1]]) != GOD_AR:
        return False
    if tokens[i][0] - tokens[i - 1][1] != 1:
        return False
    word = text[tokens[i - 1][0] : tokens[i - 1][1]]
    key = normalize(word)
    return (
        word.isalpha()
        and key not in pious_formulas()
        and key not in function_words()
        and not opens_arabic_speech(word)  # «قال الله سبحانه»
        and folded(word) not in _title_and_role_words()
        and not word.startswith("و")
    )


SON_OF = frozenset(folded(w) for w in ("بن", "بنت", "ابن"))
MIN_FAMILY_NAME_LETTERS = 5  # ال + three letters and the nisba's ي: الروقي, العمري
LINEAGE_WORDS = SON_OF | {folded("آل")}  # a name goes on after these: بن سعد, آل خليفة


def _lineage_after(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether a lineage word («بن», «بنت», «آل») and a name word follow token j, each one
    space after the last: the name goes on over them («مي بنت محمد آل خليفة»)."""
    if j + 2 >= len(tokens) or _folded(text, tokens[j + 1]) not in LINEAGE_WORDS:
        return False
    if tokens[j + 1][0] - tokens[j][1] != 1 or tokens[j + 2][0] - tokens[j + 1][1] != 1:
        return False
    word = text[tokens[j + 2][0] : tokens[j + 2][1]]
    return word.isalpha() and normalize(word) not in function_words()


def _family_name_after_chain(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether the word after token j, a name's last word right after بن (… بن عبدالرحمن),
    is a family name: a definite adjective of origin (الروقي, الغامدي) that is no common
    word, nationality, place or other name the gazetteer knows, nor a stop word."""
    if j + 1 >= len(tokens) or _folded(text, tokens[j - 1]) not in SON_OF:
        return False
    if tokens[j + 1][0] - tokens[j][1] != 1:
        return False
    word = text[tokens[j + 1][0] : tokens[j + 1][1]]
    key = normalize(word)
    return (
        _definite(word)
        and key.endswith("ی")
        and len(key) >= MIN_FAMILY_NAME_LETTERS
        and _name_word(word, "ar", False)
        and not is_demonym(word)
        and lookup(word) is None
    )


def _family_name_before_day(text: str, tokens: list[tuple[int, int]], j: int) -> bool:
    """Whether the word after token j, a name's last word right after بن, is a family name
    of any shape (الربيعة, الراشد) because a day word closes the name after it («عبدالله بن
    عبدالعزيز الربيعة اليوم»; a mark, «أن» or a role word: `with_family_names_after`): a
    definite word `_family_name_before_speech` accepts."""
    if j + 2 >= len(tokens) or _folded(text, tokens[j - 1]) not in SON_OF:
        return False
    if tokens[j + 1][0] - tokens[j][1] != 1:
        return False
    word, then = (text[s:e] for s, e in tokens[j + 1 : j + 3])
    return folded(then) in _time_words() and _definite(word) and _family_name_before_speech(word)


VOTED_TYPES = frozenset(["PER", "ORG", "GPE", "LOC", "MISC"])


def consistent_mentions(mentions: list[dict], lang: str | None) -> list[dict]:
    """One document's mentions with one reading per name: an Arabic name the recognizer found
    with a proclitic glued on (ودونغالا) is the name the document also writes alone (دونغالا),
    and every mention of one name that no gazetteer knows takes the type most of them have
    (سولاوسي read as a place twice and as a person once is a place)."""
    return voted_types(unglued(mentions, lang))


def unglued(mentions: list[dict], lang: str | None) -> list[dict]:
    """Arabic mentions without a proclitic that was written onto a name the document also
    writes alone (و[دونغالا], ب[بالو]), with that name's type and gazetteer name."""
    if lang != "ar":
        return mentions
    alone = {m["text"]: m for m in mentions if m["text"][:1] not in PROCLITICS}
    out = []
    for m in mentions:
        proclitic = next(
            (
                p
                for p in ARABIC_PROCLITICS
                if m["text"].startswith(p) and m["text"][len(p) :] in alone
            ),
            None,
        )
        if proclitic and m.get("canonical") is None and len(m["text"]) - len(proclitic) >= 3:
            named = alone[m["text"][len(proclitic) :]]
            m = {**m, "start": m["start"] + len(proclitic), "text": named["text"]}
            m |= {"type": named["type"], "canonical": named.get("canonical")}
        out.append(m)
    return out


def voted_types(mentions: list[dict]) -> list[dict]:
    """Mentions of one written name that no gazetteer knows with the type most of them have
    (the first mention's type on a tie); a person's full name the document writes is a vote
    for its last word alone being that person (شينزو ابي, then ابي read once as a place)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[str, str] = {}
    for m in mentions:
        if m.get("canonical") is None and m["type"] in VOTED_TYPES:
            votes[normalize(m["text"])][m["type"]] += 1
            first.setdefault(normalize(m["text"]), m["type"])
    for m in mentions:
        words = normalize(m["text"]).split()
        if m["type"] == "PER" and len(words) > 1 and words[-1] in votes:
            votes[words[-1]]["PER"] += 1
    out = []
    for m in mentions:
        counts = votes.get(normalize(m["text"])) if m.get("canonical") is None else None
        if counts and len(counts) > 1 and m["type"] in VOTED_TYPES:
            top = max(counts.values())
            kind = first[normalize(m["text"])]
            m = {**m, "type": kind if counts[kind] == top else counts.most_common(1)[0][0]}
        out.append(m)
    return out


_LIST_PART = re.compile(rf"{_WORD}+|[،,]|[^\s\w]")
MAX_LISTED_PLACE_WORDS = 2  # words of a place named in a list of places (سراة عبيدة)
MAX_LIST_ITEM_WORDS = 3  # a longer run of words between commas ends a list
MIN_LISTED_PLACES = 2  # places the gazetteer names in a list before its other items are places
LIST_OPENERS = frozenset(["من", "في", "فی", "إلى", "الی", "بین"])  # normalized: ي → ی
_PRONOUN_SUFFIX = re.compile("(?:هما|هم|ها)$")  # وغيرهما, وسواها (not ه: a normalized ة)


def place_lists(text: str) -> list[list[tuple[int, int]]]:
    """The lists of an Arabic text, each a list of items (start, end of its words): runs of
    words parted by a comma or by a word joined with و (the و left out); a list ends at any
    other mark and at an item of more than `MAX_LIST_ITEM_WORDS` words."""
    lists: list[list[tuple[int, int]]] = [[]]
    item: list[tuple[int, int]] = []

    def close() -> None:
        if len(item) > MAX_LIST_ITEM_WORDS:
            lists.append([])
            if normalize(text[slice(*item[-2])]) in LIST_OPENERS:  # في كل من المجمعة، …
                lists[-1].append(item[-1])
        elif item:
            lists[-1].append((item[0][0], item[-1][1]))
        item.clear()

    for m in _LIST_PART.finditer(text):
        part = m.group()
        if part in "،,":
            close()
        elif not part[0].isalpha():
            close()
            lists.append([])
        elif part.startswith("و") and len(part) > 3:
            close()
            item.append((m.start() + 1, m.end()))
        else:
            item.append((m.start(), m.end()))
    close()
    return [items for items in lists if len(items) > MIN_LISTED_PLACES]


MAX_ANNOUNCED_PLACES = 8  # places a plural classifier announces (محافظات تنومة، بلقرن …)
_LIST_ITEM = re.compile(rf"\s*([،,]?)\s*[«\"“”]?\s*(و?)({_WORD}+(?: {_WORD}+)?)")
_LIST_END = re.compile(r"\s*(?:$|[.،,:؛;\"»”)\n])")
DUAL_ENDINGS = ("ی", "ا")  # normalized: the dual's -ي (مدينتي) or -ا (محافظتا)


def announced_places(text: str) -> list[tuple[int, int]]:
    """The places a plural or dual classifier announces (name_patterns.tsv `places`: «بمركزي حرض
    وخريص», «محافظات "تنومة، بلقرن، سراة عبيدة"», «مدينتي كولونيا ودوسلدورف»): the items
    after it parted by commas or و, each of one or two name words ending on a word that is no
    common word or nationality; a dual names exactly two."""
    spans: list[tuple[int, int]] = []
    for word in _ARABIC_WORDS.finditer(text):
        key = folded(word.group())
        kind = name_patterns().get(("ar", key)) or name_patterns().get(("ar", key[1:]))
        if kind is None or kind[0] != "places":
            continue
        items = _places_after(text, word.end())
        dual = len(items) == 2 and not key.endswith("ات") and key.endswith(DUAL_ENDINGS)
        if len(items) >= 2 and (dual or key.endswith("ات") or key in ("مدن", "قری")):
            spans += items
    return spans


def _places_after(text: str, at: int) -> list[tuple[int, int]]:
    """The items of a list of place names starting at `at` (see `announced_places`); none when
    the first is a country or region (مدن أوروبا, محافظات اليمن: the cities of one place)."""
    items: list[tuple[int, int]] = []
    while len(items) < MAX_ANNOUNCED_PLACES:
        found = _LIST_ITEM.match(text, at)
        if found is None or (items and not found.group(1) and not found.group(2)):
            break
        words = found.group(3).split()
        entry = lookup(words[0])
        if not items and entry is not None and entry.name in adjective_countries() | regions():
            return []
        if len(words) == 2 and (entry is not None or not _second_place_word(words[1])):
            words = words[:1]  # a place alone: لوزان (شمال), أبين (المجاورتين)
        elif (len(words) == 2 and not _a_place_word(words[0], True)) or (
            len(words) == 1 and entry is None and not _a_place_word(words[0])
        ):
            break
        if not _name_word(words[0], "ar", True):
            break
        if len(words) == 2 and len(words[0]) < 3:
            break  # هي القاهرة: a pronoun before the first place
        start = found.start(3)
        items.append((start, start + len(" ".join(words))))
        at = items[-1][1]
    # a list of place names ends at a mark: anything else ran on into the sentence
    return items if _LIST_END.match(text, at) else []


def _second_place_word(word: str) -> bool:
    """A word that may end a place name of two words (سراة عبيدة, رجال ألمع): no common word,
    no proclitic, no dual or plural adjective (المجاورتين, السعوديتين)."""
    key = normalize(word)
    return _a_place_word(word) and key[0] not in "وبل" and not key.endswith(PLURAL_ENDINGS)


def add_announced_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The places of `announced_places` where no mention is, each a GPE."""
    added = [
        Mention(a, b, text[a:b], "GPE", announced=True)
        for a, b in announced_places(text)
        if not any(m.start < b and a < m.end for m in mentions)
    ]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _a_place_word(word: str, common_ok: bool = False) -> bool:
    """A word that may name a place in a list: a name word, no nationality, and no common
    word (`common_ok`: a common word too, but never one with a pronoun on it: غيرهما, سواها)."""
    bare = _PRONOUN_SUFFIX.sub("", normalize(word))
    if common_ok and bare == normalize(word):
        return _name_word(word, "ar", True) and not is_demonym(word)
    return _name_word(word, "ar", False) and not is_demonym(word) and not is_common(bare, "ar")


MIN_PLACES_AROUND_COMMON = 3  # places a list names before a common word between two is one


def add_listed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The other items of an Arabic list of places («تعليم عسير، جيزان، نجران، صبيا وسراة
    عبيدة») where the gazetteer names at least `MIN_LISTED_PLACES` of them and half: each a
    place too when it has one or two name words, none common, and no other mention is there."""
    known = {m.end: m.start for m in mentions if m.type == "GPE" and m.canonical is not None}
    added = []
    for items in place_lists(text):
        # a place found with its و (وأثينا) is that item
        place = [s - 2 <= known.get(e, -9) <= s for s, e in items]
        if sum(place) < MIN_LISTED_PLACES or 2 * sum(place) < len(items):
            continue
        for i, (start, end) in enumerate(items):
            words = text[start:end].split()
            next_to_place = (i > 0 and place[i - 1]) or (i + 1 < len(items) and place[i + 1])
            if len(words) > MAX_LISTED_PLACE_WORDS or not next_to_place:
                continue
            if any(m.start < end and start < m.end for m in mentions):
                continue
            # a one-word item between two places of a list of three or more is a place, even
            # a common word («والباحة، وعسير، ونجران», «ومكة المكرمة، والشرقية، والمدينة»)
            between = 0 < i < len(items) - 1 and place[i - 1] and place[i + 1]
            common_ok = between and len(words) == 1 and sum(place) >= MIN_PLACES_AROUND_COMMON
            if all(_a_place_word(w, common_ok) for w in words):
                added.append(Mention(start, end, text[start:end], "GPE", announced=True))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


@cache
def place_homographs() -> dict[str, frozenset[str]]:
    """data/gazetteers/place_homographs.tsv: per language, the folded one-word place names
    that are more often a common noun («چک», a cheque)."""
    words: dict[str, set[str]] = {}
    for lang, word, _meaning in read_table("gazetteers/place_homographs.tsv"):
        words.setdefault(lang, set()).add(folded(word))
    return {lang: frozenset(ws) for lang, ws in words.items()}


PLACE_LIST_GAP = 4  # characters between two items of a list of places («، », « و »)


def _after_team_descriptor(text: str, m: Mention) -> bool:
    """Whether a Persian team descriptor (`_after_team_head`: a head word, then sport words)
    ends right before a mention («تیم ملی فوتبال چک»)."""
    words = text[max(0, m.start - 40) : m.start].split()
    return any(_after_team_head(words[-k:]) == k for k in range(1, len(words) + 1))


def without_place_homographs(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """A one-word place whose word is more often a common noun (`place_homographs`) is
    kept only as an item of a list of places (another place ends or starts a separator away:
    «لهستان، چک، اوکراین») or a national team's country («تیم ملی فوتبال چک»); alone
    («قانون جدید چک») it is the common word."""
    homographs = place_homographs().get(lang)
    if not homographs:
        return mentions
    places = [m for m in mentions if m.type in PLACE_TYPES]

    def listed(m: Mention) -> bool:
        return any(
            0 <= m.start - o.end <= PLACE_LIST_GAP or 0 <= o.start - m.end <= PLACE_LIST_GAP
            for o in places
            if o is not m
        )

    return [
        m
        for m in mentions
        if not (
            m.type in PLACE_TYPES
            and folded(m.text) in homographs
            and not listed(m)
            and not _after_team_descriptor(text, m)
        )
    ]


@cache
def pronoun_names() -> frozenset[str]:
    """data/gazetteers/pronoun_names_ar.tsv, normalized: Arabic words of a preposition and
    a pronoun that are also a name («لي», "to me", and Li or Lee)."""
    return frozenset(
        normalize(word) for word, _meaning in read_table("gazetteers/pronoun_names_ar.tsv")
    )


def without_pronoun_names(mentions: list[Mention]) -> list[Mention]:
    """A mention that is a listed pronoun word alone («قال لي»: "he told me") is dropped unless
    a place word announced it («مقاطعة لي») or another mention of the document is a longer
    name holding the word («كاي فو لي»: the man's surname)."""
    words = pronoun_names()
    named = {w for m in mentions if " " in m.text.strip() for w in normalize(m.text).split()}
    return [
        m
        for m in mentions
        if not (normalize(m.text) in words and not m.announced and normalize(m.text) not in named)
    ]


# what lies between the items of a list of languages: a separator («باللغة الروسية
# والإنجليزية»: the mention may begin after its «و»; «اللغة الصينية أو اليابانية», «زبان
# انگلیسی، فرانسه»), and between two of them other adjectives no mention holds («الروسية
# والإنجليزية والألمانية»: «والإنجليزية» unrecognised), never another kind of word («وفي»)
_LANGUAGE_SEPARATOR = r"[\s،,]*(?:(?:و|أو|او|یا|يا)\s*)?"
_LANGUAGE_LIST_GAP = re.compile(
    rf"{_LANGUAGE_SEPARATOR}(?:(?:ال\w{{2,}}(?:ية|يه)|\w{{3,}}ی){_LANGUAGE_SEPARATOR})*"
)


def without_language_adjectives(text: str, mentions: list[Mention], lang: str) -> list[Mention]:
    """Without the one-word place mentions that name a language: written right after a word
    for "language" (data/gazetteers/language_words.tsv: «اللغة الإنجليزية», «زبان
    فرانسه»), or a nationality adjective listed after such a mention («باللغة الروسية
    والإنجليزية والألمانية»)."""
    words = word_lists("language_words.tsv").get(lang)
    if not words:
        return mentions
    kept: list[Mention] = []
    last_language = None  # where the last mention dropped as a language ends
    for m in mentions:
        if m.type in PLACE_TYPES and " " not in m.text.strip():
            before = text[max(0, m.start - 30) : m.start].split()
            listed = (
                m.demonym  # «والسعودية» after a language is the country, «والألمانية» German
                and last_language is not None
                and _LANGUAGE_LIST_GAP.fullmatch(text[last_language : m.start])
            )
            if (before and normalize(before[-1]) in words) or listed:
                last_language = m.end
                continue
        kept.append(m)
    return kept


@cache
def arabic_given_names() -> frozenset[str]:
    """The given names of data/gazetteers/given_names_ar.tsv, normalized as written (the
    linker's `given_names` reads them as keys, without an article)."""
    return frozenset(normalize(word) for (word,) in read_table("gazetteers/given_names_ar.tsv"))


def surnames_after_given_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic one-word place or MISC mention no list knows, written right after a given
    name no mention holds («رئيس الوزراء ديفيد كاميرون»: the tagger reads «كاميرون» as
    Cameroon and leaves «ديفيد» out), as the person «given name + surname» (PER); the linker
    then types the surname alone as that person in the rest of the document."""
    out: list[Mention] = []
    for m in mentions:
        unlisted = m.type in PLACE_TYPES | {"MISC"} and m.canonical is None and not m.demonym
        given = _given_name_before(text, m.start) if unlisted else None
        if given is not None and m.text.strip().isalpha() and not (out and out[-1].end > given):
            m = Mention(given, m.end, text[given : m.end], "PER")
        out.append(m)
    return out


def given_names_before_family_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic one-word person mention no list knows, a family name with its article, written
    one space after a listed given name no mention holds, grown over the given name («أشار
    المدير العام لجمعية البر في المحافظة معاذ الجعفري»: the tagger reads «الجعفري» alone;
    snn-2015-08-02-00764)."""
    out: list[Mention] = []
    for m in mentions:
        family = m.type == "PER" and m.canonical is None and len(m.text.split()) == 1
        family = family and m.text.startswith("ال") and m.text.isalpha()
        given = _given_name_before(text, m.start) if family else None
        if given is not None and not (out and out[-1].end > given):
            m = Mention(given, m.end, text[given : m.end], "PER")
        out.append(m)
    return out


# «و» written onto the next person's given name in a list of people, then a family name
_WAW_GIVEN_THEN_FAMILY = re.compile(r"[ \t]+و(\w+)[ \t]+(\w+)")


def people_after_waw_in_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """In an Arabic list of people («… علي هزازي ونايف البلوي ومتعب النجراني»), a listed given
    name written onto «و» (`arabic_given_names`) and a word that may be a family name
    (`_family_name_before_speech`: no common, role or place word) right after a person's
    mention, which no mention holds, as that person without the «و» («نايف البلوي», which the
    tagger left out: snn-2015-08-01-00336's line-up); the person found extends the list."""
    out: list[Mention] = []
    for m in mentions:
        out.extend(_listed_after_waw(text, out[-1], m.start) if out else [])
        out.append(m)
    return out + (_listed_after_waw(text, out[-1], len(text)) if out else [])


def _listed_after_waw(text: str, person: Mention, before: int) -> list[Mention]:
    """The people `people_after_waw_in_lists` reads after `person`, ending before `before`."""
    added: list[Mention] = []
    while person.type == "PER" and person.canonical is None:
        found = _WAW_GIVEN_THEN_FAMILY.match(text, person.end)
        if not found or found.end() > before or text[found.end() : found.end() + 1].isalnum():
            break
        given, family = found.group(1), found.group(2)
        if normalize(given) not in arabic_given_names() or not _family_name_before_speech(family):
            break
        start = found.start(1)
        person = Mention(start, found.end(), text[start : found.end()], "PER")
        added.append(person)
    return added


@cache
def persian_town_classifiers() -> frozenset[str]:
    """Persian words written before a town's or a place's name («شهر», «جزیره»:
    data/gazetteers/town_classifiers.tsv), normalized."""
    rows = read_table("gazetteers/town_classifiers.tsv")
    return frozenset(normalize(word) for lang, word, _ in rows if lang == "fa")


def persian_towns_before_countries(text: str, mentions: list[Mention]) -> list[Mention]:
    """A Persian place mention no list knows that runs from a town's classifier over the town
    into its country's name («شهر پالو اندونزی», "the city of Palu, Indonesia",
    ntrex-fa-reuters.218865), as the town (LOC, the classifier left out, as the town is written
    elsewhere: «در پالو») and the country the gazetteer names."""
    out: list[Mention] = []
    for m in mentions:
        words = list(re.finditer(r"\S+", m.text))
        last = words[-1].group() if len(words) >= 3 else ""
        country = (lookup(last) or cldr_place(last, "fa")) if last else None
        if (
            m.type not in PLACE_TYPES
            or m.canonical is not None
            or normalize(words[0].group()) not in persian_town_classifiers()
            or country is None
            or country.type != "GPE"
        ):
            out.append(m)
            continue
        a, b = m.start + words[1].start(), m.start + words[-2].end()
        c = m.start + words[-1].start()
        out.append(Mention(a, b, text[a:b], "LOC"))
        out.append(Mention(c, m.end, text[c : m.end], "GPE", country.name))
    return out


def _given_name_before(text: str, start: int) -> int | None:
    """Where the given name written one space before `start` begins (`arabic_given_names`),
    or None."""
    if start < 2 or text[start - 1] != " ":
        return None
    begin = start - 1
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = normalize(text[begin : start - 1])
    if word in _PREPOSITION_NAMES:
        return None
    return begin if word and word in arabic_given_names() else None


def names_past_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Arabic people of two words or more that end on a particle no name ends on
    (data/gazetteers/name_particles_ar.tsv: «لويس فان» of «لويس فان غال», «ألبرت ديل» of
    «ألبرت ديل روساريو»; quotes_dev62ar.tsv) grown over the next word, or over the person mention
    that starts there, when that word may be a family name (`_a_repeated_family_name`: no
    function, role, title, place, speech or time word) and no other mention holds it."""
    particles = word_lists("name_particles_ar.tsv").get("ar", frozenset())
    out: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if i in skip:
            continue
        words = m.text.split()
        after = _NEXT_NAME_WORD.match(text, m.end)
        if (
            m.type != "PER"
            or len(words) < 2
            or normalize(words[-1]) not in particles
            or after is None
            or not _a_repeated_family_name(after.group(1))
        ):
            out.append(m)
            continue
        end = after.end(1)
        held = [j for j, o in enumerate(mentions) if o is not m and o.start < end and m.end < o.end]
        if any(mentions[j].type != "PER" or mentions[j].start != after.start(1) for j in held):
            out.append(m)
            continue
        end = max([end] + [mentions[j].end for j in held])
        skip.update(held)
        out.append(Mention(m.start, end, text[m.start : end], "PER"))
    return out


def given_names_read_as_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic one-word place no list knows, written one space before a person mention that
    opens with no title («الفنانة التونسية هند صبري»: the tagger reads «هند» as a place and
    keeps «صبري» alone; quotes_dev62ar.tsv), as that person's given name: one PER. A listed
    place before a person is where the person's role belongs («مدير التعليم بمحافظة ينبع محمد
    العقيبي»), so only an unlisted word is read so."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.type == "PER"
            and prev.type in PLACE_TYPES
            and prev.canonical is None
            and not prev.demonym
            and not prev.announced
            and text[prev.end : m.start] == " "
            and prev.text.isalpha()
            and not _titles_a_name(m.text.split()[0])
            and not _a_place_in_its_own_right(text, prev)
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "PER")
            continue
        out.append(m)
    return out


def _a_place_in_its_own_right(text: str, m: Mention) -> bool:
    """Whether an Arabic one-word place is written as a place: definite («الخرج») or after a
    preposition or function word («في», «من»)."""
    if _definite(m.text):
        return True
    before = text[max(0, m.start - 20) : m.start].split()
    return bool(before) and (
        normalize(before[-1]) in function_words() or folded(before[-1]) in _BEFORE_NO_NAME
    )


# given names that are also a preposition as written: «علي» for «على» ("on": «الحاصل علي نوبل»,
# the Nobel laureate); `with_given_name_ali` reads Ali by its own cues
_PREPOSITION_NAMES = frozenset([normalize("علي")])


_TITLE_AND_WORD_BEFORE = re.compile(rf"(?<!{_WORD})({_WORD}+) ({_WORD}+) $")


def given_names_before_abd(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic person whose first word is an «عبد» name («عبد العزيز عويضة»), written after a
    title and one word no mention holds («الدكتورة عهود عبد العزيز عويضة»: the tagger leaves
    «عهود», covenants, out; quotes_dev64ar.tsv), grown back over that word: an «عبد» name after
    a given name is the father's, and the word between the title and it is the given name when
    it is no common word (nor one behind a proclitic: «الناطق الإعلامي للمديرية عبدالعزيز
    العنزي»), function, role, title, place, time or speech word (`_a_repeated_family_name`)."""
    abd = normalize("عبد")
    out: list[Mention] = []
    for m in mentions:
        before = _TITLE_AND_WORD_BEFORE.search(text, max(0, m.start - 60), m.start)
        if (
            m.type == "PER"
            and normalize(m.text).startswith(abd)
            and before is not None
            and _titles_a_name(before.group(1))
            and not _definite(word := before.group(2))
            and not any(is_common(bare, "ar") for bare in [word, *arabic_bare(plain(word))])
            and not word.startswith("لل")
            and _a_repeated_family_name(word)
            and not any(o.start < m.start and before.start(2) < o.end for o in mentions)
        ):
            m = Mention(before.start(2), m.end, text[before.start(2) : m.end], "PER")
        out.append(m)
    return out


_QUOTED_AFTER_NOUN = re.compile(rf"(?<!{_WORD})({_WORD}+) [«“\"”]$")


def without_quoted_adjectives(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic one-word organization no list knows (not a place: «منطقة جيب "مليلية"»,
    Melilla, ends so too; entities_dev34.tsv), written in quote marks
    right after a common noun without the article, that has the shape of an indefinite feminine
    nisba adjective (… ية; not … ي, which brands end on too: «أودي», «هواوي»): «سلسلة تغريدات “تويترية” أكدت فيها أن» (Twitter-ish tweets;
    quotes_dev62ar.tsv) is scare-quoted, no body, and is dropped so that it speaks for no one;
    a body in quotes is written after its descriptor («شركة "سوني"», `QUOTED_NAME`) or with
    the article («“الهيئة”»)."""
    ending = normalize("ية")
    out: list[Mention] = []
    for m in mentions:
        word = normalize(m.text)
        noun = _QUOTED_AFTER_NOUN.search(text, max(0, m.start - 40), m.start)
        if (
            m.type == "ORG"
            and m.canonical is None
            and not m.demonym
            and m.text.isalpha()
            and not _definite(m.text)
            and word.endswith(ending)
            and len(word) >= 5
            and text[m.end : m.end + 1] in ("»", "”", '"', "“")
            and noun is not None
            and is_common(noun.group(1), "ar")
            and not _definite(noun.group(1))
            and not QUOTED_NAME.match(text, noun.start(1))
        ):
            continue
        out.append(m)
    return out


def family_names_said_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic one-word person that is a listed given name (`arabic_given_names`) grown
    over the definite word after it when the text writes that word alone elsewhere as the
    subject of a speech verb: «المذيع سلطان القحطاني نخبة …» and later «يقول القحطاني:»
    (quotes_dev64ar.tsv) name one man, «سلطان القحطاني»; the word may be a family name
    (`_a_repeated_family_name`: no function, role, title, place, time or speech word) and
    no other mention holds it."""
    out: list[Mention] = []
    for m in mentions:
        after = _NEXT_NAME_WORD.match(text, m.end)
        if (
            m.type == "PER"
            and " " not in m.text
            and normalize(m.text) in arabic_given_names()
            and after is not None
            and _definite(family := after.group(1))
            and _a_repeated_family_name(family)
            and _said_alone(text, family, after.start(1))
            and not any(o is not m and o.start < after.end(1) and m.end < o.end for o in mentions)
        ):
            m = Mention(m.start, after.end(1), text[m.start : after.end(1)], "PER", m.canonical)
        out.append(m)
    return out


def _said_alone(text: str, word: str, at: int) -> bool:
    """Whether the text writes `word` elsewhere than at `at` right after a one-word speech verb
    («يقول القحطاني», «وأضاف القحطاني»)."""
    alone = re.compile(rf"(?<!{_WORD})({_WORD}+) {re.escape(word)}(?!{_WORD})")
    return any(
        found.start(0) + len(found.group(1)) + 1 != at and opens_arabic_speech(found.group(1))
        for found in alone.finditer(text)
    )


_WHOLE_WORD_AFTER = re.compile(rf" ({_WORD}+)(?!{_WORD})")
_TWO_WORDS_BEFORE = re.compile(rf"(?:({_WORD}+) )?({_WORD}+) $")
# what follows a speaker named with his post before a reported clause («… فيصل الخديدي أنه»)
_CLAUSE_AFTER_NAME = frozenset(normalize(w) for w in ("أن", "أنه", "أنها", "إن", "الذي", "التي"))


def people_ending_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic organization or place no list knows whose mention ran on into the given name
    of the person after it, and sometimes his family name: «رئيس الاتحاد السعودي للإسكواش زياد»
    + «التركي» (read as Turkey), «مدير فرع الجمعية … بالطائف فيصل الخديدي أنه» (quotes_dev60ar,
    quotes_dev49b), cut before the given name; the given name and the definite family name after
    it are the person. `people_out_of_bodies` reads only foreign name words; here the split
    needs the body's last word definite (also behind «ل»/«ب»: «للإسكواش», «بالطائف») and no
    title or royal word («جامعة الملك فيصل»), the given name indefinite and no function, title or
    role word, and evidence it is a person: a listed given name (`arabic_given_names`), the
    family name said alone elsewhere («وبين التركي أن», `_said_alone`), or a speaker's post
    before the body and a reported clause after the name (`_posted_speaker`)."""
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(mentions):
        if k in skip:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        split = _person_ending_body(text, m, nxt)
        if split is None:
            out.append(m)
            continue
        body, person, took_next = split
        out += [body, person]
        if took_next:
            skip.add(k + 1)
    return out


def _person_ending_body(
    text: str, m: Mention, nxt: Mention | None
) -> tuple[Mention, Mention, bool] | None:
    """(body, person, whether the person took the next mention) for `people_ending_bodies`,
    or None."""
    if m.type not in {"ORG"} | PLACE_TYPES or m.canonical is not None or m.demonym:
        return None
    words = m.text.split(" ")
    after = _WHOLE_WORD_AFTER.match(text, m.end)
    one_word_next = (
        nxt is not None
        and nxt.start == m.end + 1
        and " " not in nxt.text
        and (nxt.canonical is None or nxt.type in PLACE_TYPES)
    )
    if one_word_next and after is not None and _definite(after.group(1)):
        given, family, body = words[-1], after.group(1), words[:-1]
        end, took_next = after.end(1), True
    elif len(words) >= 4 and _definite(words[-1]):
        given, family, body = words[-2], words[-1], words[:-2]
        end, took_next = m.end, False
    else:
        return None
    if not (
        len(body) >= 2
        and _definite_behind_clitic(body[-1])
        and not _titles_a_name(body[-1])
        and folded(body[-1]) not in named_after_heads()[1]
        and _a_given_name_word(given)
        and (_a_repeated_family_name(family) or is_demonym(family))
    ):
        return None
    cut = m.start + len(" ".join(body))
    start = cut + 1
    if not (
        normalize(given) in arabic_given_names()
        or _said_alone(text, family, end - len(family))
        or _posted_speaker(text, m.start, end)
    ):
        return None
    return (
        Mention(m.start, cut, m.text[: cut - m.start], m.type, announced=m.announced),
        Mention(start, end, text[start:end], "PER"),
        took_next,
    )


def people_after_one_word_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic organization mention no list knows that is one definite noun and the whole
    name of the person after it («الاتحاد كامل زغير» of «الناطق الرسمي باسم الاتحاد كامل زغير»,
    «الهيئة صالح آل مريح» of «مدير فرع الهيئة صالح آل مريح»; quotes_dev80ar): the noun ends the
    speaker's post, the listed given name after it opens the person, so the person is split
    out and the bare noun dropped. `people_ending_bodies` needs a body of two words or more."""
    out: list[Mention] = []
    for m in mentions:
        person = _person_after_one_word_body(text, m)
        out.append(m if person is None else person)
    return out


def _person_after_one_word_body(text: str, m: Mention) -> Mention | None:
    """The person «given name + family name» a one-word body's mention ran into, or None."""
    if m.type != "ORG" or m.canonical is not None or m.demonym:
        return None
    words = m.text.split(" ")
    if len(words) not in (3, 4) or not _definite(words[0]) or _titles_a_name(words[0]):
        return None
    given, family = words[1], words[2:]
    if normalize(given) not in arabic_given_names() or not _a_given_name_word(given):
        return None
    if len(family) == 2 and normalize(family[0]) != normalize("آل"):
        return None  # «آل مريح»: a family name of two words; nothing else after a body
    if not (_a_repeated_family_name(family[-1]) or is_demonym(family[-1])):
        return None
    start = m.start + len(words[0]) + 1
    return Mention(start, m.end, text[start : m.end], "PER")


def _definite_behind_clitic(word: str) -> bool:
    """Whether a word is definite, also behind «ل» («للإسكواش») or «ب» («بالطائف»)."""
    key = normalize(word)
    return _definite_or_after_li(word) or (key[:3] in ("بال", "وال") and len(key) > 4)


def _a_given_name_word(word: str) -> bool:
    """Whether a word may be a given name after a body: letters, indefinite, no proclitic «و»,
    and no function, title, role or pattern word, nationality or place."""
    key, bare = folded(word), normalize(word)
    return (
        word.isalpha()
        and len(bare) >= 3
        and not _definite(word)
        and not (word.startswith("و") and bare not in waw_names())
        and bare not in function_words()
        and key not in _title_and_role_words()
        and not name_patterns().get(("ar", key))
        and not is_demonym(word)
        and lookup(word) is None
    )


def _posted_speaker(text: str, start: int, end: int) -> bool:
    """Whether a speaker's post («رئيس», «مدير»; `speaker_roles`) is one of the two words
    before `start` and a reported clause («أن», «الذي») follows `end`."""
    before = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    after = _WHOLE_WORD_AFTER.match(text, end)
    roles = speaker_roles()
    return (
        before is not None
        and any(w and normalize(w) in roles for w in before.groups())
        and after is not None
        and normalize(after.group(1)) in _CLAUSE_AFTER_NAME
    )


_KUNYA = frozenset(normalize(w) for w in ("أبو", "أبي", "أبا"))
_WHOLE_WORD_BEFORE = re.compile(rf"(?<!{_WORD})({_WORD}+) $")


def kunya_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic two-word person mention that is a kunya («أبي عريش», «أبو عريش») right after a
    word for an administrative place, also behind a proclitic («ببلدية», «بمحافظة»;
    kunya_place_heads_ar.tsv), is the town (GPE): «مدير الخدمات ببلدية أبي عريش سعود نعمان
    أن» (quotes_dev66ar.tsv) gave the quote to «أبي عريش سعود نعمان». A kunya after the title of
    a man («الشيخ أبو بكر») is no town, and none of these words is a title."""
    heads = word_lists("kunya_place_heads_ar.tsv").get("ar", frozenset())
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split(" ")
        before = _WHOLE_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if (
            m.type == "PER"
            and m.canonical is None
            and len(words) == 2
            and normalize(words[0]) in _KUNYA
            and before is not None
            and _a_place_head(before.group(1), heads)
        ):
            m = Mention(m.start, m.end, m.text, "GPE", announced=True)
        out.append(m)
    return out


def _a_place_head(word: str, heads: frozenset[str]) -> bool:
    """Whether a word, or the word without a proclitic, is one of `heads` or a place classifier
    of name_patterns.tsv."""
    key = normalize(word)
    forms = [key] + [key[len(p) :] for p in ARABIC_PROCLITICS if key.startswith(p)]
    return any(
        f in heads or name_patterns().get(("ar", f.replace(" ", ""))) == ("classifier", "GPE")
        for f in forms
    )


_CLAUSE_AFTER_SUBJECT = re.compile(r"\s*،?\s*(?:أن|إن|أنه|إنه|بأن)(?!\w)")
_SUBJECT_END = re.compile(r"[.:؛!?\n«\"]")
MAX_POST_WORDS = 12  # «مشرف فروع حلويات ركن القصيم في مهرجان أبها للتسوق الأستاذ»


def post_nouns_read_as_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """An Arabic person mention opening with a post noun that is also a given name («مشرف»;
    post_given_names_ar.tsv) right after a speech verb, when another person is named later
    in the same subject right before the reported clause («واوضح مشرف جماعة الخط العربي
    بالباحة علي محمد حندودة أن», «أكد مشرف فروع حلويات … الأستاذ سلامة محمود عبداللطيف، أن»;
    quotes_dev68ar.tsv, quotes_dev58ar.tsv): the word opens that person's post («supervisor of
    …»), so the mention goes and the quote is the named person's."""
    posts = word_lists("post_given_names_ar.tsv").get("ar", frozenset())
    people = [m for m in mentions if m.type == "PER"]
    dropped: set[int] = set()
    for m in people:
        before = _WHOLE_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if normalize(m.text.split(" ")[0]) not in posts or before is None:
            continue
        if not opens_arabic_speech(before.group(1)):
            continue
        if any(_names_the_subject(text, m, n) for n in people if n.start >= m.end):
            dropped.add(id(m))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _names_the_subject(text: str, post: Mention, person: Mention) -> bool:
    """Whether `person` ends the subject `post` opens: at most `MAX_POST_WORDS` words and
    no sentence end, colon or quote mark between, and «أن»/«إن» (after a comma too) right
    after the person."""
    between = text[post.end : person.start]
    return (
        len(between.split()) <= MAX_POST_WORDS
        and not _SUBJECT_END.search(between)
        and _CLAUSE_AFTER_SUBJECT.match(text, person.end) is not None
    )
