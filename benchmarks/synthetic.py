"""Synthetic meetings and tasks written fast with Core bulk inserts, for tests and benchmarks at scale.

Lives with the benchmarks, outside the installed package (tests import it as ``benchmarks.synthetic``;
pytest puts the project root on the path). Deterministic for a seed. The rows bypass the ORM (and so the audit trail and the search
index): they are fixtures, not user actions. Every kind of task the board must handle appears: no
deadline, due today, overdue, completed on the deadline and a day late, cancelled, without a lead unit,
without coordinators, with several.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, func, insert, select

from minutes.db import models as m
from minutes.domain.text import fold

UNIT_NAMES = (
    "Văn phòng HĐND và UBND",
    "Phòng Quản lý đô thị",
    "Phòng Tài nguyên và Môi trường",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Nội vụ",
    "Ban Quản lý dự án đầu tư xây dựng",
    "Trung tâm Phát triển quỹ đất",
    "Đội Thanh tra trật tự xây dựng",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Văn hóa và Thông tin",
    "Phòng Y tế",
    "Phòng Kinh tế",
    "Công an quận",
    "Ban Chỉ huy quân sự",
    "Chi cục Thuế",
    "Đảng ủy phường",
    "Ủy ban nhân dân phường",
    "Mặt trận Tổ quốc",
    "Đoàn Thanh niên",
    "Hội Liên hiệp Phụ nữ",
)
WARDS = ("Long Biên", "Bồ Đề", "Phúc Đồng", "Ngọc Thụy", "Việt Hưng", "Thạch Bàn", "Đức Giang", "Gia Thụy")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Bùi", "Đỗ", "Vũ", "Đinh")
MIDDLE = ("Văn", "Thị", "Ngọc", "Đức", "Minh", "Thu", "Hữu", "Quang")
GIVEN = ("Nam", "Hương", "Định", "Phan", "Hùng", "Lan", "Dũng", "Thảo", "Đạt", "Yến", "Tùng", "Hằng")
VERBS = (
    "Đẩy nhanh tiến độ",
    "Hoàn thành",
    "Rà soát",
    "Kiểm tra, xử lý",
    "Tổ chức thực hiện",
    "Báo cáo kết quả",
    "Xây dựng kế hoạch",
    "Tuyên truyền, vận động",
)
OBJECTS = (
    "giải phóng mặt bằng dự án đường 40m",
    "thu ngân sách nhà nước năm 2021",
    "vi phạm trật tự xây dựng trên địa bàn",
    "hồ sơ cấp giấy chứng nhận quyền sử dụng đất",
    "công tác phòng, chống dịch Covid-19",
    "chỉnh trang đô thị tuyến phố Ngọc Lâm",
    "đề án sắp xếp đơn vị hành chính",
    "cải cách thủ tục hành chính một cửa",
    "công trình trường mầm non Việt Hưng",
    "vệ sinh môi trường khu dân cư số 3",
)


@dataclass(frozen=True)
class Generated:
    unit_ids: list[int]
    person_ids: list[int]
    meeting_ids: list[int]
    task_count: int


def _stamp() -> dict[str, Any]:
    now = datetime(2021, 1, 1, 8, 0)
    return {"version": 1, "created_at": now, "updated_at": now}


def generate(
    engine: Engine,
    tasks: int,
    *,
    seed: int = 1,
    today: date = date(2021, 3, 1),
    units: int = 20,
    people: int = 120,
    tasks_per_meeting: int = 25,
    chunk: int = 5000,
) -> Generated:
    """Add ``tasks`` tasks (with their people and meetings) to a migrated database; units of the same
    name as existing ones are reused."""
    rnd = random.Random(seed)
    unit_rows = []
    for i in range(units):
        base = UNIT_NAMES[i % len(UNIT_NAMES)]
        name = base if i < len(UNIT_NAMES) else f"{base} {WARDS[i % len(WARDS)]} {i}"
        unit_rows.append(
            {"name": name, "short_name": "", "parent_id": None, "search_key": fold(f"{name} "), **_stamp()}
        )
    with engine.begin() as c:
        existing = {str(n): int(i) for i, n in c.execute(select(m.Unit.id, m.Unit.name))}
        missing = [row for row in unit_rows if row["name"] not in existing]
        if missing:
            c.execute(insert(m.Unit), missing)
        existing = {str(n): int(i) for i, n in c.execute(select(m.Unit.id, m.Unit.name))}
        unit_ids = sorted(existing[row["name"]] for row in unit_rows)
        person_rows = []
        for _ in range(people):
            name = f"{rnd.choice(FAMILY)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}"
            person_rows.append(
                {
                    "full_name": name,
                    "title": "Chuyên viên",
                    "unit_id": rnd.choice(unit_ids),
                    "search_key": fold(f"{name} Chuyên viên"),
                    **_stamp(),
                }
            )
        first_person = int(c.scalar(select(func.coalesce(func.max(m.Person.id), 0))) or 0)
        c.execute(insert(m.Person), person_rows)
        person_ids = [int(x) for x in c.scalars(select(m.Person.id).where(m.Person.id > first_person))]
        n_meetings = max(1, (tasks + tasks_per_meeting - 1) // tasks_per_meeting)
        meeting_rows = []
        first = today - timedelta(days=730)
        for i in range(n_meetings):
            held = first + timedelta(days=int(i * 700 / max(1, n_meetings)))
            title = f"Làm việc với phường {WARDS[i % len(WARDS)]} lần {i + 1}"
            meeting_rows.append(
                {
                    "title": title,
                    "kind": "working_session",
                    "reference_number": "",
                    "organisation_id": unit_ids[i % min(3, len(unit_ids))],
                    "meeting_date": held,
                    "location": "",
                    "status": "draft",
                    "notes": "",
                    "search_key": fold(f"{title}  "),
                    **_stamp(),
                }
            )
        first_meeting = int(c.scalar(select(func.coalesce(func.max(m.Meeting.id), 0))) or 0)
        c.execute(insert(m.Meeting), meeting_rows)
        meetings = [
            (int(i), d)
            for i, d in c.execute(
                select(m.Meeting.id, m.Meeting.meeting_date)
                .where(m.Meeting.id > first_meeting)
                .order_by(m.Meeting.id)
            )
        ]
        meeting_ids = [i for i, _ in meetings]
        first_task = int(c.scalar(select(func.coalesce(func.max(m.Task.id), 0))) or 0) + 1
        rows: list[dict[str, Any]] = []
        links: list[dict[str, int]] = []
        for n in range(tasks):
            task_id = first_task + n
            meeting_id, held = meetings[n // tasks_per_meeting % len(meetings)]
            held = held if isinstance(held, date) else date.fromisoformat(str(held))
            rows.append(
                _task(rnd, task_id, meeting_id, held, n % tasks_per_meeting, today, unit_ids, person_ids)
            )
            lead = rows[-1]["lead_unit_id"]
            for unit_id in rnd.sample(unit_ids, rnd.choice((0, 1, 1, 2, 3))):
                if unit_id != lead:
                    links.append({"task_id": task_id, "unit_id": unit_id})
            if len(rows) >= chunk:
                c.execute(insert(m.Task), rows)
                rows = []
        if rows:
            c.execute(insert(m.Task), rows)
        for start in range(0, len(links), chunk):
            c.execute(insert(m.task_coordinators), links[start : start + chunk])
        if engine.dialect.name == "postgresql":  # ids were given: move the sequence past them
            c.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('tasks', 'id'), (SELECT max(id) FROM tasks))"
            )
    if engine.dialect.name == "postgresql":
        # What autovacuum does a little later in real use: statistics for the planner, and the visibility
        # map that lets index-only scans skip the table.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.exec_driver_sql("VACUUM ANALYZE")
    return Generated(unit_ids, person_ids, meeting_ids, tasks)


def _task(
    rnd: random.Random,
    task_id: int,
    meeting_id: int,
    held: date,
    position: int,
    today: date,
    unit_ids: list[int],
    person_ids: list[int],
) -> dict[str, Any]:
    text = f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)} ({task_id})"
    product = rnd.choice(("Báo cáo", "Kế hoạch", "Tờ trình", ""))
    roll = rnd.random()
    deadline: date | None = held + timedelta(days=rnd.randint(0, 240))
    if roll < 0.08:
        deadline = None
    elif roll < 0.10:
        deadline = today  # due today: not overdue
    completed_on = cancelled_on = None
    progress = rnd.choice((0, 0, 10, 30, 50, 80))
    state = rnd.random()
    if state < 0.30:
        end = deadline or held + timedelta(days=60)
        completed_on = min(today, end + timedelta(days=rnd.choice((-20, -3, 0, 0, 1, 1, 15))))
        completed_on = max(completed_on, held)
        progress = 100
    elif state < 0.33:
        cancelled_on = min(today, held + timedelta(days=rnd.randint(1, 90)))
    return {
        "id": task_id,
        "meeting_id": meeting_id,
        "position": position,
        "text": text,
        "source_kind": None,
        "lead_unit_id": None if rnd.random() < 0.05 else rnd.choice(unit_ids),
        "responsible_id": None if rnd.random() < 0.15 else rnd.choice(person_ids),
        "deadline": deadline,
        "priority": rnd.choice((1, 2, 2, 3)),
        "expected_product": product,
        "progress": progress,
        "completed_on": completed_on,
        "cancelled_on": cancelled_on,
        "cancel_reason": "Không còn phù hợp" if cancelled_on else None,
        "search_key": fold(f"{text} {product}"),
        **_stamp(),
    }
