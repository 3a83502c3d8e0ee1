"""How the 36 documents of splits heldout6, heldout7 and heldout8 were drawn (issue 11,
fifth and sixth rounds), each with its own seed and the same counts and cues.

16 at random from news/party_gov_subset.txt minus every file already in the gold
(plain party/government news); then 10 at random from those of the rest that hold
both a quotation mark and a slogan cue word (phương châm, khẩu hiệu, phong trào,
cuộc vận động, nêu gương, chủ đề); then 10 at random from the rest where a cue (the
same, or chương trình, chiến dịch, thông điệp, học tập và làm theo, tiêu chí, mục
tiêu) is followed by an opening quote. Prints the file names, one per line.

    python -m tests.gold.sample_late heldout7 DIR    # DIR holds news/ of news-35k.tar.gz
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.gold import sampling

SEEDS = {"heldout6": 1106, "heldout7": 1107, "heldout8": 1108, "heldout9": 1109, "heldout10": 1110}
COUNTS = (16, 10, 10)
CUE = re.compile(r"phương châm|khẩu hiệu|phong trào|cuộc vận động|nêu gương|chủ đề", re.IGNORECASE)
CUE_QUOTE = re.compile(r"(khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|nêu gương|chiến dịch"
                       r"|thông điệp|chương trình|học tập và làm theo|tiêu chí|mục tiêu)\s*:?\s*[\"“]",
                       re.IGNORECASE)


def draw(split: str, news: Path) -> list[str]:
    return sampling.draw(news, split, SEEDS[split], COUNTS, CUE, CUE_QUOTE)


if __name__ == "__main__":
    print("\n".join(draw(sys.argv[1], Path(sys.argv[2]) / "news")))
