"""A person's positions (chức vụ) in the research views: which strings are positions
at all, when two are the same post, and each post's first and last date."""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import lru_cache

from archive.view_records import Position
from archive.vntext import match_key

MAX_POSITION = 120                # characters: "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy …"
_DAY = re.compile(r"\b\d{1,2}[/.-]\d{1,2}\b")    # "Chiều 12/6": a dateline, not a chức vụ


def titles(positions: str | None, key: str) -> list[str]:
    """The positions of one row, less the extractor's slips: a "position" longer than
    a chức vụ ever is, or holding the person's own name or a date (a headline)."""
    return [t for t in json.loads(positions or "[]")
            if len(t) <= MAX_POSITION and key not in position_key(t) and not _DAY.search(t)]


@lru_cache(maxsize=65536)
def position_key(title: str) -> str:
    """Positions meet across case, spacing and tone placement (cached: a few hundred
    distinct titles repeat over thousands of rows)."""
    return " ".join(match_key(title).split())


def timeline(rows, key: str) -> list[Position]:
    """Each chức vụ with the documents it is written in and its first and last date."""
    roots: dict[str, set] = defaultdict(set)
    seen: dict[str, list] = defaultdict(list)
    forms: dict[str, Counter] = defaultdict(Counter)
    for _, root, date, positions, _ in rows:
        for title in titles(positions, key):
            k = position_key(title)
            roots[k].add(root)
            forms[k][title] += 1
            if date:
                seen[k].append(date)
    for k, into in _same_position(forms).items():
        roots[into] |= roots.pop(k)
        seen[into] += seen.pop(k, [])
        forms[into] += forms.pop(k)
    out = [Position(best_form(forms[k]), len(roots[k]), min(seen[k], default=None),
                    max(seen[k], default=None)) for k in roots]
    return sorted(out, key=lambda p: (p.first is None, p.first or "", -p.documents, p.title))


def _same_position(forms: dict[str, Counter]) -> dict[str, str]:
    """{key: shorter key} where a position only adds a place name to another one
    ("Trưởng Ban Tuyên giáo Tỉnh ủy Lai Châu" is "Trưởng Ban Tuyên giáo Tỉnh ủy")."""
    out = {}
    for k in sorted(forms, key=len):
        form = forms[k].most_common(1)[0][0]
        for shorter in sorted(forms, key=len):
            if len(shorter) >= len(k) or not k.startswith(shorter + " ") or shorter in out:
                continue
            tail = form.split()[len(shorter.split()):]
            if tail and all(w[:1].isupper() for w in tail):
                out[k] = shorter
                break
    return out


def best_form(forms: Counter) -> str:
    """The form written most often; on a tie the longer (it names the place)."""
    return max(forms.items(), key=lambda f: (f[1], len(f[0]), f[0]))[0]
