"""Slogans, mottos (phương châm), themes and movement names in Vietnamese text.

A quoted phrase (“…”, "…", «…») is a slogan when the words just before it say
so — phương châm, khẩu hiệu, phong trào, cuộc vận động, chủ đề, hưởng ứng … —
and no nearer word makes it a title ("Kết luận 79-KL/TW về “…”", "bài viết “…”")
or speech ("ông nói: “…”"). Without a cue, or after a weak one ("triển khai",
"hoạt động"), a quote counts only when it has a slogan's shape: short parallel
segments ("Tiên phong - Trọng tâm - Thuyết phục", "Tâm sáng, chí bền") or the
opening of a well-known movement ("Học tập và làm theo …"); three or more parallel parts
count anywhere but after a proverb's cue (_parallel: "một vùng, một giống, một thời
gian"), two only in a list after "mô hình" or after a word of strategy. A phrase after
"phương châm … là:" counts unquoted too, when it ends clearly at "(", "." or ";",
and so does a two-part theme after "chủ đề:", a national motto after "mục tiêu", and a
chain of short parts joined by dashes after the noun it describes (… tinh - giỏi - bản
lĩnh; two parts only after "xây dựng" and the like, and of qualities: thanh lịch - văn minh).
Not slogans: activities named after "mô hình", a show after "chương trình" (unless
a cause names a campaign: chương trình hiến máu “…”), series titles, scare quotes.
Quote marks: “…”, "…", «…», ''…'', "…” and “…" as pages mix them, and 'single quotes' (or
‘…’) of a headline (only after a theme's cue or as parallel parts: 'Trọng thị, chu đáo, …').
Cue lists: data/slogan_rules.json (compiled in slogan_cues.py); the unquoted forms live in mottos.py.

slogan_key() is the matching form: dash variants (and other punctuation), spacing,
case and diacritics ignored, so “Tiên phong – Trọng tâm – thuyết phục” and
"Tien phong-Trong tam-Thuyet phuc" find the same slogan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from archive.vntext import match_key, nfc
from indexer.slogan_cues import balanced_pair as _balanced_pair, chiasmus as _chiasmus, code as _code, \
    comma_parts as _comma_parts, left_words as _left_words, list_motto as _list_motto, listed as _listed, \
    named_movement as _named_movement, nearest as _nearest, numbered_parts as _numbered_parts, \
    parallel as _parallel, parallel_pair as _parallel_pair, parts_motto as _parts_motto, plain as _plain, \
    PRONOUNS as _PRONOUNS, qualities as _qualities, quality_pair as _quality_pair, \
    quality_title as _quality_title, rules as _rules, short_sentences as _short_sentences, \
    spelled_out as _spelled_out
from indexer.quotes import quoted_spans
from indexer.slogan_forms import reworded_earlier as _reworded_earlier, slogan_key, without_acronyms as _without_acronyms
from indexer.mottos import colon_messages, colon_themes, colon_wording, cue_colon_mottos, dash_mottos, hashtag_themes, known_unquoted, \
    theme_is


@dataclass
class Slogan:
    text: str
    key: str


# --- deciding -----------------------------------------------------------------

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
    joined = len(dashed) > 2 and not _code(dashed) or re.search(r"\s-|-\s|[–—]", content)   # not "Al-Qaeda", "Canopus-B-IR"
    if len(dashed) >= 2 and joined and all(1 <= len(s) <= 4 for s in dashed):
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
    if _code([p.split() for p in parts]):
        return False                              # a code: “Canopus-B-IR”
    if sum(match_key(p) in _rules()["motto_not"] for p in parts) >= 2:
        return False
    return content[:1].isupper() or _qualities(parts)


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
    words = [w for w in content.split() if w not in "-–—"]   # a dash between parts is no word
    key = match_key(content)
    known = len(words) <= 16 and key.startswith(r["openings"])   # a campaign or motto known by its words
    if _sentence_cue(text, start, content) and not re.search(r"[.!?]\s+\S", content):
        return True                               # Chủ đề của Đại hội … là: “…”
    if _spelled_out(text, start, end):
        return True                               # “5 rõ” (rõ người, rõ việc, …): a numbered motto spelled out
    left = _left_words(text, start)
    if key.startswith(r["event_openings"]) or _event_day(content):
        return False                              # lễ ra quân “Các chương trình, chiến dịch … hè năm 2020”: an event
    if r["parts_cue"].search(left) and (_parts_motto(content) or _list_motto(content)) and not _proverb(content):
        return True                               # gương “người tốt, việc tốt”, mảnh đất “trung dũng, kiên cường”
    if _WAR_ON.search(left) and _balanced_pair(content):
        return True                               # cuộc chiến “giữ nghiêm đảng, chống tham nhũng”: a campaign's motto
    if _called_campaign(left, content):
        return True                               # chương trình “… - Chung tay vì sức khỏe cộng đồng”
    if r["contest"].search(left) and not _parallel(content):
        return False                              # cuộc thi “Báo chí viết về nông thôn mới …”: a contest's name
    if r["principle"].search(left) and r["numbered"].match(key):
        return True                               # nguyên tắc “3 chung” — not a rule (“vào trái, ra phải”, “8 điểm”)
    if r["named_not"].search(left):
        return False                              # bộ tiêu chí “gia đình học tập”, chiến thắng “Hà Nội - Điện Biên Phủ trên không”: names
    if r["banner"].search(left) and _short_sentences(content):
        return True                               # khẩu hiệu “Quan hệ hữu nghị … muôn năm. Hòa bình thế giới muôn năm”
    if r["message"].search(left) and _short_sentences(content, 18):
        return True                               # nhấn mạnh thông điệp: “Việt Nam mong muốn … Thành công của … chúng tôi”
    theme_at = _nearest(r["theme"], left)
    long_theme = theme_at is not None and theme_at <= 2 and (
        len(words) <= r["long_theme"] and bool(re.search(r"\s[-–—:]\s", content))   # a workshop's theme in two parts
        or content.count(";") >= 2 and len(words) <= r["long_congress_words"])   # a congress theme: “A; B; C”
    if not words or len(words) > 25 and not long_theme and not _long_motto(content, left) \
            or re.search(r"[.!?]\s+\S", content) and not known:
        return False                              # speech: long or several sentences
    if len(words) == 1 and content.islower() or _RUDE.search(content):
        return False                              # one lowercase word: scare quotes (tiêu chí “mềm”); threats (tao, mày)
    if _scare_quote(content) and not r["adjacent"].search(left):
        return False                              # two lowercase words: a scare quote (“văn minh”)
    if content.islower() and not re.search(r"[-–—,\d]", content) and (_DEMONSTRATIVE.match(text, end + 1)
                                                                    or _METAPHOR.search(left)):
        return False                              # a description: mục tiêu “đầy tham vọng” này; trở thành một “bản giao hưởng”
    strong, weak = _nearest(r["strong"], left), _nearest(r["weak"], left)
    if strong is not None and strong == _nearest(_TOPICS, left):
        strong = None                             # một chủ đề nhạy cảm trong “…”, nhiều chủ đề trong đó có “…”: topics
    if (_adjacent(left, content) or r["inscription"].search(left)) and len(words) >= 3 \
            or _campaign(left) and len(words) <= 8 \
            or r["theme_of"].search(left) or r["named_campaign"].search(left) and _name_like(content) \
            or _listed(left) and len(words) <= 8 and content[:1].isupper():
        strong = 0                                # chiến dịch “Giờ Trái đất”, chiến dịch “Đông tiến”, vòng hoa … dòng chữ “…”
    if text[start - 1:start] in ("'", "‘") and not known and not (theme_at is not None and theme_at <= 2) and not _parallel(content) \
            and not _MOVEMENT_CUE.search(left) and not _numbered_parts(content):   # phong trào 'Bình dân học vụ số', ‘5 không, 3 sạch” count
        return False                              # a headline's 'Vua, Chúa', 'Bỏ thì thương, vương thì tội': sayings
    after = text[end + 1:end + 40]
    if len(words) <= 16 and "của" in after and r["movement_after"].match(match_key(after)):
        return True                               # “Đoàn kết, sáng tạo, …” của phong trào thi đua
    if len(words) <= 16 and r["cue_after"].match(match_key(after)):
        return True                               # “Chính phủ kiến tạo, doanh nghiệp sáng tạo” là thông điệp
    if content[:1].islower() and _dash_chain(content):
        return True                               # “xanh- sạch- đẹp”: qualities are no title nor speech
    title = _nearest(r["title"], left)
    if title is None and _named_movement(content, key, min((d for d in (strong, weak) if d is not None), default=99)):
        return True                               # đẩy mạnh “Phong trào nông dân thi đua sản xuất kinh doanh giỏi”
    cue = min((d for d in (strong, weak) if d is not None), default=None)
    if (key.startswith(r["openings"]) or r["year_theme"].match(key)) and len(words) <= 16 \
            and (content[:1].isupper() or cue is not None or len(words) > 3):   # phải “dân vận khéo”: scare quotes
        if r["directive"].search(left):
            return True                           # Chỉ thị 03 …: “Học tập và làm theo …”: the campaign behind it
        return title is None or (cue is not None and cue <= title)   # "Năm Dân vận 2017"
    other = [d for d in (title, _nearest(r["speech"], left)) if d is not None]
    blocker = min(other) if other else None
    if strong is not None and (blocker is None or strong <= blocker):
        talk = _nearest(r["talk"], left)
        if theme_at is not None and theme_at <= strong and (talk is not None and talk - theme_at <= 25
                                                            or _talk_about(text, start)):
            return False                          # tham luận với chủ đề: “…” is a talk's title
        return len(words) <= 20 or long_theme or _long_motto(content, left)
    if _list_motto(content) and min((d for d in (strong, weak) if d is not None), default=99) <= 2:
        return True                               # với tinh thần “tiếp thu, cầu thị, rút kinh nghiệm, đổi mới”
    teaching = _nearest(r["teaching"], left)
    taught = teaching is not None and r["taught"].search(left)
    if teaching is not None and (_balanced_pair(content) or taught and (_parallel_pair(content) or _taught_parts(content))) \
            and (title is None or teaching < title or _TOPIC_IS.search(left)):
        return True                               # a motto taught: căn dặn “dĩ bất biến, ứng vạn biến”
    if _numbered_parts(content) and (blocker is None or blocker > 20) and not r["principle"].search(left):
        return True                               # chủ trương “3 đồng hành, 5 hỗ trợ” — not a rule: nguyên tắc “2 giàu, 1 nghèo”
    if blocker is not None and (weak is None or blocker < weak):
        return False
    return _shape(content) or _chiasmus(content) or (_parallel(content) or _quality_title(content) or _quality_pair(content, left)
                               or r["doctrine"].search(left) and _parallel(content, listed=True)) \
        and not r["saying"].search(left)


_MOVEMENT = r"(?<!\w)(?:phong trào|cuộc vận động)"
_MOVEMENT_CUE = re.compile(_MOVEMENT + r"(?: thi đua)?\W*$")     # right before the quote
_MOVEMENT_WORD = re.compile(_MOVEMENT + r"(?!\w)")               # anywhere in the clause


def _adjacent(left: str, content: str) -> bool:
    """A cue right before the quote that makes it a slogan whatever its shape — but an aim in lower
    case after "mục tiêu" is a plain aim (mục tiêu “hỗ trợ kĩ thuật”, “xây dựng lại châu Âu”: 11 on
    the 35k corpus) unless it has a motto's shape, a numbered motto or opens a known one (“không để
    ai bị bỏ lại …”, the UN's “leave no one behind”)."""
    m = _rules()["adjacent"].search(left)
    return bool(m) and not (m.group().endswith("mục tiêu") and content[:1].islower()
                            and not _NUMBERED.search(slogan_key(content)))   # mục tiêu “thành phố 4 an”


