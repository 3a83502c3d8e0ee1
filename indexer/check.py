"""`vankien check`: is the archive sound, and does the index agree with it?

The archive is the truth; everything else is derived from it and can be
re-derived: entity tables from the analysis cache, the index from documents.
So a repair re-derives and re-indexes, and never deletes a document. Each
kind of difference is a Finding with the ids it concerns.
"""
from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import dataclass, field

from archive import dedup
from archive.store import MIGRATIONS, Archive, entity_rows
from indexer.index import (IndexUnavailable, delete_ids, index_exists, index_pending, leftover_dirs, open_index,
                           reindex)

SHOWN_IDS = 20                # ids listed per finding; the count is always whole


@dataclass
class Finding:
    kind: str     # integrity | schema | hash | entities | leftover | index | missing | unmarked | unindexed
    #               | stale | doubled
    message: str
    ids: list[int] = field(default_factory=list)
    count: int = 0
    repairable: bool = True

    def to_json(self) -> dict:
        return {"kind": self.kind, "message": self.message, "count": self.count,
                "ids": self.ids[:SHOWN_IDS], "repairable": self.repairable}


@dataclass
class CheckReport:
    documents: int = 0
    indexed: int = 0
    findings: list[Finding] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.findings

    def add(self, kind: str, message: str, ids=(), repairable: bool = True, count: int | None = None) -> None:
        ids = sorted(ids)
        self.findings.append(Finding(kind, message, ids, len(ids) if count is None else count, repairable))

    def to_json(self) -> dict:
        return {"sound": self.sound, "documents": self.documents, "indexed": self.indexed,
                "findings": [f.to_json() for f in self.findings], "repaired": self.repaired}


def check(archive: Archive) -> CheckReport:
    report = CheckReport()
    _check_sqlite(archive, report)
    _check_hashes(archive, report)
    _check_entities(archive, report)
    _check_index(archive, report)
    return report


def repair(archive: Archive, segmenter_factory=None) -> CheckReport:
    """Re-derive what differs, then check again; documents are never deleted."""
    before = check(archive)
    kinds = {f.kind for f in before.findings}
    done = []
    if "entities" in kinds:
        done.append(f"entity rows re-derived for {_rederive_entities(archive, _ids(before, 'entities')):,} documents")
    options = {"segmenter_factory": segmenter_factory} if segmenter_factory else {}
    if "leftover" in kinds:
        for path in leftover_dirs(archive):
            shutil.rmtree(path, ignore_errors=True)
        done.append("removed the half-built index of an interrupted reindex")
    if "index" in kinds:
        summary = reindex(archive, **options)
        done.append(f"index rebuilt ({summary.indexed:,} documents)")
    if "unmarked" in kinds:
        ids = _ids(before, "unmarked")
        archive.begin()
        archive.db.executemany("INSERT OR IGNORE INTO indexed(doc_id) VALUES (?)", [(i,) for i in ids])
        archive.commit()
        done.append(f"{len(ids):,} indexed documents marked so")
    if "index" not in kinds and kinds & {"missing", "stale", "doubled", "unindexed"}:
        wrong = _ids(before, "stale") | _ids(before, "doubled") | _ids(before, "missing")
        delete_ids(archive.home, wrong)
        archive.begin()
        archive.db.executemany("DELETE FROM indexed WHERE doc_id=?", [(i,) for i in wrong])
        archive.commit()
        summary = index_pending(archive, **options)
        done.append(f"index entries dropped for {len(wrong):,} ids, {summary.indexed:,} documents indexed")
    after = check(archive)
    after.repaired = done
    return after


def _ids(report: CheckReport, kind: str) -> set[int]:
    return {i for f in report.findings if f.kind == kind for i in f.ids}


# -- the checks ----------------------------------------------------------------------

def _check_sqlite(archive: Archive, report: CheckReport) -> None:
    rows = [r[0] for r in archive.db.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        report.add("integrity", "SQLite integrity check: " + "; ".join(rows[:5]), repairable=False, count=len(rows))
    if archive.schema_version != len(MIGRATIONS):
        report.add("schema", f"archive schema v{archive.schema_version}, this vankien expects v{len(MIGRATIONS)}",
                   repairable=False, count=1)
    report.documents = archive.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def _check_hashes(archive: Archive, report: CheckReport) -> None:
    """Stored text against its content hash: a mismatch is text changed behind our
    back. Not repairable: which of the two is right only a person can say."""
    bad = [row[0] for row in archive.db.execute("SELECT id, text, content_hash FROM documents")
           if dedup.content_hash(row[1]) != row[2]]
    if bad:
        report.add("hash", "text does not match its content hash (changed outside vankien)", bad,
                   repairable=False)


def _check_entities(archive: Archive, report: CheckReport) -> None:
    """Entity tables against the analysis cache they were written from."""
    differ = []
    rows = archive.db.execute("SELECT d.id, a.entities FROM documents d JOIN analysis a "
                              "ON a.content_hash = d.content_hash WHERE a.entities IS NOT NULL")
    for doc_id, entities in rows.fetchall():
        if entity_rows(doc_id, json.loads(entities)) != archive.stored_entity_rows(doc_id):
            differ.append(doc_id)
    if differ:
        report.add("entities", "entity tables differ from the analysis cache", differ)


def _check_index(archive: Archive, report: CheckReport) -> None:
    leftovers = [p.name for p in leftover_dirs(archive)]
    if leftovers:
        report.add("leftover", f"half-built index from an interrupted reindex: {', '.join(leftovers)}", count=1)
    archived = {r[0] for r in archive.db.execute("SELECT id FROM documents")}
    marked = {r[0] for r in archive.db.execute("SELECT doc_id FROM indexed")}
    try:
        in_index = _index_ids(archive) if marked or index_exists(archive) else Counter()
    except IndexUnavailable as e:
        if archived:
            report.add("index", str(e), count=1)
        return
    present = set(in_index)
    report.indexed = len(present & archived)
    missing = (archived & marked) - present
    if missing:
        report.add("missing", "marked indexed but not in the index", missing)
    unmarked = (present & archived) - marked
    if unmarked:
        report.add("unmarked", "in the index but not marked indexed (an import stopped after a Whoosh commit)",
                   unmarked)
    unindexed = archived - marked - present
    if unindexed:
        report.add("unindexed", "archived, not indexed yet (the next import or --repair indexes them)", unindexed)
    stale = present - archived
    if stale:
        report.add("stale", "in the index but not in the archive (removed documents)", stale)
    doubled = [i for i, n in in_index.items() if n > 1]
    if doubled:
        report.add("doubled", "indexed more than once", doubled)


def _index_ids(archive: Archive) -> Counter:
    ix = open_index(archive.home, tries=1)
    try:
        with ix.searcher() as searcher:
            return Counter(int(fields["id"]) for fields in searcher.all_stored_fields())
    except Exception as e:              # a segment deleted or truncated under the TOC
        raise IndexUnavailable(f"search index in {archive.home} cannot be read "
                               f"({e.__class__.__name__}: {e})") from None


def _rederive_entities(archive: Archive, ids: set[int]) -> int:
    archive.begin()
    try:
        for doc_id in sorted(ids):
            row = archive.db.execute("SELECT a.entities FROM documents d JOIN analysis a ON a.content_hash = "
                                     "d.content_hash WHERE d.id=?", (doc_id,)).fetchone()
            archive.save_entities(doc_id, json.loads(row[0]))
        archive.commit()
    except BaseException:
        archive.rollback()
        raise
    return len(ids)
