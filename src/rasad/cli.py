"""The `rasad` command: thin wrappers around the services. What the API serves, the CLI reads
through the same queries (`rasad.services.queries`), never through the API.

Exit codes: 0 success; 1 error (nothing or not everything done); 2 bad usage;
3 done, but some inputs were rejected, or stored with a stage's error (each one is listed
on stderr).
"""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext, suppress
from pathlib import Path
from typing import Any

import click

from rasad.config import describe, load_settings
from rasad.services.materialize import open_store as open_materialized
from rasad.store import StoreError
from rasad.store.sql import public_url

EXIT_REJECTED = 3
OUTLETS_SHOWN = 8  # outlets `rasad search` names in its "by outlet" line


def db_option(command):
    """`--db` on a subcommand too, so `rasad ingest --db X` works like `rasad --db X ingest`."""
    return click.option("--db", "sub_db", help="Database (overrides the global --db).")(command)


def _settings(ctx: click.Context, **overrides: Any):
    if sub_db := ctx.params.get("sub_db"):
        overrides["db"] = sub_db
    return load_settings(**{**ctx.obj, **{k: v for k, v in overrides.items() if v is not None}})


def _open(settings):
    """The store with its views up to date. A database stored by an older version has
    backfills pending (queued by its migrations): they run first, and on a big archive that
    takes minutes, so the user is told which and shown their progress on stderr rather than
    left waiting in silence."""
    from rasad.services.materialize import uncovered
    from rasad.store import open_store

    try:
        store = open_store(settings.db)
        # a new database's migrations queue backfills too: with no document they do nothing
        pending = store.pending_backfills() if store.last_document_seq() else []
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    if todo := uncovered(pending):
        click.echo(
            f"this database was stored by an older rasad: running the pending backfill"
            f"{'s' if len(todo) > 1 else ''} {', '.join(todo)} "
            "first (once; `rasad backfill` says what each does)",
            err=True,
        )
        with suppress(StoreError):  # read-only: the views stay as the last writer left them
            for name in todo:
                _run_backfill(store, settings, name, pending, quiet=not sys.stderr.isatty())
    store.close()
    try:
        return open_materialized(settings.db, settings)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _dump(obj: Any, out: Path | None = None) -> None:
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        click.echo(text)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="RASAD_DB",
    help="Database: SQLite path (default ./rasad.db) or postgresql:// URL.",
)
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path), help="Config file (TOML)."
)
@click.version_option(package_name="rasad")
@click.pass_context
def main(ctx: click.Context, db: str | None, config_file: Path | None) -> None:
    """rasad: offline news intelligence for Arabic, Persian and English news.

    Typical use: `rasad ingest FOLDER`, then `rasad stats`, `rasad show ID`,
    `rasad export -o export.json`.
    """
    ctx.obj = {"db": db, "config_file": config_file}


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option("--batch-size", type=int, help="Documents per transaction (default 50).")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Analyse here, or on a Dask cluster (a local one unless --scheduler).",
)
@click.option("--workers", type=int, default=2, show_default=True, help="Local Dask workers.")
@click.option("--scheduler", help="Address of a running Dask scheduler (tcp://host:8786).")
@click.option(
    "--part-records",
    type=int,
    default=50,
    show_default=True,
    help="Dask: documents per part (big JSONL, WARC and feed files are cut by records).",
)
@db_option
@click.pass_context
def ingest(
    ctx: click.Context,
    sub_db: str | None,
    paths: tuple[Path, ...],
    quiet: bool,
    batch_size: int | None,
    engine: str,
    workers: int,
    scheduler: str | None,
    part_records: int,
) -> None:
    """Ingest files or folders: .txt .html .jsonl RSS/Atom .warc(.gz).

    Re-running is safe: content already stored is skipped, and an interrupted run
    resumes where it stopped.

    Exit status 0 when every input was stored; 3 when the run finished but some inputs
    were rejected or stored with a stage's error (each is listed on stderr as
    "rejected: SOURCE: REASON" or "stage error: SOURCE: ERROR"); 1 on an error that
    stopped the run.
    """
    from rasad.services.ingest import ingest_lock, ingest_paths
    from rasad.stages.readers import expand_paths

    settings = _settings(ctx, batch_size=batch_size)
    store = _open(settings)
    total = len(expand_paths(paths))

    def waiting() -> None:
        click.echo(f"waiting for another ingest into {settings.db} to finish", err=True)

    try:
        with (
            ingest_lock(settings.db, waiting),
            click.progressbar(
                length=total,
                label="ingesting",
                file=sys.stderr,
                hidden=quiet or total < 2 or not sys.stderr.isatty(),
            ) as bar,
        ):
            if engine == "dask":
                from rasad.services.distributed import ingest_paths_dask

                report = ingest_paths_dask(
                    list(paths),
                    store,
                    settings,
                    workers,
                    scheduler,
                    on_files=bar.update,
                    part_records=part_records,
                )
            else:
                report = ingest_paths(paths, store, settings, on_file=lambda _: bar.update(1))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # the lock file or an input could not be opened
        raise click.ClickException(f"{exc.strerror or exc}: {exc.filename or settings.db}") from exc
    finally:
        store.close()
    for source, reason in report.rejected:
        click.echo(f"rejected: {source}: {reason}", err=True)
    for source, error in report.stage_errors:
        click.echo(f"stage error: {source}: {error}", err=True)
    if not quiet:
        click.echo(f"{report.summary()} → {public_url(settings.db)}", err=True)
    if report.rejected or report.stage_errors:
        ctx.exit(EXIT_REJECTED)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--interval", default=60.0, show_default=True, help="Seconds between polls.")
