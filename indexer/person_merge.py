"""Which names of one document are one person: a shorter form of a longer name
(Macron, Park → Park Geun-hye, Thái Nhuận → Thái Hữu Nhuận), a misspelt second form
(Toshiro / Toshihiro Nakai), a two-syllable name cut short (Phan Văn → Phan Văn Trường);
and the most specific form of each position written beside a person.
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.vntext import fold, match_key
from indexer.person_cues import foreign_lists
from indexer.person_words import _rules, _vietnamese


def merge_targets(keys: list[str], bylined: set[str] = frozenset()) -> dict[str, str]:
    """The name each key (persons._key form) joins, itself when none: shorter forms of a
    longer name in the document join it, and the typos and cut forms below; a name
    written only as a byline is never a cut form ("NGUYỄN QUỐC" signs beside a
    "Nguyễn Quốc Tuấn" of the text)."""
    target = {k: k for k in keys}
    for a in keys:
        sa = a.split()
        for b in keys:
            sb = b.split()
            if a == b or len(sa) >= len(sb):
                continue
            if _place_in_front(sa, sb):
                target[b] = a                      # "Cảnh sát trưởng Manchester Ian Hopkins" … "Ian Hopkins"
                continue
            if len(sa) == 1 and not _vietnamese(sa[0]) and sa[0] in (sb[0], sb[-1]) \
                    or len(sa) >= 2 and sa == sb[-len(sa):] \
                    or len(sa) >= 2 and sa == sb[:len(sa)] and not any(_vietnamese(w) for w in sb if w not in _NOT_SYLLABLES) \
                    or sa[0] == sb[0] and sa[-1] == sb[-1] and _subsequence(sa, sb):
                target[a] = b                      # Macron, Park → Park Geun-hye, Thái Nhuận, Leopoldo Cintra (Frías)
    _merge_initialled(keys, target)
    _merge_respelled(keys, target)
    _merge_cut_short([k for k in keys if k not in bylined], target)
    for k in keys:
        t = target[k]
        while target[t] != t:
            t = target[t]
        target[k] = t
    return target


_ROMAN = {"ii", "iii", "iv"}                       # Theodore G. Osius III
_NOT_SYLLABLES = _ROMAN | {"bin", "ibn", "al", "el", "de", "van", "von", "der", "del", "da", "di", "du", "la", "le"}


def _place_in_front(short: list[str], long: list[str]) -> bool:
    """A foreign name of two words or more also written with one more word in front that
    is no given name: a place glued between a title and the name."""
    return len(long) == len(short) + 1 and len(short) >= 2 and long[1:] == short \
        and not _vietnamese(long[0]) and not all(map(_vietnamese, short)) and long[0] not in _given_names()


@lru_cache(maxsize=None)
def _given_names() -> frozenset[str]:
    return frozenset(match_key(n) for n in foreign_lists()[0])


def _merge_respelled(keys: list[str], target: dict[str, str]) -> None:
    """A name written a second time with a typo is the first form:
    * a foreign name with one word misspelt (Toshihiro / Toshiro Nakai, Mark Rutte /
      Rutter), or its surname alone misspelt (David Petraeus … Peatraeus): a word of five
      letters or more, one or two letters apart, same first letter;
    * a Vietnamese name of three words or more whose surname lost or gained a tone mark
      and is then no surname (Nguyễn / Nguyên Xuân Phúc). Other Vietnamese names one
      letter apart are two people (Văn Thành, Văn Thanh)."""
    surnames = _rules()["surnames"]
    for i, a in enumerate(keys):
        sa = a.split()
        for b in keys[i + 1:]:
            sb = b.split()
            if target[a] != a or target[b] != b:
                continue
            if a.replace(" ", "") == b.replace(" ", ""):
                target[b] = a                      # Prayut Chan-o-cha / Chan-ocha (hyphens are spaces in keys)
                continue
            if all(map(_vietnamese, sa + sb)):
                if len(sa) == len(sb) >= 3 and sa[1:] == sb[1:] and fold(sa[0]) == fold(sb[0]) \
                        and (sa[0] in surnames) != (sb[0] in surnames):
                    target[b if sa[0] in surnames else a] = a if sa[0] in surnames else b
                continue
            if len(sa) == 1 or len(sb) == 1:
                one, full = (a, sb) if len(sa) == 1 else (b, sa)
                if len(full) >= 2 and _respelt(one, full[-1]):
                    target[one] = b if one == a else a
                continue
            diff = [(x, y) for x, y in zip(sa, sb) if x != y]
            if len(sb) == len(sa) and len(diff) == 1 and _respelt(*diff[0]):
                target[b] = a


def _merge_initialled(keys: list[str], target: dict[str, str]) -> None:
    """A foreign name written again with initials is the fuller form: "Wilbur Ross" …
    "Wilbur L.Ross" → Wilbur L.Ross; "bà Méc-ken" … "A.Méc-ken", "Lê-nin" … "V.I. Lê-nin"
    (compared without accents: a transliteration's key keeps them, a Latin name's not)."""
    bare = {}
    for k in keys:
        if "." in k and not all(map(_vietnamese, k.split())):
            words = [w for w in (_INITIALS.sub("", w) for w in k.split()) if w]
            bare.setdefault(fold(" ".join(words)), k)
    for k in keys:
        if "." not in k and fold(k) in bare and target[k] == k:
            target[k] = bare[fold(k)]
    for k in keys:                                 # "Theresa May" … "T.May", "Donald Trump" … "D.Trump",
        m = _INITIALLED.fullmatch(k)               # "Vladimir Semashko" … "V. Semashko": the full form
        if m and target[k] == k:
            letters, rest = re.findall(r"(\w)\.", m.group(1)), fold(m.group(2)).split()
            full = [b for b in keys if "." not in b and _initials_fit(letters, rest, fold(b).split())
                    and not all(map(_vietnamese, b.split()))]     # not a byline "T.Hiếu" beside a "Trần Hiếu"
            if len(full) == 1:
                target[k] = full[0]


_INITIALLED = re.compile(r"((?:\w\.[ \u00a0]?){1,2})(\w[\w-]*(?: \w[\w-]*)?)")


def _initials_fit(letters: list[str], rest: list[str], words: list[str]) -> bool:
    """Whether "T." + "May" abbreviates the words "theresa may" (the given names' first letters)."""
    given = words[:len(words) - len(rest)]
    return words[len(given):] == rest and len(given) == len(letters) and all(
        w[0] == fold(a) for w, a in zip(given, letters))


_INITIALS = re.compile(r"^(?:\w\.)+")


def _respelt(x: str, y: str) -> bool:
    """Two spellings of one foreign word (not two Vietnamese syllables)."""
    return x != y and min(len(x), len(y)) >= 5 and x[0] == y[0] and _edits(x, y) <= 2 \
        and not (_vietnamese(x) and _vietnamese(y))


def _merge_cut_short(keys: list[str], target: dict[str, str]) -> None:
    """A two-syllable Vietnamese name cut at its end ("đồng chí Phan Văn" … "Phan Văn
    Trường") is the one longer name it opens; two longer ones: left alone, and a pen name
    (no surname) only joins a three-syllable name ("Ảnh: Hồng Vĩnh" stays beside a run-on
    "Hồng Vĩnh Nguyên Khánh")."""
    for a in keys:
        sa = a.split()
        if len(sa) != 2 or target[a] != a or not all(map(_vietnamese, sa)):
            continue                               # three words: a whole name ("Hồ Duy Diệm" … "Hồ Duy Diệm Năm")
        longer = [b for b in keys if len(b.split()) > len(sa) and b.split()[:len(sa)] == sa]
        if len(longer) == 1 and (sa[0] in _rules()["surnames"] or len(longer[0].split()) == 3):
            target[a] = longer[0]


def _edits(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(s in it for s in short)


def best_positions(found: list[str]) -> list[str]:
    """Distinct positions, the most specific form of each, in order of appearance."""
    keys = [match_key(p) for p in found]
    out, seen = [], set()
    for p, k in zip(found, keys):
        if not p or k in seen:
            continue
        if any(o != k and o.startswith(k + " ") for o in keys):
            continue                               # a longer form was written too
        seen.add(k)
        out.append(p)
    return out


# A Latin name in brackets ("(Jeff Sessions)", "(Emmanuel Macron)"), and the words joined by
# hyphens right before it ("An-tô-ni-ô Gu-tê-rết ", with an initial: "Ê.Ma-crông ").
_LATIN_BRACKETED = re.compile(r"\(([A-Z][a-zà-ÿ]+(?:[ \u00a0.-]+[A-Z][a-zà-ÿ]*){0,4})\)")
_HYPHENED_BEFORE = re.compile(r"(?<![\w.-])((?:(?:[A-ZĐ]\.)?[A-ZĐÀ-Ỹ][^\W\d_]*-[^\W\d_-]+(?:-[^\W\d_-]+)*[ \u00a0]*){1,4})$")


def bracketed_second_forms(text: str, cands: list, accepted: dict[str, str], key) -> None:
    """A transliterated name followed by its Latin form in brackets ("Giép Xét-xừn (Jeff
    Sessions)", "An-tô-ni-ô Gu-tê-rết (Antonio Guterres)") names one person, in the first form
    (as the Guideline lists it): the transliteration counts, the Latin form goes."""
    ends, i = None, text.find("(")
    while i != -1:
        m, i = _LATIN_BRACKETED.match(text, i), text.find("(", i + 1)
        if not m:
            continue
        if ends is None:
            ends = {c.end: c.name for c in cands if key(c.name) in accepted}
        start = m.start()
        while start and text[start - 1] in " \u00a0":
            start -= 1                             # the name ends before the spaces
        name = ends.get(start)
        if name is None and key(m.group(1)) in accepted:   # the Latin form read as a person, the
            h = _HYPHENED_BEFORE.search(text, max(0, start - 80), start)   # hyphened words not:
            name = h and h.group(1).strip()        # those (not "Hon-bắc (Hornbach)", a company)
        if not name or name.isascii() or not any("-" in w for w in name.split()):
            continue
        accepted.pop(key(m.group(1)), None)
        accepted.setdefault(key(name), name)
