"""Importing documents off the GUI thread: a folder imported with progress and cancel, or one document
recognised for review. Results come back on the GUI thread by signal, as plain values.

One thread (a private pool of one): a batch and a review's recognition never run at the same time, so
LibreOffice and the database see one importer. The job runs :class:`ReviewService` with the services'
database (sessions are opened in the worker thread); it touches no widget. Cancelling is asked between
files (:meth:`ArchiveService.import_files` stops before the next one).

A batch commits once per file: announcing each commit would make every open view reload hundreds of
times (the meetings list re-reads thousands of meetings each time). So a batch writes through a quiet
view of the same engine, collects what it changed, and the GUI thread announces it at most once a
second (and at the end) on the real database's channel: the views refresh as usual, only less often.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from minutes.archive.review_store import ReviewService
from minutes.services import ChangeSet, Database, Services

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(str, object)  # what, result
    failed = Signal(str, object)  # what, exception


class _Job(QRunnable):
    def __init__(self, signals: _Signals, what: str, job: Callable[[], Any]) -> None:
        super().__init__()
        self._signals = signals
        self._what = what
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # handed to the GUI thread, which shows it in the user's language
            log.info("import job %s failed: %r", self._what, exc)
            self._signals.failed.emit(self._what, exc)
        else:
            self._signals.done.emit(self._what, result)


class ImportRunner(QObject):
    """``progress(done, total, path)`` during a batch; ``finished(what, result)`` with ``what`` "batch"
    (a :class:`BatchSummary`) or "review" (a :class:`Review`); ``failed(what, exception)``."""

    progress = Signal(int, int, str)
    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._pending = 0
        self._held = ChangeSet()
        self._held_lock = threading.Lock()
        self._announced = 0.0
        self.progress.connect(lambda *_args: self._announce_held())

    #: At most one announcement of a batch's changes per this many seconds.
    ANNOUNCE_EVERY_S = 1.0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def service(self) -> ReviewService:
        return ReviewService(self.services.db, self.services.actor)

    def import_batch(self, paths: Sequence[str | Path]) -> None:
        self._cancel.clear()
        signals = self._signals
        db = self.services.db
        quiet = Database(engine=db.engine, migrate=False, clock=db.today)  # same engine, nobody listening
        quiet.subscribe(self._hold)
        service = ReviewService(quiet, self.services.actor)

        def job() -> Any:
            return service.import_files(
                list(paths), progress=lambda done, total, path: signals.progress.emit(done, total, path),
                cancel=self._cancel.is_set,
            )  # fmt: skip

        self._submit("batch", job)

    def open_file(self, path: str | Path) -> None:
        service = self.service()
        self._submit("review", lambda: service.open_file(path))

    def open_imported(self, meeting_id: int) -> None:
        service = self.service()
        self._submit("review", lambda: service.open_imported(meeting_id))

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Stop a batch after its current file and wait (the window is closing)."""
        self._cancel.set()
        self._pool.clear()
        self._pool.waitForDone()

    def _submit(self, what: str, job: Callable[[], Any]) -> None:
        self._pending += 1
        self._pool.start(_Job(self._signals, what, job))

    def _hold(self, changes: ChangeSet) -> None:  # worker thread: keep what a file's commit changed
        with self._held_lock:
            for mine, theirs in ((self._held.inserted, changes.inserted), (self._held.updated, changes.updated),
                                 (self._held.deleted, changes.deleted)):  # fmt: skip
                for table, ids in theirs.items():
                    mine.setdefault(table, set()).update(ids)

    def _announce_held(self, now: bool = False) -> None:
        if not now and time.monotonic() - self._announced < self.ANNOUNCE_EVERY_S:
            return
        with self._held_lock:
            held, self._held = self._held, ChangeSet()
        self._announced = time.monotonic()
        if held:
            self.services.db.publish(held)

    @Slot(str, object)
    def _done(self, what: str, result: object) -> None:
        self._pending = max(0, self._pending - 1)
        self._announce_held(now=True)
        self.finished.emit(what, result)

    @Slot(str, object)
    def _failed(self, what: str, exc: object) -> None:
        self._pending = max(0, self._pending - 1)
        self._announce_held(now=True)
        self.failed.emit(what, exc)