@click.option("--polls", type=int, help="Stop after this many polls (default: run until Ctrl-C).")
@db_option
@click.pass_context
def watch(ctx, sub_db: str | None, sources, interval: float, polls: int | None) -> None:
    """Keep ingesting new files in folders, and new entries of feeds.

    SOURCES are folders or files to watch, and text files named *feeds*.txt that list
    feed URLs (one a line).
    """
    from rasad.services.watch import split_sources
    from rasad.services.watch import watch as run_watch

    settings = _settings(ctx)
    store = _open(settings)
    watcher = split_sources(sources)

    def tell(report) -> None:
        for source, reason in report.rejected:
            click.echo(f"rejected: {source}: {reason}", err=True)
        for source, error in report.stage_errors:
            click.echo(f"stage error: {source}: {error}", err=True)
        if report.added:
            click.echo(f"{report.added} new documents → {public_url(settings.db)}", err=True)

    try:
        run_watch(watcher, store, settings, interval, polls, on_report=tell)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        store.close()


@main.command()
@click.argument("file", required=False, type=click.File("rb"))
@click.option(
    "--jsonl",
    "jsonl",
    type=click.File("r", encoding="utf-8"),
    help="Bulk mode: one article per line.",
)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Output file."
)
@click.option(
    "--lang", default="auto", show_default=True, help="auto, or a language code to force."
)
@click.option(
    "--published", help="Publication date (YYYY-MM-DD), the reference for relative dates."
)
@click.pass_context
def analyze(ctx, file, jsonl, output, lang, published) -> None:
    """Analyse FILE (or - for stdin) without a database; print one Document as JSON (a feed or
    WARC archive: one Document a line). FILE is read as `ingest` reads it."""
    from rasad.pipeline import build_pipeline
    from rasad.services.analyze import (
        analyze_document,
        analyze_jsonl,
        documents_for_bytes,
        forced_language,
    )

    settings = _settings(ctx)
    if jsonl:
        for obj in analyze_jsonl(jsonl, settings):
            output.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return
    if file is None:
        raise click.UsageError("give FILE, - for stdin, or --jsonl IN.jsonl")
    name = file.name if file.name != "<stdin>" else "stdin"
    docs = documents_for_bytes(file.read(), Path(name).name, file.name, published)
    if all(d.rejected for d in docs):  # rejected by the reader: nothing to analyse
        raise click.ClickException("; ".join(f"{d.source}: {d.rejected}" for d in docs))
    pipeline = forced_language(build_pipeline(settings), lang)
    results = [analyze_document(doc, pipeline) for doc in docs]
    for doc in results:
        if doc.get("rejected"):
            click.echo(f"rejected: {doc['source']}: {doc['rejected']}", err=True)
    if len(results) == 1:
        output.write(json.dumps(results[0], ensure_ascii=False, indent=2) + "\n")
    else:
        output.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in results)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), help="File to write (default stdout)."
)
@click.option("--no-validate", is_flag=True, help="Skip schema validation.")
@db_option
@click.pass_context
def export(ctx, sub_db: str | None, fmt: str, output: Path | None, no_validate: bool) -> None:
    """Export everything as rasad.export/1 JSON, validated against the shipped schema.

    Written item by item (documents, entities, stories), so a large archive needs the memory
    of one story, not of the whole database; a file appears only once every item passed."""
    from rasad.services.export import ExportInvalid, export_size, write_export

    store = _open(_settings(ctx))
    partial = output.with_name(output.name + ".partial") if output else None
    try:
        with (
            partial.open("w", encoding="utf-8") if partial else nullcontext(sys.stdout) as out,
            click.progressbar(length=export_size(store), label="exporting", file=sys.stderr) as bar,
        ):
            written = write_export(store, out, validate=not no_validate, progress=bar.update)
        if partial:
            partial.replace(output)
    except ExportInvalid as exc:
        for problem in exc.problems[:20]:
            click.echo(f"invalid: {problem}", err=True)
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
        if partial and partial.exists():
            partial.unlink()
    if output:
        click.echo(
            f"wrote {written['documents']} documents, {written['entities']} entities and "
            f"{written['stories']} stories to {output}",
            err=True,
        )


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@db_option
@click.pass_context
def stats(ctx, sub_db: str | None, as_json: bool) -> None:
    """Counts by language, outlet and rejection reason, and the stages that failed."""
    from rasad.services import queries

    data = _view(ctx, queries.stats)
    if as_json:
        _dump(data)
        return
    click.echo(f"database   {data['database']} (schema {data['schema_version']})")
    click.echo(f"documents  {data['documents']}   rejected {data['rejected']}")
    first, last = data["published"]["first"], data["published"]["last"]
    click.echo(f"published  {first or '-'} … {last or '-'}")
    for title in ("languages", "outlets", "rejections"):
        if data[title]:
            click.echo(f"{title}:")
            for key, n in list(data[title].items())[:15]:
                click.echo(f"  {n:>7}  {key}")
    if data["stage_error_documents"]:
        click.echo(
            f"stage errors: {data['stage_error_documents']} documents stored without a "
            "stage's output (see each document's stage_errors)"
        )
        for stage, n in data["stage_errors"].items():
            click.echo(f"  {n:>7}  {stage}")


