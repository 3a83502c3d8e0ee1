"""What the research views return (archive/views.py): plain dataclasses that
cli_views.py renders and --json prints as they are."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Count:
    label: str
    count: int


@dataclass
class DocRef:
    id: int
    date: str | None
    title: str
    source: str | None
    reposts: int = 0                  # near-duplicates folded into this one
    issuance: str | None = None       # resolution view: the issuance year it cites


@dataclass
class PersonSummary:
    name: str
    key: str
    documents: int
    first: str | None
    last: str | None
    positions: list[str] = field(default_factory=list)


@dataclass
class Position:
    title: str
    documents: int
    first: str | None
    last: str | None


@dataclass
class PersonProfile:
    name: str
    key: str
    variants: list[str]
    documents: int
    undated: int                      # documents without a usable date
    first: str | None
    last: str | None
    positions: list[Position]
    years: list[Count]
    together: list[Count]             # people most often in the same documents
    numbers: list[Count]
    slogans: list[Count]
    latest: list[DocRef]


@dataclass
class Candidates:
    """An accentless name that several people share: each with their count."""
    query: str
    people: list[PersonSummary]


@dataclass
class NumberSummary:
    code: str
    canonical: str
    type: str | None
    issuer: str | None
    documents: int
    first: str | None
    last: str | None
    issuances: int


@dataclass
class Issuance:
    year: str | None
    date: str | None
    body: str | None
    written: str                      # "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"
    documents: int


@dataclass
class OwnDocument:
    """The numbered document itself, from its official header (doc_headers)."""
    id: int
    title: str
    own_number: str | None
    issuer: str | None
    issued_place: str | None
    issued_date: str | None
    doc_type: str | None
    summary: str | None
    signer: str | None
    signer_role: str | None


@dataclass
class NumberProfile:
    code: str
    canonical: str
    type: str | None
    issuer: str | None
    written: str
    documents: int
    undated: int
    issuances: list[Issuance]
    itself: list[OwnDocument]
    citing: list[DocRef]              # oldest first
    years: list[Count]
    cited_with: list[Count]


@dataclass
class SloganSummary:
    text: str
    key: str
    documents: int
    first: str | None
    last: str | None
    sources: int


@dataclass
class SloganProfile:
    text: str
    key: str
    forms: list[str]
    documents: int
    undated: int
    first_use: DocRef | None
    years: list[Count]
    sources: list[Count]
    used_in: list[DocRef]             # oldest first
    longer: list[Count]               # slogans that contain this one
