"""Word files → text: `.docx` read as zip + XML, legacy `.doc` through antiword.

A .docx is read the way a person reads the page: paragraphs in order, text
boxes after the paragraph that anchors them, tables cell by cell. The header
table of an official document (issuer and number left, motto and date right)
is read column by column, so its lines come out as issuer, "Số …", motto,
"…, ngày …"; a table of figures is read row by row, one line a row. Page
headers, footers and footnotes are returned apart from the body.

Untrusted zips and XML are bounded: member sizes are checked before reading
(and reads are capped, since a zip can lie); a part that declares a DTD is
refused ("billion laughs"), and the parser resolves no entities, loads no DTD
and keeps lxml's limits on depth and text size (huge_tree=False).
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from archive.extract import OLE2_MAGIC, Extracted
from archive.formats import FormatError

MAX_PART_BYTES = 30 * 1024 * 1024      # one XML part, uncompressed (a 1,000-page report is ~10 MB)
MAX_TOTAL_BYTES = 60 * 1024 * 1024     # all the parts read, uncompressed
MAX_EXTRA_PARTS = 40                   # headers, footers, footnotes
LAYOUT_MAX_ROWS = 4                    # a 2-column table this short is a header/signing layout
LAYOUT_MAX_LINES = 12                  # the same drawn by antiword: a line a cell paragraph
DOC_TIMEOUT = 60                       # seconds for antiword on one file

_W = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "http://purl.oclc.org/ooxml/wordprocessingml/main")                    # transitional, strict
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False,
                          remove_comments=True, remove_pis=True)
_EXTRA_PARTS = (("header", re.compile(r"word/header\d*\.xml")), ("footer", re.compile(r"word/footer\d*\.xml")),
                ("footnotes", re.compile(r"word/(?:footnotes|endnotes)\.xml")))
_SKIP = {"moveFrom", "instrText", "rPr", "pPr", "tblPr", "trPr", "tcPr", "sectPr", "footnoteReference",
         "endnoteReference", "commentReference"}


# -- .docx ---------------------------------------------------------------------

def read_docx(data: bytes) -> Extracted:
    if data[:8] == OLE2_MAGIC:
        raise FormatError("password-protected (encrypted) Word document")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.NameToInfo:
                raise FormatError("not a Word document (no word/document.xml)")
            _check_sizes(zf, ["word/document.xml", *(n for _, names in _extra_names(zf) for n in names)])
            body = _lines(_body(_part(zf, "word/document.xml")))
            extra = _extra_parts(zf)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, RuntimeError, NotImplementedError) as e:
        raise FormatError(f"damaged Word document: {e}") from None
    text = "\n".join(body)
    if not text.strip():
        raise FormatError("Word document has no text")
    return Extracted(text, "docx", extra)


def _check_sizes(zf: zipfile.ZipFile, names: list[str]) -> None:
    """Before reading anything: each part and all of them within bounds (as the zip declares them;
    reads are capped too, since a zip can lie)."""
    for name in names:
        size = zf.getinfo(name).file_size
        if size > MAX_PART_BYTES:
            raise FormatError(f"oversized member {name} ({size // 1_000_000} MB uncompressed)")
    total = sum(zf.getinfo(name).file_size for name in names)
    if total > MAX_TOTAL_BYTES:
        raise FormatError(f"oversized Word document ({total // 1_000_000} MB of XML uncompressed)")


def _part(zf: zipfile.ZipFile, name: str) -> etree._Element:
    """One XML part, parsed safely."""
    info = zf.getinfo(name)
    with zf.open(info) as member:
        raw = member.read(MAX_PART_BYTES + 1)
    if len(raw) > MAX_PART_BYTES:
        raise FormatError(f"oversized member {name} (over {MAX_PART_BYTES // 1_000_000} MB uncompressed)")
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:      # Word never writes one; text would be escaped
        raise FormatError(f"{name} declares a DTD (refused: entity expansion)")
    try:
        return etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as e:
        raise FormatError(f"bad XML in {name}: {e}") from None


def _body(root: etree._Element) -> etree._Element:
    for ns in _W:
        body = root.find(f"{{{ns}}}body")
        if body is not None:
            return body
    raise FormatError("not a Word document (word/document.xml has no body)")


def _extra_names(zf: zipfile.ZipFile) -> list[tuple[str, list[str]]]:
    return [(key, sorted((n for n in zf.NameToInfo if pattern.fullmatch(n)), key=_natural)[:MAX_EXTRA_PARTS])
            for key, pattern in _EXTRA_PARTS]


def _extra_parts(zf: zipfile.ZipFile) -> dict:
    """Page headers, footers and footnotes, each as one text (duplicates across sections dropped)."""
    extra = {}
    for key, names in _extra_names(zf):
        lines = []
        for name in names:
            for line in _lines(_part(zf, name)):
                if line.strip() and line not in lines:
                    lines.append(line)
        if lines:
            extra[key] = "\n".join(lines)
    return extra


def _natural(name: str) -> tuple:
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name))


def _local(el) -> str | None:
    """The tag's local name if it is WordprocessingML, else None."""
    tag = el.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return None
    ns, _, name = tag[1:].partition("}")
    return name if ns in _W else None


