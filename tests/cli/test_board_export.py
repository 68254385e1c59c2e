"""``minutes board-export`` as a user runs it: a subprocess on a database file, files read back."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from minutes.services import Actor, Database, Services


def run(*args: str, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "MINUTES_USER": "cli"}
    env.pop("MINUTES_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "minutes", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=check,
        timeout=120,
    )


def make_tasks(db: Path) -> dict[str, int]:
    database = Database(str(db))
    try:
        sv = Services(database, Actor("Thư ký"))
        qldt = sv.directory.create_unit("Phòng Quản lý đô thị", "QLĐT")
        tnmt = sv.directory.create_unit("Phòng Tài nguyên và Môi trường")
        meeting = sv.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
        ids = {
            "late": sv.tasks.create(
                meeting, "Giải phóng mặt bằng", lead_unit_id=qldt, deadline=date(2021, 1, 31)
            ),
            "other unit late": sv.tasks.create(
                meeting, "Xử lý rác thải", lead_unit_id=tnmt, deadline=date(2021, 1, 30)
            ),
            "coordinated": sv.tasks.create(
                meeting,
                "Cấp giấy chứng nhận",
                lead_unit_id=tnmt,
                coordinating_unit_ids=[qldt],
                deadline=date(2099, 1, 1),
            ),
            "no deadline": sv.tasks.create(meeting, "Tuyên truyền", lead_unit_id=qldt),
        }
        return ids
    finally:
        database.close()


def test_board_export_xlsx_and_ics_with_filters(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    make_tasks(db)
    out = tmp_path / "tasks.xlsx"
    result = run("board-export", "--format", "xlsx", "--unit", "quan ly do thi", "-o", str(out), db=db)
    assert result.stdout.strip() == f"Wrote 3 tasks to {out}"
    texts = [row[1].value for row in load_workbook(out).active.iter_rows(min_row=2)]
    assert texts == ["Giải phóng mặt bằng", "Cấp giấy chứng nhận", "Tuyên truyền"]

    ics = tmp_path / "han.ics"
    result = run(
        "board-export", "--format", "ics", "--status", "overdue", "--unit", "QLĐT", "-o", str(ics), db=db
    )
    assert result.stdout.strip() == f"Wrote 1 deadlines to {ics}"
    body = ics.read_bytes().decode("utf-8")
    assert body.count("BEGIN:VEVENT") == 1 and "SUMMARY:Hạn: Giải phóng mặt bằng\r\n" in body

    result = run("board-export", "--format", "ics", "--overdue", "-o", str(ics), db=db)
    assert result.stdout.strip() == f"Wrote 2 deadlines to {ics}"


def test_an_unknown_unit_is_a_user_error_not_a_crash(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    make_tasks(db)
    result = run(
        "board-export",
        "--format",
        "xlsx",
        "--unit",
        "Phòng",
        "-o",
        str(tmp_path / "x.xlsx"),
        db=db,
        check=False,
    )
    assert result.returncode == 2
    assert "several units match" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.xlsx").exists()
