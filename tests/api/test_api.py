"""The HTTP API and pages, in-process over a real database (SQLite, PostgreSQL) built from the seeds."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.config import Settings
from rasad.services.ingest import ingest_paths
from rasad.store import open_store

SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def db(module_store_url, seeds_dir):
    settings = Settings(db=module_store_url)
    store = open_store(module_store_url)
    ingest_paths([seeds_dir], store, settings)
    store.close()
    return settings


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def test_stats_and_documents(client):
    stats = client.get("/api/v1/stats").json()
    assert stats["documents"] == 5
    listing = client.get("/api/v1/documents", params={"lang": "fa"}).json()
    assert listing["total"] == 2
    assert all(d["dir"] == "rtl" for d in listing["documents"])


def test_document_detail_and_404(client):
    doc = client.get("/api/v1/documents/004_8d11bf5806d1ab79").json()
    assert doc["lang"] == "ar" and doc["title"].startswith("العراق")
    assert "".join(s["text"] for s in doc["segments"]) == doc["text"]
    assert client.get("/api/v1/documents/nope").status_code == 404


def test_the_story_list_address_a_reader_guesses_and_an_unknown_one(db):
    """/stories (guessed from /stories/ID) is the story list at /, with its filters; an
    unknown address is a page in the reader's language, not an English sentence."""
    client = TestClient(create_app(db))  # its own: the reader's language is kept in a cookie
    moved = client.get("/stories", params={"lang": "ar"}, follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == "/?lang=ar"
    assert client.get("/stories").status_code == 200
    page = client.get("/nowhere", params={"ui": "ar"}, headers={"accept": "text/html"})
    assert page.status_code == 404
    assert "لا توجد صفحة بهذا العنوان" in page.text and "no page at" not in page.text
    sid = client.get("/api/v1/stories").json()["stories"][0]["id"]
    persian = client.get(f"/stories/{sid}", params={"ui": "fa"}).text
    assert "<bdi>عراق</bdi>" in persian and "<bdi>Iraq</bdi>" not in persian  # a known place


def test_stories_entities_timeline(client):
    stories = client.get("/api/v1/stories").json()
    assert stories["total"] >= 1
    sid = stories["stories"][0]["id"]
    story = client.get(f"/api/v1/stories/{sid}").json()
    assert story["timeline"] and story["coverage"]
    assert client.get(f"/api/v1/stories/{sid}/timeline").json() == story["timeline"]
    entities = client.get("/api/v1/entities", params={"type": "PER"}).json()["entities"]
    kadhimi = next(e for e in entities if e["name"] == "Mustafa al-Kadhimi")
    detail = client.get(f"/api/v1/entities/{kadhimi['id']}").json()
    assert {"ar", "fa"} <= set(detail["names"]) and detail["quotes"]
    assert kadhimi["document_count"] == len(detail["documents"]) >= 2
    one = client.get("/api/v1/entities", params={"type": "PER", "documents": 1}).json()
    assert [e["documents"] for e in one["entities"]] == [e["documents"][:1] for e in entities]
    assert client.get("/api/v1/stories/nope").status_code == 404


def test_a_storys_entities_lead_with_those_in_most_of_its_documents(client):
    """On a story's page an entity is counted in that story's documents, not across the whole
    database, and the entities in most of them come first."""
    sid = client.get("/api/v1/stories").json()["stories"][0]["id"]
    members = client.get("/api/v1/documents", params={"story": sid, "limit": 100}).json()
    listed = client.get("/api/v1/entities", params={"story": sid, "limit": 500}).json()
    counts = [e["story_documents"] for e in listed["entities"]]
    assert counts == sorted(counts, reverse=True) and 1 <= counts[-1] <= counts[0]
    assert counts[0] <= members["total"]
    for e in listed["entities"][:5]:
        docs = client.get(f"/api/v1/entities/{e['id']}", params={"documents": 100}).json()
        in_story = {d["id"] for d in members["documents"]} & set(docs["documents"])
        assert len(in_story) == e["story_documents"], e["name"]
    page = client.get(f"/stories/{sid}").text
    first = listed["entities"][0]
    assert f'{first["name"]}</bdi> <span class="n" title="documents of this story' in page


def test_a_search_hit_without_a_title_shows_its_opening_words_as_the_lists_do(client):
    hits = client.get("/api/v1/search", params={"q": "الكاظمي"}).json()["results"]
    listed = {d["id"]: d["title"] for d in client.get("/api/v1/documents").json()["documents"]}
    assert len(hits) == 5 and all(h["title"] == listed[h["id"]] for h in hits)
    untitled = [
        h for h in hits if client.get(f"/api/v1/documents/{h['id']}").json()["title"] is None
    ]
    assert untitled  # plain-text seeds carry no headline
    for h in untitled:
        text = client.get(f"/api/v1/documents/{h['id']}").json()["text"]
        assert h["title"] == text[:90]


def test_document_chips_and_quote_speakers_are_named_as_the_entity_list_names_them(client):
    """Most entities have no gazetteer name: the pages name them by their most written form,
    never "None"."""
    import re

    listed = client.get("/api/v1/entities", params={"limit": 500}).json()["entities"]
    names = {e["id"]: e["name"] for e in listed}
    unnamed = 0
    for d in client.get("/api/v1/documents").json()["documents"]:
        page = client.get(f"/documents/{d['id']}").text
        chips = page.split('id="entity-chips"', 1)[1].split("</p>", 1)[0]
        for eid, name in re.findall(r'href="/entities/([^"]+)"[^>]*><bdi>([^<]*)</bdi>', chips):
            assert name == names[eid] and name != "None"
            unnamed += eid in names and not any(ch.isascii() for ch in name[:1])
    assert unnamed  # some chips are named by a written form, not a gazetteer's name
    speaker = next(
        q["speaker"] for q in client.get("/api/v1/quotes").json()["quotes"] if q["speaker"]
    )
    page = client.get("/quotes", params={"entity": speaker}).text
    assert f"<bdi>{names[speaker]}</bdi>" in page


def test_entity_page_pages_its_lists(client):
    """The entity page's mentions, quotes and documents are paged by query parameters, in the
    JSON and in the HTML page; the counts stay whole."""
    entities = client.get("/api/v1/entities", params={"type": "PER"}).json()["entities"]
    kadhimi = next(e for e in entities if e["name"] == "Mustafa al-Kadhimi")
    url = f"/api/v1/entities/{kadhimi['id']}"
    whole = client.get(url, params={"mentions_limit": 500, "quotes_limit": 500}).json()
    assert whole["mention_page"]["total"] == whole["mentions"] == len(whole["mention_list"])
    assert whole["quote_page"]["total"] == len(whole["quotes"]) >= 2
    assert whole["languages"] and whole["outlets"] and whole["timeline"]
    assert whole["story_count"] == len(whole["stories"]) >= 1
    paged = {"mentions_limit": 1, "mentions_offset": 1, "quotes_limit": 1, "quotes_offset": 1}
    cut = client.get(url, params={**paged, "documents": 1}).json()
    assert cut["mention_list"] == whole["mention_list"][1:2]
    assert cut["quotes"] == whole["quotes"][1:2]
    assert cut["documents"] == whole["documents"][:1]
    assert cut["document_count"] == whole["document_count"] == kadhimi["document_count"]
    assert client.get(url, params={"mentions_limit": 501}).status_code == 422
    page = client.get(f"/entities/{kadhimi['id']}", params={"quotes_limit": 1}).text
    assert f"1–1 of {whole['quote_page']['total']}" in page and "quotes_offset=1" in page
    assert f"in {whole['document_count']} documents" in page
    assert "unknown" in whole["outlets"]  # seeds without an outlet: named as unknown, no link
    assert "unknown outlet" in page and "outlet=unknown" not in page


def test_pages_render_rtl(client):
    page = client.get("/documents")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    doc = client.get("/documents/003_f61f837da6da8ccb")
    assert doc.status_code == 200
    assert 'dir="rtl" lang="fa"' in doc.text and "boilerplate lines removed" in doc.text


def test_posted_article_is_escaped_in_pages(client):
    article = {
        "id": "xss",
        "title": f"Title {SCRIPT}",
        "text": f"The minister spoke in Baghdad on Monday about the talks. {SCRIPT} He said more talks would follow.",
    }
    result = client.post("/api/v1/documents", json=[article]).json()
    assert result["added"] == 1
    page = client.get("/documents/xss").text
    assert SCRIPT not in page and "&lt;script&gt;" in page
    assert SCRIPT not in client.get("/").text


def test_token_required_when_configured(db):
    guarded = TestClient(create_app(db, token="s3cret"))
    assert guarded.get("/api/v1/stats").status_code == 401
    ok = guarded.get("/api/v1/stats", headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200


def test_search_endpoint_across_scripts(client):
    persian = client.get("/api/v1/search", params={"q": "الکاظمی"}).json()
    arabic = client.get("/api/v1/search", params={"q": "الكاظمي", "lang": "ar"}).json()
    assert persian["total"] >= 5 and arabic["total"] == 3
    assert all("<mark>" in r["snippet"] for r in persian["results"])
    page = client.get("/search", params={"q": SCRIPT}).text
    assert SCRIPT not in page


def test_search_counts_its_hits_in_each_language_whatever_language_is_chosen(client):
    """A name typed in one script ranks that script's documents first; the counts by language
    tell the reader how many the other scripts hold, and stay when one language is chosen."""
    everywhere = client.get("/api/v1/search", params={"q": "الکاظمی"}).json()
    assert sum(everywhere["languages"].values()) == everywhere["total"]
    assert {"ar", "fa"} <= set(everywhere["languages"])
    arabic = client.get("/api/v1/search", params={"q": "الکاظمی", "lang": "ar"}).json()
    assert arabic["total"] == everywhere["languages"]["ar"]
    assert arabic["languages"] == everywhere["languages"]
    page = client.get("/search", params={"q": "الکاظمی"}).text
    assert f'<span class="n">{everywhere["languages"]["fa"]}</span>' in page


def test_search_lists_the_outlets_of_its_hits_with_their_counts(client):
    """The outlet links of the search page are the outlets the hits come from, most first, each
    with its count; choosing one keeps the others' counts (every other filter applied)."""
    everywhere = client.get("/api/v1/search", params={"q": "الکاظمی"}).json()
    assert sum(everywhere["outlets"].values()) == everywhere["total"]
    assert len(everywhere["outlets"]) >= 2
    outlet, n = next((o, n) for o, n in everywhere["outlets"].items() if o != "(unknown)")
    one = client.get("/api/v1/search", params={"q": "الکاظمی", "outlet": outlet}).json()
    assert one["total"] == n and one["outlets"] == everywhere["outlets"]
    page = client.get("/search", params={"q": "الکاظمی"}).text
    facet = page[page.index('data-facet="outlet"') :].split("</div>", 1)[0]
    shown = [o for o in everywhere["outlets"] if o != "(unknown)"]
    assert all(
        f'<bdi>{o}</bdi> <span class="n">{everywhere["outlets"][o]}</span>' in facet for o in shown
    )
    stored = client.get("/api/v1/stats").json()["outlets"]
    assert all(f"<bdi>{o}</bdi>" not in facet for o in stored if o not in everywhere["outlets"])


def test_quotes_and_export_endpoints(client):
    from rasad.analysis.export import validate_export

    quotes = client.get("/api/v1/quotes").json()
    assert quotes["total"] > 0 and all(q["text"] for q in quotes["quotes"])
    speaker = next(q["speaker"] for q in quotes["quotes"] if q["speaker"])
    only = client.get("/api/v1/quotes", params={"entity": speaker}).json()
    assert only["total"] >= 1 and all(q["speaker"] == speaker for q in only["quotes"])
    assert validate_export(client.get("/api/v1/export").json()) == []
