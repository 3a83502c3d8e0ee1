"""Names the general rules of indexer/persons.py cannot see from a capitalized run.

Each function answers one question with plain data (spans of text), so persons.py
stays the one place that decides; the word lists are in data/person_rules.json:

* classics named alone in political writing (Mác, Lênin, Ăngghen), which are no
  persons inside a doctrine's name ("chủ nghĩa Mác - Lênin");
* a foreign person's single name after a title, a country possibly between
  ("Tổng thống Putin", "Thủ tướng Nhật Bản S.A-bê");
* a foreign leader's surname alone after an era word ("chính quyền Obama");
* honorary titles ("Mẹ Việt Nam Anh hùng", "Anh hùng Lao động"), never a name;
* figures named bare (Nguyễn Du, Trần Phú), persons without any title;
* bylines of initials and a syllable at the very end ("Đ.T.Hà", "T.Q.Minh").
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.resources import load_json
from archive.vntext import fold, match_key

# A letter run with initials glued in front and hyphenated parts: S.A-bê, Vo-lạ-chít.
NAME_WORD = r"(?:[^\W\d_]\.)*(?:[A-ZĐ]['’](?=[A-ZĐ]))?[^\W\d_]+(?:-[^\W\d_]+)*"   # H'Kem: a Jrai or Ê Đê prefix
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                       r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")


def vietnamese_syllable(tok: str) -> bool:
    return bool(_SYLLABLE.match(fold(tok).lower()))


@lru_cache(maxsize=None)
def foreign_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The foreign-name word lists of data/person_rules.json, read once for every person module:
    given names (as written), words of companies and bodies, names that are no person (both
    lower case) and Korean surnames."""
    raw = load_json("person_rules.json")
    return (frozenset(raw["foreign_given_names"]), frozenset(w.lower() for w in raw["foreign_not_person"]),
            frozenset(n.lower() for n in raw["foreign_not_person_names"]), frozenset(raw["korean_surnames"]))


def _alts(phrases) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=None)
def _rules() -> dict:
    raw = load_json("person_rules.json")
    places = load_json("places_vi.json")
    countries = places["countries"] + places["countries_transliterated"]
    return {
        "classics": re.compile(rf"(?<![\w.-])(?:{_alts(raw['classics'])})(?![\w-])"),
        "classic_after_dash": re.compile(rf"\s*[-–]\s*(?:{_alts(raw['classics'])})(?![\w-])"),
        "classic_before_dash": re.compile(rf"(?:{_alts(raw['classics'])})\s*[-–]\s*$"),
        "doctrine": re.compile(rf"(?:{_alts(match_key(d) for d in raw['doctrine_before'])})\s*$"),
        "honorary": re.compile(rf"(?<!\w)(?:{_alts(raw['honorary_titles'])})(?!\w)", re.I),
        "historical": {match_key(h) for h in raw["historical"]},
        "leader": re.compile(rf"(?<!\w)(?:chính quyền|thời|thời kỳ|nhiệm kỳ|kỷ nguyên)[ \u00a0]+(?:của[ \u00a0]+)?"
                             rf"((?:{_alts(raw['foreign_leaders'])}))(?![\w-])(?![ \u00a0]+[A-Z])"),
        "leaders": tuple(raw["foreign_leaders"]),
        "foreign_title": re.compile(rf"(?<!\w)(?:{_alts(raw['foreign_title_heads'])})(?=[ \u00a0])"),
        "country": re.compile(rf"[ \u00a0]+(?:{_alts(countries)})(?=[ \u00a0])"),
        "places": {match_key(p) for k, v in places.items() if not k.startswith("_") for p in v},
        "brands": {match_key(n) for n in raw["foreign_not_person_names"]},   # hoàng tử Disney
    }


def historical(key: str) -> bool:
    """Whether a name (match_key form) is a figure named bare in political writing."""
    return key in _rules()["historical"]


def classic_spans(text: str) -> list[tuple[int, int]]:
    """Classics named as persons: "C.Mác viết", "Lênin dạy" — not "chủ nghĩa Mác - Lênin"."""
    r = _rules()
    out = []
    for m in r["classics"].finditer(text):
        left = text[max(0, m.start() - 40):m.start()]
        right = text[m.end():m.end() + 20]
        if r["doctrine"].search(match_key(left)):
            continue
        if r["classic_before_dash"].search(left) or r["classic_after_dash"].match(right):
            continue                               # Mác - Lênin: one doctrine, whatever comes before
        if _LATIN_NEXT.match(right) or _TRANSLIT_NEXT.match(right):
            continue                               # "Hà Lan Mác Mark Rutte": a stray transliteration;
                                                   # "Mác Oan-nơ (Mark Warner)": Mark, no Marx
        out.append((m.start(), m.end()))
    return out


_NEXT_WORD = re.compile(r"[ \u00a0]+(\w+)")
_LATIN_NEXT = re.compile(r"[ \u00a0]+[A-Z][a-z]+(?![\w-])")
_TRANSLIT_NEXT = re.compile(r"[ \u00a0]+[A-ZĐÀ-Ỹ][^\W\d_]*-[^\W\d_]")
_FOREIGN = re.compile(rf"[ \u00a0]+({NAME_WORD})(?![\w-]|\.\w)")


