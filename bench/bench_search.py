#!/usr/bin/env python3
"""Query latency: warm in-process p50/p95 per query kind, cold `vankien search` end to end,
and a check that underthesea is never imported on the search path.

    .venv/bin/python bench/bench_search.py [--home DIR] [--corpus TAR] [--per-kind 20]
                                           [--cold-runs 10] [--profile KIND]

--home: an already-imported and indexed archive (e.g. /tmp/bench-subset from
bench_index.py, or /tmp/bench-full). Without it, the 4,105-article subset tar
(see bench_index.py) is imported into a temp home first.

Queries are drawn deterministically (seeded) from the archive itself:
  common   "Đảng" + the most frequent syllables (index lexicon, field body)
  rare     syllables with document frequency 2–5
  phrase   3 consecutive syllables of a stored text, in quotes
  and3     w1 AND w2 AND w3, three syllables of one stored text
  docnum   document numbers (29-NQ/TW …) as written in the stored texts
and each again typed without diacritics (suffix _nodiac). Warm: one warm-up
call, then --repeat timed calls of indexer.search.search(archive, q, limit=10);
a query's latency is the median of its repeats, p50/p95 are over the queries
of a kind (goal p95 ≤ 50 ms). Cold: `vankien --home H search Q --json` as a new
process, median of --cold-runs (goal ≤ 1 s); page cache is warm, process is new.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import (DEFAULT_CORPUS, Home, load, machine, percentile, run_measured, source_fingerprint, subset_tar,
                     table, today, vankien_exe, write_results)

GOAL_WARM_P95_MS = 50.0
GOAL_COLD_MEDIAN_S = 1.0
SEED = 20240611
KINDS = ("common", "rare", "phrase", "and3", "docnum")
_ALPHA = re.compile(r"^[^\W\d_]{2,}$")


# -- query generation ------------------------------------------------------------------------

def _lexicon(home: Path, field: str = "body") -> list[tuple[str, int]]:
    from indexer.index import open_index

    ix = open_index(home)
    with ix.reader() as reader:
        return [(term.decode("utf-8") if isinstance(term, bytes) else term, info.doc_frequency())
                for term, info in reader.iter_field(field)]


def _texts(archive, limit: int | None = None) -> list[tuple[int, str]]:
    sql = "SELECT id, text FROM documents ORDER BY id" + (f" LIMIT {int(limit)}" if limit else "")
    return [(i, t) for i, t in archive.db.execute(sql)]


def make_queries(archive, per_kind: int) -> dict[str, list[str]]:
    from archive.vntext import fold, has_diacritics
    from indexer.analysis import iter_syllables
    from indexer.docnums import find_docnums

    rng = random.Random(SEED)
    lex = [(t, df) for t, df in _lexicon(archive.home) if _ALPHA.match(t)]
    by_df = sorted(lex, key=lambda x: (-x[1], x[0]))
    common = ["Đảng"] + [t for t, _ in by_df if has_diacritics(t) and t != "đảng"][:per_kind - 1]
    rare_pool = sorted(t for t, df in lex if 2 <= df <= 5 and has_diacritics(t))
    rare = rng.sample(rare_pool, min(per_kind, len(rare_pool)))

    texts = _texts(archive)
    order = list(range(len(texts)))
    rng.shuffle(order)
    phrases, ands = [], []
    for n in order:
        if len(phrases) >= per_kind and len(ands) >= per_kind:
            break
        text = texts[n][1]
        toks = [t for t in iter_syllables(text)]
        if len(toks) < 20:
            continue
        if len(phrases) < per_kind:
            for _ in range(30):                      # 3 adjacent letter-only syllables, one space apart
                i = rng.randrange(len(toks) - 3)
                a, b, c = toks[i:i + 3]
                if all(_ALPHA.match(t[0]) for t in (a, b, c)) and text[a[2]:b[1]] == " " == text[b[2]:c[1]] \
                        and has_diacritics(text[a[1]:c[2]]):
                    phrases.append(f'"{text[a[1]:c[2]]}"')
                    break
        if len(ands) < per_kind:
            words = sorted({t[0] for t in toks if _ALPHA.match(t[0]) and t[0] not in OPERATORS})
            if len(words) >= 3:
                picked = rng.sample(words, 3)
                if any(has_diacritics(w) for w in picked):
                    ands.append(" AND ".join(picked))

    numbers: dict[str, None] = {}
    for _, text in texts:
        for dn in find_docnums(text):
            surface = " ".join(text[dn.start:dn.end].split())
            numbers.setdefault(surface, None)
    pool = sorted(numbers)
    docnums = rng.sample(pool, min(per_kind, len(pool)))

    queries = {"common": common, "rare": rare, "phrase": phrases, "and3": ands, "docnum": docnums}
    for kind in KINDS:
        queries[kind + "_nodiac"] = [fold(q) for q in queries[kind]]
    for kind in [k for k, v in queries.items() if not v]:
        print(f"warning: no {kind} queries could be drawn from this archive; kind skipped", file=sys.stderr)
        del queries[kind]
    return queries


OPERATORS = {"AND", "OR", "NOT"}


# -- warm, in-process ----------------------------------------------------------------------------

def warm(archive, queries: dict[str, list[str]], repeat: int) -> dict:
    from indexer.search import search

    out = {}
    for kind, qs in queries.items():
        per_query = []
        for q in qs:
            first = search(archive, q, limit=10)                   # warm-up call
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                result = search(archive, q, limit=10)
                times.append((time.perf_counter() - started) * 1000)
            per_query.append({"query": q, "ms": round(statistics.median(times), 2),
                              "all_ms": [round(t, 2) for t in times], "total": result.total,
                              "relaxed": result.relaxed, "warmup_total": first.total})
        ms = [p["ms"] for p in per_query]
        out[kind] = {"n": len(ms), "p50_ms": round(percentile(ms, 50), 2), "p95_ms": round(percentile(ms, 95), 2),
                     "max_ms": round(max(ms), 2) if ms else None,
                     "zero_hits": sum(1 for p in per_query if p["total"] == 0),
                     "median_total": statistics.median([p["total"] for p in per_query]) if per_query else None,
                     "goal_met": bool(ms) and percentile(ms, 95) <= GOAL_WARM_P95_MS, "queries": per_query}
    return out


def profile(archive, qs: list[str], out_path: Path) -> str:
    import cProfile
    import io
    import pstats

    from indexer.search import search

    for q in qs:
        search(archive, q, limit=10)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(3):
        for q in qs:
            search(archive, q, limit=10)
    prof.disable()
    prof.dump_stats(str(out_path))
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf).sort_stats("cumulative")
    stats.print_stats(25)
    buf.write("\n--- by own time ---\n")
    stats.sort_stats("tottime").print_stats(15)
    return buf.getvalue()


# -- cold, new process per run ----------------------------------------------------------------------

def cold(home: Path, queries: dict[str, list[str]], runs: int) -> dict:
    exe = [vankien_exe()]
    out = {}
    base = []
    for _ in range(runs):                                  # the floor: interpreter + cli imports, no search
        started = time.perf_counter()
        subprocess.run([*exe, "--version"], capture_output=True)
        base.append(time.perf_counter() - started)
    out["_vankien_--version"] = {"median_s": round(statistics.median(base), 3), "max_s": round(max(base), 3)}
    for kind, qs in queries.items():
        q = qs[0]
        times, codes, lines = [], set(), 0
        for _ in range(runs):
            started = time.perf_counter()
            p = subprocess.run([*exe, "--home", str(home), "search", q, "--json"], capture_output=True)
            times.append(time.perf_counter() - started)
            codes.add(p.returncode)
            lines = len(p.stdout.splitlines())
        out[kind] = {"query": q, "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
                     "min_s": round(min(times), 3), "exit_codes": sorted(codes), "hits_printed": lines,
                     "goal_met": statistics.median(times) <= GOAL_COLD_MEDIAN_S}
    return out


# -- the search path must not import underthesea ------------------------------------------------------

HEAVY = ("underthesea", "torch", "sklearn", "scipy", "transformers", "numpy", "datasketch", "trafilatura",
         "charset_normalizer", "lxml")

_PROBE = r"""
import sys, json
sys.argv = ["vankien", "--home", sys.argv[1], "search", sys.argv[2], "--json"]
import cli
try:
    cli.main()
