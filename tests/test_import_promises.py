"""One test per promise of README's "Importing" section, on inputs built here.

Expected values are written by hand: the titles and texts put into the inputs,
the statuses a reader of the README expects.
"""
from __future__ import annotations

import io
import json
import os
import pty
import select
import shutil
import subprocess
import sys
import tarfile
import zipfile

import pytest

from conftest import ROOT, SAMPLES, run_subprocess

A_TITLE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh Lai Châu lần thứ mười hai"
A_TEXT = (f"{A_TITLE}\n\nSáng 12/3/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị để đánh giá kết quả "
          "thực hiện nhiệm vụ chính trị quý I và triển khai nhiệm vụ trọng tâm quý II.")
B_TITLE = "Huyện Tam Đường ra quân xây dựng nông thôn mới"
B_TEXT = (f"{B_TITLE}\n\nCán bộ, đảng viên và Nhân dân các xã cùng làm đường giao thông nội đồng, "
          "sửa nhà văn hóa bản và trồng cây xanh ven suối.")


def _titles(vankien) -> dict[str, str]:
    """path → title of every archived document."""
    return {d["path"]: d["title"] for d in vankien.json_lines("list", "--json", "--limit", "0")}


def _report(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- formats -------------------------------------------------------------------------

TAR_MODES = {"tar": "w", "tgz": "w:gz", "tar.gz": "w:gz", "tar.xz": "w:xz", "tar.bz2": "w:bz2"}


def _pack(path, members: dict[str, str]) -> None:
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in members.items():
                zf.writestr(name, text)
        return
    mode = next(m for suffix, m in TAR_MODES.items() if path.name.endswith("." + suffix))
    with tarfile.open(path, mode) as tf:
        for name, text in members.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("suffix", ["tar", "tgz", "tar.gz", "tar.xz", "tar.bz2", "zip"])
def test_archives_are_read_in_place(vankien, tmp_path, suffix):
    dump = tmp_path / f"dump.{suffix}"
    _pack(dump, {"tin/a.txt": A_TEXT, "tin/b.md": f"# {B_TITLE}\n\n" + B_TEXT.split("\n\n", 1)[1]})
    code, _, err = vankien("import", str(dump), "--no-index")
    assert code == 0, err
    assert _titles(vankien) == {f"{dump}!tin/a.txt": A_TITLE, f"{dump}!tin/b.md": B_TITLE}


def test_markdown_heading_is_the_title(vankien, tmp_path):
    (tmp_path / "a.md").write_text(f"## {A_TITLE}\n\n**Lai Châu** - " + A_TEXT.split("\n\n", 1)[1],
                                   encoding="utf-8")
    code, _, err = vankien("import", str(tmp_path / "a.md"), "--no-index")
    assert code == 0, err
    assert _titles(vankien) == {str(tmp_path / "a.md"): A_TITLE}


def test_json_array_and_jsonl_records(vankien, tmp_path):
    records = [{"id": "lc-1", "title": A_TITLE, "text": A_TEXT, "date": "2023-03-12",
                "url": "https://laichau.gov.vn/tin/1", "author": "Lò Văn Minh", "chuyen_muc": "Xây dựng Đảng"},
               {"id": 2, "title": B_TITLE, "body": B_TEXT}]
    (tmp_path / "export.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    lines = [{"id": "x", "title": "Tin một", "content": "Nội dung tin một về an ninh trật tự ở xã biên giới."},
             {"id": "y", "title": "Tin hai", "text": "Nội dung tin hai về ý kiến cử tri gửi kỳ họp."}]
    (tmp_path / "export.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n",
                                           encoding="utf-8")
    code, _, err = vankien("import", str(tmp_path / "export.json"), str(tmp_path / "export.jsonl"), "--no-index")
    assert code == 0, err
    docs = {d["path"].rsplit("/", 1)[1]: d for d in vankien.json_lines("list", "--json", "--limit", "0")}
    assert {name: (d["external_id"], d["title"]) for name, d in docs.items()} == {
        "export.json#1": ("lc-1", A_TITLE), "export.json#2": ("2", B_TITLE),
        "export.jsonl#L1": ("x", "Tin một"), "export.jsonl#L2": ("y", "Tin hai")}
    first = vankien.json("show", str(docs["export.json#1"]["id"]), "--json")
    assert (first["date"], first["url"], first["author"], first["source"], first["extra"]) == (
        "2023-03-12", "https://laichau.gov.vn/tin/1", "Lò Văn Minh", "laichau.gov.vn",
        {"chuyen_muc": "Xây dựng Đảng"})


def test_meta_jsonl_in_a_plain_folder(vankien, tmp_path):
    dump = tmp_path / "dump"
    (dump / "sub").mkdir(parents=True)
    (dump / "a.txt").write_text(A_TEXT.split("\n\n", 1)[1], encoding="utf-8")      # no headline of its own
    (dump / "sub" / "b.txt").write_text(B_TEXT, encoding="utf-8")
    rows = [{"file": "a.txt", "title": "Tiêu đề từ tệp kê khai", "date": "2023-03-13",
             "url": "https://www.dienbien.gov.vn/tin/a", "author": "Quàng Văn Thắng", "source": "Báo Điện Biên"},
            {"file": "sub/b.txt", "date": "18/5/2021", "source": "Báo Lai Châu"}]
    (dump / "meta.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = tmp_path / "r.jsonl"
    code, _, err = vankien("import", str(dump), "--no-index", "--report", str(report))
    assert code == 0, err
    statuses = {r["path"].rsplit("/", 1)[1]: (r["status"], r.get("reason")) for r in _report(report)}
    assert statuses == {"a.txt": ("imported", None), "b.txt": ("imported", None),
                        "meta.jsonl": ("skipped", "metadata manifest")}
    docs = {d["path"].rsplit("/", 1)[1]: d for d in vankien.json_lines("list", "--json", "--limit", "0")}
    a = vankien.json("show", str(docs["a.txt"]["id"]), "--json")
    # README: the source is the URL's host when there is a URL (so --source dienbien.gov.vn finds it)
    assert (a["title"], a["date"], a["url"], a["author"], a["source"]) == (
        "Tiêu đề từ tệp kê khai", "2023-03-13", "https://www.dienbien.gov.vn/tin/a", "Quàng Văn Thắng",
        "dienbien.gov.vn")
    b = vankien.json("show", str(docs["b.txt"]["id"]), "--json")
    assert (b["title"], b["date"], b["author"], b["source"]) == (B_TITLE, "2021-05-18", None, "Báo Lai Châu")


# -- HTML ------------------------------------------------------------------------------

def test_html_page_keeps_the_article_and_drops_the_portal(vankien):
    code, _, err = vankien("import", str(SAMPLES / "page.html"), "--no-index")
    assert code == 0, err
    doc = vankien.json("show", "1", "--json")
    assert doc["title"] == "Sơn La học tập chuyên đề năm 2021 về ý chí tự lực, tự cường và khát vọng phát triển"
    assert doc["author"] == "Cầm Thúy"
    text = doc["text"]
    for sentence in [   # the lead, the first and the last paragraph of <div class="news-body">, a quote
        "Sáng 5/6/2021, Ban Thường vụ Tỉnh ủy Sơn La tổ chức hội nghị trực tuyến học tập, quán triệt chuyên đề "
        "năm 2021 và Kết luận số 01-KL/TW ngày 18 tháng 5 năm 2021 của Bộ Chính trị",
        "Hội nghị được kết nối tới 12 điểm cầu các huyện, thành phố và 204 điểm cầu xã, phường, thị trấn với "
        "hơn 15.000 cán bộ, đảng viên tham dự.",
        "Đối với một tỉnh miền núi còn nhiều khó khăn như Sơn La, đó là động lực để vượt qua tâm lý trông chờ, "
        "ỷ lại, chủ động tìm hướng đi phù hợp với lợi thế của mình.",
        "Chính quyền phải đồng hành, tháo gỡ vướng mắc để khát vọng ấy thành hiện thực”, bà Lò Thị Mai nói.",
        "tổ chức tọa đàm, giao lưu với những tấm gương bình dị ở các bản vùng cao, vùng đồng bào dân tộc thiểu số.",
    ]:
        assert sentence in text
    for chrome in ["Trang chủ", "Sơ đồ trang", "Tìm kiếm", "Dịch vụ công trực tuyến", "Tin liên quan",
                   "Tin mới", "Sơn La xuất khẩu lô xoài tươi", "Liên kết website", "Thống kê truy cập",
                   "Đang truy cập", "Cơ quan chủ quản", "congthongtin@sonla.gov.vn", "Bản quyền thuộc",
                   "Chia sẻ bài viết", "Click để đánh giá", "Lượt xem"]:
        assert chrome not in text, chrome


# -- one bad input never stops the batch ---------------------------------------------------

def test_an_unexpected_error_fails_one_input_and_the_batch_goes_on(vankien, tmp_path, monkeypatch):
    from archive import importer

    real_parse = importer.parse

    def parse(item, *args):
        if item.path.endswith("b.txt"):
            raise RuntimeError("reader exploded")
        return real_parse(item, *args)

    monkeypatch.setattr(importer, "parse", parse)
    dump = tmp_path / "dump"
    dump.mkdir()
    for name, text in [("a.txt", A_TEXT), ("b.txt", B_TEXT), ("c.txt", "Tin thứ ba\n\nNội dung tin thứ ba về "
                                                                       "công tác dân vận ở cơ sở.")]:
        (dump / name).write_text(text, encoding="utf-8")
    report = tmp_path / "r.jsonl"
    code, _, err = vankien("import", str(dump), "--no-index", "--report", str(report))
    assert code == 3
    rows = {r["path"].rsplit("/", 1)[1]: (r["status"], r.get("reason")) for r in _report(report)}
    assert rows == {"a.txt": ("imported", None), "b.txt": ("failed", "RuntimeError: reader exploded"),
                    "c.txt": ("imported", None)}
    assert set(_titles(vankien).values()) == {A_TITLE, "Tin thứ ba"}
    assert "Traceback" not in err


def test_an_error_while_storing_one_record_leaves_no_trace_of_it(vankien, tmp_path, monkeypatch):
    """A record that fails half-way through storing is rolled back; the records around it are kept."""
    from archive import dedup, importer

    real_remember = dedup.remember

    def remember(db, doc_id, sig):         # called after the document row is written
        title = db.execute("SELECT title FROM documents WHERE id=?", (doc_id,)).fetchone()[0]
        if title == "Tin hai":
            raise ValueError("disk says no")
        return real_remember(db, doc_id, sig)

    monkeypatch.setattr(importer.dedup, "remember", remember)
    lines = [{"title": t, "text": f"{t}\n\n{body}"} for t, body in [
        ("Tin một", "Nội dung tin một về an ninh trật tự ở các xã biên giới của tỉnh Lai Châu trong tháng năm."),
        ("Tin hai", "Nội dung tin hai về ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ sáu Hội đồng nhân dân."),
        ("Tin ba", "Nội dung tin ba về phong trào thi đua yêu nước trong cán bộ, công chức, viên chức năm nay.")]]
    export = tmp_path / "export.jsonl"
    export.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), encoding="utf-8")
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(export), "--no-index", "--report", str(report))
    assert code == 3
    assert [(r["path"].rsplit("#", 1)[1], r["status"], r.get("reason")) for r in _report(report)] == [
        ("L1", "imported", None), ("L2", "failed", "ValueError: disk says no"), ("L3", "imported", None)]
    assert sorted(_titles(vankien).values()) == ["Tin ba", "Tin một"]
    stats = vankien.json("stats", "--json")
    assert (stats["documents"], stats["failed"]) == (2, 1)


