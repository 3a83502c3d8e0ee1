"""People named in a Vietnamese article, with the positions (chức vụ) written beside them.

underthesea's NER alone does badly on our texts: on tests/gold it finds under half
of the names and half of what it calls a person is not one (seed 000: "Trưởng Ban";
seed 002: "đồng chí Phan Xuân Thủy" tagged as a place). So names are found by
reading the context a Vietnamese writer gives them:

* a capitalized run of 2-4 syllables (a run may carry a place or body in front:
  "Hà Nội Hoàng Trung Hải", "Bộ Công Thương Trần Tuấn Anh"; the name starts at a
  common surname, data/person_rules.json);
* accepted on strong context: an honorific (đồng chí, ông, bà), a title before it
  ("Trưởng Ban Tuyên giáo Tỉnh ủy Lê Đức Dục"), an apposition after it
  ("Lê Đức Dục - Ủy viên Ban Thường vụ Tỉnh ủy"), a rank or profession, a mention
  ("tư tưởng Hồ Chí Minh"), a byline or photo credit;
* rejected after place and body words ("Thành phố Hồ Chí Minh", "đường Võ Văn Kiệt");
* otherwise kept when it is a 3-4 syllable Vietnamese name; a two-syllable one
  with no context is kept only when underthesea's NER tags exactly that span PER.
  NER runs on those sentences alone (a few per hundred documents), so extraction
  costs well under a word segmentation of the same text.

Names a run cannot show come from person_cues.py (classics, a foreign single name
after a title, figures named bare, honorary titles to skip); bylines and credits
from bylines.py; positions from positions.py; NER from person_ner.py; tokens and rule tables from
person_words.py.

Positions are kept as written, without the honorific, the most specific form
per person: "Trưởng Ban Tuyên giáo Tỉnh ủy" is dropped when the same document also
says "Trưởng Ban Tuyên giáo Tỉnh ủy Lai Châu". Names are merged within a document
by match_key (Thủy/Thuỷ, upper case), by shorter forms of a longer name
("Thái Nhuận" → "Thái Hữu Nhuận", "Đức Duy" → "Đỗ Đức Duy") and by second forms with a
typo (person_merge.py).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from archive.vntext import fold, match_key, nfc
from indexer import person_cues as cues
from indexer.bylines import _bylines
from indexer.person_foreign import bare_foreign_spans, called_foreign
from indexer.person_glue import _PAIR_DASH, stray_before_given, transliterated as _transliterated, unglue_run
from indexer.person_ner import ner_label as _ner_label
from indexer.person_merge import _ROMAN, best_positions, bracketed_second_forms, merge_targets
from indexer.person_titles import (_LATIN1, aged, drop_companies_named_elsewhere, drop_streets_named_elsewhere, quoted_namesake,
                                   titled_after_country, titled_past_body, ward_before_its_district)
from indexer.person_words import (_BODY_HEADS, _CAP_HONORIFICS, _GLUED_INITIAL, _ORG_TOKENS, _Cand, _ends_re,
                                  _ends_with, _hard_before, _is_caps, _join_wrapped_names, _rules, _runs, _vietnamese,
                                  token_key)
from indexer.positions import _APPOSITION, _head_at, _positions_after, _positions_before, titles_next_name


@dataclass
class Person:
    name: str
    positions: list[str] = field(default_factory=list)


def _strip_places(toks: list, i: int) -> int:
    """Skip places written in front of a name (Hà Nội Hoàng Trung Hải)."""
    r = _rules()
    moved = True
    while moved:
        moved = False
        for k in (4, 3, 2, 1):
            if len(toks) - i - k >= 2 and token_key(" ".join(t[2] for t in toks[i:i + k])) in r["places"]:
                i += k
                moved = True
                break
    return i


def _called_and_closed(text: str, toks: list) -> bool:
    """A word that may open a sentence ends a name when punctuation follows and the
    words before call it a person: "ông Bùi Đình Sáng - Chánh Thanh tra", "đảng viên
    Đỗ Kim Hội -" (not the street list "đường Hoàng Minh Giám, …")."""
    if not re.match(r"[ \u00a0]*[-–,;(]", text[toks[-1][1]:toks[-1][1] + 3]):
        return False
    left, r = text[max(0, toks[0][0] - 60):toks[0][0]], _rules()
    return any(_ends_with(r[k], left) for k in ("honorific", "positive", "title_end"))


