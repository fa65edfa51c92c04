"""Partitions of the input for a cluster: records, not files.

Part of the reader edge (`rasad.stages.readers`): the driver plans parts, each worker reads its
own. A big JSONL file is cut into line ranges (by byte offset, each part knowing the number of
its first line), a WARC archive into runs of records (by record offset), a feed into runs of
entries (read here: a feed is one XML document), and small files are grouped by size. Reading
every part in plan order yields exactly the documents `read_path` yields over the files in
order, ids and sources included; a file that cannot be cut exactly (not UTF-8, truncated,
gzipped whole, too big, unreadable) is one part read whole, so its rejection is the same too.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rasad.model import Document
from rasad.stages.readers import (
    FEED_SUFFIXES,
    JSONL_SUFFIXES,
    WARC_SUFFIXES,
    gzip_truncated,
    read_jsonl,
    read_path,
    sniff_binary,
    suffix_of,
    warc_documents,
)

PART_RECORDS = 50  # documents per part at most (a worker's unit of work)
PART_BYTES = 1 << 20  # input bytes per part at most (when more than one record)
MAX_BYTES = 200_000_000  # the readers' own limit: a larger file is rejected whole


@dataclass(frozen=True)
class Part:
    """One unit of work: whole files, a line range of a JSONL file, a run of WARC records
    (byte ranges), or documents read here (feed entries). `files_done`: how many input files
    end with this part (for progress)."""

    kind: str  # "files", "jsonl", "warc" or "documents"
    paths: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    first_line: int = 1
    records: tuple[dict, ...] = ()
    files_done: int = 0


def plan_parts(
    files: Iterable[Path], records: int = PART_RECORDS, size: int = PART_BYTES
) -> Iterator[Part]:
    """The parts of `files`, in the order their documents are read."""
    group: list[str] = []
    group_bytes = 0
    for path in files:
        cut = list(cut_file(path, records, size))
        if cut:
            if group:
                yield Part("files", tuple(group), files_done=len(group))
                group, group_bytes = [], 0
            yield from cut
            continue
        with contextlib.suppress(OSError):
            group_bytes += path.stat().st_size
        group.append(str(path))
        if len(group) >= records or group_bytes >= size:
            yield Part("files", tuple(group), files_done=len(group))
            group, group_bytes = [], 0
    if group:
        yield Part("files", tuple(group), files_done=len(group))


def cut_file(path: Path, records: int, size: int) -> Iterator[Part]:
    """The parts of one file cut by records; nothing when it is read whole."""
    suffix = suffix_of(path)
    if suffix not in JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES:
        return
    try:
        if not 0 < path.stat().st_size <= MAX_BYTES:
            return
        data = path.read_bytes()
    except OSError:
        return
    if suffix in JSONL_SUFFIXES:
        spans = jsonl_spans(data, records, size)
        parts = [Part("jsonl", (str(path),), a, b, line) for a, b, line in spans]
    elif suffix in WARC_SUFFIXES:
        parts = [Part("warc", (str(path),), a, b) for a, b in warc_spans(data, records, size)]
    else:
        docs = [d.to_record() for d in read_path(path)]
        parts = [
            Part("documents", records=tuple(docs[i : i + records]))
            for i in range(0, len(docs), records)
        ]
    if len(parts) < 2:
        return
    last = parts[-1]
    parts[-1] = Part(last.kind, last.paths, last.start, last.end, last.first_line, last.records, 1)
    yield from parts


def jsonl_spans(data: bytes, records: int, size: int) -> list[tuple[int, int, int]]:
    """(start, end, number of the first line) of runs of at most `records` lines and about
    `size` bytes; none when the file is not plain UTF-8 JSONL with an article (a BOM, UTF-16,
    another code page or only blank lines: read whole, as `read_path` decides)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:8192]:
        return []
    if sniff_binary(data):
        return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return []
    if not text.strip("\ufeff \t\r\n\x00"):
        return []
    spans, start, line, lines, pos = [], 0, 1, 0, 0
    while pos < len(data):
        nl = data.find(b"\n", pos)
        pos = len(data) if nl < 0 else nl + 1
        lines += 1
        if lines >= records or pos - start >= size or pos == len(data):
            spans.append((start, pos, line))
            start, line, lines = pos, line + lines, 0
    return spans


def warc_spans(data: bytes, records: int, size: int) -> list[tuple[int, int]]:
    """Byte ranges of runs of whole records, each holding at most `records` HTML records and
    about `size` bytes; none when the archive is broken, truncated, gzipped as one stream or
    holds no HTML (read whole, so its rejection is the reader's)."""
    from warcio.archiveiterator import ArchiveIterator

    gzipped = data[:2] == b"\x1f\x8b"
    if gzipped and gzip_truncated(data):
        return []
    offsets: list[tuple[int, bool]] = []  # (record offset, is an HTML document)
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            records_in = ArchiveIterator(io.BytesIO(data))
            for record in records_in:
                offset = records_in.get_record_offset()
                if gzipped and data[offset : offset + 2] != b"\x1f\x8b":
                    return []  # not one gzip member per record
                offsets.append((offset, _is_html(record)))
        except Exception:  # what the reader would report: read whole
            return []
    if not any(html for _, html in offsets):
        return []
    spans, start, count = [], 0, 0
    for i, (_, html) in enumerate(offsets):
        end = offsets[i + 1][0] if i + 1 < len(offsets) else len(data)
        count += html
        if count >= records or end - start >= size or end == len(data):
            spans.append((start, end))
            start, count = end, 0
    return spans


def _is_html(record) -> bool:
    if record.rec_type == "response" and record.http_headers:
        ctype = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        ctype = record.rec_headers.get_header("Content-Type") or ""
    else:
        return False
    return "html" in ctype.lower()


def read_part(part: Part) -> Iterator[Document]:
    """The documents of one part, as `read_path` yields them from the whole file."""
    if part.kind == "files":
        for path in part.paths:
            yield from read_path(Path(path))
    elif part.kind == "documents":
        yield from (Document.from_record(r) for r in part.records)
    else:
        path = Path(part.paths[0])
        with path.open("rb") as f:
            f.seek(part.start)
            data = f.read(part.end - part.start)
        stem = path.name[: -len(".warc.gz")] if suffix_of(path) == ".warc.gz" else path.stem
        if part.kind == "jsonl":
            yield from read_jsonl(data.decode("utf-8"), str(path), stem, part.first_line)
        else:
            yield from warc_documents(data, str(path), stem)