# -- the report -------------------------------------------------------------------------------

# A PNG cut short is an image (its bytes say so, whatever its name): Tesseract cannot read it,
# and without Tesseract it needs OCR all the same. Either way it is failed, never dropped.
BROKEN_PNG = "OCR failed: Error during processing." if shutil.which("tesseract") else \
    "needs OCR (install tesseract-ocr-vie)"


def test_report_rows_for_a_mixed_batch(vankien, tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "1-good.txt").write_text(A_TEXT, encoding="utf-8")
    (dump / "2-copy.txt").write_text(A_TEXT.replace("\n\n", "\n\n\n"), encoding="utf-8")
    (dump / "3-empty.txt").write_text("  \n", encoding="utf-8")
    (dump / "4-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (dump / "5-bad.json").write_text('[{"title": "x", "text": "y"},', encoding="utf-8")
    (dump / "6-repost.txt").write_text("A- A A+ | Chia sẻ bài viết lên facebook\n" + A_TEXT
                                       + "\nThống kê truy cập\nHôm nay : 1.234", encoding="utf-8")
    report = tmp_path / "report.jsonl"
    code, _, _ = vankien("import", str(dump), str(tmp_path / "missing.txt"), "--no-index", "--report", str(report))
    assert code == 3
    rows = [{**r, "path": r["path"].rsplit("/", 1)[1]} for r in _report(report)]
    for row in rows:
        row.pop("title", None)
        if row["status"] == "failed" and row["path"] == "5-bad.json#2":
            assert row.pop("reason").startswith("bad JSON")
    assert rows == [
        {"path": "1-good.txt", "status": "imported", "id": 1},
        {"path": "2-copy.txt", "status": "duplicate", "reason": "same text as an archived document",
         "duplicate_of": 1},
        {"path": "3-empty.txt", "status": "skipped", "reason": "empty or too short to be an article"},
        {"path": "4-image.txt", "status": "failed", "reason": BROKEN_PNG},
        # streamed: the first record is read (too short), then the JSON breaks off
        {"path": "5-bad.json#1", "status": "skipped", "reason": "empty or too short to be an article"},
        {"path": "5-bad.json#2", "status": "failed"},
        {"path": "6-repost.txt", "status": "duplicate", "reason": "same text as an archived document",
         "duplicate_of": 1},
        {"path": "missing.txt", "status": "failed", "reason": "no such file or directory"},
    ]
    # a second run: what was read is unchanged; what failed is tried again
    code, _, _ = vankien("import", str(dump), "--no-index", "--report", str(report))
    again = {r["path"].rsplit("/", 1)[1]: r["status"] for r in _report(report)}
    assert again == {"1-good.txt": "unchanged", "2-copy.txt": "unchanged", "3-empty.txt": "unchanged",
                     "4-image.txt": "failed", "5-bad.json#1": "skipped", "5-bad.json#2": "failed",
                     "6-repost.txt": "unchanged"}
    assert code == 3


# -- indexing later, reindexing from the cache ----------------------------------------------------

def test_no_index_then_the_next_import_indexes_the_pending(vankien, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(A_TEXT, encoding="utf-8")
    second.write_text(B_TEXT, encoding="utf-8")
    assert vankien("import", str(first), "--no-index")[0] == 0
    code, _, err = vankien("search", "Ban Chấp hành")
    assert code == 2 and "reindex" in err                  # no index yet
    assert vankien("import", str(second))[0] == 0
    for query, title in [("Ban Chấp hành", A_TITLE), ("nong thon moi", B_TITLE)]:
        hits = vankien.json_lines("search", query, "--json")
        assert [h["title"] for h in hits] == [title]


def test_reindex_reuses_the_analysis_cache(tmp_path):
    """With underthesea made unimportable, reindex still rebuilds the index: nothing is segmented."""
    home = tmp_path / "home"
    (tmp_path / "a.txt").write_text(A_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B_TEXT, encoding="utf-8")
    assert run_subprocess(["import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-q"], home).returncode == 0
    poison = tmp_path / "poison" / "underthesea"
    poison.mkdir(parents=True)
    (poison / "__init__.py").write_text("raise ImportError('underthesea must not be loaded by reindex')\n")
    env = {**os.environ, "PYTHONPATH": f"{tmp_path / 'poison'}{os.pathsep}{ROOT}"}
    try:    # a pool whose workers cannot load underthesea restarts them forever: bound the wait
        rebuilt = subprocess.run([sys.executable, "-m", "cli", "--home", str(home), "reindex"],
                                 cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("reindex started segmenting (hung on the unimportable underthesea)")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "indexed 2 documents (0 segmented)" in rebuilt.stderr
    # the poison works: underthesea cannot be imported in that environment
    tried = subprocess.run([sys.executable, "-c", "import underthesea"], env=env, capture_output=True, text=True)
    assert tried.returncode == 1 and "must not be loaded" in tried.stderr
    hits = run_subprocess(["search", "nong thon moi", "--json"], home)
    assert [json.loads(h)["title"] for h in hits.stdout.decode().splitlines()] == [B_TITLE]


# -- where the archive lives -------------------------------------------------------------------

def _bare(args, env):
    """`vankien ARGS` with no --home, in a child process with exactly this environment."""
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, capture_output=True, text=True,
                          env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), **env})


