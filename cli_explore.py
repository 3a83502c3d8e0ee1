"""vankien timeline, similar and export: views over all the matches of a search.

Registered on cli.main (imported at the bottom of cli.py). Each command parses
its options, calls one library function (indexer/explore.py, archive/export.py)
and renders through render.py.
"""
from __future__ import annotations

import io
import sys
from contextlib import nullcontext

import click

import render
from cli import EXIT_NO_MATCH, State, UserError, main, pass_state
from cli_options import QueryCommand, filter_options


def _filters(filter_options: dict):
    from indexer.filters import Filters

    return Filters(**filter_options)


def _library_errors():
    from indexer.explore import NotIndexed
    from indexer.index import IndexUnavailable
    from indexer.query import QueryError

    return QueryError, IndexUnavailable, NotIndexed


@main.command("timeline", cls=QueryCommand)
@click.argument("words", nargs=-1, metavar="[QUERY]...")
@click.option("--by", type=click.Choice(["year", "quarter", "month"]), default="year", show_default=True)
@click.option("--no-duplicates", is_flag=True, help="Leave near-duplicates (re-posts) out.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one bucket per line, then the undated count.")
@filter_options
@pass_state
def timeline_cmd(state: State, words: tuple[str, ...], by: str, no_duplicates: bool, as_json: bool,
                 **filter_options) -> None:
    """Matching documents over time, as bars (the query and filters of `search`).

    Counts publication dates unless --dates says otherwise; matches without
    such a date are counted apart. Exit 1 if nothing matched.

    Example: vankien timeline "chuyển đổi số" --by quarter --from 2020
    """
    from indexer.explore import timeline

    query = " ".join(words) or None
    with state.archive() as archive:
        try:
            result = timeline(archive, query, _filters(filter_options), by=by, duplicates=not no_duplicates)
        except _library_errors() as e:
            raise UserError(str(e)) from None
    if as_json:
        for b in result.buckets:
            sys.stdout.write(render.json_line({by: b.key, "count": b.count}))
        sys.stdout.write(render.json_line({"total": result.total, "undated": result.undated, "dates": result.dates}))
    else:
        render.timeline(state.out, result)
    if result.total == 0:
        sys.exit(EXIT_NO_MATCH)


@main.command("similar")
@click.argument("doc_id", type=int)
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one document per line.")
@pass_state
def similar_cmd(state: State, doc_id: int, limit: int, as_json: bool) -> None:
    """Documents most like document ID (more-like-this over its words);
    near-duplicates (re-posts of the same text) are marked.

    Example: vankien similar 12 --limit 5
    """
    from indexer.explore import similar

    with state.archive() as archive:
        try:
            found = similar(archive, doc_id, limit=limit)
        except _library_errors() as e:
            raise UserError(str(e)) from None
    if as_json:
        for rank, s in enumerate(found, start=1):
            sys.stdout.write(render.json_line({**vars(s), "rank": rank}))
    else:
        render.similar(state.out, doc_id, found)
    if not found:
        sys.exit(EXIT_NO_MATCH)


def _output(path: str | None, encoding: str) -> io.TextIOWrapper:
    """The file, or stdout's bytes with the chosen encoding (a BOM is written once, first)."""
    if path is None:
        sys.stdout.flush()
        return io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="")
    try:
        return open(path, "w", encoding=encoding, newline="")
    except OSError as e:
        raise UserError(f"cannot write {path}: {e.strerror}") from None


@main.command("export", cls=QueryCommand)
@click.argument("words", nargs=-1, metavar="[QUERY]...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write here (default: stdout).")
@click.option("--text", "with_text", is_flag=True, help="Include each document's text.")
@click.option("--no-bom", is_flag=True, help="CSV without the UTF-8 byte order mark (spreadsheets need it).")
@click.option("--no-duplicates", is_flag=True, help="Leave near-duplicates (re-posts) out.")
@filter_options
@pass_state
def export_cmd(state: State, words: tuple[str, ...], fmt: str, output: str | None, with_text: bool, no_bom: bool,
               no_duplicates: bool, **filter_options) -> None:
    """Every matching document (all of them without a query or filter) with its
    metadata and entities, as JSON Lines or CSV, streamed.

    CSV is UTF-8 with a byte order mark so spreadsheets read the diacritics;
    entities are "; "-joined columns. A progress bar shows on a terminal.
    Exit 1 if nothing matched.

    Example: vankien export --person "Lê Đức Dục" --format csv -o le-duc-duc.csv
    """
    from archive.export import export_rows, write_csv, write_jsonl
    from indexer.explore import matching_ids

    query = " ".join(words) or None
    encoding = "utf-8-sig" if fmt == "csv" and not no_bom else "utf-8"
    with state.archive() as archive:
        try:
            total, chunks = matching_ids(archive, query, _filters(filter_options), duplicates=not no_duplicates)
        except _library_errors() as e:
            raise UserError(str(e)) from None
        out = _output(output, encoding)
        shown = state.err.is_terminal and (output or not sys.stdout.isatty())
        bar, step = render.export_progress(state.err, total) if shown else (nullcontext(), lambda: None)
        rows = export_rows(archive, chunks, with_text=with_text)
        try:
            with bar:
                if fmt == "csv":
                    write_csv(rows, out, with_text=with_text, step=step)
                else:
                    write_jsonl(rows, out, step=step)
        finally:
            out.flush()
            out.close() if output else out.detach()
    if total == 0:
        sys.exit(EXIT_NO_MATCH)
