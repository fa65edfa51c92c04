"""ISO days: parsing them, and the days a publication date (`model.Published`) spans."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any


def parse_day(value: str | None) -> date | None:
    """The date of an ISO day ("2024-03-01"), None for none."""
    return date.fromisoformat(value) if value else None


def first_day(published: Mapping[str, Any] | None, year_wide: bool = True) -> str | None:
    """The earliest ISO day a publication date allows (None when there is none, or when it is
    only known to the year and `year_wide` is false)."""
    if not published or (not year_wide and published["precision"] == "year"):
        return None
    return published["window"][0]


def last_day(published: Mapping[str, Any] | None) -> str | None:
    """The latest ISO day a publication date allows."""
    return published["window"][1] if published else None


def after(day: str, value: str) -> bool:
    """Whether an ISO day lies after every day of an ISO date of any precision ("2021",
    "2021-03", "2021-03-31")."""
    return day[: len(value)] > value


def span(value: str) -> tuple[date, date]:
    """The first and last day of an ISO date of any precision ("2018", "2018-09",
    "2018-09-28")."""
    if len(value) == 4:
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if len(value) == 7:
        first = date.fromisoformat(value + "-01")
        return first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    day = date.fromisoformat(value)
    return day, day
