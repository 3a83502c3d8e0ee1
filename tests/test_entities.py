"""Entity extraction: persons (with positions), dates and periods, slogans, and the gold-set score.

Unit tests use small sentences written here (our own wording) and the two seeds
in ../shared/seeds; the gold score reads the annotated articles from ../shared
at run time (tests/gold/score.py) and skips cleanly when they are absent.
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from archive.vntext import match_key
from indexer.dates import find_dates, find_periods, infer_pub_date
from indexer.entities import Entities, extract
from indexer.persons import find_persons
from indexer.slogans import find_slogans, slogan_key

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SEED_000 = SEEDS / "000_3063799e7d688957.txt"
SEED_002 = SEEDS / "002_5dfc7ce3701ae2ae.txt"
needs_seeds = pytest.mark.skipif(not SEED_000.exists(), reason="../shared/seeds not present")


def _score_module():
    spec = importlib.util.spec_from_file_location("gold_score", ROOT / "tests" / "gold" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def people(text: str, **kw) -> dict[str, list[str]]:
    return {match_key(p.name): p.positions for p in find_persons(text, **kw)}


# --- persons: the seeds ---------------------------------------------------------

@needs_seeds
def test_seed_000_persons_and_positions():
    ents = extract(SEED_000.read_text(encoding="utf-8"))
    got = {p.name: p.positions for p in ents.persons}
    assert got["Lê Đức Dục"] == ["Ủy viên Ban Thường vụ Tỉnh ủy",
                                 "Trưởng Ban Tuyên giáo Tỉnh ủy Lai Châu"]
    assert "Nguyễn Chanh" in got                   # byline "Tác giả: Nguyễn Chanh"
    assert "Hồ Chí Minh" in got                    # "phong cách Hồ Chí Minh" names the person
    assert not any("Trưởng Ban" in name or name == "Ngành" for name in got)


@needs_seeds
def test_seed_000_slogans_dates_docnums():
    ents = extract(SEED_000.read_text(encoding="utf-8")).to_json()
    keys = {slogan_key(s["text"]) for s in ents["slogans"]}
    assert slogan_key("Tiên phong - Trọng tâm - Thuyết phục") in keys
    assert {"2021-05-18", "2021-10-25", "1930-08-01", "2022-08-01"} <= {d["date"] for d in ents["dates"]}
    if ents["docnums"]:                            # filled when indexer/docnums.py is there
        assert {"1-KL/TW", "21-KL/TW"} <= {d["canonical"] for d in ents["docnums"]}


@needs_seeds
def test_seed_002_persons_no_title_person():
    got = people(SEED_002.read_text(encoding="utf-8"))
    assert match_key("Lê Đức Dục") in got
    assert match_key("Phan Xuân Thuỷ") in got      # NER alone calls him a place
    assert got[match_key("Phan Xuân Thủy")] == ["Phó trưởng Ban Tuyên giáo Trung ương"]
    assert not any(k.startswith(("trưởng ban", "phó trưởng")) for k in got)
    ents = extract(SEED_002.read_text(encoding="utf-8")).to_json()
    assert [s["text"] for s in ents["slogans"]] == ["Tiên phong - Trọng tâm - Thuyết phục",
                                                    "tinh - giỏi - bản lĩnh"]     # an unquoted motto
    periods = {(p["start"], p["end"]) for p in ents["periods"]}
    assert {("2020", "2025"), ("2023-01", "2023-06")} <= periods


# --- persons: rules ---------------------------------------------------------------

def test_title_before_and_apposition_after():
    text = ("Trưởng Ban Dân vận Tỉnh ủy Hà Văn Khoa trao đổi với phóng viên. Dự buổi làm việc có "
            "đồng chí Vàng Thị Mai - Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.")
    got = people(text, use_ner=False)
    assert got[match_key("Hà Văn Khoa")] == ["Trưởng Ban Dân vận Tỉnh ủy"]
    assert got[match_key("Vàng Thị Mai")] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"]


def test_ethnic_minority_surnames():
    got = people("Ông Giàng A Chu, Bí thư Đảng ủy xã, và bà Lò Thị Xuân cùng dự. "
                 "Sùng Seo Páo là trưởng bản.", use_ner=False)
    assert {match_key(n) for n in ("Giàng A Chu", "Lò Thị Xuân", "Sùng Seo Páo")} <= set(got)


def test_ho_chi_minh_person_or_city():
    assert match_key("Hồ Chí Minh") in people("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")
    assert match_key("Hồ Chí Minh") in people("Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.")
    assert people("Đoàn công tác làm việc tại Thành phố Hồ Chí Minh.") == {}
    assert people("Giá nhà ở TP Hồ Chí Minh tăng.") == {}
    got = people("Bí thư Thành ủy thành phố Hồ Chí Minh Nguyễn Thiện Nhân dự họp.")
    assert list(got) == [match_key("Nguyễn Thiện Nhân")]


def test_streets_schools_and_places_are_not_people():
    text = ("Trạm thu phí nằm trên đường Võ Văn Kiệt. Học sinh Trường THPT Nguyễn Du và "
            "Trường ĐH Trần Đại Nghĩa tham gia. Tòa soạn ở số 69 Phan Đình Phùng. "
            "Chủ tịch UBND huyện Thanh Bình chỉ đạo. Tết Nguyên đán Đinh Dậu 2017.")
    assert people(text) == {}


def test_place_in_front_of_a_name_is_stripped():
    got = people("Bí thư Thành ủy Hà Nội Hoàng Trung Hải và Tổng thống Mỹ Donald Trump gặp nhau.")
    assert set(got) == {match_key("Hoàng Trung Hải"), match_key("Donald Trump")}
    assert got[match_key("Hoàng Trung Hải")] == ["Bí thư Thành ủy Hà Nội"]


def test_variants_merge_within_a_document():
    text = ("Đồng chí Phan Xuân Thủy phát biểu. Sau đó đồng chí Phan Xuân Thuỷ đi thăm. "
            "Bằng tốt nghiệp mang tên Thái Nhuận; ông Thái Hữu Nhuận sử dụng bằng giả.")
    names = [p.name for p in find_persons(text)]
    assert len(names) == 2
    assert match_key(names[0]) == match_key("Phan Xuân Thủy")
    assert names[1] == "Thái Hữu Nhuận"


def test_bylines_and_photo_credits():
    text = ("Phó Thủ tướng dự lễ khai mạc (Ảnh: Trọng Đức/TTXVN) tại Hà Nội.\n"
            "Buổi lễ kết thúc lúc 11 giờ. Ảnh: Internet. Cuộc họp diễn ra sôi nổi. Bích Thảo")
    got = people(text)
    assert set(got) == {match_key("Trọng Đức"), match_key("Bích Thảo")}


def test_byline_after_a_long_last_paragraph():
    """The tail byline is searched near the end first: a long last line gives the same."""
    sentence = "Cuộc họp diễn ra sôi nổi với nhiều ý kiến đóng góp tâm huyết của các đại biểu. "
    for tail in ("Bích Thảo", "Tuấn Xuân/VOV", "Vũ Dũng - Minh Hà"):
        got = people("Hội nghị tổng kết.\n" + sentence * 60 + tail)
        assert {match_key(n) for n in tail.replace("/VOV", "").split(" - ")} == set(got), tail
    assert people("Hội nghị tổng kết.\n" + sentence * 60 + "kết thúc") == {}


# --- persons: categories seen on unseen text (issue 11); sentences written here -------

def test_foreign_names_with_initials_and_hyphens():
    got = people("Cố Tổng thống John F. Kennedy từng tới đây. Ông Jean-Pierre Dupont, Đại sứ Pháp, "
                 "gặp bà Chang-Hee Lee hôm qua.", use_ner=False)
    assert set(got) == {match_key(n) for n in ("John F. Kennedy", "Jean-Pierre Dupont", "Chang-Hee Lee")}


def test_foreign_single_name_after_a_title():
    got = people("Tổng thống Putin điện đàm với Thủ tướng Nhật Bản S.A-bê; Thứ trưởng Ngoại giao Nga "
                 "V.Ti-tốp dự họp. Thủ tướng Phúc chủ trì.", use_ner=False)
    assert set(got) == {match_key(n) for n in ("Putin", "S.A-bê", "V.Ti-tốp")}
    merged = people("Tổng thống Emmanuel Macron tới Huế. Tổng thống Macron dâng hương.")
    assert list(merged) == [match_key("Emmanuel Macron")]
    got = people("Dự họp có Thủ tướng Hung-ga-ri Vích-to Ô-ban và Chủ tịch Quốc hội Ukraine Andrei Paruby; "
                 "Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung tiếp ông N.H.Tr.")
    assert set(got) == {match_key(n) for n in ("Vích-to Ô-ban", "Andrei Paruby", "Nguyễn Đức Chung")}


def test_classics_named_alone_but_not_a_doctrine():
    got = people("Như C.Mác đã viết và Lênin từng dạy, Ăngghen cũng nhấn mạnh điều đó.")
    assert set(got) == {match_key(n) for n in ("C.Mác", "Lênin", "Ăngghen")}
    assert people("Kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh.") == {match_key("Hồ Chí Minh"): []}


def test_initial_bylines_and_a_pen_name_alone_at_the_end():
    body = "Hội nghị đã thống nhất các giải pháp cho năm tới.\n"
    for tail, name in (("Đ.T.Hà", "Đ.T.Hà"), ("T.Q.Minh", "T.Q.Minh"), ("Hoài Thu", "Hoài Thu")):
        assert set(people(body + tail)) == {match_key(name)}, tail
    assert people(body + "H.N") == {}                  # initials only: no name


def test_a_stray_word_glued_after_a_name_is_not_part_of_it():
    got = people("Đoàn tặng quà cháu Lò Thị Mai Hương B và cháu Sùng Văn Páo.")
    assert set(got) == {match_key("Lò Thị Mai Hương"), match_key("Sùng Văn Páo")}
    got = people("Ban tổ chức trao giải cho em Nguyễn Thị Thu Hà Ê Ban cùng bạn bè.")
    assert set(got) == {match_key("Nguyễn Thị Thu Hà")}


def test_names_not_cut_one_syllable_short():
    got = people("Đồng chí Phan Văn Trường, Phó Bí thư Tỉnh ủy, và ông Lê Văn Sáng dự họp.")
    assert set(got) == {match_key("Phan Văn Trường"), match_key("Lê Văn Sáng")}


def test_lao_and_khmer_names_with_hyphens():
    got = people("Chủ tịch nước Lào Bun-nhăng Vo-lạ-chít tiếp đồng chí Xổm-xạ-vạt Lềnh-xạ-vắt.")
    assert set(got) == {match_key("Bun-nhăng Vo-lạ-chít"), match_key("Xổm-xạ-vạt Lềnh-xạ-vắt")}


def test_historical_figures_named_bare():
    got = people("Thơ Nguyễn Du và những bài viết của Trần Phú vẫn còn nguyên giá trị.")
    assert set(got) == {match_key("Nguyễn Du"), match_key("Trần Phú")}
    assert people("Học sinh Trường THPT Trần Phú đi dạo phố đi bộ Nguyễn Huệ.") == {}


def test_places_streets_and_newspapers_shaped_like_names():
    text = ("Đoàn công tác về huyện Trần Văn Thời, huyện Hoàng Su Phì và thăm Cù Lao Chàm. "
            "Theo PV Tiền Phong, thành phố thông xe các đường Nguyễn Văn Trỗi, Lê Văn Sỹ và Hoàng Văn Thụ.")
    assert people(text) == {}
    assert people("Cải tạo vỉa hè các tuyến đường chính như Lê Duẩn, Đồng Khởi, Hàm Nghi.") == {}
    assert people("Bài viết kết thúc.\nTheo Trí Thức Trẻ") == {}


def test_honorary_titles_are_not_names():
    got = people("Tỉnh thăm Mẹ Việt Nam Anh hùng Nguyễn Thị Thứ và Anh hùng Lao động Trần Văn Hậu. "
                 "Các Mẹ Việt Nam Anh Hùng được tặng quà.")
    assert set(got) == {match_key("Nguyễn Thị Thứ"), match_key("Trần Văn Hậu")}
    assert not people("Tỉnh truy tặng danh hiệu “Bà Mẹ Việt Nam Anh hùng” cho 20 mẹ. Ông được "
                      "phong tặng danh hiệu Anh Hùng Lao Động năm 1985.")


def test_a_website_glued_to_a_photo_credit():
    got = people("Lãnh đạo tỉnh dự lễ (Ảnh: Dantri.vn/Hải Long). Ảnh VGP/Quang Hiếu Đại sứ Lê Văn Bàng phát biểu.")
    assert set(got) == {match_key("Hải Long"), match_key("Quang Hiếu"), match_key("Lê Văn Bàng")}


def test_names_cut_to_an_initial_are_left_out():
    got = people("Nạn nhân gồm Nguyễn Lê Hải Y., Võ Thị H. và Đỗ Ngọc Th. cùng trú tại thôn.")
    assert got == {}


# --- persons: second round of issue 11 (categories of heldout2 and the dev splits) -------

def test_credits_in_more_forms_and_pen_names_opening_with_a_common_word():
    text = ("Đại biểu dâng hương tại đền (Ảnh minh họa: Minh Châu/TTXVN) sáng nay. Đoàn thăm trường. "
            "Ảnh: VGP/Đình Hải Bộ trưởng phát biểu. Đường mới thông xe. Ảnh: Công Luận. "
            "Xe dừng ở trạm. Ảnh: Báo Thanh Niên.")
    assert set(people(text)) == {match_key(n) for n in ("Minh Châu", "Đình Hải", "Công Luận")}


def test_a_credit_glued_to_the_next_sentence_is_cut():
    text = ("Cầu mới thông xe - Ảnh: Phan Thu Nhằm giảm ùn tắc, thành phố mở thêm tuyến. "
            "Chợ đông khách. Ảnh: Lê Hoa Hiện tại, chợ có 300 gian hàng.")
    assert set(people(text)) == {match_key("Phan Thu"), match_key("Lê Hoa")}


def test_bylines_done_by_side_by_side_and_repeated():
    body = "Các hài cốt được an táng ở vị trí trang trọng trong nghĩa trang"
    assert set(people(body + " THU HÀ thực hiện")) == {match_key("Thu Hà")}
    assert set(people(body + ". Ngọc Lan Lê Minh")) == {match_key("Ngọc Lan"), match_key("Lê Minh")}
    repeated = body + ". Minh Anh/VOV-Trung tâm Tin Minh Anh/VOV-Trung tâm Tin"
    assert set(people(repeated)) == {match_key("Minh Anh")}
    assert people(body + " ở Hà Nội thực hiện") == {}


def test_foreign_single_names_after_royal_and_religious_titles():
    text = "Nữ hoàng dạo phố cùng Hoàng thân Albert. Dân chúng viếng lăng mộ của Ayatollah Rafsanjani."
    assert set(people(text)) == {match_key("Albert"), match_key("Rafsanjani")}


def test_a_member_of_the_national_assembly_is_no_association():
    text = ("Dự họp có Phó Chủ nhiệm Ủy ban Tư pháp, Kinh tế và Xã hội của Quốc hội Lê Văn Bình; "
            "chiếc thẻ đại biểu Quốc hội Khóa VII được trưng bày. Hội viên Hội Nguyễn Trãi dự lễ.")
    assert set(people(text)) == {match_key("Lê Văn Bình")}


def test_a_word_glued_after_a_name_written_elsewhere_is_dropped():
    text = ("Ông Phạm Văn Hải phát biểu. Thứ trưởng Phạm Văn Hải Chia sẻ tại hội nghị, ông cho biết thêm. "
            "Bà Angela Merkel tới thăm. Thủ tướng Angela Merkel Tuy nhiên vẫn giữ quan điểm.")
    assert set(people(text)) == {match_key("Phạm Văn Hải"), match_key("Angela Merkel")}
    typo = "Đến dự có ông Lê Công trí. Phó Bí thư Thành ủy Lê Công Trí đã trao quyết định."
    assert match_key("Lê Công Trí") in people(typo)     # a two-syllable short form may be a typo


def test_places_joined_by_a_dash_are_no_name():
    assert people("Tình hữu nghị anh em Việt Nam-Cuba và anh em Lào - Campuchia ngày càng bền chặt.") == {}


def test_a_name_ending_in_a_word_that_opens_sentences():
    text = ("Theo ông Trần Đình Sáng - Chánh Thanh tra Sở, đảng viên Lê Kim Hội, cán bộ phường, được khen. "
            "Cầu có một nhánh kết nối Hoàng Minh Giám - Nguyễn Kiệm dài 367 mét.")
    assert set(people(text)) == {match_key("Trần Đình Sáng"), match_key("Lê Kim Hội")}
    assert people("Cầu nối đường Hoàng Minh Giám - Lê Văn Lương dài 300 mét.") == {}   # streets both


def test_honorifics_inside_a_foreign_run_and_bodies_named_like_places():
    text = ("Thủ tướng Campuchia Samdech Techo Hun Sen dự họp. Người phát ngôn Lầu Năm Góc Jeff Davis "
            "và Thư ký báo chí Nhà Trắng Sean Spicer trả lời.")
    assert set(people(text)) == {match_key(n) for n in ("Hun Sen", "Jeff Davis", "Sean Spicer")}


def test_a_place_named_elsewhere_is_no_person_in_an_apposition():
    text = ("Đoàn tới thành phố Quảng Châu, tỉnh Quảng Đông. Tại Trung tâm hành chính Quảng Châu, Chủ tịch nước "
            "Trần Đại Quang phát biểu. Trường Chính trị Trường Chinh mang tên Tổng Bí thư Trường Chinh.")
    assert set(people(text)) == {match_key("Trần Đại Quang"), match_key("Trường Chinh")}


def test_underthesea_not_imported_by_entities_module():
    code = "import indexer.entities, sys; print('underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


# --- dates ------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("Kết luận ngày 18/5/2021 của Bộ Chính trị", "2021-05-18"),
    ("họp ngày 18-5-2021", "2021-05-18"),
    ("chiều ngày 8.2.2017", "2017-02-08"),
    ("Công điện ngày 02 tháng 2 năm 2017", "2017-02-02"),
    ("ngày 05 tháng 9 năm 2016", "2016-09-05"),
    ("vào ngày thứ Hai, 20. 2.2017", "2017-02-20"),
    ("sinh ngày 24/02/1974", "1974-02-24"),
    ("cập nhật 2021-05-18", "2021-05-18"),
])
def test_date_forms(text, iso):
    assert [d.date for d in find_dates(text)] == [iso]


def test_invalid_dates_and_non_dates():
    text = ("Ngày 31/2/2021 không tồn tại, 29/2/2023 cũng vậy; tỷ lệ 50/50, nhiệm kỳ 2020-2025, "
            "số hiệu 15/2020/NĐ-CP, Kết luận 01-KL/TW, điểm 3/5, ngày 19/5 chưa có năm.")
    assert find_dates(text) == []
    assert [d.date for d in find_dates("ngày 29/2/2024")] == ["2024-02-29"]


def test_date_ranges_share_the_year():
    assert [d.date for d in find_dates("diễn ra từ ngày 16 đến 21-5-2017")] == ["2017-05-16", "2017-05-21"]
    assert [d.date for d in find_dates("Festival dù lượn (13-14/5/2017)")] == ["2017-05-13", "2017-05-14"]
    assert [d.date for d in find_dates("(1/8/1930 -1/8/2022)")] == ["1930-08-01", "2022-08-01"]
    assert [d.date for d in find_dates("từ 30/4 đến 1/5/2017")] == ["2017-04-30", "2017-05-01"]
    assert [d.date for d in find_dates("kỷ niệm 90 năm (3/2/1930-3/2/2020).")] == ["1930-02-03", "2020-02-03"]
    assert [d.date for d in find_dates("từ 1-11-2016 – 31-10-2017")] == ["2016-11-01", "2017-10-31"]
    assert [p.text for p in find_periods("(3/2/1930-3/2/2020)")] == []


def test_periods():
    got = {(p.start, p.end) for p in find_periods(
        "Trong 6 tháng đầu năm 2023, quý II/2017, tháng 5/2021, tháng 10.2018, nhiệm kỳ 2020 - 2025, "
        "từ tháng 7 đến tháng 8/2016 và năm 2022; ngày 5 tháng 9 năm 2016 không phải một kỳ.")}
    assert got == {("2023-01", "2023-06"), ("2017-04", "2017-06"), ("2021-05", "2021-05"),
                   ("2018-10", "2018-10"), ("2020", "2025"), ("2016-07", "2016-08"), ("2022", "2022")}


def test_infer_pub_date():
    import datetime as dt
    today = dt.date(2024, 1, 1)
    assert infer_pub_date("Thứ Hai, 20/2/2017 08:30\nTiêu đề\nNội dung.", today) == ("2017-02-20", "dateline")
    body = ("Hội nghị ngày 3/2/2017 quyết định. Báo cáo trước ngày 30/6/2018. Ông A sinh ngày 1/1/1960. "
            "Kế hoạch số 1 ngày 1/2/2017.")
    assert infer_pub_date(body, today) == ("2017-02-03", "latest_mention")
    assert infer_pub_date("Không có ngày tháng.", today) == (None, "none")


# --- slogans ------------------------------------------------------------------------

def test_slogan_after_cue_and_unquoted_motto():
    text = ("Ngành xác định phương châm hành động đó là: Tiên phong - Trọng tâm - Thuyết phục "
            "(phương châm hành động “3T”). Đơn vị hưởng ứng cuộc vận động “Người Việt Nam ưu tiên "
            "dùng hàng Việt Nam” và khẩu hiệu \"Nước Mỹ trên hết\".")
    got = {s.key for s in find_slogans(text)}
    want = {slogan_key(t) for t in ("Tiên phong - Trọng tâm - Thuyết phục", "3T",
                                    "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Nước Mỹ trên hết")}
    assert got == want


def test_quoted_speech_and_titles_are_not_slogans():
    text = ("Ông Bình nói: “Chúng tôi sẽ làm rõ trách nhiệm của từng cá nhân trong vụ việc này”. "
            "Tạp chí đăng loạt bài với tiêu đề “Lộ diện cỗ máy chém lốp xe tải”. "
            "Kết luận 79-KL/TW về “Tiếp tục xây dựng giai cấp công nhân Việt Nam”. "
            "Tình trạng “xin - cho” vẫn còn; bà Trang nói “xử lý nghiêm”.")
    assert find_slogans(text) == []


def test_slogan_shape_without_cue_and_nested_quotes():
    text = ("Chúc các đồng chí sức khỏe, “Tâm sáng, chí bền”. Ông phát biểu: “Hưởng ứng lời kêu gọi "
            "của Bác, chúng ta lại tổ chức “Tết trồng cây” làm theo lời Bác.” "
            "Khách hỏi: “Thưa, khoảng 600m2 ạ”.")
    got = [s.text for s in find_slogans(text)]
    assert got == ["Tâm sáng, chí bền", "Tết trồng cây"]


def test_unquoted_dash_mottos_after_the_noun_they_describe():
    text = ("Huyện ủy xây dựng đội ngũ cán bộ kiểm tra vững - giỏi - tận tâm, gần dân. "
            "Chi bộ giữ nguyên tắc đoàn kết - dân chủ - kỷ cương - đổi mới trong sinh hoạt. "
            "Trường học xanh - sạch - đẹp được nhân rộng.")
    assert [s.text for s in find_slogans(text)] == [
        "vững - giỏi - tận tâm", "đoàn kết - dân chủ - kỷ cương - đổi mới", "xanh - sạch - đẹp"]


def test_dash_chains_that_are_no_mottos():
    text = ("Phát triển kinh tế - văn hóa - xã hội của tỉnh; tuyến Hà Nội - Hải Phòng - Quảng Ninh; "
            "Bộ Văn hóa - Thể thao - Du lịch; giai đoạn 2016 - 2020 - 2025; ba miền bắc - trung - nam; "
            "tình trạng xin - cho vẫn còn.")
    assert find_slogans(text) == []


def test_quoted_themes_and_campaign_names_after_their_cue():
    text = ("Đoàn viên tham gia chiến dịch “Giờ Trái đất” và cuộc vận động “Ngày thứ Bảy tình nguyện”. "
            "Hội thi năm nay có chủ đề “Tuổi trẻ sáng tạo vì cộng đồng”. "
            "Buổi lễ diễn ra với thông điệp “Hãy hành động vì trẻ em”. Vòng hoa mang dòng chữ "
            "“Đời đời nhớ ơn các anh hùng liệt sĩ.”")
    assert [s.text for s in find_slogans(text)] == [
        "Giờ Trái đất", "Ngày thứ Bảy tình nguyện", "Tuổi trẻ sáng tạo vì cộng đồng",
        "Hãy hành động vì trẻ em", "Đời đời nhớ ơn các anh hùng liệt sĩ"]


def test_a_cue_further_away_does_not_make_scare_quotes_slogans():
    text = ("Chiến dịch tranh cử bị ảnh hưởng khi ông Fillon “gặp nạn”. "
            "Truyền thông là mục tiêu “ưa thích” của ông. Xã chú trọng các tiêu chí “mềm” của nông thôn mới.")
    assert find_slogans(text) == []


def test_slogans_with_commas_inside_the_quotes():
    no_cue = "Toàn dân chung sức vì “Dân giàu, nước mạnh, xã hội dân chủ, công bằng, văn minh”."
    assert [s.text for s in find_slogans(no_cue)] == ["Dân giàu, nước mạnh, xã hội dân chủ, công bằng, văn minh"]
    text = ("Cả nước thực hiện mục tiêu “Dân giàu, nước mạnh, xã hội dân chủ, công bằng, văn minh”. "
            "Ngày hội có khẩu hiệu “Đoàn kết, kỷ cương, sáng tạo”.")
    assert [s.text for s in find_slogans(text)] == [
        "Dân giàu, nước mạnh, xã hội dân chủ, công bằng, văn minh", "Đoàn kết, kỷ cương, sáng tạo"]


def test_anaphoric_mottos_in_any_case_but_not_sayings():
    text = ("Trường đào tạo theo hướng “vừa học, vừa làm”, xã phát huy “dân biết, dân bàn, dân làm, "
            "dân kiểm tra”; tránh kiểu “nói đi, nói lại, nói mãi” hay “trói tay, trói chân”.")
    assert [s.text for s in find_slogans(text)] == ["vừa học, vừa làm", "dân biết, dân bàn, dân làm, dân kiểm tra"]


def test_a_launched_programme_is_a_campaign_name():
    text = ("Sáng nay diễn ra lễ ra quân chương trình \"Mùa hè tình nguyện\" năm nay. "
            "Đài phát sóng chương trình \"Gặp gỡ cuối tuần\" lúc 20 giờ.")
    assert [s.text for s in find_slogans(text)] == ["Mùa hè tình nguyện"]


def test_slogan_key_ignores_dashes_spacing_case_diacritics():
    k = slogan_key("Tiên phong - Trọng tâm - Thuyết phục")
    assert k == "tien phong trong tam thuyet phuc"           # typed by hand: every syllable kept
    assert slogan_key("“Tiên phong – Trọng tâm — thuyết phục”") == k
    assert slogan_key("Tien phong-Trong tam-Thuyet phuc") == k
    assert slogan_key("TIÊN PHONG  -  TRỌNG TÂM - THUYẾT PHỤC") == k


# --- the API -------------------------------------------------------------------------

def test_extract_json_shape_and_title():
    ents = extract("Ngày 6/2/2017, đồng chí Đinh Thế Huynh ký quyết định.",
                   title="Thứ trưởng Đỗ Đức Duy nhận nhiệm vụ mới")
    assert isinstance(ents, Entities)
    js = ents.to_json()
    assert set(js) == {"persons", "dates", "periods", "docnums", "slogans"}
    assert [p["name"] for p in js["persons"]] == ["Đỗ Đức Duy", "Đinh Thế Huynh"]
    assert js["persons"][0]["positions"] == ["Thứ trưởng"]
    assert js["dates"] == [{"date": "2017-02-06", "text": "6/2/2017"}]
    assert extract("").to_json() == {"persons": [], "dates": [], "periods": [], "docnums": [], "slogans": []}


# --- the gold set ---------------------------------------------------------------------

# Errors (fp + fn) allowed per split and type: what the extractor makes today plus
# one, so losing a single item anywhere fails (tests/gold/README.md has the splits).
# Measured with `python -m tests.gold.score --quiet`.
MAX_ERRORS = {
    "dev":       {"persons": 0 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 0 + 1},
    "heldout":   {"persons": 3 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 0 + 1},
    "dev2":      {"persons": 0 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 0 + 1},
    "heldout2":  {"persons": 2 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 0 + 1},
    "heldout3":  {"persons": 6 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 1 + 1},   # dev since round 3
    "heldout4":  {"persons": 5 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 0 + 1},   # dev since round 4
    "heldout5":  {"persons": 0 + 1, "dates": 0 + 1, "docnums": 2 + 1, "slogans": 0 + 1},   # dev since round 5
    "heldout6":  {"persons": 0 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 1 + 1},   # blind in round 5, dev since round 6 (BHYT programme: the second reader's call)
    "heldout7":  {"persons": 6 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 2 + 1},   # blind in round 6, dev since round 7
    "heldout8":  {"persons": 5 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 1 + 1},   # blind in round 6, dev since round 7
    "heldout9":  {"persons": 9 + 1, "dates": 0 + 1, "docnums": 4 + 1, "slogans": 4 + 1},   # blind in round 7, dev since round 8
    "heldout10": {"persons": 1 + 1, "dates": 0 + 1, "docnums": 1 + 1, "slogans": 3 + 1},   # blind in round 8, dev since round 9
    "heldout11": {"persons": 7 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 1 + 1},   # blind in round 9, dev in round 10
    "heldout12": {"persons": 11 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 6 + 1},   # blind in round 9, dev in round 10
    "heldout13": {"persons": 13 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 2 + 1},   # blind in round 10, dev in round 11
    "heldout14": {"persons": 29 + 1, "dates": 0 + 1, "docnums": 1 + 1, "slogans": 5 + 1},   # blind in round 11, dev since
    "heldout15": {"persons": 13 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 4 + 1},   # blind at the seventh session's start, dev since
    "heldout16": {"persons": 18 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 2 + 1},   # blind in the seventh session, scored once
    "heldout17": {"persons": 10 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 4 + 1},   # blind in the seventh session, scored once
    "heldout18": {"persons": 18 + 1, "dates": 0 + 1, "docnums": 0 + 1, "slogans": 3 + 1},   # blind in the seventh session, scored once
}




@pytest.fixture(scope="module")
def gold_texts():
    score = _score_module()
    texts = score.texts(score.load_gold())
    if texts is None:
        pytest.skip("../shared corpus not present")
    return score, texts


@pytest.mark.parametrize("split", sorted(MAX_ERRORS))
def test_gold_scores(split, gold_texts):   # ~3 s for the tar pass, shared by the splits
    score, texts = gold_texts
    gold = score.load_gold(split)
    assert gold, split
    result = score.score(gold, texts)
    over = {t: result[t]["fp"] + result[t]["fn"] for t, most in MAX_ERRORS[split].items()
            if result[t]["fp"] + result[t]["fn"] > most}
    assert not over, f"{split}: errors over the gate {over}; misses: {result['misses']}"


def test_gold_normalisation_is_the_scorers_own():
    """Expected forms typed by hand; the scorer may not lean on the product's keys."""
    from tests.gold import normalize as n
    assert n.person("PHAN XUÂN THỦY") == n.person("Phan  Xuân Thuỷ") == "phan xuân thuỷ"
    assert n.person("Hòa") == "hoà" and n.person("Hoàng") == "hoàng"
    assert n.slogan("“Tiên phong–Trọng tâm — Thuyết phục”.") == "tiên phong - trọng tâm - thuyết phục"
    assert n.slogan("Tâm sáng ,chí bền") == "tâm sáng, chí bền"
    assert n.slogan("Tien phong - Trong tam") != n.slogan("Tiên phong - Trọng tâm")
    assert n.docnum("15/2020/nđ-cp") == "15/2020/ND-CP"
    assert n.docnum("29-NQ/TƯ") == n.docnum("29-nq/tw") == "29-NQ/TW"
    source = (ROOT / "tests" / "gold" / "normalize.py").read_text(encoding="utf-8") \
        + (ROOT / "tests" / "gold" / "score.py").read_text(encoding="utf-8")
    imported = set(re.findall(r"^\s*(?:from|import)\s+([\w.]+)", source, re.M))
    assert {m for m in imported if m.startswith(("archive", "indexer"))} <= {"indexer.entities"}
    assert "/tmp" not in source


