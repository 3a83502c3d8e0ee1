"""The words persons.py reads: its rule tables, tokens, capitalized runs, candidates.

Shared by persons.py (deciding), positions.py (titles beside a name) and
bylines.py (pen names and photo credits); rule lists in data/person_rules.json
and data/places_vi.json.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from archive.resources import load_json
from archive.vntext import match_key
from indexer import person_cues as cues


# --- rule tables -------------------------------------------------------------

@lru_cache(maxsize=None)
def _rules() -> dict:
    raw = load_json("person_rules.json")
    places = load_json("places_vi.json")
    place_keys = {match_key(p) for k, v in places.items() if not k.startswith("_") for p in v}
    return {
        "surnames": {match_key(s) for s in raw["surnames"]},
        "honorific": _ends_re(raw["honorifics"]),
        "profession": _ends_re(_si_sy(raw["professions"] + raw["ranks"]), colon=True),
        "rank_start": re.compile("|".join(re.escape(match_key(x)) + r"(?!\w)" for x in raw["ranks"])),
        "negative": _ends_re(raw["negative_before"]),
        "negative_hard": _ends_re(raw["negative_before_hard"]),
        "negative_hard_compounds": _ends_re(raw["negative_before_hard_compounds"]),
        "place_heads": _ends_re(raw["place_heads"]),
        "positive": _ends_re(raw["positive_before"]),
        # "ca sĩ người Mỹ Ariana Grande": a nationality introduces a foreign person too
        "foreign_cue": _ends_re(raw["foreign_cue_before"] + ["người " + c for c in places["countries"]]),
        "title_end": _ends_re(raw["title_heads"], colon=True),
        "heads": sorted({match_key(h) for h in raw["title_heads"]}, key=len, reverse=True),
        "modifiers": {match_key(m) for m in raw["position_modifiers"]},
        "low_ok": {w for p in raw["position_lowercase_ok"] for w in match_key(p).split()},
        "end_ok": {w for p in raw["position_end_ok"] for w in match_key(p).split()} | {"ủy", "uỷ", "viên"},
        "stop": {match_key(w) for w in raw["position_stop_words"]},
        "not_names": {match_key(w) for w in raw["not_names"]},
        "foreign_not_person": {match_key(w) for w in raw["foreign_not_person"]},
        "pen_name_first_ok": {match_key(w) for w in raw["pen_name_first_ok"]},
        "starters": {match_key(w) for w in raw["sentence_starters"]},
        "places": place_keys,
        "countries": {match_key(p) for p in places["countries"]},
        "person_places": {match_key(p) for p in raw["places_named_after_persons"]["names"]},
        "person_places_before": _ends_re(raw["places_named_after_persons"]["before"]),
        "press": {match_key(p) for p in raw["press_names"]},
        "can": {match_key(w) for w in raw["year_names"]["can"]},
        "chi": {match_key(w) for w in raw["year_names"]["chi"]},
    }


# match_key of one word or name: the same few thousand recur in every article
token_key = lru_cache(maxsize=1 << 16)(match_key)


_LONGEST: dict[re.Pattern, int] = {}              # pattern -> its longest phrase


def _si_sy(words: list[str]) -> list[str]:
    """Each word with "sĩ" also spelt "sỹ" and back: both are written (tiến sỹ Detlef Pries)."""
    return sorted(set(words) | {w.replace("sĩ", "sỹ") for w in words} | {w.replace("sỹ", "sĩ") for w in words})


def _ends_re(phrases: list[str], colon: bool = False) -> re.Pattern:
    """Matches text that ends with one of phrases (whole words, any case)."""
    keys = sorted({match_key(p) for p in phrases}, key=len, reverse=True)
    tail = r"\s*:?\s*$" if colon else r"\s*$"
    pattern = re.compile(rf"(?:^|[^\w])(?:{'|'.join(map(re.escape, keys))}){tail}")
    _LONGEST[pattern] = len(keys[0]) if keys else 0
    return pattern


def _ends_with(pattern: re.Pattern, left: str) -> bool:
    """Whether left ends with one of pattern's phrases; the search starts where the
    longest phrase could start (a match must reach the end), not at every character."""
    s = token_key(left[-60:])
    start = len(s.rstrip(" \t\n\u00a0:")) - _LONGEST.get(pattern, 60) - 1
    return bool(pattern.search(s, max(0, start)))


def _hard_before(left: str) -> bool:
    """A hard place or body word ends left, not a word that only ends like one (nông thôn, yêu cầu)."""
    r = _rules()
    return _ends_with(r["negative_hard"], left) and not _ends_with(r["negative_hard_compounds"], left)


# --- tokens and capitalized runs -------------------------------------------

# Letters, with initials glued in front and hyphenated parts (S.A-bê, Jean-Pierre,
# Vo-lạ-chít), or a lone initial inside a name (John F. Kennedy).
_WORD = re.compile(r"(?<![\w.])[A-ZĐ]\.(?=[ \u00a0][A-ZĐ])|" + cues.NAME_WORD)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+")
_TOKEN = re.compile(r"[\w&]+(?:[./][\w&]+)*|[^\w\s]")


# An abbreviated syllable glued to the next word ("Tr.Hoàng", "Ng.Hà"): that word ends
# a byline of its own; not "Tp." (a city).
_GLUED_INITIAL = re.compile(r"(?<![^\W\d_])(?!Tp)[A-ZĐ][a-zđ]?\.$")


_PREFIXED = re.compile(r"^[A-ZĐ]['’](?=[A-ZĐ])|^(?:Mc|Mac|De|Di|Le|La)(?=[A-Z][a-z])")
_PREFIX_STARTS = frozenset({"Mc", "Ma", "De", "Di", "Le", "La"})


def _is_title(tok: str) -> bool:
    """Capitalized: Hà, F., S.A-bê, Jean-Pierre, Vo-lạ-chít (later parts either case)."""
    if "-" not in tok and "." not in tok:
        if tok[1:2] in ("'", "’") or tok[:2] in _PREFIX_STARTS:   # the regex only where it may match
            tok = _PREFIXED.sub("", tok)           # H'Kem, DeVos
        return tok[0].isupper() and (len(tok) == 1 or tok[1:].islower())
    if re.fullmatch(r"[A-ZĐ]\.", tok):
        return True
    first, *rest = (_INITIALS.sub("", tok) or tok).split("-")
    return _cap(first) and all(p.islower() or _cap(p) for p in rest)


def _cap(part: str) -> bool:
    return part[:1].isupper() and (len(part) == 1 or part[1:].islower())


def _is_caps(tok: str) -> bool:
    return len(tok) > 1 and tok.isupper()


def _vietnamese(tok: str) -> bool:
    """A plausible Vietnamese syllable (keeps "Mai Linh Car" from passing as a name)."""
    return cues.vietnamese_syllable(tok)


def _words(text: str, start: int = 0, end: int | None = None):
    """(start, end, word) of the words starting in text[start:end]; a hyphen between
    two Vietnamese syllables, the second capitalized and with a diacritic, joins two
    words ("Trang-Trưởng ban"), not the parts of one name (Chang-Hee, Jean-Pierre); so does
    one before an acronym ("Nguyễn Hữu Thọ-TUV", "Trịnh Duy Hưng-TTXVN")."""
    for m in _WORD.finditer(text, start):
        if end is not None and m.start() >= end:
            return                                 # searched without endpos: "F." looks past it
        tok, a = m.group(), m.start()
        if "-" not in tok:
            yield a, m.end(), tok
            continue
        parts = tok.split("-")
        i = 0
        for k in range(1, len(parts)):
            if (_cap(parts[k]) and not parts[k].isascii() and _vietnamese(parts[k])
                    or _is_caps(parts[k]) and _cap(parts[k - 1])) \
                    and _vietnamese(_INITIALS.sub("", parts[k - 1])):   # "Thọ-TUV": an acronym glued
                cut = a + len("-".join(parts[:k]))
                yield a + i, cut, text[a + i:cut]
                i = cut + 1 - a
        yield a + i, m.end(), text[a + i:m.end()]


# A whitespace-delimited chunk holding an upper-case letter: the only chunks whose
# words may join a run (a run word has a capital, "x.Lan" too). The chunks skipped
# leave more than one space between two run words, which ends a run anyway: the same
# runs as from every word, in about half the time.
_UPPER = "".join(sorted({c for c in map(chr, range(0x10000)) if c.isupper()}))
_RUN_CHUNK = re.compile(rf"(?<!\S)\S*?[{re.escape(_UPPER)}]\S*")


def _run_words(text: str):
    for chunk in _RUN_CHUNK.finditer(text):
        yield from _words(text, chunk.start(), chunk.end())


_ARABIC_ARTICLE = re.compile(r"(?:al|el)-[A-Z][a-z]+")


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalized words separated by one space."""
    runs, cur = [], []
    for start, end, tok in _run_words(text):
        if (not tok[0].isupper() and "." not in tok or not (_is_title(tok) or _is_caps(tok))) \
                and not (cur and tok[2:3] == "-" and _ARABIC_ARTICLE.fullmatch(tok)):   # "Bashar al-Assad", "… el-Sisi"
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


