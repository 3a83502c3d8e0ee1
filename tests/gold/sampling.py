"""The draw behind the held-out splits heldout3 … heldout18: some articles at random from
news/party_gov_subset.txt, some where a slogan cue and a quotation mark stand, some
where a cue opens a quote, each with one seed, from the files no earlier split holds.
sample.py names each split's seed, counts and cues."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "entities.jsonl"
SPLITS = ("dev", "heldout", "dev2", "heldout2", "heldout3", "heldout4", "heldout5",
          "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
          "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18")   # in the order drawn
QUOTE = re.compile(r"[\"“”]")


def draw(news: Path, split: str, seed: int, counts: tuple[int, int, int], cue: re.Pattern,
         cue_quote: re.Pattern) -> list[str]:
    """(plain, cued, quoted) counts of file names, drawn as the split was."""
    before = set(SPLITS[:SPLITS.index(split)])
    gold = {g["file"] for g in map(json.loads, filter(str.strip, GOLD.open(encoding="utf-8")))
            if g["split"] in before}
    subset = (news / "party_gov_subset.txt").read_text(encoding="utf-8").split()
    pool = sorted(set(subset) - gold)
    plain_n, cued_n, quoted_n = counts
    plain = random.Random(seed).sample(pool, plain_n)
    rest = [f for f in pool if f not in plain]
    cued = [f for f in rest if cue.search(t := (news / f).read_text(encoding="utf-8")) and QUOTE.search(t)]
    cued = random.Random(seed).sample(cued, cued_n)
    rest = [f for f in rest if f not in cued]
    quoted = [f for f in rest if cue_quote.search((news / f).read_text(encoding="utf-8"))]
    return plain + cued + random.Random(seed).sample(quoted, quoted_n)
