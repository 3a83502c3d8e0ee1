"""Vietnamese document numbers (số hiệu): find them, key them, decode them.

A number such as ``01-KL/TW`` or ``15/2020/NĐ-CP`` must reach the index and the
query parser as one unit (underthesea and Whoosh both cut it at ``-`` and
``/``), and one document is written many ways (``01 - KL/TW``, ``1-kl/tw``,
``QD``/``QĐ``, ``TƯ``/``TW``). So numbers are recognized here, once, with plain
regexes (no underthesea: this module is on the search fast path), and each gets
a canonical key that indexing and querying share.

Shapes recognized:

* Party      NUMBER-TYPE/ISSUER          01-KL/TW, 08-QĐi/TW, 21-LCT/HĐNN8
* State      NUMBER/YEAR/TYPE-ISSUER     15/2020/NĐ-CP, 04/2017/TTLT-BTP-BTC, 19-2017/NQ-CP
* Law        NUMBER/YEAR/QHnn            45/2013/QH13, 326/2016/UBTVQH14
* State      NUMBER/TYPE-ISSUER          1059/QĐ-TTg, 2383/BVHTTDL-TCDL (công văn)
* Slashes    NUMBER/TYPE/ISSUER          25/BC/UBND (a known type code only)
* Old style  NUMBER[/YEAR]/ISSUER        86/CP, 100/TTg, 15/SL (known codes only)

A letter code is mandatory, which keeps dates (18/5/2021), scores (3/5), ranges
(2020 - 2025) and ratios (50/50) out.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from archive.resources import load_json
from archive.vntext import fold, nfc

# --- the shapes -------------------------------------------------------------

_SP = r"[ \u00a0]?"                            # at most one space around - and /
_DASH = rf"{_SP}[-\u2013]{_SP}"                # hyphen or en dash
_SLASH = rf"{_SP}/{_SP}"
_NUM = r"\d{1,5}[a-zA-Z]?"                      # 15a/2020/NĐ-CP
_YEAR = r"(?:19[4-9]\d|20\d\d)"
# One code: uppercase letters (Đ; Ư for "TƯ"), '&' inside (BNN&PTNT), up to two
# lowercase letters at the end (TTg, QĐi, TTr), a term number (QH13, HĐNN8), an
# old register suffix (L.005, C.I); or all lowercase, as page titles write them
# ("21-lct/hđnn8"). Never followed by a letter: "Covid", "Thủ" are not codes.
_SEG = (r"(?:[A-ZĐƯ](?:[A-ZĐƯ]|&(?=[A-ZĐ]))*[a-zđư]{0,2}|[a-zđ]{1,8})"
        r"\d{0,2}(?:\.(?:\d{1,4}|[IVX]{1,4}))?(?!\w)")
_CODES = rf"{_SEG}{_DASH}{_SEG}(?:-{_SEG})*"    # TYPE-ISSUER[-UNIT…]
_LAW = r"(?i:UBTVQH|QH)(?:[ \u00a0]?\d{1,2})?(?![\w-])"
# Not inside 1/8/1930, 2016-2020, 1.234, QCVN 01:2009/BYT or a URL path;
# but "Số:01-KL/TW" (a header with no space) and "Nghị định số187/2004/NĐ-CP" (a space
# lost after "số") are fine.
_START = r"(?=\d)(?:(?<![\w./:\u2013-])|(?<=ố:|Ố:)|(?<=\bsố|\bSố|\bSỐ))"

DOCNUM_RE = re.compile(
    rf"""{_START}
    (?:
        (?P<pnum>{_NUM}){_DASH}(?P<ptype>{_SEG}){_SLASH}(?P<piss>{_SEG}(?:-{_SEG})*)
      | (?P<ynum>{_NUM}(?={_SLASH})|\d{{1,3}}(?=-)){_SP}[/-]{_SP}(?P<year>{_YEAR})
            (?:{_SLASH}|(?P<yspace>[ \u00a0]))(?:(?P<law>{_LAW})|(?P<ycodes>{_CODES}))
      | (?P<snum>{_NUM}){_SLASH}(?P<scodes>{_CODES})
      | (?P<tnum>{_NUM}){_SLASH}(?P<ttype>{_SEG}){_SLASH}(?P<tiss>{_SEG}(?:-{_SEG})*)
      | (?P<onum>{_NUM}){_SLASH}(?:(?P<oyear>{_YEAR}){_SLASH})?(?P<ocode>{_SEG})(?!{_SP}[-\u2013/])
    )""",
    re.VERBOSE,
)

# For other code that cuts text so a number stays one token:
# token_pattern.split(text) puts each number, whole, at the odd indexes. It is
# the raw shape; find_docnums also drops what fails the table checks below
# (3-km/h, 2013/BCT after "QCVN 01:", numbers inside URLs).
token_pattern = re.compile("(" + re.sub(r"\(\?P<\w+>", "(?:", DOCNUM_RE.pattern) + ")",
                           re.VERBOSE)

_INNER_DASH = re.compile(r"[ \u00a0]?[-\u2013][ \u00a0]?")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")
_TERM = re.compile(r"\d+$")
_SPACED_YEAR_CUE = re.compile(r"(?:\b[Ss]ố|Số:|Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Chỉ\s+thị|"
                              r"Kế\s+hoạch|Công\s+văn|Văn\s+bản)[ \u00a0]?$", re.I)
_LABEL = re.compile(r"(\w*):[ \u00a0]?$")
_URLISH = re.compile(r"://|^www\.|@|\.(?:vn|com|net|org|gov|html?|php|aspx?)\b", re.I)


# --- the record -------------------------------------------------------------

@dataclass(frozen=True)
class DocNumber:
    text: str                 # as written, for display
    canonical: str            # key shared by index and query: "1-KL/TW"
    number: str               # "1", "15A" (leading zeros dropped)
    year: int | None
    type_code: str | None     # table spelling when known ("QĐi"), else the key form
    type_name: str | None
    issuer_code: str | None
    issuer_name: str | None
    start: int
    end: int


# --- code tables (data/docnum_codes.json) -----------------------------------

def _code_key(code: str) -> str:
    """Key a code so QĐ/QD/qđ and TƯ/TW meet (TƯ is how news writes TW)."""
    return fold(code.replace("TƯ", "TW").upper()).replace("&", "").replace(" ", "")


def _table(name: str) -> dict[str, tuple[str, str]]:
    return {_code_key(k): (k, v) for k, v in load_json("docnum_codes.json")[name].items()}


def _joint_types(types: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Every type has a joint form, written with LT (KHLT: a kế hoạch of two bodies)."""
    joint = {key + "LT": (spelling + "LT", name + " liên tịch")
             for key, (spelling, name) in types.items() if not key.endswith("LT")}
    return joint | types


