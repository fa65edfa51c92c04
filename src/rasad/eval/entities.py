"""`rasad eval entities`: recognition and cross-script linking on real news articles.

The gold set is `eval/labels/entities_ar_fa_en.tsv` (hand-annotated names in 30 Arabic, 30
Persian and 20 English corpus articles, held out: never tune on it). Each article's `text` is
recognised and linked as the entities stage and the ingest link it (`find_entities`, then one
`EntityIndex` over the articles in id order).

Recognition: precision/recall/F1 per language and type, with exact spans and with overlapping
spans (a predicted mention matches at most one gold mention). Types are scored three ways:
`fine` (PER, ORG, GPE, LOC, NORP as annotated), `coarse` (GPE, LOC and NORP one place type,
for a system that has no GPE or reads a nationality as its country) and `untyped` (spans only).

Linking, on the predicted mentions that match a gold mention by span (overlap at least half
their union: a fragment of a longer name, السعودية inside a company's name, is a recognition
error and counted there; `linking_any_overlap` also counts those): pairs of mentions with one
entity id and the same canonical name (a NORP counting as its country) are right links; pairs
with one id and different canonical names are false merges. `merge precision` is right / all
same-id pairs, `link recall` right / all same-canonical pairs; `cross-script` counts only pairs
of mentions in different languages. The false merges are listed. Canonical names are compared
without their full stops ("Manchester City F.C." is "Manchester City FC": the annotators wrote
both for one club).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rasad.eval.shared import corpus_articles

LABELS = Path(__file__).resolve().parents[3] / "eval" / "labels" / "entities_ar_fa_en.tsv"
FINE = ("PER", "ORG", "GPE", "LOC", "NORP")
COARSE = {"GPE": "LOC", "NORP": "LOC", "LOC": "LOC", "PER": "PER", "ORG": "ORG"}
LANGS = ("ar", "fa", "en")


def read_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    """The gold mentions, offsets as ints; a NORP's `entity` is its country."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["start"], r["end"] = int(r["start"]), int(r["end"])
        r["entity"] = canonical_key(r["country_for_norp"] or r["canonical"])
    return rows


def canonical_key(name: str) -> str:
    """A canonical name as compared: full stops dropped, spaces collapsed ("F.C." is "FC")."""
    return " ".join(name.replace(".", "").split())


def _coarse(kind: str) -> str:
    return COARSE.get(kind, kind)


def _prf(hit: int, pred: int, gold: int) -> dict[str, float]:
    precision, recall = (hit / pred if pred else 0.0), (hit / gold if gold else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)} | {
        "gold": gold,
        "predicted": pred,
    }


def match(gold: list[dict], pred: list[dict], exact: bool, typing) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) matches of one article: same span (or
    overlapping spans) and the same type under `typing` (None: any type); the largest overlap
    first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if typing is not None and typing(g["type"]) != typing(p["type"]):
                continue
            if exact:
                ok = (g["start"], g["end"]) == (p["start"], p["end"])
            else:
                ok = g["start"] < p["end"] and p["start"] < g["end"]
            if ok:
                overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
                candidates.append((-overlap, i, j))
    used_g, used_p, out = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def recognition(gold: dict[str, list[dict]], pred: dict[str, list[dict]], lang_of: dict) -> dict:
    """Scores per language: micro for each typing and match, and per fine type."""
    typings = {"fine": lambda t: t, "coarse": _coarse, "untyped": None}
    out: dict[str, Any] = {}
    for lang in LANGS:
        docs = [d for d in gold if lang_of[d] == lang]
        if not docs:
            continue
        result: dict[str, Any] = {}
        for mode in ("exact", "overlap"):
            for name, typing in typings.items():
                hit = sum(len(match(gold[d], pred[d], mode == "exact", typing)) for d in docs)
                n_gold = sum(len(gold[d]) for d in docs)
                n_pred = sum(len(pred[d]) for d in docs)
                result[f"{mode}_{name}"] = _prf(hit, n_pred, n_gold)
            per_type = {}
            for kind in FINE:
                hits = n_gold = n_pred = 0
                for d in docs:
                    g = [m for m in gold[d] if m["type"] == kind]
                    p = [m for m in pred[d] if m["type"] == kind]
                    hits += len(match(g, p, mode == "exact", None))
                    n_gold, n_pred = n_gold + len(g), n_pred + len(p)
                per_type[kind] = _prf(hits, n_pred, n_gold)
            result[f"{mode}_by_type"] = per_type
        out[lang] = result
    return out


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _cross_pairs(by_lang: Counter) -> int:
    """Pairs of items in different languages."""
    total = sum(by_lang.values())
    return (total * total - sum(v * v for v in by_lang.values())) // 2


