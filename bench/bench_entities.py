#!/usr/bin/env python3
"""Issue [7/10]: entity extraction time per document, this code against a reference.

    .venv/bin/python bench/bench_entities.py [--docs 1500] [--ref DIR] [--rounds 3]

1. Takes the first --docs articles of news/party_gov_subset.txt (in the list's order)
   out of ../shared/corpus/news-35k.tar.gz, once, into
   /tmp/vankien-bench/entities-<docs>.jsonl (a cache outside the repository).
2. Times indexer.entities.extract() over those texts in a fresh interpreter per code
   tree: this repository, and --ref (a checkout of another commit, e.g.
   `git archive f818f28 | tar -x -C /tmp/ents-base`). Rounds alternate between the
   trees so machine load hits both alike; each tree's best round is reported.
Goal: this code ≤ 1.2 × the reference in ms per document.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from _common import (DEFAULT_CORPUS, ROOT, SUBSET_LIST, SUBSET_TAR, load, machine, source_fingerprint,
                     table, today, write_results)

GOAL_RATIO = 1.2


def texts_file(corpus: Path, docs: int) -> Path:
    out = SUBSET_TAR.parent / f"entities-{docs}.jsonl"
    if out.exists():
        return out
    with tarfile.open(corpus, "r:gz") as tar:            # pass 1: the list
        member = next(m for m in tar if m.name.removeprefix("./") == SUBSET_LIST)
        names = tar.extractfile(member).read().decode().split()[:docs]
    wanted, texts = {f"news/{n}" for n in names}, {}
    with tarfile.open(corpus, "r:gz") as tar:            # pass 2: their texts
        for member in tar:
            name = member.name.removeprefix("./")
            if name in wanted:
                texts[name] = tar.extractfile(member).read().decode("utf-8")
                if len(texts) == len(wanted):
                    break
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for n in names:
            f.write(json.dumps({"file": n, "text": texts[f"news/{n}"]}, ensure_ascii=False) + "\n")
    return out


def worker(code: Path, path: Path) -> None:
    """Child process: time extract() over the texts with the library found in code."""
    sys.path.insert(0, str(code))
    from indexer.entities import extract

    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    extract(texts[0])                                   # rule tables loaded before the clock
    started = time.perf_counter()
    counts = {"persons": 0, "slogans": 0}
    for t in texts:
        ents = extract(t)
        counts["persons"] += len(ents.persons)
        counts["slogans"] += len(ents.slogans)
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "docs": len(texts), **counts}))


def run(code: Path, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", str(code), str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1500)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--ref", type=Path, help="another checkout to compare with")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(Path(args.worker[0]), Path(args.worker[1]))
        return 0
    path = texts_file(args.corpus, args.docs)
    trees = {"this": ROOT} | ({"ref": args.ref.resolve()} if args.ref else {})
    best: dict[str, dict] = {}
    load_before = load()
    for _ in range(args.rounds):
        for name, code in trees.items():
            r = run(code, path)
            if name not in best or r["seconds"] < best[name]["seconds"]:
                best[name] = r
    rows = [(name, r["docs"], f"{r['seconds'] / r['docs'] * 1000:.2f}", r["persons"], r["slogans"])
            for name, r in best.items()]
    print(table(rows, ("code", "docs", "ms/doc", "persons", "slogans")))
    result = {"date": today(), "machine": machine(), "load": [load_before, load()],
              "source": source_fingerprint(), "ref": str(args.ref) if args.ref else None,
              "best_of_rounds": args.rounds,
              "ms_per_doc": {n: r["seconds"] / r["docs"] * 1000 for n, r in best.items()},
              "found": {n: {"persons": r["persons"], "slogans": r["slogans"]} for n, r in best.items()}}
    if "ref" in best:
        ratio = result["ms_per_doc"]["this"] / result["ms_per_doc"]["ref"]
        result["ratio"] = ratio
        print(f"this / ref = {ratio:.2f} (goal ≤ {GOAL_RATIO})")
    print(f"written to {write_results('entities', result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
