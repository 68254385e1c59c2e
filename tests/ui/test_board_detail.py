"""The task detail driven like a person: report progress with an evidence file and open it, complete a
day late and read "Hoàn thành quá hạn", cancel and move the deadline with reasons kept in the history,
jump to the minutes; carry the open tasks into a follow-up meeting; the reminders at start."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QFileDialog, QWidget
from testkit.qt import type_vietnamese

from minutes.services import Services
from minutes.services.carryover import REVIEW_TITLE
from minutes.ui.app import make_context
from minutes.ui.board import BoardWindow, TaskBoard, install_board
from minutes.ui.board.dialogs import CompleteDialog, DeadlineDialog, ProgressDialog, ReasonDialog
from minutes.ui.board.followup import FollowUpDialog
from minutes.ui.board.model import COL_PROGRESS, COL_STATUS
from minutes.ui.board.reminders import RemindersDialog, UnitsDialog
from minutes.ui.board.reminders import show_reminders_at_start as reminders_at_start
from minutes.ui.context import UiContext
from minutes.ui.i18n import install_translators
from minutes.ui.settings import Settings

TODAY = date(2021, 3, 1)


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    context = make_context(services)
    yield context
    context.bus.close()


@pytest.fixture
def vietnamese() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, "vi")
    yield
    install_translators(app, "en")


def drive(monkeypatch: pytest.MonkeyPatch, cls: type, steps: Callable[[Any], None]) -> list[Any]:
    """Run ``cls``'s dialog like a person: shown, ``steps`` type and click in it, its buttons decide."""
    seen: list[Any] = []

    def exec_(self: Any) -> int:
        self.show()
        seen.append(self)
        steps(self)
        return int(self.result())

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_date(qtbot: Any, edit: Any, value: date) -> None:
    """Type a date into a date field as a person does: select the day, type the digits."""
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    QTest.keyClicks(edit, value.strftime("%d%m%Y"))
    assert edit.date() == QDate(value.year, value.month, value.day)


def setup_tasks(sv: Services) -> dict[str, int]:
    body = sv.directory.create_unit("Ban Thường vụ Quận ủy Long Biên")
    lead = sv.directory.create_unit("Phòng Quản lý đô thị")
    meeting = sv.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19), organisation_id=body)
    conclusion = sv.items.add_conclusion(meeting, "Đẩy nhanh giải phóng mặt bằng dự án đường 40m.")
    ids = {"meeting": meeting, "body": body, "lead": lead, "conclusion": conclusion}
    ids["gpmb"] = sv.tasks.create(
        meeting,
        "Đẩy nhanh giải phóng mặt bằng dự án đường 40m",
        lead_unit_id=lead,
        deadline=date(2021, 2, 10),
        source_kind="conclusion",
        source_id=conclusion,
    )
    ids["hồ sơ"] = sv.tasks.create(
        meeting, "Rà soát hồ sơ cấp giấy chứng nhận", lead_unit_id=lead, deadline=date(2021, 3, 5)
    )
    ids["done"] = sv.tasks.create(meeting, "Báo cáo thu ngân sách", deadline=date(2021, 2, 1))
    sv.tasks.complete(ids["done"], date(2021, 1, 30))
    return ids


def board_on(qtbot: Any, ctx: UiContext, task_id: int) -> TaskBoard:
    board = TaskBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 820)
    board.show()
    qtbot.waitExposed(board)
    row = board.model.row_of(task_id)
    rect = board.table.visualRect(board.model.index(row, 1))
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.detail.task_id == task_id
    return board