@dataclass
class _Cand:
    start: int
    end: int
    toks: list[str]
    surname: bool
    caps: bool
    front_place: bool = False                      # a place was written in front (Mỹ Donald Trump)
    lead: int = -1                                 # where that place starts
    kind: str | None = None                        # what _context made of it, once asked
    how: str = ""                                  # and by which words (honorific, apposition …)
    foreign: bool = False                          # shaped like a foreign person named bare (Bill Gates)

    @property
    def left_end(self) -> int:
        """Where the words before the candidate end (before a place written in front)."""
        return self.lead if self.lead >= 0 else self.start

    @cached_property                                # asked for in every loop over candidates
    def name(self) -> str:
        return " ".join(".".join(p.capitalize() for p in t.split(".")) if self.caps else t   # NG.ĐOAN → Ng.Đoan
                        for t in self.toks)


_BODY_HEADS = {"đài", "báo", "cổng", "bộ", "sở", "ban", "ủy", "uỷ", "ubnd", "hđnd", "tỉnh", "huyện",
               "trường", "viện", "cục", "tổng", "hội", "đảng"}


_CAP_HONORIFICS = {"ông", "bà", "ngài", "cụ", "chị", "bác", "chú", "thầy", "em", "cố", "cựu", "samdech", "techo", "xăm-đéc", "tê-chô"}


