"""Plain records passed between the import stages."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawItem:
    """One input as read: bytes plus where they came from, or why they could not be read."""

    path: str                     # display path; archive members as "dump.tar.gz!news/a.txt"
    key: str                      # identity for skipping unchanged inputs on re-import
    size: int = 0
    mtime_ns: int = 0
    data: bytes | None = None
    meta: dict = field(default_factory=dict)   # from a sidecar manifest (meta.jsonl), if any
    status: str | None = None     # preset outcome ("skipped"/"failed") when not readable
    reason: str | None = None
    consumed: int = 0             # on-disk bytes this item accounts for (progress and ETA)


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
