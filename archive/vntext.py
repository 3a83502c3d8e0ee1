"""Vietnamese text rules shared by the archive, the indexer and the query parser.

One place for NFC, tone-placement unification and accent folding, so that what
is indexed and what is queried can never drift apart (GUIDE: one normalization).
All three work on NFC text through precomputed tables: they run on every
document at import and on every query, so they must be cheap.
"""
from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _toned(base: str) -> dict[str, str]:
    """Every toned form of `base` → (tone mark) e.g. {"ò": "\u0300", …}."""
    return {unicodedata.normalize("NFC", base + t): t for t in _TONES}


# Old placement puts the tone on the first vowel of a final "oa", "oe", "uy"
# (hòa, khỏe, thủy); the new one on the second (hoà, khoẻ, thuỷ). Matching
# uses the new one. The syllable must end there: "hoàng", "thuyền" never vary.
_MOVE = {}
for _first, _seconds in (("o", "ae"), ("O", "AE"), ("u", "y"), ("U", "Y")):
    for _form, _tone in _toned(_first).items():
        for _second in _seconds + _seconds.swapcase():
            _MOVE[_form + _second] = _first + unicodedata.normalize("NFC", _second + _tone)
_OLD_PLACEMENT = re.compile("(?:" + "|".join(sorted(_MOVE)) + r")(?!\w)")


def unify_tones(text: str) -> str:
    """Rewrite old tone placement to the new one (hòa → hoà); NFC in and out."""
    return _OLD_PLACEMENT.sub(lambda m: _MOVE[m.group()], nfc(text))


def _fold_table() -> dict[int, str]:
    table = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if base != char and base.isascii():
            table[code] = base
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    return table


_FOLD = _fold_table()
_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Remove every diacritic and map đ/Đ to d/D (Nghị quyết → Nghi quyet)."""
    folded = nfc(text).translate(_FOLD)
    return _COMBINING.sub("", folded) if not folded.isascii() else folded


def match_key(text: str) -> str:
    """Form used for exact matching: NFC, lowercase, one tone placement."""
    return unify_tones(text.lower())


def folded_key(text: str) -> str:
    """Form used for matching text typed without diacritics."""
    return fold(text).lower()


def has_diacritics(text: str) -> bool:
    return fold(text) != nfc(text)
