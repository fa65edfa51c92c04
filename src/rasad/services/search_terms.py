"""A query's words that name a known entity also search the entity's other names.

"Kadhimi" finds الكاظمي and الکاظمی: the query's longest runs of words (up to `MAX_WORDS`)
are looked up as an entity would be linked (`rasad.entities.link`): by the gazetteer, by the
consonant skeleton the linker keys unknown names by, by a surname a full name registered, and
else by a stored name written exactly as the run (Palu, which no list gives and whose skeleton
is too short to link by; not a word of a person's longer name). A run names an entity when one
of the entity's stored names (or its gazetteer forms) is that very run, key for key; the run
then also matches the entity's other names, as phrases. Only names that are the entity's
gazetteer forms, share the skeleton (or the surname's skeleton) of the run or of a gazetteer
form, or are the name a language usually writes for it (`_usual_names`: بالو, پالو) are
searched: a stray form linked to a big entity by mistake (a common word, another person of the
same surname) does not widen the search. A name of one
word of an entity whose name has more (a bare surname: الكاظمي for Mustafa al-Kadhimi, whose
key is also Persian کاظمی, a common surname) counts only in the documents the entity links
connect to the entity (`Variant.linked_only`); one-word names of a one-word entity (واشنطن
for Washington) and full names count everywhere, as do the query's own words.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache

from rasad.analysis.search import SearchQuery, Span, Variant
from rasad.data import read_table
from rasad.entities.link import (
    VOWELLED,
    canonical_types,
    entity_id,
    skeleton,
    spelling_key,
    vowelled_name,
)
from rasad.entities.recognise import gazetteer_key, lookup
from rasad.store import QueryStore
from rasad.text.tokenize import index_terms
from rasad.text.translit import common_words

MAX_WORDS = 4  # the longest run of query words looked up as a name
MAX_LOOKED_UP = 16  # query parts looked up (a 500-character query stays a few lookups)
MAX_VARIANTS = 16  # other names a name searches, gazetteer forms and most mentioned first
MIN_LETTERS = 3  # a one-word name shorter than this ("is", "US") is not looked up
# Consonants a skeleton must have to link names: "bn" is Pyongyang, Benin, Boeing and اليابان
# alike, "bl" Palu, Bolivia and Bible; "kzm", "trmb" and "sntn" name one thing each.
MIN_SKELETON = 3
TYPES = ("PER", "LOC", "ORG", "GPE", "MISC")
NAMES_READ = 500  # stored names holding a common word of the query read, most mentioned first
NAMED_FIRST = 200  # entities whose documents such a word ranks first
CALLED_MIN_MENTIONS = 10  # mentions by a bare word that make a person "called" by it
CALLED_LEAD = 3  # times the next person's such mentions
USUAL_MIN_MENTIONS = 2  # mentions that make a language's most written name its usual one


@cache
def gazetteer_forms() -> dict[str, tuple[str, ...]]:
    """Each gazetteer entity's name → its forms as the gazetteer writes them (the name first)."""
    forms: dict[str, list[str]] = defaultdict(list)
    # the hand list, then CLDR's Arabic and Persian names of places (Bolivia → بوليفيا,
    # بولیوی), which the lookup knows by their English name alone
    rows = [*read_table("gazetteers/entities.tsv"), *read_table("gazetteers/places.tsv")]
    for _, name, *langs in rows:
        cells = [form for cell in langs for form in cell.split("|") if form]
        forms[name] += [f for f in dict.fromkeys([name, *cells]) if f not in forms[name]]
    return {name: tuple(found) for name, found in forms.items()}


def _keys(text: str, lang: str | None = None) -> tuple[str, ...]:
    return tuple(index_terms(text, lang))


def _candidates(text: str) -> list[tuple[str, str]]:
    """(entity key, how it was found) a run of query words may name."""
    found = []
    if entry := lookup(text):
        key = f"{canonical_types().get(entry.name, entry.type)}:{entry.name}"
        found.append((key, "gazetteer"))
    if _distinctive(shape := skeleton(text)):
        found += [(f"{kind}:~{shape}", "skeleton") for kind in TYPES]
        if not text.isascii():  # a spelling of its own beside its skeleton's entity (نواف)
            found += [(spelling_key(f"{kind}:~{shape}", text), "skeleton") for kind in TYPES]
    if spelt := vowelled_name(text):  # a name too short for its skeleton, every vowel written
        found.append((f"PER:{VOWELLED}{spelt}", "vowels"))  # Joko Widodo = جوكو ويدودو
    return found


def _distinctive(shape: str) -> bool:
    """Whether a skeleton has consonants enough to tell one name from another."""
    return len(shape.replace(" ", "")) >= MIN_SKELETON


def _lookable(parts: list) -> bool:
    if any(p.quoted or len(p.keys) != 1 for p in parts):
        return False
    if len(parts) == 1:
        key = parts[0].keys[0]
        return len(key) >= MIN_LETTERS and not key.isdigit() and key not in common_words()
    return True


