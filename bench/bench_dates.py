"""How documents of the 35k news tar get their dates, before and after "dates a
timeline can trust" (issue 10), without importing: the import path's own steps
(read → parse → clean → metadata) over the streamed tar, nothing stored.

before: the old rule (a manifest date_hint, else the latest past date mentioned);
after:  archive.meta.extract_meta (weak guesses are not dates; see judge_pub_date).

Prints the counts per date_source and a sample of inferred dates with what the
baomoi id says about them (baomoi ids grow with time: a date far from the dates
of its id neighbours is suspect), and writes bench/results/dates.json.

    .venv/bin/python bench/bench_dates.py [--tar PATH] [--sample 20] [--seed 1]
"""
from __future__ import annotations

import argparse
import bisect
import random
import sys
import time
from collections import Counter

from _common import DEFAULT_CORPUS, machine, write_results

from archive.clean import clean_text
from archive.formats import FormatError, parse
from archive.importer import _given, not_an_article
from archive.meta import PUBLISHED, extract_meta, find_header_date, parse_date
from archive.readers import iter_inputs
from archive.store import MIN_DATED
from indexer.dates import infer_pub_date


def before(text: str, given: dict) -> tuple[str | None, str | None]:
    """The rule of commit f818f28 (archive/meta.py extract_meta), for comparison."""
    if parse_date(given.get("date")):
        return parse_date(given.get("date")), "metadata"
    if find_header_date(text):
        return find_header_date(text), "text"
    if parse_date(given.get("date_hint")):
        return parse_date(given.get("date_hint")), "inferred"
    value, how = infer_pub_date(text)
    return (value, "text" if how in ("dateline", "lead") else "inferred") if value else (None, None)


class SourceDates:
    """The usual publication dates per source (10th..90th percentile), as the archive answers them."""

    def __init__(self):
        self.dates: dict[str, list[str]] = {}

    def add(self, source, date, date_source) -> None:
        if source and date and date_source in PUBLISHED:
            bisect.insort(self.dates.setdefault(source, []), date)

    def __call__(self, source):
        dates = self.dates.get(source)
        if not dates or len(dates) < MIN_DATED:
            return None
        return dates[len(dates) // 10], dates[(len(dates) - 1) * 9 // 10]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tar", default=str(DEFAULT_CORPUS))
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    started = time.perf_counter()
    counts_before, counts_after, hows = Counter(), Counter(), Counter()
    ranges = SourceDates()
    inferred, weak, id_dates = [], [], []          # (baomoi id, date) of published or hinted dates: the id clock
    docs = 0
    for item in iter_inputs([args.tar]):
        if item.status or item.data is None:
            continue
        try:
            drafts = parse(item).drafts
        except FormatError:
            continue
        for draft in drafts:
            text = clean_text(draft.text)
            if not_an_article(text):
                continue
            docs += 1
            given = _given(draft)
            old = before(text, given)
            meta = extract_meta(text, given, source_range=ranges)
            ranges.add(meta.source, meta.date, meta.date_source)
            counts_before[old[1] or "none"] += 1
            counts_after[meta.date_source or "none"] += 1
            hows[_kind(meta)] += 1
            bid = draft.extra.get("baomoi_id")
            clock_date = meta.date if meta.date_source in PUBLISHED else parse_date(given.get("date_hint"))
            if bid and clock_date:             # the id clock: publication dates and the raw hints (a median)
                id_dates.append((int(bid), clock_date))
            if meta.date_source == "inferred" and "hint" not in (meta.date_note or ""):
                inferred.append((bid, meta.date, meta.date_note, meta.title, old[0]))
            elif (meta.date_note or "").startswith("weak guess"):
                weak.append((bid, meta.date_note.split()[2], meta.date_note, meta.title, old[0]))
    seconds = time.perf_counter() - started
    id_dates.sort()
    print(f"{docs:,} documents in {seconds:.0f} s")
    print(f"{'date_source':<12}{'before':>9}{'after':>9}")
    for key in ("metadata", "text", "inferred", "none"):
        print(f"{key:<12}{counts_before[key]:>9,}{counts_after[key]:>9,}")
    print("after, by evidence:", dict(hows))
    rng = random.Random(args.seed)
    sample = rng.sample(inferred, min(args.sample, len(inferred)))
    print(f"\n{len(inferred):,} dates inferred from the text; a sample, with the date of the nearest baomoi id:")
    rows = []
    for bid, date, note, title, old in sample:
        clock = _clock(id_dates, int(bid)) if bid else None
        rows.append({"baomoi_id": bid, "date": date, "note": note, "title": title, "id_clock": clock})
        print(f"{date}  id≈{clock or '?':<10}  {note[:55]:<55}  {title[:60]}")
    print(f"\n{len(weak):,} weak guesses not used; a sample:")
    rejected = []
    for bid, guess, note, title, _ in rng.sample(weak, min(args.sample // 2, len(weak))):
        clock = _clock(id_dates, int(bid)) if bid else None
        rejected.append({"baomoi_id": bid, "guess": guess, "note": note, "title": title, "id_clock": clock})
        print(f"{guess}  id≈{clock or '?':<10}  {note[:55]:<55}  {title[:60]}")
    write_results("dates", {"machine": machine(), "documents": docs, "seconds": round(seconds, 1),
                           "before": dict(counts_before), "after": dict(counts_after), "after_by_evidence": dict(hows),
                           "sample": rows, "weak_sample": rejected})


def _kind(meta) -> str:
    note = meta.date_note or ""
    for key, word in (("metadata", "given"), ("header", "header"), ("dateline", "dateline"), ("lead", "the lead"),
                      ("hint rejected", "date_hint 2"), ("hint rejected", "date_hint 1"), ("hint", "date_hint"),
                      ("cue", "beside"), ("title", "title"), ("source", "source"), ("weak", "weak"),
                      ("no date", "no full date")):
        if word in note:
            return key
    return "other"


def _clock(id_dates: list[tuple[int, str]], bid: int) -> str | None:
    """The median date of the 25 dated documents whose baomoi ids are nearest."""
    if not id_dates:
        return None
    i = bisect.bisect_left(id_dates, (bid, ""))
    near = sorted(d for _, d in id_dates[max(0, i - 12):i + 13])
    return near[len(near) // 2]


if __name__ == "__main__":
    sys.exit(main())