_PLACE_WORD_BEFORE = re.compile(r"(?<!\w)châu[ \u00a0]+$")


# "Trường" before a run's last word is a given name (Nguyễn Vũ Trường Sơn) unless that
# word opens a school's name (… Trường Đại học, Trường Chính trị).
_SCHOOLS = {"đại", "cao", "trung", "tiểu", "mầm", "chính", "quân", "sĩ", "nghiệp", "thpt", "thcs", "đh", "cđ"}


_OPENER = re.compile(r"(?:Phát biểu|Trao đổi|Được biết|Chia sẻ)(?!\w)")   # a sentence's first two words


def _split_run(run: list, text: str) -> list[_Cand]:
    """The name candidates inside one capitalized run."""
    r = _rules()
    run = unglue_run(run, text)
    if len(run) >= 3 and _GLUED_INITIAL.search(text, max(0, run[0][0] - 3), run[0][0]):
        run = run[1:]                              # "Tr.Hoàng Hồng Đào": Hoàng ends a byline "Tr.Hoàng"
    caps_run = all(_is_caps(t[2]) or len(t[2]) == 1 for t in run)
    if not run or caps_run and 2 * sum(not _vietnamese(t[2]) for t in run) > len(run):
        return []                                  # acronyms: "PCT MTTQ", "NVCC GS", "UB TƯ MTTQ VN"
    i = 0
    if not caps_run:                               # UBND, TP, VOV, NSƯT in front
        while i < len(run) and _is_caps(run[i][2]) and len(run[i][2]) > 1 and len(run) - i > 1:
            i += 1
    toks = run[i:]
    if re.match(r"(?:TP|[HPQXT])\.\w", toks[0][2]):
        return []                                  # H.Phong Điền, P.Bến Nghé: huyện, phường …
    while len(toks) > 2 and _is_caps(toks[-1][2]) and not _is_caps(toks[-2][2]):
        toks = toks[:-1]                           # "Nguyễn Thiện Tống PGS-TS"
    cut = next((k for k in range(2, len(toks)) if token_key(toks[k][2]) == "theo"), len(toks))
    toks = toks[:cut]                              # "Nguyễn Hưng Theo Đời sống Plus": a source after the byline
    last = toks[-1][2]
    if (len(last) == 1 or len(last) == 2 and not _vietnamese(last)) \
            and re.match(r"\.(?!\w)", text[toks[-1][1]:toks[-1][1] + 2]):
        return []                                  # cut to an initial for privacy: Võ Thị H.
    called = _ends_with(r["honorific"], text[max(0, toks[0][0] - 30):toks[0][0]])
    while len(toks) > 1 and (token_key(toks[0][2]) in _CAP_HONORIFICS or token_key(toks[0][2]) in r["starters"]):
        if called and len(toks) >= 3 and token_key(toks[0][2]) in r["surnames"]:
            break                                  # "Ông Từ Quý Thành": Từ opens no sentence here
        called = token_key(toks[0][2]) in _CAP_HONORIFICS
        toks = toks[1:]                            # Ngài Heng Samrin, "Tại Đức, …"
    while len(toks) > 2 and _is_caps(toks[0][2]) and not _is_caps(toks[1][2]):
        toks = toks[1:]                            # "Cố TBT Trường Chinh": the acronym after the honorific
    for k in range(1, len(toks)):
        head_end = _head_at(text, toks[k][0])
        if head_end is not None and head_end > toks[k][1]:
            toks = toks[:k]                        # "… William Nữ hoàng lái …"
            break
    while len(toks) > 1 and (token_key(toks[-1][2]) in r["starters"] or _OPENER.match(text, toks[-1][0])) \
            and token_key(toks[-2][2]) not in ("văn", "thị") and not _called_and_closed(text, toks):
        toks = toks[:-1]                           # caption glued to the next sentence ("… Huệ Theo", "Hà Lan Phát biểu")
    if len(toks) < 2:
        return []
    if len(toks) >= 3 and _PLACE_WORD_BEFORE.search(text, max(0, toks[0][0] - 8), toks[0][0]) \
            and token_key("châu " + toks[0][2]) in r["places"]:
        toks = toks[1:]                            # "Vụ trưởng Vụ châu Âu Lê Dũng": Âu ends a place
    j0 = _strip_places(toks, 0)
    keys = [token_key(t[2]) for t in toks]
    if len(toks) - j0 <= 4 and cues.historical(" ".join(keys[j0:])):
        return [_Cand(toks[j0][0], toks[-1][1], [t[2] for t in toks[j0:]], False, caps_run)]   # An Dương Vương
    first = j0
    if j0 == 0 and len(toks) >= 4 and keys[0] not in r["surnames"] and keys[1] in r["surnames"] \
            and (keys[2] in r["surnames"] or keys[3] == "thị") \
            and _ends_with(r["place_heads"], text[max(0, toks[0][0] - 30):toks[0][0]]):
        first = 2                                  # "huyện Gia Lâm Nguyễn Ngọc Thuần": Lâm is no surname here,
                                                   # but "UBND tỉnh Lê Minh Hoan" names its chairman
    for j in range(first, len(toks) - 1):
        if keys[j] not in r["surnames"] and not (keys[j + 1] == "thị" and len(toks) - j >= 3):
            continue
        if keys[j] in r["not_names"] and keys[j + 1] in r["surnames"] and len(toks) - j >= 3:
            continue                               # "Trung ương Đoàn Lê Văn Nam": Đoàn is the body
        if keys[j] == "vương" and j > first and keys[j + 1] in r["surnames"] and len(toks) - j >= 3:
            continue                               # "Hưng Đạo Vương Trần Quốc Tuấn": a title of nobility
        if j > j0 and len(toks) - j == 2 and _ends_with(r["place_heads"], text[max(0, toks[0][0] - 30):toks[0][0]]):
            return []                              # "thôn Sư Lỗ Thượng": the whole run is the village
        k = next((k for k in range(j + 2, len(toks) - 1) if keys[k] in _BODY_HEADS
                  and not (keys[k] == "trường" and k == len(toks) - 2 and keys[-1] not in _SCHOOLS)
                  or not caps_run and _is_caps(toks[k][2]) and len(toks[k][2]) > 1), len(toks))   # "… Nhưỡng ĐB Nhưỡng"
        while k - j > 4 and keys[k - 1] in _BODY_HEADS or k - j > 3 and len(keys[k - 1]) == 1:
            k -= 1                                 # a stray word glued after the name: "… Trang Ê Ban"
        if k - j == 5 and k == len(toks) and text[toks[-1][1]:toks[-1][1] + 2].strip()[:1].islower() \
                and (keys[j + 1] in ("thị", "văn") or not any(x in r["surnames"] for x in keys[j + 1:j + 3])) \
                and not any(p in r["places"] or p in r["person_places"]
                            for p in (" ".join(keys[j:j + 2]), " ".join(keys[j:j + 3]))):
            k -= 1                                 # "ĐB Nguyễn Thị Kim Thúy Chuyện xưa …": the next sentence glued
            while k - j > 2 and (keys[k - 1] in r["starters"] or keys[k - 1] in _CAP_HONORIFICS):
                k -= 1                             # "Ông Đỗ Văn Thắng Ông Thắng đề nghị"
        if k - j <= 4:                             # "… Nguyễn Thế Kỷ Đài Tiếng nói …" ends at Đài
            out = [_Cand(toks[j][0], toks[k - 1][1], [t[2] for t in toks[j:k]], True, caps_run, j0 > 0,
                         toks[0][0] if j0 > 0 and j == j0 else -1)]
            if j >= 2:                             # the front part may be a name of its own
                out = _split_run(toks[:j], text) + out
            out += _split_run(toks[k:], text) if k < len(toks) and _is_caps(toks[k][2]) else []
            return out
    rest = toks[j0:]
    while len(rest) > 2 and token_key(rest[0][2]) in _CAP_HONORIFICS:
        rest = rest[1:]                            # Thủ tướng Campuchia Samdech Techo Hun Sen
    front = toks[0][0] if j0 > 0 else -1
    if stray_before_given(rest, text):             # "Hà Lan Mác Mark Rutte": a stray word in front
        front, rest = (rest[0][0] if front < 0 else front), rest[1:]
    n = next((n for n, t in enumerate(rest) if _LATIN1.fullmatch(t[2])), len(rest))
    if n and len(rest) - n >= 2 and _PAIR_DASH.search(text, max(0, rest[0][0] - 3), rest[0][0]) \
            and not any(_vietnamese(t[2]) or _is_caps(t[2]) or _transliterated(t[2]) for t in rest[n:]):
        front = rest[0][0] if front < 0 else front
        rest = rest[n:]                            # "hữu nghị Nhật - Việt Toshihiro Nakai": a country in front
    if 2 <= len(rest) <= 4:
        return [_Cand(rest[0][0], rest[-1][1], [t[2] for t in rest], False, caps_run, front >= 0, front)]
    return []


