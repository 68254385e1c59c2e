"""Big read queries of the board off the GUI thread: one at a time, only the latest one's result shown.

:class:`LatestRunner` owns a private pool of one thread. Each job gets a generation number; a job that
is no longer the latest when its turn comes is not run, and a result of an older generation is dropped
when it arrives. The job calls a service (its own session, plain values back); no widget is touched in
the worker. Used for the counts per state (one pass over the filtered tasks) and the overview's charts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(int, object)  # generation, result
    failed = Signal(int, object)  # generation, exception


class _Job(QRunnable):
    def __init__(self, runner: LatestRunner, generation: int, job: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._generation = generation
        self._job = job

    def run(self) -> None:
        if self._runner.generation != self._generation:
            return  # superseded before its turn
        try:
            result = self._job()
        except Exception as exc:  # handed to the GUI thread, which shows it
            self._runner.signals.failed.emit(self._generation, exc)
        else:
            self._runner.signals.done.emit(self._generation, result)


class LatestRunner(QObject):
    finished = Signal(object)  # the latest job's result
    failed = Signal(object)  # the latest job's exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        # The pool first: children are destroyed in creation order, so the pool's destructor waits for a
        # running job while the signals it reports through still exist.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def submit(self, job: Callable[[], Any]) -> int:
        """Run ``job`` in the worker; only the result of the last job submitted is reported."""
        self.generation += 1
        if not self._closed:
            self._pool.start(_Job(self, self.generation, job))
        return self.generation

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Drop what is queued and wait for the running job (before the database closes)."""
        self._closed = True
        self.generation += 1
        self._pool.clear()
        self._pool.waitForDone()

    @Slot(int, object)
    def _done(self, generation: int, result: object) -> None:
        if generation == self.generation:
            self.finished.emit(result)

    @Slot(int, object)
    def _failed(self, generation: int, exc: object) -> None:
        if generation == self.generation:
            self.failed.emit(exc)
