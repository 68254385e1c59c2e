"""Waiting for a runner's job while the window keeps painting.

A user action that must know its result before it goes on (add a record, then select it; finalise, then
show the state) still runs its service call on the :class:`~minutes.ui.runner.Runner`, off the GUI
thread, behind every text save queued before it. :func:`wait_for` submits the job and runs a local event
loop until its answer comes back: the window repaints, timers and answers of other jobs are delivered,
and a busy cursor shows when the wait is long (a lock held by another user). Keys and clicks typed
meanwhile are not dropped: Qt holds user input back while the local loop runs and delivers it, in
order, as soon as the wait ends, so what the user types next lands where the action left the focus.

:func:`settle` is the non-blocking half: it lets the answers of jobs that already finished reach their
views (used before an undo, which must see the saves it reverses), without waiting for anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication

from minutes.ui.runner import Runner

T = TypeVar("T")

#: A wait shorter than this shows no busy cursor (most writes take a few milliseconds).
BUSY_CURSOR_AFTER_MS = 250


class NotRun(Exception):
    """The job was dropped before it ran (the runner was cancelled or shut down): nothing was done."""


def wait_for(runner: Runner, tag: Any, work: Callable[[], T]) -> T:
    """Run ``work`` on ``runner`` after what is queued there, keep the window painting until it is done,
    and return its result (or raise its exception, as the runner explained it, on this thread)."""
    answer: dict[str, Any] = {}
    loop = QEventLoop()

    def done(value: Any) -> None:
        answer["value"] = value
        loop.quit()

    def failed(exc: Any) -> None:
        answer["error"] = exc
        loop.quit()

    def dropped() -> None:
        answer["dropped"] = True
        loop.quit()

    runner.submit(tag, work, done=done, failed=failed, dropped=dropped)
    if not answer:  # not answered at once (a closed writer runs the job on this thread)
        cursor = QTimer(singleShot=True, interval=BUSY_CURSOR_AFTER_MS)
        busy: list[bool] = []

        def show_busy() -> None:
            if QGuiApplication.instance() is not None:
                QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
                busy.append(True)

        cursor.timeout.connect(show_busy)
        cursor.start()
        try:
            while not answer:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            cursor.stop()
            if busy:
                QGuiApplication.restoreOverrideCursor()
    if "error" in answer:
        raise answer["error"]
    if "dropped" in answer:
        raise NotRun(str(tag))
    return answer["value"]


def settle(runner: Runner) -> None:
    """Deliver the answers of the jobs that have finished, without waiting for the ones still running."""
    if runner.busy:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def run_on(runner: Runner | None, tag: Any) -> Callable[[Callable[[], T]], T]:
    """A function that runs a piece of work on ``runner`` as :func:`wait_for` does (at once on this
    thread when there is no runner: a dialog opened without one)."""

    def run(work: Callable[[], T]) -> T:
        return work() if runner is None else wait_for(runner, tag, work)

    return run
