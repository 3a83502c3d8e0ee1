"""CSV, TSV and XLSX exports: one document per row, columns mapped by name (English or
Vietnamese, any case or diacritics), `--map` for other names, the rest kept as extra."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime

import pytest

from test_import import _to_cp1258

BODY_1 = "Ban Thường vụ Tỉnh ủy Lai Châu họp phiên thường kỳ tháng 5, đánh giá công tác dân vận ở cơ sở."
BODY_2 = "Huyện Than Uyên đẩy mạnh chuyển đổi số trong các cơ quan Đảng, chính quyền và đoàn thể."
BODY_3 = "Hội nghị quán triệt Kết luận số 01-KL/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."


def _import(vankien, tmp_path, *args):
    report = tmp_path / "report.jsonl"
    code, _, err = vankien("import", *args, "--no-index", "--report", str(report))
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    return code, err, rows


def _docs(vankien) -> dict:
    """Archived documents by the end of their path (after the last /), in full."""
    return {d["path"].rsplit("/", 1)[-1]: vankien.json("show", str(d["id"]), "--json")
            for d in vankien.json_lines("list", "--json", "--limit", "0")}


def test_csv_with_english_columns(vankien, tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("id,title,date,text,category\n"
                 f'n1,Họp Ban Thường vụ,2021-05-18,"{BODY_1}",thời sự\n'
                 f'n2,"Chuyển đổi số, cấp huyện",01/06/2021,"{BODY_2}",kinh tế\n', encoding="utf-8")
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 0, err
    assert [r["status"] for r in rows] == ["imported", "imported"]
    docs = _docs(vankien)
    assert set(docs) == {"export.csv#L2", "export.csv#L3"}
    one, two = docs["export.csv#L2"], docs["export.csv#L3"]
    assert (one["title"], one["date"], one["external_id"], one["text"]) == ("Họp Ban Thường vụ", "2021-05-18", "n1",
                                                                            BODY_1)
    assert one["extra"] == {"category": "thời sự"}
    assert (two["title"], two["date"], two["external_id"]) == ("Chuyển đổi số, cấp huyện", "2021-06-01", "n2")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1258"])
def test_csv_with_vietnamese_columns_in_any_encoding(vankien, tmp_path, encoding):
    text = ("Mã;TIÊU ĐỀ;Nội dung;Ngày đăng;Tác giả;Nguồn;Đường dẫn;Chuyên mục\n"
            f"LC-1;Họp Ban Thường vụ Tỉnh ủy;{BODY_1};18/05/2021;Lò Văn Minh;Báo Lai Châu;"
            "https://www.laichau.gov.vn/tin/1;Xây dựng Đảng\n"
            f"LC-2;Chuyển đổi số ở Than Uyên;{BODY_2};2021-06-03;Nguyễn Thị Hoà;Báo Lai Châu;;Kinh tế\n")
    f = tmp_path / "tin.csv"
    f.write_bytes(_to_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 0, err
    docs = _docs(vankien)
    one, two = docs["tin.csv#L2"], docs["tin.csv#L3"]
    assert (one["external_id"], one["title"], one["text"], one["date"]) == ("LC-1", "Họp Ban Thường vụ Tỉnh ủy",
                                                                            BODY_1, "2021-05-18")
    # a URL's host names the source when there is one (the archive's rule), else the "Nguồn" column
    assert (one["author"], one["url"], one["source"]) == ("Lò Văn Minh", "https://www.laichau.gov.vn/tin/1",
                                                          "laichau.gov.vn")
    assert one["extra"] == {"Chuyên mục": "Xây dựng Đảng"}
    assert (two["title"], two["author"], two["date"], two["source"]) == (
        "Chuyển đổi số ở Than Uyên", "Nguyễn Thị Hoà", "2021-06-03", "Báo Lai Châu")


def test_tsv_with_multiline_and_huge_fields(vankien, tmp_path):
    long_body = (BODY_3 + "\n") * 2000            # ~230,000 characters: over csv's default field limit
    f = tmp_path / "dump.tsv"
    f.write_text("tieu_de\tnoi_dung\tngay\n"
                 f'Bài dài\t"{long_body}"\t2022-02-03\n'
                 f"Bài ngắn\t{BODY_2}\t2022-02-04\n", encoding="utf-8")
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 0, err
    docs = _docs(vankien)
    assert docs["dump.tsv#L2"]["title"] == "Bài dài"
    assert docs["dump.tsv#L2"]["text"].count("01-KL/TW") == 2000
    assert docs["dump.tsv#L2003"]["text"] == BODY_2    # header, 2,000 body lines, the closing quote's line


def test_map_names_other_columns(vankien, tmp_path):
    f = tmp_path / "vanban.csv"
    f.write_text("Tên văn bản,Toàn bộ nội dung,Ngày ký\n"
                 f'Kết luận về học tập và làm theo Bác,"{BODY_3}",18/5/2021\n', encoding="utf-8")
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 3
    assert rows == [{"path": str(f), "status": "failed", "reason": "no text column (columns: Tên văn bản, "
                     "Toàn bộ nội dung, Ngày ký); name it with --map text=COLUMN"}]
    code, err, rows = _import(vankien, tmp_path, str(f), "--map", 'text=toan bo noi dung,title="Tên văn bản"',
                              "--map", "date=Ngày ký")
    assert code == 0, err
    doc = _docs(vankien)["vanban.csv#L2"]
    assert (doc["title"], doc["text"], doc["date"]) == ("Kết luận về học tập và làm theo Bác", BODY_3, "2021-05-18")


def test_bad_map_is_a_usage_error(vankien, tmp_path):
    code, _, err = vankien("import", str(tmp_path), "--map", "body=Nội dung")
    assert code == 2 and "unknown field 'body'" in err and err.strip().count("\n") == 0
    code, _, err = vankien("import", str(tmp_path), "--map", "text")
    assert code == 2 and "FIELD=COLUMN" in err


def test_row_without_text_fails_alone(vankien, tmp_path):
    f = tmp_path / "mixed.csv"
    f.write_text(f"title,text\nMột,{BODY_1}\nHai,\n\nBa,{BODY_2}\n", encoding="utf-8")
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 3
    assert [(r["path"].rsplit("/", 1)[-1], r["status"], r.get("reason")) for r in rows] == [
        ("mixed.csv#L2", "imported", None), ("mixed.csv#L3", "failed", "row has no text"),
        ("mixed.csv#L5", "imported", None)]


def _workbook() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tin bài"
    sheet.append(["STT", "Tiêu đề", "Nội dung", "Ngày", "Tác giả"])
    sheet.append([1, "Họp Ban Thường vụ", BODY_1, datetime(2021, 5, 18), "Lò Văn Minh"])
    sheet.append([None, None, None, None, None])
    sheet.append([2, "Chuyển đổi số", BODY_2, "03/06/2021", None])
    other = book.create_sheet("Văn bản")
    other.append(["Trích yếu", "Toàn văn"])
    other.append(["Về học tập và làm theo Bác", BODY_3])
    book.create_sheet("Trống")
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_xlsx_every_sheet_one_document_per_row(vankien, tmp_path):
    f = tmp_path / "export.xlsx"
    f.write_bytes(_workbook())
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 0, err
    docs = _docs(vankien)
    assert set(docs) == {"export.xlsx#Tin bài:R2", "export.xlsx#Tin bài:R4", "export.xlsx#Văn bản:R2"}
    one = docs["export.xlsx#Tin bài:R2"]
    assert (one["title"], one["text"], one["date"], one["author"]) == ("Họp Ban Thường vụ", BODY_1, "2021-05-18",
                                                                       "Lò Văn Minh")
    assert one["extra"] == {"STT": 1}
    assert docs["export.xlsx#Tin bài:R4"]["date"] == "2021-06-03"
    assert docs["export.xlsx#Văn bản:R2"]["title"] == "Về học tập và làm theo Bác"


def test_xlsx_inside_a_zip_and_a_fake_one(vankien, tmp_path):
    pack = tmp_path / "pack.zip"
    with zipfile.ZipFile(pack, "w") as zf:
        zf.writestr("exports/book.xlsx", _workbook())
        zf.writestr("exports/fake.xlsx", "this is not a workbook at all, just text")
    code, err, rows = _import(vankien, tmp_path, str(pack))
    assert code == 3
    by = {r["path"].split("!", 1)[1]: r for r in rows}
    assert by["exports/fake.xlsx"]["status"] == "failed"
    assert by["exports/fake.xlsx"]["reason"].startswith("unreadable workbook")
    assert [by[f"exports/book.xlsx#{p}"]["status"] for p in ("Tin bài:R2", "Tin bài:R4", "Văn bản:R2")] == [
        "imported"] * 3


def test_xlsx_that_unpacks_too_large_is_refused(vankien, tmp_path, monkeypatch):
    from archive import tables

    monkeypatch.setattr(tables, "XLSX_MAX_UNPACKED", 2000)
    f = tmp_path / "bomb.xlsx"
    f.write_bytes(_workbook())
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 3
    assert len(rows) == 1 and rows[0]["reason"].startswith("workbook too large")


def test_csv_row_over_the_limit_ends_the_file_loudly(vankien, tmp_path, monkeypatch):
    from archive import records

    monkeypatch.setattr(records, "MAX_RECORD", 2000)
    f = tmp_path / "big.csv"
    f.write_text(f"title,text\nMột,{BODY_1}\nHai,{BODY_2 * 40}\nBa,{BODY_3}\n", encoding="utf-8")
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 3
    got = [(r["path"].rsplit("/", 1)[-1], r["status"]) for r in rows]
    assert got == [("big.csv#L2", "imported"), ("big.csv#L3", "failed")]
    assert rows[1]["reason"].startswith("oversized") and rows[1]["reason"].endswith("(the rest of the file was not read)")


def test_xlsx_with_entity_expansion_is_refused(vankien, tmp_path):
    """A "billion laughs" worksheet: refused by the XML parser, never expanded."""
    laughs = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahaha">'
              + "".join(f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi"))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>text</t></is></c></row>'
              '<row r="2"><c r="A2" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData></worksheet>')
    source = zipfile.ZipFile(io.BytesIO(_workbook()))
    assert "xl/worksheets/sheet1.xml" in source.namelist()
    f = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(f, "w") as out:
        for info in source.infolist():
            data = laughs.encode() if info.filename == "xl/worksheets/sheet1.xml" else source.read(info)
            out.writestr(info, data)
    code, err, rows = _import(vankien, tmp_path, str(f))
    assert code == 3
    assert rows[0]["status"] == "failed" and "Entit" in rows[0]["reason"], rows
    assert not any("hahaha" in r.get("title", "") for r in rows)
