"""Positions (chức vụ) written beside a name: a title before it ("Trưởng Ban Tuyên
giáo Tỉnh ủy Lê Đức Dục") or an apposition after it ("Lê Đức Dục - Ủy viên Ban
Thường vụ Tỉnh ủy, Trưởng Ban …"). Title heads in data/person_rules.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.vntext import match_key
from indexer.person_words import _TOKEN, _Cand, _is_title, _rules, _vietnamese, token_key


# --- positions ----------------------------------------------------------------

_FIRST_WORD = re.compile(r"\w+")


@lru_cache(maxsize=None)
def _first_words() -> frozenset[str]:
    """First words of every title head and modifier (match_key form)."""
    r = _rules()
    return frozenset(p.split()[0] for p in list(r["heads"]) + list(r["modifiers"]) if p.split())


def _head_at(text: str, i: int, modified: bool = False) -> int | None:
    """End of a title head (with an optional modifier) starting at text[i], else None.

    A head is capitalized (Phó Thủ tướng, Chủ tịch) unless a modifier comes first
    (nguyên bộ trưởng): "phó thủ tướng thường trực" must not make "thường trực" a head.
    """
    r = _rules()
    first = _FIRST_WORD.match(text, i)
    if first is None or token_key(first.group()) not in _first_words():
        return None                                # most words open no title: skip the scan
    low = match_key(text[i:i + 60])
    for mod in r["modifiers"]:
        if low.startswith(mod + " "):
            return _head_at(text, i + len(mod) + 1, modified=True)
    if i >= len(text) or not (text[i].isupper() or modified):
        return None
    for h in r["heads"]:
        if low.startswith(h) and (len(low) == len(h) or not low[len(h)].isalnum()):
            return i + len(h)
    return None


def _scan_position(text: str, start: int, limit: int | None = None,
                   name_starts: frozenset = frozenset()) -> tuple[int, bool]:
    """End of the position phrase whose head ends at start, and whether a name stopped it.

    A position runs on over capitalized words and short lowercase stretches that
    lead to another capitalized word (Ban Tuyên giáo Tỉnh ủy, Bộ Văn hóa - Thể thao);
    it ends at punctuation, a verb or a long lowercase stretch.
    """
    r = _rules()
    end, pending, by_name, punct, compound = start, [], False, False, False
    stop_at = limit if limit is not None else min(len(text), start + 200)

    def stretch_ok() -> bool:
        return _stretch_ok(pending[1:] if compound else pending)

    for m in _TOKEN.finditer(text, start, stop_at):
        tok = m.group()
        if m.start() in name_starts:
            by_name = True
            break
        if not tok[0].isalnum():
            nxt = text[m.end():m.end() + 2].strip()
            if tok in "-–&" and nxt[:1].isupper() and _head_at(text, m.end() + 1) is None \
                    and (not pending or stretch_ok()):
                pending = []
                continue                           # Bộ Văn hóa - Thể thao – Du lịch
            punct = True
            break
        if tok[0].isdigit():
            if pending or end != m.start() - 1:
                break
            end = m.end()
            continue
        if tok[0].isupper():
            if pending and not stretch_ok():
                break
            if pending and match_key(pending[-1].group()) == "và" and _starts_title(text, m.start()):
                break                              # "… Phú Xuyên và Đại tá Nguyễn Đình Chiến"
            pending = []
            end = m.end()
            continue
        if not pending:                            # second syllable of "Bảo tồn", "Quốc hội"?
            compound = text[end:m.start()] == " " and end > start \
                and match_key(tok) not in r["stop"] | _SPEECH | _TAIL_STOP
        pending.append(m)
        if len(pending) > 3 and (len(pending) > 5 or not _stretch_ok(pending)):
            break                                  # "Ủy ban nhân dân tỉnh": words a position may hold
    else:
        keys = [match_key(mt.group()) for mt in pending]
        if limit is not None and (not pending or all(k in r["end_ok"] for k in keys)
                                  or compound and len(pending) == 1
                                  or all(k in r["low_ok"] for k in keys) and keys[-1] in r["end_ok"]):
            return limit, False                    # "Chủ tịch UBND tỉnh Lê Văn A", "… Chính phủ X"
        punct = limit is None and stop_at == len(text)
    keys = [match_key(mt.group()) for mt in pending]
    if compound and (punct and len(pending) == 1 or len(pending) > 1 and keys[1] in _TAIL_STOP | r["stop"]):
        end, pending, keys = pending[0].end(), pending[1:], keys[1:]   # "… Quốc hội;", "… Tin học cho"
    for mt, k in zip(pending, keys):               # "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy"
        if k in r["end_ok"] and text[end:mt.start()].strip() == "":
            end = mt.end()
        else:
            break
    return end, by_name


_TAIL_STOP = {"của", "tại", "và", "ở", "thuộc"}
_SPEECH = {"nói", "hỏi", "kể", "viết", "đáp", "cười", "khóc"}


def _starts_title(text: str, i: int) -> bool:
    return _head_at(text, i) is not None or bool(_rules()["rank_start"].match(match_key(text[i:i + 30])))


def _stretch_ok(words: list) -> bool:
    """Lowercase words inside a position, followed by a capitalized word."""
    r = _rules()
    keys = [match_key(m.group()) for m in words]
    if all(k in r["low_ok"] for k in keys):
        return True
    if len(keys) > 2:
        return False
    phrase = " ".join(keys)
    return not any(k in r["stop"] for k in keys) and phrase not in r["stop"]


_APPOSITION = re.compile(r"[ \u00a0]*[-–—,(][ \u00a0]*")


def _positions_after(text: str, cand: _Cand, name_starts: frozenset) -> list[str]:
    """Apposition: "Lê Đức Dục - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban …"."""
    out, pos, first = [], cand.end, True
    while True:
        m = _APPOSITION.match(text, pos)
        if not m:
            break
        sep = m.group().strip()
        if not first and sep != ",":
            break
        head_end = _head_at(text, m.end())
        if head_end is None:
            break
        end, by_name = _scan_position(text, head_end, name_starts=name_starts)
        if by_name:                                # belongs to the next person
            return out[:1] if len(out) > 1 else out
        out.append(_clean(text[m.end():end]))
        pos, first = end, False
    return out


def _positions_before(text: str, cand: _Cand, name_starts: frozenset,
                      name_ends: frozenset) -> list[str]:
    """A title written before the name: "Trưởng Ban Tuyên giáo Tỉnh ủy Lê Đức Dục"."""
    left_start = max(0, cand.start - 250)
    seg = text[left_start:cand.start]
    cut = max(seg.rfind(c) for c in ".;:!?\n(“\"")
    seg_start = left_start + cut + 1
    parts = [m for m in re.finditer(r"[^,]+", text[seg_start:cand.start])]
    if not parts:
        return []
    out = []
    last = parts[-1]
    best = _leftmost_position(text, seg_start + last.start(), cand.start, name_starts)
    if best is None:
        return []
    out.append(_clean(text[best:cand.start]))
    chain = []
    for pm in reversed(parts[:-1]):
        i0 = seg_start + pm.start()
        j = seg_start + pm.start() + len(pm.group().rstrip())
        head = _leftmost_position(text, i0, j, name_starts)
        if head is None:
            break                                  # "…, ông Nguyễn Thành Luân, Giám đốc Cty Luật Hà Việt": no title
        last = text[i0:j].split()[-1] if text[i0:j].split() else ""
        if head is not None and _is_title(last) and not _vietnamese(last):
            break                                  # "Thủ tướng Anh May, …": another person's title
            if j in name_ends:
                chain = []                         # they were that person's titles
            break
        chain.append(_clean(text[head:j]))
        if text[i0:head].strip():
            break                                  # "Dự buổi lễ có Ủy viên Bộ Chính trị, …"
    return list(reversed(chain)) + out


def _leftmost_position(text: str, a: int, b: int, name_starts: frozenset = frozenset()) -> int | None:
    """Start of the longest position phrase in text[a:b] that runs exactly to b."""
    for tm in re.finditer(r"\S+", text[a:b]):
        i = a + tm.start()
        head_end = _head_at(text, i)
        if head_end is None or head_end > b:
            continue
        end, by_name = _scan_position(text, head_end, limit=b, name_starts=name_starts)
        if end >= b and not by_name:
            return i
    return None


def _clean(pos: str) -> str:
    return re.sub(r"\s+", " ", pos).strip(" ,-–(")


def titles_next_name(text: str, i: int) -> bool:
    """Whether the title at text[i] is that of the surname-led name right after it:
    "Nói về vụ Đồng Tâm, Thủ tướng Nguyễn Xuân Phúc …" (no apposition of Đồng Tâm)."""
    m = re.match(r"[ \u00a0]+([^\W\d_]+)[ \u00a0]+([A-ZĐÀ-Ỹ][^\W\d_]*)", text[_head_at(text, i):_head_at(text, i) + 30])
    return bool(m) and token_key(m.group(1)) in _rules()["surnames"] \
        and token_key(m.group(1) + " " + m.group(2)) not in _rules()["places"]   # "…, quyền Tổng thống Hàn Quốc"