def linking(linked: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    """Pair scores of (entity id, canonical, language, surface) for every predicted mention
    matched to a gold one, and the entities that merge different canonical names."""
    by_entity: dict[str, Counter] = defaultdict(Counter)
    by_canon: dict[str, Counter] = defaultdict(Counter)
    by_both: dict[tuple[str, str], Counter] = defaultdict(Counter)
    forms: dict[str, Counter] = defaultdict(Counter)
    for eid, canon, lang, text in linked:
        by_entity[eid][lang] += 1
        by_canon[canon][lang] += 1
        by_both[(eid, canon)][lang] += 1
        forms[eid][f"{canon} ← {text}"] += 1
    right = sum(_pairs(sum(c.values())) for c in by_both.values())
    right_x = sum(_cross_pairs(c) for c in by_both.values())
    same_id = sum(_pairs(sum(c.values())) for c in by_entity.values())
    same_id_x = sum(_cross_pairs(c) for c in by_entity.values())
    same_canon = sum(_pairs(sum(c.values())) for c in by_canon.values())
    same_canon_x = sum(_cross_pairs(c) for c in by_canon.values())
    canon_ids: dict[str, set[str]] = defaultdict(set)
    for eid, canon in by_both:
        canon_ids[canon].add(eid)
    entity_canons: dict[str, set[str]] = defaultdict(set)
    for eid, canon in by_both:
        entity_canons[eid].add(canon)
    multi_script = [c for c, langs in by_canon.items() if len(langs) > 1]
    merges = sorted(
        (e for e, cs in entity_canons.items() if len(cs) > 1),
        key=lambda e: -sum(by_entity[e].values()),
    )
    return {
        "mentions": len(linked),
        "merge_precision": round(right / same_id, 4) if same_id else 1.0,
        "link_recall": round(right / same_canon, 4) if same_canon else 1.0,
        "cross_script_merge_precision": round(right_x / same_id_x, 4) if same_id_x else 1.0,
        "cross_script_link_recall": round(right_x / same_canon_x, 4) if same_canon_x else 1.0,
        "pairs": {"same_id": same_id, "same_canonical": same_canon, "right": right},
        "cross_script_pairs": {"same_id": same_id_x, "same_canonical": same_canon_x},
        "canonicals_in_several_languages": len(multi_script),
        "of_which_one_entity": sum(len(canon_ids[c]) == 1 for c in multi_script),
        "entities_merging_names": len(merges),
        "false_merges": [
            {"entity": e, "forms": [f"{f} ×{n}" for f, n in forms[e].most_common(6)]}
            for e in merges[:15]
        ],
    }


def evaluate_entities(shared: Path, labels: Path = LABELS) -> dict[str, Any]:
    """Recognition and linking scores on the held-out entity set."""
    from rasad.entities import recognise
    from rasad.entities.link import EntityIndex

    demonym_of = getattr(recognise, "demonym_of", lambda text: None)  # none before issue 24
    from rasad.stages.entities import find_entities

    rows = read_labels(labels)
    gold: dict[str, list[dict]] = defaultdict(list)
    lang_of: dict[str, str] = {}
    for r in rows:
        gold[r["article"]].append(r)
        lang_of[r["article"]] = r["lang"]
    articles = corpus_articles(shared, gold)
    missing = sorted(set(gold) - set(articles))
    for doc in missing:
        del gold[doc]
    pred: dict[str, list[dict]] = {}
    index = EntityIndex()
    linked, loose = [], []
    for doc in sorted(gold):
        mentions = find_entities(articles[doc]["text"], lang_of[doc])
        ids = index.add(doc, lang_of[doc], mentions)
        for m, eid in zip(mentions, ids, strict=True):
            m["entity"] = eid
        pred[doc] = [  # a nationality adjective is a GPE mention of its country: NORP here
            {**m, "type": "NORP"} if m["type"] == "GPE" and demonym_of(m["text"]) else m
            for m in mentions
        ]
        for i, j in match(gold[doc], mentions, False, None):
            g, p = gold[doc][i], mentions[j]
            row = (p["entity"], g["entity"], g["lang"], p["text"])
            loose.append(row)
            union = max(g["end"], p["end"]) - min(g["start"], p["start"])
            if 2 * (min(g["end"], p["end"]) - max(g["start"], p["start"])) >= union:
                linked.append(row)
    names = {e["id"]: e["name"] for e in index.entities()}
    result = {
        "set": "held-out entity set" if labels == LABELS else f"entity set {labels.name}",
        "articles": len(gold),
        "missing_articles": missing,
        "recognition": recognition(gold, pred, lang_of),
        "linking": linking(linked),
        "linking_any_overlap": linking(loose),
    }
    for merge in result["linking"]["false_merges"] + result["linking_any_overlap"]["false_merges"]:
        merge["name"] = names.get(merge["entity"], "")
    return result


def format_entities_report(result: dict[str, Any]) -> str:
    """Tables: recognition per language (micro, then F1 per type), then linking."""
    lines = [f"{result.get('set', 'held-out entity set')}: {result['articles']} articles"]
    if result["missing_articles"]:
        lines.append(f"missing from the corpus: {len(result['missing_articles'])}")
    lines.append(
        f"{'lang':<4} {'match':<8} {'typing':<8} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'gold':>5} {'pred':>5}"
    )
    for lang, r in result["recognition"].items():
        for mode in ("exact", "overlap"):
            for typing in ("fine", "coarse", "untyped"):
                s = r[f"{mode}_{typing}"]
                lines.append(
                    f"{lang:<4} {mode:<8} {typing:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} "
                    f"{s['f1']:>6.3f} {s['gold']:>5} {s['predicted']:>5}"
                )
    lines.append("")
    lines.append(f"{'lang':<4} {'match':<8} " + " ".join(f"{t + ' P/R':>11}" for t in FINE))
    for lang, r in result["recognition"].items():
        for mode in ("exact", "overlap"):
            cells = " ".join(
                f"{s['precision']:>5.2f}/{s['recall']:<5.2f}"
                for s in (r[f"{mode}_by_type"][t] for t in FINE)
            )
            lines.append(f"{lang:<4} {mode:<8} {cells}")
    k = result["linking"]
    lines += [
        "",
        f"linking ({k['mentions']} matched mentions): merge precision "
        f"{k['merge_precision']:.4f}, link recall {k['link_recall']:.4f}; cross-script: merge "
        f"precision {k['cross_script_merge_precision']:.4f}, link recall "
        f"{k['cross_script_link_recall']:.4f}",
        f"canonical names in several languages: {k['canonicals_in_several_languages']}, "
        f"linked into one entity: {k['of_which_one_entity']}; entities merging different "
        f"names: {k['entities_merging_names']}",
    ]
    for merge in k["false_merges"]:
        lines.append(f"  {merge['name']}: " + "; ".join(merge["forms"]))
    if loose := result.get("linking_any_overlap"):
        lines.append(
            f"with every overlapping mention ({loose['mentions']}): merge precision "
            f"{loose['merge_precision']:.4f}, link recall {loose['link_recall']:.4f}; "
            f"cross-script {loose['cross_script_merge_precision']:.4f} / "
            f"{loose['cross_script_link_recall']:.4f}"
        )
    return "\n".join(lines)


# Judged variants: the forms of the 200 most mentioned entities of the whole archive, each
# judged right or wrong by hand before linking was tuned (eval/labels/entity_variants_judged.md).
JUDGED = LABELS.parent / "entity_variants_judged.tsv"


def read_judged(path: Path = JUDGED) -> list[dict[str, Any]]:
    """The judged (entity key, variant) pairs."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def stored_variants(db: Any) -> dict[str, list[tuple[str, str, int]]]:
    """Entity key → its (lang, form, mentions) as an archive stores them. `db` is a store (its
    connection is read) or the path of a SQLite database, opened read-only with the standard
    library so no backfill runs on it."""
    import sqlite3

    conn = getattr(db, "conn", None)
    if conn is None:
        conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
    rows = conn.execute(
        "SELECT e.key AS key, n.lang AS lang, n.text AS text, n.n AS n "
        "FROM entity_names n JOIN entities e ON e.id = n.entity"
    ).fetchall()
    out: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for r in rows:
        out[r["key"]].append((r["lang"], r["text"], r["n"]))
    return out


def common_word_variants(variants: dict[str, list[tuple[str, str, int]]]) -> dict[str, Any]:
    """Per language: how many of its common words (data/gazetteers/common_words.tsv, as
    `is_common` reads them) are a form of some entity, and their share of the list; a
    nationality adjective of a country (العراقية) is a form of its country, not counted."""
    from rasad.entities.recognise import demonym_of, is_common, word_lists

    found: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for forms in variants.values():
        for lang, text, _ in forms:
            if lang in found and is_common(text, lang) and demonym_of(text) is None:
                found[lang].add(text)
    words = word_lists("common_words.tsv")
    return {
        lang: {
            "common_words": len(words.get(lang, ())),
            "variants": len(found[lang]),
            "share": round(len(found[lang]) / max(1, len(words.get(lang, ()))), 5),
            "examples": sorted(found[lang])[:20],
        }
        for lang in LANGS
    }


def judged_variant_precision(db: Any, judged: Path = JUDGED) -> dict[str, Any]:
    """Precision of the judged (entity, variant) pairs the archive `db` still holds: right /
    (right + wrong) over the pairs present, and weighted by the variant's mentions there; the
    wrong pairs present are listed; plus the common words of each language that are variants."""
    variants = stored_variants(db)
    present: dict[tuple[str, str], int] = {}
    for key, forms in variants.items():
        for _, text, n in forms:
            present[(key, text)] = present.get((key, text), 0) + n
    counts = Counter()
    wrong = []
    for row in read_judged(judged):
        n = present.get((row["entity_key"], row["variant"]))
        if n is None:
            counts["absent"] += 1
            continue
        counts[row["judgement"]] += 1
        counts[f"{row['judgement']}_mentions"] += n
        if row["judgement"] == "wrong":
            wrong.append({"entity": row["entity_key"], "variant": row["variant"], "mentions": n})
    judged_present = counts["right"] + counts["wrong"]
    mentions = counts["right_mentions"] + counts["wrong_mentions"]
    return {
        "judged_pairs": judged_present + counts["absent"],
        "present": judged_present,
        "absent": counts["absent"],
        "right": counts["right"],
        "wrong": counts["wrong"],
        "precision": round(counts["right"] / judged_present, 4) if judged_present else 0.0,
        "mention_precision": round(counts["right_mentions"] / mentions, 4) if mentions else 0.0,
        "wrong_pairs": sorted(wrong, key=lambda w: -w["mentions"]),
        "common_words": common_word_variants(variants),
    }


def format_variants_report(result: dict[str, Any]) -> str:
    """The judged-variant precision and the common words that became variants."""
    lines = [
        f"judged variants: {result['present']} of {result['judged_pairs']} judged pairs present "
        f"({result['absent']} absent): precision {result['precision']:.4f} "
        f"({result['right']} right, {result['wrong']} wrong), by mentions "
        f"{result['mention_precision']:.4f}"
    ]
    for w in result["wrong_pairs"][:30]:
        lines.append(f"  wrong: {w['entity']} ← {w['variant']} ({w['mentions']})")
    for lang, c in result["common_words"].items():
        lines.append(
            f"common {lang} words that are entity forms: {c['variants']} of {c['common_words']} "
            f"({c['share']:.4%})" + (f": {', '.join(c['examples'][:10])}" if c["examples"] else "")
        )
    return "\n".join(lines)
