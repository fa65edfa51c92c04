"""Full-text search across spelling variants: index normalized terms, show the original words.

Documents are indexed by `rasad.text.tokenize.index_terms` (letter variants unified, clitics
split, digits ASCII), so a query typed with Persian letters finds Arabic spellings and the
other way round. In Arabic documents, a word whose light stem (`rasad.text.stem`) differs
from its key is indexed under both, the stem marked ("حکومات" → "حکومات حکومـ"), and a query key matches its own
spelling, its stem or the marked stem: "الحكومة" finds "حكومات" and "حكومتهم" too, while a
document with the very spelling matches more terms and ranks higher. Ranking is BM25 (SQLite
FTS5); snippets are cut from the ORIGINAL text with the matching words marked.

A query (`parse_query`) is a list of required groups. A word matches its forms above, its
Persian plural or singular (`rasad.text.stem.persian_forms`: اشغالگر, اشغالگران) and, when it
looks like a name, its other spellings (`rasad.text.translit`: واشنگتن, واشنطن). A phrase in
double quotes matches word for word. A run of words that names a known entity
(`rasad.services.search_terms`) also matches the entity's other names; a short form of one
word (a bare surname: الكاظمي, whose key Persian writes for every Kazemi) counts only in
documents the entity links connect to that entity (`Variant.linked_only`). `search_plan` is
what both stores search for; `result` says which form of each group a hit holds.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from rasad.model import Document
from rasad.text.stem import key_alternatives, light_stem, persian_forms, stem_term
from rasad.text.tokenize import Token, index_terms, iter_tokens, tokens
from rasad.text.translit import spelling_variants
from rasad.text.zwnj import restore_zwnj

SNIPPET_CHARS = 90
STEMMED_LANGS = {"ar"}  # Persian keeps its own suffix handling (search keys drop ها/های)


@dataclass(frozen=True)
class SearchFilter:
    lang: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    story: str | None = None
    entity: str | None = None


def document_terms(doc: Document) -> str:
    """What the full-text index stores for a document: its title's and body's keys, each
    followed by its marked stem when that differs."""
    terms = []
    for key in index_terms(f"{doc.title or ''}\n{doc.text}", doc.lang):
        terms.append(key)
        stem = stem_term(key) if doc.lang in STEMMED_LANGS else None
        if stem:
            terms.append(stem)
    return " ".join(terms)


QUOTE = '"'


@dataclass(frozen=True)
class Variant:
    """Another way a query word or name may be written: an entity's stored name, or a
    spelling `rasad.text.translit` derives."""

    text: str
    keys: tuple[str, ...]
    via: str  # "entity" or "spelling"
    entity: str | None = None
    # counts only in documents the entity links connect to `entity`: a short form of a longer
    # name (a bare surname) may be another person's as well
    linked_only: bool = False


@dataclass
class Part:
    """A word of the query, or a phrase typed in double quotes (matched word for word)."""

    text: str
    keys: tuple[str, ...]
    quoted: bool = False
    variants: list[Variant] = field(default_factory=list)


@dataclass
class Span:
    """Query parts `start`..`end` (exclusive) that name a known entity, with its other names."""

    start: int
    end: int
    entity: str
    variants: list[Variant]


@dataclass
class SearchQuery:
    """A parsed query: every part is required, each in any of its forms; a span of parts
    that names an entity also matches any of the entity's names."""

    text: str
    parts: list[Part]
    spans: list[Span] = field(default_factory=list)
    # entities whose documents rank first: those a common word of the query names
    # (`services.search_terms.named_by_common_words`)
    named_first: tuple[str, ...] = ()
    # of those, the people the archive calls by that word alone (a stored one-word name that
    # is the word: «صالح» for Ali Abdullah Saleh), whose documents rank before the others'
    called_first: tuple[str, ...] = ()

    def groups(self) -> list[tuple[str, list[Part], list[Variant], str | None]]:
        """(text as typed, parts, variants, entity) of each required group, in query order."""
        out, i = [], 0
        spans = {s.start: s for s in self.spans}
        while i < len(self.parts):
            span = spans.get(i)
            if span:
                parts = self.parts[span.start : span.end]
                text = " ".join(p.text for p in parts)
                out.append((text, parts, span.variants, span.entity))
                i = span.end
            else:
                part = self.parts[i]
                out.append((part.text, [part], part.variants, None))
                i += 1
        return out