# --- deciding -----------------------------------------------------------------

# "hội" before a name makes it an association's name (Hội Nông dân …), but
# "… của Quốc hội Phạm Tất Thắng" ends a body that a person belongs to.
_PERSONS_BODY = _ends_re(["quốc hội", "xã hội"])


def _soft_body_before(left: str, cand: _Cand) -> bool:
    return _ends_with(_rules()["negative"], left) and not _ends_with(_rules()["profession"], left) \
        and not (cand.surname and _ends_with(_PERSONS_BODY, left))    # Quốc hội Khóa XIV stays a body


def _context(text: str, cand: _Cand, end: int | None = None) -> tuple[str | None, str]:
    """How the words around a candidate decide it: (kind, how).

    kind is "place", "title", "body", "mention" or None. A place word right before
    the name wins over everything (thành phố Hồ Chí Minh, even after "Bí thư Thành
    ủy"); then a title or honorific (Phó Chủ tịch Quốc hội Phùng Quốc Hiển); then a
    body word (Hội …, huyện …); then a profession or a mention (NSƯT …, tư tưởng …).
    """
    r = _rules()
    end = cand.start if end is None else end
    left = text[max(0, end - 80):end]
    if end != cand.start:                          # before a place written in front: no place
        pass                                       # word there names the person's place
    elif re.search(r"\d[ \u00a0]*\Z", left) or _hard_before(left):   # \Z: not a headline's "G20\n"
        return "place", "before"                   # also an address: số 69 Phan Đình Phùng
    elif match_key(cand.name) in r["person_places"] and _ends_with(r["person_places_before"], left):
        return "place", "before"                   # TP Hồ Chí Minh, even after "Bí thư Thành ủy"
    elif (not cand.surname or len(cand.toks) == 2) and _soft_body_before(left, cand):
        return "body", "before"                    # huyện Thanh Bình, báo Đất Việt, quận Hoàng Mai
    if _ends_with(r["honorific"], left) and not _NO_HONORIFIC.search(left):
        return "title", "honorific"
    if _ends_with(r["title_end"], left):
        return "title", "title"
    m = _APPOSITION.match(text, cand.end)
    if m and _head_at(text, m.end()) is not None and not (not cand.surname and titles_next_name(text, m.end())):
        return "title", "apposition"
    if _positions_before(text, cand, frozenset(), frozenset()):
        return "title", "position"
    if end == cand.start and _soft_body_before(left, cand):
        return "body", "before"
    if _ends_with(r["profession"], left) and not _HEROIC_PLACE.search(left[-40:]):
        return "mention", "profession"
    if _ends_with(r["positive"], left):
        return "mention", "positive"
    return None, ""


