"""Document work off the GUI thread: build, save, convert to PDF, render pages; results back by signal.

A :class:`JobRunner` owns a private pool of one thread (LibreOffice conversions run one at a time
anyway). A job is a plain function; it opens its own database sessions through the services and returns
plain values (paths, lists); it never touches a widget. ``finished(tag, result)`` and
``failed(tag, exception)`` arrive on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object, object)  # tag, result
    failed = Signal(object, object)  # tag, exception


class _Job(QRunnable):
    def __init__(self, signals: _Signals, tag: object, job: Callable[[], Any]) -> None:
        super().__init__()
        self._signals = signals
        self._tag = tag
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._signals.failed.emit(self._tag, exc)
        else:
            self._signals.done.emit(self._tag, result)


class JobRunner(QObject):
    started = Signal(object)  # tag
    finished = Signal(object, object)  # tag, result
    failed = Signal(object, object)  # tag, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, tag: object, job: Callable[[], Any]) -> None:
        self._pending += 1
        self.started.emit(tag)
        self._pool.start(_Job(self._signals, tag, job))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Drop jobs not started yet and wait for the running one (called when the window closes)."""
        self._pool.clear()
        self._pool.waitForDone()

    @Slot(object, object)
    def _done(self, tag: object, result: object) -> None:
        self._pending = max(0, self._pending - 1)
        self.finished.emit(tag, result)

    @Slot(object, object)
    def _failed(self, tag: object, exc: object) -> None:
        self._pending = max(0, self._pending - 1)
        self.failed.emit(tag, exc)
