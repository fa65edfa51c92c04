"""The story page names an article without a known outlet in the reader's language (the
session-58 look: the seeds' story page in Arabic drew its outlet chart's legend with the
English placeholder "(unknown)" beside «Xinhua News Agency»)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from rasad.api.app import create_app
from rasad.config import Settings


def test_unknown_outlet_is_named_in_the_ui_language(seed_db):
    client = TestClient(create_app(Settings(db=str(seed_db))))
    rows = client.get("/api/v1/stories", params={"limit": 50}).json()["stories"]
    story = max(rows, key=lambda r: r["documents"])["id"]
    coverage = client.get(f"/api/v1/stories/{story}/outlets")
    english = client.get(f"/stories/{story}").text
    arabic = client.get(f"/stories/{story}", params={"ui": "ar"}).text
    persian = client.get(f"/stories/{story}", params={"ui": "fa"}).text
    assert coverage.status_code == 200
    assert "(unknown)" not in english and "unknown outlet" in english
    assert "(unknown)" not in arabic and "وسيلة إعلام غير معروفة" in arabic
    assert "(unknown)" not in persian and "رسانهٔ نامعلوم" in persian
