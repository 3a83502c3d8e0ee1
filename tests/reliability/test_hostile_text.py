"""What a document can do to the person reading it: nothing.

Terminal escape sequences in titles, texts, file names and HTML entities are
removed at import (and counted), and whatever reaches a terminal is shown
without them, even from an archive written before that rule existed.
"""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.conftest import Vankien, run_subprocess

ESC, BEL, CSI8 = "\x1b", "\x07", "\x9b"
CLEAR = ESC + "[2J" + ESC + "[H"
TITLE_SET = ESC + "]0;pwned" + BEL
LINK = ESC + "]8;;http://evil.example/" + ESC + "\\" + "bấm đây" + ESC + "]8;;" + ESC + "\\"
# Controls in one record, counted by hand: CLEAR 2, TITLE_SET 2, LINK 4, CSI 1, DEL 1
RECORD = {
    "id": "x1",
    "title": f"Hội nghị {CLEAR}tổng kết",
    "author": f"Phóng viên{TITLE_SET}",
    "text": f"Đảng bộ tỉnh Lai Châu {LINK} tổ chức hội nghị {CSI8}31m tổng kết công tác tuyên giáo\x7f năm 2023.",
}
RECORD_CONTROLS = 2 + 2 + 4 + 1 + 1
# What the title and text are once the controls are gone (hand-written)
MARKUP = {"id": "m1", "title": "[link=http://evil.example]Bấm[/link] [bold red]đỏ",
          "text": "Nội dung bài viết về công tác tuyên giáo của tỉnh năm 2023."}
CLEAN_TITLE = "Hội nghị [2J[Htổng kết"
CLEAN_TEXT_PART = "Đảng bộ tỉnh Lai Châu ]8;;http://evil.example/\\bấm đây]8;;\\ tổ chức hội nghị 31m tổng kết"


def _no_controls(s: str) -> bool:
    return not any(c in s for c in (ESC, BEL, CSI8, "\x7f", "\x00"))


def _only_colour(s: str) -> bool:
    """With --color always the output may hold SGR colour codes, and nothing else."""
    import re

    rest = re.sub(r"\x1b\[[0-9;]*m", "", s)
    return _no_controls(rest)


