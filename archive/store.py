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

from archive.header import DocHeader
from archive.records import Document

ARCHIVE_FILE = "archive.sqlite"
MIN_DATED = 5                # dated documents a source needs before its dates vouch for a guess

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
        superior TEXT,                  -- the body above the issuer: "ĐẢNG BỘ TỈNH LAI CHÂU"
        issued_place TEXT,
        issued_date TEXT,               -- ISO
        doc_type TEXT,                  -- "Nghị quyết", "Quyết định", "Luật" …
        summary TEXT,                   -- trích yếu: "về phát triển du lịch …"
        signer TEXT,
        signer_role TEXT                -- as written: "T/M BAN THƯỜNG VỤ / BÍ THƯ"
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
    """
    -- Why a document has the date it has, or why it has none (archive/meta.py):
    -- "given with the input", "dateline: …", "latest mention, beside “hôm nay”",
    -- "weak guess 1907-02-09 not used …"
    ALTER TABLE documents ADD COLUMN date_note TEXT;
    CREATE INDEX documents_source_dates ON documents(source, date_source, date);
    """,
    """
    -- Which extractor wrote the cached entities (indexer.segment.ENTITIES_VERSION): entities
    -- of another version are extracted again, the words are kept
    ALTER TABLE analysis ADD COLUMN entities_version TEXT;
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
            """INSERT INTO documents(external_id, title, text, date, date_source, date_note, source, author, url,
                   path, encoding, content_hash, duplicate_of, batch_id, imported_at, extra)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (doc.external_id, doc.title, doc.text, doc.date, doc.date_source, doc.date_note, doc.source, doc.author,
             doc.url, doc.path, doc.encoding, doc.content_hash, doc.duplicate_of, doc.batch_id,
             doc.imported_at or now(), json.dumps(doc.extra, ensure_ascii=False) if doc.extra else None))
        return cur.lastrowid

    def source_range(self, source: str) -> tuple[str, str] | None:
        """The usual publication dates of a source: the 10th and 90th percentiles of
        its dates from metadata or text (a few wrong datelines do not widen it)."""
        where = "FROM documents WHERE source=? AND date_source IN ('metadata', 'text') AND date IS NOT NULL"
        n = self.db.execute(f"SELECT COUNT(*) {where}", (source,)).fetchone()[0]
        if n < MIN_DATED:
            return None
        at = f"SELECT date {where} ORDER BY date LIMIT 1 OFFSET ?"
        return (self.db.execute(at, (source, n // 10)).fetchone()[0],
                self.db.execute(at, (source, (n - 1) * 9 // 10)).fetchone()[0])

    def path_of(self, doc_id: int) -> str | None:
        row = self.db.execute("SELECT path FROM documents WHERE id=?", (doc_id,)).fetchone()
        return row["path"] if row else None

    def get(self, doc_id: int) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        return _to_document(row) if row else None

    def get_row(self, row: sqlite3.Row) -> Document:
        return _to_document(row)

    def get_many(self, ids: list[int]) -> dict[int, Document]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT * FROM documents WHERE id IN ({marks})", ids).fetchall() if ids else []
        return {r["id"]: _to_document(r) for r in rows}

    def analyses(self, hashes: list[str], entities_version: str | None = None
                 ) -> dict[str, tuple[bytes, str | None]]:
        """Cached (words blob, entities JSON) by content hash; entities written by
        another extractor version than `entities_version` (when given) come back None."""
        marks = ",".join("?" * len(hashes))
        rows = self.db.execute(f"SELECT content_hash, words, entities, entities_version FROM analysis "
                               f"WHERE content_hash IN ({marks})", hashes)
        return {h: (blob, entities if entities_version in (None, version) else None)
                for h, blob, entities, version in rows}

    def save_analysis(self, content_hash: str, words: bytes, entities: str | None, version: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO analysis(content_hash, words, entities, entities_version) "
                        "VALUES (?, ?, ?, ?)", (content_hash, words, entities, version if entities else None))

    def save_entities(self, doc_id: int, entities: dict) -> None:
        """Replace the entity rows of one document (inside the caller's transaction)."""
        for table, rows in entity_rows(doc_id, entities).items():
            self.db.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
            marks = ",".join("?" * len(ENTITY_COLUMNS[table]))
            self.db.executemany(f"INSERT INTO {table}({', '.join(ENTITY_COLUMNS[table])}) VALUES ({marks})", rows)

    def stored_entity_rows(self, doc_id: int) -> dict[str, list[tuple]]:
        """The entity rows of one document as stored, in entity_rows' form."""
        return {table: [tuple(r) for r in self.db.execute(
                    f"SELECT {', '.join(cols)} FROM {table} WHERE doc_id=? ORDER BY rowid", (doc_id,))]
                for table, cols in ENTITY_COLUMNS.items()}

    def save_header(self, doc_id: int, header: DocHeader | None) -> None:
        """Replace the official header of one document (None: it has none)."""
        self.db.execute("DELETE FROM doc_headers WHERE doc_id=?", (doc_id,))
        if header is not None:
            names = [f.name for f in fields(DocHeader)]
            self.db.execute(f"INSERT INTO doc_headers(doc_id, {', '.join(names)}) VALUES (?{',?' * len(names)})",
                            (doc_id, *(getattr(header, n) for n in names)))

    def header_of(self, doc_id: int) -> DocHeader | None:
        return self.headers_of([doc_id]).get(doc_id)

    def headers_of(self, ids: list[int]) -> dict[int, DocHeader]:
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT * FROM doc_headers WHERE doc_id IN ({marks})", ids) if ids else []
        names = [f.name for f in fields(DocHeader)]
        return {r["doc_id"]: DocHeader(**{n: r[n] for n in names}) for r in rows}

    def set_date(self, doc_id: int, date: str | None, date_source: str | None, note: str | None) -> None:
        self.db.execute("UPDATE documents SET date=?, date_source=?, date_note=? WHERE id=?",
                        (date, date_source, note, doc_id))

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
        cols = "*" if with_text else "id, external_id, title, '' AS text, date, date_source, date_note, source, author, " \
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
        counts["official_headers"] = q("SELECT COUNT(*) FROM doc_headers").fetchone()[0]
        counts["indexed"] = q("SELECT COUNT(*) FROM indexed").fetchone()[0]
        row = q("SELECT MIN(date), MAX(date) FROM documents").fetchone()
        counts["first_date"], counts["last_date"] = row[0], row[1]
        counts["sources"] = {r[0] or "": r[1] for r in q(
            "SELECT source, COUNT(*) FROM documents GROUP BY source ORDER BY COUNT(*) DESC LIMIT 10")}
        return counts


ENTITY_COLUMNS = {
    "persons": ("doc_id", "name", "name_key", "positions", "person_key"),
    "mentioned_dates": ("doc_id", "date", "text"),
    "docnum_refs": ("doc_id", "code", "canonical", "type", "issuer", "date", "issuer_body"),
    "slogans": ("doc_id", "text", "slogan_key"),
}


def entity_rows(doc_id: int, entities: dict) -> dict[str, list[tuple]]:
    """The rows one document's entities (indexer.entities JSON) make in each table."""
    return {
        "persons": [(doc_id, p["name"], name_key(p["name"]), json.dumps(p["positions"], ensure_ascii=False),
                     person_key(p["name"])) for p in entities.get("persons", [])],
        "mentioned_dates": [(doc_id, d["date"], d.get("text")) for d in entities.get("dates", [])],
        "docnum_refs": [(doc_id, d["code"], d["canonical"], d.get("type"), d.get("issuer"), d.get("date"),
                         d.get("issuer_body")) for d in entities.get("docnums", [])],
        "slogans": [(doc_id, s["text"], s["key"]) for s in entities.get("slogans", [])],
    }


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
