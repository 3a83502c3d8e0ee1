"""Bylines and photo credits: "Tác giả: …", "(Ảnh: Trọng Đức/TTXVN)", and the pen
name after the last sentence ("… đầu mối. Bích Thảo", "Tuấn Xuân/VOV", "Đ.T.Hà").
Pen names need no surname: their place in the text says they are names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.resources import load_json
from archive.vntext import match_key
from indexer import person_cues as cues
from indexer.person_words import _GLUED_INITIAL, _ORG_TOKENS, _Cand, _is_caps, _is_title, _rules
from indexer.positions import _head_at


# --- bylines and credits ----------------------------------------------------

_CREDIT = re.compile(r"(?:\(|\b)[Ảả]nh(?:\s+(?:minh\s+h(?:ọa|oạ)|tư\s+liệu))?\s*:?\s*"
                     r"(?:[A-ZĐ]{2,}[\w.]*\s*/\s*)?(?=[^\W\d_])")
_AUTHOR = re.compile(r"(?:Tác giả|Bài và ảnh|Bài, ảnh|Bài/ảnh|Người viết|Thực hiện)\s*:\s*|\bBài:[ \u00a0]*", re.I)
_TAIL_SRC = re.compile(r"\s*(?:\([^()]{1,25}\)(?:[ \u00a0]+[A-ZĐ]{3,6})?|\((?:[Tt]ổng hợp|[Tt]heo)[^()]{1,50}\)|/\s*(?=[^\W\d_])(?:(?!\.\s)[^/\n]){1,30}"
                       r"|(?P<by>[ \u00a0]+(?:thực hiện|ghi)))?\s*[-–]?\s*$")
_BRACKETED = re.compile(r"\s*\(([^()]+)\)\s*[-–]?\s*")
_REPEATED = re.compile(r"(?<!\S)(\S[^\n]{4,60}?)[ \u00a0]+\1[ \u00a0]*$")


def _name_at(text: str, i: int, max_words: int = 4, skipped: bool = False) -> tuple[int, int, list[str]] | None:
    """A 2-4 word name starting at text[i] (bylines and credits: pen names allowed); skipped: an
    acronym in front was skipped already (a second one, "Ảnh: TN TP Hồ Chí Minh chưa …", opens a sentence)."""
    r = _rules()
    m = re.compile(r"[^\W\d_]+(?:[ \u00a0][^\W\d_]+){0,4}").match(text, i)
    if not m:
        return None
    words = []
    lead = re.match(r"[A-ZĐ]{2,4}[ \u00a0]+(?=[A-ZĐ])", text[i:i + 8])
    if lead and not cues.vietnamese_syllable(lead.group().strip()):
        return None if skipped else _name_at(text, i + lead.end(), max_words, True)   # "Ảnh: CTV CẦM THI"
    for w in m.group().split():
        if words and _is_caps(w) and not cues.vietnamese_syllable(w):
            break                                  # "Ảnh: NGUYỄN HƯỞNG SVĐ Hàng Đẫy", "HOÀNG GIANG TS. Đinh …"
        at = i + len(" ".join(words + [w]))
        sourced = _SOURCE_AFTER.match(text, at) is not None   # "Ảnh: Nhan Sáng/TTXVN": a name up to the source
        if not (_is_title(w) or _is_caps(w)) or (words and match_key(w) in r["starters"] and not sourced
                                                    and not (_is_caps(w) and _is_caps(words[0]))):   # NGUYỄN DO
            break
        if len(words) >= 2 and _head_at(text, i + len(" ".join(words)) + 1) is not None:
            break                                  # "Ảnh VGP/Quang Hiếu Đại sứ …": the next sentence
        if words and _is_caps(w) != _is_caps(words[0]) and len(w) > 1:
            break                                  # "TÁ LÂM Hai vợ chồng"
        words.append(w)
    end = i + len(" ".join(words))
    if re.match(r"[ \u00a0]+[^\W\d_]", text[end:end + 3]) and text[end + 1:end + 2].islower():
        if len(words) not in (3, 4) or not all(map(cues.vietnamese_syllable, words)) \
                or len(words) == 4 and (match_key(words[0]) not in r["surnames"]
                                        or _JOINED.match(text, end)):
            return None                            # "Ảnh: Zing Trên cơ sở": a sentence, not a name
        words = words[:-1]                         # "Ảnh: Lê Thanh Hiện tại, …", "Ảnh: Đào Ngọc Thạch Trao
                                                   # đổi …": the next sentence glued
    sourced = _SOURCE_AFTER.match(text, end) is not None
    return _pen_name(words, i, sourced) if len(words) <= max_words else None


# Words that go on a credit of four words (a second photographer, a note), no next sentence.
_JOINED = re.compile(r"[ \u00a0]+(?:và|cùng|chụp|ghi|thực|tư|minh|dựng|biên|đồ)\b")


# A credit's source right after the name: "/TTXVN", "/Tiền phong", "-TTXVN" (a dash
# glued to an upper-case agency, not a dash that opens an apposition).
_SOURCE_AFTER = re.compile(r"/|[-–][A-ZĐ]{2,}\b")


def _pen_name(words: list[str], start: int, sourced: bool = False,
              closing: bool = False) -> tuple[int, int, list[str]] | None:
    """closing: the words close the text after a sentence; there a surname that opens bodies
    opens a two-syllable pen name ("… ông Xuân Anh nói. Đoàn Nguyên"), and a district's
    name in capitals is a pen name ("… như vậy!”. HẢI CHÂU"), not a province's."""
    r = _rules()
    if not 2 <= len(words) <= 4:
        return None
    if len({_is_caps(w) for w in words if len(w) > 1}) > 1:
        return None                                # "TTXVN Ngày", "CNN Theo"
    keys = [match_key(w) for w in words]
    surname_led = (sourced or closing and len(keys) == 2 and cues.vietnamese_syllable(keys[1])) \
        and keys[0] in r["surnames"] or closing and len(keys) == 2 and keys[1] in r["surnames"]   # "Trang Trần"
    joined = " ".join(keys)
    if keys[0] in r["not_names"] and keys[0] not in r["pen_name_first_ok"] and not surname_led \
            or joined in r["places"] and not (closing and _is_caps(words[0]) and joined not in _regions()) \
            or joined in r["press"] or any(k in r["foreign_not_person"] for k in keys):
        return None                                # … "Ảnh: Google Maps", "Ảnh: Phuthai Holdings"
    if any(k in _ORG_TOKENS or k in r["starters"] and not (sourced and n == len(keys) - 1) and not _is_caps(words[n])
           for n, k in enumerate(keys[1:], 1)):
        return None                                # … but "Nhan Sáng/TTXVN" ends at its source, "NGUYỄN DO" is a name
    return start, start + len(" ".join(words)), words


