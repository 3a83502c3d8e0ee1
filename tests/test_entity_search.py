"""Entities stored in the archive and used as search filters; `vankien extract`."""
from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import SEED_000, SEED_002, Vankien, needs_seeds


@pytest.fixture(scope="module")
def home(sample_archive):
    return sample_archive.home                    # what was imported is checked by the fixture


@pytest.fixture
def vk(home):
    return Vankien(home)


def hits(vk, *args) -> list[dict]:
    code, out, err = vk("search", *args, "--json", "--limit", "100")
    assert code in (0, 1), err
    return [json.loads(line) for line in out.splitlines()]


def names(rows) -> set[str]:
    return {r["path"].rsplit("/", 1)[-1] for r in rows}


@needs_seeds
def test_seed_entities_are_stored_and_countable(home):
    db = sqlite3.connect(home / "archive.sqlite")
    doc = db.execute("SELECT id FROM documents WHERE path LIKE ?", (f"%{SEED_000.name}",)).fetchone()[0]
    persons = dict(db.execute("SELECT name, positions FROM persons WHERE doc_id=?", (doc,)).fetchall())
    assert {"Lê Đức Dục", "Nguyễn Chanh"} <= set(persons)
    assert len(json.loads(persons["Lê Đức Dục"])) >= 2
    numbers = dict(db.execute("SELECT canonical, date FROM docnum_refs WHERE doc_id=?", (doc,)).fetchall())
    assert numbers == {"1-KL/TW": "2021-05-18", "21-KL/TW": "2021-10-25"}
    slogans = [r[0] for r in db.execute("SELECT text FROM slogans WHERE doc_id=?", (doc,))]
    assert any("Tiên phong - Trọng tâm - Thuyết phục" in s for s in slogans)
    counted = db.execute("SELECT COUNT(DISTINCT doc_id) FROM persons WHERE name_key='le duc duc'").fetchone()[0]
    assert counted == 2


@needs_seeds
def test_person_filter_with_or_without_diacritics(vk):
    with_marks = names(hits(vk, "--person", "Lê Đức Dục"))
    assert with_marks == {SEED_000.name, SEED_002.name}
    assert names(hits(vk, "--person", "le duc duc")) == with_marks
    rows = hits(vk, "Tuyên giáo", "--person", "Phan Xuân Thủy")
    assert names(rows) == {SEED_002.name}
    assert rows[0]["entities"]["persons"][0]["name"] == "Phan Xuân Thủy"


def test_resolution_filter_any_spelling_and_dates(vk):
    all_01 = names(hits(vk, "--resolution", "01-KL/TW"))
    assert all_01 == names(hits(vk, "--resolution", "01 - kl/tw")) == names(hits(vk, "01-KL/TW"))
    rows = hits(vk, "--resolution", "1-KL/TW")
    assert all(r["entities"]["docnums"][0]["canonical"] == "1-KL/TW" for r in rows)
    # Nghị quyết 29-NQ/TW of 2013, not the 2022 one: the date written beside the number
    cited = hits(vk, "--resolution", "29-NQ/TW")
    dates = {d["date"] for r in cited for d in r["entities"]["docnums"]}
    assert {"2013-11-04", "2022-11-17"} <= dates
    # publication-date filters
    # publication-date filters (every filter's exact hits: tests/test_search_filters.py)
    assert names(hits(vk, "--resolution", "29-NQ/TW", "--year", "2023")) == {
        "2023-03-02-nghe-an-quan-triet-nghi-quyet-29-cong-nghiep-hoa.txt",
        "2023-07-14-dien-bien-so-ket-tuyen-giao-6-thang.txt", "2023-10-18-nghe-an-cong-bo-quy-hoach-tinh.txt"}
    assert names(hits(vk, "--resolution", "01-KL/TW", "--date", "18/5/2021")) == set()    # none published that day


def test_slogan_filter_ignores_dashes_case_and_diacritics(vk):
    exact = names(hits(vk, "--slogan", "Tiên phong - Trọng tâm - Thuyết phục"))
    assert exact and exact == names(hits(vk, "--slogan", "tien phong – trong tam — thuyet phuc"))
    assert "2022-07-28-dien-bien-hoi-nghi-bao-cao-vien.txt" in exact


def test_bad_filters_are_one_line_errors(vk):
    for args in (["--resolution", "không phải số"], ["--date", "32/13/2021"], ["--from", "2023", "--to", "2021"]):
        code, _, err = vk("search", *args)
        assert code == 2 and err.startswith("Error:") and err.count("\n") == 1, args
    code, _, err = vk("search")
    assert code == 2 and "query or a filter" in err


@needs_seeds
def test_extract_command(vk):
    code, out, err = vk("extract", str(SEED_002), "--json")
    assert code == 0, err
    found = json.loads(out)
    assert {"persons", "dates", "docnums", "slogans"} <= found.keys()
    assert {"Lê Đức Dục", "Phan Xuân Thủy"} <= {p["name"] for p in found["persons"]}
    code, out, _ = vk("extract", "-", "--json", input="Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.")
    number = json.loads(out)["docnums"][0]
    assert (number["canonical"], number["date"], number["issuer_body"]) == ("1-KL/TW", "2021-05-18", "Bộ Chính trị")
    code, _, err = vk("extract", "999999")
    assert code == 2 and "no document" in err
