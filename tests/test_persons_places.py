"""Place and body words before a name (issue 11, seventh session): a word that only ends
like a hamlet, a bridge or an edition (nông thôn, yêu cầu, văn bản) does not make the name
after it a place's. Expected names are written by hand."""
from __future__ import annotations

import pytest

from indexer.persons import find_persons


def names(text: str) -> list[str]:
    return [p.name for p in find_persons(text)]


@pytest.mark.parametrize("text, expected", [
    ("Quốc hội chất vấn Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường. Ông trả lời.",
     ["Nguyễn Xuân Cường"]),
    ("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Quốc Doanh cho biết.", ["Lê Quốc Doanh"]),
    ("Viện kiểm sát yêu cầu Lưu Minh Nghĩa bồi thường thiệt hại.", ["Lưu Minh Nghĩa"]),
])
def test_a_name_after_a_word_that_only_ends_like_a_place_word(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Đoàn về thôn Nguyễn Huệ, xã Hòa Bình, hôm qua.",      # a hamlet named after a figure
    "Xe dừng ở cầu Trần Thị Lý rất lâu.",                   # a bridge
    "Du khách ghé làng Trần Văn Thời buổi sáng.",
])
def test_a_name_after_a_real_place_word_is_the_place(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Năm 2014, Tổng thống Phillipine Benigno Aquino đã tuyên bố như vậy.", ["Benigno Aquino"]),   # a misspelt country
    ("Tại đây, Quốc vương Arabia Saudi Salman bin Abdulaziz phát biểu.", ["Salman bin Abdulaziz"]),
])
def test_a_country_written_otherwise_is_not_part_of_the_name(text, expected):
    assert names(text) == expected
