"""Research views: persons / person, resolutions / resolution, slogans / slogan.

Two kinds of archive: data/samples + ../shared/seeds imported for real, and
small archives written here through the store (documents with hand-written
entities), where every expected count is known by construction.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import unicodedata

import pytest

from archive.store import MIGRATIONS, Archive
from archive.records import Document
from conftest import LEGAL_TAR, SAMPLES, SEED_000, SEED_002, SEEDS, Vankien, needs_seeds, run_subprocess
from indexer.docnums import decode

# -- the samples and seeds, imported -------------------------------------------------


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    home = tmp_path_factory.mktemp("views") / "home"
    inputs = [str(SAMPLES)] + ([str(SEEDS)] if SEEDS.exists() else [])
    code, _, err = Vankien(home)("import", *inputs, "--quiet")
    assert code in (0, 3), err
    return Vankien(home)


def file_names(samples, ids) -> set[str]:
    db = sqlite3.connect(samples.home / "archive.sqlite")
    marks = ",".join("?" * len(ids))
    return {p.rsplit("/", 1)[-1] for (p,) in db.execute(f"SELECT path FROM documents WHERE id IN ({marks})", ids)}


@needs_seeds
def test_person_le_duc_duc_shows_both_seeds_and_his_positions(samples):
    profile = samples.json("person", "le duc duc", "--json")
    assert profile["kind"] == "person" and profile["name"] == "Lê Đức Dục"
    assert file_names(samples, [d["id"] for d in profile["latest"]]) == {SEED_000.name, SEED_002.name}
    assert profile["documents"] == 2
    titles = [p["title"] for p in profile["positions"]]
    assert any(t == "Ủy viên Ban Thường vụ Tỉnh ủy" for t in titles), titles
    assert any(t.startswith("Trưởng Ban Tuyên giáo Tỉnh ủy") for t in titles), titles
    code, out, _ = samples("person", "Lê Đức Dục")
    assert code == 0
    assert "Ủy viên Ban Thường vụ Tỉnh ủy" in out and "Trưởng Ban Tuyên giáo Tỉnh ủy" in out
    assert "#" in out and "Phan Xuân Thủy" in out           # seed 002 names him beside Lê Đức Dục


@needs_seeds
def test_resolution_01_kl_tw_is_a_ket_luan_of_the_politburo(samples):
    found = samples.json("resolution", "01-kl/tw", "--json")
    assert (found["type"], found["issuer"]) == ("Kết luận", "Trung ương")
    assert [i["body"] for i in found["issuances"]] == ["Bộ Chính trị"]
    assert found["written"] == "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"
    cited_by = file_names(samples, [d["id"] for d in found["citing"]])
    assert cited_by == {"2021-05-25-dien-bien-quan-triet-ket-luan-01.txt", "2021-06-14-quang-ninh-hoc-tap-va-lam-theo-bac.txt",
                        "page.html", "portal-chrome.txt", SEED_000.name}
    # reposted.txt is a near-duplicate of the 2021-05-25 article: folded into it, not counted again
    assert found["documents"] == 5
    assert [d["reposts"] for d in found["citing"] if d["date"] == "2021-05-25"] == [1]
    code, out, _ = samples("resolution", "01 - KL/TW")
    assert code == 0 and "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị" in out
    assert "Trung ương" in out


@needs_seeds
def test_slogan_3t_lists_both_seeds(samples):
    found = samples.json("slogan", "tien phong trong tam thuyet phuc", "--json")
    used = file_names(samples, [d["id"] for d in found["used_in"]])
    assert used == {SEED_000.name, SEED_002.name, "2022-07-28-dien-bien-hoi-nghi-bao-cao-vien.txt",
                    "2023-07-14-dien-bien-so-ket-tuyen-giao-6-thang.txt", "portal-chrome.txt"}
    assert found["text"] == "Tiên phong - Trọng tâm - Thuyết phục"
    assert found["first_use"]["date"] == "2022-07-28"
    code, out, _ = samples("slogan", "TIÊN PHONG – trọng tâm —thuyết phục")
    assert code == 0 and "Tiên phong - Trọng tâm - Thuyết phục" in out


def test_listings_on_the_samples(samples):
    rows = samples.json_lines("resolutions", "--json", "--top", "3")
    assert [r["code"] for r in rows] == ["29-NQ/TW", "05-CT/TW", "01-KL/TW"]
    assert rows[0]["issuances"] == 2                        # 2013 and 2022 (data/samples.md)
    kl = samples.json_lines("resolutions", "--type", "KL", "--issuer", "TW", "--json")
    assert {r["code"] for r in kl} >= {"01-KL/TW"} and all(r["type"] == "Kết luận" for r in kl)
    people = samples.json_lines("persons", "pham duc", "--json")
    assert [p["name"] for p in people] == ["Phạm Đức Toàn"]
    done = run_subprocess(["slogans", "--top", "2"], samples.home, env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and "Tiên phong - Trọng tâm - Thuyết phục" in done.stdout.decode()


# -- small archives built through the store --------------------------------------------


def build(home, docs: list[dict]) -> Vankien:
    """An archive of the given documents and entities (no text analysis involved)."""
    with Archive(home, create=True) as archive:
        archive.begin()
        for i, d in enumerate(docs, start=1):
            doc = Document(title=d.get("title", f"doc {i}"), text=f"text {i}", path=f"doc{i}.txt",
                           content_hash=hashlib.sha1(str(i).encode()).hexdigest(), date=d.get("date"),
                           date_source=d.get("how", "metadata" if d.get("date") else None),
                           source=d.get("source"), duplicate_of=d.get("dup"))
            doc_id = archive.add(doc)
            assert doc_id == i
            archive.save_entities(doc_id, {
                "persons": [{"name": n, "positions": list(pos)} for n, *pos in d.get("persons", [])],
                "docnums": [_number(*n) for n in d.get("numbers", [])],
                "slogans": [{"text": s, "key": _slogan_key(s)} for s in d.get("slogans", [])]})
            if "header" in d:
                archive.db.execute(
                    "INSERT INTO doc_headers(doc_id, own_number, own_canonical, issuer, issued_date, doc_type, signer)"
                    " VALUES (?,?,?,?,?,?,?)", (doc_id, *d["header"]))
        archive.commit()
    return Vankien(home)


def _number(code: str, date: str | None = None, body: str | None = None) -> dict:
    dn = decode(code)
    return {"code": code, "canonical": dn.canonical, "type": dn.type_name, "issuer": dn.issuer_name,
            "date": date, "issuer_body": body}


def _slogan_key(text: str) -> str:
    from indexer.slogans import slogan_key

    return slogan_key(text)


NFD = unicodedata.normalize("NFD", "Phan Xuân Thủy")


def test_name_variants_are_one_person(tmp_path):
    vk = build(tmp_path, [
        {"date": "2020-01-01", "persons": [("Phan Xuân Thủy", "Trưởng Ban Tuyên giáo Trung ương")]},
        {"date": "2021-01-01", "persons": [("Phan Xuân Thuỷ",)]},              # new tone placement
        {"date": "2022-01-01", "persons": [(NFD,)]},                            # NFD
        {"date": "2023-01-01", "persons": [("phan  xuân THỦY",)]},              # case, spacing
        {"date": "2023-06-01", "persons": [("Lê Văn A",)]},
    ])
    rows = vk.json_lines("persons", "--json")
    assert [(r["name"], r["documents"]) for r in rows] == [("Phan Xuân Thủy", 4), ("Lê Văn A", 1)]
    assert (rows[0]["first"], rows[0]["last"]) == ("2020-01-01", "2023-01-01")
    for typed in ("Phan Xuân Thuỷ", "phan xuan thuy", NFD):
        profile = vk.json("person", typed, "--json")
        assert profile["kind"] == "person" and profile["documents"] == 4, typed
    assert [(y["label"], y["count"]) for y in profile["years"]] == [("2020", 1), ("2021", 1), ("2022", 1), ("2023", 1)]


def test_positions_over_time(tmp_path):
    vk = build(tmp_path, [
        {"date": "2019-04-01", "persons": [("Lò Văn Cương", "Phó Bí thư Huyện ủy", "Trưởng Ban Chỉ đạo")]},
        {"date": "2020-09-01", "persons": [("Lò Văn Cương", "Bí thư Huyện ủy Mường Ảng")]},
        {"date": "2022-03-01", "persons": [("Lò Văn Cương", "Bí thư Huyện uỷ", "Trưởng Ban")]},
        {"date": "2023-05-01", "persons": [("Lò Văn Cương", "Bí thư Huyện ủy Mường Ảng",
                                             "Bí thư Lò Văn Cương tiếp đoàn công tác Sáng 7/6",  # a headline
                                             "Bí thư " + "rất dài " * 30,                         # a paragraph
                                             "Việt Nam ủng hộ Cuba Chiều 12/6")]},                # a dateline
    ])
    profile = vk.json("person", "Lò Văn Cương", "--json")
    # the place after a position is the same position; "Trưởng Ban Chỉ đạo" is not "Trưởng Ban"
    assert [(p["title"], p["documents"], p["first"], p["last"]) for p in profile["positions"]] == [
        ("Phó Bí thư Huyện ủy", 1, "2019-04-01", "2019-04-01"),
        ("Trưởng Ban Chỉ đạo", 1, "2019-04-01", "2019-04-01"),
        ("Bí thư Huyện ủy Mường Ảng", 3, "2020-09-01", "2023-05-01"),
        ("Trưởng Ban", 1, "2022-03-01", "2022-03-01")]


def test_listing_keeps_the_positions_written_often(tmp_path):
    docs = [{"date": f"2020-01-{day:02d}", "persons": [("Nguyễn Văn An", "Thủ tướng")]} for day in range(1, 12)]
    docs.append({"date": "2020-02-01", "persons": [("Nguyễn Văn An", "Chủ tịch JICA")]})     # once in 12: a slip
    docs.append({"date": "2020-02-02", "persons": [("Trần Bình", "Chủ tịch JICA")]})
    vk = build(tmp_path, docs)
    rows = vk.json_lines("persons", "--json")
    assert [(r["name"], r["documents"], r["positions"]) for r in rows] == [
        ("Nguyễn Văn An", 12, ["Thủ tướng"]), ("Trần Bình", 1, ["Chủ tịch JICA"])]


def test_accentless_name_shared_by_two_people_lists_both(tmp_path):
    vk = build(tmp_path, [
        {"date": "2021-01-01", "persons": [("Lê Đức Dục", "Trưởng Ban Tuyên giáo Tỉnh ủy")]},
        {"date": "2022-01-01", "persons": [("Lê Đức Dục",)]},
        {"date": "2022-02-01", "persons": [("Lê Đức Đức", "Chủ tịch UBND huyện")]},
    ])
    found = vk.json("person", "le duc duc", "--json")
    assert found["kind"] == "candidates"
    assert [(p["name"], p["documents"]) for p in found["people"]] == [("Lê Đức Dục", 2), ("Lê Đức Đức", 1)]
    code, out, _ = vk("person", "Le Duc Duc")
    assert code == 0 and "Lê Đức Dục" in out and "Lê Đức Đức" in out
    one = vk.json("person", "Lê Đức Đức", "--json")
    assert one["kind"] == "person" and one["documents"] == 1
    assert [p["title"] for p in one["positions"]] == ["Chủ tịch UBND huyện"]


def test_two_issuances_of_29_nq_tw_told_apart(tmp_path):
    vk = build(tmp_path, [
        {"date": "2014-03-01", "numbers": [("29-NQ/TW", "2013-11-04", "Ban Chấp hành Trung ương")]},
        {"date": "2016-05-01", "numbers": [("29-NQ/TW",)]},        # no date beside: only 2013 existed
        {"date": "2023-02-01", "numbers": [("29-NQ/TW", "2022-11-17", "Ban Chấp hành Trung ương Đảng")]},
        {"date": "2024-01-01", "numbers": [("29-NQ/TW",)]},        # either one: not attributed
        {"date": "2019-01-01", "numbers": [("29-NQ/TW", "2013-11-04"), ("05-CT/TW",)]},
    ])
    found = vk.json("resolution", "29-NQ/TW", "--json")
    assert [(i["year"], i["date"], i["documents"]) for i in found["issuances"]] == [
        ("2013", "2013-11-04", 3), ("2022", "2022-11-17", 1)]
    assert [i["written"] for i in found["issuances"]] == [
        "Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương",
        "Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương Đảng"]
    assert [(d["id"], d["issuance"]) for d in found["citing"]] == [
        (1, "2013"), (2, "2013"), (5, "2013"), (3, "2022"), (4, None)]
    assert [d["id"] for d in vk.json("resolution", "29-nq/tw", "--date", "2022", "--json")["citing"]] == [3]
    assert [d["id"] for d in vk.json("resolution", "29-nq/tw", "--date", "4/11/2013", "--json")["citing"]] == [1, 2, 5]
    assert vk("resolution", "29-NQ/TW", "--date", "2018")[0] == 1
    listed = vk.json_lines("resolutions", "--json")
    assert [(r["code"], r["documents"], r["issuances"]) for r in listed] == [("29-NQ/TW", 5, 2), ("05-CT/TW", 1, 1)]


def test_near_duplicates_are_counted_once(tmp_path):
    entities = {"persons": [("Giàng Páo Mỷ", "Bí thư Tỉnh ủy")], "numbers": [("15-NQ/TU",)],
                "slogans": ["Dân vận khéo"]}
    vk = build(tmp_path, [
        {"date": "2021-03-01", **entities},
        {"date": "2021-03-02", "dup": 1, **entities},              # a re-post of document 1
        {"date": "2022-03-01", "source": "laichau.gov.vn", **entities},
    ])
    assert [r["documents"] for r in vk.json_lines("persons", "--json")] == [2]
    assert [r["documents"] for r in vk.json_lines("resolutions", "--json")] == [2]
    assert [r["documents"] for r in vk.json_lines("slogans", "--json")] == [2]
    profile = vk.json("person", "Giàng Páo Mỷ", "--json")
    assert profile["documents"] == 2 and [p["documents"] for p in profile["positions"]] == [2]
    assert [(d["id"], d["reposts"]) for d in profile["latest"]] == [(3, 0), (1, 1)]
    slogan = vk.json("slogan", "dan van kheo", "--json")
    assert slogan["documents"] == 2 and [(y["label"], y["count"]) for y in slogan["years"]] == [("2021", 1), ("2022", 1)]


def test_the_document_itself_is_shown_apart_from_citing_documents(tmp_path):
    vk = build(tmp_path, [
        {"date": "2021-03-10", "title": "Nghị quyết về phát triển du lịch", "numbers": [("15-NQ/TU",)],
         "header": ("15-NQ/TU", "15-NQ/TU", "TỈNH ỦY LAI CHÂU", "2021-03-10", "Nghị quyết", "Giàng Páo Mỷ")},
        {"date": "2021-04-01", "numbers": [("15-NQ/TU", "2021-03-10", "Ban Chấp hành Đảng bộ tỉnh")]},
        {"date": "2022-04-01", "numbers": [("15-NQ/TU",)]},
    ])
    found = vk.json("resolution", "15-nq/tu", "--json")
    assert [(o["id"], o["issuer"], o["signer"]) for o in found["itself"]] == [(1, "TỈNH ỦY LAI CHÂU", "Giàng Páo Mỷ")]
    assert [d["id"] for d in found["citing"]] == [2, 3]
    assert found["documents"] == 2
    code, out, _ = vk("resolution", "15-NQ/TU")
    assert code == 0 and "The document itself" in out and "Giàng Páo Mỷ" in out


def test_dates_policy_and_scope(tmp_path):
    vk = build(tmp_path, [
        {"date": "2021-05-01", "persons": [("Lò Văn Cương",)], "source": "dienbien.gov.vn"},
        {"date": "2021-06-01", "how": "inferred", "persons": [("Lò Văn Cương",)]},
        {"date": "2019-06-01", "how": "text", "persons": [("Lò Văn Cương",)], "source": "dienbien.gov.vn"},
    ])
    def docs(*args):
        return [r["documents"] for r in vk.json_lines("persons", "--json", *args)]
    assert docs() == [3]
    assert docs("--from", "2021") == [1]
    assert docs("--from", "2021", "--dates", "any") == [2]
    assert docs("--from", "2021", "--dates", "inferred") == [1]
    assert docs("--source", "DienBien.gov.vn", "--to", "2020") == [1]
    profile = vk.json("person", "Lò Văn Cương", "--json")
    assert (profile["undated"], profile["first"], profile["last"]) == (1, "2019-06-01", "2021-05-01")


def test_exit_codes(tmp_path):
    vk = build(tmp_path, [{"date": "2021-05-01", "persons": [("Lò Văn Cương",)], "numbers": [("01-KL/TW",)]}])
    assert vk("person", "Nguyễn Văn Không")[0] == 1
    assert vk("resolution", "99-NQ/TW")[0] == 1             # a number, cited by nobody
    assert vk("slogan", "không có khẩu hiệu")[0] == 1
    assert vk("slogans")[0] == 1                               # none in this archive
    assert vk("persons", "--from", "2030")[0] == 1
    for args in (("resolution", "not-a-number"), ("slogan", " – "), ("person", "  "), ("persons", "--from", "2021-13"),
                 ("persons", "--from", "2022", "--to", "2021"), ("resolutions", "--type", "XYZ"),
                 ("resolutions", "--top", "0"), ("persons", "--dates", "sometimes")):
        code, out, err = vk(*args)
        assert code == 2, args
        assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("Error: "), args
    missing = Vankien(tmp_path / "nowhere")
    code, _, err = missing("persons")
    assert code == 2 and "no archive" in err


def test_migration_v4_keys_persons_already_stored(tmp_path):
    db = sqlite3.connect(tmp_path / "archive.sqlite")
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        db.executescript(f"BEGIN; {script}; PRAGMA user_version={number}; COMMIT;")
    db.execute("INSERT INTO documents(id, title, text, path, content_hash, imported_at) VALUES (1,'t','x','p','h','now')")
    db.execute("INSERT INTO persons(doc_id, name, name_key) VALUES (1, ?, 'phan xuan thuy')", (NFD,))
    db.commit()
    db.close()
    with Archive(tmp_path) as archive:
        assert archive.schema_version == len(MIGRATIONS)
        assert archive.db.execute("SELECT person_key FROM persons").fetchone()[0] == "phan xuân thuỷ"


def test_every_view_has_help_with_an_example_and_runs_as_a_process(tmp_path):
    vk = build(tmp_path, [{"date": "2021-05-01", "persons": [("Lò Văn Cương", "Bí thư Huyện ủy Mường Ảng")]}])
    for command in ("persons", "person", "resolutions", "resolution", "slogans", "slogan"):
        code, out, _ = vk(command, "--help")
        assert code == 0 and "Example: vankien " + command in out, command
    done = run_subprocess(["person", "lo van cuong", "--json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["positions"][0]["title"] == "Bí thư Huyện ủy Mường Ảng"
    plain = run_subprocess(["person", "lo van cuong"], tmp_path, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
    assert plain.returncode == 0 and b"\x1b[" not in plain.stdout and "█".encode() in plain.stdout


# -- the legal corpus: each law is the document itself of its own number -------------------------


@pytest.mark.slow
@pytest.mark.skipif(not LEGAL_TAR.exists(), reason="../shared/corpus/legal-127.tar.gz not present")
def test_every_law_is_the_document_itself_of_its_number(tmp_path):
    import tarfile

    from indexer.docnums import canonical, find_docnums

    vk = Vankien(tmp_path / "home")
    code, _, err = vk("import", str(LEGAL_TAR), "--quiet")
    assert code in (0, 3), err
    db = sqlite3.connect(vk.home / "archive.sqlite")
    if not db.execute("SELECT COUNT(*) FROM doc_headers").fetchone()[0]:
        pytest.skip("doc_headers is empty: the official-header parser of [5/10] is not in this tree")
    with tarfile.open(LEGAL_TAR) as tf:
        texts = {m.name.rsplit("/", 1)[-1]: tf.extractfile(m).read().decode("utf-8") for m in tf if m.isfile()}
    checked, wrong = 0, []
    from test_header import META_CORRECTIONS          # meta.jsonl's own mistakes, checked by hand there

    for line in texts["meta.jsonl"].splitlines():
        meta = json.loads(line)
        meta["number"] = META_CORRECTIONS.get((meta["file"], "number"), meta.get("number"))
        if not meta.get("number") or canonical(meta["number"]) not in {d.canonical for d in find_docnums(texts[meta["file"]])}:
            continue                                    # the number is not written in the text
        checked += 1
        doc_id = db.execute("SELECT id FROM documents WHERE path LIKE ?", (f"%/{meta['file']}",)).fetchone()[0]
        code, out, _ = vk("resolution", meta["number"], "--json")
        itself = [o["id"] for o in json.loads(out)["itself"]] if code == 0 else []
        if doc_id not in itself:
            wrong.append(meta["number"])
    assert checked > 100 and not wrong


def test_views_read_documents_through_the_covering_index(tmp_path):
    """Each view reads a document's date, source and root from documents_view, never
    from the row (where they sit after the text): checked on the query plans."""
    import re

    from archive import views

    build(tmp_path, [
        {"date": "2021-05-01", "persons": [("Lò Văn Cương", "Bí thư")], "numbers": [("01-KL/TW", "2021-05-18")],
         "slogans": ["Dân vận khéo"]},
        {"date": "2022-05-01", "dup": 1, "persons": [("Lò Văn Cương",)], "numbers": [("01-KL/TW",)]}])
    with Archive(tmp_path) as archive:
        traced: list[str] = []
        archive.db.set_trace_callback(traced.append)
        scope = views.Scope(date_from="2020", source="x")
        views.persons(archive.db, "lo van", scope)
        views.persons(archive.db)
        views.find_person(archive.db, "lo van cuong")
        views.resolutions(archive.db, "KL", "TW", scope)
        views.resolution_profile(archive.db, "01-KL/TW", "2021")
        views.slogans(archive.db, scope)
        views.slogan_profile(archive.db, "dan van kheo")
        archive.db.set_trace_callback(None)
        reads_a_row = []
        for sql in traced:
            if not sql.lstrip().upper().startswith("SELECT") or " d " not in sql:
                continue
            for row in archive.db.execute("EXPLAIN QUERY PLAN " + sql):
                if re.match(r"(SCAN|SEARCH) d\b", row[-1]) and "COVERING INDEX documents_view" not in row[-1]:
                    reads_a_row.append((" ".join(sql.split())[:80], row[-1]))
        # titles are read from the row on purpose, for the few documents shown
        assert [r for r in reads_a_row if "d.title" not in r[0]] == []
