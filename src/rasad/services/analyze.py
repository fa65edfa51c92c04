"""`rasad analyze`: the ingest pipeline on one file or a JSONL stream, without a database.

A file goes through the same readers as `ingest` (`read_bytes`): one document per feed entry or
WARC record, the same encodings, and the same rejections (a binary file named .html)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import Pipeline, build_pipeline
from rasad.stages.readers import document_from_item, read_bytes, sniff_kind


def document_for(text: str, doc_id: str, source: str, published: str | None = None) -> Document:
    """A document from raw input, HTML or plain text decided by its content."""
    doc = Document(id=doc_id, source=source, metadata_date=published)
    if sniff_kind(text) == ".html":
        doc.html = text
    else:
        doc.raw_text = text
    return doc


def documents_for_bytes(
    data: bytes, name: str, source: str, published: str | None = None
) -> list[Document]:
    """The documents `ingest` would read from a file's bytes (`name` gives the format; stdin
    has none, so its format is read from the content)."""
    warc = name.lower().endswith(".warc.gz")
    stem = name[: -len(".warc.gz")] if warc else Path(name).stem
    docs = list(read_bytes(data, name, source, stem or "stdin"))
    for doc in docs:
        if published:
            doc.metadata_date = published
    return docs


def forced_language(pipeline: Pipeline, lang: str | None) -> Pipeline:
    """The pipeline with language identification replaced by a fixed language."""
    if not lang or lang == "auto":
        return pipeline

    def fixed(doc: Document) -> Document:
        doc.lang = lang
        return doc

    fns = [
        fixed if spec.name == "langid" else fn
        for spec, fn in zip(pipeline.specs, pipeline.fns, strict=True)
    ]
    return Pipeline(pipeline.specs, fns, pipeline.strict)


def analyze_document(doc: Document, pipeline: Pipeline) -> dict[str, Any]:
    """The export Document object for one input (rejected ones carry `rejected`, those a stage
    failed on `stage_errors`)."""
    doc = pipeline(doc)
    out = doc.to_export()
    if doc.rejected:
        out["rejected"] = doc.rejected
    if doc.stage_errors:
        out["stage_errors"] = list(doc.stage_errors)
    return out


def analyze_jsonl(stream: TextIO, settings: Settings) -> Iterator[dict[str, Any]]:
    """One Document object per input line, in order; models load once."""
    base = build_pipeline(settings)
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": f"line-{lineno}", "rejected": f"invalid JSON: {exc.msg}"}
            continue
        doc = document_from_item(item, f"<stdin>:{lineno}", f"line-{lineno}")
        yield analyze_document(doc, forced_language(base, item.get("lang")))
