"""The search index kept compact while the window is idle (SQLite only).

Every save that changes searchable text adds a small segment to SQLite's full-text index, and every search
walks every segment (:mod:`minutes.search.maintenance`). Once the writer has been quiet for a while (no
save queued or written for :attr:`IndexUpkeep.idle_ms`), the upkeep merges them in small steps, one
short transaction each, on a thread of its own: the next save waits at most one step behind SQLite's lock,
typing never waits (the editor's saves are queued on the writer anyway), and a save arriving during a
cycle pauses it until the writer is quiet again. A step that fails (the disk is full, another program holds
the lock) is logged and the upkeep waits for the next write: the index stays correct, only less compact.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from minutes.ui.runner import Runner

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

TAG = "index upkeep"


class IndexUpkeep(QObject):
    """Merges the index's segments after ``idle_ms`` without a write, ``gap_ms`` between steps."""

    #: A step ran: True when it merged something (another follows), False when nothing was left.
    stepped = Signal(bool)

    def __init__(
        self,
        engine: Engine,
        writer: Runner,
        parent: QObject | None = None,
        *,
        idle_ms: int = 60_000,
        gap_ms: int = 200,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.writer = writer
        self.idle_ms = idle_ms
        self.gap_ms = gap_ms
        self._runner = Runner("minutes-index-upkeep", self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        self._due = True  # the first quiet spell after the start looks once
        self._in_cycle = False
        self._closed = False
        writer.started.connect(self._wrote)
        self._timer.start(self.idle_ms)

    # --- the writer -------------------------------------------------------------------------------
    def _wrote(self, _tag: object) -> None:
        """A save was queued: pause, and look again once the writer has been quiet for ``idle_ms``."""
        if self._closed:
            return
        self._due = True
        self._in_cycle = False  # the new segments need a new optimize, started after the quiet spell
        self._timer.start(self.idle_ms)

    # --- the steps --------------------------------------------------------------------------------
    def _step(self) -> None:
        if self._closed or not self._due:
            return
        if self.writer.busy or self._runner.busy:
            self._timer.start(self.idle_ms)
            return
        from minutes.search import maintenance

        start = not self._in_cycle
        engine = self.engine
        self._runner.submit(
            TAG,
            lambda: maintenance.merge_step_on(engine, start=start),
            done=self._stepped,
            failed=self._failed,
        )

    def _stepped(self, worked: Any) -> None:
        if self._closed:
            return
        if self._timer.isActive():  # a save came in while the step ran: it waits for the quiet spell
            self.stepped.emit(bool(worked))
            return
        self._in_cycle = bool(worked)
        self._due = bool(worked)
        if worked:
            self._timer.start(self.gap_ms)
        self.stepped.emit(bool(worked))

    def _failed(self, exc: Any) -> None:
        log.warning("the search index could not be merged now; it stays correct: %s", exc, exc_info=exc)
        self._in_cycle = False
        self._due = False  # the next write tries again

    def shutdown(self) -> None:
        """Stop: the running step (one short transaction) finishes, nothing more starts."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        self._runner.shutdown()


def install_upkeep(engine: Engine, writer: Runner, parent: QObject) -> IndexUpkeep | None:
    """The upkeep of ``engine``'s index, or None where nothing needs it (PostgreSQL)."""
    if engine.dialect.name != "sqlite":
        return None
    return IndexUpkeep(engine, writer, parent)
