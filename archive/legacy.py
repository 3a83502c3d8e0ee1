"""The old 8-bit Vietnamese encodings TCVN3 (ABC) and VNI-Windows, and mojibake repair.

Documents typed before Unicode took over used fonts (.VnTime, VNI-Times) whose
bytes mean Vietnamese letters only inside that font. Generic charset detectors
do not know these encodings, and a file read as cp1252 turns into
"Céng hoµ x· héi" (TCVN3) or "Coäng hoøa xaõ hoäi" (VNI). This module decodes,
encodes and detects them, and repairs such text, using the table in
data/legacy/ (see its README for where it came from and what was corrected).

Bytes are handled as "byte strings": a str whose characters are the bytes
(chr(b)). The table is written that way, and every code it uses lies in
0xA0-0xFF, where latin-1 and cp1252 agree. Bytes 0x80-0x9F are not letters in
either encoding; Word-era files hold cp1252 punctuation there (“ ” – … ), so
they are read as cp1252.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from archive.vntext import nfc

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
TABLE_PATH = DATA_DIR / "legacy" / "vn_legacy_mapping.json"

ENCODINGS = ("tcvn3", "vni")

# cp1252 punctuation at 0x80-0x9F: neither TCVN3 nor VNI puts a letter there.
_C1 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
       if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_C1_REVERSE = {ch: chr(b) for b, ch in _C1.items()}

# Decode-only spellings some converters write (VNI): a plain i/y + tone byte
# instead of the chart's single-byte ì í ỉ ĩ ị ỵ. They collide with nothing.
_VNI_ALIASES = {"iø": "ì", "iù": "í", "iû": "ỉ", "iõ": "ĩ", "iï": "ị", "yï": "ỵ",
                "IØ": "Ì", "IÙ": "Í", "IÛ": "Ỉ", "IÕ": "Ĩ", "IÏ": "Ị", "YÏ": "Ỵ"}


@dataclass(frozen=True)
class _Codec:
    encode: dict[str, str]      # Unicode letter → byte string
    decode: dict[str, str]      # byte string → Unicode letter
    pattern: re.Pattern         # longest byte string first, then C1 bytes


@lru_cache(maxsize=None)
def _table() -> list[dict]:
    with open(TABLE_PATH, encoding="utf-8") as f:
        return json.load(f)["rows"]


@lru_cache(maxsize=None)
def _codec(name: str) -> _Codec:
    """Build one direction-pair from the table once; duplicates would make decoding ambiguous."""
    encode = {row["unicode"]: row[name] for row in _table()}
    decode: dict[str, str] = {}
    for letter, code in encode.items():
        if code in decode or not all(0x20 <= ord(c) <= 0xFF for c in code):
            raise ValueError(f"bad {name} table entry for {letter!r}: {code!r}")
        decode[code] = letter
    if name == "vni":
        decode.update({k: v for k, v in _VNI_ALIASES.items() if k not in decode})
    keys = sorted((k for k in decode if not k.isascii()), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, keys)) + "|[\x80-\x9f]")
    return _Codec(encode, decode, pattern)


# --- encoding ---------------------------------------------------------------

def encode_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3; a capital with a tone becomes base capital + lowercase-tone byte."""
    return _encode(text, "tcvn3")


def encode_vni(text: str) -> bytes:
    """Unicode → VNI-Windows (base letter followed by diacritic bytes)."""
    return _encode(text, "vni")


def _encode(text: str, name: str) -> bytes:
    """ASCII and cp1252 punctuation pass; anything else outside the table cannot be written."""
    table = _codec(name).encode
    out = []
    for i, ch in enumerate(nfc(text)):
        code = table.get(ch) or (ch if ch < "\x80" else _C1_REVERSE.get(ch))
        if code is None:
            raise ValueError(f"{ch!r} (U+{ord(ch):04X}) at {i} has no {name.upper()} form")
        out.append(code)
    return "".join(out).encode("latin-1")


# --- decoding ---------------------------------------------------------------

def decode_tcvn3(data: bytes) -> str:
    """TCVN3 → NFC text, restoring capitals that lost their case (see _restore_caps)."""
    return _decode(data.decode("latin-1"), "tcvn3")


def decode_vni(data: bytes) -> str:
    """VNI-Windows → NFC text; multi-byte letters are matched longest first."""
    return _decode(data.decode("latin-1"), "vni")


