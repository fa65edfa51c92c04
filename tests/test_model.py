"""The Document record: its typed fields survive the store's round trip, old records load."""

from __future__ import annotations

import json

from rasad.model import Document


def test_vector_event_and_why_are_fields_outside_the_export():
    doc = Document(id="d", source="s", vector=[0.5, 0.25], event="s1.e2", why=["shared entities"])
    again = Document.from_record(json.loads(json.dumps(doc.to_record())))
    assert (again.vector, again.event, again.why) == ([0.5, 0.25], "s1.e2", ["shared entities"])
    assert not {"vector", "event", "why", "extra"} & set(doc.to_export())


def test_records_stored_with_an_extra_dict_still_load():
    """Stored by a version that kept the event and why in `extra`."""
    record = Document(id="d", source="s", story="s1").to_record()
    for name in ("vector", "event", "why"):
        del record[name]
    record["extra"] = {"event": "s1.e1", "why": ["near-duplicate of x"]}
    doc = Document.from_record(record)
    assert (doc.story, doc.event, doc.why, doc.vector) == (
        "s1",
        "s1.e1",
        ["near-duplicate of x"],
        None,
    )


def test_a_field_wins_over_an_old_extra_entry():
    record = {"id": "d", "source": "s", "event": "s2.e1", "extra": {"event": "s1.e1"}}
    assert Document.from_record(record).event == "s2.e1"
