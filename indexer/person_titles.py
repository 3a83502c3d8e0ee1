"""Titles that reach a name across the words between: a body or place word that ends the
title ("Chủ tịch UBND thành phố Nguyễn Đức Chung"), a country in brackets ("Phó Chủ tịch
Tập đoàn P&G (Mỹ) Magesvaran Surajan")."""
from __future__ import annotations

import re
from functools import lru_cache

from archive.vntext import match_key
from indexer import person_cues as cues
from indexer.person_words import _Cand, _ends_re, _ends_with, _hard_before, _rules, _vietnamese, token_key

_LATIN1 = re.compile(r"[\x00-\xff]+")


# A company or address word right before a name makes it that company's or street's
# name even after a title ("Giám đốc Công ty TNHH Nguyễn Văn An", "đường số 1 Lê Lợi").
_COMPANY_BEFORE = _ends_re(["cty", "doanh nghiệp", "dntn", "hợp tác xã", "htx", "cửa hàng", "nhà hàng",
                            "khách sạn", "số", "chợ"])     # with negative_before_hard
_FOREIGN_PLACE_BEFORE = _ends_re(["bang", "vùng", "thủ đô", "xã", "huyện", "tỉnh", "quận", "thành phố",
                                  "tp", "thị xã", "thị trấn", "phường", "châu", "đảo", "miền"])
_NOT_A_STREET = _ends_re(["thành phố", "khu phố", "tổ dân phố", "thị xã", "nông thôn"])


def _country_before(left: str) -> bool:
    """A foreign name's own country or nation before it: "Nhật Bản", "an ninh quốc gia"."""
    words = token_key(left[-30:]).split()
    return words[-2:] == ["quốc", "gia"] or any(" ".join(words[-k:]) in _rules()["countries"] for k in (1, 2, 3))


# a title counts only inside the name's clause ("Bộ trưởng X tiếp Đại sứ Y": tiếp ends it)
_CLAUSE_CUT = re.compile(r"[.;:!?\n(),“”\"–]|(?<!\w)(?:và|cùng|với|của|tiếp|gặp|thăm)(?!\w)")
_TRAILING_CODES = re.compile(r"(?:[ \u00a0]+(?:[A-ZĐ&]{2,}|\d+))+[ \u00a0]*$")


def titled_past_body(text: str, cand: _Cand, named: bool) -> bool:
    """A full name right after a body or place word that ends a title begun in the same
    clause: the body is the person's ("Chủ tịch UBND thành phố Nguyễn Đức Chung", "trưởng
    khu phố 1 Nguyễn Văn Mùi", "Chủ tịch Thượng viện Hamid Ansari", "Bộ trưởng Tài chính
    Arun Jaitley"). Not a company's or street's name, nor a figure streets are named after.
    named: the words themselves do not say no person (persons._not_a_name)."""
    keys = [token_key(t) for t in cand.toks]
    if cand.surname:
        if not (3 <= len(keys) <= 4 and keys[0] in _rules()["surnames"] and all(map(_vietnamese, cand.toks))
                and not cues.historical(" ".join(keys)) and named):
            return False
    elif not (2 <= len(keys) <= 3 and all(_LATIN1.fullmatch(t) and all(p[1:].islower() for p in t.split("-"))
                                           for t in cand.toks)
              and not _vietnamese(cand.toks[0]) and named):
        return False                               # a foreign name: Latin words, not opening with a Vietnamese syllable
    if _HIGHER_PLACE_AFTER.match(text, cand.end):
        return False                               # "Chủ tịch phường Nguyễn Thái Bình, quận 1": the ward's name
    left = text[max(0, cand.start - 90):cand.start]
    if not cand.surname and _ends_with(_FOREIGN_PLACE_BEFORE, left):
        return False                               # huyện Ia Grai, bang Tây Bengal
    bare = _TRAILING_CODES.sub("", left)
    hard = _hard_before(bare) and not (not cand.surname and _country_before(bare))
    if (_ends_with(_COMPANY_BEFORE, bare) or hard) and not _ends_with(_NOT_A_STREET, bare):
        return False
    clause = left[max((m.end() for m in _CLAUSE_CUT.finditer(left)), default=0):]
    title = _any_title().search(match_key(clause))
    return bool(title) and not match_key(clause)[:title.start()].endswith("tăng ")


# A name followed by the district or province it lies in is a place's name.
_HIGHER_PLACE_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:quận|huyện|thị xã|tỉnh|thành phố|TP\.?)[ \u00a0]", re.I)

_WARD_BEFORE = re.compile(r"(?<!\w)(?:phường|xã|thị trấn)[ \u00a0]+$", re.I)
_NAMESAKE = re.compile(r"(?<!\w)(?:mang|lấy|đặt)[ \u00a0]+tên[ \u00a0]*[“\"](?:[^\W\d_]+[ \u00a0]+){0,2}$", re.I)


