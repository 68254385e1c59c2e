"""Reads for a view, off the GUI thread, latest request wins.

A view that must query the database after every change (the meetings list over thousands of meetings)
hands the query to a :class:`LatestReader`: it runs on one worker thread with its own unit of work (the
services open one per call), and only the result of the newest request comes back, by signal, on the
GUI thread. Older results are dropped, so typing in a search box never shows an out-of-date list.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class LatestReader(QObject):
    done = Signal(object)  # the newest request's result
    failed = Signal(object)  # the newest request's exception

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._latest = 0
        self._closed = False
        self._finished.connect(self._deliver)

    _finished = Signal(int, bool, object)  # request number, ok, result or exception

    def request(self, job: Callable[[], Any]) -> None:
        """Run ``job`` in the background; its result is delivered unless a newer request came meanwhile."""
        if self._closed:
            return
        self._latest += 1
        self._pool.submit(self._run, self._latest, job)

    def invalidate(self) -> None:
        """Drop the result of any request made so far (the view has just read fresher data itself)."""
        self._latest += 1

    def _run(self, number: int, job: Callable[[], Any]) -> None:
        if number != self._latest:  # overtaken before it started
            return
        try:
            result, ok = job(), True
        except Exception as exc:  # reported on the GUI thread
            result, ok = exc, False
        try:
            self._finished.emit(number, ok, result)
        except RuntimeError:  # the view is gone
            pass

    @Slot(int, bool, object)
    def _deliver(self, number: int, ok: bool, result: object) -> None:
        if number != self._latest or self._closed:
            return
        (self.done if ok else self.failed).emit(result)

    def shutdown(self) -> None:
        """No more requests; wait for the one running."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
