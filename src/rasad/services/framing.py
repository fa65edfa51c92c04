"""Framing across the archive: the stored occurrences (`framing_terms`, one row per loaded
term in its framing sense, of titles and bodies), written as documents are linked and read by
`rasad framing` and `/api/v1/framing`: filtered by term, category, target, outlet, language,
date, story and voice; grouped by outlet and by target; each item linking to its exact words;
and per outlet, the share of its articles on a target that use each category, by month.

"Its articles on a target" are the outlet's articles about it (`framing_about`): those naming
the target (a group of the framing vocabulary, or a linked person, organisation or state) or
applying a framing term to it. So a share answers: of outlet X's articles on US forces, how
many call them occupiers — not only of those that already frame them.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rasad.analysis.pages import Page
from rasad.config import Settings
from rasad.model import Document, LoadedTerm
from rasad.pipeline import rerun_pipeline
from rasad.stages.framing import article_targets
from rasad.store import FramingFilter, FramingReader, Store

BACKFILL_BATCH = 500
GROUPS = ("outlet", "target", "category", "term", "lang", "voice")


def occurrence_rows(seq: int, doc: Document) -> list[tuple]:
    """The `framing_terms` rows of one stored document (body first, then title)."""
    published = (doc.published or {}).get("value")
    rows = []
    fields: list[tuple[str, list[LoadedTerm]]] = [
        ("text", doc.loaded_terms),
        ("title", doc.title_terms),
    ]
    for field, terms in fields:
        for t in terms:
            if "term" not in t:  # stored by a version without senses: the backfill redoes it
                continue
            rows.append(
                (
                    seq,
                    len(rows),
                    doc.id,
                    field,
                    doc.lang,
                    doc.outlet,
                    published,
                    t["term"],
                    t["category"],
                    t.get("family"),
                    t.get("target"),
                    t.get("target_key"),
                    t.get("voice"),
                    t.get("speaker"),
                    t["start"],
                    t["end"],
                    t["text"],
                )
            )
    return rows


def about_rows(seq: int, doc: Document) -> list[tuple]:
    """The `framing_about` rows of one stored document: each target it is about."""
    published = (doc.published or {}).get("value")
    return [
        (seq, doc.id, doc.lang, doc.outlet, published, target) for target in article_targets(doc)
    ]


def backfill_framing(store: Store, settings: Settings) -> None:
    """Every stored document's framing found again and stored (a database made before the
    framing table, or by a version whose framing had no senses or targets), by the framing
    stage as the ingest runs it (`rerun_pipeline`: its martyrs' groups and perpetrators too;
    a failure is left on the document, a failure of before retried)."""
    from rasad.services.materialize import refresh_story_summaries

    stages = rerun_pipeline(settings, "framing")
    through = 0
    while batch := store.documents_after(through, BACKFILL_BATCH):
        through = batch[-1][0]
        accepted = [(seq, stages(doc)) for seq, doc in batch if not doc.rejected]
        store.update_documents([doc for _, doc in accepted])
        rows = [row for seq, doc in accepted for row in occurrence_rows(seq, doc)]
        about = [row for seq, doc in accepted for row in about_rows(seq, doc)]
        store.put_framing_terms(rows, [seq for seq, _ in accepted], about)
    refresh_story_summaries(store, set(store.story_sizes()), views_up_to=None)


def occurrence_item(row: dict[str, Any]) -> dict[str, Any]:
    """One stored occurrence as the API and CLI show it, with a link to its exact words."""
    hl = f"?hl={row['span_start']}-{row['span_end']}#evidence" if row["field"] == "text" else ""
    return {
        "doc": row["doc"],
        "field": row["field"],  # offsets are into the document's `text`, or its `title`
        "start": row["span_start"],
        "end": row["span_end"],
        "text": row["text"],
        "term": row["term"],
        "category": row["category"],
        "family": row["family"],
        "target": row["target"],
        "target_key": row["target_key"],
        "voice": row["voice"],
        "speaker": row["speaker"],
        "lang": row["lang"],
        "outlet": row["outlet"],
        "published": row["published"],
        "link": f"/documents/{row['doc']}{hl}",
    }


def category_shares(
    store: FramingReader, filters: FramingFilter, period: str = "month"
) -> list[dict[str, Any]]:
    """Per outlet and target, by month (or year: `period`; the entries of `months` keep the key
    `month`) and over all of them: how many of the outlet's articles about the target
    (`documents`) use each category for it, and that share. Months with articles about the
    target and no framing of it are there, with no categories."""
    totals, by_category = store.framing_shares(filters, period)
    cells: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in totals:
        cells[(row["outlet"], row["target"])][row["month"]] = {
            "month": row["month"],
            "documents": row["documents"],
            "categories": {},
        }
    for row in by_category:
        months = cells[(row["outlet"], row["target"])]
        # a database whose framing_about is not filled yet: the framing articles themselves
        month = months.setdefault(
            row["month"], {"month": row["month"], "documents": 0, "categories": {}}
        )
        month["documents"] = max(month["documents"], row["documents"])
        month["categories"][row["category"]] = {"documents": row["documents"]}
    out = []
    for (outlet, target), months in sorted(
        cells.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])
    ):
        ordered = [months[m] for m in sorted(months)]
        overall: dict[str, int] = defaultdict(int)
        for month in ordered:
            for category, c in month["categories"].items():
                c["share"] = round(c["documents"] / month["documents"], 3)
                overall[category] += c["documents"]
        about = sum(m["documents"] for m in ordered)
        out.append(
            {
                "outlet": outlet,
                "target": target,
                "documents": about,  # the outlet's articles about the target
                "categories": {
                    c: {"documents": n, "share": round(n / about, 3)}
                    for c, n in sorted(overall.items(), key=lambda kv: -kv[1])
                },
                "months": ordered,
            }
        )
    return out


def framed_documents(cell: dict[str, Any]) -> int:
    """How many of a share cell's articles frame its target (its most used category's)."""
    return max((c["documents"] for c in cell["categories"].values()), default=0)


def framing_list(
    store: FramingReader,
    filters: FramingFilter | None = None,
    window: Page | None = None,
    period: str = "month",
) -> dict[str, Any]:
    """Framing occurrences across the archive: a page of items in document order, counts
    grouped by outlet, target, category, term, language and voice, and the category shares
    per outlet and target over time."""
    filters = filters or FramingFilter()
    window = window or Page()
    total, rows = store.framing_terms(filters, window.limit, window.offset)
    return {
        **window.meta(total),
        "filters": {k: v for k, v in vars(filters).items() if v},
        "items": [occurrence_item(r) for r in rows],
        "by": {group: store.framing_counts(filters, group) for group in GROUPS},
        "period": period,
        "shares": category_shares(store, filters, period),
    }
