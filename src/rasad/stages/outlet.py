"""Outlet: which outlet published a document, named as its profile names it.

Evidence, strongest first: the page's address (its domain, or a parent domain, listed in a
profile); the name the container or the page's metadata gave (a profile's name or alias, or a
host name); then, for a document that names no outlet at all, its own words: a copyright line
(«© 2021 …», «جميع الحقوق محفوظة لـ…», «کلیه حقوق … محفوظ است»), a wire credit in the dateline
(«بغداد 9 أغسطس 2021 (شينخوا)», «عبدالله البرقاوي- سبق- الرياض:») and a footer or about box
line that is nothing but an outlet's name. Profiles come from `data/outlets/outlets.csv`
(packaged) and the user's own (`rasad outlets import`), which override a packaged row of the
same name. A name in the text is taken only in those places: an agency cited in a sentence
(«ونقلت وكالة الأنباء العراقية») is a source, not the outlet.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from urllib.parse import urlparse

from rasad.config import Settings
from rasad.data import read_table
from rasad.model import Document
from rasad.pipeline import stage
from rasad.text.normalize import normalize

OUTLET_TYPES = ("state", "public", "private", "party", "military")
FIELDS = ("name", "aliases", "domains", "country", "lang", "type", "source")


@dataclass(frozen=True)
class OutletProfile:
    """One outlet: its names, domains, country (ISO 3166-1), language, type and where the
    row's facts come from."""

    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None
    lang: str | None = None
    type: str | None = None  # one of OUTLET_TYPES, or None when not known
    source: str | None = None
    origin: str = "packaged"  # packaged | user

    def as_dict(self) -> dict[str, object]:
        """The profile as the API and the CLI show it."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "domains": list(self.domains),
            "country": self.country,
            "lang": self.lang,
            "type": self.type,
            "source": self.source,
            "origin": self.origin,
        }


class OutletRowError(ValueError):
    """A row of an outlets table that cannot be used (the message names the row)."""


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def profile_from_row(row: dict[str, str | None], origin: str = "user") -> OutletProfile:
    """A profile from one row of an outlets CSV (`aliases` and `domains` split on `|`);
    OutletRowError when it has no name or an unknown type."""
    name = (row.get("name") or "").strip()
    if not name:
        raise OutletRowError("a row without a name")
    kind = (row.get("type") or "").strip().lower() or None
    if kind is not None and kind not in OUTLET_TYPES:
        raise OutletRowError(f"{name}: type {kind!r} is not one of {', '.join(OUTLET_TYPES)}")
    domains = tuple(d.lower().removeprefix("www.") for d in _split(row.get("domains")))
    return OutletProfile(
        name=name,
        aliases=_split(row.get("aliases")),
        domains=domains,
        country=(row.get("country") or "").strip().upper() or None,
        lang=(row.get("lang") or "").strip().lower() or None,
        type=kind,
        source=(row.get("source") or "").strip() or None,
        origin=origin,
    )


def read_profiles(text: str, origin: str = "user") -> list[OutletProfile]:
    """The profiles of an outlets CSV text (header: name, aliases, domains, country, lang,
    type, source; only `name` is required)."""
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise OutletRowError("the CSV needs a header row with a `name` column")
    return [
        profile_from_row(row, origin)
        for row in reader
        if any((v or "").strip() for v in row.values())
    ]


def packaged_profiles() -> list[OutletProfile]:
    """The outlet profiles shipped in `rasad/data/outlets/outlets.csv`."""
    text = resources.files("rasad.data").joinpath("outlets/outlets.csv").read_text("utf-8")
    return read_profiles(text, origin="packaged")


@functools.cache
def names_for_readers() -> dict[str, dict[str, str]]:
    """The packaged outlets' names as Arabic and Persian pages write them
    (`rasad/data/outlets/names.tsv`: outlet → {lang: name})."""
    names: dict[str, dict[str, str]] = {}
    for outlet, lang, shown, _source in read_table("outlets/names.tsv"):
        names.setdefault(outlet, {})[lang] = shown
    return names


def _key(name: str) -> str:
    """A name's matching form: letters unified, quotes and dashes dropped, spaces collapsed."""
    return " ".join(re.sub(r"[\"'«»“”‘’\-–—_.()]", " ", normalize(name)).split())


