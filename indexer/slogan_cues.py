"""Cue lists of data/slogan_rules.json compiled once, and the small text checks that
indexer/slogans.py (quoted slogans) and indexer/mottos.py (unquoted mottos) share."""
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
        "principle": re.compile(r"(?<!\w)nguyên tắc\W*$"),
        "contest": re.compile(r"(?<!\w)cuộc thi\W*$"),
        "named_not": re.compile(r"(?<!\w)(?:bộ tiêu chí|chiến thắng|trận|trận đánh)\W*$"),
        "message": re.compile(r"(?<!\w)thông điệp ?:$"),   # nhấn mạnh thông điệp: “…. …” (not a page's notice)
        "banner": re.compile(r"(?<!\w)(?:khẩu hiệu|biểu ngữ)\W*$"),   # not "dòng chữ": an error page's message
        "doctrine": _phrase_re(raw["doctrine_cues"]),
        "numbered": re.compile(rf"^\d+ (?:{_alts(raw['numbered_motto_words'])})$"),
        "directive": re.compile(r"(?<!\w)chỉ thị(?: \S+){0,8} ?:$"),
        "event_openings": tuple(match_key(o) for o in raw["event_openings"]),
        "event_day": re.compile(rf"^(?:(?:{_alts(raw['event_day_openings'])})(?!\w)|ngày .+ (?:{_alts(raw['event_day_ends'])})$)"),
        "sentence_cue": re.compile(r"^(?:chủ đề|khẩu hiệu)(?!\w)"),
        "sentence_cue_end": re.compile(r"(?<!\w)(?:chủ đề|khẩu hiệu(?: hành động)?)(?: là)? ?:?$"),
        "congress_words": re.compile(r"(?<!\w)(?:đại hội|thi đua)(?!\w)"),
        "long_congress_words": raw["long_congress_words"],
        "saying": re.compile(rf"(?<!\w)(?:{_alts(raw['saying_cues'])})(?!\w)"),
    }


def _alts(phrases: list[str]) -> str:
    return "|".join(re.escape(match_key(p)) for p in phrases)


def _phrase_re(phrases: list[str]) -> re.Pattern:
    alts = "|".join(re.escape(match_key(p)) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


_WINDOW_CUT = re.compile(r"[“”\"«».!?;\n](?=[^“”\"«».!?;\n]*$)")


def left_words(text: str, start: int, n: int = 14) -> str:
    """The clause before a quote: back to the last quote mark or sentence end, n words.
    A one-word title cue written capitalized after a capitalized word is part of a name
    ("lễ hội cà phê Mê Trang" has no "trang" = page): it becomes "_"."""
    left = text[max(0, start - 1 - 200):max(0, start - 1)]
    m = _WINDOW_CUT.search(left)
    if m:
        left = left[m.end():]
    words = left.split()[-n:]
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
PRONOUNS = re.compile(r"(?<!\w)(?:tôi|chúng tôi|chúng ta|chúng tao|tao|mình|tớ|bạn|anh(?! hùng)|chị|em|ông|bà)(?!\w)")


def qualities(parts: list[str]) -> bool:
    """Half the parts or more are qualities (motto_words): "xanh- sạch- đẹp" — not a cycle,
    steps or things ("sinh - lão - bệnh - tử", "chặn xe - kiểm sổ - trả lại")."""
    return 2 * sum(match_key(p) in rules()["motto_words"] for p in parts) >= len(parts)


def comma_parts(content: str) -> list[list[str]]:
    return [p.split() for p in re.split(r"\s*,\s*", content.strip(" .")) if p.strip()]


def plain(content: str) -> bool:
    """No digit and no I/you pronoun: a motto's words, not a figure or a speaker's."""
    return not re.search(r"\d", content) and not PRONOUNS.search(match_key(content))
