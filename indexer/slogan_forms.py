"""Which form of a slogan is listed: its matching key, the first of two wordings, and a
later form that cuts words to their initials (indexer/slogans.py finds the slogans)."""
from __future__ import annotations

import re

from archive.vntext import folded_key, nfc


def slogan_key(text: str) -> str:
    """Matching form: no diacritics, lower case, punctuation (any dash, commas) as spaces."""
    k = folded_key(nfc(text))
    k = re.sub(r"[^\w]+", " ", k)
    return " ".join(k.split())


def reworded_earlier(text: str, spans: list[tuple[int, int]], found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A slogan quoted earlier with one linking word changed is the same slogan, listed where and
    as it was first written: Hội nghị … “Đồng hành cùng doanh nghiệp”, later chủ đề “Đồng hành
    với doanh nghiệp” (4-12 words; not two slogans found: “Tuổi trẻ sáng tạo”, “Tuổi trẻ xung kích”)."""
    keys = {slogan_key(t) for _, t in found}
    out = []
    for i, t in found:
        words = slogan_key(t).split()
        first = None
        for s, e in spans if 4 <= len(words) <= 12 else ():
            if s >= i:
                break
            other = slogan_key(text[s:e]).split()
            if len(other) == len(words) and " ".join(other) not in keys:
                diff = [(a, b) for a, b in zip(other, words) if a != b]
                if len(diff) == 1 and set(diff[0]) <= _LINKS:
                    first = (s, text[s:e].strip())
                    break
        out.append(first or (i, t))
    return out


_LINKS = frozenset(slogan_key(w) for w in ("cùng", "với", "và", "của", "cho", "vì", "trong", "tại", "về", "đến", "tới", "để"))


def without_acronyms(found: list) -> list:
    """A slogan written again with words cut to their initials is the same slogan, listed in
    the form first written: “Toàn dân bảo vệ an ninh Tổ quốc” then “Toàn dân bảo vệ ANTQ”; “…
    xây dựng NTM, đô thị văn minh” then “… xây dựng nông thôn mới, …” (found: in order of mention)."""
    if not any(_CAPS.search(s.text) for s in found):
        return found                              # cheap: most lists have no acronym
    words = [s.key.split() for s in found]
    acronyms = [[slogan_key(m.group()) for m in _CAPS.finditer(s.text)] for s in found]
    drop = {j for j in range(len(found)) for i in range(j)
            if any(_expands(words[j], words[i], a) for a in acronyms[j])
            or any(_expands(words[i], words[j], a) for a in acronyms[i])}
    return [s for j, s in enumerate(found) if j not in drop]


_CAPS = re.compile(r"(?<!\w)[A-ZĐ]{2,6}(?!\w)")


def _expands(short: list[str], full: list[str], acronym: str) -> bool:
    """full is short with the acronym's word written out: the same words around it, and the
    words in its place open with its letters (ntm: nông thôn mới)."""
    if acronym not in short:
        return False
    i = short.index(acronym)
    n = len(full) - len(short) + 1
    return n == len(acronym) and full[:i] == short[:i] and full[i + n:] == short[i + 1:] \
        and "".join(w[0] for w in full[i:i + n]) == acronym