@lru_cache(maxsize=None)
def _regions() -> frozenset[str]:
    """Provinces and countries: a place even in capitals under the text ("HÀ NỘI")."""
    places = load_json("places_vi.json")
    return frozenset(match_key(p) for k in ("provinces", "countries", "countries_transliterated") for p in places[k])


_CREDIT_SOURCE = re.compile(r"[^\W\d_][^\n/()]{0,25}?/[ \u00a0]*(?=[^\W\d_])")


def _bylines(text: str) -> list[_Cand]:
    out = []
    for rx, most in ((_AUTHOR, 4), (_CREDIT, 3)):
        for m in rx.finditer(text):
            hit = _name_at(text, cues.skip_website(text, m.end()), most)
            src = None if hit or rx is _AUTHOR else _CREDIT_SOURCE.match(text, m.end())
            if src:                                # "Ảnh: Dân trí/Hải Long": a newspaper, then the name
                hit = _name_at(text, src.end(), most)
            if hit:
                out.append(_cand(hit))
    for rx, key, sourced in ((_BEFORE_CREDIT, "Ảnh", False), (_AGENCY_CREDIT, "TTXVN", True)):
        i = text.find(key)
        while i != -1:                             # looked for only where the credit's word stands
            m = rx.search(text, max(0, i - 60), i) if sourced or _COLON.match(text, i + 3) else None
            hit = m and _pen_name(m.group(1).split(), m.start(1), sourced=sourced)
            if hit:                                # "… chiến tranh. Phúc Duy Ảnh: VJA Bà …": a part's writer;
                out.append(_cand(hit))             # "… năm 2017”. Hoàng Ngọc - TTXVN Đó là …": a caption's credit
            i = text.find(key, i + 1)
    out.extend(_tail_bylines(text))
    out.extend(_bar_bylines(text))
    return out


# A pen name of two syllables between a sentence's end and the next part's photo credit.
# Searched in the 60 characters before each "TTXVN" / "Ảnh:", up to it.
_COLON = re.compile(r"[ \u00a0]*:")
_AGENCY_CREDIT = re.compile(r"(?<=[.!?…”\"] )([A-ZĐÀ-Ỹ][^\W\d_]+(?:[ \u00a0][A-ZĐÀ-Ỹ][^\W\d_]+){1,2})"
                            r"[ \u00a0]+[-–][ \u00a0]+$")
