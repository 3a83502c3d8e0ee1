"""Slogans, mottos (phương châm), themes and movement names in Vietnamese text.

A quoted phrase (“…”, "…", «…») is a slogan when the words just before it say
so — phương châm, khẩu hiệu, phong trào, cuộc vận động, chủ đề, hưởng ứng … —
and no nearer word makes it a title ("Kết luận 79-KL/TW về “…”", "bài viết “…”")
or speech ("ông nói: “…”"). Without a cue, or after a weak one ("triển khai",
"hoạt động"), a quote counts only when it has a slogan's shape: short parallel
segments ("Tiên phong - Trọng tâm - Thuyết phục", "Tâm sáng, chí bền") or the
opening of a well-known movement ("Học tập và làm theo …"). A phrase after
"phương châm … là:" counts unquoted too, when it ends clearly at "(", "." or ";",
and so does a two-part theme after "chủ đề:", a national motto after "mục tiêu", and a
chain of short parts joined by dashes after the noun it describes (… tinh - giỏi - bản
lĩnh; two parts only after "xây dựng" and the like, and of qualities: thanh lịch - văn minh).
Not slogans: activities named after "mô hình", a show after "chương trình" (unless
a cause names a campaign: chương trình hiến máu “…”), series titles, scare quotes.
Cue lists: data/slogan_rules.json.

slogan_key() is the matching form: dash variants (and other punctuation), spacing,
case and diacritics ignored, so “Tiên phong – Trọng tâm – thuyết phục” and
"Tien phong-Trong tam-Thuyet phuc" find the same slogan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.resources import load_json
from archive.vntext import folded_key, match_key, nfc


@dataclass
class Slogan:
    text: str
    key: str


def slogan_key(text: str) -> str:
    """Matching form: no diacritics, lower case, punctuation (any dash, commas) as spaces."""
    k = folded_key(nfc(text))
    k = re.sub(r"[^\w]+", " ", k)
    return " ".join(k.split())


@lru_cache(maxsize=None)
def _rules() -> dict:
    raw = load_json("slogan_rules.json")
    weak = {match_key(c) for c in raw["weak_cues"]}
    strong = [c for c in raw["cues"] if match_key(c) not in weak]
    return {
        "strong": _phrase_re(strong),
        "weak": _phrase_re(raw["weak_cues"]),
        "title": _phrase_re(raw["title_cues"]),
        "title_words": {match_key(c) for c in raw["title_cues"] if " " not in c},
        "teaching": _phrase_re(raw["teaching_cues"]),
        "speech": _phrase_re(raw["speech_cues"]),
        "openings": tuple(match_key(o) for o in raw["known_openings"]),
        "theme": _phrase_re(raw["theme_cues"]),
        "discussion": _phrase_re(raw["discussion_cues"]),
        "talk": _phrase_re(raw["talk_cues"]),
        "long_theme": raw["long_theme_words"],
        "year_theme": re.compile(raw["year_theme"]),
        "adjacent": re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(match_key(c)) for c in raw['adjacent_cues'])})$"),
        "motto_not": {match_key(w) for w in raw["motto_not_words"]},
        "motto_end": {match_key(w) for w in raw["motto_end_words"]},
        "anaphora_heads": {match_key(w) for w in raw["anaphora_heads"]},
        "campaign": re.compile(r"(?<!\w)chương trình((?: [^\W\d]+){1,4})$"),
        "campaign_words": _phrase_re(raw["campaign_words"]),
        "movement_after": re.compile(rf"^\W{{0,2}}\s*(?:{_alts(raw['movement_after'])})(?!\w)"),
        "known_unquoted": re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(     # commas optional: dân giàu nước mạnh, …
            re.escape(match_key(k)).replace(",\\ ", ",?\\ ") for k in raw["known_unquoted"])),
        # a word pair of each, to skip texts without them at once (no tone-placement variant in these)
        "known_unquoted_probe": tuple(k.lower().split(",")[min(1, k.count(","))].strip()
                                      for k in raw["known_unquoted"]),
        "cue_any": _phrase_re(raw["cues"]),
        "long_cue": re.compile(rf"(?<!\w)(?:{_alts(raw['long_motto_cues'])})\W*$"),
        "long_motto_words": raw["long_motto_words"],
        "theme_of": re.compile(r"(?<!\w)chủ đề(?: chính)? của(?: \S+){1,3} ?:$"),
        "pair_cue": _phrase_re(raw["motto_pair_cues"]),
        "pair_cue_words": tuple(c.lower() for c in raw["motto_pair_cues"]),   # no tone-placement variant in these
        "motto_words": {match_key(w) for w in raw["motto_words"]},
        "taught": _phrase_re(raw["taught_cues"]),
        "named_campaign": re.compile(r"(?<!\w)(?:chiến dịch|các chiến dịch)\W*$"),
        "organisation": _phrase_re(raw["organisation_cues"]),
        "activity": re.compile(rf"(?<!\w)(?:{_alts(raw['activity_cues'])})\W*$"),
        "parts_cue": re.compile(rf"(?<!\w)(?:{_alts(raw['parts_cues'])})\W*$"),
        "principle": re.compile(r"(?<!\w)nguyên tắc\W*$"),
        "directive": re.compile(r"(?<!\w)chỉ thị(?: \S+){0,8} ?:$"),
        "event_openings": tuple(match_key(o) for o in raw["event_openings"]),
        "sentence_cue": re.compile(r"^(?:chủ đề|khẩu hiệu)(?!\w).{0,300}?(?<!\w)(?:đại hội|thi đua)(?!\w)"),
        "long_congress_words": raw["long_congress_words"],
    }


def _alts(phrases: list[str]) -> str:
    return "|".join(re.escape(match_key(p)) for p in phrases)


def _phrase_re(phrases: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(match_key(p)) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


# --- quotes -----------------------------------------------------------------

_PAIRS = {"“": "”", "«": "»", '"': '"'}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted phrase's content, inner quotes included."""
    spans, stack = [], []                         # stack of (char, content start)
    for i, ch in enumerate(text):
        if ch == "\n":
            stack = []
        elif ch in "“«":
            stack.append((ch, i + 1))
        elif ch in "”»":
            while stack and _PAIRS[stack[-1][0]] != ch:
                stack.pop()
            if stack:
                spans.append((stack.pop()[1], i))
        elif ch == '"':
            if stack and stack[-1][0] == '"':
                spans.append((stack.pop()[1], i))
            elif stack and stack[-1][0] == "“" and "”" not in text[i:text.find("\n", i) % (len(text) + 1)]:
                spans.append((stack.pop()[1], i))  # “… closed by a straight quote
            else:
                stack.append(('"', i + 1))
    return sorted(s for s in spans if 0 < s[1] - s[0] <= 300)


