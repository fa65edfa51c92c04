"""`rasad eval archive`: every corpus article and the seeds ingested together, scored with every
label there is.

The stream: every record of `../shared/corpus/*/articles.jsonl` (folders in sorted order),
shuffled with `random.Random(20261202)`, written as JSONL chunks of 250 records (`0000.jsonl`,
…), and each seed file of `../shared/seeds` copied beside them at a random chunk boundary
(`0007_seed_<name>.txt`, drawn from the same generator). `rasad ingest FOLDER` reads files in
sorted order, so the folder's order is the stream's. The whole stream is about 9,330 articles.

Scores, over the stories (and events) as stored:
- ntrex_ar_fa_en: B-cubed of the stories against the `story` field (one article in three
  languages), over the 369 ntrex documents only, and over each half `rasad eval clustering`
  splits them into (dev, where settings may be chosen, and test) (other documents merged into their stories
  lower precision through the other scores below, not this one);
- saudinewsnet events: B-cubed of rasad's events and stories against
  `eval/labels/saudinewsnet_events.tsv` (all labelled articles and the test two-thirds);
- seeds: the files named `*_seed_*` must form one story with no other document in it;
- BBC: a story holding BBC articles of two of its five topics (`label`) is mixed;
- era: a story joining articles whose corpus dates (`published`, where the corpus has one) are
  more than 5 years apart; the stories and the pairs of such articles are counted;
- entities: the share of each language's common words (`data/gazetteers/common_words.tsv`)
  that became a name of an entity (`entity_names`, read as `is_common` reads a surface);
- the ten largest stories with their titles, and the time taken.

A database is read as stored, read-only (`--db`), so a copy of an older release's database is
scored without being migrated.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from rasad.eval.clustering import NTREX_DEV_SHARE, bcubed, event_labels, split_of

SEED = 20261202
CHUNK = 250
ERA_YEARS = 5
SEED_MARK = "_seed_"


def stream_records(shared: Path) -> list[str]:
    """Every corpus record (a JSONL line), corpus folders in sorted order."""
    records = []
    for folder in sorted((shared / "corpus").iterdir()):
        path = folder / "articles.jsonl"
        if path.exists():
            text = path.read_text(encoding="utf-8")
            records += [line for line in text.splitlines() if line.strip()]
    return records


def build_stream(shared: Path, out: Path, limit: int | None = None) -> dict[str, Any]:
    """Write the whole-archive stream into `out` (emptied first); with `limit`, only the first
    `limit` records of the same shuffled stream, with every seed (a seed placed past the last
    chunk comes after it). Returns counts and where the seeds went."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    records = stream_records(shared)
    rng = random.Random(SEED)
    rng.shuffle(records)
    chunks = [records[i : i + CHUNK] for i in range(0, len(records), CHUNK)]
    seeds = sorted((shared / "seeds").glob("*.txt"))
    spots = {s.name: rng.randrange(len(chunks) + 1) for s in seeds}
    if limit is not None:
        records = records[:limit]
        chunks = [records[i : i + CHUNK] for i in range(0, len(records), CHUNK)]
        spots = {name: min(spot, len(chunks)) for name, spot in spots.items()}
    for i, chunk in enumerate(chunks):
        (out / f"{i:04d}.jsonl").write_text("\n".join(chunk) + "\n", encoding="utf-8")
    for s in seeds:
        shutil.copy(s, out / f"{spots[s.name]:04d}{SEED_MARK}{s.name}")
    return {"records": len(records), "chunks": len(chunks), "seeds": spots}


def ingest_stream(folder: Path, db: Path) -> dict[str, Any]:
    """Ingest the stream folder into a fresh SQLite database with the default settings."""
    from rasad.config import load_settings
    from rasad.services.ingest import ingest_paths
    from rasad.services.materialize import open_store

    settings = load_settings(db=str(db))
    store = open_store(str(db), settings)
    started = time.perf_counter()
    try:
        report = ingest_paths([folder], store, settings)
    finally:
        store.close()
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "summary": report.summary()}


