"""Searching off the GUI thread: one query at a time, stale ones skipped, results back by signal.

A :class:`SearchRunner` owns a private thread pool of one thread. Each query gets a generation number;
a query that is no longer the latest when its turn comes is not run, and results of an older generation
are dropped on arrival. The service call opens its own session in the worker thread and returns plain
:class:`SearchResult` values; no widget is touched there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

#: (query, kinds, limit) -> the results (a list of SearchResult, or GroupedResults): shown as they come.
Search = Callable[[str, Iterable[str] | None, int], Any]


class _Signals(QObject):
    done = Signal(int, object)  # generation, list[SearchResult]
    failed = Signal(int, object)  # generation, exception


class _Job(QRunnable):
    def __init__(self, runner: SearchRunner, generation: int, query: str) -> None:
        super().__init__()
        self._runner = runner
        self._generation = generation
        self._query = query

    def run(self) -> None:
        runner = self._runner
        if runner.generation != self._generation:
            return  # the user typed on: this query is stale
        try:
            results = runner.search(self._query, None, runner.limit)
        except Exception as exc:  # handed to the GUI thread, which shows it
            runner.signals.failed.emit(self._generation, exc)
        else:
            runner.signals.done.emit(self._generation, results)


class SearchRunner(QObject):
    finished = Signal(str, object)  # query, list[SearchResult] (only the latest query's)
    failed = Signal(str, object)  # query, exception

    def __init__(self, search: Search, limit: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.limit = limit
        self.generation = 0
        self._queries: dict[int, str] = {}
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def submit(self, query: str) -> int:
        """Run ``query`` in the background; returns its generation."""
        self.generation += 1
        self._queries = {self.generation: query}
        self._pool.start(_Job(self, self.generation, query))
        return self.generation

    def cancel(self) -> None:
        """Forget pending queries (their results, if any arrive, are dropped)."""
        self.generation += 1
        self._queries.clear()
        self._pool.clear()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self.cancel()
        self._pool.waitForDone()

    @Slot(int, object)
    def _done(self, generation: int, results: object) -> None:
        query = self._queries.pop(generation, None)
        if generation == self.generation and query is not None:
            self.finished.emit(query, results)

    @Slot(int, object)
    def _failed(self, generation: int, exc: object) -> None:
        query = self._queries.pop(generation, None)
        if generation == self.generation and query is not None:
            self.failed.emit(query, exc)
