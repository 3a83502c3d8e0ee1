"""People named in a Vietnamese article, with the positions (chức vụ) written beside them.

underthesea's NER alone does badly on our texts: on tests/gold it finds under half
of the names and half of what it calls a person is not one (seed 000: "Trưởng Ban";
seed 002: "đồng chí Phan Xuân Thủy" tagged as a place). So names are found by
reading the context a Vietnamese writer gives them:

* a capitalized run of 2-4 syllables (a run may carry a place or body in front:
  "Hà Nội Hoàng Trung Hải", "Bộ Công Thương Trần Tuấn Anh"; the name starts at a
  common surname, data/person_rules.json);
* accepted on strong context: an honorific (đồng chí, ông, bà), a title before it
  ("Trưởng Ban Tuyên giáo Tỉnh ủy Lê Đức Dục"), an apposition after it
  ("Lê Đức Dục - Ủy viên Ban Thường vụ Tỉnh ủy"), a rank or profession, a mention
  ("tư tưởng Hồ Chí Minh"), a byline or photo credit;
* rejected after place and body words ("Thành phố Hồ Chí Minh", "đường Võ Văn Kiệt");
* otherwise kept when it is a 3-4 syllable Vietnamese name; a two-syllable one
  with no context is kept only when underthesea's NER tags exactly that span PER.
  NER runs on those sentences alone (a few per hundred documents), so extraction
  costs well under a word segmentation of the same text.

Positions are kept as written, without the honorific, the most specific form
per person: "Trưởng Ban Tuyên giáo Tỉnh ủy" is dropped when the same document also
says "Trưởng Ban Tuyên giáo Tỉnh ủy Lai Châu". Names are merged within a document
by match_key (Thủy/Thuỷ, upper case) and by shorter forms of a longer name
("Thái Nhuận" → "Thái Hữu Nhuận", "Đức Duy" → "Đỗ Đức Duy").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from archive.resources import load_json
from archive.vntext import match_key, nfc
from indexer import person_cues as cues


@dataclass
class Person:
    name: str
    positions: list[str] = field(default_factory=list)


# --- rule tables -------------------------------------------------------------

@lru_cache(maxsize=None)
def _rules() -> dict:
    raw = load_json("person_rules.json")
    places = load_json("places_vi.json")
    place_keys = {match_key(p) for k, v in places.items() if not k.startswith("_") for p in v}
    return {
        "surnames": {match_key(s) for s in raw["surnames"]},
        "honorific": _ends_re(raw["honorifics"]),
        "profession": _ends_re(raw["professions"] + raw["ranks"], colon=True),
        "rank_start": re.compile("|".join(re.escape(match_key(x)) + r"(?!\w)" for x in raw["ranks"])),
        "negative": _ends_re(raw["negative_before"]),
        "negative_hard": _ends_re(raw["negative_before_hard"]),
        "positive": _ends_re(raw["positive_before"]),
        "title_end": _ends_re(raw["title_heads"], colon=True),
        "heads": sorted({match_key(h) for h in raw["title_heads"]}, key=len, reverse=True),
        "modifiers": {match_key(m) for m in raw["position_modifiers"]},
        "low_ok": {w for p in raw["position_lowercase_ok"] for w in match_key(p).split()},
        "end_ok": {w for p in raw["position_end_ok"] for w in match_key(p).split()} | {"ủy", "uỷ", "viên"},
        "stop": {match_key(w) for w in raw["position_stop_words"]},
        "not_names": {match_key(w) for w in raw["not_names"]},
        "starters": {match_key(w) for w in raw["sentence_starters"]},
        "places": place_keys,
        "countries": {match_key(p) for p in places["countries"]},
        "person_places": {match_key(p) for p in raw["places_named_after_persons"]["names"]},
        "person_places_before": _ends_re(raw["places_named_after_persons"]["before"]),
        "press": {match_key(p) for p in raw["press_names"]},
        "can": {match_key(w) for w in raw["year_names"]["can"]},
        "chi": {match_key(w) for w in raw["year_names"]["chi"]},
    }


def _ends_re(phrases: list[str], colon: bool = False) -> re.Pattern:
    """Matches text that ends with one of phrases (whole words, any case)."""
    alts = "|".join(re.escape(match_key(p)) for p in sorted(set(phrases), key=len, reverse=True))
    tail = r"\s*:?\s*$" if colon else r"\s*$"
    return re.compile(rf"(?:^|[^\w])(?:{alts}){tail}")


def _ends_with(pattern: re.Pattern, left: str) -> bool:
    return bool(pattern.search(match_key(left[-60:])))


# --- tokens and capitalized runs -------------------------------------------

# Letters, with initials glued in front and hyphenated parts (S.A-bê, Jean-Pierre,
# Vo-lạ-chít), or a lone initial inside a name (John F. Kennedy).
_WORD = re.compile(r"(?<![\w.])[A-ZĐ]\.(?=[ \u00a0][A-ZĐ])|" + cues.NAME_WORD)
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+")
_TOKEN = re.compile(r"[\w&]+(?:[./][\w&]+)*|[^\w\s]")


def _is_title(tok: str) -> bool:
    """Capitalized: Hà, F., S.A-bê, Jean-Pierre, Vo-lạ-chít (later parts either case)."""
    if "-" not in tok and "." not in tok:
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


def _words(text: str):
    """(start, end, word); a hyphen between two Vietnamese syllables, the second
    capitalized and with a diacritic, joins two words ("Trang-Trưởng ban"), not
    the parts of one name (Chang-Hee, Jean-Pierre)."""
    for m in _WORD.finditer(text):
        tok, a = m.group(), m.start()
        if "-" not in tok:
            yield a, m.end(), tok
            continue
        parts = tok.split("-")
        i = 0
        for k in range(1, len(parts)):
            if _cap(parts[k]) and not parts[k].isascii() and _vietnamese(parts[k]) \
                    and _vietnamese(_INITIALS.sub("", parts[k - 1])):
                cut = a + len("-".join(parts[:k]))
                yield a + i, cut, text[a + i:cut]
                i = cut + 1 - a
        yield a + i, m.end(), text[a + i:m.end()]


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of capitalized words separated by one space."""
    runs, cur = [], []
    for start, end, tok in _words(text):
        if not (_is_title(tok) or _is_caps(tok)):
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

    @property
    def left_end(self) -> int:
        """Where the words before the candidate end (before a place written in front)."""
        return self.lead if self.lead >= 0 else self.start

    @property
    def name(self) -> str:
        return " ".join(t.capitalize() if self.caps else t for t in self.toks)