def read_database(db: Path) -> dict[str, Any]:
    """Documents (in ingest order), stories and entity names of a SQLite database, read-only."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        docs = [
            {
                "id": row[0],
                "lang": row[1],
                "title": row[2],
                "rejected": row[3],
                "story": row[4],
                "event": row[5],
                "published": row[6],
            }
            for row in con.execute(
                "SELECT id, lang, title, rejected, json_extract(record, '$.story'), "
                "json_extract(record, '$.event'), published FROM documents ORDER BY seq"
            )
        ]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        stories = {}
        if "stories" in tables:
            for row in con.execute("SELECT id, title, size, languages FROM stories"):
                stories[row[0]] = {"title": row[1], "size": row[2], "languages": row[3]}
        names = []
        if "entity_names" in tables:
            names = list(con.execute("SELECT lang, text, n FROM entity_names"))
    finally:
        con.close()
    return {"documents": docs, "stories": stories, "names": names}


def corpus_fields(shared: Path) -> dict[str, dict[str, Any]]:
    """{article id: its story, label, corpus folder and date} for every corpus article."""
    out = {}
    for folder in sorted((shared / "corpus").iterdir()):
        path = folder / "articles.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    item = json.loads(line)
                    out[item["id"]] = {
                        "corpus": folder.name,
                        "story": item.get("story"),
                        "label": item.get("label"),
                        "published": (item.get("published") or "")[:10] or None,
                    }
    return out


def _bcubed(gold: list[str], pred: list[str]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in bcubed(list(gold), list(pred)).items()} if gold else {}


def era_check(members: dict[str, list[str]], known: dict[str, date]) -> dict[str, Any]:
    """Stories joining articles whose known dates are more than ERA_YEARS apart, and pairs."""
    limit = ERA_YEARS * 365.25
    stories, pairs, worst = 0, 0, []
    for story, ids in members.items():
        days = sorted(known[i] for i in ids if i in known)
        if len(days) < 2 or (days[-1] - days[0]).days <= limit:
            continue
        stories += 1
        ordinals = [d.toordinal() for d in days]
        j = 0
        for d in ordinals:  # pairs (earlier, later) more than `limit` apart
            while j < len(ordinals) and ordinals[j] - d <= limit:
                j += 1
            pairs += len(ordinals) - j
            if j == len(ordinals):
                break
        worst.append((story, days[0].isoformat(), days[-1].isoformat(), len(ids)))
    worst.sort(key=lambda w: (w[1], w[0]))
    return {"stories": stories, "pairs": pairs, "examples": worst[:5]}


def common_word_share(names: list[tuple[str, str, int]]) -> dict[str, dict[str, Any]]:
    """Per language, how many of its common words are a name of some entity, and the share."""
    from rasad.entities.recognise import is_common, word_lists
    from rasad.text.normalize import normalize

    lists = word_lists("common_words.tsv")
    became: dict[str, Counter[str]] = defaultdict(Counter)
    for lang, text, n in names:
        if lang in lists and is_common(text, lang):
            became[lang][normalize(text)] += n
    out = {}
    for lang in sorted(lists):
        words = became.get(lang, Counter())
        out[lang] = {
            "common_words": len(lists[lang]),
            "variants": len(words),
            "share": round(len(words) / len(lists[lang]), 4),
            "top": [w for w, _ in words.most_common(8)],
        }
    return out


def score_database(data: dict[str, Any], shared: Path) -> dict[str, Any]:
    """Every archive score of a database read by `read_database`."""
    fields = corpus_fields(shared)
    docs = [d for d in data["documents"] if d["story"]]
    members: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        members[d["story"]].append(d["id"])
    result: dict[str, Any] = {
        "documents": len(data["documents"]),
        "placed": len(docs),
        "stories": len(members),
        "singletons": sum(len(m) == 1 for m in members.values()),
    }
    ntrex = [(fields[d["id"]]["story"], d["story"]) for d in docs if _in(fields, d, "ntrex")]
    result["ntrex"] = {
        "documents": len(ntrex),
        **_bcubed([g for g, _ in ntrex], [p for _, p in ntrex]),
    }
    for half in ("dev", "test"):  # the halves `rasad eval clustering` splits ntrex into
        part = [x for x in ntrex if split_of(x[0], NTREX_DEV_SHARE) == half]
        result["ntrex"][half] = _bcubed([g for g, _ in part], [p for _, p in part])
    labels = event_labels()
    snn = [
        (labels[d["id"]], d["event"] or d["story"], d["story"]) for d in docs if d["id"] in labels
    ]
    test = [x for x in snn if split_of(x[0]) == "test"]
    result["saudinewsnet"] = {
        "documents": len(snn),
        "events": _bcubed([x[0] for x in snn], [x[1] for x in snn]),
        "stories": _bcubed([x[0] for x in snn], [x[2] for x in snn]),
        "test_events": _bcubed([x[0] for x in test], [x[1] for x in test]),
        "test_stories": _bcubed([x[0] for x in test], [x[2] for x in test]),
    }
    seed_stories = Counter(d["story"] for d in docs if SEED_MARK in d["id"])
    seed_story = seed_stories.most_common(1)[0][0] if seed_stories else None
    intruders = [i for s in seed_stories for i in members[s] if SEED_MARK not in i]
    result["seeds"] = {
        "seeds": sum(seed_stories.values()),
        "stories": len(seed_stories),
        "story": seed_story,
        "intruders": len(intruders),
        "intruder_examples": intruders[:8],
    }
    mixed = []
    for story, ids in members.items():
        topics = Counter(
            fields[i]["label"] for i in ids if fields.get(i, {}).get("corpus") == "bbc_news_en"
        )
        if len(topics) > 1:
            mixed.append((story, dict(topics)))
    result["bbc"] = {
        "documents": sum(_in(fields, d, "bbc") for d in docs),
        "mixed_stories": len(mixed),
        "examples": mixed[:5],
    }
    known = {i: date.fromisoformat(f["published"]) for i, f in fields.items() if f["published"]}
    result["era"] = era_check(members, known)
    result["common_words"] = common_word_share(data["names"])
    top = sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:10]
    titles = {d["id"]: d["title"] for d in docs}
    result["top_stories"] = [
        {
            "story": story,
            "size": len(ids),
            "title": (data["stories"].get(story) or {}).get("title") or titles.get(ids[0]),
            "corpora": dict(Counter(fields.get(i, {}).get("corpus", "seeds") for i in ids)),
            "span": _span([known[i] for i in ids if i in known]),
        }
        for story, ids in top
    ]
    return result


def _span(days: list[date]) -> str | None:
    """The first and last of the corpus dates of a story's articles ("2015-08-01..2015-08-04")."""
    return f"{min(days).isoformat()}..{max(days).isoformat()}" if days else None


