"""Embed stage: a vector of title + lead for story clustering (skipped when stories are off).

Ingest runs this stage after near-duplicate detection, not inside the per-document pipeline:
a copy joins its original's story without a vector of its own (`rasad.ingest`)."""

from __future__ import annotations

from rasad.cluster.embed import default_encoder, embed_text
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import stage


@stage(
    "embed",
    requires=["text", "title", "lang"],
    assigns=["vector"],
    help="multilingual-e5-small vector of title + lead (doc.extra['vector'])",
)
def make_embed(settings: Settings):
    if not settings.stories:
        return lambda doc: doc
    encoder = default_encoder()
    lead_words = settings.embed_lead_words

    def embed(doc: Document) -> Document:
        doc.extra["vector"] = encoder.encode([embed_text(doc, lead_words)])[0].tolist()
        return doc

    return embed
