"""TCVN3 / VNI: encoding, decoding, detection and mojibake repair (archive/legacy.py).

Real text comes from ../shared/corpus/news-35k.tar.gz, read with tarfile
directly (skipped where absent): political/party articles (listed in
news/party_gov_subset.txt) among the first 1,000 files in archive order —
the first 2,000 characters of 20 of them, and their first 200 paragraphs.
"""
from __future__ import annotations

import functools
import json
import random
import tarfile
import unicodedata
from pathlib import Path

import pytest

from archive import legacy
from archive.legacy import (decode_tcvn3, decode_vni, detect_legacy, encode_tcvn3, encode_vni,
                            repair_mojibake, vietnamese_score)

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpus" / "news-35k.tar.gz"
CODECS = {"tcvn3": (encode_tcvn3, decode_tcvn3), "vni": (encode_vni, decode_vni)}
ROWS = json.loads((ROOT / "data" / "legacy" / "vn_legacy_mapping.json").read_text("utf-8"))["rows"]

TCVN3_MOJIBAKE = "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
VNI_MOJIBAKE = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"

# Written for these tests (not corpus text).
FRENCH = """Le gouvernement a présenté mercredi un projet de loi sur la réforme des retraites, très critiqué.
À Paris, les manifestants se sont réunis place de la République ; la préfecture évoque 12 000 personnes.
« Nous ne céderons pas », a déclaré le Premier ministre après une réunion à Matignon.
L'été dernier, la sécheresse a touché près de 90 % des départements ; les agriculteurs réclament des aides.
Ça coûte cher : le prix du pain a augmenté, et les boulangers dénoncent la hausse du coût de l'énergie.
Noël approche : les marchés de Strasbourg accueillent des milliers de visiteurs venus d'Allemagne."""
ENGLISH = """The committee’s report — published on Tuesday — found that 35% of the samples exceeded 2.5 µm.
“We’re not there yet,” said Dr. O’Neil, whose lab measured sizes between 0.1 µm and 10 µm · daily.
Temperatures reached 38 °C; the café served crème brûlée for £5 © 2020 Example Press®."""
VIETNAMESE_WITH_SYMBOLS = """Kích thước hạt bụi mịn PM2.5 nhỏ hơn 2,5 µm, gây hại cho phổi.
Giá: 5 µm · Cà Mau
Mô men: 250 N·m · 300 N·m · Giá 5 µm · Cà Mau
© 2020 Báo Nhân Dân · Bản quyền thuộc về tòa soạn.
Tôi là Mô. Cà phê và bánh mì."""


# --- real text ----------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus():
    """(20 article heads of 2,000 chars, 200 paragraphs) from the party/government subset."""
    if not NEWS.exists():
        pytest.skip("../shared/corpus/news-35k.tar.gz is absent")
    early, subset = {}, None
    with tarfile.open(NEWS, "r|gz") as tar:
        for member in tar:
            name = member.name.rsplit("/", 1)[-1]
            if name == "party_gov_subset.txt":
                subset = tar.extractfile(member).read().decode().split()
                break
            if member.isfile() and name.endswith(".txt") and len(early) < 1000:
                early[name] = unicodedata.normalize("NFC", tar.extractfile(member).read().decode("utf-8"))
    assert subset, "party_gov_subset.txt not found in the archive"
    articles = [early[n] for n in early if n in set(subset)]
    assert len(articles) >= 20
    paragraphs = [p for a in articles for p in a.split("\n") if len(p.split()) >= 3][:200]
    assert len(paragraphs) == 200
    return [a[:2000] for a in articles[:20]], paragraphs


def _writable(text: str, encode) -> str:
    """The text with characters the legacy encoding cannot hold replaced by "?"."""
    return "".join(ch if _can_write(ch, encode) else "?" for ch in unicodedata.normalize("NFC", text))


@functools.lru_cache(maxsize=None)
def _can_write(ch: str, encode) -> bool:
    try:
        encode(ch)
    except ValueError:
        return False
    return True


def _cp1258(text: str) -> bytes:
    """Windows-1258 the way Vietnamese software writes it: precomposed base + combining tone."""
    return b"".join(_cp1258_char(ch) for ch in unicodedata.normalize("NFC", text))


@functools.lru_cache(maxsize=None)
def _cp1258_char(ch: str) -> bytes:
    nfd = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in nfd if c in "\u0300\u0301\u0303\u0309\u0323")
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in tone))
    return (base + tone).encode("cp1258", errors="replace")


# --- the table -------------------------------------------------------------------