_TOPICS = re.compile(r"(?<!\w)(?:một|nhiều|các|những|hai|ba|bốn|năm|mấy) chủ đề(?!\w)")
_WAR_ON = re.compile(r"(?<!\w)cuộc chiến\W*$")   # a war on something: a campaign when its quote is a balanced motto
_RUDE = re.compile(r"(?<!\w)(?:[Tt]ao|[Mm]ày)(?!\w)")   # dòng chữ “Lần sau đỗ xe ở đây đừng trách tao”
_TOPIC_IS = re.compile(r"(?<!\w)về(?: \S+){1,6} là ?:?$")   # lời dạy của Bác về người cán bộ Tư pháp là “…”: a topic, no title


def _talk_about(text: str, start: int) -> bool:
    """A speech's or a session's subject: "bài phát biểu … về chủ đề “…”", "… với chủ đề chính là
    “…”", "phiên họp toàn thể vào sáng 3/6 có chủ đề là “…”" in one sentence."""
    left = _left_words(text, start, 40)
    return bool(_TALK_THEME.search(left) and _rules()["talk"].search(left))


_TALK_THEME = re.compile(r"(?<!\w)(?:về|với|có|quanh) chủ đề(?: chính)?(?: là)? ?:?$")   # phiên họp … có chủ đề là “…”


