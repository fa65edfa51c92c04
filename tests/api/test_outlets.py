"""Outlet profiles, coverage by outlet type and country, framing per outlet and corrections,
through the HTTP API over a real database (SQLite, PostgreSQL) built from the seeds."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store import open_store

UNDATED = "000_b2b0f032495ca565"  # «شامگاه امروز شنبه…», «سیزدهم آذر ماه جاری»: no date of its own
XINHUA = "004_8d11bf5806d1ab79"


@pytest.fixture(scope="module")
def client(module_store_url, seeds_dir):
    settings = Settings(db=module_store_url)
    store = open_store(module_store_url)
    ingest_paths([seeds_dir], store, settings)
    store.close()
    return TestClient(create_app(settings))


def story_of(client, doc_id: str) -> str:
    return client.get(f"/api/v1/documents/{doc_id}").json()["story"]


def test_profiles_listed_and_documents_carry_type_and_country(client):
    listed = client.get("/api/v1/outlets").json()["outlets"]
    xinhua = next(o for o in listed if o["name"] == "Xinhua News Agency")
    assert (xinhua["type"], xinhua["country"], xinhua["origin"]) == ("state", "CN", "packaged")
    assert xinhua["source"].startswith("https://en.wikipedia.org/")
    docs = client.get("/api/v1/documents", params={"lang": "ar"}).json()["documents"]
    wire = next(d for d in docs if d["id"] == XINHUA)
    assert (wire["outlet"], wire["outlet_type"], wire["outlet_country"]) == (
        "Xinhua News Agency",
        "state",
        "CN",
    )
    detail = client.get(f"/api/v1/documents/{XINHUA}").json()
    assert detail["outlet_profile"]["name"] == "Xinhua News Agency"
    assert detail["corrections"] == []


def test_story_coverage_by_type_and_country(client):
    story = story_of(client, XINHUA)
    coverage = client.get(f"/api/v1/stories/{story}/outlets").json()
    assert coverage["by_type"]["state"] >= 1 and coverage["by_country"]["CN"] >= 1
    assert sum(coverage["by_type"].values()) == sum(o["documents"] for o in coverage["outlets"])
    assert coverage["blindspot"] is None  # types differ or are unknown: no blindspot claimed
    listed = client.get("/api/v1/stories").json()["stories"]
    item = next(s for s in listed if s["id"] == story)
    assert "state" in item["outlet_types"] and "CN" in item["countries"]
    assert client.get("/api/v1/stories/nope/outlets").status_code == 404


def test_framing_counted_per_outlet_and_month(client):
    framing = client.get("/api/v1/outlets/framing").json()["outlets"]
    iswn = next(o for o in framing if o["outlet"] == "Islamic World News")
    assert iswn["outlet_country"] == "IR" and iswn["terms"]
    assert sum(iswn["categories"].values()) == sum(
        n for month in iswn["months"].values() for n in month.values()
    )
    one = client.get("/api/v1/outlets/framing", params={"outlet": "Islamic World News"}).json()
    assert [o["outlet"] for o in one["outlets"]] == ["Islamic World News"]


def test_a_corrected_date_resolves_relative_dates_and_feeds_the_timeline(client):
    story = story_of(client, UNDATED)
    before = client.get(f"/api/v1/documents/{UNDATED}").json()
    assert before["published"] is None
    assert not any(d["value"] for d in before["dates"] if d["text"] == "سیزدهم آذر ماه جاری")
    made = client.post(
        f"/api/v1/documents/{UNDATED}/corrections",
        json={"field": "published", "value": "2021-12-11", "author": "analyst", "note": "wire"},
    )
    assert made.status_code == 200, made.text
    correction = made.json()["correction"]
    assert correction["author"] == "analyst" and correction["made_at"]
    assert correction["old_value"] is None and correction["new_value"]["value"] == "2021-12-11"
    after = client.get(f"/api/v1/documents/{UNDATED}").json()
    assert after["published"]["value"] == "2021-12-11"
    assert after["published"]["source"] == "metadata"  # a value the export contract allows
    resolved = {d["text"]: d["value"] for d in after["dates"]}
    assert resolved["سیزدهم آذر ماه جاری"] == "2021-12-04"
    assert resolved["امروز شنبه"] == "2021-12-11"  # "today, Saturday": one expression
    assert [c["id"] for c in after["corrections"]] == [correction["id"]]
    timeline = client.get(f"/api/v1/stories/{story}/timeline").json()
    cited = {e["date"] for e in timeline for ev in e["evidence"] if ev["doc"] == UNDATED}
    assert "2021-12-04" in cited
    page = client.get(f"/api/v1/stories/{story}").json()
    assert page["last_seen"] >= "2021-12-11"
    # With its date the article's «طی چند روز آینده» ("in the coming days") has a due date: its
    # promise is either its own, made on the corrected day, or a restatement of the one it
    # repeats (the withdrawal by the end of 2021, since round promises76 merges them).
    promised = client.get(f"/api/v1/stories/{story}/promises").json()["promises"]
    made_then = [p for p in promised if p["doc_id"] == UNDATED]
    assert all(p["made"] == "2021-12-11" for p in made_then)
    assert made_then or any(s["doc"] == UNDATED for p in promised for s in p["statements"])

    undone = client.post(f"/api/v1/corrections/{correction['id']}/undo", json={"author": "lead"})
    assert undone.status_code == 200 and undone.json()["correction"]["undone_by"] == "lead"
    again = client.get(f"/api/v1/documents/{UNDATED}").json()
    assert again["published"] is None and again["dates"] == before["dates"]
    timeline = client.get(f"/api/v1/stories/{story}/timeline").json()
    cited = {e["date"] for e in timeline for ev in e["evidence"] if ev["doc"] == UNDATED}
    assert "2021-12-04" not in cited
    promised = client.get(f"/api/v1/stories/{story}/promises").json()["promises"]
    assert not any(p["doc_id"] == UNDATED and p["made"] for p in promised)
    assert not any(s["doc"] == UNDATED for p in promised for s in p["statements"])
    twice = client.post(f"/api/v1/corrections/{correction['id']}/undo", json={"author": "lead"})
    assert twice.status_code == 422


def test_a_corrected_outlet_moves_quotes_and_entity_counts(client):
    made = client.post(
        f"/api/v1/documents/{UNDATED}/corrections",
        json={"field": "outlet", "value": "خبرگزاری تسنیم", "author": "analyst"},
    ).json()
    assert made["document"]["outlet"] == "Tasnim News Agency"  # an alias names the profile
    quotes = client.get("/api/v1/quotes", params={"outlet": "Tasnim News Agency"}).json()
    assert quotes["total"] >= 1 and {q["doc"] for q in quotes["quotes"]} == {UNDATED}
    entities = client.get("/api/v1/entities", params={"type": "PER"}).json()["entities"]
    kadhimi = next(e for e in entities if e["name"] == "Mustafa al-Kadhimi")
    detail = client.get(f"/api/v1/entities/{kadhimi['id']}").json()
    assert detail["outlets"].get("Tasnim News Agency") == 1
    story = story_of(client, UNDATED)
    coverage = client.get(f"/api/v1/stories/{story}/outlets").json()
    assert coverage["by_type"]["military"] == 1
    listed = client.get("/api/v1/corrections", params={"doc": UNDATED}).json()["corrections"]
    assert listed[-1]["field"] == "outlet" and listed[-1]["undone_at"] is None
    bad = client.post(
        f"/api/v1/documents/{UNDATED}/corrections",
        json={"field": "published", "value": "last spring", "author": "analyst"},
    )
    assert bad.status_code == 422
    missing = client.post(
        "/api/v1/documents/nope/corrections",
        json={"field": "outlet", "value": "BBC", "author": "analyst"},
    )
    assert missing.status_code == 404


def test_imported_profiles_override_packaged_fields(client, seed_text):
    made = client.post(
        "/api/v1/outlets",
        json=[
            {"name": "Islamic World News", "type": "private"},
            {"name": "Baghdad Today", "aliases": ["بغداد اليوم"], "country": "IQ"},
        ],
    )
    assert made.status_code == 200 and made.json()["imported"] == [
        "Islamic World News",
        "Baghdad Today",
    ]
    listed = {o["name"]: o for o in client.get("/api/v1/outlets").json()["outlets"]}
    iswn = listed["Islamic World News"]
    assert (iswn["type"], iswn["origin"], iswn["domains"]) == ("private", "user", ["iswnews.com"])
    assert listed["Baghdad Today"]["origin"] == "user"
    bad = client.post("/api/v1/outlets", json=[{"name": "X", "type": "tabloid"}])
    assert bad.status_code == 422
    # an article ingested now is named by the user's profile too
    text = seed_text("001") + "\nجميع الحقوق محفوظة لـ بغداد اليوم 2021"
    added = client.post("/api/v1/documents", json=[{"id": "credited", "text": text}])
    assert added.json()["added"] == 1
    assert client.get("/api/v1/documents/credited").json()["outlet"] == "Baghdad Today"