@pytest.mark.parametrize("name", CODECS)
def test_every_letter_of_the_table_round_trips(name):
    encode, decode = CODECS[name]
    for row in ROWS:
        letter = row["unicode"]
        assert encode(letter) == row[name].encode("latin-1")
        assert decode(encode(letter)) == letter, letter
        word = f"X{letter}n"       # inside a word too, capitals with tones included
        assert decode(encode(word)) == word


def test_table_codes_are_unique_bytes():
    for name in CODECS:
        codes = [row[name] for row in ROWS]
        assert len(set(codes)) == len(codes), name
        assert all(0x20 <= ord(c) <= 0xFF and not 0x80 <= ord(c) <= 0x9F for code in codes for c in code)


def test_vni_corrections_y_with_hoi_and_nga():
    """The source table gave ỹ the byte of ì and ỷ the byte of ặ's mark; VNI writes y + tone byte."""
    assert encode_vni("ỷ ỹ Ỷ Ỹ") == b"y\xfb y\xf5 Y\xdb Y\xd5"
    assert decode_vni(b"\xec \xcc") == "ì Ì"
    assert decode_vni(b"ky\xf5 thua\xe4t") == "kỹ thuật"


def test_known_byte_strings():
    assert encode_tcvn3("Cộng hoà xã hội chủ nghĩa Việt Nam") == TCVN3_MOJIBAKE.encode("latin-1")
    assert encode_vni("Cộng hòa xã hội chủ nghĩa Việt Nam") == VNI_MOJIBAKE.encode("latin-1")
    assert decode_tcvn3(b"\xa7\xb6ng") == "Đảng"
    assert decode_vni(b"\xd1a\xfbng") == "Đảng"


# --- TCVN3 capitals ------------------------------------------------------------------

def test_tcvn3_capital_with_tone_is_base_capital_plus_lowercase_tone_byte():
    assert encode_tcvn3("Ố") == b"\xa4\xe8"           # Ô + ố
    assert encode_tcvn3("Á") == b"A\xb8"              # A + á
    assert decode_tcvn3(b"\xa4\xe8") == "Ố"
    text = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    assert decode_tcvn3(encode_tcvn3(text)) == text


def test_tcvn3_capitals_written_with_lowercase_tone_bytes_are_restored():
    """Other converters and the .VnTimeH caps font write the lowercase toned byte in capital words."""
    assert decode_tcvn3(b"C\xe9NG HO\xb5 X\xb7 H\xe9I CH\xf1 NGH\xdcA VI\xd6T NAM") == \
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert decode_tcvn3(b"\xa7\xcaT \xb8N") == "ĐẤT ÁN"
    # Title case beside abbreviations stays as written; a lone toned letter cannot be told.
    assert decode_tcvn3(b"S\xeb GTVT, B\xe9 GD\xa7T") == "Sở GTVT, Bộ GDĐT"
    assert decode_tcvn3(b"\xeb \xa7\xa9u") == "ở Đâu"


def test_tcvn3_known_ambiguity_capitals_glued_to_a_toned_word():
    """A typo gluing an abbreviation to a word ("QHđã") reads as a capital word: documented loss."""
    assert decode_tcvn3(encode_tcvn3("Thường vụ QHđã họp")) == "Thường vụ QHĐÃ họp"


# --- encoding / decoding details -------------------------------------------------------

def test_encode_normalizes_and_refuses_what_it_cannot_write():
    assert encode_tcvn3(unicodedata.normalize("NFD", "Việt Nam")) == encode_tcvn3("Việt Nam")
    assert encode_vni(unicodedata.normalize("NFD", "Việt Nam")) == encode_vni("Việt Nam")
    assert encode_tcvn3("A-1 (b)") == b"A-1 (b)"
    for encode in (encode_tcvn3, encode_vni):
        for bad in ("©", "ñ", "中"):
            with pytest.raises(ValueError):
                encode(f"x{bad}")


def test_cp1252_punctuation_at_0x80_0x9f_survives():
    """Word-era files keep “ ” – … at cp1252 positions; no legacy letter lives there."""
    text = "“Việt Nam” – Hà Nội…"
    for encode, decode in CODECS.values():
        assert b"\x93" in encode(text)
        assert decode(encode(text)) == text


def test_vni_decodes_i_and_y_with_tone_bytes_from_other_converters():
    assert decode_vni(b"ky\xef lua\xe4t, chi\xf8") == "kỵ luật, chì"


def test_decoders_return_nfc():
    for encode, decode in CODECS.values():
        out = decode(encode("Nghị quyết Đại hội XIII"))
        assert out == unicodedata.normalize("NFC", out) == "Nghị quyết Đại hội XIII"


# --- real text round trips -------------------------------------------------------------

@pytest.mark.parametrize("name", CODECS)
def test_corpus_articles_round_trip(corpus, name):
    encode, decode = CODECS[name]
    for text in corpus[0]:
        text = _writable(text, encode)
        assert decode(encode(text)) == text


