"""A batch of junk mixed with good files: every good file is imported, every bad
one is reported with its reason, nothing is written outside the archive home,
memory stays bounded, and the exit status is 3."""
from __future__ import annotations

import gzip
import io
import json
import os
import tarfile
import zipfile

from tests.conftest import run_with_peak

GOOD = {
    "good-1.txt": "Đảng bộ xã Bản Bo tổng kết năm 2023\n\nĐảng bộ xã Bản Bo tổng kết công tác xây dựng Đảng, "
                  "kết nạp 12 đảng viên mới và hoàn thành 15 chỉ tiêu kinh tế.\n",
    "good-2.txt": "Nông dân Nà Tăm trồng chè Shan tuyết\n\nHợp tác xã Nà Tăm mở rộng vùng chè Shan tuyết "
                  "thêm 30 ha, bao tiêu sản phẩm cho hơn 200 hộ đồng bào Dao.\n",
    "good-3.txt": "Bình Lư khánh thành cầu treo\n\nCầu treo bản Tả Chải dài 80 m được khánh thành, "
                  "giúp học sinh đi học an toàn trong mùa mưa lũ.\n",
}
RECORD = ("Huyện Tam Đường tuyên truyền pháp luật\n\nTrung tâm chính trị huyện Tam Đường mở lớp tuyên "
          "truyền pháp luật về đất đai cho 150 người dân các bản vùng cao.")
TRUNCATED = ("Phong Thổ phát triển du lịch cộng đồng\n\nBản Sin Suối Hồ đón hơn 9.000 lượt khách, "
             "các homestay giữ nếp nhà trình tường của người Mông. Đ")
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
          + ']><html><body><article><p>&lol9;</p></article></body></html>')
ODD_NAME = os.fsdecode(b"t\xe9n-c\xf4ng-v\xe1n.txt")          # Windows-1258 bytes in the name


