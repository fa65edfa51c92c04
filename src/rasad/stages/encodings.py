"""Decoding input bytes: the encoding is decided from the bytes and every declaration they carry.

Declarations, strongest first: a byte-order mark, then what the container says (a WARC
record's HTTP Content-Type), the XML prolog (`<?xml … encoding="…"?>`, feeds), and an HTML
`<meta charset>` or `<meta http-equiv="Content-Type">`. Valid UTF-8 is UTF-8 whatever is
declared. Otherwise each declared encoding, charset-normalizer's guess and the Arabic code
pages are tried, and the decoding that reads most like text in one script per word wins;
a declaration wins every tie. Accented Latin letters are not suspect in themselves (an
ISO-8859-1 page is full of them): what betrays a wrong code page is a word mixing Arabic and
Latin letters ("Anticorrupciَn", Latin-1 read as windows-1256) or a run of three or more
Latin-1 accented letters ("ÇáÚÑÇÞ", windows-1256 read as Latin-1).
"""

from __future__ import annotations

import codecs
import re

_XML_PROLOG = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9_:.-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.I)
_ARABIC = r"\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF"
_LATIN = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF"
_WORD = re.compile(rf"[{_ARABIC}{_LATIN}]+")
_HAS_ARABIC = re.compile(f"[{_ARABIC}]")
_HAS_LATIN = re.compile(f"[{_LATIN}]")
_ACCENT_RUN = re.compile(r"[\u00C0-\u00FF]{3,}")
# Names whose bytes browsers read as windows-1252 (the WHATWG Encoding Standard does so).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}
SAMPLE = 20_000


class UnreadableInput(ValueError):
    """Bytes that are not text in any encoding we accept."""


def canonical(name: str | None) -> str | None:
    """Python's name for a declared encoding (ISO-8859-1 read as windows-1252, as browsers
    do); None when Python does not know it."""
    if not name:
        return None
    name = name.strip().lower()
    if name in _WINDOWS_1252:
        name = "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def xml_declared(data: bytes) -> str | None:
    """The encoding an XML prolog declares."""
    m = _XML_PROLOG.match(data[:1024])
    return m.group(1).decode("ascii", errors="ignore") if m else None


def html_declared(data: bytes) -> str | None:
    """The charset an HTML page declares in a meta tag of its first kilobytes."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", errors="ignore") if m else None


def header_declared(content_type: str | None) -> str | None:
    """The charset of an HTTP Content-Type header."""
    m = _HEADER_CHARSET.search(content_type or "")
    return m.group(1) if m else None


def declarations(data: bytes, content_type: str | None = None) -> list[str]:
    """Every encoding `data` (and its container's Content-Type) declares, strongest first,
    each once, in Python's names."""
    found = [header_declared(content_type), xml_declared(data), html_declared(data)]
    names = [canonical(n) for n in found]
    return list(dict.fromkeys(n for n in names if n))


def looks_utf16(head: bytes) -> bool:
    even, odd = head[0::2], head[1::2]
    return max(even.count(0), odd.count(0)) > 0.3 * max(len(even), 1)


def suspicion(text: str) -> int:
    """How many places of `text` betray a wrong decoding: replacement and control characters,
    words mixing Arabic and Latin letters, runs of three or more Latin-1 accented letters."""
    bad = sum(1 for ch in text if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f"))
    mixed = sum(1 for w in _WORD.findall(text) if _HAS_ARABIC.search(w) and _HAS_LATIN.search(w))
    return bad + mixed + len(_ACCENT_RUN.findall(text))


def decode_bytes(
    data: bytes, declared: str | list[str] | None = None, content_type: str | None = None
) -> tuple[str, str]:
    """Decode `data`, returning (text, encoding). `declared`: an encoding (or several) the
    caller knows of; the declarations inside `data` and in `content_type` are read here."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096] and looks_utf16(data[:4096]):
        even_zeros = data[0:4096:2].count(0)
        enc = "utf-16-be" if even_zeros > data[1:4096:2].count(0) else "utf-16-le"
        return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if (mostly := _mostly_utf8(data)) is not None:
        return mostly, "utf-8 (with replacement characters)"
    given = [declared] if isinstance(declared, str) else list(declared or [])
    declared_here = [canonical(n) for n in given] + declarations(data, content_type)
    # windows-1252 before charset-normalizer's guess: on a tie, undeclared accented Latin text
    # is far more often Western European than the Central European code page it may guess
    fallbacks = ("cp1256", "iso-8859-6", "cp1252", _guess_encoding(data))
    guessed = [canonical(n) for n in fallbacks]
    said = {c for c in declared_here if c}
    scored = []
    for rank, enc in enumerate(dict.fromkeys(c for c in declared_here + guessed if c)):
        if enc.startswith(("utf-16", "utf-32")):
            continue  # a UTF-16 declaration in bytes that are not UTF-16 (no NULs)
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        sample = text[:SAMPLE]
        arabic = len(_HAS_ARABIC.findall(sample))
        # fewest signs of a wrong decoding; then what was declared; then Arabic letters
        # (an undeclared windows-1256 page that charset-normalizer calls Cyrillic)
        scored.append(((suspicion(sample), enc not in said, -arabic, rank), enc, text))
    if not scored:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > 0.1 * max(len(text), 1):
            raise UnreadableInput("not text in UTF-8, UTF-16, windows-1256 or ISO-8859-6")
        return text, "utf-8 (with replacement characters)"
    _, enc, text = min(scored, key=lambda s: s[0])
    return text, enc


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