_ERA_BEFORE = re.compile(r"(?<!\w)(?:[Tt]hời(?:[ \u00a0]+kỳ)?|[Tt]riều|[Đđ]ời)[ \u00a0]+$")


# "anh hùng" after a land is its adjective, no hero's title: "Đất anh hùng Quế Long".
_HEROIC_PLACE = re.compile(r"(?<!\w)(?:đất|vùng đất|mảnh đất|quê hương|vùng|miền|làng|xã|huyện|tỉnh|thành phố)"
                           r"[ \u00a0]+anh[ \u00a0]+hùng[ \u00a0]*$", re.I)


# Words ending like an honorific that are none: "sự cố Galaxy Note 7" (an incident).
_NO_HONORIFIC = re.compile(r"(?<!\w)sự[ \u00a0]+cố[ \u00a0]*$", re.I)


def _decide(text: str, cand: _Cand) -> bool | None:
    """True/False when the context decides, None when only NER can."""
    if quoted_namesake(text, cand) or len(cand.toks) >= 3 and cand.toks[-1] in ("A", "B", "C", "D", "X"):
        return False                               # … its namesake; "Nguyễn Văn C (35 tuổi)": privacy (not Đỗ Văn Y)
    if _not_a_name(cand) and (_not_a_name(cand, called=True) or _context(text, cand)[1]
                              not in ("honorific", "title", "apposition", "position", "profession")) \
            and not (cand.surname and aged(text, cand)) \
            and not (cand.surname and not _not_a_name(cand, called=True) and titled_past_body(text, cand, True)):
        return False                               # … but "anh Vũ Quang (29 tuổi)" is no district, nor
                                                   # "Giám đốc Công an thành phố Đoàn Duy Khương" a delegation
    kind, how = _context(text, cand)
    if kind == "body" and cues.historical(match_key(cand.name)) and _ERA_BEFORE.search(text, max(0, cand.start - 12), cand.start):
        kind, how = "mention", "era"               # "thời An Dương Vương": an era named by its king
    if kind in ("place", "body", None) and cand.lead >= 0:
        kind, how = _context(text, cand, cand.lead)   # Thủ tướng Nhật Bản Shinzo Abe: "bản" is Japan's
    titled = (kind in ("place", "body") and how == "before" or how == "position" and not cand.surname) \
        and titled_past_body(text, cand, not _not_a_name(cand, called=cand.surname))
    if titled:
        kind, how = "title", "position"            # Chủ tịch UBND thành phố Nguyễn Đức Chung
    if how == "position" and ward_before_its_district(text, cand):
        kind, how = "place", "before"              # "Chủ tịch phường Nguyễn Thái Bình, quận 1": the ward
    cand.kind, cand.how = kind, how
    if kind in ("place", "body"):
        return False
    if cues.historical(match_key(cand.name)):
        if kind is None and _near_place_word(text, cand):
            cand.kind = "place"
            return False                           # "đường hoa Nguyễn Huệ", "tuyến đường chính như Lê Duẩn"
        return True                                # Nguyễn Du, Trần Phú named bare
    if any(re.fullmatch(r"[A-ZĐ]\.", t) for t in cand.toks[1:-1]) \
            and not (_vietnamese(cand.toks[0]) or _vietnamese(cand.toks[-1])):
        return True                                # John F. Kennedy: a middle initial
    if cand.surname:
        return True if kind else None
    # no surname: a pen name, a foreign name, or a place/body after a title
    if how in ("honorific", "profession", "title", "apposition") or cand.foreign:
        return True                                # cand.foreign: Bill Gates, Marine Le Pen
    if (kind is None or how == "positive") and called_foreign(text, cand.start, cand.end, cand.toks) \
            and not _not_a_name(cand):
        return True                                # "Nhà phân tích Riccardo Alcaro", "…, Katrina Adams cho biết"
    if kind is None and titled_after_country(text, cand):
        return True                                # "Giám đốc … HSBC (Anh) Doreen Steidle"
    return True if how == "position" and (cand.front_place or titled) else False