_BEFORE_CREDIT = re.compile(r"(?<=[.!?…”\"] )([A-ZĐÀ-Ỹ][^\W\d_]+[ \u00a0][A-ZĐÀ-Ỹ][^\W\d_]+)[ \u00a0]+$")


# A portal's byline line in capitals closed by a bar, under the title: "NGUYÊN ĐOAN |", "NG.ĐOAN |".
# Also in any case before the date and time of posting: "Phan Tân| 18/12/2020 08:54".
_BAR_LINE = re.compile(r"^[ \u00a0]*((?:[^\W\d_]{1,3}\.[ \u00a0]?)?[^\W\d_]+(?:[ \u00a0][^\W\d_]+){0,3})[ \u00a0]*\|[ \u00a0]*"
                       r"(\d{1,2}/\d{1,2}/\d{4}(?:[ \u00a0]+\d{1,2}:\d{2})?[ \u00a0]*)?$", re.M)


# Or in capitals with the date of posting and no bar: "NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09" (near the top).
_DATED_LINE = re.compile(r"^[ \u00a0]*([^\W\d_a-zđ]+(?:[ \u00a0][^\W\d_a-zđ]+){1,3})[ \u00a0]*"
                         r"(?:\((?:thực hiện|ghi)\)[ \u00a0]*)?(\d{1,2}/\d{1,2}/\d{4}(?:[ \u00a0]+\d{1,2}:\d{2})?)[ \u00a0]*$", re.M)


def _bar_bylines(text: str) -> list[_Cand]:
    out = []
    bars = _BAR_LINE.finditer(text) if "|" in text else ()
    for m in [*bars, *_DATED_LINE.finditer(text, 0, 1500)]:
        name = m.group(1)
        words = name.split()
        dated = m.group(2) is not None and len(words) >= 2 and all(w[0].isupper() for w in words)
        if not (name.isupper() or dated) or len(words) < 2 and "." not in name:
            continue
        if len(words) >= 2 and not _pen_name(words, m.start(1)):
            continue                               # a place or a paper: "HÀ NỘI |"
        out.append(_Cand(m.start(1), m.end(1), words, match_key(words[0]) in _rules()["surnames"], True))
    return out


_DOTTED_LINE = re.compile(r"[ \u00a0]*[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \u00a0][A-ZĐÀ-Ỹ][^\W\d_]*){1,3}\.$")
_LAST_PUNCT_LINES = re.compile(r"(?:\n[\s,.;|]*)+$")
_TRAILER = re.compile(r"\s+(?:Xem thêm|Tin liên quan|Bài liên quan|Tin cùng chuyên mục|Chia sẻ bài viết|About"
                      r"|Ý kiến bạn đọc[ \u00a0]*(?:\(\d+\))?)\s*:?$"
                      r"|\s*\n[ \u00a0]*(?:Trung tâm|Đài|Phòng|Văn phòng|Cổng thông tin)[ \u00a0][^\n.!?]{2,60}$"   # the unit under the byline
                      r"|[ \u00a0]+Báo [^.\n]{2,40} cập nhật tin tức[^\n]{0,60}$"   # a site's closing line
                      r"|\s*\n[ \u00a0]*\d+[ \u00a0]+Bình luận[ \u00a0]*(?:\n[^\n]{0,60}bình luận\.?)?[ \u00a0]*$")   # a comment widget
_THEO_SOURCE = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*|\([Tt]/[Hh]\))([ \u00a0]+Theo[ \u00a0]+[A-ZĐÀ-Ỹ][^.\n]{1,40})$")
_FOOTER = re.compile(r"\n[ \u00a0]*Chia sẻ bài viết[ \u00a0]*\n")
_PHOTO_BY = re.compile(r"[,;–-][ \u00a0]*[Ảả]nh[ \u00a0]*:$")
_TAIL_WORDS = re.compile(r"((?:[^\W\d_]+[ \u00a0]){0,4}[^\W\d_]+)[ \u00a0]*$")
_TAIL_LEAD = re.compile(r"(?:\(\s*[Tt]ổng hợp\s*\)|\b[Tt]heo|\b[Tt]ổng hợp)\s*$")


