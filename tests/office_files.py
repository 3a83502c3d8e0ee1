"""Generate Word and PDF files for tests: official documents, scans, and hostile files.

Reusable for end-to-end tests: `party_resolution_docx()`, `state_decree_pdf()` …
return bytes; the `*_LINES` constants hold what a person reads, in order
(written by hand, not by the code under test). Fonts: DejaVu, from Debian's
fonts-dejavu-core (on every machine of this project's kind).
"""
from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
FONT_SERIF = FONT_DIR / "DejaVuSerif.ttf"

# -- the documents ---------------------------------------------------------------

PARTY_HEADER_LEFT = ["TỈNH ỦY LAI CHÂU", "*", "Số 15-NQ/TU"]
PARTY_HEADER_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Lai Châu, ngày 3 tháng 2 năm 2022"]
PARTY_TITLE = ["NGHỊ QUYẾT", "về phát triển du lịch tỉnh Lai Châu giai đoạn 2021 - 2025, định hướng đến năm 2030"]
PARTY_BODY = [
    "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, Ban Thường vụ Tỉnh ủy thống nhất "
    "phát triển du lịch trở thành ngành kinh tế quan trọng của tỉnh, gắn với bảo tồn bản sắc văn hóa "
    "các dân tộc và bảo vệ môi trường sinh thái.",
    "Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tổ chức quán triệt, "
    "xây dựng chương trình hành động cụ thể, thường xuyên kiểm tra, đôn đốc việc thực hiện.",
]
PARTY_SIGN_LEFT = ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng,", "- Lưu Văn phòng Tỉnh ủy."]
PARTY_SIGN_RIGHT = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A"]
# what a person reads, in order: left block, right block, type and trích yếu, body, signing block
PARTY_LINES = (PARTY_HEADER_LEFT + PARTY_HEADER_RIGHT + PARTY_TITLE + PARTY_BODY
               + PARTY_SIGN_LEFT + PARTY_SIGN_RIGHT)

DECREE_HEADER = [("CHÍNH PHỦ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                 ("", "Độc lập - Tự do - Hạnh phúc"),
                 ("Số: 27/2023/NĐ-CP", "Hà Nội, ngày 15 tháng 5 năm 2023")]
DECREE_TITLE = ["NGHỊ ĐỊNH", "Quy định về quản lý hoạt động du lịch cộng đồng ở vùng đồng bào dân tộc thiểu số"]
DECREE_BODY = [
    "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
    "Chính phủ ban hành Nghị định quy định về quản lý hoạt động du lịch cộng đồng.",
    "Điều 1. Phạm vi điều chỉnh",
    "Nghị định này quy định việc công nhận, quản lý và hỗ trợ điểm du lịch cộng đồng do hộ gia đình, "
    "thôn, bản tổ chức ở vùng đồng bào dân tộc thiểu số và miền núi.",
]
DECREE_SIGN_LEFT = ["Nơi nhận:", "- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, KGVX."]
DECREE_SIGN_RIGHT = ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "Trần Văn Bình"]
DECREE_LINES = (["CHÍNH PHỦ", "Số: 27/2023/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 15 tháng 5 năm 2023"]
                + DECREE_TITLE + DECREE_BODY + DECREE_SIGN_LEFT + DECREE_SIGN_RIGHT)


def party_resolution_docx() -> bytes:
    """Header and signing block as one-row tables with a paragraph a line (as Word users make them)."""
    return make_docx([
        ("table", [[PARTY_HEADER_LEFT, PARTY_HEADER_RIGHT]]),
        *[("c", line) for line in PARTY_TITLE], ("p", ""),
        *[("p", line) for line in PARTY_BODY],
        ("table", [[PARTY_SIGN_LEFT, PARTY_SIGN_RIGHT]]),
    ], header=["TỈNH ỦY LAI CHÂU - BẢN LƯU"], footer=["Trang 1/1"])


def state_decree_docx() -> bytes:
    """Header as a table of three rows: issuer | motto, (merged) | slogan, number | date."""
    return make_docx([
        ("table", [[[left] if left else [], [right]] for left, right in DECREE_HEADER]),
        *[("c", line) for line in DECREE_TITLE], ("p", ""),
        *[("p", line) for line in DECREE_BODY],
        ("table", [[DECREE_SIGN_LEFT, DECREE_SIGN_RIGHT]]),
    ])