def _near_place_word(text: str, cand: _Cand) -> bool:
    """A place word among the three words before a name: "đường hoa Nguyễn Huệ"."""
    words = match_key(text[max(0, cand.start - 40):cand.start]).split()[-3:]
    return any(_hard_before(" ".join(words[:i])) for i in range(1, len(words) + 1))



# A landform word after the first syllable makes a place: "Hồ Núi Cốc" (a lake).
_LANDFORMS = frozenset({"núi", "sông", "suối", "đèo", "đồi", "thác"})


def _not_a_name(cand: _Cand, called: bool = False) -> bool:
    """Whether the words themselves say no person. called: the context calls the
    candidate a person, so a Vietnamese name of three syllables or more may open with a
    surname that also opens bodies or places ("ông Đoàn Ngọc Hải", "ông Vũ Quang Hải";
    "Trung ương Đoàn Lê Quốc Phong" is split before Lê in _split_run)."""
    r = _rules()
    keys = [token_key(t) for t in cand.toks]
    full_name = called and cand.surname and len(keys) >= 3 and keys[0] in r["surnames"] \
        and all(map(_vietnamese, cand.toks)) and (keys[1] not in r["not_names"] or keys[1] in r["pen_name_first_ok"]) \
        and not any(k in _BODY_HEADS for k in keys[1:]) \
        and not (keys[0] in r["not_names"] and any(" ".join(keys[1:k]) in r["places"] for k in (2, 3, 4)))
    # "Đoàn Quảng Ninh" (a delegation), not "ông Dương Trung Quốc"
    if " ".join(keys) in r["places"] or " ".join(keys) in r["press"]:
        return True                                # Cù Lao Chàm, PV Tiền Phong
    if cues.historical(" ".join(keys)):
        return False                               # Trường Chinh: no school
    parts = [token_key(p) for p in re.split(r"\s*[-–]\s*", cand.name)]
    if len(parts) >= 2 and (all(p in r["places"] for p in parts) or parts[-1] in r["countries"]):
        return True                                # Việt Nam-Cuba, Hà Nội - Hải Phòng, Mekong-Nhật Bản
    if (keys[0] in r["not_names"] or " ".join(keys[:2]) in r["not_names"]) and not full_name \
            or any(k in r["foreign_not_person"] for k in keys[1:]):
        return True                                # … Manchester United; "Thường Vụ", "Quốc Hội" capitalized
    named = keys[:-1] if cand.surname and len(keys) >= 3 else keys
    if any(k in _ORG_TOKENS for k in named):
        return True                                # … but Hà Văn Ty is no company
    if len(keys) >= 3 and " ".join(keys[-2:]) in r["countries"] and not full_name:
        return True                                # a company: Ánh Dương Việt Nam
    if not cand.surname and keys[-1] in r["countries"] and not _vietnamese(cand.toks[0]):
        return True                                # a company: "Dana Úc" (not the pen name "Thu Nga")
    if len(keys) >= 4 and " ".join(keys[-2:]) in r["places"] and not full_name:
        return True                                # "Châu Thành Đồng Tháp": a district and its province
    if len(keys) >= 3 and keys[1] in _LANDFORMS:
        return True                                # Hồ Núi Cốc (a lake)
    if keys[-1] == "thị":
        return True                                # cut to initials for privacy: "Vũ Thị T.V"
    if len(keys) == 2 and min(map(len, keys)) < 2:
        return True                                # "Vàng O": a one-letter syllable needs three
    if len(keys) == 2 and keys[0] in r["can"] and keys[1] in r["chi"]:
        return True                                # a year name: Tết Đinh Dậu
    return not full_name and any(" ".join(keys[:k]) in r["places"] and len(keys) - k < 2 for k in (1, 2, 3))


