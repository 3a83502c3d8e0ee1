"""Slogans, mottos (phương châm), themes and movement names in Vietnamese text.

A quoted phrase (“…”, "…", «…») is a slogan when the words just before it say
so — phương châm, khẩu hiệu, phong trào, cuộc vận động, chủ đề, hưởng ứng … —
and no nearer word makes it a title ("Kết luận 79-KL/TW về “…”", "bài viết “…”")
or speech ("ông nói: “…”"). Without a cue, or after a weak one ("triển khai",
"hoạt động"), a quote counts only when it has a slogan's shape: short parallel
segments ("Tiên phong - Trọng tâm - Thuyết phục", "Tâm sáng, chí bền") or the
opening of a well-known movement ("Học tập và làm theo …"). A phrase after
"phương châm … là:" counts unquoted too, when it ends clearly at "(", "." or ";".
Cue lists: data/slogan_rules.json.

slogan_key() is the matching form: dash variants (and other punctuation), spacing,
case and diacritics ignored, so “Tiên phong – Trọng tâm – thuyết phục” and
"Tien phong-Trong tam-Thuyet phuc" find the same slogan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.resources import load_json
from archive.vntext import folded_key, match_key, nfc


@dataclass
class Slogan:
    text: str
    key: str


def slogan_key(text: str) -> str:
    """Matching form: no diacritics, lower case, punctuation (any dash, commas) as spaces."""
    k = folded_key(nfc(text))
    k = re.sub(r"[^\w]+", " ", k)
    return " ".join(k.split())


@lru_cache(maxsize=None)
def _rules() -> dict:
    raw = load_json("slogan_rules.json")
    weak = {match_key(c) for c in raw["weak_cues"]}
    strong = [c for c in raw["cues"] if match_key(c) not in weak]
    return {
        "strong": _phrase_re(strong),
        "weak": _phrase_re(raw["weak_cues"]),
        "title": _phrase_re(raw["title_cues"]),
        "speech": _phrase_re(raw["speech_cues"]),
        "openings": tuple(match_key(o) for o in raw["known_openings"]),
        "theme": _phrase_re(raw["theme_cues"]),
        "discussion": _phrase_re(raw["discussion_cues"]),
        "year_theme": re.compile(raw["year_theme"]),
    }


def _phrase_re(phrases: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(match_key(p)) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


# --- quotes -----------------------------------------------------------------

_PAIRS = {"“": "”", "«": "»", '"': '"'}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted phrase's content, inner quotes included."""
    spans, stack = [], []                         # stack of (char, content start)
    for i, ch in enumerate(text):
        if ch == "\n":
            stack = []
        elif ch in "“«":
            stack.append((ch, i + 1))
        elif ch in "”»":
            while stack and _PAIRS[stack[-1][0]] != ch:
                stack.pop()
            if stack:
                spans.append((stack.pop()[1], i))
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                spans.append((stack.pop()[1], i))
            elif stack and stack[-1][0] == "“" and "”" not in text[i:text.find("\n", i) % (len(text) + 1)]:
                spans.append((stack.pop()[1], i))  # “… closed by a straight quote
            else:
                stack.append(('"', i + 1))
    return sorted(s for s in spans if 0 < s[1] - s[0] <= 300)


# --- deciding -----------------------------------------------------------------

_WINDOW_CUT = re.compile(r"[“”\"«».!?;\n](?=[^“”\"«».!?;\n]*$)")


def _left_words(text: str, start: int, n: int = 14) -> str:
    """The clause before a quote: back to the last quote mark or sentence end, n words."""
    left = text[max(0, start - 1 - 200):max(0, start - 1)]
    m = _WINDOW_CUT.search(left)
    if m:
        left = left[m.end():]
    return " ".join(match_key(left).split()[-n:])


def _nearest(rx: re.Pattern, s: str) -> int | None:
    """Distance in characters from the end of the nearest cue match to the end of s."""
    ends = [m.end() for m in rx.finditer(s)]
    return len(s) - max(ends) if ends else None


_PRONOUNS = re.compile(r"(?<!\w)(?:tôi|chúng tôi|chúng ta|chúng tao|tao|mình|tớ|bạn|anh|chị|em|ông|bà)(?!\w)")


