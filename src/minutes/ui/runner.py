"""The one way the UI runs work off the GUI thread.

Every background job of the application (field saves and structural writes, the meetings list's and the
editor's reads, the board's counts and charts, searches, document builds and PDF conversions) runs
through a :class:`Runner`: one worker thread per runner, jobs in the order submitted, each job a plain
function that opens its own unit of work through the services and returns plain values; it never touches
a widget. Results and exceptions come back on the GUI thread, to the job's own ``done``/``failed``
callbacks and to the :attr:`Runner.finished`/:attr:`Runner.failed` signals, in the order the jobs ran.

Reads use a **lane**: a job submitted on a lane supersedes the jobs of that lane submitted before it. A
superseded job that has not started is not run, and the result of one that was running is dropped, so a
view never shows an out-of-date answer ("latest request wins").

The named runners the views use (``BackgroundWriter``, ``LatestReader``, ``MeetingLoader``,
``LatestRunner``, ``SearchRunner``, ``JobRunner``, ``ImportRunner``) are thin facades over this class that
keep the signals their views connect to; none of them has a thread or a queue of its own.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]
Explain = Callable[[Exception], Exception]


@dataclass
class _Job:
    number: int
    tag: Any
    work: Callable[[], Any]
    done: Callback | None
    failed: Callback | None
    lane: str | None
    generation: int
    dropped: Callable[[], object] | None = None


class Runner(QObject):
    """One worker thread; jobs in order; lanes for "latest request wins"."""

    started = Signal(object)  # tag: the job was submitted
    finished = Signal(object, object)  # (tag, result)
    failed = Signal(object, object)  # (tag, exception)
    _answer = Signal(object, object, object)  # (job, ok, value): from the worker to the GUI thread

    def __init__(
        self,
        name: str,
        parent: QObject | None = None,
        *,
        explain: Explain | None = None,
        run_after_close: bool = False,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._explain = explain
        self._run_after_close = run_after_close
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._lanes: dict[str, int] = {}
        self._numbers = 0
        self._open = 0  # submitted and not yet answered on the GUI thread
        self._busy_since: float | None = None
        self._closed = False
        self._stopped = False
        self._idle = threading.Condition()
        self._running = 0  # queued or running in the worker
        self._answer.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    # --- submitting ----------------------------------------------------------------------------
    def submit(
        self,
        tag: Any,
        work: Callable[[], Any],
        *,
        done: Callback | None = None,
        failed: Callback | None = None,
        lane: str | None = None,
        dropped: Callable[[], object] | None = None,
    ) -> int:
        """Queue ``work``; ``done(result)`` or ``failed(exception)`` follow on the GUI thread. On a
        ``lane``, the job supersedes the lane's earlier jobs. Returns the lane's generation (the job's
        number without a lane). ``dropped()`` is called instead, on the GUI thread, when the job is not
        run or its answer is dropped (cancelled, superseded, or the runner stopped delivering)."""
        self._numbers += 1
        generation = self._numbers
        if lane is not None:
            generation = self._lanes.get(lane, 0) + 1
            self._lanes[lane] = generation
        job = _Job(self._numbers, tag, work, done, failed, lane, generation, dropped)
        if self._closed:
            if self._run_after_close:  # after close, run at once rather than drop anything
                self._run_now(job)
            else:
                self._drop(job)
            return generation
        self._open += 1
        with self._idle:
            self._running += 1
        self.started.emit(tag)
        self._queue.put(job)
        return generation

    def generation(self, lane: str) -> int:
        return self._lanes.get(lane, 0)

    def invalidate(self, lane: str) -> None:
        """Drop the results of the lane's jobs submitted so far (the view read fresher data itself)."""
        self._lanes[lane] = self._lanes.get(lane, 0) + 1

    def cancel(self) -> None:
        """Drop every job not started yet (their callbacks are not called)."""
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                return
            if job is None:  # keep the stop request
                self._queue.task_done()
                self._queue.put(None)
                return
            self._open = max(0, self._open - 1)
            self._finish_one()
            self._queue.task_done()
            self._drop(job)

    # --- state ---------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A job has been submitted whose answer has not reached the GUI thread."""
        return self._open > 0

    def busy_for(self) -> float:
        """Seconds the job now running has been running (0 when idle): a lock makes this grow."""
        since = self._busy_since
        return time.monotonic() - since if since is not None else 0.0

    def drain(self) -> None:
        """Block until every queued job has run (their answers are posted to the GUI thread)."""
        if not self._stopped:
            self._queue.join()

    def wait(self, msecs: int = -1) -> bool:
        """Like :meth:`drain` with a limit; False when jobs are still queued or running after it."""
        deadline = None if msecs < 0 else time.monotonic() + msecs / 1000
        with self._idle:
            while self._running > 0:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._idle.wait(left)
        return True

    # --- stopping ------------------------------------------------------------------------------
    def close(self) -> None:
        """Run what is queued, then stop the thread (used for writes: nothing is dropped)."""
        if self._closed:
            return
        self._queue.put(None)
        self._queue.join()
        self._thread.join(timeout=10)
        self._closed = self._stopped = True

    def shutdown(self) -> None:
        """Drop what is queued, wait for the running job, stop delivering (used for reads)."""
        if self._closed:
            return
        self._closed = True
        for lane in list(self._lanes):
            self.invalidate(lane)
        self.cancel()
        self._queue.put(None)
        self._thread.join(timeout=30)
        self._stopped = True

    def detach(self) -> None:
        """Stop delivering without waiting (the view is gone); the running job finishes unseen."""
        self._closed = True
        self.cancel()
        self._queue.put(None)

    # --- the worker ----------------------------------------------------------------------------
    def _superseded(self, job: _Job) -> bool:
        return job.lane is not None and self._lanes.get(job.lane) != job.generation

    def _outcome(self, job: _Job) -> tuple[bool, Any]:
        try:
            return True, job.work()
        except Exception as exc:  # reported on the GUI thread
            if self._explain is not None:
                return False, self._explain(exc)
            return False, exc

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                if self._superseded(job) or (self._closed and not self._run_after_close):
                    self._post(job, None, None)  # not run: only the count of open jobs follows
                    continue
                self._busy_since = time.monotonic()
                try:
                    ok, value = self._outcome(job)
                finally:
                    self._busy_since = None
                self._post(job, ok, value)
            finally:
                self._finish_one()
                self._queue.task_done()

    def _finish_one(self) -> None:
        with self._idle:
            self._running = max(0, self._running - 1)
            self._idle.notify_all()

    def _post(self, job: _Job, ok: bool | None, value: Any) -> None:
        try:
            self._answer.emit(job, ok, value)
        except RuntimeError:  # the runner's QObject is gone (the view closed)
            pass

    def _run_now(self, job: _Job) -> None:
        ok, value = self._outcome(job)
        self._answer_job(job, ok, value)

    @Slot(object, object, object)
    def _deliver(self, job: _Job, ok: bool | None, value: Any) -> None:
        self._open = max(0, self._open - 1)
        if ok is None or self._superseded(job) or (self._closed and not self._run_after_close):
            self._drop(job)
            return
        self._answer_job(job, ok, value)

    @staticmethod
    def _drop(job: _Job) -> None:
        if job.dropped is not None:
            job.dropped()

    def _answer_job(self, job: _Job, ok: bool, value: Any) -> None:
        if ok:
            self.finished.emit(job.tag, value)
            if job.done is not None:
                job.done(value)
        else:
            self.failed.emit(job.tag, value)
            if job.failed is not None:
                job.failed(value)