def _tail_words(text: str, start: int, end: int):
    """_TAIL_WORDS searched in text[start:end], near the end first: the regex is
    anchored at the end, and tried from every start of a long last line it was the
    slowest step of extraction. A match is a suffix of letters and spaces, so an
    earlier one would also have matched inside the window, at its edge: only a
    match starting there may be cut, and then the whole span is searched."""
    window = max(start, end - 100)
    m = _TAIL_WORDS.search(text, window, end)
    if m is not None and window > start and m.start() <= window + 1:
        m = _TAIL_WORDS.search(text, start, end)
    return m


def _punct_lines(body: str):
    """_LAST_PUNCT_LINES searched in the last 200 characters first (it is anchored at
    the end); a match at the window's edge may start earlier: then the whole is searched."""
    window = max(0, len(body) - 200)
    m = _LAST_PUNCT_LINES.search(body, window)
    return _LAST_PUNCT_LINES.search(body) if m and m.start() == window and window else m


def _tail_source(line: str):
    """_TAIL_SRC searched near the end of a long line first, as _tail_words does. A
    match holds at most 32 characters that are not spaces (a source in brackets or
    after "/", "thực hiện", a dash): when the last 240 hold more, no match can start
    before them, and the leftmost match is the one found in them."""
    window = max(0, len(line) - 240)
    if window and len("".join(line[window:].split())) > 32:
        return _TAIL_SRC.search(line, window)
    return _TAIL_SRC.search(line)


def _tail_bylines(text: str) -> list[_Cand]:
    """Pen names after the last sentence: "… đầu mối. Bích Thảo", "Tuấn Xuân/VOV"."""
    body = text.rstrip()
    footer = _FOOTER.search(body, max(0, len(body) - 800))
    if footer:                                     # "T.BÌNH\n\nChia sẻ bài viết\nTags …": the page's footer
        body = body[:footer.start()].rstrip()
    punct = _punct_lines(body)
    if punct:
        body = body[:punct.start()]                # "… Đăng Triều\n\n,": a stray comma line
    theo = _THEO_SOURCE.search(body, max(0, len(body) - 80))
    if theo:                                       # "… quốc tế. Kim Tiền Theo Trí thức trẻ": the paper after the writer
        body = body[:theo.start(1)]
    trailer = _TRAILER.search(body, max(0, len(body) - 130))
    if trailer:                                    # "… Sỹ Tuyên (Thực hiện) Xem thêm:"
        body = body[:trailer.start()]
    rep = _REPEATED.search(body, max(0, len(body) - 130))
    if rep:                                        # "Nguyên Nhung/VOV-Trung tâm Tin" twice
        body = body[:rep.end(1)]
    line_start = body.rfind("\n") + 1
    if line_start and _DOTTED_LINE.match(body, line_start):
        body = body[:-1]                           # "Thanh Hải." alone on the last line
    line = body[line_start:]
    m = _tail_source(line)
    if m and _URL_END.search(line, max(0, m.start() - 300), m.start() + 1):
        m = None                                   # a slash inside a link ends no byline's source
    pos = line_start + (m.start() if m else len(line))
    inner = _BRACKETED.fullmatch(m.group()) if m else None
    initials = cues.initial_byline(inner.group(1)) if inner else None
    if initials and initials[0] == 0:              # "… nội bộ. N. C (T.Hợp)": the writer in brackets
        a = pos + inner.start(1)
        return [_Cand(a, a + initials[1], [text[a:a + initials[1]]], False, False)]
    done_by = bool(m and m.group("by"))            # "… nghĩa trang XUÂN HOÀNG thực hiện"
    initials = cues.initial_byline(text[line_start:pos])
    if initials:                                   # "… đầu mối. Đ.T.Hà"
        a, b = line_start + initials[0], line_start + initials[1]
        out = [_Cand(a, b, [text[a:b]], False, False)]
        while dash := re.search(r"[ \u00a0]*[-–][ \u00a0]*$", text[line_start:a]):
            first = cues.initial_byline(text[line_start:line_start + dash.start()], paired=True)
            if not first:                          # "… nêu rõ. Ph.Nhung - V.Duẩn": two writers (or three)
                break
            a, b = line_start + first[0], line_start + first[1]
            out.insert(0, _Cand(a, b, [text[a:b]], False, False))
        return out
    found = []
    while True:
        mm = _tail_words(text, line_start, pos)
        if not mm:
            return []
        words = mm.group(1).split()
        k = len(words)                             # the capitalized end of the words
        while k > 0 and (_is_title(words[k - 1]) or _is_caps(words[k - 1])):
            k -= 1
        lead = " ".join(words[:k])
        name = words[k:]
        while len(name) > 2 and _is_caps(name[0]) and not _is_caps(name[-1]):
            name = name[1:]                        # "… Vũ Dũng/VOV Vũ Dũng/VOV": a repeated byline
            lead = "theo"
        sourced = bool(m and (m.group().lstrip().startswith("/") or _AGENCY.fullmatch(m.group())
                              or match_key(m.group().strip(" ()-–")) in _rules()["press"]))
        while name and match_key(name[0]) == "theo":
            name, lead = name[1:], "theo"          # "Theo Lê Việt - Quỳnh Nga/Tiền phong" …
            if name and match_key(name[0]) not in _rules()["surnames"] and not sourced:
                return []                          # … but "Theo Trí Thức Trẻ" names a newspaper
        if match_key(lead).endswith("tổng hợp"):   # "Tổng hợp Hoàng Giang": a compiler's byline
            lead = "theo"
        joined = k > 0 and match_key(words[k - 1]) == "và" and found == [] and len(name) >= 2
        if joined:                                 # "KIM LÂN và HỒNG HẢI": two names, the first before "và"
            lead = ""
        if lead and lead.lower() != "theo" and not (done_by and len(name) >= 2 and all(map(_is_caps, name))):
            return []
        start = mm.end(1) - len(" ".join(name))
        lead_end = start
        glued = _GLUED_INITIAL.search(text, max(line_start, start - 3), start)
        if glued and len(name) >= 3:               # "Tr.Hoàng Hồng Đào": Tr.Hoàng, a byline of an
            lead_end = glued.start()               # initial, is glued to the next one
            start += len(name[0]) + 1
            name = name[1:]
        hit = _pen_name(name, start, sourced=sourced, closing=True)
        if not hit:
            return []
        found.extend(_two_pen_names(hit))
        if joined:
            pos = start - len(words[k - 1]) - 1
            continue
        if lead and lead.lower() != "theo":
            return found                           # an upper-case name "thực hiện": no sentence end needed
        before = _strip_source(_strip_lead(text[line_start:lead_end].rstrip()).rstrip())
        photo = _PHOTO_BY.search(before, max(0, len(before) - 12))
        if photo:                                  # "… Thái Linh, ảnh: Nam Nguyễn": the writer before
            before = before[:photo.start() + 1]
        if before.endswith(("-", "–", ",")):
            pos = line_start + len(before) - 1
            continue
        if before == "" or before[-1] in ".!?…:”\")/'" or _URL_END.search(before, max(0, len(before) - 300)):
            return found                           # … or a list of sources: "[2] https://…?_r=0 Hồng Thủy"
        return []