_TYPES = _joint_types(_table("types"))
_ISSUERS = _table("issuers")
_IMPLIED_TYPE = {_code_key(k): v
                 for k, v in load_json("docnum_codes.json")["bare_issuer_types"].items()}
# Codes that may stand alone after the number (86/CP, 15/SL): issuers, plus the
# few types the old numbering wrote without an issuer.
_STANDALONE_TYPES = {"SL", "QDUB"}


def _lookup(table: dict, code: str) -> tuple[str, str | None]:
    """(spelling, name) for a code; a term number (QH13, HĐNN8) is ignored."""
    key = _code_key(code)
    hit = table.get(key) or table.get(_TERM.sub("", key))
    return hit if hit else (key, None)


def _issuer(code: str) -> tuple[str, str | None]:
    """Issuer lookup, with the provincial departments: SXD is the Sở of BXD."""
    spelling, name = _lookup(_ISSUERS, code)
    if name is None and _code_key(code).startswith("S"):
        ministry = _lookup(_ISSUERS, "B" + _code_key(code)[1:])[1]
        if ministry and ministry.startswith("Bộ "):
            return spelling, "Sở " + ministry[3:]
    return spelling, name


# --- finding ----------------------------------------------------------------

def find_docnums(text: str) -> list[DocNumber]:
    """Every document number in text, in order, with char offsets into text."""
    found = []
    for m in DOCNUM_RE.finditer(text):
        dn = _decode(m)
        if dn is not None and not _in_url(text, m.start(), m.end()):
            found.append(dn)
    return found


def canonical(code: str) -> str | None:
    """Canonical key of a number a user typed (``--resolution 01-kl/tw``), else None."""
    dn = decode(code)
    return dn.canonical if dn else None


