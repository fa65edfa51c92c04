"""Charts for the pages as server-side SVG: no script, no CDN, a few kilobytes each, drawn
from the counts the queries already return. Each chart has a table alternative in its page
(the same counts, for screen readers and for copying). Colours are presentation attributes,
not styles, so the pages' Content-Security-Policy (no inline styles) holds."""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape
from urllib.parse import quote

from markupsafe import Markup

PALETTE = ("#0b5cad", "#d97706", "#059669", "#be123c", "#7c3aed", "#0891b2", "#65a30d", "#64748b")
OTHER = "#cbd5e1"
MIN_SLOTS = 12  # a chart over time draws at least this many periods


def months_between(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from `first` to `last`, so a chart's time runs evenly."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def time_axis(per_month: dict[str, dict[str, int]]) -> tuple[list[str], dict[str, dict[str, int]]]:
    """The periods of a chart over time (months, or years past 60 months) with their counts
    summed; "unknown" and malformed months are left out (the table keeps them)."""
    dated = {m: c for m, c in per_month.items() if len(m) == 7 and m[4] == "-"}
    if not dated:
        return [], {}
    periods = months_between(min(dated), max(dated))
    if len(periods) > 60:
        periods = [str(y) for y in range(int(periods[0][:4]), int(periods[-1][:4]) + 1)]
    summed: dict[str, dict[str, int]] = {p: {} for p in periods}
    for month, counts in dated.items():
        period = month if month in summed else month[:4]
        for key, n in counts.items():
            summed[period][key] = summed[period].get(key, 0) + n
    return periods, summed


def colours(keys: list[str]) -> dict[str, str]:
    """A colour per series; past the palette, the rest share one grey."""
    return {k: PALETTE[i] if i < len(PALETTE) else OTHER for i, k in enumerate(keys)}


def stacked_bars(
    per_month: dict[str, dict[str, int]],
    keys: list[str],
    label: Callable[[str], str] = str,
    title: str = "",
    width: int = 720,
    height: int = 180,
    name: Callable[[str], str] = str,
) -> Markup:
    """Counts over time as stacked bars, one colour per key (in `keys`' order), with the
    first and last period and the highest count written on the axes; each bar's tooltip
    names its key with `name` (a language or an outlet in the reader's language)."""
    periods, summed = time_axis(per_month)
    if not periods:
        return Markup("")
    fill = colours(keys)
    top = max(sum(c.values()) for c in summed.values()) or 1
    left, bottom, plot_h = 36, 22, height - 30
    # At least a year of slots: a story of one month is one narrow bar, not a solid block.
    step = (width - left - 4) / max(len(periods), MIN_SLOTS)
    bar = max(step * 0.8, 1)
    parts = [
        f'<svg class="chart bars" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}" preserveAspectRatio="none" data-bars="{len(periods)}">',
        f'<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" '
        'stroke="#94a3b8"/>',
        f'<text x="{left - 4}" y="12" text-anchor="end" font-size="11" fill="#5b6475">{top}</text>',
    ]
    for i, period in enumerate(periods):
        y = height - bottom
        for key in keys:
            n = summed[period].get(key, 0)
            if not n:
                continue
            h = n / top * plot_h
            y -= h
            tip = Markup("{} · {}: {}").format(
                label(period), name(key), n
            )  # escapes str, not Markup
            parts.append(
                f'<rect x="{left + i * step:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{fill[key]}"><title>{tip}</title></rect>'
            )
    end = left + len(periods) * step
    ends = [(left, periods[0], "start")]
    if len(periods) > 1 and end - left >= 140:  # closer, the two labels would overlap
        ends.append((min(end, width), periods[-1], "end"))
    for x, period, anchor in ends:
        parts.append(
            f'<text x="{x}" y="{height - 6}" text-anchor="{anchor}" font-size="11" '
            f'fill="#5b6475">{escape(label(period))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def legend(keys: list[str], label: Callable[[str], str] = str) -> Markup:
    """The series' colours as an HTML list (so names wrap and read in either direction)."""
    fill = colours(keys)
    items = "".join(
        f'<li><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" '
        f'fill="{fill[k]}"/></svg> <bdi>{escape(label(k))}</bdi></li>'
        for k in keys
    )
    return Markup(f'<ul class="legend">{items}</ul>')


NETWORK_LABEL = 26  # characters of a name written beside its node (the hover has it all)


def network(
    centre: str, neighbours: list[dict[str, object]], width: int = 720, height: int = 380
) -> Markup:
    """An entity and those it appears with, on a circle around it: a line's width and a
    node's size grow with the documents they share; each name links to its entity page.
    A name is written away from the centre (right of a node on the right, left of one on the
    left, above or below one at the top or bottom), so neighbours' names do not overlap."""
    if not neighbours:
        return Markup("")
    top = max(int(n["documents"]) for n in neighbours) or 1  # type: ignore[call-overload]
    cx, cy, r = width / 2, height / 2, min(width, height) / 2 - 40
    lines, nodes = [], []
    for i, n in enumerate(neighbours):
        angle = 2 * math.pi * i / len(neighbours) - math.pi / 2
        dx, dy = math.cos(angle), math.sin(angle)
        x, y = cx + r * dx, cy + r * dy
        share = int(n["documents"]) / top  # type: ignore[call-overload]
        lines.append(
            f'<line x1="{cx:.0f}" y1="{cy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke="#94a3b8" '
            f'stroke-width="{1 + 5 * share:.1f}"/>'
        )
        name = str(n["name"])
        label = name
        if len(name) > NETWORK_LABEL:  # cut at a word's end where there is one
            label = name[: NETWORK_LABEL - 1].rsplit(" ", 1)[0].rstrip() + "…"
        if abs(dx) < 0.15:  # top or bottom: centred above or below
            tx, ty, anchor = x, y + (22 if dy > 0 else -14), "middle"
        else:  # a side: beside the node, away from the centre
            tx, ty, anchor = x + (12 if dx > 0 else -12), y + 5, "start" if dx > 0 else "end"
        nodes.append(
            f'<a href="/entities/{quote(str(n["id"]), safe="")}"><circle cx="{x:.0f}" cy="{y:.0f}" '
            f'r="{4 + 6 * share:.1f}" fill="#0b5cad"><title>{escape(name)}: '
            f'{n["documents"]}</title></circle><text x="{tx:.0f}" '
            f'y="{ty:.0f}" text-anchor="{anchor}" direction="ltr" font-size="13" '
            f'fill="#1d2433">{escape(label)}</text></a>'
        )
    return Markup(
        f'<svg class="chart network" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(centre)}">' + "".join(lines) + f'<circle cx="{cx:.0f}" '
        f'cy="{cy:.0f}" r="12" fill="#be123c"/><text x="{cx:.0f}" y="{cy + 30:.0f}" '
        f'text-anchor="middle" font-size="14" font-weight="700" fill="#1d2433">'
        f"{escape(centre)}</text>" + "".join(nodes) + "</svg>"
    )


def heat_level(n: int, top: int) -> int:
    """0–4: how dark an outlets × stories cell is (by the share of the largest count)."""
    return 0 if n <= 0 else min(4, 1 + int(3 * n / max(top, 1)))
