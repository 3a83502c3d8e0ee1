"""Quoted phrases in Vietnamese news text: curly, straight, guillemet, single and mixed
marks, closed however the page closed them (indexer/slogans.py decides which are slogans)."""
from __future__ import annotations

import re

_PAIRS = {"“": "”", "«": "»", '"': '"'}
_MARKS = re.compile(r'[\n“”«»"]')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted phrase's content, inner quotes included."""
    spans, stack = [], []                         # stack of (char, content start)
    for m in _MARKS.finditer(text):               # only the marks and line ends: far faster than every character
        i, ch = m.start(), m.group()
        if ch == "\n":
            stack = []
        elif ch == "“" and stack and stack[-1][0] == "“" and _glued_close(text, i):
            spans.append((stack.pop()[1], i))      # chủ đề “ Phát huy nội lực, tăng trưởng bền vững“ do …
        elif ch in "“«":
            stack.append((ch, i + 1))
        elif ch in "”»":
            while stack and _PAIRS[stack[-1][0]] != ch and stack[-1][0] != '"':
                stack.pop()
            if stack:
                spans.append((stack.pop()[1], i))  # "…” too: khẩu hiệu: "Việc gì khó có thanh niên! …”
        elif ch == '"':
            if stack and stack[-1][0] == '"' and not _opens(text, i):
                spans.append((stack.pop()[1], i))
            elif stack and stack[-1][0] == "“" and _straight_closes(text, i):
                spans.append((stack.pop()[1], i))  # “… closed by a straight quote
            else:
                stack.append(('"', i + 1))
    if "'" in text or "‘" in text:
        spans.extend(m.span(1) if m.group(1) else m.span(2) for m in _SINGLE.finditer(text))
    if "‘" in text or "’" in text:
        spans.extend(m.span(1) if m.group(1) else m.span(2) for m in _MIXED.finditer(text))
    return sorted(s for s in spans if 0 < s[1] - s[0] <= 500)   # a congress theme runs to ~450 characters


# 'Trọng thị, chu đáo, …' in a headline: opened after a space, a colon or a line's start, closed
# before a space or a mark — not an apostrophe inside a word (H'Mông, Ê'đê, don't)
_SINGLE = re.compile(r"(?:^|(?<=[\s:(]))'([^'\s][^'\n]{0,198}[^'\s])'(?=[\s.,;:!?)]|$)|‘([^’\n]{1,200})’", re.M)


# quotes of mixed marks: ‘5 không, 3 sạch” (a headline), “Quyền con người, … qua biên giới’ nhằm — the
# second closed before a space or a mark, and only when no ” closes the “ later on its line (not “Now I’m”)
_MIXED = re.compile(r"‘([^‘’“”\n]{1,200})”|“([^‘’“”\n]{1,200})’(?=[\s.,;:!?)]|$)(?![^“\n]*”)", re.M)


def _glued_close(text: str, i: int) -> bool:
    """An opening mark at i that closes the one before it: glued to the word before and
    followed by a space, a mark or the line's end, as a closing mark is."""
    return i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(“\"'" \
        and (i + 1 == len(text) or text[i + 1] in " \t\n.,;:!?)")


def _opens(text: str, i: int) -> bool:
    """A straight quote after a space and before a word opens a quote inside the one still open
    ("Hè 2008, … gắn với chủ đề năm "Thực hiện nếp sống văn minh đô thị”); a closing one
    follows a word or a mark."""
    return 0 < i < len(text) - 1 and text[i - 1].isspace() and text[i + 1].isalnum()


def _straight_closes(text: str, i: int) -> bool:
    """A straight quote at i closes the “ before it when no ” does before the next “ or the
    line's end (“lao động giỏi”, “cải cách hành chính", đến … “vì người nghèo …”); one after
    a space opens a quote (… đòi "đa nguyên …")."""
    line_end = text.find("\n", i) % (len(text) + 1)
    close, reopen = text.find("”", i, line_end), text.find("“", i, line_end)
    return close < 0 or 0 <= reopen < close and not text[i - 1].isspace()
