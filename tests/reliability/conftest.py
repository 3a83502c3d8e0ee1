"""A small archive built once per module, copied for each test that damages it."""
from __future__ import annotations

import random
import shutil

import pytest

from tests.conftest import Vankien

ARTICLES = {
    "tuyen-giao.txt": "Hội nghị công tác tuyên giáo năm 2023\n\nBan Tuyên giáo Tỉnh ủy Lai Châu tổ chức hội nghị "
                      "tổng kết công tác tuyên giáo năm 2023 và triển khai nhiệm vụ năm 2024.\n",
    "chuyen-doi-so.txt": "Đảng bộ tỉnh đẩy mạnh chuyển đổi số\n\nĐảng bộ tỉnh Điện Biên ban hành nghị quyết về "
                         "chuyển đổi số trong các cơ quan đảng, chính quyền giai đoạn 2021 - 2025.\n",
    "xay-dung-dang.txt": "Nâng cao chất lượng sinh hoạt chi bộ\n\nCác chi bộ trong Đảng bộ huyện Tam Đường "
                         "tập trung nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị 10-CT/TW.\n",
}


def write_articles(folder, articles=ARTICLES):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built_home(tmp_path_factory):
    root = tmp_path_factory.mktemp("built")
    vankien = Vankien(root / "home")
    code, _, err = vankien("import", str(write_articles(root / "dump")))
    assert code == 0, err
    return root / "home"


@pytest.fixture
def home(built_home, tmp_path):
    copy = tmp_path / "home"
    shutil.copytree(built_home, copy)
    return copy


PLACES = ["Lai Châu", "Điện Biên", "Sơn La", "Hà Giang", "Lào Cai", "Yên Bái", "Tuyên Quang", "Cao Bằng"]
TOPICS = ["chuyển đổi số", "xây dựng nông thôn mới", "giảm nghèo bền vững", "cải cách hành chính",
          "phát triển du lịch", "công tác cán bộ", "kiểm tra giám sát", "dân vận khéo"]


def articles(prefix: str, n: int, seed: int) -> dict[str, str]:
    """n distinct articles, each naming Đảng bộ once (a query with a known total)."""
    rnd = random.Random(seed)
    out = {}
    for i in range(n):
        place, topic = rnd.choice(PLACES), rnd.choice(TOPICS)
        out[f"{prefix}-{i:03d}.txt"] = (
            f"{place}: hội nghị số {prefix}{i} về {topic}\n\n"
            f"Ngày {1 + i % 28}/{1 + i % 12}/2023, Đảng bộ {place} tổ chức hội nghị số {prefix}{i} bàn về "
            f"{topic}. Hội nghị đánh giá kết quả {rnd.randint(3, 40)} mô hình, đề ra {rnd.randint(2, 9)} "
            f"nhiệm vụ trọng tâm cho năm {rnd.choice([2024, 2025])} với mã {prefix}-{seed}-{i}.\n")
    return out
