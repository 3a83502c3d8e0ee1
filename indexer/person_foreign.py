"""Foreign persons named bare, in Latin letters, with no title before them.

Articles on foreign politics write "Marine Le Pen", "Bill Gates", "Charles de
Gaulle" with no ông, Tổng thống or apposition, so the context rules of persons.py
cannot see them, and a capitalized Latin run alone says nothing: "New York", "Real
Madrid", "Premier League", "Google Maps" are runs too. Two shapes are taken:

* a run that opens with a common Western given name (data/person_rules.json,
  foreign_given_names), then 1-3 capitalized words, initials or particles (de,
  van, von …), none of them a word that ends a place, team, company or event
  (foreign_not_person), and no such word or further capitalized word after it;
* two or three capitalized Latin words that a person word introduces or a verb of
  saying follows (called_foreign; "Chuyên gia Murray Hiebert");
* (in persons.py) a run of foreign words whose last word is a foreign single name
  the document calls a person elsewhere ("Tổng thống Chirac" … "Jacques Chirac").

persons.py still rejects a span after a place or body word (đại học, sân bay, đường).
"""
from __future__ import annotations

import re

from indexer.person_cues import foreign_lists, title_word, vietnamese_syllable
from indexer.person_glue import _HYPHEN_TITLE

# Latin letters only: Vietnamese-only letters (ă â đ ê ô ơ ư, the tone marks of
# U+1EA0–U+1EF9, ĩ ũ) mark a Vietnamese word, never a foreign name written as is.
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAP = rf"(?:Mc|Mac|De|Di|Le|La|O')?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*"   # Gates, Jean-Christophe, McCain, DeVos
_PARTICLES = ("de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "ter")
_MIDDLE = rf"(?:[{_UP}]\.(?:[ \u00a0]?[{_UP}]\.)*|{'|'.join(_PARTICLES)})"   # F., H. W., de


# Where a name may start: a capitalized Latin word (a set lookup decides if it is a
# given name; one regex with every given name as an alternative is slow in Python).
_WORD_AT = re.compile(rf"(?<![\w.\-])[{_UP}][{_LOW}]+(?=[ \u00a0-])")
_TAIL = re.compile(rf"(?:-[{_UP}][{_LOW}]+)?"                     # Jean-Claude
                   rf"(?:[ \u00a0]{_MIDDLE})*"                   # George H. W., Charles de
                   rf"(?:[ \u00a0]{_CAP}){{1,3}}(?:[ \u00a0](?:III|II|IV)(?!\w))?(?![\w\-])")   # Bush, Le Pen, Osius III


# A Korean given name romanised with a hyphen: Jin-hyun, Seung-woo (after a Korean surname).
_KOREAN_GIVEN = re.compile(rf"[ \u00a0][{_UP}][{_LOW}]+-[{_LOW}]+(?![\w-])")


# An organisation's head word a few words before an acronym in front of a name ("Học viện … ENA"), or
# right before a word in front of it ("tập đoàn Accenture"): that word is its name.
_ORG_BEFORE = re.compile(r"(?<!\w)(?:[Tt]ập[ \u00a0]+đoàn|[Cc]ông[ \u00a0]+ty|[Hh]ãng|[Hh]ọc[ \u00a0]+viện|[Nn]gân[ \u00a0]+hàng|"
                         r"[Tt]ổ[ \u00a0]+chức|[Qq]uỹ)(?:[ \u00a0]+[^\W\d_]+){0,5}[ \u00a0]*$")
_ORG_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:[Tt]ập[ \u00a0]+đoàn|[Cc]ông[ \u00a0]+ty|[Hh]ãng|[Nn]gân[ \u00a0]+hàng)[ \u00a0]*$")


