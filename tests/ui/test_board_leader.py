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
