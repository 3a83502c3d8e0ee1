"""Research view commands: persons, person, resolutions, resolution, slogans, slogan.

Each parses its options, calls one function of archive/views.py and renders the
result through render_views.py (or prints JSON). Exit 0 when something
matched, 1 when nothing did, 2 on bad input (cli.py's codes).
"""
from __future__ import annotations

import sys
from dataclasses import asdict

import click

import render
import render_views
from archive.views import DATE_POLICIES, Scope, ViewError
from cli import EXIT_NO_MATCH, State, UserError, main, pass_state

dates_option = click.option(
    "--dates", type=click.Choice(DATE_POLICIES), default="published", show_default=True,
    help="Which dates count: published (metadata or written as such), inferred, or any.")
top_option = click.option("--top", "-n", type=click.IntRange(min=1), default=20, show_default=True,
                          help="How many to list.")
json_option = click.option("--json", "as_json", is_flag=True, help="JSON (Lines for a list).")


def scope_options(f):
    for option in reversed((
            click.option("--from", "date_from", metavar="D", help="Documents dated on or after D (2021, 5/2021, …)."),
            click.option("--to", "date_to", metavar="D", help="Documents dated on or before D."),
            click.option("--source", metavar="S", help="Documents from this source, e.g. laichau.gov.vn."),
            dates_option)):
        f = option(f)
    return f


def _run(state: State, view, *args, **kwargs):
    """Call one view on the archive; bad input becomes exit 2."""
    with state.archive() as archive:
        try:
            return view(archive.db, *args, **kwargs)
        except ViewError as e:
            raise UserError(str(e)) from None


def _json_lines(rows) -> None:
    for row in rows:
        sys.stdout.write(render.json_line(asdict(row)))


def _listing(state: State, rows, as_json: bool, draw, nothing: str) -> None:
    """A ranked list: JSON Lines or a table, and exit 1 with a line when it is empty."""
    if as_json:
        _json_lines(rows)
    elif rows:
        draw(state.out, rows)
    if not rows:
        _nothing(state, nothing)


def _nothing(state: State, message: str) -> None:
    state.err.print(message, markup=False)
    sys.exit(EXIT_NO_MATCH)


# -- persons ------------------------------------------------------------------------

@main.command("persons")
@click.argument("query", required=False)
@scope_options
@top_option
@json_option
@pass_state
def persons_cmd(state: State, query: str | None, date_from, date_to, source, dates, top: int, as_json: bool) -> None:
    """People ranked by the documents mentioning them (a re-post counts once), with
    their first and last date and most frequent positions. QUERY keeps the names
    that contain it, with or without diacritics.

    Example: vankien persons "nguyen" --from 2021 --source laichau.gov.vn --top 10
    """
    from archive.views import persons

    rows = _run(state, persons, query, Scope(date_from, date_to, source, dates), top)
    _listing(state, rows, as_json, render_views.persons, "no person matched")


@main.command("person")
@click.argument("name")
@dates_option
@json_option
@pass_state
def person_cmd(state: State, name: str, dates: str, as_json: bool) -> None:
    """One person's profile: positions over time, mentions per year, the people,
    document numbers and slogans in their documents, the latest documents.

    Name variants (NFC/NFD, tone placement, case, spacing) are one person. A name
    typed without diacritics that fits several people lists them with their counts.

    Example: vankien person "le duc duc"
    """
    from archive.views import Candidates, find_person

    found = _run(state, find_person, name, dates)
    if found is None:
        _nothing(state, f"no person named {name!r} in the archive")
    if as_json:
        row = asdict(found)
        row["kind"] = "candidates" if isinstance(found, Candidates) else "person"
        sys.stdout.write(render.json_line(row))
    elif isinstance(found, Candidates):
        render_views.candidates(state.out, found)
    else:
        render_views.person(state.out, found)


# -- resolutions --------------------------------------------------------------------

@main.command("resolutions")
@click.option("--type", "type_code", metavar="CODE", help="Type code: NQ, KL, CT, QĐ, NĐ, …")
@click.option("--issuer", "issuer_code", metavar="CODE", help="Issuer code: TW, TU, CP, TTg, …")
@scope_options
@top_option
@json_option
@pass_state
def resolutions_cmd(state: State, type_code, issuer_code, date_from, date_to, source, dates, top: int,
                    as_json: bool) -> None:
    """Cited document numbers, most cited first: decoded type and issuer, citing
    documents, first and last citing date, and how many issuances share the number.

    Example: vankien resolutions --type KL --issuer TW --from 2021 --top 10
    """
    from archive.views import resolutions

    rows = _run(state, resolutions, type_code, issuer_code, Scope(date_from, date_to, source, dates), top)
    _listing(state, rows, as_json, render_views.resolutions, "no document number matched")


@main.command("resolution")
@click.argument("code")
@click.option("--date", metavar="D", help="The issuance of this date or year (Party numbers restart each term).")
@dates_option
@json_option
@pass_state
def resolution_cmd(state: State, code: str, date: str | None, dates: str, as_json: bool) -> None:
    """One document number: its decoded name, the issuances sharing it (told apart
    by the date and body written beside it), the document itself when archived,
    the citing documents over time, and the numbers cited with it.

    Example: vankien resolution 29-NQ/TW --date 2013
    """
    from archive.views import resolution_profile

    found = _run(state, resolution_profile, code, date, dates)
    if found is None:
        _nothing(state, f"no document cites {code}" + (f" with an issuance dated {date}" if date else ""))
    if as_json:
        sys.stdout.write(render.json_line(asdict(found)))
    else:
        render_views.resolution(state.out, found)


# -- slogans ------------------------------------------------------------------------

@main.command("slogans")
@scope_options
@top_option
@json_option
@pass_state
def slogans_cmd(state: State, date_from, date_to, source, dates, top: int, as_json: bool) -> None:
    """Slogans, mottos and movement names, most used first, with first and last
    use and the number of sources.

    Example: vankien slogans --from 2020 --top 10
    """
    from archive.views import slogans

    rows = _run(state, slogans, Scope(date_from, date_to, source, dates), top)
    _listing(state, rows, as_json, render_views.slogans, "no slogan matched")


@main.command("slogan")
@click.argument("text")
@dates_option
@json_option
@pass_state
def slogan_cmd(state: State, text: str, dates: str, as_json: bool) -> None:
    """Where and when a slogan was used: first use, spread over time and sources.
    Dashes, case, spacing and diacritics do not matter.

    Example: vankien slogan "tien phong trong tam thuyet phuc"
    """
    from archive.views import slogan_profile

    found = _run(state, slogan_profile, text, dates)
    if found is None:
        _nothing(state, f"no document uses the slogan {text!r}")
    if as_json:
        sys.stdout.write(render.json_line(asdict(found)))
    else:
        render_views.slogan(state.out, found)