def decode(code: str) -> DocNumber | None:
    """The whole of a number a user typed, decoded (type and issuer names), else None."""
    code = nfc(code).strip()
    dn = _whole(code)
    if dn is None:                        # typed in lowercase: "86/cp", "15/2020/nd-cp"
        dn = _whole(code.upper())
        if dn is not None and not (dn.type_name or dn.issuer_name):
            dn = None                     # but "3-km/h" is still not a number
    return dn


def code_name(kind: str, code: str) -> str | None:
    """The name of a type code ("NQ" → "Nghị quyết") or issuer code ("TW" → "Trung ương")."""
    return _lookup(_TYPES if kind == "type" else _ISSUERS, code)[1]


def _whole(code: str) -> DocNumber | None:
    m = DOCNUM_RE.fullmatch(code)
    return _decode(m) if m else None


def _decode(m: re.Match) -> DocNumber | None:
    """Turn one raw match into a record, or None when the checks reject it."""
    g = m.groupdict()
    number = _LEADING_ZEROS.sub("", g["pnum"] or g["ynum"] or g["snum"] or g["tnum"] or g["onum"]).upper()
    year = g["year"] or g["oyear"]
    year = int(year) if year else None
    if g["pnum"]:
        codes = [g["ptype"], *g["piss"].split("-")]
        if not _type_ok(codes[0]):
            return None
        decoded = _decode_typed(codes)
        key = f"{number}-{_code_key(codes[0])}/{_join(codes[1:])}"
    elif g["tnum"]:
        codes = [g["ttype"], *g["tiss"].split("-")]
        if g["ttype"].islower() or not _lookup(_TYPES, g["ttype"])[1]:
            return None                   # 25/BC/UBND, but never an unknown first code
        decoded = _decode_typed(codes)
        key = f"{number}/{_code_key(codes[0])}/{_join(codes[1:])}"
    elif g["law"]:
        if g["yspace"]:
            return None
        codes = [g["law"]]
        decoded = _decode_law(g["law"])
        key = f"{number}/{year}/{_join(codes)}"
    elif g["ocode"]:
        codes = [g["ocode"]]
        decoded = _decode_standalone(g["ocode"])
        if decoded is None or _after_label(m):
            return None
        key = f"{number}/{year}/{_join(codes)}" if year else f"{number}/{_join(codes)}"
    else:
        codes = _INNER_DASH.split(g["ycodes"] or g["scodes"])
        if not _type_ok(codes[0]) or g["yspace"] and not _spaced_year_ok(m, codes[0]):
            return None
        decoded = _decode_codes(codes)
        head = f"{number}/{year}" if year else number
        key = f"{head}/{_join(codes)}"
        if not year and len(codes) == 2 and _code_key(codes[1]) == "TW":
            key = f"{number}-{_code_key(codes[0])}/TW"   # 05/NQ-TW: a Party number miswritten
    return DocNumber(m.group(0), key, number, year, *decoded, m.start(), m.end())


def _join(codes: list[str]) -> str:
    return "-".join(_code_key(c) for c in codes)


def _type_ok(code: str) -> bool:
    """A lowercase type must be a known one: keeps "3-km/h" out, lets "01-kl/tw" in."""
    return not code.islower() or _code_key(code) in _TYPES


def _decode_typed(codes: list[str]):
    """TYPE then issuer(s); a joint type (TTLT, NQLT) names every issuer."""
    type_code, type_name = _lookup(_TYPES, codes[0])
    issuers = codes[1:]
    if type_code.upper().endswith("LT") and len(issuers) > 1:
        looked = [_issuer(c) for c in issuers]
        names = [name for _, name in looked]
        return (type_code, type_name, "-".join(code for code, _ in looked),
                ", ".join(names) if all(names) else None)
    return (type_code, type_name, *_issuer(issuers[0]))


def _decode_codes(codes: list[str]):
    """TYPE-ISSUER, or ISSUER-UNIT with no type (2383/BVHTTDL-TCDL): the công văn form."""
    if _lookup(_TYPES, codes[0])[1] or not _issuer(codes[0])[1]:
        return _decode_typed(codes)
    return (None, "Công văn", *_issuer(codes[0]))


def _decode_law(code: str):
    """45/2013/QH13 is a law, 326/2016/UBTVQH14 a resolution (see the JSON)."""
    issuer, issuer_name = _issuer(code)
    implied = _IMPLIED_TYPE.get(_TERM.sub("", _code_key(code)))
    type_code, type_name = _lookup(_TYPES, implied) if implied else (None, None)
    return type_code, type_name, issuer, issuer_name