def test_vankien_home_and_the_default_home(tmp_path):
    (tmp_path / "a.txt").write_text(A_TEXT, encoding="utf-8")
    chosen = tmp_path / "chosen"
    done = _bare(["import", str(tmp_path / "a.txt"), "--no-index", "-q"],
                 {"VANKIEN_HOME": str(chosen), "HOME": str(tmp_path / "user")})
    assert done.returncode == 0, done.stderr
    assert (chosen / "archive.sqlite").exists() and not (tmp_path / "user").exists()

    # no $VANKIEN_HOME: the platform's user data dir, ~/.local/share/vankien or $XDG_DATA_HOME/vankien
    done = _bare(["import", str(tmp_path / "a.txt"), "--no-index", "-q"], {"HOME": str(tmp_path / "user")})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "user" / ".local" / "share" / "vankien" / "archive.sqlite").exists()
    done = _bare(["list", "--json"], {"HOME": str(tmp_path / "other"), "XDG_DATA_HOME": str(tmp_path / "xdg")})
    assert done.returncode == 2 and str(tmp_path / "xdg" / "vankien") in done.stderr
    listed = _bare(["list", "--json"], {"HOME": str(tmp_path / "user")})
    assert [json.loads(x)["title"] for x in listed.stdout.splitlines()] == [A_TITLE]


