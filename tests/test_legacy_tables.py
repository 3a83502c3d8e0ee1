"""TCVN3 (ABC) and VNI-Windows bytes typed in by hand from the published code charts,
decoded by the product: letter by letter, as whole sentences through
`archive.encoding.decode` (detection included), and through `vankien import`.

Nothing here comes from data/legacy or ../shared/legacy, nor from the product's
encoders. TCVN3 gives each toned lowercase letter one byte (à B5, á B8, ộ E9 …)
and the bare capitals Ă Â Ê Ô Ơ Ư Đ the bytes A1–A7; a toned capital is written
with the lowercase byte (.VnTimeH). VNI writes a base letter followed by mark
bytes: tones ø(F8) ù(F9) û(FB) õ(F5) ï(EF), circumflex+tone à á å ã ä (E0 E1 E5 E3 E4),
breve ê(EA) and breve+tone è é ú ü ë; capitals use the upper-case mark bytes
(Ø D8, Ù D9, Û DB, Õ D5, Ï CF, Â C2, Ä C4 …); ơ F4, ư F6, đ F1, Đ D1; i with a
tone is one byte (ì EC, í ED, ỉ E6, ĩ F3, ị F2).
"""
from __future__ import annotations

import pytest

from archive.encoding import decode
from archive.legacy import decode_tcvn3, decode_vni

# letter: (TCVN3 bytes, VNI bytes) — every tone, ă â ê ô ơ ư, đ/Đ, bare capitals
LETTERS = {
    "à": (b"\xb5", b"a\xf8"), "á": (b"\xb8", b"a\xf9"), "ả": (b"\xb6", b"a\xfb"),
    "ã": (b"\xb7", b"a\xf5"), "ạ": (b"\xb9", b"a\xef"),
    "ă": (b"\xa8", b"a\xea"), "ắ": (b"\xbe", b"a\xe9"), "ằ": (b"\xbb", b"a\xe8"),
    "ẳ": (b"\xbc", b"a\xfa"), "ẵ": (b"\xbd", b"a\xfc"), "ặ": (b"\xc6", b"a\xeb"),
    "â": (b"\xa9", b"a\xe2"), "ấ": (b"\xca", b"a\xe1"), "ầ": (b"\xc7", b"a\xe0"),
    "ẩ": (b"\xc8", b"a\xe5"), "ẫ": (b"\xc9", b"a\xe3"), "ậ": (b"\xcb", b"a\xe4"),
    "é": (b"\xd0", b"e\xf9"), "è": (b"\xcc", b"e\xf8"), "ẹ": (b"\xd1", b"e\xef"),
    "ê": (b"\xaa", b"e\xe2"), "ế": (b"\xd5", b"e\xe1"), "ề": (b"\xd2", b"e\xe0"),
    "ể": (b"\xd3", b"e\xe5"), "ễ": (b"\xd4", b"e\xe3"), "ệ": (b"\xd6", b"e\xe4"),
    "í": (b"\xdd", b"\xed"), "ì": (b"\xd7", b"\xec"), "ỉ": (b"\xd8", b"\xe6"),
    "ĩ": (b"\xdc", b"\xf3"), "ị": (b"\xde", b"\xf2"),
    "ó": (b"\xe3", b"o\xf9"), "ò": (b"\xdf", b"o\xf8"), "ỏ": (b"\xe1", b"o\xfb"),
    "õ": (b"\xe2", b"o\xf5"), "ọ": (b"\xe4", b"o\xef"),
    "ô": (b"\xab", b"o\xe2"), "ố": (b"\xe8", b"o\xe1"), "ồ": (b"\xe5", b"o\xe0"),
    "ổ": (b"\xe6", b"o\xe5"), "ỗ": (b"\xe7", b"o\xe3"), "ộ": (b"\xe9", b"o\xe4"),
    "ơ": (b"\xac", b"\xf4"), "ớ": (b"\xed", b"\xf4\xf9"), "ờ": (b"\xea", b"\xf4\xf8"),
    "ở": (b"\xeb", b"\xf4\xfb"), "ỡ": (b"\xec", b"\xf4\xf5"), "ợ": (b"\xee", b"\xf4\xef"),
    "ú": (b"\xf3", b"u\xf9"), "ù": (b"\xef", b"u\xf8"), "ủ": (b"\xf1", b"u\xfb"),
    "ũ": (b"\xf2", b"u\xf5"), "ụ": (b"\xf4", b"u\xef"),
    "ư": (b"\xad", b"\xf6"), "ứ": (b"\xf8", b"\xf6\xf9"), "ừ": (b"\xf5", b"\xf6\xf8"),
    "ử": (b"\xf6", b"\xf6\xfb"), "ữ": (b"\xf7", b"\xf6\xf5"), "ự": (b"\xf9", b"\xf6\xef"),
    "ý": (b"\xfd", b"y\xf9"), "ỳ": (b"\xfa", b"y\xf8"), "ỷ": (b"\xfb", b"y\xfb"), "ỹ": (b"\xfc", b"y\xf5"),
    "đ": (b"\xae", b"\xf1"), "Đ": (b"\xa7", b"\xd1"),
    "Ă": (b"\xa1", b"A\xca"), "Â": (b"\xa2", b"A\xc2"), "Ê": (b"\xa3", b"E\xc2"),
    "Ô": (b"\xa4", b"O\xc2"), "Ơ": (b"\xa5", b"\xd4"), "Ư": (b"\xa6", b"\xd6"),
}

