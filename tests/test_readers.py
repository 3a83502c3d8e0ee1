"""What the readers hand the importer: big exports streamed record by record, any file
name, symbolic links not followed unless asked, and an outcome with a reason for
every input (nothing silently lost)."""
from __future__ import annotations

import json
import os
import random
import sqlite3

import pytest

from conftest import run_subprocess, run_with_peak

SYLLABLES = ("đảng bộ tỉnh huyện xã chi bộ đồng chí bí thư ban thường vụ nghị quyết kết luận chỉ thị "
             "học tập làm theo tư tưởng đạo đức phong cách hồ chí minh phát triển kinh tế xã hội "
             "quốc phòng an ninh dân vận tuyên giáo kiểm tra giám sát cán bộ đảng viên nông thôn mới "
             "giáo dục y tế văn hóa du lịch chuyển đổi số giảm nghèo bền vững thủy lợi giao thông").split()


def _article(rng: random.Random, number: int, words: int) -> str:
    body = " ".join(rng.choice(SYLLABLES) for _ in range(words))
    return f"Bản tin số {number}. {body.capitalize()}."


def _write_jsonl(path, count: int, words: int, seed: int = 1, big_at: int | None = None, big_words: int = 0):
    """`count` records with ids r0…; record `big_at` gets `big_words` words instead."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(count):
            text = _article(rng, i, big_words if i == big_at else words)
            f.write(json.dumps({"id": f"r{i}", "title": f"Bản tin số {i}", "text": text,
                                "chuyen_muc": "thời sự"}, ensure_ascii=False) + "\n")


def _report(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _db(home) -> sqlite3.Connection:
    return sqlite3.connect(home / "archive.sqlite")


# -- big exports ---------------------------------------------------------------

def test_jsonl_record_over_the_limit_fails_alone(vankien, tmp_path, monkeypatch):
    """5 MB of JSON Lines with the per-record limit at 16 kB: one record over it fails, the rest import."""
    from archive import records

    monkeypatch.setattr(records, "MAX_RECORD", 16_000)
    export = tmp_path / "export.jsonl"
    _write_jsonl(export, count=1000, words=850, big_at=500, big_words=4000)   # ~5 kB records, one ~24 kB
    assert export.stat().st_size > 5_000_000                                  # the file is far over the limit
    report = tmp_path / "r.jsonl"
    code, _, err = vankien("import", str(export), "--no-index", "--report", str(report))
    assert code == 3
    rows = {r["path"].rsplit("#", 1)[1]: r for r in _report(report)}
    assert rows["L501"]["status"] == "failed" and rows["L501"]["reason"].startswith("oversized")
    assert [rows[f"L{n}"]["status"] for n in (1, 500, 502, 1000)] == ["imported"] * 4
    assert sum(r["status"] == "imported" for r in rows.values()) == 999
    ids = {r[0] for r in _db(vankien.home).execute("SELECT external_id FROM documents")}
    assert {"r0", "r499", "r501", "r999"} <= ids and "r500" not in ids
    assert "failed: oversized 1" in " ".join(err.split())      # the summary names the reason with its count


def test_json_array_and_pretty_printed_json(vankien, tmp_path):
    rng = random.Random(3)
    texts = [_article(rng, i, 40) for i in range(3)]
    (tmp_path / "array.json").write_text(json.dumps(
        [{"tieu_de": "Một", "noi_dung": texts[0]}, {"Tiêu đề": "Hai", "Nội dung": texts[1]}, ["not an object"]],
        ensure_ascii=False, indent=2), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"title": "Ba", "content": texts[2]}, ensure_ascii=False,
                                                  indent=2), encoding="utf-8")
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(tmp_path / "array.json"), str(tmp_path / "one.json"), "--no-index",
                         "--report", str(report))
    assert code == 3
    got = [(r["path"].rsplit("/", 1)[1], r["status"], r.get("title") or r.get("reason")) for r in _report(report)]
    assert got == [("array.json#1", "imported", "Một"), ("array.json#2", "imported", "Hai"),
                   ("array.json#3", "failed", "JSON record is not an object"), ("one.json#1", "imported", "Ba")]


def test_resumed_export_is_not_doubled(vankien, tmp_path):
    """An export whose first records are archived (a killed import) finishes without doubling them."""
    export = tmp_path / "export.jsonl"
    _write_jsonl(export, count=10, words=60)
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    export.write_text("".join(lines[:6]), encoding="utf-8")
    assert vankien("import", str(export), "--no-index")[0] == 0
    export.write_text("".join(lines), encoding="utf-8")
    report = tmp_path / "r.jsonl"
    assert vankien("import", str(export), "--no-index", "--report", str(report))[0] == 0
    assert [r["status"] for r in _report(report)] == ["unchanged"] * 6 + ["imported"] * 4
    stats = vankien.json("stats", "--json")
    assert (stats["documents"], stats["duplicates"]) == (10, 0)


@pytest.mark.slow
def test_100mb_jsonl_streams_with_bounded_memory(tmp_path):
    export = tmp_path / "big.jsonl"
    _write_jsonl(export, count=30_000, words=600)          # ~3.6 kB records, like portal articles
    size = export.stat().st_size
    assert size > 100_000_000
    home = tmp_path / "home"
    code, err, peak_mb = run_with_peak(["import", str(export), "--no-index", "--quiet"], home)
    assert code == 0, err
    db = _db(home)
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 30_000
    sample = {f"r{i}" for i in (0, 1, 9_999, 20_000, 29_999)}
    found = {r[0] for r in db.execute("SELECT external_id FROM documents WHERE external_id IN (?,?,?,?,?)",
                                      sorted(sample))}
    assert found == sample
    print(f"\n100 MB JSONL: {size / 1e6:.0f} MB, peak RSS {peak_mb} MB")
    # read whole, the bytes and their decoded text alone would take over twice the file's size
    assert peak_mb * 2**20 < 1.5 * size, "memory grew with the file: the export was not streamed"


# -- file names and links --------------------------------------------------------

ARTICLE = ("Hội nghị Ban Chấp hành Đảng bộ huyện\n\nSáng 12/3/2023, Ban Chấp hành Đảng bộ huyện tổ chức "
           "hội nghị lần thứ mười hai, đánh giá kết quả quý I và triển khai nhiệm vụ quý II.")


def test_file_name_that_is_not_utf8(tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    raw_name = os.path.join(os.fsencode(dump), b"tin-\xff\xfe-c\xf4ng-t\xe1c.txt")   # Latin-1 bytes, not UTF-8
    fd = os.open(raw_name, os.O_CREAT | os.O_WRONLY)
    os.write(fd, ARTICLE.encode("utf-8"))
    os.close(fd)
    home = tmp_path / "home"
    report = tmp_path / "r.jsonl"
    result = run_subprocess(["import", str(dump), "--no-index", "--report", str(report)], home)
    assert result.returncode == 0, result.stderr.decode()
    shown = str(dump) + "/tin-\\xff\\xfe-c\\xf4ng-t\\xe1c.txt"
    assert _report(report) == [{"path": shown, "status": "imported", "id": 1,
                                "title": "Hội nghị Ban Chấp hành Đảng bộ huyện"}]
    listed = run_subprocess(["list", "--json"], home)
    assert json.loads(listed.stdout)["path"] == shown
    shown_doc = run_subprocess(["show", "1"], home, env={**os.environ, "COLUMNS": "400"})
    assert shown_doc.returncode == 0 and "tin-\\xff\\xfe-c\\xf4ng-t\\xe1c.txt" in shown_doc.stdout.decode()
    # named on the command line too (argv bytes), and recognised as unchanged: the key round-trips
    again = run_subprocess(["import", os.fsdecode(raw_name), "--no-index", "--report", str(report)], home)
    assert again.returncode == 0, again.stderr.decode()
    assert _report(report) == [{"path": shown, "status": "unchanged"}]


@pytest.fixture
def linked_dump(tmp_path):
    """dump/ with a real article, a link to a file outside, a link inside and a link back up (a loop)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Mật khẩu của máy chủ nằm trong tệp này, không phải bài viết.\n",
                                        encoding="utf-8")
    dump = tmp_path / "dump"
    (dump / "sub").mkdir(parents=True)
    (dump / "sub" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (dump / "escape.txt").symlink_to(outside / "secret.txt")
    (dump / "inside.txt").symlink_to(dump / "sub" / "a.txt")
    (dump / "sub" / "up").symlink_to(dump)
    return dump, outside


def _outcomes(report, dump) -> dict:
    return {r["path"].replace(f"{dump.parent}/", ""): (r["status"], r.get("reason")) for r in _report(report)}


def test_links_are_not_followed_by_default(vankien, tmp_path, linked_dump):
    dump, _ = linked_dump
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(dump), "--no-index", "--report", str(report))
    assert code == 0
    not_followed = ("skipped", "symbolic link (use --follow)")
    assert _outcomes(report, dump) == {"dump/escape.txt": not_followed, "dump/inside.txt": not_followed,
                                       "dump/sub/up": not_followed, "dump/sub/a.txt": ("imported", None)}


