"""JSON Lines and JSON of any size, one record at a time.

A JSON Lines file is read line by line: memory holds one record, a record over
the limit fails alone (`export.jsonl#L7`) and its neighbours go on. A JSON
array, or a file of pretty-printed objects, goes through ijson's incremental
parser (records `export.json#3`); there a record over the limit or broken JSON
ends the file with a failure, as a parser cannot find the next record after it.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from archive import records as limits
from archive.encoding import open_text
from archive.fields import FieldMap
from archive.records import Draft, Failure, RawItem, too_large

NO_TEXT = "JSON record has no text, body or content"


def json_records(item: RawItem, fields: FieldMap) -> Iterator[Draft | Failure]:
    with item.open() as raw:
        stream = open_text(raw)
        number, first = _skip_blank(stream.file)
        if first == "[":
            yield from _documents(item, fields, stream, first, array=True)
            return
        lines = _lines(stream.file, number)
        number, line = next(lines, (number + 1, ""))
        line = line if isinstance(line, OversizedLine) else first + line
        if first == "{" and not isinstance(line, OversizedLine) and _unfinished(line):
            yield from _documents(item, fields, stream, line, array=False)    # pretty-printed objects
            return
        yield from _record(item, fields, stream, f"#L{number}", line)
        for number, line in lines:
            yield from _record(item, fields, stream, f"#L{number}", line)


def _skip_blank(file) -> tuple[int, str]:
    """Read past leading blank space (and a BOM): (lines passed, first character)."""
    passed = 0
    while True:
        char = file.read(1)
        if char == "\n":
            passed += 1
        elif char not in ("\ufeff", " ", "\t", "\r"):
            return passed, char


def _lines(file, number: int) -> Iterator[tuple[int, str | OversizedLine]]:
    """(line number, line), a line over the limit as an OversizedLine."""
    limit = limits.MAX_RECORD
    while True:
        line = file.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith("\n"):
            size = len(line.encode("utf-8"))
            while line and not line.endswith("\n"):
                line = file.readline(1 << 20)
                size += len(line.encode("utf-8"))
            yield number, OversizedLine(size)
            continue
        yield number, line


@dataclass
class OversizedLine:
    """Stands for a line over the limit, which is read past, never held."""

    size: int


def _unfinished(line: str) -> bool:
    """The line is the start of a JSON value that goes on below (a pretty-printed file)."""
    try:
        json.loads(line)
        return False
    except json.JSONDecodeError as e:
        return e.pos >= len(line.rstrip())


def _record(item, fields, stream, label, line) -> Iterator[Draft | Failure]:
    path = f"{item.path}{label}"
    if isinstance(line, OversizedLine):
        yield Failure(path, str(too_large(line.size, limits.MAX_RECORD)))
        return
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except ValueError as e:
        yield Failure(path, f"bad JSON line: {e.msg.removesuffix(' at')} at column {e.colno}")
        return
    yield _draft(item, fields, stream, path, record)


def _draft(item, fields, stream, path, record) -> Draft | Failure:
    if not isinstance(record, dict):
        return Failure(path, "JSON record is not an object")
    draft = fields.draft(record, path, item.meta, stream.encoding, stream.fix)
    return draft if draft is not None else Failure(path, NO_TEXT)


def _documents(item, fields, stream, first, array: bool) -> Iterator[Draft | Failure]:
    import ijson  # only JSON arrays and pretty-printed files pay for loading it

    source = _Budgeted(first, stream.file)
    parsed = ijson.items(source, "item" if array else "", multiple_values=not array, use_float=True)
    number = 0
    try:
        for number, record in enumerate(parsed, start=1):
            source.used = 0
            yield _draft(item, fields, stream, f"{item.path}#{number}", record)
    except limits.TooLarge as e:
        yield Failure(f"{item.path}#{number + 1}", f"{e} (the rest of the file was not read)")
    except ijson.JSONError as e:
        yield Failure(f"{item.path}#{number + 1}", f"bad JSON: {_first_line_of(e)} (the rest of the file was not read)")


def _first_line_of(error: Exception) -> str:
    message = error.args[0] if error.args else str(error)
    if isinstance(message, bytes):          # ijson's C parser reports in bytes
        message = message.decode("utf-8", "replace")
    return str(message).strip().split("\n")[0][:120]


class _Budgeted:
    """Text → UTF-8 bytes for ijson (never more than asked), counting what one record takes."""

    def __init__(self, first: str, file):
        self.buffer, self.file, self.used = first.encode("utf-8"), file, 0

    def read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            text = self.file.read(n)
            if not text:
                break
            self.buffer += text.encode("utf-8")
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        self.used += len(data)
        if self.used > limits.MAX_RECORD:
            raise too_large(self.used, limits.MAX_RECORD)
        return data
