"""Turn one input's bytes into draft documents, by format: text, HTML, JSON/JSONL.

Format comes from the file name, or from the content for stdin and unknown
names. A bad JSON line is reported on its own and never spoils its file.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from archive.encoding import decode
from archive.extract import OFFICE_KINDS, office_kind
from archive.records import Draft, RawItem

KNOWN_KEYS = ("id", "title", "text", "body", "content", "date", "url", "author", "source", "date_hint", "file")
TEXT_KEYS = ("text", "body", "content")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)     # "# Title" is a title, not "#"
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)


class FormatError(ValueError):
    """The input is in a known format but its content is unusable."""


@dataclass
class Parsed:
    drafts: list[Draft] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)   # (path, reason) per bad record


def sniff(name: str, data: bytes) -> str:
    office = office_kind(name, data)        # Word, PDF, images: by magic bytes, then extension
    if office:
        return office
    lower = name.lower()
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return "json"
    if lower.endswith((".txt", ".md", ".text")):
        return "text"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return "json"
    if _HTML_START.match(head):
        return "html"
    return "text"


def parse(item: RawItem) -> Parsed:
    kind = sniff(item.path, item.data)
    if kind in OFFICE_KINDS:
        return Parsed([_parse_office(kind, item)])
    decoded = decode(item.data)
    if kind == "json":
        return _parse_json(decoded.text, item, decoded.encoding)
    if kind == "html":
        return Parsed([_parse_html(decoded.text, item, decoded.encoding)])
    text = decoded.text
    if item.path.lower().endswith(".md"):
        text = _MD_HEADING.sub("", text)
    return Parsed([_draft_from(text, item.path, item.meta, decoded.encoding)])


def _draft_from(text: str, path: str, meta: dict, encoding: str) -> Draft:
    extra = {k: v for k, v in meta.items() if k not in KNOWN_KEYS and v is not None}
    external_id = meta.get("id")
    return Draft(text=text, path=path, title=_str(meta.get("title")), date=_str(meta.get("date")),
                 date_hint=_str(meta.get("date_hint")), url=_str(meta.get("url")),
                 author=_str(meta.get("author")), source=_str(meta.get("source")),
                 external_id=None if external_id is None else str(external_id),
                 encoding=encoding, extra=extra)


def _parse_office(kind: str, item: RawItem) -> Draft:
    from archive.extract import extract  # the office readers load only for office files

    got = extract(kind, item.data)
    return _draft_from(got.text, item.path, {**got.extra, **item.meta}, got.method)


def _str(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _parse_json(text: str, item: RawItem, encoding: str) -> Parsed:
    stripped = text.lstrip()
    if stripped.startswith("["):          # a JSON array of records
        try:
            records = json.loads(stripped)
        except ValueError as e:
            raise FormatError(f"bad JSON: {e}") from None
        lines = [(i + 1, r) for i, r in enumerate(records)]
        label = "#"
    else:
        lines, label = [], "#L"
        for number, line in enumerate(text.split("\n"), start=1):
            if line.strip():
                lines.append((number, line))
    out = Parsed()
    for number, record in lines:
        path = f"{item.path}{label}{number}"
        if isinstance(record, str):
            try:
                record = json.loads(record)
            except ValueError as e:
                out.errors.append((path, f"bad JSON line: {e.msg} at column {e.colno}"))
                continue
        if not isinstance(record, dict):
            out.errors.append((path, "JSON record is not an object"))
            continue
        body = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
        if body is None:
            out.errors.append((path, "JSON record has no text, body or content"))
            continue
        out.drafts.append(_draft_from(body, path, {**item.meta, **record}, encoding))
    return out


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
