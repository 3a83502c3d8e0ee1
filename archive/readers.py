"""Walk what the user named — files, folders, zip/tar archives, stdin — into RawItems.

Nothing is read here but folder listings, archive indexes and manifests: each
item carries an opener, so the import streams a file of any size and an
archive costs the memory of one member. Sidecar manifests (a `meta.jsonl`
whose lines name a `file`) are read first and their fields attached to the
files they name. Nothing here raises on bad input: a problem becomes an item
with a reason. Symbolic links are not followed unless asked (ripgrep's rule),
and then never outside the folder given or the paths the user named.
"""
from __future__ import annotations

import json
import os
import posixpath
import stat
import sys
import tarfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from archive.fields import NAMES, name_key
from archive.paths import key_of, member_key, shown
from archive.records import RawItem

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
DOC_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson",
                ".csv", ".tsv", ".xlsx")
MANIFEST_SUFFIXES = (".jsonl", ".ndjson", ".json")
MAX_MANIFEST = 50 * 1024 * 1024
_TEXT_NAMES = {name_key(n) for n in NAMES["text"]}
_S_IFLNK = 0o120000


def is_archive(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(".zip") or lower.endswith(TAR_SUFFIXES)


def is_document_name(name: str) -> bool:
    return name.lower().endswith(DOC_SUFFIXES)


def iter_inputs(paths: list[str], seen=None, follow: bool = False) -> Iterator[RawItem]:
    """Yield one RawItem per input file or archive member, in a stable order.

    `seen(key, size, mtime_ns)` tells whether an input is unchanged since it was
    imported; such inputs are yielded with status "unchanged" and no opener.
    Paths named here are always followed; links met inside folders only with `follow`.
    """
    named = [os.path.realpath(p) for p in paths if p != "-"]
    for p in paths:
        if p == "-":
            yield RawItem(path="<stdin>", key="", size=-1, opener=lambda: sys.stdin.buffer)
            continue
        try:
            st = os.stat(p)
        except OSError as e:
            reason = "no such file or directory" if isinstance(e, FileNotFoundError) else f"unreadable: {e.strerror}"
            yield RawItem(path=shown(p), key="", status="failed", reason=reason)
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _iter_dir(Path(p), seen, follow, named)
        elif stat.S_ISREG(st.st_mode):
            yield from _iter_file(Path(p), st, seen)
        else:
            yield RawItem(path=shown(p), key="", status="failed", reason="not a regular file")


def _iter_dir(root: Path, seen, follow: bool, named: list[str]) -> Iterator[RawItem]:
    walk = _Walk(root, follow, named)
    walk.visit(root)
    yield from walk.notes
    manifests = _dir_manifests([(f, st) for f, st in walk.files if f.name.lower().endswith(MANIFEST_SUFFIXES)])
    for f, st in walk.files:
        if f in manifests:
            yield RawItem(path=shown(str(f)), key="", status="skipped", reason="metadata manifest")
            continue
        meta = _lookup(manifests, f)
        for item in _iter_file(f, st, seen):
            item.meta = meta or item.meta
            yield item


class _Walk:
    """A folder's regular files in sorted order, and a note for everything else met on the way."""

    def __init__(self, root: Path, follow: bool, named: list[str]):
        self.root, self.follow = root, follow
        self.allowed = [os.path.realpath(root), *named]
        self.files: list[tuple[Path, os.stat_result]] = []
        self.notes: list[RawItem] = []
        self.visited: set[tuple[int, int]] = set()      # folders read, so that link loops end

    def note(self, path, status: str, reason: str) -> None:
        self.notes.append(RawItem(path=shown(str(path)), key="", status=status, reason=reason))

    def visit(self, folder: Path) -> None:
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in self.visited:
                self.note(folder, "skipped", "link to a folder already read")
                return
            self.visited.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            self.note(folder, "failed", f"unreadable folder: {e.strerror}")
            return
        for entry in entries:
            self.entry(Path(entry.path), entry)

    def entry(self, path: Path, entry: os.DirEntry) -> None:
        if entry.name.startswith("."):
            self.note(path, "skipped", "hidden (name starts with a dot)")
            return
        try:
            if entry.is_symlink():
                st = self.link_target(path)
                if st is None:
                    return
            else:
                st = entry.stat(follow_symlinks=False)
        except OSError as e:
            self.note(path, "failed", f"unreadable: {e.strerror}")
            return
        if stat.S_ISDIR(st.st_mode):
            self.visit(path)
        elif stat.S_ISREG(st.st_mode):
            self.files.append((path, st))
        else:
            self.note(path, "skipped", "not a regular file (device, pipe or socket)")

    def link_target(self, path: Path) -> os.stat_result | None:
        if not self.follow:
            self.note(path, "skipped", "symbolic link (use --follow)")
            return None
        target = os.path.realpath(path)
        if not any(target == a or target.startswith(a.rstrip(os.sep) + os.sep) for a in self.allowed):
            self.note(path, "failed", f"link points outside {shown(str(self.root))}")
            return None
        try:
            return os.stat(path)
        except OSError as e:
            self.note(path, "failed", f"broken link: {e.strerror}")
            return None


def _iter_file(path: Path, st, seen) -> Iterator[RawItem]:
    key = key_of(str(path.resolve()))
    display = shown(str(path))
    if seen and seen(key, st.st_size, st.st_mtime_ns):
        yield RawItem(path=display, key=key, size=st.st_size, mtime_ns=st.st_mtime_ns, status="unchanged",
                      consumed=st.st_size)
        return
    if is_archive(path.name):
        yield from _iter_archive(path, key, st, seen)
        # the container itself: recorded last, so a killed import re-opens it
        yield RawItem(path=display, key=key, size=st.st_size, mtime_ns=st.st_mtime_ns, status="container")
        return
    yield RawItem(path=display, key=key, size=st.st_size, mtime_ns=st.st_mtime_ns, consumed=st.st_size,
                  opener=lambda: open(path, "rb"))


def _iter_archive(path: Path, key, st, seen) -> Iterator[RawItem]:
    try:
        if path.name.lower().endswith(".zip"):
            yield from _iter_zip(path, key, seen)
        else:
            yield from _iter_tar(path, key, seen)
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError) as e:
        yield RawItem(path=shown(str(path)), key=member_key(key, "#error"), status="failed",
                      reason=f"corrupt archive: {e}")


