#!/usr/bin/env python3
"""Issue [2/6]: a whole `vankien import` (archive + index) of the party/government subset,
against underthesea segmentation alone of the same texts on the same cores.

    .venv/bin/python bench/bench_index.py [--home DIR] [--corpus TAR] [--processes 2]

1. Builds /tmp/vankien-bench/news-party-gov-4105.tar.gz: only the 4,105 articles
   named in news/party_gov_subset.txt inside the corpus tar (no manifest, nothing else).
2. (setup, timed for reference) archive-only import of that tar into a scratch home, in-process.
3. (a) segmentation alone: indexer.segment.Segmenter(processes).map over every
   stored text, exactly as the archive stores them, pool start-up included.
4. (b) `vankien --home H import SUBSET --quiet` (archive + segmentation + Whoosh) in
   a fresh home, a subprocess under /usr/bin/time -v.
5. (c, for the breakdown; --no-reindex skips it) `vankien --home H reindex --quiet`:
   the Whoosh side alone, words read from the segment cache that (b) filled.
Reports (b)/(a) in wall time (goal ≤ 1.6) and in CPU seconds of the whole process
tree (pool workers included: sampled from /proc, since GNU time cannot see workers
reaped by the forkserver), index size on disk and documents/s. --home is the
home of (b), kept when given (bench_search.py can reuse it).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import (DEFAULT_CORPUS, Home, TreeSampler, batch_counts, dir_bytes, du_mb, fmt_s, load, machine,
                     run_measured, source_fingerprint, subset_tar, table, today, vankien_exe, write_results)

GOAL_RATIO = 1.6


def segmentation_alone(subset: Path, processes: int) -> dict:
    from archive.importer import import_paths
    from archive.store import Archive
    from indexer.segment import Segmenter

    scratch = Path(tempfile.mkdtemp(prefix="vankien-bench-seg-"))
    try:
        archive = Archive(scratch, create=True)
        started = time.perf_counter()
        summary = import_paths(archive, [str(subset)])
        archive_only = time.perf_counter() - started
        texts = [t for (t,) in archive.db.execute("SELECT text FROM documents ORDER BY id")]
        archive.close()
        chars = sum(map(len, texts))
        sampler = TreeSampler().start()                  # this process + forkserver + workers
        started = time.perf_counter()
        with Segmenter(processes) as seg:
            words = 0
            for out in seg.map(enumerate(texts)):          # str, or (key, str) in older versions
                words += (out if isinstance(out, str) else out[1]).count("\n") + 1
        seconds = time.perf_counter() - started
        sampler.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {"archive_only_import_s": archive_only, "archive_only_counts": dict(summary.counts),
            "texts": len(texts), "chars": chars, "words": words, "seconds": seconds,
            "tree_cpu_s": sampler.cpu_seconds, "tree_rss_peak_mb": sampler.peak_mb,
            "chars_per_s": chars / seconds, "processes": processes}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--home", help="home for the whole import (b); must not hold an archive; kept. "
                                   "Default: a fresh temp dir, removed afterwards")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the 35k tar.gz holding the subset list")
    ap.add_argument("--processes", type=int, default=2, help="segmentation processes for (a) (default 2)")
    ap.add_argument("--no-reindex", action="store_true",
                    help="skip (c): `vankien reindex` afterwards (Whoosh alone, words from the segment cache)")
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus}")

    subset, members = subset_tar(corpus)
    print(f"subset tar: {subset} ({members:,} articles)", flush=True)
    load_before = load()
    with Home(args.home, "vankien-bench-index-") as home:
        print(f"(a) segmentation alone, {args.processes} processes …", flush=True)
        seg = segmentation_alone(subset, args.processes)
        load_mid = load()
        cmd = [vankien_exe(), "--home", str(home), "import", str(subset), "--quiet"]
        print(f"(b) {' '.join(cmd)}", flush=True)
        whole = run_measured(cmd)
        if whole["exit"] not in (0, 3):
            sys.exit(f"import failed (exit {whole['exit']}):\n{whole['stderr']}")
        counts = batch_counts(home)[-1]
        import sqlite3

        db = sqlite3.connect(home / "archive.sqlite")
        cache = "analysis" if db.execute("SELECT 1 FROM sqlite_master WHERE name='analysis'").fetchone() \
            else "segments"
        docs, indexed, segments = (db.execute(q).fetchone()[0] for q in (
            "SELECT COUNT(*) FROM documents", "SELECT COUNT(*) FROM indexed", f"SELECT COUNT(*) FROM {cache}"))
        db.close()
        index_mb = du_mb(home / "index")
        index_bytes = dir_bytes(home / "index")
        load_c = load()
        reindexed = None
        if not args.no_reindex:
            rcmd = [vankien_exe(), "--home", str(home), "reindex", "--quiet"]
            print(f"(c) {' '.join(rcmd)}", flush=True)
            reindexed = run_measured(rcmd)
        sqlite_mb = round((home / "archive.sqlite").stat().st_size / 1024 / 1024, 1)
    load_after = load()

    ratio = whole["seconds"] / seg["seconds"]
    cpu_ratio = whole["tree_cpu_s"] / seg["tree_cpu_s"] if seg["tree_cpu_s"] else None
    result = {
        "benchmark": "index (whole import vs segmentation alone)", "date": today(), "machine": machine(),
        "source": source_fingerprint(),
        "load_avg_before": load_before, "load_avg_between": load_mid, "load_avg_after": load_after,
        "subset_tar": str(subset), "subset_articles": members,
        "a_segmentation": {k: (round(v, 3) if isinstance(v, float) else v) for k, v in seg.items()},
        "b_whole_import": {k: whole.get(k) for k in ("seconds", "exit", "max_rss_mb", "tree_rss_peak_mb",
                                                     "user_s", "sys_s", "cpu_percent")},
        "b_command": " ".join(cmd), "b_counts": counts,
        "c_reindex_from_cache": None if reindexed is None else
        {k: reindexed.get(k) for k in ("seconds", "exit", "max_rss_mb", "tree_cpu_s", "user_s", "sys_s", "cpu_percent")},
        "load_avg_before_c": load_c,
        "documents": docs, "indexed": indexed, "segments_cached": segments,
        "index_mb_on_disk": index_mb, "index_bytes": index_bytes, "archive_sqlite_mb": sqlite_mb,
        "docs_per_s": round(indexed / whole["seconds"], 1),
        "ratio_b_over_a": round(ratio, 3), "goal_ratio": GOAL_RATIO, "goal_met": ratio <= GOAL_RATIO,
        "cpu_ratio_b_over_a": None if cpu_ratio is None else round(cpu_ratio, 3),
    }
    path = write_results("index", result)

    rows = [
        ("subset articles in tar", f"{members:,}"),
        ("archive-only import (setup, in-process)", fmt_s(seg["archive_only_import_s"])),
        ("(a) segmentation alone", f"{fmt_s(seg['seconds'])}  ({seg['texts']:,} texts, {seg['chars']:,} chars, "
                                   f"{seg['chars_per_s']:,.0f} chars/s, {args.processes} processes)"),
        ("    CPU, whole process tree", fmt_s(seg["tree_cpu_s"])),
        ("(b) whole import (archive + index)", fmt_s(whole["seconds"])),
        ("    peak RSS: max process / whole tree", f"{whole.get('max_rss_mb')} MB / {whole['tree_rss_peak_mb']} MB"),
        ("    CPU: main process / whole tree (incl. workers)",
         f"{fmt_s((whole.get('user_s') or 0) + (whole.get('sys_s') or 0))} / {fmt_s(whole['tree_cpu_s'])}"),
        ("    imported / near-dup / dup / skipped / failed",
         " / ".join(str(counts.get(k, 0)) for k in ("imported", "near_duplicate", "duplicate", "skipped", "failed"))),
        ("    documents indexed", f"{indexed:,} of {docs:,} ({segments:,} segmentations cached)"),
        ("    documents/s (whole import)", f"{indexed / whole['seconds']:,.1f}"),
        ("index size on disk", f"{index_mb} MB"),
        ("archive.sqlite (with segment cache)", f"{sqlite_mb} MB"),
        ("(c) reindex from segment cache (Whoosh only)", "skipped" if reindexed is None else
         f"{fmt_s(reindexed['seconds'])}  (CPU {fmt_s(reindexed['tree_cpu_s'])})"),
        ("ratio (b)/(a), wall", f"{ratio:.3f}  (goal ≤ {GOAL_RATIO}: {'met' if ratio <= GOAL_RATIO else 'NOT met'})"),
        ("ratio (b)/(a), CPU seconds", "–" if cpu_ratio is None else f"{cpu_ratio:.3f}"),
        ("load avg before / (a)→(b) / (b)→(c) / after", f"{load_before} / {load_mid} / {load_c} / {load_after}"),
    ]
    print()
    print(table(rows, ("index", "")))
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