def _taught_parts(content: str) -> bool:
    """3-6 short comma parts of a motto's shape, after a teaching: “Phụng công, thủ pháp, chí công, vô tư”."""
    return 3 <= len(_comma_parts(content)) <= 6 and _shape(content)


def _motto_sentence(text: str, start: int, end: int) -> str | None:
    """A quote after khẩu hiệu or phương châm whose first sentence is a dash motto and whose
    closing mark a page put paragraphs later: its first sentence (“Tuổi trẻ Việt Nam Khát vọng –
    Tiên phong - Đoàn kết - Bản lĩnh - Sáng tạo. Đại hội biểu thị quyết tâm …”)."""
    head, dot, rest = text[start:end].partition(". ")
    if not dot or not rest.strip() or not _rules()["long_cue"].search(_left_words(text, start)):
        return None
    parts = [p.split() for p in re.split(r"\s+[-–—]\s+", head)]
    ok = 3 <= len(parts) <= 8 and all(1 <= len(p) <= 6 for p in parts) and head[:1].isupper() and _plain(head)
    return head.strip() if ok else None


def _event_day(content: str) -> bool:
    """A week's or a day's name: “Tuần lễ quốc gia …”, “Ngày Môi trường thế giới”."""
    return bool(_rules()["event_day"].match(match_key(content.strip())))