@dataclass
class OutletDirectory:
    """Profiles by name, alias and domain (the user's profiles override packaged ones)."""

    profiles: dict[str, OutletProfile] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)
    by_domain: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, *layers: Iterable[OutletProfile]) -> OutletDirectory:
        """A directory of these profiles; a later layer's profile of a name already listed
        replaces each field it gives (an empty field keeps the earlier value)."""
        directory = cls()
        for layer in layers:
            for profile in layer:
                earlier = directory.profiles.get(profile.name)
                directory.profiles[profile.name] = _over(earlier, profile) if earlier else profile
        for profile in directory.profiles.values():
            for name in (profile.name, *profile.aliases):
                directory.by_key.setdefault(_key(name), profile.name)
            for domain in profile.domains:
                directory.by_domain.setdefault(domain, profile.name)
        return directory

    def get(self, name: str | None) -> OutletProfile | None:
        """The profile an outlet name (its own, an alias, or a host name) designates."""
        if not name:
            return None
        if name in self.profiles:
            return self.profiles[name]
        found = self.by_key.get(_key(name))
        if found is None and "." in name and " " not in name.strip():
            found = self.for_host(name)
        return self.profiles.get(found) if found else None

    def for_host(self, host: str) -> str | None:
        """The outlet whose domain (or a parent domain of it) is this host."""
        host = host.lower().strip().removeprefix("www.")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None


def _over(earlier: OutletProfile, later: OutletProfile) -> OutletProfile:
    """`later` with the fields it leaves empty taken from `earlier`."""
    given = {k: v for k, v in vars(later).items() if v}
    return OutletProfile(**{**vars(earlier), **given})


# Copyright lines: the sign or the words, in the three languages.
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved"
    r"|(?:جميع|كل|كافة)\s+الحقوق\s+محفوظة|الحقوق\s+محفوظة"
    r"|(?:کلیه|تمامی|همه|كليه)\s+(?:ی\s+)?حقوق.{0,80}(?:محفوظ|متعلق)",
    re.I,
)
# the holder a copyright line names when no profile is found in it
_HOLDER = [
    re.compile(
        r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<h>[^\n.,|©]{2,60})", re.I
    ),
    re.compile(r"(?:محفوظة|محفوظه)\s+(?:ل|لـ|لصالح)\s*(?P<h>[^\n.,|©\d]{2,60})"),
    re.compile(
        r"(?:متعلق به|متعلق بە|محفوظ و متعلق به)\s*(?P<h>[^\n.,|©\d]{2,60}?)\s*(?:است|می\s?باشد|$)"
    ),
]
MAX_CREDIT_LINE = 160  # a copyright line is short; a sentence about rights is not one
MAX_DATELINE_PREFIX = 40  # characters before a wire credit at the start of a paragraph
LEAD_PARAGRAPHS = 3
MAX_NAME_LINE_WORDS = 6


@dataclass(frozen=True)
class Recognised:
    """An outlet name and what showed it: url, metadata, copyright, dateline, byline or
    footer."""

    name: str
    evidence: str


def recognise_outlet(doc: Document, directory: OutletDirectory) -> Recognised | None:
    """The outlet of a document, or None when nothing shows it."""
    host = _host(doc.url)
    if host and (found := directory.for_host(host)):
        return Recognised(found, "url")
    if doc.outlet:
        profile = directory.get(doc.outlet)
        return Recognised(profile.name if profile else doc.outlet, "metadata")
    lines = [line.strip() for line in [*doc.text.split("\n"), *doc.removed] if line.strip()]
    return (
        _from_copyright(lines, directory)
        or _from_dateline(doc.text, directory)
        or _from_name_line(doc.text, doc.removed, directory)
    )


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlparse(url).hostname
    except ValueError:
        return None


