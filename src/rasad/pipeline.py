"""The stage registry: which stages exist, in what order, what each needs and sets.

A stage is registered once as a *factory*: `factory(settings) -> Callable[[Document], Document]`.
Factories load their resources (models, lexicons) once; the callable they return does no I/O.
Stages that need the whole batch also register a `pipe` over an iterable of documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module

from rasad.config import Settings
from rasad.model import Document

StageFn = Callable[[Document], Document]
Factory = Callable[[Settings], StageFn]


@dataclass(frozen=True)
class StageSpec:
    name: str
    factory: Factory
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    help: str
    languages: tuple[str, ...] | None = None  # the languages it analyses (None: every one)


_REGISTRY: dict[str, StageSpec] = {}

# The modules that register stages, imported lazily so `import rasad` stays cheap.
STAGE_MODULES = (
    "rasad.stages.extract",
    "rasad.stages.clean",
    "rasad.stages.outlet",
    "rasad.stages.langid",
    "rasad.stages.entities",
    "rasad.stages.pubdate",
    "rasad.stages.dates",
    "rasad.stages.numbers",
    "rasad.stages.quotes",
    "rasad.stages.framing",
    "rasad.stages.embed",
)

# The default order of the analysis pipeline; stages not (yet) registered are skipped.
DEFAULT_STAGES = (
    "extract",
    "clean",
    "outlet",
    "langid",
    "entities",
    "pubdate",
    "dates",
    "numbers",
    "quotes",
    "framing",
    "embed",
)

# What readers set before any stage runs.
READER_FIELDS = (
    "id",
    "source",
    "raw_text",
    "html",
    "url",
    "outlet",
    "metadata_date",
    "lang_hint",
    "identity",
    "container",
)


def stage(
    name: str,
    *,
    requires: Iterable[str],
    assigns: Iterable[str],
    help: str,
    languages: Iterable[str] | None = None,
) -> Callable:
    """Decorator registering a stage factory under `name`; a stage given `languages` is
    skipped for documents in any other language (their fields keep their empty defaults)."""

    def register(factory: Factory) -> Factory:
        langs = tuple(languages) if languages is not None else None
        _REGISTRY[name] = StageSpec(name, factory, tuple(requires), tuple(assigns), help, langs)
        return factory

    return register


def registered() -> dict[str, StageSpec]:
    """All registered stages, after importing the modules that define them."""
    for module in STAGE_MODULES:
        try:
            import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:  # a stage module that exists but misses a dependency
                raise
    return dict(_REGISTRY)


class PipelineError(ValueError):
    """A pipeline was asked for in an order that cannot work."""


@dataclass
class Pipeline:
    """Built stages in order; calling it runs a document through every one.

    A stage that raises rejects the document with the error as its reason, so one bad input
    cannot stop an ingest; a `strict` pipeline re-raises instead (tests, debugging)."""

    specs: list[StageSpec]
    fns: list[StageFn] = field(default_factory=list)
    strict: bool = False

    def __call__(self, doc: Document) -> Document:
        for spec, fn in zip(self.specs, self.fns, strict=True):
            if doc.rejected:
                break
            if spec.languages is not None and doc.lang not in spec.languages:
                continue
            try:
                doc = fn(doc)
            except Exception as exc:  # a stage bug must not lose the document
                if self.strict:
                    raise
                doc.rejected = f"stage {spec.name} failed: {type(exc).__name__}: {exc}"
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every document through the pipeline, lazily."""
        for doc in docs:
            yield self(doc)

    def pipe_list(self, docs: list[Document]) -> list[Document]:
        """Run every document through the pipeline, now (for a worker thread)."""
        return [self(doc) for doc in docs]

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]


def check_order(specs: list[StageSpec]) -> None:
    """Fail with a clear message when a stage needs a field nothing before it sets."""
    available = set(READER_FIELDS)
    for spec in specs:
        missing = [r for r in spec.requires if r not in available]
        if missing:
            raise PipelineError(
                f"stage '{spec.name}' requires {', '.join(missing)}, "
                f"which no earlier stage assigns (order: {[s.name for s in specs]})"
            )
        available.update(spec.assigns)


class DeferredStage:
    """A stage built the first time a document reaches it: a process that hands its documents
    to others (`rasad.services.ingest.LocalAnalysis`) then never loads the models and
    lexicons of the stages it does not run."""

    def __init__(self, spec: StageSpec, settings: Settings) -> None:
        self.spec, self.settings = spec, settings
        self.fn: StageFn | None = None

    def __call__(self, doc: Document) -> Document:
        if self.fn is None:
            self.fn = self.spec.factory(self.settings)
        return self.fn(doc)


def build_pipeline(
    settings: Settings, names: Iterable[str] | None = None, now: Iterable[str] | None = None
) -> Pipeline:
    """Build the stages named (default: every registered default stage), checking their order;
    the pipeline is strict (stage errors raise) when `settings.strict` is. With `now`, only
    the stages it names are built at once, the others when a document first reaches them
    (`DeferredStage`)."""
    available = registered()
    if names is None:
        wanted = [n for n in DEFAULT_STAGES if n in available]
    else:
        wanted = list(names)
        unknown = [n for n in wanted if n not in available]
        if unknown:
            raise PipelineError(f"unknown stage(s): {', '.join(unknown)}")
    specs = [available[n] for n in wanted]
    check_order(specs)
    at_once = None if now is None else set(now)
    fns = [
        spec.factory(settings)
        if at_once is None or spec.name in at_once
        else DeferredStage(spec, settings)
        for spec in specs
    ]
    return Pipeline(specs, fns, settings.strict)