# VNI capitals with a tone (upper-case mark bytes); TCVN3 has none of its own
VNI_CAPITALS = {"Á": b"A\xd9", "À": b"A\xd8", "Ả": b"A\xdb", "Ã": b"A\xd5", "Ạ": b"A\xcf",
                "Ấ": b"A\xc1", "Ậ": b"A\xc4", "Ắ": b"A\xc9", "Ặ": b"A\xcb", "Ế": b"E\xc1", "Ệ": b"E\xc4",
                "Ố": b"O\xc1", "Ộ": b"O\xc4", "Ớ": b"\xd4\xd9", "Ợ": b"\xd4\xcf", "Ứ": b"\xd6\xd9",
                "Ự": b"\xd6\xcf", "Í": b"\xcd", "Ị": b"\xd2", "Ủ": b"U\xdb", "Ý": b"Y\xd9"}

# Whole sentences, typed byte by byte
SENTENCES = [
    # (Unicode, TCVN3, VNI)
    ("Cộng hoà xã hội chủ nghĩa Việt Nam",
     b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam",
     b"Co\xe4ng hoa\xf8 xa\xf5 ho\xe4i chu\xfb ngh\xf3a Vie\xe4t Nam"),
    ("Độc lập - Tự do - Hạnh phúc",
     b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c",
     b"\xd1o\xe4c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9c"),
    ("Đảng bộ tỉnh", b"\xa7\xb6ng b\xe9 t\xd8nh", b"\xd1a\xfbng bo\xe4 t\xe6nh"),
    ("Ban Thường vụ Tỉnh ủy quyết định khen thưởng những tập thể xuất sắc.",
     b"Ban Th\xad\xeang v\xf4 T\xd8nh \xf1y quy\xd5t \xae\xdenh khen th\xad\xebng nh\xf7ng t\xcbp th\xd3 "
     b"xu\xcat s\xbec.",
     b"Ban Th\xf6\xf4\xf8ng vu\xef T\xe6nh u\xfby quye\xe1t \xf1\xf2nh khen th\xf6\xf4\xfbng nh\xf6\xf5ng ta\xe4p "
     b"the\xe5 xua\xe1t sa\xe9c."),
    ("Ông Ăn, bà Ơn và cô Ưng đều ở Đắk Lắk.",
     b"\xa4ng \xa1n, b\xb5 \xa5n v\xb5 c\xab \xa6ng \xae\xd2u \xeb \xa7\xbek L\xbek.",
     b"O\xc2ng A\xcan, ba\xf8 \xd4n va\xf8 co\xe2 \xd6ng \xf1e\xe0u \xf4\xfb \xd1a\xe9k La\xe9k."),
]
CAPS = ("ĐẢNG CỘNG SẢN VIỆT NAM",
        b"\xa7\xb6NG C\xe9NG S\xb6N VI\xd6T NAM",                 # .VnTimeH: lowercase toned bytes
        b"\xd1A\xdbNG CO\xc4NG SA\xdbN VIE\xc4T NAM")


@pytest.mark.parametrize("letter", LETTERS)
def test_letters_from_the_published_charts(letter):
    tcvn3, vni = LETTERS[letter]
    assert decode_tcvn3(tcvn3) == letter
    assert decode_vni(vni) == letter
    # inside a word, between ASCII letters
    assert decode_tcvn3(b"x" + tcvn3 + b"n") == f"x{letter}n"
    assert decode_vni(b"x" + vni + b"n") == f"x{letter}n"


@pytest.mark.parametrize("letter", VNI_CAPITALS)
def test_vni_capitals_with_tones(letter):
    assert decode_vni(b"X" + VNI_CAPITALS[letter] + b"N") == f"X{letter}N"


