"""Word and PDF files of official documents, end to end: imported, their header
parsed into the document's identity, searchable by their own number first."""
from __future__ import annotations

import pytest

import office_files as F
from conftest import Vankien

# What the generated documents say (tests/office_files.py), read off by hand
PARTY = {"own_number": "15-NQ/TU", "issuer": "TỈNH ỦY LAI CHÂU", "issued_place": "Lai Châu",
         "issued_date": "2022-02-03", "doc_type": "Nghị quyết", "signer": "Nguyễn Văn A"}
DECREE = {"own_number": "27/2023/NĐ-CP", "issuer": "CHÍNH PHỦ", "issued_place": "Hà Nội",
          "issued_date": "2023-05-15", "doc_type": "Nghị định", "signer": "Trần Văn Bình"}


@pytest.fixture(scope="module", params=["docx", "pdf"])
def vk(request, tmp_path_factory):
    """The two documents as Word or as PDF (the same text: one archive each), and an article citing one."""
    root = tmp_path_factory.mktemp("office-headers")
    make = {"docx": (F.party_resolution_docx, F.state_decree_docx), "pdf": (F.party_resolution_pdf, F.state_decree_pdf)}
    files = {f"nq-15.{request.param}": make[request.param][0](), f"nd-27.{request.param}": make[request.param][1]()}
    dump = root / "dump"
    dump.mkdir()
    for name, data in files.items():
        (dump / name).write_bytes(data)
    (dump / "tin.txt").write_text("Lai Châu triển khai Nghị quyết 15-NQ/TU\n\nCác huyện triển khai Nghị quyết "
                                  "15-NQ/TU về phát triển du lịch; Nghị quyết 15-NQ/TU đặt mục tiêu đón "
                                  "1,5 triệu lượt khách.\n", encoding="utf-8")
    vankien = Vankien(root / "home")
    code, _, err = vankien("import", str(dump), "--quiet")
    assert code == 0, err
    return vankien


def _shown(vk, stem):
    doc = next(d for d in vk.json_lines("list", "--json", "--limit", "0") if stem in d["path"])
    return vk.json("show", str(doc["id"]), "--json")


@pytest.mark.parametrize("stem, expected, role, summary", [
    ("nq-15.", PARTY, "BÍ THƯ", "về phát triển du lịch tỉnh Lai Châu"),
    ("nd-27.", DECREE, "PHÓ THỦ TƯỚNG", "Quy định về quản lý hoạt động du lịch cộng đồng"),
])
def test_word_and_pdf_documents_carry_their_header(vk, stem, expected, role, summary):
    shown = _shown(vk, stem)
    header = shown["header"]
    assert {k: header[k] for k in expected} == expected
    assert role in header["signer_role"] and header["summary"].startswith(summary)
    assert (shown["date"], shown["date_source"], shown["date_note"]) == (expected["issued_date"], "text",
                                                                          "the official header's date")
    assert shown["title"].startswith(f"{expected['doc_type']} số {expected['own_number']}")


def test_search_by_number_puts_the_documents_themselves_first(vk):
    hits = [h["path"].rsplit("/", 1)[-1] for h in vk.json_lines("search", "15-NQ/TU", "--json")]
    assert hits[0].startswith("nq-15.") and hits[-1] == "tin.txt" and len(hits) == 2
    assert [h["path"].rsplit("/", 1)[-1] for h in vk.json_lines("search", "--signer", "tran van binh",
                                                                   "--json")][0].startswith("nd-27.")
