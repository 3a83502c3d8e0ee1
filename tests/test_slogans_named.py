"""Slogans named by the word around them (issue 11, seventh session): a motto of parallel
parts after the spirit, situation or line it names, a quote named after it ("… là thông
điệp"), the names of a thi đua congress, and slogans known by their wording. Each shape
with variants and a negative; expected values are written by hand."""
from __future__ import annotations

import pytest

from indexer.slogans import find_slogans


def slogans(text: str) -> list[str]:
    return [s.text for s in find_slogans(text)]


@pytest.mark.parametrize("text, expected", [
    ("Tiếp tục phát huy tinh thần “tương thân, tương ái” của dân tộc.", "tương thân, tương ái"),
    ("Hai nước vượt qua khó khăn bằng tinh thần “gác lại quá khứ, hướng tới tương lai”.",
     "gác lại quá khứ, hướng tới tương lai"),
    ("Góp phần tạo cục diện “trên dưới đồng lòng, dọc ngang thông suốt” trong toàn Đảng bộ.",
     "trên dưới đồng lòng, dọc ngang thông suốt"),
    ("Cuộc kháng chiến với đường lối “kháng chiến toàn dân, toàn diện, trường kỳ, tự lực cánh sinh” đã thắng lợi.",
     "kháng chiến toàn dân, toàn diện, trường kỳ, tự lực cánh sinh"),
    ("Cán bộ giữ vững tinh thần “gần dân, sát dân, hiểu dân” trong mọi việc.", "gần dân, sát dân, hiểu dân"),
])
def test_a_motto_of_parallel_parts_after_the_spirit_or_line_it_names(text, expected):
    assert slogans(text) == [expected]


@pytest.mark.parametrize("text", [
    "Không thể làm theo tinh thần “con trâu đi trước, cái cày theo sau” như xưa.",   # a proverb: parts open with a thing
    "Doanh nghiệp phải chung chi theo tinh thần “của công chia ba, của nhà chia đôi” mà ai cũng biết.",
    "Anh ấy giữ tinh thần “rất tốt” suốt trận đấu.",                                    # no parts: a description
    "Tình hình “trên dưới đồng lòng, dọc ngang thông suốt” chưa có ở đây.",            # no cue before it
])
def test_proverbs_descriptions_and_uncued_pairs_are_no_mottos(text):
    assert slogans(text) == []


@pytest.mark.parametrize("text, expected", [
    ("“Chính phủ kiến tạo, doanh nghiệp sáng tạo” là thông điệp đúng đắn, ông Lộc nói.",
     "Chính phủ kiến tạo, doanh nghiệp sáng tạo"),
    ("“Bữa cơm gia đình ấm áp yêu thương” là chủ đề tuyên truyền của tháng này.", "Bữa cơm gia đình ấm áp yêu thương"),
    ("\"Hiến máu cứu người – Xin hiến thường xuyên\" chính là thông điệp của ngày hội.",
     "Hiến máu cứu người – Xin hiến thường xuyên"),
])
def test_a_quote_named_a_slogan_right_after_it(text, expected):
    assert slogans(text) == [expected]


@pytest.mark.parametrize("text", [
    "“Tôi sẽ làm hết sức” là lời hứa của anh trước cử tri.",     # a promise, not a cue word
    "“Ngôi nhà hạnh phúc” là tên bộ phim được yêu thích.",       # a film's name
])
def test_a_quote_named_otherwise_right_after_it_is_no_slogan(text):
    assert slogans(text) == []


def test_the_name_of_a_thi_dua_congress_is_a_movement():
    assert slogans("Hội CCB sẽ tổ chức Đại hội thi đua \"Cựu chiến binh gương mẫu\" toàn quốc lần thứ IV.") == \
        ["Cựu chiến binh gương mẫu"]
    assert slogans("Hội CCB sẽ tổ chức Đại hội \"Cựu chiến binh gương mẫu\" toàn quốc lần thứ IV.") == []


@pytest.mark.parametrize("text, expected", [
    ("Kinhtedothi-\"Thi đua là yêu nước, yêu nước thì phải thi đua” - lời dạy đó vẫn là động lực.",
     "Thi đua là yêu nước, yêu nước thì phải thi đua"),
    ("Ông Trump tuyên bố nguyên tắc trong chính sách của ông là “nước Mỹ trước hết”. Vì vậy, nhiều nước lo ngại.",
     "nước Mỹ trước hết"),
    ("Chính quyền Mỹ theo đuổi chính sách “Nước Mỹ trên hết” trong thương mại.", "Nước Mỹ trên hết"),
])
def test_slogans_known_by_their_wording(text, expected):
    assert slogans(text) == [expected]


def test_a_known_wording_as_a_plain_phrase_is_no_slogan():
    # quoted as a country's name in a sentence about it, not the slogan
    assert slogans("Ông nói rằng “nước Mỹ” sẽ không rút khỏi khu vực.") == []


@pytest.mark.parametrize("text, expected", [
    ("Diễn đàn có chủ đề “ Phát huy nội lực, tăng trưởng bền vững“ do Ban Kinh tế tổ chức.",
     ["Phát huy nội lực, tăng trưởng bền vững"]),
    ("Chủ đề năm là “Kỷ cương, trách nhiệm“. Cả tỉnh hưởng ứng.", ["Kỷ cương, trách nhiệm"]),
])
def test_a_closing_mark_written_as_an_opening_one(text, expected):
    assert slogans(text) == expected


def test_an_opening_mark_after_a_space_still_opens():
    # “A” and “B”: the second “ follows a space, so it opens a new quote
    assert slogans("Phong trào “Dân vận khéo” và phong trào “Lao động giỏi, lao động sáng tạo” được phát động.") == \
        ["Dân vận khéo", "Lao động giỏi, lao động sáng tạo"]


