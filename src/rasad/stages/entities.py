"""Entities stage: people, organizations and places, each mention keyed for linking."""

from __future__ import annotations

import re

from rasad.config import ANALYSED_LANGUAGES, Settings
from rasad.entities.link import (
    AMBIGUOUS,
    BEFORE_PLACE_ADJECTIVE,
    FULL_NAME,
    NAMED_IN_CONTEXT,
    NOT_GAZETTEER,
    another_given_name_before,
    club_leagues,
    club_word_before,
    link_document,
    linked_mentions,
    listed_organizations,
    surname_of,
)
from rasad.entities.recognise import (
    ARABIC_PROCLITICS,
    Mention,
    add_opposed_clubs,
    common_body_heads,
    common_word_alone,
    corpus_common_words,
    is_common,
    load_lists,
    named_as_own_outlet,
    names_no_entity,
    outlet_cued,
    plain,
    recognise,
    repeated_mentions,
    tagger,
    tagging_attributes,
    voweled_letter_by_letter,
)
from rasad.model import Document
from rasad.pipeline import stage
from rasad.text.normalize import BIDI_IN_WORD, normalize
from rasad.text.patterns import whole_word_spans


def surname_mentions(text: str, mentions: list[dict], lang: str | None = None) -> list[dict]:
    """Later bare surnames of people named in full ("يحيى رسول" … "عن رسول قوله", in Arabic
    also behind a proclitic: لفينجر); only a word that is a surname (`surname_of`: not the last word of a name chain, … بن عبدالعزيز,
    nor of an epithet, رهبر انقلاب, nor a common word)."""
    added = []
    for m in mentions:
        surname = surname_of(m, lang)
        if not surname:
            continue
        for s, e in surname_spans(text, surname, lang):
            if lang == "en" and _opens_sentence(text, s) and is_common(surname.lower(), "en"):
                continue  # "Life insurer …" is no mention of Axa Sun Life
            if another_given_name_before(text, s, m["text"], lang):
                continue  # «ونايف البلوي»: another man of the family
            if not any(o["start"] < e and s < o["end"] for o in mentions + added):
                added.append({**m, "start": s, "end": e, "text": surname})
    return added


_PROCLITIC = "(?:" + "|".join(ARABIC_PROCLITICS) + ")?"  # written onto a surname: لفينجر, وشيك


_WORD_CHAR = re.compile(r"[\w]")


def surname_pattern(surname: str, lang: str | None) -> re.Pattern[str]:
    """A surname written as a whole word (in Arabic also behind a proclitic)."""
    prefix = _PROCLITIC if lang == "ar" else ""
    return re.compile(rf"(?<![\w]){prefix}({re.escape(surname)})(?![\w])")


def surname_spans(text: str, surname: str, lang: str | None) -> list[tuple[int, int]]:
    """The spans `surname_pattern` finds, without compiling a pattern per surname (~0.3 ms)."""
    prefixes = ARABIC_PROCLITICS if lang == "ar" else ()
    return whole_word_spans(text, [("", surname)], prefixes, _WORD_CHAR)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word at `start` is the first of its sentence (or of the text)."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n"


def with_opposed_clubs(text: str, found: list[Mention], lang: str) -> list[Mention]:
    """An Arabic match report's clubs set against the clubs it names (`add_opposed_clubs`),
    each written again where the document repeats it."""
    if lang != "ar":
        return found
    clubs = add_opposed_clubs(text, found)
    new = [m for m in clubs if m not in found]
    return clubs + repeated_mentions(text, clubs, lang) if new else found


LISTED_CLUB_WORDS = 2  # words after a mention that may complete a listed club's name


def extended_to_listed_clubs(text: str, mentions: list[dict], lang: str) -> list[dict]:
    """The mentions with a name whose next words complete a listed club's or body's name in
    its language (clubs_linked.tsv, bodies_linked.tsv) read as that whole name, an
    organization: the tagger leaves «سيتي» out of «مانشستر سيتي» (snn-2015-08-01-00452), and
    «مانشستر» alone was one entity of Manchester City, United and the city. A mention inside
    the longer name goes."""
    out: list[dict] = []
    taken_until = -1
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["start"] < taken_until:
            continue  # inside the name an earlier mention was extended to
        end = _listed_club_end(text, m, lang)
        if end is not None:
            m = {**m, "end": end, "text": text[m["start"] : end], "type": "ORG", "canonical": None}
            out = [o for o in out if o["end"] <= m["start"]]
            taken_until = end
        out.append(m)
    return out


