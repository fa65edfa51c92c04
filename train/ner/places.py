"""Place names in Arabic, Persian and English from the Unicode CLDR (as Babel ships it).

    .venv/bin/python train/ner/places.py

Writes src/rasad/data/gazetteers/places.tsv: every country, territory and world region CLDR
names, and every city it names for a time zone (its "exemplar cities"), one row each with the
CLDR names in the three languages. The recognizer uses it as a word-membership feature (a
word that is, or is part of, a place name); it does not tag entities on its own.
"""

from __future__ import annotations

from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/gazetteers/places.tsv"
COUNTRIES = OUT.with_name("countries.txt")  # the recognizer reads nationality adjectives of these
REGIONS = OUT.with_name("regions.txt")  # places without a government (LOC); other places are GPE
LANGS = ("ar", "fa", "en")
# CLDR "territories" that are organizations, or codes with no place behind them.
ORGANIZATIONS = {"EU", "UN"}
SKIP = {"ZZ", "EZ", "QO", "XA", "XB"}


def territories() -> list[tuple[str, ...]]:
    """(type, English, Arabic, Persian) of every CLDR territory and region."""
    names = {lang: Locale.parse(lang).territories for lang in LANGS}
    rows = []
    for code, english in sorted(names["en"].items()):
        if code in SKIP:
            continue
        kind = "ORG" if code in ORGANIZATIONS else "LOC"
        rows.append((kind, english, names["ar"].get(code, ""), names["fa"].get(code, "")))
    return rows


def cities() -> list[tuple[str, ...]]:
    """(LOC, English, Arabic, Persian) of every CLDR time-zone exemplar city."""
    zones = {lang: Locale.parse(lang).time_zones for lang in LANGS}
    rows = []
    for zone in sorted(zones["ar"]):
        if zone.startswith("Etc/"):
            continue
        english = zones["en"].get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        arabic = zones["ar"][zone].get("city", "")
        persian = zones["fa"].get(zone, {}).get("city", "")
        if arabic or persian:
            rows.append(("LOC", english, arabic, persian))
    return rows


def countries() -> list[str]:
    """English CLDR names of the countries and territories (two-letter codes, not regions)."""
    names = Locale.parse("en").territories
    return sorted(
        name for code, name in names.items() if code.isalpha() and code not in SKIP | ORGANIZATIONS
    )


def regions() -> list[str]:
    """English CLDR names of world regions (numeric codes: Europe, Western Asia)."""
    names = Locale.parse("en").territories
    return sorted(name for code, name in names.items() if code.isdigit())


def main() -> None:
    for path, names in ((COUNTRIES, countries()), (REGIONS, regions())):
        with path.open("w", encoding="utf-8") as f:
            f.write("# Unicode CLDR names via Babel (train/ner/places.py); Unicode License v3\n")
            f.write("\n".join(names) + "\n")
    rows = sorted(set(territories() + cities()))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Unicode CLDR place names via Babel (train/ner/places.py); Unicode License v3\n")
        f.write("type\ten\tar\tfa\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{len(rows)} places → {OUT}")


if __name__ == "__main__":
    main()
