"""The pages' message catalogues and calendars: every label the templates use is in the
catalogue and translated into Arabic and Persian; dates convert to the Jalali and Hijri
calendars as the calendars' own libraries say."""

from __future__ import annotations

import io
from importlib import resources

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from rasad.api.i18n import Reader, in_calendar, reader_for

LOCALES = resources.files("rasad.api").joinpath("locales")


def template_messages() -> set[str | tuple[str, str]]:
    found = extract_from_dir(
        str(resources.files("rasad.api").joinpath("templates")),
        method_map=[("**.html", "jinja2")],
    )
    return {m[2] if isinstance(m[2], str) else tuple(m[2][:2]) for m in found}


def catalogue(lang: str):
    path = LOCALES.joinpath(f"{lang}/LC_MESSAGES/messages.po")
    return read_po(io.BytesIO(path.read_bytes()), locale=lang)


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_every_label_is_translated(lang):
    messages = catalogue(lang)
    for msgid in template_messages():
        key = msgid if isinstance(msgid, str) else msgid[0]
        entry = messages.get(key)
        assert entry is not None, f"{lang}: {msgid!r} is not in the catalogue (pybabel update)"
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert all(strings), f"{lang}: {msgid!r} has no translation"


def test_fields_survive_translation():
    for lang in ("ar", "fa"):
        reader = Reader(lang)
        text = reader.gettext("page {page} of {pages}", page="۲", pages="۵")
        assert "۲" in text and "۵" in text and "{" not in text
        assert "{" not in reader.ngettext("{n} document", "{n} documents", 12)


@pytest.mark.parametrize(
    ("value", "calendar", "lang", "expected"),
    [
        ("2020-01-05", "jalali", "en", "15 Dey 1398"),
        ("2020-01-05", "jalali", "fa", "۱۵ دی ۱۳۹۸"),
        ("2020-01", "jalali", "en", "Dey–Bahman 1398"),  # a Gregorian month spans two
        ("2020", "jalali", "en", "1398–1399"),
        ("2020-01-05", "hijri", "en", "10 Jumada al-Ula 1441 AH"),
        ("2020-01-05", "hijri", "ar", "١٠ جمادى الأولى ١٤٤١ هـ"),
        ("2020-01-05", "gregorian", "en", "5 January 2020"),
        ("2020-01", "gregorian", "en", "January 2020"),
    ],
)
def test_dates_in_the_readers_calendar(value, calendar, lang, expected):
    assert in_calendar(value, calendar, lang) == expected


def test_unreadable_dates_are_shown_as_they_are():
    assert Reader("fa", "jalali").date("sometime") == "sometime"
    assert Reader("en").date(None) == ""


def test_the_readers_choice():
    assert reader_for({}, {}) == Reader("en", "gregorian")
    assert reader_for({"ui": "fa"}, {"rasad_cal": "hijri"}) == Reader("fa", "jalali")
    assert reader_for({}, {"rasad_ui": "fa", "rasad_cal": "hijri"}) == Reader("fa", "hijri")
    assert reader_for({"ui": "xx", "cal": "mayan"}, {}) == Reader("en", "gregorian")
