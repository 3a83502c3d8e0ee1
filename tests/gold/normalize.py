"""The gold scorer's own comparison form, written here on purpose.

The scorer must not compare through the product's match_key / slogan_key: a
product key that breaks (say, truncated to two syllables) would then break
both sides of the comparison and every score would stay perfect. So this file
imports nothing from archive/ or indexer/; its rules are typed in by hand.

What two values must share to count as the same entity:
* NFC, lower case (str.casefold), runs of whitespace as one space;
* every dash (- ‐ ‑ ‒ – — ― −) as "-", with one space each side when it joins
  words ("Tiên phong–Trọng tâm" = "Tiên phong - Trọng tâm");
* tone placement: the tone of a final "oa", "oe", "uy" on the second vowel
  (hòa = hoà, khỏe = khoẻ, Thủy = Thuỷ), as the Vietnamese text rules allow both;
* for slogans, the surrounding quotes and trailing punctuation dropped, one
  space after a comma and none before it.
Diacritics are NOT folded: a slogan or name read with the wrong letters is wrong.
"""
from __future__ import annotations

import re
import unicodedata

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

# Old-style placement (tone on the first vowel of a final oa/oe/uy) → new style,
# typed in by hand for the five tones; a following letter means the syllable
# goes on (hoàng, thuyền) and nothing moves.
_OLD_TO_NEW = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_OLD_TONE = re.compile("(" + "|".join(_OLD_TO_NEW) + r")(?![^\W\d_])")
_DASH_RUN = re.compile(r"\s*[" + re.escape(DASHES) + r"]+\s*")
_QUOTES = "“”\"'«»‘’„"


def base(text: str) -> str:
    """NFC, lower case, one tone placement, dashes and spaces in one form."""
    t = unicodedata.normalize("NFC", text).casefold()
    t = _OLD_TONE.sub(lambda m: _OLD_TO_NEW[m.group(1)], t)
    t = _DASH_RUN.sub(" - ", t)
    return " ".join(t.split())


def person(name: str) -> str:
    return base(name)


def slogan(text: str) -> str:
    t = base(text).strip(_QUOTES + " .;:!?…")
    t = re.sub(r"\s*,\s*", ", ", t)
    return t.strip(_QUOTES + " ")


def docnum(code: str) -> str:
    """Canonical codes compared in upper case, Đ as D, TƯ as TW (news spells the Party's
    Trung ương code both ways), without spaces."""
    t = unicodedata.normalize("NFC", code).upper().replace("Đ", "D").replace("TƯ", "TW")
    return re.sub(r"\s+", "", t)


def date(iso: str) -> str:
    return iso.strip()


BY_TYPE = {"persons": person, "slogans": slogan, "docnums": docnum, "dates": date}