def test_report_progress_with_an_evidence_file_and_open_it(
    qtbot: Any,
    ctx: UiContext,
    services: Services,
    fresh: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = setup_tasks(services)
    evidence = tmp_path / "Biên bản bàn giao mặt bằng.pdf"
    evidence.write_bytes(b"%PDF-1.4 bien ban ban giao " + bytes(range(256)))
    board = board_on(qtbot, ctx, ids["hồ sơ"])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(evidence)], ""))

    def fill(dialog: ProgressDialog) -> None:
        dialog.percent.setFocus()
        dialog.percent.selectAll()
        QTest.keyClicks(dialog.percent, "60")
        dialog.note.setFocus()
        type_vietnamese(dialog.note, "Đã rà soát 180/300 hồ sơ; còn vướng đất công")
        click(qtbot, dialog.add_files)
        assert dialog.file_names() == [evidence.name] and dialog.paths() == (evidence,)
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, ProgressDialog, fill)
    with qtbot.waitSignal(board.detail.evidence.reported, timeout=10_000):  # read off the GUI thread
        click(qtbot, board.detail.report)

    [update] = fresh.tasks.get(ids["hồ sơ"]).updates
    assert (update.update_date, update.percent, update.note) == (
        TODAY,
        60,
        "Đã rà soát 180/300 hồ sơ; còn vướng đất công",
    )
    assert [a.file_name for a in update.attachments] == [evidence.name]
    assert fresh.tasks.attachment(update.attachments[0].id)[2] == evidence.read_bytes()
    # the screen follows: the history lists the update and its file, the list shows 60%
    detail = board.detail
    assert detail.updates_model.rowCount() == 1
    assert detail.updates_model.index(0, 2).data() == "Đã rà soát 180/300 hồ sơ; còn vướng đất công"
    assert detail.updates_model.index(0, 3).data() == evidence.name
    assert detail.files_model.index(0, 1).data() == evidence.name
    assert board.model.index(board.model.row_of(ids["hồ sơ"]), COL_PROGRESS).data() == "60%"
    qtbot.waitUntil(lambda: detail.progress.value() == 60)

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    rect = detail.files.visualRect(detail.files_model.index(0, 1))
    qtbot.mouseClick(detail.files.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(detail.evidence.extracted, timeout=10_000):  # copied out off the GUI thread
        qtbot.mouseDClick(detail.files.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1  # once, not once per signal
    with qtbot.waitSignal(detail.evidence.extracted, timeout=10_000):
        QTest.keyClick(detail.files, Qt.Key.Key_Return)  # or Enter on the chosen file
    assert len(opened) == 2
    url = opened[0]
    copy = Path(url.toLocalFile())
    assert copy.name == evidence.name and copy.read_bytes() == evidence.read_bytes()


def test_an_evidence_file_over_the_limit_is_refused_with_a_message_in_vietnamese(
    qtbot: Any,
    ctx: UiContext,
    services: Services,
    fresh: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: None,
) -> None:
    settings = Settings.in_file(tmp_path / "minutes.conf")
    assert settings.evidence_max_bytes == 50 * 1024 * 1024  # the default
    settings.evidence_max_mb = 1
    ctx.evidence_max_bytes = settings.evidence_max_bytes
    ids = setup_tasks(services)
    big = tmp_path / "ảnh hiện trường.jpg"
    big.write_bytes(b"\xff\xd8" + b"x" * (1024 * 1024 + 10))
    board = board_on(qtbot, ctx, ids["hồ sơ"])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(big)], ""))
    errors: list[str] = []

    def fill(dialog: ProgressDialog) -> None:
        dialog.note.setFocus()
        type_vietnamese(dialog.note, "Đã khảo sát hiện trường")
        click(qtbot, dialog.add_files)
        click(qtbot, dialog.ok_button)  # refused: the dialog stays open with the reason, nothing typed lost
        errors.append(dialog.error.text())
        assert dialog.isVisible() and dialog.note.toPlainText() == "Đã khảo sát hiện trường"
        dialog.reject()

    drive(monkeypatch, ProgressDialog, fill)
    click(qtbot, board.detail.report)
    assert errors[0].startswith("Tệp ảnh hiện trường.jpg có dung lượng 1.1 MB, vượt quá giới hạn 1 MB")
    assert errors[0].endswith("Chưa có gì được lưu.")
    assert fresh.tasks.get(ids["hồ sơ"]).updates == []

    # a file that grows past the limit after the dialog checked it is refused by the worker that reads it
    small = tmp_path / "biên bản.pdf"
    small.write_bytes(b"%PDF")
    with qtbot.waitSignal(board.detail.evidence.failed, timeout=10_000) as failed:
        board.detail.evidence.report(ids["hồ sơ"], TODAY, 10, "", (small, big))
    assert "ảnh hiện trường.jpg" in failed.args[0]
    assert board.detail.message.text() == failed.args[0]
    assert fresh.tasks.get(ids["hồ sơ"]).updates == []  # all or nothing