def _strip_places(toks: list, i: int) -> int:
    """Skip places written in front of a name (Hà Nội Hoàng Trung Hải)."""
    r = _rules()
    moved = True
    while moved:
        moved = False
        for k in (4, 3, 2, 1):
            if len(toks) - i - k >= 2 and match_key(" ".join(t[2] for t in toks[i:i + k])) in r["places"]:
                i += k
                moved = True
                break
    return i


_BODY_HEADS = {"đài", "báo", "cổng", "bộ", "sở", "ban", "ủy", "uỷ", "ubnd", "hđnd", "tỉnh", "huyện",
               "trường", "viện", "cục", "tổng", "hội", "đảng"}


_CAP_HONORIFICS = {"ông", "bà", "ngài", "cụ", "chị", "bác", "chú", "thầy", "em", "cố"}


def _split_run(run: list, text: str) -> list[_Cand]:
    """The name candidates inside one capitalized run."""
    r = _rules()
    caps_run = all(_is_caps(t[2]) or len(t[2]) == 1 for t in run)
    i = 0
    if not caps_run:                               # UBND, TP, VOV, NSƯT in front
        while i < len(run) and _is_caps(run[i][2]) and len(run[i][2]) > 1 and len(run) - i > 1:
            i += 1
    toks = run[i:]
    if re.match(r"(?:TP|[HPQXT])\.\w", toks[0][2]):
        return []                                  # H.Phong Điền, P.Bến Nghé: huyện, phường …
    while len(toks) > 2 and _is_caps(toks[-1][2]) and not _is_caps(toks[-2][2]):
        toks = toks[:-1]                           # "Nguyễn Thiện Tống PGS-TS"
    last = toks[-1][2]
    if (len(last) == 1 or len(last) == 2 and not _vietnamese(last)) \
            and re.match(r"\.(?!\w)", text[toks[-1][1]:toks[-1][1] + 2]):
        return []                                  # cut to an initial for privacy: Võ Thị H.
    while len(toks) > 1 and match_key(toks[0][2]) in _CAP_HONORIFICS | r["starters"]:
        toks = toks[1:]                            # Ngài Heng Samrin, "Tại Đức, …"
    while len(toks) > 1 and match_key(toks[-1][2]) in r["starters"] \
            and match_key(toks[-2][2]) not in ("văn", "thị"):   # Lê Văn Sáng is no "Lê Văn"
        toks = toks[:-1]                           # caption glued to the next sentence
    for k in range(1, len(toks)):
        head_end = _head_at(text, toks[k][0])
        if head_end is not None and head_end > toks[k][1]:
            toks = toks[:k]                        # "… William Nữ hoàng lái …"
            break
    if len(toks) < 2:
        return []
    j0 = _strip_places(toks, 0)
    keys = [match_key(t[2]) for t in toks]
    for j in range(j0, len(toks) - 1):
        if keys[j] not in r["surnames"] and not (keys[j + 1] == "thị" and len(toks) - j >= 3):
            continue
        k = next((k for k in range(j + 2, len(toks) - 1) if keys[k] in _BODY_HEADS), len(toks))
        while k - j > 4 and keys[k - 1] in _BODY_HEADS or k - j > 3 and len(keys[k - 1]) == 1:
            k -= 1                                 # a stray word glued after the name: "… Trang Ê Ban"
        if k - j <= 4:                             # "… Nguyễn Thế Kỷ Đài Tiếng nói …" ends at Đài
            out = [_Cand(toks[j][0], toks[k - 1][1], [t[2] for t in toks[j:k]], True, caps_run, j0 > 0,
                         toks[0][0] if j0 > 0 and j == j0 else -1)]
            if j >= 2:                             # the front part may be a name of its own
                out = _split_run(toks[:j], text) + out
            return out
    rest = toks[j0:]
    if 2 <= len(rest) <= 4:
        return [_Cand(rest[0][0], rest[-1][1], [t[2] for t in rest], False, caps_run, j0 > 0,
                      toks[0][0] if j0 > 0 else -1)]
    return []


