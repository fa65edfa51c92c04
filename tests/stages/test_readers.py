"""Readers: every container format and encoding, and clear rejections for bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from rasad.stages.readers import decode_bytes, expand_paths, read_path

ARABIC = "أكد رئيس الوزراء العراقي التزامه بإعادة جدولة انسحاب القوات من العراق."
PERSIAN = "نخست وزیر عراق از خروج نیروهای خارجی از این کشور خبر داد."


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ARABIC, "utf-8"),
        (ARABIC, "utf-8-sig"),
        (ARABIC, "cp1256"),
        (ARABIC, "iso-8859-6"),
        (ARABIC, "utf-16"),
        (PERSIAN, "utf-16-le"),
        (PERSIAN, "utf-8"),
    ],
)
def test_encodings_round_trip(text, encoding):
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    decoded, _ = decode_bytes(data)
    assert decoded == text


def test_windows_1256_html_declared_and_undeclared(tmp_path: Path):
    body = f"<html><head><meta charset='windows-1256'></head><body><p>{ARABIC}</p></body></html>"
    (tmp_path / "a.html").write_bytes(body.encode("cp1256"))
    (tmp_path / "b.txt").write_bytes((ARABIC + "\n" + ARABIC).encode("cp1256"))
    html_doc = next(read_path(tmp_path / "a.html"))
    text_doc = next(read_path(tmp_path / "b.txt"))
    assert ARABIC in html_doc.html
    assert text_doc.raw_text.startswith(ARABIC)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.html", b"  \n\t\n", "empty file"),
        ("photo.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        ("paper.txt", b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        ("blob.html", bytes(range(256)) * 10, "binary"),
    ],
)
def test_bad_files_rejected_with_reason(tmp_path: Path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    (doc,) = list(read_path(tmp_path / name))
    assert doc.rejected and reason in doc.rejected


def test_jsonl_articles_and_broken_line(tmp_path: Path):
    lines = [
        json.dumps(
            {
                "id": "a1",
                "url": "https://www.example.com/x",
                "title": "T",
                "text": ARABIC,
                "published": "2021-08-09",
                "outlet": None,
            },
            ensure_ascii=False,
        ),
        "{broken",
        json.dumps({"html": f"<p>{PERSIAN}</p>", "outlet": "Fars"}, ensure_ascii=False),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines), encoding="utf-8")
    docs = list(read_path(tmp_path / "in.jsonl"))
    assert [d.id for d in docs] == ["a1", "in-2", "in-3"]
    assert docs[0].outlet == "example.com" and docs[0].metadata_date == "2021-08-09"
    assert docs[1].rejected.startswith("invalid JSON")
    assert docs[2].html and docs[2].outlet == "Fars"


def test_jsonl_line_separator_inside_a_string_and_blank_files(tmp_path: Path):
    """U+2028 may stand unescaped in a JSON string: it does not end the line. A file of blank
    lines (\x1c counts as blank) is one rejected record, not nothing."""
    item = {"id": "s1", "title": "T", "text": f"{ARABIC}\u2028{PERSIAN}"}
    (tmp_path / "sep.jsonl").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    (doc,) = list(read_path(tmp_path / "sep.jsonl"))
    assert doc.id == "s1" and not doc.rejected and "\u2028" in doc.raw_text
    (tmp_path / "blank.jsonl").write_bytes(b"\n \x1c\n")
    (blank,) = list(read_path(tmp_path / "blank.jsonl"))
    assert blank.rejected == "no articles: only blank lines"


def test_rss_feed_entries(tmp_path: Path):
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Agency</title><link>https://agency.example/</link>
<item><title>خبر</title><link>https://agency.example/n/1</link>
<pubDate>Mon, 09 Aug 2021 10:00:00 +0300</pubDate><description>&lt;p&gt;{ARABIC}&lt;/p&gt;</description></item>
<item><title>دوم</title><link>https://agency.example/n/2</link><description>{PERSIAN}</description></item>
</channel></rss>"""
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    docs = list(read_path(tmp_path / "feed.xml"))
    assert len(docs) == 2
    assert docs[0].url == "https://agency.example/n/1"
    assert docs[0].outlet == "agency.example"
    assert "2021" in docs[0].metadata_date
    assert ARABIC in docs[0].html


def test_bad_feed_xml_rejected(tmp_path: Path):
    (tmp_path / "bad.rss").write_text("<rss><channel><item>", encoding="utf-8")
    (doc,) = list(read_path(tmp_path / "bad.rss"))
    assert doc.rejected.startswith("invalid feed")


def _warc(records: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in records:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


def test_warc_and_truncated_warc(tmp_path: Path):
    data = _warc(
        [
            (f"https://news.example/{i}", f"<html><body><p>{ARABIC} {i}</p></body></html>")
            for i in range(3)
        ]
    )
    (tmp_path / "a.warc.gz").write_bytes(data)
    docs = list(read_path(tmp_path / "a.warc.gz"))
    assert len(docs) == 3 and all(d.html and not d.rejected for d in docs)
    assert docs[0].outlet == "news.example"
    (tmp_path / "cut.warc.gz").write_bytes(data[:-50])  # inside the last record
    cut = list(read_path(tmp_path / "cut.warc.gz"))
    assert cut[-1].rejected and "truncated" in cut[-1].rejected
    assert any(not d.rejected for d in cut)


def test_gzip_that_is_not_warc(tmp_path: Path):
    (tmp_path / "x.warc.gz").write_bytes(gzip.compress(b"hello"))
    docs = list(read_path(tmp_path / "x.warc.gz"))
    assert docs and all(d.rejected for d in docs)


def test_expand_paths_walks_folders_in_order(seeds_dir):
    files = expand_paths([seeds_dir])
    assert [f.name[:3] for f in files] == ["000", "001", "002", "003", "004"]
