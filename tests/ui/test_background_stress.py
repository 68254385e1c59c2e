"""The app survives long sessions of background work (issue 10): 200 filter changes on the board and 200
searches, each answered through the worker threads, and what is shown afterwards is still right.

With PySide6 6.12.0 each background job drained references to ``None``/``True`` and the application
aborted after a few filter changes; these tests drive the same paths a leader drives, many times over.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from benchmarks.synthetic import generate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from minutes.db import models as m
from minutes.domain.status import TaskStatus, task_status
from minutes.services import Services
from minutes.ui.app import make_context
from minutes.ui.board import TaskBoard
from minutes.ui.board.chips import grouped
from minutes.ui.context import UiContext
from minutes.ui.search.dialog import SearchDialog

TODAY = date(2021, 3, 1)
CHANGES = 200


@pytest.fixture
def ctx(services: Services) -> Iterator[UiContext]:
    context = make_context(services)
    yield context
    context.bus.close()


def states(sv: Services) -> Counter[TaskStatus]:
    with sv.db.sessions() as s:
        return Counter(
            task_status(
                deadline=t.deadline,
                completed_on=t.completed_on,
                cancelled=t.cancelled_on is not None,
                progress=t.progress,
                today=TODAY,
            )
            for t in s.scalars(select(m.Task))
        )


def test_two_hundred_filter_changes_keep_the_board_alive_and_right(
    qtbot,
    ctx: UiContext,
    services: Services,  # noqa: ANN001
    fresh: Services,
) -> None:
    generate(services.db.engine, 3000, seed=7, today=TODAY, units=12, people=40)
    board = TaskBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 820)
    board.show()
    qtbot.waitExposed(board)
    expected = states(fresh)
    chips = board.chips.chips
    order = [s for s in TaskStatus if expected.get(s)]
    for n in range(CHANGES):
        if n % 2 == 0:
            qtbot.mouseClick(board.filters.overdue, Qt.MouseButton.LeftButton)
        else:
            qtbot.mouseClick(chips[order[n % len(order)]], Qt.MouseButton.LeftButton)
        board.counter.wait()
        QApplication.processEvents()
    # back to no filter: every state's chip shows the database's count, every row can be listed
    if board.filters.overdue.isChecked():
        qtbot.mouseClick(board.filters.overdue, Qt.MouseButton.LeftButton)
    for state in list(board.model.filter.statuses):
        qtbot.mouseClick(chips[state], Qt.MouseButton.LeftButton)
    board.counter.wait()
    qtbot.waitUntil(
        lambda: all(
            chip.text().endswith(f"  {grouped(expected.get(state, 0))}") for state, chip in chips.items()
        )
    )
    model = board.model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 3000
    board.shutdown()


def test_two_hundred_searches_keep_the_app_alive_and_right(qtbot, ctx: UiContext, services: Services) -> None:  # noqa: ANN001
    meeting = services.meetings.create("Họp giao ban", date(2021, 1, 19))
    words = ["định giá", "giải phóng", "ngân sách", "Long Biên", "trật tự"]
    for i, word in enumerate(words):
        services.items.add_contribution(meeting, text=f"Ý kiến {i}: {word} còn chậm.")
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.popup()
    qtbot.waitExposed(dialog)
    for n in range(CHANGES):
        query = words[n % len(words)]
        dialog.edit.clear()
        dialog.edit.setText(unicodedata.normalize("NFD" if n % 2 else "NFC", query))
        qtbot.waitUntil(
            lambda q=query: (
                dialog.query() == q
                and not dialog.timer.isActive()
                and dialog.status.text() != dialog.tr("Searching…")
                and dialog.model.result_count() > 0
            ),
            timeout=5000,
        )
    assert dialog.model.kinds() == ["contribution"] and dialog.model.result_count() == 1
    dialog.shutdown()