# --- positions ----------------------------------------------------------------

def _head_at(text: str, i: int, modified: bool = False) -> int | None:
    """End of a title head (with an optional modifier) starting at text[i], else None.

    A head is capitalized (Phó Thủ tướng, Chủ tịch) unless a modifier comes first
    (nguyên bộ trưởng): "phó thủ tướng thường trực" must not make "thường trực" a head.
    """
    r = _rules()
    low = match_key(text[i:i + 60])
    for mod in r["modifiers"]:
        if low.startswith(mod + " "):
            return _head_at(text, i + len(mod) + 1, modified=True)
    if i >= len(text) or not (text[i].isupper() or modified):
        return None
    for h in r["heads"]:
        if low.startswith(h) and (len(low) == len(h) or not low[len(h)].isalnum()):
            return i + len(h)
    return None


def _scan_position(text: str, start: int, limit: int | None = None,
                   name_starts: frozenset = frozenset()) -> tuple[int, bool]:
    """End of the position phrase whose head ends at start, and whether a name stopped it.

    A position runs on over capitalized words and short lowercase stretches that
    lead to another capitalized word (Ban Tuyên giáo Tỉnh ủy, Bộ Văn hóa - Thể thao);
    it ends at punctuation, a verb or a long lowercase stretch.
    """
    r = _rules()
    end, pending, by_name, punct, compound = start, [], False, False, False
    stop_at = limit if limit is not None else min(len(text), start + 200)

    def stretch_ok() -> bool:
        return _stretch_ok(pending[1:] if compound else pending)

    for m in _TOKEN.finditer(text, start, stop_at):
        tok = m.group()
        if m.start() in name_starts:
            by_name = True
            break
        if not tok[0].isalnum():
            nxt = text[m.end():m.end() + 2].strip()
            if tok in "-–&" and nxt[:1].isupper() and _head_at(text, m.end() + 1) is None \
                    and (not pending or stretch_ok()):
                pending = []
                continue                           # Bộ Văn hóa - Thể thao – Du lịch
            punct = True
            break
        if tok[0].isdigit():
            if pending or end != m.start() - 1:
                break
            end = m.end()
            continue
        if tok[0].isupper():
            if pending and not stretch_ok():
                break
            if pending and match_key(pending[-1].group()) == "và" and _starts_title(text, m.start()):
                break                              # "… Phú Xuyên và Đại tá Nguyễn Đình Chiến"
            pending = []
            end = m.end()
            continue
        if not pending:                            # second syllable of "Bảo tồn", "Quốc hội"?
            compound = text[end:m.start()] == " " and end > start \
                and match_key(tok) not in r["stop"] | _SPEECH | _TAIL_STOP
        pending.append(m)
        if len(pending) > 3:
            break
    else:
        keys = [match_key(mt.group()) for mt in pending]
        if limit is not None and (not pending or all(k in r["end_ok"] for k in keys)
                                  or compound and len(pending) == 1):
            return limit, False                    # "Chủ tịch UBND tỉnh Lê Văn A", "… Chính phủ X"
        punct = limit is None and stop_at == len(text)
    keys = [match_key(mt.group()) for mt in pending]
    if compound and (punct and len(pending) == 1 or len(pending) > 1 and keys[1] in _TAIL_STOP | r["stop"]):
        end, pending, keys = pending[0].end(), pending[1:], keys[1:]   # "… Quốc hội;", "… Tin học cho"
    for mt, k in zip(pending, keys):               # "Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy"
        if k in r["end_ok"] and text[end:mt.start()].strip() == "":
            end = mt.end()
        else:
            break
    return end, by_name