def test_completing_a_day_late_reads_hoan_thanh_qua_han(
    qtbot: Any,
    ctx: UiContext,
    services: Services,
    fresh: Services,
    monkeypatch: pytest.MonkeyPatch,
    vietnamese: None,
) -> None:
    ids = setup_tasks(services)
    board = board_on(qtbot, ctx, ids["gpmb"])
    verdicts = []

    def fill(dialog: CompleteDialog) -> None:
        type_date(qtbot, dialog.date, date(2021, 2, 11))  # the deadline was 10/02/2021
        verdicts.append(dialog.verdict.text())
        type_vietnamese(dialog.note, "Đã bàn giao mặt bằng")
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, CompleteDialog, fill)
    click(qtbot, board.detail.complete)
    assert "1 ngày" in verdicts[0] and "quá hạn" in verdicts[0].lower()
    task = fresh.tasks.get(ids["gpmb"]).task
    assert (task.completed_on, task.status.value, task.progress) == (date(2021, 2, 11), "done_late", 100)
    assert board.detail.status.text().startswith("Hoàn thành quá hạn")
    row = board.model.row_of(ids["gpmb"])
    assert board.model.index(row, COL_STATUS).data() == "Hoàn thành quá hạn"
    assert board.detail.events_model.index(0, 1).data() == "Hoàn thành"
    assert board.detail.reopen.isEnabled() and not board.detail.complete.isEnabled()


def test_cancel_reopen_and_move_the_deadline_keep_their_reasons(
    qtbot: Any, ctx: UiContext, services: Services, fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = setup_tasks(services)
    board = board_on(qtbot, ctx, ids["hồ sơ"])

    def move(dialog: DeadlineDialog) -> None:
        type_date(qtbot, dialog.date, date(2021, 4, 30))
        click(qtbot, dialog.ok_button)  # refused: a deadline that was set needs a reason
        assert dialog.error.isVisible() and dialog.result() == 0
        dialog.reason.setFocus()
        type_vietnamese(dialog.reason, "Chờ thành phố phê duyệt giá đất")
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, DeadlineDialog, move)
    click(qtbot, board.detail.move_deadline)
    task = fresh.tasks.get(ids["hồ sơ"])
    assert task.task.deadline == date(2021, 4, 30)
    moved = [e for e in task.events if e.kind == "deadline_changed"]
    assert [(e.old_value, e.new_value, e.note) for e in moved] == [
        ("2021-03-05", "2021-04-30", "Chờ thành phố phê duyệt giá đất")
    ]
    history = board.detail.events_model
    assert (history.index(0, 1).data(), history.index(0, 2).data(), history.index(0, 3).data()) == (
        "Deadline changed",
        "05/03/2021 → 30/04/2021",
        "Chờ thành phố phê duyệt giá đất",
    )

    def cancel(dialog: ReasonDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # no reason yet
        dialog.reason.setFocus()
        type_vietnamese(dialog.reason, "Gộp vào nhiệm vụ giải phóng mặt bằng")
        assert dialog.ok_button.isEnabled()
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, ReasonDialog, cancel)
    click(qtbot, board.detail.cancel)
    task = fresh.tasks.get(ids["hồ sơ"]).task
    assert (task.status.value, task.cancel_reason) == ("cancelled", "Gộp vào nhiệm vụ giải phóng mặt bằng")
    assert "Gộp vào nhiệm vụ" in board.detail.status.text()

    def reopen(dialog: ReasonDialog) -> None:  # reopening needs a reason too (issue 15 item 16)
        assert not dialog.ok_button.isEnabled()
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()  # Ctrl+Enter does not get past it either
        dialog.reason.setFocus()
        type_vietnamese(dialog.reason, "Sản phẩm chưa được nghiệm thu")
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, ReasonDialog, reopen)
    click(qtbot, board.detail.reopen)
    task_after = fresh.tasks.get(ids["hồ sơ"])
    assert task_after.task.status.is_open
    assert [e.note for e in task_after.events if e.kind == "reopened"] == ["Sản phẩm chưa được nghiệm thu"]


