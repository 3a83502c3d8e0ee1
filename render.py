"""Rich rendering for the CLI: every table, bar and highlighted line a person reads.

cli.py parses options and calls the library; what it prints is drawn here, from
plain result objects, so a command's output lives in one place (GUIDE: Rich
renderables are plain objects; build a result as data, render it in one place).
"""
from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from archive.controls import escape_json, visible


def data(value, style: str | None = None) -> Text:
    """Archived or user-supplied text for the terminal: never markup (a title
    holding "[link=…]" stays text) and never a control sequence."""
    return Text(visible("" if value is None else str(value)), style=style or "")


def json_line(value) -> str:
    """One JSON Lines row: UTF-8 as written, every control character escaped."""
    return escape_json(json.dumps(value, ensure_ascii=False)) + "\n"


class ImportProgress:
    """A Rich progress bar on stderr: inputs, MB, docs/s and ETA over the on-disk bytes."""

    def __init__(self, console: Console, paths: tuple[str, ...]):
        from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("[bold]importing"), BarColumn(), DownloadColumn(),
                                 TextColumn("{task.fields[inputs]:,} inputs · {task.fields[docs]:,} docs"
                                            " · {task.fields[rate]} docs/s"),
                                 TimeRemainingColumn(), console=console, transient=True)
        self.task = self.progress.add_task("import", total=_disk_size(paths), inputs=0, docs=0, rate="–")
        self.inputs = self.docs = 0

    def __enter__(self):
        self.progress.start()
        return self

    def __exit__(self, *exc):
        self.progress.stop()
        return False

    def item(self, item) -> None:
        self.inputs += 1
        self.progress.advance(self.task, item.consumed)

    def outcome(self, outcome) -> None:
        if outcome.status in ("imported", "near_duplicate"):
            self.docs += 1
        elapsed = self.progress.tasks[0].elapsed or 0
        rate = f"{self.docs / elapsed:,.0f}" if elapsed > 1 else "–"
        self.progress.update(self.task, inputs=self.inputs, docs=self.docs, rate=rate)


def _disk_size(paths) -> int | None:
    total = 0
    for p in paths:
        path = Path(p)
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
        else:
            return None
    return total


def index_progress(console: Console, total: int):
    """A progress bar for indexing; returns (bar, step) where step(doc) advances it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("[bold]indexing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, transient=True)
    task = bar.add_task("index", total=total)
    return bar, lambda doc: bar.advance(task)


def import_summary(console: Console, summary, indexed=None) -> None:
    c = summary.counts
    table = Table(title="Import", show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [("imported", c["imported"]), ("near-duplicates (kept, marked)", c["near_duplicate"]),
            ("exact duplicates (skipped)", c["duplicate"]), ("unchanged (skipped)", c["unchanged"]),
            ("skipped", c["skipped"]), ("failed", c["failed"])]
    for label, n in rows:
        style = "red" if label == "failed" and n else None
        table.add_row(label, f"{n:,}", style=style)
    rate = summary.inputs / summary.seconds if summary.seconds else 0
    table.add_row("time", f"{summary.seconds:.1f} s ({rate:,.0f} inputs/s)")
    if indexed is not None:
        table.add_row("indexed", f"{indexed.indexed:,} ({indexed.segmented:,} segmented)")
    if summary.controls_removed:
        table.add_row("control characters removed", f"{summary.controls_removed:,}")
    console.print(table)
    for status in ("skipped", "failed"):
        reasons = _reasons(summary, status)
        if reasons:
            console.print(Text(f"{status}: ", style="bold red" if status == "failed" else "bold").append(reasons))


def _reasons(summary, status: str) -> str:
    """ "bad JSON line 2 · binary file 1": why inputs were skipped or failed, most common first."""
    found = sorted(((kind, n) for (st, kind), n in summary.reasons.items() if st == status), key=lambda x: (-x[1], x[0]))
    return " · ".join(f"{kind} {n:,}" for kind, n in found)


def marked(text: str, marks, style: str = "bold yellow") -> Text:
    out = data(text)
    for start, end in marks:
        out.stylize(style, start, end)
    return out


def hits(console: Console, result, offset: int) -> None:
    def draw():
        note = " (no document has every word; showing the closest)" if result.relaxed else ""
        shown = f"{offset + 1}–{offset + len(result.hits)}" if result.hits else "0"
        console.print(Text(f"{result.total:,} documents, showing {shown}{note}", style="dim"))
        for hit in result.hits:
            head = Text(f"{hit.rank:>3}. ", style="bold")
            head.append(data(hit.date or "----------", "cyan"))
            head.append("  ")
            head.append(data(hit.title, "bold"))
            if hit.source:
                head.append(data(f"  {hit.source}", "green"))
            if hit.duplicate_of:
                head.append(f"  [re-post of #{hit.duplicate_of}]", style="magenta")
            head.append(f"  #{hit.id}", style="dim")
            console.print(head)
            console.print(Text("     ").append(marked(hit.snippet, hit.marks)))

    if console.is_terminal and len(result.hits) > 5:
        with console.pager(styles=True):
            draw()
    else:
        draw()


def entities(console: Console, found: dict, header=None) -> None:
    official_header(console, header)
    people = Table("person", "positions", title="Persons", title_justify="left")
    for p in found["persons"]:
        people.add_row(data(p["name"]), data("; ".join(p["positions"])))
    numbers = Table("number", "type", "issuer", "date", "issued by", title="Document numbers", title_justify="left")
    for d in found["docnums"]:
        numbers.add_row(*(data(d[k]) for k in ("code", "type", "issuer", "date", "issuer_body")))
    dates = Table("date", "as written", title="Dates", title_justify="left")
    for d in found["dates"]:
        dates.add_row(data(d["date"]), data(d["text"]))
    slogans = Table("slogan", title="Slogans", title_justify="left")
    for s in found["slogans"]:
        slogans.add_row(data(s["text"]))
    for table in (people, numbers, dates, slogans):
        console.print(table)


def document_list(console: Console, docs) -> None:
    table = Table("id", "date", "title", "source", "dup of")
    for doc in docs:
        table.add_row(str(doc.id), data(doc.date), data(doc.title), data(doc.source), str(doc.duplicate_of or ""))
    console.print(table)


SHOWN_FIELDS = ("date", "date_source", "date_note", "source", "author", "url", "path", "external_id", "duplicate_of")


HEADER_FIELDS = (("number", "own_number"), ("issuer", "issuer"), ("superior body", "superior"),
                 ("place", "issued_place"), ("issued", "issued_date"), ("type", "doc_type"),
                 ("summary", "summary"), ("signer", "signer"), ("signer role", "signer_role"))


def document(console: Console, doc, marks, header=None) -> None:
    console.print(data(doc.title, "bold"))
    for label in SHOWN_FIELDS:
        value = getattr(doc, label)
        if value is not None:
            console.print(Text(f"{label}: ", style="dim").append(data(value)))
    official_header(console, header)
    console.print()
    console.print(marked(doc.text, marks, "bold black on yellow"))


def official_header(console: Console, header) -> None:
    """The fields of a document's official header (number, issuer, signer …), if it has one."""
    if header is None:
        return
    console.print(Text("official header", style="bold dim"))
    for label, name in HEADER_FIELDS:
        value = getattr(header, name)
        if value:
            console.print(Text(f"  {label}: ", style="dim").append(data(value)))


