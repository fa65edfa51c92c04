"""One-word names a user meets on an entity page (round entities78,
eval/labels/entities_oneword78.md): a listed name written without its ZWNJ is the listed
entity. Real sentences, with their article ids."""

from __future__ import annotations

from rasad.stages.entities import find_entities


def keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m["text"], m["entity"]) for m in find_entities(text, lang)]


# ntrex-fa-nytimes.184860: WhatsApp, listed as «واتس‌اپ», written joined
WHATSAPP_FA = (
    "آقای گندون توضوح داد که چند ساعت بعد از خبر تخریب هتل روا روا نگران شاگردانش شده و در"
    " انجمن پاراگلایدر از طریق واتساپ پیامهایی را به رقبای حاضر در جشنواره ساحلی پالو ارسال کرد."
)


def test_a_listed_name_written_without_its_zwnj_is_the_listed_entity():
    assert ("واتساپ", "ORG:WhatsApp") in keys(WHATSAPP_FA, "fa")
    assert ("واتس‌اپ", "ORG:WhatsApp") in keys(WHATSAPP_FA.replace("واتساپ", "واتس‌اپ"), "fa")
