"""A story's statements kept per document (`document_statements`): a story refreshed at every
batch that adds to it reads its documents' kept statements, with the same outcome as reading
them again (real SaudiNewsNet sentences)."""

from __future__ import annotations

from dataclasses import asdict

from rasad.analysis.statements import (
    MAX_STORY_STATEMENTS,
    asserting_denied,
    comparable,
    document_statements,
    statements,
)
from rasad.text.days import first_day
from tests.test_statements import (
    SUSPENSIONS_DENIED,
    SUSPENSIONS_LEAKED,
    SUSPENSIONS_REFUSED,
    TOLL_A,
    analysed,
)


def read_again(docs):
    """`comparable` as it read every document afresh before the statements were kept."""
    originals = [d for d in docs if not d.duplicate_of and d.text]
    originals.sort(key=lambda d: first_day(d.published) or "", reverse=True)
    out, plain = [], []
    for doc in originals:
        out.extend(statements(doc, plain))
        if len(out) >= MAX_STORY_STATEMENTS:
            break
    out = out[:MAX_STORY_STATEMENTS]
    return out + asserting_denied(out, plain)[: MAX_STORY_STATEMENTS - len(out)]


def story():
    return [
        analysed(SUSPENSIONS_DENIED, "ar", "2015-08-03", "Al-Weeam", "d1"),
        analysed(SUSPENSIONS_LEAKED, "ar", "2015-08-03", "Al-Watan", "d2"),
        analysed(SUSPENSIONS_REFUSED, "ar", "2015-08-04", "Ain Alyoum", "d3"),
    ]


def readings(said):
    return [(asdict(st), [asdict(v) for v in st.doc_values], sorted(st.doc_places)) for st in said]


def test_a_story_read_again_gives_the_statements_read_afresh():
    docs = story()
    first = comparable(docs)
    again = comparable(story())  # the same documents as the store gives them at a refresh
    assert readings(first) == readings(again) == readings(read_again(story()))
    assert any(st.polarity == "denied" for st in again)


def test_a_document_read_again_is_not_read_twice():
    doc = story()[0]
    kept = document_statements(doc)
    assert document_statements(story()[0]) is kept
    assert [asdict(st) for st in kept.said] == [asdict(st) for st in statements(doc)]


def test_a_document_stored_again_with_other_entities_is_read_afresh():
    doc = story()[0]
    kept = document_statements(doc)
    relinked = story()[0]
    for mention in relinked.entities:
        mention["entity"] = f"{mention['type']}:elsewhere"
    read = document_statements(relinked)
    assert read is not kept
    assert [asdict(st) for st in read.said] == [asdict(st) for st in statements(relinked)]


def test_the_assertions_a_denial_meets_keep_their_own_documents_figures_and_places():
    # `statements` used to give every plain sentence read into one list the figures and
    # places of the document read last: here the leaked lifting (read first, the newest)
    # took the toll and the places of al-Rutba's strike (read last)
    docs = [
        analysed(SUSPENSIONS_LEAKED, "ar", "2015-08-04", "Al-Watan", "d2"),
        analysed(SUSPENSIONS_DENIED, "ar", "2015-08-03", "Al-Weeam", "d1"),
        analysed(TOLL_A, "ar", "2015-08-02", "Al-Sumaria", "d4"),
    ]
    said = comparable(docs)
    assert readings(said) == readings(read_again(docs))
    (leaked,) = [st for st in said if st.doc == "d2"]  # the assertion the denial meets
    assert leaked.polarity == "asserted" and not leaked.values
    assert leaked.doc_values == [] and leaked.doc_places == set()
    rutba = statements(docs[2])[0]
    assert rutba.doc_places and rutba.values  # what it used to take


def test_a_plain_sentence_keeps_its_document_when_another_is_read_into_the_list():
    plain = []
    statements(analysed(SUSPENSIONS_LEAKED, "ar", "2015-08-04", "Al-Watan", "d2"), plain)
    statements(analysed(TOLL_A, "ar", "2015-08-02", "Al-Sumaria", "d4"), plain)
    leaked = next(st for st in plain if st.doc == "d2")
    assert leaked.doc_values == [] and leaked.doc_places == set()
