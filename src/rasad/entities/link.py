"""Linking mentions into entities, within a document and across documents and scripts.

A name's *skeleton* is a consonant key shared by its Arabic, Persian and Latin spellings:
الكاظمي, الکاظمی and Kadhimi all become "kzm"; متئو تولر, ماثيو تولر and Matthew Tueller
become "mt tlr". Gazetteer entries link by their canonical name. Other names link by skeleton
only when it is long enough to tell names apart (`MIN_SKELETON` consonants, and a person's
name of two words or more); a short name, a common word of the language (is, الرئيسي) and a
place the gazetteer does not know link only to the same written form in the same script
(Palu is not Bolivia, Kazemi not Kadhimi). A person's name whose skeleton differs across
scripts (Brett Kavanaugh, بريت كافانو) joins by the letters of its name (`person_alias`).
Within one story, a place the gazetteer does not know joins its spelling in the other script
whose letters correspond (Sulawesi, «سولاوسي»: `place_in_story`), and a surname alone read as
a body joins the person of the story it spells («کاوانو»: `surname_in_story`).
A surname-only mention joins the one full name it shortens, in its document or, when
unambiguous, in the archive: two full names with different given names make their surname join
neither.

Every link says why it was made (`link_reason`, from the entity's key).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources

from rasad.data import read_table, units_table
from rasad.entities.recognise import (
    GazetteerEntry,
    arabic_bare,
    arabic_given_names,
    cldr_place,
    cldr_places,
    common_noun_city,
    company_names,
    consistent_mentions,
    countries,
    demonym_of,
    folded,
    gazetteer,
    gazetteer_key,
    is_common,
    is_demonym,
    is_name_head,
    is_not_name,
    is_spelled_initialism,
    listed_phrases,
    lookup,
    lookup_key,
    name_patterns,
    name_titles,
    names_no_entity,
    opening_name_slot,
    opens_a_body,
    opens_arabic_speech,
    persian_city,
    persian_city_forms,
    plain,
    pointed_place,
    region_of,
    regions,
    role_words,
    unsupported_aliases,
    word_lists,
)
from rasad.lang.date_words import WEEKDAYS
from rasad.lang.months import (
    ARABIC_AMBIGUOUS,
    GREGORIAN_AR,
    GREGORIAN_EN,
    GREGORIAN_FA,
    LEVANTINE_AR,
)
from rasad.lang.quotes import SPEECH_CUES, VIA_SOURCE
from rasad.text.normalize import normalize
from rasad.text.tokenize import PROCLITICS, strip_article
from rasad.text.translit import letters_correspond

# Arabic/Persian letters (normalized forms) → consonant classes; vowels and weak letters drop.
_LETTERS = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ط": "t",
    "ث": "t",
    "ج": "j",
    "چ": "c",
    "ح": "h",
    "ه": "h",
    "خ": "x",
    "د": "d",
    "ذ": "z",
    "ز": "z",
    "ظ": "z",
    "ض": "z",
    "ژ": "j",
    "ر": "r",
    "س": "s",
    "ص": "s",
    "ش": "s",
    "ع": "",
    "غ": "q",
    "ق": "q",
    "ف": "f",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "و": "",
    "ی": "",
    "ا": "",
    "ء": "",
}
# Latin digraphs first, then single letters; vowels, w, y and v drop like و/ی.
_DIGRAPHS = (
    ("ng", "n"),
    ("kh", "x"),
    ("gh", "q"),
    ("sh", "s"),
    ("ch", "c"),
    ("th", "t"),
    ("dh", "z"),
    ("ph", "f"),
    ("zh", "j"),
    ("ck", "k"),
    ("dj", "j"),
)
_LATIN = {
    **{c: c for c in "bdfghjklmnqrstxz"},
    "p": "b",
    "c": "k",
    **dict.fromkeys("aeiouwyv'’`", ""),
}
_LATIN_ARTICLE = re.compile(r"^(al|el|ul)[-\s]", re.I)
# Portuguese "nh"/"lh" at a word's end before its vowel (Mourinho, Carvalho, Filho) is one
# palatal sound, n or l + y, that Arabic writes «ني»/«لي» or «نه»/«له» (مورينيو, مورينهو):
# all key as n/l. Only at a word's end, where an English "nh" (Manhattan) never stands.
_LATIN_PALATAL_END = re.compile(r"([nl])h([ao]s?)$")
_ARABIC_PALATAL_END = re.compile("([نل])هو$")


def arabic_palatal(word: str) -> str:
    """An Arabic-script word with a final «نهو»/«لهو» read as «نو»/«لو» (`_ARABIC_PALATAL_END`)."""
    return _ARABIC_PALATAL_END.sub(r"\1و", word)


_LATIN_ARTICLE_WORD = re.compile(r"\b(al|el)[-\s]+(?=\w)", re.I)
_REPEATS = re.compile(r"(.)\1+")
MIN_SKELETON = 5  # consonants a skeleton needs to link different spellings (mt tlr, not kzm)
# a one-word name needs more: five consonants alone still meet by chance across scripts
# (مانشستر and Munster are both "mnstr")
MIN_ONE_WORD_SKELETON = 6
AMBIGUOUS = "PER:?"  # a surname two different full names share: it joins neither
IN_DOCUMENT = "@"  # a key made one document's own (`PER:=حسين@doc`): not linked across documents
PLACES = frozenset(["GPE", "LOC"])
OWN_SPELLING = "#"  # `PER:~nf#نواف`: a spelling its skeleton's entity does not hold in its language
# letters Arabic script writes for long vowels and hamza seats: one spelling of a name may
# write them where another leaves them out (مانشستر, مانشيستر), in the middle of a word
_VOWEL_LETTERS = frozenset("اویيءئؤأإآى")


def latin_unaccented(word: str) -> str:
    """A Latin word with its accents dropped (Arsène → Arsene, José → Jose), as the consonant
    keys read it; a word of another script, or with letters no accent removal makes ASCII
    (ß, ø), unchanged."""
    if word.isascii():
        return word
    bare = "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )
    return bare if bare.isascii() else word


def word_skeleton(word: str) -> str:
    """Consonant key of one word in any of the three scripts (a Latin word's accents dropped)."""
    word = latin_unaccented(word)
    if word.isascii():
        word = _LATIN_PALATAL_END.sub(r"\1\2", _LATIN_ARTICLE.sub("", word.lower()))
        for digraph, sound in _DIGRAPHS:
            word = word.replace(digraph, sound)
        key = "".join(_LATIN.get(ch, "") for ch in word)
    else:
        # نگ before a consonant is how Persian writes a Latin "ng" that Arabic writes ن
        word = arabic_palatal(strip_article(word).replace("نگ", "ن"))
        key = "".join(_LETTERS.get(ch, "") for ch in word)
    return _REPEATS.sub(r"\1", key)


# A compound given name is written in one word or two (عبدالله, عبد الله; نصرالله, نصر الله;
# Abdulaziz, Abdul Aziz): linking reads it as one word, so both spellings are one name.
_COMPOUND_HEADS = frozenset(["عبد"])
_COMPOUND_TAILS = frozenset(["الله", "الدین"])  # normalized (الدين → الدین)
_ABD_TAILS = frozenset(["ربه"])  # عبد ربه "servant of his Lord": no article, one given name
_LATIN_COMPOUND_HEADS = frozenset(["abd", "abdel", "abdul", "abdal", "abdol", "abdil"])


@cache
def surname_suffixes_apart() -> frozenset[str]:
    """Surname-forming suffixes a key joins to the word before (نژاد, زاده, پور; Arabic نجاد:
    data/gazetteers/surname_suffixes_apart.tsv), normalized."""
    return frozenset(normalize(w) for _, w in read_table("gazetteers/surname_suffixes_apart.tsv"))


def suffixed_surname(text: str) -> bool:
    """Whether one written word is a surname with its suffix joined by a ZWNJ («احمدی‌نژاد»):
    the word lists hold such surnames as common words (common_words.tsv lists «احمدی نژاد»
    from a word-frequency list), but alone they name their person."""
    parts = normalize(text).split()
    return len(parts) > 1 and len(text.split()) == 1 and parts[-1] in surname_suffixes_apart()


def fused_compounds(words: list[str]) -> list[str]:
    """Normalized words with each compound given name as one word: عبد + an article word
    (عبد الرحمن) or ربه (عبد ربه منصور هادي and عبدربه منصور هادي: one president, 48 and 11
    mentions apart on the s43 archive), a word + الله or الدین (نصر الله, نور الدین), Abdul +
    a word; and a surname with its suffix (`surname_suffixes_apart`) as one word, however the
    two are separated («احمدی‌نژاد» and «احمدی نژاد»: `normalize` reads a ZWNJ as a space, and
    the surname alone had keyed apart from «محمود احمدی‌نژاد», fars-13971005000574)."""
    out: list[str] = []
    for word in words:
        prev = out[-1] if out else ""
        if word.isascii():
            fuse = prev.lower() in _LATIN_COMPOUND_HEADS
        else:
            fuse = (
                bool(prev)
                and not prev.isascii()
                and (
                    (prev in _COMPOUND_HEADS and word.startswith("ال") and len(word) > 3)
                    or (prev in _COMPOUND_HEADS and word in _ABD_TAILS)
                    or (word in _COMPOUND_TAILS and prev not in CHAIN_WORDS)
                    or (word in surname_suffixes_apart() and prev not in CHAIN_WORDS)
                )
            )
        if fuse:
            out[-1] = prev + word
        else:
            out.append(word)
    return out


@cache
def name_spellings() -> dict[str, dict[str, str]]:
    """Language ("en", "ar", "fa") → a written form of a listed Western name → the consonant
    skeleton of its Latin spelling (data/gazetteers/name_spellings.tsv): جون, جان and John are
    all "jhn". A form listed under two names with different skeletons is left out."""
    table = resources.files("rasad.data").joinpath("gazetteers/name_spellings.tsv")
    found: dict[str, dict[str, set[str]]] = {"en": defaultdict(set), "ar": defaultdict(set)}
    found["fa"] = defaultdict(set)
    for line in table.read_text("utf-8").splitlines()[2:]:
        latin, ar, fa = line.split("\t")
        key = word_skeleton(normalize(latin))
        found["en"][normalize(latin)].add(key)
        for lang, forms in (("ar", ar), ("fa", fa)):
            for form in forms.split("|"):
                found[lang][normalize(form)].add(key)
    return {
        lang: {form: next(iter(keys)) for form, keys in forms.items() if len(keys) == 1}
        for lang, forms in found.items()
    }


def name_word_skeleton(word: str, lang: str | None = None) -> str:
    """Consonant key of one normalized word of a name: a listed Western name's Arabic-script
    transcription in a document of its language (ar, fa) takes its Latin spelling's skeleton
    (جون → "jhn" as John; جان only in Persian, where it is John, not Jean), a Latin spelling
    in any document; any other word its own `word_skeleton`."""
    if word.isascii():
        listed = name_spellings()["en"].get(word)
    elif lang in ("ar", "fa"):
        table = name_spellings()[lang]
        listed = table.get(word) or (table.get(word[1:]) if word[:1] == "و" else None)
    else:
        listed = None
    return listed if listed is not None else word_skeleton(word)


@lru_cache(maxsize=200_000)  # a name is keyed again each time a story's views link it
def skeleton(name: str, lang: str | None = None) -> str:
    """Consonant key of a name: one skeleton per word (a compound given name one word, a listed
    Western name as its Latin spelling in a document of `lang`: `name_word_skeleton`), empty
    words dropped."""
    words = [
        latin_unaccented(w)
        for w in _LATIN_ARTICLE_WORD.sub("", normalize(name)).replace("-", " ").split()
    ]
    keys = (name_word_skeleton(w, lang) for w in fused_compounds(words))
    return " ".join(k for k in keys if k)


def entity_id(key: str) -> str:
    """A short id that stays the same for the same key across runs."""
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


@dataclass
class EntityRecord:
    key: str
    type: str
    name: str | None = None  # canonical (gazetteer) name
    names: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    documents: list[str] = field(default_factory=list)
    mentions: int = 0

    def to_export(self) -> dict:
        forms = sum(self.names.values(), Counter())
        ranked = [f for f, _ in forms.most_common()]
        if self.type == "PER":  # a full name before its surname alone (محمد عمر, not عمر)
            ranked.sort(key=lambda f: " " not in f.strip())
        latin = [f for f in ranked if f.isascii()]
        return {
            "id": entity_id(self.key),
            "type": self.type,
            "name": self.name or (latin[0] if latin else ranked[0]),
            "names": {
                lang: [f for f, _ in c.most_common() if not _elided_article(f, c)]
                for lang, c in sorted(self.names.items())
            },
            "documents": list(self.documents),
            "mentions": self.mentions,
            "linked_by": link_reason(self.key, forms),  # why its forms are one entity
        }


def _elided_article(form: str, forms: Counter[str]) -> bool:
    """A form cut from a word whose article lost its alif after the preposition ل («للعراق»
    read as ل + «لعراق»), when the entity also has the whole form («العراق»): the same name,
    not a spelling of its own to list."""
    return form.startswith("ل") and not form.startswith("ال") and "ا" + form in forms


@cache
def canonical_types() -> dict[str, str]:
    """Gazetteer or CLDR place name → its type: a known entity keeps one key whatever a
    mention's type (اندونزی read as an organization is still the country)."""
    places = {entry.name: entry.type for entry in cldr_places()[0].values()}
    return places | {entry.name: entry.type for entry in gazetteer().values()}


@lru_cache(maxsize=200_000)
def written_form(text: str) -> str:
    """A name as written, normalized (letter variants, marks, case), its article dropped, a
    compound given name one word (عبد الله صالح is written عبدالله صالح)."""
    words = fused_compounds(normalize(text).replace("-", " ").split())
    return " ".join(w if w.isascii() else strip_article(w) for w in words)


def without_family_name(text: str) -> str:
    """A person's name chain without the family name at its end (سلمان بن عبدالعزيز آل سعود →
    سلمان بن عبدالعزيز): given name and father's name already say who it is, and news write
    the family name or leave it out. Only after a بن chain of three words or more: طلال آل
    الشيخ keeps its family name."""
    words = text.split()
    if len(words) < 5 or normalize(words[-2]) != normalize("آل"):
        return text
    chain = {normalize(w) for w in ("بن", "ابن", "بنت")}
    if not any(normalize(w) in chain for w in words[1:-2]):
        return text
    return " ".join(words[:-2])


# A person's name too short for its skeleton (Joko Widodo: "jk wd") links across scripts when
# every vowel is written: the Arabic-script spelling writes each vowel the Latin one has
# (جوكو ويدودو, جوکو ویدودو), so letter by letter the two spell one sound.
VOWELLED = "^"
# what opens a key's name when the key is no gazetteer name: a written form, a skeleton, sounds
NOT_GAZETTEER = ("=", "~", VOWELLED)
_ARABIC_VOWELS = {"ا": "a", "و": "u", "ی": "i"}  # normalized: ي → ی, أ إ آ → ا
_LATIN_VOWEL_SOUNDS = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}
_LATIN_SOUNDS = {**{c: c for c in "bdfghjklmnqrstxz"}, "p": "b", "c": "k", "v": "f", "w": "w"}
_CONSONANT_VOWEL = re.compile(r"(?:[^aiu][aiu]+)+[^aiu]?|[aiu]+(?:[^aiu][aiu]+)*[^aiu]?")


def vowelled_name(text: str) -> str | None:
    """A name of two words or more as the sounds of its letters, vowels included (جوكو ويدودو
    and Joko Widodo are both "juku widudu"), or None: when a word has two consonants in a row,
    a letter no other script writes (ع), or too few letters, its Arabic-script spelling leaves
    vowels out and letters cannot tell it from another name."""
    words = fused_compounds(normalize(text).replace("-", " ").split())
    if len(words) < 2:
        return None
    spelt = [_vowelled_sounds(w) for w in words]
    if any(w is None for w in spelt):
        return None
    return " ".join(spelt)  # type: ignore[arg-type]


MIN_VOWELLED = 4  # letters of each word: جو and Jo are too many names


def _vowelled_sounds(word: str) -> str | None:
    """A normalized word's sounds when it spells every vowel (`vowelled_name`), else None."""
    sounds = _word_sounds(word)
    if sounds is None or len(sounds) < MIN_VOWELLED or not _CONSONANT_VOWEL.fullmatch(sounds):
        return None
    return sounds


def vowelled_word(word: str) -> bool:
    """Whether one word spells every vowel («پالو»: "palu"), as a foreign name's transcription
    does and a Persian or Arabic word seldom does («ساماندهی»)."""
    return _vowelled_sounds(normalize(word)) is not None


def _word_sounds(word: str) -> str | None:
    """One word's sounds, vowels as a, i, u; doubled letters once (None: an unknown letter)."""
    if word.isascii():
        word = _LATIN_ARTICLE.sub("", word.lower())
        for digraph, sound in _DIGRAPHS:
            word = word.replace(digraph, sound)
        sounds = [_LATIN_VOWEL_SOUNDS.get(ch) or _LATIN_SOUNDS.get(ch) for ch in word]
    else:
        word = strip_article(word)
        sounds = []
        for i, ch in enumerate(word):
            if ch in _ARABIC_VOWELS and not (i == 0 and ch in "وی"):
                sounds.append(_ARABIC_VOWELS[ch])
            else:  # و and ی opening a word are w and y; other letters their consonant
                sounds.append({"و": "w", "ی": "y"}.get(ch) or _LETTERS.get(ch) or None)
    if any(s is None for s in sounds):
        return None
    return _REPEATS.sub(r"\1", "".join(sounds))  # type: ignore[arg-type]


# A person's name whose consonant skeleton differs across scripts (Brett Kavanaugh "brt knq",
# بريت كافانو "brt kfn") meets its other spelling by a coarse skeleton, the letters a
# transcription may write for one Latin letter one class (g: غ ج گ ق; s: س ز), and joins it
# only when its letters correspond (`EntityIndex.spells_across`).
_COARSE = str.maketrans({"g": "k", "q": "k", "j": "k", "c": "k", "z": "s"})


def coarse_skeleton(name: str) -> str:
    """The coarse consonant key of a name in any script: `word_skeleton`'s letters with
    those one Latin letter is written as merged (`_COARSE`), "ng" as n + g (نغ, نج, نگ:
    Donggala, دونغالا, دونگالا), doubled letters once."""
    words = [
        latin_unaccented(w)
        for w in _LATIN_ARTICLE_WORD.sub("", normalize(name)).replace("-", " ").split()
    ]
    keys = []
    for word in fused_compounds(words):  # طريق الملك عبد العزيز: عبدالعزيز
        if word.isascii():
            # a "gh" inside a word is silent (Kavanaugh, كافانو), a v written «ف» (Vanuatu)
            word = word[:1] + word[1:].replace("gh", "")
            word = _LATIN_ARTICLE.sub("", word).replace("v", "f")
            for digraph, sound in _DIGRAPHS[1:]:  # not ("ng", "n")
                word = word.replace(digraph, sound)
            key = "".join(_LATIN.get(ch, "") for ch in word)
        else:
            key = "".join(_LETTERS.get(ch, "") for ch in strip_article(word))
        if key := _REPEATS.sub(r"\1", key.translate(_COARSE)):
            keys.append(key)
    return " ".join(keys)


# the letters Arabic and Persian transcriptions write for a Latin g (Wenger: فينجر, فينغر; گ)
_G_LETTERS = str.maketrans({"غ": "ج", "گ": "ج"})


def g_folded(form: str) -> str:
    """An Arabic-script written form with every letter a transcription writes for g as ج."""
    return form.translate(_G_LETTERS)


CROSS_SCRIPT = "%"  # opens a `by_surname` word: a person's coarse skeleton (`person_alias`)


def person_alias(text: str) -> str | None:
    """The word a person's name of two words or more registers under `EntityIndex.by_surname`
    (its coarse skeleton, `coarse_skeleton`, each word's h left out but a word's only letter),
    so that its spelling in another script, whose consonant skeleton differs (Brett Kavanaugh
    "brt knq", بريت كافانو "brt kfn"), finds the entity; None for a shorter name (counted with
    its h)."""
    words = coarse_skeleton(without_family_name(text)).split()
    if len(words) < 2 or sum(map(len, words)) < MIN_SKELETON:
        return None
    # a transcription drops an h it hears faintly (Nugroho, «نوجروو»)
    return CROSS_SCRIPT + " ".join(w.replace("h", "") or w for w in words)


