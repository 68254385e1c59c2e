"""The official classification of a task's state, computed from its dates (never stored).

The four official states (hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, quá hạn)
plus "not started" and "cancelled". A task due today is not overdue; one completed on its deadline is on
time; a task without a deadline is never overdue.
"""

from __future__ import annotations

from datetime import date

from minutes.domain.enums import StrEnum


class TaskStatus(StrEnum):
    DONE_ON_TIME = "done_on_time"  # hoàn thành đúng hạn
    DONE_LATE = "done_late"  # hoàn thành quá hạn
    IN_PROGRESS = "in_progress"  # đang thực hiện trong hạn
    OVERDUE = "overdue"  # quá hạn (chưa hoàn thành)
    NOT_STARTED = "not_started"  # chưa thực hiện (trong hạn)
    CANCELLED = "cancelled"  # đã hủy

    @property
    def is_open(self) -> bool:
        return self in (TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE, TaskStatus.NOT_STARTED)

    @property
    def is_done(self) -> bool:
        return self in (TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE)


#: The official Vietnamese names, used by documents (which are always in the document's language).
OFFICIAL_VI = {
    TaskStatus.DONE_ON_TIME: "Hoàn thành đúng hạn",
    TaskStatus.DONE_LATE: "Hoàn thành quá hạn",
    TaskStatus.IN_PROGRESS: "Đang thực hiện trong hạn",
    TaskStatus.OVERDUE: "Quá hạn",
    TaskStatus.NOT_STARTED: "Chưa thực hiện",
    TaskStatus.CANCELLED: "Đã hủy",
}


def task_status(
    *,
    deadline: date | None,
    completed_on: date | None,
    cancelled: bool,
    progress: int,
    today: date,
) -> TaskStatus:
    if cancelled:
        return TaskStatus.CANCELLED
    if completed_on is not None:
        if deadline is None or completed_on <= deadline:
            return TaskStatus.DONE_ON_TIME
        return TaskStatus.DONE_LATE
    if deadline is not None and today > deadline:
        return TaskStatus.OVERDUE
    if progress <= 0:
        return TaskStatus.NOT_STARTED
    return TaskStatus.IN_PROGRESS
