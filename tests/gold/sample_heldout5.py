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

import re
import sys
from pathlib import Path

from tests.gold import sampling

CUE = re.compile(r"phương châm|khẩu hiệu|phong trào|cuộc vận động|nêu gương", re.IGNORECASE)
CUE_QUOTE = re.compile(r"(khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|chiến dịch|thông điệp"
                       r"|chương trình|nêu gương|học tập và làm theo)\s*:?\s*[\"“]", re.IGNORECASE)
SEED = 1105


def draw(news: Path) -> list[str]:
    return sampling.draw(news, "heldout5", SEED, (6, 10, 14), CUE, CUE_QUOTE)


if __name__ == "__main__":
    print("\n".join(draw(Path(sys.argv[1]) / "news")))
