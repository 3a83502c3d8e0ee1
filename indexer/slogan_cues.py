"""Cue lists of data/slogan_rules.json compiled once, the small text checks that
indexer/slogans.py (quoted slogans) and indexer/mottos.py (unquoted mottos) share, and the
shapes of a quote's content (parallel parts, numbered mottos, short sentences) that
slogans.py weighs against its cues."""
from __future__ import annotations

import re
from functools import lru_cache

from archive.resources import load_json
from archive.vntext import match_key


@lru_cache(maxsize=None)
def rules() -> dict:
    raw = load_json("slogan_rules.json")
    weak = {match_key(c) for c in raw["weak_cues"]}
    strong = [c for c in raw["cues"] if match_key(c) not in weak]
    return {
        "strong": _phrase_re(strong),
        "weak": _phrase_re(raw["weak_cues"]),
        "title": _title_re(raw["title_cues"], raw["title_cue_compounds"]),
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
        "call_openings": tuple(match_key(w) + " " for w in raw["call_openings"]),
        "movement_after": re.compile(rf"^\W{{0,2}}\s*(?:{_alts(raw['movement_after'])})(?!\w)"),
        "cue_after": re.compile(rf"^\W{{0,2}}\s*(?:{_alts(raw['cue_after'])})(?!\w)"),
        "known_unquoted": re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(     # commas optional: dân giàu nước mạnh, …
            re.escape(match_key(k)).replace(",\\ ", ",?\\ ") for k in raw["known_unquoted"])),
        # a word pair of each, to skip texts without them at once (no tone-placement variant in these)
        "known_unquoted_probe": frozenset(k.lower().split(",")[min(1, k.count(","))].strip()
                                          for k in raw["known_unquoted"]),
        "cue_any": _phrase_re(raw["cues"]),
        "long_cue": re.compile(rf"(?<!\w)(?:{_alts(raw['long_motto_cues'])})(?:\W*|(?: [^\W\d]+){{0,6}} là\W*)$"),   # khẩu hiệu hành động trình tại Đại hội là “…”
        "long_motto_words": raw["long_motto_words"],
        "theme_of": re.compile(r"(?<!\w)chủ đề(?: chính)? của(?: \S+){1,3} ?:$"),
        "pair_cue": _phrase_re(raw["motto_pair_cues"]),
        "pair_cue_words": tuple(c.lower() for c in raw["motto_pair_cues"]),   # no tone-placement variant in these
        "motto_words": {match_key(w) for w in raw["motto_words"]},
        "taught": _phrase_re(raw["taught_cues"]),
        "named_campaign": re.compile(r"(?<!\w)(?:chiến dịch|các chiến dịch)(?: (?:truyền thông|tuyên truyền|tình nguyện|"
                                    r"vận động|thông tin|cộng đồng|toàn cầu|toàn quốc|quốc gia))?\W*$"),   # not quân sự   # chiến dịch truyền thông “…”
        "organisation": _phrase_re(raw["organisation_cues"]),
        "activity": re.compile(rf"(?<!\w)(?:{_alts(raw['activity_cues'])})\W*$"),
        "parts_cue": re.compile(rf"(?<!\w)(?:{_alts(raw['parts_cues'])})\W*$"),
        "principle": re.compile(r"(?<!\w)(?:nguyên tắc|tiêu chí(?: \S+){0,2})\W*$"),   # nguyên tắc “3 chung”, 8 tiêu chí cụ thể “5 không”
        "contest": re.compile(r"(?<!\w)cuộc thi\W*$"),
        "named_not": re.compile(r"(?<!\w)(?:bộ tiêu chí|chiến thắng|trận|trận đánh|đổi tên(?: \S+){0,6} thành"
                                r"|(?:tiêu diệt|tấn công|vào các|danh sách) mục tiêu)\W*$"),   # a new name; targets
        "message": re.compile(r"(?<!\w)thông điệp ?:$"),   # nhấn mạnh thông điệp: “…. …” (not a page's notice)
        "inscription": re.compile(rf"(?<!\w)(?:{_alts(raw['inscription_holders'])})(?: \S+){{0,6}} dòng chữ\W*$"),
        "banner": re.compile(r"(?<!\w)(?:khẩu hiệu|biểu ngữ)\W*$"),   # not "dòng chữ": an error page's message
        "doctrine": _phrase_re(raw["doctrine_cues"]),
        "numbered": re.compile(rf"^\d+ (?:{_alts(raw['numbered_motto_words'])})$"),
        "directive": re.compile(r"(?<!\w)chỉ thị(?: \S+){0,8} ?:$"),
        "event_openings": tuple(match_key(o) for o in raw["event_openings"]),
        "event_day": re.compile(rf"^(?:(?:{_alts(raw['event_day_openings'])})(?!\w)|ngày .+ (?:{_alts(raw['event_day_ends'])})$"
                                rf"|tháng .+ năm (?:19|20)\d\d$)"),   # a month of action in its year: “Tháng thanh niên năm 2022”
        "sentence_cue": re.compile(r"^(?:chủ đề|khẩu hiệu)(?!\w)"),
        "sentence_cue_end": re.compile(r"(?<!\w)(?:chủ đề|khẩu hiệu(?: hành động)?)(?: là)? ?:?$"),
        "congress_words": re.compile(r"(?<!\w)(?:đại hội|thi đua)(?!\w)"),
        "long_congress_words": raw["long_congress_words"],
        "saying": re.compile(rf"(?<!\w)(?:{_alts(raw['saying_cues'])})(?!\w)"),
    }


