"""The board with model v2 tasks: rows carry the people assigned, the free-text assignee and the stated
deadline; the filter by person finds the tasks a person is assigned to as well as those they are
responsible for; status and counts follow the deadline's status date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from minutes.domain.deadline import Deadline
from minutes.domain.status import TaskStatus
from minutes.services import Services
from minutes.services.board import SortKey, TaskFilter

DATA = Path(__file__).resolve().parents[1] / "data" / "meetings"


def person_id(services: Services, name: str) -> int:
    return next(p.id for p in services.directory.find_people(name))


def test_rows_show_assigned_people_and_period_deadlines(any_services: Services, any_fresh: Services) -> None:
    any_services.interchange.import_file(DATA / "khoi-dong-du-an-2022-03.json")
    any_services.interchange.import_file(DATA / "ubnd-giao-ban-2023-02.json")
    rows = {r.text: r for r in any_fresh.board.iter_rows(TaskFilter())}

    survey = rows["Khảo sát quy trình nghiệp vụ tại 12 cơ quan thử nghiệm"]
    assert survey.assignees == ("Đinh Quang Huy", "Bùi Thị Mai")
    assert survey.assigned == "Đinh Quang Huy; Bùi Thị Mai"
    assert survey.deadline_spec == Deadline.between(
        date(2022, 3, 25), date(2022, 4, 30), "cuối tháng 3 và trong tháng 4/2022"
    )
    assert survey.deadline == date(2022, 4, 30) and survey.status is TaskStatus.NOT_STARTED
    spec = rows["Hoàn thiện tài liệu đặc tả yêu cầu phần mềm"]
    assert spec.assigned == "Bùi Thị Mai; Phan Văn Khải"  # responsible and assigned: named once
    review = rows["Chỉ đạo các bộ phận chuyên môn rà soát chỉ tiêu thu ngân sách quý I"]
    assert review.assigned == "2 đồng chí Phó Chủ tịch UBND phường"
    assert review.deadline_spec == Deadline.quarter(2023, 1, "quý I/2023")


def test_the_person_filter_matches_assigned_people(any_services: Services, any_fresh: Services) -> None:
    any_services.interchange.import_file(DATA / "khoi-dong-du-an-2022-03.json")
    mai = person_id(any_fresh, "Bùi Thị Mai")
    shown = [r.text for r in any_fresh.board.iter_rows(TaskFilter(person_ids=(mai,), sort=SortKey.TEXT))]
    assert shown == [
        "Hoàn thiện tài liệu đặc tả yêu cầu phần mềm",
        "Khảo sát quy trình nghiệp vụ tại 12 cơ quan thử nghiệm",
    ]
    assert any_fresh.board.count(TaskFilter(person_ids=(mai,))) == 2
    counts = any_fresh.board.counts_by_status(TaskFilter(person_ids=(mai,)))
    assert sum(counts.values()) == 2
    huy = person_id(any_fresh, "Đinh Quang Huy")
    assert {r.text for r in any_fresh.board.iter_rows(TaskFilter(person_ids=(huy,)))} == {
        "Khảo sát quy trình nghiệp vụ tại 12 cơ quan thử nghiệm",
        "Triển khai chính thức hệ thống tại các cơ quan, đơn vị của tỉnh",
    }
    assert mai in dict(any_fresh.board.responsible_people())
    assert huy in dict(any_fresh.board.responsible_people())  # assigned only, never responsible


def test_a_period_deadline_is_overdue_after_its_status_date(services: Services, fresh: Services) -> None:
    meeting = services.meetings.create("Giao ban", date(2021, 1, 5))
    month = services.tasks.create(
        meeting, "Báo cáo tháng", deadline=Deadline.month(2021, 1, "trong tháng 01/2021")
    )
    quarter = services.tasks.create(meeting, "Báo cáo quý", deadline=Deadline.quarter(2021, 1, "quý I/2021"))
    before = services.tasks.create(meeting, "Nộp trước 1/3", deadline=Deadline.before(date(2021, 3, 1)))
    rows = {r.id: r for r in fresh.board.iter_rows(TaskFilter())}
    assert rows[month].status is TaskStatus.OVERDUE  # the month ended on 31 January; today is 1 March
    assert rows[quarter].status is TaskStatus.NOT_STARTED and rows[quarter].days_left == 30
    assert rows[before].status is TaskStatus.OVERDUE  # "before 1 March": the 28th was the last day
    assert fresh.board.count(TaskFilter(overdue_only=True)) == 2


def test_the_board_exports_name_the_people_assigned_and_the_wording(
    services: Services, fresh: Services, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from minutes.services.task_exports import export_ics, export_xlsx

    services.interchange.import_file(DATA / "khoi-dong-du-an-2022-03.json")
    export_xlsx(fresh.board, TaskFilter(sort=SortKey.TEXT), tmp_path / "a.xlsx")
    rows = list(load_workbook(tmp_path / "a.xlsx").active.iter_rows(values_only=True))
    header = list(rows[0])
    assigned = {r[1]: r[header.index("Người phụ trách")] for r in rows[1:]}
    assert assigned["Khảo sát quy trình nghiệp vụ tại 12 cơ quan thử nghiệm"] == "Đinh Quang Huy; Bùi Thị Mai"
    export_ics(fresh.board, TaskFilter(), tmp_path / "a.ics")
    calendar = (tmp_path / "a.ics").read_bytes().decode("utf-8").replace("\r\n ", "")
    assert "Thời hạn: cuối tháng 3 và trong tháng 4/2022" in calendar


def test_a_meeting_known_by_its_month_shows_no_invented_day(
    any_services: Services, any_fresh: Services
) -> None:
    meeting = any_services.meetings.create("Giao ban UBND phường", date(2023, 1, 1), date_precision="month")
    any_services.tasks.create(meeting, "Rà soát hồ sơ đất đai tồn đọng")
    row = next(any_fresh.board.iter_rows(TaskFilter()))
    assert row.meeting == "01/2023 · Giao ban UBND phường"