def foreign_single_spans(text: str) -> list[tuple[int, int]]:
    """One foreign word after a title: "Tổng thống Putin", "Thủ tướng Nhật Bản S.A-bê",
    "Thứ trưởng Ngoại giao Nga V.Ti-tốp" (up to three words, then a country, between)."""
    r = _rules()
    out = []
    for m in r["foreign_title"].finditer(text):
        starts, pos = [m.end()], m.end()
        for _ in range(4):                         # where a name may start: right after the
            c = r["country"].match(text, pos)      # title, or after [words] + a country
            if c:
                starts.append(c.end())
            w = _NEXT_WORD.match(text, pos)
            if not w:
                break
            pos = w.end()
        for i in starts:
            span = _foreign_name(text, i)
            if span:
                if not _named_as_city(text, text[span[0]:span[1]]):
                    out.append(span)
                break
    return out


def _named_as_city(text: str, word: str) -> bool:
    """The document calls the word a city or port ("thăm thành phố Rotterdam … Thị trưởng
    Rotterdam nhấn mạnh"): the mayor's city, no person. Plain substrings first: cheap."""
    if not ("phố " + word in text or "đô " + word in text or "ảng " + word in text):
        return False
    return re.search(r"(?:[Tt]hành phố|[Tt]hủ đô|[Cc]ảng) " + re.escape(word) + r"(?![\w-])", text) is not None


def title_word(word: str) -> bool:
    """Whether a word is a title of foreign_title_heads (Ayatollah, Tổng …), not a name."""
    m = _rules()["foreign_title"].match(word + " ")
    return bool(m) and m.end() == len(word)


def _foreign_name(text: str, i: int) -> tuple[int, int] | None:
    m = _FOREIGN.match(text, i)
    if not m:
        return None
    tok = m.group(1)
    core = re.sub(r"^(?:[^\W\d_]\.)+", "", tok)
    if not core[:1].isupper() or core.isupper() or match_key(tok) in _rules()["places"] \
            or match_key(tok) in _rules()["brands"] \
            or "." in tok and len(core) < 3:           # ông N.H.Tr: initials, no name
        return None
    parts = core.split("-")
    if all(vietnamese_syllable(p) for p in parts) and ("-" not in core and "." not in tok
                                                     or any(p[:1].isupper() for p in parts[1:])):
        return None                                # "Thủ tướng Phúc", "ông Thơ-Chủ": Vietnamese words
    nxt = text[m.end(1):m.end(1) + 2]
    if nxt[:1] == "/" or nxt[:1] in " \u00a0" and nxt[1:2].isupper():
        return None                                # a longer run: the run rules decide
    tail = _PARTICLE_TAIL.match(text, m.end(1))    # "Quốc vương Saudi Arabia Salman bin Abdul-Aziz Al Saud"
    return m.start(1), tail.end() if tail else m.end(1)


_PARTICLE_TAIL = re.compile(r"(?:[ \u00a0](?:bin|ibn|bint)(?:[ \u00a0](?:[ae]l-)?[A-Z][a-z]*(?:-[A-Z][a-z]+)*)+)+(?![\w-])")


def leader_spans(text: str) -> list[tuple[int, int]]:
    """A foreign leader's surname alone after an era or administration word:
    "chính quyền Obama", "thời Reagan" (not "thời Bush Jr" nor "Ford Motor": a run)."""
    r = _rules()
    if not any(name in text for name in r["leaders"]):
        return []                                  # the regex scans every position: rare names first
    return [(m.start(1), m.end(1)) for m in r["leader"].finditer(text)]


def honorary_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _rules()["honorary"].finditer(text)]


_INITIAL_BYLINE = re.compile(r"(?:^|(?<=[\s.!?…”\"\-–]))((?:[A-ZĐ]\.[ \u00a0]?){1,3}[A-ZĐÀ-Ỹ][^\W\d_]+)[ \u00a0]*$")
# Beside another byline of initials an initial may have two letters ("Ph.Nhung - V.Duẩn").
_PAIRED_BYLINE = re.compile(r"(?:^|(?<=[\s.!?…”\"\-–]))((?:[A-ZĐ][a-zđ]?\.[ \u00a0]?){1,3}[A-ZĐÀ-Ỹ][^\W\d_]+)[ \u00a0]*$")


# A character no initial byline holds (letters, dots, spaces): when the last 240
# characters hold one, a byline reaching the end starts inside them.
_NOT_IN_BYLINE = re.compile(r"[^\w \u00a0.]|[\d_]")


def initial_byline(line: str, paired: bool = False) -> tuple[int, int] | None:
    """A byline of initials and a given name closing the text: "Đ.T.Hà", "T. Q. Minh", "H.LONG";
    paired: another such byline follows after a dash."""
    window = max(0, len(line) - 240)               # the regex ends at $: search the end first
    rx = _PAIRED_BYLINE if paired else _INITIAL_BYLINE
    m = rx.search(line, window if window and _NOT_IN_BYLINE.search(line, window) else 0)
    given = m.group(1).split(".")[-1].strip() if m else ""
    if given.isupper():
        given = given.capitalize()                 # in capitals: "H.LONG" ("N.ND" is no syllable)
    if not m or not given[1:].islower() or not vietnamese_syllable(given) or len(given) < 2:
        return None                                # N.H.Tr: no given name
    return m.start(1), m.end(1)


_WEBSITE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)\b\s*[/-]?\s*", re.I)


def skip_website(text: str, i: int) -> int:
    """Past a website name written in front of a credit: "Ảnh: Dantri.vn/Hải Long"."""
    m = _WEBSITE.match(text, i)
    return m.end() if m else i
