"""Walk what the user named — files, folders, zip/tar archives, stdin — into RawItems.

Archives are read in place and their members streamed, so a dump of any size
costs the memory of one member. Sidecar manifests (a `meta.jsonl` whose lines
name a `file`) are read first and their fields attached to the files they name.
Nothing here raises on bad input: a problem becomes an item with a reason.
"""
from __future__ import annotations

import json
import os
import posixpath
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from archive.records import RawItem

MAX_BYTES = 50 * 1024 * 1024          # one document larger than this is not an article
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
DOC_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson")
TEXT_KEYS = ("text", "body", "content")


def is_archive(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(".zip") or lower.endswith(TAR_SUFFIXES)


def is_document_name(name: str) -> bool:
    return name.lower().endswith(DOC_SUFFIXES)


def iter_inputs(paths: list[str], seen=None) -> Iterator[RawItem]:
    """Yield one RawItem per input file or archive member, in a stable order.

    `seen(key, size, mtime_ns)` tells whether an input is unchanged since it was
    imported; such inputs are yielded with status "unchanged" and no data.
    """
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            yield RawItem(path="<stdin>", key="", size=len(data), data=data)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _iter_dir(path, seen)
        elif path.exists():
            yield from _iter_file(path, seen)
        else:
            yield RawItem(path=p, key="", status="failed", reason="no such file or directory")


def _iter_dir(root: Path, seen) -> Iterator[RawItem]:
    files, errors = [], []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        files.extend(Path(dirpath) / f for f in sorted(filenames) if not f.startswith("."))
    for err in errors:
        yield RawItem(path=str(err.filename), key="", status="failed", reason=f"unreadable folder: {err.strerror}")
    manifests = _dir_manifests([f for f in files if f.suffix.lower() in (".jsonl", ".json", ".ndjson")])
    for f in files:
        if f in manifests:
            yield RawItem(path=str(f), key="", status="skipped", reason="metadata manifest")
            continue
        meta = _lookup(manifests, f)
        for item in _iter_file(f, seen):
            item.meta = meta or item.meta
            yield item


def _iter_file(path: Path, seen) -> Iterator[RawItem]:
    try:
        st = path.stat()
    except OSError as e:
        yield RawItem(path=str(path), key="", status="failed", reason=f"unreadable: {e.strerror}")
        return
    key = str(path.resolve())
    if seen and seen(key, st.st_size, st.st_mtime_ns):
        yield RawItem(path=str(path), key=key, size=st.st_size, mtime_ns=st.st_mtime_ns, status="unchanged",
                      consumed=st.st_size)
        return
    if is_archive(path.name):
        yield from _iter_archive(path, key, st, seen)
        # the container itself: recorded last, so a killed import re-opens it
        yield RawItem(path=str(path), key=key, size=st.st_size, mtime_ns=st.st_mtime_ns, status="container")
        return
    item = RawItem(path=str(path), key=key, size=st.st_size, mtime_ns=st.st_mtime_ns, consumed=st.st_size)
    if st.st_size > MAX_BYTES:
        item.status, item.reason = "skipped", f"oversized ({st.st_size // 1_000_000} MB > {MAX_BYTES // 1_000_000} MB)"
        yield item
        return
    try:
        item.data = path.read_bytes()
    except OSError as e:
        item.status, item.reason = "failed", f"unreadable: {e.strerror}"
    yield item


def _iter_archive(path: Path, key: str, st, seen) -> Iterator[RawItem]:
    try:
        if path.name.lower().endswith(".zip"):
            yield from _iter_zip(path, key, seen)
        else:
            yield from _iter_tar(path, key, seen)
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError) as e:
        yield RawItem(path=str(path), key=key + "#error", status="failed", reason=f"corrupt archive: {e}")


def _member_problem(name: str) -> str | None:
    norm = posixpath.normpath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "unsafe member path (absolute)"
    if norm == ".." or norm.startswith("../"):
        return "unsafe member path (..)"
    return None


