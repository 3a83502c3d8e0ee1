"""vankien command line: click commands and Rich rendering only — no business logic.

Exit codes (ripgrep's convention, plus one for imports):
  0  success (search: something matched)
  1  search: nothing matched
  2  usage error, bad query, missing archive or document
  3  import: some inputs failed (the rest were imported; see --report)
  4  check: the archive and the index differ (or the archive is damaged)
"""
from __future__ import annotations

import errno
import json
import sqlite3
import sys
from contextlib import contextmanager, nullcontext
from pathlib import Path

import click
from rich.console import Console

import render
from cli_options import QueryCommand, filter_options
from archive.controls import visible
from archive.home import resolve_home
from archive.store import Archive, ArchiveError

EXIT_NO_MATCH, EXIT_USAGE, EXIT_IMPORT_FAILED, EXIT_CHECK_DIFFERS = 1, 2, 3, 4


class UserError(click.ClickException):
    """One line on stderr, exit 2: a problem the user can fix."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str):
        super().__init__(visible(" ".join(str(message).split("\n"))))


class State:
    def __init__(self, home: str | None, color: str):
        self.home = resolve_home(home)
        force = {"always": True, "never": False}.get(color)
        no_color = color == "never" or None
        self.out = Console(force_terminal=force, no_color=no_color, highlight=False, soft_wrap=False)
        self.err = Console(stderr=True, force_terminal=force, no_color=no_color, highlight=False)

    @contextmanager
    def writer(self, command: str, wait: bool):
        """The archive's writer lock: a second import waits (or, --no-wait, stops) here.
        Only an import may create the archive home; the others need an archive."""
        from archive.lock import Busy, WriterLock

        if command != "import":
            self.archive().close()

        def waiting(busy: Busy) -> None:
            self.err.print(render.data(f"{busy}; waiting… (--no-wait to stop instead)"))

        lock = WriterLock(self.home, command, wait=wait, on_wait=waiting)
        try:
            lock.__enter__()
        except Busy as e:
            raise UserError(f"{e}; try again when it has finished") from None
        try:
            yield lock
        finally:
            lock.__exit__()

    def archive(self, create: bool = False) -> Archive:
        try:
            return Archive(self.home, create=create)
        except ArchiveError as e:
            raise UserError(str(e)) from None


pass_state = click.make_pass_decorator(State)
no_wait_option = click.option("--no-wait", is_flag=True,
                              help="If another import, reindex or remove is running, exit 2 instead of waiting.")


class VankienGroup(click.Group):
    """Turns a full disk, met by any command, into one line and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (OSError, sqlite3.OperationalError) as e:
            if not _disk_full(e):
                raise
            home = ctx.obj.home if isinstance(ctx.obj, State) else "the archive home"
            raise UserError(f"no space left on the device of {home}: stopped; what was committed is kept and "
                            f"nothing is half-written — free some space and run the command again") from None


def _disk_full(error: Exception) -> bool:
    return getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in str(error) or \
        "No space left" in str(error)


@click.group(cls=VankienGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", metavar="DIR", help="Archive home (default: $VANKIEN_HOME, else the user data dir).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Color output; NO_COLOR is respected.")
@click.version_option(package_name="vankien")
@click.pass_context
def main(ctx: click.Context, home: str | None, color: str) -> None:
    """Offline archive and search for Vietnamese Party documents and provincial news.

    Import dumps (folders, zip/tar, JSON/CSV exports, Word, PDF), then search by
    words, person, date, document number or slogan, and explore the archive
    (persons, resolutions, slogans, timeline). Each command has its own --help.

    Example: vankien import dump/ && vankien search "Nghị quyết 29-NQ/TW" --year 2014
    """
    ctx.obj = State(home, color)


# -- import --------------------------------------------------------------------

@main.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--report", type=click.Path(dir_okay=False, writable=True), metavar="FILE.jsonl",
              help="Write one JSON line per input: path, status, reason, id.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--no-index", is_flag=True, help="Archive only; the next import or `reindex` indexes.")