# -- on a terminal --------------------------------------------------------------------------------

def _on_a_terminal(args: list[str], home) -> tuple[int, str]:
    """Run `vankien --home HOME ARGS` with stdin/stdout/stderr on a pseudo-terminal; (exit code, screen)."""
    main, child = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLUMNS": "120"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "cli", "--home", str(home), *args], cwd=ROOT, env=env,
                            stdin=child, stdout=child, stderr=child, close_fds=True)
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(main, 65536)
        except OSError:                     # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    return proc.wait(), b"".join(chunks).decode("utf-8", errors="replace")


def test_progress_bar_and_summary_on_a_terminal_and_quiet_prints_nothing(tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "a.txt").write_text(A_TEXT, encoding="utf-8")
    (dump / "b.txt").write_text(B_TEXT, encoding="utf-8")
    (dump / "c.txt").write_text(A_TEXT, encoding="utf-8")
    code, screen = _on_a_terminal(["import", str(dump), "--no-index"], tmp_path / "home")
    assert code == 0, screen
    assert "importing" in screen                                  # the progress bar was drawn
    assert "\x1b[" in screen                                      # with terminal control sequences
    plain = _strip_ansi(screen)
    for label, n in [("imported", 2), ("exact duplicates (skipped)", 1), ("failed", 0)]:
        assert any(line.split()[:-1] == label.split() and line.split()[-1] == str(n)
                   for line in plain.splitlines()), (label, plain)

    (dump / "d.txt").write_text("Tin thứ tư\n\nNội dung tin thứ tư về công tác dân vận.", encoding="utf-8")
    code, screen = _on_a_terminal(["import", str(dump), "--no-index", "--quiet"], tmp_path / "home")
    assert (code, screen) == (0, "")


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\r", "", text)


