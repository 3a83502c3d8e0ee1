"""`vankien import` on real seeds and on every kind of bad input."""
from __future__ import annotations

import io
import json
import tarfile
import unicodedata
import zipfile

import pytest

from archive.clean import is_chrome
from conftest import SEED_000, SEED_002, needs_seeds, run_subprocess

CHROME = ["Chia sẻ bài viết", "A- A A+", "Tổng số điểm của bài viết", "Click để đánh giá",
          "Bản đồ địa giới hành chính", "Thống kê truy cập", "Hôm nay :", "Hôm qua :", "Tổng số :"]


def _doc_by_path(vankien, suffix):
    docs = vankien.json_lines("list", "--limit", "0", "--json")
    match = [d for d in docs if d["path"].endswith(suffix)]
    assert len(match) == 1, (suffix, [d["path"] for d in docs])
    return vankien.json("show", str(match[0]["id"]), "--json")


# Read by hand from ../shared/seeds/000_*.txt: its chrome is line 1 (share/contrast bar)
# and lines 68-76 (rating widget, map widget, visitor counter); every other non-blank
# line is the article, the byline "Tác giả: Nguyễn Chanh" (line 67) included.
SEED_000_CHROME = {1, 68, 69, 70, 71, 72, 73, 74, 75, 76}
SEED_000_CHROME_TEXT = [
    "A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên twitter Chia sẻ bài viết lên google+ "
    "Tăng tương phản Giảm tương phản",
    "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "Click để đánh giá bài viết",
    "Bản đồ địa giới hành chính", "Thống kê truy cập", "Hôm nay : 5.565", "Hôm qua : 25.025",
    "Tháng 10 : 315.934", "Năm 2022 : 8.329.954", "Tổng số : 73.448.927"]
SEED_000_BODY = [   # whole lines, typed from the seed: the first, some middle ones, the last
    "Kỷ niệm 92 năm Ngày truyền thống ngành Tuyên giáo của Đảng (1/8/1930 – 1/8/2022)",
    "Tuyên giáo đi trước để mở đường, đi cùng để đồng hành và đi sau để tổng kết",
    "(laichau.gov.vn)",
    "Đồng chí Lê Đức Dục - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy Lai Châu.",
    "Lựa chọn để tập trung thực hiện những nhiệm vụ trọng tâm, những vấn đề cốt lõi, những công việc mang lại "
    "hiệu quả tốt nhất cho công tác xây dựng Đảng trên lĩnh vực tuyên giáo.",
    "Tham mưu cho cấp ủy các cấp triển khai quyết liệt, hiệu quả việc thực hiện Kết luận số 01-KL/TW ngày "
    "18/5/2021 của Bộ Chính trị gắn với thực hiện Kết luận 21-KL/TW ngày 25/10/2021. Tập trung chỉ đạo việc phát "
    "huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu cùng với việc khắc phục những tồn tại, "
    "hạn chế kéo dài, tháo gỡ những điểm nghẽn, nút thắt trong cơ chế, chính sách và triển khai thực hiện nhiệm "
    "vụ để nâng cao niềm tin của Nhân dân vào sự lãnh đạo của Đảng.",
    "Hoạt động chống phá của các thế lực thù địch, nhất là thông qua việc tuyên truyền đạo trái pháp luật, "
    "tuyên truyền thành lập nhà nước Mông… cũng là những khó khăn cho công tác tuyên giáo.",
    "Xin trân trọng cảm ơn đồng chí đã nhận lời phỏng vấn!",
    "Tác giả: Nguyễn Chanh",
]
# Seed 002 is four paragraphs of article and no chrome: all of it stays.
SEED_002_FIRST = ("Dự buổi làm việc với Đoàn có đồng chí Lê Đức Dục - Uỷ viên Ban Thường vụ Tỉnh ủy, Trưởng Ban "
                  "Tuyên giáo Tỉnh ủy; lãnh đạo Ban; lãnh đạo, chuyên viên các phòng chuyên môn Ban Tuyên giáo "
                  "Tỉnh ủy.")
SEED_002_LAST_SENTENCE = ("Đẩy mạnh tuyên truyền hiệu quả sự kiện kỷ niệm 115 năm ngày thành lập tỉnh, 75 năm ngày "
                          "thành lập Đảng bộ tỉnh, 20 năm chia tách và thành lập tỉnh góp phần thực hiện thứng lợi "
                          "Nghị quyết đại hội XIV Đảng bộ tỉnh đã đề ra, đưa Lai Châu phát triển nhanh và bền vững./.")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


