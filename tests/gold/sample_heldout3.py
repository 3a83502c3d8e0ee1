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

import re
import sys
from pathlib import Path

from tests.gold import sampling

CUE = re.compile(r"phương châm|khẩu hiệu|phong trào", re.IGNORECASE)
CUE_QUOTE = re.compile(r"(khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|chiến dịch|thông điệp)"
                       r"\s*:?\s*[\"“]", re.IGNORECASE)
SEED = 1103


def draw(news: Path) -> list[str]:
    return sampling.draw(news, "heldout3", SEED, (12, 10, 8), CUE, CUE_QUOTE)


if __name__ == "__main__":
    print("\n".join(draw(Path(sys.argv[1]) / "news")))
