"""Spreadsheet exports — CSV, TSV, XLSX — one document per row.

The first non-empty row names the columns; archive/fields.py decides which
column fills which field (English or Vietnamese names, `--map`), and every
other column is kept as extra metadata. CSV/TSV are streamed (any size; a row
over the per-record limit ends the file with a failure, since a CSV reader
cannot find the next row after it). XLSX is read with openpyxl in read-only
mode after its zip members' sizes are checked, as a workbook is a zip that
could unpack to far more than it weighs.
"""
from __future__ import annotations

import csv
import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator

from archive import records as limits
from archive.encoding import open_text
from archive.fields import FieldMap
from archive.records import Draft, Failure, RawItem, too_large

XLSX_MAX_UNPACKED = 500 * 1024 * 1024     # openpyxl holds a workbook's shared strings in memory
DELIMITERS = (",", ";", "\t", "|")


def no_text_column(header: list) -> str:
    names = ", ".join(str(h) for h in header if h not in (None, ""))[:200]
    return f"no text column (columns: {names}); name it with --map text=COLUMN"


def csv_records(item: RawItem, fields: FieldMap, delimiter: str | None = None) -> Iterator[Draft | Failure]:
    with item.open() as raw:
        stream = open_text(raw)
        lines = _bounded_lines(stream.file)
        first = next(lines, "")
        while first and not first.strip():
            first = next(lines, "")
        if not first:
            return
        delimiter = delimiter or max(DELIMITERS, key=first.count)
        csv.field_size_limit(limits.MAX_RECORD)
        reader = csv.reader(_chain(first, lines), delimiter=delimiter)
        rows = _Numbered(reader)
        try:
            _, header = next(rows)
            yield from _rows(item, fields, header, rows, item.path, "#L", stream.encoding, stream.fix)
        except (csv.Error, limits.TooLarge) as e:
            reason = str(e) if isinstance(e, limits.TooLarge) else f"bad CSV: {e}"
            yield Failure(f"{item.path}#L{rows.start}", f"{reason} (the rest of the file was not read)")


def _bounded_lines(file) -> Iterator[str]:
    limit = limits.MAX_RECORD
    while True:
        line = file.readline(limit + 1)
        if not line:
            return
        if len(line) > limit:
            raise too_large(len(line), limit)
        yield line


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


class _Numbered:
    """Rows as (line where the row starts, row); `start` stays on a row that failed to parse."""

    def __init__(self, reader):
        self.reader, self.start = reader, 1

    def __iter__(self):
        return self

    def __next__(self) -> tuple[int, list]:
        self.start = self.reader.line_num + 1
        return self.start, next(self.reader)


def _rows(item: RawItem, fields: FieldMap, header: list, rows: Iterable[tuple[int, list]], where: str,
          label: str, encoding: str, fix) -> Iterator[Draft | Failure]:
    """Drafts from rows under a header; `where` names the file or sheet, `label` prefixes row numbers."""
    header = [(fix(h.strip()) if isinstance(h, str) else h) for h in header]
    if "text" not in fields.columns([str(h) if h is not None else "" for h in header]):
        yield Failure(where, no_text_column(header))
        return
    names = [str(h) if h not in (None, "") else f"column {i + 1}" for i, h in enumerate(header)]
    for number, row in rows:
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue                                  # a blank row holds nothing to lose
        path = f"{item.path}{label}{number}"
        record = {}
        for i, value in enumerate(row):
            record.setdefault(names[i] if i < len(names) else f"column {i + 1}", value)
        draft = fields.draft(record, path, item.meta, encoding, fix)
        yield draft if draft is not None else Failure(path, "row has no text")


def xlsx_records(item: RawItem, fields: FieldMap) -> Iterator[Draft | Failure]:
    import openpyxl  # only workbooks pay for loading it

    from archive.vntext import nfc

    with item.open() as raw, _Seekable(raw) as book_file:
        problem = _zip_problem(book_file)
        if problem:
            yield Failure(item.path, problem)
            return
        try:
            book = openpyxl.load_workbook(book_file, read_only=True, data_only=True)
        except Exception as e:    # noqa: BLE001 — any parser error on an untrusted file is this file's failure
            cause = e.__cause__ or e.__context__ or e     # openpyxl wraps the parser's error
            yield Failure(item.path, f"unreadable workbook: {type(cause).__name__}: {cause}"[:300])
            return
        try:
            for sheet in book.worksheets:
                rows = enumerate(sheet.iter_rows(values_only=True), start=1)
                header = next(((n, r) for n, r in rows if any(v not in (None, "") for v in r)), None)
                if header is None:
                    continue                          # an empty sheet
                yield from _rows(item, fields, list(header[1]), rows, f"{item.path}#{sheet.title}",
                                 f"#{sheet.title}:R", "xlsx", nfc)
        finally:
            book.close()


class _Seekable:
    """The file itself when it can seek (a file on disk), else a spooled copy (archive members, stdin)."""

    def __init__(self, raw):
        self.raw, self.copy = raw, None

    def __enter__(self):
        try:
            self.raw.fileno()
            return self.raw
        except (OSError, AttributeError, io.UnsupportedOperation):
            self.copy = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024)
            shutil.copyfileobj(self.raw, self.copy, 1 << 20)
            self.copy.seek(0)
            return self.copy

    def __exit__(self, *exc):
        if self.copy is not None:
            self.copy.close()
        return False


def _zip_problem(book_file) -> str | None:
    """Why this workbook is not read (not a zip, or unpacking too large), or None."""
    try:
        with zipfile.ZipFile(book_file) as zf:
            unpacked = sum(info.file_size for info in zf.infolist())
    except zipfile.BadZipFile:
        return "unreadable workbook: not an XLSX (zip) file"
    finally:
        book_file.seek(0)
    if unpacked > XLSX_MAX_UNPACKED:
        return (f"workbook too large: unpacks to {unpacked // 1_000_000} MB "
                f"(> {XLSX_MAX_UNPACKED // 1_000_000} MB); export it as CSV")
    return None