except SystemExit as e:
    code = e.code
heavy = %r
found = sorted(m for m in sys.modules if m.split(".")[0] in heavy)
print("\nPROBE " + json.dumps({"exit": code, "heavy_modules": sorted({m.split(".")[0] for m in found}),
                               "modules": len(sys.modules)}))
""" % (HEAVY,)


def import_check(home: Path, query: str) -> dict:
    p = subprocess.run([sys.executable, "-X", "importtime", "-c", _PROBE, str(home), query],
                       capture_output=True, text=True)
    probe = {}
    for line in p.stdout.splitlines():
        if line.startswith("PROBE "):
            probe = json.loads(line[6:])
    # -X importtime: "import time: self [us] | cumulative | imported package"; top-level packages only
    tops = {}
    for line in p.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m[3]) == 1:
            name = m[4]
            tops[name] = tops.get(name, 0) + int(m[2])
    top = sorted(tops.items(), key=lambda x: -x[1])[:12]
    total_ms = sum(tops.values()) / 1000
    return {"underthesea_imported": "underthesea" in probe.get("heavy_modules", []), **probe,
            "import_total_ms": round(total_ms, 1),
            "top_imports_ms": [(n, round(us / 1000, 1)) for n, us in top]}


def qs_first(queries: dict, kind: str) -> str:
    return queries[kind][0] if queries[kind] else ""


# -- main ---------------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--home", help="an imported, indexed archive home (read only). "
                                   "Default: import the subset tar into a fresh temp dir")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--per-kind", type=int, default=20, help="queries per kind (default 20)")
    ap.add_argument("--repeat", type=int, default=3, help="timed calls per query after the warm-up (default 3)")
    ap.add_argument("--cold-runs", type=int, default=10,
                    help="new processes per cold query (default 10; 0 skips the cold part and the import check)")
    ap.add_argument("--name", default="search", help="results file name: bench/results/NAME.json")
    ap.add_argument("--profile", action="append", default=[], metavar="KIND",
                    help="cProfile the warm calls of KIND (e.g. common, and3_nodiac); repeatable")
    args = ap.parse_args()

    load_before = load()
    given = args.home is not None
    with Home(args.home, "vankien-bench-search-", must_be_fresh=not given) as home:
        setup = None
        if not given:
            subset, members = subset_tar(args.corpus.resolve())
            print(f"importing {subset} ({members:,} articles) into {home} …", flush=True)
            setup = run_measured([vankien_exe(), "--home", str(home), "import", str(subset), "--quiet"])
            if setup["exit"] not in (0, 3):
                sys.exit(f"import failed:\n{setup['stderr']}")
        from archive.store import Archive

        archive = Archive(home)
        docs = archive.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        started = time.perf_counter()
        queries = make_queries(archive, args.per_kind)
        print(f"{docs:,} documents; drew {sum(map(len, queries.values()))} queries in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        print("warm, in-process …", flush=True)
        warm_res = warm(archive, queries, args.repeat)
        load_mid = load()
        profiles = {}
        for kind in args.profile:
            path = Path("/tmp") / f"vankien-bench-{args.name}-{kind}.prof"
            profiles[kind] = {"file": str(path), "top": profile(archive, queries[kind], path)}
        archive.close()
        cold_res, check = {}, {}
        if args.cold_runs > 0:
            print("cold, one process per run …", flush=True)
            cold_res = cold(home, queries, args.cold_runs)
            check = import_check(home, queries["common"][0])
    load_after = load()

    result = {"benchmark": "search latency", "date": today(), "machine": machine(), "source": source_fingerprint(),
              "load_avg_before": load_before, "load_avg_between": load_mid, "load_avg_after": load_after,
              "home": str(home) if given else "(temp: subset tar imported)", "documents": docs,
              "setup_import_s": setup["seconds"] if setup else None,
              "per_kind": args.per_kind, "repeat": args.repeat, "cold_runs": args.cold_runs,
              "goal_warm_p95_ms": GOAL_WARM_P95_MS, "goal_cold_median_s": GOAL_COLD_MEDIAN_S,
              "warm": warm_res, "cold": cold_res, "search_path_imports": check,
              "profiles": {k: v["file"] for k, v in profiles.items()}}
    path = write_results(args.name, result)

    rows = []
    for kind in queries:
        w, c = warm_res[kind], cold_res.get(kind)
        rows.append((kind, w["n"], f"{w['p50_ms']:.1f}", f"{w['p95_ms']:.1f}", f"{w['max_ms']:.1f}",
                     "ok" if w["goal_met"] else "OVER", f"{w['zero_hits']}",
                     f"{c['median_s']:.3f}" if c else "–", ("ok" if c["goal_met"] else "OVER") if c else "–",
                     (c["query"] if c else qs_first(queries, kind))[:40]))
    print()
    print(f"{docs:,} documents in {home if given else 'a temp home (subset)'}")
    print(table(rows, ("kind", "n", "warm p50 ms", "p95 ms", "max ms", "≤50ms", "0-hit", "cold med s", "≤1s",
                       "first query (cold)")))
    if cold_res:
        base = cold_res["_vankien_--version"]
        print(f"\ncold floor `vankien --version`: median {base['median_s']:.3f} s")
        print(f"search path: underthesea imported = {check['underthesea_imported']}; heavy modules loaded: "
              f"{check.get('heavy_modules')}; {check.get('modules')} modules, imports {check['import_total_ms']} ms; "
              f"top: " + ", ".join(f"{n} {ms} ms" for n, ms in check["top_imports_ms"][:6]))
    print(f"load avg before / between / after: {load_before} / {load_mid} / {load_after}")
    for kind, p in profiles.items():
        print(f"\n=== cProfile {kind} ({p['file']}) ===\n{p['top']}")
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()
