"""The sample archive the search tests share: data/samples (+ the seeds where present)
imported once, and checked against what the import must give.

Every expected value below was written by hand from reading the sample files
(headline lines, the JSON records, the HTML <h1>, the TCVN3/VNI bytes decoded with
the published tables): none comes from the code under test. Deleting a sample,
breaking a decoder, HTML extraction or the de-duplication changes this table and
fails every test that uses the archive.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from conftest import SAMPLES, SEEDS, Vankien

# id → (path inside data/samples, title). Inputs are read in name order, members of
# archive.zip in theirs; ids follow that order.
SAMPLE_DOCS = {
    1: ("2013-12-26-nghe-an-quan-triet-nghi-quyet-29-giao-duc.txt",
        "Nghệ An quán triệt Nghị quyết Trung ương 8 về đổi mới căn bản, toàn diện giáo dục và đào tạo"),
    2: ("2014-04-16-quang-ninh-van-don-giai-phong-mat-bang.txt",
        "Vân Đồn: Công khai, dân chủ trong giải phóng mặt bằng các công trình trọng điểm"),
    3: ("2015-08-20-ha-giang-dong-van-doi-song-van-hoa.txt",
        "Đồng Văn: Phong trào xây dựng đời sống văn hóa lan tỏa trên cao nguyên đá"),
    4: ("2016-07-05-dien-bien-trien-khai-chi-thi-05.txt", "Điện Biên triển khai Chỉ thị 05-CT/TW của Bộ Chính trị"),
    5: ("2016-09-12-lai-chau-than-uyen-thuy-loi.txt",
        "Than Uyên kiên cố hoá kênh mương, chủ động nước tưới cho cánh đồng Mường Than"),
    6: ("2017-03-22-ha-giang-dong-van-giam-ngheo.txt",
        "Bí thư Huyện ủy Đồng Văn: “Giảm nghèo phải bắt đầu từ thay đổi nếp nghĩ”"),
    7: ("2018-12-12-son-la-thuan-chau-quy-dinh-08.txt",
        "Thuận Châu: Cán bộ, đảng viên nêu gương theo Quy định 08-QĐi/TW"),
    8: ("2019-05-15-nghe-an-5-nam-doi-moi-giao-duc.txt",
        "Nghệ An: Sau 5 năm đổi mới căn bản, toàn diện giáo dục có nhiều chuyển biến rõ nét"),
    9: ("2019-11-20-dien-bien-sach-hoc-tap-va-lam-theo-bac.txt",
        "Lan tỏa những tấm gương bình dị trong học tập và làm theo Bác ở Điện Biên"),
    10: ("2020-04-08-son-la-xu-ly-tin-gia-covid.txt",
         "Sơn La xử lý nghiêm hành vi đăng tin sai sự thật về dịch Covid-19"),
    11: ("2021-05-25-dien-bien-quan-triet-ket-luan-01.txt", "Điện Biên quán triệt Kết luận số 01-KL/TW của Bộ Chính trị"),
    12: ("2021-06-03-lai-chau-quy-che-dan-chu-o-co-so.txt",
         "Lai Châu: Phát huy quyền làm chủ của Nhân dân trong thực hiện quy chế dân chủ ở cơ sở"),
    13: ("2021-06-14-quang-ninh-hoc-tap-va-lam-theo-bac.txt",
         "Quảng Ninh đưa việc học tập và làm theo Bác thành việc làm tự giác, thường xuyên"),
    14: ("2022-07-28-dien-bien-hoi-nghi-bao-cao-vien.txt",
         "Điện Biên: Nâng cao chất lượng đội ngũ báo cáo viên theo phương châm “Tiên phong - Trọng tâm - Thuyết phục”"),
    15: ("2022-09-19-son-la-an-toan-ho-dap-thuy-loi.txt",
         "Sơn La chủ động phòng, chống thiên tai, bảo đảm an toàn hồ đập thủy lợi"),
    16: ("2023-03-02-nghe-an-quan-triet-nghi-quyet-29-cong-nghiep-hoa.txt",
         "Nghệ An quán triệt Nghị quyết 29-NQ/TW về đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước"),
    17: ("2023-07-14-dien-bien-so-ket-tuyen-giao-6-thang.txt",
         "Ngành Tuyên giáo Điện Biên sơ kết công tác 6 tháng đầu năm 2023"),
    18: ("2023-10-18-nghe-an-cong-bo-quy-hoach-tinh.txt",
         "Nghệ An công bố Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"),
    19: ("2023-11-06-lai-chau-ngay-hoi-dai-doan-ket.txt", "Vui Ngày hội Đại đoàn kết toàn dân tộc ở bản Nà Luông"),
    20: ("2024-03-15-ha-giang-quan-ba-du-lich-cong-dong.txt", "Quản Bạ: Người dân làm chủ du lịch cộng đồng"),
    21: ("2024-05-06-dien-bien-san-sang-ky-niem-70-nam.txt",
         "Điện Biên sẵn sàng cho Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"),
    22: ("2024-09-20-quang-ninh-khac-phuc-bao-so-3.txt",
         "Vân Đồn khẩn trương khắc phục hậu quả bão số 3, ổn định đời sống nhân dân"),
    23: ("archive.zip!tinbai/2014-05-07-dien-bien-ky-niem-60-nam-chien-thang.txt",
         "Điện Biên long trọng kỷ niệm 60 năm Chiến thắng Điện Biên Phủ"),
    24: ("archive.zip!tinbai/2019-08-28-ha-giang-dong-van-so-ket-chi-thi-05.txt",
         "Đồng Văn sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW"),
    25: ("cp1258.txt", "Nghệ An tập huấn nghiệp vụ quản lý tài chính cho cán bộ cấp xã"),
    26: ("export.jsonl#L1", "Nghệ An ban hành chương trình hành động thực hiện Nghị quyết 29-NQ/TW về giáo dục"),
    27: ("export.jsonl#L2", "Quảng Ninh: Nhân rộng các mô hình “Dân vận khéo” ở vùng biển đảo"),
    28: ("export.jsonl#L4", "Sơn La phát huy dân chủ trong xây dựng nông thôn mới"),
    29: ("export.jsonl#L5", "Lai Châu chuẩn bị các điều kiện thi hành Luật Đất đai năm 2024"),
    30: ("legacy-tcvn3.txt", "Huyện ủy Yên Minh học tập, quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XI"),
    31: ("legacy-vni.txt", "Thuận Châu đẩy mạnh phát triển cây cà phê gắn với xây dựng nông thôn mới"),
    32: ("nfd.txt", "Than Uyên giữ gìn bản sắc văn hoá gắn với xây dựng nông thôn mới"),
    33: ("page.html", "Sơn La học tập chuyên đề năm 2021 về ý chí tự lực, tự cường và khát vọng phát triển"),
    34: ("portal-chrome.txt", "Mường Ảng: Làm theo Bác từ những việc cụ thể, thiết thực"),
    35: ("reposted.txt", "Điện Biên: Quán triệt Kết luận 01-KL/TW của Bộ Chính trị về học tập và làm theo Bác"),
    36: ("utf16.txt", "Vân Đồn phát triển du lịch biển đảo gắn với bảo vệ môi trường"),
    37: ("vanban-tam-duong.json#1", "Thông báo lịch tiếp xúc cử tri của các ứng cử viên tại huyện Tam Đường"),
    38: ("vanban-tam-duong.json#2", "Mặt trận xã Nà Tăm vận động người dân giữ sạch đường làng"),
}
NEAR_DUPLICATES = {35: 11}                                      # reposted.txt re-posts the 2021-05-25 article
EXACT_DUPLICATES = {"archive.zip!tinbai/thuan-chau-quy-dinh-08.txt": 7}   # byte copy, skipped
FAILED = {"export.jsonl#L3"}                                    # the truncated JSON line
SEED_DOCS = {
    39: ("000_3063799e7d688957.txt",
         "Tuyên giáo đi trước để mở đường, đi cùng để đồng hành và đi sau để tổng kết"),
    40: ("002_5dfc7ce3701ae2ae.txt",
         "Dự buổi làm việc với Đoàn có đồng chí Lê Đức Dục - Uỷ viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo"
         " Tỉnh ủy; lãnh đạo Ban; lãnh đạo, chuyên viên các phòng chuyên môn Ban Tuyên giáo Tỉnh ủy."),
}
# page.html: the article's words are kept, the portal's menu, sidebar and footer are not
PAGE_ARTICLE = "Hội nghị được kết nối tới 12 điểm cầu các huyện, thành phố và 204 điểm cầu xã"
PAGE_CHROME = ["Thư viện ảnh", "Dịch vụ công trực tuyến", "Sơn La xuất khẩu lô xoài tươi", "Thu hút đầu tư"]


@dataclass
class SampleArchive:
    home: Path
    seeds: bool

    def docs(self) -> dict[int, tuple[str, str]]:
        return {**SAMPLE_DOCS, **(SEED_DOCS if self.seeds else {})}

    def id_of(self, name: str) -> int:
        return next(i for i, (path, _) in self.docs().items() if path == name)


def build(home: Path) -> SampleArchive:
    """Import the samples (and the seeds) into `home` and assert exactly what came in."""
    seeds = SEEDS.exists()
    report = home.parent / "import-report.jsonl"
    inputs = [str(SAMPLES)] + ([str(SEEDS)] if seeds else [])
    code, _, err = Vankien(home)("import", *inputs, "--quiet", "--report", str(report))
    assert code == 3, f"exit {code} (3 expected: export.jsonl line 3 is broken on purpose)\n{err}"
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]

    def name(row):
        path = row["path"]
        return path.rsplit("/samples/", 1)[-1] if "/samples/" in path else Path(path).name

    expected_counts = {"imported": 37 + 2 * seeds, "near_duplicate": 1, "duplicate": 1, "failed": 1}
    assert Counter(r["status"] for r in rows) == expected_counts
    archived = {r["id"]: (name(r), r["title"]) for r in rows if r["status"] in ("imported", "near_duplicate")}
    sample = SampleArchive(home, seeds)
    assert archived == sample.docs()
    assert {r["id"]: r.get("duplicate_of") for r in rows if r["status"] == "near_duplicate"} == NEAR_DUPLICATES
    assert {name(r): r["duplicate_of"] for r in rows if r["status"] == "duplicate"} == EXACT_DUPLICATES
    assert {name(r) for r in rows if r["status"] == "failed"} == FAILED

    page = Vankien(home).json("show", str(sample.id_of("page.html")), "--json")["text"]
    assert PAGE_ARTICLE in page
    assert not [line for line in PAGE_CHROME if line in page]
    return sample
