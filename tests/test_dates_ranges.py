"""Dates of the sixth and seventh rounds (issue 11): a clock time before a date, a range written
in words, a number before a range that is no day.

Expected dates are written by hand from the sentences."""
import pytest

from indexer.dates import find_dates


def _isos(text):
    return [d.date for d in find_dates(text)]


@pytest.mark.parametrize("text, expected", [
    ("(05:12, 18/06/2020)", ["2020-06-18"]),                      # 05:12 is a clock time
    ("Cập nhật lúc 9:30, 12/5/2021", ["2021-05-12"]),
    ("Đăng lúc 17:25 - 03/11/2019", ["2019-11-03"]),
    ("họp ngày 4, 5/3/2021", ["2021-03-04", "2021-03-05"]),       # a plain day list still joins
])
def test_a_clock_time_is_no_day(text, expected):
    assert _isos(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đại hội diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.", ["2020-10-12", "2020-10-15"]),
    ("Hội nghị họp từ 3 đến 5 tháng 12 năm 2019.", ["2019-12-03", "2019-12-05"]),
    ("trong hai ngày 7 và 8 tháng 4/2018", ["2018-04-07", "2018-04-08"]),
    ("từ ngày 30 đến ngày 31 tháng 2 năm 2021", []),               # no such days
    ("Phiên họp từ 9:12 đến 15 tháng 10 năm 2020", ["2020-10-15"]),  # a clock time, no day
    ("Mã số 112 đến 15 tháng 10 năm 2020", ["2020-10-15"]),           # no day of three digits
])
def test_a_range_in_words_gives_both_days(text, expected):
    assert _isos(text) == expected


def test_a_count_before_a_date_in_words_is_no_day():
    assert _isos("Có 25 đại biểu vắng mặt ngày 15 tháng 10 năm 2020") == ["2020-10-15"]


@pytest.mark.parametrize("text, expected", [
    # seventh round: a month, a week, an ordinal or a glued letter names the number before
    ("từ đầu tháng 3 đến ngày 10-5-2017, các đơn vị", ["2017-05-10"]),
    ("từ tháng 6 đến 20/8/2019", ["2019-08-20"]),
    ("Hội nghị Thượng đỉnh G20, ngày 7/7/2017", ["2017-07-07"]),
    ("THÔNG TIN THỜI SỰ TUẦN THỨ 02 THÁNG 03/2024", []),
    ("quý 2 đến 30/6/2018", ["2018-06-30"]),
    # still ranges: a day after ngày, a bare day list
    ("từ ngày 5 - 6/3/2024", ["2024-03-05", "2024-03-06"]),
    ("ngày 3 và 4 tháng 5 năm 2017", ["2017-05-03", "2017-05-04"]),
    ("Thứ Hai, 02 tháng 03/2024", ["2024-03-02"]),
])
def test_a_month_week_or_code_before_a_range_is_no_day(text, expected):
    assert _isos(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("báo Sự thật ra ngày15 tháng 10 năm 1949), Chủ tịch", ["1949-10-15"]),   # pages5 p123
    ("Ngày15/10/1949 báo ra số đầu", ["1949-10-15"]),
    ("mã G20 tháng 10 năm 2017", []),                                       # a code, no day
])
def test_a_day_glued_to_ngay_is_still_a_day(text, expected):
    assert _isos(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- Được đăng: Thứ năm, 17 Tháng 12 2020 15:44", ["2020-12-17"]),   # a portal's header, no "năm"
    ("Cập nhật: 15 Tháng 9, 2025", ["2025-09-15"]),
    ("Thứ hai, 02 Tháng 3 2015", ["2015-03-02"]),
    ("giảm 3 tháng 12 người", []),                                         # no year: no date
    ("sau 6 tháng 20 hộ đã thoát nghèo", []),
])
def test_a_header_date_without_nam(text, expected):
    assert _isos(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("chúc mừng Ngày Báo chí Cách mạng Việt Nam (21-6-1925/21-6-2017), đồng thời", ["1925-06-21", "2017-06-21"]),
    ("kỷ niệm (19.5.1890/19.5.2017) trọng thể", ["1890-05-19", "2017-05-19"]),
    ("(27/7/1947-27/7/2017)", ["1947-07-27", "2017-07-27"]),                     # the dash, as before
])
def test_two_full_dates_joined_by_a_slash(text, expected):
    assert _isos(text) == expected
