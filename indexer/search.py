"""Search the index, then read what is shown (title, date, snippet) from the archive.

Ranking: BM25 over the required clauses (on the body, which holds the title),
plus optional boosts for the query's words in the title, its adjacent syllable
pairs and its multi-syllable words, so "Ban Thường vụ" as written ranks above
the three syllables scattered; boosts never change what matches. A plain query
that matches nothing as AND is retried as OR, so a long question still gets
ranked answers.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from whoosh import collectors, scoring
from whoosh import query as Q
from whoosh.columns import NumericColumn

from archive.records import Document
from archive.store import Archive
from indexer.analysis import DOCNUM_MARK, cached_folded_key, cached_match_key, iter_syllables
from indexer.index import IndexUnavailable, damaged_message, index_identity, open_index
from indexer.query import Parsed, QueryError, folded_pairs, parse_query

SNIPPET_TOKENS = 36
MAX_BOOSTS = 512          # a pasted paragraph: Whoosh nests its OR matchers (recursion)
SORTS = ("relevance", "date", "-date")


@dataclass
class Hit:
    id: int
    external_id: str | None
    title: str
    date: str | None
    source: str | None
    path: str
    score: float | None                   # None when sorted by date
    snippet: str
    marks: list[tuple[int, int]]          # [start, end) of matched words in `snippet`
    duplicate_of: int | None = None
    rank: int = 0


@dataclass
class SearchResult:
    total: int
    hits: list[Hit] = field(default_factory=list)
    exact: bool = True
    relaxed: bool = False                 # AND matched nothing; these are OR results


def search(archive: Archive, text: str | None, limit: int = 10, offset: int = 0, sort: str = "relevance",
           duplicates: bool = True, filters: list[Q.Query] | None = None, count_only: bool = False,
           snippets: bool = True) -> SearchResult:
    if sort not in SORTS:
        raise QueryError(f"sort must be one of {', '.join(SORTS)}")
    parsed = parse_query(text) if text and text.strip() else None
    required = [parsed.query] if parsed else []
    required += filters or []
    if not required:
        required = [Q.Every()]
    mask = None if duplicates else Q.Term("dup", "1")
    page, total = _run_kept(archive.home, _ranked(parsed, required), limit, offset, sort, mask, count_only)
    relaxed = False
    if total == 0 and parsed and parsed.plain and parsed.clauses >= 2:
        relaxed_query = _ranked(parsed, [parsed.as_or()] + (filters or []))
        page, total = _run_kept(archive.home, relaxed_query, limit, offset, sort, mask, count_only)
        relaxed = True
    if count_only or page is None:
        return SearchResult(total=total, exact=parsed.exact if parsed else True, relaxed=relaxed)
    docs = archive.get_many([doc_id for doc_id, _ in page])
    hits = []
    for rank, (doc_id, score) in enumerate(page, start=offset + 1):
        doc = docs.get(doc_id)
        if doc is None:
            continue                       # removed from the archive after indexing
        snippet, marks = make_snippet(doc.text, parsed) if snippets else ("", [])
        hits.append(Hit(id=doc.id, external_id=doc.external_id, title=doc.title, date=doc.date,
                        source=doc.source, path=doc.path, score=None if score is None else round(score, 4), snippet=snippet,
                        marks=marks, duplicate_of=doc.duplicate_of, rank=rank))
    return SearchResult(total=total, hits=hits, exact=parsed.exact if parsed else True, relaxed=relaxed)


def _ranked(parsed: Parsed | None, required: list[Q.Query]) -> Q.Query:
    """The required part, plus boosts that only add to the score of what it matches."""
    q = required[0] if len(required) == 1 else Q.And(required)
    boosts = _boosters(parsed) if parsed else []
    return Q.AndMaybe(q, Q.Or(boosts)) if boosts else q


# `docnums` is a KEYWORD field, scored by raw frequency (it keeps no lengths), so the
# document whose own number it is must outweigh any count of citations.
OWN_BOOST = 1000.0


def _boosters(parsed: Parsed) -> list[Q.Query]:
    """Optional clauses that only change ranking: the document's own number (its header),
    a number in the title, title words, adjacent pairs, whole words."""
    keys = [k for k in parsed.ordered if not k.startswith(DOCNUM_MARK)]
    numbers = sorted(k for k in parsed.terms if k.startswith(DOCNUM_MARK))
    title = "title" if parsed.exact else "title_fold"
    boosts: list[Q.Query] = [Q.Term("own", k, boost=OWN_BOOST) for k in numbers]
    boosts += [Q.Term("title", k) for k in numbers]
    boosts += [Q.Term(title, k) for k in dict.fromkeys(keys)]
    boosts += [Q.Term("fold_pairs", pair) for pair in dict.fromkeys(folded_pairs(keys))]
    if parsed.exact:
        for n in (2, 3, 4):
            boosts += [Q.Term("words", w) for w in dict.fromkeys("_".join(keys[i:i + n])
                                                                  for i in range(len(keys) - n + 1))]
    return boosts[:MAX_BOOSTS]


_SEARCHERS: dict = {}        # home → (searcher, identity of the index folder it reads)


def _run_kept(home, q, limit, offset, sort, mask, count_only):
    """_run on the kept searcher; a searcher that fails (segments deleted or
    truncated under it, a reindex swapped in) is dropped and the search runs
    once more on a fresh one, whose failure is the one-line IndexUnavailable."""
    try:
        return _run(_searcher(home), q, limit, offset, sort, mask, count_only)
    except (QueryError, IndexUnavailable):
        raise
    except Exception:
        _forget(home)
    try:
        return _run(_searcher(home), q, limit, offset, sort, mask, count_only)
    except (QueryError, IndexUnavailable):
        raise
    except Exception as e:
        _forget(home)
        raise IndexUnavailable(damaged_message(home, e)) from None


def _searcher(home):
    """One open searcher per index, refreshed when the index changed: opening the
    segment files costs more than a query (measured: 65 of 100 ms). A reindex
    replaces the whole folder, so the folder's identity is checked too (its
    new TOC may well carry the generation number the old one had)."""
    key = str(home)
    cached = _SEARCHERS.pop(key, None)
    if cached is not None:
        searcher, identity = cached
        try:
            now = index_identity(home)
            if now and now[0] == identity[0] and searcher.up_to_date() and _files_intact(identity):
                _SEARCHERS[key] = cached
                return searcher
        except Exception:                     # the index was removed or replaced under us
            pass
        searcher.close()
    identity = index_identity(home)
    searcher = open_index(home).searcher(weighting=scoring.BM25F())
    for leaf, _ in searcher.leaf_searchers():
        _lengths_in_memory(leaf.reader())
    _SEARCHERS[key] = (searcher, identity)
    return searcher


def _files_intact(identity) -> bool:
    """The segment files a kept searcher reads are still there, whole: open files
    outlive their deletion, so it would go on answering from a damaged index
    that a new process cannot open."""
    return all(os.stat(path).st_size == size for path, size in identity[1])


def _forget(home) -> None:
    cached = _SEARCHERS.pop(str(home), None)
    if cached is not None:
        try:
            cached[0].close()
        except Exception:
            pass


def open_searcher(home):
    """The kept searcher of an index (for views over all matches: indexer/explore.py)."""
    return _searcher(home)


def _lengths_in_memory(reader) -> None:
    """BM25 needs each matching document's field length, which Whoosh 2.7.4 reads
    from the segment file one byte per call (no mmap: see indexer.index); on 35k
    documents that was a third of a common word's query time. A kept searcher
    reads a field's lengths column once, whole, when a query first needs it."""
    perdoc = getattr(reader, "_perdoc", None)
    load = getattr(perdoc, "_cached_reader", None)
    if load is None:
        return

    def cached(fieldname, column):
        found = load(fieldname, column)
        if isinstance(found, NumericColumn.Reader) and found._typecode == "B":
            found = perdoc._readers[fieldname] = _ByteColumn(found._dbfile.get(found._basepos, found._count))
        return found

    perdoc._cached_reader = cached


