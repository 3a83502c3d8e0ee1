"""Slogans written without quotes (indexer/slogans.py finds the quoted ones): a phrase after
"phương châm … là:", a theme after "chủ đề:" or "Chủ đề thi đua là", a quote's wording after
its colon, a well-known national motto after a cue, and chains of short parallel parts
joined by dashes after the noun they describe (… tinh - giỏi - bản lĩnh)."""
from __future__ import annotations

import re

from archive.vntext import match_key
from indexer.slogan_cues import left_words as _left_words, plain as _plain, qualities as _qualities, \
    rules as _rules


_UNQUOTED = re.compile(r"(?:phương châm|khẩu hiệu|tôn chỉ|châm ngôn)(?:\s+[^\s:“”\"]+){0,6}?\s*"
                       r"(?:đó\s+)?(?:là)?\s*:\s*([^\s“”\"(][^“”\"(.;\n]{2,120}?)\s*(?=[(.;\n]|$)", re.I)


_THEME_COLON = re.compile(r"(?<!\w)chủ đề\s*:\s*([^\W\d][^“”\"«»(.;:!?\n]{4,160}?)"
                          r"\s*(?=[(.;!?\n]|\s(?:nhằm|để)\s|$)", re.I)


def colon_themes(text: str) -> list[tuple[int, str]]:
    """A theme written without quotes after "chủ đề:" up to the sentence's end (or
    "nhằm", "để"): 3-15 words in two or more parts (a dash or a comma), capitalized,
    no digit, with no title cue but a discussion's in the clause before it
    (Diễn đàn thảo luận xoay chủ đề: Khởi nghiệp sáng tạo - hiểu đúng, hành động đúng
    nhằm …) — not an article's or a show's part (bài viết … với chủ đề: …)."""
    r, out = _rules(), []
    if "chủ đề" not in text.lower():             # cheap: most texts have none
        return out
    for m in _THEME_COLON.finditer(text):
        phrase = m.group(1).strip(" ,")
        words = phrase.split()
        if not phrase[:1].isupper() or not 3 <= len(words) <= 15 or re.search(r"\d", phrase) \
                or not re.search(r"\s[-–]\s|,", phrase):
            continue
        left = _left_words(text, m.start() + 1)
        titles = {t.group() for t in r["title"].finditer(left)} - {d.group() for d in r["discussion"].finditer(left)}
        if not titles and not r["talk"].search(left):
            out.append((m.start(1), phrase))
    return out


_HASHTAG = re.compile(r"(?<!\w)(?:[Cc]hủ đề|[Tt]hông điệp|[Cc]hiến dịch|[Kk]hẩu hiệu)(?: là)? "
                      r"((?:[A-ZĐÀ-Ỹ][^\W\d]*(?: [^\W\d]+){0,2} )?#\w{3,})")   # not after a colon: a list of tags


def hashtag_themes(text: str) -> list[tuple[int, str]]:
    """A hashtag theme or campaign written unquoted after its cue, with up to three capitalized
    words before it: chủ đề Thử thách #TuHaoVietNam (not a list of tags: "bộ hashtag của chiến dịch: #…")."""
    if "#" not in text:                           # cheap: most texts have none
        return []
    return [(m.start(1), m.group(1)) for m in _HASHTAG.finditer(text)]


_THEME_IS = re.compile(r"(?<![^\s.])chủ đề thi đua(?: năm \d{4})? là:?\s+([^\W\d][^“”\"«»(.;:!?\n]{10,400}?)\s*(?=[.;!?\n]|$)",
                       re.I)
_WORDING = re.compile(r"[”\"»]\s*:\s*([A-ZĐÀ-Ỹ][^“”\"«»(.;:!?\n]{4,120}?)\s*(?=[.;!?\n]|$)")


_CONGRESS_THEME = re.compile(r"(?<![^\s.])chủ đề (?:của )?đại hội[^:.;\n“”\"]{0,80}:\s*"
                             r"([^\W\d][^“”\"«»(.:!?\n]{10,600}?)\s*(?=[.!?\n]|$)", re.I)


def theme_is(text: str) -> list[tuple[int, str]]:
    """An unquoted theme after "Chủ đề thi đua là …" or "Chủ đề Đại hội: …" (its parts may
    be joined by ";"), to the sentence's end, up to long_congress_words."""
    low = text.lower()
    if "chủ đề thi đua" not in low and "chủ đề đại hội" not in low and "chủ đề của đại hội" not in low:
        return []                                 # cheap: most texts have none
    found = [*_THEME_IS.finditer(text), *_CONGRESS_THEME.finditer(text)]
    return [(m.start(1), m.group(1).strip(" ,")) for m in found
            if len(m.group(1).split()) <= _rules()["long_congress_words"]]


