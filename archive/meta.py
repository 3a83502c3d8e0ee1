"""Title, publication date, source and author of a cleaned article.

Each value comes from the best evidence available, in this order: the
metadata that came with the input, then the text's own header lines, then
inference. `date_source` records which one gave the date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

HEADER_LINES = 8            # the title, kicker, source line and dateline live up here
MAX_TITLE = 250

_SOURCE_LINE = re.compile(r"^\(\s*((?:www\.)?(?:[\w-]+\.)+[a-z]{2,})\s*\)$", re.IGNORECASE)
_AUTHOR_LINE = re.compile(r"^(?:Tác giả|Người viết|Bài(?: và ảnh)?|Tin(?: và ảnh)?|PV)\s*:\s*(.{2,80}?)\.?$", re.IGNORECASE)
_THEO_LINE = re.compile(r"^Theo\s+(.{2,80}?)\.?$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“])")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])")
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_DATELINE = re.compile(r"^(?:(?:Thứ\s+\w+|Chủ nhật|Ngày đăng|Cập nhật|Đăng ngày|Ngày)\s*[:,]?\s*)?"
                       r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*(?:GMT[+-]\d+)?$",
                       re.IGNORECASE)


@dataclass
class Meta:
    title: str
    date: str | None
    date_source: str | None
    source: str | None
    author: str | None
    date_note: str | None = None


def valid_date(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat() if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def parse_date(value) -> str | None:
    """An ISO date from metadata in ISO, d/m/Y or d-m-Y form; None if it is not one."""
    if not value:
        return None
    s = str(value).strip()
    m = _ISO.search(s)
    if m:
        return valid_date(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.search(s)
    if m:
        return valid_date(int(m[3]), int(m[2]), int(m[1]))
    return None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "//" in url else "//" + url).hostname
    return host[4:] if host and host.startswith("www.") else host


def header_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")[:40] if line.strip()][:HEADER_LINES]


def find_title(text: str) -> str:
    """The headline: the line before a "(portal.gov.vn)" source line, else line 1 if
    it reads as a headline, else the first sentence."""
    lines = header_lines(text)
    for i, line in enumerate(lines):
        if _SOURCE_LINE.match(line):
            for previous in reversed(lines[:i]):
                if _headline_like(previous):
                    return previous
            break
    if lines and _headline_like(lines[0]):
        return lines[0]
    return first_sentence(text)


def _headline_like(line: str) -> bool:
    return 0 < len(line) <= MAX_TITLE and not line.endswith((".", ":", ";", ",")) and not _DATELINE.match(line)


def first_sentence(text: str) -> str:
    body = " ".join(text.split())
    sentence = _SENTENCE_END.split(body, maxsplit=1)[0] if body else ""
    if len(sentence) > MAX_TITLE:
        cut = sentence[:MAX_TITLE].rsplit(" ", 1)[0]
        return cut + "…"
    return sentence


def find_source(text: str) -> str | None:
    for line in header_lines(text) + _tail_lines(text):
        m = _SOURCE_LINE.match(line)
        if m:
            return m[1].lower().removeprefix("www.")
    return None


def find_author(text: str) -> str | None:
    for line in reversed(_tail_lines(text)):
        m = _AUTHOR_LINE.match(line) or _THEO_LINE.match(line)
        if m:
            return m[1].strip()
    return None


def find_header_date(text: str) -> str | None:
    for line in header_lines(text):
        if _DATELINE.match(line):
            return parse_date(line)
    return None


def _tail_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n")[-12:] if line.strip()][-4:]


PUBLISHED = ("metadata", "text")     # date_source values that are publication dates


def judge_text_date(text: str, title: str, source_range=None):
    """A dateline further down, else a strongly supported mention (indexer/dates.py)."""
    from indexer.dates import judge_pub_date

    return judge_pub_date(text, title, source_range)



def _clean_author(value) -> str | None:
    """"Tác giả: Cầm Thúy" → "Cầm Thúy" (HTML extractors keep the label)."""
    if not value:
        return None
    return re.sub(r"^(?:Tác giả|Người viết|Theo)\s*:?\s*", "", str(value).strip(), flags=re.IGNORECASE) or None


def extract_meta(text: str, given: dict, source_range=None) -> Meta:
    """Combine what the input said about itself (`given`) with what the text shows.

    date_source: "metadata" (the input's own date), "text" (a dateline or a date
    line in the header: both are publication dates), "inferred" (a date the text
    gives with strong evidence, see judge_pub_date, or a manifest's date_hint the
    text vouches for, see vouch_for_hint), or None. date_note says why. `source_range(source)` gives the first and last
    publication dates already known for a source, or None.
    """
    title = (given.get("title") or "").strip() or find_title(text) or "(không có tiêu đề)"
    title = " ".join(title.split())
    source = host_of(given.get("url")) or given.get("source") or find_source(text)
    author = _clean_author(given.get("author")) or find_author(text)
    date_value, date_source, note = _date(text, title, given, source, source_range)
    return Meta(title=title, date=date_value, date_source=date_source, source=source, author=author,
                date_note=note)


def _date(text: str, title: str, given: dict, source, source_range) -> tuple[str | None, str | None, str]:
    value = parse_date(given.get("date"))
    if value:
        return value, "metadata", "given with the input"
    value = find_header_date(text)
    if value:
        return value, "text", "date line in the header"
    usual = (lambda: source_range(source)) if source_range and source else None    # asked only if needed
    judged = judge_text_date(text, title, usual)
    if judged.how == "dateline":
        return judged.date, "text", judged.note
    if judged.date:
        return judged.date, "inferred", judged.note
    hint = parse_date(given.get("date_hint"))
    if hint:                               # the dump maker's guess: kept only where the text vouches for it
        from indexer.dates import vouch_for_hint

        reason = vouch_for_hint(text, title, hint, usual)
        if reason.startswith("kept"):
            return hint, "inferred", f"the manifest's date_hint, {reason}"
        return None, None, f"the manifest's date_hint {hint} not used ({reason}); {judged.note}"
    return None, None, judged.note