@pytest.fixture(scope="module")
def hostile_home(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    dump = root / "dump"
    dump.mkdir()
    (dump / "export.jsonl").write_text(json.dumps(RECORD, ensure_ascii=False) + "\n" + json.dumps(MARKUP, ensure_ascii=False) + "\n", encoding="utf-8")
    # HTML hides the sequences as character references
    (dump / "page.html").write_text(
        "<html><head><title>Tin &#27;[2J tỉnh</title></head><body><article>"
        "<h1>Tin &#27;[2J tỉnh</h1>"
        "<p>Ban Thường vụ Tỉnh ủy &#27;]0;pwned&#7; đã ban hành kế hoạch thực hiện nghị quyết về phát triển "
        "kinh tế xã hội của tỉnh trong giai đoạn mới, với nhiều chỉ tiêu cụ thể cho từng huyện.</p>"
        "<p>Các cấp ủy đảng được yêu cầu quán triệt nghiêm túc và báo cáo kết quả trước cuối năm.</p>"
        "</article></body></html>", encoding="utf-8")
    # a CSV export's row
    (dump / "export.csv").write_text('Tiêu đề,Nội dung\n"Chợ phiên' + CLEAR + ' Sìn Hồ","Chợ phiên Sìn Hồ họp '
                                     'mỗi Chủ nhật' + TITLE_SET + ', bà con các bản vùng cao mang '
                                     'nông sản, thổ cẩm và dược liệu xuống chợ trao đổi; chợ phiên là nơi giữ '
                                     'nếp sinh hoạt văn hóa của đồng bào Mông, Dao, Hà Nhì trong huyện."\n',
                                     encoding="utf-8")
    # a file name carrying a sequence (the text itself is clean)
    (dump / f"bad{ESC}[2Jname.txt").write_text(
        "Huyện ủy Tam Đường họp bàn công tác cán bộ\n\nHuyện ủy Tam Đường tổ chức hội nghị bàn công tác cán "
        "bộ và kiểm tra giám sát năm 2023.\n", encoding="utf-8")
    home = root / "home"
    result = run_subprocess(["import", str(dump), "--report", str(root / "report.jsonl")], home)
    assert result.returncode == 0, result.stderr.decode()
    return home, root / "report.jsonl"


def test_import_removes_and_counts_controls(hostile_home):
    home, report = hostile_home
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    by_name = {r["path"].rsplit("/", 1)[-1]: r for r in rows}
    assert by_name["export.jsonl#L1"]["controls_removed"] == RECORD_CONTROLS
    assert by_name["bad[2Jname.txt"]["controls_removed"] == 1    # the ESC of the file name
    assert by_name["page.html"]["status"] == "imported"       # (lxml drops &#27; before we see it)
    assert by_name["export.csv#L2"]["controls_removed"] == 4    # CLEAR 2, TITLE_SET 2
    with sqlite3.connect(home / "archive.sqlite") as db:
        for row in db.execute("SELECT title, text, author, path FROM documents"):
            assert all(_no_controls(v or "") for v in row), row
        title, text = db.execute("SELECT title, text FROM documents WHERE external_id='x1'").fetchone()
    assert title == CLEAN_TITLE
    assert CLEAN_TEXT_PART in text


@pytest.mark.parametrize("args", [
    ["list"], ["show", "1"], ["show", "2"], ["show", "3"], ["search", "tổng kết"], ["search", "tinh"],
    ["extract", "1"], ["stats"], ["search", "tổng", "kết", "--json"], ["list", "--json"], ["show", "1", "--json"],
])
@pytest.mark.parametrize("color", ["never", "always"])
def test_no_output_carries_a_sequence(hostile_home, args, color):
    home, _ = hostile_home
    code, out, err = Vankien(home)("--color", color, *args)
    assert code == 0, err
    check = _no_controls if color == "never" else _only_colour
    assert check(out) and check(err), repr(out[:300])
    assert "\x1b]8" not in out                       # no hyperlink, from the text or from Rich markup


def _legacy_archive(hostile_home, tmp_path):
    """An archive written before control characters were removed: put them back by SQL."""
    home = tmp_path / "home"
    shutil.copytree(hostile_home[0], home)
    with sqlite3.connect(home / "archive.sqlite") as db:
        db.execute("UPDATE documents SET title = ?, text = ? WHERE id = 1", (
            "Huyện ủy" + CLEAR + " Tam Đường họp",
            "Huyện ủy Tam Đường họp bàn công tác cán bộ\n\nHuyện ủy" + CLEAR + " Tam Đường" + CSI8 + " tổ chức."))
    return home


def test_old_archive_is_shown_without_sequences_and_marks_stay_right(hostile_home, tmp_path):
    home = _legacy_archive(hostile_home, tmp_path)
    vankien = Vankien(home)
    shown = vankien("--color", "never", "show", "1")[1]
    assert _no_controls(shown)
    assert "Huyện ủy\ufffd[2J\ufffd[H Tam Đường" in shown           # one replacement per control, visible
    raw = vankien("search", "Tam Đường", "--json")[1]
    assert "\\u001b" in raw and "\\u009b" in raw and not (ESC in raw or CSI8 in raw)   # JSON escapes them
    hit = next(h for h in map(json.loads, raw.splitlines()) if h["id"] == 1)
    assert [hit["snippet"][s:e] for s, e in hit["marks"]] == ["Tam", "Đường"] * 2
    on_screen = vankien("--color", "always", "search", "Tam Đường")[1]
    assert _only_colour(on_screen)
    assert "\x1b[1;33mTam\x1b[0m" in on_screen and "\x1b[1;33mĐường\x1b[0m" in on_screen   # marked right


def test_markup_in_a_title_is_text(hostile_home):
    home, _ = hostile_home
    for args in (["list"], ["show", "4"], ["search", "bài viết"]):
        out = Vankien(home)("--color", "always", *args)[1]
        assert "\x1b]8" not in out
        assert "[link=http://evil.example]" in out.replace("\n", "").replace(" ", "") or \
            "[link=http://evil.example]Bấm" in out


def test_error_lines_carry_no_sequence(tmp_path):
    from click.testing import CliRunner

    from cli import main

    # color=True: click would otherwise strip escapes itself, as it does when stderr is no terminal
    result = CliRunner().invoke(main, ["--home", str(tmp_path), "extract", f"missing{CLEAR}.txt"], color=True)
    code, err = result.exit_code, result.stderr
    assert code == 2
    assert _no_controls(err) and "missing" in err and len(err.strip().splitlines()) == 1


def test_research_views_of_an_old_archive_carry_no_sequence(hostile_home, tmp_path):
    """Entity rows written before the rule (put back by SQL) reach the views' tables as text."""
    home = tmp_path / "home"
    shutil.copytree(hostile_home[0], home)
    with sqlite3.connect(home / "archive.sqlite") as db:
        db.execute("INSERT INTO persons(doc_id, name, name_key, positions, person_key) VALUES (1, ?, ?, ?, ?)",
                   ("Lò Văn" + CLEAR + " Cương", "lo van cuong", json.dumps(["Bí thư" + TITLE_SET]),
                    "lò văn" + CLEAR + " cương"))
        db.execute("INSERT INTO slogans(doc_id, text, slogan_key) VALUES (1, ?, ?)",
                   ("Tiên phong" + CLEAR + " - Trọng tâm", "tien phong trong tam"))
    vankien = Vankien(home)
    for args, shown in ((["persons"], "Cương"), (["person", "lo van cuong"], "Cương"), (["slogans"], "Trọng tâm"),
                        (["slogan", "tien phong trong tam"], "Trọng tâm")):
        code, out, err = vankien("--color", "always", *args)
        assert code == 0, (args, err)
        assert _only_colour(out) and shown in out, args
