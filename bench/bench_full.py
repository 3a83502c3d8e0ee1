#!/usr/bin/env python3
"""The whole 35k corpus, archive + index, end to end: `vankien --home H import TAR --quiet`.

    nohup .venv/bin/python bench/bench_full.py --home /tmp/bench-full > /tmp/bench-full.log 2>&1 &
    .venv/bin/python bench/bench_search.py --home /tmp/bench-full --name search-full

Takes 10–30 minutes on 2 cores. Reports wall time, peak RSS (largest process,
GNU time; and the whole tree with the segmentation workers, sampled), CPU seconds,
batch counts, documents indexed, documents/s and the size of the archive and index.
--home defaults to a fresh temp dir that is removed afterwards: give one to keep
the archive for bench_search.py.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from _common import (DEFAULT_CORPUS, Home, batch_counts, du_mb, fmt_s, load, machine, run_measured,
                     source_fingerprint, table, today, vankien_exe, write_results)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--home", help="home to import into (must not hold an archive; kept). Default: temp, removed")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--name", default="full_import", help="results file name: bench/results/NAME.json")
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus}")

    load_before = load()
    source = source_fingerprint()
    with Home(args.home, "vankien-bench-full-") as home:
        cmd = [vankien_exe(), "--home", str(home), "import", str(corpus), "--quiet"]
        print(f"{today()}  {' '.join(cmd)}", flush=True)
        run = run_measured(cmd)
        print(f"{today()}  exit {run['exit']} after {run['seconds']:.1f} s", flush=True)
        if run["exit"] not in (0, 3):
            print(run["stderr"][-4000:], file=sys.stderr)
        counts = batch_counts(home)[-1] if (home / "archive.sqlite").exists() else {}
        counts = counts or {"note": "batch not finished (interrupted)"}
        db = sqlite3.connect(home / "archive.sqlite")
        docs, indexed = (db.execute(q).fetchone()[0] for q in (
            "SELECT COUNT(*) FROM documents", "SELECT COUNT(*) FROM indexed"))
        chars = db.execute("SELECT COALESCE(SUM(LENGTH(text)), 0) FROM documents").fetchone()[0]
        db.close()
        index_mb = du_mb(home / "index")
        sqlite_mb = round((home / "archive.sqlite").stat().st_size / 1024 / 1024, 1)
    load_after = load()

    result = {"benchmark": "full corpus import (archive + index)", "date": today(), "machine": machine(),
              "source": source, "load_avg_before": load_before, "load_avg_after": load_after,
              "home": str(home) if args.home else "(temp)", "corpus": str(corpus), "command": " ".join(cmd),
              **{k: run.get(k) for k in ("seconds", "exit", "max_rss_mb", "tree_rss_peak_mb", "tree_cpu_s",
                                         "user_s", "sys_s", "cpu_percent")},
              "stderr_tail": run["stderr"][-2000:], "counts": counts, "documents": docs, "indexed": indexed,
              "chars": chars, "docs_per_s": round(indexed / run["seconds"], 1),
              "index_mb_on_disk": index_mb, "archive_sqlite_mb": sqlite_mb}
    path = write_results(args.name, result)
    rows = [
        ("wall", f"{fmt_s(run['seconds'])} ({run['seconds'] / 60:.1f} min), exit {run['exit']}"),
        ("peak RSS: largest process / whole tree", f"{run.get('max_rss_mb')} MB / {run['tree_rss_peak_mb']} MB"),
        ("CPU: main process / whole tree", f"{fmt_s((run.get('user_s') or 0) + (run.get('sys_s') or 0))} / "
                                           f"{fmt_s(run['tree_cpu_s'])}"),
        ("imported / near-dup / dup / skipped / failed",
         " / ".join(str(counts.get(k, 0)) for k in ("imported", "near_duplicate", "duplicate", "skipped", "failed"))),
        ("documents / indexed", f"{docs:,} / {indexed:,}  ({chars:,} chars)"),
        ("documents/s", f"{indexed / run['seconds']:,.1f}"),
        ("index on disk / archive.sqlite", f"{index_mb} MB / {sqlite_mb} MB"),
        ("load avg before / after", f"{load_before} / {load_after}"),
    ]
    print()
    print(table(rows, ("full corpus import", "")))
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
