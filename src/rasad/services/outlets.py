"""Outlet profiles: the packaged table (`rasad/data/outlets/outlets.csv`) with the user's own
rows over it (`rasad outlets import FILE.csv`, POST /api/v1/outlets), what a story's coverage
looks like grouped by outlet type and country (and whether only one kind of outlet covers
it: a blindspot), and an outlet's loaded terms per month."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from typing import Any, Protocol

from rasad.services.framing import category_shares, framed_documents
from rasad.stages.outlet import (
    OutletDirectory,
    OutletProfile,
    packaged_profiles,
    profile_from_row,
    read_profiles,
)
from rasad.store import CorrectionStore, FramingFilter, FramingReader, OutletReader

UNKNOWN = "unknown"
TOP_TERMS = 20


def directory(store: OutletReader) -> OutletDirectory:
    """The packaged profiles with the user's stored ones over them."""
    user = [profile_from_row(row, origin="user") for row in store.outlet_profiles()]
    return OutletDirectory.of(packaged_profiles(), user)


def import_profiles(store: CorrectionStore, text: str) -> list[str]:
    """Store the profiles of an outlets CSV (`rasad.stages.outlet.read_profiles`), each
    replacing a stored or packaged profile of the same name; returns their names."""
    return store_profiles(store, read_profiles(text, origin="user"))


def store_profiles(store: CorrectionStore, profiles: list[OutletProfile]) -> list[str]:
    """Store outlet profiles, each replacing the fields it gives of a stored or packaged one of the same name;
    returns their names."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    store.put_outlet_profiles([_row(p, now) for p in profiles])
    return [p.name for p in profiles]


def _row(profile: OutletProfile, now: str) -> dict[str, Any]:
    return {
        "name": profile.name,
        "domains": "|".join(profile.domains),
        "aliases": "|".join(profile.aliases),
        "country": profile.country,
        "lang": profile.lang,
        "type": profile.type,
        "source": profile.source,
        "updated_at": now,
    }


def outlet_list(store: OutletReader) -> dict[str, Any]:
    """Every outlet profile, packaged and the user's, by name."""
    found = directory(store)
    rows = [found.profiles[name].as_dict() for name in sorted(found.profiles, key=str.casefold)]
    return {"total": len(rows), "outlets": rows}


def profile_fields(found: OutletDirectory, outlet: str | None) -> dict[str, Any]:
    """The type and country of an outlet (None each when it has no profile)."""
    profile = found.get(outlet)
    return {
        "outlet_type": profile.type if profile else None,
        "outlet_country": profile.country if profile else None,
    }


def coverage_by_kind(found: OutletDirectory, per_outlet: dict[str, int]) -> dict[str, Any]:
    """A story's documents grouped by outlet, outlet type and country, and its blindspot: the
    one outlet type that covers it when every document with a known outlet comes from an
    outlet of that type and there are two or more of them (None otherwise, and when any such
    outlet's type is not known). Documents of no known outlet count under "unknown"."""
    outlets, by_type, by_country = [], Counter(), Counter()
    for name, n in per_outlet.items():
        profile = found.get(name) if name else None
        kind = (profile.type if profile else None) or UNKNOWN
        country = (profile.country if profile else None) or UNKNOWN
        outlets.append({"outlet": name or None, "documents": n, "type": kind, "country": country})
        by_type[kind] += n
        by_country[country] += n
    return {
        "outlets": outlets,
        "by_type": dict(by_type.most_common()),
        "by_country": dict(by_country.most_common()),
        "blindspot": blindspot([o for o in outlets if o["outlet"]]),
    }


def blindspot(outlets: list[dict[str, Any]]) -> str | None:
    """The one outlet type of these (outlet, documents, type) rows when they all share it and
    hold two or more documents; None when the types differ or one is not known."""
    kinds = {o["type"] for o in outlets}
    if len(kinds) != 1 or UNKNOWN in kinds or sum(o["documents"] for o in outlets) < 2:
        return None
    return kinds.pop()


def story_list_kinds(found: OutletDirectory, row: dict[str, Any]) -> dict[str, Any]:
    """The outlet types and countries of a story-list item (its outlets, from the summary
    row) and its blindspot, counted over its distinct articles."""
    profiles = [found.get(name) for name in row["outlets"]]
    kinds = sorted({(p.type if p else None) or UNKNOWN for p in profiles})
    countries = sorted({(p.country if p else None) or UNKNOWN for p in profiles})
    rows = [{"type": k, "documents": row["articles"]} for k in kinds]
    return {"outlet_types": kinds, "countries": countries, "blindspot": blindspot(rows)}


class OutletFramingReader(OutletReader, FramingReader, Protocol):
    """The loaded terms counted per outlet, and the stored framing occurrences."""


def outlet_framing(store: OutletFramingReader, outlet: str | None = None) -> dict[str, Any]:
    """Loaded terms per outlet and month (category counts), each outlet's most frequent
    terms, as the store counts them for every stored document, and per target the outlet
    frames (`targets`): of its articles about the target, the share using each category,
    overall and by month (`rasad.services.framing.category_shares`)."""
    months: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    terms: dict[str, Counter] = defaultdict(Counter)
    for r in store.outlet_framing(outlet):
        months[r["outlet"]][r["month"]][r["category"]] += r["n"]
        terms[r["outlet"]][(r["term"], r["category"])] += r["n"]
    targets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for cell in category_shares(store, FramingFilter(outlet=outlet)):
        targets[cell["outlet"] or ""].append({k: v for k, v in cell.items() if k != "outlet"})
    for cells in targets.values():  # the targets it frames most first
        cells.sort(key=lambda c: (-framed_documents(c), -c["documents"]))
    found = directory(store)
    return {
        "outlets": [
            {
                "outlet": name or None,
                **profile_fields(found, name or None),
                "months": {m: dict(c) for m, c in sorted(months[name].items())},
                "categories": dict(sum(months[name].values(), Counter()).most_common()),
                "terms": [
                    {"term": t, "category": c, "n": n}
                    for (t, c), n in terms[name].most_common(TOP_TERMS)
                ],
                "targets": targets.get(name or "", []),
            }
            for name in sorted(months, key=str.casefold)
        ]
    }
