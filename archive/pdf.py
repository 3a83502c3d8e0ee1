"""PDF → text with PDFium (pypdfium2): the text layer in reading order, OCR for scanned pages.

PDFium gives the characters with their boxes. They are grouped into runs and
lines top to bottom; a line whose runs stand apart with a wide gap between
them is split there. Where such split lines follow each other (the header of an
official document: issuer and number left, motto and date right; the signing
block beside "Nơi nhận:") the left block is read before the right one, as a
person reads it. Lines of one paragraph that a PDF wrapped are joined again,
across a page break too; a line repeated at the top (bottom) of most pages is a
page header (footer) and is returned apart from the body.
Pages with no text layer but with images are scanned pages, and so are pages
whose font maps its glyphs to no characters: OCR reads them (archive/ocr.py).
Page count, characters and OCR work are capped, so a hostile file fails with a
reason in bounded time.
See bench/README.md for why PDFium rather than pdfminer.six or pypdf.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from archive import ocr
from archive.extract import Extracted
from archive.formats import FormatError

MAX_PAGES = 5_000            # a long report has a few hundred; 100,000 empty pages is an attack
MAX_CHARS = 20_000_000       # characters of text layer in one PDF
MAX_OCR_PAGES = 200          # scanned pages OCRed in one PDF (seconds each)
MIN_PAGE_CHARS = 8           # fewer non-space characters than this: the page has no text layer
OCR_DPI = 300
MAX_OCR_PIXELS = 60_000_000  # a huge page is rendered smaller than OCR_DPI
UNREADABLE = 0.3            # this share of U+FFFD / private-use characters: a font without a Unicode map
RUNNING_SHARE = 0.6          # a first/last line repeated on this share of pages is a page header/footer
COLUMN_GAP = 3.0             # a gap wider than this many line heights splits a line into columns
_DIGITS = re.compile(r"\d+")


@dataclass
class _Segment:
    left: float
    right: float
    text: str


@dataclass
class _Line:
    top: float
    bottom: float
    segments: list[_Segment] = field(default_factory=list)

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def read_pdf(data: bytes) -> Extracted:
    import pypdfium2 as pdfium  # only PDF inputs pay for loading it

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        reason = "password-protected PDF" if "password" in str(e).lower() else f"unreadable PDF: {e}"
        raise FormatError(reason) from None
    try:
        return _read(pdf)
    finally:
        pdf.close()


def _read(pdf) -> Extracted:
    count = len(pdf)
    if count > MAX_PAGES:
        raise FormatError(f"too many pages ({count:,} > {MAX_PAGES:,})")
    pages, scanned, chars = [], [], 0
    for number in range(count):
        page = pdf[number]
        try:
            lines = _page_lines(page)
            text = "\n".join(line for line, _ in lines)
            chars += len(text)
            if chars > MAX_CHARS:
                raise FormatError(f"too much text (over {MAX_CHARS:,} characters)")
            if _needs_ocr(page, text):
                scanned.append(number)
        finally:
            page.close()
        pages.append(lines)
    extra = {"pages": count}
    method = "pdf"
    if scanned:
        method = _ocr_pages(pdf, scanned, pages, extra)
    extra.update(_take_running_lines(pages))
    text = _join_pages(pages)
    if not text.strip():
        raise FormatError("OCR found no text in the scanned pages" if scanned
                          else "PDF has no text (no text layer and no scanned pages)")
    return Extracted(text, method, extra)


def _take_running_lines(pages: list[list[tuple[str, bool]]]) -> dict:
    """Page headers and footers: the same first (last) line on most pages, page numbers aside.
    They are taken out of the pages and returned apart, as a .docx's are."""
    found = {}
    with_text = [page for page in pages if page]
    for key, index in (("header", 0), ("footer", -1)):
        shapes = Counter(_shape(page[index][0]) for page in with_text if page)
        if not shapes:
            continue
        shape, seen = shapes.most_common(1)[0]
        if len(with_text) < 3 or seen < max(3, RUNNING_SHARE * len(with_text)):
            continue
        first = None
        for page in with_text:
            if page and _shape(page[index][0]) == shape:
                first = first or page[index][0]
                page.pop(index)
        found[key] = first
    return found


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _join_pages(pages: list[list[tuple[str, bool]]]) -> str:
    """Pages apart by a blank line, unless a sentence runs on from one page to the next."""
    text, runs_on = "", False
    for page in pages:
        page_text = "\n".join(line for line, _ in page)
        if not page_text.strip():
            continue
        if text:
            text += " " if runs_on and page_text[:1].islower() else "\n\n"
        text, runs_on = text + page_text, page[-1][1]
    return text


