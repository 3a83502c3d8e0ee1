"""How the 30 documents of split heldout5 were drawn (issue 11, fourth round: slogans).

6 at random from news/party_gov_subset.txt minus every file already in the gold;
then 10 at random from those of the rest that hold both a quotation mark and a
slogan cue word (phương châm, khẩu hiệu, phong trào, cuộc vận động, nêu gương);
then 14 at random from the rest where a cue (the same, or chủ đề, chương trình,
chiến dịch, thông điệp, học tập và làm theo) is followed by an opening quote, so
that the split is rich in slogans. Seed 1105 for every draw. Prints the file
names, one per line.

    python -m tests.gold.sample_heldout5 DIR    # DIR holds news/ of news-35k.tar.gz
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "entities.jsonl"
CUE = re.compile(r"phương châm|khẩu hiệu|phong trào|cuộc vận động|nêu gương", re.IGNORECASE)
CUE_QUOTE = re.compile(r"(khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|chiến dịch|thông điệp"
                       r"|chương trình|nêu gương|học tập và làm theo)\s*:?\s*[\"“]", re.IGNORECASE)
QUOTE = re.compile(r"[\"“”]")
SEED = 1105


def draw(news: Path) -> list[str]:
    lines = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    # heldout5 (and any later split) is in the gold once committed: draw from the splits before it
    gold = {g["file"] for g in lines if g["split"] in ("dev", "heldout", "dev2", "heldout2", "heldout3", "heldout4")}
    subset = (news / "party_gov_subset.txt").read_text(encoding="utf-8").split()
    pool = sorted(set(subset) - gold)
    plain = random.Random(SEED).sample(pool, 6)
    rest = [f for f in pool if f not in plain]
    cued = [f for f in rest if CUE.search(t := (news / f).read_text(encoding="utf-8")) and QUOTE.search(t)]
    cued = random.Random(SEED).sample(cued, 10)
    rest = [f for f in rest if f not in cued]
    quoted = [f for f in rest if CUE_QUOTE.search((news / f).read_text(encoding="utf-8"))]
    return plain + cued + random.Random(SEED).sample(quoted, 14)


if __name__ == "__main__":
    print("\n".join(draw(Path(sys.argv[1]) / "news")))
