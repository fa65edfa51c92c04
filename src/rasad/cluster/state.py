"""A story's index state as a stored row, so an ingest starts from the live stories alone.

The row keeps what the story index needs to continue (members, the counts of its entity, fact
and language keys, date span, the known days of each language, events with their members,
dates and language counts) as JSON, and the float32 vector sums of the story and of each event as one blob, in
event order. Rebuilding the same story from its documents in the same order gives the same row.
"""

from __future__ import annotations

import json
from collections import Counter

import numpy as np

from rasad.cluster.index import Event, Story
from rasad.text.days import parse_day

StateRow = tuple[str, str | None, str, bytes]  # (story id, last day, JSON, vector sums)


def story_row(story: Story) -> StateRow:
    """The stored row of a story."""
    state = {
        "members": story.members,
        "keys": dict(sorted(story.keys.items())),
        "first": story.first.isoformat() if story.first else None,
        "known": [d.isoformat() for d in story.known] if story.known else None,
        "known_days": [
            [lang, day.isoformat(), n] for (lang, day), n in sorted(story.known_days.items())
        ],
        "events": [
            {
                "id": e.id,
                "members": e.members,
                "dates": [d.isoformat() for d in e.dates],
                "languages": dict(sorted(e.languages.items())),
            }
            for e in story.events
        ],
    }
    sums = np.stack([story.vector_sum, *(e.vector_sum for e in story.events)])
    last = story.last.isoformat() if story.last else None
    text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    return story.id, last, text, sums.astype("<f4").tobytes()


def story_from_row(row: StateRow, dim: int) -> Story:
    """The story a stored row describes."""
    story_id, last, text, blob = row
    state = json.loads(text)
    sums = np.frombuffer(blob, dtype="<f4").reshape(-1, dim).astype(np.float32)
    # an event's languages are absent in rows stored before stories64: none counted, so the
    # event bar is not lowered for a translation until the story's state is rebuilt
    events = [
        Event(
            e["id"],
            sums[i + 1].copy(),
            list(e["members"]),
            [parse_day(d) for d in e["dates"]],
            Counter(e.get("languages", {})),
        )
        for i, e in enumerate(state["events"])
    ]
    known = state.get("known")  # absent in rows stored before known spans were kept
    # absent in rows stored before pubdate62: none counted, so the story dates no undated
    # document until its state is rebuilt from the documents (marked stale by a migration)
    known_days = Counter(
        {(lang, parse_day(day)): n for lang, day, n in state.get("known_days", [])}
    )
    return Story(
        story_id,
        sums[0].copy(),
        list(state["members"]),
        Counter(state["keys"]),
        parse_day(state["first"]),
        parse_day(last),
        events,
        (parse_day(known[0]), parse_day(known[1])) if known else None,
        known_days,
    )