def parse_query(query: str, spellings: bool = True) -> SearchQuery:
    """The parts of a query: its words, and the phrases typed in double quotes (an unbalanced
    quote is ignored); with `spellings`, a name-like word also matches its spelling variants."""
    chunks = query.split(QUOTE)
    if len(chunks) % 2 == 0:  # an unbalanced quote
        chunks = [query.replace(QUOTE, " ")]
    parts: list[Part] = []
    seen: set[tuple[tuple[str, ...], bool]] = set()
    for n, chunk in enumerate(chunks):
        quoted = n % 2 == 1
        words = [(t.surface, t.key) for t in tokens(restore_zwnj(chunk))]
        pieces = (
            [(" ".join(w for w, _ in words), tuple(k for _, k in words))]
            if quoted
            else [(w, (k,)) for w, k in words]
        )
        for text, keys in pieces:
            if not keys or (keys, quoted) in seen:
                continue
            seen.add((keys, quoted))
            part = Part(text, keys, quoted)
            if spellings and not quoted:
                part.variants = [Variant(v, (v,), "spelling") for v in spelling_variants(keys[0])]
            parts.append(part)
    return SearchQuery(query, parts)


def as_query(query: str | SearchQuery) -> SearchQuery:
    return query if isinstance(query, SearchQuery) else parse_query(query)


def word_forms_of(key: str) -> list[str]:
    """Index terms a typed (unquoted) query key matches: itself and its stems
    (`rasad.text.stem.key_alternatives`) and its Persian plural or singular."""
    return [*key_alternatives(key), *persian_forms(key)]


