"""Story assignment: which documents need a vector (copies of placed documents do not)."""

from __future__ import annotations

from rasad.cluster.index import StoryIndex
from rasad.model import Document
from rasad.services.assign import StoryAssigner
from rasad.stages.dedup import DuplicateIndex


def _docs(seed_text) -> list[Document]:
    text = seed_text("002")
    paras = [p for p in text.split("\n") if p.strip()]
    return [
        Document(id="original", source="a", text=text, lang="ar"),
        Document(id="copy", source="b", text="\n\n".join(paras[:-1]), lang="ar"),
        Document(id="other", source="c", text=seed_text("003"), lang="fa"),
        Document(id="bad", source="d", text="", lang="ar", rejected="empty after cleaning"),
    ]


def test_copies_of_documents_in_the_same_batch_need_no_vector(seed_text):
    docs = _docs(seed_text)
    DuplicateIndex().mark(docs)
    assert docs[1].duplicate_of == "original"
    needed = StoryAssigner(StoryIndex()).needing_vectors(docs)
    assert [d.id for d in needed] == ["original", "other"]


def test_copy_of_an_unplaced_original_needs_a_vector(seed_text):
    docs = _docs(seed_text)
    docs[1].duplicate_of = "stored-without-story"
    needed = StoryAssigner(StoryIndex()).needing_vectors(docs[1:])
    assert [d.id for d in needed] == ["copy", "other"]


def test_copy_of_a_placed_original_needs_no_vector(seed_text):
    docs = _docs(seed_text)
    assigner = StoryAssigner(StoryIndex())
    assigner.placed["earlier"] = ("s1", "e1")
    docs[2].duplicate_of = "earlier"
    assert [d.id for d in assigner.needing_vectors(docs[2:])] == []
