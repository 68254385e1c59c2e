"""A word in more tasks than the board counts: the list is exact, the chips say "N+" (issue 17 item 2)."""

from __future__ import annotations

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
from minutes.domain.text import fold
from minutes.services import Services
from minutes.services.board import TaskFilter
from minutes.ui.app import make_context
from minutes.ui.board import TaskBoard
from minutes.ui.context import UiContext

TODAY = date(2021, 3, 1)
CAP = 30


@pytest.fixture
def ctx(services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[UiContext]:
    import minutes.services.board as board

    monkeypatch.setattr(board, "COUNT_CAP", CAP)
    generate(services.db.engine, 900, seed=11, today=TODAY, units=10, people=20)
    context = make_context(services)
    yield context
    context.bus.close()


def states(fresh: Services, *terms: str) -> list[tuple[int, TaskStatus]]:
    """(id, state) of the tasks with the words, newest first, read back independently."""
    out = []
    with fresh.db.sessions() as s:
        for t in s.scalars(select(m.Task).order_by(m.Task.id.desc())):
            words = fold(f"{t.text} {t.expected_product}").split()
            if all(any(w.startswith(term) for w in words) for term in terms):
                state = task_status(
                    deadline=t.deadline,
                    completed_on=t.completed_on,
                    cancelled=t.cancelled_on is not None,
                    progress=t.progress,
                    today=TODAY,
                )
                out.append((t.id, state))
    return out


def test_chips_show_lower_bounds_for_a_common_word(qtbot, ctx: UiContext, fresh: Services) -> None:  # noqa: ANN001
    board = TaskBoard(ctx)
    qtbot.addWidget(board)
    board.resize(1400, 820)
    board.show()
    qtbot.waitExposed(board)
    matching = states(fresh, "giai", "phong")
    assert len(matching) > CAP

    board.set_filter(TaskFilter(text="giải phóng"))
    qtbot.waitUntil(lambda: board.chips.total.text().startswith("at least"), timeout=5000)
    newest = Counter(state for _, state in matching[:CAP])
    for state, chip in board.chips.chips.items():
        assert chip.text().endswith(f"  {newest.get(state, 0)}+"), (state, chip.text())
        assert "newest 30 matching tasks" in chip.toolTip()
    assert board.chips.total.text() == f"at least {CAP} task(s) shown"
    # the list itself is every matching task, in order (the rows are not capped)
    while board.model.canFetchMore():
        board.model.fetchMore()
    assert sorted(board.model.row_at(i).id for i in range(board.model.rowCount())) == sorted(  # type: ignore[union-attr]
        i for i, _ in matching
    )

    # a chip chosen: still at least
    qtbot.mouseClick(board.chips.chips[TaskStatus.OVERDUE], Qt.MouseButton.LeftButton)
    assert board.chips.total.text() == f"at least {newest[TaskStatus.OVERDUE]} task(s) shown"

    # a word in few tasks: exact numbers again, no "+"
    with fresh.db.sessions() as s:
        words = Counter(w for k in s.scalars(select(m.Task.search_key)) for w in set(k.split()))
    rare = next(f"giai phong {w}" for w in sorted(words) if 1 < len(states(fresh, "giai", "phong", w)) <= CAP)
    board.set_filter(TaskFilter(text=rare))
    board.counter.wait()
    qtbot.waitUntil(lambda: not board.chips.total.text().startswith("at least"), timeout=5000)
    QApplication.processEvents()
    few = Counter(state for _, state in states(fresh, *rare.split()))
    for state, chip in board.chips.chips.items():
        assert chip.text().endswith(f"  {few.get(state, 0)}"), (state, chip.text())
        assert "newest" not in chip.toolTip()
