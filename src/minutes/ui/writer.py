"""One background writer: database writes from the editor run here, in order, off the GUI thread.

Typing must never wait for the disk. Writes are queued (draft upserts, field saves) and run one after
another on a single thread, each in its own unit of work; results and errors come back to the GUI
thread by signal, and to the job's own ``done``/``failed`` callbacks (called on the GUI thread).
``drain()`` waits until everything queued is written (used on switching meeting and on close).

A database fault (a lock held too long, a read-only or full file) comes back as the
:class:`~minutes.errors.UserError` that says it in words (:func:`minutes.db.faults.user_error`, which
logs the driver's text): no SQL ever reaches a screen. :attr:`pending` keeps the field saves that have
not committed yet and retries them (:mod:`minutes.ui.pending`).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from minutes.db import faults
from minutes.errors import UserError

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]


class BackgroundWriter(QObject):
    finished = Signal(object, object)  # (tag, result)
    failed = Signal(object, object)  # (tag, exception)
    _settled = Signal(object)  # (callback, value): a job's own callback, run on the GUI thread

    def __init__(self, parent: QObject | None = None, *, database: str = "") -> None:
        super().__init__(parent)
        from minutes.ui.pending import PendingSaves  # it builds on this module

        #: The database as the user knows it, named in fault messages.
        self.database = database
        self._queue: queue.Queue[tuple[Any, Callable[[], Any], Callback | None, Callback | None] | None] = (
            queue.Queue()
        )
        self._busy_since: float | None = None
        self._settled.connect(self._call)
        self._thread = threading.Thread(target=self._run, name="minutes-writer", daemon=True)
        self._thread.start()
        self._closed = False
        self.pending = PendingSaves(self)

    def submit(
        self,
        tag: Any,
        job: Callable[[], Any],
        *,
        done: Callback | None = None,
        failed: Callback | None = None,
    ) -> None:
        """Queue ``job``; ``done(result)`` or ``failed(exception)`` follow on the GUI thread."""
        if self._closed:  # after close, write synchronously rather than drop anything
            try:
                result = job()
            except Exception as exc:
                error = self._explain(exc)
                self.failed.emit(tag, error)
                if failed is not None:
                    failed(error)
                return
            self.finished.emit(tag, result)
            if done is not None:
                done(result)
            return
        self._queue.put((tag, job, done, failed))

    def busy_for(self) -> float:
        """Seconds the job now running has been running (0 when idle): a lock makes this grow."""
        since = self._busy_since
        return time.monotonic() - since if since is not None else 0.0

    def drain(self) -> None:
        """Block until every queued write is done."""
        if not self._closed:
            self._queue.join()

    def close(self) -> None:
        if self._closed:
            return
        self.pending.stop()
        self._queue.put(None)
        self._queue.join()
        self._thread.join(timeout=10)
        self._closed = True

    def _explain(self, exc: Exception) -> Exception:
        if faults.is_database_error(exc):
            return faults.user_error(exc, self.database)
        if isinstance(exc, UserError):  # already in words (a conflict, a rule of the data)
            log.info("a background write was refused: %s", exc)
            return exc
        log.error("a background write failed", exc_info=exc)
        return exc

    @Slot(object)
    def _call(self, item: tuple[Callback, Any]) -> None:
        callback, value = item
        callback(value)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                tag, job, done, failed = item
                self._busy_since = time.monotonic()
                try:
                    result = job()
                except Exception as exc:  # reported to the GUI, which shows it; the text is kept
                    error = self._explain(exc)
                    self.failed.emit(tag, error)
                    if failed is not None:
                        self._settled.emit((failed, error))
                else:
                    self.finished.emit(tag, result)
                    if done is not None:
                        self._settled.emit((done, result))
                finally:
                    self._busy_since = None
            finally:
                self._queue.task_done()
