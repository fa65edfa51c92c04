"""Quotes found again on the stored documents: the "quotes" backfill, which brings a database
an older version stored up to the current quote stage (`rasad.stages.quotes`), its speakers
shown on story pages, entity pages and `/api/v1/quotes`.

The quote stage reads a document's text, language and entity mentions, all stored with it, so
each stored document is quoted again as the ingest would quote it now. Its quotes are written
where the ingest writes them: the document's record and the `quotes` table, each speaker by
the entity its stored mention is linked to (`entity_links.quote_rows`, as linking writes them).
The framing stage reads the quotes (a term inside a quote is in its speaker's voice), so each
document's framing is found again with its new quotes. Both run as the ingest runs them, from
the registry (`rasad.pipeline.rerun_pipeline`): a stage that raises on a document leaves its
error on it and the backfill goes on, and a stage that failed on it before is retried. Then
every story's views are rebuilt (their `quotes_by_speaker`).
"""

from __future__ import annotations

from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import Pipeline, rerun_pipeline
from rasad.services.entity_links import link_stored_documents, quote_rows, stored_renames
from rasad.services.framing import about_rows, occurrence_rows
from rasad.store import Store

BACKFILL_BATCH = 500
REQUOTED = "quotes_requoted_through"  # meta: sequence number of the last document quoted again


def requote(doc: Document, stages: Pipeline) -> Document:
    """A stored document's quotes found again with the current quote stage, and its framing
    with them (`stages`: `rerun_pipeline(settings, "quotes")`, which leaves a language it
    does not analyse without quotes)."""
    return doc if doc.rejected else stages(doc)


def backfill_quotes(store: Store, settings: Settings) -> None:
    """Every stored, accepted document quoted again and its quotes, speakers and framing
    stored, then every story's views rebuilt. Resumable: each batch records how far it got,
    and a batch done twice writes the same rows."""
    from rasad.services.materialize import refresh_story_summaries

    link_stored_documents(store)  # every document's mentions linked: its speakers' entities
    stages = rerun_pipeline(settings, "quotes")
    through = int(store.get_meta(REQUOTED) or 0)
    while batch := store.documents_after(through, BACKFILL_BATCH):
        through = batch[-1][0]
        accepted = [(seq, requote(doc, stages)) for seq, doc in batch if not doc.rejected]
        store.update_documents([doc for _, doc in accepted])
        linked = store.mention_entities([doc.id for _, doc in accepted])
        seqs = [seq for seq, _ in accepted]
        rows = [
            row
            for seq, doc in accepted
            for row in quote_rows(seq, doc, stored_renames(doc, linked))
        ]
        store.put_quotes(rows, seqs)
        framing = [row for seq, doc in accepted for row in occurrence_rows(seq, doc)]
        store.put_framing_terms(framing, seqs, [r for s, d in accepted for r in about_rows(s, d)])
        store.set_meta(REQUOTED, str(through))
    refresh_story_summaries(store, set(store.story_sizes()), views_up_to=None)
    store.delete_meta(REQUOTED)