def test_follow_stays_inside_the_folder(vankien, tmp_path, linked_dump):
    dump, outside = linked_dump
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(dump), "--follow", "--no-index", "--report", str(report))
    assert code == 3
    got = _outcomes(report, dump)
    assert got["dump/escape.txt"] == ("failed", f"link points outside {dump}")
    assert got["dump/sub/up"] == ("skipped", "link to a folder already read")
    # the same file through the link and directly: archived once
    assert sorted(got[p][0] for p in ("dump/inside.txt", "dump/sub/a.txt")) == ["imported", "unchanged"]
    assert len(got) == 4
    texts = [r[0] for r in _db(vankien.home).execute("SELECT text FROM documents")]
    assert texts == [ARTICLE] and not any("Mật khẩu" in t for t in texts)


def test_follow_reaches_outside_when_the_target_is_named(vankien, tmp_path, linked_dump):
    dump, outside = linked_dump
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(dump), str(outside / "secret.txt"), "--follow", "--no-index",
                         "--report", str(report))
    assert code == 0
    got = _outcomes(report, dump)
    assert got["dump/escape.txt"][0] == "imported"
    assert got["outside/secret.txt"] == ("unchanged", None)


# -- nothing silently lost ------------------------------------------------------------

def test_every_input_has_an_outcome_and_failures_exit_3(vankien, tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (dump / "empty.txt").write_text("", encoding="utf-8")
    (dump / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (dump / "scan.bin").write_bytes(bytes(range(256)) * 16)
    (dump / "export.jsonl").write_text('{"title": "x", "text": "' + ARTICLE.replace("\n", " ") + '"}\n{broken\n',
                                       encoding="utf-8")
    os.mkfifo(dump / "pipe")
    report = tmp_path / "r.jsonl"
    code, _, err = vankien("import", str(dump), "--no-index", "--report", str(report))
    assert code == 3
    got = {r["path"].replace(f"{dump}/", ""): (r["status"], r.get("reason")) for r in _report(report)}
    assert got == {
        ".DS_Store": ("skipped", "hidden (name starts with a dot)"),
        "pipe": ("skipped", "not a regular file (device, pipe or socket)"),
        "empty.txt": ("skipped", "empty or too short to be an article"),
        "export.jsonl#L1": ("imported", None),
        "export.jsonl#L2": ("failed", "bad JSON line: Expecting property name enclosed in double quotes at column 2"),
        "good.txt": ("duplicate", "same text as an archived document"),      # same words as export.jsonl#L1
        "scan.bin": ("failed", "binary file (not a supported format)"),
    }
    summary = " ".join(err.split())
    assert "failed 2 " in summary
    assert "failed: bad JSON line 1 · binary file 1" in summary
    assert "skipped: empty or too short to be an article 1 · hidden 1 · not a regular file 1" in summary


def test_links_inside_archives_are_skipped(vankien, tmp_path):
    import io
    import tarfile

    pack = tmp_path / "pack.tar"
    with tarfile.open(pack, "w") as tf:
        data = ARTICLE.encode("utf-8")
        info = tarfile.TarInfo("news/a.txt")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("news/passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(pack), "--no-index", "--report", str(report))
    assert code == 0
    got = {r["path"].split("!", 1)[1]: (r["status"], r.get("reason")) for r in _report(report)}
    assert got == {"news/a.txt": ("imported", None), "news/passwd": ("skipped", "link in archive (not followed)")}


@pytest.mark.slow
def test_export_killed_mid_file_finishes_on_rerun(tmp_path):
    """SIGKILL in the middle of one big JSONL: the re-run archives every record exactly once."""
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    export = tmp_path / "export.jsonl"
    _write_jsonl(export, count=3000, words=120)
    home = tmp_path / "home"
    proc = subprocess.Popen([sys.executable, "-m", "cli", "--home", str(home), "import", str(export), "--no-index",
                             "--quiet"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    committed, deadline = 0, time.time() + 300
    while proc.poll() is None and time.time() < deadline and committed < 600:
        time.sleep(0.05)
        try:
            committed = _db(home).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
    assert proc.poll() is None, "import finished before it could be killed; make the export larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _db(home).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    assert 0 < partial < 3000
    result = run_subprocess(["import", str(export), "--no-index", "--quiet"], home)
    assert result.returncode == 0, result.stderr.decode()
    rows = _db(home).execute("SELECT path, external_id FROM documents ORDER BY id").fetchall()
    assert len(rows) == 3000 and len({p for p, _ in rows}) == 3000
    assert {i for _, i in rows} == {f"r{i}" for i in range(3000)}
    assert _db(home).execute("SELECT COUNT(*) FROM duplicates").fetchone()[0] == 0
