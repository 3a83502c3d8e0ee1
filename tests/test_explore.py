"""timeline, similar, export, search --facets, and dates a timeline can trust.

A small archive written here: its dates, sources, types and near-duplicates are
known by construction, so every count below is written by hand.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3

import pytest

from conftest import Vankien
from indexer.dates import judge_pub_date

TODAY = dt.date(2024, 1, 1)

DIGITAL = ("Tỉnh Lai Châu đẩy mạnh chuyển đổi số trong các cơ quan Đảng, chính quyền và đoàn thể. "
           "Đồng chí Lê Văn Nam - Bí thư Tỉnh ủy, yêu cầu các sở, ngành đưa dịch vụ công trực tuyến "
           "mức độ 4 đến gần người dân, số hóa hồ sơ và kết nối dữ liệu dân cư với các phần mềm quản lý. ")
TOURISM = ("Huyện Quản Bạ phát triển du lịch cộng đồng gắn với bảo tồn bản sắc văn hoá dân tộc Mông. "
           "Người dân mở homestay, giữ gìn nhà trình tường, nghề dệt lanh và các lễ hội truyền thống. ")
FARMING = ("Nông dân huyện Than Uyên chuyển đổi cơ cấu cây trồng, đưa giống lúa chất lượng cao vào sản xuất "
           "trên cánh đồng Mường Than, kênh mương nội đồng được kiên cố hoá. ")

# name: (title, text, manifest fields)
DOCS = {
    "a.txt": ("Lai Châu đẩy mạnh chuyển đổi số", DIGITAL * 3,
              {"date": "2021-01-15", "source": "laichau.gov.vn", "type": "Tin tức"}),
    "b.txt": ("Chuyển đổi số ở cấp xã", "Các xã của Lai Châu triển khai chuyển đổi số, lập tổ công nghệ số "
              "cộng đồng ở từng bản. " + FARMING,
              {"date": "2021-02-20", "source": "laichau.gov.vn", "type": "Tin tức"}),
    "c.txt": ("Sơ kết chuyển đổi số", "Hội nghị sơ kết chuyển đổi số đánh giá kết quả số hóa hồ sơ. " + TOURISM,
              {"date": "2021-05-03", "source": "laichau.gov.vn", "type": "Nghị quyết"}),
    "d.txt": ("Chuyển đổi số năm 2022", "Năm 2022 tỉnh hoàn thành nền tảng chuyển đổi số dùng chung. " + FARMING,
              {"date": "2022-11-30", "source": "dienbien.gov.vn", "type": "Tin tức"}),
    "e.txt": ("Du lịch cộng đồng Quản Bạ", TOURISM * 3,
              {"date": "2023-03-15", "source": "hagiang.gov.vn", "type": "Tin tức"}),
    # a re-post of a.txt under another headline: a near-duplicate, dated the day after
    "h.txt": ("Chuyển đổi số: Lai Châu vào cuộc", "Chia sẻ bài viết\n" + DIGITAL * 3,
              {"date": "2021-01-16", "source": "laichau.gov.vn", "type": "Tin tức"}),
    # no publication date; "sáng nay" beside the latest date: inferred 2017-02-06
    "f.txt": ("Chuyển đổi số trong trường học", "Sáng nay (6/2/2017), ngành giáo dục ra quân chuyển đổi số "
              "ở các trường học. Kế hoạch được ban hành ngày 20/1/2017. " + FARMING, {}),
    # a retrospective that mentions only old dates: no date at all
    "g.txt": ("Nhớ đồng chí Trường Chinh", "Đồng chí Trường Chinh sinh ngày 9/2/1907 tại Nam Định. "
              "Ngày 19/8/1945, đồng chí có mặt trong những ngày Tổng khởi nghĩa. "
              "Ngày 30/9/1988, đồng chí từ trần, để lại tấm gương sáng cho các thế hệ hôm nay noi theo. " + TOURISM,
              {}),
}
PUBLISHED = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "h.txt"}
DIGITAL_DOCS = {"a.txt", "b.txt", "c.txt", "d.txt", "h.txt", "f.txt"}     # "chuyển đổi số"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("explore")
    dump = root / "dump"
    dump.mkdir()
    with open(dump / "meta.jsonl", "w", encoding="utf-8") as manifest:
        for name, (title, text, meta) in DOCS.items():
            (dump / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")
            manifest.write(json.dumps({"file": name, "title": title, **meta}, ensure_ascii=False) + "\n")
    home = root / "home"
    code, _, err = Vankien(home)("import", str(dump), "--quiet")
    assert code == 0, err
    return home


@pytest.fixture
def vk(home):
    return Vankien(home)


@pytest.fixture
def ids(home) -> dict[str, int]:
    db = sqlite3.connect(home / "archive.sqlite")
    return {path.rsplit("/", 1)[-1]: i for i, path in db.execute("SELECT id, path FROM documents")}


# -- dates a timeline can trust ---------------------------------------------------------

def test_retrospective_mentioning_only_old_dates_gets_no_date():
    text = DOCS["g.txt"][1]
    judged = judge_pub_date(text, "Nhớ đồng chí Trường Chinh", today=TODAY)
    assert judged.date is None and judged.how == "weak"
    assert "1988-09-30" in judged.note                     # the guess is recorded, not used


def test_strong_evidence_keeps_the_latest_mention():
    cue = judge_pub_date("Hội nghị sơ kết diễn ra chiều nay (14/7/2023) tại Điện Biên.", today=TODAY)
    assert (cue.date, cue.how) == ("2023-07-14", "cue")
    in_title = judge_pub_date("Kết quả ngày 5/2/2017 như sau: 1, 2, 3.", "Kết quả xổ số ngày 5/2/2017", today=TODAY)
    assert (in_title.date, in_title.how) == ("2017-02-05", "title")
    near = judge_pub_date("Hội nghị ngày 3/3/2021 bàn về giảm nghèo.", source_range=("2020-01-01", "2021-12-31"),
                          today=TODAY)
    assert (near.date, near.how) == ("2021-03-03", "source")
    far = judge_pub_date("Hội nghị ngày 3/3/1990 bàn về giảm nghèo.", source_range=("2020-01-01", "2021-12-31"),
                         today=TODAY)
    assert far.date is None


def test_lead_date_unless_the_text_is_later_than_it():
    lead = judge_pub_date("Tiêu đề\nNgày 6/2/2017, tỉnh đặt mục tiêu đến năm 2020 giảm nghèo; "
                          "giai đoạn 2016 - 2020 huy động 86 tỷ đồng.", today=TODAY)
    assert (lead.date, lead.how) == ("2017-02-06", "lead")
    old = judge_pub_date("Tiêu đề\nNgày 19/8/1945, nhân dân Hà Nội giành chính quyền. "
                         "Năm 2015, thành phố kỷ niệm 70 năm Cách mạng Tháng Tám.", today=TODAY)
    assert old.date is None and "2015" in old.note
    look_back = judge_pub_date("Tiêu đề\nNgày 9/1/2007 là thời khắc lịch sử của ngành điện thoại.",
                               "10 năm trước, cả thế giới lay chuyển vì iPhone", today=TODAY)
    assert look_back.date is None
    standalone = judge_pub_date("Thứ Hai, 20/2/2017 08:30\nNội dung năm 2018.", today=TODAY)
    assert (standalone.date, standalone.how) == ("2017-02-20", "dateline")     # a dateline is a publication date


def test_a_manifest_date_hint_is_kept_only_where_the_text_vouches_for_it():
    from archive.meta import extract_meta

    titled = extract_meta("Kết quả ngày 15/9/2013\n\nKết quả như sau: 1, 2, 3.",
                          {"title": "Kết quả ngày 15/9/2013", "date_hint": "2013-09-15"})
    assert (titled.date, titled.date_source) == ("2013-09-15", "inferred") and "title" in titled.date_note
    lead = extract_meta("Tin\n\nNgày 16/9/2013, hội nghị diễn ra.", {"date_hint": "2013-09-15"})
    assert (lead.date, lead.date_source) == ("2013-09-16", "inferred")       # the text's own evidence first
    bare = extract_meta("Tin\n\nHội nghị diễn ra ngày 15/9/2013.", {"date_hint": "2013-09-15"})
    assert (bare.date, bare.date_source) == (None, None) and "2013-09-15 not used" in bare.date_note
    near = extract_meta("Tin\n\nHội nghị diễn ra ngày 15/9/2013.", {"date_hint": "2013-09-15", "source": "x.vn"},
                        source_range=lambda source: ("2013-06-01", "2013-12-31"))
    assert (near.date, near.date_source) == ("2013-09-15", "inferred")
    later = extract_meta("Kết quả ngày 15/9/2013\n\nVụ án xảy ra ngày 15/9/2013. Năm 2016, tòa mới xét xử.",
                         {"title": "Kết quả ngày 15/9/2013", "date_hint": "2013-09-15"})
    assert later.date is None and "2016" in later.date_note


def test_date_source_and_note_in_the_archive(home):
    db = sqlite3.connect(home / "archive.sqlite")
    rows = {p.rsplit("/", 1)[-1]: (d, s, n) for p, d, s, n in
            db.execute("SELECT path, date, date_source, date_note FROM documents")}
    assert {name for name, (_, s, _) in rows.items() if s == "metadata"} == PUBLISHED
    assert rows["f.txt"][:2] == ("2017-02-06", "inferred") and "sáng nay" in rows["f.txt"][2].lower()
    assert rows["g.txt"][:2] == (None, None) and "weak" in rows["g.txt"][2]


def test_date_filters_use_publication_dates_unless_asked(vk):
    def found(*args):
        code, out, _ = vk("search", "chuyển đổi số", "--json", "--limit", "50", *args)
        return {json.loads(line)["path"].rsplit("/", 1)[-1] for line in out.splitlines()}, code

    assert found("--year", "2017") == (set(), 1)
    assert found("--year", "2017", "--dates", "inferred")[0] == {"f.txt"}
    assert found("--from", "2017", "--to", "2021-01", "--dates", "any")[0] == {"f.txt", "a.txt", "h.txt"}
    assert found("--from", "2017", "--to", "2021-01")[0] == {"a.txt", "h.txt"}
    assert found("--from", "2021", "--dates", "inferred") == (set(), 1)


# -- timeline ----------------------------------------------------------------------------

def timeline(vk, *args) -> tuple[dict, dict]:
    rows = vk.json_lines("timeline", *args, "--json")
    return {next(iter(r.values())): r["count"] for r in rows[:-1]}, rows[-1]


def test_timeline_by_year_published_inferred_any(vk):
    buckets, tail = timeline(vk, "chuyển đổi số")
    assert buckets == {"2021": 4, "2022": 1}
    assert tail == {"total": 6, "undated": 1, "dates": "published"}
    buckets, tail = timeline(vk, "chuyển đổi số", "--dates", "inferred")
    assert buckets == {"2017": 1} and tail["undated"] == 5
    buckets, tail = timeline(vk, "chuyển đổi số", "--dates", "any")
    assert buckets == {"2017": 1, "2018": 0, "2019": 0, "2020": 0, "2021": 4, "2022": 1}
    assert tail["undated"] == 0
    buckets, tail = timeline(vk)                        # everything: the retrospective has no date
    assert buckets == {"2021": 4, "2022": 1, "2023": 1} and tail == {"total": 8, "undated": 2,
                                                                      "dates": "published"}


def test_timeline_by_quarter_and_month(vk):
    buckets, _ = timeline(vk, "chuyển đổi số", "--by", "quarter")
    assert list(buckets) == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"]
    assert buckets["2021-Q1"] == 3 and buckets["2021-Q2"] == 1 and buckets["2022-Q4"] == 1
    assert sum(buckets.values()) == 5
    buckets, _ = timeline(vk, "chuyển đổi số", "--by", "month", "--no-duplicates")
    assert len(buckets) == 23                            # 2021-01 … 2022-11
    assert (buckets["2021-01"], buckets["2021-02"], buckets["2021-05"], buckets["2022-11"]) == (1, 1, 1, 1)
    assert sum(buckets.values()) == 4


def test_timeline_text_and_exit_codes(vk):
    code, out, _ = vk("timeline", "chuyển đổi số")
    assert code == 0
    assert out.splitlines()[0].startswith("2021  ") and out.splitlines()[0].endswith(" 4")
    assert "6 matches; 1 match without a publication date" in out
    assert vk("timeline", "xyzxyz")[0] == 1
    assert vk("timeline", "--from", "nonsense")[0] == 2


# -- similar -----------------------------------------------------------------------------

def test_similar_ranks_the_near_duplicate_first(vk, ids):
    rows = vk.json_lines("similar", str(ids["a.txt"]), "--limit", "3", "--json")
    assert rows[0]["id"] == ids["h.txt"] and rows[0]["near_duplicate"] is True
    assert all(not r["near_duplicate"] for r in rows[1:])
    assert ids["a.txt"] not in {r["id"] for r in rows}
    tourism = vk.json_lines("similar", str(ids["e.txt"]), "--limit", "1", "--json")
    assert tourism[0]["id"] == ids["c.txt"]             # the other text about Quản Bạ's tourism
    assert vk("similar", "999")[0] == 2


# -- export ------------------------------------------------------------------------------

def test_export_jsonl_every_match_once(vk, ids):
    rows = vk.json_lines("export")
    assert sorted(r["id"] for r in rows) == sorted(ids.values())
    digital = vk.json_lines("export", "chuyển đổi số", "--format", "jsonl")
    assert sorted(r["id"] for r in digital) == sorted(ids[n] for n in DIGITAL_DOCS)
    a = next(r for r in digital if r["id"] == ids["a.txt"])
    assert a["title"] == "Lai Châu đẩy mạnh chuyển đổi số" and a["date_source"] == "metadata"
    assert [p["name"] for p in a["entities"]["persons"]] == ["Lê Văn Nam"]
    assert "text" not in a and "Quản Bạ" in vk.json_lines("export", "--text", "du lịch")[0]["text"]


def test_export_csv_bom_diacritics_and_entity_columns(vk, ids, tmp_path):
    out = tmp_path / "out.csv"
    code, _, err = vk("export", "chuyển đổi số", "--format", "csv", "-o", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert sorted(int(r["id"]) for r in rows) == sorted(ids[n] for n in DIGITAL_DOCS)
    by_id = {int(r["id"]): r for r in rows}
    assert by_id[ids["c.txt"]]["title"] == "Sơ kết chuyển đổi số"
    assert by_id[ids["a.txt"]]["persons"] == "Lê Văn Nam"
    assert by_id[ids["a.txt"]]["positions"] == "Lê Văn Nam: Bí thư Tỉnh ủy"
    assert by_id[ids["f.txt"]]["dates"] == "2017-02-06; 2017-01-20"
    code, _, _ = vk("export", "chuyển đổi số", "--format", "csv", "--no-bom", "-o", str(out))
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


# -- facets ------------------------------------------------------------------------------

def test_search_facets_counts(vk):
    rows = vk.json_lines("search", "chuyển đổi số", "--facets", "--json", "--limit", "2")
    assert len(rows) == 3 and set(rows[-1]) == {"facets"}
    f = rows[-1]["facets"]
    assert f["total"] == 6
    assert f["year"] == {"2021": 4, "2022": 1, "": 1}
    assert f["source"] == {"laichau.gov.vn": 4, "": 1, "dienbien.gov.vn": 1}
    # official types shown as written; other types as their matching key (folded)
    assert f["doctype"] == {"tin tuc": 4, "": 1, "Nghị quyết": 1}
    code, out, _ = vk("search", "chuyển đổi số", "--facets", "--limit", "1")
    assert code == 0 and "6 matches by" in out and "laichau.gov.vn" in out


def test_search_facets_follow_the_relaxed_or(vk):
    # no document has both words; search falls back to OR and the facets count the same documents
    rows = vk.json_lines("search", "homestay nền tảng", "--facets", "--json", "--limit", "10")
    assert rows[-1]["facets"]["total"] == len(rows) - 1 == 4     # homestay: c, e, g; nền tảng: d


def test_migration_v5_adds_date_note_to_an_older_archive(tmp_path):
    from archive.store import MIGRATIONS, Archive

    db = sqlite3.connect(tmp_path / "archive.sqlite", isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        db.executescript(f"BEGIN; {script}; PRAGMA user_version={number}; COMMIT;")
    db.execute("INSERT INTO documents(title, text, date, date_source, path, content_hash, imported_at) "
               "VALUES ('t', 'x', '2020-01-02', 'inferred', 'p', 'h', 'now')")
    db.close()
    with Archive(tmp_path) as archive:
        assert archive.schema_version == len(MIGRATIONS)
        row = archive.db.execute("SELECT date, date_source, date_note FROM documents").fetchone()
        assert tuple(row) == ("2020-01-02", "inferred", None)


def test_a_source_with_dated_documents_vouches_for_a_near_guess(tmp_path):
    dump = tmp_path / "dump"
    dump.mkdir()
    rows = [{"file": f"d{i}.txt", "date": f"2021-0{i + 1}-10", "source": "sonla.gov.vn"} for i in range(5)]
    rows += [{"file": "near.txt", "source": "sonla.gov.vn"}, {"file": "far.txt", "source": "sonla.gov.vn"}]
    for i in range(5):
        (dump / f"d{i}.txt").write_text(f"Tin số {i}\n\n{FARMING} Bài {i} về nông nghiệp.\n", encoding="utf-8")
    (dump / "near.txt").write_text(f"Tin giảm nghèo\n\nHội nghị ngày 3/3/2021 bàn về giảm nghèo. {TOURISM}\n",
                                   encoding="utf-8")
    (dump / "far.txt").write_text(f"Tin cũ\n\nHội nghị ngày 3/3/2016 bàn về giảm nghèo. {FARMING} Khác.\n",
                                  encoding="utf-8")
    (dump / "meta.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    home = tmp_path / "home"
    code, _, err = Vankien(home)("import", str(dump), "--no-index", "--quiet")
    assert code == 0, err
    db = sqlite3.connect(home / "archive.sqlite")
    got = {p.rsplit("/", 1)[-1]: (d, s) for p, d, s in db.execute("SELECT path, date, date_source FROM documents")}
    assert got["near.txt"] == ("2021-03-03", "inferred")          # within the source's 2021-01..2021-05
    assert got["far.txt"] == (None, None)


def test_commands_are_registered_in_a_real_process_with_examples(tmp_path):
    from conftest import run_subprocess

    for command in ("timeline", "similar", "export"):
        done = run_subprocess([command, "--help"], tmp_path / "home")
        assert done.returncode == 0, done.stderr
        assert "Example: vankien " + command in done.stdout.decode()
    done = run_subprocess(["timeline"], tmp_path / "home")
    assert done.returncode == 2 and b"Traceback" not in done.stderr


def test_csv_entity_cells_fit_a_spreadsheet_cell():
    from archive.export import CELL_MAX, _fit

    assert CELL_MAX == 32_767                              # Excel's and LibreOffice's limit
    assert _fit("a" * 32_767) == "a" * 32_767
    assert _fit("a" * 40_000) == "a" * 32_766 + "…" and len(_fit("b" * 99_999)) == 32_767
