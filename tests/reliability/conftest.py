"""A small archive built once per module, copied for each test that damages it."""
from __future__ import annotations

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
