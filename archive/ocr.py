"""Scanned pages and images → text with Tesseract's Vietnamese model (Debian tesseract-ocr-vie).

Tesseract runs as a child process (no Python binding needed): one thread, a
time limit and a memory cap, so a decompression-bomb image fails instead of
eating the machine. Without Tesseract or its Vietnamese model the input fails
with NEEDS_OCR: never silently dropped.
"""
from __future__ import annotations

import os
import resource
import shutil
import struct
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from archive.extract import Extracted
from archive.formats import FormatError

NEEDS_OCR = "needs OCR (install tesseract-ocr-vie)"
LANGUAGE = "vie"
TIMEOUT = 300                       # seconds for one image or page
MEMORY_LIMIT = 3 * 1024 ** 3        # bytes of address space for Tesseract
MAX_PIXELS = 100_000_000            # an A0 scan at 300 dpi is 140 M; a bomb is far past it


@lru_cache(maxsize=1)
def _tesseract() -> str | None:
    """Tesseract's path when it has the Vietnamese model, else None."""
    path = shutil.which("tesseract")
    if path is None:
        return None
    try:
        langs = subprocess.run([path, "--list-langs"], capture_output=True, timeout=30).stdout.split()
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if LANGUAGE.encode() in langs else None


def available() -> bool:
    return _tesseract() is not None


def read_image(data: bytes) -> Extracted:
    """A PNG, JPEG or TIFF (every page of a multi-page TIFF)."""
    size = image_size(data)
    if size and size[0] * size[1] > MAX_PIXELS:
        raise FormatError(f"image too large to OCR ({size[0]:,} × {size[1]:,} pixels)")
    text = _run(data, ".img")
    if not text.strip():
        raise FormatError("OCR found no text in the image")
    return Extracted(text, "ocr")


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, without decoding; None if not found
    (TIFF and the rest are bounded by Tesseract's memory cap)."""
    if data.startswith(b"\x89PNG") and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    i = 2
    while data.startswith(b"\xff\xd8") and i + 9 <= len(data) and data[i] == 0xFF:
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):    # start of frame
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def read_gray(width: int, height: int, pixels: bytes) -> str:
    """One 8-bit grayscale page (a rendered PDF page), as a PGM image."""
    return _run(b"P5\n%d %d\n255\n" % (width, height) + pixels, ".pgm")


def _run(image: bytes, suffix: str) -> str:
    tesseract = _tesseract()
    if tesseract is None:
        raise FormatError(NEEDS_OCR)
    with tempfile.TemporaryDirectory(prefix="vankien-ocr-") as tmp:
        path = Path(tmp) / f"page{suffix}"
        path.write_bytes(image)
        try:
            done = subprocess.run([tesseract, str(path), "stdout", "-l", LANGUAGE], capture_output=True,
                                  timeout=TIMEOUT, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
                                  preexec_fn=_limit_memory)
        except subprocess.TimeoutExpired:
            raise FormatError(f"OCR took over {TIMEOUT} s") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise FormatError(f"OCR failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "replace").replace("\f", "\n")


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
