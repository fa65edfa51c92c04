"""What a user saw on the whole archive (round 44, eval/labels/names44.tsv): the framing label
«صهیونیست» ("Zionist") and common words shown as entities, Khomeini shown by his honorific
«امام خمینی» with no hand-list entry, a span cut inside «آیت‌الله العظمی», and set scores after
a player's surname. Sentences from the corpus (Fars News, SaudiNewsNet, BBC)."""

from __future__ import annotations

from rasad.analysis.stories import entity_display_names
from rasad.entities.link import (
    link_document,
    linkable,
    linked_mentions,
    mention_key,
    opens_with_title,
    titled_person,
)
from rasad.model import Document
from rasad.stages.entities import find_entities


def _stored(text: str, names: list[str], kind: str = "PER") -> list[dict]:
    """Mentions at each name's first place after the previous one, as stored."""
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append({"start": start, "end": start + len(name), "text": name, "type": kind})
        out[-1]["canonical"] = None
        at = start + len(name)
    return out


def _linked(text: str, names: list[str], lang: str, kind: str = "PER") -> list[tuple[str, dict]]:
    return linked_mentions(_stored(text, names, kind), lang, text)


def test_a_framing_label_is_no_entity():
    """«صهیونیست» was an ORG of 11 mentions, the chip the seed story showed."""
    text = "که دو فلسطینی به ضرب گلوله نظامیان صهیونیست در ایست بازرسی «سالم»‌ در نزدیکی جنین"
    assert _linked(text, ["صهیونیست"], "fa", "ORG") == []
    for form in ("صهیونیست", "صهيونيستي", "صهیونیست‌ها", "صهيونيستها"):
        assert not linkable({"text": form, "type": "ORG"}, "fa")
    # the regime's name and Palestine stay names
    assert linkable({"text": "رژیم صهیونیستی", "type": "ORG"}, "fa")


def test_common_words_shown_as_entities_are_none():
    text = "وی با بیان اینکه وزیر نیرو از موضع قبلی خود کوتاه آمده ادامه داد"
    assert _linked(text, ["نیرو"], "fa", "ORG") == []
    text = "پرسپولیس درباره دلیل محکوم شدن این باشگاه به پرداخت 127 هزار دلار دیگر"
    assert _linked(text, ["پرسپولیس", "باشگاه"], "fa", "ORG")[0][1]["text"] == "پرسپولیس"
    assert len(_linked(text, ["پرسپولیس", "باشگاه"], "fa", "ORG")) == 1
    text = "وقد يقع الضرر على الكبد من جراء تناول المشروبات الكحولية"
    assert _linked(text, ["الكبد"], "ar", "GPE") == []
    # Al Khobar, written «الخبر» in Arabic, is not the Persian «خبر» ("news")
    assert linkable({"text": "الخبر", "type": "GPE"}, "ar")
    assert not linkable({"text": "خبر", "type": "GPE"}, "fa")


def test_the_stage_drops_a_framing_label():
    text = "یک سرباز صهیونیست در مقابل فرمانده خود از فاصله‌ای کوتاه شلیک کرد."
    assert "صهیونیست" not in [m["text"] for m in find_entities(text, "fa")]


def test_an_honorific_before_a_listed_name_is_that_person():
    """«امام خمینی» (92 mentions) was an entity of its own written form."""
    text = "وي ادامه داد: امام خميني (ره) با قيام خود نشان داد كه قرآن"
    ((_, m),) = _linked(text, ["امام خميني"], "fa")
    assert m["canonical"] == "Ruhollah Khomeini"
    assert titled_person("الإمام الخميني").name == "Ruhollah Khomeini"
    # the Imams are named with the title and no entry lists them
    assert titled_person("امام حسین") is None and titled_person("امام باقر") is None
    text = "پیاده‌روی به سمت مرقد امام حسین (ع) برای بزرگداشت اربعین"
    ((_, m),) = _linked(text, ["امام حسین"], "fa")
    assert m["text"] == "امام حسین" and m["canonical"] is None


