"""Importing documents off the GUI thread: a folder imported with progress and cancel, or one document
recognised for review. Results come back on the GUI thread by signal, as plain values.

A batch runs in a process of its own (:mod:`minutes.archive.batch_process`, started with ``spawn``): on
a thread it held the interpreter lock the window needs, and the window stalled (docs/performance.md).
The process is started on the runner's thread (spawning it, and multiprocessing's resource tracker with
the first queue, was the GUI thread's longest work of a batch). A timer on the GUI thread reads the
child's messages (progress, each file's outcome, what its commits changed, the end) without ever
waiting; cancelling sets an event the child reads between files; a child that dies is reported in
words, with the files it had imported (each saved whole) and the others listed as not imported.
``in_process=False`` runs the batch on the runner's thread as before (the benchmark's comparison).

The importer's own modules (python-docx, lxml, the recogniser, the stores: :data:`IMPORTER_MODULES`) are
imported by the runner's thread before its first job (:func:`load_importer`), never by the GUI thread:
this module and the batch dialog load with nothing of them, so the click that starts a batch imports
nothing heavy.

One document recognised for review runs on a thread (a :class:`~minutes.ui.runner.Runner` of its own);
the job runs :class:`ReviewService` with the services' database (sessions are opened in the worker
thread); it touches no widget. Cancelling is asked between files (:meth:`ArchiveService.import_files`
stops before the next one).

A batch commits once per file: announcing each commit would make every open view reload hundreds of
times (the meetings list re-reads thousands of meetings each time). So a batch writes through a quiet
view of the same engine, collects what it changed, and the GUI thread announces it at most once a
second (and at the end) on the real database's channel: the views refresh as usual, only less often.
A batch in its own process commits through a handle of its own: where the window watches the database
for other handles' commits (:mod:`minutes.services.notices`, the application always does), the watcher
announces them and the child's reports of its changes are not announced a second time.
"""

from __future__ import annotations

import importlib
import logging
import queue
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from minutes.errors import UserError
from minutes.services import ChangeSet, Database, Services
from minutes.ui.runner import Runner

if TYPE_CHECKING:  # the importer's modules load on the runner's thread (load_importer), never on the GUI's
    from minutes.archive.review_store import ReviewService
    from minutes.archive.store import FileOutcome

log = logging.getLogger(__name__)

#: What a batch or a review needs in the window's process: the reader (python-docx, lxml), the recogniser,
#: the stores and multiprocessing's queues. About 170 ms of CPU and 130 modules: imported on the click
#: that started a batch, they stalled the window that long (and their objects were walked again by the
#: next collections on the GUI thread).
IMPORTER_MODULES = (
    "multiprocessing.queues",
    "multiprocessing.synchronize",
    "minutes.archive.store",
    "minutes.archive.review_store",
    "minutes.archive.batch_process",
)

_loaded = threading.Event()
_loading = threading.Lock()


def load_importer() -> None:
    """Import :data:`IMPORTER_MODULES` (once; call it off the GUI thread). Without PySide6's import hook
    (it reads each module's source), and kept out of the cyclic collector's sight afterwards as the
    start's modules are (minutes.ui.launch): they live until exit."""
    if _loaded.is_set():
        return
    from minutes.ui.launch import modules_kept, plain_imports

    with _loading:
        if _loaded.is_set():
            return
        if all(name in sys.modules for name in IMPORTER_MODULES):  # no freeze of the garbage of the moment
            _loaded.set()
            return
        with plain_imports(), modules_kept():
            for name in IMPORTER_MODULES:
                importlib.import_module(name)
        _loaded.set()


def importer_loaded() -> bool:
    return _loaded.is_set()


class _Signals(QObject):
    progress = Signal(int, int, str)  # emitted on the worker thread, delivered on the GUI thread


@dataclass
class _Child:
    """A batch's process and what it has told so far."""

    process: Any
    messages: Any
    cancel: Any
    files: list[str] = field(default_factory=list)
    outcomes: list[FileOutcome] = field(default_factory=list)
    since: int = 0  # the newest import record before the batch