def test_the_source_link_asks_to_open_the_minutes_at_the_item(
    qtbot: Any, ctx: UiContext, services: Services
) -> None:
    ids = setup_tasks(services)
    board = board_on(qtbot, ctx, ids["gpmb"])
    assert "Đẩy nhanh giải phóng mặt bằng dự án đường 40m." in board.detail.source.text()
    with qtbot.waitSignal(board.open_source) as signal:
        click(qtbot, board.detail.go_source)
    assert signal.args == [ids["meeting"], "conclusion", ids["conclusion"]]


def test_carry_the_open_tasks_into_a_follow_up_meeting(
    qtbot: Any,
    ctx: UiContext,
    services: Services,
    fresh: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from minutes.ui.app import start

    ids = setup_tasks(services)
    window = start(
        services,
        Settings.in_file(tmp_path / "s.ini"),
        with_demo=False,
        ask_demo=lambda _p: False,
        ask_recovery=lambda _p, _d: "later",
        reminders=False,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    install = install_board(window, window.ctx, window.settings, reminders_at_start=False)
    assert install is window._board_install  # the shell installed it at start; once per window
    window.open_meeting(ids["meeting"])
    previews = []

    def fill(dialog: FollowUpDialog) -> None:
        # a new title is proposed, not the earlier one copied; the same title is refused
        assert dialog.title.text() == "Làm việc với phường Long Biên ngày 01/03/2021"
        dialog.title.setFocus()
        dialog.title.selectAll()
        type_vietnamese(dialog.title, "Làm việc với phường Long Biên")
        click(qtbot, dialog.ok_button)
        assert dialog.error.isVisible() and dialog.result() == 0
        dialog.title.selectAll()
        type_vietnamese(dialog.title, "Giao ban tháng 3 với phường Long Biên")
        type_date(qtbot, dialog.date, date(2021, 3, 10))
        previews.append([dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())])
        previews.append(dialog.count.text())
        # untick the second task: Space on its row
        dialog.tasks.setFocus()
        dialog.tasks.setCurrentIndex(dialog.model.index(1, 0))
        QTest.keyClick(dialog.tasks, Qt.Key.Key_Space)
        previews.append(dialog.count.text())
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, FollowUpDialog, fill)
    QTest.keyClick(
        window.focusWidget() or window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.editor.meeting_id not in (None, ids["meeting"]))
    assert previews[0] == [
        "Đẩy nhanh giải phóng mặt bằng dự án đường 40m",
        "Rà soát hồ sơ cấp giấy chứng nhận",
    ]
    assert "review 2 of the 2 open task(s)" in previews[1] and "review 1 of the 2" in previews[2]
    new = window.editor.meeting_id
    meeting = fresh.meetings.get(new)
    assert meeting.title == "Giao ban tháng 3 với phường Long Biên" and meeting.meeting_date == date(
        2021, 3, 10
    )
    [report] = meeting.reports
    assert report.title == REVIEW_TITLE
    assert report.figures == []  # a section of text, not rows of a figures table
    lines = report.summary.split("\n")
    assert len(lines) == 2 and lines[1].startswith(f"1. {previews[0][0]} (")
    assert "Quá hạn; tiến độ 0%; giao tại cuộc họp ngày 19/01/2021" in lines[1]
    assert [link.task_id for link in fresh.carryover.links(new)] == [ids["gpmb"]]
    # the board shows where each task was reviewed
    board_window = install.open()
    qtbot.waitExposed(board_window)
    board_window.show_task(ids["gpmb"])
    assert "Giao ban tháng 3" in board_window.board.detail.reviewed.text()
    board_window.hide()