def phrase_forms(keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The index term sequences a phrase is in: as it is (documents not stemmed), and with each
    word's marked stem after it (Arabic documents index "حکومه حکومـ" for a word)."""
    stemmed: list[str] = []
    for i, key in enumerate(keys):
        stemmed.append(key)
        stem = stem_term(key)
        if stem and i < len(keys) - 1:
            stemmed.append(stem)
    return list(dict.fromkeys([keys, tuple(stemmed)]))


# An expression over the index: ("phrase", terms) | ("any", nodes) | ("all", nodes).
Node = tuple[str, Any]


def _any(nodes: list[Node]) -> Node:
    unique = tuple(dict.fromkeys(nodes))
    return unique[0] if len(unique) == 1 else ("any", unique)


def _all(nodes: list[Node]) -> Node:
    return nodes[0] if len(nodes) == 1 else ("all", tuple(nodes))


def _part_node(part: Part, spellings: bool = True) -> Node:
    """A query part's index forms; with `spellings`, also its spelling variants."""
    if part.quoted or len(part.keys) > 1:
        return _any([("phrase", f) for f in phrase_forms(part.keys)])
    forms = word_forms_of(part.keys[0])
    if spellings:
        forms += [k for v in part.variants for k in v.keys]
    return _any([("phrase", (f,)) for f in forms])


@dataclass(frozen=True)
class LinkedForms:
    """A query group some of whose forms count only in documents linked to their entity: a
    document holds the group when it holds `free`, or when it is linked to an entity of
    `linked` and holds that entity's forms."""

    free: Node
    linked: tuple[tuple[str, Node], ...]  # (entity id, its linked-only forms)


def _group_forms(
    parts: list[Part], variants: list[Variant], entity: str | None
) -> tuple[Node, dict[str, Node]]:
    """(the forms a group matches in any document, entity id → the forms that count only in
    documents linked to it)."""
    node = _all([_part_node(p) for p in parts])
    if not entity:
        return node, {}
    free = [("phrase", f) for v in variants if not v.linked_only for f in phrase_forms(v.keys)]
    linked: dict[str, list[Node]] = defaultdict(list)
    for v in variants:
        if v.linked_only and v.entity:
            linked[v.entity] += [("phrase", f) for f in phrase_forms(v.keys)]
    return _any([node, *free]), {e: _any(forms) for e, forms in linked.items()}


def search_plan(query: str | SearchQuery) -> tuple[Node, list[LinkedForms]] | None:
    """What a store searches for: the expression every hit matches (and is ranked by), every
    group required in any of its forms, and the groups whose linked-only forms count only in
    documents linked to their entity; None when there is nothing to search."""
    q = as_query(query)
    nodes, restricted = [], []
    for _, parts, variants, entity in q.groups():
        free, linked = _group_forms(parts, variants, entity)
        nodes.append(_any([free, *linked.values()]))
        if linked:
            restricted.append(LinkedForms(free, tuple(linked.items())))
    if not nodes:
        return None
    return _all(nodes), restricted


def typed_tree(query: str | SearchQuery) -> Node | None:
    """The query as typed, without the other spellings and names it also matches: hits that
    hold it rank first (a Persian query shows Persian spellings before their Arabic and
    English forms). None when it adds nothing to `query_tree` (no group has other forms)."""
    q = as_query(query)
    groups = q.groups()
    widened = any(
        (entity and variants) or any(p.variants for p in parts)
        for _, parts, variants, entity in groups
    )
    if not groups or not widened:
        return None
    return _all(
        [_all([_part_node(p, spellings=False) for p in parts]) for _, parts, _, _ in groups]
    )


def query_tree(query: str | SearchQuery) -> Node | None:
    """The expression every hit of a query matches: every group required, each in any of its
    forms (linked-only ones included: `search_plan` says where those count); None when there
    is nothing to search."""
    plan = search_plan(query)
    return None if plan is None else plan[0]


def fts5_expression(node: Node) -> str:
    """A node as an FTS5 MATCH expression."""
    kind, value = node
    if kind == "phrase":
        return QUOTE + " ".join(value).replace(QUOTE, QUOTE * 2) + QUOTE
    joined = (" OR " if kind == "any" else " AND ").join(fts5_expression(n) for n in value)
    return f"({joined})"


def match_expression(query: str | SearchQuery) -> str | None:
    """An FTS5 MATCH expression requiring every query group, each in any of its index forms
    (None when nothing to search)."""
    tree = query_tree(query)
    return None if tree is None else fts5_expression(tree)


def _counted(q: SearchQuery, linked: Collection[str]) -> list[list[Variant]]:
    """Each group's variants that count in a document linked to the entities `linked`: the
    entity's names (a linked-only one when the document is linked to its entity), then the
    spellings of the typed words."""
    out = []
    for _, parts, variants, entity in q.groups():
        counted = [v for v in variants if not v.linked_only or v.entity in linked]
        if entity:
            counted += [v for p in parts for v in p.variants]
        out.append(counted)
    return out


class _Matches:
    """Which form of each query group a document holds first, fed its tokens in order."""

    def __init__(self, q: SearchQuery, linked: Collection[str] = ()) -> None:
        self.groups = q.groups()
        self.variants = _counted(q, linked)
        self.typed: dict[str, list[int]] = defaultdict(list)  # a typed word's forms
        self.stems: dict[str, list[int]] = defaultdict(list)
        self.last: dict[str, list[tuple[int, tuple[str, ...], str, str | None]]] = defaultdict(
            list
        )  # a sequence's last term → (group, sequence, via, entity)
        for g, (_, parts, _, _) in enumerate(self.groups):
            if len(parts) == 1 and not parts[0].quoted and len(parts[0].keys) == 1:
                for form in word_forms_of(parts[0].keys[0]):
                    self.typed[form].append(g)
                self.stems[light_stem(parts[0].keys[0])].append(g)
            else:
                sequence = tuple(k for p in parts for k in p.keys)
                self.last[sequence[-1]].append((g, sequence, "query", None))
            for v in self.variants[g]:
                self.last[v.keys[-1]].append((g, v.keys, v.via, v.entity))
        self.found: dict[int, dict[str, Any]] = {}
        self.seen: list[Token] = []

    @property
    def done(self) -> bool:
        return len(self.found) == len(self.groups)

    def start(self) -> None:
        """A new text begins: no phrase runs across."""
        self.seen = []

    def feed(self, t: Token, text: str) -> bool:
        """Note what token `t` of `text` matches; whether it matches any group."""
        self.seen.append(t)
        hit = False
        for g in (*self.typed.get(t.key, ()), *self.stems.get(light_stem(t.key), ())):
            hit = True
            self.found.setdefault(
                g, {"query": self.groups[g][0], "text": t.surface, "via": "query"}
            )
        for g, sequence, via, entity in self.last.get(t.key, ()):
            n = len(sequence)
            if len(self.seen) < n or tuple(x.key for x in self.seen[-n:]) != sequence:
                continue
            hit = True
            if g not in self.found:
                item = {"query": self.groups[g][0], "text": text[self.seen[-n].start : t.end]}
                item["via"] = via
                self.found[g] = item | ({"entity": entity} if entity else {})
        return hit

    def items(self) -> list[dict[str, Any]]:
        return [self.found[g] for g in sorted(self.found)]


def _read(
    doc: Document,
    query: str | SearchQuery,
    width: int = SNIPPET_CHARS,
    linked: Collection[str] = (),
    named_at: int = 0,
) -> tuple[str, list[dict[str, Any]]]:
    """(snippet, matched) of a document linked to the entities `linked`, its text read once,
    only as far as both need; the snippet's window opens at the first match from `named_at`
    (where the document names an entity the query ranked first: `SearchQuery.named_first`),
    or the first match when none follows."""
    q = as_query(query)
    matches = _Matches(q, linked)
    for t in iter_tokens(doc.title or ""):
        matches.feed(t, doc.title or "")
    matches.start()
    keys = [k for p in q.parts for k in p.keys]
    variants = {k for counted in matches.variants for v in counted for k in v.keys}
    wanted = {f for k in keys for f in word_forms_of(k)} | set(keys) | variants
    stems = {light_stem(k) for k in keys}
    hits: list[Token] = []
    end = len(doc.text)
    first: list[Token] = []  # the first match, should none follow `named_at`
    for t in iter_tokens(doc.text):  # up to the end of the window around the first match
        window = not hits or t.start < end
        if not window and matches.done:
            break
        matched_here = matches.feed(t, doc.text)
        if window and (matched_here or t.key in wanted or light_stem(t.key) in stems):
            if t.start < named_at:
                first = first or [t]
                continue
            if not hits:
                end = min(t.end + width, len(doc.text))
            hits.append(t)
    if not hits and first:
        return _marked(doc.text, first, min(first[0].end + width, len(doc.text)), width), []
    return _marked(doc.text, hits, end, width), matches.items()


def _marked(text: str, hits: list[Token], end: int, width: int) -> str:
    if not hits:
        return html.escape(text[: 2 * width])
    start = max(hits[0].start - width, 0)
    out, pos = [], start
    for hit in hits:
        if hit.start < pos or hit.end > end:
            continue
        out.append(html.escape(text[pos : hit.start]))
        out.append(f"<mark>{html.escape(text[hit.start : hit.end])}</mark>")
        pos = hit.end
    out.append(html.escape(text[pos:end]))
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")


def _named_snippet(
    doc: Document, query: str | SearchQuery, linked: Collection[str], named_at: int
) -> str | None:
    """The snippet of a window opening at the first match from `named_at` (where the document
    names an entity the query ranked first), reading the text from there only; None when no
    match follows."""
    begin = max(named_at - SNIPPET_CHARS, 0)
    rest = replace(doc, title=None, text=doc.text[begin:])
    shown, _ = _read(rest, query, linked=linked, named_at=named_at - begin)
    if "<mark>" not in shown:
        return None
    return ("…" if begin and not shown.startswith("…") else "") + shown


def snippet(
    doc: Document,
    query: str | SearchQuery,
    width: int = SNIPPET_CHARS,
    linked: Collection[str] = (),
) -> str:
    """HTML: a window of the original text around the first match (same key, same stem, a
    plural, or a variant of the query's names that counts in the document: `linked`, the
    entities it is linked to), matches in <mark>."""
    return _read(doc, query, width, linked)[0]


def matched(
    doc: Document, query: str | SearchQuery, linked: Collection[str] = ()
) -> list[dict[str, Any]]:
    """The form of each query group the document holds first (title, then text): {"query": as
    typed, "text": as the document writes it, "via": "query" (the typed word or phrase, or an
    inflection of it), "entity" (another name of the entity it names, with "entity" its id)
    or "spelling" (another spelling of a name)}. An entity's name of one word counts only when
    the document is linked to the entity (`linked`: the entities it is linked to)."""
    return _read(doc, query, linked=linked)[1]


def result(
    doc: Document,
    score: float,
    query: str | SearchQuery,
    linked: Collection[str] = (),
    named_at: int = 0,
) -> dict[str, Any]:
    """One search hit as the API returns it, with the form of each query group it matched
    (`linked`: the entities the document is linked to; the snippet from `named_at`, where it
    names an entity the query ranked first)."""
    shown, found = _read(doc, query, linked=linked)
    if named_at:
        shown = _named_snippet(doc, query, linked, named_at) or shown
    return {
        "id": doc.id,
        "title": doc.title or doc.text[:90],  # as the document lists show an untitled one
        "lang": doc.lang,
        "outlet": doc.outlet,
        "published": (doc.published or {}).get("value"),
        "story": doc.story,
        "score": round(score, 4),
        "snippet": shown,
        "matched": found,
    }


def search_hit(row: Mapping[str, Any]) -> Document:
    """The part of a document a search result shows, from a store's row (id, source, title,
    lang, outlet, published, text, story): the full record is not read."""
    published = row["published"]
    return Document(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        lang=row["lang"] or "und",
        outlet=row["outlet"],
        text=row["text"],
        story=row["story"],
        published={
            "value": published,
            "precision": "day",
            "window": [published, published],
            "source": "metadata",
        }
        if published
        else None,
    )
