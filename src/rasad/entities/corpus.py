"""Reading CoNLL-style NER files and mapping their tag sets to rasad's types."""

from __future__ import annotations

from pathlib import Path

TYPES = ("PER", "ORG", "LOC", "MISC")
FORMAT_MARKS = "\u200e\u200f\ufeff"  # direction marks and BOMs some corpora put on tokens

# Tag names of each corpus → rasad's types (None: not an entity for rasad).
TAG_MAPS: dict[str, dict[str, str | None]] = {
    "anercorp": {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"},
    "arman": {
        "pers": "PER",
        "org": "ORG",
        "loc": "LOC",
        "fac": "LOC",
        "pro": "MISC",
        "event": "MISC",
    },
    "wikigold": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"},
    "newsfane": {
        **dict.fromkeys(
            [
                "Politician",
                "Athlete",
                "Artist",
                "Other_PER",
                "Religious_PER",
                "Scientist",
                "Businessperson",
                "Lawyer",
                "Engineer",
                "Police_PER",
                "Group_PER",
            ],
            "PER",
        ),
        **dict.fromkeys(
            [
                "Nation",
                "Population-Center",
                "State-or-Province",
                "County-or-District",
                "GPE-Cluster",
                "Continent",
                "Building-Grounds",
                "Water-Body",
                "Land",
                "Land-Region-Natural",
                "Airport",
                "Path",
                "Celestial",
                "Subarea-Facility",
            ],
            "LOC",
        ),
        **dict.fromkeys(
            [
                "Government",
                "Non-Governmental",
                "Commercial",
                "Media",
                "Sports",
                "Educational",
                "Police",
                "Group",
                "Medical-Science",
                "Entertainment",
                "Religious",
            ],
            "ORG",
        ),
    },
}

# Training files, relative to ../shared/train, and their tag scheme.
TRAIN_SETS = {
    "ar": ("anercorp-camel-train-ar/ANERCorp_train_reconstructed.txt", "anercorp"),
    "fa": ("arman-personer-train-fa/train_fold1.txt", "arman"),
    "en": ("wikigold-en/wikigold.conll.txt", "wikigold"),
}


def map_tag(tag: str, scheme: str, previous: str) -> str:
    """A corpus tag as rasad BIO; IO-only corpora get B- at each entity's start."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, name = tag.split("-", 1)
    mapped = TAG_MAPS[scheme].get(name)
    if mapped is None:
        return "O"
    if prefix == "I" and previous[2:] != mapped:
        prefix = "B"
    return f"{prefix}-{mapped}"


def read_conll(path: Path, scheme: str) -> list[list[tuple[str, str]]]:
    """Sentences of (word, BIO tag) from a `word TAG` file with blank lines between sentences."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.replace("\t", " ").rsplit(" ", 1)
        if not line.strip() or len(parts) != 2 or not parts[0].strip():
            if current:
                sentences.append(current)
                current = []
            continue
        word, tag = parts[0].strip().strip(FORMAT_MARKS), parts[1].strip()
        if not word:
            continue
        previous = current[-1][1] if current else "O"
        current.append((word, map_tag(tag, scheme, previous)))
    if current:
        sentences.append(current)
    return sentences


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans from BIO tags; a stray I- starts a span."""
    spans, start, kind = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                spans.append((start, i, kind))
            start, kind = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def to_bilou(tags: list[str]) -> list[str]:
    """BIO tags as BILOU: the last token of a name is L-, a one-token name U-."""
    out = []
    for i, tag in enumerate(tags):
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        ends = not (nxt.startswith("I-") and nxt[2:] == tag[2:])
        if tag.startswith("B-") and ends:
            tag = f"U-{tag[2:]}"
        elif tag.startswith("I-") and ends:
            tag = f"L-{tag[2:]}"
        out.append(tag)
    return out


def to_bio(tags: list[str]) -> list[str]:
    """BILOU (or BIO) tags as BIO."""
    return [f"B-{t[2:]}" if t[:2] == "U-" else f"I-{t[2:]}" if t[:2] == "L-" else t for t in tags]
