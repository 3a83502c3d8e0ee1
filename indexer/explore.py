"""Views over the whole set of matches, answered from the index's columns without
reading any text: a timeline of matches, facet counts, and more-like-this.

A match set is the query and filters of `vankien search` (indexer/filters.py).
Dates come from the index's `date` column and whether they are publication dates
from its `datekind` column (published | inferred | none), so `--dates` decides
which count and the rest are reported as matches without a usable date.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from whoosh import query as Q

from archive.header import doctype_name
from archive.store import Archive
from indexer.filters import Filters
from indexer.query import parse_query
from indexer.search import open_searcher
from indexer.segment import unpack

BUCKETS = ("year", "quarter", "month")
DATE_KINDS = {"published": ("published",), "inferred": ("inferred",), "any": ("published", "inferred")}


def match_query(text: str | None, filters: Filters, duplicates: bool = True, relaxed: bool = False) -> Q.Query:
    """The documents `vankien search TEXT [filters]` matches, as one Whoosh query
    (relaxed: the OR of the words, as search falls back to when their AND matched nothing)."""
    parsed = parse_query(text) if text and text.strip() else None
    required = ([parsed.as_or() if relaxed else parsed.query] if parsed else []) + filters.queries()
    q = Q.And(required) if len(required) > 1 else required[0] if required else Q.Every()
    return Q.AndNot(q, Q.Term("dup", "1")) if not duplicates else q


def _matches(archive: Archive, text: str | None, filters: Filters, duplicates: bool = True, relaxed: bool = False):
    searcher = open_searcher(archive.home)
    return searcher, searcher.docs_for_query(match_query(text, filters, duplicates, relaxed))


# -- timeline ------------------------------------------------------------------------

@dataclass
class Bucket:
    key: str                 # 2021 | 2021-Q2 | 2021-05
    count: int


@dataclass
class Timeline:
    by: str
    dates: str
    total: int               # every match
    undated: int             # matches without a date of the kind asked for
    buckets: list[Bucket] = field(default_factory=list)


def bucket_key(date: str, by: str) -> str:
    if by == "year":
        return date[:4]
    if by == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    return date[:7]


def _next_key(key: str, by: str) -> str:
    year = int(key[:4])
    if by == "year":
        return str(year + 1)
    if by == "quarter":
        q = int(key[-1])
        return f"{year + 1}-Q1" if q == 4 else f"{year}-Q{q + 1}"
    month = int(key[5:7])
    return f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"


def timeline(archive: Archive, text: str | None, filters: Filters, by: str = "year",
             duplicates: bool = True) -> Timeline:
    """Matches per year, quarter or month, with empty buckets between the first and last."""
    if by not in BUCKETS:
        raise ValueError(f"by must be one of {', '.join(BUCKETS)}")
    searcher, docnums = _matches(archive, text, filters, duplicates)
    reader = searcher.reader()
    dates, kinds = reader.column_reader("date"), reader.column_reader("datekind")
    wanted = DATE_KINDS[filters.dates]
    counts: Counter = Counter()
    total = 0
    for n in docnums:
        total += 1
        if kinds[n] in wanted and dates[n]:
            counts[bucket_key(dates[n], by)] += 1
    result = Timeline(by=by, dates=filters.dates, total=total, undated=total - sum(counts.values()))
    if counts:
        key, last = min(counts), max(counts)
        while key <= last:
            result.buckets.append(Bucket(key, counts[key]))
            key = _next_key(key, by)
    return result


# -- facets --------------------------------------------------------------------------

NO_VALUE = ""


@dataclass
class Facets:
    total: int
    year: dict[str, int]      # "" counts matches without a date of the kind asked for
    source: dict[str, int]
    doctype: dict[str, int]


def facets(archive: Archive, text: str | None, filters: Filters, duplicates: bool = True,
           top: int = 10, relaxed: bool = False) -> Facets:
    """Counts of all matches by year, source and document type (the top values of each)."""
    searcher, docnums = _matches(archive, text, filters, duplicates, relaxed)
    reader = searcher.reader()
    dates, kinds = reader.column_reader("date"), reader.column_reader("datekind")
    sources, types = reader.column_reader("source"), reader.column_reader("doctype")
    wanted = DATE_KINDS[filters.dates]
    year, source, doctype = Counter(), Counter(), Counter()
    total = 0
    for n in docnums:
        total += 1
        year[dates[n][:4] if kinds[n] in wanted and dates[n] else NO_VALUE] += 1
        source[(sources[n] or NO_VALUE).lower()] += 1
        doctype[doctype_name(types[n]) if types[n] else NO_VALUE] += 1
    years = dict(sorted(year.items(), key=lambda kv: (kv[0] == NO_VALUE, kv[0])))
    return Facets(total=total, year=years, source=_top(source, top), doctype=_top(doctype, top))


def _top(counts: Counter, top: int) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top])


# -- similar -------------------------------------------------------------------------

@dataclass
class Similar:
    id: int
    title: str
    date: str | None
    source: str | None
    score: float
    near_duplicate: bool     # a re-post of the same text (same duplicate group, or MinHash Jaccard ≥ THRESHOLD)
    duplicate_of: int | None = None


class NotIndexed(LookupError):
    """The document is not in the archive or not yet in the index."""


def similar(archive: Archive, doc_id: int, limit: int = 10, terms: int = 25) -> list[Similar]:
    """The documents most like `doc_id`: Whoosh's more-like-this over underthesea's words
    (the document's own key terms by Bo1, ORed), near-duplicates marked."""
    doc = archive.get(doc_id)
    if doc is None:
        raise NotIndexed(f"no document with id {doc_id}")
    searcher = open_searcher(archive.home)
    docnum = searcher.document_number(id=str(doc_id))
    if docnum is None:
        raise NotIndexed(f"document {doc_id} is not indexed yet (run `vankien reindex`)")
    from archive.dedup import THRESHOLD, similarity      # numpy and datasketch: only here

    cached = archive.analyses([doc.content_hash]).get(doc.content_hash)
    words = unpack(cached[0]) if cached else doc.text
    hits = searcher.more_like(docnum, "words", text=words, top=limit, numterms=terms)
    ids = [int(h["id"]) for h in hits]
    docs = archive.get_many(ids)
    signatures = _signatures(archive, [doc_id] + ids)
    group = doc.duplicate_of or doc.id
    out = []
    for h, other_id in zip(hits, ids):
        other = docs.get(other_id)
        if other is None:
            continue
        same_group = (other.duplicate_of or other.id) == group
        close = doc_id in signatures and other_id in signatures and \
            similarity(signatures[doc_id], signatures[other_id]) >= THRESHOLD
        out.append(Similar(id=other.id, title=other.title, date=other.date, source=other.source,
                           score=round(h.score, 4), near_duplicate=same_group or close,
                           duplicate_of=other.duplicate_of))
    return out


def _signatures(archive: Archive, ids: list[int]) -> dict:
    import numpy as np

    marks = ",".join("?" * len(ids))
    rows = archive.db.execute(f"SELECT doc_id, minhash FROM signatures WHERE doc_id IN ({marks})", ids)
    return {doc_id: np.frombuffer(blob, dtype=np.uint64) for doc_id, blob in rows}


# -- ids for export ------------------------------------------------------------------

def matching_ids(archive: Archive, text: str | None, filters: Filters, duplicates: bool = True,
                 chunk: int = 500) -> tuple[int, Iterator[list[int]]]:
    """(number of matches, the archive ids of every match in chunks), without holding them all."""
    searcher, docnums = _matches(archive, text, filters, duplicates)
    total = sum(1 for _ in docnums)
    _, docnums = _matches(archive, text, filters, duplicates)

    def chunks():
        batch = []
        for n in docnums:
            batch.append(int(searcher.stored_fields(n)["id"]))
            if len(batch) >= chunk:
                yield batch
                batch = []
        if batch:
            yield batch

    return total, chunks()
