"""Reads for a view, off the GUI thread, latest request wins.

A view that must query the database after every change (the meetings list over thousands of meetings)
hands the query to a :class:`LatestReader`: it runs on the view's :class:`~minutes.ui.runner.Runner`
with its own unit of work (the services open one per call), and only the result of the newest request
comes back, by signal, on the GUI thread. Older results are dropped, so typing in a search box never
shows an out-of-date list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from minutes.ui.runner import Runner

LANE = "latest"


class LatestReader(QObject):
    done = Signal(object)  # the newest request's result
    failed = Signal(object)  # the newest request's exception

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner(name, self)

    def request(self, job: Callable[[], Any]) -> None:
        """Run ``job`` in the background; its result is delivered unless a newer request came meanwhile."""
        self.runner.submit(None, job, done=self.done.emit, failed=self.failed.emit, lane=LANE)

    def invalidate(self) -> None:
        """Drop the result of any request made so far (the view has just read fresher data itself)."""
        self.runner.invalidate(LANE)

    def shutdown(self) -> None:
        """No more requests; wait for the one running."""
        self.runner.shutdown()
