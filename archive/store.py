"""The SQLite archive: the source of truth for every document (the index is a cache).

WAL mode, one transaction per batch of inputs, and a schema version with
forward migrations. A process killed at any moment leaves the last committed
batch intact; a re-run skips what was committed and redoes the rest.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path

from archive.records import Document

ARCHIVE_FILE = "archive.sqlite"

# Each entry upgrades the schema by one version; never edit a released entry.
MIGRATIONS = [
    """
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        inputs TEXT,
        counts TEXT
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        external_id TEXT,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        date TEXT,
        date_source TEXT,
        source TEXT,
        author TEXT,
        url TEXT,
        path TEXT NOT NULL,
        encoding TEXT,
        content_hash TEXT NOT NULL UNIQUE,
        duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        batch_id INTEGER REFERENCES batches(id),
        imported_at TEXT NOT NULL,
        extra TEXT
    );
    CREATE INDEX documents_date ON documents(date);
    CREATE INDEX documents_dup ON documents(duplicate_of);
    -- MinHash band keys for near-duplicate candidates (archive/dedup.py)
    CREATE TABLE lsh (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
    );
    CREATE INDEX lsh_lookup ON lsh(band, key);
    CREATE INDEX lsh_doc ON lsh(doc_id);
    CREATE TABLE signatures (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        minhash BLOB NOT NULL
    );
    -- Inputs already handled, so a re-import skips them before reading a byte
    CREATE TABLE seen (
        key TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        batch_id INTEGER
    );
    -- Exact duplicates that were skipped, and the document they repeat
    CREATE TABLE duplicates (
        path TEXT PRIMARY KEY,
        original_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
        batch_id INTEGER
    );
    -- Inputs skipped or failed, with the reason (cleared when a later import succeeds)
    CREATE TABLE problems (
        path TEXT PRIMARY KEY,
        status TEXT NOT NULL,
        reason TEXT,
        batch_id INTEGER
    );
    """,
    """
    -- Analysis per text, so a reindex never segments or extracts again (indexer/)
    CREATE TABLE analysis (
        content_hash TEXT PRIMARY KEY,
        words BLOB NOT NULL,            -- underthesea's words, zlib
        entities TEXT                   -- indexer.entities JSON
    );
    -- Documents whose index entry is committed; the rest are indexed by the next import
    CREATE TABLE indexed (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
    );
    -- Entities per document, countable without reading any text
    CREATE TABLE persons (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,         -- folded, for matching with or without diacritics
        positions TEXT                  -- JSON list of chức vụ in this document
    );
    CREATE INDEX persons_key ON persons(name_key);
    CREATE INDEX persons_doc ON persons(doc_id);
    CREATE TABLE mentioned_dates (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        text TEXT
    );
    CREATE INDEX mentioned_dates_date ON mentioned_dates(date);
    CREATE INDEX mentioned_dates_doc ON mentioned_dates(doc_id);
    CREATE TABLE docnum_refs (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        code TEXT NOT NULL,             -- as written
        canonical TEXT NOT NULL,
        type TEXT,
        issuer TEXT,
        date TEXT,                      -- the date written next to it (Party numbers restart each term)
        issuer_body TEXT
    );
    CREATE INDEX docnum_refs_canonical ON docnum_refs(canonical);
    CREATE INDEX docnum_refs_doc ON docnum_refs(doc_id);
    CREATE TABLE slogans (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        slogan_key TEXT NOT NULL
    );
    CREATE INDEX slogans_key ON slogans(slogan_key);
    CREATE INDEX slogans_doc ON slogans(doc_id);
    """,
    """
    -- The document's own identity from an official header and signing block
    -- (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW); portal articles have no row
    CREATE TABLE doc_headers (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        own_number TEXT,                -- as written: "15-NQ/TU"
        own_canonical TEXT,             -- indexer.docnums.canonical key
        issuer TEXT,                    -- "TỈNH ỦY LAI CHÂU", "QUỐC HỘI"
        issued_place TEXT,
        issued_date TEXT,               -- ISO
        doc_type TEXT,                  -- "Nghị quyết", "Quyết định", "Luật" …
        summary TEXT,                   -- trích yếu: "về phát triển du lịch …"
        signer TEXT,
        signer_role TEXT                -- "Bí thư", "KT. Chủ tịch / Phó Chủ tịch"
    );
    CREATE INDEX doc_headers_canonical ON doc_headers(own_canonical);
    """,
    """
    -- Research views (archive/views.py). A person is one person_key: name variants
    -- (NFC/NFD, tone placement, case, spacing) meet, different diacritics do not.
    ALTER TABLE persons ADD COLUMN person_key TEXT;
    UPDATE persons SET person_key = vk_person_key(name);
    CREATE INDEX persons_person ON persons(person_key, doc_id);
    DROP INDEX persons_key;             -- superseded: also covers a name search's grouping
    CREATE INDEX persons_name ON persons(name_key, person_key, doc_id);
    CREATE INDEX slogans_view ON slogans(slogan_key, doc_id);
    CREATE INDEX docnum_refs_view ON docnum_refs(canonical, doc_id, date);
    -- What a view reads of each document, so it never walks a row past its text
    CREATE INDEX documents_view ON documents(id, duplicate_of, date_source, date, source);
    """,
]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ArchiveError(Exception):
    """A user-facing problem with the archive (missing, unreadable, too new)."""


class Archive:
    """One archive home: `archive.sqlite` plus the derived index beside it."""

    def __init__(self, home: Path, create: bool = False):
        self.home = Path(home)
        self.path = self.home / ARCHIVE_FILE
        if not self.path.exists():
            if not create:
                raise ArchiveError(f"no archive at {self.home} (run `vankien import` first)")
            self.home.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.create_function("vk_person_key", 1, person_key, deterministic=True)
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise ArchiveError(f"cannot open archive {self.path}: {e}") from e

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- schema -----------------------------------------------------------

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise ArchiveError(f"archive schema v{version} is newer than this vankien (v{len(MIGRATIONS)})")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            self.db.executescript(f"BEGIN; {script}; PRAGMA user_version={number}; COMMIT;")

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # -- transactions -----------------------------------------------------

    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")

    # -- batches ----------------------------------------------------------

    def start_batch(self, inputs: list[str]) -> int:
        cur = self.db.execute("INSERT INTO batches(started_at, inputs) VALUES (?, ?)",
                              (now(), json.dumps(inputs, ensure_ascii=False)))
        return cur.lastrowid

    def finish_batch(self, batch_id: int, counts: dict) -> None:
        self.db.execute("UPDATE batches SET finished_at=?, counts=? WHERE id=?",
                        (now(), json.dumps(counts), batch_id))

    # -- seen inputs ------------------------------------------------------

    def is_unchanged(self, key: str, size: int, mtime_ns: int) -> bool:
        row = self.db.execute("SELECT size, mtime_ns FROM seen WHERE key=?", (key,)).fetchone()
        return row is not None and row["size"] == size and row["mtime_ns"] == mtime_ns

    def mark_seen(self, key: str, size: int, mtime_ns: int, batch_id: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO seen(key, size, mtime_ns, batch_id) VALUES (?,?,?,?)",
                        (key, size, mtime_ns, batch_id))

    def record_duplicate(self, path: str, original_id: int, batch_id: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO duplicates(path, original_id, batch_id) VALUES (?,?,?)",
                        (path, original_id, batch_id))

    def record_problem(self, path: str, status: str, reason: str | None, batch_id: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO problems(path, status, reason, batch_id) VALUES (?,?,?,?)",
                        (path, status, reason, batch_id))

    def clear_problem(self, path: str) -> None:
        self.db.execute("DELETE FROM problems WHERE path=?", (path,))

    # -- documents --------------------------------------------------------

    def find_hash(self, content_hash: str) -> int | None:
        row = self.db.execute("SELECT id FROM documents WHERE content_hash=?", (content_hash,)).fetchone()
        return row["id"] if row else None

    def add(self, doc: Document) -> int:
        cur = self.db.execute(
            """INSERT INTO documents(external_id, title, text, date, date_source, source, author, url,
                   path, encoding, content_hash, duplicate_of, batch_id, imported_at, extra)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (doc.external_id, doc.title, doc.text, doc.date, doc.date_source, doc.source, doc.author,
             doc.url, doc.path, doc.encoding, doc.content_hash, doc.duplicate_of, doc.batch_id,
             doc.imported_at or now(), json.dumps(doc.extra, ensure_ascii=False) if doc.extra else None))
        return cur.lastrowid

    def get(self, doc_id: int) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        return _to_document(row) if row else None

    def get_row(self, row: sqlite3.Row) -> Document:
        return _to_document(row)

    def get_many(self, ids: list[int]) -> dict[int, Document]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT * FROM documents WHERE id IN ({marks})", ids).fetchall() if ids else []
        return {r["id"]: _to_document(r) for r in rows}

    def analyses(self, hashes: list[str]) -> dict[str, tuple[bytes, str | None]]:
        """Cached (words blob, entities JSON) by content hash."""
        marks = ",".join("?" * len(hashes))
        rows = self.db.execute(f"SELECT content_hash, words, entities FROM analysis WHERE content_hash IN ({marks})",
                               hashes)
        return {h: (blob, entities) for h, blob, entities in rows}

    def save_analysis(self, content_hash: str, words: bytes, entities: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO analysis(content_hash, words, entities) VALUES (?, ?, ?)",
                        (content_hash, words, entities))

    def save_entities(self, doc_id: int, entities: dict) -> None:
        """Replace the entity rows of one document (inside the caller's transaction)."""
        for table in ("persons", "mentioned_dates", "docnum_refs", "slogans"):
            self.db.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
        self.db.executemany("INSERT INTO persons(doc_id, name, name_key, positions, person_key) VALUES (?,?,?,?,?)",
                            [(doc_id, p["name"], name_key(p["name"]), json.dumps(p["positions"], ensure_ascii=False),
                              person_key(p["name"])) for p in entities.get("persons", [])])
        self.db.executemany("INSERT INTO mentioned_dates(doc_id, date, text) VALUES (?,?,?)",
                            [(doc_id, d["date"], d.get("text")) for d in entities.get("dates", [])])
        self.db.executemany(
            "INSERT INTO docnum_refs(doc_id, code, canonical, type, issuer, date, issuer_body) VALUES (?,?,?,?,?,?,?)",
            [(doc_id, d["code"], d["canonical"], d.get("type"), d.get("issuer"), d.get("date"), d.get("issuer_body"))
             for d in entities.get("docnums", [])])
        self.db.executemany("INSERT INTO slogans(doc_id, text, slogan_key) VALUES (?,?,?)",
                            [(doc_id, s["text"], s["key"]) for s in entities.get("slogans", [])])

    def entities_of(self, doc_id: int) -> dict:
        q = self.db.execute
        return {
            "persons": [{"name": r[0], "positions": json.loads(r[1] or "[]")} for r in q(
                "SELECT name, positions FROM persons WHERE doc_id=? ORDER BY rowid", (doc_id,))],
            "dates": [{"date": r[0], "text": r[1]} for r in q(
                "SELECT date, text FROM mentioned_dates WHERE doc_id=? ORDER BY rowid", (doc_id,))],
            "docnums": [dict(zip(("code", "canonical", "type", "issuer", "date", "issuer_body"), r)) for r in q(
                "SELECT code, canonical, type, issuer, date, issuer_body FROM docnum_refs WHERE doc_id=? "
                "ORDER BY rowid", (doc_id,))],
            "slogans": [{"text": r[0], "key": r[1]} for r in q(
                "SELECT text, slogan_key FROM slogans WHERE doc_id=? ORDER BY rowid", (doc_id,))],
        }

    def iter_documents(self, limit: int | None = None, offset: int = 0, with_text: bool = True):
        cols = "*" if with_text else "id, external_id, title, '' AS text, date, date_source, source, author, " \
            "url, path, encoding, content_hash, duplicate_of, batch_id, imported_at, extra"
        sql = f"SELECT {cols} FROM documents ORDER BY id LIMIT ? OFFSET ?"
        for row in self.db.execute(sql, (-1 if limit is None else limit, offset)):
            yield _to_document(row)

    def remove(self, doc_id: int) -> bool:
        """Delete one document; its near-duplicates then point at the oldest of themselves."""
        if self.get(doc_id) is None:
            return False
        self.begin()
        try:
            dups = [r["id"] for r in self.db.execute(
                "SELECT id FROM documents WHERE duplicate_of=? ORDER BY id", (doc_id,))]
            self.db.execute("DELETE FROM documents WHERE id=?", (doc_id,))
            if dups:
                self.db.execute("UPDATE documents SET duplicate_of=NULL WHERE id=?", (dups[0],))
                self.db.executemany("UPDATE documents SET duplicate_of=? WHERE id=?",
                                    [(dups[0], d) for d in dups[1:]])
            self.commit()
        except BaseException:
            self.rollback()
            raise
        return True

    def stats(self) -> dict:
        q = self.db.execute
        counts = {
            "documents": q("SELECT COUNT(*) FROM documents").fetchone()[0],
            "near_duplicates": q("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0],
            "duplicates": q("SELECT COUNT(*) FROM duplicates").fetchone()[0],
            "skipped": q("SELECT COUNT(*) FROM problems WHERE status='skipped'").fetchone()[0],
            "failed": q("SELECT COUNT(*) FROM problems WHERE status='failed'").fetchone()[0],
            "batches": q("SELECT COUNT(*) FROM batches").fetchone()[0],
            "characters": q("SELECT COALESCE(SUM(LENGTH(text)), 0) FROM documents").fetchone()[0],
            "dated": q("SELECT COUNT(*) FROM documents WHERE date IS NOT NULL").fetchone()[0],
            "schema_version": self.schema_version,
            "home": str(self.home),
        }
        counts["persons"] = q("SELECT COUNT(DISTINCT name_key) FROM persons").fetchone()[0]
        counts["document_numbers"] = q("SELECT COUNT(DISTINCT canonical) FROM docnum_refs").fetchone()[0]
        counts["slogans"] = q("SELECT COUNT(DISTINCT slogan_key) FROM slogans").fetchone()[0]
        counts["indexed"] = q("SELECT COUNT(*) FROM indexed").fetchone()[0]
        row = q("SELECT MIN(date), MAX(date) FROM documents").fetchone()
        counts["first_date"], counts["last_date"] = row[0], row[1]
        counts["sources"] = {r[0] or "": r[1] for r in q(
            "SELECT source, COUNT(*) FROM documents GROUP BY source ORDER BY COUNT(*) DESC LIMIT 10")}
        return counts


def name_key(name: str) -> str:
    """How person names are matched: folded, lowercase, single spaces."""
    from archive.vntext import folded_key

    return " ".join(folded_key(name).split())


def person_key(name: str | None) -> str | None:
    """Who a name is: lowercase, one tone placement, single spaces; diacritics kept
    (Lê Đức Dục and Lê Đức Đức stay two people)."""
    from archive.vntext import match_key

    return " ".join(match_key(name).split()) if name is not None else None


def _to_document(row: sqlite3.Row) -> Document:
    names = {f.name for f in fields(Document)}
    values = {k: row[k] for k in row.keys() if k in names}
    values["extra"] = json.loads(row["extra"]) if row["extra"] else {}
    return Document(**values)
