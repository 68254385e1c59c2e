"""Big read queries of the board off the GUI thread: one at a time, only the latest one's result shown.

:class:`LatestRunner` runs its jobs on a lane of a :class:`~minutes.ui.runner.Runner`: a job that is no
longer the latest when its turn comes is not run, and a result of an older one is dropped when it
arrives. The job calls a service (its own session, plain values back); no widget is touched in
the worker. Used for the counts per state (one pass over the filtered tasks) and the overview's charts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from minutes.ui.runner import Runner

LANE = "latest"


class LatestRunner(QObject):
    finished = Signal(object)  # the latest job's result
    failed = Signal(object)  # the latest job's exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = Runner("minutes-board", self)

    @property
    def generation(self) -> int:
        return self.runner.generation(LANE)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def submit(self, job: Callable[[], Any]) -> int:
        """Run ``job`` in the worker; only the result of the last job submitted is reported."""
        return self.runner.submit(None, job, done=self.finished.emit, failed=self.failed.emit, lane=LANE)

    def wait(self, msecs: int = -1) -> bool:
        return self.runner.wait(msecs)

    def shutdown(self) -> None:
        """Drop what is queued and wait for the running job (before the database closes)."""
        self.runner.shutdown()