@needs_seeds
def test_seeds_metadata_and_chrome(vankien, tmp_path):
    code, out, err = vankien("import", str(SEED_000.parent), "--no-index", "--report", str(tmp_path / "r.jsonl"))
    assert code == 0, err
    doc = _doc_by_path(vankien, SEED_000.name)
    assert doc["title"] == "Tuyên giáo đi trước để mở đường, đi cùng để đồng hành và đi sau để tổng kết"
    assert doc["author"] == "Nguyễn Chanh"
    assert doc["source"] == "laichau.gov.vn"                  # the "(laichau.gov.vn)" line
    # no publication date: the kicker's anniversary (1/8/2022) is only the latest date it names
    assert (doc["date"], doc["date_note"]) == (None, "weak guess 2022-08-01 not used (latest mention, no cue)")
    assert {"id", "external_id", "date", "date_source", "path", "text"} <= doc.keys()
    kept = _lines(doc["text"])
    seed_lines = SEED_000.read_text(encoding="utf-8").splitlines()
    assert kept == [ln.strip() for n, ln in enumerate(seed_lines, 1) if n not in SEED_000_CHROME and ln.strip()]
    assert len(kept) == 33
    spaced = [" ".join(ln.split()) for ln in kept]            # the seed has no-break spaces in line 10
    assert not set(SEED_000_CHROME_TEXT) & set(spaced)
    assert [line for line in SEED_000_BODY if line not in spaced] == []
    assert (spaced[0], spaced[-2], spaced[-1]) == (SEED_000_BODY[0], SEED_000_BODY[-2], SEED_000_BODY[-1])
    assert unicodedata.is_normalized("NFC", doc["text"])

    other = _doc_by_path(vankien, SEED_002.name)
    assert other["title"] == SEED_002_FIRST
    assert (other["author"], other["source"], other["date"]) == (None, None, None)   # none of them in the text
    kept = _lines(other["text"])
    assert len(kept) == 4 and kept[0] == SEED_002_FIRST and kept[-1].endswith(SEED_002_LAST_SENTENCE)
    assert kept[1].startswith("Tại buổi làm việc, đồng chí Lê Đức Dục - Trưởng Ban Tuyên giáo Tỉnh ủy đã báo cáo")
    assert kept[3].startswith("Phát biểu tại buổi làm việc, đồng chí Phan Xuân Thủy - Phó trưởng Ban Tuyên giáo")
    report = [json.loads(x) for x in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert [r["status"] for r in report] == ["imported", "imported"]


def test_chrome_rules_never_match_body_sentences():
    body = ["Hôm nay, đồng chí Bí thư Tỉnh ủy đã làm việc với huyện.",
            "Tổng số hộ nghèo giảm còn 12%.", "Bản đồ hành chính mới của tỉnh được công bố vào ngày 5/6.",
            "Chia sẻ kinh nghiệm xây dựng nông thôn mới, đồng chí nhấn mạnh ba nội dung."]
    assert not any(is_chrome(line) for line in body)
    assert all(is_chrome(line) for line in ["Hôm nay : 5.565", "Năm 2022 : 8.329.954", "Thống kê truy cập",
                                           "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"])


def test_bad_inputs_are_reported_not_fatal(vankien, tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "good.txt").write_text("Tỉnh ủy Lai Châu họp phiên thường kỳ\n\nHội nghị đánh giá kết quả quý I.",
                                   encoding="utf-8")
    (dump / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (dump / "export.jsonl").write_text(
        json.dumps({"id": "a1", "title": "Tin một", "text": "Nội dung tin một về an ninh ở xã.",
                    "category": "thời sự"}, ensure_ascii=False) + "\n{not json\n"
        + json.dumps({"id": "a2", "title": "Tin hai", "body": "Nội dung tin hai về ý kiến cử tri."},
                     ensure_ascii=False) + "\n", encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../escape.txt", "Bài viết thoát ra ngoài thư mục giải nén.")
        zf.writestr("/etc/absolute.txt", "Bài viết với đường dẫn tuyệt đối trong kho nén.")
        zf.writestr("ok/tin.txt", "Tin trong kho nén\n\nĐảng bộ xã tổ chức đại hội nhiệm kỳ mới.")
    (dump / "pack.zip").write_bytes(buf.getvalue())
    (dump / "broken.tar.gz").write_bytes(b"\x1f\x8b\x08\x00 definitely not gzip")
    missing = tmp_path / "nope.txt"
    report = tmp_path / "report.jsonl"
    code, out, err = vankien("import", str(dump), str(missing), "--report", str(report))
    assert code == 3
    rows = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    by = {r["path"].replace(f"{dump}/", "").replace(f"{tmp_path}/", ""): r for r in rows}
    assert by["good.txt"]["status"] == "imported"
    assert by["binary.txt"]["status"] == "failed" and by["binary.txt"]["reason"].startswith("binary file")
    assert by["export.jsonl#L2"]["status"] == "failed" and "bad JSON" in by["export.jsonl#L2"]["reason"]
    assert by["export.jsonl#L1"]["status"] == by["export.jsonl#L3"]["status"] == "imported"
    assert "unsafe member path" in by["pack.zip!../escape.txt"]["reason"]
    assert any("absolute" in r.get("reason", "") for r in rows)
    assert by["pack.zip!ok/tin.txt"]["status"] == "imported"
    assert "corrupt archive" in by["broken.tar.gz"]["reason"]
    assert by["nope.txt"]["status"] == "failed"
    stats = vankien.json("stats", "--json")
    assert stats["documents"] == 4
    assert stats["failed"] >= 5
    exported = [d for d in vankien.json_lines("list", "--json", "--limit", "0") if d["external_id"] == "a1"]
    assert exported and vankien.json("show", str(exported[0]["id"]), "--json")["extra"] == {"category": "thời sự"}


def test_oversized_file_fails(vankien, tmp_path, monkeypatch):
    from archive import records

    monkeypatch.setattr(records, "MAX_RECORD", 100)
    big = tmp_path / "big.txt"
    big.write_text("Bài viết rất dài. " * 50, encoding="utf-8")
    report = tmp_path / "r.jsonl"
    code, _, _ = vankien("import", str(big), "--report", str(report))
    row = json.loads(report.read_text())
    assert code == 3 and row["status"] == "failed" and row["reason"].startswith("oversized")


def test_duplicates_and_reimport(vankien, tmp_path):
    base = ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai\n\n"
            "Sáng 12/3/2023, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ mười hai để đánh giá "
            "kết quả thực hiện nhiệm vụ chính trị quý I và triển khai nhiệm vụ trọng tâm quý II. "
            "Các đại biểu thảo luận sôi nổi về phát triển kinh tế, bảo đảm quốc phòng, an ninh và "
            "công tác xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh.")
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / "a.txt").write_text(base, encoding="utf-8")
    (dump / "b_copy.txt").write_text(base.replace("\n\n", "\n\n\n"), encoding="utf-8")  # same normalized text
    (dump / "c_repost.txt").write_text("A- A A+ | Chia sẻ bài viết lên facebook\n"
                                       + base.replace("lần thứ mười hai\n", "lần thứ 12\n")
                                       + "\nThống kê truy cập\nHôm nay : 1.234", encoding="utf-8")
    code, _, err = vankien("import", str(dump))
    assert code == 0, err
    docs = vankien.json_lines("list", "--json", "--limit", "0")
    assert len(docs) == 2
    original = next(d for d in docs if d["path"].endswith("a.txt"))
    repost = next(d for d in docs if d["path"].endswith("c_repost.txt"))
    assert repost["duplicate_of"] == original["id"] and original["duplicate_of"] is None
    stats = vankien.json("stats", "--json")
    assert (stats["documents"], stats["duplicates"], stats["near_duplicates"]) == (2, 1, 1)
    report = tmp_path / "again.jsonl"
    code, _, _ = vankien("import", str(dump), "--report", str(report))
    assert code == 0
    assert {json.loads(x)["status"] for x in report.read_text().splitlines()} == {"unchanged"}
    assert vankien.json("stats", "--json")["documents"] == 2
    # removing the original promotes the re-post; the removal survives a re-import
    code, _, _ = vankien("remove", str(original["id"]))
    assert code == 0
    assert vankien.json("show", str(repost["id"]), "--json")["duplicate_of"] is None
    vankien("import", str(dump))
    assert vankien.json("stats", "--json")["documents"] == 1


def test_tar_with_manifest_and_stdin(vankien, tmp_path):
    tar_path = tmp_path / "dump.tar.gz"
    articles = {"news/a.txt": "Tiêu đề bài A\nNội dung bài A nói về công tác dân vận ở cơ sở.",
                "news/b.txt": "Tiêu đề bài B\nNội dung bài B nói về chuyển đổi số trong cơ quan Đảng."}
    manifest = [{"file": "b.txt", "title": "Tiêu đề bài B", "date": "2021-05-18", "url": "https://www.laichau.gov.vn/b",
                 "author": "Lò Văn Minh"}]
    with tarfile.open(tar_path, "w:gz") as tf:
        for name, text in [("news/a.txt", articles["news/a.txt"]),
                           ("news/meta.jsonl", "\n".join(json.dumps(m, ensure_ascii=False) for m in manifest)),
                           ("news/b.txt", articles["news/b.txt"])]:
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    code, _, err = vankien("import", str(tar_path))
    assert code == 0, err
    docs = {d["path"].split("!")[1]: d for d in vankien.json_lines("list", "--json")}
    assert set(docs) == {"news/a.txt", "news/b.txt"}
    b = vankien.json("show", str(docs["news/b.txt"]["id"]), "--json")
    assert (b["date"], b["date_source"], b["source"], b["author"]) == ("2021-05-18", "metadata", "laichau.gov.vn",
                                                                       "Lò Văn Minh")
    assert docs["news/a.txt"]["title"] == "Tiêu đề bài A"
    code, _, _ = vankien("import", "-", input="Tin từ bàn phím\n\nNội dung nhập từ stdin về an toàn giao thông.")
    assert code == 0
    assert any(d["path"] == "<stdin>" for d in vankien.json_lines("list", "--json"))


def test_cli_errors_are_one_line(tmp_path):
    result = run_subprocess(["list"], tmp_path / "empty-home")
    assert result.returncode == 2
    assert result.stderr.decode().strip().count("\n") == 0 and "no archive" in result.stderr.decode()
    result = run_subprocess(["import", str(tmp_path / "missing.txt")], tmp_path / "h")
    assert result.returncode == 3
    result = run_subprocess(["show", "999"], tmp_path / "h")
    assert result.returncode == 2 and "no document with id 999" in result.stderr.decode()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1258", "nfd"])
def test_unicode_encodings_decode_to_nfc(tmp_path, encoding):
    from archive.encoding import decode

    text = ("Nghị quyết số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo.\n"
            "Đồng chí Phan Xuân Thủy phát biểu tại hội nghị; thuỷ lợi, khoẻ mạnh, hoà bình, ủy ban.\n") * 5
    nfc = unicodedata.normalize("NFC", text)
    if encoding == "nfd":
        data = unicodedata.normalize("NFD", text).encode("utf-8")
    elif encoding == "cp1258":
        data = _to_cp1258(text)
    else:
        data = text.encode(encoding)
    assert decode(data).text == nfc


def test_plain_english_and_french_are_untouched():
    from archive.encoding import decode

    for text in ["The Central Committee met on 18 May 2021. Price: 5 µm © 2021 · all rights reserved.",
                 "Le comité a décidé à l'unanimité; élève, où, déjà, Noël, cœur."]:
        assert decode(text.encode("utf-8")).text == text


def _to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: precomposed vowels, tone as a combining mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out.append((base + tones).encode("cp1258"))
    return b"".join(out)


def _news_articles(n: int) -> list[str]:
    import tarfile as _tar

    from conftest import NEWS_TAR

    texts = []
    with _tar.open(NEWS_TAR) as tf:
        for m in tf:
            if m.isfile() and m.name.endswith(".txt") and "subset" not in m.name:
                texts.append(tf.extractfile(m).read().decode("utf-8"))
                if len(texts) == n:
                    break
    return texts


@pytest.mark.skipif(not (SEED_000.parents[1] / "corpus" / "news-35k.tar.gz").exists(), reason="corpus absent")
def test_legacy_round_trip_through_import(vankien, tmp_path):
    """Real news text → TCVN3 / VNI bytes → vankien import → the same Unicode text."""
    from archive.clean import clean_text
    from archive.legacy import encode_tcvn3, encode_vni

    originals = _news_articles(6)
    dump = tmp_path / "legacy"
    dump.mkdir()
    for i, text in enumerate(originals):
        encode = encode_tcvn3 if i % 2 == 0 else encode_vni
        (dump / f"{i}.txt").write_bytes(encode(text))
    code, _, err = vankien("import", str(dump))
    assert code == 0, err
    stored = {d["path"].rsplit("/", 1)[-1]: vankien.json("show", str(d["id"]), "--json")
              for d in vankien.json_lines("list", "--json", "--limit", "0")}
    for i, text in enumerate(originals):
        doc = stored[f"{i}.txt"]
        assert doc["text"] == clean_text(unicodedata.normalize("NFC", text))
        assert doc["encoding"] == ("tcvn3" if i % 2 == 0 else "vni")
