"""Words the page layout or a transliteration glued to a name, taken off before persons.py
decides: a company's initial after "&" ("P&G Magesvaran Surajan"), a function word run into
the last syllable ("Phạm Bình Minhcho biết"), a stray word or a city in front of a foreign
given name ("Hà Lan Mác Mark Rutte", "Thị trưởng Rotterdam Ahmed Aboutaleb").
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.resources import load_json
from indexer.person_cues import vietnamese_syllable

# Words that follow a name and lose their space: "Minhcho biết", "Hảiđã", "Namvà".
_GLUE = ("cho", "và", "là", "đã", "nói", "của", "tại", "được", "cũng", "đến", "với", "khi", "trong", "sẽ",
         "đang", "vừa", "phát", "cùng")


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    return frozenset(load_json("person_rules.json")["foreign_given_names"])


def _glued_tail(tok: str) -> int:
    """Length of a function word glued to the end of a capitalized syllable, else 0."""
    if vietnamese_syllable(tok) or not tok[1:].islower():
        return 0
    for w in _GLUE:
        if tok.endswith(w) and len(tok) - len(w) >= 2 and vietnamese_syllable(tok[:-len(w)]):
            return len(w)
    return 0


def unglue_run(run: list, text: str) -> list:
    """The run without a company's initial in front and a word glued to its end."""
    if len(run) >= 3 and text[run[0][0] - 1:run[0][0]] == "&":
        run = run[1:]                              # "Tập đoàn P&G Magesvaran Surajan": G is P&G's
    cut = _glued_tail(run[-1][2]) if len(run) >= 3 else 0
    if cut and all(map(vietnamese_syllable, (t[2] for t in run[:-1]))):
        a, b, tok = run[-1]                        # "Phạm Bình Minhcho biết"
        run = run[:-1] + [(a, b - cut, tok[:-cut])]
    return run


def stray_before_given(rest: list) -> int:
    """How many words stand in front of a foreign given name that opens the rest of a run
    ("Mác Mark Rutte", "Rotterdam Ahmed Aboutaleb", "Shire Linda Seah"): one word that is
    no given name itself ("John Ian Hopkins" keeps John), with two words at least after."""
    names = given_names()
    if len(rest) >= 3 and rest[0][2] not in names and rest[1][2] in names \
            and re.fullmatch(r"[A-Z][a-z]+", rest[1][2]):
        return 1
    return 0