# --- deciding -----------------------------------------------------------------

_WINDOW_CUT = re.compile(r"[“”\"«».!?;\n](?=[^“”\"«».!?;\n]*$)")


def _left_words(text: str, start: int, n: int = 14) -> str:
    """The clause before a quote: back to the last quote mark or sentence end, n words.
    A one-word title cue written capitalized after a capitalized word is part of a name
    ("lễ hội cà phê Mê Trang" has no "trang" = page): it becomes "_"."""
    left = text[max(0, start - 1 - 200):max(0, start - 1)]
    m = _WINDOW_CUT.search(left)
    if m:
        left = left[m.end():]
    words = left.split()[-n:]
    single = _rules()["title_words"]
    words = [w if k == 0 or not (w[:1].isupper() and words[k - 1][:1].isupper()
                                 and match_key(w) in single) else "_"
             for k, w in enumerate(words)]
    return match_key(" ".join(words))


def _nearest(rx: re.Pattern, s: str) -> int | None:
    """Distance in characters from the end of the nearest cue match to the end of s."""
    ends = [m.end() for m in rx.finditer(s)]
    return len(s) - max(ends) if ends else None


_PRONOUNS = re.compile(r"(?<!\w)(?:tôi|chúng tôi|chúng ta|chúng tao|tao|mình|tớ|bạn|anh|chị|em|ông|bà)(?!\w)")


