"""Research views end to end: each command in a new process on an archive home.

    python bench/bench_views.py --home H                  # time persons, person, resolutions, …
    python bench/bench_views.py --home H --plans          # and print each view query's plan
    python bench/bench_views.py --home H --fill-entities  # first: entity tables of an archive-only import
    python bench/bench_views.py --home H --index          # a fully imported archive: timeline and export too

The views read only the entity tables, so an archive imported with --no-index
(80 s for the 35k tar) plus --fill-entities (entity extraction alone, no
underthesea segmentation, no Whoosh) gives the same tables a full import (16 min)
would. Goal: every command ≤ 1 s in a new process on the 35k archive.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import load, machine, run_measured, today, write_results  # noqa: E402


def fill_entities(home: Path) -> None:
    """Extract and store the entities of every document that has none yet."""
    from archive.store import Archive
    from indexer.segment import entities_json

    with Archive(home) as archive:
        todo = [r[0] for r in archive.db.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM persons UNION SELECT doc_id FROM slogans "
            "UNION SELECT doc_id FROM docnum_refs UNION SELECT doc_id FROM mentioned_dates)")]
        start = time.perf_counter()
        for n in range(0, len(todo), 500):
            archive.begin()
            for doc in archive.get_many(todo[n:n + 500]).values():
                archive.save_entities(doc.id, json.loads(entities_json(doc.text, doc.title)))
            archive.commit()
            print(f"{n + 500:,}/{len(todo):,} documents, {time.perf_counter() - start:.0f} s", file=sys.stderr)


def vankien(home: Path, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120"}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cli", "--home", str(home), *args], cwd=ROOT, env=env,
                          capture_output=True)
    return time.perf_counter() - start, done


def commands(home: Path) -> list[list[str]]:
    """The listings, then a profile of the top entry of each (the heaviest to draw)."""
    def top(command: str, field: str) -> str:
        done = vankien(home, command, "--json", "--top", "1")[1]
        return json.loads(done.stdout.splitlines()[0])[field]

    return [["persons"], ["persons", "nguyen", "--from", "2020"], ["person", top("persons", "name")],
            ["resolutions"], ["resolutions", "--type", "NQ", "--issuer", "TW"],
            ["resolution", top("resolutions", "code")], ["resolution", "29-NQ/TW", "--date", "2013"],
            ["slogans"], ["slogan", top("slogans", "text")]]


def index_commands(home: Path) -> list[list[str]]:
    """The views that read the index (a fully imported archive): timeline."""
    person = json.loads(vankien(home, "persons", "--json", "--top", "1")[1].stdout.splitlines()[0])["name"]
    return [["timeline"], ["timeline", "chuyển đổi số", "--by", "month"],
            ["timeline", "--person", person, "--dates", "any", "--by", "quarter"]]


def exports(home: Path) -> list[dict]:
    """Export every document as CSV and JSONL in a new process: peak RSS, and each document once."""
    import csv

    csv.field_size_limit(sys.maxsize)                  # --text cells may be long; entity cells are capped
    rows = []
    for fmt in ("csv", "jsonl"):
        out = Path(f"/tmp/vankien-export.{fmt}")
        done = run_measured([sys.executable, "-m", "cli", "--home", str(home), "export", "--format", fmt,
                             "-o", str(out)], env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert done["exit"] == 0, done["stderr"]
        with open(out, encoding="utf-8-sig", newline="") as f:
            ids = [int(r["id"]) for r in csv.DictReader(f)] if fmt == "csv" else [json.loads(line)["id"] for line in f]
        rows.append({"format": fmt, "seconds": round(done["seconds"], 1), "max_rss_mb": done.get("max_rss_mb"),
                     "rows": len(ids), "distinct_ids": len(set(ids)), "bytes": out.stat().st_size})
        print(f"export {fmt}: {rows[-1]}")
        out.unlink()
    return rows


def plans(home: Path) -> None:
    """EXPLAIN QUERY PLAN of the views' queries, as the archive runs them."""
    import sqlite3

    from archive.store import Archive

    traced: list[str] = []
    with Archive(home) as archive:
        archive.db.set_trace_callback(traced.append)
        from archive import views
        for run in (lambda db: views.persons(db), lambda db: views.resolutions(db), lambda db: views.slogans(db)):
            run(archive.db)
        archive.db.set_trace_callback(None)
        for sql in traced:
            if sql.lstrip().upper().startswith("SELECT"):
                try:
                    rows = archive.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
                except sqlite3.Error:
                    continue
                print(" ".join(sql.split())[:110])
                for row in rows:
                    print("    ", row[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--home", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fill-entities", action="store_true")
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--index", action="store_true", help="the archive is fully imported: timeline, export too")
    args = parser.parse_args()
    if args.fill_entities:
        fill_entities(args.home)
    if args.plans:
        plans(args.home)
    floor = statistics.median(vankien(args.home, "--version")[0] for _ in range(args.runs))
    rows = []
    for command in commands(args.home) + (index_commands(args.home) if args.index else []):
        times = []
        for _ in range(args.runs):
            seconds, done = vankien(args.home, *command)
            assert done.returncode == 0, (command, done.stderr.decode())
            times.append(seconds)
        rows.append({"command": "vankien " + " ".join(command), "median_s": round(statistics.median(times), 3),
                     "max_s": round(max(times), 3)})
        print(f"{rows[-1]['median_s']:6.2f} s (max {rows[-1]['max_s']:.2f})  {rows[-1]['command']}")
    print(f"{floor:6.2f} s  vankien --version (process floor)")
    documents = json.loads(vankien(args.home, "stats", "--json")[1].stdout)["documents"]
    exported = exports(args.home) if args.index else []
    write_results("views-full" if args.index else "views",
                  {"date": today(), "machine": machine(), "load": load(), "home": str(args.home),
                   "documents": documents, "runs": args.runs, "process_floor_s": round(floor, 3),
                   "commands": rows, "exports": exported})


if __name__ == "__main__":
    main()
