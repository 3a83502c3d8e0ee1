"""The import pipeline: read → decode → parse → clean → metadata → dedup → store.

Streams inputs one at a time and commits every few hundred, so memory stays
bounded and a killed import loses at most the uncommitted tail, which the
next run redoes (inputs are marked seen in the same transaction as their
documents).
"""
from __future__ import annotations

import re
import tarfile
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields

from archive import dedup
from archive.clean import clean_text
from archive.controls import strip_value
from archive.encoding import DecodeError
from archive.faults import checkpoint
from archive.fields import FieldMap
from archive.formats import FormatError, parse
from archive.header import HEADER_DATE_NOTE, document_header, header_date
from archive.meta import extract_meta
from archive.paths import shown
from archive.readers import iter_inputs
from archive.records import MAX_TEXT, Document, Draft, Failure, Outcome, RawItem, TooLarge
from archive.store import Archive, now

COMMIT_EVERY = 200
STATUSES = ("imported", "near_duplicate", "duplicate", "unchanged", "skipped", "failed")
_FILE_NAME_LINE = re.compile(r"^[\w./\\-]+\.\w{1,5}$")
_WORD = re.compile(r"\w+")


@dataclass
class ImportSummary:
    counts: Counter = field(default_factory=Counter)
    inputs: int = 0
    bytes: int = 0
    seconds: float = 0.0
    batch_id: int | None = None
    new_ids: list[int] = field(default_factory=list)
    controls_removed: int = 0     # control characters taken out of texts and metadata
    reasons: Counter = field(default_factory=Counter)    # (status, kind of reason) → count

    @property
    def ok(self) -> bool:
        return self.counts["failed"] == 0


class Importer:
    """Imports into one archive; `on_outcome` sees every outcome, `on_item` every input."""

    def __init__(self, archive: Archive, on_outcome: Callable[[Outcome], None] | None = None,
                 on_item: Callable[[RawItem], None] | None = None, follow: bool = False,
                 mapping: dict[str, str] | None = None):
        self.archive = archive
        self.on_outcome = on_outcome or (lambda o: None)
        self.on_item = on_item or (lambda i: None)
        self.follow = follow
        self.fields = FieldMap(mapping)
        self.summary = ImportSummary()
        self.pending = 0

    def run(self, paths: list[str]) -> ImportSummary:
        started = time.perf_counter()
        archive = self.archive
        self.batch_id = self.summary.batch_id = archive.start_batch([shown(p) for p in paths])
        archive.begin()
        try:
            for item in iter_inputs(paths, seen=archive.is_unchanged, follow=self.follow):
                checkpoint("import.read")
                self.on_item(item)
                self.summary.bytes += item.consumed
                if item.status == "container":
                    archive.mark_seen(item.key, item.size, item.mtime_ns, self.batch_id)
                    self.pending = COMMIT_EVERY          # commit now: the whole archive is done
                    self._tick()
                else:
                    self.summary.inputs += 1
                    self._handle(item)
                    checkpoint("import.in_transaction")
            archive.commit()
            checkpoint("import.after_commit")
        except BaseException:
            archive.rollback()
            raise
        self.summary.seconds = time.perf_counter() - started
        archive.finish_batch(self.batch_id, dict(self.summary.counts))
        return self.summary

    def _emit(self, outcome: Outcome) -> None:
        if outcome.reason:                      # one line, whatever a library's message was
            outcome.reason = " ".join(outcome.reason.split())
        self.summary.counts[outcome.status] += 1
        if outcome.status in ("skipped", "failed"):
            self.summary.reasons[outcome.status, reason_kind(outcome.reason)] += 1
            self.archive.record_problem(outcome.path, outcome.status, outcome.reason, self.batch_id)
        elif outcome.status in ("imported", "near_duplicate"):
            self.summary.new_ids.append(outcome.id)
        self.on_outcome(outcome)
        self._tick()

    def _tick(self) -> None:
        """Commit every COMMIT_EVERY outcomes, so a big export commits as it goes."""
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self.archive.commit()
            checkpoint("import.after_commit")
            self.archive.begin()
            self.pending = 0

    def _handle(self, item: RawItem) -> None:
        if item.status:
            self._emit(Outcome(item.path, item.status, item.reason))
            if item.status == "skipped" and item.key:
                self._mark(item)
            return
        # A record committed before the input is finished is found again by its
        # path (export.jsonl#L7) on a re-run: "unchanged", never doubled. An input
        # with a failed record is not marked seen, so a re-run (say with --map) retries it.
        failed = False
        try:
            for record in parse(item, self.fields):
                if isinstance(record, Failure):
                    self._emit(Outcome(record.path, "failed", record.reason))
                    failed = True
                else:
                    self._emit(self._store_safely(record))
        except Exception as e:          # any surprise in one input fails that input, not the batch
            self._emit(Outcome(item.path, "failed", _reason(e)))
            return
        if not failed:
            self.archive.clear_problem(item.path)
            self._mark(item)

    def _mark(self, item: RawItem) -> None:
        if item.key:
            self.archive.mark_seen(item.key, item.size, item.mtime_ns, self.batch_id)

    def _store_safely(self, draft: Draft) -> Outcome:
        """Store one draft; if anything raises, undo its partial writes and report it failed."""
        db = self.archive.db
        db.execute("SAVEPOINT draft")
        try:
            outcome = self._store(draft)
            checkpoint("import.record")              # inside the record's savepoint
        except Exception as e:
            db.execute("ROLLBACK TO draft")
            outcome = Outcome(draft.path, "failed", _reason(e))
        db.execute("RELEASE draft")
        return outcome

    def _store(self, draft: Draft) -> Outcome:
        controls = _strip_controls(draft)
        self.summary.controls_removed += controls
        outcome = self._store_clean(draft)
        outcome.controls_removed = controls or None
        return outcome

    def _store_clean(self, draft: Draft) -> Outcome:
        if len(draft.text) > MAX_TEXT:
            return Outcome(draft.path, "failed", f"text too long: {len(draft.text) / 1e6:.0f} M characters > "
                                                 f"{MAX_TEXT / 1e6:.0f} M per document")
        text = clean_text(draft.text)
        junk = not_an_article(text)
        if junk:
            return Outcome(draft.path, "skipped", junk)
        content_hash = dedup.content_hash(text)
        original = self.archive.find_hash(content_hash)
        if original is not None and self.archive.path_of(original) == draft.path:
            return Outcome(draft.path, "unchanged", "already archived", id=original)
        if original is not None:
            self.archive.record_duplicate(draft.path, original, self.batch_id)
            return Outcome(draft.path, "duplicate", "same text as an archived document", duplicate_of=original)
        header = document_header(text, draft.extra, draft.date)
        given = _given(draft)
        if header is not None and not given["title"]:
            given["title"] = header.title       # not "TỈNH ỦY LAI CHÂU", the header's first line
        meta = extract_meta(text, given, source_range=self.archive.source_range)
        dated = header_date(header, meta.date, meta.date_source)
        if dated != (meta.date, meta.date_source):
            (meta.date, meta.date_source), meta.date_note = dated, HEADER_DATE_NOTE
        sig = dedup.signature(text)
        near = dedup.find_near(self.archive.db, sig) if sig is not None else None
        doc = Document(title=meta.title, text=text, path=draft.path, content_hash=content_hash,
                       date=meta.date, date_source=meta.date_source, date_note=meta.date_note, source=meta.source,
                       author=meta.author, url=draft.url, external_id=draft.external_id,
                       encoding=draft.encoding, extra=draft.extra, duplicate_of=near,
                       batch_id=self.batch_id, imported_at=now())
        doc_id = self.archive.add(doc)
        self.archive.save_header(doc_id, header)
        if sig is not None:
            dedup.remember(self.archive.db, doc_id, sig)
        self.archive.clear_problem(draft.path)
        status = "near_duplicate" if near else "imported"
        return Outcome(draft.path, status, None, id=doc_id, duplicate_of=near, title=meta.title)


