"""Office files → text: tell Word, PDF and scanned images apart, and route each to its reader.

The kind comes from magic bytes first (a `.txt` holding a PDF is a PDF), then
from the extension, so a damaged `report.pdf` is failed with a reason instead
of being decoded as text. Every reader returns an `Extracted`; the text then
gets the same treatment as a text file's: legacy-font repair (TCVN3/VNI text
layers), NFC, no control characters.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from archive import legacy
from archive.vntext import nfc

OFFICE_KINDS = ("docx", "doc", "pdf", "image", "unsupported")
_EXTENSIONS = {".docx": "docx", ".docm": "docx", ".dotx": "docx", ".doc": "doc", ".dot": "doc",
               ".pdf": "pdf", ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image",
               ".tiff": "image"}
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_WORD_STREAM = "WordDocument".encode("utf-16-le")       # OLE2 directory names are UTF-16
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass
class Extracted:
    """What a reader got out of one office file."""

    text: str
    method: str                                   # stored as the document's `encoding`: docx, pdf, ocr…
    extra: dict = field(default_factory=dict)     # kept apart from the body: Word headers, page count…


def office_kind(name: str, data: bytes) -> str | None:
    """"docx", "doc", "pdf" or "image" when these bytes (or this name) are ours, else None."""
    head, lower = data[:8], name.lower()
    if head.startswith(b"%PDF-") or (lower.endswith(".pdf") and b"%PDF-" in data[:1024]):
        return "pdf"                              # readers accept junk before the header
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if head.startswith(b"PK\x03\x04") and _zip_has(data, "word/document.xml"):
        return "docx"
    if head == OLE2_MAGIC and _WORD_STREAM in data:
        return "doc"
    if unsupported(data):
        return "unsupported"
    dot = lower.rfind(".")
    return _EXTENSIONS.get(lower[dot:]) if dot >= 0 else None


def unsupported(data: bytes) -> str | None:
    """The name of an office format we recognise but do not read (failed, never taken for text)."""
    if data.startswith(b"{\\rtf"):
        return "RTF (save it as .docx)"
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype" and b"opendocument" in data[38:120]:
        return "OpenDocument (save it as .docx)"
    return None


def _zip_has(data: bytes, member: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return member in zf.NameToInfo
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def read_text(name: str, data: bytes) -> str:
    """The text of one file of any kind we read (for `vankien extract FILE`)."""
    from archive.encoding import decode

    kind = office_kind(name, data)
    return extract(kind, data).text if kind else decode(data).text


def extract(kind: str, data: bytes) -> Extracted:
    """The text of an office file; raises FormatError (archive.formats) when there is none."""
    from archive.formats import FormatError

    try:
        return finish(_read(kind, data))
    except FormatError:
        raise
    except Exception as e:       # a third-party parser's surprise on a hostile file fails that file only
        raise FormatError(f"unreadable {kind} file ({type(e).__name__}: {e})") from None


def _read(kind: str, data: bytes) -> Extracted:
    if kind == "unsupported":
        from archive.formats import FormatError
        raise FormatError(f"unsupported format: {unsupported(data)}")
    if kind == "docx":
        from archive.office import read_docx
        got = read_docx(data)
    elif kind == "doc":
        from archive.office import read_doc
        got = read_doc(data)
    elif kind == "pdf":
        from archive.pdf import read_pdf
        got = read_pdf(data)
    else:
        from archive.ocr import read_image
        got = read_image(data)
    return got


def finish(got: Extracted) -> Extracted:
    """Legacy-font repair, NFC and no control characters, as for any text file."""
    text, repaired = _clean(got.text)
    extra = {k: _clean(v)[0] if isinstance(v, str) else v for k, v in got.extra.items()}
    return Extracted(text, got.method + "+legacy-repair" if repaired else got.method, extra)


def _clean(text: str) -> tuple[str, bool]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    repaired = legacy.repair_mojibake(text)     # before dropping controls: legacy bytes live in C1
    return nfc(_CONTROLS.sub("", repaired)).strip("\n"), repaired != text
