"""The plan and the status report built from any list of tasks (the task board's filter), at scale."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import docx
from docx.oxml.ns import qn
from testkit.docx_read import cell_texts, reload, texts

from minutes.domain.status import TaskStatus, task_status
from minutes.export.documents import export_tasks_report
from minutes.export.labels import EN, VI, roman
from minutes.export.plan_doc import PlanText, build_plan
from minutes.export.profile import OrgProfileData
from minutes.services.dto import TaskDTO

AS_OF = date(2021, 6, 30)
UNITS = ("Phòng Quản lý đô thị", "Ủy ban nhân dân phường Long Biên", "Đảng ủy phường Long Biên", "")


def make_task(n: int, *, unit: str, deadline: date | None, done: date | None = None, cancelled: bool = False,
              progress: int = 0, priority: str = "medium", meeting_id: int = 1) -> TaskDTO:  # fmt: skip
    status = task_status(
        deadline=deadline, completed_on=done, cancelled=cancelled, progress=progress, today=AS_OF
    )
    return TaskDTO(
        id=n, meeting_id=meeting_id, meeting_title="Họp", meeting_date=date(2021, 1, meeting_id), position=n,
        text=f"Nhiệm vụ số {n}: rà soát, xử lý dứt điểm tồn tại về trật tự đô thị", source_kind=None, source_id=None,
        lead_unit_id=None, lead_unit_name=unit, coordinating_unit_ids=(), coordinating_unit_names=("Công an phường",),
        responsible_id=None, responsible_name="", deadline=deadline, priority=priority,
        expected_product="Báo cáo kết quả", progress=progress, completed_on=done,
        cancelled_on=AS_OF if cancelled else None, cancel_reason=None, status=status, version=1,
    )  # fmt: skip


def test_labels_have_the_same_keys_and_roman_numbers() -> None:
    assert set(VI) == set(EN)
    assert [roman(n) for n in (1, 2, 3, 4, 9, 14, 40)] == ["I", "II", "III", "IV", "IX", "XIV", "XL"]


def test_status_report_of_a_filtered_list(tmp_path: Path) -> None:
    due = date(2021, 5, 31)
    tasks = [
        make_task(1, unit=UNITS[0], deadline=due, done=date(2021, 5, 30)),  # done on time
        make_task(2, unit=UNITS[0], deadline=due, done=date(2021, 6, 2)),  # done late
        make_task(3, unit=UNITS[1], deadline=date(2021, 7, 31), progress=40),  # in progress
        make_task(4, unit=UNITS[1], deadline=date(2021, 6, 20), progress=10, meeting_id=2),  # overdue 10 days
        make_task(5, unit=UNITS[2], deadline=date(2021, 3, 1)),  # overdue 121 days, not started
        make_task(6, unit=UNITS[2], deadline=date(2021, 8, 1)),  # not started
        make_task(7, unit=UNITS[3], deadline=None, cancelled=True),  # cancelled, no lead unit
    ]
    assert [t.status for t in tasks] == [TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE, TaskStatus.IN_PROGRESS,
                                         TaskStatus.OVERDUE, TaskStatus.OVERDUE, TaskStatus.NOT_STARTED,
                                         TaskStatus.CANCELLED]  # fmt: skip
    path = export_tasks_report(tasks, OrgProfileData(), tmp_path / "bao-cao.docx", subject="Tình hình thực hiện "
                               "nhiệm vụ quý II năm 2021", period="Quý II năm 2021", as_of=AS_OF, family="state")  # fmt: skip
    doc = docx.Document(str(path))
    lines = texts(doc)
    assert "Tình hình thực hiện nhiệm vụ quý II năm 2021" in lines
    assert "(Kỳ báo cáo: Quý II năm 2021; số liệu tính đến ngày 30/06/2021)" in lines
    counts = cell_texts(doc.tables[1])
    assert [row[1:] for row in counts[1:]] == [
        ["Đảng ủy phường Long Biên", "2", "0", "0", "0", "1", "1", "0"],
        ["Phòng Quản lý đô thị", "2", "1", "1", "0", "0", "0", "0"],
        ["Ủy ban nhân dân phường Long Biên", "2", "0", "0", "1", "1", "0", "0"],
        ["Không ghi đơn vị chủ trì", "1", "0", "0", "0", "0", "0", "1"],  # a fact of the record
        ["Tổng cộng", "7", "1", "1", "1", "2", "1", "1"],
    ]
    total_runs = doc.tables[1]._tbl.tr_lst[-1].iter(qn("w:r"))
    assert all(r.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None for r in total_runs)
    overdue = cell_texts(doc.tables[2])
    assert [(row[2], row[4], row[5]) for row in overdue[1:]] == [
        ("Đảng ủy phường Long Biên", "121", "0"),
        ("Ủy ban nhân dân phường Long Biên", "10", "10"),
    ]
    assert overdue[1][1].endswith("(Giao tại cuộc họp ngày 01/01/2021)")  # tasks of several meetings
    summary = next(line for line in lines if line.startswith("Tổng số nhiệm vụ: 7."))
    assert "hoàn thành đúng hạn 1 (14,3%)" in summary and "quá hạn 2 (28,6%)" in summary


def test_empty_list_still_makes_a_report(tmp_path: Path) -> None:
    path = export_tasks_report([], OrgProfileData(), tmp_path / "r.docx", subject="Tình hình", period="",
                               as_of=AS_OF, family="party")  # fmt: skip
    lines = texts(docx.Document(str(path)))
    assert "Không có nhiệm vụ quá hạn." in lines and "(Số liệu tính đến ngày 30/06/2021)" in lines


def test_a_1000_task_plan_builds_with_groups_and_repeated_header(tmp_path: Path) -> None:
    priorities = ("high", "medium", "low")
    tasks = [make_task(n, unit=UNITS[n % 3], deadline=date(2021, 7, 1) + timedelta(days=n % 200),
                       priority=priorities[n % 3]) for n in range(1, 1001)]  # fmt: skip
    doc = build_plan(tasks, OrgProfileData(), "party", PlanText("Kế hoạch năm 2021", "Cụ thể hóa.", 2021))
    doc = reload(doc, tmp_path / "plan.docx")
    rows = cell_texts(doc.tables[-1])
    assert len(rows) == 1 + 3 + 1000
    groups = [r[0] for r in rows if len(r) == 1]
    assert groups == ["Nhóm I: mức độ ưu tiên cao (333 nhiệm vụ)", "Nhóm II: mức độ ưu tiên trung bình (334 nhiệm vụ)",
                      "Nhóm III: mức độ ưu tiên thấp (333 nhiệm vụ)"]  # fmt: skip
    numbers = [int(r[0].replace(".", "")) for r in rows[1:] if len(r) == 8]
    assert rows[-1][0] == "1.000"  # Vietnamese grouping, like every number
    assert numbers == list(range(1, 1001))
    trs = doc.tables[-1]._tbl.tr_lst
    assert trs[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in trs)
    assert "Tổng số 1.000 nhiệm vụ, gồm 333 nhiệm vụ ưu tiên cao, 334 nhiệm vụ ưu tiên trung bình và 333 nhiệm vụ " \
        "ưu tiên thấp (chi tiết tại biểu kèm theo)." in texts(doc)  # fmt: skip


def test_a_task_of_a_meeting_known_by_its_month_names_no_invented_day(tmp_path: Path) -> None:
    from dataclasses import replace

    month_only = replace(
        make_task(1, unit=UNITS[0], deadline=date(2021, 3, 1)), meeting_date_precision="month"
    )
    other = make_task(2, unit=UNITS[1], deadline=date(2021, 4, 1), meeting_id=2)
    for family, expected in (("state", "(Giao tại cuộc họp tháng 1/2021)"),
                             ("plain", "(Assigned at the meeting of January 2021)")):  # fmt: skip
        path = export_tasks_report([month_only, other], OrgProfileData(), tmp_path / f"{family}.docx",
                                   subject="Tình hình", period="", as_of=AS_OF, family=family)  # fmt: skip
        overdue = cell_texts(docx.Document(str(path)).tables[2])
        first = next(row[1] for row in overdue[1:] if row[1].startswith("Nhiệm vụ số 1"))
        assert first.endswith(expected)
        assert "01/01/2021" not in first  # the day 1 the record stores for the month is not printed
