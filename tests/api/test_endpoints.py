"""List endpoints (events, claims, contradictions, promises, stories, quotes, documents):
pagination, filters and 404s; ETags and revalidation."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.config import Settings


@pytest.fixture(scope="module")
def client(seed_db):
    return TestClient(create_app(Settings(db=str(seed_db))))


@pytest.fixture(scope="module")
def story_id(client) -> str:
    return client.get("/api/v1/stories").json()["stories"][0]["id"]


def test_story_events_and_all_events(client, story_id):
    story = client.get(f"/api/v1/stories/{story_id}").json()
    events = client.get(f"/api/v1/stories/{story_id}/events").json()
    assert events["total"] == len(story["events"]) > 0
    assert [e["id"] for e in events["events"]] == [e["id"] for e in story["events"]]
    assert all(e["story"] == story_id for e in events["events"])
    everything = client.get("/api/v1/events").json()
    assert everything["total"] >= events["total"]
    only = client.get("/api/v1/events", params={"story": story_id}).json()
    assert only["events"] == events["events"]
    assert client.get("/api/v1/stories/nope/events").status_code == 404
    assert client.get("/api/v1/events", params={"story": "nope"}).status_code == 404


@pytest.mark.parametrize("part", ["claims", "contradictions", "promises", "events"])
def test_story_parts_match_the_story(client, story_id, part):
    story = client.get(f"/api/v1/stories/{story_id}").json()
    listed = client.get(f"/api/v1/{part}", params={"story": story_id, "limit": 500}).json()
    assert listed["total"] == len(story.get(part, []))
    assert {"total", "limit", "offset", part, "filters"} <= set(listed)
    nested = client.get(f"/api/v1/stories/{story_id}/{part}", params={"limit": 500}).json()
    assert nested[part] == listed[part]


def test_claims_carry_evidence_spans_of_their_documents(client):
    claims = client.get("/api/v1/claims", params={"limit": 500}).json()["claims"]
    for claim in claims:
        for ev in claim["evidence"]:
            doc = client.get(f"/api/v1/documents/{ev['doc']}").json()
            assert doc["text"][ev["start"] : ev["end"]] == ev["text"]


def test_filters_narrow_by_documents(client):
    stories = client.get("/api/v1/stories").json()
    persian = client.get("/api/v1/stories", params={"lang": "fa"}).json()
    assert 0 < persian["total"] <= stories["total"]
    assert all("fa" in s["languages"] for s in persian["stories"])
    assert client.get("/api/v1/stories", params={"lang": "xx"}).json()["total"] == 0
    assert client.get("/api/v1/events", params={"outlet": "nowhere"}).json()["total"] == 0
    future = client.get("/api/v1/events", params={"from": "2999-01-01"}).json()
    assert future["total"] == 0 and future["filters"] == {"date_from": "2999-01-01"}


def test_entity_filter(client):
    quotes = client.get("/api/v1/quotes").json()["quotes"]
    speaker = next(q["speaker"] for q in quotes if q["speaker"])
    stories = client.get("/api/v1/stories", params={"entity": speaker}).json()
    assert stories["total"] >= 1


def test_limit_offset_pagination(client):
    everything = client.get("/api/v1/documents").json()
    assert everything["total"] == 5 and everything["limit"] == 50 and everything["offset"] == 0
    window = client.get("/api/v1/documents", params={"limit": 2, "offset": 1}).json()
    assert window["total"] == 5 and window["documents"] == everything["documents"][1:3]
    page = client.get("/api/v1/documents", params={"limit": 2, "page": 2}).json()
    assert page["documents"] == everything["documents"][2:4]
    quotes = client.get("/api/v1/quotes").json()
    one = client.get("/api/v1/quotes", params={"limit": 1, "offset": 1}).json()
    assert one["total"] == quotes["total"] and one["quotes"] == quotes["quotes"][1:2]
    hits = client.get("/api/v1/search", params={"q": "الکاظمی", "limit": 2}).json()
    assert len(hits["results"]) == 2 and hits["total"] >= 5
    assert client.get("/api/v1/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/v1/events", params={"offset": -1}).status_code == 422


def test_etag_revalidation(fresh_db, seed_text):
    client = TestClient(create_app(fresh_db))
    first = client.get("/api/v1/stories")
    tag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"
    again = client.get("/api/v1/stories", headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    other = client.get("/api/v1/stories", params={"limit": 1})
    assert other.headers["etag"] != tag  # the URL is part of the tag
    added = client.post(
        "/api/v1/documents", json=[{"id": "new", "text": seed_text("000") + " More."}]
    )
    assert added.json()["added"] == 1
    after = client.get("/api/v1/stories", headers={"If-None-Match": tag})
    assert after.status_code == 200 and after.headers["etag"] != tag


def test_static_files_are_cached_long(client):
    page = client.get("/documents").text
    assert "/static/rasad.css?v=" in page
    css = client.get("/static/rasad.css")
    assert css.status_code == 200 and "max-age=31536000" in css.headers["cache-control"]


def test_story_claims_are_facts_and_the_page_shows_a_row_per_value(client, story_id):
    """The story's claims keep the export's shape (about, value, evidence) and carry the fact
    they give: a figure the Arabic and Persian seeds give in two digit scripts is one fact
    with one value, and the page's table names what is counted, in the reader's language."""
    claims = client.get(f"/api/v1/stories/{story_id}").json()["claims"]
    assert claims and all({"about", "value", "evidence", "fact", "kind"} <= set(c) for c in claims)
    at: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        at.setdefault(c["fact"], []).append(i)
    assert all(p == list(range(p[0], p[0] + len(p))) for p in at.values())  # values together
    (shared,) = [c for c in claims if c["value"] == 2500]
    assert len({e["text"] for e in shared["evidence"]}) >= 2  # "2500" and "۲۵۰۰"
    page = client.get(f"/stories/{story_id}").text
    assert "What is counted" in page and "2,500" in page
    assert "ما المعدود" in client.get(f"/stories/{story_id}", params={"ui": "ar"}).text


def test_the_network_chart_names_entities_as_the_page_s_language_writes_them(client):
    """The "appears with" chart of a Persian page names Iraq «عراق», as its chips do, not by
    the gazetteer's English name."""
    people = client.get("/api/v1/entities", params={"type": "PER", "limit": 50}).json()
    (kadhimi,) = [e for e in people["entities"] if "الکاظمی" in " ".join(e["names"].get("fa", []))]
    svg = client.get(f"/entities/{kadhimi['id']}", params={"ui": "fa"}).text
    network = svg[svg.index('<svg class="chart network"') :]
    network = network[: network.index("</svg>")]
    assert ">عراق</text>" in network and ">Iraq</text>" not in network
    assert "الکاظمی" in network.split('font-weight="700"')[1].split("</text>")[0]
