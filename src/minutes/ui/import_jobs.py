"""Importing documents off the GUI thread: a folder imported with progress and cancel, or one document
recognised for review. Results come back on the GUI thread by signal, as plain values.

One thread (a :class:`~minutes.ui.runner.Runner` of its own): a batch and a review's recognition never
run at the same time, so LibreOffice and the database see one importer. The job runs :class:`ReviewService` with the services'
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

from PySide6.QtCore import QObject, Signal

from minutes.archive.review_store import ReviewService
from minutes.services import ChangeSet, Database, Services
from minutes.ui.runner import Runner

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int, str)  # emitted on the worker thread, delivered on the GUI thread


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
        self.runner = Runner("minutes-import", self)
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
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        """Stop a batch after its current file and wait (the window is closing)."""
        self._cancel.set()
        self.runner.shutdown()

    def _submit(self, what: str, job: Callable[[], Any]) -> None:
        self._pending += 1
        self.runner.submit(
            what,
            job,
            done=lambda result: self._done(what, result),
            failed=lambda exc: self._failed(what, exc),
        )

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

    def _done(self, what: str, result: object) -> None:
        self._pending = max(0, self._pending - 1)
        self._announce_held(now=True)
        self.finished.emit(what, result)

    def _failed(self, what: str, exc: object) -> None:
        log.info("import job %s failed: %r", what, exc)  # shown to the user in words by the window
        self._pending = max(0, self._pending - 1)
        self._announce_held(now=True)
        self.failed.emit(what, exc)
