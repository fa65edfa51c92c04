"""Terminal rendering of documents, right-to-left lines included."""

from __future__ import annotations

import shutil
import textwrap

from rasad.model import Document

RTL_LANGS = {"ar", "fa", "ur", "ku", "he"}


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