def stats(console: Console, values: dict) -> None:
    table = Table(show_header=False, box=None)
    for key, value in values.items():
        if key != "sources":
            table.add_row(key, f"{value:,}" if isinstance(value, int) else data(value))
    console.print(table)


def check_report(console: Console, report) -> None:
    for line in report.repaired:
        console.print(Text("repaired: ", style="green").append(data(line)))
    if report.sound:
        console.print(Text(f"sound: {report.documents:,} documents, {report.indexed:,} indexed", style="green"))
        return
    for f in report.findings:
        ids = ", ".join(f"#{i}" for i in f.ids[:10]) + (" …" if len(f.ids) > 10 else "")
        line = Text(f"{f.kind}: ", style="bold red").append(data(f.message)).append(f" ({f.count:,})")
        if ids:
            line.append(f"  {ids}", style="dim")
        console.print(line)
    fixable = any(f.repairable for f in report.findings)
    console.print(Text("run `vankien check --repair` to re-derive and re-index" if fixable
                       else "not repairable by vankien: see the lines above", style="yellow"))


# -- timeline, facets, similar, export (cli_explore.py) ----------------------------

BAR_WIDTH = 40


def timeline(console: Console, result) -> None:
    """One bar per bucket; plain `#` bars when the output is not a terminal."""
    peak = max((b.count for b in result.buckets), default=0)
    width = len(result.buckets[0].key) if result.buckets else 4
    for b in result.buckets:
        length = round(BAR_WIDTH * b.count / peak) if peak else 0
        if console.is_terminal:
            line = Text(f"{b.key:<{width}}  ", style="cyan").append("█" * length or ("▏" if b.count else ""),
                                                                      style="blue")
        else:
            line = Text(f"{b.key:<{width}}  " + "#" * length)
        console.print(line.append(f" {b.count:,}"))
    kind = {"published": "a publication date", "inferred": "an inferred date", "any": "a date"}[result.dates]
    console.print(Text(f"{_count(result.total, 'match')}; {_count(result.undated, 'match')} without {kind}",
                       style="dim"))


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "es" if noun.endswith(("s", "ch", "sh", "x")) else "s")


def facets(console: Console, found) -> None:
    """Counts by year, source and document type, side by side."""
    from rich.columns import Columns

    tables = []
    for title, counts in (("year", found.year), ("source", found.source), ("type", found.doctype)):
        table = Table(title, "documents", title=None, box=None, pad_edge=False)
        for key, n in counts.items():
            table.add_row(data(key or "(none)"), f"{n:,}", style="dim" if not key else None)
        tables.append(table)
    console.print(Text(f"{found.total:,} matches by", style="dim"))
    console.print(Columns(tables, padding=(0, 4)))


def similar(console: Console, doc_id: int, found) -> None:
    table = Table("#", "id", "date", "title", "source", "score", title=f"Documents like #{doc_id}",
                  title_justify="left")
    for rank, s in enumerate(found, start=1):
        title = data(s.title)
        if s.near_duplicate:
            title.append("  [near-duplicate]", style="magenta")
        table.add_row(str(rank), str(s.id), data(s.date), title, data(s.source), f"{s.score:.2f}")
    console.print(table)


def export_progress(console: Console, total: int):
    """A progress bar on stderr for export; returns (bar, step)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("[bold]exporting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, transient=True)
    task = bar.add_task("export", total=total)
    return bar, lambda: bar.advance(task)