def _ocr_pages(pdf, scanned: list[int], pages: list[str], extra: dict) -> str:
    """OCR the scanned pages in place; without Tesseract, fail unless other pages have text."""
    has_text = any(page for i, page in enumerate(pages) if i not in scanned)
    if not ocr.available():
        if not has_text:
            raise FormatError(ocr.NEEDS_OCR)
        extra["pages_not_read"] = f"{_page_list(scanned)} (scanned; {ocr.NEEDS_OCR})"
        for number in scanned:
            pages[number] = []              # a garbled text layer is no better than none
        return "pdf"
    if len(scanned) > MAX_OCR_PAGES:
        raise FormatError(f"too many scanned pages to OCR ({len(scanned)} > {MAX_OCR_PAGES})")
    for number in scanned:
        page = pdf[number]
        try:
            text = ocr.read_gray(*_render_gray(page))
            pages[number] = [(line, False) for line in text.split("\n") if line.strip()]
        finally:
            page.close()
    extra["ocr_pages"] = _page_list(scanned)
    return "pdf+ocr" if has_text else "ocr"


def _needs_ocr(page, text: str) -> bool:
    """No text layer on a page with images (a scan), or a text layer in a font that maps its
    glyphs to no real characters (only the picture of the page can be read)."""
    letters = "".join(text.split())
    if len(letters) < MIN_PAGE_CHARS:
        return _has_images(page)
    junk = sum(ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" for ch in letters)
    return junk > UNREADABLE * len(letters)


def _page_list(numbers: list[int]) -> str:
    return ", ".join(str(n + 1) for n in numbers)


def _has_images(page) -> bool:
    import pypdfium2.raw as pdfium_c

    return next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3), None) is not None


def _render_gray(page) -> tuple[int, int, bytes]:
    width, height = page.get_size()
    scale = min(OCR_DPI / 72, (MAX_OCR_PIXELS / max(width * height, 1)) ** 0.5)
    bitmap = page.render(scale=scale, grayscale=True)
    raw = bytes(bitmap.buffer)
    rows = b"".join(raw[y * bitmap.stride:y * bitmap.stride + bitmap.width] for y in range(bitmap.height))
    return bitmap.width, bitmap.height, rows


# -- reading order -------------------------------------------------------------

def _page_lines(page) -> list[tuple[str, bool]]:
    """The page's lines in reading order, each with whether its sentence runs on past it."""
    textpage = page.get_textpage()
    try:
        runs = _runs(textpage)
    finally:
        textpage.close()
    return _reading_order(_group_lines(runs))


def _runs(textpage) -> list[tuple]:
    """(left, bottom, right, top, text) of each run of characters that follow each other on a line.

    Built from character boxes (the font's full height, so a line's boxes line
    up), not from PDFium's rectangles: text "bounded" by a rectangle takes in
    the accents of the line above.
    """
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():          # should not happen; keep the text, lose the layout
        return [(0, -i, 1, -i + 1, line) for i, line in enumerate(text.splitlines()) if line.strip()]
    runs, run = [], None              # run: [left, bottom, right, top, characters] (hot loop: no calls)
    charbox = textpage.get_charbox
    for i, ch in enumerate(text):
        if ch == "\r" or ch == "\n":
            run = None
            continue
        left, bottom, right, top = charbox(i, loose=True)
        if right <= left and top <= bottom:           # a space PDFium made up: no box of its own
            if run is not None:
                run[4].append(ch)
            continue
        height = top - bottom if top - bottom > 1.0 else 1.0
        if run is not None:
            overlap = (top if top < run[3] else run[3]) - (bottom if bottom > run[1] else run[1])
            gap = left - run[2]
            if overlap >= 0.5 * height and -0.5 * height <= gap < COLUMN_GAP * height:
                if bottom < run[1]:
                    run[1] = bottom
                if right > run[2]:
                    run[2] = right
                if top > run[3]:
                    run[3] = top
                run[4].append(ch)
                continue
        run = [left, bottom, right, top, [ch]]
        runs.append(run)
    return [(r[0], r[1], r[2], r[3], text) for r in runs if (text := "".join(r[4])).strip()]


def _group_lines(runs) -> list[_Line]:
    """Runs sharing most of their height are one line; lines top to bottom, runs left to right."""
    lines: list[_Line] = []
    for left, bottom, right, top, text in sorted(runs, key=lambda r: (-r[3], r[0])):
        line = lines[-1] if lines else None
        overlap = min(top, line.top) - max(bottom, line.bottom) if line else 0
        if line is None or overlap < 0.5 * min(top - bottom, line.height):
            line = _Line(top, bottom)
            lines.append(line)
        line.top, line.bottom = max(line.top, top), min(line.bottom, bottom)
        line.segments.append(_Segment(left, right, text))
    for line in lines:
        line.segments = _merge_close(sorted(line.segments, key=lambda s: s.left), line.height)
    return lines


