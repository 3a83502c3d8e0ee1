"""vankien command line: click commands and Rich rendering only — no business logic.

Exit codes (ripgrep's convention, plus one for imports):
  0  success (search: something matched)
  1  search: nothing matched
  2  usage error, bad query, missing archive or document
  3  import: some inputs failed (the rest were imported; see --report)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console

import render
from archive.home import resolve_home
from archive.store import Archive, ArchiveError

EXIT_NO_MATCH, EXIT_USAGE, EXIT_IMPORT_FAILED = 1, 2, 3


class UserError(click.ClickException):
    """One line on stderr, exit 2: a problem the user can fix."""

    exit_code = EXIT_USAGE


class State:
    def __init__(self, home: str | None, color: str):
        self.home = resolve_home(home)
        force = {"always": True, "never": False}.get(color)
        no_color = color == "never" or None
        self.out = Console(force_terminal=force, no_color=no_color, highlight=False, soft_wrap=False)
        self.err = Console(stderr=True, force_terminal=force, no_color=no_color, highlight=False)

    def archive(self, create: bool = False) -> Archive:
        try:
            return Archive(self.home, create=create)
        except ArchiveError as e:
            raise UserError(str(e)) from None


pass_state = click.make_pass_decorator(State)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", metavar="DIR", help="Archive home (default: $VANKIEN_HOME, else the user data dir).")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Color output; NO_COLOR is respected.")
@click.version_option(package_name="vankien")
@click.pass_context
def main(ctx: click.Context, home: str | None, color: str) -> None:
    """Offline archive and search for Vietnamese Party documents and provincial news."""
    ctx.obj = State(home, color)


# -- import --------------------------------------------------------------------

@main.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--report", type=click.Path(dir_okay=False, writable=True), metavar="FILE.jsonl",
              help="Write one JSON line per input: path, status, reason, id.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--no-index", is_flag=True, help="Archive only; the next import or `reindex` indexes.")
@pass_state
def import_cmd(state: State, paths: tuple[str, ...], report: str | None, quiet: bool, no_index: bool) -> None:
    """Import files, folders, zip/tar archives or JSONL exports (- reads stdin).

    Unchanged inputs are skipped on re-import; exact duplicates are skipped and
    counted; near-duplicates are kept and marked. Exit 3 if some inputs failed.

    Example: vankien import dump/ news-35k.tar.gz --report import.jsonl
    """
    from archive.importer import import_paths

    archive = state.archive(create=True)
    report_file = open(report, "w", encoding="utf-8") if report else None
    show_progress = not quiet and state.err.is_terminal
    progress = render.ImportProgress(state.err, paths) if show_progress else None

    def on_outcome(outcome):
        if report_file:
            row = {k: v for k, v in vars(outcome).items() if v is not None}
            report_file.write(json.dumps(row, ensure_ascii=False) + "\n")
        if progress:
            progress.outcome(outcome)

    try:
        with progress or _nullcontext():
            summary = import_paths(archive, list(paths), on_outcome=on_outcome,
                                   on_item=progress.item if progress else None)
        if report_file:
            report_file.close()
            report_file = None
        indexed = None if no_index else _index(state, archive, quiet)
    except KeyboardInterrupt:
        raise UserError("import interrupted; committed documents are kept, re-run to finish") from None
    finally:
        if report_file:
            report_file.close()
        archive.close()
    if not quiet:
        render.import_summary(state.err, summary, indexed)
    if not summary.ok:
        sys.exit(EXIT_IMPORT_FAILED)


class _nullcontext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


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
@pass_state
def reindex_cmd(state: State, quiet: bool) -> None:
    """Rebuild the search index from the archive (after damage or an upgrade).

    The new index is built beside the old one and swapped in when complete;
    segmentation is reused from the archive's cache.

    Example: vankien reindex
    """
    with state.archive() as archive:
        summary = _index(state, archive, quiet, rebuild=True)
    if not quiet:
        state.err.print(f"indexed {summary.indexed:,} documents ({summary.segmented:,} segmented)")


# -- search ----------------------------------------------------------------------

@main.command("search")
@click.argument("query", required=False)
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--sort", type=click.Choice(["relevance", "date", "-date"]), default="relevance", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one hit per line.")
@click.option("--count", is_flag=True, help="Print only the number of matching documents.")
@click.option("--no-duplicates", is_flag=True, help="Hide near-duplicates (re-posts).")
@click.option("--person", metavar="NAME", help="Documents mentioning this person (with or without diacritics).")
@click.option("--resolution", metavar="CODE", help="Documents citing this document number, any spelling.")
@click.option("--slogan", metavar="TEXT", help="Documents using this slogan (dashes, case, diacritics ignored).")
@click.option("--date", "date", metavar="D", help="Published on D: 2021, 2021-05, 5/2021 or 18/5/2021.")
@click.option("--from", "date_from", metavar="D", help="Published on or after D.")
@click.option("--to", "date_to", metavar="D", help="Published on or before D.")
@click.option("--year", type=int, help="Published in this year.")
@click.option("--source", metavar="S", help="From this source, e.g. laichau.gov.vn.")
@pass_state
def search_cmd(state: State, query: str | None, limit: int, offset: int, sort: str, as_json: bool, count: bool,
               no_duplicates: bool, **filter_options) -> None:
    """Search the archive: words, "phrases", AND/OR/NOT, field:value, prefix*,
    and filters by person, date, document number, slogan and source.

    Typed without diacritics, words match with or without them. Document
    numbers (01-KL/TW, 15/2020/NĐ-CP) are one term. The query is optional when
    a filter is given (newest first). Exit 0 if something matched, 1 if
    nothing did, 2 on a bad query.

    Example: vankien search --person "Le Duc Duc" --from 2021 --to 2023 --resolution 01-KL/TW
    """
    from indexer.filters import Filters, matched_entities
    from indexer.index import IndexUnavailable
    from indexer.query import QueryError
    from indexer.search import search

    filters = Filters(**filter_options)
    if not query and not any(filter_options.values()):
        raise UserError("a query or a filter is needed (see `vankien search --help`)")
    if not query and sort == "relevance":
        sort = "-date"
    with state.archive() as archive:
        try:
            keys = filters.keys()
            result = search(archive, query, limit=limit, offset=offset, sort=sort, filters=filters.queries(),
                            duplicates=not no_duplicates, count_only=count)
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
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        render.hits(state.out, result, offset)
    if result.total == 0:
        sys.exit(EXIT_NO_MATCH)


# -- extract -------------------------------------------------------------------

@main.command("extract")
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@pass_state
def extract_cmd(state: State, source: str, as_json: bool) -> None:
    """Persons, dates, document numbers and slogans found in a file, stdin (-) or
    an archived document (its ID).

    Example: vankien extract 12 --json
    """
    from archive.clean import clean_text
    from archive.encoding import DecodeError, decode
    from indexer.segment import entities_json

    if source.isdigit() and not Path(source).exists():
        with state.archive() as archive:
            doc = archive.get(int(source))
        if doc is None:
            raise UserError(f"no document with id {source}")
        text, title = doc.text, doc.title
    else:
        try:
            data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
            text, title = clean_text(decode(data).text), ""
        except (OSError, DecodeError) as e:
            raise UserError(f"cannot read {source}: {e}") from None
    found = json.loads(entities_json(text, title))
    for slogan in found["slogans"]:
        slogan.pop("key", None)
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False) + "\n")
        return
    render.entities(state.out, found)


# -- list / show / stats / remove ---------------------------------------------

LIST_FIELDS = ("id", "external_id", "title", "date", "date_source", "source", "author", "path", "duplicate_of")


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
                sys.stdout.write(json.dumps({k: getattr(doc, k) for k in LIST_FIELDS}, ensure_ascii=False) + "\n")
            return
        render.document_list(state.out, docs)


@main.command("show")
@click.argument("doc_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="One JSON object with the text and all metadata.")
@click.option("--highlight", metavar="QUERY", help="Mark the words of QUERY in the text.")
@pass_state
def show_cmd(state: State, doc_id: int, as_json: bool, highlight: str | None) -> None:
    """Show one document with its metadata.

    Example: vankien show 12 --highlight "Nghị quyết 29-NQ/TW"
    """
    with state.archive() as archive:
        doc = archive.get(doc_id)
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
        if highlight:
            row["marks"] = [list(m) for m in marks]
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    render.document(state.out, doc, marks)


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
        sys.stdout.write(json.dumps(stats, ensure_ascii=False) + "\n")
        return
    render.stats(state.out, stats)


@main.command("remove")
@click.argument("doc_id", type=int)
@pass_state
def remove_cmd(state: State, doc_id: int) -> None:
    """Remove one document from the archive.

    Its near-duplicates are re-pointed at the oldest of them. A re-import of an
    unchanged input does not bring it back.

    Example: vankien remove 12
    """
    from indexer.index import delete_from_index

    with state.archive() as archive:
        if not archive.remove(doc_id):
            raise UserError(f"no document with id {doc_id}")
        delete_from_index(archive.home, doc_id)
    state.err.print(f"removed document {doc_id}")


# Command modules register themselves on `main`; they import from this module, so they come last.
if __name__ == "__main__":
    from cli import main as importable_main   # `python -m cli`: the copy the command modules registered on

    importable_main()
else:
    import cli_views  # noqa: E402,F401