def _shape(content: str) -> bool:
    """Short parallel segments or a well-known movement opening.

    Parallel: parts joined by dashes (up to 4 words each) or commas (up to 3), no
    digits and no I/you pronoun: "Tiên phong - Trọng tâm - Thuyết phục",
    "Tâm sáng, chí bền" — not "Thưa, khoảng 600m2 ạ" or "Với Sơn Trà, tôi …".
    """
    words = content.split()
    if not words or len(words) > 16:
        return False
    if _anaphora(content) or _dash_chain(content):
        return True
    if not words[0][0].isupper():
        return False
    key = match_key(content)
    if key.startswith(_rules()["openings"]):
        return True
    if re.search(r"\d", content) or _PRONOUNS.search(key):
        return False
    dashed = [s.split() for s in re.split(r"\s*[-–—]\s*", content) if s.strip()]
    if len(dashed) >= 2 and all(1 <= len(s) <= 4 for s in dashed):
        return True
    commas = [s.split() for s in re.split(r"\s*,\s*", content) if s.strip()]
    most = 3 if len(commas) == 2 else 4                 # “Dân giàu, nước mạnh, xã hội dân chủ, …”
    return len(commas) >= 2 and all(1 <= len(s) <= most for s in commas)


def _dash_chain(content: str) -> bool:
    """3-5 dash-joined parts of 1-3 words, spaced or not: "Sáng-Xanh-Sạch"; in lower case
    of qualities, "xanh- sạch- đẹp" — not fields (kinh tế - xã hội - môi trường) nor digits."""
    if re.search(r"\d|,", content):
        return False
    parts = [" ".join(p.split()) for p in re.split(r"\s*[-–—]\s*", content) if p.strip()]
    if not 3 <= len(parts) <= 5 or not all(1 <= len(p.split()) <= 3 for p in parts):
        return False
    if sum(match_key(p) in _rules()["motto_not"] for p in parts) >= 2:
        return False
    return content[:1].isupper() or _qualities(parts)


def _qualities(parts: list[str]) -> bool:
    """Half the parts or more are qualities (motto_words): "xanh- sạch- đẹp" — not a cycle,
    steps or things ("sinh - lão - bệnh - tử", "chặn xe - kiểm sổ - trả lại")."""
    return 2 * sum(match_key(p) in _rules()["motto_words"] for p in parts) >= len(parts)


def _comma_parts(content: str) -> list[list[str]]:
    return [p.split() for p in re.split(r"\s*,\s*", content.strip(" .")) if p.strip()]


def _plain(content: str) -> bool:
    """No digit and no I/you pronoun: a motto's words, not a figure or a speaker's."""
    return not re.search(r"\d", content) and not _PRONOUNS.search(match_key(content))


def _anaphora(content: str) -> bool:
    """Two to five short comma parts opening with one motto word, either case: "vừa
    học, vừa làm", "dám nghĩ, dám làm, dám chịu trách nhiệm" — not a saying of the same
    rhythm ("nói đi, nói lại", "có sách, có chứng"): the words are in slogan_rules.json."""
    parts = _comma_parts(content)
    if not 2 <= len(parts) <= 5 or not all(2 <= len(p) <= 4 for p in parts) or not _plain(content):
        return False
    heads = {match_key(p[0]) for p in parts}
    return len(heads) == 1 and heads <= _rules()["anaphora_heads"]