_W_OPENING = re.compile(r"\bw(?=[aeiou])", re.IGNORECASE)


def person_aliases(text: str) -> tuple[str, ...]:
    """`person_alias` and, for a Latin name with a word opening with a w before a vowel, the
    alias with that w read as v: a German or Polish w is written «ف» (Arsène Wenger, «ارسين
    فينجر»), an English one «و» or nothing (William, «وليام»), and the Latin spelling cannot
    tell which, so the name registers and looks up both."""
    alias = person_alias(text)
    if alias is None:
        return ()
    if not latin_unaccented(text).isascii() or not _W_OPENING.search(text):
        return (alias,)
    as_v = person_alias(_W_OPENING.sub("v", text))
    return (alias,) if as_v in (None, alias) else (alias, as_v)


# A place no gazetteer lists (Sulawesi, Palu, Donggala) joins its spelling in another script
# only where both are written in one story: across the whole archive a short place name's
# letters meet an unrelated word by chance (round 70 measured 32 of 98 such merges wrong:
# Yukon and «عقان», Warwick and «العروق»). Each story registers its places under a loose
# sound key (`place_in_story`); a place new to the archive finds there the other script's
# place it may be and joins it when its letters correspond (`place_spells_across`). The join
# is remembered (`place_across`), so that spelling joins the place in later stories too.
PLACE_IN_STORY = "&"  # opens a `by_surname` word: a story's place by its loose sound key
PLACE_ACROSS = "+"  # opens a `by_surname` word: a place key that joined another script's place
MIN_PLACE_LETTERS = 4  # letters of a place's name: fewer are too many names (Ur, Aba)
MIN_PLACE_CONSONANTS = 2  # consonants of its coarse skeleton (Palu: "bl")
# letters a transcription writes or leaves out as it hears them: Latin v and f, Persian «و» for
# a v read as a vowel (Harvard: هارفارد, هاروارد), an h (ه, ح, silent)
_LOOSE_LETTERS = str.maketrans("", "", "fh ")


def links_as_place(text: str, kind: str, lang: str | None = None) -> bool:
    """Whether a place no gazetteer lists may join its spelling in another script: not a
    common word, `MIN_PLACE_LETTERS` letters and `MIN_PLACE_CONSONANTS` consonants, no figure
    (a date read as a place, «29 فروردين», is no name)."""
    if kind not in PLACES or is_common(text, lang) or any(ch.isdigit() for ch in text):
        return False
    letters = written_form(text).replace(" ", "")
    return (
        len(letters) >= MIN_PLACE_LETTERS
        and len(coarse_skeleton(text).replace(" ", "")) >= MIN_PLACE_CONSONANTS
    )


def own_place_key(key: str, text: str, lang: str | None = None) -> bool:
    """Whether a key is a place's own written form no gazetteer lists (`LOC:=palu`), the key
    of this mention's very spelling, and a name that may join across scripts."""
    kind, _, rest = key.partition(":")
    return (
        kind in PLACES
        and rest == "=" + written_form(text)
        and not (name_piece(key) or shared_club_key(key))
        and links_as_place(text, kind, lang)
    )


def place_in_story(story: str | None, text: str) -> str | None:
    """The word a place registers under `EntityIndex.by_surname` in its story: the story and
    the place's coarse skeleton without the letters transcriptions write or drop as they hear
    them (`_LOOSE_LETTERS`), a letter once, the same for Donggala, دونغالا, دونگالا; None
    outside a story."""
    loose = _REPEATS.sub(r"\1", coarse_skeleton(text).translate(_LOOSE_LETTERS))
    return f"{PLACE_IN_STORY}{story} {loose}" if story and loose else None


# A person's surname alone that a translation's recogniser reads as a body («کاوانو» ORG in the
# Persian of a story whose English writes Brett Kavanaugh) joins that person: a Latin full name
# registers its surname's loose key in its story (`surname_in_story`).
SURNAME_IN_STORY = "$"  # opens a `by_surname` word: a story's person by its surname's loose key
PERSON_READ_AS = frozenset(["ORG", "MISC"])


def surname_in_story(story: str | None, surname: str) -> str | None:
    """The word a Latin full name registers under `EntityIndex.by_surname` in its story: its
    surname's loose key (`place_in_story`'s); None outside a story."""
    word = place_in_story(story, surname)
    return SURNAME_IN_STORY + word[len(PLACE_IN_STORY) :] if word else None


def surname_read_as_body(key: str, text: str, lang: str | None = None) -> bool:
    """Whether an Arabic-script one-word key read as an organization or MISC is its mention's
    very spelling and may be a person's surname alone (`links_as_place`'s length and words)."""
    kind, _, rest = key.partition(":")
    return (
        kind in PERSON_READ_AS
        and not text.isascii()
        and len(text.split()) == 1
        and rest == "=" + written_form(text)
        and not (name_piece(key) or shared_club_key(key))
        and links_as_place(text, "LOC", lang)
    )


# An organization no gazetteer lists (Sunday Times, Fox News, Der Spiegel, YouGov) joins its
# spelling in another script where one story writes both, as a place does (`place_in_story`):
# its skeleton differs across scripts as a transcription hears it («صنداي تايمز» "snd tmz").
BODY_IN_STORY = "*"  # opens a `by_surname` word: a story's organization by its loose sound key
BODIES = frozenset(["ORG"])


def body_in_story(story: str | None, text: str) -> str | None:
    """The word an organization registers under `EntityIndex.by_surname` in its story: its
    loose sound key (`place_in_story`'s); None outside a story."""
    word = place_in_story(story, text)
    return BODY_IN_STORY + word[len(PLACE_IN_STORY) :] if word else None


def own_body_key(key: str, text: str, lang: str | None = None) -> bool:
    """Whether a key is an organization's no gazetteer lists, by written form or skeleton and
    of this mention's type (`ORG:=yougov`, `ORG:~snd tmz`), and a name that may join across
    scripts: no common word, `MIN_PLACE_LETTERS` letters, no figure (`links_as_place`)."""
    kind, _, rest = key.partition(":")
    return (
        kind in BODIES
        and rest.startswith(("=", "~"))
        and IN_DOCUMENT not in rest
        and OWN_SPELLING not in rest
        and not (name_piece(key) or shared_club_key(key))
        and links_as_place(text, "LOC", lang)
    )


def place_across(key: str) -> str:
    """The word remembering the place a place key joined across scripts."""
    return PLACE_ACROSS + key


def place_spells_across(target: str, text: str) -> bool:
    """Whether a place's written form is the name of the place key `target` in the other
    script: one Latin, the other Arabic script, corresponding letter by letter
    (`letters_correspond`); never two Arabic-script spellings, which are one key or two
    names. The target is a place no gazetteer lists (`LOC:=sulawesi`) or a listed place no list
    gives an Arabic-script form (`GPE:Palu`, `listed_latin_only`)."""
    kind, _, rest = target.partition(":")
    if kind not in PLACES:
        return False
    if listed_latin_only(target):
        held, form = written_form(rest), written_form(text)
    elif rest.startswith("=") and IN_DOCUMENT not in rest:
        held, form = rest[1:], written_form(text)
    else:
        return False
    if held.isascii() == form.isascii():
        return False
    latin, arabic = (held, form) if held.isascii() else (form, held)
    return letters_correspond(latin, arabic)


@cache
def places_without_arabic_script() -> frozenset[str]:
    """The names of the listed places (`listed_places`: GeoNames' cities and towns, US
    states) that no list gives an Arabic or Persian form, nor the gazetteer (Palu: 2,295 of
    places_linked_cities.tsv's 4,961 rows have neither): a translation writes them as it hears
    them, and only the story that writes both tells which spelling is theirs."""
    listed = listed_places()
    arabic = {entry.name for (lang, _), entry in listed.items() if lang in ("ar", "fa")}
    arabic |= {entry.name for key, entry in gazetteer().items() if not key.isascii()}
    return frozenset(entry.name for entry in listed.values()) - arabic


def listed_latin_only(key: str) -> bool:
    """Whether a key is a listed place's (`GPE:Palu`) that no list names in Arabic script
    (`places_without_arabic_script`), with a Latin name: its Arabic and Persian spellings may
    join it as a place no gazetteer lists joins its Latin spelling (`place_spells_across`)."""
    kind, _, rest = key.partition(":")
    return (
        kind in PLACES
        and rest.isascii()
        and not rest.startswith(("=", "~"))
        and rest in places_without_arabic_script()
    )


def links_by_skeleton(text: str, kind: str, lang: str | None = None) -> bool:
    """Whether a name may join other spellings by its consonant skeleton: not a place (only the
    gazetteer links places across scripts), not a common word, a skeleton of `MIN_SKELETON`
    consonants or more, and a person's name of two words or more."""
    if kind in PLACES or is_common(text, lang):
        return False
    words = skeleton(text, lang).split()
    if kind == "PER" and len(words) < 2:
        return False
    return sum(map(len, words)) >= (MIN_SKELETON if len(words) > 1 else MIN_ONE_WORD_SKELETON)


def is_skeleton_key(key: str) -> bool:
    """Whether an entity key links by consonant skeleton (`TYPE:~skeleton`, no own spelling)."""
    rest = key.partition(":")[2]
    return rest.startswith("~") and OWN_SPELLING not in rest and IN_DOCUMENT not in rest


def spelled_by(key: str, text: str, lang: str | None = None) -> bool:
    """Whether an Arabic-script form is a spelling of a skeleton key's whole name (not a
    surname that joined it)."""
    return (
        is_skeleton_key(key)
        and not text.isascii()
        and key.partition("~")[2] == skeleton(text, lang)
    )


def whole_spelling(key: str, text: str, lang: str | None = None) -> bool:
    """Whether a form in any script spells a skeleton key's whole name (not a surname that
    joined it)."""
    return is_skeleton_key(key) and key.partition("~")[2] == skeleton(text, lang)


# An Arabic-script word opening on a long vowel (اوستروی, ایهود: alif with و or ی) is no Latin
# word opening on a consonant (Straw), and a Latin word opening on a vowel (Ostrowy) no Arabic
# word opening on a consonant other than the letters that write a vowel's onset (ستروی).
_ARABIC_VOWEL_ONSETS = ("او", "ای", "آ")
_ARABIC_ONSET_LETTERS = frozenset("اأإآعءئؤوی")
_LATIN_VOWELS = frozenset("aeiou")


def onsets_agree(latin: str, arabic: str) -> bool:
    """Whether a Latin and an Arabic-script spelling of one skeleton open each word alike: a
    vowel against a vowel's onset, a consonant against a consonant (Jack Straw is not جاك
    اوستروی, whose consonants are the same)."""
    words_l = fused_compounds(normalize(latin).replace("-", " ").split())
    words_a = [strip_article(w) for w in fused_compounds(normalize(arabic).split())]
    if len(words_l) != len(words_a):
        return True  # the skeleton matched across a different cut: nothing to compare
    for lw, aw in zip(words_l, words_a, strict=True):
        lw = _LATIN_ARTICLE.sub("", lw.lower())
        if not lw or not aw:
            continue
        latin_vowel = lw[0] in _LATIN_VOWELS
        if aw.startswith(_ARABIC_VOWEL_ONSETS) and not latin_vowel and lw[0] not in "hwy":
            return False
        if latin_vowel and aw[0] not in _ARABIC_ONSET_LETTERS:
            return False
        if not _inner_vowels_agree(lw, aw):
            return False
    return True


# The vowel letters an Arabic-script word writes after a consonant, and the Latin letters the
# same place must hold: «و» writes o, u or w (تولر is Tueller, not Taylor, whose "ay" Persian
# writes «تیلور»), «ی» a vowel other than o or u alone (جیمز, James: "a" as in "ei").
_WRITTEN_VOWELS = (("و", frozenset("ouw")), ("ی", frozenset("aeiy")))


def _inner_vowels_agree(latin: str, arabic: str) -> bool:
    """Whether each vowel letter an Arabic-script word writes between or after its consonants
    has a Latin vowel of its kind in the same place: the words are cut at their skeleton's
    consonants, so only words with as many consonants are compared (else nothing is said)."""
    groups_l, groups_a = _vowel_groups(latin, latin=True), _vowel_groups(arabic, latin=False)
    if groups_l is None or groups_a is None or len(groups_l) != len(groups_a):
        return True
    for written, heard in zip(groups_a[1:], groups_l[1:], strict=True):  # the onset apart
        for letter, sounds in _WRITTEN_VOWELS:
            if letter in written and not sounds & set(heard):
                return False
    return True


def _vowel_groups(word: str, latin: bool) -> list[str] | None:
    """A word's letters between its skeleton consonants (the first before the first consonant),
    doubled consonants once; None when a letter is neither a consonant nor a vowel letter."""
    if latin:
        for digraph, sound in _DIGRAPHS:
            word = word.replace(digraph, sound)
    groups, last = [""], None
    for ch in word:
        consonant = (_LATIN if latin else _LETTERS).get(ch)
        if consonant is None:
            return None
        if not consonant:
            groups[-1] += ch
        elif not (consonant == last and not groups[-1]):
            groups.append("")
        last = consonant or last
    return groups


def spelling_key(key: str, text: str) -> str:
    """The key of a spelling of its own beside its skeleton's entity (`EntityIndex.own_spelling`)."""
    return f"{key}{OWN_SPELLING}{written_form(text)}"


def same_spelling(a: str, b: str, lang: str | None = None) -> bool:
    """Whether two written forms of one language are one name: equal word for word, or a word
    the other with vowel letters written inside it (مانشستر, مانشيستر); not two words whose
    vowels differ (نايف, نواف) nor a nisba's final ي (عمر, عمري). A Portuguese "nh"/"lh" at a
    word's end is «نيو» or «نهو» (مورينيو, مورينهو), one name; so are two transcriptions of
    one listed Western name in a document of `lang` (`name_spellings`: سيرغي and سيرجي are
    Sergei; الغامدي and الجامدي, listed nowhere, stay two names)."""
    words_a = [arabic_palatal(w) for w in a.split()]
    words_b = [arabic_palatal(w) for w in b.split()]
    return len(words_a) == len(words_b) and all(
        _vowels_inserted(*sorted((x, y), key=len)) or _listed_alike(x, y, lang)
        for x, y in zip(words_a, words_b, strict=True)
    )


# Latin letters that write one sound (Viktor, Victor; Kostas, Costas; Pawel, Pavel): a word
# written with the same vowels and these letters swapped is one name (`latin_alike`); not "th"
# and "t": John Smith is not John Smit
_LATIN_ONE_SOUND = (("ck", "k"), ("ph", "f"), ("c", "k"), ("v", "w"))
_LATIN_VOWEL_LETTERS = re.compile(r"[aeiouy]")
_LATIN_NOT_LETTERS = re.compile(r"[^a-z]")


def latin_alike(a: str, b: str) -> bool:
    """Whether two Latin spellings of one consonant skeleton are one name: word for word the
    same consonant letters with other vowels (Kadhimi, Kadhemi; Mohammad, Mohammed; Hussein,
    Husain) or the same vowels with letters of one sound swapped (Viktor, Victor); not two names
    whose consonants only sound alike (John Kerry, John Cryer; James Brown, James Bourne).
    Articles (al-) and words without a consonant (the W of George W Bush) are left out; a word
    before the last may be written short, as an initial or the start of a given name (D
    Humphreys, David Humphreys; Matt Bellamy, Matthew Bellamy)."""
    words_a, words_b = _latin_name_words(a), _latin_name_words(b)
    if len(words_a) != len(words_b) or not words_a:
        return False
    given = zip(words_a[:-1], words_b[:-1], strict=True)
    return _latin_words_alike(words_a[-1], words_b[-1]) and all(
        _latin_words_alike(x, y) or _shortened(*sorted((x, y), key=len)) for x, y in given
    )


def _shortened(short: str, long: str) -> bool:
    """Whether a given name is written short: an initial (D, David) or a start of three letters
    or more (Matt, Matthew)."""
    return long.startswith(short) and (len(short) == 1 or len(short) >= 3)


def _latin_name_words(name: str) -> list[str]:
    """A Latin name's words, lower-cased letters only, without an article or a vowel-only word."""
    words = _LATIN_ARTICLE_WORD.sub("", name.lower()).replace("-", " ").split()
    letters = (_LATIN_NOT_LETTERS.sub("", w) for w in words)
    return [w for w in letters if word_skeleton(w)]


def _latin_words_alike(a: str, b: str) -> bool:
    """Whether two Latin name words differ only in vowels or in letters of one sound."""
    if _consonant_letters(a) == _consonant_letters(b):
        return True
    for letters, sound in _LATIN_ONE_SOUND:
        a, b = a.replace(letters, sound), b.replace(letters, sound)
    return _REPEATS.sub(r"\1", a) == _REPEATS.sub(r"\1", b)


def _consonant_letters(word: str) -> str:
    """A Latin word's letters without vowels, a doubled letter once (mohammad, mohamed: mhmd)."""
    return _REPEATS.sub(r"\1", _LATIN_VOWEL_LETTERS.sub("", word))


def _listed_alike(a: str, b: str, lang: str | None) -> bool:
    """Whether two words are transcriptions of one Western name `name_spellings` lists for the
    document's language."""
    table = name_spellings().get(lang or "", {}) if lang in ("ar", "fa") else {}
    return a in table and table.get(b) == table[a]


def _vowels_inserted(short: str, long: str) -> bool:
    if short == long:
        return True
    if len(short) < 2 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    i = 0
    for ch in long:
        if i < len(short) and ch == short[i]:
            i += 1
        elif ch not in _VOWEL_LETTERS:
            return False
    return i == len(short)


@cache
def gazetteer_pieces() -> dict[str, frozenset[str]]:
    """Each word of a gazetteer name of two words or more → the entries whose names have it."""
    out: dict[str, set[str]] = defaultdict(set)
    for key, entry in gazetteer().items():
        if " " in key:
            for word in key.split():
                out[word].add(entry.name)
    return {w: frozenset(names) for w, names in out.items()}


def name_piece(key: str) -> bool:
    """Whether a one-word key other than a person's is a word of two or more gazetteer names
    and not a name of its own (United of United States, United Nations, Manchester United):
    alone it names different things, so it links within its document only."""
    kind, _, rest = key.partition(":")
    if kind == "PER" or not rest.startswith("=") or " " in rest or IN_DOCUMENT in rest:
        return False
    word = rest[1:]
    return lookup_key(word) is None and len(gazetteer_pieces().get(word, ())) > 1


def mention_key(text: str, kind: str, canonical: str | None, lang: str | None = None) -> str:
    """The cross-document key of a single mention: `TYPE:Canonical name` for a gazetteer entry,
    `TYPE:~skeleton` for a name long enough to link by skeleton, `TYPE:=form` otherwise (the
    written form; Latin and Arabic-script forms never meet); a person's family name after a
    بن chain is left out (`without_family_name`)."""
    if canonical:
        return f"{canonical_types().get(canonical, kind)}:{canonical}"
    if kind == "PER":
        text = without_family_name(text)
    if links_by_skeleton(text, kind, lang):
        return f"{kind}:~{skeleton(text, lang)}"
    if kind == "PER" and (spelt := vowelled_name(text)):
        return f"{kind}:{VOWELLED}{spelt}"
    return f"{kind}:={written_form(text)}"


def surname_word(key: str) -> str | None:
    """The written surname a one-word person key may join a full name by (`PER:=کاظمی`), or
    None: a surname joins a full name written with the same surname, never by skeleton."""
    kind, _, rest = key.partition(":")
    if kind == "PER" and rest.startswith("=") and " " not in rest and len(rest) > 1:
        return rest[1:]
    return None