_TAIL_STOP = {"của", "tại", "và", "ở", "thuộc"}
_SPEECH = {"nói", "hỏi", "kể", "viết", "đáp", "cười", "khóc"}


def _starts_title(text: str, i: int) -> bool:
    return _head_at(text, i) is not None or bool(_rules()["rank_start"].match(match_key(text[i:i + 30])))


def _stretch_ok(words: list) -> bool:
    """Lowercase words inside a position, followed by a capitalized word."""
    r = _rules()
    keys = [match_key(m.group()) for m in words]
    if all(k in r["low_ok"] for k in keys):
        return True
    if len(keys) > 2:
        return False
    phrase = " ".join(keys)
    return not any(k in r["stop"] for k in keys) and phrase not in r["stop"]


_APPOSITION = re.compile(r"[ \u00a0]*[-–—,(][ \u00a0]*")


def _positions_after(text: str, cand: _Cand, name_starts: frozenset) -> list[str]:
    """Apposition: "Lê Đức Dục - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban …"."""
    out, pos, first = [], cand.end, True
    while True:
        m = _APPOSITION.match(text, pos)
        if not m:
            break
        sep = m.group().strip()
        if not first and sep != ",":
            break
        head_end = _head_at(text, m.end())
        if head_end is None:
            break
        end, by_name = _scan_position(text, head_end, name_starts=name_starts)
        if by_name:                                # belongs to the next person
            return out[:1] if len(out) > 1 else out
        out.append(_clean(text[m.end():end]))
        pos, first = end, False
    return out


def _positions_before(text: str, cand: _Cand, name_starts: frozenset,
                      name_ends: frozenset) -> list[str]:
    """A title written before the name: "Trưởng Ban Tuyên giáo Tỉnh ủy Lê Đức Dục"."""
    left_start = max(0, cand.start - 250)
    seg = text[left_start:cand.start]
    cut = max(seg.rfind(c) for c in ".;:!?\n(“\"")
    seg_start = left_start + cut + 1
    parts = [m for m in re.finditer(r"[^,]+", text[seg_start:cand.start])]
    if not parts:
        return []
    out = []
    last = parts[-1]
    best = _leftmost_position(text, seg_start + last.start(), cand.start, name_starts)
    if best is None:
        return []
    out.append(_clean(text[best:cand.start]))
    chain = []
    for pm in reversed(parts[:-1]):
        i0 = seg_start + pm.start()
        j = seg_start + pm.start() + len(pm.group().rstrip())
        head = _leftmost_position(text, i0, j, name_starts)
        last = text[i0:j].split()[-1] if text[i0:j].split() else ""
        if head is not None and _is_title(last) and not _vietnamese(last):
            break                                  # "Thủ tướng Anh May, …": another person's title
            if j in name_ends:
                chain = []                         # they were that person's titles
            break
        chain.append(_clean(text[head:j]))
        if text[i0:head].strip():
            break                                  # "Dự buổi lễ có Ủy viên Bộ Chính trị, …"
    return list(reversed(chain)) + out


