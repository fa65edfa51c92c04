"""`/api/v1/framing` and `rasad framing` over a real seed database: filters, groups, links to
the exact words, category shares; the story page's outlets side by side per target; and the
backfill that fills the table for a database stored before it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.cli import main
from rasad.config import Settings
from rasad.services.framing import backfill_framing
from rasad.store import FramingFilter
from rasad.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def client(seed_db):
    return TestClient(create_app(Settings(db=str(seed_db))))


def test_items_link_to_the_exact_words(client):
    found = client.get("/api/v1/framing", params={"limit": 500}).json()
    assert found["total"] == len(found["items"]) > 10
    for item in found["items"]:
        doc = client.get(f"/api/v1/documents/{item['doc']}").json()
        field = doc["text"] if item["field"] == "text" else doc["title"]
        assert field[item["start"] : item["end"]] == item["text"]
        if item["field"] == "text":
            assert item["link"].endswith(f"?hl={item['start']}-{item['end']}#evidence")


def test_filters_and_groups(client):
    us = client.get("/api/v1/framing", params={"target": "US forces", "limit": 500}).json()
    assert us["total"] > 0 and {i["target"] for i in us["items"]} == {"US forces"}
    outlets = {row["value"]: row for row in us["by"]["outlet"]}
    assert sum(r["occurrences"] for r in outlets.values()) == us["total"]
    labels = client.get(
        "/api/v1/framing", params={"target": "US forces", "category": "label", "lang": "fa"}
    ).json()
    assert 0 < labels["total"] < us["total"]
    assert all(i["category"] == "label" and i["lang"] == "fa" for i in labels["items"])
    quoted = client.get("/api/v1/framing", params={"voice": "quoted"}).json()
    assert all(i["voice"] == "quoted" for i in quoted["items"])
    assert client.get("/api/v1/framing", params={"outlet": "nowhere"}).json()["total"] == 0


def test_category_shares_per_outlet_and_target(client):
    shares = client.get("/api/v1/framing", params={"target": "US forces"}).json()["shares"]
    assert shares and all(row["target"] == "US forces" for row in shares)
    for row in shares:
        for month in row["months"]:
            assert month["documents"] >= 1
            assert all(0 < c["share"] <= 1 for c in month["categories"].values())
        # the denominator is the outlet's articles about US forces, framing them or not
        assert row["documents"] == sum(m["documents"] for m in row["months"])
        assert all(c["documents"] <= row["documents"] for c in row["categories"].values())


def test_shares_by_year(client):
    found = client.get("/api/v1/framing", params={"target": "US forces", "period": "year"}).json()
    assert found["period"] == "year" and found["shares"]
    by_month = client.get("/api/v1/framing", params={"target": "US forces"}).json()["shares"]
    for yearly, monthly in zip(found["shares"], by_month, strict=True):
        assert all(len(m["month"]) == 4 or m["month"] == "unknown" for m in yearly["months"])
        assert yearly["documents"] == monthly["documents"]  # the same articles, by year
    assert client.get("/api/v1/framing", params={"period": "week"}).status_code == 422


def test_outlet_framing_gives_the_shares_per_target(client):
    outlets = client.get("/api/v1/outlets/framing").json()["outlets"]
    cells = [cell for o in outlets for cell in o["targets"]]
    assert cells and all(0 < c["share"] <= 1 for cell in cells for c in cell["categories"].values())
    framed = client.get("/api/v1/framing").json()["shares"]
    assert len(cells) == len(framed)


def test_story_page_compares_outlets_per_target(client):
    story = client.get("/api/v1/stories").json()["stories"][0]["id"]
    page = client.get(f"/api/v1/stories/{story}").json()
    table = page["framing_by_target"]
    assert table and all(row["outlets"] for row in table)
    assert set(page["framing"]) <= set(page["documents"])  # the export's shape is kept


def test_cli_prints_the_same_answer(seed_db):
    runner = CliRunner()
    out = runner.invoke(main, ["--db", str(seed_db), "framing", "--json", "--limit", "5"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["total"] > 0
    items = runner.invoke(main, ["--db", str(seed_db), "framing", "--by", "items"])
    assert items.exit_code == 0 and "→" in items.output
    shares = runner.invoke(main, ["--db", str(seed_db), "framing", "--by", "shares"])
    assert shares.exit_code == 0 and "articles about it" in shares.output
    yearly = ["--db", str(seed_db), "framing", "--by", "shares", "--period", "year"]
    assert runner.invoke(main, yearly).exit_code == 0


def test_cli_says_unknown_where_no_target_is_given(seed_db):
    """A term the stage leaves without a target is "unknown" to the reader, not "(generic)":
    the stage leaves a target unanswered when it cannot tell, not only for a generic use."""
    runner = CliRunner()
    found = json.loads(
        runner.invoke(main, ["--db", str(seed_db), "framing", "--json", "--limit", "500"]).output
    )
    assert any(item["target"] is None for item in found["items"])
    args = ["--db", str(seed_db), "framing", "--by", "items", "--limit", "500"]
    items = runner.invoke(main, args).output
    assert "→ unknown  [" in items and "(generic)" not in items


def test_backfill_fills_a_database_stored_before(fresh_db):
    store = SQLiteStore(fresh_db.db)
    total = store.framing_terms(FramingFilter(), 1, 0)[0]
    about = store.conn.execute("SELECT count(*) FROM framing_about").fetchone()[0]
    assert about > 0
    store.conn.execute("DELETE FROM framing_terms")
    store.conn.execute("DELETE FROM framing_about")
    store.conn.commit()
    backfill_framing(store, fresh_db)
    assert store.framing_terms(FramingFilter(), 1, 0)[0] == total
    assert store.conn.execute("SELECT count(*) FROM framing_about").fetchone()[0] == about
    store.close()
