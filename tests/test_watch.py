"""`rasad watch` picks up new files and feed entries on the next poll, and only those."""

from __future__ import annotations

import shutil
from pathlib import Path

from rasad.services.watch import Watcher, split_sources, watch
from rasad.store import open_store

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>A</title><link>https://a.example/</link>
<item><title>T</title><link>https://a.example/1</link><description>{body}</description></item></channel></rss>"""


def test_new_files_are_ingested_on_the_next_poll(seeds_dir, tmp_path: Path, settings, store_url):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    store = open_store(store_url)
    watcher = Watcher([inbox])
    seeds = sorted(seeds_dir.glob("*.txt"))
    shutil.copy(seeds[0], inbox)
    watch(watcher, store, settings, interval=0, polls=1)
    assert store.count() == 1
    shutil.copy(seeds[1], inbox)
    reports = []
    watch(watcher, store, settings, interval=0, polls=2, on_report=reports.append)
    assert store.count() == 2
    assert [r.added for r in reports] == [1, 0]


def test_feed_list(tmp_path: Path, settings, store_url):
    feed = tmp_path / "a.xml"
    feed.write_text(
        FEED.format(
            body="The minister said on Monday that the talks in Baghdad would resume next week."
        ),
        encoding="utf-8",
    )
    listing = tmp_path / "my-feeds.txt"
    listing.write_text(f"# feeds\n{feed}\n", encoding="utf-8")
    watcher = split_sources([listing])
    assert watcher.feeds == [str(feed)]
    store = open_store(store_url)
    watch(watcher, store, settings, interval=0, polls=2)
    assert store.count() == 1
