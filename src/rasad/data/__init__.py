"""Packaged data files: lexicons, gazetteers, trained models (each with a README)."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import NamedTuple


def read_table(path: str) -> list[list[str]]:
    """The rows of a packaged TSV table (`path` inside `rasad/data`), without its header row,
    blank lines and `#` comment lines."""
    text = resources.files("rasad.data").joinpath(path).read_text("utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t") if r]
    return [r for r in rows if not r[0].startswith("#")][1:]


class Unit(NamedTuple):
    """A row of claims/units.tsv: a unit, its dimension, the factor to the dimension's base
    unit and its written forms ("km", "length", 1000.0, ("km", "كيلومتر", …))."""

    unit: str
    dimension: str
    factor: float
    forms: tuple[str, ...]


@cache
def units_table() -> tuple[Unit, ...]:
    """The units a figure may be given in (claims/units.tsv), read once for the entity
    linker (unit words are no names) and for statements (conversions)."""
    return tuple(
        Unit(unit, dim, float(factor), tuple(forms.split("|")))
        for unit, dim, factor, forms in read_table("claims/units.tsv")
    )
