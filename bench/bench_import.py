#!/usr/bin/env python3
"""Issue [1/6]: archive-only import of the 35k-article tar.gz, then the same import again.

    .venv/bin/python bench/bench_import.py [--home DIR] [--corpus TAR]

Runs `vankien --home H import TAR --no-index --quiet` twice in a fresh home, as
subprocesses under /usr/bin/time -v. Reports the first run's wall time and peak
RSS, the counts recorded for the batch (imported, near-duplicates, exact
duplicates, skipped, failed), the second run's time and the ratio second/first
(goal < 0.1: an unchanged tar is skipped, not re-read).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import (DEFAULT_CORPUS, Home, batch_counts, fmt_s, load, machine, run_measured, source_fingerprint,
                     table, today, vankien_exe, write_results)

GOAL_RATIO = 0.1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--home", help="archive home to import into (must not hold an archive; kept). "
                                   "Default: a fresh temp dir, removed afterwards")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the tar.gz to import")
    args = ap.parse_args()
    corpus = args.corpus.resolve()
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus}")

    load_before = load()
    with Home(args.home, "vankien-bench-import-") as home:
        cmd = [vankien_exe(), "--home", str(home), "import", str(corpus), "--no-index", "--quiet"]
        print(f"import 1: {' '.join(cmd)}", flush=True)
        first = run_measured(cmd)
        if first["exit"] not in (0, 3):
            sys.exit(f"import failed (exit {first['exit']}):\n{first['stderr']}")
        print(f"import 2 (same tar again) …", flush=True)
        second = run_measured(cmd)
        batches = batch_counts(home)
        db_mb = round((home / "archive.sqlite").stat().st_size / 1024 / 1024, 1)
    load_after = load()

    c1 = batches[0] if batches else {}
    c2 = batches[1] if len(batches) > 1 else {}
    ratio = second["seconds"] / first["seconds"]
    docs = c1.get("imported", 0) + c1.get("near_duplicate", 0)
    result = {
        "benchmark": "import (archive only)", "date": today(), "machine": machine(), "source": source_fingerprint(),
        "load_avg_before": load_before, "load_avg_after": load_after,
        "corpus": str(corpus), "corpus_mb": round(corpus.stat().st_size / 1024 / 1024, 1),
        "command": " ".join(first["cmd"]),
        "first": {k: first.get(k) for k in ("seconds", "exit", "max_rss_mb", "tree_rss_peak_mb", "tree_cpu_s", "user_s",
                                            "sys_s", "cpu_percent")},
        "first_counts": c1, "docs_per_s": round(docs / first["seconds"], 1),
        "second": {k: second.get(k) for k in ("seconds", "exit", "max_rss_mb", "user_s", "sys_s")},
        "second_counts": c2,
        "archive_sqlite_mb": db_mb,
        "ratio_second_over_first": round(ratio, 4), "goal_ratio": GOAL_RATIO, "goal_met": ratio < GOAL_RATIO,
    }
    path = write_results("import", result)

    rows = [
        ("first import: wall", fmt_s(first["seconds"])),
        ("first import: peak RSS (max process)", f"{first.get('max_rss_mb')} MB"),
        ("first import: CPU user+sys", fmt_s((first.get("user_s") or 0) + (first.get("sys_s") or 0))
         + f"  ({first.get('cpu_percent')}% of one core)"),
        ("  imported", f"{c1.get('imported', 0):,}"),
        ("  near-duplicates (kept, marked)", f"{c1.get('near_duplicate', 0):,}"),
        ("  exact duplicates (skipped)", f"{c1.get('duplicate', 0):,}"),
        ("  skipped", f"{c1.get('skipped', 0):,}"),
        ("  failed", f"{c1.get('failed', 0):,}"),
        ("  documents/s", f"{docs / first['seconds']:,.0f}"),
        ("archive.sqlite", f"{db_mb} MB"),
        ("second import: wall", fmt_s(second["seconds"])),
        ("  counts", ", ".join(f"{k} {v:,}" for k, v in c2.items()) or "–"),
        ("ratio second/first", f"{ratio:.4f}  (goal < {GOAL_RATIO}: {'met' if ratio < GOAL_RATIO else 'NOT met'})"),
        ("load avg before / after", f"{load_before} / {load_after}"),
    ]
    print()
    print(table(rows, ("import (archive only)", "")))
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
