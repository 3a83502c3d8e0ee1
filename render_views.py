"""Rich rendering of the research views (archive/views.py results).

Aligned tables and bars; colours that read on light and dark terminals (bold,
cyan, green, magenta, dim — never white, black or yellow); plain text when piped
and NO_COLOR respected by the shared Console. Every value from a document goes
in as Text, never as markup, so a title with brackets prints as written.
"""
from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from render import data

BAR_WIDTH = 40
DATES = ("first", "last", "date", "year")
SHOWN_DOCUMENTS = 20
SHOWN_POSITIONS = 12


_t = data          # archived text as text: never markup, never a control sequence


def _docs(n: int) -> str:
    return f"{n:,} document{'' if n == 1 else 's'}"


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "no usable date"
    return first if first == last else f"{first} – {last}"


def _table(title: str, *columns: str, right: tuple[str, ...] = ("docs",)) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", header_style="bold",
                  box=box.SIMPLE_HEAD)
    for column in columns:
        table.add_column(column, justify="right" if column in right else "left",
                         style="cyan" if column in DATES else None,
                         no_wrap=column in DATES or column in right or column == "number")
    return table


def bars(title: str, counts, width: int = BAR_WIDTH) -> Table:
    """One row per label: the label, a bar scaled to the largest count, the count."""
    table = Table(title=title, title_justify="left", title_style="bold", box=None, show_header=False,
                  pad_edge=False)
    table.add_column(style="cyan")
    table.add_column()
    table.add_column(justify="right")
    top = max((c.count for c in counts), default=0)
    for c in counts:
        length = max(1, round(c.count * width / top)) if top else 0
        table.add_row(_t(c.label), _t("█" * length, "green"), _t(f"{c.count:,}"))
    return table


def _counts(title: str, counts, column: str) -> Table:
    table = _table(title, column, "docs")
    for c in counts:
        table.add_row(_t(c.label), _t(f"{c.count:,}"))
    return table


