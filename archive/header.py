"""The official header and signing block of a document: its own identity.

State bodies lay a document out by Nghị định 30/2020/NĐ-CP and Party bodies by
Hướng dẫn 36-HD/VPTW: top left the issuing body (the superior body above it)
and "Số 15-NQ/TU"; top right the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
Độc lập - Tự do - Hạnh phúc", or "ĐẢNG CỘNG SẢN VIỆT NAM") and "Lai Châu, ngày
3 tháng 2 năm 2022"; then the type in capitals and the trích yếu; at the end
the signing block ("T/M BAN THƯỜNG VỤ / BÍ THƯ / Nguyễn Văn A").

Text is all we get (Word, PDF and plain text alike), in reading order: a
header table may arrive cell by cell, row by row with tabs, or as one line with
wide gaps, so lines are first cut into cells. Precision first: without the
motto (or the old "LUẬT / SỐ 101-SL/L.003 NGÀY …" title block) there is no
header, so a news article that cites "Nghị quyết số 15-NQ/TU" never gets one.
Numbers come from indexer.docnums and dates from indexer.dates: no second regex.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.resources import load_json
from archive.vntext import fold, nfc
from indexer.dates import find_dates
from indexer.docnums import DocNumber, find_docnums

HEAD_CELLS = 40          # the header, type and trích yếu live in the first cells
TAIL_CELLS = 40          # the signing block and "Nơi nhận" in the last ones
HEAD_CHARS = 20_000       # … within this many characters of either end
MAX_SUMMARY = 400


@dataclass
class DocHeader:
    own_number: str | None = None        # as written: "15-NQ/TU"
    own_canonical: str | None = None     # indexer.docnums key: "15-NQ/TU"
    issuer: str | None = None            # "TỈNH ỦY LAI CHÂU", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"
    superior: str | None = None          # the body above the issuer: "ĐẢNG BỘ TỈNH LAI CHÂU"
    issued_place: str | None = None      # "Lai Châu"
    issued_date: str | None = None       # ISO
    doc_type: str | None = None          # "Nghị quyết", "Luật" …
    summary: str | None = None           # trích yếu: "về phát triển du lịch …"
    signer: str | None = None            # "Nguyễn Văn A"
    signer_role: str | None = None       # as written: "T/M BAN THƯỜNG VỤ / BÍ THƯ"

    @property
    def title(self) -> str | None:
        """A title for a document that came without one: "Nghị quyết số 15-NQ/TU về …"."""
        if not self.doc_type:
            return None
        number = f"số {self.own_number}" if self.own_number else ""
        if self.summary and self.summary.isupper():     # a name: "Luật du lịch số 09/2017/QH14"
            parts = [self.doc_type, self.summary.lower(), number]
        else:                                           # "Nghị quyết số 15-NQ/TU về …"
            parts = [self.doc_type, number, self.summary or ""]
        return " ".join(p for p in parts if p)


# --- the words of a header -----------------------------------------------------

def _key(text: str) -> str:
    """Folded capitals and single spaces, punctuation gone: what layout words are compared by."""
    return " ".join(re.findall(r"[^\W_]+", fold(text).upper()))


_MOTTOS = {_key("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), _key("Độc lập - Tự do - Hạnh phúc"),
           _key("ĐẢNG CỘNG SẢN VIỆT NAM")}
# How a body's name begins (folded): a caps line that begins otherwise continues the
# line above ("ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU", "THÀNH PHỐ HẢI PHÒNG"). Place names
# fold into body words (Hải Phòng, Phú Thọ, Hồ Chí Minh), so only the first words count.
_BODY_HEADS = {"UY", "BAN", "BO", "SO", "DANG", "HOI", "UBND", "HDND", "CUC", "VIEN", "PHONG", "DOAN",
               "TONG", "MAT", "HIEP", "LIEN", "TRUONG", "CONG", "CHI", "QUOC", "TOA", "CHINH", "VAN"}
_BODY_HEADS_2 = {"THANH TRA", "KIEM TOAN", "NGAN HANG", "HOC VIEN", "BENH VIEN"}
_EXTRA_TYPES = ["Bộ luật", "Hiến pháp", "Thông tri", "Điều lệ", "Lệnh", "Quy chế", "Nghị quyết liên tịch"]
_NUMBER_LABEL = re.compile(r"^(?:(?:Bộ\s+)?Luật\s+|Pháp\s+lệnh\s+)?Số\s*[:.]*\s*", re.I)
_DATELINE = re.compile(r"^(?P<place>[^\W\d_][^,\d]{1,40}?)\s*,\s*(?:ngày\b|\d)", re.I)
_DECORATION = re.compile(r"^[\W_]*$")
# Where the trích yếu ends: the body, a heading, the authority that issues it
_SUMMARY_STOP = re.compile(
    r"^(?:CHƯƠNG|PHẦN|MỤC|ĐIỀU|LỜI NÓI ĐẦU|RA SẮC LỆNH|CĂN CỨ|XÉT|THỰC HIỆN|"
    r"(?:[IVX]+|\d{1,2}|[a-zA-Z])[.\-–)](?:\s|$)|"
    r"(?:ỦY|UỶ) BAN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|CHỦ TỊCH|BỘ TRƯỞNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|"
    r"BỘ CHÍNH TRỊ|BAN BÍ THƯ|CHÍNH PHỦ|THỦ TƯỚNG|QUỐC HỘI|GIÁM ĐỐC|TỈNH (?:ỦY|UỶ)|THƯỜNG TRỰC)",
    re.I)
# How a trích yếu opens: "về …" (Party), and the verbs of state documents (Nghị định
# 30/2020/NĐ-CP: "Quy định …", "Ban hành …", "Về việc …", "Sửa đổi, bổ sung …" …)
_ABOUT = re.compile(r"^(?:về|v/v|quy định|ban hành|hướng dẫn|sửa đổi|bổ sung|phê duyệt|thành lập|"
                    r"công nhận|điều chỉnh|kiện toàn|giao|phân công|thông qua)\b", re.I)
_PASSED = re.compile(r"(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh|Nghị quyết) này (?:đã )?(?:được|do) "
                     r"[^.;]{0,250}?thông qua[^.;]{0,120}", re.I)


@lru_cache(maxsize=1)
def _types() -> dict[str, str]:
    """Folded type name → its spelling: "NGHI QUYET" → "Nghị quyết", longest first."""
    names = list(load_json("docnum_codes.json")["types"].values()) + _EXTRA_TYPES
    return {_key(n): n for n in sorted(names, key=len, reverse=True)}


@lru_cache(maxsize=1)
def _type_codes() -> dict[str, str]:
    """Type code → name: "NQ" → "Nghị quyết" (QĐ and QD alike)."""
    return {_key(code): name for code, name in load_json("docnum_codes.json")["types"].items()}


def doctype_key(value: str) -> str:
    """How a document type is matched: "Nghị quyết", "nghi quyet" and "NQ" → "nghi quyet"."""
    value = " ".join(nfc(value).split())
    name = _type_codes().get(_key(value)) if " " not in value else None
    return _key(name or value).lower()


def doctype_name(key: str) -> str:
    """A doctype key shown as written: "nghi quyet" → "Nghị quyết" (else the key)."""
    return _types().get(_key(key), key)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(s.lower() for s in load_json("person_rules.json")["surnames"])


# --- cells -------------------------------------------------------------------------

def _cells(lines: list[str]) -> list[str]:
    """Non-empty cells: a tab or a wide gap (a PDF's columns) separates two cells of a line.
    A long line is a paragraph, never a header cell: it is kept whole, cut short."""
    out = []
    for line in lines:
        if len(line) > 300:
            out.append(line[:300])
            continue
        for cell in _CELL_GAP.split(line):
            cell = " ".join(cell.split())
            if cell:
                out.append(cell)
    return out


_CELL_GAP = re.compile(r"\t|\s{3,}")


def _is_caps(cell: str) -> bool:
    """A short line in capitals (a body's name, a type, a role); paragraphs are never one."""
    return len(cell) <= 200 and cell.isupper()


def _is_motto(cell: str) -> bool:
    return len(cell) <= 60 and _key(cell) in _MOTTOS


def _type_of(cell: str) -> tuple[str, str] | None:
    """(type name, rest of the line) for a caps line that opens with a type: "NGHỊ QUYẾT"."""
    if not _is_caps(cell):
        return None
    key = _key(cell)
    for type_key in _types():
        if key == type_key:
            return _types()[type_key], ""
        if key.startswith(type_key + " "):
            words = len(type_key.split())
            rest = cell.split(None, words)[-1] if len(cell.split()) > words else ""
            if _key(rest).startswith(("VE ", "SO ")):      # NGHỊ QUYẾT VỀ …, LUẬT SỐ …
                return _types()[type_key], rest
    return None


def _number_of(cell: str) -> DocNumber | None:
    """The number of a "Số 15-NQ/TU", "Luật số: 45/2013/QH13" or "SỐ 101-SL/L.003 NGÀY …" line."""
    label = _NUMBER_LABEL.match(cell)
    if not label:
        return None
    found = find_docnums(cell)
    if found and found[0].start <= label.end() + 1:
        return found[0]
    return None


def _dateline(cell: str) -> tuple[str, str] | None:
    """(place, ISO date) of "Lai Châu, ngày 3 tháng 2 năm 2022"."""
    m = _DATELINE.match(cell)
    if not m or len(m["place"].split()) > 6 or not m["place"][0].isupper():
        return None
    dates = find_dates(cell[m.end("place"):])
    return (m["place"].strip(), dates[0].date) if dates else None


# --- the header ----------------------------------------------------------------------

# Metadata keys (folded) that give a document's own number, as exports and catalogues name it
_NUMBER_KEYS = {"number", "so", "so hieu", "so ky hieu", "ky hieu", "so van ban", "docnum", "own number"}


def header_from_metadata(extra: dict, date: str | None = None) -> DocHeader | None:
    """The identity a catalogue gave with the input (a JSON `number`, a CSV "Số hiệu"
    column …) when the text prints no header: own number, issuer, date, type, signer.
    `date` is the date given with the input (a field of its own, not in `extra`)."""
    from archive.meta import parse_date
    from indexer.docnums import canonical

    values = {_key(k).lower().replace("_", " "): v for k, v in (extra or {}).items() if isinstance(v, str)}
    number = next((v.strip() for k, v in values.items() if k in _NUMBER_KEYS and v.strip()), None)
    key = canonical(number) if number else None
    if key is None:
        return None
    return DocHeader(own_number=number, own_canonical=key, issuer=values.get("issuer") or None,
                     issued_date=parse_date(date or values.get("issued date")),
                     doc_type=values.get("type") or None, signer=values.get("signer") or None,
                     signer_role=values.get("signer role") or None)


def document_header(text: str, extra: dict, given_date: str | None) -> DocHeader | None:
    """A document's own identity: the header its text prints, else what its catalogue gave."""
    return parse_header(text) or header_from_metadata(extra, given_date)


def parse_header(text: str) -> DocHeader | None:
    """The header and signing block of an official document, or None (a news article)."""
    head = _cells(nfc(text[:HEAD_CHARS]).split("\n")[:HEAD_CELLS * 2])[:HEAD_CELLS]
    mottos = [i for i, c in enumerate(head[:20]) if _is_motto(c)]
    if mottos:
        type_at = next((i for i in range(mottos[0] + 1, len(head)) if _type_of(head[i])), None)
        top = head[:type_at if type_at is not None else 25]
    else:
        type_at = _old_title_block(head, text)
        if type_at is None:
            return None
        top = head[type_at + 1:type_at + 2]      # "LUẬT" / "SỐ 101-SL/L.003 NGÀY 20-5-1957 …"
    h = DocHeader()
    number_at = _last(top, _number_of)
    date_at = _last(top, _dateline)
    if mottos and number_at is None and date_at is None:
        return None                                 # a motto alone (a quoted form) is not a header
    if number_at is not None:
        dn = _number_of(top[number_at])
        h.own_number, h.own_canonical = dn.text, dn.canonical
    if date_at is not None:
        h.issued_place, h.issued_date = _dateline(top[date_at])
    elif not mottos and (dates := find_dates(top[0])):
        h.issued_date = dates[0].date               # "SỐ 101-SL/L.003 NGÀY 20-5-1957"
    if mottos:
        _issuer(h, top[:number_at if number_at is not None else date_at])
    if type_at is not None:
        h.doc_type, first = _type_of(head[type_at])
        h.summary = _summary(first, head[type_at + 1:])
    else:
        _cong_van(h, head)
    if h.doc_type is None and h.own_number:
        h.doc_type = find_docnums(h.own_number)[0].type_name
    if h.issued_date is None:
        h.issued_date = _passing_date(text)
    tail = nfc(text[-HEAD_CHARS:]).split("\n")[-TAIL_CELLS * 2:]
    h.signer, h.signer_role = _signing_block(_cells(tail)[-TAIL_CELLS:])
    return h


def _last(cells: list[str], test) -> int | None:
    """Index of the last cell that passes: a title line above the header may cite a number too."""
    found = [i for i, c in enumerate(cells) if test(c)]
    return found[-1] if found else None


def _old_title_block(head: list[str], text: str) -> int | None:
    """Index of the type in capitals among the first lines when its number follows in
    capitals ("LUẬT / SỐ 101-SL/L.003 NGÀY 20-5-1957 …") or, for a law, when it closes
    with "Luật này … thông qua ngày …"."""
    for i, cell in enumerate(head[:3]):
        found = _type_of(cell)
        if not found:
            continue
        following = head[i + 1] if i + 1 < len(head) else ""
        if _number_of(following) and _is_caps(following):
            return i
        if found[0] in ("Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh") and _passing_date(text):
            return i
    return None


def _issuer(h: DocHeader, cells: list[str]) -> None:
    """The caps lines above the number (or the dateline): the issuer, and the body above it.

    A line that does not begin a body's name continues the one above ("ỦY BAN NHÂN
    DÂN" / "TỈNH LAI CHÂU"); one that does is the issuer under it ("UBND TỈNH LAI
    CHÂU" / "SỞ Y TẾ"). The motto's cells may sit between them (a table read by rows).
    """
    groups: list[str] = []
    joinable = False
    for cell in cells:
        if _is_motto(cell):
            continue
        if not _is_caps(cell) or _type_of(cell):
            joinable = False                    # "*", "-----" under the name end it
            continue
        if joinable and (not _names_body(cell) or _key(cell).startswith("VA ")
                         or groups[-1].endswith((",", " VÀ"))):
            groups[-1] += " " + cell
        else:
            groups.append(cell)
        joinable = True
    bodies = [g for g in groups if _names_body(g)] or groups[-1:]
    if bodies:
        h.issuer = bodies[-1]
        h.superior = " / ".join(bodies[:-1]) or None


def _names_body(line: str) -> bool:
    """"SỞ Y TẾ", "HUYỆN ỦY THAN UYÊN", "THANH TRA TỈNH"; not "TỈNH LAI CHÂU"."""
    words = _key(line).split()
    return bool(words) and (words[0] in _BODY_HEADS or words[1:2] == ["UY"] or " ".join(words[:2]) in _BODY_HEADS_2)


def _cong_van(h: DocHeader, head: list[str]) -> None:
    """A công văn has no type line: "Số: 12/UBND-VX" then "V/v …"."""
    about = [c for c in head if c.lower().startswith("v/v")]
    if h.own_number and about:
        h.doc_type, h.summary = "Công văn", about[0]


def _summary(first: str, cells: list[str]) -> str | None:
    """Caps lines (a law's name) and/or a "về …" line, with its wrapped continuation lines."""
    taken = [_after_date(first) if _number_of(first) else first]   # "LUẬT SỐ 35-L/CTN NGÀY … VỀ …"
    lowercase = False
    for cell in cells[:6]:
        if cell.endswith(":") or _SUMMARY_STOP.match(cell) or _is_motto(cell):
            break
        if _number_of(cell) and _is_caps(cell):            # "LUẬT / SỐ 101-SL/L.003 NGÀY 20-5-1957 QUY ĐỊNH …"
            taken.append(_after_date(cell))
            continue
        if _is_caps(cell) and not lowercase:
            taken.append(cell)
        elif _ABOUT.match(cell) and not lowercase:
            taken.append(cell)
            lowercase = True
        elif lowercase and (cell[0].islower() or cell[0].isdigit()) and len(cell) < 200:
            taken.append(cell)              # a trích yếu wrapped over two lines
        else:
            break
        if sum(map(len, taken)) > MAX_SUMMARY:
            break
    summary = " ".join(t for t in taken if t)
    return summary[:MAX_SUMMARY] or None


def _after_date(cell: str) -> str:
    """What follows the date in "SỐ 101-SL/L.003 NGÀY 20-5-1957 QUY ĐỊNH …"."""
    dates = find_dates(cell)
    return cell[cell.find(dates[0].text) + len(dates[0].text):].strip() if dates else ""


def _passing_date(text: str) -> str | None:
    """The date of "Luật này đã được Quốc hội … thông qua ngày 24 tháng 11 năm 2015" near the end."""
    tail = nfc(text[-4000:])
    found = list(_PASSED.finditer(tail))
    if not found:
        return None
    dates = find_dates(" ".join(found[-1].group(0).split()))
    return dates[-1].date if dates else None


# --- the signing block ------------------------------------------------------------------

_ROLE_START = re.compile(r"^(?:T/M|T\.M|TM|KT|K/T|TL|T/L|TUQ|Q|QUYỀN)[.\s/]", re.I)
_POSITION = re.compile(r"^(?:Phó\s+)?(?:Chủ tịch|Bí thư|Tổng Bí thư|Thủ tướng|Bộ trưởng|Giám đốc|Trưởng ban|"
                       r"Chánh|Chủ nhiệm|Viện trưởng|Tổng Giám đốc|Cục trưởng|Trưởng)\b", re.I)
_SIGNED = re.compile(r"^[(\[]?\s*(?:đã\s+ký|ký\s+tên[^)\]]*|ký)\s*[)\]]?\.?$", re.I)
_RECIPIENTS = re.compile(r"^(?:[-+•–*]|Nơi nhận|Như\s|Lưu\b)|;$", re.I)


def _is_name(cell: str) -> bool:
    """A signer's name, written "Lò Văn Tiến" or, as many signing blocks do, "LÒ VĂN TIẾN"."""
    words = cell.split()
    caps = cell.isupper()
    return (2 <= len(words) <= 5 and words[0].lower() in _surnames()
            and all(w.isalpha() and w[0].isupper() and (caps or len(w) == 1 or w[1:].islower())
                    for w in words))


def _is_role(cell: str) -> bool:
    if len(cell) > 80 or cell.endswith((".", ";", ",")) or _SIGNED.match(cell):
        return False
    return _is_caps(cell) or bool(_ROLE_START.match(cell)) or (
        bool(_POSITION.match(cell)) and len(cell.split()) <= 8)


def _signing_block(cells: list[str]) -> tuple[str | None, str | None]:
    """(signer, role as written): the last name with role lines above it (table cells of
    "Nơi nhận" may sit between them), or a name followed by "(Đã ký)"."""
    for i in range(len(cells) - 1, -1, -1):
        name = _SIGNED_AROUND.sub("", cells[i]).strip()
        if not _is_name(name):
            continue
        roles, j = [], i - 1
        while j >= 0 and len(roles) < 5:
            cell = cells[j]
            if _SIGNED.match(cell) or _DECORATION.match(cell) or (_RECIPIENTS.search(cell) and not _is_role(cell)):
                j -= 1
                continue
            if not _is_role(cell):
                break
            roles.insert(0, cell)
            j -= 1
        signed = i + 1 < len(cells) and _SIGNED.match(cells[i + 1])
        if roles or signed or name != cells[i]:
            return (name.title() if name.isupper() else name), " / ".join(roles) or None
    return None, None


_SIGNED_AROUND = re.compile(r"^[(\[]?\s*đã\s+ký\s*[)\]:]?\s*|\s*[(\[]\s*đã\s+ký\s*[)\]]\s*$", re.I)


HEADER_DATE_NOTE = "the official header's date"


def header_date(header: DocHeader | None, date: str | None, date_source: str | None) -> tuple[str | None, str | None]:
    """The publication date: the input's own metadata first, else the header's dateline."""
    if header is not None and header.issued_date and date_source != "metadata":
        return header.issued_date, "text"
    return date, date_source
