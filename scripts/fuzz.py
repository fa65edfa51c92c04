"""Fuzz the HTML, feed, JSONL and WARC readers with mutated real-looking input (hypothesis).

Seed inputs are built from the bundled seed articles (an HTML page, an RSS feed, an Atom feed,
a JSONL file, a gzipped WARC); hypothesis mutates their bytes (flips, inserts, deletions,
repeats, truncation) and every result must be documents, each readable or rejected with a
one-line reason: an unhandled exception is a failure, printed with the input that caused it.

    python scripts/fuzz.py --minutes 5
    python scripts/fuzz.py --minutes 1 --extract     # also run HTML extraction on what is read
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]


def seed_texts() -> list[str]:
    """The bundled seed articles' text (short: the first 1,500 characters of each)."""
    return [
        p.read_text(encoding="utf-8")[:1500]
        for p in sorted((ROOT / "examples/seeds").glob("*.txt"))
    ]


def html_page(text: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>خبر</title>"
        "<script>var x = '<p>';</script></head><body><nav><a href='/'>الرئيسية</a></nav>"
        f"<article>{paragraphs}</article><footer>©</footer></body></html>"
    ).encode()


def rss_feed(texts: list[str]) -> bytes:
    items = "".join(
        f"<item><title>t{i}</title><link>https://agency.example/n/{i}</link>"
        f"<pubDate>Mon, 09 Aug 2021 10:00:00 +0300</pubDate>"
        f"<description><![CDATA[<p>{t}</p>]]></description></item>"
        for i, t in enumerate(texts)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>A</title>"
        f"<link>https://agency.example/</link>{items}</channel></rss>"
    ).encode()


def atom_feed(texts: list[str]) -> bytes:
    entries = "".join(
        f"<entry><title>t{i}</title><link href='https://agency.example/a/{i}'/>"
        f"<id>urn:{i}</id><updated>2021-08-09T10:00:00Z</updated>"
        f"<content type='html'>&lt;p&gt;{t}&lt;/p&gt;</content></entry>"
        for i, t in enumerate(texts)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>A</title>{entries}</feed>"
    ).encode()


def jsonl(texts: list[str]) -> bytes:
    lines = [
        json.dumps({"id": f"j{i}", "url": f"https://x.example/{i}", "text": t}, ensure_ascii=False)
        for i, t in enumerate(texts)
    ]
    return "\n".join(lines).encode("utf-8")


def warc(texts: list[str], compress: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for i, text in enumerate(texts):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        payload = io.BytesIO(html_page(text))
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{i}", "response", payload=payload, http_headers=headers
            )
        )
    return out.getvalue()


def seed_inputs() -> list[tuple[str, bytes]]:
    """(file name, bytes) of each format, built from the seed articles."""
    texts = seed_texts()
    two = texts[:2]
    return [
        ("page.html", html_page(texts[0])),
        ("page.htm", html_page(texts[-1]).decode("utf-8").encode("cp1256", errors="replace")),
        ("feed.rss", rss_feed(two)),
        ("feed.atom", atom_feed(two)),
        ("feed.xml", rss_feed(texts[2:4])),
        ("items.jsonl", jsonl(two)),
        ("crawl.warc.gz", warc(two)),
        ("crawl.warc", warc(two, compress=False)),
        ("article.txt", texts[1].encode("utf-8")),
    ]


def mutate(data: bytes, ops: list[tuple[int, float, int, bytes]]) -> bytes:
    """Apply mutations: (kind, where as a fraction of the length, a size, bytes to insert)."""
    buf = bytearray(data)
    for kind, where, size, chunk in ops:
        at = int(where * len(buf))
        if kind == 0:  # overwrite
            buf[at : at + len(chunk)] = chunk
        elif kind == 1:  # insert
            buf[at:at] = chunk
        elif kind == 2:  # delete
            del buf[at : at + size]
        elif kind == 3:  # truncate
            del buf[at:]
        elif kind == 4:  # repeat a slice
            buf[at:at] = bytes(buf[at : at + size]) * 3
        else:  # splice in markup that parsers find hard
            buf[at:at] = [
                b"<",
                b"]]>",
                b"<![CDATA[",
                b"&#x0;",
                b"\x00",
                b"\r\n\r\n",
                b"<div>" * 50,
            ][size % 7]
    return bytes(buf)


mutation = st.tuples(
    st.integers(0, 5),
    st.floats(0, 1, allow_nan=False),
    st.integers(0, 400),
    st.binary(min_size=1, max_size=12),
)


def check_reader(name: str, data: bytes, extract=None) -> None:
    """Read `data` as file `name`: documents must come out, readable or with a reason."""
    from rasad.stages.readers import read_bytes

    docs = list(read_bytes(data, name, name, "fuzz"))
    assert docs, "no document at all"
    for doc in docs:
        assert doc.id and doc.source
        if doc.rejected:
            assert isinstance(doc.rejected, str) and "\n" not in doc.rejected, doc.rejected
        else:
            assert doc.html is not None or doc.raw_text is not None
            if extract is not None:
                extract(doc)


def fuzz_round(inputs: list[tuple[str, bytes]], examples: int, extract=None) -> None:
    """One hypothesis run of `examples` mutated inputs; raises on the first failure."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.sampled_from(inputs), st.lists(mutation, min_size=1, max_size=6))
    def one(seed, ops):
        name, data = seed
        check_reader(name, mutate(data, ops), extract)

    one()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="how long to fuzz")
    parser.add_argument("--examples", type=int, default=200, help="inputs per hypothesis round")
    parser.add_argument("--extract", action="store_true", help="also extract text from HTML")
    args = parser.parse_args()
    extract = None
    if args.extract:
        from rasad.config import Settings
        from rasad.pipeline import build_pipeline

        extract = build_pipeline(Settings(stories=False), ["extract"])
    inputs = seed_inputs()
    deadline = time.monotonic() + args.minutes * 60
    rounds = 0
    while time.monotonic() < deadline:
        try:
            fuzz_round(inputs, args.examples, extract)
        except Exception:  # noqa: BLE001 - any exception is a finding: print it and stop
            traceback.print_exc()
            print(f"FAILED after {rounds} rounds of {args.examples} inputs")
            return 1
        rounds += 1
    print(f"{rounds * args.examples} mutated inputs ({rounds} rounds), no failure")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
