"""Control characters: never stored, never printed.

A document must not be able to drive the reader's terminal: ESC starts the
sequences that clear the screen, set the window title or plant an OSC 8
hyperlink, BEL ends some of them, and 0x9B is a one-byte CSI. C0 (but tab and
newline), DEL and C1 are removed from everything archived, and whatever still
reaches a terminal (older archives, file names, error lines) is shown with
each control as U+FFFD, one character for one, so highlight offsets stay right.
"""
from __future__ import annotations

import re

_LINE_BREAKS = str.maketrans({"\r": "\n", "\f": "\n", "\v": "\n", "\x85": "\n"})
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
REPLACEMENT = "\ufffd"


def strip_controls(text: str) -> tuple[str, int]:
    """`text` without control characters (tab and newline kept; CR, FF, VT, NEL
    become newlines), and how many were removed."""
    text = text.translate(_LINE_BREAKS)
    return CONTROLS.subn("", text)


def visible(text: str) -> str:
    """For a terminal: every control character (newline and tab aside) as U+FFFD."""
    return CONTROLS.sub(REPLACEMENT, text)


def escape_json(line: str) -> str:
    """A JSON line with DEL and C1 escaped too (json.dumps leaves them raw with
    ensure_ascii=False; it escapes C0 itself)."""
    return re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", line)


def strip_value(value):
    """strip_controls over a str, or the strs inside a list or dict; (value, removed)."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        pairs = [strip_value(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        out, removed = {}, 0
        for key, v in value.items():
            (key, n1), (v, n2) = strip_value(key), strip_value(v)
            out[key], removed = v, removed + n1 + n2
        return out, removed
    return value, 0