def party_resolution_pdf() -> bytes:
    """Drawn row by row (left and right halves share a baseline), the harder order to read."""
    pdf = _Pdf()
    pdf.side_by_side(PARTY_HEADER_LEFT, PARTY_HEADER_RIGHT)
    pdf.centered(PARTY_TITLE)
    for text in PARTY_BODY:
        pdf.paragraph(text)
    pdf.side_by_side(PARTY_SIGN_LEFT, PARTY_SIGN_RIGHT, right_gap_before_last=2)
    return pdf.bytes()


def state_decree_pdf() -> bytes:
    pdf = _Pdf()
    pdf.side_by_side(["CHÍNH PHỦ", "", "Số: 27/2023/NĐ-CP"],
                     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      "Hà Nội, ngày 15 tháng 5 năm 2023"], left_width=0.38)
    pdf.centered(DECREE_TITLE)
    for text in DECREE_BODY:
        pdf.paragraph(text)
    pdf.side_by_side(DECREE_SIGN_LEFT, DECREE_SIGN_RIGHT, right_gap_before_last=2)
    return pdf.bytes()


# -- DOCX ------------------------------------------------------------------------

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_docx(blocks: list, header: list[str] | None = None, footer: list[str] | None = None,
              prolog: str = "", parts: dict[str, bytes] | None = None) -> bytes:
    """A minimal WordprocessingML package that Word and LibreOffice open.

    blocks: ("p", text or [runs]), ("c", centred text), ("table", rows) — a row a list of cells, a
    cell a list of paragraphs ([] for an empty cell) — and ("raw", xml). `prolog` goes before the
    document element (a DTD, for hostile tests); `parts` adds raw zip members.
    """
    render = {"p": _p_xml, "c": lambda text: _p_xml(text, centred=True), "table": _table_xml, "raw": str}
    body = "".join(render[kind](value) for kind, value in blocks)
    rels, overrides, sect = [], [], ""
    for kind, lines in (("header", header), ("footer", footer)):
        if lines:
            rels.append(f'<Relationship Id="r{kind}" Type="{_REL}/{kind}" Target="{kind}1.xml"/>')
            overrides.append(f'<Override PartName="/word/{kind}1.xml" ContentType="application/'
                             f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
            sect += f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            + "".join(overrides) + "</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels) + "</Relationships>"),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{_W_NS}" xmlns:r="{_R_NS}"><w:body>{body}'
            f'<w:sectPr>{sect}</w:sectPr></w:body></w:document>'),
    }
    for kind, lines in (("header", header), ("footer", footer)):
        if lines:
            tag = "hdr" if kind == "header" else "ftr"
            files[f"word/{kind}1.xml"] = (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{tag} xmlns:w="{_W_NS}">'
                + "".join(_p_xml(line) for line in lines) + f"</w:{tag}>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text.encode("utf-8"))
        for name, data in (parts or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


def _p_xml(text, centred: bool = False) -> str:
    runs = [text] if isinstance(text, str) else text
    props = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centred else ""
    body = "".join(f'<w:r><w:t xml:space="preserve">{escape(r)}</w:t></w:r>' for r in runs if r)
    return f"<w:p>{props}{body}</w:p>"


def _table_xml(rows: list) -> str:
    """Cells centred, the first column narrower (the layout of an official header)."""
    widths = [3600, 5800] if max(len(row) for row in rows) == 2 else [9400 // len(rows[0])] * len(rows[0])
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = "".join("<w:tr>" + "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
        f"{''.join(_p_xml(p, centred=True) for p in cell) or '<w:p/>'}</w:tc>" for w, cell in zip(widths, row))
        + "</w:tr>" for row in rows)
    return f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>"


def billion_laughs_docx() -> bytes:
    """word/document.xml declares entities nesting to 10^9 "lol"s."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    return make_docx([("raw", "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>")],
                     prolog=f"<!DOCTYPE lolz [{entities}]>")


def huge_member_docx(size: int = 200 * 1024 * 1024) -> bytes:
    """A valid package whose header1.xml inflates to `size` bytes (a few hundred KB compressed)."""
    out = io.BytesIO(make_docx([("p", "Nghị quyết về phát triển du lịch")]))
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/header1.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return out.getvalue()


# -- PDF -------------------------------------------------------------------------

class _Pdf:
    """A4 pages in DejaVu with a text layer, laid out like an official document."""

    def __init__(self):
        from fpdf import FPDF

        self.pdf = FPDF(format="A4")
        self.pdf.set_margins(25, 20, 20)
        self.pdf.add_font("dejavu", "", str(FONT))
        self.pdf.add_font("dejavu", "B", str(FONT_BOLD))
        self.pdf.add_page()
        self.pdf.set_font("dejavu", "", 12)

    def side_by_side(self, left: list[str], right: list[str], left_width: float = 0.45,
                     right_gap_before_last: int = 0) -> None:
        """Two blocks drawn line by line across the page (row order in the content stream)."""
        pdf, w = self.pdf, self.pdf.epw
        right = right[:-1] + [""] * right_gap_before_last + right[-1:] if right_gap_before_last else right
        for i in range(max(len(left), len(right))):
            y = pdf.get_y()
            for x, width, lines in ((pdf.l_margin, w * left_width, left),
                                    (pdf.l_margin + w * left_width, w * (1 - left_width), right)):
                if i < len(lines) and lines[i]:
                    pdf.set_xy(x, y)
                    pdf.cell(width, 7, lines[i], align="C")
            pdf.set_xy(pdf.l_margin, y + 7)
        pdf.ln(6)

    def centered(self, lines: list[str]) -> None:
        self.pdf.set_font("dejavu", "B", 13)
        for line in lines:
            self.pdf.multi_cell(self.pdf.epw, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.pdf.set_font("dejavu", "", 12)
        self.pdf.ln(4)

    def paragraph(self, text: str) -> None:
        self.pdf.multi_cell(self.pdf.epw, 6.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


def paged_pdf(paragraphs: list[str], header: str, footer: str) -> bytes:
    """Paragraphs over several pages under a running header, above a footer ("{page}" is the
    page number), as Word prints them."""
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self):
            self.set_font("dejavu", "", 9)
            self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(6)
            self.set_font("dejavu", "", 12)

        def footer(self):
            self.set_y(-15)
            self.set_font("dejavu", "", 9)
            self.cell(0, 6, footer.format(page=self.page_no()), align="C")
            self.set_font("dejavu", "", 12)

    pdf = Paged(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.add_font("dejavu", "", str(FONT))
    pdf.add_page()
    for text in paragraphs:
        pdf.multi_cell(pdf.epw, 6.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def text_pdf(lines: list[str], wrap: bool = True) -> bytes:
    """One paragraph a line, in DejaVu. wrap=False draws each as one line as it is: fpdf2's
    wrapping drops U+00AD (a soft hyphen to it, "ư" in TCVN3 mojibake)."""
    pdf = _Pdf()
    for line in lines:
        if wrap:
            pdf.paragraph(line)
        else:
            pdf.pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
    return pdf.bytes()


def render_page(lines: list[str], width: int = 2480, height: int = 3508, size: int = 42):
    """A scanned A4 page at 300 dpi: the lines in DejaVu Serif on white, wrapped (a Pillow image)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_SERIF), size)
    y, margin = 200, 200
    for line in lines:
        words, row = line.split(), ""
        for word in words + [None]:
            longer = f"{row} {word}".strip() if word else row
            if word is None or font.getlength(longer) > width - 2 * margin:
                draw.text((margin, y), row, font=font, fill=0)
                y, row = y + int(size * 1.6), word or ""
            else:
                row = longer
        y += int(size * 0.6)
    return image


def scanned_pdf(lines: list[str]) -> bytes:
    """A PDF whose only page is an image of the lines (no text layer), as a scanner makes it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(render_page(lines), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def image_bytes(lines: list[str], fmt: str) -> bytes:
    out = io.BytesIO()
    render_page(lines).save(out, format=fmt)
    return out.getvalue()


def png_bomb(side: int) -> bytes:
    """A white grayscale PNG of side × side pixels, written directly: a few hundred KB that
    inflate to side² bytes."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row, packer = b"\x00" + b"\xff" * side, zlib.compressobj(1)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def empty_pages_pdf(count: int) -> bytes:
    """A valid PDF of `count` empty pages, written directly (fpdf2 would take minutes)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (i + 3) for i in range(count))
               + b"] /Count %d >>" % count]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


# -- .doc (through LibreOffice, when installed) -------------------------------------

def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(data: bytes, suffix: str, target: str) -> bytes:
    """Convert e.g. a .docx to "doc" or "pdf" with headless LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"input{suffix}"
        source.write_bytes(data)
        subprocess.run([soffice(), f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", target, "--outdir", tmp, str(source)],
                       check=True, capture_output=True, timeout=180)
        return (Path(tmp) / f"input.{target}").read_bytes()
