"""Opening the board reads one first page and makes only what is shown: the chosen task's detail is made
when a task is first chosen, the overview when its tab is first chosen (issue 17: the first opening)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from benchmarks.synthetic import generate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from minutes.domain.status import TaskStatus
from minutes.services import Services
from minutes.services.board import SortKey, TaskFilter
from minutes.ui.app import make_context
from minutes.ui.board import BoardWindow
from minutes.ui.context import UiContext

TODAY = date(2021, 3, 1)


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    generate(services.db.engine, 300, seed=5, today=TODAY, units=6, people=12)
    context = make_context(services)
    yield context
    context.bus.close()


class Pages:
    """Counts the pages the board reads (the real service reads them)."""

    def __init__(self, sv: Services) -> None:
        self.asked: list[TaskFilter] = []
        real = sv.board.page

        def page(f: TaskFilter, *args: object, **kwargs: object) -> object:
            self.asked.append(f)
            return real(f, *args, **kwargs)  # type: ignore[arg-type]

        sv.board.page = page  # type: ignore[method-assign]


def test_the_first_opening_reads_one_page_and_makes_no_hidden_part(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    pages = Pages(ctx.services)
    window = BoardWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    qtbot.waitExposed(window)
    board = window.board
    # one first page, in the order the board opens on (open work first, by state): not a page in
    # another order first, replaced at once
    assert [(f.sort, f.descending) for f in pages.asked] == [(SortKey.STATUS, False)]
    assert board.model.rowCount() > 0
    first = board.model.row_at(0)
    assert first is not None and first.status is TaskStatus.OVERDUE
    board.counter.wait()
    QApplication.processEvents()
    assert sum(board.chips.counts.values()) == 300
    # nothing hidden was made: no detail panel, no charts (and their threads)
    assert board._detail is None and window._overview is None
    assert window.findChild(QWidget, "taskDetail") is None
    assert window.findChild(QWidget, "boardOverview") is None

    # a task chosen by a click: its detail is made and shown beside the list
    table = board.table
    where = table.visualRect(board.model.index(1, 5)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    chosen = board.model.row_at(1)
    assert chosen is not None
    qtbot.waitUntil(lambda: board._detail is not None and board.detail.isVisible())
    assert board.detail.task_id == chosen.id
    assert window.findChild(object, "taskDetail") is board.detail

    # the overview's tab clicked: the charts are made in it and count the board's filter
    assert window._overview is None
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    overview = window._overview
    assert overview is not None and window.overview is overview
    assert window.tabs.currentWidget() is overview and window.tabs.count() == 2
    assert window.tabs.tabText(1) == "&Overview"
    qtbot.waitUntil(lambda: bool(overview.units), timeout=10_000)
    assert sum(sum(u.counts.values()) for u in overview.units) == sum(board.chips.counts.values())
    # back to the list: the same board, the same chosen task
    window.tabs.setCurrentWidget(board)
    assert board.detail.task_id == chosen.id
    window.shutdown()