@click.option("--map", "maps", multiple=True, metavar="FIELD=COLUMN[,…]",
              help="Which column or JSON key fills a field (id, title, text, date, url, author, source); "
                   "repeatable or comma-separated.")
@click.option("--follow", is_flag=True,
              help="Follow symbolic links inside folders (never to outside the folder or the paths named).")
@no_wait_option
@pass_state
def import_cmd(state: State, paths: tuple[str, ...], report: str | None, quiet: bool, no_index: bool,
               maps: tuple[str, ...], follow: bool, no_wait: bool) -> None:
    """Import files, folders, zip/tar archives, JSON/JSONL and CSV/TSV/XLSX exports (- reads stdin).

    Unchanged inputs are skipped on re-import; exact duplicates are skipped and
    counted; near-duplicates are kept and marked. Exit 3 if some inputs failed.

    Example: vankien import dump/ export.csv --map text="Nội dung",title="Tiêu đề" --report import.jsonl
    """
    from archive.fields import parse_map

    try:
        mapping = parse_map(maps)
    except ValueError as e:
        raise UserError(str(e)) from None
    with state.writer("import", wait=not no_wait):
        summary, indexed = _import(state, paths, report, quiet, no_index, follow=follow, mapping=mapping)
    if not quiet:
        render.import_summary(state.err, summary, indexed)
    if not summary.ok:
        sys.exit(EXIT_IMPORT_FAILED)


def _import(state: State, paths, report: str | None, quiet: bool, no_index: bool, **options):
    from archive.importer import import_paths

    archive = state.archive(create=True)
    report_file = open(report, "w", encoding="utf-8") if report else None
    progress = render.ImportProgress(state.err, paths) if not quiet and state.err.is_terminal else None

    def on_outcome(outcome):
        if report_file:
            report_file.write(render.json_line({k: v for k, v in vars(outcome).items() if v is not None}))
        if progress:
            progress.outcome(outcome)

    try:
        with progress or nullcontext():
            summary = import_paths(archive, list(paths), on_outcome=on_outcome,
                                   on_item=progress.item if progress else None, **options)
        if report_file:
            report_file.close()
            report_file = None
        return summary, None if no_index else _index(state, archive, quiet)
    except KeyboardInterrupt:
        raise UserError("import interrupted; committed documents are kept, re-run to finish") from None
    finally:
        if report_file:
            report_file.close()
        archive.close()


def _index(state: State, archive: Archive, quiet: bool, rebuild: bool = False):
    """Index what the archive holds and the index lacks (or everything, for reindex)."""
    from indexer.index import index_pending, reindex

    pending = archive.db.execute("SELECT COUNT(*) FROM documents" + (
        "" if rebuild else " WHERE id NOT IN (SELECT doc_id FROM indexed)")).fetchone()[0]
    if not quiet and state.err.is_terminal and pending:
        bar, step = render.index_progress(state.err, pending)
        with bar:
            return (reindex if rebuild else index_pending)(archive, on_document=step)
    return (reindex if rebuild else index_pending)(archive)


@main.command("reindex")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@no_wait_option
@pass_state
def reindex_cmd(state: State, quiet: bool, no_wait: bool) -> None:
    """Rebuild the search index from the archive (after damage or an upgrade).

    The new index is built beside the old one and swapped in when complete;
    segmentation is reused from the archive's cache.

    Example: vankien reindex
    """
    with state.writer("reindex", wait=not no_wait), state.archive() as archive:
        summary = _index(state, archive, quiet, rebuild=True)
    if not quiet:
        state.err.print(f"indexed {summary.indexed:,} documents ({summary.segmented:,} segmented)")


# -- search ----------------------------------------------------------------------