def with_entity_names(store: QueryStore, query: SearchQuery) -> SearchQuery:
    """The query with a span for each run of its words that names a known entity (longest runs
    first, runs not overlapping)."""
    parts = query.parts
    looked = min(len(parts), MAX_LOOKED_UP)
    runs: dict[tuple[int, int], list[tuple[str, str]]] = {}
    surnames: dict[str, tuple[int, int]] = {}
    for n in range(min(MAX_WORDS, looked), 0, -1):
        for i in range(looked - n + 1):
            run = parts[i : i + n]
            if not _lookable(run):
                continue
            text = " ".join(p.text for p in run)
            runs[(i, i + n)] = _candidates(text)
            shape = skeleton(text)
            if n == 1 and _distinctive(shape) and " " not in shape:
                surnames[shape] = (i, i + n)
    if not runs:
        return query
    for shape, key in store.entity_surnames(sorted(surnames)).items():
        runs[surnames[shape]].append((key, "surname"))
    written = _written_entities(store, [" ".join(p.text for p in parts[a:b]) for a, b in runs])
    ids = {entity_id(k) for found in runs.values() for k, _ in found} | set(written.values())
    stored = {r["id"]: r for r in store.entity_rows(sorted(ids))}
    names: dict[str, list[dict]] = defaultdict(list)
    for row in store.entity_names(sorted(stored)):
        names[row["entity"]].append(row)
    taken: set[int] = set()
    spans = []
    for (start, end), found in runs.items():  # longest runs first
        if taken & set(range(start, end)):
            continue
        run_keys = tuple(k for p in parts[start:end] for k in p.keys)
        text = " ".join(p.text for p in parts[start:end])
        named = _named(found, run_keys, stored, names)
        if not named and (eid := written.get(text)) and eid in stored:
            row = stored[eid]
            # an entity called by this very name (Palu), not a word of a person's longer name
            # (a given name or surname alone: `named_by_common_words` ranks the people it names)
            if len(run_keys) > 1 or not (
                _has_short_forms(row["key"], row, names.get(eid, []))
                or store.names_with_word(run_keys[0], "PER", 1)
            ):
                named = [(row["key"], eid)]
        variants: dict[tuple[str, ...], Variant] = {}
        short: dict[str, bool] = {}  # entity → whether its name has more words
        for key, eid in named:
            short[eid] = _has_short_forms(key, stored.get(eid), names.get(eid, []))
            for v in _variants(key, text, run_keys, names.get(eid, []), short[eid]):
                variants.setdefault(v.keys, v)
        if variants:
            eid = named[0][1]
            found = list(variants.values())[:MAX_VARIANTS]
            spans.append(Span(start, end, eid, found, short=short[eid]))
            taken |= set(range(start, end))
    return SearchQuery(query.text, parts, sorted(spans, key=lambda s: s.start))


def _written_entities(store: QueryStore, texts: list[str]) -> dict[str, str]:
    """Each of these texts → the entity most often written exactly so, where one is: a name
    the gazetteer does not list and too short for its skeleton to link (Palu: "pl" is also
    Bolivia and the Bible) still names the entity the linker stored it under."""
    found: dict[str, str] = {}
    for row in store.entities_written(sorted(set(texts))):  # most written first
        found.setdefault(row["text"], row["entity"])
    return found


def _named(
    found: list[tuple[str, str]],
    run_keys: tuple[str, ...],
    stored: dict[str, dict],
    names: dict[str, list[dict]],
) -> list[tuple[str, str]]:
    """(key, id) of the entities a run of query words names, most mentioned first: a gazetteer
    entry it is a form of, or a stored entity that has it as a name (or, for the full name a
    surname registered, as a name's last word)."""
    named: dict[str, tuple[int, str]] = {}
    for key, how in found:
        eid = entity_id(key)
        if eid not in stored and how != "gazetteer":
            continue
        own = [_keys(n["text"], n["lang"]) for n in names.get(eid, [])]
        if (
            how == "gazetteer"
            or run_keys in own
            or (how == "surname" and any(k[-1:] == run_keys for k in own))
        ):
            mentions = stored[eid]["mentions"] if eid in stored else 0
            named.setdefault(eid, (mentions, key))
    return [(key, eid) for eid, (_, key) in sorted(named.items(), key=lambda e: -e[1][0])]


def _has_short_forms(key: str, row: dict | None, names: list[dict]) -> bool:
    """Whether the entity's name has more than one word, so that a name of one word is a
    short form of it (a surname): its gazetteer or stored name, else the name most written."""
    canonical = key.split(":", 1)[1]
    name = (row or {}).get("name") or ("" if canonical.startswith(("~", VOWELLED)) else canonical)
    if not name and names:
        name = max(names, key=lambda n: n["n"])["text"]
    return len(_keys(name)) > 1