def is_slogan(text: str, start: int, end: int) -> bool:
    """Whether the quoted content text[start:end] is a slogan, motto, theme or movement."""
    r = _rules()
    content = text[start:end].strip()
    words = content.split()
    if _sentence_cue(text, start, content) and not re.search(r"[.!?]\s+\S", content):
        return True                               # Chủ đề của Đại hội … là: “…”
    left = _left_words(text, start)
    if match_key(content).startswith(r["event_openings"]):
        return False                              # lễ ra quân “Các chương trình, chiến dịch … hè năm 2020”: an event
    if r["parts_cue"].search(left) and _parts_motto(content):
        return True                               # gương “người tốt, việc tốt”, mảnh đất “trung dũng, kiên cường”
    if r["principle"].search(left) and len(words) <= 4 and (re.match(r"\d", content) or _parts_motto(content)):
        return True                               # nguyên tắc “3 chung” — not a saying (“nước chảy chỗ trũng”)
    theme_at = _nearest(r["theme"], left)
    long_theme = theme_at is not None and theme_at <= 2 and len(words) <= r["long_theme"] \
        and bool(re.search(r"\s[-–—:]\s", content))   # a workshop's theme in two parts
    if not words or len(words) > 25 and not long_theme and not _long_motto(content, left) \
            or re.search(r"[.!?]\s+\S", content):
        return False                              # speech: long or several sentences
    if len(words) == 1 and content.islower():
        return False                              # one lowercase word: scare quotes (tiêu chí “mềm”)
    if _scare_quote(content) and not r["adjacent"].search(left):
        return False                              # two lowercase words: a scare quote (“văn minh”)
    strong, weak = _nearest(r["strong"], left), _nearest(r["weak"], left)
    if r["adjacent"].search(left) and len(words) >= 3 or _campaign(left) and len(words) <= 8 \
            or r["theme_of"].search(left) or r["named_campaign"].search(left) and _name_like(content):
        strong = 0                                # chiến dịch “Giờ Trái đất”, chiến dịch “Đông tiến”, dòng chữ “…”
    after = text[end + 1:end + 40]
    if len(words) <= 16 and "của" in after and r["movement_after"].match(match_key(after)):
        return True                               # “Đoàn kết, sáng tạo, …” của phong trào thi đua
    if content[:1].islower() and _dash_chain(content):
        return True                               # “xanh- sạch- đẹp”: qualities are no title nor speech
    title = _nearest(r["title"], left)
    key = match_key(content)
    if (key.startswith(r["openings"]) or r["year_theme"].match(key)) and len(words) <= 16:
        cue = min((d for d in (strong, weak) if d is not None), default=None)
        if r["directive"].search(left):
            return True                           # Chỉ thị 03 …: “Học tập và làm theo …”: the campaign behind it
        return title is None or (cue is not None and cue <= title)   # "Năm Dân vận 2017"
    other = [d for d in (title, _nearest(r["speech"], left)) if d is not None]
    blocker = min(other) if other else None
    if strong is not None and (blocker is None or strong <= blocker):
        talk = _nearest(r["talk"], left)
        if theme_at is not None and theme_at <= strong and talk is not None and talk - theme_at <= 25:
            return False                          # tham luận với chủ đề: “…” is a talk's title
        return len(words) <= 20 or long_theme or _long_motto(content, left)
    if _list_motto(content) and min((d for d in (strong, weak) if d is not None), default=99) <= 2:
        return True                               # với tinh thần “tiếp thu, cầu thị, rút kinh nghiệm, đổi mới”
    teaching = _nearest(r["teaching"], left)
    if teaching is not None and (_balanced_pair(content) or _parallel_pair(content) and r["taught"].search(left)) \
            and (title is None or teaching < title):
        return True                               # a motto taught: căn dặn “dĩ bất biến, ứng vạn biến”
    if blocker is not None and (weak is None or blocker < weak):
        return False
    return _shape(content)


def _scare_quote(content: str) -> bool:
    """One or two lowercase words, no digit, dash or comma: “văn minh”, “chạy” — not “5 an”."""
    return len(content.split()) <= 2 and content.islower() and not re.search(r"[-–,\d]", content)


def _name_like(content: str) -> bool:
    """1-4 words, capitalized, no digit: chiến dịch “Đông tiến” — not “DEVAST8”, “HOPE”."""
    return 1 <= len(content.split()) <= 4 and content[:1].isupper() and not content.isupper() \
        and not re.search(r"\d", content)


def _long_motto(content: str, left: str) -> bool:
    """Up to long_motto_words, capitalized, right after phương châm, khẩu hiệu, chủ đề."""
    r = _rules()
    return len(content.split()) <= r["long_motto_words"] and content[:1].isupper() \
        and bool(r["long_cue"].search(left))


def _list_motto(content: str) -> bool:
    """3+ comma parts of 1-4 words, the last up to 10, any case: "tiếp thu, cầu thị, rút kinh
    nghiệm, đổi mới" — two parts are mostly sayings ("con trâu đi trước, cái cày theo sau")."""
    parts = _comma_parts(content)
    if len(parts) < 3 or not all(1 <= len(p) <= 4 for p in parts[:-1]) or not 1 <= len(parts[-1]) <= 10:
        return False
    return _plain(content) and not re.search(r"[:;!?]", content)


def _campaign(left: str) -> bool:
    """“chương trình” + 1-4 words naming a cause right before the quote: a campaign's
    name (chương trình hiến máu tình nguyện “Hành trình đỏ”), not a show's title."""
    m = _rules()["campaign"].search(left)
    return bool(m and _rules()["campaign_words"].search(m.group(1)))


