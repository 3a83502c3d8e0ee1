"""pages.jsonl (real portal pages: URL and labels only) and how score.py splits it.

No extractor here: score.page_runs only reads labels and cached texts, and the
texts below are made up in tmp_path (the real ones may not enter the repository).
"""
from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _score_module():
    spec = importlib.util.spec_from_file_location("gold_score_pages", ROOT / "tests" / "gold" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pages() -> list[dict]:
    with open(ROOT / "tests" / "gold" / "pages.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _check_split_form(split: str) -> list[dict]:
    """A blind split of pages.jsonl: >= 30 pages of >= 15 portals, labels in canonical form."""
    pages = [p for p in _pages() if p.get("split") == split]
    assert len(pages) >= 30
    assert len({p["portal"] for p in pages}) >= 15
    for p in pages:
        assert set(p) == {"id", "url", "persons", "dates", "docnums", "slogans", "split", "portal"}
        assert p["portal"] == urlsplit(p["url"]).hostname, p["id"]
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in p["dates"]), p["id"]
        for d in p["dates"]:
            date.fromisoformat(d)                                      # a real calendar day
        for v in p["persons"] + p["slogans"]:                          # NFC, as written, without quotes
            assert v == unicodedata.normalize("NFC", v).strip() and not re.search(r"[\"“”]", v), (p["id"], v)
        assert all(c == c.upper().replace(" ", "") and "Đ" not in c for c in p["docnums"]), p["id"]
        for kind in ("persons", "dates", "docnums", "slogans"):
            assert len(set(p[kind])) == len(p[kind]), (p["id"], kind)  # each entity once
    return pages


def test_pages_jsonl_has_each_page_once_in_its_splits():
    pages = _pages()
    assert len({p["id"] for p in pages}) == len(pages)                 # no id twice
    assert len({p["url"] for p in pages}) == len(pages)                # no page twice
    assert {p.get("split", "pages") for p in pages} == {
        "pages", "pages2", "pages3", "pages4", "pages5", "pages6", "pages7", "pages8", "pages9", "pages10",
        "pages11", "pages12", "pages13", "pages14"}


def test_pages2_is_labels_of_30_pages_of_15_portals():
    _check_split_form("pages2")


# split, first id, portals new to the file (at least), pages with slogans (at least)
LATER_SETS = [("pages3", 44, 0, 0), ("pages4", 79, 15, 0), ("pages5", 117, 15, 10), ("pages6", 147, 15, 10),
              ("pages7", 180, 15, 10), ("pages8", 215, 15, 10), ("pages9", 250, 15, 10),
              ("pages10", 288, 15, 10), ("pages11", 321, 15, 10), ("pages12", 357, 15, 10),
              ("pages13", 395, 15, 10), ("pages14", 434, 15, 10)]


@pytest.mark.parametrize("split, first_id, new_portals, with_slogans", LATER_SETS)
def test_later_page_sets_are_new_pages(split, first_id, new_portals, with_slogans):
    pages = _check_split_form(split)
    earlier = [p for p in _pages() if p.get("split") != split]
    assert {p["url"] for p in pages}.isdisjoint(p["url"] for p in earlier)
    assert all(int(p["id"][1:]) >= first_id for p in pages)           # the ids before are taken
    before = [p for p in _pages() if int(p["id"][1:]) < first_id]      # a later set may reuse a portal: judge
    fresh = {p["portal"] for p in pages} - {urlsplit(p["url"]).hostname for p in before}  # by the sets before
    assert len(fresh) >= new_portals                                   # mostly portals not scored before
    assert sum(1 for p in pages if p["slogans"]) >= with_slogans       # about half found by slogan cues


def test_page_runs_reports_each_split_and_skips_uncached_pages(tmp_path, capsys):
    score = _score_module()
    # one cached page of each split: p3 of the first six, p12 of pages2, the first id of each later set
    firsts = [("pages", 3), ("pages2", 12)] + [(split, first) for split, first, _, _ in LATER_SETS]
    for split, first in firsts:
        (tmp_path / f"p{first}.txt").write_text(f"trang của {split}", encoding="utf-8")
    tx: dict[str, str] = {}
    runs = score.page_runs(tmp_path, tx)
    assert [(split, [p["id"] for p in pages]) for split, pages in runs] == [(s, [f"p{i}"]) for s, i in firsts]
    assert tx == {f"p{i}": f"trang của {s}" for s, i in firsts}
    skipped = capsys.readouterr().out.splitlines()
    assert len(skipped) == len(_pages()) - len(firsts)
    assert all(line.startswith("skipped p") for line in skipped)
    assert any(line.startswith("skipped p4:") for line in skipped)
