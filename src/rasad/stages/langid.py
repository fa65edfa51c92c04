"""Language identification: lingua over a configured set, by majority of the body's paragraphs.

Persian typed with Arabic ي/ك still reads as Persian to a person; lingua's letter n-grams can
say Arabic. A vote of Arabic-only and Persian-only function words settles ar/fa.

A text not in Arabic script is first shown to a detector of every language lingua knows
(low-accuracy mode: trigrams only, ~1 s to build, little memory): a Chinese, Hindi or Russian
page is labelled zh, hi or ru, and Spanish, German or Portuguese es, de or pt, instead of the
nearest configured language; `und` when that detector is unsure. Such documents are stored and
searchable as text; the language-specific analysers skip them (`config.ANALYSED_LANGUAGES`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache

from rasad.config import Settings
from rasad.data import read_table
from rasad.model import Document
from rasad.pipeline import stage
from rasad.text.normalize import normalize

SAMPLE_PARAGRAPHS = 5
MIN_CONFIDENCE = 0.5
SURE = 0.9


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Arabic-only and Persian-only function words, folded."""
    words: dict[str, set[str]] = {"ar": set(), "fa": set()}
    for lang, word in read_table("langid/function_words.tsv"):
        words[lang].add(normalize(word))
    return {k: frozenset(v) for k, v in words.items()}


def arabic_or_persian(text: str) -> str | None:
    """'ar' or 'fa' by function-word vote, or None when the vote is too thin to say."""
    words = function_words()
    tokens = normalize(text).split()
    votes = {lang: sum(t in words[lang] for t in tokens) for lang in ("ar", "fa")}
    total = votes["ar"] + votes["fa"]
    if total < 5:
        return None
    return "fa" if votes["fa"] > votes["ar"] else "ar"


@cache
def detector(languages: tuple[str, ...]):
    """A lingua detector for the configured languages it knows (built once: ~1 s)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    known = {lang.iso_code_639_1.name.lower(): lang for lang in Language.all()}
    chosen = [known[code] for code in languages if code in known]
    if len(chosen) < 2:
        chosen = [Language.from_iso_code_639_1(IsoCode639_1.EN), *chosen]
    return LanguageDetectorBuilder.from_languages(*chosen).with_preloaded_language_models().build()


def paragraph_language(text: str, languages: tuple[str, ...]) -> tuple[str, float]:
    """Language of one paragraph and lingua's confidence in it."""
    values = detector(languages).compute_language_confidence_values(text)
    if not values:
        return "und", 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), best.value


def sample(paragraphs: list[str], k: int) -> list[str]:
    """At most k paragraphs spread evenly over the body (head, middle and tail all count)."""
    if len(paragraphs) <= k:
        return paragraphs
    step = (len(paragraphs) - 1) / (k - 1)
    return [paragraphs[round(i * step)] for i in range(k)]


@cache
def world_detector():
    """A lingua detector of every language it knows, in low-accuracy mode (built once)."""
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


# Below this many characters a Latin-script text is left to the configured detector: the
# trigram-only detector mistakes short English or Turkish for Dutch, Tagalog or `und`.
MIN_LATIN_CHARS = 120


@lru_cache(maxsize=8192)
def _script_word(ch: str) -> str:
    """The first word of a character's Unicode name ("ARABIC", "LATIN", "CJK"…)."""
    return unicodedata.name(ch, "").split(" ", 1)[0]


def script_of(text: str) -> str:
    """The script most letters of `text` are in: 'arabic', 'latin' or 'other'."""
    letters = [ch for ch in text if ch.isalpha()]
    names = [_script_word(ch) for ch in letters]
    for script in ("ARABIC", "LATIN"):
        if names.count(script) * 2 > len(letters):
            return script.lower()
    return "other"


def other_language(text: str, languages: tuple[str, ...]) -> str | None:
    """The language of a text written in none of `languages` ('und' when unsure), or None
    when it may be one of them (Arabic script is always left to the configured detector, and
    so is a short text in Latin script)."""
    script = script_of(text) if text.strip() else "arabic"
    if script == "arabic" or (script == "latin" and len(text) < MIN_LATIN_CHARS):
        return None
    values = world_detector().compute_language_confidence_values(text)
    if not values:
        return "und"
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code in languages:
        return None
    return code if best.value >= MIN_CONFIDENCE else "und"


# Arabic Presentation Forms-A and -B ("ﻣﻌﺎﺩﻟﻪ"): shaped glyphs a PDF copy leaves in place of
# letters; the detectors know the letters only.
PRESENTATION_FORMS = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")


def identify(text: str, languages: tuple[str, ...]) -> str:
    """The majority language of the body, weighted by paragraph length.

    One look at a sample from the head, middle and tail settles most articles; only an
    uncertain one is voted on paragraph by paragraph (mixed-language pages)."""
    if PRESENTATION_FORMS.search(text):  # glyphs copied from a PDF: their letters decide
        text = unicodedata.normalize("NFKC", text)
    paragraphs = [p for p in text.split("\n") if len(p.split()) >= 3] or [text]
    picked = sample(paragraphs, SAMPLE_PARAGRAPHS)
    if other := other_language(" ".join(p[:300] for p in picked), languages):
        return other
    lang, confidence = paragraph_language(" ".join(p[:300] for p in picked[::2]), languages)
    if confidence < SURE or len(paragraphs) > 1 and _mixed_scripts(picked):
        lang = _paragraph_vote(picked, languages) or lang
    if lang in {"ar", "fa"} and {"ar", "fa"} <= set(languages):
        lang = arabic_or_persian(text[:5000]) or lang
    return lang


def _mixed_scripts(paragraphs: list[str]) -> bool:
    """Whether some paragraphs are mostly Latin and others mostly Arabic script."""
    kinds = {sum(ch.isascii() for ch in p) > len(p) / 2 for p in paragraphs}
    return len(kinds) > 1


def _paragraph_vote(paragraphs: list[str], languages: tuple[str, ...]) -> str | None:
    weights: Counter[str] = Counter()
    for para in paragraphs:
        lang, confidence = paragraph_language(para[:600], languages)
        if confidence >= MIN_CONFIDENCE or len(paragraphs) == 1:
            weights[lang] += len(para)
    return weights.most_common(1)[0][0] if weights else None


@stage(
    "langid", requires=["text"], assigns=["lang"], help="language of the body (lingua + ar/fa vote)"
)
def make_langid(settings: Settings):
    languages = tuple(settings.languages)
    detector(languages)
    world_detector()

    def langid(doc: Document) -> Document:
        doc.lang = identify(doc.text, languages)
        return doc

    return langid