def make_junk(dump, big: bool):
    dump.mkdir(parents=True)
    for name, text in GOOD.items():
        (dump / name).write_text(text, encoding="utf-8")
    (dump / ODD_NAME).write_text("Thèn Sin giữ rừng đầu nguồn\n\nBản Thèn Sin giao khoán 500 ha rừng "
                                 "cho các hộ dân bảo vệ.\n", encoding="utf-8")
    (dump / "truncated.txt").write_bytes(TRUNCATED.encode("utf-8")[:-1])      # cut inside "Đ"
    (dump / "export.jsonl").write_text(json.dumps({"id": "r1", "text": RECORD}, ensure_ascii=False)
                                       + "\n{not json\n", encoding="utf-8")
    (dump / "random.bin").write_bytes(os.urandom(4096))
    (dump / "nul.txt").write_bytes(b"Dang bo\x00\x00\x00 xa " * 50)
    (dump / "empty.txt").write_bytes(b"")
    (dump / "bad.jsonl").write_text('{broken\n[1, 2]\n', encoding="utf-8")
    (dump / "not-a-tar.tar.gz").write_bytes(gzip.compress(GOOD["good-1.txt"].encode("utf-8")))
    (dump / "laughs.html").write_text(LAUGHS, encoding="utf-8")
    with zipfile.ZipFile(dump / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:     # 200 KB → 200 MB
        z.writestr("zeros.txt", b"\0" * (200 * 1024 * 1024))
    with zipfile.ZipFile(dump / "evil.zip", "w") as z:
        z.writestr("/etc/abs.txt", RECORD)
        z.writestr("../up.txt", RECORD)
    with tarfile.open(dump / "evil.tar", "w") as t:
        for name in ("../escape.txt", "/abs.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(RECORD.encode())
            t.addfile(info, io.BytesIO(RECORD.encode()))
        link = tarfile.TarInfo("passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        t.addfile(link)
    (dump / "sub").mkdir()
    os.symlink("..", dump / "sub" / "loop")                       # a loop
    os.symlink("/etc/passwd", dump / "passwd.txt")                # outside the folder
    os.mkfifo(dump / "pipe.txt")                                  # unreadable as a file (root reads chmod 000)
    if big:
        with open(dump / "oneline.txt", "wb") as f:               # 100 MB on one line
            chunk = ("Đảng bộ tỉnh " * 1000).encode()
            while f.tell() < 100 * 1024 * 1024:
                f.write(chunk)
        with open(dump / "bigline.jsonl", "wb") as f:             # one 50 MB JSON line, then a good one
            f.write(b'{"id": "big", "text": "')
            chunk = ("chính quyền " * 1000).encode()
            while f.tell() < 50 * 1024 * 1024:
                f.write(chunk)
            after = "Mường Tè trồng sâm Lai Châu\n\nCác hộ ở Tà Tổng trồng 40 ha sâm dưới tán rừng già."
            f.write(b'"}\n' + json.dumps({"id": "after", "text": after}, ensure_ascii=False).encode() + b"\n")


# (input, status, reason) written by hand; "…" ends a reason checked by its start
EXPECTED = [
    ("passwd.txt", "skipped", "symbolic link (use --follow)"),
    ("pipe.txt", "skipped", "not a regular file (device, pipe or socket)"),
    ("sub/loop", "skipped", "symbolic link (use --follow)"),
    ("bad.jsonl#L1", "failed", "bad JSON line: …"),
    ("bad.jsonl#L2", "failed", "JSON record is not an object"),
    ("bomb.zip!zeros.txt", "failed", "oversized: 209 MB > 52 MB per document"),
    ("empty.txt", "skipped", "empty or too short to be an article"),
    ("evil.tar!../escape.txt", "failed", "unsafe member path (..)"),
    ("evil.tar!/abs.txt", "failed", "unsafe member path (absolute)"),
    ("evil.tar!passwd", "skipped", "link in archive (not followed)"),
    ("evil.zip!/etc/abs.txt", "failed", "unsafe member path (absolute)"),
    ("evil.zip!../up.txt", "failed", "unsafe member path (..)"),
    ("export.jsonl#L1", "imported", None),
    ("export.jsonl#L2", "failed", "bad JSON line: …"),
    ("good-1.txt", "imported", None),
    ("good-2.txt", "imported", None),
    ("good-3.txt", "imported", None),
    ("laughs.html", "failed", "HTML page has no main text"),
    ("not-a-tar.tar.gz", "failed", "corrupt archive: …"),
    ("nul.txt", "failed", "binary file (not a supported format)"),
    ("random.bin", "failed", "binary file (not a supported format)"),
    ("truncated.txt", "imported", None),
    ("t\\xe9n-c\\xf4ng-v\\xe1n.txt", "imported", None),
]
EXPECTED_BIG = [
    # 50 MiB of "chính quyền " (15 bytes, 12 characters): 42 M characters
    ("bigline.jsonl#L1", "failed", "text too long: 42 M characters > 10 M per document"),
    ("bigline.jsonl#L2", "imported", None),
    ("oneline.txt", "failed", "oversized: 104 MB > 52 MB per document"),
]


def _import(dump, tmp_path):
    """`vankien import` in a child process from an empty working folder; (code, rows, peak RSS MB)."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    status, _, peak = run_with_peak(["import", str(dump), "--no-index", "--report", str(tmp_path / "report.jsonl")],
                                    tmp_path / "home", cwd=cwd)
    rows = [json.loads(line) for line in (tmp_path / "report.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not any(cwd.iterdir())                                      # nothing written where it ran
    return status, rows, peak


def _check(rows, dump, expected):
    got = [(r["path"].replace(f"{dump}/", ""), r["status"], r.get("reason")) for r in rows]
    assert len(got) == len(expected)
    for (path, status, reason), want in zip(sorted(got), sorted(expected)):
        if want[2] and want[2].endswith("…"):
            assert (path, status) == want[:2] and reason.startswith(want[2][:-1]), (path, reason)
        else:
            assert (path, status, reason) == want


def _outside_untouched(tmp_path, dump):
    """Only the dump (as made), the home, the report and the empty cwd exist."""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "dump", "home", "report.jsonl"]


def test_junk_batch(tmp_path):
    dump = tmp_path / "dump"
    make_junk(dump, big=False)
    before = sorted(os.listdir(dump))
    status, rows, peak = _import(dump, tmp_path)
    assert status == 3
    _check(rows, dump, EXPECTED)
    assert sorted(os.listdir(dump)) == before
    _outside_untouched(tmp_path, dump)
    assert peak < 400, peak                                       # MB; about 120 measured
    from tests.conftest import Vankien
    texts = {d["path"].rsplit("/", 1)[-1]: d for d in Vankien(tmp_path / "home").json_lines("list", "--json",
                                                                                             "--limit", "0")}
    assert texts["truncated.txt"]["title"] == "Phong Thổ phát triển du lịch cộng đồng"


def test_junk_batch_with_huge_inputs(tmp_path):
    dump = tmp_path / "dump"
    make_junk(dump, big=True)
    status, rows, peak = _import(dump, tmp_path)
    assert status == 3
    _check(rows, dump, EXPECTED + EXPECTED_BIG)
    assert peak < 1024, peak                                      # MB; about 550 measured (the 50 MB line)
    print(f"peak RSS {peak} MB")