def _spaced_year_ok(m: re.Match, type_code: str) -> bool:
    """"Quyết định số 10/2016 QĐ-UBND" (a space for the slash): a known type in capitals
    after "số" or a document word, never a month's "tháng 10/2016 QĐ-UBND ..." of prose."""
    if not type_code.isupper() or not _lookup(_TYPES, type_code)[1]:
        return False
    return bool(_SPACED_YEAR_CUE.search(m.string, max(0, m.start() - 30), m.start()))


def _after_label(m: re.Match) -> bool:
    """True after "QCVN 01: " (a standard's year, 2013/BCT) but not after "Số: "."""
    label = _LABEL.search(m.string, max(0, m.start() - 20), m.start())
    return bool(label) and label.group(1).lower() != "số"


def _decode_standalone(code: str):
    """86/CP, 100/TTg, 15/SL: only known codes, never lowercase (too close to prose)."""
    if code.islower():
        return None
    key = _TERM.sub("", _code_key(code))
    if key in _STANDALONE_TYPES:
        return (*_lookup(_TYPES, code), None, None)
    issuer, name = _issuer(code)
    return (None, None, issuer, name) if name and len(key) > 1 else None


def _in_url(text: str, start: int, end: int) -> bool:
    """True when the match sits inside a URL, an e-mail address or a file name."""
    left, right = start, end
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    return bool(_URLISH.search(text[left:right]))


# --- what is written next to a number ---------------------------------------

_NUMERIC_DATE = re.compile(r"(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?(?![\d/.-]*\d)")
_WORDED_DATE = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?")
# Right after the number: ", ngày 18/5/2021", " (ngày 4-1-2013)", " ban hành ngày …"
_DATE_AFTER = re.compile(r"[\s,(]*(?:(?:được\s+)?ban\s+hành\s+)?ngày\s+", re.I)
_BODY_AFTER = re.compile(r"[\s,)]*(?:do|của|được)\s+")
# Before it: "Ngày 31-5-1951, Ban Bí thư ban hành Chỉ thị số 07-CT/TW"
_VERB_BEFORE = re.compile(r"\s(?:(?:đã|vừa)\s+)?(?:ban\s+hành|ký|ra|có)\s+[\w\s]{0,25}?$")
_DATE_BEFORE = re.compile(r"ngày\s+([^,]{1,30}?)\s*,", re.I)
_SENTENCE_END = re.compile(r"[.;!?]\s|\n")
_WORD = re.compile(r"\w+(?:&\w+)*|[-\u2013]")          # TT&TT is one word
# Lowercase syllables that belong to a body's name (Ủy ban nhân dân tỉnh …).
_ADMIN = {"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường"}
_NOT_NAME = {"về", "và", "khóa", "khoá", "ngày", "năm", "tháng", "đã", "là", "tại", "đến",
             "với", "của", "cho", "trong", "được", "ban", "quy", "nhằm", "số", "theo",
             "này", "đó", "nay", "vừa", "có", "thì", "mà", "để", "hướng", "phê", "ký",
             "gửi", "giao", "đề", "yêu", "bị", "sẽ", "đang", "không", "cũng", "vẫn", "ra"}
# First syllables of a new body: after "và" or a comma they start a second name.
_HEADS = {"Ban", "Bộ", "Ủy", "Uỷ", "Chính", "Thủ", "Quốc", "Hội", "Văn", "Tỉnh", "Thành",
          "Huyện", "Đảng", "Mặt", "Tòa", "Toà", "Viện", "Ngân", "Thanh", "Kiểm", "Sở",
          "UBND", "HĐND", "Chủ"}
_DOC_WORDS = {"Số", "Nghị", "Quyết", "Chỉ", "Thông", "Kết", "Luật", "Công", "Kế", "Hướng"}


def context_of(text: str, dn: DocNumber) -> dict:
    """The issue date and issuing body written next to a number.

    Party numbers restart each term (two 29-NQ/TW exist), so the date and the
    body beside a citation are what tell them apart.
    """
    after = text[dn.end:dn.end + 200]
    date = body = None
    for _ in range(2):                    # "ngày … của …" or "của … ngày …"
        m = _DATE_AFTER.match(after)
        if m and date is None:
            date, used = _parse_date(after[m.end():], dn.year)
            if used:                      # an impossible date (31/2) is skipped, not kept
                after = after[m.end() + used:]
                continue
        m = _BODY_AFTER.match(after)
        if m and body is None:
            body, used = _body_name(after[m.end():])
            if body:
                after = after[m.end() + used:]
                continue
        break
    if date is None or body is None:
        bdate, bbody = _context_before(text[max(0, dn.start - 200):dn.start], dn.year)
        date, body = date or bdate, body or bbody
    return {"date": date, "issuer_body": body}


