"""Overlap of word sets: how much two sentences share."""

from __future__ import annotations


def jaccard(a: set[str], b: set[str]) -> float:
    """Shared items over all items; 0 when either set is empty."""
    return len(a & b) / len(a | b) if a and b else 0.0