class _ByteColumn:
    def __init__(self, data: bytes):
        self.data = data

    def __getitem__(self, docnum: int) -> int:
        return self.data[docnum] if docnum < len(self.data) else 0


def _run(searcher, q, limit, offset, sort, mask, count_only):
    if count_only:                       # ids only, nothing scored
        found = set(searcher.docs_for_query(q))
        if mask is not None and found:
            found -= set(searcher.docs_for_query(mask))
        return None, len(found)
    collector = _collector(searcher, offset + limit, sort, mask)
    searcher.search_with_collector(q, collector)
    results = collector.results()
    scored = sort == "relevance"             # sorted by date, Whoosh gives the sort key instead
    page = [(int(h["id"]), h.score if scored else None) for h in results[offset:offset + limit]]
    return page, len(results)


def _collector(searcher, limit, sort, mask):
    """Top hits by score or by date, with an exact total.

    Whoosh's block-quality skipping and matcher replacement are off: with them
    Whoosh 2.7.4 returns wrong top-N hits for AndMaybe (seen here) and leaves
    skipped documents out of the count. Stepping through every match is one pass
    over the postings that scores and counts.
    """
    if sort == "relevance":
        c = collectors.TopCollector(limit, usequality=False, replace=0)
    else:
        c = searcher.collector(limit=limit, sortedby="date", reverse=sort == "-date")
    return collectors.FilterCollector(c, restrict=mask) if mask is not None else c


def make_snippet(text: str, parsed: Parsed | None, width: int = SNIPPET_TOKENS) -> tuple[str, list[tuple[int, int]]]:
    """The densest window of matched words, in the original text with its diacritics."""
    tokens = list(iter_syllables(text))
    if not tokens:
        return "", []
    hits = [i for i, tok in enumerate(tokens) if parsed and _key(tok[0], parsed.exact) in parsed.terms]
    start = _best_window(hits, width) if hits else 0
    start = max(0, min(start, len(tokens) - width))
    window = tokens[start:start + width]
    char_start, char_end = window[0][1], window[-1][2]
    snippet = text[char_start:char_end]
    matched = set(hits)
    marks = [(s - char_start, e - char_start) for i, (_, s, e) in enumerate(window, start=start) if i in matched]
    prefix = "…" if char_start > 0 else ""
    suffix = "…" if char_end < len(text) else ""
    shift = len(prefix)
    flat = " ".join(snippet.split("\n"))
    return prefix + flat + suffix, [(s + shift, e + shift) for s, e in marks]


def _key(token: str, exact: bool) -> str:
    if token.startswith(DOCNUM_MARK):
        return token
    return cached_match_key(token) if exact else cached_folded_key(token)


def _best_window(hits: list[int], width: int) -> int:
    best, best_count, j = hits[0], 0, 0
    for i, h in enumerate(hits):
        while hits[j] < h - width + 1:
            j += 1
        if i - j + 1 > best_count:
            best, best_count = hits[j], i - j + 1
    return max(0, best - 4)


def highlight_document(doc: Document, text: str) -> tuple[str, list[tuple[int, int]]]:
    """The whole text of `doc` with the matches of query `text` marked (show --highlight)."""
    parsed = parse_query(text)
    marks = [(s, e) for tok, s, e in iter_syllables(doc.text) if _key(tok, parsed.exact) in parsed.terms]
    return doc.text, marks
