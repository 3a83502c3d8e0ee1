"""The Whoosh index beside the archive: add what the archive holds, rebuild it, drop from it.

The archive is the truth and this is a cache of it. One writer only (Whoosh's
multi-process writer is known to drop documents); segmentation happens in our
own worker processes instead. Documents are marked indexed in the archive only
after the Whoosh commit that holds them, so a killed import is finished by the
next one, and `reindex` builds a fresh index beside the old and swaps it in.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import whoosh.filedb.compound
from whoosh import index as whoosh_index
from whoosh.writing import IndexWriter

from archive.faults import armed, checkpoint
from archive.header import HEADER_DATE_NOTE, DocHeader, doctype_key, document_header, header_date
from archive.meta import PUBLISHED
from archive.records import Document
from archive.store import Archive, name_key
from indexer.analysis import DOCNUM_MARK
from indexer.docnums import find_docnums
from indexer.schema import SCHEMA_VERSION, make_schema
from indexer.segment import ENTITIES_VERSION, Segmenter, pack, unpack

# Whoosh 2.7.4 maps a segment with mmap, then copies every sub-file it opens into
# memory (BufferFile), so each reader open costs a copy of the index (measured in
# bench/: the full import spent 1,200 s in the kernel). Without mmap it reads the
# sub-files through the open file, with no copy.
whoosh.filedb.compound.mmap = None

INDEX_DIR = "index"
INDEX_NAME = f"vankien_v{SCHEMA_VERSION}"
# Whoosh keeps a commit's postings in memory up to WRITER_MB, then spills sorted
# runs to disk and merges them in Python, which doubled the time of adding a
# document (bench/: 4,105 docs with 256 MB: 25 ms/doc; with no spill: 16 ms/doc).
# 2,000 documents fit in 1 GB (about 740 MB resident), and 35k documents make
# 18 segments, below the size at which Whoosh's merge policy rewrites them.
COMMIT_EVERY = 2000          # documents per Whoosh commit
WRITER_MB = 1024
READ_CHUNK = 200             # documents read from the archive at a time
AHEAD = 6                    # chunks in the workers' hands while one is indexed


class IndexUnavailable(Exception):
    """The index is missing, damaged or from another schema: `vankien reindex` fixes it."""


def index_path(archive: Archive) -> Path:
    return archive.home / INDEX_DIR


def damaged_message(home: Path, error: Exception) -> str:
    return (f"search index in {home} is damaged ({error.__class__.__name__}: {error}); "
            f"run `vankien check --repair` or `vankien reindex`")


def index_identity(home: Path) -> tuple | None:
    """The index folder's (device, inode) — a reindex swaps in a new folder — and
    the size of each segment and TOC file in it."""
    path = Path(home) / INDEX_DIR
    try:
        st = path.stat()
        files = tuple(sorted((e.path, e.stat().st_size) for e in os.scandir(path)
                             if e.name.endswith((".seg", ".toc"))))
    except OSError:
        return None
    return (st.st_dev, st.st_ino), files


def open_index(home: Path, tries: int = 3):
    """Open the index; a reader arriving in the instant of a reindex swap (two
    renames) finds no folder, so a missing index is looked for again shortly."""
    path = Path(home) / INDEX_DIR
    for attempt in range(tries):
        try:
            return whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
        except whoosh_index.EmptyIndexError:
            if attempt + 1 == tries:
                raise IndexUnavailable(f"no search index in {home} (run `vankien reindex`)") from None
        except Exception as e:                       # a damaged TOC or segment
            if attempt + 1 == tries:
                raise IndexUnavailable(damaged_message(home, e)) from None
        time.sleep(0.05 * (attempt + 1))


def _open_or_create(path: Path):
    path.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(path), indexname=INDEX_NAME):
        return whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
    return whoosh_index.create_in(str(path), make_schema(), indexname=INDEX_NAME)


@dataclass
class IndexSummary:
    indexed: int = 0
    segmented: int = 0           # texts segmented now (the rest came from the cache)


def document_fields(doc: Document, words: str, entities: dict | None = None,
                    header: DocHeader | None = None) -> dict:
    """The Whoosh document for one archived document, its analysis and its official header."""
    entities = entities or {}
    text = doc.text if doc.text.lstrip().startswith(doc.title) else f"{doc.title}\n{doc.text}"
    numbers = {DOCNUM_MARK + dn.canonical for dn in find_docnums(text)}
    if header is not None and header.own_canonical:
        numbers.add(DOCNUM_MARK + header.own_canonical)      # a catalogue's number, maybe not in the text
    numbers = sorted(numbers)
    fields = {
        "id": str(doc.id), "title": doc.title, "title_fold": doc.title,
        "body": text, "fold": text, "fold_pairs": text, "words": words,
        "date": doc.date or "", "datekind": date_kind(doc), "dup": "1" if doc.duplicate_of else "0",
    }
    if numbers:
        fields["docnums"] = ",".join(numbers)
    if doc.date:
        fields["year"] = int(doc.date[:4])
    if doc.source:
        fields["source"] = doc.source
    doctype = (header and header.doc_type) or doc.extra.get("type") or doc.extra.get("category")
    if doctype:
        fields["doctype"] = doctype_key(str(doctype))
    if header is not None:
        if header.own_canonical:
            fields["own"] = DOCNUM_MARK + header.own_canonical
        if header.issuer:
            fields["issuer"] = " ".join(filter(None, (header.superior, header.issuer)))
        if header.signer:
            fields["signer"] = name_key(header.signer)
    if doc.author:
        fields["author"] = doc.author
    _add_keys(fields, "persons", {name_key(p["name"]) for p in entities.get("persons", [])})
    _add_keys(fields, "slogans", {s["key"] for s in entities.get("slogans", [])})
    _add_keys(fields, "mentioned", {d["date"] for d in entities.get("dates", [])})
    return fields


def date_kind(doc: Document) -> str:
    """published (metadata or text), inferred, or none: what `--dates` chooses from."""
    if not doc.date:
        return "none"
    return "published" if doc.date_source in PUBLISHED else "inferred"


def _add_keys(fields: dict, name: str, keys: set[str]) -> None:
    """KEYWORD fields are comma-separated, so commas inside a key become spaces."""
    if keys:
        fields[name] = ",".join(sorted(k.replace(",", " ") for k in keys if k))


def _pending(archive: Archive, everything: bool) -> Iterator[list[Document]]:
    where = "" if everything else "WHERE id NOT IN (SELECT doc_id FROM indexed)"
    last = 0
    while True:
        rows = archive.db.execute(
            f"SELECT * FROM documents {where} {'AND' if where else 'WHERE'} id > ? ORDER BY id LIMIT ?",
            (last, READ_CHUNK)).fetchall()
        if not rows:
            return
        docs = [archive.get_row(r) for r in rows]
        last = docs[-1].id
        yield docs


def _with_words(archive: Archive, chunks, segmenter_factory, summary: IndexSummary, entities: bool = True):
    """(document, words) in archive order, segmenting only texts not in the cache.

    The workers analyze up to AHEAD chunks beyond the one this process indexes,
    so they keep busy through a Whoosh commit (seconds) instead of waiting for it.
    """
    segmenter = None
    in_flight: deque = deque()
    try:
        for docs in chunks:
            hashes = [d.content_hash for d in docs]
            cached = {h: (unpack(b), e) for h, (b, e) in archive.analyses(hashes, ENTITIES_VERSION).items()}
            # texts never analyzed, and texts whose entities an older extractor wrote (words kept)
            missing = [(i, d.title, d.text, entities, d.content_hash not in cached) for i, d in enumerate(docs)
                       if d.content_hash not in cached or (entities and cached[d.content_hash][1] is None)]
            job = None
            if missing:
                segmenter = segmenter or segmenter_factory().__enter__()
                job = segmenter.submit(missing)
                checkpoint("index.analyzing")            # the workers are at it
            in_flight.append((docs, cached, job))
            if len(in_flight) > AHEAD:
                yield from _finish(archive, in_flight.popleft(), summary)
        while in_flight:
            yield from _finish(archive, in_flight.popleft(), summary)
    finally:
        if segmenter is not None:
            segmenter.__exit__(None, None, None)


def _finish(archive: Archive, in_flight, summary: IndexSummary):
    docs, cached, job = in_flight
    results = job.get() if job is not None else []
    summary.segmented += sum(words is not None for _, words, _ in results)
    archive.begin()
    for i, words, entities in results:
        words = cached[docs[i].content_hash][0] if words is None else words
        cached[docs[i].content_hash] = (words, entities)
        archive.save_analysis(docs[i].content_hash, pack(words), entities, ENTITIES_VERSION)
    for d in docs:
        if cached[d.content_hash][1] is not None:
            archive.save_entities(d.id, json.loads(cached[d.content_hash][1]))
    headers = {d.id: _rederive_header(archive, d) for d in docs}
    checkpoint("index.analysis_saved")           # inside the transaction of this chunk's analysis
    archive.commit()
    for d in docs:
        words, entities = cached[d.content_hash]
        yield d, words, json.loads(entities or "{}"), headers[d.id]


def _rederive_header(archive: Archive, doc: Document) -> DocHeader | None:
    """Parse the official header again (archives older than the table, parser fixes) and
    date the document by it when its input gave no date. Cheap next to segmentation."""
    given = doc.date if doc.date_source == "metadata" else None
    header = document_header(doc.text, doc.extra, given)
    archive.save_header(doc.id, header)
    date, source = header_date(header, doc.date, doc.date_source)
    if (date, source) != (doc.date, doc.date_source):
        archive.set_date(doc.id, date, source, HEADER_DATE_NOTE)
        doc.date, doc.date_source, doc.date_note = date, source, HEADER_DATE_NOTE
    return header


def index_pending(archive: Archive, on_document: Callable[[Document], None] | None = None,
                  segmenter_factory=Segmenter, entities: bool = True) -> IndexSummary:
    """Index every archived document not yet in the index.

    entities=False skips entity extraction (search then has no entity filters for
    these documents): for tests and benchmarks of the text index alone.
    """
    path = index_path(archive)
    if not whoosh_index.exists_in(str(path), indexname=INDEX_NAME):
        # a new index (or a new schema version): what is marked indexed went into the old one
        archive.begin()
        archive.db.execute("DELETE FROM indexed")
        archive.commit()
    ix = _open_or_create(path)
    return _write(archive, ix, everything=False, on_document=on_document, segmenter_factory=segmenter_factory,
                  entities=entities)


def index_exists(archive: Archive) -> bool:
    return whoosh_index.exists_in(str(index_path(archive)), indexname=INDEX_NAME)


def leftover_dirs(archive: Archive) -> list[Path]:
    """What a reindex killed before its swap leaves beside the index."""
    return [p for p in (archive.home / (INDEX_DIR + ".new"), archive.home / (INDEX_DIR + ".old")) if p.exists()]


def reindex(archive: Archive, on_document: Callable[[Document], None] | None = None,
            segmenter_factory=Segmenter) -> IndexSummary:
    """Rebuild the whole index from the archive, beside the old one, then swap it in."""
    final = index_path(archive)
    fresh = archive.home / (INDEX_DIR + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    ix = _open_or_create(fresh)
    summary = _write(archive, ix, everything=True, on_document=on_document,
                     segmenter_factory=segmenter_factory, mark=False)
    checkpoint("reindex.built")
    old = archive.home / (INDEX_DIR + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    checkpoint("reindex.mid_swap")               # no index folder at all for an instant
    fresh.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    checkpoint("reindex.swapped")
    archive.begin()
    archive.db.execute("DELETE FROM indexed")
    archive.db.execute("INSERT INTO indexed(doc_id) SELECT id FROM documents")
    archive.commit()
    return summary


def _write(archive, ix, everything, on_document, segmenter_factory, mark=True, entities=True) -> IndexSummary:
    summary = IndexSummary()
    writer: IndexWriter | None = None
    done: list[int] = []
    present = _indexed_ids(ix)        # a killed import may have committed some to Whoosh only
    analyzed = _with_words(archive, _pending(archive, everything), segmenter_factory, summary, entities)
    try:
        for doc, words, found, header in analyzed:
            if writer is None:
                writer = ix.writer(limitmb=WRITER_MB, procs=1)
            if doc.id in present:
                writer.delete_by_term("id", str(doc.id))
            # add, not update_document: update opens a new reader for every document
            writer.add_document(**document_fields(doc, words, found, header))
            done.append(doc.id)
            summary.indexed += 1
            if on_document:
                on_document(doc)
            if len(done) >= COMMIT_EVERY:
                _commit(archive, writer, done, mark)
                writer, done = None, []
        if writer is not None:
            _commit(archive, writer, done, mark)
    except BaseException:
        if writer is not None:              # uncommitted: the next run indexes these again
            writer.cancel()
        raise
    return summary


def _indexed_ids(ix) -> set[int]:
    with ix.reader() as reader:
        return {int(term) for term in reader.lexicon("id")} if reader.doc_count() else set()


def _commit(archive: Archive, writer: IndexWriter, ids: list[int], mark: bool) -> None:
    checkpoint("index.before_commit")
    if armed("index.in_whoosh_commit"):          # a crash test: die with the segment written, no TOC yet
        write_toc = writer._commit_toc
        writer._commit_toc = lambda segments: (checkpoint("index.in_whoosh_commit"), write_toc(segments))
    writer.commit()
    checkpoint("index.after_whoosh_commit")      # in Whoosh, not yet marked indexed
    if mark:
        archive.begin()
        archive.db.executemany("INSERT OR IGNORE INTO indexed(doc_id) VALUES (?)", [(i,) for i in ids])
        archive.commit()


def delete_from_index(home: Path, doc_id: int) -> None:
    delete_ids(home, {doc_id})


def delete_ids(home: Path, ids) -> None:
    """Drop every index entry of these documents (all copies, if one was doubled)."""
    path = Path(home) / INDEX_DIR
    if not ids or not whoosh_index.exists_in(str(path), indexname=INDEX_NAME):
        return
    ix = whoosh_index.open_dir(str(path), indexname=INDEX_NAME)
    writer = ix.writer()
    for doc_id in sorted(ids):
        writer.delete_by_term("id", str(doc_id))
    writer.commit()
