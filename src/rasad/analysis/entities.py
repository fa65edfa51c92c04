"""Corpus views of entities: the list, and one entity's mentions, co-occurrences and timeline."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from rasad.entities.link import link_corpus
from rasad.model import Document


def entity_table(
    docs: Iterable[Document], kind: str | None = None, story: str | None = None
) -> list[dict]:
    """Entities of the corpus (linked across documents), filtered by type or story."""
    doc_list = list(docs)
    entities = link_corpus(doc_list)
    if story:
        members = {d.id for d in doc_list if d.story == story}
        entities = [e for e in entities if members & set(e["documents"])]
    return [e for e in entities if not kind or e["type"] == kind]


def entity_detail(
    docs: Iterable[Document], entity: str, latest: int | None = None
) -> dict[str, Any] | None:
    """One entity with its mentions by date, languages, outlets, stories and the entities it
    appears with (in its `latest` last documents, or all)."""
    doc_list = list(docs)
    by_id = {e["id"]: e for e in link_corpus(doc_list)}
    found = by_id.get(entity)
    if found is None:
        return None
    timeline: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    stories: Counter[str] = Counter()
    mentions, mentioning = [], []
    for doc in doc_list:
        own = [m for m in doc.entities if m["entity"] == entity]
        if not own:
            continue
        mentioning.append(doc)
        date = (doc.published or {}).get("value") or "unknown"
        timeline[date[:7]] += len(own)
        languages[doc.lang or "unknown"] += len(own)
        outlets[doc.outlet or "unknown"] += 1
        if doc.story:
            stories[doc.story] += 1
        mentions += [
            {"doc": doc.id, "date": date, **{k: m[k] for k in ("start", "end", "text")}}
            for m in own
        ]
    counted = mentioning[-latest:] if latest else mentioning
    together: Counter[str] = Counter()
    for doc in counted:
        together.update(sorted({m["entity"] for m in doc.entities} - {entity}))  # ties: by id
    return {
        **found,
        "document_count": len(found["documents"]),
        "timeline": dict(sorted(timeline.items())),
        "languages": dict(languages.most_common()),
        "outlets": dict(outlets.most_common()),
        "stories": dict(stories.most_common()),
        "story_count": len(stories),
        "cooccurring": [
            {"id": eid, "name": by_id[eid]["name"], "type": by_id[eid]["type"], "documents": n}
            for eid, n in together.most_common(15)
        ],
        "cooccurring_documents": len(counted),
        "mention_list": mentions,
    }


# letters of the other language's spelling: a Persian page prefers «ایتالیا» to «ايتاليا»
OTHER_LETTERS = {"fa": "يكة", "ar": "یکگچپژ"}


def name_for_reader(
    name: str, lang: str | None, names: dict[str, list[str]] | None = None, kind: str | None = None
) -> str:
    """An entity's name as a reader of `lang` reads it (the entity list, its page, a document
    page's chips): a gazetteer entity, named by its English name, takes the hand list's own form
    in Arabic or Persian (Pakistan → پاکستان on a Persian page); any other name that is not one
    of the forms `lang` writes for the entity (a Latin name, or the other Arabic-script
    language's spelling: «ارسين فينغر» on a Persian page) takes the form `lang` writes most often
    among the entity's own `names` (per language, most written first, as the entity list gives
    them; that language's own letters first; a person's full name only, never a surname alone),
    so Tabuk reads تبوک and Arsène Wenger «آرسن ونگر» on a Persian page once Persian articles name
    them; a name `lang` writes, or with no form of `lang`, is shown as written."""
    if lang not in ("ar", "fa") or not name:
        return name
    from rasad.analysis.stories import without_clitic
    from rasad.entities.recognise import names_in_language
    from rasad.stages.langid import script_of

    if listed := names_in_language(lang).get(name):
        return listed
    written = [f for f in (names or {}).get(lang) or () if script_of(f) == "arabic"]
    if not written or name in written:
        return name
    forms = list(dict.fromkeys(without_clitic(f, written) for f in written))  # «وأيرلندا»
    forms.sort(key=lambda f: any(c in OTHER_LETTERS[lang] for c in f))  # stable: still by count
    if kind == "PER":
        forms = [f for f in forms if " " in f.strip()]
    return forms[0] if forms else name
