"""Which key of a JSON record or column of a table fills which document field.

One mapping for every record-shaped input (JSON, JSON Lines, CSV/TSV, XLSX):
names are matched case- and diacritic-insensitively ("Tiêu đề" = "tieu_de" =
"TIEU DE"), `--map field=Name` adds names, and everything not mapped is kept
as extra metadata under its own name.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from archive.records import Draft
from archive.vntext import folded_key

FIELDS = ("id", "title", "text", "date", "url", "author", "source")

# Known names per field, in order of preference when a record has several.
NAMES = {
    "id": ("id", "mã", "mã bài", "mã tin", "mã văn bản"),
    "title": ("title", "headline", "tiêu đề", "tên bài", "tựa đề", "trích yếu"),
    "text": ("text", "body", "content", "nội dung", "toàn văn", "văn bản"),
    "date": ("date", "published", "ngày", "ngày đăng", "ngày ban hành", "ngày xuất bản", "thời gian"),
    "url": ("url", "link", "đường dẫn", "liên kết"),
    "author": ("author", "tác giả", "người viết"),
    "source": ("source", "nguồn", "nguồn tin"),
}
# Keys of sidecar manifests (archive/readers.py), never extra metadata.
MANIFEST_KEYS = ("file", "date_hint")


def name_key(name: str) -> str:
    """How names are compared: folded, lowercase, `_`/`-`/spaces as one space."""
    return " ".join(re.split(r"[\s_\-]+", folded_key(str(name)).strip()))


_KNOWN_KEYS = {f: [name_key(n) for n in NAMES[f]] for f in FIELDS}


class FieldMap:
    """The mapping for one import: the known names plus the user's `--map`."""

    def __init__(self, user: dict[str, str] | None = None):
        self.names = {f: list(names) for f, names in _KNOWN_KEYS.items()}
        for field, column in (user or {}).items():
            self.names[field].insert(0, name_key(column))    # the user's name wins

    def columns(self, header: list[str]) -> dict[str, int]:
        """field → index of the column that fills it, for a table's header row."""
        keys = [name_key(h) for h in header]
        found = {}
        for field, names in self.names.items():
            for name in names:
                if name in keys:
                    found[field] = keys.index(name)
                    break
        return found

    def draft(self, record: dict, path: str, meta: dict | None = None, encoding: str | None = None,
              fix=None) -> Draft | None:
        """A Draft from one record (a JSON object, a row as {column: value}); None without text.

        `meta` holds values from a manifest, overridden by the record's own;
        `fix` finishes each text value (NFC, legacy repair) for streamed inputs.
        """
        fix = fix or (lambda s: s)
        by_key = {}
        for key in record:
            by_key.setdefault(name_key(key), key)
        given, used = {}, set()
        for field, names in self.names.items():
            for name in names:
                key = by_key.get(name)
                if key is not None and _present(record[key]):
                    given[field] = _value(record[key], fix)
                    used.add(key)
                    break
        merged = {k: v for k, v in (meta or {}).items() if v is not None}
        merged.update(given)
        if not isinstance(merged.get("text"), str) or not merged["text"].strip():
            return None
        extra = {k: v for k, v in (meta or {}).items()
                 if k not in FIELDS and k not in MANIFEST_KEYS and _present(v)}
        extra.update({k: _value(v, fix) for k, v in record.items()
                      if k not in used and k not in MANIFEST_KEYS and _present(v)})
        return Draft(text=merged["text"], path=path, title=_str(merged.get("title")), date=_str(merged.get("date")),
                     date_hint=_str(merged.get("date_hint")), url=_str(merged.get("url")),
                     author=_str(merged.get("author")), source=_str(merged.get("source")),
                     external_id=_str(merged.get("id")), encoding=encoding, extra=extra)


def _present(value) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _value(value, fix):
    if isinstance(value, str):
        return fix(value.strip())
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _str(value) -> str | None:
    return None if value is None or value == "" else str(value)


def parse_map(values: tuple[str, ...] | list[str]) -> dict[str, str]:
    """`--map text="Nội dung",title=Tiêu đề` (repeatable) → {"text": "Nội dung", "title": "Tiêu đề"}.

    Raises ValueError with a message for the user on a bad entry.
    """
    mapping = {}
    for value in values:
        for part in re.split(r",(?=\s*\w+\s*=)", value):
            field, sep, column = part.partition("=")
            field, column = field.strip().lower(), column.strip().strip('"\'')
            if not sep or not column:
                raise ValueError(f"--map expects FIELD=COLUMN, got {part!r}")
            if field not in FIELDS:
                raise ValueError(f"--map: unknown field {field!r} (one of {', '.join(FIELDS)})")
            mapping[field] = column
    return mapping
