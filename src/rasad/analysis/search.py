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
documents the entity links connect to that entity (`Variant.linked_only`). Such a run is
matched as a name (`_name_forms`): its words together, a one-word name without the stems other
words share («الرياض» is not «الرياضة»), and a bare surname typed with the article by the
article term the index keeps («الکاظمی») everywhere, by its bare key only in the entity's
documents. `search_plan` is what both stores search for, `order_trees` what they rank by
before the score; `result` says which form of each group a hit holds.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from rasad.model import Document
from rasad.text.stem import key_alternatives, light_stem, persian_forms, stem_term
from rasad.text.tokenize import Token, article_key, article_terms, index_terms, iter_tokens, tokens
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


# the documents' columns search counts its hits by (`search_counts`), by filter name
SEARCH_COUNT_COLUMNS = {"lang": "d.lang", "outlet": "d.outlet"}


def document_terms(doc: Document) -> str:
    """What the full-text index stores for a document: its title's and body's keys, each
    followed by its marked stem when that differs, then, once each, the article terms of its
    words written with the article ("الکاظمی": `rasad.text.tokenize.article_key`), after every
    key so that no phrase of keys runs into them."""
    text = f"{doc.title or ''}\n{doc.text}"
    terms = []
    for key in index_terms(text, doc.lang):
        terms.append(key)
        stem = stem_term(key) if doc.lang in STEMMED_LANGS else None
        if stem:
            terms.append(stem)
    return " ".join([*terms, *article_terms(text, doc.lang)])


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
    # the word typed with the article, as the index holds it ("الکاظمی"), else None
    article: str | None = None


@dataclass
class Span:
    """Query parts `start`..`end` (exclusive) that name a known entity, with its other names."""

    start: int
    end: int
    entity: str
    variants: list[Variant]
    # the entity's name has more words, so that a name of one word is a short form of it (a
    # bare surname, which may be another person's)
    short: bool = False


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
        return [
            (text, parts, variants, entity)
            for text, parts, variants, entity, _ in self.named_groups()
        ]

    def named_groups(self) -> list[tuple[str, list[Part], list[Variant], str | None, bool]]:
        """`groups`, each with whether its entity's name has more words (`Span.short`)."""
        out, i = [], 0
        spans = {s.start: s for s in self.spans}
        while i < len(self.parts):
            span = spans.get(i)
            if span:
                parts = self.parts[span.start : span.end]
                text = " ".join(p.text for p in parts)
                out.append((text, parts, span.variants, span.entity, span.short))
                i = span.end
            else:
                part = self.parts[i]
                out.append((part.text, [part], part.variants, None, False))
                i += 1
        return out

    def named_entity(self) -> tuple[str, ...]:
        """The entity a query of one group names, whose documents rank first; () otherwise."""
        groups = self.groups()
        return (groups[0][3],) if len(groups) == 1 and groups[0][3] else ()


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
        words = [(t.surface, t.key, article_key(t.norm)) for t in tokens(restore_zwnj(chunk))]
        pieces = (
            [(" ".join(w for w, _, _ in words), tuple(k for _, k, _ in words), None)]
            if quoted
            else [(w, (k,), a) for w, k, a in words]
        )
        for text, keys, article in pieces:
            if not keys or (keys, quoted) in seen:
                continue
            seen.add((keys, quoted))
            part = Part(text, keys, quoted, article=article)
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


def _one_word(parts: list[Part]) -> bool:
    """Whether a query group is one word as typed: a single part of one key, not in quotes."""
    return len(parts) == 1 and not parts[0].quoted and len(parts[0].keys) == 1


def _phrase_node(parts: list[Part]) -> Node:
    """A group's words together, as a phrase in any of its forms (`phrase_forms`)."""
    return _any([("phrase", f) for f in phrase_forms(tuple(k for p in parts for k in p.keys))])


def _name_forms(parts: list[Part], short: bool) -> tuple[Node, list[Node]]:
    """(the forms of a name as typed that count in any document, those that count only in
    the documents linked to the entity it names). A name of more words is matched as written,
    its words together ("United Nations", not "United States … nations"); a name of one word
    as its key and spellings, not by the stem a word would be («الرياضة» sport shares the stem
    of «الرياض» Riyadh: the entity's other names stand for its inflections); the key without
    the article counts only in the entity's documents when a bare surname was typed with it
    («الكاظمي»: Persian writes every Kazemi «کاظمی»)."""
    if not _one_word(parts):
        return _phrase_node(parts), []
    part = parts[0]
    key = part.keys[0]
    spellings = [("phrase", (k,)) for v in part.variants for k in v.keys]
    if part.article and short:  # the bare key's spellings are as loose as the key
        return ("phrase", (part.article,)), [("phrase", (key,)), *spellings]
    return _any([("phrase", (key,)), *spellings]), []


def _group_forms(
    parts: list[Part], variants: list[Variant], entity: str | None, short: bool = False
) -> tuple[Node, dict[str, Node]]:
    """(the forms a group matches in any document, entity id → the forms that count only in
    documents linked to it)."""
    if not entity:
        return _all([_part_node(p) for p in parts]), {}
    own, loose = _name_forms(parts, short)
    free = [("phrase", f) for v in variants if not v.linked_only for f in phrase_forms(v.keys)]
    linked: dict[str, list[Node]] = defaultdict(list)
    linked[entity] += loose
    for v in variants:
        if v.linked_only and v.entity:
            linked[v.entity] += [("phrase", f) for f in phrase_forms(v.keys)]
    forms = {e: _any(nodes) for e, nodes in linked.items() if nodes}
    return _any([own, *free]), forms