@main.command("search", cls=QueryCommand)
@click.argument("words", nargs=-1, metavar="[QUERY]...")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--sort", type=click.Choice(["relevance", "date", "-date"]), default="relevance", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one hit per line.")
@click.option("--count", is_flag=True, help="Print only the number of matching documents.")
@click.option("--no-duplicates", is_flag=True, help="Hide near-duplicates (re-posts).")
@click.option("--facets", is_flag=True, help="Also count all matches by year, source and type (--json: a last line).")
@filter_options
@pass_state
def search_cmd(state: State, words: tuple[str, ...], limit: int, offset: int, sort: str, as_json: bool, count: bool,
               no_duplicates: bool, facets: bool, **filter_options) -> None:
    """Search the archive: words, "phrases", AND/OR/NOT, field:value, prefix*,
    and filters by person, date, document number, slogan, source, and the
    issuer, signer and type of an official document.

    Typed without diacritics, words match with or without them. Document
    numbers (01-KL/TW, 15/2020/NĐ-CP) are one term; the document whose own
    number it is (in its header) comes first. The query is optional when
    a filter is given (newest first). Exit 0 if something matched, 1 if
    nothing did, 2 on a bad query.

    Example: vankien search --person "Pham Duc Toan" --from 2021 --to 2023 --resolution 01-KL/TW
    """
    from indexer.filters import Filters, matched_entities
    from indexer.index import IndexUnavailable
    from indexer.query import QueryError
    from indexer.search import search

    query = " ".join(words) or None
    filters = Filters(**filter_options)
    if not query and not filters.given():
        raise UserError("a query or a filter is needed (see `vankien search --help`)")
    if not query and sort == "relevance":
        sort = "-date"
    with state.archive() as archive:
        try:
            keys = filters.keys()
            result = search(archive, query, limit=limit, offset=offset, sort=sort, filters=filters.queries(),
                            duplicates=not no_duplicates, count_only=count)
            counts = _facets(archive, query, filters, not no_duplicates, result.relaxed) if facets and not count else None
        except (QueryError, IndexUnavailable) as e:
            raise UserError(str(e)) from None
        wanted = any(keys.values())
        matched = {h.id: matched_entities(archive.entities_of(h.id), keys) for h in result.hits} if wanted else {}
    if count:
        click.echo(result.total)
    elif as_json:
        for hit in result.hits:
            row = {k: getattr(hit, k) for k in ("id", "external_id", "title", "date", "source", "path", "score",
                                                "snippet", "duplicate_of", "rank")}
            row["marks"] = [list(m) for m in hit.marks]
            if wanted:
                row["entities"] = matched[hit.id]
            sys.stdout.write(render.json_line(row))
        if counts:
            sys.stdout.write(render.json_line({"facets": vars(counts)}))
    else:
        render.hits(state.out, result, offset)
        if counts:
            render.facets(state.out, counts)
    if result.total == 0:
        sys.exit(EXIT_NO_MATCH)


def _facets(archive, query, filters, duplicates, relaxed):
    from indexer.explore import facets

    return facets(archive, query, filters, duplicates=duplicates, relaxed=relaxed)


# -- extract -------------------------------------------------------------------

@main.command("extract")
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@pass_state
def extract_cmd(state: State, source: str, as_json: bool) -> None:
    """Persons, dates, document numbers and slogans found in a file, stdin (-) or
    an archived document (its ID), and its official header (number, issuer, date,
    type, signer) when it prints one.

    Example: vankien extract 12 --json
    """
    from archive.clean import clean_text
    from archive.encoding import DecodeError
    from archive.extract import read_text
    from archive.formats import FormatError
    from archive.header import parse_header
    from indexer.segment import entities_json

    if source.isdigit() and not Path(source).exists():
        with state.archive() as archive:
            doc = archive.get(int(source))
            if doc is None:
                raise UserError(f"no document with id {source}")
            header = archive.header_of(doc.id)
        text, title = doc.text, doc.title
    else:
        try:
            data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
            text, title = clean_text(read_text(source, data)), ""
        except (OSError, DecodeError, FormatError) as e:
            raise UserError(f"cannot read {source}: {e}") from None
        header = parse_header(text)
    found = json.loads(entities_json(text, title))
    for slogan in found["slogans"]:
        slogan.pop("key", None)
    if as_json:
        sys.stdout.write(render.json_line(found | {"header": vars(header) if header else None}))
        return
    render.entities(state.out, found, header)


# -- list / show / stats / remove ---------------------------------------------

LIST_FIELDS = ("id", "external_id", "title", "date", "date_source", "date_note", "source", "author", "path", "duplicate_of")


