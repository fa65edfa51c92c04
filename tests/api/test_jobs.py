"""Ingest jobs over HTTP: uploads of every reader format, JSON articles, limits, type sniffing,
rate limits and job state, against the real app and a real SQLite database."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.config import Settings


def app_client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings))


def finished(client: TestClient, answer, timeout: float = 120) -> dict:
    assert answer.status_code == 202, answer.text
    url = answer.json()["url"]
    assert answer.headers["location"] == url
    client.app.state.jobs.wait(timeout)
    deadline = time.monotonic() + timeout
    while (job := client.get(url).json())["state"] in ("queued", "running"):
        assert time.monotonic() < deadline
        time.sleep(0.1)
    return job


@pytest.fixture
def empty(tmp_path) -> Settings:
    return Settings(db=str(tmp_path / "jobs.db"), stories=False)


def seed_files(seeds_dir: Path) -> list[Path]:
    return sorted(seeds_dir.glob("0*.txt"))


def test_upload_text_html_jsonl_and_duplicates(empty, seeds_dir):
    client = app_client(empty)
    first, second, third = seed_files(seeds_dir)[:3]
    html = f"<html><head><title>t</title></head><body><article><p>{second.read_text('utf-8')}</p></article></body></html>"
    jsonl = json.dumps({"id": "j1", "text": third.read_text("utf-8"), "outlet": "example.org"})
    files = [
        ("files", (first.name, first.read_bytes(), "text/plain")),
        ("files", ("page.html", html.encode(), "text/html")),
        ("files", ("lines.jsonl", jsonl.encode() + b"\n", "application/octet-stream")),
        ("files", ("blank.txt", b"   \n", "text/plain")),
    ]
    job = finished(client, client.post("/api/v1/ingest", files=files))
    assert job["state"] == "done" and job["errors"] == []
    assert job["progress"]["files"] == {"done": 4, "total": 4}
    assert job["progress"]["documents"] == {"done": 4, "total": 4}
    assert job["counts"] == {"added": 4, "duplicates": 0, "rejected": 1, "stage_errors": 0}
    assert job["rejected"] == [{"source": "upload:blank.txt", "reason": "empty file"}]
    assert client.get(f"/api/v1/documents/{first.stem}").status_code == 200
    assert client.get("/api/v1/documents/j1").json()["outlet"] == "example.org"

    again = finished(client, client.post("/api/v1/ingest", files=files[:1]))
    assert again["counts"] == {"added": 0, "duplicates": 1, "rejected": 0, "stage_errors": 0}


def test_warc_gz_upload(empty):
    body = (
        "<html><body><article><p>"
        + "The foreign minister arrived in Baghdad on Monday for talks on water and trade. " * 8
        + "</p></article></body></html>"
    ).encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a1\r\n"
        b"WARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2021-08-09T00:00:00Z\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode()
        + http
        + b"\r\n\r\n"
    )
    client = app_client(empty)
    files = [("files", ("crawl.bin", gzip.compress(record), "application/gzip"))]
    job = finished(client, client.post("/api/v1/ingest", files=files))
    assert job["state"] == "done" and job["counts"]["added"] == 1, job


def test_json_articles_job(empty, seed_text):
    client = app_client(empty)
    articles = [{"id": "a1", "text": seed_text("000"), "published": "2021-08-09"}]
    job = finished(client, client.post("/api/v1/ingest", json=articles))
    assert job["state"] == "done" and job["counts"]["added"] == 1
    assert client.get("/api/v1/documents/a1").status_code == 200
    assert client.post("/api/v1/ingest", json=[{"text": 5}]).status_code == 422
    assert client.post("/api/v1/ingest", json=[]).status_code == 422


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("a.html", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        ("notes.txt.gz", gzip.compress(b"just some text"), "not a WARC"),
        ("blob.bin", bytes(range(256)) * 8, "NUL"),
    ],
)
def test_binary_uploads_are_refused_with_a_reason(empty, name, data, reason):
    answer = app_client(empty).post("/api/v1/ingest", files=[("files", (name, data, "text/plain"))])
    assert answer.status_code == 415
    assert reason in answer.json()["detail"] and name in answer.json()["detail"]


def test_other_content_types_are_refused(empty):
    answer = app_client(empty).post(
        "/api/v1/ingest", content=b"hello", headers={"content-type": "text/plain"}
    )
    assert answer.status_code == 415


def test_size_limits(tmp_path):
    settings = Settings(
        db=str(tmp_path / "l.db"), stories=False, max_upload_file_mb=1, max_upload_request_mb=2
    )
    client = app_client(settings)
    big = b"news " * 300_000  # 1.5 MB
    one = client.post("/api/v1/ingest", files=[("files", ("big.txt", big, "text/plain"))])
    assert one.status_code == 413 and "big.txt: larger than 1 MB per file" in one.json()["detail"]
    small = b"news " * 180_000  # 0.9 MB each, 2.7 MB together
    files = [("files", (f"{i}.txt", small, "text/plain")) for i in range(3)]
    many = client.post("/api/v1/ingest", files=files)
    assert many.status_code == 413 and "larger than 2 MB" in many.json()["detail"]

    def chunks():  # no Content-Length: the limit is counted as the body arrives
        yield b"["
        for _ in range(3000):
            yield json.dumps({"text": "x" * 1000}).encode() + b","
        yield b'{"text": "end"}]'

    streamed = client.post(
        "/api/v1/ingest", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413


def test_rate_limit(tmp_path, seed_text):
    settings = Settings(db=str(tmp_path / "r.db"), stories=False, ingest_jobs_per_minute=2)
    client = app_client(settings)
    article = [{"text": seed_text("000")}]
    assert client.post("/api/v1/ingest", json=article).status_code == 202
    assert client.post("/api/v1/ingest", json=article).status_code == 202
    third = client.post("/api/v1/ingest", json=article)
    assert third.status_code == 429 and 1 <= int(third.headers["retry-after"]) <= 61
    client.app.state.jobs.wait(60)


def test_file_names_are_never_paths(empty, tmp_path, seed_text):
    target = tmp_path / "escaped.txt"
    sneaky = f"../../../../../../{target}"
    client = app_client(empty)
    files = [("files", (sneaky, seed_text("001").encode(), "text/plain"))]
    job = finished(client, client.post("/api/v1/ingest", files=files))
    assert job["counts"]["added"] == 1
    assert not target.exists()
    assert client.get("/api/v1/documents/escaped").status_code == 200


def test_job_state_outlives_the_app(empty, seed_text):
    client = app_client(empty)
    job = finished(client, client.post("/api/v1/ingest", json=[{"text": seed_text("002")}]))
    later = app_client(empty).get(f"/api/v1/jobs/{job['id']}")
    assert later.status_code == 200 and later.json()["state"] == "done"
    assert later.headers["cache-control"] == "no-store"
    assert client.get("/api/v1/jobs/0123456789abcdef").status_code == 404
    assert client.get("/api/v1/jobs/..%2F..%2Fetc").status_code == 404


def test_failed_job_says_why(tmp_path, seed_text):
    missing = tmp_path / "no such folder" / "x.db"
    client = app_client(Settings(db=str(missing), stories=False))
    job = finished(client, client.post("/api/v1/ingest", json=[{"text": seed_text("000")}]))
    assert job["state"] == "failed" and "cannot open database" in job["errors"][0]
