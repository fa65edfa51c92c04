"""Entities and dates found again on the stored documents: the "recognise" backfill, which
brings a database an older version stored up to the current recogniser (`rasad.stages.entities`)
and date reader (`rasad.stages.dates`), not only to the current linker.

The "entities" backfill (`materialize.backfill_entities`) links again the mentions stored at
ingest, so a change to the recogniser would reach only documents ingested after it. The
entities stage reads a document's clean text and language, both stored with it, so each stored
document is recognised again as the ingest would recognise it now, and the stages that read its
mentions run again after it (`pipeline.stages_reading`: quotes, whose speakers are mentions;
framing, whose targets and voices read both), through the registry as the ingest runs them;
so does the dates stage, which reads the stored text and publication date (a user's
correction included), with the numbers stage that reads its dates:
a stage that raises leaves its error on the document, and a stage that failed before is
retried. Then every document is linked again (`relink_stored_documents`, which writes the
mentions, the quotes with their linked speakers and the framing rows) and every story's views
are rebuilt (their statements, quotes by speaker and entity chips read the new mentions).

Resumable: each batch records how far it got (a batch done twice writes the same record), and
the relink that follows is resumable itself.
"""

from __future__ import annotations

from rasad.config import Settings
from rasad.pipeline import rerun_pipeline
from rasad.store import Store

BACKFILL_BATCH = 500
RECOGNISED = "entities_recognised_through"  # meta: sequence number of the last recognised


def recognise_stored_documents(store: Store, settings: Settings) -> int:
    """Every stored, accepted document after the last batch recorded analysed again from the
    entities and dates stages on (the publication date stays as stored); returns how many.
    Links, quotes and framing rows are left to the relink."""
    stages = rerun_pipeline(settings, "entities", "dates")
    through = int(store.get_meta(RECOGNISED) or 0)
    done = 0
    while batch := store.documents_after(through, BACKFILL_BATCH):
        through = batch[-1][0]
        accepted = [stages(doc) for _, doc in batch if not doc.rejected]
        store.update_documents(accepted)
        store.set_meta(RECOGNISED, str(through))
        done += len(accepted)
    return done


def backfill_recognise(store: Store, settings: Settings) -> None:
    """Every stored document's entities and dates found again by the current entities and dates
    stages, its quotes, framing and numbers after them, then every document linked again and every story's views rebuilt
    (`materialize.backfill_entities`)."""
    from rasad.services.materialize import backfill_entities

    recognise_stored_documents(store, settings)
    backfill_entities(store, settings)
    store.delete_meta(RECOGNISED)