def _listed_club_end(text: str, mention: dict, lang: str) -> int | None:
    """Where a listed organization's name ends that a mention's next words complete, or None."""
    if mention.get("canonical"):
        return None
    after = list(re.finditer(r"\S+", text[mention["end"] : mention["end"] + 40]))
    for n in range(min(LISTED_CLUB_WORDS, len(after)), 0, -1):
        if after[0].start() != 1 or any(
            after[i + 1].start() - after[i].end() != 1 for i in range(n - 1)
        ):
            continue  # one space between the words
        end = mention["end"] + after[n - 1].end()
        if (lang, plain(text[mention["start"] : end])) in listed_organizations():
            return end
    return None


def without_people_in_league_names(text: str, mentions: list[dict]) -> list[dict]:
    """The mentions but a person inside a league's or cup's name of club_leagues.tsv: a league
    named after its sponsor («دوري عبداللطيف جميل», the Saudi Professional League 2013-2017) or a
    cup after the king's title («كأس خادم الحرمين الشريفين») is no person; read as one, «عبداللطيف
    جميل» was a person of 44 archive documents."""
    spans = [
        (at.start(), at.end())
        for _, phrase in club_leagues()
        for at in re.finditer(re.escape(phrase), text)
    ]
    if not spans:
        return mentions
    return [
        m
        for m in mentions
        if not (m["type"] == "PER" and any(s < m["end"] and m["start"] < e for s, e in spans))
    ]


READ_AGAIN = (FULL_NAME, NAMED_IN_CONTEXT, BEFORE_PLACE_ADJECTIVE)  # read from the text, not stored


def find_entities(text: str, lang: str, outlet: str | None = None) -> list[dict]:
    """Entity mentions with exact spans; `entity` is the document-level link key. A left-to-
    right or right-to-left mark typed inside a Persian word for its ZWNJ (Fars News writes
    «ولی» U+200E «پور») is read as the ZWNJ, one character for one, so spans stay the text's;
    each mention's text is the text's own (a run of marks is as many ZWNJs). `outlet`, the
    document's outlet profile, names the outlet its own name cites (`named_as_own_outlet`)."""
    if lang == "fa" and BIDI_IN_WORD.search(text):
        mentions = _find_entities(BIDI_IN_WORD.sub(_as_zwnj, text), lang, outlet)
        for mention in mentions:
            mention["text"] = text[mention["start"] : mention["end"]]
        return mentions
    return _find_entities(text, lang, outlet)


def _as_zwnj(marks: re.Match) -> str:
    """As many ZWNJs as the direction marks matched: offsets stay the text's."""
    return "\u200c" * len(marks.group())


def _find_entities(text: str, lang: str, outlet: str | None = None) -> list[dict]:
    found = [
        named_as_own_outlet(m, outlet)
        for m in recognise(text, lang)
        if not names_no_entity(m.text, lang)
    ]
    mentions = [
        {"start": m.start, "end": m.end, "text": m.text, "type": m.type, "canonical": m.canonical}
        for m in with_opposed_clubs(text, found + repeated_mentions(text, found, lang), lang)
    ]
    mentions = without_people_in_league_names(text, extended_to_listed_clubs(text, mentions, lang))
    mentions = sorted(mentions + surname_mentions(text, mentions, lang), key=lambda m: m["start"])
    # as the archive links; the name an entity lists for a mention (`FULL_NAME`) and a title or
    # speech verb naming it (`NAMED_IN_CONTEXT`) are the archive's to read again from the text,
    # no field of a stored mention
    linked = [m for _, m in linked_mentions(mentions, lang, text)]
    mentions = [{k: v for k, v in m.items() if k not in READ_AGAIN} for m in linked]
    for mention, key in zip(mentions, link_document(linked, lang), strict=True):
        mention["entity"] = key
    mentions = without_common_words_alone(mentions, linked, lang, text)
    if lang == "ar":
        mentions = [m for m in mentions if not _voweled_unlisted_word(text, m)]
    return mentions


UNLISTED_KEYS = (*NOT_GAZETTEER, AMBIGUOUS.partition(":")[2])  # =, ~, ^ and ?: no list's name


