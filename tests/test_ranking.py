"""Ranking on the sample archive: the expected orders were written by hand from
reading the samples (where the words stand: title or body, adjacent or apart, with
which diacritics). Each test fails when its boost is removed: the title boost
(indexer/schema.py TITLE_BOOST, the title terms of indexer/search.py _boosters),
the adjacent-pair boost and the underthesea-word boost.
"""
from __future__ import annotations

import json

import pytest

from conftest import Vankien


@pytest.fixture(scope="module")
def vk(sample_archive):
    return Vankien(sample_archive.home)


def ranked(vk, query: str) -> list[int]:
    code, out, err = vk("search", query, "--json", "--limit", "100")
    assert code == 0, err
    return [json.loads(line)["id"] for line in out.splitlines()]


def above(order: list[int], first: set[int], then: set[int]) -> bool:
    """Every id of `first` and of `then` is listed, each of `first` before all of `then`."""
    assert first | then <= set(order), (first | then) - set(order)
    return max(order.index(i) for i in first) < min(order.index(i) for i in then)


@pytest.mark.parametrize("query, title_match, body_only", [
    # 26's headline is "Nghệ An ban hành chương trình hành động …"; the others say it in the body only
    ("ban hành", 26, {1, 11, 13, 16, 35, 36}),
    # 4's headline is "Điện Biên triển khai Chỉ thị 05-CT/TW …"; 17, 26 and 29 use it in the body
    ("triển khai", 4, {17, 26, 29}),
])
def test_title_match_above_body_only(vk, query, title_match, body_only):
    order = ranked(vk, query)
    assert order[0] == title_match
    assert body_only <= set(order)


def test_headline_outweighs_more_mentions_in_the_body(vk):
    # 38's headline is "Mặt trận xã Nà Tăm …" and its body says "MTTQ"; the notice 37 names
    # the Mặt trận three times in a longer body. The title's weight (TITLE_BOOST) decides.
    assert ranked(vk, "Mặt trận") == [38, 37]


def test_adjacent_words_above_scattered(vk):
    # "Nghị định 15/2020/NĐ-CP" in 10 and 14; "nghị" and "định" apart in 7, 30 and 26
    order = ranked(vk, "nghị định")
    assert set(order[:2]) == {10, 14}
    assert above(order, {10, 14}, {7, 26, 30})


def test_one_underthesea_word_above_its_syllables_apart(vk):
    # "trường học" (school) in 1, 2, 9, 22 and 26; 30 has "điểm trường" … "phòng học" only
    order = ranked(vk, "trường học")
    assert set(order[:5]) == {1, 2, 9, 22, 26}
    assert above(order, {1, 2, 9, 22, 26}, {30})


def test_exact_diacritics_above_folded_only(vk):
    # "hoà/hòa bình" in 21, 23 (zip) and 30 (TCVN3); 9 has "bông hoa" … "bình dị", 17 "hóa" … "bình"
    exact = {21, 23, 30}
    assert set(ranked(vk, "hoà bình")) == exact == set(ranked(vk, "hòa bình"))
    folded = ranked(vk, "hoa binh")
    assert {9, 17} <= set(folded) and exact <= set(folded)
    assert above(folded, {21, 23}, {9, 17}) and above(folded, {30}, {17})