def _names_in(text: str, directory: OutletDirectory) -> set[str]:
    """Outlets whose name or alias occurs in `text` as whole words (the longest wins where
    names overlap)."""
    key = f" {_key(text)} "
    found: dict[str, int] = {}
    for name_key, outlet in directory.by_key.items():
        if len(name_key) > 1 and f" {name_key} " in key:
            found[outlet] = max(found.get(outlet, 0), len(name_key))
    if not found:
        return set()
    longest = max(found.values())
    return {o for o, n in found.items() if n == longest}


def _from_copyright(lines: list[str], directory: OutletDirectory) -> Recognised | None:
    for line in lines:
        if len(line) > MAX_CREDIT_LINE or not _COPYRIGHT.search(line):
            continue
        named = _names_in(line, directory)
        if len(named) == 1:
            return Recognised(named.pop(), "copyright")
        for pattern in _HOLDER:
            if m := pattern.search(line):
                holder = _holder_name(m.group("h"))
                if holder:
                    profile = directory.get(holder)
                    return Recognised(profile.name if profile else holder, "copyright")
    return None


_HOLDER_NOISE = re.compile(
    r"\b(?:all rights reserved|inc|ltd|llc)\b|جميع الحقوق|محفوظة|محفوظ|است|\d", re.I
)


def _holder_name(text: str) -> str | None:
    """The holder's name cut from a copyright line's tail, or None when little is left."""
    name = _HOLDER_NOISE.sub(" ", text)
    name = " ".join(name.strip(" -–—:;|").split())
    words = name.split()
    if not words or len(words) > MAX_NAME_LINE_WORDS or not any(ch.isalpha() for ch in name):
        return None
    return name


# a wire credit right after the dateline («بغداد 9 أغسطس 2021 (شينخوا)»), or a byline's outlet
# between dashes («عبدالله البرقاوي- سبق- الرياض:»)
_CREDIT = re.compile(r"\(([^()\n]{1,40})\)|[-–—]\s*([^-–—\n:]{1,30}?)\s*[-–—]")


def _from_dateline(text: str, directory: OutletDirectory) -> Recognised | None:
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()][:LEAD_PARAGRAPHS]
    for paragraph in paragraphs:
        for m in _CREDIT.finditer(paragraph[: MAX_DATELINE_PREFIX + 60]):
            prefix = paragraph[: m.start()]
            if len(prefix) > MAX_DATELINE_PREFIX or _names_in(prefix, directory):
                break  # a sentence that cites an agency, not a dateline
            # a dateline is a place and a date, or a place or a name alone
            if not (any(ch.isdigit() for ch in prefix) or len(prefix.split()) <= 2):
                break
            credited = m.group(1) or m.group(2)
            profile = directory.get(credited)
            if profile:
                return Recognised(profile.name, "dateline" if m.group(1) else "byline")
    return None


def _from_name_line(text: str, removed: list[str], directory: OutletDirectory) -> Recognised | None:
    """A footer or about-box line that is only an outlet's name (in the removed boilerplate, or
    among the last lines of the text)."""
    tail = [line.strip() for line in text.split("\n") if line.strip()][-5:]
    for line in [*removed, *tail]:
        words = line.strip(" \"'«»“”").split()
        if not words or len(words) > MAX_NAME_LINE_WORDS:
            continue
        found = directory.by_key.get(_key(line))
        if found:
            return Recognised(found, "footer")
    return None


@functools.cache
def packaged_directory() -> OutletDirectory:
    """The directory of the packaged profiles (read once)."""
    return OutletDirectory.of(packaged_profiles())


@stage(
    "outlet",
    requires=["text", "removed", "url", "outlet"],
    assigns=["outlet"],
    help="the outlet named as its profile names it: domain, metadata, copyright line, "
    "dateline credit or footer (data/outlets/outlets.csv)",
)
def make_outlet(settings: Settings):
    directory = packaged_directory()

    def outlet(doc: Document) -> Document:
        found = recognise_outlet(doc, directory)
        if found:
            doc.outlet = found.name
        return doc

    return outlet
