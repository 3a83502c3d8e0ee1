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
    for i, ch in enumerate(unicodedata.normalize("NFC", text)):
        code = table.get(ch) or (ch if ch < "\x80" else _C1_REVERSE.get(ch))
        if code is None:
            raise ValueError(f"{ch!r} (U+{ord(ch):04X}) at {i} has no {name.upper()} form")
        out.append(code)
    return "".join(out).encode("latin-1")


# --- decoding ---------------------------------------------------------------

def decode_tcvn3(data: bytes) -> str:
    """TCVN3 → NFC text, restoring capitals that lost their case (see _restore_caps)."""
    return _restore_caps(_decode(data.decode("latin-1"), "tcvn3"))


def decode_vni(data: bytes) -> str:
    """VNI-Windows → NFC text; multi-byte letters are matched longest first."""
    return _decode(data.decode("latin-1"), "vni")


def _decode(byte_text: str, name: str) -> str:
    codec = _codec(name)
    mapping = codec.decode

    def one(m: re.Match) -> str:
        s = m.group()
        return mapping.get(s) or _C1.get(ord(s), s)

    return unicodedata.normalize("NFC", codec.pattern.sub(one, byte_text))


_WORD = re.compile(r"[^\W\d_]+")


def _restore_caps(text: str) -> str:
    """TCVN3 has no toned capitals: all-caps words come out as "CộNG" — make them "CỘNG".

    Converters that drop the case (and headings typed in the .VnTimeH caps font)
    leave lowercase toned letters inside otherwise capital words. A word with at
    least two ASCII letters, all capital, and only Vietnamese letters lowercase,
    was meant in capitals.
    """
    def fix(m: re.Match) -> str:
        w = m.group()
        ascii_letters = [c for c in w if c.isascii()]
        lower_other = [c for c in w if not c.isascii() and c.islower()]
        if (len(ascii_letters) >= 2 and all(c.isupper() for c in ascii_letters)
                and lower_other and all(c in _vn_letters() for c in lower_other)):
            return w.upper()
        return w

    return _WORD.sub(fix, text)


# --- how Vietnamese does a text look ----------------------------------------

_TONE_MARKS = {"\u0300": "huyen", "\u0301": "sac", "\u0303": "nga", "\u0309": "hoi", "\u0323": "nang"}
_ONSETS = sorted("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(),
                 key=len, reverse=True) + [""]
_RHYMES = frozenset("""
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
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
_STOPS = ("c", "ch", "p", "t")
# Token: a run of anything but space, ASCII digits/punctuation and General
# Punctuation (“ ” – …). Latin-1 symbols stay inside: in TCVN3 they are letters.
_TOKEN = re.compile(r"[^\s\x00-\x40\x5b-\x60\x7b-\x7f\u2000-\u206f]+")


@lru_cache(maxsize=None)
def _vn_letters() -> frozenset[str]:
    """Every Vietnamese letter (both cases): ASCII letters and the table's letters."""
    letters = {row["unicode"] for row in _table()} | {"đ", "Đ"}
    return frozenset(letters | {c.lower() for c in letters} | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))


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
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
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
    """Share of word tokens (with a letter) that are Vietnamese syllables; 0.0 without words."""
    words = [t for t in _TOKEN.findall(text) if any(c.isalpha() for c in t)]
    if not words:
        return 0.0
    return sum(map(is_syllable, words)) / len(words)


@dataclass(frozen=True)
class _Quality:
    """Counts over non-ASCII tokens only: ASCII words look the same in every decoding."""
    good: int = 0    # Vietnamese syllables with a diacritic
    bad: int = 0     # tokens with non-ASCII characters that are not syllables

    @property
    def net(self) -> int:
        return self.good - self.bad

    def __add__(self, other: "_Quality") -> "_Quality":
        return _Quality(self.good + other.good, self.bad + other.bad)


def _quality(text: str) -> _Quality:
    good = bad = 0
    for token in _TOKEN.findall(text):
        if token.isascii():
            continue
        if is_syllable(token):
            good += 1
        else:
            bad += 1
    return _Quality(good, bad)


def _clearly_better(before: _Quality, after: _Quality) -> bool:
    """The candidate reads as Vietnamese and gains a lot over what we had."""
    return (after.good >= 2
            and after.bad <= 0.15 * after.good
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
    baseline = max((_quality(sample.decode(cp, errors="replace")) for cp in ("cp1252", "cp1258")),
                   key=lambda q: q.net)
    scored = [(_quality(_decode(byte_text, name)), name) for name in ENCODINGS]
    quality, name = max(scored, key=lambda s: s[0].net)
    return name if _clearly_better(baseline, quality) else None


# --- mojibake repair --------------------------------------------------------

def repair_mojibake(text: str) -> str:
    """Undo legacy bytes read as cp1252/latin-1 ("Céng hoµ" → "Cộng hoà"), line by line.

    Only lines that cp1252/latin-1 can turn back into bytes are candidates (so
    text with ư, ơ, ạ… or combining marks is never touched). The whole set of
    candidate lines must read clearly better in one legacy encoding; then each
    candidate line that is not worse in it is replaced.
    """
    if text.isascii():
        return text
    lines = text.splitlines(keepends=True)
    candidates = {i: b for i, line in enumerate(lines)
                  if not line.isascii() and (b := _to_byte_text(line)) is not None}
    if not candidates:
        return text
    before = {i: _quality(lines[i]) for i in candidates}
    total_before = sum(before.values(), _Quality())
    best = None
    for name in ENCODINGS:
        decoded = {i: _decode(b, name) for i, b in candidates.items()}
        if name == "tcvn3":
            decoded = {i: _restore_caps(s) for i, s in decoded.items()}
        after = {i: _quality(s) for i, s in decoded.items()}
        total = sum(after.values(), _Quality())
        if best is None or total.net > best[0].net:
            best = (total, decoded, after)
    total_after, decoded, after = best
    if not _clearly_better(total_before, total_after):
        return text
    for i in candidates:
        if after[i].net >= before[i].net:
            lines[i] = decoded[i]
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
