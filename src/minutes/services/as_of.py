"""Tasks as they stood on a past day: what a status report counted to a reference date needs.

A report dated 22/01/2021 must not count a completion of 20/02/2021, nor the progress recorded with it.
Completion and cancellation dates are on the task; the progress on a day comes from the dated progress
updates (:meth:`AsOfService.progress_on`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from minutes.db import models as m
from minutes.services.base import Service

_CHUNK = 900  # ids per IN (...) list: well under every backend's limit


class AsOfService(Service):
    def progress_on(self, task_ids: Iterable[int], day: date) -> dict[int, int]:
        """Each task's recorded progress on ``day``: its latest progress update dated on or before it, or
        0 when every update comes later. Tasks with no progress update at all are left out (their
        progress has no date)."""
        ids = sorted(set(task_ids))
        found: dict[int, tuple[date, int, int]] = {}
        with self.read() as s:
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                rows = s.execute(
                    select(m.ProgressUpdate.task_id, m.ProgressUpdate.update_date, m.ProgressUpdate.id,
                           m.ProgressUpdate.percent).where(m.ProgressUpdate.task_id.in_(chunk))
                )  # fmt: skip
                for task_id, when, row_id, percent in rows:
                    if when > day:
                        found.setdefault(task_id, (date.min, 0, 0))
                        continue
                    if (when, row_id) >= found.get(task_id, (date.min, 0, 0))[:2]:
                        found[task_id] = (when, row_id, percent)
        return {task_id: percent for task_id, (_when, _row, percent) in found.items()}