def _strip_controls(draft: Draft) -> int:
    """Take control characters out of every field of `draft` (archive/controls.py)."""
    removed = 0
    for f in fields(draft):
        value, n = strip_value(getattr(draft, f.name))
        if n:
            setattr(draft, f.name, value)
            removed += n
    return removed


def _given(draft: Draft) -> dict:
    return {"title": draft.title, "date": draft.date, "date_hint": draft.date_hint,
            "url": draft.url, "author": draft.author, "source": draft.source}


def not_an_article(text: str) -> str | None:
    """Why this text is not an article (empty, a list of file names), or None."""
    if len(_WORD.findall(text)) < 3:
        return "empty or too short to be an article"
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) >= 3 and sum(bool(_FILE_NAME_LINE.match(line)) for line in lines) >= 0.8 * len(lines):
        return "not an article: a list of file names"
    return None


def reason_kind(reason: str | None) -> str:
    """A reason without its particulars, for counting: "bad JSON line: … column 3" → "bad JSON line"."""
    return re.split(r"[:(]", reason or "no reason given", maxsplit=1)[0].strip()


def _reason(error: Exception) -> str:
    if isinstance(error, DecodeError) and str(error) == "binary file":
        return "binary file (not a supported format)"
    if isinstance(error, OSError) and error.strerror:
        return f"unreadable: {error.strerror}"
    if isinstance(error, (EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError)):
        return f"unreadable member: {error}"
    if isinstance(error, UnicodeError):
        return f"undecodable: {error}"
    if isinstance(error, (DecodeError, FormatError, TooLarge)):
        return str(error)
    return f"{error.__class__.__name__}: {error}"        # a surprise: its class tells what went wrong


def import_paths(archive: Archive, paths: list[str], follow: bool = False, mapping: dict[str, str] | None = None,
                 **callbacks) -> ImportSummary:
    return Importer(archive, follow=follow, mapping=mapping, **callbacks).run(paths)
