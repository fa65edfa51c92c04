"""Readers: files and folders in, `Document`s out. The only stage edge that touches the disk.

Every input yields at least one document. Input that cannot be read becomes a document with
`rejected` set to a one-line reason, so nothing disappears silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from rasad.model import Document
from rasad.stages.encodings import UnreadableInput, decode_bytes, looks_utf16
from rasad.stages.encodings import html_declared as declared_charset

__all__ = ["UnreadableInput", "declared_charset", "decode_bytes"]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES

# Signatures of files that are certainly not articles.
MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or office document)",
    b"\x7fELF": "an executable",
}


def suffix_of(path: Path) -> str:
    """The file's format suffix, `.warc.gz` counted as one."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, plus every supported file below each folder named, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and suffix_of(p) in SUPPORTED
            )
        else:
            files.append(path)
    return files


def sniff_binary(data: bytes) -> str | None:
    """Why `data` is not text, or None when it may be text."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({what})"
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if b"\x00" in head and not looks_utf16(head):
        return "binary file (contains NUL bytes)"
    return None


def outlet_of(url: str | None) -> str | None:
    """The host of a URL without `www.`, as an outlet name."""
    if not url:
        return None
    try:
        host = urlparse(url).hostname or ""
    except ValueError:  # "https://[broken" (found by scripts/fuzz.py)
        return None
    return host.removeprefix("www.") or None


def stable_id(prefix: str, key: str) -> str:
    """A short id stable across runs for items without a file of their own."""
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def read_path(path: Path, max_bytes: int = 200_000_000) -> Iterator[Document]:
    """Every document in one file, rejected ones included."""
    source = str(path)
    stem = path.name[: -len(".warc.gz")] if suffix_of(path) == ".warc.gz" else path.stem
    try:
        if path.stat().st_size > max_bytes:
            yield Document(id=stem, source=source, rejected=f"file larger than {max_bytes} bytes")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Document(id=stem, source=source, rejected=f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_bytes(data, path.name, source, stem)


def read_bytes(data: bytes, name: str, source: str, stem: str) -> Iterator[Document]:
    """Every document in `data`, dispatched on the file name and, failing that, the content."""
    suffix = suffix_of(Path(name))
    if suffix in WARC_SUFFIXES or (suffix not in SUPPORTED and looks_warc(data)):
        yield from read_warc(data, source, stem)
        return
    if not data.strip():
        yield Document(id=stem, source=source, rejected="empty file")
        return
    if why := sniff_binary(data):
        yield Document(id=stem, source=source, rejected=why)
        return
    try:
        text, _ = decode_bytes(data)  # every declaration in the bytes is read there
    except UnreadableInput as exc:
        yield Document(id=stem, source=source, rejected=str(exc))
        return
    if not text.strip("\ufeff \t\r\n\x00"):
        yield Document(id=stem, source=source, rejected="empty file")
        return
    kind = suffix if suffix in SUPPORTED else sniff_kind(text)
    if kind in JSONL_SUFFIXES:
        yield from read_jsonl(text, source, stem)
    elif kind in FEED_SUFFIXES or (kind in HTML_SUFFIXES and sniff_kind(text) == ".rss"):
        yield from read_feed(text, source, stem)
    elif kind in HTML_SUFFIXES:
        yield Document(id=stem, source=source, html=text, container="file")
    else:
        yield Document(id=stem, source=source, raw_text=text, container="file")


def looks_warc(data: bytes) -> bool:
    """Whether bytes are a WARC archive, plain or gzipped (for input without a file name)."""
    if data[:2] == b"\x1f\x8b":
        import zlib

        try:
            head = zlib.decompressobj(wbits=47).decompress(data[:4096], 16)
        except zlib.error:
            return False
        return head.startswith(b"WARC/")
    return data.startswith(b"WARC/")


def sniff_kind(text: str) -> str:
    """Guess a format suffix from content, for files with an unknown extension."""
    head = text.lstrip("\ufeff \t\r\n")[:1000].lower()
    if head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head):
        return ".rss"
    if head.startswith(("<rss", "<feed")):
        return ".rss"
    if head.startswith(("<!doctype html", "<html", "<head", "<body")) or "<html" in head:
        return ".html"
    if head.startswith("{"):
        return ".jsonl"
    return ".txt"


def read_jsonl(
    text: str, source: str, stem: str, first_line: int | None = None
) -> Iterator[Document]:
    """One article a line: url, title, text or html, published, outlet (and id, lang). Lines
    end at newlines only: U+2028 and the other characters `splitlines` also breaks at may
    stand unescaped inside a JSON string. With `first_line`, `text` is a run of a file's
    lines starting at that line (`rasad.stages.partitions`), not the whole file."""
    blank = True
    for lineno, line in enumerate(text.split("\n"), start=first_line or 1):
        if not line.strip():
            continue
        blank = False
        where = f"{source}:{lineno}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Document(id=f"{stem}-{lineno}", source=where, rejected=f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(item, dict):
            yield Document(id=f"{stem}-{lineno}", source=where, rejected="line is not an object")
            continue
        yield document_from_item(item, where, f"{stem}-{lineno}")
    if blank and first_line is None:
        yield Document(id=stem, source=source, rejected="no articles: only blank lines")


def document_from_item(item: dict, source: str, fallback_id: str) -> Document:
    """A document from a JSON article object (the JSONL and `analyze --jsonl` shape)."""
    url = _str_or_none(item.get("url"))
    doc = Document(
        id=_str_or_none(item.get("id")) or fallback_id,
        source=url or source,
        url=url,
        title=_str_or_none(item.get("title")),
        outlet=_str_or_none(item.get("outlet")) or outlet_of(url),
        metadata_date=_str_or_none(item.get("published")),
        lang_hint=_str_or_none(item.get("lang")),
        container="jsonl",
    )
    doc.identity = entry_identity(url, doc.title)
    if isinstance(item.get("html"), str):
        doc.html = item["html"]
    elif isinstance(item.get("text"), str):
        doc.raw_text = item["text"]
    else:
        doc.rejected = "no 'text' or 'html' field"
    return doc


def entry_identity(link: str | None, title: str | None) -> str | None:
    """What tells an entry from another beside its body (`Document.identity`): its link and
    title, None when it has neither."""
    if link is None and title is None:
        return None
    return f"{link or ''}\n{title or ''}"


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[^"']*""", re.I)
_FEED_END = re.compile(r"</(?:rss|feed|rdf:rdf)\s*>\s*$", re.I)
_ENTRY_END = re.compile(r"</(?:item|entry)\s*>", re.I)