def _balanced_pair(content: str) -> bool:
    """Two comma parts of three or four words each, as long as each other, in lower
    case after the first word, no digit, no I/you: the shape of a motto ("dĩ bất biến,
    ứng vạn biến", "đoàn kết hiệp đồng, lập công tập thể"), rare in plain speech."""
    parts = _comma_parts(content)
    if len(parts) != 2 or len(parts[0]) != len(parts[1]) or not 3 <= len(parts[0]) <= 4 or not _plain(content):
        return False
    return all(w.isalpha() and w.islower() for w in [w for p in parts for w in p][1:])


def _parallel_pair(content: str) -> bool:
    """Two comma parts of 5-10 words opening with one word, of about one length: "Vì lợi
    ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người"."""
    parts = _comma_parts(content)
    if len(parts) != 2 or not all(5 <= len(p) <= 10 for p in parts) or abs(len(parts[0]) - len(parts[1])) > 1:
        return False
    return _plain(content) and match_key(parts[0][0]) == match_key(parts[1][0])


def _parts_motto(content: str, digits: bool = False) -> bool:
    """2-4 comma or dash parts of 1-4 words, as long as each other (±1), any case:
    "trung dũng, kiên cường", "người tốt, việc tốt", "Chi bộ 4 tốt, đảng viên 5 tốt"
    (digits only when asked) — no pronoun, no colon or sentence mark."""
    parts = [p.split() for p in re.split(r"\s*[,–—]\s*|\s+-\s+", content.strip(" .!")) if p.strip()]
    if not 2 <= len(parts) <= 4 or not all(1 <= len(p) <= 4 for p in parts) or re.search(r"[:;!?]", content):
        return False
    if max(map(len, parts)) - min(map(len, parts)) > 1 or _PRONOUNS.search(match_key(content)):
        return False
    return digits or not re.search(r"\d", content)


def _sentence_cue(text: str, start: int, content: str) -> bool:
    """A sentence that opens with "Chủ đề"/"Khẩu hiệu" of a congress (or a contest) and ends
    with "là:" or ":" right before the quote: "Khẩu hiệu hành động của Đại hội đại biểu Đảng
    bộ tỉnh … lần thứ XVI là: “…”" — the theme counts up to long_congress_words, however long
    the stretch naming whose it is."""
    left = text[max(0, start - 400):max(0, start - 1)]
    if not left.rstrip().endswith(":"):
        return False
    head = match_key(re.split(r"[.!?\n“”\"«»]", left)[-1].strip(" -–*0123456789."))
    return bool(_rules()["sentence_cue"].match(head)) and content[:1].isupper() \
        and len(content.split()) <= _rules()["long_congress_words"]


def _continues(text: str, prev_end: int, start: int, end: int) -> bool:
    """A quote right after a slogan quote, in a list or as its wording.

    “Quần đảo Hoàng Sa … là của Việt Nam”, “Biển bạc của ta …”;
    phương châm “3 cùng” đồng hành với doanh nghiệp “Cùng đi, cùng đến …”.
    """
    between = text[prev_end + 1:start - 1]
    if between.strip(" ;,") == "" and "\n" not in between:
        between = ""                              # “A”; “B”: a list of names
    if re.search(r"[.!?;\n]", between) or len(between.split()) > 6:
        return False
    r, low = _rules(), match_key(between)
    if r["title"].search(low) or r["speech"].search(low) or r["organisation"].search(low):
        return False                              # … phong trào “A” và bài viết “B”; chiến dịch “A” của tổ chức “B”
    words = text[start:end].split()
    if text[start:start + 1].islower() and low.strip() in ("như", "là", "được coi là", "được xem là"):
        return False                              # “Đời sống mới” như “một điều cần kíp cho …”: a description
    if _scare_quote(text[start:end]):
        return False                              # … thì “văn minh” nằm ở vị trí cuối: a scare quote
    return 0 < len(words) <= 16 and not re.search(r"[.!?]\s+\S", text[start:end])


_UNQUOTED = re.compile(r"(?:phương châm|khẩu hiệu|tôn chỉ|châm ngôn)(?:\s+[^\s:“”\"]+){0,6}?\s*"
                       r"(?:đó\s+)?(?:là)?\s*:\s*([^\s“”\"(][^“”\"(.;\n]{2,120}?)\s*(?=[(.;\n]|$)", re.I)


# --- mottos without quotes ------------------------------------------------------

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


