"""The stage registry: which stages exist, in what order, what each needs and sets.

A stage is registered once as a *factory*: `factory(settings) -> Callable[[Document], Document]`.
Factories load their resources (models, lexicons) once; the callable they return does no I/O.
Stages that need the whole batch also register a `pipe` over an iterable of documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import MISSING, dataclass, field
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


# A stage that sets one of these leaves nothing to analyse or to place in a story when it
# fails, so the document is rejected with the error as its reason instead of stored without.
ESSENTIAL_FIELDS = frozenset({"text", "vector"})
ERROR_MESSAGE_CHARS = 500  # of an exception's message kept on the document


def run_stage(spec: StageSpec, fn: StageFn, doc: Document, strict: bool = False) -> Document:
    """`doc` through one stage, any error an earlier run of the stage left on it forgotten
    (running a stage again retries it). A stage that raises leaves the fields it assigns
    empty (or as they came, those it also reads: the reader's outlet) and its error on the
    document (`Document.stage_errors`), so the rest of its analysis stands and the document
    is stored; one that sets the text or the vector rejects the document with the error as
    its reason; with `strict` the error is raised (tests, debugging)."""
    if doc.stage_errors:
        doc.stage_errors = [e for e in doc.stage_errors if e["stage"] != spec.name]
    came = {name: getattr(doc, name) for name in spec.assigns if name in spec.requires}
    try:
        return fn(doc)
    except Exception as exc:  # a stage bug must not lose the document, nor stop the batch
        if strict:
            raise
        if ESSENTIAL_FIELDS & set(spec.assigns):
            doc.rejected = f"stage {spec.name} failed: {type(exc).__name__}: {exc}"
            return doc
        for name in spec.assigns:
            setattr(doc, name, came[name] if name in came else empty_value(name))
        message = str(exc)[:ERROR_MESSAGE_CHARS]
        doc.stage_errors.append(
            {"stage": spec.name, "error": type(exc).__name__, "message": message}
        )
        return doc


def empty_value(name: str) -> object:
    """A `Document` field's value before any stage set it."""
    spec = Document.__dataclass_fields__[name]
    if spec.default_factory is not MISSING:
        return spec.default_factory()
    return None if spec.default is MISSING else spec.default


@dataclass
class Pipeline:
    """Built stages in order; calling it runs a document through every one.

    A stage that raises leaves its fields empty and its error on the document, which goes on
    through the other stages (`run_stage`), so one stage's bug cannot lose a document or stop
    an ingest; a `strict` pipeline re-raises instead (tests, debugging)."""

    specs: list[StageSpec]
    fns: list[StageFn] = field(default_factory=list)
    strict: bool = False

    def __call__(self, doc: Document) -> Document:
        for spec, fn in zip(self.specs, self.fns, strict=True):
            if doc.rejected:
                break
            if spec.languages is not None and doc.lang not in spec.languages:
                continue
            doc = run_stage(spec, fn, doc, self.strict)
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


def check_order(specs: list[StageSpec], given: Iterable[str] = READER_FIELDS) -> None:
    """Fail with a clear message when a stage needs a field nothing before it sets (`given`:
    the fields documents arrive with)."""
    available = set(given)
    for spec in specs:
        missing = [r for r in spec.requires if r not in available]
        if missing:
            raise PipelineError(
                f"stage '{spec.name}' requires {', '.join(missing)}, "
                f"which no earlier stage assigns (order: {[s.name for s in specs]})"
            )
        available.update(spec.assigns)


def stages_reading(first: str) -> list[str]:
    """Stage `first` and every later default stage that reads what it, or another of these,
    assigns, in order: what must run again on a stored document when `first` changes
    (entities → quotes, whose speakers are its mentions → framing, whose targets and voices
    read both)."""
    available = registered()
    names = [n for n in DEFAULT_STAGES if n in available]
    if first not in names:
        raise PipelineError(f"unknown stage: {first}")
    chosen, assigned = [first], set(available[first].assigns)
    for name in names[names.index(first) + 1 :]:
        if assigned & set(available[name].requires):
            chosen.append(name)
            assigned |= set(available[name].assigns)
    return chosen


def rerun_pipeline(settings: Settings, *first: str) -> Pipeline:
    """The stages that analyse a stored document again from each stage of `first`
    (`stages_reading`), in the default order: every field a default stage not chosen assigns
    is stored with the document (the dates stage reads the stored publication date, which a
    user's correction may have set)."""
    available = registered()
    wanted = {name for one in first for name in stages_reading(one)}
    chosen = [n for n in DEFAULT_STAGES if n in wanted]
    stored = [
        *READER_FIELDS,
        *(
            field
            for n in DEFAULT_STAGES
            if n in available and n not in wanted
            for field in available[n].assigns
        ),
    ]
    specs = [available[n] for n in chosen]
    check_order(specs, stored)
    return Pipeline(specs, [spec.factory(settings) for spec in specs], settings.strict)


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
