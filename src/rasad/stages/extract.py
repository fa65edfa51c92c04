"""Extract: raw input to a first body text, with title, date and site name from HTML metadata.

HTML goes through trafilatura (comments excluded); plain text only has its line endings and
blank-line runs tidied. Boilerplate that survives is the `clean` stage's job.
"""

from __future__ import annotations

import re
import unicodedata

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import stage

_BLANK_RUNS = re.compile(r"\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+")
# Explicit bidi embeddings, overrides and isolates: they let a snippet display in an order other
# than the one stored (a spoofing trick). The marks a writer needs (LRM, RLM, ALM) stay.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


# Stand-ins for format characters while trafilatura works: it drops every character Python
# does not call printable, ZWNJ (U+200C) and ZWJ included, which would glue Persian words
# ("آیت‌الله" → "آیتالله"). Yi syllables are printable letters no Arabic-script page uses;
# one that occurs in the page is never chosen.
_STAND_INS = range(0xA000, 0xA48D)


def protect_format_chars(html: str) -> tuple[str, dict[str, str]]:
    """`html` with each format character (Unicode category Cf) replaced by a printable
    stand-in absent from the page, and the map back."""
    # each distinct character asked once (a page holds a few hundred), not every character
    present = sorted({ch for ch in set(html) if unicodedata.category(ch) == "Cf"} - {"\ufeff"})
    if not present:
        return html, {}
    free = (chr(c) for c in _STAND_INS if chr(c) not in html)
    back = {stand_in: ch for ch, stand_in in zip(present, free, strict=False)}
    forward = str.maketrans({ch: stand_in for stand_in, ch in back.items()})
    return html.translate(forward), back


def restore_format_chars(text: str | None, back: dict[str, str]) -> str | None:
    """Undo `protect_format_chars` in a text trafilatura returned."""
    if not text or not back:
        return text
    return text.translate(str.maketrans(back))


_DATE_CLASS = re.compile(r"date|time|publish|posted|created", re.I)
_NOT_PUBLISHED = re.compile(r"modif|updat|edit|comment", re.I)
MAX_DATE_CHARS = 80


def visible_date(html: str) -> str | None:
    """The date a page shows its readers, for a page without date metadata: the text of a
    `<time>` element, or of a short element whose class, id or itemprop says date (not one
    saying modified or updated), when it holds a digit («الأربعاء، 28 آب/اغسطس 2013»).
    trafilatura keeps neither in the body, and the `pubdate` stage reads it as metadata."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None
    for elem in tree.iter():
        if not isinstance(elem.tag, str):
            continue
        marks = " ".join(elem.get(a, "") for a in ("class", "id", "itemprop"))
        if elem.tag != "time" and not _DATE_CLASS.search(marks):
            continue
        if _NOT_PUBLISHED.search(marks):
            continue
        text = " ".join(elem.text_content().split())
        if 0 < len(text) <= MAX_DATE_CHARS and any(ch.isdigit() for ch in text):
            return text
    return None


_CAPTION_CLASS = re.compile(r"caption", re.I)
CAPTION_CHECK_CHARS = 2000  # a body this long is an article whatever its captions say


def caption_texts(html: str) -> list[str]:
    """The texts of a page's picture captions: `<figcaption>` elements and elements whose
    class says caption (WordPress's `wp-caption-text`, `caption`, `photo-caption`)."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, etree.ParserError):
        return []
    found = []
    for elem in tree.iter():
        if not isinstance(elem.tag, str):
            continue
        if elem.tag == "figcaption" or _CAPTION_CLASS.search(elem.get("class", "")):
            found.append(" ".join(elem.text_content().split()))
    return [text for text in found if text]


def only_captions(text: str, title: str | None, html: str) -> bool:
    """Whether an extracted body is nothing but the page's picture captions (and its title): a
    photo page, not an article. The rule: reject a page when, once its captions and title are
    taken out of the extracted text, no letter is left."""
    if len(text) > CAPTION_CHECK_CHARS or "caption" not in html.lower():
        return False
    captions = caption_texts(html)
    rest = " ".join(text.split())
    for caption in captions:
        rest = rest.replace(caption, " ")
    if rest == " ".join(text.split()):
        return False  # no caption in the body
    heading = " ".join((title or "").split())
    if heading:
        rest = rest.replace(heading, " ")
    return not any(ch.isalpha() for ch in rest)


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
    html, back = protect_format_chars(html)
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
        "text": restore_format_chars(result.text, back) or "",
        "title": restore_format_chars(result.title, back),
        "date": result.date,
        "sitename": restore_format_chars(result.sitename, back),
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
            doc.metadata_date = doc.metadata_date or found["date"] or visible_date(doc.html)
        else:
            doc.text = tidy_lines(doc.raw_text or "")
        if not doc.text:
            doc.rejected = "no article text found"
        elif doc.html is not None and only_captions(doc.text, doc.title, doc.html):
            doc.rejected = "not an article: the page's only text is a picture caption"
        return doc

    return extract
