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

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


class UnreadableInput(ValueError):
    """Bytes that are not text in any encoding we accept."""


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
    if b"\x00" in head and not _looks_utf16(head):
        return "binary file (contains NUL bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    even, odd = head[0::2], head[1::2]
    return max(even.count(0), odd.count(0)) > 0.3 * max(len(even), 1)


def _plausibility(text: str) -> float:
    """Share of characters that are letters, digits, spaces or common punctuation."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t"))
    # Mojibake from reading windows-1256 as Latin-1 has no Arabic letters but many accents.
    accented = sum(1 for ch in text if "\u00c0" <= ch <= "\u00ff")
    return 1.0 - (bad + accented) / len(text)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding). BOMs and UTF-8 first, then the declared
    charset, then charset-normalizer's guess, then the Arabic code pages."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096] and _looks_utf16(data[:4096]):
        even_zeros = data[0:4096:2].count(0)
        enc = "utf-16-be" if even_zeros > data[1:4096:2].count(0) else "utf-16-le"
        return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if (mostly := _mostly_utf8(data)) is not None:
        return mostly, "utf-8 (with replacement characters)"
    candidates = [declared] if declared else []
    candidates += [_guess_encoding(data), "cp1256", "iso-8859-6"]
    scored = []
    for enc in candidates:
        if not enc:
            continue
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        arabic = len(_ARABIC_LETTER.findall(text[:5000]))
        scored.append((_plausibility(text[:5000]), arabic, enc, text))
    if not scored:
        text = data.decode("utf-8", errors="replace")
        if _plausibility(text[:5000]) < 0.9:
            raise UnreadableInput("not text in UTF-8, UTF-16, windows-1256 or ISO-8859-6")
        return text, "utf-8 (with replacement characters)"
    best = max(scored, key=lambda s: (round(s[0], 2), s[1]))
    return best[3], best[2]


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few broken bytes, decoded with replacement characters; None when the
    bytes are not UTF-8 at heart. Without this check, the single-byte Arabic code pages
    "succeed" on such text and turn every Arabic letter into two letters of mojibake."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return text if multibyte > 0 and broken <= 0.02 * (multibyte + broken) else None


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(data[:200_000]).best()
    return match.encoding if match else None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first kilobytes."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", errors="ignore") if m else None


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
    if suffix in WARC_SUFFIXES:
        yield from read_warc(data, source, stem)
        return
    if not data.strip():
        yield Document(id=stem, source=source, rejected="empty file")
        return
    if why := sniff_binary(data):
        yield Document(id=stem, source=source, rejected=why)
        return
    try:
        text, _ = decode_bytes(data, declared_charset(data))
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
        yield Document(id=stem, source=source, html=text)
    else:
        yield Document(id=stem, source=source, raw_text=text)


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


def read_jsonl(text: str, source: str, stem: str) -> Iterator[Document]:
    """One article a line: url, title, text or html, published, outlet (and id, lang). Lines
    end at newlines only: U+2028 and the other characters `splitlines` also breaks at may
    stand unescaped inside a JSON string."""
    blank = True
    for lineno, line in enumerate(text.split("\n"), start=1):
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
    if blank:
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
    )
    if isinstance(item.get("html"), str):
        doc.html = item["html"]
    elif isinstance(item.get("text"), str):
        doc.raw_text = item["text"]
    else:
        doc.rejected = "no 'text' or 'html' field"
    return doc


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def read_feed(text: str, source: str, stem: str) -> Iterator[Document]:
    """Entries of an RSS or Atom feed; each entry's content (or summary) is its HTML."""
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not any(_entry_body(e).strip() for e in feed.entries):
        yield Document(id=stem, source=source, rejected=f"invalid feed: {feed.bozo_exception}")
        return
    if not feed.entries:
        reason = (
            f"feed has no entries ({feed.bozo_exception})" if feed.bozo else "feed has no entries"
        )
        yield Document(id=stem, source=source, rejected=reason)
        return
    feed_outlet = outlet_of(feed.feed.get("link")) or _str_or_none(feed.feed.get("title"))
    for entry in feed.entries:
        link = entry.get("link")
        body = _entry_body(entry)
        doc = Document(
            id=stable_id(stem, link or entry.get("id") or entry.get("title", "")),
            source=link or source,
            url=link,
            title=_str_or_none(entry.get("title")),
            outlet=outlet_of(link) or feed_outlet,
            metadata_date=entry.get("published") or entry.get("updated"),
            html=f"<html><body><article>{body}</article></body></html>",
        )
        if not (body or "").strip():
            doc.rejected = "feed entry has no content"
        yield doc


def _entry_body(entry: dict) -> str:
    content = entry.get("content") or []
    return (content[0].get("value") if content else entry.get("summary")) or ""


def gzip_truncated(data: bytes) -> bool:
    """Whether a (multi-member) gzip stream ends before its end-of-stream marker."""
    import zlib

    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits=47)
        try:
            for i in range(0, len(rest), 1 << 20):
                inflater.decompress(rest[i : i + (1 << 20)])
                if inflater.eof:
                    break
        except zlib.error:
            return True
        if not inflater.eof:
            return True
        rest = inflater.unused_data
    return False


def warc_responses(data: bytes) -> tuple[list[tuple[str, str | None, bytes]], str | None]:
    """(content type, URL, payload) of each HTML response in a WARC archive, and why reading
    stopped early (None when the archive was read to its end)."""
    from warcio.archiveiterator import ArchiveIterator

    found: list[tuple[str, str | None, bytes]] = []
    # warcio writes a multi-line warning to stderr for each record whose length is wrong;
    # the reader's rejection reason is the one line a person should see.
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            for record in ArchiveIterator(io.BytesIO(data)):
                if record.rec_type != "response" or not record.http_headers:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" in ctype.lower():
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    found.append((ctype, url, record.content_stream().read()))
        except Exception as exc:  # warcio and gzip raise many types on a truncated archive
            return found, type(exc).__name__
    return found, None


def read_warc(data: bytes, source: str, stem: str) -> Iterator[Document]:
    """HTML responses in a WARC archive; a truncated archive yields what precedes the break."""
    responses, error = warc_responses(data)
    for ctype, url, payload in responses:
        yield from _warc_document(payload, ctype, url, source, stem)
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
        yield Document(id=stem, source=source, rejected="archive has no HTML responses")


def _warc_document(
    payload: bytes, ctype: str, url: str | None, source: str, stem: str
) -> Iterator[Document]:
    doc_id = stable_id(stem, url or str(hash(payload)))
    m = re.search(r"charset=([\w.-]+)", ctype)
    try:
        html, _ = decode_bytes(payload, m.group(1) if m else declared_charset(payload))
    except UnreadableInput as exc:
        yield Document(id=doc_id, source=url or source, url=url, rejected=str(exc))
        return
    yield Document(id=doc_id, source=url or source, url=url, outlet=outlet_of(url), html=html)