def _alts(phrases: list[str]) -> str:
    return "|".join(re.escape(match_key(p)) for p in phrases)


def _title_re(cues: list[str], compounds: list[str]) -> re.Pattern:
    """The title cues, none inside a compound word whose other syllable makes it no title:
    "trang" of lực lượng vũ trang, "sách" of chính sách, "giải" of giải phóng."""
    words = {match_key(c) for c in cues}
    keys = [match_key(c).split() for c in compounds]
    before = "".join(f"(?<!{re.escape(k[0])} )" for k in keys if k[-1] in words)      # vũ trang
    after = "|".join(re.escape(" ".join(k)) for k in keys if k[0] in words)          # giải phóng
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    not_after = rf"(?!(?:{after})(?!\w))" if after else ""
    return re.compile(rf"(?<!\w){before}{not_after}(?:{alts})(?!\w)")


def _phrase_re(phrases: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(match_key(p)) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


_WINDOW_CUT = re.compile(r"[“”\"«».!?;\n](?=[^“”\"«».!?;\n]*$)")


def left_words(text: str, start: int, n: int = 14) -> str:
    """The clause before a quote: back to the last quote mark or sentence end, n words.
    A one-word title cue written capitalized after a capitalized word is part of a name
    ("lễ hội cà phê Mê Trang" has no "trang" = page): it becomes "_"; so does "sách" of
    "chính sách" (a policy, not a book)."""
    left = text[max(0, start - 1 - 200):max(0, start - 1)]
    m = _WINDOW_CUT.search(left)
    if m:
        left = left[m.end():]
    words = left.replace("chính sách", "chính_sách").split()[-n:]   # a policy, not a book (sách)
    single = rules()["title_words"]
    words = [w if k == 0 or not (w[:1].isupper() and words[k - 1][:1].isupper()
                                 and match_key(w) in single) else "_"
             for k, w in enumerate(words)]
    return match_key(" ".join(words))


def nearest(rx: re.Pattern, s: str) -> int | None:
    """Distance in characters from the end of the nearest cue match to the end of s."""
    ends = [m.end() for m in rx.finditer(s)]
    return len(s) - max(ends) if ends else None


# "anh hùng" is no I/you: "Anh hùng, bất khuất, trung hậu, đảm đang"
# … nor speech particles and vocatives: "Bi ơi, đừng sợ", "A, a, về rồi tề", "Chú nghèo lắm, đừng lấy cắp"
PRONOUNS = re.compile(r"(?<!\w)(?:tôi|chúng tôi|chúng ta|chúng tao|tao|mình|tớ|bạn|anh(?! hùng)|chị|em|ông|bà"
                      r"|ơi|rồi|nhé|nhỉ|ạ|lắm|tề|hả|nhá)(?!\w)")


def qualities(parts: list[str]) -> bool:
    """Half the parts or more are qualities (motto_words): "xanh- sạch- đẹp" — not a cycle,
    steps or things ("sinh - lão - bệnh - tử", "chặn xe - kiểm sổ - trả lại")."""
    return 2 * sum(match_key(p) in rules()["motto_words"] for p in parts) >= len(parts)


def comma_parts(content: str) -> list[list[str]]:
    return [p.split() for p in re.split(r"\s*,\s*", content.strip(" .")) if p.strip()]


def plain(content: str) -> bool:
    """No digit and no I/you pronoun: a motto's words, not a figure or a speaker's."""
    return not re.search(r"\d", content) and not PRONOUNS.search(match_key(content))


# --- shapes of a quote's content (parallel parts, numbered mottos, sentences) --------

def code(parts: list[list[str]]) -> bool:
    """A part of one letter or in capitals: a code or a model's name (“Canopus-B-IR”), no motto."""
    return any(len(w) < 2 or w.isupper() for p in parts for w in p)


NUMBERED_PART = re.compile(r"^\d{1,2} [^\W\d]+(?: [^\W\d]+)?$")


def numbered_parts(content: str) -> bool:
    """2-4 comma parts, each a number and one or two words, no two alike nor a unit: “3 đồng hành,
    5 hỗ trợ”, “5 không, 3 sạch”, the last joined by "và" too (“1 mục tiêu, 2 phát huy và 3 bảo
    đảm”) — not amounts (“3 triệu, 5 triệu”, “2 tấn, 10 ha”)."""
    parts = [p.split() for p in re.split(r"\s*,\s*|\s+và\s+(?=\d)", content.strip(" .")) if p.strip()]
    if not 2 <= len(parts) <= 4 or not all(NUMBERED_PART.match(" ".join(p)) for p in parts):
        return False
    words = [match_key(" ".join(p[1:])) for p in parts]
    return len(set(words)) == len(words) and not any(UNIT.fullmatch(w) for w in words)


_SPELLED = re.compile(r"\s*\(([^()]{5,300})\)")
_GOODS = re.compile(r"(?<!\w)(?:hàng|hàng hóa|sản phẩm|gia vị|thực phẩm|thuốc|mỹ phẩm)\W*$")   # hàng “3 không”: unlabelled goods


def spelled_out(text: str, start: int, end: int) -> bool:
    """A numbered motto spelled out in the brackets after it, as many parts as its number and each
    opening with its word: “5 rõ” (rõ người, rõ việc, …), “4 an” (an ninh trật tự, …, an sinh xã
    hội), “3 không” (không …; không …; không …): the brackets prove the shape, whatever cue (none,
    a list after “5 biết”) — not goods (gia vị “3 không”(không nhãn mác, …))."""
    m = re.fullmatch(r"(\d) ([^\W\d]+)", text[start:end].strip())
    b = m and _SPELLED.match(text, end + 1)
    if not b or _GOODS.search(text[max(0, start - 20):start - 1].lower()):
        return False
    inside = b.group(1).strip(" .")
    parts = [p.split() for p in re.split(r"\s*;\s*" if ";" in inside else r"\s*,\s*|\s+và\s+", inside) if p.strip()]
    word = m.group(2).lower()
    return len(parts) == int(m.group(1)) and all(p[0].lower() == word for p in parts)


UNIT = re.compile(r"(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|chục|người|hộ|ha|km|m|kg|tấn|usd|năm|tháng|ngày|giờ|phút|"
                  r"lần|tuổi|con|cái|chiếc|bàn|điểm|phần|%)(?: .*)?|đồng")   # 3 đồng (money), not 3 đồng hành


def short_sentences(content: str, most: int = 12) -> bool:
    """2-3 short sentences, each of 3-12 words: the lines of a banner (a message's, up to 18)."""
    lines = [x.split() for x in re.split(r"[.!]\s+", content.strip(" .!")) if x.strip()]
    return 2 <= len(lines) <= 3 and all(3 <= len(x) <= most for x in lines)


def parallel(content: str, listed: bool = False) -> bool:
    """A motto of parallel parts, in any case: 3-8 parts of 1-5 words joined by commas (the
    last may be joined by "và"), as long as each other (±1; ±2 from four parts), no digit,
    pronoun or sentence mark, and parallel in form: one first word in 7 words or more ("một
    vùng, một giống, một thời gian"; not "nói đi, nói lại, nói mãi"), one last word ("của
    dân, do dân, vì dân"), or qualities: half the parts ("Anh hùng, bất khuất, trung hậu, đảm
    đang"), or two of five parts and more ("Tự lực, tự cường, khắc phục khó khăn, …"). Two short parts with one first word ("làm mưa, làm gió"), two of 4-5
    words ("nơi cần không có, nơi có không cần") and one of four words repeating its first
    ("dở khóc dở cười") are mostly idioms: mottos only when listed (after "các mô hình":
    "Lao động giỏi, lao động sáng tạo", "Xóa một hộ đói, giảm một hộ nghèo", "Tự soi tự sửa")."""
    if re.search(r"[:;!?()\"“”«»]|\s[-–—]\s", content) or not plain(content):
        return False
    parts = [p.split() for p in re.split(r"\s*,\s*|\s+và\s+", content.strip(" .…")) if p.strip()]
    lens = [len(p) for p in parts]
    if len(parts) == 1:
        w = [match_key(x) for x in parts[0]]
        return listed and len(w) == 4 and w[0] == w[2] and w[1] != w[3]
    if len({match_key(p[0]) for p in parts}) == 1:     # "Lấy yếu chống mạnh, lấy ít địch nhiều và lấy thô sơ …"
        return (listed or len(parts) >= 3 and sum(lens) >= 7) and len(parts) <= 8 \
            and max(lens) <= 6 and max(lens) - min(lens) <= (1 if len(parts) == 2 else 2)
    if not 2 <= len(parts) <= 8 or max(lens) > 5 or max(lens) - min(lens) > (1 if len(parts) <= 3 else 2):
        return False
    if len(parts) >= 3 and len({match_key(p[-1]) for p in parts}) == 1:
        return True
    quality = sum(match_key(" ".join(p)) in rules()["motto_words"] for p in parts)
    return len(parts) > 2 and 2 * quality >= len(parts) or len(parts) >= 5 and quality >= 2 \
        or listed and len(parts) == 2 and min(lens) >= 4    # a tradition: "Tự lực, tự cường, khắc phục khó khăn, …"


def quality_pair(content: str, left: str) -> bool:
    """Two qualities going on from the quality before the quote: "đơn vị vững mạnh toàn diện
    “mẫu mực, tiêu biểu”" — not "cùng nhau “trong sạch, vững mạnh”" (a scare quote)."""
    parts, words = comma_parts(content), rules()["motto_words"]
    return len(parts) == 2 and all(match_key(" ".join(p)) in words for p in parts) \
        and " ".join(left.split()[-2:]) in words


def quality_title(content: str) -> bool:
    """A movement's name of who and how: a capitalized part of 2-10 words ending in a quality,
    then 2-5 qualities of 1-2 words ("Xây dựng người phụ nữ Vĩnh Long Đoàn kết, nhân ái,
    khát vọng, phát triển", "Đơn vị xanh, sạch, đẹp") — at least half of them listed qualities."""
    parts = comma_parts(content)
    if not 3 <= len(parts) <= 6 or not 2 <= len(parts[0]) <= 10 or not content[:1].isupper() \
            or not all(1 <= len(p) <= 2 for p in parts[1:]) or not plain(content):
        return False
    words = rules()["motto_words"]
    head = match_key(" ".join(parts[0][-2:])) in words or match_key(parts[0][-1]) in words
    return head and 2 * sum(match_key(" ".join(p)) in words for p in parts[1:]) >= len(parts) - 1


def list_motto(content: str) -> bool:
    """3+ comma parts of 1-4 words, the last up to 10, any case: "tiếp thu, cầu thị, rút kinh
    nghiệm, đổi mới" — two parts are mostly sayings ("con trâu đi trước, cái cày theo sau")."""
    parts = comma_parts(content)
    if len(parts) < 3 or not all(1 <= len(p) <= 4 for p in parts[:-1]) or not 1 <= len(parts[-1]) <= 10:
        return False
    return plain(content) and not re.search(r"[:;!?]", content)


def balanced_pair(content: str) -> bool:
    """Two comma parts of three or four words each, as long as each other, in lower
    case after the first word, no digit, no I/you: the shape of a motto ("dĩ bất biến,
    ứng vạn biến", "đoàn kết hiệp đồng, lập công tập thể"), rare in plain speech."""
    parts = comma_parts(content)
    if len(parts) != 2 or len(parts[0]) != len(parts[1]) or not 3 <= len(parts[0]) <= 4 or not plain(content):
        return False
    return all(w.isalpha() and w.islower() for w in [w for p in parts for w in p][1:])


def parallel_pair(content: str) -> bool:
    """Two comma parts of 5-10 words opening with one word, of about one length: "Vì lợi
    ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người"."""
    parts = comma_parts(content)
    if len(parts) != 2 or not all(5 <= len(p) <= 10 for p in parts) or abs(len(parts[0]) - len(parts[1])) > 1:
        return False
    return plain(content) and match_key(parts[0][0]) == match_key(parts[1][0])


def parts_motto(content: str, digits: bool = False) -> bool:
    """2-4 comma or dash parts of 1-4 words, as long as each other (±1), any case:
    "trung dũng, kiên cường", "người tốt, việc tốt", "Chi bộ 4 tốt, đảng viên 5 tốt"
    (digits only when asked) — no pronoun, no colon or sentence mark."""
    parts = [p.split() for p in re.split(r"\s*[,–—]\s*|\s+-\s+", content.strip(" .!")) if p.strip()]
    if not 2 <= len(parts) <= 4 or not all(1 <= len(p) <= 4 for p in parts) or re.search(r"[:;!?]", content):
        return False
    if max(map(len, parts)) - min(map(len, parts)) > 1 or PRONOUNS.search(match_key(content)):
        return False
    return digits or not re.search(r"\d", content)


def chiasmus(content: str) -> bool:
    """Two parts, the second the first turned round: "Hà Nội vì cả nước, cả nước vì Hà Nội",
    "Hội nhập để phát triển - phát triển để hội nhập", "Mỗi người vì mọi người, mọi người vì
    mỗi người" — X w Y, Y w' X with X and Y of 1-3 words."""
    parts = [match_key(p).split() for p in re.split(r"\s*,\s*|\s+[-–—]\s+", content.strip(" .!")) if p.strip()]
    if len(parts) != 2 or not 3 <= len(parts[0]) <= 7 or len(parts[0]) != len(parts[1]):
        return False
    a, b = parts
    return any(a[:i] == b[-i:] and a[i + 1:] == b[:len(a) - i - 1] and a[:i] != a[i + 1:]
               for i in range(1, len(a) - 1))


# --- movements and campaigns named (tenth round) ---------------------------------------

MOVEMENT_NAME = re.compile(r"^(?:phong trào|cuộc vận động) (.+)$")


def named_movement(content: str, key: str, cue: int) -> bool:
    """A quote naming a movement with its own cue word first, capitalized, five words or more:
    a drive (thi đua) or a cue right before the quote — đẩy mạnh “Phong trào nông dân thi đua
    sản xuất kinh doanh giỏi” — not a body's name (Đảng “Phong trào dân chủ”, tên “Phong trào
    chia sẻ Hàn Quốc”) nor a steering committee's (Ban chỉ đạo “Cuộc vận động người Việt Nam …”:
    the gold lists the movement as its name alone, heldout6)."""
    m = MOVEMENT_NAME.match(key)
    if not m or len(content.split()) < 5 or not content[:1].isupper():
        return False
    rest = m.group(1)
    return "thi đua" in rest or cue <= 2


# campaigns listed after "như": chiến dịch … của chính phủ như “Sản xuất tại Ấn Độ”; kế hoạch, chiến dịch xâm nhập, … như: “…”
LISTED = re.compile(r"(?<!\w)(?:chiến dịch|phong trào|cuộc vận động)(?:,? [^\W\d]+){0,12} như\W*$")


def listed(left: str) -> bool:
    """Campaigns listed after a campaign's word and "như", no title cue between them."""
    m = LISTED.search(left)
    return bool(m and not rules()["title"].search(left, m.start() + 10))
