"""Packaged data files: lexicons, gazetteers, trained models (each with a README)."""

from __future__ import annotations

import csv
from importlib import resources


def read_table(path: str) -> list[list[str]]:
    """The rows of a packaged TSV table (`path` inside `rasad/data`), without its header row,
    blank lines and `#` comment lines."""
    text = resources.files("rasad.data").joinpath(path).read_text("utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t") if r]
    return [r for r in rows if not r[0].startswith("#")][1:]
