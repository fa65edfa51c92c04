"""Extract: raw input to a first body text, with title, date and site name from HTML metadata.

HTML goes through trafilatura (comments excluded); plain text only has its line endings and
blank-line runs tidied. Boilerplate that survives is the `clean` stage's job.
"""

from __future__ import annotations

import re

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import stage

_BLANK_RUNS = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+")
# Explicit bidi embeddings, overrides and isolates: they let a snippet display in an order other
# than the one stored (a spoofing trick). The marks a writer needs (LRM, RLM, ALM) stay.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def tidy_lines(text: str) -> str:
    """Unify line endings, drop bidi overrides, strip line ends and collapse runs of blank
    lines to one."""
    text = _BIDI_CONTROLS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def extract_html(html: str, url: str | None, max_bytes: int) -> dict[str, str | None]:
    """Body text and metadata of an HTML page, via trafilatura; empty text when none is found."""
    import trafilatura

    if len(html) > max_bytes:
        html = html[:max_bytes]
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # metadata dates only: htmldate's free-text search is slow and the dates stage
        # reads datelines itself
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return {"text": "", "title": None, "date": None, "sitename": None}
    return {
        "text": result.text or "",
        "title": result.title,
        "date": result.date,
        "sitename": result.sitename,
    }


@stage(
    "extract",
    requires=["raw_text", "html"],
    assigns=["text", "title", "outlet", "metadata_date"],
    help="HTML to body text and metadata (trafilatura); plain text tidied",
)
def make_extract(settings: Settings):
    def extract(doc: Document) -> Document:
        if doc.html is not None:
            found = extract_html(doc.html, doc.url, settings.max_html_bytes)
            doc.text = tidy_lines(found["text"] or "")
            doc.title = doc.title or found["title"]
            doc.outlet = doc.outlet or found["sitename"]
            doc.metadata_date = doc.metadata_date or found["date"]
        else:
            doc.text = tidy_lines(doc.raw_text or "")
        if not doc.text:
            doc.rejected = "no article text found"
        return doc

    return extract