# -- the bundled samples (data/samples.md says what each file is) -----------------------------------

def test_every_sample_file_is_imported_as_data_samples_md_describes(vankien, tmp_path):
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(SAMPLES), "--no-index", "--report", str(report))
    assert code == 3                                            # export.jsonl line 3 is broken on purpose
    rows = {r["path"].replace(f"{SAMPLES}/", ""): r for r in _report(report)}
    statuses = {path: r["status"] for path, r in rows.items()}
    dated = sorted(p.name for p in SAMPLES.glob("20*.txt"))
    assert len(dated) == 22
    expected = {name: "imported" for name in dated}
    expected.update({
        "portal-chrome.txt": "imported", "reposted.txt": "near_duplicate", "page.html": "imported",
        "export.jsonl#L1": "imported", "export.jsonl#L2": "imported", "export.jsonl#L3": "failed",
        "export.jsonl#L4": "imported", "export.jsonl#L5": "imported",
        "vanban-tam-duong.json#1": "imported", "vanban-tam-duong.json#2": "imported",
        "archive.zip!tinbai/2014-05-07-dien-bien-ky-niem-60-nam-chien-thang.txt": "imported",
        "archive.zip!tinbai/2019-08-28-ha-giang-dong-van-so-ket-chi-thi-05.txt": "imported",
        "archive.zip!tinbai/thuan-chau-quy-dinh-08.txt": "duplicate",
        "legacy-tcvn3.txt": "imported", "legacy-vni.txt": "imported", "utf16.txt": "imported",
        "cp1258.txt": "imported", "nfd.txt": "imported",
    })
    assert statuses == expected
    docs = {d["path"].replace(f"{SAMPLES}/", ""): d for d in vankien.json_lines("list", "--json", "--limit", "0")}
    assert len(docs) == 38
    original = docs["2021-05-25-dien-bien-quan-triet-ket-luan-01.txt"]["id"]
    assert docs["reposted.txt"]["duplicate_of"] == original
    assert rows["archive.zip!tinbai/thuan-chau-quy-dinh-08.txt"]["duplicate_of"] == \
        docs["2018-12-12-son-la-thuan-chau-quy-dinh-08.txt"]["id"]
    encodings = {name: vankien.json("show", str(docs[name]["id"]), "--json")["encoding"]
                 for name in ("legacy-tcvn3.txt", "legacy-vni.txt", "utf16.txt", "cp1258.txt", "nfd.txt")}
    assert encodings == {"legacy-tcvn3.txt": "tcvn3", "legacy-vni.txt": "vni", "utf16.txt": "utf-16",
                         "cp1258.txt": "cp1258", "nfd.txt": "utf-8"}
    nfd = vankien.json("show", str(docs["nfd.txt"]["id"]), "--json")["text"]
    assert "Toàn dân đoàn kết xây dựng đời sống văn hoá" in nfd        # NFC now, old tone placement kept