def _lines(container) -> list[str]:
    return list(_blocks(container))


def _blocks(container) -> Iterator[str]:
    """Lines of a block container (body, cell, text box, header), in reading order."""
    for child in container:
        name = _local(child)
        if name == "p":
            yield from _paragraph(child)
        elif name == "tbl":
            yield from _table(child)
        elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag") or (
                name is None and child.tag != _MC_FALLBACK and len(child)):
            yield from _blocks(child)         # content controls, tracked insertions, mc:Choice…


def _paragraph(p) -> Iterator[str]:
    """A paragraph's text (a line break starts a new line), then the text boxes it anchors."""
    parts, boxes = [], []
    _runs(p, parts, boxes)
    yield from "".join(parts).split("\n")
    for box in boxes:
        yield from _blocks(box)


def _runs(el, parts: list[str], boxes: list) -> None:
    for child in el:
        name = _local(child)
        if name == "t":
            parts.append(child.text or "")
        elif name == "tab":
            parts.append("\t")
        elif name in ("br", "cr"):
            parts.append("\n")
        elif name == "noBreakHyphen":
            parts.append("-")
        elif name == "txbxContent":
            boxes.append(child)
        elif name in _SKIP or child.tag == _MC_FALLBACK:
            continue                          # deleted text, field codes, properties, a drawing's copy
        elif len(child):
            _runs(child, parts, boxes)


def _table(tbl) -> Iterator[str]:
    return table_lines([_row(tr) for tr in tbl if _local(tr) == "tr"], LAYOUT_MAX_ROWS)


def table_lines(rows: list[list[tuple[int, list[str]]]], layout_rows: int) -> list[str]:
    """A table's lines: rows are lists of (grid column, cell lines). At most two columns with text
    in at most `layout_rows` rows is a layout (header, signing block), read column by column; else
    a table of data, one line a row."""
    columns = sorted({col for row in rows for col, lines in row if lines})
    if len(columns) <= 2 and sum(any(lines for _, lines in row) for row in rows) <= layout_rows:
        return [line for column in columns for row in rows for col, lines in row if col == column
                for line in lines]
    cells = ([" ".join(lines) for _, lines in row if lines] for row in rows)
    return [" | ".join(row) for row in cells if row]


def _row(tr) -> list[tuple[int, list[str]]]:
    """(grid column, non-empty lines) for each cell; merged-down continuations are empty."""
    cells, column = [], 0
    for tc in tr:
        if _local(tc) != "tc":
            continue
        span, continued = _cell_props(tc)
        lines = [] if continued else [line.strip() for line in _blocks(tc) if line.strip()]
        cells.append((column, lines))
        column += span
    return cells


def _cell_props(tc) -> tuple[int, bool]:
    span, continued = 1, False
    for props in tc:
        if _local(props) != "tcPr":
            continue
        for prop in props:
            name = _local(prop)
            value = next((v for k, v in prop.attrib.items() if k.endswith("}val")), None)
            if name == "gridSpan" and value and value.isdigit():
                span = max(1, int(value))
            elif name == "vMerge" and value != "restart":
                continued = True
    return span, continued


# -- .doc ----------------------------------------------------------------------

def read_doc(data: bytes) -> Extracted:
    """Word 97–2003 through antiword (Debian's package; UTF-8 out, no line wrapping)."""
    antiword = shutil.which("antiword")
    if antiword is None:
        raise FormatError("needs antiword (apt install antiword)")
    with tempfile.TemporaryDirectory(prefix="vankien-doc-") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        try:
            done = subprocess.run([antiword, "-m", "UTF-8.txt", "-w", "0", str(path)], capture_output=True,
                                  timeout=DOC_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise FormatError(f"antiword took over {DOC_TIMEOUT} s") from None
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").replace(str(path), "the file").strip()
            raise FormatError(f"antiword: {' '.join(message.split()) or f'exit {done.returncode}'}")
    text = _untable(done.stdout.decode("utf-8", "replace"))
    if not text.strip():
        raise FormatError("Word document has no text")
    return Extracted(text, "doc+antiword")


def _untable(text: str) -> str:
    """antiword draws a table as "|cell |cell |" lines: read it like a .docx table."""
    out, grid = [], []
    for line in text.split("\n") + [""]:
        stripped = line.strip()
        if len(stripped) > 1 and stripped[0] == stripped[-1] == "|":
            grid.append([(col, [cell.strip()] if cell.strip() else [])
                         for col, cell in enumerate(stripped[1:-1].split("|"))])
            continue
        if grid:
            out += table_lines(grid, LAYOUT_MAX_LINES)
            grid = []
        out.append(line)
    return "\n".join(out)
