"""How the held-out splits heldout3 … heldout18 of issue 11 were drawn: one line of DRAWS
per split, its seed, its counts and its cues (see sampling.draw and the Splits table of
README.md). Each draw takes, from news/party_gov_subset.txt minus every file of an earlier
split, PLAIN articles at random, then CUED ones holding a quotation mark and a cue word,
then QUOTED ones where a cue opens a quote. Prints the file names, one per line.

    python -m tests.gold.sample heldout7 DIR    # DIR holds news/ of news-35k.tar.gz
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.gold import sampling


def _cue(words: str) -> re.Pattern:
    return re.compile(words, re.IGNORECASE)


def _cue_quote(words: str) -> re.Pattern:
    return re.compile(rf"({words})\s*:?\s*[\"“]", re.IGNORECASE)


# the second round's cues; the fourth round's, rich in slogans; the fifth to eighth rounds'
ROUND2 = (_cue("phương châm|khẩu hiệu|phong trào"),
          _cue_quote("khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|chiến dịch|thông điệp"))
ROUND4 = (_cue("phương châm|khẩu hiệu|phong trào|cuộc vận động|nêu gương"),
          _cue_quote("khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|chiến dịch|thông điệp"
                     "|chương trình|nêu gương|học tập và làm theo"))
LATE = (_cue("phương châm|khẩu hiệu|phong trào|cuộc vận động|nêu gương|chủ đề"),
        _cue_quote("khẩu hiệu|phương châm|chủ đề|phong trào|cuộc vận động|nêu gương|chiến dịch"
                   "|thông điệp|chương trình|học tập và làm theo|tiêu chí|mục tiêu"))

# split: (seed, (plain, cued, quoted), cues)
DRAWS = {
    "heldout3": (1103, (12, 10, 8), ROUND2),
    "heldout4": (1104, (12, 10, 8), ROUND2),
    "heldout5": (1105, (6, 10, 14), ROUND4),
    "heldout6": (1106, (16, 10, 10), LATE),
    "heldout7": (1107, (16, 10, 10), LATE),
    "heldout8": (1108, (16, 10, 10), LATE),
    "heldout9": (1109, (16, 10, 10), LATE),
    "heldout10": (1110, (16, 10, 10), LATE),
    "heldout11": (1111, (16, 10, 10), LATE),
    "heldout12": (1112, (16, 10, 10), LATE),
    "heldout13": (1113, (16, 10, 10), LATE),
    "heldout14": (1114, (16, 10, 10), LATE),
    "heldout15": (1115, (19, 14, 3), LATE),   # the subset holds only a few more cue-opened quotes
    "heldout16": (1316, (20, 16, 0), LATE),   # none of those left; seed 1316, as 1116 and 1216 drew files read in discovery
    "heldout17": (1817, (20, 16, 0), LATE),   # seed 1817: the first that draws no file read in discovery
    "heldout18": (3618, (20, 16, 0), LATE),   # the first seed of 1118, 1218 … that draws no file read in discovery
}


def draw(split: str, news: Path) -> list[str]:
    seed, counts, (cue, cue_quote) = DRAWS[split]
    return sampling.draw(news, split, seed, counts, cue, cue_quote)


if __name__ == "__main__":
    print("\n".join(draw(sys.argv[1], Path(sys.argv[2]) / "news")))