def test_gold_file_is_well_formed():
    score = _score_module()
    gold = score.load_gold()
    assert {g["source"] for g in gold} == {"seed", "news"}
    assert {g["split"] for g in gold} == set(score.SPLITS)
    assert sum(g["split"] in ("dev2", "heldout2") for g in gold) >= 40
    assert sum(g["split"] == "heldout3" for g in gold) >= 20
    assert sum(g["split"] == "heldout4" for g in gold) >= 30
    assert sum(g["split"] == "heldout5" for g in gold) >= 30
    assert sum(len(g["slogans"]) for g in gold if g["split"] == "heldout5") >= 25
    for split in ("heldout6", "heldout7", "heldout8", "heldout9", "heldout10",   # issue 11, rounds 5-9
                  "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
                  "heldout17", "heldout18"):
        assert sum(g["split"] == split for g in gold) == 36, split
    assert len({g["file"] for g in gold}) == len(gold)          # no document twice
    for g in gold:
        assert set(g) >= {"source", "file", "split", "persons", "dates", "docnums", "slogans"}
        for iso in g["dates"]:
            assert len(iso) == 10 and iso[4] == iso[7] == "-"
        for code in g["docnums"]:
            assert code == code.upper().replace(" ", "") and "Đ" not in code
    pages = [json.loads(line) for line in open(score.PAGES, encoding="utf-8") if line.strip()]
    for p in pages:                                # labels and a URL: never the page's text
        assert set(p) - {"split", "portal"} == {"id", "url", "persons", "dates", "docnums", "slogans"}, p["id"]
