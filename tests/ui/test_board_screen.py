"""The board as it is painted (issue 17: the board on screen as fast as its queries): every cell is
painted from its row by the board's own delegate (colours, alignment, two wrapped lines, the
selection), a filter change reads one page and counts once, the counts asked before the page is read,
and a meeting chosen from outside shows its date and title in the filter bar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import event, func, select

from minutes.db import models as m
from minutes.domain.status import TaskStatus
from minutes.services import Services
from minutes.services.board import TaskFilter
from minutes.ui.app import make_context
from minutes.ui.board import TaskBoard
from minutes.ui.board.cells import BoardDelegate
from minutes.ui.board.model import COL_STT, COL_TEXT, OVERDUE_BG, OVERDUE_FG
from minutes.ui.context import UiContext

TODAY = date(2021, 3, 1)
LONG = (
    "Rà soát, hoàn thiện hồ sơ giải phóng mặt bằng dự án mở rộng đường Nguyễn Văn Cừ đoạn qua phường "
    "Bồ Đề, báo cáo Ban Thường vụ Quận ủy kết quả thực hiện và những vướng mắc cần tháo gỡ"
)


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    context = make_context(services)
    yield context
    context.bus.close()


def open_board(qtbot, ctx: UiContext) -> TaskBoard:  # noqa: ANN001 - pytest-qt's fixture
    board = TaskBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 820)
    board.show()
    qtbot.waitExposed(board)
    board.counter.wait()
    QApplication.processEvents()
    return board


def cell_image(board: TaskBoard, row: int, column: int) -> tuple[QImage, QRect]:
    """The list as painted now, and the rectangle of one cell in it."""
    table = board.table
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = table.visualRect(board.model.index(row, column))
    return image, QRect(
        int(rect.x() * ratio), int(rect.y() * ratio), int(rect.width() * ratio), int(rect.height() * ratio)
    )


def near(colour: QColor, wanted: QColor, slack: int = 24) -> bool:
    return all(
        abs(a - b) <= slack
        for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True)  # type: ignore[arg-type]
    )


def ink(image: QImage, rect: QRect, background: QColor) -> list[tuple[int, int, QColor]]:
    """The pixels of ``rect`` that are not its background (the text drawn in it)."""
    found = []
    for y in range(rect.top() + 1, rect.bottom()):
        for x in range(rect.left() + 1, rect.right()):
            colour = image.pixelColor(x, y)
            if not near(colour, background, 40):
                found.append((x, y, colour))
    return found


def test_each_cell_is_painted_from_its_row(qtbot, ctx: UiContext, services: Services) -> None:  # noqa: ANN001
    meeting = services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    late = services.tasks.create(meeting, LONG, deadline=TODAY - timedelta(days=3))
    later = services.tasks.create(meeting, "Báo cáo", deadline=TODAY + timedelta(days=40))
    board = open_board(qtbot, ctx)
    table, model = board.table, board.model
    assert all(isinstance(table.itemDelegateForColumn(c), BoardDelegate) for c in range(model.columnCount()))
    rows = {model.row_at(r).id: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert set(rows) == {late, later}

    # the overdue task: its red background, its text in red over two lines, the second one cut with "…"
    image, rect = cell_image(board, rows[late], COL_TEXT)
    assert near(image.pixelColor(rect.left() + 2, rect.top() + 2), OVERDUE_BG, 4)
    drawn = ink(image, rect, OVERDUE_BG)
    assert drawn and all(not near(c, QColor("#000000"), 40) for _, _, c in drawn)  # no black text
    assert any(near(c, OVERDUE_FG, 60) for _, _, c in drawn)
    middle = rect.center().y()
    assert any(y < middle - 2 for _, y, _ in drawn) and any(y > middle + 2 for _, y, _ in drawn)
    lines = board.lines_delegate.wrap(LONG, table.columnWidth(COL_TEXT))
    assert len(lines) == 2 and lines[-1].endswith("…")

    # the other task: no red, its text in the palette's text colour; its number at the right of "No."
    image, rect = cell_image(board, rows[later], COL_TEXT)
    base = image.pixelColor(rect.left() + 2, rect.top() + 2)
    assert not near(base, OVERDUE_BG, 4)
    text = table.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    drawn = ink(image, rect, base)
    assert drawn and any(near(c, text, 60) for _, _, c in drawn)
    assert not any(near(c, OVERDUE_FG, 30) for _, _, c in drawn)
    image, rect = cell_image(board, rows[later], COL_STT)
    drawn = ink(image, rect, image.pixelColor(rect.left() + 2, rect.top() + 2))
    assert drawn and min(x for x, _, _ in drawn) > rect.center().x()  # right-aligned, as before

    # selected: the row in the highlight colour, its text in the highlighted text colour
    table.setFocus()
    table.selectRow(rows[late])
    QApplication.processEvents()
    image, rect = cell_image(board, rows[late], COL_TEXT)
    group = QPalette.ColorGroup.Active if table.isActiveWindow() else QPalette.ColorGroup.Inactive
    highlight = table.palette().color(group, QPalette.ColorRole.Highlight)
    assert near(image.pixelColor(rect.left() + 2, rect.top() + 2), highlight, 8)
    drawn = ink(image, rect, highlight)
    assert drawn and not any(near(c, OVERDUE_FG, 30) for _, _, c in drawn)


def test_opening_the_board_reads_its_first_page_once(qtbot, ctx: UiContext, services: Services) -> None:  # noqa: ANN001
    meeting = services.meetings.create("Giao ban tháng 1", date(2021, 1, 4))
    for n in range(3):
        services.tasks.create(meeting, f"Nhiệm vụ {n}", deadline=TODAY + timedelta(days=n * 20 - 30))
    pages: list[TaskFilter] = []
    page = services.board.page

    def read_page(f, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        pages.append(f)
        return page(f, *args, **kwargs)

    services.board.page = read_page  # type: ignore[method-assign]
    board = open_board(qtbot, ctx)
    # the view's sorting switched on while the board is built read a page of its own before (twice in all)
    assert pages == [board.model.filter]
    assert board.model.rowCount() == 3
    assert board.table.horizontalHeader().sortIndicatorSection() == board.model.sort_column()


def test_a_filter_change_reads_one_page_and_counts_once_asked_first(
    qtbot, ctx: UiContext, services: Services
) -> None:  # noqa: ANN001
    meeting = services.meetings.create("Giao ban tháng 1", date(2021, 1, 4))
    for n in range(5):
        services.tasks.create(meeting, f"Nhiệm vụ {n}", deadline=TODAY + timedelta(days=n * 20 - 30))
    board = open_board(qtbot, ctx)
    calls: list[str] = []
    page, counts, submit = services.board.page, services.board.counts_by_status, board.counter.submit

    def read_page(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append("page")
        return page(*args, **kwargs)

    def count(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append("count")
        return counts(*args, **kwargs)

    def asked(job):  # noqa: ANN001, ANN202
        calls.append("count asked")
        return submit(job)

    services.board.page = read_page  # type: ignore[method-assign]
    services.board.counts_by_status = count  # type: ignore[method-assign]
    board.counter.submit = asked  # type: ignore[method-assign]
    with qtbot.waitSignal(board.counts_updated, timeout=10_000):
        qtbot.mouseClick(board.filters.overdue, Qt.MouseButton.LeftButton)
    # the worker counts while the list's page is read: asked before it, and each read once
    assert calls.index("count asked") < calls.index("page")
    assert sorted(calls) == ["count", "count asked", "page"]
    with services.db.sessions() as s:
        overdue = s.scalar(
            select(func.count())
            .select_from(m.Task)
            .where(m.Task.deadline < TODAY, m.Task.completed_on.is_(None))
        )
    assert overdue == 2
    assert board.model.rowCount() == 2
    assert board.chips.chips[TaskStatus.OVERDUE].text().endswith("  2")
    assert board.chips.total.text() == "2 task(s) shown"


def test_a_meeting_given_from_outside_shows_its_date_and_title(
    qtbot, ctx: UiContext, services: Services
) -> None:  # noqa: ANN001
    meeting = services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))
    services.tasks.create(meeting, "Báo cáo", deadline=TODAY)
    board = open_board(qtbot, ctx)
    board.set_filter(TaskFilter(meeting_ids=(meeting,)))
    assert board.filters.meeting.text() == "19/01/2021 · Làm việc với phường Long Biên"
    assert board.filters.meeting.value() == meeting
    assert board.model.rowCount() == 1
    # its name is one statement (the meeting's head was seven: attendance, agenda, documents...)
    statements: list[str] = []
    engine = services.db.engine
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        board.filters.show_filter(TaskFilter())
        board.filters.show_filter(TaskFilter(meeting_ids=(meeting,)))
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert len(statements) == 1, statements
    assert board.filters.meeting.text() == "19/01/2021 · Làm việc với phường Long Biên"
    services.meetings.delete(meeting)
    board.filters.show_filter(TaskFilter(meeting_ids=(meeting,)))  # gone meanwhile: its id
    assert board.filters.meeting.text() == str(meeting)
