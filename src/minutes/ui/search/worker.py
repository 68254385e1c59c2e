"""Searching off the GUI thread: one query at a time, stale ones skipped, results back by signal.

A :class:`SearchRunner` runs its queries on a lane of a :class:`~minutes.ui.runner.Runner`: a query that
is no longer the latest when its turn comes is not run, and results of an older one are dropped on
arrival. The service call opens its own session in the worker thread and returns plain
:class:`SearchResult` values; no widget is touched there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from minutes.ui.runner import Runner

# (query, kinds, limit) -> the results (a list of SearchResult, or GroupedResults): shown as they come.
Search = Callable[[str, Iterable[str] | None, int], Any]

LANE = "search"


class SearchRunner(QObject):
    finished = Signal(str, object)  # query, list[SearchResult] (only the latest query's)
    failed = Signal(str, object)  # query, exception

    def __init__(self, search: Search, limit: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.limit = limit
        self.runner = Runner("minutes-search", self)

    @property
    def generation(self) -> int:
        return self.runner.generation(LANE)

    def submit(self, query: str) -> int:
        """Run ``query`` in the background; returns its generation."""
        return self.runner.submit(
            query,
            lambda: self.search(query, None, self.limit),
            done=lambda results: self.finished.emit(query, results),
            failed=lambda exc: self.failed.emit(query, exc),
            lane=LANE,
        )

    def cancel(self) -> None:
        """Forget pending queries (their results, if any arrive, are dropped)."""
        self.runner.invalidate(LANE)
        self.runner.cancel()

    def wait(self, msecs: int = -1) -> bool:
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        self.runner.shutdown()
