"""Turn one input into draft documents, by format: text, HTML, JSON/JSONL, CSV/TSV/XLSX.

Format comes from the file name, or from the content for stdin and unknown
names. Text and HTML are read whole (up to the per-document limit); exports
(JSON, JSON Lines, tables) are streamed record by record, so a bad or oversized
record is reported on its own and never spoils its file.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from archive.encoding import decode
from archive.extract import OFFICE_KINDS, office_kind
from archive.fields import FieldMap
from archive.records import Draft, Failure, RawItem

_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)     # "# Title" is a title, not "#"
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)


class FormatError(ValueError):
    """The input is in a known format but its content is unusable."""


@dataclass
class Parsed:
    """Drafts and bad records of a format read whole; iterating yields both (as `parse` does)."""

    drafts: list[Draft] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)   # (path, reason) per bad record

    def __iter__(self) -> Iterator[Draft | Failure]:
        yield from (Failure(path, reason) for path, reason in self.errors)
        yield from self.drafts


# Formats whose records are streamed: no per-file size limit, one per record.
STREAMED = {".jsonl": "json", ".ndjson": "json", ".json": "json", ".csv": "csv", ".tsv": "tsv",
            ".tab": "tsv", ".xlsx": "xlsx", ".xlsm": "xlsx"}


def sniff(name: str, data: bytes) -> str:
    office = office_kind(name, data)        # Word, PDF, images: by magic bytes, then extension
    if office:
        return office
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    streamed = next((kind for suffix, kind in STREAMED.items() if lower.endswith(suffix)), None)
    if streamed:
        return streamed
    if lower.endswith((".txt", ".md", ".text")):
        return "text"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return "json"
    if _HTML_START.match(head):
        return "html"
    return "text"


def parse(item: RawItem, fields: FieldMap | None = None) -> Iterator[Draft | Failure] | Parsed:
    """The drafts (and failed records) of one input; streamed formats yield lazily.

    Raises DecodeError, FormatError or TooLarge when the input as a whole is unusable.
    """
    fields = fields or FieldMap()
    kind = sniff(item.path, b"") if item.path.lower().endswith(tuple(STREAMED)) else sniff(item.path, item.data)
    if kind in OFFICE_KINDS:
        return Parsed([_parse_office(kind, item)])
    if kind == "json":
        from archive.jsonstream import json_records
        return json_records(item, fields)
    if kind in ("csv", "tsv"):
        from archive.tables import csv_records
        return csv_records(item, fields, "\t" if kind == "tsv" else None)
    if kind == "xlsx":
        from archive.tables import xlsx_records
        return xlsx_records(item, fields)
    decoded = decode(item.data)
    if kind == "html":
        return Parsed([_parse_html(decoded.text, item, decoded.encoding)])
    text = decoded.text
    if item.path.lower().endswith(".md"):
        text = _MD_HEADING.sub("", text)
    return Parsed([_draft_from(text, item.path, item.meta, decoded.encoding)])


_PLAIN = FieldMap()    # a text's manifest fields are named as in a manifest: no --map


def _draft_from(text: str, path: str, meta: dict, encoding: str) -> Draft:
    # an empty text still becomes a draft: the importer skips it as "empty", with its path
    return _PLAIN.draft({"text": text}, path, meta, encoding) or Draft(text=text, path=path, encoding=encoding)


def _parse_office(kind: str, item: RawItem) -> Draft:
    from archive.extract import extract  # the office readers load only for office files

    got = extract(kind, item.data)
    return _draft_from(got.text, item.path, {**got.extra, **item.meta}, got.method)


def _parse_html(html: str, item: RawItem, encoding: str) -> Draft:
    import trafilatura  # only HTML inputs pay for loading it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=True)
    text = doc.text if doc is not None and doc.text else None
    if not text:
        text = trafilatura.html2txt(html)
    if not text or not text.strip():
        raise FormatError("HTML page has no main text")
    meta = dict(item.meta)
    if doc is not None:
        for key in ("title", "author", "date", "url"):
            value = getattr(doc, key, None)
            if value and not meta.get(key):
                meta[key] = value
        if doc.sitename and not meta.get("source"):
            meta["source"] = doc.sitename
    draft = _draft_from(text, item.path, meta, encoding)
    if draft.title and not text.lstrip().startswith(draft.title):
        draft.text = f"{draft.title}\n\n{text}"     # keep the headline searchable and line 1
    return draft
