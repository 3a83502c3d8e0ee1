"""Rich rendering for the CLI: every table, bar and highlighted line a person reads.

cli.py parses options and calls the library; what it prints is drawn here, from
plain result objects, so a command's output lives in one place (GUIDE: Rich
renderables are plain objects; build a result as data, render it in one place).
"""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text


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
    console.print(table)


def marked(text: str, marks, style: str = "bold yellow") -> Text:
    out = Text(text)
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
            head.append(hit.date or "----------", style="cyan")
            head.append("  ")
            head.append(hit.title, style="bold")
            if hit.source:
                head.append(f"  {hit.source}", style="green")
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


def entities(console: Console, found: dict) -> None:
    people = Table("person", "positions", title="Persons", title_justify="left")
    for p in found["persons"]:
        people.add_row(p["name"], "; ".join(p["positions"]))
    numbers = Table("number", "type", "issuer", "date", "issued by", title="Document numbers", title_justify="left")
    for d in found["docnums"]:
        numbers.add_row(d["code"], d["type"] or "", d["issuer"] or "", d["date"] or "", d["issuer_body"] or "")
    dates = Table("date", "as written", title="Dates", title_justify="left")
    for d in found["dates"]:
        dates.add_row(d["date"], d["text"])
    slogans = Table("slogan", title="Slogans", title_justify="left")
    for s in found["slogans"]:
        slogans.add_row(s["text"])
    for table in (people, numbers, dates, slogans):
        console.print(table)


def document_list(console: Console, docs) -> None:
    table = Table("id", "date", "title", "source", "dup of")
    for doc in docs:
        table.add_row(str(doc.id), doc.date or "", doc.title, doc.source or "", str(doc.duplicate_of or ""))
    console.print(table)


SHOWN_FIELDS = ("date", "date_source", "source", "author", "url", "path", "external_id", "duplicate_of")


HEADER_FIELDS = (("number", "own_number"), ("issuer", "issuer"), ("superior body", "superior"),
                 ("place", "issued_place"), ("issued", "issued_date"), ("type", "doc_type"),
                 ("summary", "summary"), ("signer", "signer"), ("signer role", "signer_role"))


def document(console: Console, doc, marks, header=None) -> None:
    console.print(Text(doc.title, style="bold"))
    for label in SHOWN_FIELDS:
        value = getattr(doc, label)
        if value is not None:
            console.print(Text(f"{label}: ", style="dim").append(str(value), style="default"))
    if header is not None:
        console.print(Text("official header", style="bold dim"))
        for label, name in HEADER_FIELDS:
            value = getattr(header, name)
            if value:
                console.print(Text(f"  {label}: ", style="dim").append(str(value), style="default"))
    console.print()
    console.print(marked(doc.text, marks, "bold black on yellow"))


def stats(console: Console, values: dict) -> None:
    table = Table(show_header=False, box=None)
    for key, value in values.items():
        if key != "sources":
            table.add_row(key, f"{value:,}" if isinstance(value, int) else str(value))
    console.print(table)