def _merge_close(runs: list[_Segment], height: float) -> list[_Segment]:
    """Runs closer than a column gap are one segment (PDFium splits runs at font changes)."""
    merged: list[_Segment] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last is not None and run.left - last.right < COLUMN_GAP * height:
            touching = run.left - last.right < 0.15 * height
            joiner = "" if last.text.endswith(" ") or run.text.startswith(" ") or touching else " "
            last.text, last.right = last.text + joiner + run.text, max(last.right, run.right)
        else:
            merged.append(_Segment(run.left, run.right, run.text))
    for segment in merged:
        segment.text = " ".join(segment.text.split())
    return merged


def _reading_order(lines: list[_Line]) -> list[tuple[str, bool]]:
    edges = (min((s.left for line in lines for s in line.segments), default=0),
             max((s.right for line in lines for s in line.segments), default=0))
    blocks = _column_blocks(lines, edges)
    out, i, after_block = [], 0, False
    while i < len(lines):
        if i in blocks:
            end, sides = blocks[i]
            out += [(text, False) for side_wanted in "LR" for text, side in sides if side == side_wanted]
            i, after_block = end, True
            continue
        text = " | ".join(s.text for s in lines[i].segments)      # 3+ columns: a table row
        runs_on = _runs_on(lines[i], edges[1])
        if out and not after_block and _continues(lines[i - 1], lines[i], edges):
            out[-1] = (f"{out[-1][0]} {text}", runs_on)
        else:
            out.append((text, runs_on))
        i, after_block = i + 1, False
    return out


def _column_blocks(lines: list[_Line], edges: tuple[float, float]) -> dict:
    """{first line: (end, [(text, "L" or "R")])} for runs of lines that read as two columns side by
    side: each line has a segment left and/or right of a gap that all of them leave free."""
    blocks, taken = {}, set()
    for i, line in enumerate(lines):
        if i in taken or len(line.segments) != 2:
            continue
        gap = (line.segments[0].right, line.segments[1].left)
        found = {i: [(line.segments[0].text, "L"), (line.segments[1].text, "R")]}
        for step in (-1, 1):
            j, narrowed = i + step, gap
            while 0 <= j < len(lines) and j not in taken:
                if step < 0 and j >= 1 and _continues(lines[j - 1], lines[j], edges):
                    break                      # the wrapped end of a paragraph above
                fitted = _fit(lines[j], narrowed, edges)
                if fitted is None:
                    break
                narrowed, found[j] = fitted
                j += step
            if step < 0:
                gap = narrowed
        rows = sorted(found)
        blocks[rows[0]] = (rows[-1] + 1, [pair for row in rows for pair in found[row]])
        taken.update(rows)
    return blocks


def _fit(line: _Line, gap: tuple[float, float], edges: tuple[float, float]):
    """(narrowed gap, sides) if the line keeps clear of the gap, else None. A line centred on the
    page (the document's type, a heading) belongs to no column."""
    low, high = gap
    if len(line.segments) == 2:
        left, right = line.segments
        low, high = max(low, left.right), min(high, right.left)
        return ((low, high), [(left.text, "L"), (right.text, "R")]) if low < high else None
    if len(line.segments) != 1:
        return None
    seg = line.segments[0]
    centre, page_centre = (seg.left + seg.right) / 2, (edges[0] + edges[1]) / 2
    if abs(centre - page_centre) < 0.01 * (edges[1] - edges[0]):
        return None
    if centre < (low + high) / 2 and seg.right <= high:
        return (max(low, seg.right), high), [(seg.text, "L")]
    if centre >= (low + high) / 2 and seg.left >= low:
        return (low, min(high, seg.left)), [(seg.text, "R")]
    return None


def _continues(previous: _Line, line: _Line, edges: tuple[float, float]) -> bool:
    """The line goes on with the previous one's sentence: that one ran on to the margin, this one
    is right below (no paragraph spacing) and starts in lower case (a wrapped paragraph or title,
    not a new heading or item; a wrapped line that starts with a name stays apart)."""
    if len(line.segments) != 1 or not _runs_on(previous, edges[1]):
        return False
    close = previous.bottom - line.top < 0.6 * previous.height
    return close and line.segments[0].text[:1].islower()


def _runs_on(line: _Line, right_edge: float) -> bool:
    """One segment reaching the right margin, not ending a sentence or a clause."""
    if len(line.segments) != 1:
        return False
    segment = line.segments[0]
    full = segment.right >= right_edge - 2 * line.height
    return full and not segment.text.endswith((".", ":", ";", "!", "?"))