class ImportRunner(QObject):
    """``progress(done, total, path)`` during a batch; ``finished(what, result)`` with ``what`` "batch"
    (a :class:`BatchSummary`) or "review" (a :class:`Review`); ``failed(what, exception)``."""

    progress = Signal(int, int, str)
    finished = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, services: Services, parent: QObject | None = None, *, in_process: bool = True) -> None:
        super().__init__(parent)
        self.services = services
        self.in_process = in_process
        self.child: _Child | None = None
        self._starting = False  # the batch's process is being started on the runner's thread
        self._started: _Child | None = None
        self._ended: list[Any] = []  # finished child processes, reaped by the timer without waiting
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._read_child)
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
    #: How often the GUI thread reads a batch process's messages (never waiting for one).
    POLL_MS = 40
    #: At most this many messages are handled per reading, so the window never waits for a burst.
    MESSAGES_PER_POLL = 200
    #: How long closing the window waits for the file being read before stopping the process.
    SHUTDOWN_WAIT_S = 30.0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def service(self, db: Database | None = None) -> ReviewService:
        load_importer()  # the jobs' is the runner's thread; on the GUI's (Imports to review…) once loaded, mostly
        from minutes.archive.review_store import ReviewService

        return ReviewService(db if db is not None else self.services.db, self.services.actor)

    def load_importer(self) -> None:
        """Load the importer's modules on the runner's thread now (the clerk is about to use them)."""
        if not importer_loaded():
            self.runner.submit("load", load_importer)

    def import_batch(self, paths: Sequence[str | Path]) -> None:
        self._cancel.clear()
        if self.in_process:
            self._start_child(paths)
            return
        signals = self._signals
        db = self.services.db
        quiet = Database(engine=db.engine, migrate=False, clock=db.today)  # same engine, nobody listening
        quiet.subscribe(self._hold)

        def job() -> Any:
            return self.service(quiet).import_files(
                list(paths), progress=lambda done, total, path: signals.progress.emit(done, total, path),
                cancel=self._cancel.is_set,
            )  # fmt: skip

        self._submit("batch", job)

    def open_file(self, path: str | Path) -> None:
        self._submit("review", lambda: self.service().open_file(path))

    def open_imported(self, meeting_id: int) -> None:
        self._submit("review", lambda: self.service().open_imported(meeting_id))

    def cancel(self) -> None:
        self._cancel.set()
        if self.child is not None:
            self.child.cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        """Stop a batch after its current file and wait (the window is closing)."""
        self.cancel()
        if self._starting and self.runner.wait(int(self.SHUTDOWN_WAIT_S * 1000)):
            started, self._started = self._started, None  # started meanwhile: stopped as a running one
            self._starting = False
            if started is not None and self.child is None:
                started.cancel.set()
                self.child = started
        child = self.child
        if child is not None:
            child.process.join(self.SHUTDOWN_WAIT_S)
            if child.process.is_alive():  # its transaction rolls back with it: nothing is half-saved
                log.warning("the import process did not stop in %.0f s: terminated", self.SHUTDOWN_WAIT_S)
                child.process.terminate()
                child.process.join(5)
            self._read_child()
        self._poll.stop()
        for process in self._ended:
            process.join(1)
        self._ended.clear()
        self.runner.shutdown()

    # --- a batch in its own process ------------------------------------------------------------------
    def _start_child(self, paths: Sequence[str | Path]) -> None:
        """Start the batch's process on the runner's thread: the first queue of a process starts
        multiprocessing's resource tracker (another interpreter) and ``Process.start`` pickles the job
        and spawns one more; on the GUI thread that was its longest piece of work during a batch (9-13 ms
        of its CPU, 30-45 ms without an event). The child is read once it is there."""
        if self.child is not None or self._starting:  # one batch at a time: the dialog shows the running one
            return
        self._pending += 1
        self._starting = True
        self._started = None
        db, actor, files = self.services.db, self.services.actor, list(paths)

        def start() -> _Child:
            load_importer()
            from minutes.archive import batch_process

            job = batch_process.job_for(db, actor, files)
            ctx = batch_process.context()
            messages, cancel = ctx.Queue(), ctx.Event()
            process = ctx.Process(target=batch_process.run_batch, args=(job, messages, cancel),
                                  name="minutes-import", daemon=True)  # fmt: skip
            process.start()
            child = _Child(process, messages, cancel)
            self._started = child  # seen by shutdown() even before the GUI thread is told
            return child

        self.runner.submit("start", start, done=self._child_started, failed=self._child_not_started)

    def _child_started(self, child: _Child) -> None:
        if child is not self._started:  # taken by shutdown() already
            return
        self._starting, self._started = False, None
        self.child = child
        if self._cancel.is_set():  # cancelled while it started
            child.cancel.set()
        self._poll.start()

    def _child_not_started(self, exc: object) -> None:
        """No process could be started (out of memory, a locked-down machine): said in words."""
        self._starting = False
        self._pending = max(0, self._pending - 1)
        log.error("the import process could not start: %r", exc)
        detail = (exc.strerror or str(exc)) if isinstance(exc, OSError) else str(exc)
        from minutes.archive import batch_process

        self.failed.emit("batch", batch_process.ImportNotStarted(detail=detail))

    def _read_child(self) -> None:
        """On the GUI thread, from the timer: the messages waiting, then whether the child is gone."""
        self._reap()
        child = self.child
        if child is None:
            if not self._ended:
                self._poll.stop()
            return
        if self._take(child, self.MESSAGES_PER_POLL):
            return
        if not child.process.is_alive() and not self._take(child, None):
            self._child_died(child)

    def _take(self, child: _Child, limit: int | None) -> bool:
        """Handle up to ``limit`` waiting messages (None: all); True when the batch ended."""
        from minutes.archive import batch_process  # loaded: the child was started
        from minutes.archive.store import BatchSummary

        count = 0
        while limit is None or count < limit:
            try:
                message = child.messages.get_nowait()
            except queue.Empty:
                return False
            except (EOFError, OSError):  # the pipe broke with the child
                return False
            count += 1
            kind = message[0]
            if kind == "progress":
                self.progress.emit(*message[1:])
            elif kind == "outcome":
                child.outcomes.append(message[1])
            elif kind == "files":
                child.files, child.since = list(message[1]), int(message[2])
            elif kind == "changes" and self.services.db.notices is None:
                self._hold(message[1])  # with a watcher, the window learns of the child's commits from it
            elif kind == "done":
                self._child_ended(child)
                self._done("batch", BatchSummary(list(child.outcomes), cancelled=bool(message[1])))
                return True
            elif kind == "failed":
                self._child_stopped(child, message[1] or batch_process.ImportFailed())
                return True
        return False

    def _child_died(self, child: _Child) -> None:
        from minutes.archive import batch_process  # loaded: the child ran

        code = child.process.exitcode
        log.error("the import process ended unexpectedly (exit code %s)", code)
        self._child_stopped(child, batch_process.ImportProcessEnded(code=str(code)))

    def _child_stopped(self, child: _Child, why: Exception) -> None:
        """The child ended before the end of the batch: what it imported stays (each file was committed
        whole), every file it did not report is listed as not imported, and the summary says why."""
        from minutes.archive import batch_process  # loaded: the child ran
        from minutes.archive.store import BatchSummary, FileOutcome

        self._child_ended(child)
        reported = {o.path for o in child.outcomes}
        unreported = [path for path in child.files if path not in reported]
        try:  # a file committed just before the end, its outcome not sent yet
            saved = self.service().imported_since(child.since, unreported)
        except Exception as exc:  # noqa: BLE001 - the database is unreachable too: say not imported
            log.warning("could not read which files the stopped import saved: %r", exc)
            saved = {}
        stopped = [
            FileOutcome(path, "imported", meeting_id=saved[path]) if path in saved
            else FileOutcome(path, "failed", message="the import stopped", error=batch_process.ImportStopped())
            for path in unreported
        ]  # fmt: skip
        summary = BatchSummary([*child.outcomes, *stopped])
        summary.stopped = why if isinstance(why, UserError) else batch_process.ImportFailed()
        self._done("batch", summary)

    def _child_ended(self, child: _Child) -> None:
        self.child = None
        self._ended.append(child.process)
        try:
            child.messages.close()
        except OSError:
            pass

    def _reap(self) -> None:
        for process in list(self._ended):
            if not process.is_alive():
                process.join(0)
                self._ended.remove(process)

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