def _member_item(path: Path, key: str, name: str, size: int, mtime_ns: int, seen) -> RawItem:
    item = RawItem(path=f"{path}!{name}", key=f"{key}!{name}", size=size, mtime_ns=mtime_ns)
    problem = _member_problem(name)
    if problem:
        item.status, item.reason = "failed", problem
    elif size > MAX_BYTES:
        item.status, item.reason = "skipped", f"oversized ({size // 1_000_000} MB)"
    elif seen and seen(item.key, size, mtime_ns):
        item.status = "unchanged"
    return item


def _iter_zip(path: Path, key: str, seen) -> Iterator[RawItem]:
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        manifests = {}
        for info in infos:
            if _looks_like_manifest_name(info.filename) and info.file_size <= MAX_BYTES:
                rows = _manifest_rows(zf.read(info))
                if rows is not None:
                    manifests[info.filename] = rows
        for info in infos:
            name = info.filename
            item = _member_item(path, key, name, info.file_size, _zip_stamp(info), seen)
            item.consumed = info.compress_size
            if name in manifests:
                item.status, item.reason = "skipped", "metadata manifest"
            item.meta = _lookup_posix(manifests, name)
            if item.status is None:
                try:
                    item.data = zf.read(info)
                except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as e:
                    item.status, item.reason = "failed", f"unreadable member: {e}"
            yield item


def _zip_stamp(info: zipfile.ZipInfo) -> int:
    """The member's DOS timestamp as one number (an identity, not nanoseconds)."""
    y, mo, d, h, mi, s = info.date_time
    return ((((y * 12 + mo) * 31 + d) * 24 + h) * 60 + mi) * 60 + s


def _iter_tar(path: Path, key: str, seen) -> Iterator[RawItem]:
    manifests = {}
    # Pass 1: manifests may sit anywhere in the stream (news-35k has meta.jsonl
    # in the middle), and their fields belong to members that come before them.
    with tarfile.open(path, mode="r:*") as tf:
        for m in tf:
            if m.isfile() and _looks_like_manifest_name(m.name) and m.size <= MAX_BYTES:
                rows = _manifest_rows(tf.extractfile(m).read())
                if rows is not None:
                    manifests[m.name] = rows
    with open(path, "rb") as raw, tarfile.open(fileobj=raw, mode="r:*") as tf:
        position = 0
        for m in tf:
            if not m.isfile():
                continue
            item = _member_item(path, key, m.name, m.size, int(m.mtime) * 1_000_000_000, seen)
            item.consumed, position = raw.tell() - position, raw.tell()
            if m.name in manifests:
                item.status, item.reason = "skipped", "metadata manifest"
            item.meta = _lookup_posix(manifests, m.name)
            if item.status is None:
                item.data = tf.extractfile(m).read()
            yield item


# -- manifests ---------------------------------------------------------------

def _looks_like_manifest_name(name: str) -> bool:
    return name.lower().endswith((".jsonl", ".ndjson", ".json"))


def _manifest_rows(data: bytes) -> dict | None:
    """Rows keyed by file name if these bytes are a manifest, else None.

    A manifest's records name a `file` and carry no text of their own; a JSONL
    whose records have `text`/`body`/`content` is a document export instead.
    """
    head = data[:4096].lstrip()
    if not head.startswith(b"{"):
        return None
    rows = {}
    for line in data.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            if not rows:
                return None
            continue
        if not isinstance(rec, dict) or "file" not in rec or any(k in rec for k in TEXT_KEYS):
            return None
        rows[str(rec["file"])] = rec
    return rows or None


def _dir_manifests(candidates: list[Path]) -> dict:
    found = {}
    for f in candidates:
        try:
            if f.stat().st_size > MAX_BYTES:
                continue
            rows = _manifest_rows(f.read_bytes())
        except OSError:
            continue
        if rows is not None:
            found[f] = rows
    return found


def _lookup(manifests: dict, f: Path) -> dict:
    for mpath, rows in manifests.items():
        try:
            rel = f.relative_to(mpath.parent).as_posix()
        except ValueError:
            continue
        if rel in rows:
            return rows[rel]
    return {}


def _lookup_posix(manifests: dict, name: str) -> dict:
    for mname, rows in manifests.items():
        base = posixpath.dirname(mname)
        rel = posixpath.relpath(name, base) if base else name
        if rel in rows:
            return rows[rel]
    return {}
