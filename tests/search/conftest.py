"""Search fixtures: a small set of minutes on each backend (SQLite file; PostgreSQL when configured).

The backend fixtures (``any_services``, ``any_fresh``) come from tests/conftest.py: a real SQLite file in
tmp_path, and a private PostgreSQL schema per test, dropped afterwards, when MINUTES_TEST_DATABASE_URL
is set (skipped with that reason when it is not).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from minutes.services import Services


@dataclass(frozen=True)
class Corpus:
    meeting: int
    other_meeting: int
    person: int
    contribution: int
    conclusion: int
    task: int
    progress: int


FILLER = [
    "Báo cáo tình hình kinh tế xã hội quý I năm 2021",
    "Tăng cường công tác phòng chống dịch Covid-19 trên địa bàn",
    "Rà soát danh sách hộ nghèo, cận nghèo",
    "Chỉnh trang đô thị, trồng cây xanh các tuyến phố",
    "Thu ngân sách đạt 87% kế hoạch năm",
    "Xây dựng trường mầm non tại tổ dân phố số 5",
    "Kiểm tra an toàn thực phẩm dịp Tết Nguyên đán",
    "Củng cố tổ chức đoàn thể ở khu dân cư",
]


def fill(services: Services, meeting: int, copies: int = 3) -> None:
    """Records that match nothing the tests look for, so ranking has a background to rank against."""
    for _ in range(copies):
        for text in FILLER:
            services.items.add_contribution(meeting, text=text)


@pytest.fixture
def filler() -> Callable[[Services, int], None]:
    return fill


@pytest.fixture
def corpus(any_services: Services) -> Corpus:
    sv = any_services
    meeting = sv.meetings.create(
        "Họp bàn công tác giải phóng mặt bằng", date(2021, 1, 19), location="Phường Long Biên"
    )
    other = sv.meetings.create("Giao ban tháng 2", date(2021, 2, 3))
    person = sv.directory.create_person("ĐỊNH Văn Hùng", "Chủ tịch UBND phường")
    contribution = sv.items.add_contribution(
        meeting,
        speaker_id=person,
        text="Đề nghị đẩy nhanh tiến độ giải phóng mặt bằng dự án đường 40m; việc định giá đất còn chậm.",
    )
    conclusion = sv.items.add_conclusion(meeting, "Giao Phòng Tài nguyên xác Định ranh giới thửa đất.")
    task = sv.tasks.create(other, "Hoàn thành bồi thường, hỗ trợ trước ngày 30/6/2021")
    progress = sv.tasks.add_progress(task, date(2021, 2, 10), 30, "Đã phê duyệt phương án cho 20 hộ")
    fill(sv, other)
    return Corpus(meeting, other, person, contribution, conclusion, task, progress)