@lru_cache(maxsize=1 << 14)
def _key(name: str) -> str:
    """Merging form of a name: match_key, a hyphen as a space (Jong-keun = Jong Keun);
    a foreign name also without its accents (François Fillon = Francois Fillon)."""
    key = token_key(name).replace("-", " ")
    if not key.isascii() and _LATIN1.fullmatch(key) and not all(map(_vietnamese, key.split())):
        key = fold(key)
    return key




_LIST_SEP = re.compile(r"\s*(?:,|và|-|–)\s*")


def find_persons(text: str, use_ner: bool = False) -> list[Person]:
    """People named in text, in order of first mention, with their positions."""
    text = _join_wrapped_names(nfc(text))
    cands = [c for run in _runs(text) if len(run) > 1 for c in _split_run(run, text)]   # one word: no name
    bylines = _bylines(text)
    credit_starts = {b.start for b in bylines}
    cands = [c for c in cands if c.start not in credit_starts]   # the credit's reading of a run wins
    cands += bylines
    forced = {(a, b) for a, b in cues.classic_spans(text) + cues.foreign_single_spans(text) + cues.leader_spans(text)}
    cands += [_Cand(a, b, [text[a:b]], False, False) for a, b in forced]
    cands += [_Cand(a, b, text[a:b].split(), False, False, foreign=True) for a, b in bare_foreign_spans(text)]
    honorary = cues.honorary_spans(text)
    cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in honorary)]
    cands.sort(key=lambda c: c.start)
    byline_spans = {(b.start, b.end) for b in bylines} | forced

    accepted: dict[str, str] = {}                  # key -> display name
    pending: list[_Cand] = []
    ner_cache: dict = {}
    prev_ok_end = prev_place_end = -10
    for c in cands:
        key = _key(c.name)
        ok = True if (c.start, c.end) in byline_spans else _decide(text, c)
        chained = prev_place_end >= 0 and _LIST_SEP.fullmatch(text[prev_place_end:c.start])
        if chained and (c.start, c.end) not in byline_spans and c.kind in (None, "place"):
            ok = False                             # "đường Nguyễn Văn Trỗi, Lê Văn Sỹ và …": streets too
        if ok is False and (chained or c.kind == "place"):
            glued = re.match(r"[ \u00a0]+[A-ZĐÀ-Ỹ][^\W\d_]*(?![\w.])", text[c.end:c.end + 12])
            prev_place_end = c.end + (glued.end() if glued else 0)   # "đường Hoàng Minh [Giám] - …"
        if not ok and re.fullmatch(r"\s*(?:,|và)\s*", text[max(0, prev_ok_end):c.start]) \
                and not _not_a_name(c, called=True) and _head_at(text, c.start) is None and _context(text, c)[0] is None:
            ok = True                              # "các ca sĩ: Tân Nhàn, Trọng Tấn", "…: A, B, C"
        if ok:
            accepted.setdefault(key, c.name)
            prev_ok_end = c.end
        elif ok is None and not c.caps and all(_vietnamese(t) for t in c.toks):
            pending.append(c)
    for c in pending:
        key = _key(c.name)
        if key in accepted:
            continue
        if len(c.toks) >= 3 or use_ner and _ner_label(text, c, ner_cache) == "PER":
            accepted.setdefault(key, c.name)
    _accept_by_surname(cands, accepted)
    _drop_glued_words(text, cands, accepted)
    _drop_places_named_elsewhere(text, cands, accepted, byline_spans)
    drop_companies_named_elsewhere(text, cands, accepted, _key)
    drop_streets_named_elsewhere(text, cands, accepted, byline_spans, _key)
    bracketed_second_forms(text, cands, accepted, _key)

    # the positions next to every mention of an accepted name
    name_starts = frozenset(c.start for c in cands if _key(c.name) in accepted)
    name_ends = frozenset(c.end for c in cands if _key(c.name) in accepted)
    positions: dict[str, list[str]] = {k: [] for k in accepted}
    for c in cands:
        key = _key(c.name)
        if key in accepted and (c.start, c.end) not in byline_spans:
            positions[key] += _positions_before(text, c, name_starts, name_ends)
            positions[key] += _positions_after(text, c, name_starts)
    in_text = {_key(c.name) for c in cands if (c.start, c.end) not in byline_spans}
    bylined = {_key(c.name) for c in cands if (c.start, c.end) in byline_spans} - in_text
    return _merge(accepted, positions, bylined)


