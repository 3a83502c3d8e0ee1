"""The shortcuts that made person extraction faster give what the plain searches give.

Each shortcut (runs read from chunks holding a capital or a dot; end-anchored regexes,
searched near the end of a long last line first) is compared with the plain search it
replaced, on texts generated here from a fixed seed: words, initials, bylines, sources,
punctuation and runs of spaces put together at random.
"""
from __future__ import annotations

import random
import re

from indexer import bylines, person_cues
from indexer.person_words import _runs, _words

PIECES = ["Nguyễn", "Văn", "An", "bà", "ông", "Hà", "Nội", "và", "của", "H.", "T.Q.Minh", "Tr.Hoàng",
          "Jean-Pierre", "S.A-bê", "Vo-lạ-chít", "F.", "Kennedy", "UBND", "TTXVN", "/", "(Thực hiện)",
          "thực hiện", "theo", "(Tổng hợp)", ",", ".", "-", "–", ":", "”", "2017", "x.Lan", "Đ.T.Hà",
          "Ảnh:", "/VOV", "Tin-ảnh", "\n", "\u00a0", "   ", " " * 45, "Mác", "lê", "Quỳnh Nga/Tiền phong"]


# Lines where a match would start before the last 240 characters: long space runs.
EDGES = ["Bài viết dài. " * 30 + " " * 250 + "(Thực hiện)", "Bài viết dài. " * 30 + "Đ.T.Hà" + " " * 300,
         "Bài viết dài. " * 30 + "/ " + " " * 260 + "Tiền phong", "Bài viết. " * 30 + "(" + " " * 250 + "Tổng hợp)"]


def texts(n: int = 200):
    rnd = random.Random(511)
    yield from EDGES
    for _ in range(n):
        yield "".join(rnd.choice(PIECES) + rnd.choice([" ", " ", "", "\u00a0"]) for _ in range(rnd.randint(1, 400)))


def plain_runs(text: str):
    """The runs as read before: from every word of the text."""
    runs, cur = [], []
    for start, end, tok in _words(text):
        if not tok[0].isupper() and "." not in tok or not (bylines._is_title(tok) or bylines._is_caps(tok)):
            if cur:
                runs.append(cur)
            cur = []
            continue
        if cur and text[cur[-1][1]:start] not in (" ", "\u00a0"):
            runs.append(cur)
            cur = []
        cur.append((start, end, tok))
    if cur:
        runs.append(cur)
    return runs


def span(m):
    return m.span() if m else None


def test_runs_from_chunks_are_the_runs_from_every_word():
    for t in texts():
        assert _runs(t) == plain_runs(t)


def test_end_anchored_searches_near_the_end_find_the_leftmost_match():
    for t in texts():
        line = t[t.rstrip().rfind("\n") + 1:]
        assert span(bylines._tail_source(line)) == span(bylines._TAIL_SRC.search(line))
        assert person_cues.initial_byline(line) == _plain_initial_byline(line)
        before = line.rstrip()
        assert bylines._strip_lead(before) == bylines._TAIL_LEAD.sub("", before)
        assert bylines._strip_source(before) == re.sub(r"/[A-ZĐ][\w.+-]*$", "/", before)


def _plain_initial_byline(line: str):
    m = person_cues._INITIAL_BYLINE.search(line)
    given = m.group(1).split(".")[-1].strip() if m else ""
    if not m or not given[1:].islower() or not person_cues.vietnamese_syllable(given) or len(given) < 2:
        return None
    return m.start(1), m.end(1)


def test_the_stray_punctuation_lines_found_from_the_end_are_the_plain_ones():
    ends = ["\n \n\n,", "\n.\n;\n", "\n" + " \n" * 150 + ",", "", "\n|"]
    for t in list(texts(100)) + ["Bài viết. Đăng Triều" + e for e in ends]:
        body = t.rstrip()
        assert span(bylines._punct_lines(body)) == span(bylines._LAST_PUNCT_LINES.search(body))
