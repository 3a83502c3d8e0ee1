"""Score entity extraction against the hand-annotated gold set (tests/gold/entities.jsonl).

The gold file holds labels only; the article texts are read at run time from
../shared (seeds/ and the news corpus, extracted to a temporary folder when
needed), so no licensed text is copied into the project.

Matching: person names by match_key (case, tone placement: Thủy = Thuỷ), dates as
ISO strings, document numbers by canonical key, slogans by slogan_key (dashes,
spacing, case and diacritics ignored). Micro-averaged P/R/F1 per type.

    python -m tests.gold.score            # table + per-document misses
"""
from __future__ import annotations

import json
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent / "entities.jsonl"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
NEWS_TAR = SHARED / "corpus" / "news-35k.tar.gz"
NEWS_DIRS = [Path("/tmp/corp/news"), Path("/tmp/news")]
TYPES = ("persons", "dates", "docnums", "slogans")


def load_gold() -> list[dict]:
    with open(GOLD, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def news_dir(needed: list[str]) -> Path | None:
    """A folder holding the needed news files: an existing extraction, or one made now."""
    for d in NEWS_DIRS:
        if all((d / n).exists() for n in needed):
            return d
    if not NEWS_TAR.exists():
        return None
    target = Path("/tmp/vankien-gold")
    if not all((target / "news" / n).exists() for n in needed):
        wanted = {f"news/{n}" for n in needed}
        with tarfile.open(NEWS_TAR) as tar:
            members = [m for m in tar if m.name.lstrip("./") in wanted]
            tar.extractall(target, members=members, filter="data")
    return target / "news"


def texts(gold: list[dict]) -> dict[str, str] | None:
    """file name -> article text, or None when ../shared is absent."""
    news = [g["file"] for g in gold if g["source"] == "news"]
    nd = news_dir(news)
    if nd is None or not SEEDS.exists():
        return None
    out = {}
    for g in gold:
        base = SEEDS if g["source"] == "seed" else nd
        out[g["file"]] = (base / g["file"]).read_text(encoding="utf-8")
    return out


def keyed(kind: str, values) -> set[str]:
    from archive.vntext import match_key
    from indexer.slogans import slogan_key
    if kind == "persons":
        return {match_key(v) for v in values}
    if kind == "slogans":
        return {slogan_key(v) for v in values}
    return set(values)


def predicted(ents: dict) -> dict[str, list[str]]:
    """The comparable values of one Entities.to_json() result."""
    return {
        "persons": [p["name"] for p in ents["persons"]],
        "dates": [d["date"] for d in ents["dates"]],
        "docnums": [d["canonical"] for d in ents["docnums"]],
        "slogans": [s["text"] for s in ents["slogans"]],
    }


def score(gold: list[dict], texts_by_file: dict[str, str], extract=None) -> dict:
    """{type: {"p","r","f1","tp","fp","fn"}} plus "misses" and "seconds_per_doc"."""
    if extract is None:
        from indexer.entities import extract
    counts = {t: [0, 0, 0] for t in TYPES}
    misses = []
    t0 = time.perf_counter()
    for g in gold:
        pred = predicted(extract(texts_by_file[g["file"]]).to_json())
        for t in TYPES:
            want, got = keyed(t, g[t]), keyed(t, pred[t])
            c = counts[t]
            c[0] += len(want & got)
            c[1] += len(got - want)
            c[2] += len(want - got)
            if want != got:
                misses.append((g["file"], t, sorted(got - want), sorted(want - got)))
    elapsed = time.perf_counter() - t0
    result = {"misses": misses, "seconds_per_doc": elapsed / max(1, len(gold))}
    for t, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[t] = {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}
    return result


def main() -> int:
    sys.path.insert(0, str(ROOT))
    gold = load_gold()
    tx = texts(gold)
    if tx is None:
        print("../shared not present", file=sys.stderr)
        return 2
    res = score(gold, tx)
    for f, t, fp, fn in res["misses"]:
        print(f"{f:32} {t:8} extra={fp} missed={fn}")
    print(f"{'type':8} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
    for t in TYPES:
        s = res[t]
        print(f"{t:8} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['tp']:4} {s['fp']:3} {s['fn']:3}")
    print(f"{res['seconds_per_doc'] * 1000:.0f} ms per document ({len(gold)} documents)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