def _decode(byte_text: str, name: str) -> str:
    codec = _codec(name)
    mapping = codec.decode

    def one(m: re.Match) -> str:
        s = m.group()
        return mapping.get(s) or _C1.get(ord(s), s)

    text = nfc(codec.pattern.sub(one, byte_text))
    return _restore_caps(text) if name == "tcvn3" else text


_WORD = re.compile(r"[^\W\d_]+")


def _restore_caps(text: str) -> str:
    """TCVN3 has no toned capitals: all-caps words may come out as "CộNG" — make them "CỘNG".

    Converters that drop the case (and headings typed in the .VnTimeH caps font)
    leave lowercase toned letters inside capital words. A word whose other
    letters are capitals, with two or more capitals or a capital after the
    lowercase letter ("CộNG", "ĐấT", "áN"), was meant in capitals; so was a
    Title-case word ("Xã") between capital words, one of them with a Vietnamese
    letter ("HOÀ Xã HỘI", but not "Sở GTVT").
    """
    if text.isascii():
        return text
    return "".join(_restore_line_caps(line) for line in text.splitlines(keepends=True))


def _restore_line_caps(line: str) -> str:
    heading = False

    def sure(m: re.Match) -> str:
        nonlocal heading
        w = m.group()
        if _caps_lost(w) == "sure":
            w = w.upper()
        heading = heading or _is_vn_caps(w)
        return w

    line = _WORD.sub(sure, line)
    if not heading:            # the Title-case rule needs a capital Vietnamese word nearby
        return line
    words = [[m.start(), m.group()] for m in _WORD.finditer(line)]
    for i, w in enumerate(words):
        if _caps_lost(w[1]) == "maybe":
            sides = [words[j][1] for j in (i - 1, i + 1) if 0 <= j < len(words)]
            if (sides and all(len(s) >= 2 and s.isupper() for s in sides)
                    and any(_is_vn_caps(s) for s in sides)):
                w[1] = w[1].upper()
    out, pos = [], 0
    for start, w in words:
        out.append(line[pos:start] + w)
        pos = start + len(w)
    return "".join(out) + line[pos:]


def _caps_lost(word: str) -> str | None:
    """"sure", "maybe" (Title case) or None: is this a capital word with lowercase toned letters?"""
    if word.isascii() or word.islower() or word.isupper():
        return None
    lower = [c for c in word if c.islower()]
    if not lower or any(c.isascii() or c not in _vn_letters() for c in lower):
        return None
    first_lower = next(i for i, c in enumerate(word) if c.islower())
    capitals = sum(c.isupper() for c in word)
    if capitals >= 2 or any(c.isupper() for c in word[first_lower:]):
        return "sure"
    return "maybe"


def _is_vn_caps(word: str) -> bool:
    """A capital word with a Vietnamese letter: a heading word, not an abbreviation (GTVT, GDĐT)."""
    return len(word) >= 2 and word.isupper() and not word.replace("Đ", "D").isascii()


# --- how Vietnamese does a text look ----------------------------------------

_TONE_MARKS = {"\u0300": "huyen", "\u0301": "sac", "\u0303": "nga",
               "\u0309": "hoi", "\u0323": "nang"}
_ONSETS = sorted("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(),
                 key=len, reverse=True) + [""]
_RHYMES = frozenset("""
a ai ao au ay ac ach am an ang anh ap at ak
ăc ăm ăn ăng ăp ăt ăk
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
y yêm yên yêng yêt yêu
o oc oi om on ong op ot oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
oe oem oen oeo oet
uân uâng uât uây uê uêch uênh uơ uy uya uych uyên uyêt uynh uyp uyt uyu
""".split())
_FRONT = tuple("eêiy")
_STOPS = ("c", "ch", "p", "t", "k")  # k: Tây Nguyên names (Đắk Lắk)
# Token: a run of anything but space, ASCII digits/punctuation, C1 bytes and
# General Punctuation (“ ” – …). Latin-1 symbols stay inside: in TCVN3 they are
# letters. Separators are the same in the legacy bytes and their decodings, so
# words line up one to one.
# Capital abbreviations are neither Vietnamese syllables nor mojibake: HĐND, NĐ.
_ABBREVIATION = re.compile(r"[A-ZĐ]+")
_TOKEN = re.compile(r"[^\s\x00-\x40\x5b-\x60\x7b-\x9f\u2000-\u206f]+")


