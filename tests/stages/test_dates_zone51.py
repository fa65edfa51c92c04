"""The zone written after a clock time is kept on the time's mention (round review51), and
stays out of the export (`rasad.export/1` dates carry no times)."""

from __future__ import annotations

from datetime import date

import pytest

from rasad.lang import times as T
from rasad.model import Document
from rasad.stages.dates import find_temporal, zone_key, zone_readings
from rasad.text.normalize import fold_same_length

# "الساعة 17:00 بتوقيت مكة المكرمة (14:00 بتوقيت جرينتش)": one kick-off, each time in its own
# zone; the zone after «الساعة 17:00» stays outside the span, as it did
KICKOFF_TWO_ZONES = (
    "يخوض المنتخب السعودي مباراته أمام نظيره الإماراتي عند الساعة 17:00 بتوقيت مكة المكرمة "
    "(14:00 بتوقيت جرينتش) على ستاد البترا."
)


def times(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    found = find_temporal(text, lang, date(2015, 8, 4))
    return [(d["text"], d["time"], d.get("zone")) for d in found if d.get("type") == "time"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            KICKOFF_TWO_ZONES,
            "ar",
            [
                # round dates55: a zone whose clock is known is recorded by its UTC offset
                ("الساعة 17:00", "17:00", "UTC+03:00"),
                ("14:00 بتوقيت جرينتش", "14:00", "UTC+00:00"),
            ],
        ),
        ("The plane crashed at 02:30 BST on Sunday", "en", [("02:30 BST", "02:30", "UTC+01:00")]),
        (
            "وقع الانفجار عند الساعة 14:45 بالتوقيت المحلي",
            "ar",
            [("الساعة 14:45", "14:45", "بالتوقيت المحلي")],
        ),
        (
            "تنطلق المباراة الساعة 8 مساء بتوقيت مكه",
            "ar",
            [("الساعة 8 مساء", "20:00", "UTC+03:00")],
        ),
        (
            "تحطمت الطائرة في الساعة الثالثة و9 دقائق بتوقيت لندن",
            "ar",
            # no day in the sentence: London's offset (GMT or BST) is not known
            [("الساعة الثالثة و9 دقائق بتوقيت لندن", "03:09", "بتوقيت لندن")],
        ),
        ("وقع الحادث في الثالثة و9 دقائق عصرا", "ar", [("الثالثة و9 دقائق عصرا", "15:09", None)]),
    ],
)
def test_a_time_carries_the_zone_written_after_it(text, lang, expected):
    assert times(text, lang) == expected


def test_every_zone_is_found_as_listed_whatever_its_case():
    for zone, clock in T.TIME_ZONES.items():
        read = zone_readings()[zone_key(fold_same_length(zone).lower())]
        assert read.clock == clock
        first = next(name for name, kept in T.TIME_ZONES.items() if kept == clock)
        assert read.name == (zone if clock is None else first)


def test_the_zone_stays_out_of_the_export():
    doc = Document(id="d", source="s", text=KICKOFF_TWO_ZONES, lang="ar")
    doc.dates = find_temporal(doc.text, "ar", date(2015, 8, 4))
    assert [d["zone"] for d in doc.dates if "zone" in d] == ["UTC+03:00", "UTC+00:00"]
    assert all("zone" not in d and "time" not in d for d in doc.to_export()["dates"])
