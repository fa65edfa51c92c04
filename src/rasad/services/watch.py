"""`rasad watch`: ingest new or changed files (and feeds) as they appear, with the same pipeline."""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.services.ingest import IngestReport, ingest_documents, ingest_lock
from rasad.stages.readers import expand_paths, read_bytes, read_path
from rasad.store import Store

FEED_TIMEOUT_S = 30


@dataclass
class Watcher:
    """Remembers what it has seen, so each poll only reads what is new or changed."""

    paths: list[Path]
    feeds: list[str] = field(default_factory=list)
    seen: dict[str, tuple[float, int]] = field(default_factory=dict)

    def changed_files(self) -> list[Path]:
        """Files that are new, or changed since the last poll."""
        fresh = []
        for path in expand_paths(self.paths):
            try:
                stat = path.stat()
            except OSError:
                continue
            key = (stat.st_mtime, stat.st_size)
            if self.seen.get(str(path)) != key:
                self.seen[str(path)] = key
                fresh.append(path)
        return fresh

    def documents(self, fetch: Callable[[str], bytes]) -> Iterator[Document]:
        for path in self.changed_files():
            yield from read_path(path)
        for url in self.feeds:
            try:
                data = fetch(url)
            except OSError as exc:
                yield Document(id=url, source=url, rejected=f"cannot fetch feed: {exc}")
                continue
            yield from read_bytes(data, "feed.xml", url, "feed")


def fetch_url(url: str) -> bytes:
    """A feed's bytes (a local path works too)."""
    if "://" not in url:
        return Path(url).read_bytes()
    with urllib.request.urlopen(url, timeout=FEED_TIMEOUT_S) as response:  # noqa: S310
        return response.read()


def feed_list(path: Path) -> list[str]:
    """Feed URLs from a file, one a line; # starts a comment."""
    lines = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def watch(
    watcher: Watcher,
    store: Store,
    settings: Settings,
    interval: float,
    polls: int | None = None,
    on_report: Callable[[IngestReport], None] | None = None,
    fetch: Callable[[str], bytes] = fetch_url,
) -> None:
    """Poll every `interval` seconds (forever, or `polls` times)."""
    pipeline = build_pipeline(settings)
    done = 0
    while polls is None or done < polls:
        report = IngestReport()
        with ingest_lock(settings.db):  # a `rasad ingest` into the same database goes first
            ingest_documents(watcher.documents(fetch), store, pipeline, settings, report)
        if on_report:
            on_report(report)
        done += 1
        if polls is None or done < polls:
            time.sleep(interval)


def split_sources(sources: Iterable[Path]) -> Watcher:
    """Folders and article files are watched; `.txt` files named *feeds* list feed URLs."""
    paths, feeds = [], []
    for source in sources:
        if source.is_file() and "feeds" in source.name and source.suffix in {".txt", ".list"}:
            feeds += feed_list(source)
        else:
            paths.append(source)
    return Watcher(paths, feeds)
