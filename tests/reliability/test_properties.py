"""Properties that must hold for any input (hypothesis): the normalizer, document
numbers, the query language and the decoder never break, whatever they are fed."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.encoding import DecodeError, decode
from archive.vntext import fold, folded_key, match_key, nfc, unify_tones
from indexer.docnums import canonical, find_docnums
from indexer.query import QueryError, parse_query

# The Vietnamese alphabet with every tone, both cases, written out by hand
VOWELS = ("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ").split()
LETTERS = "".join(VOWELS) + "bcdđghklmnpqrstvx"
VIETNAMESE = LETTERS + LETTERS.upper() + " -,.0123456789"
viet_text = st.text(alphabet=VIETNAMESE, max_size=80)
any_text = st.text(max_size=80)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.one_of(viet_text, any_text))
def test_normalizer_is_idempotent_and_nfc(text):
    for f in (nfc, unify_tones, match_key, fold, folded_key):
        once = f(text)
        assert f(once) == once
        assert unicodedata.is_normalized("NFC", once)


@FAST
@given(st.one_of(viet_text, any_text))
def test_nfd_input_normalizes_like_nfc(text):
    nfd = unicodedata.normalize("NFD", text)
    assert match_key(nfd) == match_key(text)
    assert folded_key(nfd) == folded_key(text)


@FAST
@given(viet_text)
def test_folding_is_total_on_vietnamese(text):
    assert folded_key(text).isascii()             # every Vietnamese letter has a plain form
    assert len(fold(text)) == len(nfc(text))      # one letter for one: offsets survive folding


# -- document numbers -------------------------------------------------------------

PARTY_TYPES = ["NQ", "KL", "CT", "QĐ", "HD", "KH", "TB", "BC"]
PARTY_ISSUERS = ["TW", "TU", "HU", "ĐU", "BTGTW"]
STATE_TYPES = ["NĐ", "QĐ", "TT", "NQ", "CT"]
STATE_ISSUERS = ["CP", "TTg", "UBND", "BTC", "BNV"]


@st.composite
def docnumber(draw):
    """(as typed in a canonical spelling, the same number in a messy spelling)."""
    n = draw(st.integers(1, 9999))
    zeros = "0" * draw(st.integers(0, max(0, 3 - len(str(n)))))   # 01, 005: padded to 2-3 digits
    sp = lambda: draw(st.sampled_from(["", " "]))  # noqa: E731
    dash = draw(st.sampled_from(["-", "–"]))
    case = draw(st.sampled_from([str, str.lower]))
    d_for_dj = draw(st.booleans())
    if draw(st.booleans()):
        t, i = draw(st.sampled_from(PARTY_TYPES)), draw(st.sampled_from(PARTY_ISSUERS))
        clean = f"{n}-{t}/{i}"
        messy = f"{zeros}{n}{sp()}{dash}{sp()}{case(t)}{sp()}/{sp()}{case(i)}"
    else:
        y = draw(st.integers(1990, 2030))
        t, i = draw(st.sampled_from(STATE_TYPES)), draw(st.sampled_from(STATE_ISSUERS))
        clean = f"{n}/{y}/{t}-{i}"
        messy = f"{zeros}{n}{sp()}/{sp()}{y}{sp()}/{sp()}{case(t)}-{case(i)}"
    if d_for_dj:
        messy = messy.replace("Đ", "D").replace("đ", "d")
    return clean, messy


@FAST
@given(docnumber())
def test_every_spelling_of_a_number_has_one_key(pair):
    clean, messy = pair
    key = canonical(clean)
    assert key is not None
    assert canonical(messy) == key
    found = find_docnums(f"Thực hiện văn bản số {messy} của cấp trên")
    assert [d.canonical for d in found] == [key]


@st.composite
def date_or_phone(draw):
    d, m, y = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(1945, 2030))
    sep = draw(st.sampled_from(["/", "-", "."]))
    digits = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=8, max_size=8)))
    return draw(st.sampled_from([
        f"{d}{sep}{m}{sep}{y}", f"{d:02d}{sep}{m:02d}{sep}{y}", f"{m}/{y}", f"{y}-{m:02d}-{d:02d}",
        f"0{digits[:3]} {digits[3:6]} {digits[6:]}", f"0{digits[:3]}.{digits[3:]}",
        f"+84 {digits[:3]} {digits[3:6]} {digits[6:]}", f"(0{digits[:3]}) {digits[3:]}",
        f"{y} - {y + 5}", f"{d}/{m}",
    ]))


@FAST
@given(date_or_phone())
def test_dates_and_phone_numbers_are_not_document_numbers(text):
    assert canonical(text) is None
    assert find_docnums(f"Ngày {text}, điện thoại {text}.") == []


# -- the query language -------------------------------------------------------------

query_text = st.one_of(
    any_text,
    st.lists(st.sampled_from(['Đảng', 'bộ', '"', '“', '”', '(', ')', 'AND', 'OR', 'NOT', '-', '-tỉnh', '*',
                              'tuyên*', 'title:', 'year:2021', 'date:2021-05', 'so:01-KL/TW', 'x:', ':',
                              '01-KL/TW', '15/2020/NĐ-CP', '\x00', '\x1b[2J', ' ']), max_size=30).map(" ".join),
)


@FAST
@given(query_text)
def test_any_query_parses_or_says_why(text):
    try:
        parse_query(text)
    except QueryError as e:
        assert str(e)


def test_pasted_page_and_deep_nesting_give_a_message_or_results():
    words = [f"từ{i}" for i in range(4000)]
    with pytest.raises(QueryError, match="too long"):
        parse_query(" ".join(words))
    for text in ("(" * 500 + "đảng" + ")" * 500, "NOT " * 500 + "đảng", "-" * 500 + "đảng"):
        with pytest.raises(QueryError, match="too deep"):
            parse_query(text)
    parsed = parse_query(" ".join(["đảng", "bộ"] * 2000))         # repeated words: two terms
    assert parsed.query is not None


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory):
    from archive.store import Archive
    from tests.conftest import Vankien

    home = tmp_path_factory.mktemp("prop") / "home"
    src = home.parent / "a.txt"
    src.write_text("Đảng bộ tỉnh Lai Châu\n\nĐảng bộ tỉnh thực hiện Kết luận 01-KL/TW về học tập và làm theo "
                   "tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2021.\n", encoding="utf-8")
    code, _, err = Vankien(home)("import", str(src))
    assert code == 0, err
    archive = Archive(home)
    yield archive
    archive.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(query_text)
def test_any_query_searches_or_says_why(small_archive, text):
    from indexer.search import search

    try:
        result = search(small_archive, text, limit=3)
    except QueryError as e:
        assert str(e)
    else:
        assert result.total >= len(result.hits)


def test_long_pasted_question_still_searches(small_archive):
    from indexer.search import search

    text = " ".join(["Đảng bộ tỉnh thực hiện Kết luận 01-KL/TW về học tập và làm theo tư tưởng"] * 300)
    assert search(small_archive, text).total == 1
    # no document has every word: the OR fallback over 4,000 repeated words, once each
    result = search(small_archive, " ".join(["Đảng", "bộ", "tỉnh", "Hà", "Giang"] * 800))
    assert (result.total, result.relaxed) == (1, True)


# -- the decoder -------------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.one_of(st.binary(max_size=400), any_text.map(lambda s: s.encode("utf-8", "surrogatepass")),
                 viet_text.map(lambda s: s.encode("cp1258", "ignore")),
                 viet_text.map(lambda s: s.encode("utf-16"))))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        decoded = decode(data)
    except DecodeError as e:
        assert str(e)
    else:
        assert isinstance(decoded.text, str) and unicodedata.is_normalized("NFC", decoded.text)


def test_cli_takes_a_query_word_that_starts_with_a_dash(small_archive):
    from tests.conftest import Vankien

    vankien = Vankien(small_archive.home)
    assert vankien("search", "-Giang", "--count")[:2] == (0, "1\n")         # NOT Giang: the one document
    assert vankien("search", "--count", "-tỉnh")[:2] == (1, "0\n")          # NOT tỉnh: none
    assert vankien("search", "Đảng", "-Giang", "-n", "1", "--json")[0] == 0
    assert vankien("search", "--count", "--", "-tỉnh")[:2] == (1, "0\n")
    code, _, err = vankien("search", "--bogus", "đảng")
    assert code == 2 and "--bogus" in err