_DEMONSTRATIVE = re.compile(r"\s+(?:này|đó|ấy|kia)(?!\w)")
_METAPHOR = re.compile(r"(?<!\w)(?:trở thành|thành|là|như) (?:một|những)$")


_THING = re.compile(r"(?:^|,\s*)(?:con|cái|chiếc|của|quả|hòn|cây)\s", re.IGNORECASE)


def _proverb(content: str) -> bool:
    """Parts that open with a thing are a proverb's, not a motto's: tinh thần “con trâu đi
    trước, cái cày theo sau”, “của công chia ba, của nhà chia đôi” (a motto's open with an
    act or a quality: “tương thân, tương ái”, “gác lại quá khứ, hướng tới tương lai”)."""
    return bool(_THING.search(content))


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


_PROGRAMME_BEFORE = re.compile(r"(?<!\w)chương trình(?: \S+){0,2}\W*$")


def _called_campaign(left: str, content: str) -> bool:
    """chương trình “Tự hào dưới cờ Đảng - Lan tỏa sắc đỏ niềm tin”: 2-3 capitalized dash parts
    of 2-7 words, one opening with a call to act (data/slogan_rules.json call_openings)."""
    if not _PROGRAMME_BEFORE.search(left):
        return False
    parts = [p.strip() for p in re.split(r"\s[-–—]\s", content)]
    return 2 <= len(parts) <= 3 and all(p[:1].isupper() and 2 <= len(p.split()) <= 7 for p in parts) \
        and any((match_key(p) + " ").startswith(_rules()["call_openings"]) for p in parts)


def _campaign(left: str) -> bool:
    """“chương trình” + 1-4 words naming a cause right before the quote: a campaign's
    name (chương trình hiến máu tình nguyện “Hành trình đỏ”), not a show's title."""
    m = _rules()["campaign"].search(left)
    return bool(m and _rules()["campaign_words"].search(m.group(1)))


