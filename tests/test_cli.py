"""The command line, run as a user runs it (a real process, a real database)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rasad.analysis.export import validate_export


def rasad(*args: str, db: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "RASAD_DB": str(db)}
    return subprocess.run(
        [sys.executable, "-m", "rasad.cli", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_ingest_stats_show_export(seeds_dir, tmp_path: Path):
    db = tmp_path / "cli.db"
    run = rasad("ingest", str(seeds_dir), db=db)
    assert run.returncode == 0, run.stderr
    assert "5 documents added" in run.stderr
    stats = json.loads(rasad("stats", "--json", db=db).stdout)
    assert stats["documents"] == 5
    shown = rasad("show", "004_8d11bf5806d1ab79", "--no-bidi", db=db)
    assert "العراق يؤكد" in shown.stdout and "language   ar" in shown.stdout
    found = rasad("search", "Kadhimi", db=db)  # Latin query, Arabic and Persian hits
    assert found.returncode == 0 and "documents match 'Kadhimi'" in found.stderr
    assert "matched Kadhimi → الكاظمي (entity)" in found.stdout
    assert "matched Kadhimi → مصطفی الکاظمی (entity)" in found.stdout
    assert "by language: " in found.stderr and "by outlet: " in found.stderr
    zwnj = rasad("search", "خبرگزاری\u200cها", db=db)  # a Persian query with its ZWNJ
    assert "\\u200c" not in zwnj.stderr and "match 'خبرگزاری\u200cها'" in zwnj.stderr
    out = tmp_path / "export.json"
    assert rasad("export", "-o", str(out), db=db).returncode == 0
    assert validate_export(json.loads(out.read_text("utf-8"))) == []


def test_rejected_input_exit_code_and_message(tmp_path: Path):
    (tmp_path / "bad.html").write_bytes(b"%PDF-1.4 binary")
    run = rasad("ingest", str(tmp_path / "bad.html"), db=tmp_path / "x.db")
    assert run.returncode == 3
    assert "rejected:" in run.stderr and "PDF" in run.stderr


def test_show_unknown_document_is_a_clear_error(tmp_path: Path):
    run = rasad("show", "nope", db=tmp_path / "x.db")
    assert run.returncode == 1 and "no document 'nope'" in run.stderr


def test_analyze_file_and_jsonl(seeds_dir, tmp_path: Path):
    (seed,) = seeds_dir.glob("001_*.txt")
    run = rasad("analyze", str(seed), "--published", "2020-11-18", db=tmp_path / "unused.db")
    doc = json.loads(run.stdout)
    assert doc["id"] == seed.stem and doc["lang"] == "ar" and doc["title"].startswith("الكاظمي")
    assert not (tmp_path / "unused.db").exists()
    lines = [
        json.dumps({"id": "x1", "text": seed.read_text("utf-8")}, ensure_ascii=False),
        json.dumps(
            {
                "id": "x2",
                "text": "The prime minister said the troops would leave soon, officials in Baghdad confirmed on Monday.",
                "lang": "en",
            }
        ),
    ]
    run = rasad("analyze", "--jsonl", "-", db=tmp_path / "unused.db", stdin="\n".join(lines))
    out = [json.loads(line) for line in run.stdout.splitlines()]
    assert [o["id"] for o in out] == ["x1", "x2"] and [o["lang"] for o in out] == ["ar", "en"]


def test_story_commands_print_what_the_api_serves(seeds_dir, tmp_path: Path):
    """story, timeline, promises, quotes and entities read the ingest's stored views through
    the API's view functions, so they answer as the API does (and cost what it costs)."""
    from rasad.analysis import pages
    from rasad.services import queries as views
    from rasad.store import open_store

    db = tmp_path / "cli.db"
    assert rasad("ingest", str(seeds_dir), db=db).returncode == 0
    (listed,) = json.loads(rasad("stories", "--json", db=db).stdout)

    def cli_json(*args: str):
        run = rasad(*args, "--json", db=db)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)

    store = open_store(str(db))
    try:
        page = views.story_detail(store, listed["id"])
        promised = views.story_part_list(store, "promises", window=pages.Page(500))["promises"]
        top = views.entity_list(store, window=pages.Page(5), documents=20)["entities"]
    finally:
        store.close()
    assert cli_json("story", listed["id"]) == page
    assert cli_json("timeline", listed["id"]) == page["timeline"]
    assert cli_json("promises", "--limit", "500") == promised and promised
    assert cli_json("entities", "--limit", "5") == top
    speaker = next(q["speaker"] for q in cli_json("quotes") if q["speaker"])
    said = cli_json("quotes", "--entity", speaker)
    assert said and {q["speaker"] for q in said} == {speaker}

    shown = rasad("promises", "--limit", "1", db=db)
    assert shown.stdout.count(" due ") == 1 and "more (raise --limit)" in shown.stderr
    missing = rasad("story", "nope", db=db)
    assert missing.returncode == 1 and "no story 'nope'" in missing.stderr