_THEME_IS = re.compile(r"(?<![^\s.])chủ đề thi đua(?: năm \d{4})? là:?\s+([^\W\d][^“”\"«»(.;:!?\n]{10,400}?)\s*(?=[.;!?\n]|$)",
                       re.I)
_WORDING = re.compile(r"[”\"»]\s*:\s*([A-ZĐÀ-Ỹ][^“”\"«»(.;:!?\n]{4,120}?)\s*(?=[.;!?\n]|$)")


def theme_is(text: str) -> list[tuple[int, str]]:
    """An unquoted theme after "Chủ đề thi đua là …", to the sentence's end (up to 60 words)."""
    if "chủ đề thi đua" not in text.lower():      # cheap: most texts have none
        return []
    return [(m.start(1), m.group(1).strip(" ,")) for m in _THEME_IS.finditer(text)
            if len(m.group(1).split()) <= _rules()["long_congress_words"]]


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
    if not any(k in text.lower() for k in r["known_unquoted_probe"]):
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
_SPACED = re.compile(r"^(?:[^-–]*[ \u00a0][-–][ \u00a0])+[^-–]*$")          # every dash spaced on both sides


def dash_mottos(text: str) -> list[tuple[int, str]]:
    """Unquoted mottos of 2-5 short parallel parts joined by dashes (spaced on one side at
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
        if not ("- " in c or " -" in c or "– " in c or " –" in c):   # cheap: most clauses have none
            continue
        parts = _DASH.split(c)
        found = _motto(parts) if len(parts) >= 3 else _motto_pair(parts) if len(parts) == 2 else None
        if found and len(parts) >= 3 and not _SPACED.search(clause.group()) \
                and not _qualities(found.split(" - ")):
            found = None                           # "áo trắng- quần trắng - tất trắng", "tất- lẽ- dĩ- ngẫu"
        if found:
            out.append((clause.start() + clause.group().find(found[:8]), found))
    return out


def _motto(parts: list[str]) -> str | None:
    r = _rules()
    middle = [p.split() for p in parts[1:-1]]
    if len(middle) > 3 or not all(1 <= len(m) <= 3 for m in middle):
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
    if any(re.search(r"\d", w) for w in words) or not all(w.islower() for w in words) \
            or not head[-len(first) - 1].islower():
        return None                                # dates, numbers, names and bodies; Múa lân - sư - rồng
    if sum(match_key(" ".join(p)) in r["motto_not"] for p in chain) >= 2:
        return None
    return " - ".join(" ".join(p) for p in chain)


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


def _activity(text: str, start: int) -> bool:
    """The quote at start names an activity: right after "mô hình" (checked cheaply first)."""
    return "mô hình" in text[max(0, start - 30):start].lower() \
        and bool(_rules()["activity"].search(_left_words(text, start)))


def find_slogans(text: str) -> list[Slogan]:
    """Slogans in order of first mention, one per slogan_key."""
    text = nfc(text)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    prev_end = activity_end = None
    for s, e in quoted_spans(text):
        listed = activity_end is not None and text[activity_end + 1:s - 1].strip(" ,;") in ("", "và")
        if listed or _activity(text, s):
            activity_end = e                      # mô hình “A”, “Ngày chủ nhật xanh”: activities …
            if _parts_motto(text[s:e], digits=True):
                found.append((s, text[s:e].strip()))   # … but “Chi bộ 4 tốt, đảng viên 5 tốt” is a motto
            continue
        activity_end = None
        if is_slogan(text, s, e) or prev_end is not None and _continues(text, prev_end, s, e):
            found.append((s, text[s:e].strip()))
            taken.append((s, e))
            prev_end = e
    for m in _UNQUOTED.finditer(text):
        phrase = m.group(1).strip(" ,")
        if phrase[:1].isupper() and len(phrase.split()) <= 12:
            found.append((m.start(1), phrase))
    found.extend(dash_mottos(text))
    found.extend(colon_themes(text))
    found.extend(known_unquoted(text))
    found.extend(theme_is(text))
    found.extend(colon_wording(text, taken))
    found.sort()
    out, seen = [], set()
    for _, t in found:
        k = slogan_key(t)
        head = " ".join(k.split()[:8]) + " …" if len(k.split()) > 8 else k
        if k and k not in seen and head not in seen:   # 8 words alike: one movement reworded (… của Bác)
            seen.update((k, head))
            out.append(Slogan(t.rstrip(" .,;!"), k))
    return out