def _sentence_cue(text: str, start: int, content: str) -> bool:
    """A theme or action slogan of a congress (or an emulation drive) named by its sentence:
    the sentence opens with "Chủ đề"/"Khẩu hiệu" and ends with ":" ("Khẩu hiệu hành động của
    Đại hội đại biểu Đảng bộ tỉnh … lần thứ XVI là: “…”"), or ends with the cue ("Đại hội xác
    định chủ đề: “…”", "phong trào thi đua … với chủ đề “…”"), and names a congress or a drive
    (đại hội, thi đua). Such a theme counts up to long_congress_words, however long."""
    left = text[max(0, start - 400):max(0, start - 1)]
    head = match_key(re.split(r"[.!?\n“”\"«»]", left)[-1].strip(" -–*0123456789."))
    r = _rules()
    if not (head.endswith(":") and r["sentence_cue"].match(head) or r["sentence_cue_end"].search(head)):
        return False
    return content[:1].isupper() and len(content.split()) <= r["long_congress_words"] \
        and bool(r["congress_words"].search(head))


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
    if r["title"].search(low) or r["speech"].search(low) or r["organisation"].search(low) or r["named_not"].search(low):
        return False                              # … phong trào “A” và bài viết “B”; chiến dịch “A” của tổ chức “B”
    words = text[start:end].split()
    if text[start:start + 1].islower() and low.strip() in ("như", "là", "được coi là", "được xem là"):
        return False                              # “Đời sống mới” như “một điều cần kíp cho …”: a description
    if _scare_quote(text[start:end]):
        return False                              # … thì “văn minh” nằm ở vị trí cuối: a scare quote
    return 0 < len(words) <= 16 and not re.search(r"[.!?]\s+\S", text[start:end])


def _activity(text: str, start: int) -> bool:
    """The quote at start names an activity: right after "mô hình" (checked cheaply first)."""
    return "mô hình" in text[max(0, start - 30):start].lower() \
        and bool(_rules()["activity"].search(_left_words(text, start)))


def find_slogans(text: str) -> list[Slogan]:
    """Slogans in order of first mention, one per slogan_key."""
    text = nfc(text)
    if "''" in text:
        text = text.replace("''", '" ')           # a quote between doubled apostrophes: ''50 ngày thi đua …''
    found: list[tuple[int, str]] = []
    activities: dict[str, int] = {}               # key → where first named as an activity
    taken: list[tuple[int, int]] = []
    prev_end = activity_end = last = None        # last: (end, rejected, start of its list) of the quote before
    names = False                                 # a list of quoted names with one no slogan (gương “A”, “B” …)
    spans = quoted_spans(text)
    for s, e in spans:
        listed = activity_end is not None and text[activity_end + 1:s - 1].strip(" ,;.") in ("", "và")
        if listed or _activity(text, s):
            activity_end = e                      # mô hình “A”, “Ngày chủ nhật xanh”: activities …
            activities.setdefault(slogan_key(text[s:e]), s)
            if _parts_motto(text[s:e], digits=True) or _parallel(text[s:e], listed=True) or _quality_title(text[s:e]) \
                    or _NUMBERED_PAIR.search(slogan_key(text[s:e])):
                found.append((s, text[s:e].strip()))   # … but “Chi bộ 4 tốt, đảng viên 5 tốt” is a motto
            last = None
            continue
        activity_end = None
        joined = last is not None and text[last[0] + 1:s - 1].strip(" ,;.…") in ("", "và", "hay", "hoặc")
        names = joined and (names or last[1])
        if joined and last[1] and _rules()["title"].search(_left_words(text, last[2])):
            last = (e, True, last[2])             # phim như “Tây Du Ký II”, “Đắc Kỷ - Trụ Vương”: a list of titles
            continue
        if _event_day(text[s:e]):
            if prev_end is not None and _continues(text, prev_end, s, e) \
                    or _nearest(_rules()["strong"], _left_words(text, s)) is not None:
                prev_end = e                      # hưởng ứng “Tuần lễ quốc gia …”, “Chiến dịch …”: the list goes on
            last = (e, False, s)
            continue
        ok = is_slogan(text, s, e) or prev_end is not None and _continues(text, prev_end, s, e) \
            and (not names or _parts_motto(text[s:e])) and not text[s:e].rstrip().endswith("?")   # a question goes on no list
        first = None if ok else _motto_sentence(text, s, e)
        if ok or first:                           # in a list of names some of which are none, mottos only
            found.append((s, first or text[s:e].strip()))
            taken.append((s, e))
            prev_end = e
        last = (e, not ok, s)
    found.extend(cue_colon_mottos(text))
    found.extend((i, m) for i, m in dash_mottos(text) if not any(s <= i < e for s, e in taken))   # not in a quote
    found.extend(colon_themes(text))
    found.extend(colon_messages(text))
    found.extend((i, m) for i, m in known_unquoted(text) if not any(s <= i < e for s, e in taken))   # not a part
    found.extend(theme_is(text))
    found.extend(hashtag_themes(text))
    found.extend(colon_wording(text, taken))
    found = sorted(_reworded_earlier(text, spans, _first_forms(text, found)))
    movements = {slogan_key(t) for i, t in found if slogan_key(t) in activities and _movement_cued(text, i)}
    out, seen, heads = [], set(), {}
    for i, t in found:
        k = slogan_key(t)
        if activities.get(k, i) != i and k not in movements:
            continue                              # a model's name: mô hình “Dân vận khéo”, … “Dân vận khéo” mang;
            # a headline's “Dân vận khéo 1+10” then Mô hình “Dân vận khéo 1+10” — unless a movement's
            # cue names it too: mô hình “DÂN VẬN KHÉO” … một phong trào … đó chính là “Dân vận khéo”
        head = " ".join(k.split()[:8]) + " …" if len(k.split()) > 8 else k
        bare = slogan_key(_BRACKETED.sub("", t)) if "(" in t else k   # “Cựu chiến binh (CCB) gương mẫu”: one form more
        if k and k not in seen and bare not in seen and (head not in heads or _more_parts(heads[head], t)):
            seen.update((k, bare))                # 8 words alike: one movement reworded (… của Bác)
            heads.setdefault(head, t)
            out.append(Slogan(t.rstrip(" .,;!"), k))
    return _without_acronyms(_without_parts(out))


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _movement_cued(text: str, i: int) -> bool:
    """A movement's cue (phong trào, cuộc vận động) in the clause before the mention at i."""
    return bool(_MOVEMENT_WORD.search(_left_words(text, i, 20)))