def without_common_words_alone(
    mentions: list[dict], linked: list[dict], lang: str | None, text: str = ""
) -> list[dict]:
    """The mentions but a one-word person or MISC that no gazetteer lists whose word the corpus
    writes mostly as a common word (`common_word_alone`: «نهاية الشوط الأول», "the end of the
    first half", snn-2015-08-01-00336), or an Arabic or Persian one-word organization of such a
    word with nothing before it naming a body (`common_word_body_alone`: «لرعاية الشباب», "for
    youth welfare", snn-2015-08-02-00999), unless the word is not alone: the document writes the
    same entity's longer name («جک راس» … «و راس میگوید», Jack Ross, ntrex-fa-bbc.381789) or a
    title or speech verb names it (`NAMED_IN_CONTEXT`: «وأضاف الدكتور إقبال»), or it is written
    right after a person's name (`_right_after_a_person`). `linked` holds
    the mentions' fields read from the text, in the same order. (A person's name merely ending
    in the word does not count: the recogniser's «قاسم الشوط» ends in "the half".)"""
    in_full = {m["entity"] for m in mentions if len(m["text"].split()) > 1}
    return [
        m
        for m, read in zip(mentions, linked, strict=True)
        if not (
            m["entity"].partition(":")[2][:1] in UNLISTED_KEYS
            and (
                common_word_alone(m["text"], m["type"], lang)
                or (text and common_word_body_alone(text, m, lang, mentions))
            )
            and m["entity"] not in in_full
            and not read.get(NAMED_IN_CONTEXT)
            and not _right_after_a_person(m, mentions)
        )
    ]


def common_word_body_alone(
    text: str, mention: dict, lang: str | None, mentions: list[dict] = ()
) -> bool:
    """Whether an Arabic one-word organization is a word the corpus writes mostly as a common
    word (`corpus_common_words`: «الشباب» "the youth" of «لرعاية الشباب», «العاصمة» "the
    capital", «المسؤولية») with nothing that names a body: a quote mark, «لـ» or an outlet word
    before it (`outlet_cued`), a club word («فريق الشباب»: `club_word_before`), a common noun
    opening a body's name («شركة», «جماعة»: common_body_heads_ar.tsv), or another organization
    it is listed with («والفتح والشباب والتعاون», snn-2015-08-04-00571). Not Persian, whose
    clubs follow «باشگاه» («باشگاه نفت», entities_dev47fa), nor English, where a capitalized
    word is a paper's, a band's or a title's (Fortune, UPS)."""
    if mention["type"] != "ORG" or lang != "ar" or len(mention["text"].split()) != 1:
        return False
    if any(_listed_together(mention, o, text) for o in mentions if o["type"] == "ORG"):
        return False
    if normalize(mention["text"]) not in corpus_common_words().get(lang, frozenset()):
        return False
    start, end = mention["start"], mention["end"]
    before = text[max(0, start - 30) : start].split()
    return not (
        outlet_cued(text, start, end)
        or club_word_before(text, mention)
        or (before and plain(before[-1]) in common_body_heads())
    )


LIST_JOINS = ("و", " و", "، ", "،", ", ")  # between two names of a list


def _listed_together(mention: dict, other: dict, text: str) -> bool:
    """Whether two mentions are next to each other in a list («والفتح والشباب»)."""
    if other is mention:
        return False
    if other["end"] <= mention["start"]:
        return text[other["end"] : mention["start"]] in LIST_JOINS
    return mention["end"] <= other["start"] and text[mention["end"] : other["start"]] in LIST_JOINS


def _right_after_a_person(mention: dict, mentions: list[dict]) -> bool:
    """Whether a mention is written one space after a person's: the name's last word, not
    alone («حاتم بن حسن قاضي», read as «حاتم بن حسن» and «قاضي», snn-2015-08-03-01211)."""
    return any(o["type"] == "PER" and 0 < mention["start"] - o["end"] <= 1 for o in mentions)


def _voweled_unlisted_word(text: str, mention: dict) -> bool:
    """A one-word mention voweled letter by letter (`voweled_letter_by_letter`) that its
    key links to no gazetteer entry (`=` a written form, `~` a skeleton): a Quranic, poetic or
    lexicographic word, no name (entities_dev66: 11 such mentions, none a name)."""
    m = Mention(mention["start"], mention["end"], mention["text"], mention["type"])
    key = mention["entity"].partition(":")[2]
    return key[:1] in ("=", "~") and voweled_letter_by_letter(text, m)


@stage(
    "entities",
    requires=["text", "lang", "outlet"],  # the document's own outlet named in it is that outlet
    assigns=["entities"],
    help="people, organizations, places: CRF per language + gazetteer, linked in the document",
    languages=ANALYSED_LANGUAGES,
)
def make_entities(settings: Settings):
    load_lists()
    for lang in ("ar", "fa", "en"):
        if tagger(lang):
            tagging_attributes(lang)

    def entities(doc: Document) -> Document:
        doc.entities = find_entities(doc.text, doc.lang, doc.outlet)  # type: ignore[assignment]
        return doc

    return entities
