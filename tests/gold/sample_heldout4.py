"""How the 30 documents of split heldout4 were drawn (issue 11, third round).

12 at random from news/party_gov_subset.txt minus every file already in the gold;
then 10 at random from those of the rest that hold both a quotation mark and a
slogan cue word (phương châm, khẩu hiệu, phong trào); then 8 at random from the
rest where a cue (the same, or chủ đề, cuộc vận động, chiến dịch, thông điệp) is
followed by an opening quote, so that slogans are not too rare. The draws of
sample_heldout3.py with a new seed, 1104, for every draw. Prints the file names, one per line.

    python -m tests.gold.sample_heldout4 DIR    # DIR holds news/ of news-35k.tar.gz
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests.gold import sampling
from tests.gold.sample_heldout3 import CUE, CUE_QUOTE

SEED = 1104


def draw(news: Path) -> list[str]:
    return sampling.draw(news, "heldout4", SEED, (12, 10, 8), CUE, CUE_QUOTE)


if __name__ == "__main__":
    print("\n".join(draw(Path(sys.argv[1]) / "news")))