# An age or a birth year right after a name: a person, even named like a place.
_AGE_AFTER = re.compile(r"[ \u00a0]*[(,][ \u00a0]*(?:\d{1,3}[ \u00a0]+tuổi|SN[ \u00a0]*\d{4}|sinh năm)")


def aged(text: str, cand: _Cand) -> bool:
    """ "anh Vũ Quang (29 tuổi, …)": a person, though Vũ Quang is also a district."""
    return bool(_AGE_AFTER.match(text, cand.end))


def ward_before_its_district(text: str, cand: _Cand) -> bool:
    """"Chủ tịch phường Nguyễn Thái Bình, quận 1": the ward's name, not its chairman's."""
    return bool(_WARD_BEFORE.search(text, max(0, cand.start - 20), cand.start)
                and _HIGHER_PLACE_AFTER.match(text, cand.end))


def quoted_namesake(text: str, cand: _Cand) -> bool:
    """Học viện mang tên “Đại tướng Maximo Gómez”: the namesake of a body, no mention."""
    return text[cand.end:cand.end + 1] in ("”", "\"") \
        and bool(_NAMESAKE.search(text, max(0, cand.start - 40), cand.start))


_IN_BRACKETS = re.compile(r"\(([^()]{2,20})\)[ \u00a0]*$")


@lru_cache(maxsize=None)
def _any_title() -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, _rules()["heads"])) + r")(?!\w)")


def titled_after_country(text: str, cand: _Cand) -> bool:
    """A foreign-looking name right after "(country)" that closes a title of the same
    sentence: "Phó Chủ tịch Tập đoàn P&G (Mỹ) Magesvaran Surajan"."""
    m = _IN_BRACKETS.search(text, max(0, cand.start - 30), cand.start)
    if not m or token_key(m.group(1)) not in _rules()["countries"] or any(map(_vietnamese, cand.toks)):
        return False
    left = text[max(0, m.start() - 100):m.start()]
    left = left[max(left.rfind(c) for c in ".;\n") + 1:]
    return bool(_any_title().search(match_key(left)))


# A company's name after "Công ty" and its form words: "Công ty TNHH Thương mại xuất nhập khẩu Hoàng Gia Phát".
_FORM_WORD = r"(?:TNHH|MTV|CP|TM|DV|XNK|[Tt]hương|mại|xuất|nhập|khẩu|[Đđ]ầu|tư|[Xx]ây|dựng|[Dd]ịch|vụ|[Ss]ản|" \
             r"một|thành|viên|cổ|phần|trách|nhiệm|hữu|hạn|và|[Pp]hát|triển|[Đđ]óng|tàu)"
_COMPANY_NAMED = re.compile(rf"(?:[Cc]ông[ \u00a0]+ty|C[Tt][Yy]|[Tt]ập[ \u00a0]+đoàn)(?:[ \u00a0]+{_FORM_WORD})*(?<!và)[ \u00a0]+$")


def drop_companies_named_elsewhere(text: str, cands: list, accepted: dict[str, str], key) -> None:
    """A name that "Công ty" names somewhere in the document is that company where it
    stands bare or after a title too ("Giám đốc Đại Nguyên Dương": its director), unless
    an honorific calls it a person somewhere ("ông Hoàng Gia Phát")."""
    companies, honored = set(), set()
    for c in cands:
        k = key(c.name)
        if _COMPANY_NAMED.search(text, max(0, c.start - 80), c.start):
            companies.add(k)
        elif c.how == "honorific":
            honored.add(k)
    for k in companies - honored:
        accepted.pop(k, None)


# A street's, a ward's or a place's word right before a name (not "giáo viên mầm non X").
_STREET_BEFORE = re.compile(r"(?:(?<!\w)(?:đường|phố|phường|xã|ngõ|hẻm|chợ|giao|xoay|lộ|di[ \u00a0]+tích)|\d)[ \u00a0]+$", re.I)


def drop_streets_named_elsewhere(text: str, cands: list, accepted: dict[str, str], byline_spans: set, key) -> None:
    """A full name that a place word names in the document ("đường Lê Thị Hồng Gấm", "phường
    Nguyễn Thái Bình") and that nothing calls a person anywhere (no honorific, title,
    apposition, profession or mention: only bare in a list, "dọc tuyến đường Phó Đức Chính, Lê
    Thị Hồng Gấm, Nguyễn Thái Bình") is the street or ward there too; figures named bare
    (Nguyễn Du) are persons.py's own rule."""
    placed, called = set(), set()
    for c in cands:
        if not c.surname or len(c.toks) < 3 or (c.start, c.end) in byline_spans:
            continue
        k = key(c.name)
        if c.kind in ("place", "body") and c.how == "before" and _STREET_BEFORE.search(text, max(0, c.start - 20), c.start):
            placed.add(k)
        elif c.kind is not None or c.how:
            called.add(k)
    for k in placed - called:
        if not cues.historical(k):
            accepted.pop(k, None)