def test_sentences_decode_through_detection():
    """All sentences in one file's worth of bytes: `decode` must recognise the encoding itself."""
    unicode = "\n".join([s[0] for s in SENTENCES] + [CAPS[0]])
    for column, name in ((1, "tcvn3"), (2, "vni")):
        data = b"\n".join([s[column] for s in SENTENCES] + [CAPS[column]])
        decoded = decode(data)
        assert (decoded.encoding, decoded.text) == (name, unicode)


@pytest.mark.parametrize("unicode, tcvn3, vni", SENTENCES + [CAPS])
def test_each_sentence_decodes(unicode, tcvn3, vni):
    assert decode_tcvn3(tcvn3) == unicode
    assert decode_vni(vni) == unicode


def _article(column: int) -> bytes:
    """A short article in one legacy encoding: a headline, then the sentences as paragraphs."""
    return b"\n\n".join(s[column] for s in [SENTENCES[2]] + SENTENCES[:2] + SENTENCES[3:])


def _article_text() -> str:
    return "\n\n".join(s[0] for s in [SENTENCES[2]] + SENTENCES[:2] + SENTENCES[3:])


def test_legacy_files_through_import(vankien, tmp_path):
    (tmp_path / "tcvn3.txt").write_bytes(_article(1))
    (tmp_path / "vni.txt").write_bytes(_article(2))
    code, _, err = vankien("import", str(tmp_path / "tcvn3.txt"), str(tmp_path / "vni.txt"), "--no-index")
    assert code == 0, err
    docs = {d["path"].rsplit("/", 1)[1]: vankien.json("show", str(d["id"]), "--json")
            for d in vankien.json_lines("list", "--json", "--limit", "0")}
    # the same article in two encodings is one document: the second is an exact duplicate
    assert set(docs) == {"tcvn3.txt"}
    tcvn3 = docs["tcvn3.txt"]
    assert (tcvn3["encoding"], tcvn3["title"], tcvn3["text"]) == ("tcvn3", "Đảng bộ tỉnh", _article_text())


def test_vni_file_through_import(vankien, tmp_path):
    (tmp_path / "vni.txt").write_bytes(_article(2))
    code, _, err = vankien("import", str(tmp_path / "vni.txt"), "--no-index")
    assert code == 0, err
    doc = vankien.json("show", "1", "--json")
    assert (doc["encoding"], doc["title"], doc["text"]) == ("vni", "Đảng bộ tỉnh", _article_text())


# Mojibake: the legacy bytes read as Windows-1252 and saved as UTF-8, typed as it shows on screen
MOJIBAKE = [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§¶ng bé tØnh Lai Ch©u tæ chøc héi nghÞ", "Đảng bộ tỉnh Lai Châu tổ chức hội nghị"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñaûng boä tænh Lai Chaâu toå chöùc hoäi nghò", "Đảng bộ tỉnh Lai Châu tổ chức hội nghị"),
]


def test_mojibake_repaired_through_import(vankien, tmp_path):
    tcvn3 = "\n\n".join(m for m, _ in MOJIBAKE[:2]) + "\n\nĐây là dòng đã đúng Unicode, giữ nguyên."
    vni = "\n\n".join(m for m, _ in MOJIBAKE[2:])
    (tmp_path / "a.txt").write_text(tcvn3, encoding="utf-8")
    (tmp_path / "b.txt").write_text(vni, encoding="utf-8")
    code, _, err = vankien("import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--no-index")
    assert code == 0, err
    docs = {d["path"].rsplit("/", 1)[1]: vankien.json("show", str(d["id"]), "--json")
            for d in vankien.json_lines("list", "--json", "--limit", "0")}
    assert docs["a.txt"]["text"] == ("Cộng hoà xã hội chủ nghĩa Việt Nam\n\nĐảng bộ tỉnh Lai Châu tổ chức hội nghị"
                                     "\n\nĐây là dòng đã đúng Unicode, giữ nguyên.")
    assert docs["b.txt"]["text"] == "Cộng hòa xã hội chủ nghĩa Việt Nam\n\nĐảng bộ tỉnh Lai Châu tổ chức hội nghị"
    assert docs["a.txt"]["encoding"] == docs["b.txt"]["encoding"] == "utf-8+legacy-repair"


def test_utf8_cut_inside_its_last_letter_keeps_the_rest():
    """A truncated download: the last letter's bytes are cut short (Đ = C4 90, ả = E1 BA A3)."""
    from archive.encoding import decode

    data = "Đảng bộ tỉnh Lai Châu họp bàn công tác cán bộ. Đ".encode("utf-8")
    assert decode(data[:-1]).text == "Đảng bộ tỉnh Lai Châu họp bàn công tác cán bộ. "
    assert decode(data + "ả".encode("utf-8")[:2]).text == "Đảng bộ tỉnh Lai Châu họp bàn công tác cán bộ. Đ"
