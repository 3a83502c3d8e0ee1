"""The import pipeline: read → decode → parse → clean → metadata → dedup → store.

Streams inputs one at a time and commits every few hundred, so memory stays
bounded and a killed import loses at most the uncommitted tail, which the
next run redoes (inputs are marked seen in the same transaction as their
documents).
"""
from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from archive import dedup
from archive.clean import clean_text
from archive.encoding import DecodeError
from archive.formats import FormatError, parse
from archive.header import header_date, parse_header
from archive.meta import extract_meta
from archive.readers import iter_inputs
from archive.records import Document, Draft, Outcome, RawItem
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

    @property
    def ok(self) -> bool:
        return self.counts["failed"] == 0


class Importer:
    """Imports into one archive; `on_outcome` sees every outcome, `on_item` every input."""

    def __init__(self, archive: Archive, on_outcome: Callable[[Outcome], None] | None = None,
                 on_item: Callable[[RawItem], None] | None = None):
        self.archive = archive
        self.on_outcome = on_outcome or (lambda o: None)
        self.on_item = on_item or (lambda i: None)
        self.summary = ImportSummary()

    def run(self, paths: list[str]) -> ImportSummary:
        started = time.perf_counter()
        archive = self.archive
        self.batch_id = self.summary.batch_id = archive.start_batch(paths)
        archive.begin()
        pending = 0
        try:
            for item in iter_inputs(paths, seen=archive.is_unchanged):
                self.on_item(item)
                self.summary.bytes += item.consumed
                if item.status == "container":
                    archive.mark_seen(item.key, item.size, item.mtime_ns, self.batch_id)
                    pending = COMMIT_EVERY          # commit now: the whole archive is done
                else:
                    self.summary.inputs += 1
                    self._handle(item)
                    pending += 1
                if pending >= COMMIT_EVERY:
                    archive.commit()
                    archive.begin()
                    pending = 0
            archive.commit()
        except BaseException:
            archive.rollback()
            raise
        self.summary.seconds = time.perf_counter() - started
        archive.finish_batch(self.batch_id, dict(self.summary.counts))
        return self.summary

    def _emit(self, outcome: Outcome) -> None:
        self.summary.counts[outcome.status] += 1
        if outcome.status in ("skipped", "failed"):
            self.archive.record_problem(outcome.path, outcome.status, outcome.reason, self.batch_id)
        elif outcome.status in ("imported", "near_duplicate"):
            self.summary.new_ids.append(outcome.id)
        self.on_outcome(outcome)

    def _handle(self, item: RawItem) -> None:
        if item.status:
            self._emit(Outcome(item.path, item.status, item.reason))
            if item.status == "skipped" and item.key:
                self._mark(item)
            return
        try:
            parsed = parse(item)
        except (DecodeError, FormatError) as e:
            status = "skipped" if str(e) == "binary file" else "failed"
            self._emit(Outcome(item.path, status, str(e)))
            if status == "skipped":
                self._mark(item)
            return
        for path, reason in parsed.errors:
            self._emit(Outcome(path, "failed", reason))
        for draft in parsed.drafts:
            self._emit(self._store(draft))
        self.archive.clear_problem(item.path)
        self._mark(item)

    def _mark(self, item: RawItem) -> None:
        if item.key:
            self.archive.mark_seen(item.key, item.size, item.mtime_ns, self.batch_id)

    def _store(self, draft: Draft) -> Outcome:
        text = clean_text(draft.text)
        junk = not_an_article(text)
        if junk:
            return Outcome(draft.path, "skipped", junk)
        content_hash = dedup.content_hash(text)
        original = self.archive.find_hash(content_hash)
        if original is not None:
            self.archive.record_duplicate(draft.path, original, self.batch_id)
            return Outcome(draft.path, "duplicate", "same text as an archived document", duplicate_of=original)
        header = parse_header(text)
        given = _given(draft)
        if header is not None and not given["title"]:
            given["title"] = header.title       # not "TỈNH ỦY LAI CHÂU", the header's first line
        meta = extract_meta(text, given)
        meta.date, meta.date_source = header_date(header, meta.date, meta.date_source)
        sig = dedup.signature(text)
        near = dedup.find_near(self.archive.db, sig) if sig is not None else None
        doc = Document(title=meta.title, text=text, path=draft.path, content_hash=content_hash,
                       date=meta.date, date_source=meta.date_source, source=meta.source,
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


def import_paths(archive: Archive, paths: list[str], **callbacks) -> ImportSummary:
    return Importer(archive, **callbacks).run(paths)
