"""File names as the archive stores them: any bytes in, valid UTF-8 out.

Python hands us names that are not valid UTF-8 (dumps from old Windows
machines) as strings with lone surrogates (PEP 383), which SQLite, JSON and
terminals refuse. The display form shows each bad byte as `\\xNN`; the key,
used to recognise an input on re-import, must round-trip, so for such names it
is the raw bytes (SQLite stores a BLOB, which never equals any TEXT key).
"""
from __future__ import annotations

import os


def shown(path: str) -> str:
    """A readable, storable form: undecodable bytes as \\xNN (`caf\\xe9.txt`)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


def key_of(path: str) -> str | bytes:
    """An identity that round-trips: the name itself, or its bytes when it is not valid UTF-8."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path)


def member_key(container_key: str | bytes, name: str) -> str | bytes:
    """The key of an archive member: `container!name`, bytes if either part is."""
    name_key = key_of(name)
    if isinstance(container_key, bytes) or isinstance(name_key, bytes):
        as_bytes = (lambda k: k if isinstance(k, bytes) else k.encode("utf-8"))
        return as_bytes(container_key) + b"!" + as_bytes(name_key)
    return f"{container_key}!{name}"