def feed_bytes(text: str) -> bytes:
    """Decoded feed text as the bytes feedparser is given: UTF-8, with the XML prolog saying
    so. Handing feedparser a `str` would make it apply the prolog's encoding a second time
    (a windows-1256 feed turned into «ظ…ظ†طھط¬ط¨»)."""
    text = text.lstrip("\ufeff")
    return _XML_ENCODING.sub(r"\1utf-8", text, count=1).encode("utf-8", "surrogatepass")


def read_feed(text: str, source: str, stem: str) -> Iterator[Document]:
    """Entries of an RSS or Atom feed; each entry's content (or summary) is its HTML. A feed
    cut short yields the entries before the cut and a rejected record saying so; an entry
    the cut went through is rejected, not stored half."""
    import feedparser

    data = feed_bytes(text)
    feed = feedparser.parse(data)
    if feed.bozo and not any(_entry_body(e).strip() for e in feed.entries):
        yield Document(id=stem, source=source, rejected=f"invalid feed: {feed.bozo_exception}")
        return
    if not feed.entries:
        reason = (
            f"feed has no entries ({feed.bozo_exception})" if feed.bozo else "feed has no entries"
        )
        yield Document(id=stem, source=source, rejected=reason)
        return
    truncated = bool(feed.bozo) and not _FEED_END.search(text)
    complete = len(_ENTRY_END.findall(text)) if truncated else len(feed.entries)
    feed_outlet = outlet_of(feed.feed.get("link")) or _str_or_none(feed.feed.get("title"))
    dc_dates = entry_dc_dates(data, len(feed.entries))
    for number, entry in enumerate(feed.entries):
        link = _str_or_none(entry.get("link"))
        title = _str_or_none(entry.get("title"))
        body = _entry_body(entry)
        doc = Document(
            id=stable_id(stem, link or entry.get("id") or title or str(number)),
            source=link or source,
            url=link,
            title=title,
            outlet=outlet_of(link) or feed_outlet,
            metadata_date=entry_date(entry, dc_dates[number]),
            html=f"<html><body><article>{body}</article></body></html>",
            identity=entry_identity(link, title),
            container="feed",
        )
        if number >= complete:
            doc.rejected = "feed entry cut off: the feed is truncated inside it"
        elif not (body or "").strip():
            doc.rejected = "feed entry has no content" + (" (title only)" if title else "")
        yield doc
    if truncated:
        yield Document(
            id=f"{stem}-truncated",
            source=source,
            rejected=f"feed truncated after {min(complete, len(feed.entries))} entries: "
            f"{feed.bozo_exception}",
        )


def entry_date(entry: dict, dc_date: str | None = None) -> str | None:
    """The entry's publication date; the date it was last updated only when it gives none.
    `dc_date`: its `<dc:date>`, which feedparser files as `updated` (and overwrites with a
    `<dcterms:modified>` after it)."""
    # dict.get: feedparser's own get() answers "updated" with "published" when it lacks one
    published, created, updated = (dict.get(entry, k) for k in ("published", "created", "updated"))
    for value in (published, created, dc_date, updated):
        if value := _str_or_none(value):
            return value
    return None