def bare_foreign_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run shaped like a bare foreign person's name."""
    given, not_person, not_person_names, korean = foreign_lists()
    out = []
    for w in _WORD_AT.finditer(text):
        if w.group() not in given:
            k = _KOREAN_GIVEN.match(text, w.end()) if w.group() in korean else None
            if k:                                  # "tiền vệ Lee Jin-hyun", "Paik Seung-ho và …"
                out.append((w.start(), k.end()))
            continue
        t = _TAIL.match(text, w.end())
        if not t:
            continue
        start, end = w.start(), t.end()
        before = re.search(r"([^\W\d_]+)[ \u00a0]+$", text[max(0, start - 30):start])
        if before and before.group(1)[0].isupper() and before.group(1).isascii() \
                and not vietnamese_syllable(before.group(1)) and not _a_place(before.group(1)) \
                and not title_word(before.group(1)) \
                and not (_ORG_BEFORE if before.group(1).isupper() else _ORG_RIGHT_BEFORE).search(
                    text, max(0, start - 60), before.start() + max(0, start - 30)):
            continue                               # inside a longer run: USS Carl Vinson, Billie Jean King
                                                   # (not after a country: "dân tộc Cuba Antonio Maceo"; a title
                                                   # before: "Ayatollah Ali Khamenei"; an organisation's name
                                                   # before: "tập đoàn Accenture Pierre Nanterme", "Học viện … ENA
                                                   # Nathalie Loiseau")
        words = re.split(r"[ \u00a0]+", text[start:end])
        cut = next((k for k in range(1, len(words)) if _vietnamese_word(words[k])), len(words))
        glued = cut < len(words)                   # "… Rutte Hà Lan", "… Boateng Sau khi": Vietnamese ends it
        words = words[:cut]
        title = _HYPHEN_TITLE.search(words[-1])
        if title:
            words[-1] = words[-1][:title.start()]   # "Valery Nikiforov-Giám đốc": a title after the hyphen
        if len(words) < 2 or not words[-1][0].isupper() or len(words) > 5 \
                or " ".join(words).lower() in not_person_names:
            continue                               # Roland Garros (Thomas Cup: persons._not_a_name)
        if not glued:
            after = re.match(r"[ \u00a0]+([^\W\d_]+)", text[end:end + 30])
            if after and (after.group(1)[0].isupper() and after.group(1) not in _PARTICLES
                          and re.fullmatch(rf"[{_UP}][{_LOW}]*", after.group(1))
                          and not _vietnamese_word(after.group(1))
                          or after.group(1).lower() in not_person):
                continue                           # a longer Latin run: John Hopkins University
        out.append((start, start + len(" ".join(words))))
    return out


_LATIN_WORD = re.compile(r"(?:Mc|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_SAYS_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:cho biết|cho rằng|nói|nhận định|khẳng định|nhấn mạnh|"
                         r"tuyên bố|bày tỏ|nêu rõ|lưu ý|giải thích|phát biểu|viết)(?!\w)")


def called_foreign(text: str, start: int, end: int, toks: list[str]) -> bool:
    """Two or three capitalized Latin words without a Vietnamese letter that a person
    word introduces ("Chuyên gia Murray Hiebert") or a verb of saying follows when no
    lowercase word comes right before ("Bộ Ngoại giao Mỹ, Katrina Adams cho biết"; not
    "ở San Francisco, nói"): a foreign person named without a known given name."""
    from indexer.person_words import _ends_with, _vietnamese, _rules as person_rules   # see _vietnamese_word
    if not 2 <= len(toks) <= 3 or not all(_LATIN_WORD.fullmatch(t) for t in toks) \
            or all(map(_vietnamese, toks)):
        return False
    left = text[max(0, start - 60):start]
    if _ends_with(person_rules()["foreign_cue"], left):
        return True
    if _ROLE_AFTER.match(text, end):
        return True                                # "Maxine Waters, nghị sĩ đảng Dân chủ", "Huma Abedin, cố vấn"
    word_before = re.search(r"([^\W\d_]+)[ \u00a0]*$", left)
    if word_before and word_before.group(1)[0].islower():
        return False                               # "ở San Francisco, nói rằng", "bang South Carolina cho rằng"
    return bool(_SAYS_AFTER.match(text, end))


# A person's role in an apposition after the comma, in lower case too.
_ROLE_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]+(?:cựu[ \u00a0]+|nguyên[ \u00a0]+|nữ[ \u00a0]+)?(?:thượng[ \u00a0]+)?"
                         r"(?:nghị[ \u00a0]+sĩ|cố[ \u00a0]+vấn|con[ \u00a0]+(?:gái|trai)|vợ|chồng|tổng[ \u00a0]+chưởng[ \u00a0]+lý|"
                         r"người[ \u00a0]+phát[ \u00a0]+ngôn|phát[ \u00a0]+ngôn[ \u00a0]+viên|giáo[ \u00a0]+sư|luật[ \u00a0]+sư|"
                         r"trợ[ \u00a0]+lý|nhà[ \u00a0]+(?:báo|văn|nghiên[ \u00a0]+cứu|phân[ \u00a0]+tích|đàm[ \u00a0]+phán|sử[ \u00a0]+học))"
                         r"(?!\w)", re.I)


def _vietnamese_word(word: str) -> bool:
    """A Vietnamese word glued after a name: a syllable with a Vietnamese diacritic
    (Hà, Lan is ambiguous), or a sentence opener, place or number word (Sau, Nga, Hai)."""
    if not word.isascii():
        return vietnamese_syllable(word)
    from indexer.person_words import _rules as person_rules     # person_words imports persons' helpers
    key = word.lower()
    r = person_rules()
    return key in r["starters"] or key in r["places"] or key in _GLUE_WORDS


def _a_place(word: str) -> bool:
    from indexer.person_words import _rules as person_rules, token_key
    return token_key(word) in person_rules()["places"]


_GLUE_WORDS = {"hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "to", "va", "la", "thi", "tuy", "con", "khi"}
