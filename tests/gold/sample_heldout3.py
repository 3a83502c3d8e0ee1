"""How the 30 documents of split heldout3 were drawn (issue 11, second round).

12 at random from news/party_gov_subset.txt minus every file already in the gold;
then 10 at random from those of the rest that hold both a quotation mark and a
slogan cue word (phương châm, khẩu hiệu, phong trào); then, as those 22 held only
3 slogans, 8 at random from the rest where a cue (the same, or chủ đề, cuộc vận
động, chiến dịch, thông điệp) is followed by an opening quote. Seed 1103 for every
draw. Prints the file names, one per line.

    python -m tests.gold.sample_heldout3 DIR    # DIR holds news/ of news-35k.tar.gz
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "entities.jsonl"
CUE = re.compile(r"phương châm|khẩu hiệu|phong trào", re.IGNORECASE)
CUE_QUOTE = re.compile(r"(khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|chiến dịch|thông điệp)"
                       r"\s*:?\s*[\"“]", re.IGNORECASE)
QUOTE = re.compile(r"[\"“”]")
SEED = 1103


def draw(news: Path) -> list[str]:
    gold = {json.loads(line)["file"] for line in GOLD.open(encoding="utf-8") if line.strip()}
    # heldout3 and the splits drawn after it are in the gold now: draw from the gold before it
    gold -= {json.loads(line)["file"] for line in GOLD.open(encoding="utf-8")
             if line.strip() and json.loads(line)["split"] in ("heldout3", "heldout4", "heldout5")}
    subset = (news / "party_gov_subset.txt").read_text(encoding="utf-8").split()
    pool = sorted(set(subset) - gold)
    plain = random.Random(SEED).sample(pool, 12)
    rest = [f for f in pool if f not in plain]
    cued = [f for f in rest if CUE.search(t := (news / f).read_text(encoding="utf-8")) and QUOTE.search(t)]
    cued = random.Random(SEED).sample(cued, 10)
    rest = [f for f in rest if f not in cued]
    quoted = [f for f in rest if CUE_QUOTE.search((news / f).read_text(encoding="utf-8"))]
    return plain + cued + random.Random(SEED).sample(quoted, 8)


if __name__ == "__main__":
    print("\n".join(draw(Path(sys.argv[1]) / "news")))
