"""The second reading of slogans (tests/gold/second_reader.jsonl) and the agreement
script's arithmetic, on values typed by hand; the extractor is not run here."""
from __future__ import annotations

import json
from pathlib import Path

from tests.gold import agreement

GOLD = Path(__file__).resolve().parent / "gold"


def _first_reader_splits() -> dict[str, str]:
    out = {}
    for line in (GOLD / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out[d["file"]] = d["split"]
    for line in filter(str.strip, (GOLD / "pages.jsonl").read_text(encoding="utf-8").splitlines()):
        d = json.loads(line)
        out[d["id"]] = d.get("split", "pages")
    return out


def test_second_reading_covers_gold_documents_of_the_same_split():
    first = _first_reader_splits()
    second = agreement.load_second()
    assert len(second) >= 280
    for f, d in second.items():
        assert first.get(f) == d["split"], f
        assert all(isinstance(s, str) and s.strip() and s[0] not in "“\"'" for s in d["slogans"]), f
    # whole splits, not picked documents: every document of each split read
    for split in {d["split"] for d in second.values()}:
        assert sum(d["split"] == split for d in second.values()) == sum(s == split for s in first.values()), split


def test_counts_and_figures_by_hand():
    assert agreement.counts(["Tâm sáng ,chí bền", "Dân vận khéo"], ["tâm sáng, chí bền", "Ba sẵn sàng"]) == (1, 1, 1)
    assert agreement.counts([], ["A"]) == (0, 0, 1)
    assert agreement.prf(1, 1, 0) == "0.500 1.000 0.667 (1/1/0)"
    assert agreement.prf(0, 0, 0) == "1.000 1.000 1.000 (0/0/0)"


def test_table_pools_pages_and_articles_apart():
    rows = [("heldout13", (1, 0, 0), (1, 1, 0), (1, 0, 1)), ("pages9", (0, 1, 1), (2, 0, 0), (0, 2, 0))]
    lines = agreement.table(rows).splitlines()
    pooled = {line.split("  ")[0].strip(): line for line in lines[1:]}
    assert set(pooled) == {"heldout13", "pages9", "corpus articles", "portal pages", "all"}
    assert "(1/1/1)" in pooled["all"] and "(3/1/0)" in pooled["all"] and "(1/2/1)" in pooled["all"]