def _documents(title: str, docs, with_issuance: bool = False, shown: int = SHOWN_DOCUMENTS) -> Table:
    """Documents in the order given; a long list keeps its first and last ones (--json has all)."""
    columns = ("date", "title", "source", "id") + (("cites",) if with_issuance else ())
    table = _table(title, *columns, right=("id",))
    skipped = max(0, len(docs) - shown)
    if skipped:
        docs = [*docs[:shown // 2], None, *docs[len(docs) - shown // 2:]]
    for d in docs:
        if d is None:
            table.add_row("…", _t(f"{skipped:,} more (--json lists them all)", "dim"), *[""] * (len(columns) - 2))
            continue
        name = _t(d.title)
        if d.reposts:
            name.append(f"  (+{d.reposts} re-post{'s' if d.reposts > 1 else ''})", style="magenta")
        row = [_t(d.date or "—"), name, _t(d.source, "green"), _t(f"#{d.id}", "dim")]
        if with_issuance:
            row.append(_t(d.issuance or "?"))
        table.add_row(*row)
    return table


def _headline(console: Console, title: str, line: str) -> None:
    console.print(_t(title, "bold magenta"))
    console.print(_t(line, "dim"))


def _print_all(console: Console, *tables) -> None:
    for table in tables:
        if table.row_count:
            console.print()
            console.print(table)


# -- persons --------------------------------------------------------------------

def persons(console: Console, rows) -> None:
    table = _table("Persons", "person", "docs", "first", "last", "positions")
    for p in rows:
        table.add_row(_t(p.name, "bold"), _t(f"{p.documents:,}"), _t(p.first), _t(p.last),
                      _t("; ".join(p.positions)))
    console.print(table)


def candidates(console: Console, found) -> None:
    console.print(_t(f"{found.query!r} fits {len(found.people)} people with different diacritics; "
                     "ask for one by its written name:", "dim"))
    persons(console, found.people)


def person(console: Console, p) -> None:
    undated = f" ({p.undated:,} without a usable date)" if p.undated else ""
    _headline(console, p.name, f"{_docs(p.documents)}{undated} · {_span(p.first, p.last)}")
    if len(p.variants) > 1:
        console.print(_t("written as: " + ", ".join(p.variants), "dim"))
    positions = _table("Positions", "position", "docs", "first", "last")
    shown = p.positions
    if len(shown) > SHOWN_POSITIONS:          # many written once are mostly extraction slips
        top = sorted((pos for pos in shown if pos.documents > 1), key=lambda pos: -pos.documents)[:SHOWN_POSITIONS]
        shown = [pos for pos in shown if pos in top]
    for pos in shown:
        positions.add_row(_t(pos.title), _t(f"{pos.documents:,}"), _t(pos.first or "—"), _t(pos.last or "—"))
    if len(shown) < len(p.positions):
        positions.add_row(_t(f"… {len(p.positions) - len(shown):,} more (--json lists them all)", "dim"), "", "", "")
    _print_all(console, positions, bars("Mentions per year", p.years),
               _counts("Mentioned with", p.together, "person"),
               _counts("Document numbers in their documents", p.numbers, "number"),
               _counts("Slogans in their documents", p.slogans, "slogan"),
               _documents("Latest documents", p.latest))


# -- document numbers -----------------------------------------------------------------

def resolutions(console: Console, rows) -> None:
    table = _table("Document numbers", "number", "type", "issuer", "docs", "first", "last", "issuances",
                   right=("docs", "issuances"))
    for n in rows:
        table.add_row(_t(n.code, "bold"), _t(n.type), _t(n.issuer), _t(f"{n.documents:,}"), _t(n.first),
                      _t(n.last), _t(n.issuances))
    console.print(table)


def resolution(console: Console, n) -> None:
    bodies = sorted({i.body for i in n.issuances if i.body})
    kind = " · ".join(x for x in (n.type, f"{n.issuer} level" if n.issuer else None,
                                  f"issued by {', '.join(bodies)}" if bodies else None) if x)
    undated = f" ({n.undated:,} without a usable date)" if n.undated else ""
    cited = f"cited by {_docs(n.documents)}{undated}" if n.documents else "cited by no other document"
    _headline(console, n.written, f"{kind} · {cited}")
    issuances = _table("Issuances sharing the number", "year", "as written", "docs")
    for i in n.issuances:
        issuances.add_row(_t(i.year or "?"), _t(i.written), _t(f"{i.documents:,}"))
    itself = _table("The document itself", "number", "type", "issuer", "date", "signer", "id", right=("id",))
    for o in n.itself:
        signer = " ".join(x for x in (o.signer_role, o.signer) if x)
        itself.add_row(_t(o.own_number, "bold"), _t(o.doc_type), _t(o.issuer), _t(o.issued_date), _t(signer),
                       _t(f"#{o.id}", "dim"))
        if o.summary:
            itself.add_row("", _t(o.summary, "dim"), "", "", "", "")
    _print_all(console, issuances if len(n.issuances) > 1 else Table(), itself,
               _documents("Cited by", n.citing, with_issuance=len(n.issuances) > 1),
               bars("Citing documents per year", n.years),
               _counts("Cited with", n.cited_with, "number"))


# -- slogans --------------------------------------------------------------------------

def slogans(console: Console, rows) -> None:
    table = _table("Slogans", "slogan", "docs", "first", "last", "sources", right=("docs", "sources"))
    for s in rows:
        table.add_row(_t(s.text, "bold"), _t(f"{s.documents:,}"), _t(s.first), _t(s.last), _t(s.sources))
    console.print(table)


def slogan(console: Console, s) -> None:
    undated = f" ({s.undated:,} without a usable date)" if s.undated else ""
    first = f" · first used {s.first_use.date} (#{s.first_use.id})" if s.first_use else ""
    _headline(console, f"“{s.text}”", f"{_docs(s.documents)}{undated}{first}")
    if len(s.forms) > 1:
        console.print(_t("written as: " + " | ".join(s.forms), "dim"))
    _print_all(console, bars("Documents per year", s.years), _counts("Sources", s.sources, "source"),
               _documents("Used in", s.used_in), _counts("Longer slogans containing it", s.longer, "slogan"))