def search_plan(query: str | SearchQuery) -> tuple[Node, list[LinkedForms]] | None:
    """What a store searches for: the expression every hit matches (and is ranked by), every
    group required in any of its forms, and the groups whose linked-only forms count only in
    documents linked to their entity; None when there is nothing to search."""
    q = as_query(query)
    nodes, restricted = [], []
    for _, parts, variants, entity, short in q.named_groups():
        free, linked = _group_forms(parts, variants, entity, short)
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


def exact_tree(query: str | SearchQuery) -> Node | None:
    """The query as typed, word for word: each word's key alone, or the word with its article
    when typed with it (`Part.article`), a run of words as a phrase; hits that hold it rank
    first (`order_trees`). None when there is nothing to search."""
    groups = as_query(query).groups()
    if not groups:
        return None
    nodes = []
    for _, parts, _, _ in groups:
        if _one_word(parts):
            nodes.append(("phrase", (parts[0].article or parts[0].keys[0],)))
        else:
            nodes.append(_phrase_node(parts))
    return _all(nodes)


def order_trees(query: str | SearchQuery) -> list[Node]:
    """The expressions hits are ordered by, before their score: those holding the query word
    for word first (`exact_tree`), then those holding it as typed in any of its inflections
    (`typed_tree`); each only where it tells some hits from others."""
    q = as_query(query)
    tree = query_tree(q)
    out: list[Node] = []
    for node in (exact_tree(q), typed_tree(q)):
        if node is not None and node != tree and node not in out:
            out.append(node)
    return out


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
        self.articles: dict[int, str] = {}  # a name typed with the article («الكاظمي»)
        for g, (_, parts, _, entity) in enumerate(self.groups):
            if _one_word(parts):
                self._typed_word(g, parts[0], bool(entity))
            else:
                sequence = tuple(k for p in parts for k in p.keys)
                self.last[sequence[-1]].append((g, sequence, "query", None))
            for v in self.variants[g]:
                self.last[v.keys[-1]].append((g, v.keys, v.via, v.entity))
        self.found: dict[int, dict[str, Any]] = {}
        self.seen: list[Token] = []

    def _typed_word(self, g: int, part: Part, name: bool) -> None:
        """The forms of group `g`'s typed word: a name's key alone (not the stems other words
        share: `_name_forms`), with the article it was typed with; a word's key, stems and
        Persian plural or singular."""
        key = part.keys[0]
        if name:
            self.typed[key].append(g)
            if part.article:
                self.articles[g] = part.article
            return
        for form in word_forms_of(key):
            self.typed[form].append(g)
        self.stems[light_stem(key)].append(g)

    @property
    def done(self) -> bool:
        return len(self.found) == len(self.groups)

    def start(self) -> None:
        """A new text begins: no phrase runs across."""
        self.seen = []

    def feed(self, t: Token, text: str) -> list[Token]:
        """Note what token `t` of `text` matches; the tokens a match ends here (a word, or
        every word of a name or phrase), none when it matches no group."""
        self.seen.append(t)
        marked: list[Token] = []
        for g in (*self.typed.get(t.key, ()), *self.stems.get(light_stem(t.key), ())):
            marked = [t]
            via = self._typed_via(g, t)
            if g not in self.found or (self.found[g]["via"] == "spelling" and via == "query"):
                self.found[g] = {"query": self.groups[g][0], "text": t.surface, "via": via}
        for g, sequence, via, entity in self.last.get(t.key, ()):
            n = len(sequence)
            if len(self.seen) < n or tuple(x.key for x in self.seen[-n:]) != sequence:
                continue
            marked = [x for x in self.seen[-n:] if x not in marked] + marked
            if g not in self.found:
                item = {"query": self.groups[g][0], "text": text[self.seen[-n].start : t.end]}
                item["via"] = via
                self.found[g] = item | ({"entity": entity} if entity else {})
        return sorted(marked, key=lambda x: x.start)

    def _typed_via(self, g: int, t: Token) -> str:
        """How token `t` holds group `g`'s typed word: "query", or "spelling" when a name typed
        with the article is written without it (Persian «کاظمی» for «الكاظمي»)."""
        article = self.articles.get(g)
        return "spelling" if article and article_key(t.norm) != article else "query"

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
    hits: list[Token] = []
    end = len(doc.text)
    first: list[Token] = []  # the first match, should none follow `named_at`
    for t in iter_tokens(doc.text):  # up to the end of the window around the first match
        window = not hits or t.start < end
        if not window and matches.done:
            break
        marked = matches.feed(t, doc.text)
        if not window:
            continue
        # a word of a name or phrase is marked where the whole of it stands («علي» only in
        # «علي خامنئي», not wherever the text writes «علي»)
        for m in marked:
            if m.start < named_at:
                first = first or [m]
                continue
            if not hits:
                end = min(m.end + width, len(doc.text))
            if all(h.start != m.start for h in hits):
                hits.append(m)
    hits.sort(key=lambda h: h.start)
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
