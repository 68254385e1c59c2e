from datetime import date

import pytest

from minutes.domain.status import TaskStatus, task_status

DEADLINE = date(2021, 3, 31)


def status(**kw: object) -> TaskStatus:
    args = {
        "deadline": DEADLINE,
        "completed_on": None,
        "cancelled": False,
        "progress": 0,
        "today": date(2021, 3, 1),
    }
    args.update(kw)
    return task_status(**args)  # type: ignore[arg-type]


def test_due_today_is_not_overdue() -> None:
    assert status(today=DEADLINE, progress=50) is TaskStatus.IN_PROGRESS
    assert status(today=DEADLINE) is TaskStatus.NOT_STARTED


def test_a_day_after_the_deadline_is_overdue_whatever_the_progress() -> None:
    assert status(today=date(2021, 4, 1), progress=90) is TaskStatus.OVERDUE
    assert status(today=date(2021, 4, 1)) is TaskStatus.OVERDUE


def test_completed_on_the_deadline_is_on_time() -> None:
    assert status(completed_on=DEADLINE, today=date(2022, 1, 1)) is TaskStatus.DONE_ON_TIME


def test_completed_a_day_late() -> None:
    assert status(completed_on=date(2021, 4, 1)) is TaskStatus.DONE_LATE


def test_no_deadline_is_never_overdue() -> None:
    assert status(deadline=None, today=date(2099, 1, 1), progress=10) is TaskStatus.IN_PROGRESS
    assert status(deadline=None, completed_on=date(2099, 1, 1)) is TaskStatus.DONE_ON_TIME


@pytest.mark.parametrize("completed", [None, date(2021, 4, 5)])
def test_cancelled_wins(completed: date | None) -> None:
    assert status(cancelled=True, completed_on=completed) is TaskStatus.CANCELLED


def test_open_and_done_flags() -> None:
    assert TaskStatus.OVERDUE.is_open and not TaskStatus.OVERDUE.is_done
    assert TaskStatus.DONE_LATE.is_done and not TaskStatus.DONE_LATE.is_open
    assert not TaskStatus.CANCELLED.is_open