_ORG_TOKENS = {"ban", "bộ", "sở", "ủy", "uỷ", "tỉnh", "huyện", "đảng", "trưởng", "phó", "chủ",
               "cục", "viện", "tòa", "toà", "ubnd", "hđnd", "tp", "ty", "cty"}   # Cty: "Giám đốc Cty CP Môi trường …"


# A page's text hard-wrapped inside a name: "Thủ tướng Phạm Minh\nChính tham dự", "đ/c Phạm\nMinh Đức –".
_WRAP_BEFORE = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*[ \u00a0])?[A-ZĐÀ-Ỹ][^\W\d_]*$")
_WRAP_AFTER = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*[ \u00a0,.;:–-]")
_WRAPPED_LINE = 45                 # characters: a shorter line is no hard-wrapped one


def _join_wrapped_names(text: str) -> str:
    """text with a line break inside a surname-led name of one or two words so far, after
    an honorific or a title, on a long line, made a space (the same length: offsets hold).
    Only the line breaks are visited (a regex over the whole text cost 0.25 ms/doc)."""
    r, cuts = _rules(), []
    i = text.find("\n")
    while i != -1:
        line_start = text.rfind("\n", 0, i) + 1
        if i - line_start >= _WRAPPED_LINE and text[i - 1:i].isalpha() and text[i + 1:i + 2].isupper():
            m = _WRAP_BEFORE.search(text, i - 30, i)
            if m and _WRAP_AFTER.match(text, i + 1):
                words, left = m.group().split(), text[max(0, m.start() - 40):m.start()]
                if token_key(words[0]) in r["surnames"] and not _is_caps(words[-1]) \
                        and (_ends_with(r["honorific"], left) or _ends_with(r["title_end"], left)):
                    cuts.append(i)
        i = text.find("\n", i + 1)
    for i in cuts:
        text = text[:i] + " " + text[i + 1:]
    return text
