"""Words the page layout or a transliteration glued to a name, taken off before persons.py
decides: a company's initial after "&" ("P&G Magesvaran Surajan"), a function word run into
the last syllable ("Phạm Bình Minhcho biết"), a stray word or a city in front of a foreign
given name ("Hà Lan Mác Mark Rutte", "Thị trưởng Rotterdam Ahmed Aboutaleb").
"""
from __future__ import annotations

import re

from indexer.person_cues import foreign_lists, vietnamese_syllable

# Words that follow a name and lose their space: "Minhcho biết", "Hảiđã", "Namvà".
_GLUE = ("cho", "và", "là", "đã", "nói", "của", "tại", "được", "cũng", "đến", "với", "khi", "trong", "sẽ",
         "đang", "vừa", "phát", "cùng")


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
    glued = text[run[-1][1]:run[-1][1] + 1] == "-" and _HYPHEN_NEXT.match(text, run[-1][1])
    if glued and _places_key(" ".join([t[2] for t in run] + [glued.group(1)])):
        return []                                  # "ngư dân Thừa Thiên-Huế": the province's first part
    title = "-" in run[-1][2] and _HYPHEN_TITLE.search(run[-1][2])
    if title and len(run) >= 2 and not vietnamese_syllable(run[-1][2][:title.start()]):
        a, b, tok = run[-1]                        # "ông Valery Nikiforov-Giám đốc Hiệp hội": the title
        run = run[:-1] + [(a, a + title.start(), tok[:title.start()])]
    cut = _glued_tail(run[-1][2]) if len(run) >= 3 else 0
    if cut and all(map(vietnamese_syllable, (t[2] for t in run[:-1]))):
        a, b, tok = run[-1]                        # "Phạm Bình Minhcho biết"
        run = run[:-1] + [(a, b - cut, tok[:-cut])]
    return run


# A capitalized word joined by a hyphen right after a run ("Thừa Thiên-Huế"), and a title
# word after a hyphen inside a foreign surname ("Nikiforov-Giám đốc", "Smith-Chủ tịch").
_HYPHEN_NEXT = re.compile(r"-([A-ZĐÀ-Ỹ][^\W\d_]*)")
_HYPHEN_TITLE = re.compile(r"-(?:Giám|Chủ|Phó|Bí|Trưởng|Tổng|Bộ|Thứ|Đại|Thủ|Cố|Chánh)$")


_NOT_NAME_WORDS = frozenset({"vietnam", "viet", "asia"})      # "… Display Vietnam": a company's


def _places_key(words: str) -> bool:
    from indexer.person_words import _rules, token_key    # person_words imports this module's callers
    return token_key(words) in _rules()["places"]


def stray_before_given(rest: list, text: str = "") -> int:
    """How many words stand in front of a foreign given name that opens the rest of a run
    ("Mác Mark Rutte", "Rotterdam Ahmed Aboutaleb", "Shire Linda Seah"): one word that is
    no given name itself ("John Ian Hopkins" keeps John), with two words at least after; or
    a company's name after its head word, before two foreign words ("Tập đoàn Nidec Shigenobu
    Nagamori", "Tập đoàn Sumitomo Kuniharu Nakamura")."""
    names, companies = foreign_lists()[:2]
    if len(rest) >= 3 and rest[0][2] not in names and rest[1][2] in names \
            and re.fullmatch(r"[A-Z][a-z]+", rest[1][2]):
        return 1
    if len(rest) == 3 and all(re.fullmatch(r"[A-Z][A-Za-z]+", t[2]) and not vietnamese_syllable(t[2]) for t in rest) \
            and _COMPANY_HEAD.search(text, max(0, rest[0][0] - 60), rest[0][0]) \
            and not any(_places_key(t[2]) or t[2].lower() in companies or t[2].lower() in _NOT_NAME_WORDS for t in rest):   # "… Display Vietnam"
        return 1
    return 0


_COMPANY_HEAD = re.compile(r"(?<!\w)(?:[Cc]hủ[ \u00a0]+tịch|[Gg]iám[ \u00a0]+đốc|[Gg]iám[ \u00a0]+đốc[ \u00a0]+điều[ \u00a0]+hành|CEO|"
                           r"[Nn]hà[ \u00a0]+sáng[ \u00a0]+lập|[Nn]gười[ \u00a0]+sáng[ \u00a0]+lập)[ \u00a0]+"
                           r"(?:[Tt]ập[ \u00a0]+đoàn|[Cc]ông[ \u00a0]+ty|[Hh]ãng|[Nn]gân[ \u00a0]+hàng)[ \u00a0]+$")


# The dash of a pair of countries ("hữu nghị Nhật - Việt"), right before a run.
_PAIR_DASH = re.compile(r"[-–][ \u00a0]*$")


def transliterated(tok: str) -> bool:
    """A name written in Vietnamese syllables joined by hyphens: Xê-út, Bun-nhăng."""
    return "-" in tok and not tok.isascii() and all(map(vietnamese_syllable, tok.split("-")))
