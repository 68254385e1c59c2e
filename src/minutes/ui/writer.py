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

from PySide6.QtCore import QObject

from minutes.db import faults
from minutes.errors import UserError
from minutes.ui.runner import Runner

log = logging.getLogger(__name__)


class BackgroundWriter(Runner):
    """The session's writes, in order, on the :class:`~minutes.ui.runner.Runner` (nothing dropped: after
    :meth:`close`, a write runs at once on the calling thread)."""

    def __init__(self, parent: QObject | None = None, *, database: str = "") -> None:
        super().__init__("minutes-writer", parent, explain=self._explain_fault, run_after_close=True)
        from minutes.ui.pending import PendingSaves  # it builds on this module

        #: The database as the user knows it, named in fault messages.
        self.database = database
        self.pending = PendingSaves(self)

    def close(self) -> None:
        if self._closed:
            return
        self.pending.stop()
        super().close()

    def _explain_fault(self, exc: Exception) -> Exception:
        if faults.is_database_error(exc):
            return faults.user_error(exc, self.database)
        if isinstance(exc, UserError):  # already in words (a conflict, a rule of the data)
            log.info("a background write was refused: %s", exc)
            return exc
        log.error("a background write failed", exc_info=exc)
        return exc
