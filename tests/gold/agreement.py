"""How far two careful readers agree on slogans, and where the extractor stands between them.

second_reader.jsonl holds a second, independent reading of the slogans of some gold
documents (heldout13 … and pages9 …): readers who saw only the Guideline of README.md,
never the first reader's labels, the Splits table's calls or the extractor. Per split
and pooled (portal pages, corpus articles, all), this prints P/R/F1 of the second reader
against the first (entities.jsonl / pages.jsonl), and of the extractor against each.
Values are compared by normalize.py, as in score.py.

    python -m tests.gold.agreement --pages DIR     # DIR/<id>.txt: the cached page texts
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):                       # run as a file: make tests.gold importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.gold import score  # noqa: E402

SECOND = Path(__file__).resolve().parent / "second_reader.jsonl"


def load_second() -> dict[str, dict]:
    with open(SECOND, encoding="utf-8") as f:
        return {d["file"]: d for d in map(json.loads, filter(str.strip, f))}


def counts(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    p, g = score.keyed("slogans", pred), score.keyed("slogans", gold)
    return len(p & g), len(p - g), len(g - p)


def prf(tp: int, fp: int, fn: int) -> str:
    p, r, f = score.figures(tp, fp, fn)
    return f"{p:.3f} {r:.3f} {f:.3f} ({tp}/{fp}/{fn})"


def rows(first: dict[str, list[str]], second: dict[str, dict], texts: dict[str, str], extract) -> list[tuple]:
    """(split, second vs first, extractor vs first, extractor vs second) counts per document."""
    out = []
    for f, d in second.items():
        if f not in first or f not in texts:
            continue
        found = score.predicted(extract(texts[f]).to_json())["slogans"]
        out.append((d["split"], counts(d["slogans"], first[f]), counts(found, first[f]), counts(found, d["slogans"])))
    return out


def table(per_doc: list[tuple]) -> str:
    groups: dict[str, list] = {}
    for row in sorted(per_doc, key=lambda r: (r[0].startswith("pages"), len(r[0]), r[0])):
        groups.setdefault(row[0], []).append(row)
    groups["corpus articles"] = [r for r in per_doc if not r[0].startswith("pages")]
    groups["portal pages"] = [r for r in per_doc if r[0].startswith("pages")]
    groups["all"] = per_doc
    lines = [f"{'':16} {'docs':>4}  {'second vs first':28} {'extractor vs first':28} extractor vs second"]
    for g, rs in groups.items():
        sums = [tuple(map(sum, zip(*(r[i] for r in rs)))) for i in (1, 2, 3)]
        lines.append(f"{g:16} {len(rs):4}  " + "  ".join(f"{prf(*s):28}" for s in sums))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Agreement of two readers on slogans, and the extractor's.")
    ap.add_argument("--pages", type=Path, metavar="DIR", help="cached page texts DIR/<id>.txt")
    args = ap.parse_args(argv)
    texts = score.texts(score.load_gold())
    if texts is None:
        print("../shared not present", file=sys.stderr)
        return 2
    first = {g["file"]: g["slogans"] for g in score.load_gold()}
    if args.pages:
        for _, pages in score.page_runs(args.pages, texts):
            first.update({p["file"]: p["slogans"] for p in pages})
    from indexer.entities import extract
    print(table(rows(first, load_second(), texts, extract)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