_URL_END = re.compile(r"(?<!\S)https?://\S+$")
_AGENCY = re.compile(r"\s*\([A-ZĐ]{2,8}\)\s*[-–]?\s*")        # "Theo Quốc Thanh (NNVN)": a writer and the paper


def _strip_lead(before: str) -> str:
    """before without "theo" or "(Tổng hợp)" at its end (before ends with no space).
    The line may be long: the search starts where such an ending can start."""
    at = before.rfind("(") if before.endswith(")") else len(before) - 9
    m = _TAIL_LEAD.search(before, max(0, at))
    return before[:m.start()] if m else before


_SOURCE_END = re.compile(r"/[A-ZĐ][\w.+-]*$")


def _strip_source(before: str) -> str:
    """ "… Vũ Dũng/VOV" → "… Vũ Dũng/": a source has no space, so the search starts at the last one."""
    cut = before.rfind(" ") + 1
    return before[:cut] + _SOURCE_END.sub("/", before[cut:])


def _two_pen_names(hit) -> list[_Cand]:
    """ "… m2. Đình Sơn Lê Quân": two pen names side by side, the second one opening with
    a surname; a four-syllable Vietnamese name opens with its own surname."""
    start, end, words = hit
    surnames = _rules()["surnames"]
    if len(words) == 4 and words[:2] == words[2:]:
        return [_cand((start, start + len(" ".join(words[:2])), words[:2]))]   # "Chí Hiếu Chí Hiếu - Trường Sơn"
    if len(words) != 4 or match_key(words[0]) in surnames or match_key(words[2]) not in surnames:
        return [_cand(hit)]
    cut = start + len(" ".join(words[:2]))
    return [_cand((start, cut, words[:2])), _cand((cut + 1, end, words[2:]))]


def _cand(hit) -> _Cand:
    start, end, words = hit
    caps = all(_is_caps(w) or len(w) == 1 for w in words)
    return _Cand(start, end, words, match_key(words[0]) in _rules()["surnames"], caps)
