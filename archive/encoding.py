"""Bytes → NFC text: UTF-8/16/32 (BOM or not), Windows-1258, TCVN3, VNI, mojibake repair.

Order matters: the cheap, certain checks first (BOMs, strict UTF-8), then the
legacy Vietnamese encodings that generic detectors do not know, then
charset-normalizer for the rest. Correct Unicode is never "repaired" unless the
repair is clearly more Vietnamese (archive/legacy.py decides that).
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from archive import legacy
from archive.vntext import nfc

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class DecodeError(ValueError):
    """The bytes are binary or in no encoding we can read."""


@dataclass
class Decoded:
    text: str
    encoding: str


def decode(data: bytes) -> Decoded:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _finish(data.decode(name, errors="replace"), name)
    utf16 = _bomless_utf16(data)
    if utf16:
        return _finish(data.decode(utf16, errors="replace"), utf16)
    if _looks_binary(data):
        raise DecodeError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if not _cut_short(data, e):
            return _decode_8bit(data)
        text = data[:e.start].decode("utf-8")      # a file cut inside its last letter: keep the rest
    repaired = legacy.repair_mojibake(text)
    if repaired != text:
        return _finish(repaired, "utf-8+legacy-repair")
    return _finish(text, "utf-8")


def _cut_short(data: bytes, error: UnicodeDecodeError) -> bool:
    """UTF-8 whose only fault is a letter cut off at the very end (a truncated download)."""
    return error.reason == "unexpected end of data" and error.start >= len(data) - 3 and error.start > 0


def _finish(text: str, encoding: str) -> Decoded:
    return Decoded(nfc(text.replace("\r\n", "\n").replace("\r", "\n")), encoding)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.02 * max(len(sample), 1)


def _decode_8bit(data: bytes) -> Decoded:
    name = legacy.detect_legacy(data)
    if name == "tcvn3":
        return _finish(legacy.decode_tcvn3(data), "tcvn3")
    if name == "vni":
        return _finish(legacy.decode_vni(data), "vni")
    candidates = _candidates(data)
    if not candidates:
        raise DecodeError("undecodable: no known encoding fits")
    text, encoding = max(candidates, key=lambda c: legacy.vietnamese_score(c[0]))
    return _finish(text, encoding)


def _candidates(data: bytes) -> list[tuple[str, str]]:
    """Windows-1258 (the Vietnamese code page) and charset-normalizer's best guess."""
    from charset_normalizer import from_bytes  # loaded only for the rare non-UTF-8 file

    found = []
    try:
        found.append((data.decode("cp1258"), "cp1258"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("cp1258", "windows_1258"):
        found.append((str(best), best.encoding))
    return found


# -- streams -----------------------------------------------------------------
# Exports (JSON Lines, CSV) are read line by line, so their encoding is decided
# once from the head and each text value is then finished by `fix`.

HEAD_BYTES = 256 * 1024


@dataclass
class TextStream:
    file: object                  # a text file object (io.TextIOWrapper)
    encoding: str
    fix: object                   # str -> str: NFC, and the legacy repair the head called for


def open_text(stream, head_bytes: int = HEAD_BYTES) -> TextStream:
    """Wrap a binary stream as text, with the encoding `decode` finds in its head.

    Raises DecodeError("binary file") like `decode`. Bytes that turn out
    undecodable after the head become U+FFFD rather than stopping the stream.
    """
    import io

    buffered = io.BufferedReader(stream, buffer_size=head_bytes)   # so that peek() sees the whole head
    head = buffered.peek(head_bytes)[:head_bytes]
    cut = head.rfind(b"\n")
    found = decode(head[:cut + 1] if 0 < cut < len(head) - 1 else head).encoding
    codec, fix = _STREAM_CODECS.get(found, (found, nfc))
    if codec == "utf-8" and head.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    return TextStream(io.TextIOWrapper(buffered, encoding=codec, errors="replace", newline=""), found, fix)


def _legacy_8bit(decoder):
    # 8-bit legacy fonts are not Python codecs: read the bytes as Latin-1 (one
    # char per byte, delimiters intact), then decode each value's bytes.
    return lambda s: nfc(decoder(s.encode("latin-1")))


_STREAM_CODECS = {
    "utf-8+legacy-repair": ("utf-8", lambda s: nfc(legacy.repair_mojibake(s))),
    "tcvn3": ("latin-1", _legacy_8bit(legacy.decode_tcvn3)),
    "vni": ("latin-1", _legacy_8bit(legacy.decode_vni)),
}