_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def entry_dc_dates(data: bytes, entries: int) -> list[str | None]:
    """The `<dc:date>` of each item or entry of a feed, in order; all None when the items
    found are not the `entries` feedparser found (a feed too broken to pair them)."""
    from lxml import etree

    dates: list[str | None] = []
    if b"purl.org/dc/elements/1.1" in data:
        try:
            root = etree.fromstring(data, etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError:
            root = None
        for elem in root.iter() if root is not None else ():
            if isinstance(elem.tag, str) and etree.QName(elem).localname in ("item", "entry"):
                found = elem.find(_DC_DATE)
                dates.append(found.text if found is not None else None)
    return dates if len(dates) == entries else [None] * entries


def _entry_body(entry: dict) -> str:
    content = entry.get("content") or []
    return (content[0].get("value") if content else entry.get("summary")) or ""


def gzip_truncated(data: bytes) -> bool:
    """Whether a (multi-member) gzip stream ends before its end-of-stream marker."""
    import zlib

    view = memoryview(data)
    # small pieces: what a member leaves of its last piece is copied (`unused_data`), once for
    # each member, and an archive gzipped record by record has thousands of small members
    piece = 1 << 16
    pos = 0
    while pos < len(data):
        inflater = zlib.decompressobj(wbits=47)
        try:
            while not inflater.eof and pos < len(data):
                fed = view[pos : pos + piece]
                inflater.decompress(fed)
                pos += len(fed)
        except zlib.error:
            return True
        if not inflater.eof:
            return True
        pos -= len(inflater.unused_data)  # the next member starts inside the last piece
    return False


def warc_responses(data: bytes) -> tuple[list[tuple[str, str | None, bytes]], str | None]:
    """(content type, URL, payload) of each HTML response, or HTML resource record (a page
    archived without its HTTP exchange), in a WARC archive, and why reading stopped early
    (None when the archive was read to its end)."""
    from warcio.archiveiterator import ArchiveIterator

    found: list[tuple[str, str | None, bytes]] = []
    # warcio writes a multi-line warning to stderr for each record whose length is wrong;
    # the reader's rejection reason is the one line a person should see.
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            for record in ArchiveIterator(io.BytesIO(data)):
                if record.rec_type == "response" and record.http_headers:
                    ctype = record.http_headers.get_header("Content-Type") or ""
                elif record.rec_type == "resource":
                    ctype = record.rec_headers.get_header("Content-Type") or ""
                else:
                    continue
                if "html" in ctype.lower():
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    found.append((ctype, url, record.content_stream().read()))
        except Exception as exc:  # warcio and gzip raise many types on a truncated archive
            return found, type(exc).__name__
    return found, None


def read_warc(data: bytes, source: str, stem: str) -> Iterator[Document]:
    """HTML responses in a WARC archive; a truncated archive yields what precedes the break."""
    responses, error = warc_responses(data)
    if error and data[:2] == b"\x1f\x8b" and not gzip_truncated(data):
        # the whole archive gzipped as one stream, not record by record as warcio reads it
        import gzip

        plain = gzip.decompress(data)
        if plain.startswith(b"WARC/"):
            responses, error = warc_responses(plain)
    yield from responses_documents(responses, source, stem)
    count = len(responses)
    if error:
        yield Document(
            id=f"{stem}-truncated",
            source=source,
            rejected=f"archive truncated or broken after {count} records: {error}",
        )
    elif data[:2] == b"\x1f\x8b" and gzip_truncated(data):
        yield Document(
            id=f"{stem}-truncated",
            source=source,
            rejected=f"archive truncated after {count} records",
        )
    elif count == 0:
        yield Document(id=stem, source=source, rejected="archive has no HTML records")


def warc_documents(data: bytes, source: str, stem: str) -> Iterator[Document]:
    """The documents of a run of whole records cut from a WARC archive that reads to its end
    (`rasad.stages.partitions`), as `read_warc` yields them from the whole archive."""
    responses, _ = warc_responses(data)
    yield from responses_documents(responses, source, stem)


def responses_documents(
    responses: list[tuple[str, str | None, bytes]], source: str, stem: str
) -> Iterator[Document]:
    for ctype, url, payload in responses:
        yield from _warc_document(payload, ctype, url, source, stem)


def _warc_document(
    payload: bytes, ctype: str, url: str | None, source: str, stem: str
) -> Iterator[Document]:
    doc_id = stable_id(stem, url or hashlib.sha1(payload).hexdigest())
    doc = Document(
        id=doc_id,
        source=url or source,
        url=url,
        outlet=outlet_of(url),
        identity=url,
        container="warc",
    )
    if why := sniff_binary(payload):
        doc.rejected = why
    elif not payload.strip():
        doc.rejected = "empty record"
    else:
        try:
            doc.html, _ = decode_bytes(payload, content_type=ctype)
        except UnreadableInput as exc:
            doc.rejected = str(exc)
    yield doc