def _variants(
    key: str, text: str, run_keys: tuple[str, ...], names: list[dict], short: bool = False
) -> list[Variant]:
    """The other names of entity `key` the run `text` also searches; with `short` (the
    entity's name has more words), its names of one word count only in its own documents."""
    eid = entity_id(key)
    canonical = key.split(":", 1)[1]
    forms = (
        gazetteer_forms().get(canonical, ()) if not canonical.startswith(("~", VOWELLED)) else ()
    )
    form_keys = {gazetteer_key(f) for f in forms}
    trusted = {s for s in (skeleton(text), *(skeleton(f) for f in forms)) if _distinctive(s)}
    surnames = {s.split()[-1] for s in trusted if _distinctive(s.split()[-1])}
    vowels = canonical[len(VOWELLED) :] if canonical.startswith(VOWELLED) else None
    ranked = sorted(names, key=lambda n: -n["n"])
    usual = _usual_names(names)
    written: dict[tuple[str, ...], str] = {}  # a form as the documents write it most
    for n in ranked:
        written.setdefault(_keys(n["text"], n["lang"]), n["text"])
    out: dict[tuple[str, ...], Variant] = {}
    for form in forms:
        keys = _keys(form)
        if keys and keys != run_keys and (len(keys) > 1 or len(keys[0]) >= MIN_LETTERS):
            variant = Variant(
                written.get(keys, form), keys, "entity", eid, short and len(keys) == 1
            )
            out.setdefault(keys, variant)
    for n in ranked:
        keys = _keys(n["text"], n["lang"])
        if not keys or keys == run_keys or keys in out:
            continue
        if len(keys) == 1 and len(keys[0]) < MIN_LETTERS:
            continue
        shape = skeleton(n["text"])
        if (
            gazetteer_key(n["text"]) in form_keys
            or shape in trusted
            or (shape and shape.split()[-1] in surnames)
            or (vowels and vowelled_name(n["text"]) == vowels)
            or (n["lang"], n["text"]) in usual
        ):
            out[keys] = Variant(n["text"], keys, "entity", eid, short and len(keys) == 1)
    return list(out.values())[:MAX_VARIANTS]


def _usual_names(names: list[dict]) -> set[tuple[str, str]]:
    """(language, text) of the name each language writes for an entity most, when it is at
    least half of that language's mentions of it and written more than once (بالو and پالو
    for Palu): not a stray form linked by mistake, but what its readers call it."""
    totals: Counter[str] = Counter()
    top: dict[str, dict] = {}
    for n in names:
        totals[n["lang"]] += n["n"]
        if n["n"] > top.get(n["lang"], {"n": 0})["n"]:
            top[n["lang"]] = n
    return {
        (lang, n["text"])
        for lang, n in top.items()
        if n["n"] >= USUAL_MIN_MENTIONS and 2 * n["n"] >= totals[lang]
    }


def named_by_common_words(store: QueryStore, query: SearchQuery) -> SearchQuery:
    """A query of one word no entity's name resolves, with `named_first`: the people whose
    full name holds that word, so that the documents linked to them rank first. «صالح» is
    "good, valid" and a given or family name (Yemen's Ali Abdullah Saleh; search45: nine hits
    of the word before any Saleh), «امید» "hope" and Omid Karimi. Only a name of two words
    or more (a one-word "person" may be the word itself), and a Latin word only capitalized
    as typed ("Rice", not "rice"). A query of more words is left as it ranks."""
    if len(query.parts) != 1 or query.spans:
        return query
    (part,) = query.parts
    if part.quoted or len(part.keys) != 1 or len(part.keys[0]) < MIN_LETTERS:
        return query
    if part.text.isascii() and not part.text[:1].isupper():
        return query
    key, named = part.keys[0], {}
    for row in store.names_with_word(key, "PER", NAMES_READ):  # indexed by their search keys
        keys = _keys(row["text"], row["lang"])
        if key in keys and len(keys) > 1:
            named.setdefault(row["entity"], None)
    if not named:
        return query
    first = tuple(named)[:NAMED_FIRST]
    return replace(query, named_first=first, called_first=called_by_word(store, key, first))


def called_by_word(store: QueryStore, key: str, people: tuple[str, ...]) -> tuple[str, ...]:
    """Of these people, the one the archive calls by the one word `key` alone, if one is: the
    person with the most mentions written as that bare word, at least `CALLED_MIN_MENTIONS`
    and `CALLED_LEAD` times the next one's («صالح» 140 times for Ali Abdullah Saleh, 15 for
    the next; "Brown" 219 times for Gordon Brown; search47). Many people share a given name or
    surname, and a reader who types it alone means the one the news calls so, not an
    ambassador «عصام صالح عواد» whose article names him once; a word a few people are called
    by now and then («حسن», «نصر») names no one."""
    bare: Counter[str] = Counter()
    for row in store.entity_names(list(people)):
        if _keys(row["text"], row["lang"]) == (key,):
            bare[row["entity"]] += row["n"]
    (person, n), (_, runner_up) = [*bare.most_common(2), ("", 0), ("", 0)][:2]
    if n >= CALLED_MIN_MENTIONS and n >= CALLED_LEAD * runner_up:
        return (person,)
    return ()