def test_a_listed_person_is_shown_without_his_title():
    assert opens_with_title("امام خمینی") and opens_with_title("آيت الله سيستاني")
    assert not opens_with_title("علی خامنه ای")
    text = "آیت الله سیستانی در بیانیه‌ای از مردم عراق خواست"
    doc = Document(id="d", source="t", text=text, lang="fa")
    start = text.index("آیت الله سیستانی")
    doc.entities = [
        {
            "entity": "PER:Ali al-Sistani",
            "text": "آیت الله سیستانی",
            "start": start,
            "end": start + len("آیت الله سیستانی"),
            "type": "PER",
        }
    ]
    assert entity_display_names([doc], "fa")["PER:Ali al-Sistani"] == "علی سیستانی"


def test_a_title_piece_opens_no_name():
    """A span cut inside «آیت‌الله العظمی»: «العظمی خامنه‌ای» is Khamenei, «الله العظمی» no one."""
    text = "های حکیمانه امام المسلمین، حضرت آیت‌الله العظمی خامنه‌ای و مراجع عظام تقلید روز قدس"
    ((_, m),) = _linked(text, ["العظمی خامنه‌ای"], "fa")
    assert m["text"] == "خامنه‌ای" and m["canonical"] == "Ali Khamenei"
    text = "فرماندهی معظم کل قوا حضرت آیت الله العظمی خامنه ای(مدظله العالی)، از درگاه"
    assert _linked(text, ["الله العظمی"], "fa") == []


def test_set_scores_after_a_surname_are_cut():
    """ "Roddick 6-2 7-6" was a name form of Andy Roddick; an age or a count is kept
    (test_names43.py)."""
    text = "victory through injury by beating Roddick 6-2 7-6 (7-1) 7-6 (7-5) to give the hosts"
    ((_, m),) = _linked(text, ["Roddick 6-2 7-6"], "en")
    assert m["text"] == "Roddick" and text[m["start"] : m["end"]] == "Roddick"
    text = "Two good serves put Roddick 30-0 up but he then makes a couple of errors"
    assert [m["text"] for _, m in _linked(text, ["Roddick 30-0"], "en")] == ["Roddick"]
    text = "the 22-year-old Small was cast"
    assert [m["text"] for _, m in _linked(text, ["22-year-old Small"], "en")] == [
        "22-year-old Small"
    ]


def test_a_double_barrelled_surname_alone_is_the_full_name():
    """ "Kilroy-Silk" (76 mentions) was an entity apart from "Robert Kilroy-Silk" (21), in the
    documents that name him both ways."""
    text = (
        "The UK Independence Party has lost one of its two London Assembly members to Robert "
        "Kilroy-Silk's new political party. He said Mr Kilroy-Silk had made him deputy party "
        "leader of Veritas, Latin for truth."
    )
    (full, short) = _linked(text, ["Robert Kilroy-Silk", "Kilroy-Silk"], "en")
    assert link_document([full[1], short[1]], "en") == ["PER:~rbrt klr slk"] * 2
    # the full name the document writes most, not a span run into an adjective
    names = ["Robert Kilroy-Silk", "Euro-Sceptic Kilroy-Silk", "Kilroy-Silk", "Robert Kilroy-Silk"]
    keys = link_document([{"text": t, "type": "PER", "canonical": None} for t in names], "en")
    assert keys[2] == keys[0] == keys[3] != keys[1]
    # a hyphenated given name alone is no surname
    keys = link_document(
        [
            {"text": "Jean-Pierre Raffarin", "type": "PER", "canonical": None},
            {"text": "Jean-Pierre", "type": "PER", "canonical": None},
        ],
        "en",
    )
    assert keys[0] != keys[1]


def test_abd_rabbuh_is_one_given_name():
    """«عبد ربه منصور هادي» (48) and «عبدربه منصور هادي» (11) were two entities."""
    assert mention_key("عبد ربه منصور هادي", "PER", None, "ar") == mention_key(
        "عبدربه منصور هادي", "PER", None, "ar"
    )
