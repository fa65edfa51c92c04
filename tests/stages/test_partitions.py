"""Parts cut by records read exactly what the readers read from the whole files."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasad.stages.partitions import plan_parts, read_part
from rasad.stages.readers import expand_paths, read_path

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def seed_articles() -> list[dict]:
    """The bundled real articles as JSON objects, each twice with another title."""
    out = []
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0][:80]
        for copy in range(3):
            out.append({"id": f"s{i}-{copy}", "title": f"{title} {copy}", "text": text})
    return out


def whole(paths: list[Path]) -> list[dict]:
    return [d.to_record() for p in paths for d in read_path(p)]


def cut(paths: list[Path], records: int = 4, size: int = 1 << 20) -> list[dict]:
    return [d.to_record() for part in plan_parts(paths, records, size) for d in read_part(part)]


def jsonl_lines() -> list[str]:
    lines = [json.dumps(a, ensure_ascii=False) for a in seed_articles()]
    lines.insert(3, "")
    lines.insert(7, "not json")
    lines.insert(9, "   ")
    lines.insert(11, "[1, 2]")
    return lines


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_jsonl_cut_by_lines_reads_as_whole(tmp_path: Path, newline: str):
    path = tmp_path / "big.jsonl"
    path.write_bytes(newline.join(jsonl_lines()).encode("utf-8"))  # no final newline
    parts = list(plan_parts([path], 4, 1 << 20))
    assert len(parts) == 5 and {p.kind for p in parts} == {"jsonl"}
    assert [p.files_done for p in parts] == [0, 0, 0, 0, 1]
    assert cut([path]) == whole([path])
    sources = [d["source"] for d in cut([path])]
    assert f"{path}:8" in sources  # the invalid line keeps its number in the file


def test_jsonl_cut_by_bytes(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    parts = list(plan_parts([path], 1000, 3000))
    assert len(parts) > 3
    assert cut([path], 1000, 3000) == whole([path])


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff".encode() + "\n".join(jsonl_lines()).encode("utf-8"),  # a byte-order mark
        "\n".join(jsonl_lines()).encode("utf-16"),
        "\n".join(jsonl_lines()).encode("cp1256", errors="ignore"),  # another code page
        b"\n  \n\n",  # only blank lines
    ],
)
def test_jsonl_not_plain_utf8_is_read_whole(tmp_path: Path, data: bytes):
    path = tmp_path / "odd.jsonl"
    path.write_bytes(data)
    parts = list(plan_parts([path], 4, 1 << 20))
    assert [p.kind for p in parts] == ["files"]
    assert cut([path]) == whole([path])


def warc(articles: list[dict], gzip: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for i, item in enumerate(articles):
        url = f"https://news.example/{i}"
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1"))
        writer.write_record(request)
        ctype = "text/html; charset=utf-8" if i % 5 else "image/png"
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        page = f"<html><head><title>{item['title']}</title></head><body><article><p>"
        page += item["text"].replace("\n", "</p><p>") + "</p></article></body></html>"
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(page.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_cut_by_records_reads_as_whole(tmp_path: Path, gzip: bool):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(warc(seed_articles(), gzip))
    parts = list(plan_parts([path], 4, 1 << 20))
    assert len(parts) >= 3 and {p.kind for p in parts} == {"warc"}
    assert cut([path]) == whole([path])
    assert len(whole([path])) == 12  # the HTML responses, the image left out


def test_broken_warc_is_read_whole(tmp_path: Path):
    data = warc(seed_articles())
    (tmp_path / "cut.warc.gz").write_bytes(data[:-50])
    import gzip

    (tmp_path / "stream.warc.gz").write_bytes(gzip.compress(warc(seed_articles(), gzip=False)))
    paths = sorted(tmp_path.iterdir())
    assert [p.kind for p in plan_parts(paths, 4, 1 << 20)] == ["files"]
    records = cut(paths)
    assert records == whole(paths)
    assert any("truncated" in (r["rejected"] or "") for r in records)


def test_warc_gzipped_by_record_past_a_megabyte_is_cut_and_whole(tmp_path: Path):
    """Past 1 MiB the gzip check lost the members after its first megabyte and called every
    such archive truncated: read whole by one worker, with a spurious rejection."""
    data = warc(seed_articles() * 30)
    assert len(data) > 1 << 20
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    parts = list(plan_parts([path], 50, 1 << 20))
    assert len(parts) >= 8 and {p.kind for p in parts} == {"warc"}
    records = whole([path])
    assert len(records) == 360 and not any(r["rejected"] for r in records)
    assert cut([path], 50) == records
    (tmp_path / "crawl.warc.gz").write_bytes(data[:-50])
    assert [p.kind for p in plan_parts([path], 50, 1 << 20)] == ["files"]
    assert "truncated" in (whole([path])[-1]["rejected"] or "")


def test_feed_cut_by_entries(tmp_path: Path):
    items = "".join(
        f"<item><title>{a['title']}</title><link>https://news.example/{i}</link>"
        f"<description><![CDATA[<p>{a['text']}</p>]]></description></item>"
        for i, a in enumerate(seed_articles())
    )
    path = tmp_path / "feed.rss"
    path.write_text(f'<?xml version="1.0"?><rss><channel>{items}</channel></rss>', "utf-8")
    parts = list(plan_parts([path], 4, 1 << 20))
    assert [len(p.records) for p in parts] == [4, 4, 4, 3]
    assert cut([path]) == whole([path])


def test_small_files_grouped_by_size(tmp_path: Path):
    for i, src in enumerate(sorted(SEEDS.glob("*.txt")) * 3):
        (tmp_path / f"{i:02d}.txt").write_bytes(src.read_bytes())
    (tmp_path / "05.html").write_bytes(b"%PDF-1.4 not a page")
    paths = expand_paths([tmp_path])
    size = sum(p.stat().st_size for p in paths) // 4
    parts = list(plan_parts(paths, 100, size))
    assert 4 <= len(parts) <= 5 and {p.kind for p in parts} == {"files"}
    assert sum(p.files_done for p in parts) == len(paths)
    assert cut(paths, 100, size) == whole(paths)
    assert len(list(plan_parts(paths, 3, 1 << 30))) == -(-len(paths) // 3)  # by count too