def _context_before(before: str, year: int | None) -> tuple[str | None, str | None]:
    """Body and date of "Ngày 31-5-1951, Ban Bí thư ban hành Chỉ thị số …"."""
    sentence = _SENTENCE_END.split(before)[-1]
    verb = _VERB_BEFORE.search(sentence)
    if not verb:
        return None, None                 # "ngày …, X nhận được công văn": not the issue date
    head = sentence[:verb.start()]
    words = list(_WORD.finditer(head))
    body = None
    for w in words[-12:]:                 # the longest name that ends at the verb
        name, used = _body_name(head[w.start():])
        if name and w.start() + used == len(head.rstrip()):
            body = name
            break
    d = _DATE_BEFORE.search(sentence[:verb.start()])
    date = _parse_date(d.group(1), year)[0] if d else None
    return date, body


def _parse_date(s: str, year_hint: int | None) -> tuple[str | None, int]:
    """ISO date at the start of s and the chars it used; an impossible date gives None.

    A date written without its year (ngày 18/5) takes the number's own year.
    """
    m = _WORDED_DATE.match(s) or _NUMERIC_DATE.match(s)
    if not m:
        return None, 0
    year = int(m.group(3)) if m.group(3) else year_hint
    if year is None:
        return None, m.end()
    try:
        return _dt.date(year, int(m.group(2)), int(m.group(1))).isoformat(), m.end()
    except ValueError:
        return None, m.end()


def _body_name(s: str) -> tuple[str | None, int]:
    """The body's name at the start of s ("Bộ Chính trị khóa XI về …" → "Bộ Chính trị").

    Names capitalize the first syllable of each word (Ban Chấp hành Trung ương),
    so take capitalized syllables, each followed by at most one lowercase one,
    plus the lowercase parts of local government names (Ủy ban nhân dân tỉnh X).
    """
    words = list(_WORD.finditer(s))
    if not words or not words[0].group(0)[0].isupper() or words[0].group(0) in _DOC_WORDS:
        return None, 0
    # A ministry's name may hold "và" and a comma: Bộ Văn hóa, Thể thao và Du lịch
    ministry = words[0].group(0) == "Bộ" and s[words[0].end():].split()[:1] != ["Chính"]
    taken = [words[0]]
    for i in range(1, len(words)):
        tok = words[i].group(0)
        nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
        gap = s[taken[-1].end():words[i].start()].strip()
        if gap and not (gap == "," and ministry and tok[0].isupper()
                        and tok not in _HEADS and tok not in _DOC_WORDS):
            break                           # punctuation ends a name
        if not _continues_name(tok, taken[-1].group(0), nxt, ministry):
            break
        taken.append(words[i])
    while taken[-1].group(0) in _ADMIN or taken[-1].group(0) in ("và", "-", "\u2013"):
        taken.pop()
    return s[taken[0].start():taken[-1].end()], taken[-1].end()


def _continues_name(tok: str, prev: str, nxt: str, ministry: bool) -> bool:
    """Whether tok still belongs to the body's name that prev is part of."""
    if tok[0].isupper():
        return True
    if tok in ("nhân", "dân") and prev.lower() in ("ban", "đồng", "nhân"):
        return True                         # Ủy ban nhân dân, Hội đồng nhân dân
    if tok == "ban" and prev.lower() in ("ủy", "uỷ"):
        return True
    if tok in _ADMIN and (nxt[:1].isupper() or nxt in _ADMIN):
        return True                         # … tỉnh Quảng Ninh, thành phố Hà Nội
    if tok in ("và", "-", "\u2013"):
        return ministry and nxt[:1].isupper() and nxt not in _HEADS   # Bộ Kế hoạch và Đầu tư
    # the second syllable of a word (Chấp hành), never after an acronym (UBND về)
    acronym = len(prev) > 1 and prev.isupper()
    return prev[0].isupper() and not acronym and tok not in _NOT_NAME