def _shape(content: str) -> bool:
    """Short parallel segments or a well-known movement opening.

    Parallel: parts joined by dashes (up to 4 words each) or commas (up to 3), no
    digits and no I/you pronoun: "Tiên phong - Trọng tâm - Thuyết phục",
    "Tâm sáng, chí bền" — not "Thưa, khoảng 600m2 ạ" or "Với Sơn Trà, tôi …".
    """
    words = content.split()
    if not words or not words[0][0].isupper() or len(words) > 16:
        return False
    key = match_key(content)
    if key.startswith(_rules()["openings"]):
        return True
    if re.search(r"\d", content) or _PRONOUNS.search(key):
        return False
    dashed = [s.split() for s in re.split(r"\s*[-–—]\s*", content) if s.strip()]
    if len(dashed) >= 2 and all(1 <= len(s) <= 4 for s in dashed):
        return True
    commas = [s.split() for s in re.split(r"\s*,\s*", content) if s.strip()]
    return len(commas) >= 2 and all(1 <= len(s) <= 3 for s in commas)


def is_slogan(text: str, start: int, end: int) -> bool:
    """Whether the quoted content text[start:end] is a slogan, motto, theme or movement."""
    r = _rules()
    content = text[start:end].strip()
    words = content.split()
    if not words or len(words) > 25 or re.search(r"[.!?]\s+\S", content):
        return False                              # speech: long or several sentences
    left = _left_words(text, start)
    strong, weak = _nearest(r["strong"], left), _nearest(r["weak"], left)
    title = _nearest(r["title"], left)
    key = match_key(content)
    if (key.startswith(r["openings"]) or r["year_theme"].match(key)) and len(words) <= 16:
        cue = min((d for d in (strong, weak) if d is not None), default=None)
        return title is None or (cue is not None and cue <= title)   # "Năm Dân vận 2017"
    other = [d for d in (title, _nearest(r["speech"], left)) if d is not None]
    blocker = min(other) if other else None
    if strong is not None and (blocker is None or strong <= blocker):
        theme = _nearest(r["theme"], left)
        if theme is not None and theme <= strong and len(words) > 10 and _nearest(r["discussion"], left) \
                is not None and not re.search(r"\s[-–—:]\s|:", content):
            return False                          # a discussion topic, not a theme
        return len(words) <= 20
    if blocker is not None and (weak is None or blocker < weak):
        return False
    return _shape(content)


def _continues(text: str, prev_end: int, start: int, end: int) -> bool:
    """A quote right after a slogan quote, in a list or as its wording.

    “Quần đảo Hoàng Sa … là của Việt Nam”, “Biển bạc của ta …”;
    phương châm “3 cùng” đồng hành với doanh nghiệp “Cùng đi, cùng đến …”.
    """
    between = text[prev_end + 1:start - 1]
    if re.search(r"[.!?;\n]", between) or len(between.split()) > 6:
        return False
    r, low = _rules(), match_key(between)
    if r["title"].search(low) or r["speech"].search(low):
        return False                              # … phong trào “A” và bài viết “B”
    words = text[start:end].split()
    return 0 < len(words) <= 16 and not re.search(r"[.!?]\s+\S", text[start:end])


_UNQUOTED = re.compile(r"(?:phương châm|khẩu hiệu|tôn chỉ|châm ngôn)(?:\s+[^\s:“”\"]+){0,6}?\s*"
                       r"(?:đó\s+)?(?:là)?\s*:\s*([^\s“”\"(][^“”\"(.;\n]{2,120}?)\s*(?=[(.;\n]|$)", re.I)


def find_slogans(text: str) -> list[Slogan]:
    """Slogans in order of first mention, one per slogan_key."""
    text = nfc(text)
    found: list[tuple[int, str]] = []
    prev_end = None
    for s, e in quoted_spans(text):
        if is_slogan(text, s, e) or prev_end is not None and _continues(text, prev_end, s, e):
            found.append((s, text[s:e].strip()))
            prev_end = e
    for m in _UNQUOTED.finditer(text):
        phrase = m.group(1).strip(" ,")
        if phrase[:1].isupper() and len(phrase.split()) <= 12:
            found.append((m.start(1), phrase))
    found.sort()
    out, seen = [], set()
    for _, t in found:
        k = slogan_key(t)
        if k and k not in seen:
            seen.add(k)
            out.append(Slogan(t, k))
    return out