def test_a_slogan_quoted_earlier_with_one_linking_word_changed_is_listed_first_form():
    text = ("Họp báo Hội nghị Thủ tướng Chính phủ với doanh nghiệp “Đồng hành cùng doanh nghiệp”. "
            "Bộ trưởng cho biết, Hội nghị có chủ đề “Đồng hành với doanh nghiệp” là sự kiện lớn.")
    assert slogans(text) == ["Đồng hành cùng doanh nghiệp"]


def test_two_slogans_one_word_apart_stay_two():
    text = "Phong trào “Thanh niên vì cộng đồng” và phong trào “Thanh niên với cộng đồng” được phát động."
    assert slogans(text) == ["Thanh niên vì cộng đồng", "Thanh niên với cộng đồng"]


@pytest.mark.parametrize("text, expected", [
    ("Tuổi trẻ tham gia nhiều hoạt động như: chương trình “Tự hào dưới cờ Đảng - Lan tỏa sắc đỏ niềm tin”; hiến máu.",
     ["Tự hào dưới cờ Đảng - Lan tỏa sắc đỏ niềm tin"]),
    ("Bộ Y tế tổ chức Chương trình “Bảo hiểm y tế toàn dân - Chung tay vì sức khỏe cộng đồng\" vào ngày 30/6/2017.",
     ["Bảo hiểm y tế toàn dân - Chung tay vì sức khỏe cộng đồng"]),
    ("Chương trình “Vinh quang Việt Nam - Dấu ấn 30 năm đổi mới” diễn ra tối qua.", []),   # a gala: calls no one
    ("Chương trình \"Be a star - Bạn là ngôi sao\" phát sóng tối thứ bảy.", []),            # a show
    ("Bài hát “Chung tay vì cộng đồng - Lan tỏa yêu thương” được trình diễn.", []),         # no chương trình
])
def test_a_campaign_after_chuong_trinh_calls_to_act(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Góp phần xây dựng thành phố văn minh-hiện đại-nghĩa tình. Tối 20-6, tại Hội trường.",
     ["văn minh - hiện đại - nghĩa tình"]),
    ("Phát triển kinh tế-văn hóa-xã hội của tỉnh nhà.", []),        # fields, not a motto
    ("Đoàn đến Mát-xcơ-va hôm qua.", []),                             # a transliteration
])
def test_a_motto_written_with_tight_dashes(text, expected):
    assert slogans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("'Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh'\nCuộc vận động được phát động từ năm 2016.",
     ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]),          # a headline's single quotes
    ("Chủ tịch Hồ Chí Minh từng nói: “Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công”. Và từ đó.",
     ["Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công"]),   # two sentences, known
    ("Bài 'Vua, Chúa' và chuyện xưa.", []),                                     # a headline's saying stays out
])
def test_a_known_slogan_in_single_quotes_or_two_sentences(text, expected):
    assert slogans(text) == expected


def test_an_action_slogan_after_la_colon_of_five_dash_parts():
    text = "Khẩu hiệu hành động của Đại hội là: Tuổi trẻ Việt Nam Khát vọng – Tiên phong - Đoàn kết - Bản lĩnh - Sáng tạo."
    assert slogans(text) == ["Tuổi trẻ Việt Nam Khát vọng – Tiên phong - Đoàn kết - Bản lĩnh - Sáng tạo"]
    long = "Phương châm của đơn vị là: Mỗi cán bộ chiến sĩ luôn luôn làm việc hết mình vì nhân dân trong mọi hoàn cảnh khó khăn."
    assert slogans(long) == []                                                  # 19 words, no dash parts: speech


def test_a_question_does_not_go_on_a_list_of_slogans():
    text = "Báo chí chạy những dòng tít như: \"Nước Mỹ trước tiên\" hay \"Ông nghĩ mình đang đi đâu vậy?\". Tuy nhiên, ông vẫn đi."
    assert slogans(text) == ["Nước Mỹ trước tiên"]


@pytest.mark.parametrize("text, expected", [
    ("Xây dựng phong trào “Toàn dân bảo vệ an ninh Tổ quốc”. Nâng cao hiệu quả phong trào “Toàn dân bảo vệ ANTQ”, lực lượng Công an.",
     ["Toàn dân bảo vệ an ninh Tổ quốc"]),
    ("Cuộc vận động “Toàn dân đoàn kết xây dựng NTM, đô thị văn minh” và sau đó cuộc vận động "
     "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.", ["Toàn dân đoàn kết xây dựng NTM, đô thị văn minh"]),
    ("Phong trào “Tuổi trẻ sáng tạo” và phong trào “Thanh niên ANTQ”.", ["Tuổi trẻ sáng tạo", "Thanh niên ANTQ"]),
    ("Phong trào “Toàn dân bảo vệ an toàn giao thông” và phong trào “Toàn dân bảo vệ ANTQ”.",   # other letters: two
     ["Toàn dân bảo vệ an toàn giao thông", "Toàn dân bảo vệ ANTQ"]),
])
def test_a_slogan_written_again_with_initials_is_one(text, expected):
    assert slogans(text) == expected


def test_a_straight_quote_after_a_space_opens_inside_an_open_quote():
    text = ("\"Hè 2008, Thành đoàn triển khai năm chiến dịch. Các chiến dịch đều gắn với chủ đề năm "
            "\"Thực hiện nếp sống văn minh đô thị”. Phó bí thư cho biết.")
    assert slogans(text) == ["Thực hiện nếp sống văn minh đô thị"]
    from indexer.quotes import quoted_spans                    # closing marks still close
    pair = "Anh \"A\" và \"B\" đến."
    assert [pair[s:e] for s, e in quoted_spans(pair)] == ["A", "B"]