@lru_cache(maxsize=None)
def _vn_letters() -> frozenset[str]:
    """Every Vietnamese letter (both cases): ASCII letters and the table's letters."""
    letters = {row["unicode"] for row in _table()} | {"đ", "Đ"}
    ascii_letters = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return frozenset(letters | {c.lower() for c in letters} | ascii_letters)


@lru_cache(maxsize=65536)
def is_syllable(token: str) -> bool:
    """True when the token is a well-formed Vietnamese syllable (onset + rhyme + one tone).

    Spelling rules (k/gh/ngh only before e ê i y, stop finals only with sắc or
    nặng) and the case pattern (lower, Title or UPPER) reject most mojibake,
    which otherwise often looks like Latin letters with accents ("Céng", "héi").
    """
    if not (token.islower() or token.isupper() or token.istitle()):
        return False
    if not all(c in _vn_letters() for c in token):
        return False
    decomposed = unicodedata.normalize("NFD", token.lower())
    tones = [_TONE_MARKS[c] for c in decomposed if c in _TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = nfc("".join(c for c in decomposed if c not in _TONE_MARKS))
    for onset in _ONSETS:
        if bare.startswith(onset) and _rhyme_ok(onset, bare[len(onset):], tones):
            return True
    return False


def _rhyme_ok(onset: str, rhyme: str, tones: list[str]) -> bool:
    if onset == "gi" and rhyme not in _RHYMES:
        rhyme = "i" + rhyme          # giếng = gi + (i)êng
    if rhyme not in _RHYMES:
        return False
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh") and not front:
        return False
    if onset in ("c", "ng") and front:
        return False
    if onset == "g" and front and not rhyme.startswith("i"):
        return False                 # "ge" is spelled "ghe"; "gì", "gìn" are fine
    if onset == "qu" and rhyme.startswith(("u", "o")):
        return False
    if rhyme.endswith(_STOPS) and tones not in (["sac"], ["nang"]):
        return False
    return True


def vietnamese_score(text: str) -> float:
    """Share of word tokens that are Vietnamese syllables (capital abbreviations left out).

    About 0.9-1.0 for Vietnamese prose, under 0.3 for English or French; 0.0 without words.
    """
    return _quality(text).share


@dataclass(frozen=True)
class _Quality:
    words: int = 0       # tokens with a letter, capital abbreviations left out
    syllables: int = 0   # ... of which Vietnamese syllables
    good: int = 0        # non-ASCII words that are syllables (ASCII reads the same in any decoding)
    bad: int = 0         # non-ASCII words that are not: mojibake, foreign words, "µm"

    @property
    def net(self) -> int:
        return self.good - self.bad

    @property
    def share(self) -> float:
        return self.syllables / self.words if self.words else 0.0


_NONE = _Quality()


def _quality(text: str) -> _Quality:
    return _total(_judge(token) for token in _TOKEN.findall(text))


def _total(parts) -> _Quality:
    """Sum of qualities, with plain integers: this runs for every word of a dump."""
    words = syllables = good = bad = 0
    for q in parts:
        words += q.words
        syllables += q.syllables
        good += q.good
        bad += q.bad
    return _Quality(words, syllables, good, bad)


@lru_cache(maxsize=65536)
def _judge(token: str) -> _Quality:
    if _ABBREVIATION.fullmatch(token) or not any(c.isalpha() for c in token):
        return _NONE   # "HĐND", or a lone symbol ("©", "·"): no evidence either way
    ok = is_syllable(token)
    if token.isascii():
        return _Quality(1, ok)
    return _Quality(1, ok, ok, not ok)


# --- evidence that bytes (or a cp1252 reading of them) are TCVN3 / VNI -------

# A legacy letter inside a word: after an ASCII letter ("héi", "Coäng") or
# starting a word that goes on with letters ("®Çu", "Ñaék"). Real symbols stand
# alone or before a unit: "5 µm" (µ left out of the word-start case), "©", "·".
_GLUED = re.compile(r"[A-Za-z][\xa0-\xff]|^[\xa0-\xb4\xb6-\xff]+[A-Za-z]")


@dataclass(frozen=True)
class _Evidence:
    before: _Quality     # the bytes as a cp1252 reader shows them
    after: _Quality      # the bytes decoded as the legacy encoding
    strong: frozenset    # distinct words the decoding turns into syllables, legacy letter inside


def _evidence(byte_text: str, name: str) -> _Evidence:
    """Compare the cp1252 view and the legacy decoding word by word (separators are ASCII)."""
    return _sum_evidence(_token_evidence(t, name) for t in _TOKEN.findall(byte_text))


def _sum_evidence(parts) -> _Evidence:
    parts = list(parts)
    strong = set()
    for e in parts:
        if e.strong:
            strong |= e.strong
    return _Evidence(_total(e.before for e in parts), _total(e.after for e in parts),
                     frozenset(strong))


@lru_cache(maxsize=65536)
def _token_evidence(token: str, name: str) -> _Evidence:
    before = _judge(token)
    if token.isascii():
        return _Evidence(before, before, frozenset())
    after = _quality(_decode(token, name))
    strong = before.syllables == 0 and after.good > 0 and _GLUED.search(token)
    return _Evidence(before, after, frozenset([token]) if strong else frozenset())


def _clearly_better(ev: _Evidence, baseline: _Quality | None = None) -> bool:
    """The text as read looks broken, the decoding reads as Vietnamese prose and gains a lot.

    "Broken": at most half of the non-ASCII words were syllables, so correct
    Vietnamese with a few symbols ("5 µm", "N·m", "©") is never decoded again.
    """
    before, after = baseline or ev.before, ev.after
    return (before.good <= before.bad
            and len(ev.strong) >= 2
            and after.good >= 2
            and after.bad <= 0.15 * after.good
            and after.share >= 0.5
            and after.net - before.net >= max(2, 0.5 * (before.good + before.bad)))


# --- detection --------------------------------------------------------------

_SAMPLE = 64 * 1024


def detect_legacy(data: bytes) -> str | None:
    """"tcvn3", "vni" or None for bytes that are not UTF-8.

    A legacy decoding is chosen only when it reads as clearly more Vietnamese
    than both cp1252 and cp1258 do, so Windows-1258 Vietnamese, Western text
    and binary junk are left (None) to generic charset detection.
    """
    sample = data[:_SAMPLE]
    byte_text = sample.decode("latin-1")
    cp1258 = _quality(nfc(sample.decode("cp1258", errors="replace")))
    best = max(((_evidence(byte_text, name), name) for name in ENCODINGS),
               key=lambda e: e[0].after.net)
    ev, name = best
    baseline = max(ev.before, cp1258, key=lambda q: q.net)
    return name if _clearly_better(ev, baseline) else None


# --- mojibake repair --------------------------------------------------------

def repair_mojibake(text: str) -> str:
    """Undo legacy bytes read as cp1252/latin-1 ("Céng hoµ" → "Cộng hoà"), line by line.

    Only lines that cp1252/latin-1 can turn back into bytes are candidates, so
    text with ư, ơ, ạ… or combining marks is never touched. When every non-ASCII
    line is a candidate, the lines are judged together and each one that does
    not read worse is replaced. When other lines are real Unicode, each
    candidate line must be clearly better on its own.
    """
    if text.isascii():
        return text
    lines = text.splitlines(keepends=True)
    candidates, mixed = {}, False
    for i, line in enumerate(lines):
        if not line.isascii():
            byte_text = _to_byte_text(line)
            if byte_text is None:
                mixed = True
            else:
                candidates[i] = byte_text
    if not candidates:
        return text
    scored = [({i: _evidence(b, name) for i, b in candidates.items()}, name) for name in ENCODINGS]
    evidence, name = max(scored, key=lambda s: _sum_evidence(s[0].values()).after.net)
    if mixed:
        chosen = [i for i, ev in evidence.items() if _clearly_better(ev)]
    elif _clearly_better(_sum_evidence(evidence.values())):
        chosen = [i for i, ev in evidence.items() if ev.after.net >= ev.before.net]
    else:
        return text
    for i in chosen:
        lines[i] = _decode(candidates[i], name)
    return "".join(lines)


def _to_byte_text(line: str) -> str | None:
    """The bytes a cp1252 (or latin-1) reader turned into this line, as a byte string."""
    try:
        return line.encode("cp1252").decode("latin-1")
    except UnicodeEncodeError:
        pass
    out = []
    for ch in line:
        if ch <= "\xff":
            out.append(ch)
        elif ch in _C1_REVERSE:
            out.append(_C1_REVERSE[ch])
        else:
            return None
    return "".join(out)