def _leftmost_position(text: str, a: int, b: int, name_starts: frozenset = frozenset()) -> int | None:
    """Start of the longest position phrase in text[a:b] that runs exactly to b."""
    for tm in re.finditer(r"\S+", text[a:b]):
        i = a + tm.start()
        head_end = _head_at(text, i)
        if head_end is None or head_end > b:
            continue
        end, by_name = _scan_position(text, head_end, limit=b, name_starts=name_starts)
        if end >= b and not by_name:
            return i
    return None


def _clean(pos: str) -> str:
    return re.sub(r"\s+", " ", pos).strip(" ,-–(")


# --- bylines and credits ----------------------------------------------------

_CREDIT = re.compile(r"(?:\(|\b)[Ảả]nh\s*:?\s*(?:[A-ZĐ]{2,}[\w.]*\s*/\s*)?(?=[^\W\d_])")
_AUTHOR = re.compile(r"(?:Tác giả|Bài và ảnh|Bài, ảnh|Bài/ảnh|Người viết|Thực hiện)\s*:\s*", re.I)
_TAIL_SRC = re.compile(r"\s*(?:\([^()]{1,25}\)|/\s*(?=[^\W\d_])(?:(?!\.\s)[^/\n]){1,30})?\s*[-–]?\s*$")


def _name_at(text: str, i: int, max_words: int = 4) -> tuple[int, int, list[str]] | None:
    """A 2-4 word name starting at text[i] (bylines and credits: pen names allowed)."""
    r = _rules()
    m = re.compile(r"[^\W\d_]+(?:[ \u00a0][^\W\d_]+){0,4}").match(text, i)
    if not m:
        return None
    words = []
    for w in m.group().split():
        if not (_is_title(w) or _is_caps(w)) or (words and match_key(w) in r["starters"]):
            break
        if len(words) >= 2 and _head_at(text, i + len(" ".join(words)) + 1) is not None:
            break                                  # "Ảnh VGP/Quang Hiếu Đại sứ …": the next sentence
        if words and _is_caps(w) != _is_caps(words[0]) and len(w) > 1:
            break                                  # "TÁ LÂM Hai vợ chồng"
        words.append(w)
    end = i + len(" ".join(words))
    if re.match(r"[ \u00a0]+[^\W\d_]", text[end:end + 3]) and text[end + 1:end + 2].islower():
        return None                                # "Ảnh: Zing Trên cơ sở": a sentence, not a name
    return _pen_name(words, i) if len(words) <= max_words else None


def _pen_name(words: list[str], start: int) -> tuple[int, int, list[str]] | None:
    r = _rules()
    if not 2 <= len(words) <= 4:
        return None
    if len({_is_caps(w) for w in words if len(w) > 1}) > 1:
        return None                                # "TTXVN Ngày", "CNN Theo"
    keys = [match_key(w) for w in words]
    if keys[0] in r["not_names"] or " ".join(keys) in r["places"] or " ".join(keys) in r["press"]:
        return None
    if any(k in _ORG_TOKENS or k in r["starters"] for k in keys[1:]):
        return None
    return start, start + len(" ".join(words)), words


def _bylines(text: str) -> list[_Cand]:
    out = []
    for rx, most in ((_AUTHOR, 4), (_CREDIT, 3)):
        for m in rx.finditer(text):
            hit = _name_at(text, cues.skip_website(text, m.end()), most)
            if hit:
                out.append(_cand(hit))
    out.extend(_tail_bylines(text))
    return out


_TAIL_WORDS = re.compile(r"((?:[^\W\d_]+[ \u00a0]){0,4}[^\W\d_]+)[ \u00a0]*$")
_TAIL_LEAD = re.compile(r"(?:\(\s*[Tt]ổng hợp\s*\)|\b[Tt]heo)\s*$")


def _tail_words(text: str, start: int, end: int):
    """_TAIL_WORDS searched in text[start:end], near the end first: the regex is
    anchored at the end, and tried from every start of a long last line it was the
    slowest step of extraction. A match is a suffix of letters and spaces, so an
    earlier one would also have matched inside the window, at its edge: only a
    match starting there may be cut, and then the whole span is searched."""
    window = max(start, end - 240)
    m = _TAIL_WORDS.search(text, window, end)
    if m is not None and window > start and m.start() <= window + 1:
        m = _TAIL_WORDS.search(text, start, end)
    return m