@main.command("list")
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True, help="0 lists all.")
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one document per line.")
@pass_state
def list_cmd(state: State, limit: int, offset: int, as_json: bool) -> None:
    """List archived documents, oldest import first.

    Example: vankien list --limit 0 --json > documents.jsonl
    """
    with state.archive() as archive:
        docs = archive.iter_documents(limit=limit or None, offset=offset, with_text=False)
        if as_json:
            for doc in docs:
                sys.stdout.write(render.json_line({k: getattr(doc, k) for k in LIST_FIELDS}))
            return
        render.document_list(state.out, docs)


@main.command("show")
@click.argument("doc_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="One JSON object with the text and all metadata.")
@click.option("--highlight", metavar="QUERY", help="Mark the words of QUERY in the text.")
@pass_state
def show_cmd(state: State, doc_id: int, as_json: bool, highlight: str | None) -> None:
    """Show one document with its metadata (and the official header's number,
    issuer, date, type, trích yếu and signer, when it has one).

    Example: vankien show 12 --highlight "Nghị quyết 29-NQ/TW"
    """
    with state.archive() as archive:
        doc = archive.get(doc_id)
        header = archive.header_of(doc_id)
    if doc is None:
        raise UserError(f"no document with id {doc_id}")
    marks = []
    if highlight:
        from indexer.query import QueryError
        from indexer.search import highlight_document

        try:
            _, marks = highlight_document(doc, highlight)
        except QueryError as e:
            raise UserError(str(e)) from None
    if as_json:
        row = vars(doc)
        row["header"] = vars(header) if header else None
        if highlight:
            row["marks"] = [list(m) for m in marks]
        sys.stdout.write(render.json_line(row))
        return
    render.document(state.out, doc, marks, header)


@main.command("stats")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@pass_state
def stats_cmd(state: State, as_json: bool) -> None:
    """Counts of documents, duplicates and problems in the archive.

    Example: vankien stats --json
    """
    with state.archive() as archive:
        stats = archive.stats()
    if as_json:
        sys.stdout.write(render.json_line(stats))
        return
    render.stats(state.out, stats)


@main.command("remove")
@click.argument("doc_id", type=int)
@no_wait_option
@pass_state
def remove_cmd(state: State, doc_id: int, no_wait: bool) -> None:
    """Remove one document from the archive.

    Its near-duplicates are re-pointed at the oldest of them. A re-import of an
    unchanged input does not bring it back.

    Example: vankien remove 12
    """
    from indexer.index import delete_from_index

    with state.writer("remove", wait=not no_wait), state.archive() as archive:
        if not archive.remove(doc_id):
            raise UserError(f"no document with id {doc_id}")
        delete_from_index(archive.home, doc_id)
    state.err.print(f"removed document {doc_id}")


@main.command("check")
@click.option("--repair", is_flag=True, help="Re-index and re-derive what differs (never deletes a document).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@no_wait_option
@pass_state
def check_cmd(state: State, repair: bool, as_json: bool, no_wait: bool) -> None:
    """Verify the archive (SQLite integrity, schema, content hashes, entity
    tables) and that the index agrees with it (same documents, none twice,
    none stale). Exit 0 when sound, 4 when something differs.

    Example: vankien check --repair
    """
    from indexer.check import check, repair as repair_archive

    # a running import would show as differences: wait for it (--no-wait: exit 2)
    with state.writer("check", wait=not no_wait), state.archive() as archive:
        report = repair_archive(archive) if repair else check(archive)
    if as_json:
        sys.stdout.write(render.json_line(report.to_json()))
    else:
        render.check_report(state.out, report)
    if not report.sound:
        sys.exit(EXIT_CHECK_DIFFERS)


# Command modules register themselves on `main`; they import from this module, so they come last.
if __name__ == "__main__":
    from cli import main as importable_main   # `python -m cli`: the copy the command modules registered on

    importable_main()
else:
    import cli_explore  # noqa: E402,F401  (timeline, similar, export)
    import cli_views  # noqa: E402,F401  (persons, person, resolutions, resolution, slogans, slogan)