_MESSAGE = re.compile(r"(?<!\w)(?:truyền tải|truyền đi|gửi|gửi đi|gửi gắm|đưa ra|lan tỏa|lan toả) (?:những |các )?"
                      r"thông điệp\s*:\s*([A-ZĐÀ-Ỹ][^“”\"«»(.;:!?\n\d]{10,300}?)\s*(?=[.;!?\n]|$)")


def colon_messages(text: str) -> list[tuple[int, str]]:
    """A message sent unquoted after "truyền tải thông điệp:" (gửi, gửi gắm, lan tỏa …), its first
    sentence of 5-40 words, no digit: Tháng Thanh niên truyền tải thông điệp: Hãy nâng niu, …"""
    if "thông điệp" not in text:                  # cheap: most texts have none
        return []
    return [(m.start(1), m.group(1).strip(" ,")) for m in _MESSAGE.finditer(text)
            if 5 <= len(m.group(1).split()) <= 40]


def colon_wording(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """A slogan quote's wording after a colon, unquoted, as capitalized dash-joined parts:
    nguyên tắc “3 chung”: Chung ngày cao điểm - Chung chỉ tiêu - Chung công trình."""
    out = []
    for _, e in quotes:
        m = _WORDING.match(text, e)
        if m:
            parts = [p.split() for p in re.split(r"\s+[-–]\s+", m.group(1))]
            if 2 <= len(parts) <= 5 and all(1 <= len(p) <= 5 and p[0][:1].isupper() for p in parts) \
                    and _plain(m.group(1)):
                out.append((m.start(1), m.group(1)))
    return out


def known_unquoted(text: str) -> list[tuple[int, str]]:
    """Well-known mottos written without quotes, after a cue a few words before them:
    mục tiêu … dân giàu, nước mạnh, dân chủ, công bằng, văn minh."""
    r, out = _rules(), []
    lower = text.lower()
    if not any(k in lower for k in r["known_unquoted_probe"]):
        return out                                # cheap: match_key of a whole text is not
    low = match_key(text)
    for m in r["known_unquoted"].finditer(low):
        before = low[max(0, m.start() - 60):m.start()].rstrip(" “\"«")   # quoted or not
        before = re.split(r"[.;!?\n“”\"«»]", before)[-1]
        if r["cue_any"].search(before):
            out.append((m.start(), text[m.start():m.end()]))
    return out


_CLAUSE = re.compile(r"[^.,;:!?()\[\]“”\"«»…\n]+")
_DASH = re.compile(r"[ \u00a0]*[-–][ \u00a0]+|[ \u00a0]+[-–][ \u00a0]*")   # spaced on one side at least
# three or more parts of two lower-case words each glued by dashes: a motto written tight
# ("thành phố văn minh-hiện đại-nghĩa tình"), not a transliteration (Mát-xcơ-va) or a compound pair
_GLUED_CHAIN = re.compile(r"(?<![\w-])[^\W\d_A-ZĐ]+ [^\W\d_A-ZĐ]+(?:-[^\W\d_A-ZĐ]+ [^\W\d_A-ZĐ]+){2,}(?![\w-])")
_SPACED = re.compile(r"^(?:[^-–]*[ \u00a0][-–][ \u00a0])+[^-–]*$")          # every dash spaced on both sides


def dash_mottos(text: str) -> list[tuple[int, str]]:
    """Unquoted mottos of 2-6 short parallel parts joined by dashes (spaced on one side at
    least: "xanh- sạch- đẹp"), after the noun they describe: "đội ngũ cán bộ tinh - giỏi -
    bản lĩnh", "đoàn kết - dân chủ - kỷ cương - đổi mới", "xây dựng người Hà Nội thanh lịch
    - văn minh".

    The first part is as long as the second (parts are parallel); the last ends at
    punctuation or at a word that starts the rest of the sentence. Fields and places
    joined by dashes (kinh tế - văn hóa - xã hội, Hà Nội - Hải Phòng) are no mottos, and
    two parts only after a word of building (xây dựng, trở thành …) and the noun: two
    parts alone are mostly compounds (chính trị - xã hội, mẹ chồng - nàng dâu).
    """
    out = []
    for clause in _CLAUSE.finditer(text):
        c = clause.group()
        if "-" in c and _GLUED_CHAIN.search(c):
            c = _GLUED_CHAIN.sub(lambda m: m.group().replace("-", " - "), c)   # văn minh-hiện đại-nghĩa tình
        if not ("- " in c or " -" in c or "– " in c or " –" in c):   # cheap: most clauses have none
            continue
        parts = _DASH.split(c)
        found = _motto(parts) if len(parts) >= 3 else _motto_pair(parts) if len(parts) == 2 else None
        if found and len(parts) >= 3 and not _qualities(found.split(" - ")) \
                and (not _SPACED.search(clause.group()) or found.islower()):
            found = None                           # "áo trắng- quần trắng - tất trắng", "tất- lẽ- dĩ- ngẫu";
            # in lower case spaced evenly too: things, parts, steps (tay - chân - miệng, nông - lâm - thủy sản)
        if found:
            out.append((clause.start() + max(0, c.rfind(found.split(" - ")[0])), found))
    return out


def _motto(parts: list[str]) -> str | None:
    r = _rules()
    middle = [p.split() for p in parts[1:-1]]
    if len(middle) > 4 or not all(1 <= len(m) <= 3 for m in middle):
        return None
    head = parts[0].split()
    first = head[-len(middle[0]):]
    if len(head) < len(first) or len(head) == len(first):
        return None                                # nothing before it: no noun it describes
    tail = _last_part(parts[-1].split(), len(middle[-1]))
    if not tail:
        return None
    chain = [first, *middle, tail]
    if len({match_key(" ".join(p)) for p in chain}) < len(chain) or head[-len(tail):] == tail:
        return None                                # a cycle: biếng ăn - ốm - biếng ăn
    words = [w for p in chain for w in p]
    if any(re.search(r"\d", w) for w in words) or not head[-len(first) - 1].islower() \
            or not (all(w.islower() for w in words) or _titled(chain)):
        return None                                # dates, numbers, names and bodies; Múa lân - sư - rồng
    if sum(match_key(" ".join(p)) in r["motto_not"] for p in chain) >= 2:
        return None
    return " - ".join(" ".join(p) for p in chain)


def _titled(chain: list[list[str]]) -> bool:
    """Each part capitalized, the rest lower case, half of them qualities: Ngày hội Chung cư
    An toàn - Sạch đẹp - Văn minh - Nghĩa tình (not places: Hà Nội - Hải Phòng - Quảng Ninh)."""
    return all(p[0][:1].isupper() and p[0][1:].islower() and all(w.islower() for w in p[1:]) for p in chain) \
        and _qualities([" ".join(p).lower() for p in chain])


def _last_part(tail: list[str], size: int) -> list[str] | None:
    """All of it when short (1-3 words), else its first `size` words (or a quality's) before
    a word that goes on with the sentence (… toàn diện trong …; … văn minh vào năm tới)."""
    if 1 <= len(tail) <= 3:
        return tail
    r = _rules()
    for n in sorted({size, 1, 2, 3}, key=lambda n: n != size):     # its own size, or a quality's
        if len(tail) > n and match_key(tail[n]) in r["motto_end"] \
                and (n == size or match_key(" ".join(tail[:n])) in r["motto_words"]):
            return tail[:n]
    return None


def _motto_pair(parts: list[str]) -> str | None:
    """Two qualities of 2-3 words each, after a building word and the noun they describe."""
    r = _rules()
    low = parts[0].lower()
    if not any(c in low for c in r["pair_cue_words"]):
        return None                                # cheap: most pairs have no building word before them
    head, tail = parts[0].split(), parts[1].split()
    for size in (2, 3):
        last = _last_part(tail, size)
        if last and len(last) == size:
            break
    else:
        return None
    first, before = head[-size:], head[:-size]
    words = first + last
    if len(head) <= size or not all(w.isalpha() and w.islower() for w in words):
        return None
    if not all(match_key(" ".join(p)) in r["motto_words"] for p in (first, last)):
        return None                                # both parts qualities: thanh lịch - văn minh
    near = match_key(" ".join(before[-6:]))
    m = r["pair_cue"].search(near)
    if not m or not 1 <= len(near[m.end():].split()) <= 4:
        return None                                # no building word, or no noun of 1-4 words after it
    return " - ".join((" ".join(first), " ".join(last)))



def cue_colon_mottos(text: str) -> list[tuple[int, str]]:
    """A capitalized phrase of up to 12 words after "phương châm … là:" (or khẩu hiệu, tôn chỉ);
    up to 16 as a chain of dash parts ("Tuổi trẻ Việt Nam Khát vọng – Tiên phong - Đoàn kết - …")."""
    out = []
    for m in _UNQUOTED.finditer(text):
        phrase = m.group(1).strip(" ,")
        words = len([w for w in phrase.split() if w not in "-–"])
        if phrase[:1].isupper() and (words <= 12 or words <= 16 and len(re.findall(r"\s[-–]\s", phrase)) >= 2):
            out.append((m.start(1), phrase))
    return out