def _accept_by_surname(cands: list[_Cand], accepted: dict[str, str]) -> None:
    """Two foreign words ending in a foreign single name the document calls a person
    elsewhere ("Tổng thống Chirac" … "Jacques Chirac") are that person (not three:
    "Queensland Larissa Waters" has a place in front)."""
    singles = {k for k in accepted if " " not in k and not _vietnamese(k)}
    for c in cands if singles else ():
        if not c.surname and c.kind is None and len(c.toks) == 2 \
                and token_key(c.toks[-1]) in singles and not any(map(_vietnamese, c.toks)) \
                and token_key(c.toks[0]) != token_key(c.toks[-1]) \
                and not cues.title_word(c.toks[0]) and not _not_a_name(c):   # not "Ayatollah Khomeini"
            accepted.setdefault(_key(c.name), c.name)


def _drop_places_named_elsewhere(text: str, cands: list[_Cand], accepted: dict[str, str], byline_spans: set) -> None:
    """A name without a surname (or of two syllables) that a place word names elsewhere in
    the document ("thành phố Phúc Châu", "xã Quế Long", "phố Phùng Hưng") is that place in
    an apposition, a headline or bare too ("… hành chính Phúc Châu, Chủ tịch nước …", "Đất
    anh hùng Quế Long", "Đoạn Phùng Hưng đến ga"), unless an honorific or a title calls it a
    person somewhere; a title ending in the place's own committee does not ("Bí thư Huyện
    ủy Lâm Bình" beside "huyện Lâm Bình")."""
    placed, called, bare = Counter(), set(), Counter()
    for c in cands:
        if c.surname and len(c.toks) != 2 or (c.start, c.end) in byline_spans:
            continue
        key = _key(c.name)
        if c.kind == "place" or c.surname and c.kind == "body":
            placed[key] += 1
        elif (c.how in ("honorific", "title", "position", "apposition") or not c.surname and c.how == "profession"
              or cues.historical(key) and c.how) and not _ends_with(_PLACE_COMMITTEE, text[max(0, c.start - 30):c.start]):
            called.add(key)                          # "Tổng Bí thư Trường Chinh" beside its school
        elif cues.historical(key):
            bare[key] += 1                           # "thơ Nguyễn Du": a figure bare, unless a street as often
    for key in {k for k in placed if not cues.historical(k) or placed[k] >= bare[k]} - called:
        accepted.pop(key, None)


