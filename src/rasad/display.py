"""Terminal rendering of documents, right-to-left lines included."""

from __future__ import annotations

import shutil
import textwrap
from typing import Any

from rasad.model import Document
from rasad.text.normalize import normalize
from rasad.text.tokenize import ARTICLE, PROCLITICS

RTL_LANGS = {"ar", "fa", "ur", "ku", "he"}
# what a dateline leaves after a place's name when the recognizer takes it in («موسكو ـــ»)
TRAILING_MARKS = " \u0640-–—:،,."


def visual_line(line: str) -> str:
    """A logical-order line in visual order, for terminals that do not run the bidi algorithm."""
    from bidi import get_display

    return get_display(line)


def wrap(text: str, width: int, visual: bool) -> list[str]:
    """Paragraphs wrapped to `width`, each line reordered when `visual`."""
    lines: list[str] = []
    for para in text.split("\n"):
        wrapped = textwrap.wrap(para, width) or [""]
        lines.extend(visual_line(w).rjust(width) if visual else w for w in wrapped)
    return lines


def render_document(doc: Document, visual: bool = False) -> str:
    """A readable terminal view of one document."""
    width = min(shutil.get_terminal_size((100, 20)).columns, 100)
    rtl = visual and doc.lang in RTL_LANGS
    published = doc.published or {}
    head = [
        f"id         {doc.id}",
        f"source     {doc.source}",
        f"outlet     {doc.outlet or '-'}",
        f"language   {doc.lang}",
        f"published  {published.get('value', '-')} ({published.get('source', 'unknown')})",
        f"story      {doc.story or '-'}",
    ]
    if doc.rejected:
        head.append(f"rejected   {doc.rejected}")
    out = head + [""]
    if doc.title:
        out += wrap(doc.title, width, rtl) + ["-" * width]
    out += wrap(doc.text, width, rtl)
    if doc.removed:
        out += ["", f"removed as boilerplate ({len(doc.removed)} lines):"]
        out += [f"  - {visual_line(r) if rtl else r}" for r in doc.removed]
    counts = {
        k: len(getattr(doc, k)) for k in ("entities", "dates", "numbers", "quotes", "loaded_terms")
    }
    out += ["", "  ".join(f"{k}: {v}" for k, v in counts.items())]
    return "\n".join(out)


def readable_names(names: dict[str | None, list[str]]) -> dict[str | None, list[str]]:
    """An entity's names per language as a reader wants them listed, in their order: without
    a dateline's trailing dash («موسكو ـــ» is «موسكو»), and without a form that is another
    listed form of its language with one or two proclitics joined to it («وإندونيسيا»,
    «ولإندونيسيا» beside «إندونيسيا»; «لقاهرة», ل before «القاهرة» with the article's alif
    dropped). The stored names keep every form as written (search and export read them)."""
    out: dict[str | None, list[str]] = {}
    for lang, forms in names.items():
        cleaned = [f.rstrip(TRAILING_MARKS) or f for f in forms]
        keys = {normalize(f) for f in cleaned}
        kept: list[str] = []
        for form in cleaned:
            key = normalize(form)
            if form in kept or (_with_proclitics(key, keys) and len(forms) > 1):
                continue
            kept.append(form)
        out[lang] = kept
    return out


def _with_proclitics(key: str, keys: set[str]) -> bool:
    """Whether a normalized form is another of `keys` behind one or two joined proclitics."""
    for n in (1, 2):
        head, rest = key[:n], key[n:]
        if len(head) < n or any(c not in PROCLITICS for c in head) or len(rest) < 3:
            return False
        if rest in keys or (head[-1] == "ل" and ARTICLE[0] + key[n - 1 :] in keys):
            return True
    return False


def by_fact(contradictions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A story's contradictions grouped by the fact and the values they differ in ("injured:
    24 vs 31" once, however many pairs of reports give 24 and 31; values compared as matching
    compares them, so «أربعة» is «اربعة» and ٢٤ is 24), in the order they come: each group its
    `kind`, `about` and its `pairs`."""
    groups: dict[tuple, dict[str, Any]] = {}
    for c in contradictions:
        values = frozenset(normalize(str(v)) for v in c.get("values") or ())  # أربعة = اربعة
        key = (c.get("kind"), c.get("fact"), values) if values else (c.get("kind"), c["about"])
        group = groups.setdefault(key, {"kind": c.get("kind"), "about": c["about"], "pairs": []})
        group["pairs"].append(c)
    return list(groups.values())


def claim_facts(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A story's claims (one item per fact and value) as the facts they give, in the order
    they come: each its `about`, `kind`, `counts`, `unit` and `values` (the items). An item
    stored before claims had facts (no `fact`) is a fact of its own."""
    facts: dict[Any, dict[str, Any]] = {}
    for n, c in enumerate(claims):
        key = c.get("fact") or ("item", n)
        fact = facts.setdefault(
            key,
            {k: c.get(k) for k in ("about", "kind", "counts", "unit")} | {"values": []},
        )
        fact["values"].append(c)
    return list(facts.values())


def outlet_for_reader(name: str | None, lang: str) -> str | None:
    """An outlet's name as a reader of `lang` reads it: the packaged outlet's Arabic or
    Persian name (`data/outlets/names.tsv`: Al-Riyadh → «صحيفة الرياض» on an Arabic page,
    «روزنامه الریاض» on a Persian one); any other outlet (a user's own, or one the table has
    no name for in `lang`) as stored."""
    from rasad.stages.outlet import names_for_readers

    return names_for_readers().get(name or "", {}).get(lang, name)


def why_names_for_reader(
    line: str, entities: list[dict[str, Any]], lang: str, separator: str = ", "
) -> str:
    """A story's "shared entities" names (written in the story's reading language when it was
    grouped) as a reader of `lang` reads them: each name that is one of the page's `entities`
    (its `name` or a form in its `names`, compared as matching compares them) is named as that
    entity's chip names it (`name_for_reader`), so a Persian reader of an English story reads
    «اندونزی، پالو» where the chips say so; a name no listed entity writes is kept as written."""
    from rasad.analysis.entities import name_for_reader

    by_form: dict[str, dict[str, Any]] = {}
    for e in entities:
        for form in (e.get("name"), *(f for fs in (e.get("names") or {}).values() for f in fs)):
            if form:
                by_form.setdefault(normalize(form), e)
    shown = []
    for name in line.split(separator):
        e = by_form.get(normalize(name))
        shown.append(name_for_reader(e["name"], lang, e.get("names"), e.get("type")) if e else name)
    return ("، " if lang in ("ar", "fa") else separator).join(dict.fromkeys(shown))
