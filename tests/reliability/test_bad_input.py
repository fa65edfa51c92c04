"""Bad input: each bad file gets a one-line reason, and the rest of the batch is stored."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import build_pipeline
from rasad.stages.dates import find_dates
from rasad.stages.numbers import find_numbers
from rasad.stages.readers import read_bytes, read_path
from rasad.store.sqlite import SQLiteStore

ARABIC = "أكد رئيس الوزراء العراقي التزامه بإعادة جدولة انسحاب القوات الأجنبية من العراق."
PERSIAN = "نخست وزیر عراق از خروج نیروهای خارجی از این کشور تا پایان سال خبر داد."


def _warc(urls: list[str]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for i, url in enumerate(urls):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        html = f"<html><body><article><p>{ARABIC} ({i})</p><p>{ARABIC}</p></article></body></html>"
        payload = io.BytesIO(html.encode("utf-8"))
        writer.write_record(
            writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
        )
    return out.getvalue()


def _bad_files(folder: Path) -> dict[str, str]:
    """Write every kind of bad input; return {file name: words its rejection must contain}."""
    bad = {
        "empty.txt": (b"", "empty"),
        "blank.html": (b"  \n\t \r\n  ", "empty"),
        "only-bom.txt": (b"\xef\xbb\xbf \n", "empty"),
        "renamed-binary.html": (bytes(range(256)) * 40, "binary"),
        "photo.html": (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        "paper.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        "scan.htm": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "JPEG"),
        "bad-feed.rss": (b"<rss><channel><item><title>x</title>", "invalid feed"),
        "garbage.jsonl": (b"{not json\n[1, 2]\n", "invalid JSON"),
    }
    for name, (data, _) in bad.items():
        (folder / name).write_bytes(data)
    return {name: words for name, (_, words) in bad.items()}


def _good_files(folder: Path, seeds_dir: Path) -> set[str]:
    """Write good input of every kind, some of it odd but readable; return the sources of the
    documents each must give (the WARC's records are counted apart)."""
    for seed in sorted(seeds_dir.glob("00[01]_*.txt")):
        shutil.copy(seed, folder / seed.name)
    # A page that says UTF-8 but is windows-1256, and UTF-8 text with a few broken bytes.
    mislabeled = f"<html><head><meta charset='utf-8'></head><body><p>{ARABIC}</p><p>{ARABIC}</p>"
    (folder / "mislabeled.html").write_bytes(mislabeled.encode("cp1256"))
    broken = (PERSIAN + "\n\n" + PERSIAN).encode("utf-8")
    (folder / "broken-utf8.txt").write_bytes(broken[:30] + b"\xff\xc3" + broken[30:])
    (folder / "scripts.html").write_text(
        "<html><head><script>alert('head')</script></head><body onload=\"alert('x')\">"
        f'<article><p onclick="steal()">{ARABIC}</p><img src=x onerror="alert(1)">'
        f"<script>document.write('injected')</script><p>{ARABIC}</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "bidi-mixed.txt").write_text(
        f"\u202e{ARABIC}\u202c The Prime Minister said in English.\n\n{PERSIAN} \u2067x\u2069",
        encoding="utf-8",
    )
    (folder / "odd-dates.txt").write_text(
        "أعلنت الحكومة في 31 فبراير 2021 أن الميزانية ستبلغ "
        + "9" * 400
        + " دولار في سنة 0، وأن الموعد 0000-02-31 أو 30/02/2021.",
        encoding="utf-8",
    )
    lines = [
        json.dumps({"id": "j1", "text": ARABIC + " " + ARABIC, "published": "2021-02-31"}),
        "{broken line",
        json.dumps({"id": "j2", "text": PERSIAN + " " + PERSIAN, "published": "0000-01-01"}),
    ]
    (folder / "mixed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (folder / "cut.warc.gz").write_bytes(
        _warc([f"https://news.example/{i}" for i in range(3)])[:-40]
    )
    seeds = {p.name for p in seeds_dir.glob("00[01]_*.txt")}
    singles = {"mislabeled.html", "broken-utf8.txt", "scripts.html", "bidi-mixed.txt"}
    return seeds | singles | {"odd-dates.txt", "mixed.jsonl:1", "mixed.jsonl:3"}


def test_batch_of_good_and_bad_files(seeds_dir, tmp_path: Path):
    folder, db = tmp_path / "in", tmp_path / "bad.db"
    folder.mkdir()
    expected_reasons = _bad_files(folder)
    good = _good_files(folder, seeds_dir)
    env = {**os.environ, "RASAD_STORIES": "false", "RASAD_BATCH_SIZE": "3"}
    done = subprocess.run(
        [sys.executable, "-m", "rasad.cli", "ingest", "--quiet", "--db", str(db), str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 3, done.stderr  # done, but some inputs were rejected
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert all(line.startswith("rejected: ") for line in lines)
    for name, words in expected_reasons.items():
        (line,) = [x for x in lines if f"{os.sep}{name}" in x and words in x]
    assert any("mixed.jsonl:2" in x and "invalid JSON" in x for x in lines)
    assert any("cut.warc.gz" in x and "truncated" in x for x in lines)

    store = SQLiteStore(db)
    docs = {Path(d.source).name: d for d in store.iter_documents() if "://" not in d.source}
    from_warc = [d for d in store.iter_documents() if "://" in d.source]
    assert set(docs) == good
    assert len(from_warc) >= 2  # the records before the cut
    assert store.integrity_ok()
    assert ARABIC in docs["mislabeled.html"].text
    assert "نخست وزیر" in docs["broken-utf8.txt"].text and "ط§" not in docs["broken-utf8.txt"].text
    page = docs["scripts.html"]
    assert ARABIC in page.text
    for code in ("alert", "steal", "onerror", "onclick", "<script", "injected"):
        assert code not in page.text
    mixed = docs["bidi-mixed.txt"]
    assert "\u202e" not in mixed.text and "\u2067" not in mixed.text
    assert ARABIC in mixed.text and "Prime Minister" in mixed.text
    odd = docs["odd-dates.txt"]
    assert all(n["value"] < float("inf") for n in odd.numbers)
    json.dumps(odd.to_record(), allow_nan=False)
    store.close()


def test_huge_page_is_cut_not_choked_on(tmp_path: Path):
    paragraph = f"<p>{ARABIC}</p>\n"
    repeats = 50_000_000 // len(paragraph.encode("utf-8"))
    page = tmp_path / "huge.html"
    with page.open("w", encoding="utf-8") as f:
        f.write("<html><body><article>")
        for _ in range(repeats // 1000 + 1):
            f.write(paragraph * 1000)
        f.write("</article></body></html>")
    assert page.stat().st_size > 50_000_000
    pipeline = build_pipeline(
        Settings(strict=True, stories=False, max_html_bytes=2_000_000), ["extract"]
    )
    started = time.monotonic()
    (doc,) = [pipeline(d) for d in read_path(page)]
    assert time.monotonic() - started < 300
    assert not doc.rejected and doc.text.startswith(ARABIC)


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_html(depth):
    html = "<html><body>" + "<div>" * depth + f"<p>{ARABIC}</p>" + "</div>" * depth
    (doc,) = read_bytes(html.encode("utf-8"), "deep.html", "deep.html", "deep")
    doc = build_pipeline(Settings(strict=True, stories=False), ["extract", "clean"])(doc)
    assert doc.text or doc.rejected == "no article text found"


IMPOSSIBLE = [
    "31 February 2021",
    "٣١ فبراير ٢٠٢١",
    "۳۰ اسفند ۱۴۰۳",
    "۳۱ اسفند ۰",
    "0000-02-31",
    "30/02/2021",
    "year 0",
    "سنة 0",
    "32/13/2021",
    "1 January 99999",
]
ABSURD = [
    "1" + "0" * 400 + " دولار",
    "۹" * 500 + " هزار میلیارد تومان",
    "10" * 200 + " million dollars",
    "1.5" + "0" * 400 + " مليار",
    "١٬" + "٠٠٠٬" * 120 + "٠٠٠ مليار",
    "-0.0000000000000001",
]


@pytest.mark.parametrize("lang", ["ar", "fa", "en"])
def test_impossible_dates_and_absurd_numbers(lang):
    for fragment in IMPOSSIBLE + ABSURD:
        text = f"قال المتحدث إن {fragment} هو الموعد."
        for ref in (date(2021, 8, 9), None):
            for d in find_dates(text, lang, ref):
                assert text[d["start"] : d["end"]] == d["text"]
                if d["window"]:  # None: relative, with no reference day to resolve it
                    assert date.fromisoformat(d["window"][0]) <= date.fromisoformat(d["window"][1])
        for n in find_numbers(text, lang):
            assert text[n["start"] : n["end"]] == n["text"]
            json.dumps(n, allow_nan=False)


@pytest.mark.parametrize("metadata", ["2021-02-31", "0000-01-01", "99999-01-01", "yesterday"])
def test_impossible_metadata_dates(metadata):
    """A container date that is no date is ignored: no error (the pipeline is strict, so a
    stage raising would fail here), no rejection, and no publication date made from it."""
    stages = ["extract", "clean", "langid", "pubdate"]
    pipeline = build_pipeline(Settings(stories=False, strict=True), stages)
    doc = pipeline(Document(id="d", source="d", raw_text=ARABIC, metadata_date=metadata))
    assert doc.rejected is None
    assert doc.published is None  # the text has no dateline or date to infer one from either


def test_possible_metadata_date_is_taken():
    """The contrast to the test above: a real container date becomes the publication date."""
    stages = ["extract", "clean", "langid", "pubdate"]
    pipeline = build_pipeline(Settings(stories=False, strict=True), stages)
    doc = pipeline(Document(id="d", source="d", raw_text=ARABIC, metadata_date="2021-02-28"))
    assert doc.published == {
        "value": "2021-02-28",
        "precision": "day",
        "window": ["2021-02-28", "2021-02-28"],
        "source": "metadata",
    }


def test_feed_entry_with_a_broken_link():
    feed = (
        "<rss><channel><title>A</title><link>https://[agency.example/</link><item><title>t</title>"
        f"<link>https://[agency.example/n/1</link><description>{ARABIC}</description></item>"
        "</channel></rss>"
    )
    (doc,) = read_bytes(feed.encode("utf-8"), "f.rss", "f.rss", "f")
    assert not doc.rejected and doc.outlet in (None, "A")


def test_utf16_bom_then_broken_surrogates():
    data = b"\xfe\xff" + "<html><body><p>خبر</p>".encode("utf-16-be") + b"\xdc\x00\xdc\x00"
    (doc,) = read_bytes(data, "a.html", "a.html", "a")
    assert doc.rejected or "خبر" in doc.html