def _tail_bylines(text: str) -> list[_Cand]:
    """Pen names after the last sentence: "… đầu mối. Bích Thảo", "Tuấn Xuân/VOV"."""
    body = text.rstrip()
    line_start = body.rfind("\n") + 1
    line = body[line_start:]
    m = _TAIL_SRC.search(line)
    pos = line_start + (m.start() if m else len(line))
    initials = cues.initial_byline(text[line_start:pos])
    if initials:                                   # "… đầu mối. Đ.T.Hà"
        a, b = line_start + initials[0], line_start + initials[1]
        return [_Cand(a, b, [text[a:b]], False, False)]
    found = []
    while True:
        mm = _tail_words(text, line_start, pos)
        if not mm:
            return []
        words = mm.group(1).split()
        k = len(words)                             # the capitalized end of the words
        while k > 0 and (_is_title(words[k - 1]) or _is_caps(words[k - 1])):
            k -= 1
        lead = " ".join(words[:k])
        name = words[k:]
        while len(name) > 2 and _is_caps(name[0]) and not _is_caps(name[-1]):
            name = name[1:]                        # "… Vũ Dũng/VOV Vũ Dũng/VOV": a repeated byline
            lead = "theo"
        while name and match_key(name[0]) == "theo":
            name, lead = name[1:], "theo"          # "Theo Lê Việt - Quỳnh Nga/Tiền phong" …
            if name and match_key(name[0]) not in _rules()["surnames"]:
                return []                          # … but "Theo Trí Thức Trẻ" names a newspaper
        if lead and lead.lower() != "theo":
            return []
        start = mm.end(1) - len(" ".join(name))
        hit = _pen_name(name, start)
        if not hit:
            return []
        found.append(_cand(hit))
        before = _TAIL_LEAD.sub("", text[line_start:start].rstrip()).rstrip()
        before = re.sub(r"/[A-ZĐ][\w.+-]*$", "/", before)
        if before.endswith(("-", "–", ",")):
            pos = line_start + len(before) - 1
            continue
        if before == "" or before[-1] in ".!?…:”\")/":
            return found
        return []


def _cand(hit) -> _Cand:
    start, end, words = hit
    caps = all(_is_caps(w) or len(w) == 1 for w in words)
    return _Cand(start, end, words, match_key(words[0]) in _rules()["surnames"], caps)


# --- deciding -----------------------------------------------------------------

_ORG_TOKENS = {"ban", "bộ", "sở", "ủy", "uỷ", "tỉnh", "huyện", "đảng", "trưởng", "phó", "chủ",
               "cục", "viện", "tòa", "toà", "ubnd", "hđnd", "tp", "ty"}


def _context(text: str, cand: _Cand, end: int | None = None) -> tuple[str | None, str]:
    """How the words around a candidate decide it: (kind, how).

    kind is "place", "title", "body", "mention" or None. A place word right before
    the name wins over everything (thành phố Hồ Chí Minh, even after "Bí thư Thành
    ủy"); then a title or honorific (Phó Chủ tịch Quốc hội Phùng Quốc Hiển); then a
    body word (Hội …, huyện …); then a profession or a mention (NSƯT …, tư tưởng …).
    """
    r = _rules()
    end = cand.start if end is None else end
    left = text[max(0, end - 80):end]
    if end != cand.start:                          # before a place written in front: no place
        pass                                       # word there names the person's place
    elif re.search(r"\d[ \u00a0]*$", left) or _ends_with(r["negative_hard"], left):
        return "place", "before"                   # also an address: số 69 Phan Đình Phùng
    elif match_key(cand.name) in r["person_places"] and _ends_with(r["person_places_before"], left):
        return "place", "before"                   # TP Hồ Chí Minh, even after "Bí thư Thành ủy"
    elif (not cand.surname or len(cand.toks) == 2) and _ends_with(r["negative"], left):
        return "body", "before"                    # huyện Thanh Bình, báo Đất Việt, quận Hoàng Mai
    if _ends_with(r["honorific"], left):
        return "title", "honorific"
    if _ends_with(r["title_end"], left):
        return "title", "title"
    m = _APPOSITION.match(text, cand.end)
    if m and _head_at(text, m.end()) is not None:
        return "title", "apposition"
    if _positions_before(text, cand, frozenset(), frozenset()):
        return "title", "position"
    if end == cand.start and _ends_with(r["negative"], left):
        return "body", "before"
    if _ends_with(r["profession"], left):
        return "mention", "profession"
    if _ends_with(r["positive"], left):
        return "mention", "positive"
    return None, ""


