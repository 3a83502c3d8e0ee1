"""Dates and periods written in Vietnamese text, as ISO values.

Full dates (day, month and year) in every common form become DateMention:
18/5/2021, 18-5-2021, 18.5.2021, "ngày 18 tháng 5 năm 2021", 2021-05-18, and a
day or day/month that shares the year of a full date in a range
("từ ngày 16 đến 21-5-2017", "13-14/5/2017"); both ends of a range of full dates
("1/11/2016 - 31/10/2017", "(27/7/1947-27/7/2017)").
Impossible dates (31/2/2021) are dropped. A day/month without a year nearby
("Sáng 19/5") is not a date here: guessing its year is the caller's business
(see infer_pub_date for the one place we do it, from a dateline).

Month/year and term mentions become Period with ISO-ish bounds:
"tháng 5/2021" → 2021-05..2021-05, "6 tháng đầu năm 2023" → 2023-01..2023-06,
"quý II/2017" → 2017-04..2017-06, "nhiệm kỳ 2020 - 2025" → 2020..2025,
"năm 2022" → 2022..2022.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from archive.vntext import nfc


@dataclass
class DateMention:
    date: str          # ISO 2021-05-18
    text: str          # as written: 18/5/2021


@dataclass
class Period:
    text: str
    start: str         # 2021-05, 2023-01, 2020
    end: str


_S = r"[ \u00a0]?"
_YEAR = r"(1[89]\d\d|20\d\d|2100)"
_NOT_BEFORE = r"(?<![\d/.,])(?<!\d[-–])"
_NOT_AFTER = r"(?!\d)(?![/.,-]\d)"
# 18/5/2021, 18-5-2021, 18.5.2021, "20. 2.2017": the same separator twice
_NUMERIC = re.compile(rf"{_NOT_BEFORE}(\d{{1,2}}){_S}([/.-]){_S}(\d{{1,2}}){_S}\2{_S}{_YEAR}{_NOT_AFTER}")
# (a web page's header may leave out "năm": "Thứ năm, 17 Tháng 12 2020", "15 Tháng 9, 2025")
_WORDS = re.compile(rf"(?<!\d)(\d{{1,2}}){_S}tháng{_S}(\d{{1,2}})(?:\s*,?\s*năm\s*|/|-|,?[ \u00a0])"
                    rf"{_YEAR}{_NOT_AFTER}", re.I)
# two full dates joined by a dash or a slash: "(27/7/1947-27/7/2017)", "1/11/2016 – 31/10/2017"
def _full(sep_group: int) -> str:
    return rf"(\d{{1,2}}){_S}([/.-]){_S}(\d{{1,2}}){_S}\{sep_group}{_S}{_YEAR}"


_PAIR = re.compile(rf"{_NOT_BEFORE}{_full(2)}\s*[-–—/]\s*{_full(6)}{_NOT_AFTER}")   # also "(21-6-1925/21-6-2017)"
_PAIR_HINT = re.compile(r"\d\d\d\d\s*[-–—/]\s*\d{1,2}[ \u00a0]?[/.-]")   # cheap test before _PAIR


def _pairs(text: str) -> list[re.Match]:
    return list(_PAIR.finditer(text)) if _PAIR_HINT.search(text) else []
_ISO = re.compile(rf"(?<![\d/.-]){_YEAR}-(\d\d)-(\d\d)(?![\d-])")
# the first date of a range takes the year (and maybe the month) of the second
# (a clock time before it is no day: "(05:12, 18/06/2020)")
_RANGE = re.compile(rf"(?<![\d/.:])(\d{{1,2}})(?:{_S}([/.-]){_S}(\d{{1,2}}))?"
                    rf"\s*(?:-|–|—|đến|tới|và|,)\s*(?:ngày\s*)?"
                    rf"(\d{{1,2}}){_S}([/.-]){_S}(\d{{1,2}}){_S}\5{_S}{_YEAR}{_NOT_AFTER}", re.I)
# the same in words: "từ ngày 12 đến ngày 15 tháng 10 năm 2020" (the first day only); the
# character before is checked in find_dates (a lookbehind here doubled the search's time)
_RANGE_WORDS = re.compile(rf"(\d{{1,2}})\s*(?:-|–|—|đến|tới|và)\s*(?:ngày\s*)?"
                          rf"\d{{1,2}}{_S}tháng{_S}(\d{{1,2}})(?:\s*,?\s*năm\s*|/|-){_YEAR}{_NOT_AFTER}", re.I)


# the number before a date's day is no day when a letter is glued to it ("G20, ngày 7/7")
# or a unit word names it: a month ("từ đầu tháng 3 đến ngày 10-5"), a week or an ordinal
# ("TUẦN THỨ 02 THÁNG 03/2024")
_NO_DAY_BEFORE = re.compile(r"(?:[^\W\d_]|(?<!\w)(?:tháng|tuần|thứ|quý)\s+)$", re.I)


def _no_day(text: str, start: int) -> bool:
    if text[max(0, start - 4):start].lower() == "ngày":
        return False                              # "ngày15 tháng 10 năm 1949": a space lost
    return bool(_NO_DAY_BEFORE.search(text, max(0, start - 8), start))


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """Every valid full date, in text order (repeats kept: they are mentions)."""
    text = nfc(text)
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for m in _pairs(text):
        for g in (1, 5):                           # each side as if written alone
            a, b = m.start(g), m.end(g + 3)
            iso = _iso(int(m.group(g + 3)), int(m.group(g + 2)), int(m.group(g)))
            taken.append((a, b))
            if iso:
                found.append((a, iso, text[a:b]))
    for m in _WORDS.finditer(text):
        if _no_day(text, m.start()):
            continue
        _add(found, taken, m, int(m.group(3)), int(m.group(2)), int(m.group(1)))
    for m in _NUMERIC.finditer(text):
        if _free(taken, m.start(), m.end()):
            _add(found, taken, m, int(m.group(4)), int(m.group(3)), int(m.group(1)))
    for m in _ISO.finditer(text):
        if _free(taken, m.start(), m.end()):
            _add(found, taken, m, int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for m in _RANGE.finditer(text):
        day = int(m.group(1))
        month = int(m.group(3)) if m.group(3) else int(m.group(6))
        if m.group(2) and m.group(2) != m.group(5):
            continue                                 # 1.5-20/5/2021: not one range
        iso = _iso(int(m.group(7)), month, day) if not _no_day(text, m.start()) else None
        first_end = m.end(3) if m.group(3) else m.end(1)
        if iso and _free(taken, m.start(), first_end):
            found.append((m.start(), iso, text[m.start():first_end]))
            taken.append((m.start(), first_end))
        second = _iso(int(m.group(7)), int(m.group(6)), int(m.group(4)))
        if second and _free(taken, m.start(4), m.end()):   # "13-14/5/2017": 14/5/2017 is glued
            found.append((m.start(4), second, text[m.start(4):m.end()]))
            taken.append((m.start(4), m.end()))
    for m in _RANGE_WORDS.finditer(text):
        if m.start() and text[m.start() - 1] in "0123456789/.:" or _no_day(text, m.start()):
            continue
        iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso and _free(taken, m.start(), m.end(1)):
            found.append((m.start(), iso, m.group(1)))
            taken.append((m.start(), m.end(1)))
    found.sort()
    return [DateMention(iso, t) for _, iso, t in found]


def _add(found, taken, m, y, mo, d) -> None:
    iso = _iso(y, mo, d)
    taken.append((m.start(), m.end()))             # an invalid date still uses its text
    if iso:
        found.append((m.start(), iso, m.group(0)))


def _free(taken, a, b) -> bool:
    return all(b <= s or a >= e for s, e in taken)


# --- periods --------------------------------------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PERIODS = [
    # từ tháng 7 đến tháng 8/2016
    ("months", re.compile(rf"từ\s+tháng\s+(\d{{1,2}})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?tháng\s+(\d{{1,2}})"
                          rf"\s*(?:/|-|\.|,?\s*năm\s+){_YEAR}(?!\d)", re.I)),
    # 6 tháng đầu năm 2023, 9 tháng cuối năm 2022
    ("part", re.compile(rf"(\d{{1,2}})\s+tháng\s+(đầu|cuối)\s+năm\s+{_YEAR}(?!\d)", re.I)),
    ("half", re.compile(rf"(nửa|6\s+tháng)\s+(đầu|cuối)\s+năm\s+{_YEAR}(?!\d)", re.I)),
    # quý II/2017, quý 3 năm 2020
    ("quarter", re.compile(rf"quý\s+(IV|III|II|I|[1-4])\s*(?:/|-|,?\s*năm\s+){_YEAR}(?!\d)", re.I)),
    # tháng 5/2021, tháng 5-2021, tháng 10.2018, tháng 5 năm 2021
    ("month", re.compile(rf"tháng\s+(\d{{1,2}})\s*(?:/|-|\.|,?\s*năm\s+){_YEAR}(?!\d)(?![/.-]\d)", re.I)),
    # nhiệm kỳ 2020 - 2025, giai đoạn 2016-2020, từ năm 2014 - 2016, (2007 – 2010)
    ("years", re.compile(rf"(?:(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|từ\s+năm|khóa|khoá|niên\s+khóa|"
                         rf"năm\s+học)\s+|\()\s*{_YEAR}\s*[-–—]\s*{_YEAR}(?!\d)", re.I)),
    ("years", re.compile(rf"từ\s+năm\s+{_YEAR}\s+(?:đến|tới)\s+(?:năm\s+)?{_YEAR}(?!\d)", re.I)),
    # năm 2022
    ("year", re.compile(rf"(?<![\w/])năm\s+{_YEAR}(?![\d/-])", re.I)),
]


def find_periods(text: str) -> list[Period]:
    """Month, quarter, half-year, term and year mentions, in text order."""
    text = nfc(text)
    taken = [(m.start(), m.end()) for m in _pairs(text)]
    taken += [(m.start(), m.end()) for rx in (_WORDS, _NUMERIC, _RANGE) for m in rx.finditer(text)]
    found = []
    for kind, rx in _PERIODS:
        for m in rx.finditer(text):
            if not _free(taken, m.start(), m.end()):
                continue
            bounds = _bounds(kind, m)
            if bounds:
                taken.append((m.start(), m.end()))
                found.append((m.start(), Period(m.group(0).strip("( "), *bounds)))
    found.sort(key=lambda x: x[0])
    return [p for _, p in found]


def _bounds(kind: str, m: re.Match) -> tuple[str, str] | None:
    g = m.groups()
    if kind == "months":
        a, b, y = int(g[0]), int(g[1]), g[2]
        return (f"{y}-{a:02d}", f"{y}-{b:02d}") if 1 <= a <= b <= 12 else None
    if kind == "part":
        n, side, y = int(g[0]), g[1].lower(), g[2]
        if not 1 <= n <= 12:
            return None
        return (f"{y}-01", f"{y}-{n:02d}") if side == "đầu" else (f"{y}-{13 - n:02d}", f"{y}-12")
    if kind == "half":
        side, y = g[1].lower(), g[2]
        return (f"{y}-01", f"{y}-06") if side == "đầu" else (f"{y}-07", f"{y}-12")
    if kind == "quarter":
        q, y = _ROMAN[g[0].lower()], g[1]
        return f"{y}-{3 * q - 2:02d}", f"{y}-{3 * q:02d}"
    if kind == "month":
        mo, y = int(g[0]), g[1]
        return (f"{y}-{mo:02d}", f"{y}-{mo:02d}") if 1 <= mo <= 12 else None
    if kind == "years":
        a, b = g[0], g[1]
        return (a, b) if a <= b else None
    return g[0], g[0]


# --- publication date -----------------------------------------------------------

_DATELINE = re.compile(
    r"^[\s(]*(?:(?:Thứ\s+\w+|Chủ\s+nhật|Cập\s+nhật|Ngày\s+đăng|Đăng\s+ngày|Ngày)\s*[:,]?\s*)?"
    r"(?:(?:Sáng|Trưa|Chiều|Tối|Đêm)\s+(?:nay\s+)?(?:ngày\s+)?)?$", re.I)
_FUTURE_CUE = re.compile(r"(?:đến|tới|trước|hết|hạn|kể\s+từ|từ|sinh|ngày\s+sinh|sinh\s+ngày)\s*(?:ngày\s*)?$", re.I)
_FUTURE_CLAUSE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|kế hoạch|hạn|tiếp theo|sắp tới)(?!\w)", re.I)


def infer_pub_date(text: str, today: dt.date | None = None) -> tuple[str | None, str]:
    """A publication date for a text whose metadata has none: (ISO date or None, source).

    Sources, in order of trust:
    * "dateline": a full date that opens a line among the first five, alone or after
      a weekday/"Cập nhật"/"Sáng" label ("Thứ Hai, 20/2/2017 08:30", "Ngày 6/2/2017, …");
    * "latest_mention": the latest full date in the text that is neither in the
      future (after today) nor a deadline, a plan, a start or a birth date
      ("đến ngày …", "kể từ ngày …", "sinh ngày …", a clause with "sẽ"/"dự kiến");
      only a candidate: judge_pub_date says whether the evidence for it is strong;
    * (None, "none") when the text has no usable full date.
    """
    guess = _candidate(nfc(text), today)
    return (guess[1], guess[2]) if guess else (None, "none")


def _candidate(text: str, today: dt.date | None) -> tuple[int, str, str] | None:
    """(offset, ISO, how) of the dateline or lead date, else of the latest past mention."""
    today = (today or dt.date.today()).isoformat()
    offset = 0
    for line in text.splitlines(keepends=True)[:5]:
        for start, iso, end in _all_dates(line):
            if _DATELINE.match(line[:start]) and iso <= today:
                return offset + start, iso, "dateline" if _LINE_END.match(line[end:]) else "lead"
        offset += len(line)
    best = None
    for start, iso, _ in _all_dates(text):
        clause = re.split(r"[.!?;\n]", text[max(0, start - 120):start])[-1]
        if iso > today or _FUTURE_CUE.search(clause[-20:]) or _FUTURE_CLAUSE.search(clause):
            continue                               # a deadline, a plan, a start or a birth date
        if best is None or iso > best[1]:
            best = (start, iso, "latest_mention")
    return best


# What may follow the date on a dateline line: a time and a zone, nothing else
_LINE_END = re.compile(r"^\s*(?:[|,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*(?:\(?GMT\s*[+-]\s*\d+\)?)?\s*$", re.I)
_YEAR_WORD = re.compile(r"(?<![\d/.-])(19\d\d|20\d\d)(?![\d/])")
_RANGE_END = re.compile(r"\d{4}\s*[-–—]\s*$")
_TARGET = re.compile(r"(?:đến|tới|trước|hết|sau|vào)\s+(?:cuối\s+|giữa\s+|đầu\s+)?(?:năm\s+)?$", re.I)


def later_year(text: str, iso: str, today: dt.date | None = None) -> str | None:
    """A past year the text mentions after the year of `iso` (not a plan's target,
    not the end of a term "2020 - 2025"): the text was written after that date."""
    this_year = (today or dt.date.today()).year
    for m in _YEAR_WORD.finditer(text):
        year = int(m.group(1))
        if int(iso[:4]) < year <= this_year:
            before = text[max(0, m.start() - 40):m.start()]
            clause = re.split(r"[.!?;\n]", before)[-1]
            if not (_TARGET.search(before) or _FUTURE_CLAUSE.search(clause) or _RANGE_END.search(before)):
                return m.group(1)
    return None


# News tells what just happened: a "today"/"just now" word in the sentence of the
# latest date says that date is the day of the report (or the day before).
_NOW_CUE = re.compile(r"(?<!\w)(?:hôm\s+nay|(?:sáng|trưa|chiều|tối|đêm)\s+(?:nay|qua)|hôm\s+qua|"
                      r"vừa\s+qua|mới\s+đây|vừa\s+(?:diễn\s+ra|tổ\s+chức|ban\s+hành|ký|khai\s+mạc|"
                      r"bế\s+mạc|công\s+bố))(?!\w)", re.I)
_YEARS_AGO = re.compile(r"(?<!\w)\d+\s+năm\s+(?:trước|về\s+trước)(?!\w)", re.I)
CUE_REACH = 30                # characters: "các thế hệ hôm nay" further off is not about that date
NEAR_DAYS = 31                # how far a guess may lie from the usual dates of its source


@dataclass
class DateJudgment:
    date: str | None           # None: no date at all, or only a weak guess
    how: str                   # dateline | lead | cue | title | source | weak | none
    note: str                  # why, for documents.date_note


def judge_pub_date(text: str, title: str = "", source_range=None,
                   today: dt.date | None = None) -> DateJudgment:
    """A publication date from the text, kept only where the evidence is strong.

    The latest past date a text mentions is a lower bound of its publication
    date, and often a poor one: a retrospective about a man born in 1907 is not
    from 1907. No guess older than a past year the text mentions is kept
    (later_year), nor one the title or its sentence looks back on ("10 năm
    trước"). Otherwise it is kept as the date when
    * "lead": one of the first five lines opens with it ("Ngày 6/2/2017, UBND …");
    * "cue": the words beside it say it is now ("Sáng nay (6/2/2017)", "ngày 6/2/2017 vừa qua");
    * "title": the title names that day ("Kết quả xổ số … ngày 6/2/2017");
    * "source": it lies within NEAR_DAYS of the usual publication dates of the
      same source (`source_range`: their 10th and 90th percentiles, archive.store;
      or a function giving them).
    Otherwise it is a weak guess: recorded in the note, not used as a date.
    """
    text = nfc(text)
    found = _candidate(text, today)
    if found is None:
        return DateJudgment(None, "none", "no full date in the text")
    start, iso, how = found
    if how == "dateline":
        return DateJudgment(iso, "dateline", f"dateline: {_line_at(text, start)}")
    later = later_year(text, iso, today)
    if later:
        return DateJudgment(None, "weak", f"weak guess {iso} not used (the text mentions {later}, after it)")
    ago = _YEARS_AGO.search(title) or _YEARS_AGO.search(_beside(text, start))
    if ago:
        return DateJudgment(None, "weak", f"weak guess {iso} not used (“{ago.group(0)}”: a look back)")
    if how == "lead":
        return DateJudgment(iso, "lead", f"the lead opens with it: {_line_at(text, start)[:40]}")
    cue = _NOW_CUE.search(_beside(text, start))
    if cue:
        return DateJudgment(iso, "cue", f"latest mention, beside “{cue.group(0)}”")
    if title and any(d == iso for _, d, _ in _all_dates(nfc(title))):
        return DateJudgment(iso, "title", "latest mention, also in the title")
    if callable(source_range):                  # asked only now: it costs the archive a query
        source_range = source_range()
    if source_range and _within(iso, source_range, NEAR_DAYS):
        return DateJudgment(iso, "source", f"latest mention, near its source's dates {source_range[0]}..{source_range[1]}")
    return DateJudgment(None, "weak", f"weak guess {iso} not used (latest mention, no cue)")


def vouch_for_hint(text: str, title: str, hint: str, source_range=None, today: dt.date | None = None) -> str:
    """Whether the text supports a date someone else guessed (a manifest's date_hint):
    "kept: …" when the title names that day or it lies near its source's usual
    dates, else why not. Such hints are latest-mention guesses too: on the 35k
    corpus, 6 of 14 checked were months to a year off (bench/README.md)."""
    later = later_year(text, hint, today)
    if later:
        return f"the text mentions {later}, after it"
    if title and any(d == hint for _, d, _ in _all_dates(nfc(title))):
        return "kept: the title names that day"
    if callable(source_range):
        source_range = source_range()
    if source_range and _within(hint, source_range, NEAR_DAYS):
        return f"kept: near its source's dates {source_range[0]}..{source_range[1]}"
    return "nothing in the text vouches for it"


def _beside(text: str, start: int, reach: int = CUE_REACH) -> str:
    """The words just around the date at `start`, inside its sentence ("Sáng nay (6/2/2017), …")."""
    before = re.split(r"[.!?;\n]\s", text[max(0, start - reach):start])[-1]
    after = re.split(r"[.!?;\n](?:\s|$)", text[start:start + 12 + reach])[0]
    return before + after


def _line_at(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:].split("\n", 1)[0].strip()[:60]


def _within(iso: str, bounds: tuple[str, str], days: int) -> bool:
    day = dt.date.fromisoformat(iso)
    first, last = (dt.date.fromisoformat(b) for b in bounds)
    return first - dt.timedelta(days=days) <= day <= last + dt.timedelta(days=days)


def _all_dates(text: str) -> list[tuple[int, str, int]]:
    """(offset, ISO, end) of every valid full date, ranges' first days left out."""
    out = []
    for rx, order in ((_WORDS, (3, 2, 1)), (_NUMERIC, (4, 3, 1)), (_ISO, (1, 2, 3))):
        for m in rx.finditer(text):
            iso = _iso(*(int(m.group(i)) for i in order))
            if iso:
                out.append((m.start(), iso, m.end()))
    out.sort()
    return out