def _member_problem(name: str) -> str | None:
    norm = posixpath.normpath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "unsafe member path (absolute)"
    if norm == ".." or norm.startswith("../"):
        return "unsafe member path (..)"
    return None


def _member_item(path: Path, key, name: str, size: int, mtime_ns: int, seen) -> RawItem:
    item = RawItem(path=shown(f"{path}!{name}"), key=member_key(key, name), size=size, mtime_ns=mtime_ns)
    problem = _member_problem(name)
    if problem:
        item.status, item.reason = "failed", problem
    elif seen and seen(item.key, size, mtime_ns):
        item.status = "unchanged"
    return item


def _iter_zip(path: Path, key, seen) -> Iterator[RawItem]:
    with zipfile.ZipFile(path) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        manifests = {}
        for info in infos:
            if _manifest_candidate(info.filename, info.file_size) and not _zip_link(info):
                with zf.open(info) as f:
                    rows = _manifest_rows(f)
                if rows is not None:
                    manifests[info.filename] = rows
        for info in infos:
            name = info.filename
            item = _member_item(path, key, name, info.file_size, _zip_stamp(info), seen)
            item.consumed = info.compress_size
            if item.status is None and _zip_link(info):
                item.status, item.reason = "skipped", "link in archive (not followed)"
            elif item.status is None and name in manifests:
                item.status, item.reason = "skipped", "metadata manifest"
            item.meta = _lookup_posix(manifests, name)
            item.opener = lambda info=info: zf.open(info)
            yield item


def _zip_link(info: zipfile.ZipInfo) -> bool:
    return (info.external_attr >> 16) & 0o170000 == _S_IFLNK


def _zip_stamp(info: zipfile.ZipInfo) -> int:
    """The member's DOS timestamp as one number (an identity, not nanoseconds)."""
    y, mo, d, h, mi, s = info.date_time
    return ((((y * 12 + mo) * 31 + d) * 24 + h) * 60 + mi) * 60 + s


def _iter_tar(path: Path, key, seen) -> Iterator[RawItem]:
    manifests = {}
    # Pass 1: manifests may sit anywhere in the stream (news-35k has meta.jsonl
    # in the middle), and their fields belong to members that come before them.
    with tarfile.open(path, mode="r:*") as tf:
        for m in tf:
            if m.isfile() and _manifest_candidate(m.name, m.size):
                rows = _manifest_rows(tf.extractfile(m))
                if rows is not None:
                    manifests[m.name] = rows
    with open(path, "rb") as raw, tarfile.open(fileobj=raw, mode="r:*") as tf:
        position = 0
        for m in tf:
            if m.isdir():
                continue
            item = _member_item(path, key, m.name, m.size, int(m.mtime) * 1_000_000_000, seen)
            item.consumed, position = raw.tell() - position, raw.tell()
            if item.status is None and (m.issym() or m.islnk()):
                item.status, item.reason = "skipped", "link in archive (not followed)"
            elif item.status is None and not m.isfile():
                item.status, item.reason = "skipped", "not a regular file (device or pipe in archive)"
            elif item.status is None and m.name in manifests:
                item.status, item.reason = "skipped", "metadata manifest"
            item.meta = _lookup_posix(manifests, m.name)
            # valid while this member is current: the importer reads it before drawing the next
            item.opener = lambda m=m: tf.extractfile(m)
            yield item


# -- manifests ---------------------------------------------------------------

def _manifest_candidate(name: str, size: int) -> bool:
    return name.lower().endswith(MANIFEST_SUFFIXES) and size <= MAX_MANIFEST


def _manifest_rows(lines: Iterable[bytes]) -> dict | None:
    """Rows keyed by file name if these lines are a manifest, else None (read no further).

    A manifest's records name a `file` and carry no text of their own; a JSONL
    whose records have a text field is a document export instead.
    """
    rows = {}
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not rows and not line.lstrip(b"\xef\xbb\xbf").startswith(b"{"):
            return None
        try:
            rec = json.loads(line)
        except ValueError:
            if not rows:
                return None
            continue
        if not isinstance(rec, dict) or "file" not in rec or any(name_key(k) in _TEXT_NAMES for k in rec):
            return None
        rows[str(rec["file"])] = rec
    return rows or None


def _dir_manifests(candidates: list[tuple[Path, os.stat_result]]) -> dict:
    found = {}
    for f, st in candidates:
        if st.st_size > MAX_MANIFEST:
            continue
        try:
            with open(f, "rb") as lines:
                rows = _manifest_rows(lines)
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
