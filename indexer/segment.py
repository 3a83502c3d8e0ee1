"""The slow analysis of a text — underthesea word segmentation and entity
extraction — in worker processes, cached in the archive by content hash.

Segmentation is the slowest step of indexing (about 110k characters/s per core),
so it runs in a pool of its own processes while the main process feeds Whoosh,
and its output is kept in the archive so a reindex never analyzes again.
underthesea is imported only inside the workers: the search path never loads it.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import zlib
from collections.abc import Iterable, Iterator


def segment(text: str) -> str:
    """underthesea's words, one per line."""
    from underthesea import word_tokenize

    lines = []
    for paragraph in text.split("\n"):
        if paragraph.strip():
            lines.extend(word_tokenize(paragraph))
    return "\n".join(lines)


def entities_json(text: str, title: str = "") -> str:
    """indexer.entities as stored in the archive (slogans carry their matching key)."""
    from indexer.entities import extract

    found = extract(text, title=title)
    data = found.to_json()
    data["slogans"] = [{"text": s.text, "key": s.key} for s in found.slogans]
    return json.dumps(data, ensure_ascii=False)


def _analyze_job(job: tuple[int, str, str, bool, bool]) -> tuple[int, str | None, str | None]:
    key, title, text, with_entities, with_words = job
    return key, segment(text) if with_words else None, entities_json(text, title) if with_entities else None


def _extractor_version() -> str:
    """A fingerprint of the entity extractor: its modules and rule files. Cached
    entities of another fingerprint are extracted again at the next indexing
    run, so improved rules reach archives built before them."""
    import hashlib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "indexer").glob("*.py")) + sorted((root / "data").glob("*_rules.json")) + \
        [root / "data" / "places_vi.json", root / "data" / "docnum_codes.json"]
    digest = hashlib.sha1()
    for f in files:
        if f.name not in _NOT_EXTRACTION and f.exists():
            digest.update(f.name.encode() + f.read_bytes())
    return digest.hexdigest()[:12]


# indexer modules that do not shape entities (search, index, schema …)
_NOT_EXTRACTION = {"analysis.py", "check.py", "explore.py", "filters.py", "index.py", "phrase.py", "query.py",
                   "schema.py", "search.py", "segment.py", "__init__.py"}
ENTITIES_VERSION = _extractor_version()


def workers() -> int:
    return max(1, min(len(os.sched_getaffinity(0)), 8))


class Segmenter:
    """A pool of segmenting processes; `map` keeps the input order."""

    def __init__(self, processes: int | None = None):
        self.processes = processes or workers()
        self.pool = None

    def __enter__(self):
        ctx = multiprocessing.get_context("forkserver" if os.name == "posix" else "spawn")
        self.pool = ctx.Pool(self.processes, initializer=_warm_up)
        return self

    def __exit__(self, *exc):
        self.pool.terminate()
        self.pool.join()

    def map(self, jobs: Iterable[tuple[int, str]]) -> Iterator[str]:
        """Segmentation alone (benchmarks compare the whole import against it)."""
        return self.pool.imap(segment, (text for _, text in jobs), chunksize=4)

    def submit(self, jobs: list[tuple[int, str, str, bool, bool]]):
        """Analyze (key, title, text, with_entities, with_words) jobs in the background;
        `.get()` waits for the list."""
        return self.pool.map_async(_analyze_job, jobs, chunksize=4)


def _warm_up() -> None:
    import underthesea  # noqa: F401  (load the models once per worker, not per document)
    import indexer.entities  # noqa: F401


def pack(words: str) -> bytes:
    return zlib.compress(words.encode("utf-8"), 6)


def unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")