def link_reason(key: str, forms: Iterable[str] = ()) -> str:
    """Why the mentions of the entity with this key (and these surface forms) were linked."""
    kind, _, rest = key.partition(":")
    if rest.startswith("~") and OWN_SPELLING in rest:
        reason = "same written form (another spelling of its skeleton is another entity)"
    elif rest.startswith("~"):
        reason = f"same consonant skeleton '{rest[1:]}' ({MIN_SKELETON}+ consonants)"
    elif rest.startswith("=") and IN_DOCUMENT in rest:
        reason = "same written form in one document (a one-word name alone links no further)"
    elif rest.startswith("=") and kind in PLACES and _both_scripts(forms):
        reason = (
            "same written form; its spelling in another script joined it where one story"
            " wrote both, letter by letter"
        )
    elif rest.startswith("="):
        reason = "same written form"
    elif rest.startswith(VOWELLED):
        reason = f"same letters with every vowel written '{rest[1:]}' (a name too short for its skeleton)"
    else:
        reason = f"gazetteer entry '{rest}' lists each form"
    if rest.startswith("~") and (listed := _listed_transcriptions(forms)):
        reason += f"; {listed}: listed transcriptions of a Western name (name_spellings.tsv)"
    if kind == "PER" and not rest.startswith("=") and any(" " not in f.strip() for f in forms):
        reason += "; a one-word form is a listed short form or a surname that joined the full name"
    return reason


def _both_scripts(forms: Iterable[str]) -> bool:
    """Whether the forms hold a Latin and an Arabic-script one."""
    forms = list(forms)
    return any(f.isascii() for f in forms) and not all(f.isascii() for f in forms)


def _listed_transcriptions(forms: Iterable[str]) -> str:
    """The words of Arabic-script forms that linked only through `name_spellings` (جون), as
    one string, or ""."""
    tables = name_spellings()
    words = {
        w
        for f in forms
        if not f.isascii()
        for w in normalize(f).split()
        if any(word_skeleton(w) != t.get(w, word_skeleton(w)) for t in (tables["ar"], tables["fa"]))
    }
    return ", ".join(sorted(words))


def is_function_word(word: str, lang: str | None) -> bool:
    """Whether a word is a function word or generic reference of its language (أن, has,
    المملكة: data/gazetteers/function_words.tsv)."""
    return normalize(word) in word_lists("function_words.tsv").get(lang or "", frozenset())


@cache
def _weekdays() -> frozenset[str]:
    return frozenset(folded(w) for w in WEEKDAYS)


@cache
def _month_names() -> frozenset[str]:
    """Month names that are no one's name (نيسان "April", شباط, Dec, Sept): the Gregorian
    months in Arabic, Levantine and Persian spelling and English abbreviations. Not the
    Hijri and Jalali months, which are also given names (رمضان, رجب, بهمن), nor the forms
    `ARABIC_AMBIGUOUS` lists (مارس, مه), nor English May, June, August."""
    names = {*GREGORIAN_AR, *LEVANTINE_AR, *GREGORIAN_FA}
    names |= {w for w in GREGORIAN_EN if len(w) <= 4 and w != "may"}
    return frozenset(folded(w) for w in names if w not in ARABIC_AMBIGUOUS)


@cache
def calling_words() -> frozenset[str]:
    """The titles and callings that announce a person in name_patterns.tsv (الأمير, المدرب),
    folded: alone they name no one."""
    return frozenset(w for (_, w), (kind, _) in name_patterns().items() if kind == "person")


def _is_title(text: str) -> bool:
    """A title word alone, also behind an Arabic proclitic (المهندس, والمهندس, للمهندس)."""
    key = folded(text)
    titles = role_words()["title"] | role_words()["honorific"] | calling_words()
    if key in titles:
        return True
    bare = ["ال" + key[2:]] if key.startswith("لل") else []
    bare += [key[1:]] if key[:1] in PROCLITICS else []
    return any(b in titles for b in bare)


UNIT_TYPES = frozenset(["MISC", "GPE", "LOC"])  # a currency word is none of them; a club may be


def linkable(mention: dict, lang: str | None) -> bool:
    """Whether a mention is a name an entity may have: not a word without letters or of one
    letter (ـ, I), a function word or generic reference of its language (أن, has, المملكة:
    data/gazetteers/function_words.tsv; a "surname" an older version repeated from a name
    whose span ran into it), a lower-case English word, God, a weekday (Monday), a title
    alone (المهندس "the engineer", الأمير "the prince"), a month (نيسان "April"), a classifier
    of place names alone (جزیره "island": data/gazetteers/name_heads.tsv), a religion,
    scripture, feast or genre (Islam, Christmas, R&B), or a currency or
    unit tagged MISC or read as a place (دولار: ANERcorp tags currencies so; اليورو; a club named
    like one, الريال, is an ORG and stays)."""
    return _linkable(mention["text"], mention.get("type"), bool(mention.get("canonical")), lang)


@lru_cache(maxsize=65_536)  # a name is met again in every document and story that writes it
def _linkable(text: str, kind: str | None, listed: bool, lang: str | None) -> bool:
    text = text.strip()
    if sum(ch.isalpha() for ch in text) < 2 or is_not_name(text, lang):
        return False
    if names_no_entity(text, lang):
        return False  # Islam, Christmas, R&B: data/gazetteers/not_entities.tsv
    if lang == "ar" and common_noun_city(text):
        return False  # «مشهد» "a scene" (المشهد), read by an older version as Mashhad
    if kind in UNIT_TYPES and is_unit_word(text):
        return False  # اليورو read as a place
    if kind == "PER" and _title_only(text, lang):
        return False  # «الله العظمی», a span cut inside «آیت الله العظمی»: no name left
    if not listed and is_name_head(text, lang):
        return False  # جزیره "island", خلیج "gulf": a classifier of place names alone
    if lang == "en" and text.islower():
        return False
    if is_function_word(text, lang):
        return False
    key = folded(text)
    if key in _weekdays() or key.lower() in _month_names() or _is_title(text):
        return False
    return not any(b in _month_names() for b in arabic_bare(key))


def _title_only(text: str, lang: str | None) -> bool:
    """Whether every word of a text is a title piece (data/gazetteers/name_titles.tsv) or God's
    name: a person's span cut inside a title, with no name in it."""
    pieces = name_titles()["piece"]
    words = text.split()
    return any(normalize(w) in pieces for w in words) and all(
        normalize(w) in pieces or is_not_name(w, lang) for w in words
    )


def opens_with_title(form: str) -> bool:
    """Whether a person's written form opens with a title or honorific («امام خمینی», «آیت الله
    سیستانی», «حضرت آیت‌الله العظمی خامنه ای»): roles.tsv's titles and honorifics, the callings
    of name_patterns.tsv and data/gazetteers/name_titles.tsv."""
    words = [normalize(w) for w in form.split()]
    titles = name_titles()["honorific"] | name_titles()["piece"]
    heads = [words[0], " ".join(words[:2])] if len(words) > 1 else []
    return any(h in titles or _is_title(h) for h in heads)


def _title_piece(word: str) -> bool:
    """A title's inner word that opens no name («العظمی»): a span starting on it was cut."""
    return word in name_titles()["piece"]


@cache
def _unit_words() -> frozenset[str]:
    """The written forms of data/claims/units.tsv (currencies and measures), normalized."""
    return frozenset(normalize(form) for unit in units_table() for form in unit.forms)


def is_unit_word(text: str) -> bool:
    """Whether a surface is a currency or unit word, behind clitics or the article
    (بالدولار, الدولار, Dollars)."""
    form, units = normalize(text).lower(), _unit_words()
    return any(f in units or strip_article(f) in units for f in (form, *arabic_bare(form)))


_WORDS = re.compile(r"\S+")


POSSESSIVE = ("'s", "’s")
# an indefinite case ending (ضغوطًا "pressures", جديدٌ): a common noun or adjective, no name's word
_TANWEEN = re.compile("[\u064b-\u064d]")


# «علي» written with its dotted ي opening a person's name is the given name, which normalized
# reads as the preposition «على» (entities.recognise.with_given_name_ali)
GIVEN_NAME_ALI = "علي"


def trimmed(mention: dict, lang: str | None, given_name: bool = False) -> dict:
    """A mention without the function words its span ran into at either end (ترامب أن,
    Trump has) nor an Arabic word with an indefinite case ending at its end (جوكو ضغوطًا), an
    English possessive (Brown's) and, for a person, a title before the name
    (المهندس فيصل): the gazetteer name stays only when the trimmed form is still listed.
    `given_name`: the first word is the person's given name though it is a function word
    too (`opening_given_name`: «ولی رحمانی» opening an article)."""
    text = mention["text"]
    if mention.get("canonical") and getattr(lookup(text), "name", None) == mention["canonical"]:
        return mention  # a listed form whole (المملكة العربية السعودية)
    if is_spelled_initialism(text):
        return mention  # «سي إن إن»: «إن» is a letter there, no function word
    spans = [w.span() for w in _WORDS.finditer(text)]
    words = [normalize(text[a:b]) for a, b in spans]
    function_words = word_lists("function_words.tsv").get(lang or "", frozenset())
    first, last = _without_figures(mention, text, spans)
    while last - first > 1 and (
        words[last - 1] in function_words or _TANWEEN.search(text[slice(*spans[last - 1])])
    ):
        last -= 1
    while last - first > 1 and (
        (
            words[first] in function_words
            and not (given_name and first == 0)
            and not _heads_a_body(mention, words, first)
            and not (mention["type"] == "PER" and text[slice(*spans[first])] == GIVEN_NAME_ALI)
        )
        or (mention["type"] == "PER" and (_is_title(words[first]) or _title_piece(words[first])))
    ):
        first += 1
    a, b = spans[first][0], spans[last - 1][1]
    possessive = text[a:b].endswith(POSSESSIVE) and text[a].isascii() and b - a > 3
    if (first, last) == (0, len(spans)) and not possessive:
        return mention
    b -= 2 if possessive else 0  # Brown's: the name is Brown
    out = {**mention, "text": text[a:b]}
    if mention.get("start") is not None:
        out["start"], out["end"] = mention["start"] + a, mention["start"] + b
    entry = lookup(text[a:b])
    if mention.get("canonical") and (entry is None or entry.name != mention["canonical"]):
        out["canonical"] = None
    return out


def opening_given_name(mention: dict, mentions: list[dict], text: str | None) -> bool:
    """Whether a Persian person of two words opens the article's first sentence
    (`opening_name_slot`) and the document writes its last word alone as a person too: the
    full name the recogniser read there (`persian_opening_given_name`), whose first word is
    the given name even when it is a function word («ولی رحمانی» … «رحمانی عنوان داشت»)."""
    words = mention["text"].split()
    if not text or mention.get("type") != "PER" or len(words) != 2:
        return False
    if mention.get("start") is None or not opening_name_slot(text, mention["start"]):
        return False
    return any(
        m is not mention and m.get("type") == "PER" and m["text"].strip() == words[1]
        for m in mentions
    )


MIN_NAME_WORDS = 2  # words a person's name keeps once figures are cut from it


