"""Plain records passed between the import stages."""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

MAX_RECORD = 50 * 1024 * 1024     # one document (a file, a JSON line, a table row) larger than this is no article
# The longest text one document may have once read (the longest code in legal-127 has
# under 1 M characters): past it, cleaning, de-duplication and segmentation would
# cost gigabytes of memory for what is no article, so the record fails instead.
MAX_TEXT = 10_000_000


class TooLarge(ValueError):
    """One record is over the per-record limit (the input is failed, its neighbours go on)."""


def too_large(size: int, limit: int) -> TooLarge:
    return TooLarge(f"oversized: {_mb(size)} > {_mb(limit)} per document")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n < 10_000_000 else f"{n // 1_000_000} MB"


@dataclass
class RawItem:
    """One input: how to open its bytes, where they came from, or why they cannot be read.

    The bytes are opened lazily (`open()`), so a 100 MB export is streamed, never
    held whole. An archive member's opener is valid until the next item is drawn.
    """

    path: str                     # display path (valid UTF-8); archive members as "dump.tar.gz!news/a.txt"
    key: str | bytes              # identity for skipping unchanged inputs (bytes for non-UTF-8 names)
    size: int = 0                 # -1 when unknown (stdin)
    mtime_ns: int = 0
    opener: Callable[[], BinaryIO] | None = None
    meta: dict = field(default_factory=dict)   # from a sidecar manifest (meta.jsonl), if any
    status: str | None = None     # preset outcome ("skipped"/"failed") when not readable
    reason: str | None = None
    consumed: int = 0             # on-disk bytes this item accounts for (progress and ETA)
    _data: bytes | None = field(default=None, repr=False)

    def open(self) -> BinaryIO:
        if self._data is not None:          # already read whole (stdin sniffed as a stream format)
            return io.BytesIO(self._data)
        return self.opener()

    @property
    def data(self) -> bytes:
        """The whole content, for formats read as one document (raises TooLarge past MAX_RECORD)."""
        if self._data is None:
            if self.size > MAX_RECORD:
                raise too_large(self.size, MAX_RECORD)
            with self.open() as f:    # bounded by the known size (a huge read() buffer costs per call)
                data = f.read(self.size + 1 if self.size >= 0 else MAX_RECORD + 1)
            if len(data) > MAX_RECORD:
                raise too_large(len(data) if self.size < 0 else self.size, MAX_RECORD)
            self._data = data
        return self._data


@dataclass
class Failure:
    """A record inside an input that could not become a document (a bad JSON line, a row without text)."""

    path: str
    reason: str


@dataclass
class Draft:
    """A document parsed from one input, before cleaning and metadata."""

    text: str
    path: str
    title: str | None = None
    date: str | None = None
    date_hint: str | None = None
    url: str | None = None
    author: str | None = None
    source: str | None = None
    external_id: str | None = None
    encoding: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class Document:
    """A clean record, as the archive stores it."""

    title: str
    text: str
    path: str
    content_hash: str
    date: str | None = None
    date_source: str | None = None         # metadata | text (publication dates) | inferred | None
    date_note: str | None = None           # why this date, or why none (archive/meta.py)
    source: str | None = None
    author: str | None = None
    url: str | None = None
    external_id: str | None = None
    encoding: str | None = None
    extra: dict = field(default_factory=dict)
    id: int | None = None
    duplicate_of: int | None = None
    batch_id: int | None = None
    imported_at: str | None = None


@dataclass
class Outcome:
    """What happened to one input (a line of `import --report`)."""

    path: str
    status: str                   # imported | duplicate | near_duplicate | unchanged | skipped | failed
    reason: str | None = None
    id: int | None = None
    duplicate_of: int | None = None
    title: str | None = None
    controls_removed: int | None = None   # control characters taken out (archive/controls.py)