def _decide(text: str, cand: _Cand) -> bool | None:
    """True/False when the context decides, None when only NER can."""
    if _not_a_name(cand):
        return False
    kind, how = _context(text, cand)
    if kind in ("place", "body", None) and cand.lead >= 0:
        kind, how = _context(text, cand, cand.lead)   # Thủ tướng Nhật Bản Shinzo Abe: "bản" is Japan's
    cand.kind = kind
    if kind in ("place", "body"):
        return False
    if cues.historical(match_key(cand.name)):
        if kind is None and _near_place_word(text, cand):
            cand.kind = "place"
            return False                           # "đường hoa Nguyễn Huệ", "tuyến đường chính như Lê Duẩn"
        return True                                # Nguyễn Du, Trần Phú named bare
    if any(re.fullmatch(r"[A-ZĐ]\.", t) for t in cand.toks[1:-1]) \
            and not (_vietnamese(cand.toks[0]) or _vietnamese(cand.toks[-1])):
        return True                                # John F. Kennedy: a middle initial
    if cand.surname:
        return True if kind else None
    # no surname: a pen name, a foreign name, or a place/body after a title
    if how in ("honorific", "profession", "title", "apposition"):
        return True
    return True if how == "position" and cand.front_place else False


def _near_place_word(text: str, cand: _Cand) -> bool:
    """A place word among the three words before a name: "đường hoa Nguyễn Huệ"."""
    words = match_key(text[max(0, cand.start - 40):cand.start]).split()[-3:]
    hard = _rules()["negative_hard"]
    return any(hard.search(" ".join(words[:i])) for i in range(1, len(words) + 1))


def _not_a_name(cand: _Cand) -> bool:
    r = _rules()
    keys = [match_key(t) for t in cand.toks]
    if " ".join(keys) in r["places"] or " ".join(keys) in r["press"]:
        return True                                # Cù Lao Chàm, PV Tiền Phong
    if cues.historical(" ".join(keys)):
        return False                               # Trường Chinh: no school
    if keys[0] in r["not_names"]:
        return True
    named = keys[:-1] if cand.surname and len(keys) >= 3 else keys
    if any(k in _ORG_TOKENS for k in named):
        return True                                # … but Hà Văn Ty is no company
    if len(keys) >= 3 and " ".join(keys[-2:]) in r["countries"]:
        return True                                # a company: Ánh Dương Việt Nam
    if len(keys) == 2 and min(map(len, keys)) < 2:
        return True                                # "Vàng O": a one-letter syllable needs three
    if len(keys) == 2 and keys[0] in r["can"] and keys[1] in r["chi"]:
        return True                                # a year name: Tết Đinh Dậu
    return any(" ".join(keys[:k]) in r["places"] and len(keys) - k < 2 for k in (1, 2, 3))


def _sentence(text: str, i: int) -> tuple[int, int]:
    a = max(text.rfind(c, 0, i) for c in ".!?;\n") + 1
    ends = [e for e in (text.find(c, i) for c in ".!?;\n") if e != -1]
    b = min(ends) if ends else len(text)
    return max(a, i - 300), min(b, i + 300)


def _ner_label(text: str, cand: _Cand, cache: dict) -> str:
    """PER/LOC/ORG/O for a candidate, from underthesea's NER on its sentence."""
    span = _sentence(text, cand.start)
    if span not in cache:
        from underthesea import ner                # imported here: search never needs it
        ents, cur, kind = [], [], None
        for word, _pos, _chunk, tag in ner(text[span[0]:span[1]]) + [("", "", "", "O")]:
            if tag.startswith("I-") and cur and tag[2:] == kind:
                cur.append(word)
                continue
            if cur:
                ents.append((match_key(" ".join(cur)), kind))
            cur, kind = ([word], tag[2:]) if tag.startswith("B-") else ([], None)
        cache[span] = ents
    key = match_key(cand.name)
    label = "O"
    for ent, kind in cache[span]:
        if ent == key:
            return kind
        if f" {key} " in f" {ent} " or ent.count(" ") and f" {ent} " in f" {key} ":
            label = "part"                         # NER's span and ours disagree: no vote
    return label


