"""The board's list exported: the spreadsheet read back with openpyxl, the calendar parsed line by line."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from minutes.domain.status import TaskStatus
from minutes.errors import ExportError, NoProfile
from minutes.services import Services
from minutes.services.board import TaskFilter
from minutes.services.demo import demo_profile
from minutes.services.task_exports import escape_text, export_ics, export_xlsx, fold_line

LONG = (
    "Đẩy nhanh tiến độ giải phóng mặt bằng, tái định cư; hoàn thiện hồ sơ \\ thủ tục "
    "đầu tư dự án đường 40m nối từ phố Ngọc Thụy đến đê sông Hồng trong quý I/2021"
)


def tasks(sv: Services) -> dict[str, int]:
    lead = sv.directory.create_unit("Phòng Quản lý đô thị")
    helper = sv.directory.create_unit("Ban Quản lý dự án đầu tư xây dựng")
    person = sv.directory.create_person("Nguyễn Văn Định", "Trưởng phòng", lead)
    meeting = sv.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    ids = {
        "long": sv.tasks.create(
            meeting,
            LONG + "\nDòng thứ hai, có dấu phẩy",
            lead_unit_id=lead,
            coordinating_unit_ids=[helper],
            responsible_id=person,
            deadline=date(2021, 2, 15),
            priority="high",
            expected_product="Báo cáo",
        ),
        "done": sv.tasks.create(
            meeting, "Báo cáo thu ngân sách", lead_unit_id=helper, deadline=date(2021, 2, 1)
        ),
        "no deadline": sv.tasks.create(meeting, "Tuyên truyền, vận động", lead_unit_id=lead),
        "soon": sv.tasks.create(
            meeting, "Rà soát hồ sơ", lead_unit_id=lead, deadline=date(2021, 3, 5), priority="low"
        ),
    }
    sv.tasks.complete(ids["done"], date(2021, 2, 3))
    sv.tasks.add_progress(ids["soon"], date(2021, 2, 20), 40)
    return ids


def test_xlsx_has_a_bold_frozen_header_real_dates_and_vietnamese_names(
    services: Services, fresh: Services, tmp_path: Path
) -> None:
    ids = tasks(services)
    path = tmp_path / "nhiệm vụ.xlsx"
    assert export_xlsx(fresh.board, TaskFilter(), path) == 4
    ws = load_workbook(path).active
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[:10] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Người phụ trách",
        "Thời hạn",
        "Mức độ ưu tiên",
        "Tình trạng",
        "Tiến độ",
        "Ngày hoàn thành",
    ]
    assert all(c.font.bold for c in ws[1])
    assert ws.column_dimensions["B"].width >= 50 and ws.column_dimensions["A"].width <= 8
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    assert [r[0] for r in rows] == [1, 2, 3, 4]  # STT; sorted by deadline, the task without one last
    assert [r[1].split("\n")[0] for r in rows] == [
        "Báo cáo thu ngân sách",
        LONG,
        "Rà soát hồ sơ",
        "Tuyên truyền, vận động",
    ]
    long = rows[1]
    assert long[1] == LONG + "\nDòng thứ hai, có dấu phẩy"  # the whole text, not the table's first line
    assert long[2:5] == ["Phòng Quản lý đô thị", "Ban Quản lý dự án đầu tư xây dựng", "Nguyễn Văn Định"]
    assert isinstance(long[5], datetime) and long[5].date() == date(2021, 2, 15)
    assert ws.cell(row=3, column=6).number_format == "DD/MM/YYYY"
    by_text = {r[1].split("\n")[0]: r for r in rows}
    done = by_text["Báo cáo thu ngân sách"]
    assert done[7] == "Hoàn thành quá hạn" and done[9].date() == date(2021, 2, 3) and done[8] == 1
    assert by_text[LONG][7] == "Quá hạn" and by_text[LONG][6] == "Cao" and by_text[LONG][10] == "Báo cáo"
    assert by_text["Rà soát hồ sơ"][7] == "Đang thực hiện trong hạn" and by_text["Rà soát hồ sơ"][8] == 0.4
    assert ws.cell(row=2, column=9).number_format == "0%"
    assert (
        by_text["Tuyên truyền, vận động"][5] is None
        and by_text["Tuyên truyền, vận động"][7] == "Chưa thực hiện"
    )
    assert rows[-1][1] == "Tuyên truyền, vận động"
    assert by_text[LONG][11] == "Làm việc với phường Long Biên" and by_text[LONG][12].date() == date(
        2021, 1, 19
    )
    assert ws.auto_filter.ref == "A1:M5"
    # the same filter as the screen
    assert export_xlsx(fresh.board, TaskFilter(statuses=frozenset({TaskStatus.OVERDUE})), path) == 1
    assert [c.value for c in load_workbook(path).active[2]][1].startswith("Đẩy nhanh")
    assert ids


def unfold(raw: bytes) -> list[str]:
    text = raw.decode("utf-8")
    assert "\n" not in text.replace("\r\n", "")  # every line ends with CRLF, no bare LF
    assert text.endswith("\r\n")
    physical = text.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda mt: "\n" if mt.group(1) in "nN" else mt.group(1), value)


def events(lines: list[str]) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for line in lines:
        if line == "BEGIN:VEVENT":
            found.append({})
        elif found and line != "END:VEVENT" and "END:VCALENDAR" not in line:
            name, _, value = line.partition(":")
            found[-1][name] = value
    return found


def test_ics_is_rfc5545_all_day_events_with_stable_uids(
    services: Services, fresh: Services, tmp_path: Path
) -> None:
    ids = tasks(services)
    path = tmp_path / "han.ics"
    stamp = datetime(2021, 3, 1, 8, 30, tzinfo=UTC)
    assert (
        export_ics(fresh.board, TaskFilter(), path, stamp=stamp) == 3
    )  # the task without a deadline is left out
    lines = unfold(path.read_bytes())
    assert lines[:3] == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Minutes//Task board//VI"]
    assert lines[-1] == "END:VCALENDAR"
    found = events(lines)
    assert len(found) == 3
    long = next(e for e in found if "giải phóng" in e["SUMMARY"])
    assert long["DTSTART;VALUE=DATE"] == "20210215" and long["DTEND;VALUE=DATE"] == "20210216"
    assert long["DTSTAMP"] == "20210301T083000Z"
    assert unescape(long["SUMMARY"]) == "Hạn: " + LONG
    assert "\\;" in long["SUMMARY"] and "\\," in long["SUMMARY"] and "\\\\" in long["SUMMARY"]
    description = unescape(long["DESCRIPTION"])
    assert description.startswith(LONG + "\nDòng thứ hai, có dấu phẩy\n")
    assert "Đơn vị chủ trì: Phòng Quản lý đô thị" in description and "Tình trạng: Quá hạn (0%)" in description
    assert long["STATUS"] == "CONFIRMED" and long["TRANSP"] == "TRANSPARENT"
    assert len(path.read_bytes().split(b"\r\n")) > len(lines)  # long lines were folded
    # UIDs: one per task, the same in the next export, different in another database
    uids = {e["UID"] for e in found}
    assert len(uids) == 3 and all(u.startswith("task-") for u in uids)
    again = tmp_path / "again.ics"
    export_ics(fresh.board, TaskFilter(unit_ids=(1,)), again, stamp=stamp + timedelta(days=1))
    assert {e["UID"] for e in events(unfold(again.read_bytes()))} <= uids
    assert f"task-{ids['long']}@" in " ".join(uids)


def test_fold_never_cuts_a_character_and_escape_covers_rfc_specials() -> None:
    line = "SUMMARY:" + "Nghị quyết về giải phóng mặt bằng ở phường Ngọc Thụy " * 4
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line
    assert escape_text("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    assert fold_line("x" * 75) == "x" * 75 and fold_line("x" * 76) == "x" * 75 + "\r\n x"


def test_an_export_to_a_folder_that_cannot_be_written_is_a_user_error(
    services: Services, tmp_path: Path
) -> None:
    tasks(services)
    with pytest.raises(ExportError) as info:
        export_xlsx(services.board, TaskFilter(), tmp_path / "missing-folder" / "x.xlsx")
    assert "missing-folder" in info.value.message
    assert not list(tmp_path.glob("**/*.part"))


def test_status_report_of_the_board_filter_uses_the_documents_builder(
    services: Services, fresh: Services, tmp_path: Path
) -> None:
    from docx import Document

    from minutes.services.task_exports import export_status_report, status_report_text

    ids = tasks(services)
    lead = fresh.tasks.get(ids["long"]).task.lead_unit_id
    assert lead is not None
    f = TaskFilter(
        unit_ids=(lead,), lead_only=True, deadline_from=date(2021, 2, 1), deadline_to=date(2021, 3, 31)
    )
    assert status_report_text(f, "Phòng Quản lý đô thị") == (
        "Tình hình thực hiện nhiệm vụ do Phòng Quản lý đô thị chủ trì",
        "Nhiệm vụ có thời hạn từ ngày 01/02/2021 đến ngày 31/03/2021",
    )
    path = tmp_path / "bao-cao.docx"
    with pytest.raises(NoProfile):  # no letterhead is invented: the default profile must be set up first
        export_status_report(fresh, f, path, unit_name="Phòng Quản lý đô thị")
    assert not path.exists()
    services.profile.save(demo_profile())
    assert export_status_report(fresh, f, path, unit_name="Phòng Quản lý đô thị") == 2
    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert "Phòng Quản lý đô thị" in text
    assert (
        "Long Biên, ngày 01 tháng 3 năm 2021" in cells
        and "(Kỳ báo cáo: Nhiệm vụ có thời hạn từ ngày 01/02/2021 "
        "đến ngày 31/03/2021; số liệu tính đến ngày 01/03/2021)"
        in text
    )  # dated the day it counts to
    assert LONG.split(",")[0] in cells  # the overdue task is listed
    assert "Báo cáo thu ngân sách" not in cells  # another unit's task is not