def test_entity_command_pages_what_the_api_shows(seeds_dir, tmp_path: Path):
    db = tmp_path / "cli.db"
    assert rasad("ingest", str(seeds_dir), db=db).returncode == 0
    from rasad.services.queries import entity_list
    from rasad.store.sqlite import SQLiteStore

    store = SQLiteStore(db)
    top = entity_list(store)["entities"][0]
    store.close()
    run = rasad("entity", top["id"], "--json", "--mentions", "1", db=db)
    assert run.returncode == 0, run.stderr
    shown = json.loads(run.stdout)
    assert shown["id"] == top["id"] and len(shown["mention_list"]) == 1
    assert shown["mention_page"] == {"total": top["mentions"], "limit": 1, "offset": 0}
    text = rasad("entity", top["id"], db=db).stdout
    assert f"{top['mentions']} mentions in {top['document_count']} documents" in text
    missing = rasad("entity", "e-none", db=db)
    assert missing.returncode == 1 and "no entity 'e-none'" in missing.stderr


def test_export_does_not_depend_on_the_hash_seed(seeds_dir, tmp_path: Path):
    """Two runs of `rasad export` with different string hashing write the same export (ties
    among a story's shared entities and co-occurring entities are broken by id)."""
    db = tmp_path / "cli.db"
    assert rasad("ingest", str(seeds_dir), db=db).returncode == 0
    exports = []
    for seed in ("1", "2"):
        out = tmp_path / f"export-{seed}.json"
        env = {**os.environ, "RASAD_DB": str(db), "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-m", "rasad.cli", "export", "-o", str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr
        exports.append({**json.loads(out.read_text("utf-8")), "generated_at": None})
    assert exports[0] == exports[1]


def test_outlets_corrections_and_quotes_from_the_command_line(seeds_dir, tmp_path: Path):
    """What the API offers for outlets, corrections and quotes, the CLI offers too."""
    db = tmp_path / "cli.db"
    assert rasad("ingest", str(seeds_dir), db=db).returncode == 0
    profiles = tmp_path / "mine.csv"
    profiles.write_text(
        "name,aliases,domains,country,lang,type,source\n"
        "Islamic World News,,,,,private,my notes\n"
        "Baghdad Today,بغداد اليوم,baghdadtoday.news,IQ,ar,private,https://baghdadtoday.news/\n",
        encoding="utf-8",
    )
    run = rasad("outlets", "import", str(profiles), db=db)
    assert run.returncode == 0 and "imported 2 outlet profiles" in run.stderr
    listed = {o["name"]: o for o in json.loads(rasad("outlets", "list", "--json", db=db).stdout)}
    assert listed["Islamic World News"]["type"] == "private"
    assert listed["Islamic World News"]["domains"] == ["iswnews.com"]
    assert "Baghdad Today" in rasad("outlets", "list", db=db).stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("name,type\nX,tabloid\n", encoding="utf-8")
    refused = rasad("outlets", "import", str(bad), db=db)
    assert refused.returncode == 1 and "tabloid" in refused.stderr

    undated = "000_b2b0f032495ca565"
    made = rasad("correct", "date", undated, "2021-12-11", "--by", "analyst", db=db)
    assert made.returncode == 0, made.stderr
    assert "correction 1:" in made.stdout and "by analyst" in made.stdout
    shown = json.loads(rasad("show", undated, "--json", db=db).stdout)
    assert shown["published"]["value"] == "2021-12-11"
    assert {d["text"]: d["value"] for d in shown["dates"]}["سیزدهم آذر ماه جاری"] == "2021-12-04"
    assert rasad("correct", "outlet", undated, "Tasnim", "--by", "analyst", db=db).returncode == 0
    listed = rasad("correct", "list", undated, db=db).stdout.splitlines()
    assert len(listed) == 2 and "Tasnim News Agency" in listed[1]

    quotes = json.loads(rasad("quotes", "--outlet", "Tasnim News Agency", "--json", db=db).stdout)
    assert quotes and {q["doc"] for q in quotes} == {undated}
    assert json.loads(rasad("quotes", "--from", "2021-12-01", "--json", db=db).stdout) == quotes
    arabic = json.loads(rasad("quotes", "--lang", "ar", "--to", "2021-08", "--json", db=db).stdout)
    assert arabic and all(q["lang"] == "ar" and q["published"] <= "2021-08-31" for q in arabic)
    longest = max(arabic, key=lambda q: len(q["text"]))
    full = rasad("quotes", "--lang", "ar", "--to", "2021-08", "--full", db=db).stdout
    assert " ".join(longest["text"].split()) in full
    assert " ".join(longest["text"].split()) not in rasad("quotes", "--lang", "ar", db=db).stdout
    # a direct quote is shown in «», a reported one after ~ (the help says which is which)
    shown = full.splitlines()
    for q in arabic:
        words = " ".join(q["text"].split())
        line = next(x for x in shown if words in x)
        assert (f"«{words}»" in line) == q["direct"] and (f"~ {words}" in line) != q["direct"]

    undo = rasad("correct", "undo", "1", "--by", "lead", db=db)
    assert undo.returncode == 0 and "undone by lead" in undo.stdout
    assert json.loads(rasad("show", undated, "--json", db=db).stdout)["published"] is None
    assert rasad("correct", "undo", "1", db=db).returncode == 1

    speaker = next(q["speaker"] for q in arabic if q["speaker"])
    text = rasad("entity", speaker, "--show-quotes", "--show-mentions", db=db).stdout
    assert "quotes 1–" in text and "mentions 1–" in text
    assert rasad("entity", speaker, db=db).stdout.count("\n  ") < text.count("\n  ")


def test_the_story_list_says_undated_rather_than_question_marks():
    from rasad.cli import _span

    assert _span(None, None) == "undated"
    assert _span("2020-11-18", None) == "2020-11-18 … ?"
    assert _span("2020-11", "2021-08-09") == "2020-11 … 2021-08-09"