def _key(name: str) -> str:
    """Merging form of a name: match_key, a hyphen as a space (Jong-keun = Jong Keun)."""
    return match_key(name).replace("-", " ")


_LIST_SEP = re.compile(r"\s*(?:,|và|-|–)\s*")


def find_persons(text: str, use_ner: bool = False) -> list[Person]:
    """People named in text, in order of first mention, with their positions."""
    text = nfc(text)
    cands = [c for run in _runs(text) for c in _split_run(run, text)]
    bylines = _bylines(text)
    known = {(c.start, c.end) for c in cands}
    cands += [b for b in bylines if (b.start, b.end) not in known]
    forced = {(a, b) for a, b in cues.classic_spans(text) + cues.foreign_single_spans(text)}
    cands += [_Cand(a, b, [text[a:b]], False, False) for a, b in forced]
    honorary = cues.honorary_spans(text)
    cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in honorary)]
    cands.sort(key=lambda c: c.start)
    byline_spans = {(b.start, b.end) for b in bylines} | forced

    accepted: dict[str, str] = {}                  # key -> display name
    pending: list[_Cand] = []
    ner_cache: dict = {}
    prev_ok_end = prev_place_end = -10
    for c in cands:
        key = _key(c.name)
        ok = True if (c.start, c.end) in byline_spans else _decide(text, c)
        chained = prev_place_end >= 0 and _LIST_SEP.fullmatch(text[prev_place_end:c.start])
        if chained and (c.start, c.end) not in byline_spans and c.kind in (None, "place"):
            ok = False                             # "đường Nguyễn Văn Trỗi, Lê Văn Sỹ và …": streets too
        if ok is False and (chained or c.kind == "place"):
            prev_place_end = c.end
        if not ok and re.fullmatch(r"\s*(?:,|và)\s*", text[max(0, prev_ok_end):c.start]) \
                and not _not_a_name(c) and _head_at(text, c.start) is None and _context(text, c)[0] is None:
            ok = True                              # "các ca sĩ: Tân Nhàn, Trọng Tấn", "…: A, B, C"
        if ok:
            accepted.setdefault(key, c.name)
            prev_ok_end = c.end
        elif ok is None and not c.caps and all(_vietnamese(t) for t in c.toks):
            pending.append(c)
    for c in pending:
        key = _key(c.name)
        if key in accepted:
            continue
        if len(c.toks) >= 3 or use_ner and _ner_label(text, c, ner_cache) == "PER":
            accepted.setdefault(key, c.name)

    # the positions next to every mention of an accepted name
    name_starts = frozenset(c.start for c in cands if _key(c.name) in accepted)
    name_ends = frozenset(c.end for c in cands if _key(c.name) in accepted)
    positions: dict[str, list[str]] = {k: [] for k in accepted}
    for c in cands:
        key = _key(c.name)
        if key in accepted and (c.start, c.end) not in byline_spans:
            positions[key] += _positions_before(text, c, name_starts, name_ends)
            positions[key] += _positions_after(text, c, name_starts)
    return _merge(accepted, positions)


def _merge(accepted: dict[str, str], positions: dict[str, list[str]]) -> list[Person]:
    """One person per name: shorter forms of a longer name in the document join it."""
    keys = list(accepted)
    target = {k: k for k in keys}
    for a in keys:
        sa = a.split()
        for b in keys:
            sb = b.split()
            if a == b or len(sa) >= len(sb):
                continue
            if len(sa) == 1 and not _vietnamese(sa[0]) and sa[0] in (sb[0], sb[-1]) \
                    or len(sa) >= 2 and sa == sb[-len(sa):] \
                    or sa[0] == sb[0] and sa[-1] == sb[-1] and _subsequence(sa, sb):
                target[a] = b                      # Macron, Park → Park Geun-hye, Thái Nhuận
    out: dict[str, Person] = {}
    for k in keys:
        t = target[k]
        while target[t] != t:
            t = target[t]
        p = out.setdefault(t, Person(accepted[t]))
        p.positions += positions[k]
    for p in out.values():
        p.positions = _best_positions(p.positions)
    return list(out.values())


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(s in it for s in short)


def _best_positions(found: list[str]) -> list[str]:
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