_PLACE_COMMITTEE = _ends_re(["huyện ủy", "huyện uỷ", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "quận ủy", "quận uỷ",
                             "thị ủy", "thị uỷ", "đảng ủy", "đảng uỷ", "ubnd", "hđnd", "ủy ban nhân dân"])


def _drop_glued_words(text: str, cands: list[_Cand], accepted: dict[str, str]) -> None:
    """A name with one word more than another accepted name, every time followed by a
    lowercase word or a number, is that name with the next sentence's first word glued to it
    (a caption run on: "Phó Thống đốc Đào Minh Tú Chia sẻ tại …", "Theresa May Tuy nhiên",
    "Jeremy Corbyn Hơn 40.000 điểm")."""
    glued: dict[str, bool] = {}
    for c in cands:
        key = _key(c.name)
        if key in accepted and len(c.toks) >= 3 and key.split()[-1] not in _ROMAN:   # Osius III
            nxt = re.match(r"[ \u00a0]+(\w)", text[c.end:c.end + 3])
            glued[key] = glued.get(key, True) and bool(nxt and (nxt.group(1).islower() or nxt.group(1).isdigit()))
    for key, always in glued.items():
        short = key.split()[:-1]
        # a two-syllable Vietnamese short form may be a typo ("Võ Công trí"): keep the name
        if always and " ".join(short) in accepted and (len(short) >= 3 or not all(map(_vietnamese, short))):
            del accepted[key]


def _merge(accepted: dict[str, str], positions: dict[str, list[str]], bylined: set[str]) -> list[Person]:
    """One person per name: the forms person_merge.py joins become the name they join."""
    target = merge_targets(list(accepted), bylined)
    out: dict[str, Person] = {}
    for k in accepted:
        p = out.setdefault(target[k], Person(accepted[target[k]]))
        p.positions += positions[k]
    for p in out.values():
        p.positions = best_positions(p.positions)
    return list(out.values())