def _in(fields: dict[str, dict[str, Any]], doc: dict[str, Any], prefix: str) -> bool:
    return fields.get(doc["id"], {}).get("corpus", "").startswith(prefix)


def evaluate_archive(
    shared: Path,
    limit: int | None = None,
    db: Path | None = None,
    keep: Path | None = None,
    alone: bool = False,
) -> dict[str, Any]:
    """Build the stream, ingest it into a fresh database and score it; with `db`, score that
    database as it is. `keep` is where the fresh database goes (default: a temporary folder)."""
    timing: dict[str, Any] = {}
    if db is None:
        with tempfile.TemporaryDirectory(prefix="rasad-archive-") as tmp:
            stream = build_stream(shared, Path(tmp) / "stream", limit)
            target = keep or Path(tmp) / "archive.db"
            if target.exists():
                raise FileExistsError(f"{target} exists: the archive is ingested fresh")
            timing = {"stream": stream, **ingest_stream(Path(tmp) / "stream", target)}
            data = read_database(target)
    else:
        data = read_database(db)
    result = score_database(data, shared)
    if timing:
        seeds = timing["stream"].pop("seeds")
        timing["seed_chunks"] = sorted(seeds.values())
        timing["docs_per_s"] = round(result["documents"] / timing["seconds"], 2)
        timing["seconds"] = round(timing["seconds"], 1)
    result["ingest"] = timing or {"database": str(db)}
    if alone:
        result["alone"] = clustered_alone(shared)
    return result


def clustered_alone(shared: Path) -> dict[str, Any]:
    """ntrex stories and Saudi News Net events clustered alone (`rasad eval clustering`)."""
    from rasad.eval.clustering import evaluate_clustering

    out = {}
    for name, system in (("ntrex_ar_fa_en", "rasad stories"), ("saudinewsnet", "rasad events")):
        rows = evaluate_clustering(shared, name)[name]["rows"]
        for row in (r for r in rows if r["system"] == system):  # SNN has no "all" split
            out[f"{name} {row['split']}"] = {
                k: round(row[k], 4) for k in ("precision", "recall", "f1")
            }
    return out


def format_archive_report(r: dict[str, Any]) -> str:
    def f1(x: dict[str, float]) -> str:
        if "f1" not in x:
            return "n/a"
        return f"P {x['precision']:.3f} R {x['recall']:.3f} F1 {x['f1']:.3f}"

    snn, seeds, era = r["saudinewsnet"], r["seeds"], r["era"]
    lines = [
        f"documents {r['documents']}, placed in stories {r['placed']}, stories {r['stories']} "
        f"({r['singletons']} of one document)",
        f"ntrex stories B3 ({r['ntrex']['documents']} docs): {f1(r['ntrex'])}; "
        f"dev {f1(r['ntrex'].get('dev', {}))}; test {f1(r['ntrex'].get('test', {}))}",
        f"saudinewsnet events B3 ({snn['documents']} docs): {f1(snn['events'])}; "
        f"test {f1(snn['test_events'])}",
        f"saudinewsnet stories vs events B3: {f1(snn['stories'])}; test {f1(snn['test_stories'])}",
        f"seeds: {seeds['seeds']} seeds in {seeds['stories']} stor"
        f"{'y' if seeds['stories'] == 1 else 'ies'}, {seeds['intruders']} intruders",
        f"BBC: {r['bbc']['mixed_stories']} stories mix two topics ({r['bbc']['documents']} docs)",
        f"era: {era['stories']} stories join articles > {ERA_YEARS} years apart "
        f"({era['pairs']} pairs)",
        "common words that became entity names: "
        + ", ".join(
            f"{lang} {c['variants']}/{c['common_words']} ({c['share']:.2%})"
            for lang, c in r["common_words"].items()
        ),
        "largest stories:",
    ]
    for s in r["top_stories"]:
        corpora = ", ".join(f"{k} {v}" for k, v in sorted(s["corpora"].items()))
        span = s.get("span") or "undated"
        lines.append(
            f"  {s['story']:>7} {s['size']:>4}  {(s['title'] or '')[:70]}  [{corpora}] {span}"
        )
    for name, x in r.get("alone", {}).items():
        lines.append(f"alone: {name}: {f1(x)}")
    ingest = r["ingest"]
    if "seconds" in ingest:
        lines.append(
            f"ingest: {ingest['summary']} in {ingest['seconds']:.0f} s "
            f"({ingest['docs_per_s']} docs/s)"
        )
    else:
        lines.append(f"scored as stored: {ingest['database']}")
    return "\n".join(lines)