def _without_figures(mention: dict, text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The first and end word of a person's name without the figures its span ran into: a word
    holding a digit is no part of a person's name (names43.tsv: 0 of 91), so the name ends
    before the first one after its first word ("Vincent Spadea 6-2 6-4", «جیمی واردی 45») and
    starts after those before it. Only where a full name of two words or more is left, or a
    surname followed by set or game scores alone ("Roddick 6-2 7-6": `_scores_only`): a
    surname alone with another figure («رضايي 655», «1 ثقفي», "27-year-old Ross") would join
    the one full name of the archive written with it, another person as often as not
    (names43.md)."""
    whole = 0, len(spans)
    if mention["type"] != "PER":
        return whole
    figures = [any(ch.isdigit() for ch in text[a:b]) for a, b in spans]
    first = next((i for i, figure in enumerate(figures) if not figure), len(spans))
    last = next((i for i in range(first + 1, len(spans)) if figures[i]), len(spans))
    if last - first >= MIN_NAME_WORDS or (first == 0 and _scores_only(text, spans[last:])):
        return first, last
    return whole


_SCORE_TOKEN = re.compile(r"\(?\d{1,2}-\d{1,2}\)?,?")  # 6-2, 30-0, (7-5): a set or game


def _scores_only(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the words after a one-word name are all set or game scores ("Roddick 6-2 7-6",
    "Nadal 6-7", "Roddick 30-0", names44.tsv: 4 of 4 a player's surname): a player in a match,
    whom the document names in full, unlike an age or a count before or after a surname."""
    return bool(spans) and all(_SCORE_TOKEN.fullmatch(text[a:b]) for a, b in spans)


# «علي», the given name Ali, is also how Saudi and Yemeni text writes the preposition على; both
# normalize alike, so the function word list holds it and a person's span leaves it out
# («الرئيس المخلوع علي عبدالله صالح» is read «عبدالله صالح»). Written «علي» (ي, not ى) at the
# head of a person's name it is the name (names42.tsv: 53 of 54). The entity lists the name
# with it (`name_form`) and keeps its key: an article that writes «على» or no given name before
# the same name stays that entity (names42 keyed the longer form apart and split Saleh).
GIVEN_ALI = "علي"
FULL_NAME = "full_name"  # a mention's field: its name with the given name the span left out


def name_form(mention: dict) -> str:
    """The form an entity lists for one of its mentions: the mention's text, or its name with
    the given name «علي» its span left out (`with_given_ali`)."""
    return mention.get(FULL_NAME) or mention["text"]


def listed_text(form: str) -> str:
    """The mention text a stored name form stands for (`name_form`): without the given name
    «علي» it was listed with. Only a gazetteer name keeps «علي» at its head in a mention's text
    (`trimmed` leaves a function word at a name's edge out): its key is no skeleton, whose
    spellings this reads (`services.entity_links`)."""
    given, _, rest = form.partition(" ")
    return rest if given == GIVEN_ALI and rest else form


def with_given_ali(mention: dict, text: str | None, lang: str | None) -> dict:
    """An Arabic person's mention the document writes right after «علي» (spelled with ي, after a
    space, a mark or the text's start) with the name «علي» + its text as `FULL_NAME`. A name of
    one word only after a title («المهندس علي الشمري»): «القبض علي الشمري» may be the
    preposition; not after a name «علي» would continue («محمد علي ياسين العمري»)."""
    start = mention.get("start")
    if lang != "ar" or mention["type"] != "PER" or mention.get("canonical") or text is None:
        return mention  # a listed name is read whole by the gazetteer
    if not start or start < 4 or text[start - 4 : start] != GIVEN_ALI + " ":
        return mention
    if text[start : mention.get("end")] != mention["text"] or mention["text"].startswith(GIVEN_ALI):
        return mention
    if start > 4 and text[start - 5].isalnum():
        return mention  # وعلي, أعلي: another word
    before = text[max(0, start - 40) : start - 4].split()
    if len(mention["text"].split()) < 2 and (not before or not _is_title(before[-1])):
        return mention
    if before and not _ends_no_name(before[-1]):
        return mention  # «محمد علي ياسين العمري», «رفيق علي أحمد»: a longer chain
    return {**mention, FULL_NAME: f"{GIVEN_ALI} {mention['text']}"}


def _ends_no_name(word: str) -> bool:
    """Whether a word right before «علي» ends anything but a name that «علي» would continue:
    a mark after it, the article (المخلوع), a title, a function or common word (وقوات)."""
    if not word[-1].isalnum() or word.startswith(("ال", "وال")) or _is_title(word):
        return True
    return any(
        is_function_word(w, "ar") or is_common(w, "ar") for w in (word, *arabic_bare(word)) if w
    )


def _heads_a_body(mention: dict, words: list[str], first: int) -> bool:
    """Whether an organization's first word is the head word of its name (الهيئة of الهيئة
    العامة للاستثمار), kept though alone it is a generic reference (الهيئة, "the authority")."""
    return mention["type"] == "ORG" and first == 0 and opens_a_body(words[first])


def honorific_person(mention: dict, lang: str | None) -> dict:
    """A MISC mention that opens with an honorific before a name («Mr Howard», «آقای X»:
    roles.tsv's honorifics) as the person, typed PER («Mr Howard» was a MISC entity of 13
    mentions: eval/labels/misc46.tsv); `trimmed` then leaves the honorific out."""
    words = mention["text"].split()
    if mention.get("type") != "MISC" or mention.get("canonical") or len(words) < 2:
        return mention
    if folded(words[0]) not in role_words()["honorific"]:
        return mention
    if lang == "en" and not all(w[:1].isupper() for w in words[1:]):
        return mention
    return {**mention, "type": "PER"}


def linked_mentions(
    mentions: list[dict], lang: str | None, text: str | None = None
) -> list[tuple[int, dict]]:
    """(position, mention) of a document's mentions as the archive links them: no mention
    that is no name (`linkable`), a continent's adjective as a mention of its region
    (data/gazetteers/regional_adjectives.tsv), and a one-word person form that is the last word of a name
    chain of the same person in the document (عبدالعزيز of سلمان بن عبدالعزيز, as an older
    version copied it) without the gazetteer name: it is many people. As the entities stage
    does, a proclitic glued to a name the document writes alone is left out, one written name
    has one type (`consistent_mentions`), a country's CLDR name is the country, a place name
    two places share unpointed is the one the document tells (`bare_names_read`), a name of
    several words the hand list gives is its entry (`listed_named`), an Iranian province written
    as «استان» and its name (or its name alone where that names no city) is the province
    (`province_named`), a place or an organization written as a listed US state's, city's
    (a Persian one's GeoNames name too), town's, club's or body's form is that place, club or
    body (`place_listed`, `organization_listed`), a city or country with an adjective
    after it is the place (`place_of_adjective`), a Persian university read as a place is an
    organization (`body_by_head_fa`), a club name clubs of several countries share is the
    club of the country the document tells (`clubs_of_countries`) and, given the document's
    `text`, an English town a sports text sets in a match is its club (`clubs_named`) and a
    name written after a word such as "firm" or "giant", or a place's before "shares" or "said",
    is a body (`bodies_named`); a place written after a word for a town («محافظة بيشة») is a
    town in the whole document (`towns_after_classifiers`) and an English name several
    cities share (Manchester) a city (`city_typed`), both GPE, and a Persian province's name
    right after «استان» or «استاندار» the province (`province_after_its_word`)."""
    chained = {
        (m.get("canonical"), m["text"].split()[-1])
        for m in mentions
        if m["type"] == "PER" and m.get("canonical") and after_chain_word(m["text"])
    }
    out = []
    # the vote reads names as they are linked, trimmed («ابي الى» is «ابي»), so linking a
    # document's stored mentions again gives the same mentions (also what an older version stored)
    given = {
        i for i, m in enumerate(mentions) if lang == "fa" and opening_given_name(m, mentions, text)
    }
    consistent = consistent_mentions(
        [
            trimmed(pointed(honorific_person(m, lang)), lang, i in given)
            for i, m in enumerate(mentions)
        ],
        lang,
    )
    consistent = bare_names_read(consistent, lang, text)
    consistent = people_titled_by_first_name(surnames_of_people(consistent, lang, text), lang, text)
    consistent = clubs_of_countries(consistent, lang, text)
    clubs = clubs_named(consistent, lang, text)
    bodies = bodies_named(consistent, lang, text)
    towns = towns_after_classifiers(consistent, lang, text)
    person_towns = persons_after_town_classifiers(consistent, lang, text)
    bare_aliases = (
        unsupported_aliases(
            text,
            [(m["text"], m.get("type"), m.get("canonical"), m.get("start")) for m in consistent],
            lang,
        )
        if text
        else set()
    )
    places = places_of_document(consistent)
    for i, m in enumerate(consistent):
        if i in bare_aliases:
            continue  # «بشكل رئيسي» stored by an older version as Ebrahim Raisi
        kept = lang == "fa" and opening_given_name(m, consistent, text)
        m = without_common_adjective(without_nisba(trimmed(m, lang, kept), lang, places), lang)
        m = listed_named(country_named(m, lang), lang)
        m = province_after_its_word(m, lang, text)
        m = place_listed(company_named(province_named(m, lang)), lang)
        m = body_by_head_fa(place_of_adjective(m, lang), lang, text)
        m = person_typed_as_town(town_typed(city_typed(m, lang), towns), person_towns)
        if m["type"] in CLUB_READ_TYPES and m["text"].strip().lower() in clubs:
            m = {**m, "type": "ORG", "canonical": None}
        m = organization_listed(m, lang)
        if m.get("canonical") is None and m["text"].strip() in bodies:
            m = {**m, "type": "ORG"}
        if not linkable(m, lang) or lent_surname(m) or unit_after_figure(m, text, lang):
            continue
        if m["type"] == "PER" and (m.get("canonical"), m["text"].strip()) in chained:
            m = {**m, "canonical": None}
        region = region_of(m["text"], lang)
        if region is not None:  # European, اروپایی: a mention of Europe, no entity of its own
            m = {**m, "type": region.type, "canonical": region.name}
        out.append((i, read_from_text(m, text, lang)))
    return out


def read_from_text(mention: dict, text: str | None, lang: str | None) -> dict:
    """A mention with what the linker reads again from its document's text at every link
    and never stores (`stages.entities.READ_AGAIN`): a given name «علي» before it
    (`with_given_ali`), a country's feminine adjective after it (`before_place_adjective`)
    and the full name the text gives it (`named_in_context`). One chain for the store's
    linking (`linked_mentions`) and a corpus linked in memory (`link_corpus`)."""
    m = before_place_adjective(with_given_ali(mention, text, lang), text, lang)
    return named_in_context(m, text, lang)


# a figure with a decimal part in any script's digits (7.5, ٧٫٥, Persian ۴/۴): a measure, whose
# next word is its unit; a whole number may be a count, an issue's or a model's number
# («شماره 51 روزنامه«بنيان»», «امبراير 505 فانوم 300»), before a name
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_DECIMAL_BEFORE = re.compile(rf"[{_DIGIT}]+[.\u066b/][{_DIGIT}]+\s*$")


def unit_after_figure(mention: dict, text: str | None, lang: str | None) -> bool:
    """Whether a mention is a one-word name no gazetteer lists, read as MISC, that an Arabic or
    Persian text writes right after a figure with a decimal part: the measure's unit or scale
    («زلزال بقوة 7.5 ريختر», «عند 1.75 هللة»), no entity of its own."""
    if lang not in ("ar", "fa") or not text or mention.get("type") != "MISC":
        return False
    if mention.get("canonical") or len(mention["text"].split()) != 1:
        return False
    start = mention.get("start")
    return start is not None and bool(_DECIMAL_BEFORE.search(text[max(0, start - 16) : start]))


NAMED_IN_CONTEXT = "named_in_context"  # a mention's field: a title or a speech verb names it


def named_in_context(mention: dict, text: str | None, lang: str | None) -> dict:
    """A one-word Arabic or Persian person mention the text writes right after a title or
    honorific («الرئيس هادي», «للرئيس هادي», «الرئيس اليمني هادي», «دکتر فورد») or as a speech
    verb's subject («وقال براون», «وتابع رسول»; Persian «رحيمي افزود»), with `NAMED_IN_CONTEXT`:
    such a word names a person even when it is also a common word («هادي» "calm"), so it may
    shorten the full name its document writes (`link_document`; eval/labels/names46.tsv: 12 of
    12 such mentions in a random 60 were the full name's person, the 21 mentions that were no
    one's surname none of them)."""
    start, end = mention.get("start"), mention.get("end")
    if lang not in ("ar", "fa") or mention["type"] != "PER" or text is None or start is None:
        return mention
    word = mention["text"].strip()
    if " " in word or text[start:end] != mention["text"] or _is_title(word):
        return mention
    if text[start - 1 : start].isalpha():
        return mention  # «لهادي»: a proclitic the span leaves out, no title or verb before
    before = text[max(0, start - 40) : start].split()
    cued = bool(before) and (
        _is_title(before[-1])
        or (len(before) > 1 and _is_title(before[-2]) and is_demonym(before[-1]))
        or (lang == "ar" and opens_arabic_speech(before[-1]))
    )
    if not cued and lang == "fa":
        after = folded(" ".join(text[end : end + 30].split()[:2]))
        cued = any(after.startswith(cue) for cue in _speech_cues("fa"))
    return {**mention, NAMED_IN_CONTEXT: True} if cued else mention


@cache
def _speech_cues(lang: str) -> tuple[str, ...]:
    """The speech verbs of `rasad.lang.quotes.SPEECH_CUES` (folded) that a subject may stand
    next to: not «به نقل از» ("quoting"), whose noun is the source."""
    return tuple(folded(c) for c in SPEECH_CUES.get(lang, []) if c not in VIA_SOURCE)


# The word before a name's last word that makes it a father's or family name (سلمان بن
# عبدالعزيز آل سعود): that word alone is someone else (عبدالعزيز, سعود), never a surname.
CHAIN_WORDS = frozenset(["بن", "بنت", "ابن", "آل", "bin", "ibn", "bint"])


def pointed(mention: dict) -> dict:
    """A listed place mention whose pointing names another place than its bare letters
    (عمّان, Amman, stored by an older version as عمان, Oman) with the pointed place's name."""
    place = pointed_place(mention["text"]) if mention.get("canonical") else None
    if place is None or place.name == mention["canonical"]:
        return mention
    return {**mention, "type": place.type, "canonical": place.name}


def country_named(mention: dict, lang: str | None) -> dict:
    """A mention no gazetteer named whose whole text is a country's CLDR name, with that
    country as its name (اندونزی read as an organization, stored so by an older version)."""
    if mention.get("canonical") or mention.get("type") in PLACES:
        return mention
    country = cldr_place(mention["text"], lang)
    if country is None or country.name not in countries():
        return mention
    return {**mention, "canonical": country.name}


@cache
def shared_bare_names() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(language, bare form) → (the place, its country, the place the gazetteer reads): the
    place names two places share unpointed (data/gazetteers/shared_bare_names.tsv)."""
    rows = read_table("gazetteers/shared_bare_names.tsv")
    return {
        (lang, plain(bare)): (place, country, other) for lang, bare, place, country, other in rows
    }


# a mention this close to a country's is one item of a list of countries («والمغرب وعمان وفلسطين»)
_LIST_GAP = 3


def bare_names_read(mentions: list[dict], lang: str | None, text: str | None = None) -> list[dict]:
    """A document's mentions with a shared bare name read as the place whose country the
    document names (shared_bare_names): «عمان» in a document naming Jordan and naming Oman no
    other way (سلطنة عمان, العماني, عُمان) is Amman, Jordan's capital, unless it stands in a
    list of countries (read in the document's `text` where given). Without its pointing the
    word is ambiguous; the document tells."""
    if not any(lang == key[0] for key in shared_bare_names()):
        return mentions
    named = Counter(m.get("canonical") for m in mentions)
    out = []
    for m in mentions:
        read = shared_bare_names().get((lang or "", plain(m["text"])))
        if read is not None and m.get("canonical") == read[2] and read[1] in named:
            bare = sum(
                1
                for o in mentions
                if o.get("canonical") == read[2] and plain(o["text"]) == plain(m["text"])
            )
            if bare == named[read[2]] and not _in_a_list_of_countries(m, mentions, text):
                m = {**m, "type": "GPE", "canonical": read[0]}
        out.append(m)
    return out


def _in_a_list_of_countries(mention: dict, mentions: list[dict], text: str | None = None) -> bool:
    """Whether a mention stands beside a country's name (not its adjective: «العاصمة الأردنية
    عمان» is no list), a few characters apart and, given the document's `text`, only a list's
    separators between (`_LIST_SEPARATORS`: «السفارة السعودية بعمان», the embassy in Amman,
    holds a preposition and the adjective «السعودية», written as the country), or its place in
    the text is unknown."""
    start, end = mention.get("start"), mention.get("end")
    if start is None or end is None:
        return True
    return any(
        o is not mention
        and o.get("canonical") in countries()
        and not is_demonym(o["text"])
        and o.get("start") is not None
        and (
            (0 <= start - o["end"] <= _LIST_GAP and _separates_a_list(text, o["end"], start))
            or (0 <= o["start"] - end <= _LIST_GAP and _separates_a_list(text, end, o["start"]))
        )
        for o in mentions
    )


# what stands between two items of a list of countries: spaces, commas, «و» ("and"), «أو» ("or")
_LIST_SEPARATORS = re.compile(r"[\s,،/\-–]*(?:و|أو|او)?\s*")


def _separates_a_list(text: str | None, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds only a list's separators (no text: assumed so)."""
    return text is None or bool(_LIST_SEPARATORS.fullmatch(text, start, end))


def listed_named(mention: dict, lang: str | None) -> dict:
    """A mention no list named whose whole text is a name of several words the hand list gives
    an entry in this language (`recognise.listed_phrases`), of the entry's type (or an
    organization for a place, as `recognise.merge` reads it), with the entry's name: what a
    newer hand list names reaches the mentions an older version stored (Lib Dems, «مقام معظم
    رهبری»), and a person's honorific before a name his entry lists («امام خمینی»:
    `titled_person`). A one-word form is left alone: the recognizer leaves a listed surname
    unnamed where the document names another person by it."""
    if mention.get("canonical") or lang is None:
        return mention
    text = mention["text"].strip()
    entry = listed_phrases().get((lang, plain(text)))
    kind = mention.get("type")
    if entry is None and kind == "PER":
        entry = titled_person(text)
    if entry is None or (text.isascii() and not text[:1].isupper()):
        return mention
    if kind != entry.type and not (entry.type in PLACES and kind in {*PLACES, "ORG"}):
        return mention
    return {**mention, "canonical": entry.name}


def titled_person(text: str) -> GazetteerEntry | None:
    """The hand-list person a name written after an honorific names: «امام خمینی», «الإمام
    الخميني» are Ruhollah Khomeini, whose entry lists «خمینی» (data/gazetteers/name_titles.tsv;
    the honorific is no form of the entry, so the recognizer's features do not read «امام» as a
    word of a person's name: «امام جمعه قم» is the Friday prayer leader of Qom). The rest must
    be an entry's form as written, no proclitic read off it («امام باقر» is not ب + اقر)."""
    words = text.split()
    for n in (1, 2):
        head, rest = " ".join(words[:n]), " ".join(words[n:])
        if rest and normalize(head) in name_titles()["honorific"]:
            entry = gazetteer().get(gazetteer_key(rest))
            return entry if entry is not None and entry.type == "PER" else None
    return None


_PROVINCE_WORD = "استان"  # "province (of)", before a province's name


@cache
def iran_provinces() -> dict[str, GazetteerEntry]:
    """Written forms (as `plain` reads them) of Iran's provinces → the province (GPE), from
    data/gazetteers/provinces_ir.tsv: «استان» + the name always, the name alone where `bare`."""
    forms: dict[str, GazetteerEntry] = {}
    for name, fa, bare in read_table("gazetteers/provinces_ir.tsv"):
        entry = GazetteerEntry("GPE", name)
        forms[plain(f"{_PROVINCE_WORD} {fa}")] = entry
        if bare == "yes":
            forms[plain(fa)] = entry
    return forms


@cache
def province_names() -> frozenset[str]:
    """Iran's provinces' names alone (data/gazetteers/provinces_ir.tsv), as `plain` reads them,
    whether or not the name alone names the province (قم is the city too)."""
    return frozenset(plain(fa) for _, fa, _ in read_table("gazetteers/provinces_ir.tsv"))


def province_named(mention: dict, lang: str | None) -> dict:
    """A Persian place mention no list named whose whole text is an Iranian province's name
    («استان مازندران», «خوزستان»: `iran_provinces`), with that province as its name and type
    (they were places of their written form, LOC)."""
    if lang != "fa" or mention.get("canonical") or mention.get("type") not in PLACES:
        return mention
    province = iran_provinces().get(plain(mention["text"].strip()))
    if province is None:
        return mention
    return {**mention, "type": province.type, "canonical": province.name}


@cache
def province_words_fa() -> tuple[str, ...]:
    """Persian words before a province's name that make it the province («استان»,
    «استاندار»: data/gazetteers/province_words_fa.tsv), as `plain` reads them."""
    return tuple(plain(word) for (word,) in read_table("gazetteers/province_words_fa.tsv"))


def province_after_its_word(mention: dict, lang: str | None, text: str | None) -> dict:
    """A Persian place mention whose text is an Iranian province's name and no city's, written
    right after «استان» or «استاندار» (`province_words_fa`), is that province, whatever list
    named it («استان [کردستان]» was Iraq's Kurdistan Region). A province named as its capital
    («استان کرمان») is left to the city, as the labels link it (entities_dev49: link recall
    0.927 → 0.906 when it was the province)."""
    start = mention.get("start")
    if lang != "fa" or not text or start is None or mention.get("type") not in PLACES:
        return mention
    name = plain(mention["text"].strip())
    if name not in province_names() or ("fa", name) in listed_places():
        return mention  # a province named as its capital («استان کرمان») is left to the city
    words_before = plain(text[max(0, start - 30) : start].strip()).split()
    if not words_before or words_before[-1] not in province_words_fa():
        return mention
    province = iran_provinces()[plain(f"{_PROVINCE_WORD} {mention['text'].strip()}")]
    return {**mention, "type": province.type, "canonical": province.name}


# Places, clubs and bodies read only for a mention the recognizer already typed as one, without
# a name (session 51: entities_top51.md); the lists are no features of the CRF
PLACES_LINKED_CITIES = (
    "gazetteers/us_states.tsv",
    "gazetteers/places_linked_cities.tsv",
    "gazetteers/cities_other_spellings.tsv",
)
ORGANIZATIONS_LINKED = ("gazetteers/clubs_linked.tsv", "gazetteers/bodies_linked.tsv")
# States by other names (the Soviet Union, the Czech Republic) and towns of 15,000 to 100,000
# people by their Arabic-script names (session 53: «كلاله», «أريحا», «بعلبك» were LOC entities of
# their written forms), read after the larger cities' list
PLACES_LINKED_TOWNS = ("gazetteers/countries_other_names.tsv", "gazetteers/places_linked_towns.tsv")


def _forms_by_language(paths: tuple[str, ...]) -> dict[tuple[str, str], GazetteerEntry]:
    """(language, form as `plain` reads it) → the entry of the `type name ar fa en` tables."""
    forms: dict[tuple[str, str], GazetteerEntry] = {}
    for path in paths:
        for kind, name, *cells in read_table(path):
            for lang, cell in zip(("ar", "fa", "en"), cells, strict=False):
                for form in filter(None, cell.split("|")):
                    forms.setdefault((lang, plain(form)), GazetteerEntry(kind, name))
    return forms


@cache
def listed_places() -> dict[tuple[str, str], GazetteerEntry]:
    """The places a place mention no list named may be written as, by language and written form,
    the first list that gives a form keeping it: cities.tsv's forms that name a city in Persian
    text (`recognise.persian_city_forms`: اصفهان, تبریز), US states by hand (us_states.tsv),
    GeoNames' cities of 100,000 people (places_linked_cities.tsv), states by other names
    (countries_other_names.tsv) and GeoNames' towns of 15,000 in Arabic and Persian
    (places_linked_towns.tsv). One lookup for the GeoNames lists: their Persian forms share none,
    nor any with a province's or a company's, so which list names a mention is as it was with
    two."""
    forms = {("fa", form): city for form, city in persian_city_forms().items()}
    for key, entry in _forms_by_language(PLACES_LINKED_CITIES + PLACES_LINKED_TOWNS).items():
        forms.setdefault(key, entry)
    return forms


@cache
def listed_organizations() -> dict[tuple[str, str], GazetteerEntry]:
    """Football clubs and bodies' short names by language and written form
    (data/gazetteers/clubs_linked.tsv, bodies_linked.tsv)."""
    return _forms_by_language(ORGANIZATIONS_LINKED)


def place_listed(mention: dict, lang: str | None) -> dict:
    """A place mention no list named whose whole text is a listed state's or city's form in its
    language («كاليفورنيا», California; «بوسطن», Boston), with that place as its name and type
    (GPE): one entity in every language (each written form was a LOC entity of its own)."""
    if mention.get("canonical") or mention.get("type") not in PLACES:
        return mention
    entry = listed_places().get((lang or "", plain(mention["text"].strip())))
    if entry is None:
        return mention
    return {**mention, "type": entry.type, "canonical": entry.name}


@cache
def official_name_tails() -> frozenset[str]:
    """Adjectives that end a country's official Arabic name without naming a people of their
    own («العربية» of «جمهورية مصر العربية»: data/gazetteers/official_name_tails.tsv)."""
    return frozenset(plain(word) for (word,) in read_table("gazetteers/official_name_tails.tsv"))


def place_of_adjective(mention: dict, lang: str | None) -> dict:
    """An Arabic place mention no list named whose text is a city's or country's name and a
    feminine adjective after it («نابلس الفلسطينية», «مصر العربية» cut from «جمهورية مصر
    العربية»), with that city or country as its name and type: the adjective describes the
    place (a masculine one after a city names its club, «نيس الفرنسي»: left to the clubs)."""
    if lang != "ar" or mention.get("canonical") or mention.get("type") not in PLACES:
        return mention
    *head, tail = mention["text"].split() or [""]
    if not head or not tail.endswith("ة"):
        return mention
    if demonym_of(tail) is None and plain(tail) not in official_name_tails():
        return mention
    place = lookup(" ".join(head)) or cldr_place(" ".join(head), lang)
    if place is None or place.type != "GPE":
        return mention
    return {**mention, "type": place.type, "canonical": place.name}


def _nisba(word: str, lang: str | None) -> bool:
    """Whether an Arabic word is a country's adjective with its article («الإندونيسي»,
    «الإندونيسية»): a description of the name beside it, never a word of it."""
    return lang == "ar" and word.startswith("ال") and demonym_of(word, lang) is not None


def places_of_document(mentions: list[dict]) -> dict[str, str]:
    """The written forms a document's mentions read as places («سولاوسي» alone) → the type
    of the first."""
    places: dict[str, str] = {}
    for m in mentions:
        if m.get("type") in PLACES:
            places.setdefault(m["text"].strip(), m["type"])
    return places


def _a_place_of_head(head: str, lang: str | None, places: dict[str, str]) -> GazetteerEntry | None:
    """The place a name is, by a list (its entry) or by the document, which writes it alone as
    a place (an entry of that place type without a gazetteer name); None otherwise."""
    entry = lookup(head) or cldr_place(head, lang) or listed_places().get((lang or "", plain(head)))
    if entry is not None:
        return entry if entry.type in PLACES else None
    return GazetteerEntry(places[head], "") if head in places else None


def without_nisba(mention: dict, lang: str | None, places: dict[str, str]) -> dict:
    """An Arabic mention without the country's adjective its span ran into: before a person's
    name («الإندونيسي جوكو» of «الرئيس الإندونيسي جوكو ويدودو», the president described, the
    name «جوكو»), or after a place's name with the feminine ending the place takes
    («سولاوسي الإندونيسية» of «جزيرة سولاوسي الإندونيسية», read as a person): the place, typed
    as one (its list's type and name, or the document's place reading, `_a_place_of_head`); a
    person's span of another name keeps its type without the adjective (a woman described,
    or a place the archive knows, which its one word then joins: `type_twins`). A masculine
    adjective after a city names its club («نيس الفرنسي»), and one after a person's name may
    be the family name («محمد المصري»): both kept, as an adjective after a common word
    («السفارة الأمريكية»)."""
    words = mention["text"].split()
    if lang != "ar" or mention.get("canonical") or len(words) < 2:
        return mention
    if mention["type"] == "PER" and _nisba(words[0], lang) and not _nisba(words[1], lang):
        cut = mention["text"].index(words[1], len(words[0]))
        return _respanned(mention, cut, len(mention["text"]))
    if not (words[-1].endswith("ة") and _nisba(words[-1], lang)):
        return mention
    if mention["type"] not in PLACES and mention["type"] != "PER":
        return mention  # a product or a club by its town («محركات لستر الألمانية»: Lister)
    cut = mention["text"].rstrip().rindex(words[-1])
    head = mention["text"][:cut].strip()
    place = _a_place_of_head(head, lang, places)
    if place is None and (mention["type"] != "PER" or is_common(head, lang)):
        return mention  # «وزارة الطاقة الأمريكية», «السفارة الأمريكية»: the adjective names it
    out = _respanned(mention, 0, len(mention["text"][:cut].rstrip()))
    if place is None:
        return out  # a person's name (a woman's: «شارابوفا الروسية»), or a place the archive knows
    return {**out, "type": place.type, "canonical": place.name or None}


def without_common_adjective(mention: dict, lang: str | None) -> dict:
    """An Arabic person mention of three words or more without the common adjective with its
    article its span ran into before a listed given name («الأدبي حسن الزهراني» of «رئيس النادي
    الأدبي حسن الزهراني», snn-2015-08-04-00573): the adjective describes the body before it,
    a family name never comes before the given name."""
    words = mention["text"].split()
    if lang != "ar" or mention["type"] != "PER" or mention.get("canonical") or len(words) < 3:
        return mention
    first = words[0]
    if not (first.startswith("ال") and first.endswith("ي") and is_common(first, lang)):
        return mention
    if normalize(words[1]) not in arabic_given_names():
        return mention
    return _respanned(mention, mention["text"].index(words[1], len(first)), len(mention["text"]))


BEFORE_PLACE_ADJECTIVE = "before_place_adjective"  # a mention's field, read from the text
_FEMININE_ADJECTIVE_AFTER = re.compile(r"\s+(ال\w+ة)(?!\w)")


def before_place_adjective(mention: dict, text: str | None, lang: str | None) -> dict:
    """A one-word Arabic person mention the text writes right before a country's feminine
    adjective («سولاوسي» of «جزيرة سولاوسي الإندونيسية», once `without_nisba` left the
    adjective out), with `BEFORE_PLACE_ADJECTIVE`: the adjective agrees with an island, a city
    or a region, so the word may be the place of its story written in another script
    (`EntityIndex._places_across`). Read again from the text at every link, never stored."""
    end = mention.get("end")
    if lang != "ar" or not text or end is None or mention.get("type") != "PER":
        return mention
    if len(mention["text"].split()) != 1 or mention.get("canonical"):
        return mention
    after = _FEMININE_ADJECTIVE_AFTER.match(text, end)
    if after is None or not _nisba(after.group(1), lang):
        return mention
    return {**mention, BEFORE_PLACE_ADJECTIVE: True}


def _respanned(mention: dict, a: int, b: int) -> dict:
    """A mention cut to the characters [a, b) of its text, its offsets moved alike."""
    out = {**mention, "text": mention["text"][a:b]}
    if mention.get("start") is not None:
        out["start"], out["end"] = mention["start"] + a, mention["start"] + b
    return out


@cache
def body_heads_fa() -> tuple[str, ...]:
    """Persian head words of a body's name the tagger reads as a place's (دانشگاه, حوزه علمیه:
    data/gazetteers/body_heads_fa.tsv), as `plain` reads them."""
    return tuple(plain(head) for (head,) in read_table("gazetteers/body_heads_fa.tsv"))


@cache
def outlet_words_fa() -> tuple[str, ...]:
    """Persian words for a body's website written before its name («پایگاه اطلاع‌رسانی»:
    data/gazetteers/outlet_words_fa.tsv), as `plain` reads them."""
    return tuple(plain(word) for (word,) in read_table("gazetteers/outlet_words_fa.tsv"))


def _after_outlet_word(mention: dict, text: str | None) -> bool:
    """Whether a word for a website is written right before the mention («پایگاه اطلاع‌رسانی
    [آستان قدس رضوی]»): its outlet speaks, not the body."""
    start = mention.get("start")
    if not text or start is None:
        return False
    before = plain(text[max(0, start - 30) : start].strip())
    return any(before.endswith(word) for word in outlet_words_fa())


def body_by_head_fa(mention: dict, lang: str | None, text: str | None = None) -> dict:
    """A Persian place mention no list named that opens with a body's head word and goes on
    («دانشگاه تهران», «حوزه علمیه قم», «آستان قدس رضوی»), typed as the organization it names,
    unless a word for its website is written right before it (`_after_outlet_word`)."""
    if lang != "fa" or mention.get("canonical") or mention.get("type") not in PLACES:
        return mention
    name = plain(mention["text"].strip())
    if not any(name.startswith(f"{head} ") for head in body_heads_fa()):
        return mention
    if _after_outlet_word(mention, text):
        return mention
    return {**mention, "type": "ORG"}


@cache
def town_classifiers() -> dict[tuple[str, str], tuple[str, ...]]:
    """(language, kind) → words written right before a name that say it is a town («محافظة»,
    «شهرستان», "town of": kind `town`) or a place of a town («جزيرة», «حي»: kind `place`),
    from data/gazetteers/town_classifiers.tsv."""
    words: dict[tuple[str, str], list[str]] = defaultdict(list)
    for lang, word, kind in read_table("gazetteers/town_classifiers.tsv"):
        words[(lang, kind)].append(word)
    return {key: tuple(found) for key, found in words.items()}


# a town's name after its classifier is one or two words («بيشة», «مزار شريف»); a longer place
# mention there is a facility's or a body's name («مدينة الملك عبدالله الاقتصادية»)
TOWN_WORDS = 2


def _after_classifier(text: str, start: int, lang: str | None, kind: str) -> bool:
    """Whether a classifier of `lang` and `kind` is written right before `start` (one space
    between, the classifier a whole word)."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return False
    before = before.rstrip()
    return any(
        before.endswith(word) and not before[: -len(word)][-1:].isalnum()
        for word in town_classifiers().get((lang or "", kind), ())
    )


def _classified_forms(
    mentions: list[dict], lang: str | None, text: str, kind: str
) -> frozenset[str]:
    """Written forms of unlisted LOC mentions of one or two words set right after a
    classifier of `kind`."""
    return frozenset(
        m["text"].strip()
        for m in mentions
        if m["type"] == "LOC"
        and not m.get("canonical")
        and len(m["text"].split()) <= TOWN_WORDS
        and m.get("start") is not None
        and _after_classifier(text, m["start"], lang, kind)
    )


def towns_after_classifiers(
    mentions: list[dict], lang: str | None, text: str | None
) -> frozenset[str]:
    """Written forms of a document's unlisted LOC mentions of one or two words that the text
    sets right after a town classifier («محافظة بيشة», «فرماندار سوادکوه»): towns, GPE, in
    all their mentions of the document (they were places of their written form, LOC); not a
    form it also sets after an island's or a district's word («جزيرة ياس»)."""
    if not text:
        return frozenset()
    towns = _classified_forms(mentions, lang, text, "town")
    return towns - _classified_forms(mentions, lang, text, "place") if towns else towns


def persons_after_town_classifiers(
    mentions: list[dict], lang: str | None, text: str | None
) -> frozenset[str]:
    """Written forms of a document's one-word PER mentions that the text sets right after a
    town classifier («تسببت الرياح التي ضربت محافظة تيماء»: «تيماء» is a given name too): the
    town in all its mentions of the document («أحد سكان حي الربوة بتيماء», snn-2015-08-02-01237);
    Arabic only, and not a form the document also sets after an island's or a district's word."""
    if not text or lang != "ar":
        return frozenset()
    forms = {
        m["text"].strip()
        for m in mentions
        if m["type"] == "PER"
        and len(m["text"].split()) == 1
        and m.get("start") is not None
        and _after_classifier(text, m["start"], lang, "town")
    }
    return frozenset(forms) - _classified_forms(mentions, lang, text, "place")


def town_typed(mention: dict, towns: frozenset[str]) -> dict:
    """An unlisted LOC mention whose written form the document sets after a town classifier
    (`towns_after_classifiers`), typed as the town it is (GPE)."""
    if mention["type"] != "LOC" or mention.get("canonical"):
        return mention
    return {**mention, "type": "GPE"} if mention["text"].strip() in towns else mention


def person_typed_as_town(mention: dict, towns: frozenset[str]) -> dict:
    """A one-word PER mention whose written form the document sets after a town classifier
    (`persons_after_town_classifiers`), typed as the town it is (GPE, no person's canonical)."""
    if mention["type"] != "PER" or mention["text"].strip() not in towns:
        return mention
    return {**mention, "type": "GPE", "canonical": None}


@cache
def places_typed() -> frozenset[str]:
    """English names several cities of 100,000 people share (Manchester, Cambridge:
    data/gazetteers/places_typed.tsv)."""
    return frozenset(form for (form,) in read_table("gazetteers/places_typed.tsv"))


def city_typed(mention: dict, lang: str | None) -> dict:
    """An English place mention no list named whose whole text is a name several cities share
    ("in Manchester", "Cambridge"): a city, a GPE of its written form (it was a LOC); which
    city is left unsaid."""
    if lang != "en" or mention.get("canonical") or mention.get("type") != "LOC":
        return mention
    if mention["text"].strip() not in places_typed():
        return mention
    return {**mention, "type": "GPE"}


def organization_listed(mention: dict, lang: str | None) -> dict:
    """An organization mention no list named whose whole text is a listed club's or body's form
    in its language (English "Chelsea" of a match report, «ليفربول» read as a body, «مجلس
    التعاون»), with the club or body as its name: one entity with its other names and scripts. A
    town read as a place is left to the place lists."""
    if mention.get("canonical") or mention.get("type") != "ORG":
        return mention
    entry = listed_organizations().get((lang or "", plain(mention["text"].strip())))
    if entry is None:
        return mention
    return {**mention, "canonical": entry.name}


@cache
def shared_clubs() -> dict[str, dict[str, str]]:
    """A club name clubs of several countries share, as `written_form` reads it → {country:
    club} (data/gazetteers/clubs_shared.tsv: «الأهلي» is Saudi, Egyptian, Qatari…)."""
    clubs: dict[str, dict[str, str]] = defaultdict(dict)
    for form, country, club in read_table("gazetteers/clubs_shared.tsv"):
        clubs[written_form(form)][country] = club
    return dict(clubs)


@cache
def club_leagues() -> tuple[tuple[str, str], ...]:
    """(country, phrase) of the league and cup names of data/gazetteers/club_leagues.tsv."""
    return tuple((country, phrase) for country, phrase in read_table("gazetteers/club_leagues.tsv"))


def city_named_body_key(key: str, lang: str | None) -> bool:
    """Whether a key is the written form of an organization no list names whose one word is a
    listed city's name in its language (`listed_places`) and a word of two listed clubs' names
    (`words_of_several_clubs`: «مانشستر» of «مانشستر سيتي» and «مانشستر يونايتد»): which club,
    or the city read as a body, is the document's to tell, so it links within its document
    only. A city of one club («روما», AS Roma) links as before."""
    kind, _, rest = key.partition(":")
    if kind != "ORG" or not rest.startswith("=") or " " in rest or IN_DOCUMENT in rest:
        return False
    word = plain(rest[1:])
    return word in words_of_several_clubs().get(lang or "", frozenset()) and (
        (lang or "", word) in listed_places()
    )


@cache
def words_of_several_clubs() -> dict[str, frozenset[str]]:
    """Language → the words (as `plain` reads them) that two or more listed clubs' names hold
    (clubs_linked.tsv: «مانشستر», «مدريد»; Manchester, Madrid), article and all."""
    clubs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for _, name, *cells in read_table("gazetteers/clubs_linked.tsv"):
        for lang, cell in zip(("ar", "fa", "en"), cells, strict=False):
            for form in filter(None, cell.split("|")):
                for word in plain(form).split():
                    clubs[lang][word].add(name)
    return {
        lang: frozenset(w for w, names in words.items() if len(names) > 1)
        for lang, words in clubs.items()
    }


def shared_club_key(key: str) -> bool:
    """Whether a key is the written form of a club name clubs of several countries share
    (`ORG:=اهلی`): not linked across documents, where it would merge them."""
    kind, _, rest = key.partition(":")
    return kind == "ORG" and rest.startswith("=") and rest[1:] in shared_clubs()


def _shared_club(mention: dict, text: str) -> tuple[dict[str, str], str | None] | None:
    """The clubs a mention's shared club name may be (`shared_clubs`) and the country whose
    adjective ends the mention or follows it («الأهلي المصري», «الأهلي [المصري]»), or None for
    a mention of no shared club name."""
    if mention.get("type") != "ORG" or mention.get("canonical"):
        return None
    words = mention["text"].split()
    clubs = shared_clubs().get(written_form(mention["text"]))
    if clubs is None and len(words) == 2 and demonym_of(words[1]) is not None:
        clubs, words = shared_clubs().get(written_form(words[0])), words[1:]
    elif mention.get("end") is not None:
        words = text[mention["end"] : mention["end"] + 30].split()[:1]
    if clubs is None:
        return None
    country = demonym_of(words[0].strip("،,.:؛")) if words else None
    return clubs, country.name if country is not None else None


def clubs_of_countries(mentions: list[dict], lang: str | None, text: str | None) -> list[dict]:
    """A document's mentions with a shared club name (`shared_clubs`) typed ORG without a
    name read as one country's club: the country whose adjective follows it («الأهلي المصري»,
    Al Ahly SC), or, written alone, the one country the document gives that club by an
    adjective or by its league's name (club_leagues.tsv: «دوري عبداللطيف جميل» is Saudi).
    Where the document tells no one country, the mention keeps its written form, which links
    within its document only (`shared_club_key`); so does a name that is a common noun too
    («الاتحاد», «الشباب»: `common_noun_clubs`) with no club word right before it («نادي
    الاتحاد»), whatever adjective follows («الاتحاد السعودي» is the federation)."""
    if lang != "ar" or not text:
        return mentions
    shared = {i: read for i, m in enumerate(mentions) if (read := _shared_club(m, text))}
    if not shared:
        return mentions
    shared = {
        i: read
        for i, read in shared.items()
        if written_form(mentions[i]["text"].split()[0]) not in common_noun_clubs()
        or club_word_before(text, mentions[i])
    }
    adjectives = {country for _, country in shared.values() if country}
    leagues = {country for country, phrase in club_leagues() if phrase in text}
    out = list(mentions)
    for i, (clubs, country) in shared.items():
        told = ({country} if country else adjectives | leagues) & clubs.keys()
        if len(told) == 1:
            out[i] = {**mentions[i], "canonical": clubs[told.pop()]}
    return out


@cache
def _club_words_before() -> dict[str, frozenset[str]]:
    """data/gazetteers/club_words_before_ar.tsv by kind: the shared club `name`s that are
    common nouns too, and the words `before` one that make it a club, written forms."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for kind, word in read_table("gazetteers/club_words_before_ar.tsv"):
        kinds[kind].add(written_form(word))
    return {kind: frozenset(words) for kind, words in kinds.items()}


def common_noun_clubs() -> frozenset[str]:
    """Shared club names that are common nouns too («الاتحاد» "the union", «الشباب» "the
    youth"), as `written_form` reads them: a club only behind a club word."""
    return _club_words_before()["name"]


def club_word_before(text: str, mention: dict) -> bool:
    """Whether the word right before a mention is a club word of club_words_before_ar.tsv, also
    behind a proclitic («بنادي الاتحاد», «لاعب الشباب»)."""
    start = mention.get("start")
    words = text[max(0, start - 30) : start].split() if start is not None else []
    if not words:
        return False
    word = written_form(words[-1])
    candidates = [word] + ([word[1:]] if word[:1] in PROCLITICS and len(word) > 3 else [])
    return any(c in _club_words_before()["before"] for c in candidates)


@cache
def club_cues() -> dict[str, tuple[str, ...]]:
    """The English match-report wording of data/gazetteers/club_cues_en.tsv by side (`before`
    the name, `after` it, `game` words of a sports text), lower-cased."""
    cues: dict[str, list[str]] = defaultdict(list)
    for side, phrase in read_table("gazetteers/club_cues_en.tsv"):
        cues[side].append(phrase.lower())
    return {side: tuple(phrases) for side, phrases in cues.items()}


_SCORE = r"\d{1,2}-\d{1,2}"
_WORDS_BEFORE = re.compile(r"([a-z][a-z-]*|" + _SCORE + r")(?:\s+([a-z][a-z-]*))?\s*$")
_WORD_AFTER = re.compile(r"^(?:'s)?\s+([a-z][a-z-]*|" + _SCORE + ")", re.IGNORECASE)
_PLACE_WORDS = frozenset(["in", "near"])  # "in Cardiff": the city a game is played in
_PLACE_PHRASES = frozenset(["city of", "town of"])  # "the freedom of the city of Newcastle"


def _club_cue(text: str, start: int, end: int) -> str | None:
    """ "club" when a name at text[start:end] is set in a match ("beat Newcastle", "Chelsea boss",
    "Oldham v Bolton", "Arsenal 2-1"), "place" when a place word comes right before it ("in
    Cardiff"), else None."""
    before = _WORDS_BEFORE.search(text[max(0, start - 40) : start].lower())
    if before is not None:
        words = [w for w in (before.group(1), before.group(2)) if w]
        last = words[-1]
        if last in _PLACE_WORDS and not text.startswith("'s", end):
            return "place"  # "in Chelsea's 2-1 win" is the club's
        if " ".join(words) in _PLACE_PHRASES:
            return "place"
        if (
            re.fullmatch(_SCORE, last)
            or last in club_cues()["before"]
            or (" ".join(words) in club_cues()["before"])
        ):
            return "club"
    after = _WORD_AFTER.match(text[end : end + 40])
    if after is not None:
        word = after.group(1).lower()
        if re.fullmatch(_SCORE, word) or word in club_cues()["after"]:
            return "club"
    return None


_GAME_WORD = re.compile(r"[a-z]+")
_SET_SCORES = re.compile(r"\b[0-7]-[0-7],? ?[0-7]-[0-7]\b")  # 6-1 6-1: sets, a game of players


def _a_team_name(text: str) -> bool:
    """Whether a place mention may be a club's name: capitalized words, none a possessive or a
    nationality ("Russia's Elena Bovina", "Argentine Juan Ignacio Chela" are players), and no
    country CLDR names (Czech Republic, Holland: national teams)."""
    words = text.split()
    return (
        all(w[:1].isupper() for w in words)
        and "'s" not in text
        and not any(is_demonym(w) for w in words)
        and cldr_place(text, "en") is None
    )


def company_named(mention: dict) -> dict:
    """A mention whose whole text is a listed company's form (data/gazetteers/companies.tsv:
    "Sony", «سوني») as that company, an organization, whatever type an older version stored
    ("Sony" read as a place, "Gazprom" as a person: eval/labels/types45.md); so a body's or a
    place's of misc_typed.tsv, of its type («المسجد الأقصى», "Ofcom" read as MISC: misc46)."""
    entry = lookup(mention["text"].strip())
    if entry is None or entry.name not in company_names() or mention.get("canonical") == entry.name:
        return mention
    return {**mention, "type": entry.type, "canonical": entry.name}


_NAMED_PLACE_KINDS = frozenset(["head", "descriptor", "classifier", "definite", "places"])


def _a_persons_full_name(m: dict, lang: str | None) -> bool:
    """Whether a person mention of two or more words reads as a full name: its first word no
    common or function word of its script (behind a proclitic too: «ووالي طنجة» is "and the
    governor of Tangier", «على ثبوت» "on the proof of"), every English word capitalized."""
    words = m["text"].split()
    if m.get("type") != "PER" or len(words) < 2 or m.get("start") is None:
        return False
    if lang == "en" and not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    first = normalize(words[0])
    bare = [first] + (arabic_bare(first) if lang in ("ar", "fa") else [])
    scripts = ("ar", "fa") if lang in ("ar", "fa") else (lang,)  # «على» in a Persian text
    return not any(
        is_common(w, code) or is_function_word(w, code) for w in bare for code in scripts
    )


def _announced_as_a_place(text: str, start: int, lang: str | None) -> bool:
    """Whether a word announcing a place or a body stands right before `start` («مدينة خور
    مكسر», «مستشفى أبو عريش»: name_patterns.tsv)."""
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    key = folded(before[-1])
    kind = name_patterns().get((lang or "", key)) or name_patterns().get((lang or "", key[1:]))
    return kind is not None and kind[0] in _NAMED_PLACE_KINDS


def surnames_of_people(mentions: list[dict], lang: str | None, text: str | None) -> list[dict]:
    """A document's one-word place (or MISC) mentions that no gazetteer knows and that are the
    last word of a person's full name the same document writes, as that person's surname alone:
    «هادي» of «عبدربه منصور هادي», «كاميرون» of «ديفيد كاميرون», "Heinze" of "Gabriel Heinze",
    all read as places by the tagger (session 45, eval/labels/surnames45.tsv); "Gerrard" of
    "Steven Gerrard", "O'Sullivan" of "Eddie O'Sullivan" read as MISC (misc46.tsv; not a
    nationality or language: "English"). A word any place list
    knows («قم», «عريش») stays a place, and so does the last word of a "name" the document
    writes right after a word announcing a place or a body anywhere («مدينة خور مكسر»), and a
    surname right after «مكتب» (`_after_an_office`: «مكتب كاميرون», the office)."""
    if not text:
        return mentions
    announced = {
        normalize(m["text"])
        for m in mentions
        if m.get("start") is not None and _announced_as_a_place(text, m["start"], lang)
    }
    surnames = {
        normalize(m["text"].split()[-1])
        for m in mentions
        if _a_persons_full_name(m, lang) and normalize(m["text"]) not in announced
    }
    if not surnames:
        return mentions
    named = {
        normalize(m["text"].split()[-1])
        for m in mentions
        if _named_in_full(m, lang) and normalize(m["text"]) not in announced
    }
    out = []
    for m in mentions:
        form = normalize(m["text"])
        if (
            (m["type"] in PLACES or (m["type"] == "MISC" and not is_demonym(m["text"])))
            and m.get("canonical") is None
            and form in surnames
            and len(m["text"].split()) == 1
            and not _a_known_place(m["text"], lang)
            and not _after_an_office(text, m.get("start"))
        ) or _surname_read_otherwise(m, named, mentions, lang, text):
            m = {**m, "type": "PER", "canonical": None}
        out.append(m)
    return out


def _named_in_full(m: dict, lang: str | None) -> bool:
    """Whether a person mention is a full name a surname alone may shorten: two words or more;
    in English each capitalized and none a function word ("Rod Rosenstein": "rod" is a common
    word only uncapitalized), in Arabic script `_a_persons_full_name` and no common word."""
    words = m["text"].split()
    if m.get("type") != "PER" or len(words) < 2 or m.get("start") is None:
        return False
    if lang == "en":
        return all(
            w[:1].isupper() and not w.isupper() and not is_function_word(w.lower(), "en")
            for w in words
        )
    return _a_persons_full_name(m, lang) and _no_common_word(m["text"], lang)


TITLED_FULL_NAME_TYPES = frozenset({"ORG", "MISC"})


def people_titled_by_first_name(
    mentions: list[dict], lang: str | None, text: str | None
) -> list[dict]:
    """A document's name of several words, read as an organization or MISC with no list's
    entry, that opens with a word the document titles or makes speak as a person alone is that
    person («جوکو ویدودو» read as ORG beside «آقای جوکو», ntrex-fa-nytimes.184837): a man is
    called "Mr." by his name, never a body. Not a name holding a common word or running on
    after «و» (`_runs_on_after_and`), nor one after a word announcing a place or a body."""
    if not text or lang not in ("ar", "fa"):
        return mentions
    titled = {
        written_form(m["text"])
        for m in mentions
        if m["type"] == "PER"
        and len(m["text"].split()) == 1
        and m.get("canonical") is None
        and named_in_context(m, text, lang).get(NAMED_IN_CONTEXT)
    }
    if not titled:
        return mentions
    out = []
    for m in mentions:
        words = written_form(m["text"]).split()
        if (
            m["type"] in TITLED_FULL_NAME_TYPES
            and m.get("canonical") is None
            and len(words) >= 2
            and words[0] in titled
            and _no_common_word(m["text"], lang)
            and not _runs_on_after_and(m["text"])
            and (m.get("start") is None or not _announced(text, m["start"], lang))
        ):
            m = {**m, "type": "PER"}
        out.append(m)
    return out


def _no_common_word(name: str, lang: str | None) -> bool:
    """Whether no word of a name is a common or function word of its script (behind an Arabic
    proclitic too): «مينجا لصالح ليفينغستون» and «حسن نیت شیلی» are spans run over words, no
    person's full name a surname could shorten."""
    scripts = ("ar", "fa") if lang in ("ar", "fa") else (lang,)
    for word in name.split():
        key = normalize(word)
        bare = [key] + (arabic_bare(key) if lang in ("ar", "fa") else [])
        if any(is_common(w, code) or is_function_word(w, code) for w in bare for code in scripts):
            return False
    return True


def _surname_read_otherwise(
    m: dict, named: set[str], mentions: list[dict], lang: str | None, text: str
) -> bool:
    """Whether a one-word mention the tagger read as an organization (no list's entry:
    "Rosenstein", "Ford", «باتون») or, in Persian and English, as a country's adjective of a
    country the document never names («موریسی», Mauritian, beside «پاتریک موریسی»,
    ntrex-fa-newsweek.51310) is the surname of a person the same document names in full: a
    full name of no common word beats any other reading of its last word. Not a word after a
    word announcing a place or a body («فريق ليفينغستون»), nor after «مكتب»; not an Arabic
    adjective, which follows its noun («المدرب السويسري»), where a family name is a nisba too."""
    if len(m["text"].split()) != 1 or normalize(m["text"]) not in named:
        return False
    if m.get("start") is None or _after_an_office(text, m["start"]):
        return False
    if _announced(text, m["start"], lang):
        return False
    if m["type"] == "ORG" and m.get("canonical") is None:
        return True
    if lang not in ("fa", "en") or not m.get("canonical") or not is_demonym(m["text"]):
        return False
    place = m["canonical"]
    return not any(
        o.get("canonical") == place and normalize(o["text"]) != normalize(m["text"])
        for o in mentions
    )


def _announced(text: str, start: int, lang: str | None) -> bool:
    """Whether a word of name_patterns.tsv announcing a place, a body or a member of one
    («فريق», «مدرب») stands right before `start`."""
    before = text[max(0, start - 30) : start].split()
    if not before:
        return False
    key = folded(before[-1])
    kind = name_patterns().get((lang or "", key)) or name_patterns().get((lang or "", key[1:]))
    return kind is not None and kind[0] in _NAMED_PLACE_KINDS | {"after"}


# «مكتب» ("the office of") with its proclitics: a surname written after it names the office
# the person heads, which speaks for him (quotes-dev44d: «وقال مكتب كاميرون: …» is David
# Cameron's office, and the quotes stage would take the person inside it as the speaker), so
# the surname there is left as the tagger read it, not made the person
_OFFICE_WORDS = frozenset(normalize(w) for w in ("مكتب", "لمكتب", "بمكتب", "ومكتب"))


def _after_an_office(text: str, start: int | None) -> bool:
    """Whether the word right before `start` is «مكتب» ("the office of")."""
    if start is None:
        return False
    before = text[max(0, start - 12) : start].split()
    return bool(before) and normalize(before[-1]) in _OFFICE_WORDS


def _a_known_place(surface: str, lang: str | None) -> bool:
    """Whether a place list knows the word: the hand list, CLDR or a Persian city."""
    return (
        lookup(surface) is not None
        or cldr_place(surface, lang) is not None
        or persian_city(surface, lang) is not None
        or plain(surface) in province_names()
    )


# the types a club's name is read as by the English tagger: a town, and MISC ("Charlton
# defender", "Gloucester's 17-16 win": entities_top56, 10 to 8 mentions each), a MISC name
# only when clubs_en.tsv lists it
CLUB_READ_TYPES = PLACES | {"MISC"}


def clubs_named(mentions: list[dict], lang: str | None, text: str | None) -> frozenset[str]:
    """The written names (lower-cased) of an English sports text's towns that are its clubs:
    a place (or a listed club read as MISC) no list names as a country, nation, region or
    listed city, written once or more where the text sets it in a match (`_club_cue`: "knocked out of the FA Cup by Newcastle",
    "Chelsea boss") and never right after "in" or "near" (then the text names the place too,
    and the name is left as it was; "city of" and "town of" too), or a listed club
    (`listed_clubs`) never set after them, in a text of two `game` words or more. A sports text writes a `game` word (match,
    league); one alone is met in other texts ("goal"), where a listed club is its town."""
    if lang != "en" or not text:
        return frozenset()
    games = set(_GAME_WORD.findall(text.lower())) & set(club_cues()["game"])
    if not games:
        return frozenset()
    listed = listed_clubs() if len(games) > 1 else frozenset()
    if _SET_SCORES.search(text):
        return (
            frozenset()
        )  # a tennis report: "victory over Massu", a player the tagger read as a place
    cues: dict[str, set[str | None]] = defaultdict(set)
    for m in mentions:
        if m.get("type") not in CLUB_READ_TYPES or m.get("start") is None:
            continue
        if m["type"] == "MISC" and m["text"].strip().lower() not in listed:
            continue  # a MISC name is a club only as listed: "O'Sullivan's side" is a coach's
        if m.get("canonical") is not None and not _a_town(m["canonical"]):
            continue
        if text[m["start"] : m["end"]] != m["text"] or not _a_team_name(m["text"]):
            continue
        cues[m["text"].strip().lower()].add(_club_cue(text, m["start"], m["end"]))
    return frozenset(
        name
        for name, seen in cues.items()
        if ("club" in seen or name in listed) and "place" not in seen
    )


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")


def bodies_named(mentions: list[dict], lang: str | None, text: str | None) -> frozenset[str]:
    """The written names of an English text's bodies the tagger read as people, places or MISC:
    a name no gazetteer lists and no nationality, written once or more right after a word of
    data/gazetteers/body_cues_en.tsv ("oil giant Shell", "bookmakers Ladbrokes"), or a place's
    right before a phrase of body_cues_after_en.tsv ("Air China shares"); every mention of
    it in the text is then the body ("Shell's profits")."""
    if lang != "en" or not text:
        return frozenset()
    named = set()
    for m in mentions:
        if m["type"] == "ORG" or m.get("canonical") is not None or m.get("start") is None:
            continue
        if text[m["start"] : m["end"]] != m["text"] or is_demonym(m["text"]):
            continue
        before = _WORD_BEFORE.search(text[max(0, m["start"] - 20) : m["start"]])
        after_a_cue = before is not None and before.group(1) in body_cues()
        if after_a_cue or (m["type"] in PLACES and _speaks_as_a_body(m, text)):
            named.add(m["text"].strip())
    return frozenset(named)


_SETTING_WORDS = frozenset(["in", "of", "at", "near", "from", "on", "to"])
_WORD_OR_COMMA_BEFORE = re.compile(r"(,|[A-Za-z]+)(?:\s+the)?\s*$")  # "in the West Country"


def _speaks_as_a_body(m: dict, text: str) -> bool:
    """Whether a place mention is a body's name by the phrase after it (`_body_cue_after`),
    unless the text sets it as a place ("officials in Powys said", "the Archbishop of Canterbury
    said", "Badminton, Gloucestershire said") or it is a titled person's ("Lady Hale said")."""
    before = _WORD_OR_COMMA_BEFORE.search(text[max(0, m["start"] - 20) : m["start"]])
    if before is not None and (before.group(1) == "," or before.group(1).lower() in _SETTING_WORDS):
        return False
    words = ([before.group(1)] if before is not None else []) + m["text"].split()
    return not any(_is_title(w) for w in words) and _body_cue_after(text, m["end"])


_PHRASE_AFTER = re.compile(r"^(?:'s|’s|')?\s+([a-z]+(?:\s+[a-z]+)?)")


def _body_cue_after(text: str, end: int) -> bool:
    """Whether a phrase of data/gazetteers/body_cues_after_en.tsv follows a name ending at
    text[end] ("Air China shares", "Sina's shareholders", "UK Coal said"): only a place read so
    is taken, as a person's name is followed by "said" as often."""
    after = _PHRASE_AFTER.match(text[end : end + 40])
    if after is None:
        return False
    words = after.group(1).split()
    return words[0] in body_cues_after() or " ".join(words) in body_cues_after()


@cache
def body_cues_after() -> frozenset[str]:
    """The phrases that, right after a name, make it a body (body_cues_after_en.tsv)."""
    return frozenset(row[0] for row in read_table("gazetteers/body_cues_after_en.tsv"))


@cache
def body_cues() -> frozenset[str]:
    """The words that, right before a name, make it a body (data/gazetteers/body_cues_en.tsv)."""
    return frozenset(row[0] for row in read_table("gazetteers/body_cues_en.tsv"))


@cache
def listed_clubs() -> frozenset[str]:
    """Clubs named by a town or a word read as a place (data/gazetteers/clubs_en.tsv: Chelsea,
    Everton, Munster), lower-cased: in a sports text they are clubs without a match cue."""
    return frozenset(row[0].lower() for row in read_table("gazetteers/clubs_en.tsv"))


@cache
def _hand_listed_places() -> frozenset[str]:
    """The places the hand list (entities.tsv) names: countries, nations, capitals, provinces."""
    return frozenset(e.name for e in gazetteer().values() if e.type in PLACES)


def _a_town(name: str) -> bool:
    """Whether a named place may be a club's town: no country, region or hand-listed place
    (England, Europe and Riyadh are teams or places in a sports text, not clubs)."""
    return name not in countries() and name not in regions() and name not in _hand_listed_places()


def after_chain_word(text: str) -> bool:
    """Whether a name's last word follows a chain word (… بن عبدالعزيز, … آل سعود)."""
    words = text.split()
    return len(words) > 1 and words[-2] in CHAIN_WORDS


# A person's name chain: given name, «بن» and the father's name, «بن» and the grandfather's
# name…, then maybe a family name («آل سعود», or a word: الثنيان). The written forms of a chain's
# links, normalized (آل is written ال once normalized, its article read as the word).
_CHAIN_LINKS = frozenset(["بن", "ابن", "بنت"])
_FAMILY_LINK = "ال"


@dataclass(frozen=True)
class NameChain:
    """A person's name as a chain: its given and father's names and the ancestors after them
    (`names`, at least two), and the family name written after the chain ("" when none;
    `plain_family`: written without آل, so the name's key keeps it)."""

    names: tuple[str, ...]
    family: str
    plain_family: bool

    def prefixes(self) -> list[tuple[str, tuple[str, ...]]]:
        """(a shorter chain as written, «X بن Y», the ancestors this name adds to it)."""
        return [
            (" بن ".join(self.names[:n]), self.names[n:])
            for n in range(2, len(self.names) + (1 if self.family else 0))
        ]

    @property
    def fatherless(self) -> str | None:
        """The name without its father's (and ancestors') names, given name and a plain family
        name of one word («عادل بن أحمد الجبير» → `fatherless_key` «عادل الجبير»), or None."""
        if not self.plain_family or " " in self.family:
            return None
        return fatherless_key(self.names[0], self.family)

    @property
    def house(self) -> str:
        """The family name as chains compare it: «آل F» marked so (a house a chain may leave
        out: محمد بن نايف بن عبدالعزيز is of آل سعود), a plain family name as written."""
        return (
            self.family if self.plain_family or not self.family else f"{_FAMILY_LINK} {self.family}"
        )


@lru_cache(maxsize=200_000)
def name_chain(text: str, lang: str | None = None) -> NameChain | None:
    """A person name written as a بن chain (عبدالله بن مساعد بن عبدالعزيز, محمد بن نايف بن
    عبدالعزيز آل سعود, مقرب بن سعد بن علي الثنيان), or None: not a chain from its first word,
    a chain word with no name after it, or a "family name" that is no name (a title, role,
    common or function word run into the span: «محمد بن سلمان ولي», «… الرئيس»)."""
    words = written_form(text).split()
    names, i = [words[0]] if words else [], 1
    while i + 1 < len(words) and words[i] in _CHAIN_LINKS and words[i + 1] not in CHAIN_WORDS:
        names.append(words[i + 1])
        i += 2
    if len(names) < 2 or names[0] in CHAIN_WORDS or names[0] == _FAMILY_LINK:
        return None
    rest = words[i:]
    plain = bool(rest) and rest[0] != _FAMILY_LINK
    family = " ".join(rest if plain else rest[1:])
    if rest and (not family or any(w in CHAIN_WORDS or w == _FAMILY_LINK for w in family.split())):
        return None
    if any(not _family_word(w, lang) for w in family.split()):
        return None
    # a family name written plain is written with its article (السويد, الثنيان); a word with
    # a proclitic or none is a word the span ran into (للمناصحة, بقبول, برقيتي)
    if plain and not fused_compounds(normalize(text).replace("-", " ").split())[i].startswith("ال"):
        return None
    return NameChain(tuple(names), family, plain)


FATHERLESS = " … "  # between a given and a family name: a chain's short form, a surnames row


def joinable(value: str | None) -> bool:
    """Whether a stored chain state lets a short form of another document join its chain
    (`ChainState.together` of `MIN_TOGETHER` documents or more, and a target)."""
    state = ChainState.read(value)
    return state is not None and state.together >= MIN_TOGETHER and bool(state.target)


def fatherless_key(given: str, family: str) -> str:
    """The surnames-table key of a given name and family name written without the father's
    name between them."""
    return f"{given}{FATHERLESS}{family}"


@lru_cache(maxsize=200_000)
def fatherless_name(text: str, lang: str | None = None) -> str | None:
    """`fatherless_key` of a person name of two words, a given name and a family name written
    with its article (عادل الجبير, ماجد القصبي), or None: another shape, a given name that is
    a chain word, an article word or a title, a family name that is no name (`_family_word`)."""
    words = fused_compounds(normalize(text).replace("-", " ").split())
    if len(words) != 2 or not words[1].startswith("ال") or words[0].startswith("ال"):
        return None
    given, family = written_form(text).split()
    roles = role_words()
    titles = roles["role"] | roles["title"] | roles["honorific"]
    if given in CHAIN_WORDS or given in titles or is_function_word(given, lang):
        return None
    return fatherless_key(given, family) if _family_word(family, lang) else None


def _family_word(word: str, lang: str | None) -> bool:
    """Whether a word after a name chain may be (part of) its family name."""
    roles = role_words()
    if {word, "ال" + word} & (roles["role"] | roles["title"] | roles["honorific"]):
        return False
    return not (
        sum(ch.isalpha() for ch in word) < MIN_SURNAME_LETTERS
        or is_function_word(word, lang)
        or is_common(word, lang)
        or is_common("ال" + word, lang)
        or is_not_name(word, lang)
    )


def chain_prefixes(text: str, lang: str | None = None) -> list[str]:
    """The shorter chains a person name extends (`NameChain.prefixes`), its own chain and its
    name without the father's (`NameChain.fatherless`; of a name of two words, that name):
    the chain words the archive's linker reads and registers for it."""
    chain = name_chain(text, lang)
    if chain is None:
        short = fatherless_name(text, lang)
        return [short] if short else []
    short = [chain.fatherless] if chain.fatherless else []
    return [p for p, _ in chain.prefixes()] + [" بن ".join(chain.names)] + short


@dataclass(frozen=True)
class ChainState:
    """What the archive knows of the longer names a chain starts: the longest ancestors after
    it, the family name (`NameChain.house`), the key of the longest name, and whether one
    document wrote the chain alone beside a longer one (its writer's short form of that name).
    Kept with the surnames (a chain of several words is never a one-word surname)."""

    tail: tuple[str, ...] = ()
    house: str = ""
    target: str = ""
    together: int = 0  # documents that wrote both (a chain's rule asks for one)

    @classmethod
    def read(cls, text: str | None) -> ChainState | None:
        if not text or text == AMBIGUOUS:
            return None
        tail, house, target, together = text.split("\t")
        return cls(tuple(tail.split()), house, target, int(together or 0))

    def written(self) -> str:
        return "\t".join((" ".join(self.tail), self.house, self.target, str(self.together or "")))


def joined_key(value: str) -> str:
    """The entity key a stored surname row joins: its key, or a chain state's target."""
    state = ChainState.read(value) if "\t" in value else None
    return state.target if state is not None else value


def _houses_agree(a: str, b: str) -> bool:
    """One family name written, or one left out where the other is a house («آل …»): a plain
    family name (السويد) is not left out by a chain of grandfathers."""
    return (
        a == b
        or (not a and b.startswith(_FAMILY_LINK + " "))
        or (not b and a.startswith(_FAMILY_LINK + " "))
    )


def extended_chain(state: str | None, tail: tuple[str, ...], house: str, key: str) -> str:
    """A chain's archive state after one more name extends it (`ChainState`), or `AMBIGUOUS`
    when two names extend it differently (another grandfather, another family name: عبدالله بن
    محمد بن سعد الدهيمي and عبدالله بن محمد السويد are two men)."""
    if state == AMBIGUOUS:
        return AMBIGUOUS
    old = ChainState.read(state) or ChainState()
    short, long = sorted((old.tail, tail), key=len)
    if long[: len(short)] != short or (state and not _houses_agree(old.house, house)):
        return AMBIGUOUS
    target = key if key and (len(tail) > len(old.tail) or not old.target) else old.target
    return ChainState(long, old.house or house, target, old.together).written()


# documents that wrote a name with and without the father's name before the short form of
# other documents joins: after one, 3 of 12 names of the s43 archive would have joined another
# man (a byline's reporter, a namesake; eval/labels/names44b.tsv)
MIN_TOGETHER = 2

MIN_SURNAME_LETTERS = 3  # خامنه ای, written with a space, ends in ای: a suffix, not a surname


def surname_of(mention: dict, lang: str | None) -> str | None:
    """The last word of a full person name, as its bare later mentions would write it, or
    None when that word is no surname: a word of a name chain (… بن عبدالعزيز), a short piece
    (ای of خامنه ای), a function word of the language or God, and, for a gazetteer person,
    a word its entry does not list for it (انقلاب of رهبر انقلاب "Leader of the Revolution"
    is an epithet's last word: the revolution, not Khamenei)."""
    words = mention["text"].split()
    if mention.get("type") != "PER" or len(words) < 2 or after_chain_word(mention["text"]):
        return None
    last = words[-1]
    if len(words) > 2 and normalize(last) in surname_suffixes_apart():
        return " ".join(words[-2:])  # «مؤذن زاده» of «مصطفي مؤذن زاده»: the suffix's surname
    if sum(ch.isalpha() for ch in last) < MIN_SURNAME_LETTERS or is_not_name(last, lang):
        return None
    if is_function_word(last, lang):
        return None  # not a common word: many surnames are (القذافي, بازرگان, Brown)
    canonical = mention.get("canonical")
    if canonical and not is_surname_of(last, canonical):
        return None
    return last


def is_surname_of(word: str, canonical: str) -> bool:
    """Whether one word names the gazetteer person `canonical` on its own: a form its entry
    lists, or the consonants of the last word of its name (صالح of Barham Salih, الصدر of
    Muqtada al-Sadr); not انقلاب of رهبر انقلاب, nor الله of نصر الله (Nasrallah)."""
    if getattr(lookup(word), "name", None) == canonical:
        return True
    own, last = skeleton(word).split(), skeleton(canonical).split()
    return len(own) == 1 and bool(last) and own[0] == last[-1]


def names_person(form: str, canonical: str) -> bool:
    """Whether a written form of a gazetteer person holds a word that names him alone
    (`is_surname_of`, also written in two words: «آیت‌الله خامنه ای», ترامب, «دونالد ترامب»);
    not an epithet his entry lists («مقام معظم رهبری» "the Supreme Leader", «رهبر انقلاب»)."""
    words = form.split()
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return any(is_surname_of(w, canonical) for w in words + pairs)


def lent_surname(mention: dict) -> bool:
    """Whether a one-word person mention carries a gazetteer person it does not name on its
    own (`is_surname_of`): a full name's last word copied to its later uses by an older
    version (انقلاب of رهبر انقلاب, ای of خامنه ای), which `surname_of` no longer lends."""
    canonical = mention.get("canonical")
    text = mention["text"].strip()
    return (
        bool(canonical)
        and mention.get("type") == "PER"
        and " " not in text
        and not is_surname_of(text, canonical)
    )


def type_twins(key: str) -> list[str]:
    """The keys of the same written name as another type that one entity of the archive may
    hold instead of this key's own: a place no gazetteer lists read as a GPE in one document
    and a LOC in another is one place (`GPE:=سولاوسی`, `LOC:=سولاوسی`), and a one-word
    "person" that joined no full name is that place when the archive knows it as one
    (سولاوسي read as a person in a document where nothing else names it), unless it is a
    listed given name (`given_names`: «إبراهيم» alone is a person, not a place). A name of
    two words or more read as an organization is the person the archive knows by the same
    letters with every vowel written (`vowelled_name`: «جوکو ویدودو», Joko Widodo)."""
    kind, _, rest = key.partition(":")
    if not rest.startswith(("=", "~")) or IN_DOCUMENT in rest or OWN_SPELLING in rest:
        return []
    if kind == "ORG" and rest.startswith("=") and (spelt := vowelled_name(rest[1:])):
        return [f"PER:{VOWELLED}{spelt}"]  # «جوکو ویدودو» read as a body: Joko Widodo
    if kind in PLACES:
        return [f"{other}:{rest}" for other in sorted(PLACES - {kind})]
    if (word := surname_word(key)) and word not in given_names():
        return [f"{place}:{rest}" for place in sorted(PLACES)]
    return []


@cache
def given_names() -> frozenset[str]:
    """Given names common in Arab countries as keys write them (`written_form`,
    data/gazetteers/given_names_ar.tsv). Alone, such a name is a person the document names
    no further (إبراهيم), never a place of its form. Not given_names_fa.tsv: it holds «هادي»,
    which alone, with no full name, may still be «الهادئ», the Pacific (test_names45)."""
    rows = read_table("gazetteers/given_names_ar.tsv")
    return frozenset(written_form(word) for (word,) in rows)


def another_given_name_before(text: str, start: int, full_name: str, lang: str | None) -> bool:
    """Whether the word right before a bare surname at `start` is a given name other than its
    full name's first (behind «و» too): «ونايف البلوي» is Nayef Al-Balawi, another player than
    the document's «عايد البلوي» (snn-2015-08-01-00336), whose surname the tagger left alone."""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or lang not in ("ar", "fa"):
        return False
    if is_function_word(words[-1], lang) and not words[-1].endswith("ي"):
        return False  # «على كافانو»: the preposition («علي» is the given name Ali)
    word = written_form(words[-1])
    own = written_form(full_name.split()[0])
    candidates = [word] + ([word[1:]] if word[:1] in ("و", "ف") and len(word) > 3 else [])
    names = given_names() | persian_given_names_written()
    return any(c in names and c != own for c in candidates)


@cache
def persian_given_names_written() -> frozenset[str]:
    """data/gazetteers/given_names_fa.tsv as keys write them (`written_form`)."""
    return frozenset(written_form(w) for (w,) in read_table("gazetteers/given_names_fa.tsv"))


def link_document(mentions: list[dict], lang: str | None = None) -> list[str]:
    """A key per mention, a surname-only or shortened mention taking its full name's key (also
    over a gazetteer surname: a document's زهرا کاظمی keeps its کاظمی from Kadhimi); a common
    word (الرئيسي) never shortens a name, unless a title or a speech verb names it («الرئيس
    هادي»: `named_in_context`)."""
    # one document's mentions are linked by its entities stage, again when it is stored and
    # whenever its story's views are rebuilt: the keys depend only on these fields
    fields = tuple(
        (m["text"], m["type"], m.get("canonical"), bool(m.get(NAMED_IN_CONTEXT))) for m in mentions
    )
    return list(_linked_keys(fields, lang))


@lru_cache(maxsize=4096)
def _linked_keys(
    fields: tuple[tuple[str, str, str | None, bool], ...], lang: str | None
) -> tuple[str, ...]:
    mentions = [
        {"text": t, "type": k, "canonical": c, NAMED_IN_CONTEXT: n} for t, k, c, n in fields
    ]
    keys = [mention_key(m["text"], m["type"], m.get("canonical"), lang) for m in mentions]
    full = [(i, skeleton(m["text"]).split()) for i, m in enumerate(mentions) if m["type"] == "PER"]
    for i, words in full:
        if not _one_word(mentions[i]["text"], words):
            continue
        common = is_common(mentions[i]["text"], lang) and not suffixed_surname(mentions[i]["text"])
        if common and not mentions[i][NAMED_IN_CONTEXT]:
            continue  # «هادي» "calm" alone; «الرئيس هادي» names Hadi
        canonical = mentions[i].get("canonical")
        longer = [
            j
            for j, other in full
            if len(other) > 1
            and shortens(mentions[i]["text"], mentions[j]["text"])
            and surname_of(mentions[j], lang)
            and (canonical is None or mentions[j].get("canonical") != canonical)
            and not (common and _holds_a_title(mentions[j]["text"]))
        ]
        if canonical and any(
            len(other) > 1 and mentions[j].get("canonical") == canonical for j, other in full
        ):
            continue  # the document also names the gazetteer's own person in full
        if longer and len(words) > 1:  # "Kilroy-Silk": the full name the document writes most
            written = Counter(mentions[j]["text"] for j in longer)
            keys[i] = keys[max(longer, key=lambda j: (written[mentions[j]["text"]], -j))]
        elif longer:
            keys[i] = keys[max(longer, key=lambda j: len(mentions[j]["text"]))]
        elif mentions[i][NAMED_IN_CONTEXT] and canonical is None:
            keys[i] = _full_name_opened(mentions, keys, full, i, lang) or keys[i]
    keys = _chains_of_known_people(mentions, _middle_names_dropped(mentions, keys, lang))
    return tuple(_articles_after_lam_joined(mentions, keys, lang))


def _full_name_opened(
    mentions: list[dict],
    keys: list[str],
    full: list[tuple[int, list[str]]],
    i: int,
    lang: str | None,
) -> str | None:
    """The key of the one full name of the document that opens with a one-word person a title
    or a speech verb names («السيد جوكو», «آقای گندون» beside «جوكو ويدودو», «گندون
    سوباندونو»: a name whose bearer goes by the first word), or None when no full name, or
    two, open with it, or one holds a common word after it or runs on after «و» (a span run
    on: «فیاضی ذات», «كينيدي وليندسي»)."""
    word = written_form(mentions[i]["text"])
    opened = set()
    for j, other in full:
        name = mentions[j]["text"]
        if len(other) < 2 or written_form(name).split()[0] != word:
            continue
        if any(is_common(w, lang) for w in name.split()[1:]) or _runs_on_after_and(name):
            return None
        opened.add(keys[j])
    return opened.pop() if len(opened) == 1 else None


def _runs_on_after_and(name: str) -> bool:
    """Whether a name's span runs on after «و» into another («كينيدي وليندسي»): a later
    word opens with «و», and the name is no transcription spelling every vowel (a W: «جوكو
    ويدودو», `vowelled_name`)."""
    later = name.split()[1:]
    return any(w.startswith("و") for w in later) and vowelled_name(name) is None


def _articles_after_lam_joined(
    mentions: list[dict], keys: list[str], lang: str | None
) -> list[str]:
    """`keys` with an Arabic name written after «لل» taking the key of the same name written
    with its article in the document: entities.md keeps the article's «ل» in the span
    («ل[لهيئة السعودية للمهندسين]»), whose letters then differ from «الهيئة السعودية
    للمهندسين» by the article's alif alone; one body, one entity."""
    if lang != "ar":
        return keys
    written = {(m["text"], m["type"]): keys[i] for i, m in enumerate(mentions)}
    joined: dict[str, str] = {}
    for i, m in enumerate(mentions):
        text = m["text"]
        if m.get("canonical") or not text.startswith("ل") or text.startswith("لل"):
            continue
        key = written.get(("ا" + text, m["type"]))
        if key is not None and key != keys[i]:
            joined[keys[i]] = key
    return _with_keys_joined(keys, joined)


MIDDLE_NAMED_WORDS = 3  # given, middle (or father's) and family name: خالد محفوظ بحاح


def _middle_names_dropped(mentions: list[dict], keys: list[str], lang: str | None) -> list[str]:
    """`keys` with a person's name of three words taking the key of the name of two words the
    document writes with the same first and last word (`same_spelling`): «خالد محفوظ بحاح» is
    the «خالد بحاح» of the same article, the short form news use across articles and scripts
    (Khaled Bahah). Not a gazetteer person, and not when two such longer names (two brothers)
    share the short form."""
    words = [m["text"].split() if m["type"] == "PER" else [] for m in mentions]
    joined: dict[str, str] = {}
    for i, long in enumerate(words):
        if len(long) != MIDDLE_NAMED_WORDS or mentions[i].get("canonical"):
            continue
        shorts = {keys[j] for j, short in enumerate(words) if _drops_the_middle(long, short, lang)}
        longs = {  # the names of three words this short form would shorten
            written_form(mentions[j]["text"])
            for j, other in enumerate(words)
            if len(other) == MIDDLE_NAMED_WORDS and _drops_the_middle(other, long[::2], lang)
        }
        if len(shorts) == 1 and len(longs) == 1:
            joined[keys[i]] = shorts.pop()
    return _with_keys_joined(keys, joined)


def _with_keys_joined(keys: list[str], joined: dict[str, str]) -> list[str]:
    """`keys` with each key `joined` maps taking its new key: a longer name's surnames and
    short forms, which took its key, go with it."""
    return [joined.get(key, key) for key in keys]


def _chains_of_known_people(mentions: list[dict], keys: list[str]) -> list[str]:
    """`keys` with a person's longer chain taking the key of the gazetteer person whose name
    the same document writes alone and the chain goes on from over «بن»: «محمد بن سلمان بن
    عبدالعزيز» is the «محمد بن سلمان» of the article (Mohammed bin Salman), so the article's
    two forms are one entity in every script. Only one such person. (A family link «آل» is
    not read: `written_form` writes it «ال», like an article.)"""
    known = {
        written_form(m["text"]): keys[i]
        for i, m in enumerate(mentions)
        if m["type"] == "PER" and m.get("canonical")
    }
    joined: dict[str, str] = {}
    for i, m in enumerate(mentions):
        if m["type"] != "PER" or m.get("canonical"):
            continue
        form = written_form(m["text"])
        started = {key for name, key in known.items() if form.startswith(f"{name} بن ")}
        if len(started) == 1:
            joined[keys[i]] = started.pop()
    return _with_keys_joined(keys, joined)


def _drops_the_middle(long: list[str], short: list[str], lang: str | None) -> bool:
    """Whether a name of two words is a name of three without its middle word."""
    return (
        len(short) == 2
        and same_spelling(written_form(long[0]), written_form(short[0]), lang)
        and same_spelling(written_form(long[-1]), written_form(short[-1]), lang)
    )


def _holds_a_title(name: str) -> bool:
    """Whether a person's name holds a title word after its first («خالد الملك فهد»: a span run
    over «مركز الملك فهد», King Fahd's centre): no full name a common word may shorten."""
    return any(_is_title(w) for w in name.split()[1:])


def _one_word(text: str, words: list[str]) -> bool:
    """Whether a person's mention is one word: one skeleton word (عبد الله is one given name),
    or one hyphenated Latin token ("Kilroy-Silk", a double-barrelled surname: names44, 76
    mentions apart from "Robert Kilroy-Silk" in the documents that name him in full). Such a
    surname takes the full name its document writes most, not the longest: a span run into an
    adjective ("Euro-Sceptic Kilroy-Silk", once) is no better name than "Robert Kilroy-Silk"."""
    return len(words) == 1 or (text.isascii() and len(text.split()) == 1 and "-" in text)


def shortens(word: str, name: str) -> bool:
    """Whether a one-word mention is the last word of a full name: the same spelling in Arabic
    script (خامنئي is not the خميني of حسن خميني) and in Latin script, but for the article
    (Assad of Bashar al-Assad; "Bush" is not the "Abbas" of Mahmoud Abbas, though both are "bs"),
    the same skeleton across scripts."""
    last = name.split()[-1]
    if word.isascii() and last.isascii():
        return _latin_surname(word) == _latin_surname(last)
    if word.isascii() or last.isascii():
        return skeleton(word) == skeleton(last)
    # a surname written with its suffix apart is one word (`fused_compounds`: «مؤذن زاده» of
    # «مصطفي مؤذن زاده», fars-8304070343)
    return same_spelling(written_form(word), written_form(name).split()[-1])


def _latin_surname(word: str) -> str:
    """A Latin-script name word lower-cased, without its Arabic article (al-Assad → assad)."""
    return _LATIN_ARTICLE_WORD.sub("", word.lower())


class EntityIndex:
    """Entities over many documents; `add` returns each mention's entity id."""

    def __init__(self) -> None:
        self.records: dict[str, EntityRecord] = {}
        self.by_surname: dict[tuple[str, str], str] = {}
        # skeleton key → language → the written forms (Arabic script) it holds in that language
        self.spellings: dict[str, dict[str, set[str]]] = defaultdict(dict)
        self.latin: dict[str, set[str]] = defaultdict(set)  # skeleton key → its Latin spellings
        # the keys the last document's names took across scripts (`_across_scripts`)
        self.moved_across_scripts: set[str] = set()

    def own_spelling(self, key: str, lang: str | None, text: str) -> str:
        """The key of an Arabic-script name by skeleton: the skeleton's entity when it holds no
        form of this language yet or holds this spelling (`same_spelling`), else the spelling's
        own entity. In one language a different spelling is a different name (نايف is not
        نواف, محمد عمر not محمد العمري, وزارة الصحة not وزارة السياحة); the skeleton links
        only across languages and scripts (ماثيو تولر, متئو تولر, Matthew Tueller). A Latin
        whole spelling likewise joins only a Latin spelling of the same name (`latin_fits`)."""
        if whole_spelling(key, text, lang) and not self.onsets_fit(key, text):
            return spelling_key(key, text)  # the same consonants, another name (Straw)
        if text.isascii() and whole_spelling(key, text, lang) and not self.latin_fits(key, text):
            return spelling_key(key, text)  # John Cryer beside John Kerry: another name
        if not spelled_by(key, text, lang):
            return key  # a surname or short form that joined a full name: that name's entity
        held = self.spellings.get(key, {}).get(lang or "")
        if not held or any(same_spelling(written_form(text), other, lang) for other in held):
            return key
        return spelling_key(key, text)

    def latin_fits(self, key: str, text: str) -> bool:
        """Whether a Latin whole spelling of a skeleton key is one name with a Latin spelling
        the key's entity holds (`latin_alike`), or it holds none: in Latin script the first
        spelling owns the skeleton, as in Arabic script."""
        held = self.latin.get(key)
        return not held or any(latin_alike(text, other) for other in held)

    def known_twin(self, key: str) -> str | None:
        """The known entity a name no gazetteer lists joins though the mention reads it as
        another type (`type_twins`): the first of its twins an entity already has, or None
        when the key's own entity exists."""
        if key in self.records:
            return None
        return next((t for t in type_twins(key) if t in self.records), None)

    def onsets_fit(self, key: str, text: str) -> bool:
        """Whether a whole spelling of a skeleton key opens its words as some spelling in the
        other script the key's entity holds does (`onsets_agree`), or it holds none."""
        if text.isascii():
            others = set().union(*self.spellings.get(key, {}).values())
            return not others or any(onsets_agree(text, o) for o in others)
        latin = self.latin.get(key)
        return not latin or any(onsets_agree(o, text) for o in latin)

    def resolve(self, key: str, lang: str | None = None, text: str | None = None) -> str:
        """A surname-only key joins the one full name written with that surname seen so far
        (none when two full names with different given names share it, when the word is also
        someone's given name, or when it, or the mention's `text`, is a common word of the
        language: الرئيسي "the main" is not Raisi)."""
        surname = surname_word(key)
        if surname and (is_common(surname, lang) or is_common(text or surname, lang)):
            return key
        if surname and (joined := self.by_surname.get(("PER", surname))):
            return key if joined == AMBIGUOUS else joined
        return key

    def add(
        self, doc_id: str, lang: str, mentions: list[dict], story: str | None = None
    ) -> list[str]:
        """Link one document's mentions; returns each one's entity id. A one-word person name
        that joined no full name stays an entity of its document: a given name alone (حسين,
        إبراهيم) or a name's last word (سعود of آل سعود) is many people across documents; it
        joins a place of the same written form only when its document writes no person whose
        name ends with it (Hadi's «هادي», a common word that shortens no name, beside «عبدربه
        منصور هادي» is no part of «المحيط الهادئ», the Pacific). A place no gazetteer lists joins
        its spelling in another script of the document's `story` (`_places_across`)."""
        keys = []
        planned_keys = self._across_scripts(link_document(mentions, lang), mentions, lang)
        planned_keys = self._places_across(planned_keys, mentions, lang, story)
        planned_keys = self._bodies_across(planned_keys, mentions, lang, story)
        planned_keys = self._surnames_across(planned_keys, mentions, lang, story)
        written_surnames = {  # «هادي» of «عبدربه منصور هادي»: the document's own person
            written_form(m["text"].split()[-1])
            for m in mentions
            if m["type"] == "PER" and len(m["text"].split()) > 1
        }
        for planned, m in zip(planned_keys, mentions, strict=True):
            key = self.resolve(planned, lang, m["text"])
            if (
                key == planned
                and surname_word(key) not in written_surnames
                and (place := self.known_twin(key))
            ):
                key = place  # a place already an entity of the other place type, or a place
            elif key == planned and (
                surname_word(key)
                or name_piece(key)
                or shared_club_key(key)
                or city_named_body_key(key, lang)
            ):
                key = f"{key}{IN_DOCUMENT}{doc_id}"
            keys.append(self.own_spelling(key, lang, m["text"]))
        # a surname that joined a full name in the document follows it to its spelling's entity
        spelled = {
            p: k
            for p, k, m in zip(planned_keys, keys, mentions, strict=True)
            if spelled_by(p, m["text"], lang)
        }
        keys = [
            spelled.get(p, k) if not spelled_by(p, m["text"], lang) else k
            for p, k, m in zip(planned_keys, keys, mentions, strict=True)
        ]
        self._remember_chains(keys, mentions, lang)
        keys = [self.chain_joined(k, m, lang) for k, m in zip(keys, mentions, strict=True)]
        keys = self._fatherless_joined(keys, mentions, lang)
        for key, m in zip(keys, mentions, strict=True):
            record = self.records.get(key)
            if record is None:
                kind, _, rest = key.partition(":")  # a known entity's type, not one mention's
                # the gazetteer name only for the gazetteer's own key: a mention of Ali Khamenei
                # that a document's other full name took (its skeleton) does not name that entity
                name = m.get("canonical") if rest == m.get("canonical") else None
                record = self.records[key] = EntityRecord(key, kind, name)
                self._remember_surname(key, m, lang)
                self._remember_alias(key, m, lang)
            elif key in self.moved_across_scripts:
                self._remember_surname(key, m, lang)  # «كافانو» alone joins Kavanaugh too
            record.names[lang][name_form(m)] += 1
            if spelled_by(key, m["text"], lang):
                self.spellings[key].setdefault(lang, set()).add(written_form(m["text"]))
            elif m["text"].isascii() and whole_spelling(key, m["text"], lang):
                self.latin[key].add(m["text"])
            record.mentions += 1
            if doc_id not in record.documents:
                record.documents.append(doc_id)
            self._remember_place(key, m, story)
            self._remember_body(key, m, lang, story)
        return [entity_id(k) for k in keys]

    def _places_across(
        self, keys: list[str], mentions: list[dict], lang: str | None, story: str | None
    ) -> list[str]:
        """Keys with a place no gazetteer lists, new to the archive, taking the place of the
        other script its story holds under the same loose sound key (`place_in_story`) when
        their letters correspond (`place_spells_across`): «سولاوسي» and Sulawesi, written in
        one story. A spelling that joined a place once joins it in every later document, read
        as the other place type too, or as a one-word person the document writes as no full
        name's last word (as `known_twin`: «سولاوسي» of «سولاوسي الإندونيسية»)."""
        moved: dict[str, str] = {}
        written_surnames = {
            written_form(m["text"].split()[-1])
            for m in mentions
            if m["type"] == "PER" and len(m["text"].split()) > 1
        }
        for key, m in zip(keys, mentions, strict=True):
            if key in moved or key in self.records:
                continue
            if m["type"] == "PER":
                word = surname_word(key)
                if word and word not in written_surnames and ("PER", word) not in self.by_surname:
                    joined = self._place_remembered(key)
                    if joined is None and m.get(BEFORE_PLACE_ADJECTIVE):
                        joined = self._place_of_story(story, m["text"])
                    moved[key] = joined or key  # no surname it joins
                continue
            if not own_place_key(key, m["text"], lang):
                continue
            if any(t in self.records for t in type_twins(key)):
                continue  # the place is known under another place type (`known_twin`)
            if joined := self._place_remembered(key):
                moved[key] = joined
                continue
            if target := self._place_of_story(story, m["text"]):
                moved[key] = target
                self.by_surname[("PER", place_across(key))] = target
        return [moved.get(k, k) for k in keys]

    def _place_of_story(self, story: str | None, text: str) -> str | None:
        """The place of the other script the story holds under the loose sound key of `text`
        (`place_in_story`) when their letters correspond (`place_spells_across`), or None."""
        word = place_in_story(story, text)
        target = self.by_surname.get(("PER", word)) if word else None
        return target if target in self.records and place_spells_across(target, text) else None

    def _place_remembered(self, key: str) -> str | None:
        """The place a spelling joined across scripts in an earlier story (`place_across`),
        remembered under this key or its type twins (a place read as the other place type, a
        one-word person: `type_twins`), or None."""
        for spelling in (key, *type_twins(key)):
            joined = self.by_surname.get(("PER", place_across(spelling)))
            if joined in self.records:
                return joined
        return None

    def _surnames_across(
        self, keys: list[str], mentions: list[dict], lang: str | None, story: str | None
    ) -> list[str]:
        """Keys with a one-word Arabic-script name read as a body, new to the archive, taking
        the person of its story whose Latin full name ends with a surname of the same loose
        key (`surname_in_story`) when the letters of every Latin spelling's surname the person
        holds correspond (Kavanaugh, «کاوانو»)."""
        moved: dict[str, str] = {}
        for key, m in zip(keys, mentions, strict=True):
            if (
                key in moved
                or key in self.records
                or not surname_read_as_body(key, m["text"], lang)
            ):
                continue
            word = surname_in_story(story, m["text"])
            target = self.by_surname.get(("PER", word)) if word else None
            latin = self.latin.get(target or "", set())
            if (
                target in self.records
                and target.startswith("PER:")
                and latin
                and all(
                    letters_correspond(written_form(o).split()[-1], written_form(m["text"]))
                    for o in latin
                )
            ):
                moved[key] = target
        return [moved.get(k, k) for k in keys]

    def _bodies_across(
        self, keys: list[str], mentions: list[dict], lang: str | None, story: str | None
    ) -> list[str]:
        """Keys with an organization no gazetteer lists, new to the archive, taking the
        organization of the other script its story holds under the same loose sound key
        (`body_in_story`) when their letters correspond (`body_spells_across`): «صنداي
        تايمز» and Sunday Times, written in one story. The join is remembered for later
        documents (`place_across`)."""
        moved: dict[str, str] = {}
        for key, m in zip(keys, mentions, strict=True):
            if m["type"] not in BODIES or key in moved or key in self.records:
                continue
            if not own_body_key(key, m["text"], lang):
                continue
            joined = self.by_surname.get(("PER", place_across(key)))
            if joined in self.records:
                moved[key] = joined
                continue
            word = body_in_story(story, m["text"])
            target = self.by_surname.get(("PER", word)) if word else None
            if target in self.records and self.body_spells_across(target, m["text"]):
                moved[key] = target
                self.by_surname[("PER", place_across(key))] = target
        return [moved.get(k, k) for k in keys]

    def body_spells_across(self, target: str, text: str) -> bool:
        """Whether an organization's written form is the name of the organization `target` in
        the other script: every spelling of that script the target holds (its written-form
        key's, or those of its skeleton) corresponds letter by letter (`letters_correspond`)."""
        kind, _, rest = target.partition(":")
        if kind not in BODIES or not rest.startswith(("=", "~")) or IN_DOCUMENT in rest:
            return False
        if rest.startswith("="):
            held = {rest[1:]}
        elif text.isascii():
            held = set().union(*self.spellings.get(target, {}).values())
        else:
            held = set(self.latin.get(target, set()))
        form = written_form(text)
        held = {written_form(h) for h in held}
        if not held or any(h.isascii() == form.isascii() for h in held):
            return False
        return all(
            letters_correspond(form, h) if form.isascii() else letters_correspond(h, form)
            for h in held
        )

    def _remember_body(self, key: str, mention: dict, lang: str | None, story: str | None) -> None:
        """Register an organization no gazetteer lists under its story's loose sound key (the
        first of that key in the story keeps it), for its spelling in the other script."""
        if mention["type"] not in BODIES or not own_body_key(key, mention["text"], lang):
            return
        if word := body_in_story(story, mention["text"]):
            self.by_surname.setdefault(("PER", word), key)

    def _remember_place(self, key: str, mention: dict, story: str | None) -> None:
        """Register a place no gazetteer lists, or a Latin mention of a listed place no list
        names in Arabic script (`listed_latin_only`: Palu), under its story's loose sound key
        (the first place of that key in the story keeps it), and a Latin full name of a person by skeleton
        under its surname's (`surname_in_story`)."""
        words = mention["text"].split()
        if mention["type"] == "PER" and key.startswith("PER:~") and len(words) > 1:
            if mention["text"].isascii() and (word := surname_in_story(story, words[-1])):
                self.by_surname.setdefault(("PER", word), key)
            return
        if mention["type"] not in PLACES or key.partition(":")[0] not in PLACES:
            return
        own = key.partition(":")[2].startswith("=") and IN_DOCUMENT not in key
        if not own and not (mention["text"].isascii() and listed_latin_only(key)):
            return  # a listed place with an Arabic-script form of its own joins by it
        if word := place_in_story(story, mention["text"]):
            self.by_surname.setdefault(("PER", word), key)

    def _across_scripts(self, keys: list[str], mentions: list[dict], lang: str | None) -> list[str]:
        """Keys with a person's name in one script, by skeleton and new to the archive, taking
        the entity of its spelling in the other script whose coarse skeleton it shares
        (`person_alias`) when its letters correspond to every spelling of that script the
        entity holds (`spells_across`): Brett Kavanaugh and بريت كافانو. Its surname alone
        in the document follows it."""
        moved: dict[str, str] = {}
        for key, m in zip(keys, mentions, strict=True):
            if m["type"] != "PER" or key in moved or key in self.records:
                continue
            if not is_skeleton_key(key) or not whole_spelling(key, m["text"], lang):
                continue
            targets = (self.by_surname.get(("PER", w)) for w in person_aliases(m["text"]))
            target = next((t for t in targets if t in self.records and t.startswith("PER:")), None)
            if (
                target in self.records
                and target.startswith("PER:")
                and (
                    self.spells_across(target, m["text"], lang)
                    or self.spells_g_alike(target, m["text"], lang)
                )
            ):
                moved[key] = target
        self.moved_across_scripts = set(moved.values())
        return [moved.get(k, k) for k in keys]

    def spells_across(self, target: str, text: str, lang: str | None) -> bool:
        """Whether a whole name in one script is the name of `target` in the other: the entity
        holds no whole spelling of this script in this language (another spelling there is
        another name), and holds some in the other script, each corresponding letter by letter
        (`letters_correspond`)."""
        held = self.spellings.get(target, {})
        if text.isascii():
            others = set().union(*held.values()) if held else set()
            return (
                not self.latin.get(target)
                and bool(others)
                and all(letters_correspond(written_form(text), o) for o in others)
            )
        latin = self.latin.get(target, set())
        return (
            not held.get(lang or "")
            and bool(latin)
            and all(letters_correspond(written_form(o), written_form(text)) for o in latin)
        )

    def spells_g_alike(self, target: str, text: str, lang: str | None) -> bool:
        """Whether an Arabic-script name is a spelling `target` holds in this language but for
        the letters that write a Latin g (ج, غ, گ: «ارسين فينجر» and «ارسين فينغر», Arsène
        Wenger, snn-2015-08-01-01027 and -00450): one foreign name, two transcriptions, which
        the coarse skeleton (`person_alias`) already equates across scripts."""
        if text.isascii():
            return False
        form = written_form(text)
        held = self.spellings.get(target, {}).get(lang or "", set())
        return any(h != form and g_folded(h) == g_folded(form) for h in held)

    def _remember_alias(self, key: str, mention: dict, lang: str | None) -> None:
        """Register a new person entity by skeleton under its coarse skeleton (the first)."""
        if not key.startswith("PER:") or not is_skeleton_key(key):
            return  # a person's only: a MISC reading of Jeremy Corbyn took his Persian name
        if not whole_spelling(key, mention["text"], lang):
            return
        for word in person_aliases(mention["text"]):
            self.by_surname.setdefault(("PER", word), key)

    def chain_joined(self, key: str, mention: dict, lang: str | None = None) -> str:
        """The key of the one longer name chain of the archive a person's chain is the start
        of (عبدالله بن مساعد joins عبدالله بن مساعد بن عبدالعزيز: given and father's names
        written alike, the grandfather's left out), once a document has written both; or
        `key`: a gazetteer person, no chain, or a chain two longer names extend differently
        (`extended_chain`)."""
        kind, _, rest = key.partition(":")
        if kind != "PER" or not rest.startswith(NOT_GAZETTEER) or IN_DOCUMENT in rest:
            return key
        chain = self._alone(mention, lang)
        state = ChainState.read(self.by_surname.get(("PER", chain))) if chain else None
        if state is None or not state.together or not state.target:
            return key
        return state.target

    def _fatherless_joined(
        self, keys: list[str], mentions: list[dict], lang: str | None
    ) -> list[str]:
        """Keys with a name written without the father's name (عادل الجبير) joining the one
        name chain with the same given and family name (عادل بن أحمد الجبير): in an Arabic
        document writing that chain, and in another once `MIN_TOGETHER` documents have written
        both and no chain of the archive gives the name another father (`extended_chain`).
        Never a name opening the document: a byline («فهد العتيبي- سبق- الرياض:», the
        reporter, beside the spokesman فهد بن مناحي العتيبي). Registers the document's chains."""
        if lang != "ar":
            return keys
        chains = [name_chain(m["text"], lang) if m["type"] == "PER" else None for m in mentions]
        written: dict[str, str] = {}  # short form → the state of the document's chains
        for key, chain in zip(keys, chains, strict=True):
            if chain is not None and (short := chain.fatherless):
                written[short] = extended_chain(
                    written.get(short), chain.names[1:], chain.family, key
                )
        joined, out = set(), []
        moved: dict[str, str] = {}  # a short form's own key → the chain's
        for key, m, chain in zip(keys, mentions, chains, strict=True):
            short = None if chain is not None else self._short_form(key, m, lang)
            if short in written:
                state = ChainState.read(written[short])
                if state is not None and state.target:
                    moved[key], key = state.target, state.target
                    joined.add(short)
            elif short:
                state = ChainState.read(self.by_surname.get(("PER", short)))
                if state is not None and state.together >= MIN_TOGETHER and state.target:
                    moved[key], key = state.target, state.target
            out.append(key)
        for short, state in written.items():
            self.by_surname[("PER", short)] = self._fatherless_state(short, state, short in joined)
        # the surname the short form's name took in the document («الجبير» after «عادل
        # الجبير») follows it: one key in a document is one person, but for a byline's
        return [
            moved.get(k, k) if chain is None and m["type"] == "PER" and m.get("start") != 0 else k
            for k, m, chain in zip(out, mentions, chains, strict=True)
        ]

    def _fatherless_state(self, short: str, written: str, together: bool) -> str:
        """The archive's state of a short form after a document wrote `written` (its chains'
        state), counting the document when it also wrote the short form."""
        chain = ChainState.read(written)
        if chain is None:
            return AMBIGUOUS
        known = self.by_surname.get(("PER", short))
        after = extended_chain(known, chain.tail, chain.house, chain.target)
        if together and (read := ChainState.read(after)) is not None:
            after = replace(read, together=read.together + 1).written()
        return after

    @staticmethod
    def _short_form(key: str, mention: dict, lang: str | None) -> str | None:
        """A person mention's `fatherless_name` when its entity is no gazetteer person, not
        kept to its document, and the mention does not open the document."""
        kind, _, rest = key.partition(":")
        if kind != "PER" or not rest.startswith(NOT_GAZETTEER) or IN_DOCUMENT in rest:
            return None
        if mention.get("start") == 0:  # a byline: the reporter
            return None
        return fatherless_name(mention["text"], lang)

    @staticmethod
    def _alone(mention: dict, lang: str | None) -> str | None:
        """A person mention's chain when it is written without a plain family name (محمد بن
        نايف, محمد بن نايف آل سعود): the chain a longer name may extend."""
        if mention["type"] != "PER" or (chain := name_chain(mention["text"], lang)) is None:
            return None
        return None if chain.plain_family else " بن ".join(chain.names)

    def _remember_chains(self, keys: list[str], mentions: list[dict], lang: str | None) -> None:
        """Register each person name chain of a document as extending the shorter chains it
        starts with, and mark a chain the document also writes alone (`ChainState.together`)."""
        extended = set()
        for key, m in zip(keys, mentions, strict=True):
            if m["type"] != "PER" or (chain := name_chain(m["text"], lang)) is None:
                continue
            for prefix, tail in chain.prefixes():
                target = key if tail or chain.plain_family else ""  # «… آل سعود»: its own key
                state = self.by_surname.get(("PER", prefix))
                self.by_surname[("PER", prefix)] = extended_chain(state, tail, chain.house, target)
                if target:
                    extended.add(prefix)
        for prefix in extended & {self._alone(m, lang) for m in mentions}:
            state = ChainState.read(self.by_surname.get(("PER", prefix)))
            if state is not None and not state.together:
                self.by_surname[("PER", prefix)] = replace(state, together=1).written()

    def _remember_surname(self, key: str, mention: dict, lang: str | None) -> None:
        if mention["type"] != "PER":
            return
        words = written_form(mention["text"]).split()
        for given in words[:-1]:  # a given name (عمر of عمر البشير) is no one's surname alone
            self.by_surname[("PER", given)] = AMBIGUOUS
        if len(words) > 1 and not surname_of(mention, lang):
            return  # an epithet's or a chain's last word, a suffix: no surname
        if words and (len(words) > 1 or mention.get("canonical")):
            known = self.by_surname.setdefault(("PER", words[-1]), key)
            if known != key and len(words) > 1:  # another given name: the surname is ambiguous
                self.by_surname[("PER", words[-1])] = AMBIGUOUS

    def entities(self) -> list[dict]:
        return sorted(
            (r.to_export() for r in self.records.values()), key=lambda e: (-e["mentions"], e["id"])
        )


def mention_entities(docs: Iterable) -> dict[str, list[str]]:
    """Each document's mentions' entity ids as `link_corpus` would give them (by document id,
    in mention order), leaving the documents as they are: a story's why line names an entity
    once however many scripts write it (Palu, «بالو», «پالو» are one city)."""
    index = EntityIndex()
    ids: dict[str, list[str]] = {}
    for doc in docs:
        copies = [dict(m) for m in doc.entities]  # the index may keep what it was given
        given = [read_from_text(m, doc.text, doc.lang) for m in copies]
        ids[doc.id] = index.add(doc.id, doc.lang, given, getattr(doc, "story", None))
        for mention, eid in zip(copies, ids[doc.id], strict=True):
            mention["entity"] = eid  # as `link_corpus` renames the documents' own mentions
    return ids


def link_corpus(docs: Iterable) -> list[dict]:
    """Give every mention of every document its entity id; return the entity list."""
    index = EntityIndex()
    for doc in docs:
        # a stored mention carries no `FULL_NAME` nor `BEFORE_PLACE_ADJECTIVE`: read again from
        # the text, as the store does
        given = [read_from_text(m, doc.text, doc.lang) for m in doc.entities]
        ids = index.add(doc.id, doc.lang, given, getattr(doc, "story", None))
        renamed = {m["entity"]: eid for m, eid in zip(doc.entities, ids, strict=True)}
        for mention, eid in zip(doc.entities, ids, strict=True):
            mention["entity"] = eid
        for quote in doc.quotes:  # speakers point at mentions: follow them to the entity
            quote["speaker"] = renamed.get(quote["speaker"], quote["speaker"])
    return index.entities()
