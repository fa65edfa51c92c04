"""Entities linked across the database as documents are stored, and the views read from them.

`link_corpus` links every document's mentions in ingest order, and a document's links depend
only on the documents before it (which full names a surname may join, which entities exist).
So the ingest links each batch once, in that order, against what is stored
(`link_stored_documents`): an entity row with its mention count, the surnames full names
registered, every mention and every quote with its linked speaker. The entity list, an
entity's page and the quote list then read those rows instead of linking every document at
every request, and answer what the whole-database link answers.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from rasad.analysis.search import SearchFilter
from rasad.entities.link import (
    BEFORE_PLACE_ADJECTIVE,
    FATHERLESS,
    PLACES,
    EntityIndex,
    EntityRecord,
    body_in_story,
    chain_prefixes,
    entity_id,
    is_skeleton_key,
    joinable,
    joined_key,
    link_document,
    linked_mentions,
    listed_text,
    name_form,
    own_body_key,
    own_place_key,
    person_aliases,
    place_across,
    place_in_story,
    spelled_by,
    spelling_key,
    surname_in_story,
    surname_word,
    type_twins,
    whole_spelling,
    written_form,
)
from rasad.model import Document
from rasad.services.framing import about_rows, occurrence_rows
from rasad.store import EntityLinkStore, EntityReader
from rasad.store.entity_sql import MENTIONS_PER_DOC
from rasad.text.tokenize import index_terms

LINKED = "entities_linked_through"  # meta: sequence number of the last document linked
RELINKING = "entities_relinking"  # meta: a relink has removed the old links and is under way
FIRST_PASS, SECOND_PASS = "1", "2"  # RELINKING's value: the pass under way
LINK_BATCH = 500  # documents read and linked per transaction
LOOKUP_CHUNK = 2_000  # keys per lookup query (under SQLite's parameter limit)
COOCCURRING = 15  # co-occurring entities listed on an entity's page
COOCCURRING_LATEST = 1_000  # an entity's most recent documents its co-occurrences count
STORIES = 100  # stories listed on an entity's page, most documents first


def link_stored_documents(store: EntityLinkStore) -> int:
    """Link the stored documents not linked yet, in ingest order; returns how many."""
    through = int(store.get_meta(LINKED) or 0)
    linked = 0
    while batch := store.documents_after(through, LINK_BATCH):
        through = batch[-1][0]
        accepted = [(seq, doc) for seq, doc in batch if not doc.rejected]
        store.put_entity_links(link_batch(store, accepted), through)
        linked += len(accepted)
    return linked


def relink_stored_documents(store: EntityLinkStore) -> int:
    """Link every stored document again with the current linker, from the first (a database
    an older version linked keeps its old merges and key forms until then); returns how many.
    Resumable: the old links go in one transaction that marks the relink begun, and each batch
    of new links is written with how far it reached, so a killed relink goes on from there.

    A name written without the father's name (عادل الجبير) joins its chain in other documents
    only once two documents wrote both (`link.MIN_TOGETHER`), so a document linked before
    the second stayed apart: when the first pass found such chains, the links go again and a
    second pass starts knowing them (`EntityIndex.joinable_chains`), so that every document
    is read alike whatever its place in the archive."""
    if store.get_meta(RELINKING) not in (FIRST_PASS, SECOND_PASS):
        store.unlink_entities(LINKED, RELINKING)
    linked = link_stored_documents(store)
    if store.get_meta(RELINKING) == FIRST_PASS and (chains := joinable_chains(store)):
        store.unlink_entities(LINKED, RELINKING, chains, SECOND_PASS)
        linked = link_stored_documents(store)
    return linked


def joinable_chains(store: EntityLinkStore) -> dict[str, str]:
    """The stored states of names written without the father's name that other documents
    join (`link.joinable`)."""
    return {w: k for w, k in store.surnames_holding(FATHERLESS).items() if joinable(k)}


def _surname_words(doc: Document, keys: list[str]) -> set[str]:
    """The surnames a document's mentions may look up or register, and the name chains
    (`EntityIndex.chain_joined`: kept with the surnames)."""
    words = {w for w in map(surname_word, keys) if w}
    for m in doc.entities:
        if m["type"] == "PER":
            words.update(written_form(m["text"]).split())  # a surname, or a given name
            words.update(chain_prefixes(m["text"], doc.lang))  # the chains it extends or is
            words.update(person_aliases(m["text"]))  # its entity in another script
    return words


def _place_words(doc: Document, keys: list[str], mentions: list[dict]) -> set[str]:
    """The words a document's places no gazetteer lists may look up or register: the story's
    place of another script each may be (`place_in_story`), and the place a spelling (or a
    one-word person's, or its other place type: `type_twins`) joined in an earlier story
    (`place_across`); the story's organization of another script an organization may be
    (`body_in_story`) and the one its spelling joined before; and the story's person a name's
    last word may be the surname of (`surname_in_story`)."""
    words = set()
    for key, m in zip(keys, mentions, strict=True):
        place = m["type"] in PLACES or m.get(BEFORE_PLACE_ADJECTIVE)
        if place and (word := place_in_story(doc.story, m["text"])):
            words.add(word)
        if own_place_key(key, m["text"], doc.lang) or (m["type"] == "PER" and surname_word(key)):
            words.update(place_across(k) for k in (key, *type_twins(key)))
        if own_body_key(key, m["text"], doc.lang) and (word := body_in_story(doc.story, m["text"])):
            words.update((word, place_across(key)))  # an organization across scripts
        words_of_name = m["text"].split()
        if word := surname_in_story(doc.story, words_of_name[-1] if words_of_name else ""):
            words.add(word)  # a person's surname its story may read as a body, or registers
    return words


def _load_spellings(store: EntityLinkStore, index: EntityIndex, keys: list[str]) -> None:
    """The Arabic-script spellings stored entities by skeleton hold, by language, and their
    Latin ones (`EntityIndex.own_spelling`)."""
    by_id = {entity_id(k): k for k in keys}
    for chunk in _chunked(list(by_id)):
        for row in store.entity_names(chunk):
            key, text = by_id[row["entity"]], listed_text(row["text"])  # «علي» + name: the name
            if spelled_by(key, text, row["lang"]):
                forms = index.spellings[key].setdefault(row["lang"] or "", set())
                forms.add(written_form(text))
            elif text.isascii() and whole_spelling(key, text, row["lang"]):
                index.latin[key].add(text)


def _chunked(values: list[str]) -> list[list[str]]:
    return [values[i : i + LOOKUP_CHUNK] for i in range(0, len(values), LOOKUP_CHUNK)]


def link_batch(store: EntityLinkStore, batch: list[tuple[int, Document]]) -> dict[str, Any]:
    """The rows that link a batch of documents (after every document stored before them)."""
    # mentions an older version kept that are no name (أن, Monday, المهندس) are not linked;
    # the others keep their position in the document
    kept = [linked_mentions(doc.entities, doc.lang, doc.text) for _, doc in batch]
    planned = [
        link_document([m for _, m in ms], doc.lang)
        for (_, doc), ms in zip(batch, kept, strict=True)
    ]
    words = sorted(
        set().union(*(_surname_words(d, k) for (_, d), k in zip(batch, planned, strict=True)))
        | set().union(
            *(
                _place_words(d, k, [m for _, m in ms])
                for (_, d), k, ms in zip(batch, planned, kept, strict=True)
            )
        )
    )
    index = EntityIndex()
    for chunk in _chunked(words):
        index.by_surname.update({("PER", w): k for w, k in store.entity_surnames(chunk).items()})
    had_surnames = dict(index.by_surname)
    spellings = {  # the own-spelling keys a mention may take (also a Latin one: Straw)
        spelling_key(k, m["text"])
        for (_, doc), ms, keys in zip(batch, kept, planned, strict=True)
        for (_, m), k in zip(ms, keys, strict=True)
        if whole_spelling(k, m["text"], doc.lang)
    }
    twins = {t for keys in planned for k in keys for t in type_twins(k)}  # one type per place
    keys = sorted(
        {k for keys in planned for k in keys}
        | {joined_key(v) for v in had_surnames.values()}
        | spellings
        | twins
    )
    known = set().union(*(store.known_entity_keys(chunk) for chunk in _chunked(keys)))
    index.records = {k: EntityRecord(k, k.split(":", 1)[0]) for k in known}
    _load_spellings(store, index, [k for k in known if is_skeleton_key(k)])
    mentions, quotes = [], []
    names: dict[tuple[str, str, str], list[int]] = {}  # (entity, lang, text) → [n, first]
    documents: dict[tuple[str, int], str] = {}
    months: Counter[tuple[str, str]] = Counter()  # (entity, month) → mentions
    outlets: dict[tuple[str, str], list[int]] = {}  # (entity, outlet) → [documents, first]
    stories: dict[tuple[str, str], list[int]] = {}  # (entity, story) → [documents, first]
    for (seq, doc), ms in zip(batch, kept, strict=True):
        ids = index.add(doc.id, doc.lang, [m for _, m in ms], doc.story)
        published = (doc.published or {}).get("value")
        linked = [(i, m, eid) for (i, m), eid in zip(ms, ids, strict=True)]
        mentions += [
            (seq, i, doc.id, eid, doc.lang, m["text"], m.get("start"), m.get("end"), published)
            for i, m, eid in linked
        ]
        for i, m, eid in linked:
            form = (eid, doc.lang or "", name_form(m))
            names.setdefault(form, [0, seq * MENTIONS_PER_DOC + i])[0] += 1
            months[(eid, (published or "unknown")[:7])] += 1
            if (eid, seq) not in documents:
                outlets.setdefault((eid, doc.outlet or ""), [0, seq])[0] += 1
                if doc.story:
                    stories.setdefault((eid, doc.story), [0, seq])[0] += 1
            documents.setdefault((eid, seq), doc.id)
        quotes += quote_rows(seq, doc, {m["entity"]: eid for _, m, eid in linked})
    return {
        "entities": [
            (entity_id(k), k, r.type, r.name) for k, r in index.records.items() if k not in known
        ],
        "mentions_added": [(r.mentions, k) for k, r in index.records.items() if r.mentions],
        "surnames": [  # new ones, and those a second full name made ambiguous
            (w, k) for (t, w), k in index.by_surname.items() if had_surnames.get((t, w)) != k
        ],
        "mentions": mentions,
        "quotes": quotes,
        "framing": [row for seq, doc in batch for row in occurrence_rows(seq, doc)],
        "about": [row for seq, doc in batch for row in about_rows(seq, doc)],
        "names": [(*key, n, first) for key, (n, first) in names.items()],
        "name_words": name_word_rows(names),
        "documents": [(eid, seq, doc) for (eid, seq), doc in documents.items()],
        "months": [(*key, n) for key, n in months.items()],
        "outlets": [(*key, n, first) for key, (n, first) in outlets.items()],
        "stories": [(*key, n, first) for key, (n, first) in stories.items()],
        "meta": LINKED,
    }


def name_word_rows(names: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str, str]]:
    """(word, entity, lang, text) for each search key of each name of two keys or more: the
    index a one-word query reads the people whose full name holds it from
    (`search_terms.named_by_common_words`; scanning every stored name was 24–92 ms a query on
    the s45 archive)."""
    rows = []
    for entity, lang, text in names:
        keys = index_terms(text, lang or None)
        if len(keys) > 1:
            rows += [(word, entity, lang, text) for word in dict.fromkeys(keys)]
    return rows


def quote_rows(seq: int, doc: Document, renamed: dict[str, str]) -> list[tuple]:
    """The `quotes` rows of one stored document, each speaker by its entity linked across the
    database (`renamed`: the document's own entity key to the linked one)."""
    published = (doc.published or {}).get("value")
    return [
        (
            seq,
            i,
            doc.id,
            speaker,
            doc.lang,
            doc.outlet,
            published,
            json.dumps(quote, ensure_ascii=False),
        )
        for i, q in enumerate(doc.quotes)
        for speaker in [renamed.get(q["speaker"], q["speaker"])]
        for quote in [{**q, "speaker": speaker}]
    ]


def stored_renames(doc: Document, linked: dict[tuple[str, int], str]) -> dict[str, str]:
    """A stored document's own entity keys and the entities its stored mentions were linked to
    (`linked`: by (document, position), as `mention_entities` reads them): the `renamed` of
    `quote_rows`, without linking again."""
    return {
        m["entity"]: linked[(doc.id, i)]
        for i, m in linked_mentions(doc.entities, doc.lang, doc.text)
        if (doc.id, i) in linked
    }


def records(
    store: EntityReader, rows: list[dict[str, Any]], documents: int | None = None
) -> list[dict[str, Any]]:
    """Stored entity rows as the entity list shows them (`EntityRecord.to_export`), with every
    document (`documents` None) or each entity's first `documents`."""
    ids = [r["id"] for r in rows]
    built = {
        r["id"]: EntityRecord(r["key"], r["type"], r["name"], mentions=r["mentions"]) for r in rows
    }
    for n in store.entity_names(ids):  # in order of first mention, as link_corpus meets them
        built[n["entity"]].names[n["lang"] or None][n["text"]] += n["n"]
    if documents != 0:
        for d in store.entity_documents(ids, documents):
            built[d["entity"]].documents.append(d["doc"])
    return [built[i].to_export() for i in ids]


def entity_list(
    store: EntityReader,
    kind: str | None,
    story: str | None,
    limit: int,
    offset: int,
    documents: int | None = None,
) -> tuple[int, list[dict[str, Any]]]:
    """(total, a page of entities), most mentioned first, as `entity_table` lists them, each
    with its `document_count` and every document (`documents` None) or its first
    `documents`; with `story`, those in most of its documents first, each with that count
    (`story_documents`)."""
    total, rows = store.entity_page(kind, story, limit, offset)
    counts = store.entity_document_counts([r["id"] for r in rows])
    in_story = {r["id"]: r["story_documents"] for r in rows if "story_documents" in r}
    return total, [
        {**e, "document_count": counts.get(e["id"], 0)}
        | ({"story_documents": in_story[e["id"]]} if e["id"] in in_story else {})
        for e in records(store, rows, documents)
    ]


def entity_detail(
    store: EntityReader, entity: str, mention_limit: int, mention_offset: int, documents: int | None
) -> dict[str, Any] | None:
    """One entity as `rasad.analysis.entities.entity_detail` shows it, from the stored links and
    counts, at a cost that does not grow with its mentions: a page of its mentions, its first
    `documents` documents (all with None), its `STORIES` largest stories, and co-occurring
    entities counted over its `COOCCURRING_LATEST` most recent documents."""
    rows = store.entity_rows([entity])
    if not rows:
        return None
    found = records(store, rows, documents)[0]
    mention_list = [
        {"doc": m["doc"], "date": m["published"] or "unknown", "start": m["span_start"]}
        | {"end": m["span_end"], "text": m["text"]}
        for m in store.entity_mention_page(entity, mention_limit, mention_offset)
    ]
    outlets = store.entity_outlets(entity)
    document_count = sum(outlets.values())  # each document has one outlet: no count of rows
    story_count, stories = store.entity_stories(entity, STORIES)
    together = store.cooccurring_entities(entity, COOCCURRING, COOCCURRING_LATEST)
    rows = store.entity_rows([t["id"] for t in together])
    named = {e["id"]: e for e in records(store, rows, documents=0)}
    return {
        **found,
        "document_count": document_count,
        "timeline": store.entity_months(entity),
        "languages": store.entity_languages(entity),
        "outlets": outlets,
        "stories": stories,
        "story_count": story_count,
        "cooccurring": [
            {
                "id": t["id"],
                "name": named[t["id"]]["name"],
                "type": named[t["id"]]["type"],
                "documents": t["n"],
            }
            for t in together
        ],
        "cooccurring_documents": min(document_count, COOCCURRING_LATEST),
        "mention_list": mention_list,
    }


def quote_list(
    store: EntityReader, speaker: str | None, filters: SearchFilter, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """(total, a page of quotes) in document order, with their documents' fields."""
    total, rows = store.quotes(speaker, filters, limit, offset)
    return total, [
        {k: r[k] for k in ("doc", "lang", "outlet", "story", "published")} | r["quote"]
        for r in rows
    ]