@main.command()
@click.argument("name", required=False)
@click.option(
    "--all",
    "run_all",
    is_flag=True,
    help="Run every pending backfill (those migrations queued), as the next ingest would.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@db_option
@click.pass_context
def backfill(ctx, sub_db: str | None, name: str | None, run_all: bool, quiet: bool) -> None:
    """List the backfills, or run one now.

    A backfill brings stored documents and views up to the current code: "recognise" finds
    every document's entities and dates again (then its quotes, framing and numbers, links
    and story views),
    "quotes" and "framing" run those stages again, the others rebuild links or story views.
    A migration queues the ones its change needs, and the next ingest runs them first; this
    command lists them and runs one by hand (after editing a word list, say, or to retry a
    stage that failed on some documents).

    \b
    rasad backfill               every backfill, pending or not, and what each covers
    rasad backfill recognise     run one now, with a progress bar
    rasad backfill --all         run the pending ones now
    """
    from rasad.services import materialize
    from rasad.store import open_store

    if name and run_all:
        raise click.UsageError("give a backfill's NAME or --all, not both")
    if name and name not in materialize.BACKFILLS:
        raise click.BadParameter(str(materialize.UnknownBackfill(name)), param_hint="NAME")
    settings = _settings(ctx)
    try:
        store = open_store(settings.db)  # not open_materialized: that runs the pending first
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        pending = store.pending_backfills()
        if not name and not run_all:
            _list_backfills(pending)
            return
        if run_all and not pending:
            click.echo("no backfill pending", err=True)
        for each in [name] if name else materialize.uncovered(pending):
            done = _run_backfill(store, settings, each, pending, quiet)
            click.echo(f"backfill {each}: done" + _also(done, each), err=True)
    finally:
        store.close()


def _list_backfills(pending: list[str]) -> None:
    from rasad.services.materialize import BACKFILLS, COVERS, backfill_summary

    click.echo(f"pending (the next ingest runs them first): {', '.join(pending) or 'none'}")
    for each in BACKFILLS:
        mark = "pending" if each in pending else ""
        click.echo(f"  {each:<15} {mark:<8} {backfill_summary(each)}")
        if each in COVERS:
            click.echo(f"  {'':<15} {'':<8} covers: {', '.join(COVERS[each])}")
    click.echo("Run one with `rasad backfill NAME`, the pending ones with `rasad backfill --all`.")


def _run_backfill(store, settings, name: str, pending: list[str], quiet: bool) -> list[str]:
    from rasad.services.materialize import backfill_work, run_backfill

    if quiet:
        return run_backfill(store, settings, name, pending)
    read = {"documents": 0, "stories": 0}

    def shown(_: object) -> str:
        return f"{read['documents']} documents, {read['stories']} stories"

    bar = click.progressbar(
        length=max(backfill_work(store, name), 1),
        label=f"backfill {name}",
        file=sys.stderr,
        item_show_func=shown,
        show_pos=False,
    )
    with bar:

        def progress(unit: str, n: int) -> None:
            read[unit] += n
            bar.update(n, unit)

        done = run_backfill(store, settings, name, pending, progress)
        bar.update(max(bar.length - bar.pos, 0), "")
    return done


def _also(done: list[str], name: str) -> str:
    others = [n for n in done if n != name]
    return f" (and the pending {', '.join(others)} it covers)" if others else ""


@main.command()
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="Print the export Document object.")
@click.option(
    "--bidi/--no-bidi",
    default=None,
    help="Reorder right-to-left lines for the terminal (default: when stdout is a terminal).",
)
@db_option
@click.pass_context
def show(ctx, sub_db: str | None, doc_id: str, as_json: bool, bidi: bool | None) -> None:
    """Show one document: metadata, text and what was removed."""
    from rasad.display import render_document
    from rasad.services import queries

    doc = _view(ctx, queries.document, doc_id)
    if as_json:
        _dump(doc.to_export())
        return
    click.echo(render_document(doc, visual=sys.stdout.isatty() if bidi is None else bidi))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--token", envvar="RASAD_API_TOKEN", help="API token; required off loopback.")