def _more_parts(first: str, t: str) -> bool:
    """t is first's list of parallel parts with more parts: “dân biết, …, dân giám sát” then
    “dân biết, …, dân giám sát, dân thụ hưởng” (two forms of a phương châm, two slogans)."""
    a, b = slogan_key(first), slogan_key(t)
    return b.startswith(a + " ") and len(_comma_parts(t)) > len(_comma_parts(first)) >= 3


def _without_parts(found: list[Slogan]) -> list[Slogan]:
    """A slogan in lower case that is one comma part of another slogan is that slogan's part,
    quoted alone (“dân thụ hưởng” beside “dân biết, …, dân thụ hưởng”; a headline's 'nói không
    với tai nạn lao động' beside chủ đề “Phòng ngừa tai nạn lao động, nói không với …”) — not a
    name capitalized (“Lao động sáng tạo” beside “Phụ nữ …, lao động sáng tạo, …”: two)."""
    if not any(s.text[:1].islower() for s in found):
        return found                              # cheap: most lists have none
    parts = {slogan_key(" ".join(p)) for s in found if "," in s.text for p in _comma_parts(s.text)}
    return [s for s in found if not (s.text[:1].islower() and s.key in parts and "," not in s.text)]


def _contains(a: str, b: str) -> bool:
    """Whether key a holds key b as whole words (or is b)."""
    return f" {b} " in f" {a} "


_NUMBERED_PAIR = re.compile(r"\b\d (?:khong|co|tot) \d (?:sach|phat huy|tot)$")   # mô hình “Xây dựng gia đình 5 có, 3 sạch”
_NUMBERED = re.compile(r"\b\d (?:khong|sach|tot|co|an|xanh)\b")   # “5 không, 3 sạch”, “4 tốt” (keys are folded)




def _first_forms(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A numbered motto quoted earlier without a cue, in a shorter or a fuller form (a headline's
    “5 không, 3 sạch”, then cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”), is listed
    where and as it was first written: one slogan in two forms."""
    if not any(_NUMBERED.search(slogan_key(t)) for _, t in found):
        return found                              # cheap: most texts have none
    earlier = [(s, slogan_key(text[s:e]), text[s:e].strip()) for s, e in quoted_spans(text)
               if len(text[s:e].split()) <= 8 and _NUMBERED.search(slogan_key(text[s:e]))]
    out = []
    for i, t in found:
        k = slogan_key(t)
        first = next(((s, q) for s, qk, q in earlier if s < i and (_contains(k, qk) or _contains(qk, k))), None)
        out.append(first if first and _NUMBERED.search(k) else (i, t))
    return out