def test_reminders_at_start_do_not_block_and_follow_my_units(
    qtbot: Any, ctx: UiContext, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ids = setup_tasks(services)
    other = services.directory.create_unit("Phòng Tài nguyên và Môi trường")
    meeting = ids["meeting"]
    services.tasks.create(meeting, "Xử lý ô nhiễm kênh", lead_unit_id=other, deadline=date(2021, 2, 20))
    settings = Settings.in_file(tmp_path / "settings.ini")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = reminders_at_start(parent, ctx, settings)
    assert isinstance(dialog, RemindersDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()  # the user keeps working
    assert (dialog.overdue_model.rowCount(), dialog.soon_model.rowCount()) == (2, 1)  # every unit

    def tick(units: UnitsDialog) -> None:
        units.search.setFocus()
        type_vietnamese(units.search, "quan ly do thi")
        assert units.model.rowCount() == 1
        rect = units.list.visualRect(units.model.index(0))
        units.list.setCurrentIndex(units.model.index(0))
        QTest.keyClick(units.list, Qt.Key.Key_Space)  # tick it
        units.accept()
        assert rect.isValid()

    drive(monkeypatch, UnitsDialog, tick)
    click(qtbot, dialog.units_button)
    assert settings.reminder_unit_ids == (ids["lead"],)
    assert [dialog.overdue_model.index(r, 1).data() for r in range(dialog.overdue_model.rowCount())] == [
        "Đẩy nhanh giải phóng mặt bằng dự án đường 40m"
    ]
    assert dialog.soon_model.index(0, 1).data() == "Rà soát hồ sơ cấp giấy chứng nhận"
    assert "Phòng Quản lý đô thị" in dialog.summary.text()
    with qtbot.waitSignal(dialog.board_requested) as wanted:
        click(qtbot, dialog.board_button)
    f = wanted.args[0]
    assert (f.unit_ids, f.overdue_only, f.due_within_days) == ((ids["lead"],), True, 7)
    window = BoardWindow(ctx)
    qtbot.addWidget(window)
    window.show_filter(f)
    assert sorted(window.board.model.row_at(r).id for r in range(window.board.model.rowCount())) == sorted(
        [ids["gpmb"], ids["hồ sơ"]]
    )
    # turned off: nothing at the next start
    click(qtbot, dialog.at_start)
    assert settings.reminder_at_start is False
    assert reminders_at_start(parent, ctx, settings) is None


def test_nothing_to_remind_shows_nothing(
    qtbot: Any, ctx: UiContext, services: Services, tmp_path: Path
) -> None:
    meeting = services.meetings.create("Họp", date(2021, 1, 19))
    services.tasks.create(meeting, "Còn lâu mới đến hạn", deadline=date(2021, 12, 31))
    assert reminders_at_start(None, ctx, Settings.in_file(tmp_path / "s.ini")) is None
    QApplication.processEvents()
    _ = QPoint


def test_ctrl_z_on_the_board_undoes_the_last_action_on_the_task_shown(
    qtbot: Any, ctx: UiContext, services: Services, fresh: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = setup_tasks(services)
    services.tasks.complete(ids["hồ sơ"], date(2021, 2, 20))  # the latest action of all, on another task
    board = board_on(qtbot, ctx, ids["gpmb"])
    detail = board.detail

    def fill(dialog: CompleteDialog) -> None:
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, CompleteDialog, fill)
    click(qtbot, detail.complete)
    assert fresh.tasks.get(ids["gpmb"]).task.completed_on == TODAY
    board.activateWindow()
    detail.files.setFocus()
    qtbot.waitUntil(detail.files.hasFocus)
    QTest.keyClick(detail.files, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fresh.tasks.get(ids["gpmb"]).task.completed_on is None  # this task's own action...
    assert fresh.tasks.get(ids["hồ sơ"]).task.completed_on == date(2021, 2, 20)  # ...not the other one
    qtbot.waitUntil(lambda: detail.complete.isEnabled())  # the panel shows it
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(detail.files, Qt.Key.Key_Z, shift_ctrl)
    assert fresh.tasks.get(ids["gpmb"]).task.completed_on == TODAY