@pytest.mark.parametrize("name", CODECS)
def test_corpus_paragraphs_round_trip(corpus, name):
    encode, decode = CODECS[name]
    for p in corpus[1]:
        p = _writable(p, encode)
        assert decode(encode(p)) == p


# --- detection ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", CODECS)
def test_detects_legacy_articles_and_paragraphs(corpus, name):
    encode, _ = CODECS[name]
    for text in corpus[0] + corpus[1][:60]:
        assert detect_legacy(encode(_writable(text, encode))) == name


def test_detects_short_titles():
    assert detect_legacy(encode_tcvn3("Nghị quyết Đại hội Đảng lần thứ XIII")) == "tcvn3"
    assert detect_legacy(encode_vni("Nghị quyết Đại hội Đảng lần thứ XIII")) == "vni"


def test_cp1258_vietnamese_is_not_legacy(corpus):
    for text in corpus[0] + corpus[1][:60]:
        assert detect_legacy(_cp1258(text)) is None


@pytest.mark.parametrize("text", [FRENCH, ENGLISH] + FRENCH.splitlines() + ENGLISH.splitlines())
def test_western_text_is_not_legacy(text):
    for codec in ("latin-1", "cp1252"):
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue
        assert detect_legacy(data) is None


def test_random_bytes_are_not_legacy():
    rnd = random.Random(20240611)
    # ASCII letters and spaces with a third of high bytes: the shape of legacy text
    shaped = list(b"  abcdeghiklmnopqrstuvxy") * 8 + list(range(0xA0, 0x100))
    for size in (20, 200, 2000):
        for _ in range(10):
            assert detect_legacy(rnd.randbytes(size)) is None
            assert detect_legacy(bytes(rnd.choices(shaped, k=size))) is None


# --- mojibake repair ----------------------------------------------------------------------

def test_repairs_the_examples():
    assert repair_mojibake(TCVN3_MOJIBAKE) == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert repair_mojibake(VNI_MOJIBAKE) == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert repair_mojibake("Hµ Néi") == "Hà Nội"


@pytest.mark.parametrize("name", CODECS)
def test_repairs_corpus_text_read_as_cp1252(corpus, name):
    encode, decode = CODECS[name]
    for i, text in enumerate(corpus[0] + corpus[1][:20]):
        data = encode(_writable(text, encode))
        assert repair_mojibake(data.decode("cp1252")) == decode(data)
        if i < 5:
            assert repair_mojibake(data.decode("latin-1")) == decode(data)


def test_repairs_only_the_mojibake_lines_of_a_mixed_text(corpus):
    good = corpus[1][0]
    bad = corpus[1][1]
    mixed = "\n".join([good, encode_tcvn3(_writable(bad, encode_tcvn3)).decode("cp1252"), good])
    assert repair_mojibake(mixed) == "\n".join([good, _writable(bad, encode_tcvn3), good])


def test_real_paragraphs_are_left_alone(corpus):
    for p in corpus[1]:
        assert repair_mojibake(p) == p
        nfd = unicodedata.normalize("NFD", p)
        assert repair_mojibake(nfd) == nfd
    for text in corpus[0]:
        assert repair_mojibake(text) == text


@pytest.mark.parametrize("text", [ENGLISH, FRENCH, VIETNAMESE_WITH_SYMBOLS]
                         + ENGLISH.splitlines() + FRENCH.splitlines() + VIETNAMESE_WITH_SYMBOLS.splitlines())
def test_other_text_is_left_alone(text):
    assert repair_mojibake(text) == text
    nfd = unicodedata.normalize("NFD", text)
    assert repair_mojibake(nfd) == nfd


# --- the score -----------------------------------------------------------------------------

def test_vietnamese_score(corpus):
    scores = [vietnamese_score(p) for p in corpus[1]]
    assert min(scores) >= 0.6 and sum(scores) / len(scores) > 0.9
    assert vietnamese_score(ENGLISH) < 0.35
    assert vietnamese_score(FRENCH) < 0.35
    assert vietnamese_score(TCVN3_MOJIBAKE) < vietnamese_score(repair_mojibake(TCVN3_MOJIBAKE))
    assert vietnamese_score("") == 0.0


def test_syllable_rules():
    for word in ("nghiêng", "giếng", "quyết", "Đắk", "khuỷu", "Ủy", "VIỆT", "gì", "oà"):
        assert legacy.is_syllable(word), word
    for word in ("Céng", "héi", "hat", "ngi", "gha", "ViÖt", "nghóa", "Coäng", "µm", "CộNG"):
        assert not legacy.is_syllable(word), word
