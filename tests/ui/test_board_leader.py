"""The leader's board items of issue 15, driven by clicks and keys: clearing filters clears the state
chips too, every export states its scope, the default order and columns, the window's keys..."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from benchmarks.synthetic import generate
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutes.domain.status import TaskStatus
from minutes.export.profile import OrgProfileData, with_value
from minutes.services import Services
from minutes.ui.app import make_context
from minutes.ui.board import TaskBoard
from minutes.ui.context import UiContext

TODAY = date(2021, 3, 1)


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    context = make_context(services)
    yield context
    context.bus.close()


@pytest.fixture
def generated(services: Services) -> Services:
    generate(services.db.engine, 600, seed=11, today=TODAY, units=10, people=20)
    return services


def all_rows(board: TaskBoard) -> list[int]:
    model = board.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(i).id for i in range(model.rowCount())]  # type: ignore[union-attr]


def counted(board: TaskBoard) -> None:
    board.counter.wait()
    QApplication.processEvents()


def open_board(qtbot, ctx: UiContext) -> TaskBoard:  # noqa: ANN001 - pytest-qt's fixture
    board = TaskBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1300, 760)
    board.show()
    qtbot.waitExposed(board)
    return board


def test_clear_filters_clears_the_state_chips_too(qtbot, ctx: UiContext, generated: Services) -> None:  # noqa: ANN001
    board = open_board(qtbot, ctx)
    counted(board)
    total = board.chips.shown()
    qtbot.mouseClick(board.chips.chips[TaskStatus.OVERDUE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(board.filters.due, Qt.MouseButton.LeftButton)
    counted(board)
    assert board.chips.chips[TaskStatus.OVERDUE].isChecked() and len(all_rows(board)) < total
    qtbot.mouseClick(board.filters.clear, Qt.MouseButton.LeftButton)
    counted(board)
    assert not any(chip.isChecked() for chip in board.chips.chips.values())
    assert not board.filters.due.isChecked()
    assert board.model.filter.statuses == frozenset() and not board.model.filter.due_within_days
    assert len(all_rows(board)) == total == board.chips.shown()
    assert str(total).replace(",", "") in board.chips.total.text().replace(".", "")


def test_every_export_states_its_filter(qtbot, ctx: UiContext, generated: Services, tmp_path: Path) -> None:  # noqa: ANN001
    generated.profile.save(with_value(OrgProfileData(), "issuing_body", "VĂN PHÒNG ỦY BAN NHÂN DÂN QUẬN"))
    board = open_board(qtbot, ctx)
    qtbot.mouseClick(board.chips.chips[TaskStatus.OVERDUE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(board.chips.chips[TaskStatus.NOT_STARTED], Qt.MouseButton.LeftButton)
    paths = iter(
        [
            str(tmp_path / "a.xlsx"),
            str(tmp_path / "b.ics"),
            str(tmp_path / "c.docx"),
            str(tmp_path / "d.docx"),
        ]
    )
    board.choose_file = lambda *_args: next(paths)  # type: ignore[method-assign]
    board.export_xlsx_action.trigger()
    book = load_workbook(tmp_path / "a.xlsx")
    scope = book["Phạm vi"]["B1"].value
    assert "Quá hạn" in scope and "Chưa thực hiện" in scope
    board.export_ics_action.trigger()
    assert "X-WR-CALDESC:Phạm vi: tình trạng: Quá hạn" in (tmp_path / "b.ics").read_text("utf-8")
    board.export_report_action.trigger()
    from docx import Document

    text = "\n".join(p.text for p in Document(str(tmp_path / "c.docx")).paragraphs)
    assert "(Phạm vi: tình trạng: Quá hạn, Chưa thực hiện)" in text
    qtbot.mouseClick(board.filters.clear, Qt.MouseButton.LeftButton)
    board.export_report_action.trigger()
    text = "\n".join(p.text for p in Document(str(tmp_path / "d.docx")).paragraphs)
    assert "(Phạm vi: tất cả nhiệm vụ (không lọc))" in text


def test_the_board_opens_on_open_work_with_the_decision_columns_first(
    qtbot,
    ctx: UiContext,
    generated: Services,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from minutes.ui.board.model import COL_DEADLINE, COL_LEAD, COL_PROGRESS, COL_STATUS, COL_STT, COL_TEXT
    from minutes.ui.settings import Settings

    settings = Settings.in_file(tmp_path / "settings.ini")
    board = TaskBoard(ctx, settings=settings)
    qtbot.addWidget(board)
    board.resize(1300, 760)
    board.show()
    qtbot.waitExposed(board)
    counted(board)
    # open and overdue work first, each state by deadline; finished work after
    rows = [board.model.row_at(i) for i in range(board.model.rowCount())]
    open_states = (TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED)
    assert rows[0].status is TaskStatus.OVERDUE
    opens = board.chips.counts[TaskStatus.OVERDUE] + board.chips.counts[TaskStatus.IN_PROGRESS]
    assert all(r.status in open_states for r in rows[: min(opens, len(rows))])
    overdue = [r.deadline for r in rows if r.status is TaskStatus.OVERDUE]
    assert overdue == sorted(overdue)
    # the columns a leader decides by come first, as shown on screen
    header = board.table.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(5)]
    assert shown == [COL_STT, COL_STATUS, COL_DEADLINE, COL_PROGRESS, COL_LEAD]
    # no detail pane until a task is chosen; clicking a row shows it
    assert board.detail.isHidden() and board.table.width() > 1100
    rect = board.table.visualRect(board.model.index(0, COL_TEXT))
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(board.detail.isVisible)
    assert board.detail.task_id == rows[0].id
    # the user's column layout is remembered: moved by dragging the header section, found again
    header.moveSection(header.visualIndex(COL_TEXT), 1)
    header.resizeSection(COL_LEAD, 333)
    qtbot.waitUntil(lambda: bool(Settings.in_file(tmp_path / "settings.ini").board_columns), timeout=3000)
    again = TaskBoard(ctx, settings=Settings.in_file(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    moved = again.table.horizontalHeader()
    assert moved.logicalIndex(1) == COL_TEXT and moved.sectionSize(COL_LEAD) == 333
    assert again.model.filter.sort is board.model.filter.sort


# --- item 16: the deadline dialog, evidence files, closing, numbers -----------------------------------


def test_the_deadline_dialog_types_whole_dates_has_no_stale_error_and_no_literal_ampersand(
    qtbot,  # noqa: ANN001
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from minutes.ui.board.dialogs import DeadlineDialog

    dialog = DeadlineDialog(None, current=date(2021, 3, 5), earliest=date(2021, 1, 19), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # the labels' "&" are mnemonics of their fields, not text shown as is
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    assert labels["&New deadline:"].buddy() is dialog.date
    assert labels["&Reason:"].buddy() is dialog.reason
    # OK on the current deadline: said; changing the date takes the message away
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "current deadline" in dialog.error.text()
    # Ctrl+A then a whole date, with or without separators
    dialog.date.setFocus()
    QTest.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.date, "15062021")
    assert dialog.date.date() == QDate(2021, 6, 15)
    assert not dialog.error.isVisible()
    QTest.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.date, "30/04/2021")
    assert dialog.date.date() == QDate(2021, 4, 30)


def test_two_evidence_files_attach_both_and_show_their_names(
    qtbot,
    ctx: UiContext,
    services: Services,
    fresh: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from minutes.ui.board.dialogs import ProgressDialog

    meeting = services.meetings.create("Giao ban", date(2021, 1, 19))
    task = services.tasks.create(meeting, "Rà soát hồ sơ", deadline=date(2021, 3, 31))
    files = [tmp_path / "Biên bản.pdf", tmp_path / "Ảnh hiện trường.jpg"]
    for n, path in enumerate(files):
        path.write_bytes(bytes([n]) * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in files], ""))
    board = open_board(qtbot, ctx)
    board.show_task(task)
    qtbot.waitUntil(board.detail.isVisible)

    def exec_(dialog: ProgressDialog) -> int:
        dialog.show()
        qtbot.mouseClick(dialog.add_files, Qt.MouseButton.LeftButton)
        assert dialog.file_names() == ["Biên bản.pdf", "Ảnh hiện trường.jpg"]  # names, not full paths
        assert dialog.files_model.item(0).toolTip() == str(files[0])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(ProgressDialog, "exec", exec_)
    with qtbot.waitSignal(board.detail.evidence.reported, timeout=10_000):
        qtbot.mouseClick(board.detail.report, Qt.MouseButton.LeftButton)
    [update] = fresh.tasks.get(task).updates
    assert sorted(a.file_name for a in update.attachments) == sorted(p.name for p in files)


def test_an_extended_deadline_is_marked_in_the_list(qtbot, ctx: UiContext, services: Services) -> None:  # noqa: ANN001
    from minutes.ui.board.model import COL_DEADLINE

    meeting = services.meetings.create("Giao ban", date(2021, 1, 19))
    moved = services.tasks.create(meeting, "Gia hạn", deadline=date(2021, 3, 5))
    kept = services.tasks.create(meeting, "Giữ hạn", deadline=date(2021, 3, 6))
    version = services.tasks.get(moved).task.version
    services.tasks.update(
        moved, deadline=date(2021, 4, 30), deadline_reason="Chờ phê duyệt", expected_version=version
    )
    board = open_board(qtbot, ctx)
    text = board.model.index(board.model.row_of(moved), COL_DEADLINE).data()
    assert text == "30/04/2021 · extended"
    assert "extended" in board.model.index(board.model.row_of(moved), COL_DEADLINE).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert board.model.index(board.model.row_of(kept), COL_DEADLINE).data() == "06/03/2021"


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_the_board_window_closes_with_ctrl_w_and_esc(
    qtbot,
    ctx: UiContext,
    services: Services,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,  # noqa: ANN001
) -> None:
    from PySide6.QtTest import QTest

    from minutes.ui.board import BoardWindow

    window = BoardWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10_000)
    window.board.table.setFocus()
    QTest.keyClick(window.board.table, key, modifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_numbers_on_the_board_are_grouped_the_vietnamese_way() -> None:
    from minutes.ui.board.chips import StatusChips, with_count

    chips = StatusChips()
    chips.set_counts({TaskStatus.OVERDUE: 1545, TaskStatus.IN_PROGRESS: 8455})
    assert chips.chips[TaskStatus.OVERDUE].text().endswith("1.545")
    assert chips.total.text() == "10.000 task(s) shown"
    assert with_count("3630 day(s) late", 3630) == "3.630 day(s) late"


# --- item 14: carry-over -------------------------------------------------------------------------------


def test_carrying_many_tasks_shows_progress_and_keeps_only_the_ticked(
    qtbot,
    ctx: UiContext,
    services: Services,
    fresh: Services,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from minutes.ui.board.followup import FollowUpDialog

    body = services.directory.create_unit("UBND quận")
    previous = services.meetings.create("Giao ban tháng 2", date(2021, 2, 15), organisation_id=body)
    older = services.meetings.create("Giao ban tháng 1", date(2021, 1, 15), organisation_id=body)
    tasks = [services.tasks.create(previous, f"Nhiệm vụ {n}", deadline=date(2021, 4, 1)) for n in range(120)]
    old_task = services.tasks.create(older, "Việc tháng 1", deadline=date(2021, 2, 1))
    steps: list[int] = []
    monkeypatch.setattr(QProgressDialog, "setValue", lambda _self, value: steps.append(value))
    dialog = FollowUpDialog(ctx, services.meetings.get(previous))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "Giao ban tháng 3"  # proposed from the earlier title and the new date
    assert dialog.model.rowCount() == 120  # the meeting's own open tasks, not the body's
    from PySide6.QtCore import QPoint

    box = dialog.series  # and its series' (a click on the box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert dialog.model.rowCount() == 121
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_ids() == [] and "review 0 of the 121" in dialog.count.text()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    dialog.tasks.setFocus()
    dialog.tasks.setCurrentIndex(dialog.model.index(0, 0))  # the older meeting's task comes first
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog.tasks, Qt.Key.Key_Space)
    assert len(dialog.chosen_ids()) == 120
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.meeting_id is not None and steps and steps[-1] == 120
    carried = [link.task_id for link in fresh.carryover.links(dialog.meeting_id)]
    assert carried == tasks and old_task not in carried


# --- item 15: charts and reminders ---------------------------------------------------------------------


def test_the_charts_count_every_state_show_numbers_and_say_when_empty(
    qtbot,
    ctx: UiContext,
    generated: Services,  # noqa: ANN001
) -> None:
    from minutes.ui.board import BoardWindow

    window = BoardWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    qtbot.waitExposed(window)
    board, overview = window.board, window.overview
    counted(board)
    with qtbot.waitSignal(overview.drawn, timeout=10_000):
        window.tabs.setCurrentWidget(overview)  # tab by click would do the same: counted when shown
    [series] = overview.unit_chart.series()
    sets = {bar.label(): bar for bar in series.barSets()}
    # "Chưa thực hiện" and "Đã hủy" have their own bars; the bars add up to the chips' total
    assert {"Not started", "Cancelled"} <= set(sets)
    bars_total = sum(bar.at(i) for bar in sets.values() for i in range(bar.count()))
    assert bars_total == board.chips.shown() == sum(board.chips.counts.values())
    assert series.isLabelsVisible()  # the numbers on the bars
    units = list(reversed(overview.units))
    tip = overview.tip(units, 0, TaskStatus.OVERDUE)
    assert units[0].unit_name in tip and f"Overdue: {units[0].counts[TaskStatus.OVERDUE]} task(s)" in tip
    # a filter matching nothing: the charts say so
    window.tabs.setCurrentWidget(board)
    board.filters.text.setText("khongcogi")
    board.filters.text.returnPressed.emit()
    with qtbot.waitSignal(overview.drawn, timeout=10_000):
        window.tabs.setCurrentWidget(overview)
    assert "no task matches" in overview.unit_chart.title()
    assert "none completed" in overview.time_chart.title()


def test_reminders_list_the_most_recently_overdue_first(
    qtbot,
    ctx: UiContext,
    services: Services,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from PySide6.QtWidgets import QWidget

    from minutes.ui.board.reminders import RemindersDialog
    from minutes.ui.settings import Settings

    meeting = services.meetings.create("Giao ban", date(2016, 1, 5))
    ancient = services.tasks.create(meeting, "Việc từ năm 2016", deadline=date(2016, 2, 1))
    recent = services.tasks.create(meeting, "Việc mới quá hạn", deadline=date(2021, 2, 26))
    middle = services.tasks.create(meeting, "Việc năm 2020", deadline=date(2020, 6, 1))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = RemindersDialog(ctx, Settings.in_file(tmp_path / "s.ini"), parent)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [dialog.overdue_model.index(r, 1).data() for r in range(dialog.overdue_model.rowCount())]
    assert shown == ["Việc mới quá hạn", "Việc năm 2020", "Việc từ năm 2016"]
    assert [r.id for r in dialog.reminders.overdue] == [recent, middle, ancient]  # type: ignore[union-attr]


# --- item 17: exports from the board -------------------------------------------------------------------


def test_board_exports_name_the_file_what_and_when_and_open_it(
    qtbot,
    ctx: UiContext,
    generated: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    board = open_board(qtbot, ctx)
    asked: list[str] = []

    def choose(_title: str, suggested: str, _pattern: str) -> str:
        asked.append(suggested)
        return str(tmp_path / suggested)

    board.choose_file = choose  # type: ignore[method-assign]
    board.export_xlsx_action.trigger()
    board.export_ics_action.trigger()
    assert asked == ["task-list-2021-03-01.xlsx", "task-deadlines-2021-03-01.ics"]
    assert board.open_export.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(board.open_export, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "task-deadlines-2021-03-01.ics"]


def test_the_status_report_from_the_board_previews_prints_and_saves_with_its_scope(
    qtbot,
    ctx: UiContext,
    generated: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from minutes.export import pdf

    monkeypatch.setenv(pdf.ENV_SOFFICE, str(tmp_path / "none"))  # the simplified preview: no LibreOffice
    generated.profile.save(with_value(OrgProfileData(), "issuing_body", "VĂN PHÒNG ỦY BAN NHÂN DÂN QUẬN"))
    board = open_board(qtbot, ctx)
    qtbot.mouseClick(board.chips.chips[TaskStatus.OVERDUE], Qt.MouseButton.LeftButton)
    board.export_document_action.trigger()
    dialog = board.export_dialog  # the board's child, deleted when closed
    qtbot.waitExposed(dialog)
    assert Path(dialog.path_edit.text()).name.startswith("bao-cao-tinh-hinh-nhiem-vu-2021-03-01")
    with qtbot.waitSignal(dialog.pages_ready, timeout=20_000) as ready:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "Phạm vi: tình trạng: Quá hạn" in ready.args[0].html
    dialog.path_edit.setText(str(tmp_path / "report.docx"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    from docx import Document

    text = "\n".join(p.text for p in Document(str(tmp_path / "report.docx")).paragraphs)
    assert "(Phạm vi: tình trạng: Quá hạn)" in text
    assert dialog.open_button.isVisible()  # "open file" after export
    if dialog.preview is not None:
        dialog.preview.close()
    dialog.close()
