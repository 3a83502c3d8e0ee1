"""Peak memory of `vankien export` (streamed: it should not grow with the matches).

Builds an archive of the 4,105 party/government articles (archive-only import,
then an index whose words are whitespace tokens instead of underthesea's: the
export reads the index's ids and the archive's rows and entities, so the words
only decide which documents a query matches; entities are the real extractor's).
Then exports a few dozen, a sixth, and all documents as CSV and JSONL in
new processes and records each one's peak RSS (GNU time) beside a `timeline`
of everything (the floor: Python, Whoosh and the open index).

    .venv/bin/python bench/bench_export.py [--home /tmp/vankien-bench/export-home]   # from the repo root
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from _common import DEFAULT_CORPUS, machine, run_measured, subset_tar, table, write_results

from archive.store import Archive
from indexer.index import index_pending
from indexer.segment import entities_json


class _Done:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class WhitespaceSegmenter:
    """Stands in for indexer.segment.Segmenter: same interface, no underthesea, in-process."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, jobs):
        return _Done([(key, "\n".join(text.split()), entities_json(text, title) if with_entities else None)
                      for key, title, text, with_entities in jobs])


def build(home: Path) -> int:
    tar, _ = subset_tar(DEFAULT_CORPUS)
    if not (home / "archive.sqlite").exists():
        cmd = [sys.executable, "-m", "cli", "--home", str(home), "import", str(tar), "--no-index", "--quiet"]
        run_measured(cmd, sample=False)
    with Archive(home) as archive:
        index_pending(archive, segmenter_factory=WhitespaceSegmenter)
        return archive.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


def heap_peaks(home: Path, sizes=(500, 1000, 2000, 4000)) -> dict[int, float]:
    """Python heap peak (tracemalloc, MB) of a CSV export of the first N matches, in-process:
    what the export itself holds, without SQLite's page cache or the interpreter."""
    import tracemalloc

    from archive.export import export_rows, write_csv
    from indexer.explore import matching_ids
    from indexer.filters import Filters

    peaks = {}
    with Archive(home) as archive, open(os.devnull, "w") as sink:
        for size in sizes:
            _, chunks = matching_ids(archive, None, Filters())
            tracemalloc.start()
            write_csv(export_rows(archive, _first(chunks, size)), sink)
            peaks[size] = round(tracemalloc.get_traced_memory()[1] / 1e6, 2)
            tracemalloc.stop()
    return peaks


def _first(chunks, size):
    for chunk in chunks:
        yield chunk[:size]
        size -= len(chunk)
        if size <= 0:
            return


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", default="/tmp/vankien-bench/export-home")
    args = ap.parse_args()
    home = Path(args.home)
    docs = build(home)
    base = [sys.executable, "-m", "cli", "--home", str(home)]
    out = home.parent / "export.out"
    runs = {"timeline (floor)": base + ["timeline"]}
    for label, query in (("a few dozen", ["Đắk Nông"]), ("a sixth", ["Tỉnh ủy"]), ("all", [])):
        for fmt in ("csv", "jsonl"):
            runs[f"{fmt}: {label}"] = base + ["export", *query, "--format", fmt, "-o", str(out)]
    rows, results = [], {}
    for label, cmd in runs.items():
        r = run_measured(cmd, sample=False)
        lines = sum(1 for _ in open(out, encoding="utf-8")) if "export" in cmd and out.exists() else None
        exported = None if lines is None else lines - (1 if "csv" in cmd else 0)
        results[label] = {"seconds": round(r["seconds"], 2), "max_rss_mb": r["max_rss_mb"], "exit": r["exit"],
                          "documents": exported}
        rows.append((label, exported if exported is not None else "", f"{r['seconds']:.1f}", r["max_rss_mb"]))
    peaks = heap_peaks(home)
    print(f"{docs:,} documents in the archive")
    print(table(rows, ("run", "exported", "s", "peak RSS MB")))
    print("Python heap peak of the export itself (MB, by documents):", peaks)
    write_results("export", {"machine": machine(), "documents": docs, "runs": results, "heap_peak_mb": peaks})


if __name__ == "__main__":
    main()
