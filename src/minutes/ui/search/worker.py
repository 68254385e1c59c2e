"""Searching off the GUI thread: one query at a time, stale ones skipped or stopped, results by signal.

A :class:`SearchRunner` runs its queries on a lane of a :class:`~minutes.ui.runner.Runner`: a query that
is no longer the latest when its turn comes is not run, one still running is stopped (its
:class:`~minutes.search.cancel.Cancel` interrupts its SQLite statement), and the answer of an older one
is dropped on arrival, so an older answer never reaches the screen after a newer one. The service call
opens its own session in the worker thread and returns plain :class:`SearchResult` values; no widget is
touched there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from minutes.search.cancel import Cancel
from minutes.ui.runner import Runner

# (query, kinds, limit, cancel=...) -> the results (a list of SearchResult, or GroupedResults).
Search = Callable[..., Any]

LANE = "search"


class SearchRunner(QObject):
    finished = Signal(str, object)  # query, list[SearchResult] (only the latest query's)
    failed = Signal(str, object)  # query, exception

    def __init__(self, search: Search, limit: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.limit = limit
        self.runner = Runner("minutes-search", self)
        self._cancel: Cancel | None = None

    @property
    def generation(self) -> int:
        return self.runner.generation(LANE)

    @property
    def busy(self) -> bool:
        """A query was submitted whose answer (or its drop) has not reached the GUI thread yet."""
        return self.runner.busy

    def submit(self, query: str, kinds: Iterable[str] | None = None) -> int:
        """Run ``query`` (of ``kinds``, None: all) in the background, stopping the one before; returns
        its generation."""
        self._stop_running()
        cancel = self._cancel = Cancel()
        chosen = list(kinds) if kinds is not None else None
        return self.runner.submit(
            query,
            lambda: self.search(query, chosen, self.limit, cancel=cancel),
            done=lambda results: self.finished.emit(query, results),
            failed=lambda exc: self.failed.emit(query, exc),
            lane=LANE,
        )

    def cancel(self) -> None:
        """Forget pending queries and stop the running one (their answers, if any arrive, are dropped)."""
        self.runner.invalidate(LANE)
        self.runner.cancel()
        self._stop_running()

    def _stop_running(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()
            self._cancel = None

    def wait(self, msecs: int = -1) -> bool:
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        self._stop_running()
        self.runner.shutdown()
