"""Embed stage: a vector of title + lead for story clustering (skipped when stories are off).

Ingest runs this stage after near-duplicate detection, not inside the per-document pipeline:
a copy joins its original's story without a vector of its own (`rasad.services.ingest`)."""

from __future__ import annotations

from rasad.cluster.embed import embed_text, thread_encoder
from rasad.config import Settings
from rasad.model import Document
from rasad.pipeline import stage


@stage(
    "embed",
    requires=["text", "title"],  # the vector is centred by language when it is placed
    assigns=["vector"],
    help="multilingual-e5-small vector of title + lead (doc.vector)",
)
def make_embed(settings: Settings):
    if not settings.stories:
        return lambda doc: doc
    lead_words, max_tokens = settings.embed_lead_words, settings.embed_max_tokens
    engine = settings.embed_engine

    def embed(doc: Document) -> Document:
        encoder = thread_encoder(engine)  # ingest embeds in several threads, each with its own
        text = embed_text(doc, lead_words, max_tokens, encoder.count_tokens)
        doc.vector = encoder.encode([text])[0].tolist()
        return doc

    return embed
