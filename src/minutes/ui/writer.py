"""One background writer: database writes from the editor run here, in order, off the GUI thread.

Typing must never wait for the disk. Writes are queued (draft upserts, field saves) and run one after
another on a single thread, each in its own unit of work; results and errors come back to the GUI
thread by signal. ``drain()`` waits until everything queued is written (used on switching meeting and
on close, so nothing typed is lost).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundWriter(QObject):
    finished = Signal(object, object)  # (tag, result)
    failed = Signal(object, object)  # (tag, exception)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[tuple[Any, Callable[[], Any]] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="minutes-writer", daemon=True)
        self._thread.start()
        self._closed = False

    def submit(self, tag: Any, job: Callable[[], Any]) -> None:
        if self._closed:
            job()  # after close, write synchronously rather than drop anything
            return
        self._queue.put((tag, job))

    def drain(self) -> None:
        """Block until every queued write is done."""
        if not self._closed:
            self._queue.join()

    def close(self) -> None:
        if self._closed:
            return
        self._queue.put(None)
        self._queue.join()
        self._thread.join(timeout=10)
        self._closed = True

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                tag, job = item
                try:
                    result = job()
                except Exception as exc:  # reported to the GUI, which shows it; the draft is kept
                    self.failed.emit(tag, exc)
                else:
                    self.finished.emit(tag, result)
            finally:
                self._queue.task_done()