@db_option
@click.pass_context
def serve(ctx, sub_db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the JSON API (/api/v1, docs at /docs) and the web UI."""
    import uvicorn

    from rasad.api.app import create_app, is_loopback

    if not is_loopback(host) and not token:
        raise click.ClickException(
            f"refusing to serve on {host} without an API token (set RASAD_API_TOKEN or --token)"
        )
    settings = _settings(ctx)
    _open(settings).close()  # fail here, clearly, if the database cannot be opened
    click.echo(f"rasad on http://{host}:{port}/  (database {public_url(settings.db)})", err=True)
    uvicorn.run(create_app(settings, token=token), host=host, port=port, log_level="warning")


@main.command()
@click.argument("query")
@click.option("--lang", help="Only this language.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--from", "date_from", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Published on or before (YYYY-MM-DD).")
@click.option("--story", help="Only documents of this story.")
@click.option("--entity", help="Only documents mentioning this entity.")
@click.option("--limit", default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def search(ctx, sub_db, query, lang, outlet, date_from, date_to, story, entity, limit, as_json):
    """Full-text search that matches across spelling variants (ي/ی, ك/ک, ال, digits)."""
    import html
    import re

    from rasad.analysis.pages import Page
    from rasad.analysis.search import SearchFilter
    from rasad.services import queries

    filters = SearchFilter(lang, outlet, date_from, date_to, story, entity)
    found = _view(ctx, queries.search, query, filters, window=Page(limit, 0))
    total = found["total"]
    results = [
        {k: v for k, v in r.items() if k != "dir"} for r in found["results"]
    ]  # "dir" is for the web page
    if as_json:
        counts = {k: found[k] for k in ("languages", "outlets")}
        _dump({"query": query, "total": total, **counts, "results": results})
        return
    click.echo(f"{total} documents match '{query}'", err=True)  # as typed: ZWNJ unescaped
    if len(found["languages"]) > 1:  # a name typed in one script ranks that script first
        counts = ", ".join(f"{lang} {n}" for lang, n in found["languages"].items())
        click.echo(f"by language: {counts}", err=True)
    if len(found["outlets"]) > 1:  # the outlets most of the hits come from
        top = list(found["outlets"].items())[:OUTLETS_SHOWN]
        more = len(found["outlets"]) - len(top)
        counts = ", ".join(f"{outlet} {n}" for outlet, n in top) + (
            f", +{more} more" if more else ""
        )
        click.echo(f"by outlet: {counts}", err=True)
    for person in found["called_first"]:  # whom a one-word name ranks first, and why
        click.echo(
            f"first, the documents naming {person['name']} ({person['entity']}), whom "
            "the news calls by this word alone",
            err=True,
        )
    for r in results:
        text = re.sub(r"</?mark>", "*", r["snippet"]).replace("\n", " ")
        when = r["published"] or "date unknown"
        click.echo(f"\n{r['id']}  [{r['lang']}] {when} {r['outlet'] or ''}".rstrip())
        click.echo(f"  {r['title'] or '(untitled)'}")
        click.echo(f"  {html.unescape(text)}")
        other = [m for m in r.get("matched", ()) if m["via"] != "query"]
        if other:  # why a hit in another script or spelling matched
            said = ", ".join(f"{m['query']} → {m['text']} ({m['via']})" for m in other)
            click.echo(f"  matched {said}")


@main.command()
@click.option("--type", "kind", type=click.Choice(["PER", "ORG", "LOC", "GPE", "MISC"]))
@click.option("--story", help="Only entities of this story.")
@click.option("--limit", default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def entities(ctx, sub_db, kind, story, limit, as_json) -> None:
    """Top entities, one per real-world entity across scripts (as GET /api/v1/entities)."""
    from rasad.analysis.pages import Page
    from rasad.display import readable_names
    from rasad.services import queries

    found = _view(ctx, queries.entity_list, kind, story, Page(limit, 0), documents=20)
    if as_json:
        _dump(found["entities"])
        return
    for e in found["entities"]:
        shown = readable_names(e["names"]).values()
        forms = " / ".join(dict.fromkeys(f for forms in shown for f in forms[:2]))
        click.echo(f"{e['id']}  {e['type']:<4} {e['mentions']:>5}  {e['name']}  ({forms})")
    _more(found)


@main.command()
@click.argument("entity_id")
@click.option("--mentions", default=50, show_default=True, help="Mentions listed (first N).")
@click.option("--mentions-offset", default=0, show_default=True)
@click.option("--quotes", default=50, show_default=True, help="Quotes listed (first N).")
@click.option("--quotes-offset", default=0, show_default=True)
@click.option("--show-mentions", is_flag=True, help="List the mentions (text mode).")
@click.option("--show-quotes", is_flag=True, help="List the quotes (text mode).")
@click.option("--full", is_flag=True, help="Whole quotes, not their first 100 characters.")
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def entity(
    ctx,
    sub_db,
    entity_id: str,
    mentions,
    mentions_offset,
    quotes,
    quotes_offset,
    show_mentions: bool,
    show_quotes: bool,
    full: bool,
    as_json: bool,
) -> None:
    """One entity: names in every script, mentions over time, stories, co-occurring entities
    (as GET /api/v1/entities/ID, with its mentions and quotes paged)."""
    from rasad.analysis.pages import Page
    from rasad.display import readable_names
    from rasad.services import queries

    pages = Page(mentions, mentions_offset), Page(quotes, quotes_offset)
    detail = _view(ctx, queries.entity_page, entity_id, *pages)
    if as_json:
        _dump(detail)
        return
    click.echo(
        f"{detail['name']}  [{detail['type']}]  {detail['mentions']} mentions in "
        f"{detail['document_count']} documents"
    )
    for lang, forms in readable_names(detail["names"]).items():
        click.echo(f"  {lang}: {', '.join(forms)}")
    click.echo("mentions by month: " + ", ".join(f"{k} {v}" for k, v in detail["timeline"].items()))
    click.echo(f"stories: {detail['story_count']}")
    click.echo("appears with: " + ", ".join(c["name"] for c in detail["cooccurring"]))
    if show_mentions:
        page = detail["mention_page"]
        click.echo(
            f"mentions {page['offset'] + 1}–{page['offset'] + len(detail['mention_list'])} of {page['total']}:"
        )
        for m in detail["mention_list"]:
            click.echo(f"  {m['doc']}  {m['date']}  {m['text']}  [{m['start']}:{m['end']}]")
    if show_quotes:
        page = detail["quote_page"]
        click.echo(
            f"quotes {page['offset'] + 1}–{page['offset'] + len(detail['quotes'])} of {page['total']}:"
        )
        for q in detail["quotes"]:
            click.echo("  " + _quote_line(q, full))


def _view(ctx, query, *args: Any, **kwargs: Any) -> Any:
    """What the API serves, from the query it calls (`rasad.services.queries`) over what the
    ingest stored, so the CLI costs what the API costs on a large archive."""
    from rasad.analysis.pages import NotFound

    store = _open(_settings(ctx))
    try:
        return query(store, *args, **kwargs)
    except (NotFound, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def _more(found: dict[str, Any]) -> None:
    """Say on stderr how many rows a page left out."""
    rest = found["total"] - found["offset"] - found["limit"]
    if rest > 0:
        click.echo(f"… and {rest} more (raise --limit)", err=True)


@main.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", default=30, show_default=True)
@db_option
@click.pass_context
def stories(ctx, sub_db, as_json: bool, limit: int) -> None:
    """Stories: size, languages, outlets, first and last seen (from the summary table)."""
    from rasad.analysis.pages import Page
    from rasad.services import queries

    found = _view(ctx, queries.story_list, window=Page(limit, 0))
    rows = [
        {k: s[k] for k in ("id", "title", "languages", "outlets", "first_seen", "last_seen")}
        | {"documents": s["documents"] + s["copies"], "events": s["events"]}  # copies included
        for s in found["stories"]
    ]
    if as_json:
        _dump(rows)
        return
    for r in rows:
        click.echo(
            f"{r['id']:<6} {r['documents']:>4} docs {r['events']:>3} events  "
            f"{','.join(r['languages']):<8} {_span(r['first_seen'], r['last_seen']):<23}  "
            f"{r['title']}"
        )


def _span(first: str | None, last: str | None) -> str:
    """A story's dates as the list shows them: "undated" when no member has a date."""
    if not first and not last:
        return "undated"
    return f"{first or '?'} … {last or '?'}"


@main.command()
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def story(ctx, sub_db, story_id: str, as_json: bool) -> None:
    """One story: why its documents belong together, its events and members (the page of
    GET /api/v1/stories/ID)."""
    from rasad.services import queries

    chosen = _view(ctx, queries.story_detail, story_id)
    if as_json:
        _dump(chosen)
        return
    listed = {c["id"]: c for c in chosen.get("coverage", [])}
    listed |= {
        copy["id"]: copy | {"copy_of": c["id"]}
        for c in chosen.get("coverage", [])
        for copy in c.get("copies", [])
    }
    click.echo(f"{chosen['id']}: {chosen['title']}")
    for reason in chosen["why"]:
        click.echo(f"  why: {reason}")
    for event in chosen["events"]:
        click.echo(f"  event {event['id']} {event['date'] or '?'}: {event['title']}")
        for doc_id in event["documents"]:
            d = listed.get(doc_id)
            if d is None:  # beyond the page's first documents: named by id alone
                click.echo(f"      {doc_id}")
                continue
            copy = f" copy of {d['copy_of']}" if d.get("copy_of") else ""
            click.echo(
                f"      {doc_id} [{d['lang']}] {d.get('outlet') or ''} "
                f"{d.get('published') or ''}{copy}".rstrip()
            )
    kinds = _view(ctx, queries.story_outlets, story_id)
    if kinds["by_type"]:
        click.echo(
            "  outlets by type: " + ", ".join(f"{k} {n}" for k, n in kinds["by_type"].items())
        )
        click.echo(
            "  outlets by country: " + ", ".join(f"{k} {n}" for k, n in kinds["by_country"].items())
        )
    if kinds["blindspot"]:
        click.echo(f"  blindspot: covered only by {kinds['blindspot']} outlets")


@main.command()
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def timeline(ctx, sub_db, story_id: str, as_json: bool) -> None:
    """A story's dated happenings, merged across outlets, with their evidence."""
    from rasad.services import queries

    chosen = _view(ctx, queries.story_detail, story_id)  # the page's timeline, as the UI's
    if as_json:
        _dump(chosen["timeline"])
        return
    for entry in chosen["timeline"]:
        sources = ", ".join(
            f"{e['doc']} ({e['outlet']})" if e.get("outlet") else e["doc"]
            for e in entry["evidence"]
        )
        marks = "".join(f"({k}) " for k in ("upcoming", "deadline", "background") if entry.get(k))
        when = entry["date"] or "date unknown"
        click.echo(f"{when}  {marks}{entry['summary'][:110]}  [{sources}]")


@main.command()
@click.option("--story", "story_id", help="Only this story's promises.")
@click.option(
    "--status",
    type=click.Choice(["kept", "broken", "disputed", "open"]),
    help="Only promises with this status.",
)
@click.option("--limit", default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def promises(
    ctx, sub_db, story_id: str | None, status: str | None, limit: int, as_json: bool
) -> None:
    """Promises and deadlines, and whether later reports say they were kept."""
    from rasad.analysis.pages import ItemFilter, Page
    from rasad.services import queries

    f, window = ItemFilter(story=story_id), Page(limit, 0)
    found = _view(ctx, queries.story_part_list, "promises", filters=f, window=window, status=status)
    rows = found["promises"]
    if as_json:
        _dump(rows)
        return
    for p in rows:
        late = " overdue" if p["overdue"] else ""
        click.echo(
            f"{p['id']:<11} {p['status']:<8}{late} due {p['due'] or '?'}  "
            f"{p['speaker'] or '?'}: {p['text'][:100]}"
        )
        for e in p["evidence"]:
            click.echo(f"    {e['verdict']:<6} {e['doc']}: {e['text'][:100]}")
    _more(found)


@main.command()
@click.option("--entity", help="Only quotes by this entity id (the speaker).")
@click.option("--story", help="Only quotes in this story.")
@click.option("--lang", help="Only quotes in documents of this language.")
@click.option("--outlet", help="Only quotes in documents of this outlet.")
@click.option("--from", "date_from", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Published on or before (YYYY-MM-DD).")
@click.option("--full", is_flag=True, help="Each quote's whole text, not its first 100 characters.")
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def quotes(
    ctx, sub_db, entity, story, lang, outlet, date_from, date_to, full, limit, offset, as_json
) -> None:
    """Who said what: direct and reported quotes with speakers, across languages (as
    GET /api/v1/quotes, with the same filters).

    Each line: document (outlet, date), speaker (the words that introduce the quote), then
    the quote: in «» when the article gives the speaker's own words, after ~ when it reports
    what they said."""
    from rasad.analysis.pages import ItemFilter, Page
    from rasad.services import queries

    f = ItemFilter(lang, outlet, date_from, date_to, story)
    found = _view(ctx, queries.quote_list, entity, filters=f, window=Page(limit, offset))
    if as_json:
        _dump(found["quotes"])
        return
    for r in found["quotes"]:
        click.echo(_quote_line(r, full))
    _more(found)


def _quote_line(r: dict[str, Any], full: bool) -> str:
    """One quote for the terminal: document, outlet, date, speaker, cue and text (the
    speaker's own words in «», reported speech after ~)."""
    text = r["text"] if full else _cut(r["text"], 100)
    text = f"«{text}»" if r.get("direct") else f"~ {text}"
    where = " ".join(v for v in (r.get("outlet"), r.get("published")) if v)
    where = f" ({where})" if where else ""
    speaker = r.get("speaker_text") or "?"
    return f"{r['doc']}{where} {speaker} ({r.get('cue') or '-'}): {text}"


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@main.group()
def outlets() -> None:
    """Outlet profiles: name, domains, country, language, type (state, public, private,
    party, military) and the source of each row; packaged, and your own over them."""


@outlets.command("list")
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def outlets_list(ctx, sub_db, as_json: bool) -> None:
    """Every outlet profile (as GET /api/v1/outlets)."""
    from rasad.services import queries

    found = _view(ctx, queries.outlet_list)
    if as_json:
        _dump(found["outlets"])
        return
    for o in found["outlets"]:
        click.echo(
            f"{o['name']:<32} {o['type'] or '?':<9} {o['country'] or '?':<3} "
            f"{o['lang'] or '?':<3} {'|'.join(o['domains']) or '-'}  [{o['origin']}] {o['source'] or ''}"
        )


@outlets.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.pass_context
def outlets_import(ctx, sub_db, file: Path) -> None:
    """Import outlet profiles from a CSV (header: name, aliases, domains, country, lang, type,
    source; aliases and domains separated by |); a row replaces your earlier row of its name,
    and over a packaged profile replaces the fields it gives."""
    from rasad.services import outlets as outlet_profiles
    from rasad.stages.outlet import OutletRowError

    try:
        names = _view(ctx, outlet_profiles.import_profiles, file.read_text(encoding="utf-8"))
    except OutletRowError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    click.echo(f"imported {len(names)} outlet profiles", err=True)


@outlets.command("framing")
@click.argument("outlet", required=False)
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def outlets_framing(ctx, sub_db, outlet: str | None, as_json: bool) -> None:
    """Loaded terms per outlet and month (as GET /api/v1/outlets/framing)."""
    from rasad.services import queries

    found = _view(ctx, queries.outlet_framing, outlet)
    if as_json:
        _dump(found["outlets"])
        return
    for o in found["outlets"]:
        click.echo(
            f"{o['outlet'] or '(unknown)'}  [{o['outlet_type'] or '?'}, {o['outlet_country'] or '?'}]"
        )
        for month, categories in o["months"].items():
            click.echo(f"  {month}: " + ", ".join(f"{c} {n}" for c, n in categories.items()))
        click.echo("  terms: " + ", ".join(f"{t['term']} {t['n']}" for t in o["terms"][:10]))
        for cell in o["targets"][:10]:
            click.echo("  " + _shares_line(cell))


def _shares_line(cell: dict) -> str:
    """One outlet's articles about a target and the share of them using each category."""
    shares = ", ".join(
        f"{c} {v['share']:.0%} ({v['documents']})" for c, v in cell["categories"].items()
    )
    return f"{cell['target']}: {cell['documents']} articles about it; {shares}"


@main.group()
def correct() -> None:
    """Corrections by the user: set a document's publication date or outlet (recorded with who
    and when, and undone with `rasad correct undo N`)."""


def _by_option(command):
    return click.option(
        "--by", "author", help="Who makes the correction (default: your login name)."
    )(command)


def _author(author: str | None) -> str:
    import getpass

    return author or getpass.getuser()


def _correct(ctx, call, *args: Any) -> None:
    from rasad.analysis.pages import NotFound
    from rasad.services.corrections import CorrectionError
    from rasad.services.ingest import ingest_lock

    settings = _settings(ctx)
    store = _open(settings)
    try:
        with ingest_lock(settings.db):  # not while an ingest rewrites the same views
            done = call(store, settings, *args)
    except (NotFound, CorrectionError, StoreError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    c = done["correction"]
    state = f"undone by {c['undone_by']}" if c["undone_at"] else f"by {c['author']}"
    click.echo(
        f"correction {c['id']}: {c['doc']} {c['field']} {c['old_value']} → {c['new_value']} ({state})"
    )


@correct.command("date")
@click.argument("doc_id")
@click.argument("value")
@click.option("--note", help="Why (kept with the correction).")
@_by_option
@db_option
@click.pass_context
def correct_date(
    ctx, sub_db, doc_id: str, value: str, note: str | None, author: str | None
) -> None:
    """Set a document's publication date (YYYY-MM-DD, YYYY-MM or YYYY); its relative dates,
    its story's timeline and promises follow."""
    from rasad.services.corrections import correct as make

    _correct(ctx, make, doc_id, "published", value, _author(author), note)


@correct.command("outlet")
@click.argument("doc_id")
@click.argument("name")
@click.option("--note", help="Why (kept with the correction).")
@_by_option
@db_option
@click.pass_context
def correct_outlet(
    ctx, sub_db, doc_id: str, name: str, note: str | None, author: str | None
) -> None:
    """Set a document's outlet (a profile's name or alias, or any name)."""
    from rasad.services.corrections import correct as make

    _correct(ctx, make, doc_id, "outlet", name, _author(author), note)


@correct.command("undo")
@click.argument("number", type=int)
@_by_option
@db_option
@click.pass_context
def correct_undo(ctx, sub_db, number: int, author: str | None) -> None:
    """Undo correction NUMBER (a later correction of the same field must be undone first)."""
    from rasad.services.corrections import undo

    _correct(ctx, undo, number, _author(author))


@correct.command("list")
@click.argument("doc_id", required=False)
@click.option("--json", "as_json", is_flag=True)
@db_option
@click.pass_context
def correct_list(ctx, sub_db, doc_id: str | None, as_json: bool) -> None:
    """The corrections made (to one document, or to all), oldest first."""
    from rasad.services.corrections import CorrectionError, correction_list

    try:
        found = _view(ctx, correction_list, doc_id)
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        _dump(found["corrections"])
        return
    for c in found["corrections"]:
        undone = f"  undone {c['undone_at']} by {c['undone_by']}" if c["undone_at"] else ""
        click.echo(
            f"{c['id']:>4}  {c['made_at']}  {c['author']}  {c['doc']} {c['field']}: "
            f"{json.dumps(c['old_value'], ensure_ascii=False)} → "
            f"{json.dumps(c['new_value'], ensure_ascii=False)}{undone}"
        )


@main.command()
@click.option("--term", help="Only this lexicon term (as the lexicon writes it).")
@click.option("--category", help="Only this category: label, martyrdom, occupation, regime, …")
@click.option("--target", help="Only terms applied to this target (US forces, Israel, ISIS, …).")
@click.option("--outlet", help="Only this outlet.")
@click.option("--lang", help="Only this language.")
@click.option("--from", "date_from", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Published on or before (YYYY-MM-DD).")
@click.option("--story", help="Only documents of this story.")
@click.option("--voice", type=click.Choice(["outlet", "quoted"]), help="Whose words.")
@click.option(
    "--by",
    type=click.Choice(["outlet", "target", "category", "term", "lang", "voice", "items", "shares"]),
    default="outlet",
    show_default=True,
    help="Print counts grouped this way, the occurrences themselves, or per outlet and target "
    "the share of the outlet's articles about the target using each category (by month).",
)
@click.option(
    "--period",
    type=click.Choice(["month", "year"]),
    default="month",
    show_default=True,
    help="The shares (--by shares, --json) by month or by year.",
)
@click.option("--limit", default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Everything /api/v1/framing answers.")
@db_option
@click.pass_context
def framing(
    ctx,
    sub_db,
    term,
    category,
    target,
    outlet,
    lang,
    date_from,
    date_to,
    story,
    voice,
    by,
    period,
    limit,
    as_json,
):  # noqa: E501
    """Loaded terms in their framing sense across the archive: whom they are applied to, in
    whose voice, grouped by outlet or target, each with its document and offsets."""
    from rasad.analysis.pages import Page
    from rasad.services import queries
    from rasad.store import FramingFilter

    f = FramingFilter(term, category, target, outlet, lang, date_from, date_to, story, voice)
    found = _view(ctx, queries.framing_list, f, window=Page(limit, 0), period=period)
    if as_json:
        _dump(found)
        return
    click.echo(f"{found['total']} framing occurrences", err=True)
    if by == "shares":
        from rasad.services.framing import framed_documents

        cells = sorted(found["shares"], key=lambda c: (-framed_documents(c), -c["documents"]))
        for cell in cells[:limit]:
            click.echo(f"{cell['outlet'] or '(unknown)'}  {_shares_line(cell)}")
            used = [m for m in cell["months"] if m["categories"]]
            for m in used:
                shares = ", ".join(f"{c} {v['share']:.0%}" for c, v in m["categories"].items())
                click.echo(f"    {m['month']}: {m['documents']} articles; {shares}")
            if len(used) < len(cell["months"]):
                click.echo(f"    and {len(cell['months']) - len(used)} {period}s with none")
        return
    if by != "items":
        for row in found["by"][by][:limit]:
            click.echo(f"{row['occurrences']:>6} {row['documents']:>6} docs  {row['value'] or '-'}")
        return
    for r in found["items"]:
        where = f"{r['doc']}:{r['field']}:{r['start']}-{r['end']}"
        said = f"quoted ({r['speaker'] or '?'})" if r["voice"] == "quoted" else "outlet"
        click.echo(
            f"{where}  {r['outlet'] or '-'}  {r['category']:<11} {r['text']} → "
            f"{r['target'] or 'unknown'}  [{said}]"
        )
    _more(found)


@main.command()
@click.pass_context
def config(ctx) -> None:
    """Show every setting, its current value and what it does."""
    from dataclasses import replace

    settings = _settings(ctx)
    click.echo(describe(replace(settings, db=public_url(settings.db))))  # never a password


@main.group()
def eval() -> None:  # noqa: A001 - the command is `rasad eval`
    """Re-runnable quality evaluations on ../shared (skipped when absent)."""


def _run_eval(shared: Path | None, as_json: bool, evaluate, report) -> None:
    """Find ../shared, run an evaluation, print its table (or JSON)."""
    from rasad.eval.shared import find_shared

    root = find_shared(shared)
    if root is None:
        click.echo("skipped: ../shared not found (give --shared PATH)", err=True)
        return
    result = evaluate(root)
    click.echo(json.dumps(result, indent=2) if as_json else report(result))


@eval.command("extraction")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_extraction(ctx, shared: Path | None, as_json: bool) -> None:
    """Body extraction: our cleaning vs trafilatura defaults (token F1, snippets)."""
    from rasad.eval.extraction import evaluate_extraction, format_extraction_report

    _run_eval(
        shared,
        as_json,
        lambda root: evaluate_extraction(root, _settings(ctx)),
        format_extraction_report,
    )


@eval.command("readers")
@click.option(
    "--fixtures",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder with manifest.json (default: the checkout's tests/data/readers).",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_readers(ctx, fixtures: Path | None, as_json: bool) -> None:
    """Reader fixtures through a real ingest: per case what came out, and documents lost."""
    from rasad.eval.readers import default_fixtures, evaluate_readers, format_readers_report

    folder = fixtures or default_fixtures()
    if not (folder / "manifest.json").is_file():
        raise click.ClickException(f"no manifest.json in {folder} (give --fixtures PATH)")
    result = evaluate_readers(folder, _settings(ctx))
    click.echo(
        json.dumps(result, indent=2, ensure_ascii=False)
        if as_json
        else format_readers_report(result)
    )
    if result["lost"] or result["problems"]:
        ctx.exit(1)


@eval.command("ner")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--json", "as_json", is_flag=True)
def eval_ner(shared: Path | None, as_json: bool) -> None:
    """Entity recognition on ANERcorp, NewsFANE and ArmanPersoNER test splits vs a gazetteer."""
    from rasad.eval.ner import evaluate_ner, format_ner_report

    _run_eval(shared, as_json, evaluate_ner, format_ner_report)


@eval.command("entities")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option(
    "--db",
    "archive",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A whole-archive SQLite database (read only): score its judged entity variants instead.",
)
@click.option(
    "--labels",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Another annotated set in the held-out set's format (eval/labels/entities_dev.tsv).",
)
@click.option("--json", "as_json", is_flag=True)
def eval_entities(
    shared: Path | None, archive: Path | None, labels: Path | None, as_json: bool
) -> None:
    """Entities on real news: recognition per language and type, cross-script linking; with
    --db, the precision of an archive's entity variants on the judged pairs."""
    from rasad.eval.entities import (
        LABELS,
        evaluate_entities,
        format_entities_report,
        format_variants_report,
        judged_variant_precision,
    )

    if archive is not None:
        result = judged_variant_precision(archive)
        click.echo(json.dumps(result, indent=2) if as_json else format_variants_report(result))
        return
    gold = labels or LABELS
    _run_eval(shared, as_json, lambda root: evaluate_entities(root, gold), format_entities_report)


@eval.command("time")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--json", "as_json", is_flag=True)
def eval_time(shared: Path | None, as_json: bool) -> None:
    """Date expressions: ParsTDEx spans (fa) and Duckling values (ar), next to dateparser."""
    from rasad.eval.time import evaluate_time, format_time_report

    _run_eval(shared, as_json, evaluate_time, format_time_report)


@eval.command("pubdate")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option(
    "--sample",
    "half",
    type=click.Choice(["eval", "dev"]),
    default="eval",
    help="Which half: eval (the figures) or dev (for looking at errors).",
)
@click.option("--no-baseline", is_flag=True, help="Leave out dateparser.")
@click.option(
    "--grouped",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Archive database (from rasad eval archive) the withheld articles stand in: also "
    "report rasad+grouped, dating what the text leaves undated from its dated neighbours.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_pubdate(
    ctx, shared: Path | None, half: str, no_baseline: bool, grouped: str | None, as_json: bool
) -> None:
    """Publication dates of 1,000+ Fars News and SaudiNewsNet articles given without their
    dates: dated share, window contains truth, median width, wrong year; next to dateparser."""
    from rasad.eval.pubdate import evaluate_pubdate, format_pubdate_report

    _run_eval(
        shared,
        as_json,
        lambda root: evaluate_pubdate(root, _settings(ctx), half, not no_baseline, grouped),
        format_pubdate_report,
    )


@eval.command("timelines")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option(
    "--set",
    "which",
    type=click.Choice(["eval", "dev", "dev34", "dev36"]),
    default="eval",
    help="eval: the figures (timelines.tsv); dev, dev34, dev36: the sets rules are tuned on.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_timelines(ctx: click.Context, shared: Path | None, which: str, as_json: bool) -> None:
    """Story timelines against hand-made ones (10 SaudiNewsNet events, the seeds): share of
    annotated happenings present with the right date, share of entries a reader would strike."""
    from rasad.eval.timelines import evaluate_timelines, format_timelines_report

    _run_eval(
        shared,
        as_json,
        lambda root: evaluate_timelines(root, _settings(ctx), which=which),
        format_timelines_report,
    )


@eval.command("clustering")
@click.argument(
    "dataset",
    default="all",
    type=click.Choice(["all", "ntrex_ar_fa_en", "saudinewsnet", "saudinewsnet_stream", "mixed"]),
)
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_clustering(ctx: click.Context, dataset: str, shared: Path | None, as_json: bool) -> None:
    """Story clustering: B-cubed and ARI on ntrex, Saudi News Net events and a mixed stream,
    vs TF-IDF+agglomerative (`all` leaves out saudinewsnet_stream, which embeds 5,245 articles).
    Embeds the lead the embed_lead_words and embed_max_tokens settings give, with the
    embed_engine setting's encoder, as ingest does."""
    from rasad.eval.clustering import evaluate_clustering, format_clustering_report

    settings = _settings(ctx)
    lead_words, max_tokens = settings.embed_lead_words, settings.embed_max_tokens
    engine = settings.embed_engine
    _run_eval(
        shared,
        as_json,
        lambda root: evaluate_clustering(root, dataset, lead_words, max_tokens, engine),
        format_clustering_report,
    )


@eval.command("archive")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--limit", type=int, help="Only the first N records of the stream (and the seeds).")
@click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score this already-ingested SQLite database (read-only) instead of ingesting.",
)
@click.option(
    "--keep",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the fresh database here (it must not exist) instead of a temporary folder.",
)
@click.option("--alone/--no-alone", default=True, help="Also cluster ntrex and SNN alone.")
@click.option("--json", "as_json", is_flag=True)
def eval_archive(shared, limit, db_path, keep, alone, as_json) -> None:
    """The whole archive: every corpus article and the seeds ingested together in one shuffled
    stream, scored with ntrex stories, Saudi News Net events, the seeds as one story, BBC topics
    (never mixed), the era check, common words among entity names and the largest stories."""
    from rasad.eval.archive import evaluate_archive, format_archive_report

    _run_eval(
        shared,
        as_json,
        lambda root: evaluate_archive(root, limit, db_path, keep, alone),
        format_archive_report,
    )


@eval.command("quotes")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--json", "as_json", is_flag=True)
def eval_quotes(shared: Path | None, as_json: bool) -> None:
    """Quote spans and speakers: PolNeAR (en), the ar/fa set, the dev and held-out ar/fa/en sets."""
    from rasad.eval.quotes import evaluate_quotes, format_quotes_report

    _run_eval(shared, as_json, evaluate_quotes, format_quotes_report)


@eval.command("numbers")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--json", "as_json", is_flag=True)
def eval_numbers(shared: Path | None, as_json: bool) -> None:
    """Arabic numbers: value, counted noun and casualty kind on the held-out articles."""
    from rasad.eval.numbers import evaluate_numbers, format_numbers_report

    _run_eval(shared, as_json, evaluate_numbers, format_numbers_report)


@eval.command("claims")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option(
    "--no-embeddings", is_flag=True, help="Leave out the sentence-embedding variant (minutes)."
)
@click.option("--json", "as_json", is_flag=True)
def eval_claims(shared: Path | None, no_embeddings: bool, as_json: bool) -> None:
    """Contradict / update / agree / unrelated on the sets of hand-labelled statement pairs."""
    from rasad.eval.claims import evaluate_claims, format_claims_report

    _run_eval(
        shared,
        as_json,
        lambda root: evaluate_claims(root, embeddings=not no_embeddings),
        format_claims_report,
    )


@eval.command("framing")
@click.option(
    "--shared", type=click.Path(path_type=Path), default=None, help="Path of the shared folder."
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def eval_framing(ctx: click.Context, shared: Path | None, as_json: bool) -> None:
    """Framing sense, target and voice: the labelled occurrences and the seeds' loaded terms."""
    from rasad.eval.framing import evaluate_framing, format_framing_report

    _run_eval(
        shared,
        as_json,
        lambda root: evaluate_framing(root, _settings(ctx)),
        format_framing_report,
    )


if __name__ == "__main__":
    main()
