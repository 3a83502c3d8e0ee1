"""Vietnamese text rules shared by the archive, the indexer and the query parser.

One place for NFC, tone-placement unification and accent folding, so that what
is indexed and what is queried can never drift apart (GUIDE: one normalization).
"""
from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# Old placement puts the tone on the first vowel of a final "oa", "oe", "uy"
# (hòa, khỏe, thủy); the new one on the second (hoà, khoẻ, thuỷ). In NFD the
# tone follows its letter, so moving it is a swap of two code points.
_OLD_PLACEMENT = re.compile(rf"([oO])([{_TONES}])([aAeE])(?![\w{_TONES}\u0302\u0306\u031b])"
                            rf"|([uU])([{_TONES}])([yY])(?![\w{_TONES}])")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def unify_tones(text: str) -> str:
    """Rewrite old tone placement to the new one (hòa → hoà); NFC out."""
    decomposed = unicodedata.normalize("NFD", text)
    if not any(t in decomposed for t in _TONES):
        return nfc(decomposed)
    swapped = _OLD_PLACEMENT.sub(_swap, decomposed)
    return nfc(swapped)


def _swap(m: re.Match) -> str:
    if m.group(1):
        return m.group(1) + m.group(3) + m.group(2)
    return m.group(4) + m.group(6) + m.group(5)


def fold(text: str) -> str:
    """Remove every diacritic and map đ/Đ to d/D (Nghị quyết → Nghi quyet)."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D")


def match_key(text: str) -> str:
    """Form used for exact matching: NFC, lowercase, one tone placement."""
    return unify_tones(text).lower()


def folded_key(text: str) -> str:
    """Form used for matching text typed without diacritics."""
    return fold(text).lower()


def has_diacritics(text: str) -> bool:
    return fold(text) != nfc(text)
