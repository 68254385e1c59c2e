"""Structural actions, undo and the task form run their service call on the writer, off the GUI thread
(issue 12 item 1): the window keeps painting and its timers keep running while a write waits for a lock
another program holds, and the write lands once the lock is gone."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from testkit.qt import SectionHost, type_vietnamese

from minutes.services import Services
from minutes.ui.editor.conclusions import ConclusionsSection
from minutes.ui.runner import Runner
from minutes.ui.task_form import TaskForm
from minutes.ui.waiting import NotRun, wait_for


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.create("Làm việc với phường Long Biên", date(2021, 1, 19))


@pytest.fixture
def host(qtbot: QtBot, services: Services, meeting_id: int) -> Iterator[SectionHost]:
    h = SectionHost(services, ConclusionsSection, meeting_id)
    h.section.resize(900, 500)
    h.section.show()
    qtbot.waitExposed(h.section)
    yield h
    h.close()


def threads_of(obj: Any, name: str, monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """Record the thread each call of ``obj.name`` runs on (the call itself is the real one)."""
    seen: list[threading.Thread] = []
    real: Callable[..., Any] = getattr(obj, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(obj, name, spy)
    return seen


class Ticker:
    """Counts the GUI thread's timer ticks: they stop while the GUI thread is blocked."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1


def hold_write_lock(db_path: Path) -> sqlite3.Connection:
    """Another program's transaction holding the database's write lock."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_an_add_waits_for_a_lock_while_the_window_runs(
    qtbot: QtBot,
    host: SectionHost,
    fresh: Services,
    meeting_id: int,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads = threads_of(host.services.items, "add_conclusion", monkeypatch)
    other = hold_write_lock(db_path)
    # the lock goes when the GUI thread's event loop runs this timer: a write made on the GUI thread would
    # block that loop and wait for the database's busy timeout, then fail with "database is locked"
    QTimer.singleShot(600, other.rollback)
    ticker = Ticker()
    before = ticker.ticks
    host.section.add_after_current()
    during = ticker.ticks - before
    other.close()

    assert during > 0, "the window's timers did not run while the write waited"
    assert threads and all(t is not threading.main_thread() for t in threads)
    stored = fresh.meetings.get(meeting_id).conclusions
    assert len(stored) == 1
    assert host.section.model.rowCount() == 1  # shown, and selected for typing
    assert host.section.saver.entity_id == stored[0].id
    assert not host.section.message.isVisible()


def test_a_read_shown_during_the_wait_does_not_send_the_typing_elsewhere(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, db_path: Path
) -> None:
    """While an add waits for a lock, the editor shows the meeting again (a change notice read it, without
    the new point). The add's own read, made after it, is still shown: the new point is selected and
    what the secretary types next goes into it, not into the point before."""
    host.bus.changed.disconnect(host._changed)  # like the editor: no re-read after its own action
    host.services.items.add_conclusion(meeting_id, "Điểm thứ nhất")
    host.reload()
    host.section.table.selectRow(0)
    other = hold_write_lock(db_path)
    QTimer.singleShot(100, host.reload)  # reads what is committed: the new point is not there yet
    QTimer.singleShot(500, other.rollback)
    host.section.add_after_current()
    other.close()
    qtbot.waitUntil(host.section.text.hasFocus)
    type_vietnamese(host.section.text, "Điểm thứ hai, gõ ngay sau khi thêm")
    host.settle()
    assert [c.text for c in fresh.meetings.get(meeting_id).conclusions] == [
        "Điểm thứ nhất",
        "Điểm thứ hai, gõ ngay sau khi thêm",
    ]


def test_an_action_asked_during_another_ones_wait_keeps_its_change_on_screen(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    """Two edits committed one right after the other (a table's cell edits are written from a timer, which
    runs while the first edit waits): the second one's read is shown last in the wait but made last on the
    writer. The first one's older read must not replace it: the screen showed the second edit undone."""
    host.bus.changed.disconnect(host._changed)  # like the editor: no re-read after its own action
    first = host.services.items.add_conclusion(meeting_id, "Điểm thứ nhất")
    second = host.services.items.add_conclusion(meeting_id, "Điểm thứ hai")
    host.reload()
    items = host.services.items
    released = threading.Event()

    def first_edit() -> int:
        released.wait(10)  # still running on the writer when the second edit is asked
        return items.update_conclusion(first, text="Điểm thứ nhất, đã sửa")

    def second_edit() -> None:
        released.set()
        host.section.perform("Sửa điểm", lambda: items.update_conclusion(second, text="Điểm thứ hai, đã sửa"))

    QTimer.singleShot(0, second_edit)
    host.section.perform("Sửa điểm", first_edit)
    assert [c.text for c in fresh.meetings.get(meeting_id).conclusions] == [
        "Điểm thứ nhất, đã sửa",
        "Điểm thứ hai, đã sửa",
    ]
    model = host.section.model
    shown = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert "Điểm thứ hai, đã sửa" in shown and "Điểm thứ nhất, đã sửa" in shown, shown


def test_a_refused_action_says_why_and_shows_what_is_stored(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int
) -> None:
    first = host.services.items.add_conclusion(meeting_id, "Điểm thứ nhất")
    second = host.services.items.add_conclusion(meeting_id, "Điểm thứ hai")
    host.reload()
    host.services.items.remove_conclusion(second)  # another user removed a point meanwhile
    host.section.table.selectRow(0)
    host.section.move_selected(1)  # the order the user saw is gone: refused in words, nothing raised
    assert host.section.message.isVisible() and host.section.message.text()
    assert [c.id for c in fresh.meetings.get(meeting_id).conclusions] == [first]
    host.section.show_stored()
    assert host.section.model.rowCount() == 1


def test_undo_runs_behind_the_saves_on_the_writer(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    host.undo_stack.runner = host.writer
    host.section.add_after_current()
    threads = threads_of(host.services.undo, "undo", monkeypatch)
    result = host.undo_stack.undo()
    assert result is not None
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert fresh.meetings.get(meeting_id).conclusions == []


def test_the_task_form_saves_on_the_writer(
    qtbot: QtBot, host: SectionHost, fresh: Services, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = threads_of(host.services.tasks, "create", monkeypatch)
    form = TaskForm(host.ctx, host.writer, host.services.meetings.get(meeting_id))
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.text.setPlainText("Rà soát hồ sơ giải phóng mặt bằng dự án đường 40 m")
    form.accept()
    assert form.task_id is not None
    assert threads and all(t is not threading.main_thread() for t in threads)
    tasks = fresh.meetings.get(meeting_id).tasks
    assert [t.text for t in tasks] == ["Rà soát hồ sơ giải phóng mặt bằng dự án đường 40 m"]


def test_wait_for_raises_the_job_error_and_not_run_when_dropped(qtbot: QtBot) -> None:
    runner = Runner("test-waiting")
    try:
        with pytest.raises(ZeroDivisionError):
            wait_for(runner, "fails", lambda: 1 / 0)
        assert wait_for(runner, "works", lambda: 41 + 1) == 42
    finally:
        runner.shutdown()
    with pytest.raises(NotRun):  # a runner that stopped delivering: nothing runs, nothing hangs
        wait_for(runner, "late", lambda: 1)
