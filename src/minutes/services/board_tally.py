"""The board's counts from ``task_tally`` (migration 0010): tasks per lead unit, phase and day, kept by
triggers in the same transaction as every change to ``tasks``.

A task's status depends on today, the tally's phases do not: cancelled, done on time, done late (day:
the month completed), open and started, open and not started (day: the deadline, 9999-12-31 when
none). Open tasks whose day is before today are overdue; the others are in progress or not started by
their phase. So the counts per state, per unit and the completions per month sum a few thousand rows
(units x deadlines of open tasks + units x months), whatever the number of tasks. Used when the board
shows every task (no filter); a filter reads the matching tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Column, Date, Integer, MetaData, SmallInteger, Table, func, select, union_all
from sqlalchemy.orm import Session

from minutes.domain.status import TaskStatus
from minutes.services import board_query as q

TALLY = Table(
    "task_tally",
    MetaData(),
    Column("unit_id", Integer, primary_key=True),  # the lead unit; 0: none
    Column("phase", SmallInteger, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("n", Integer, nullable=False),
)
#: PostgreSQL (migration 0017): per unit, the tasks it coordinates without leading them, by the same
#: phases and days; with ``task_tally`` a unit's counts are two sums (:func:`taking_part_by_status`).
COORDINATED = Table(
    "task_coordinated_tally",
    MetaData(),
    Column("unit_id", Integer, primary_key=True),
    Column("phase", SmallInteger, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("n", Integer, nullable=False),
)

CANCELLED, DONE_ON_TIME, DONE_LATE, OPEN_STARTED, OPEN_NOT_STARTED = range(5)
_CLOSED = {
    CANCELLED: TaskStatus.CANCELLED,
    DONE_ON_TIME: TaskStatus.DONE_ON_TIME,
    DONE_LATE: TaskStatus.DONE_LATE,
}


def status_of(phase: int, before_today: bool) -> TaskStatus:
    if phase in _CLOSED:
        return _CLOSED[phase]
    if before_today:
        return TaskStatus.OVERDUE
    return TaskStatus.IN_PROGRESS if phase == OPEN_STARTED else TaskStatus.NOT_STARTED


def by_unit_and_status(s: Session, today: date) -> dict[int | None, dict[TaskStatus, int]]:
    """Per lead unit (None: no lead unit), the tasks in each state (units with no task left out)."""
    t = TALLY.c
    late = (t.day < q.day(today)).label("late")
    stmt = select(t.unit_id, t.phase, late, func.sum(t.n)).where(t.n != 0).group_by(t.unit_id, t.phase, late)
    out: dict[int | None, dict[TaskStatus, int]] = {}
    for unit_id, phase, before, n in s.execute(stmt):
        if not n:
            continue
        counts = out.setdefault(int(unit_id) or None, dict.fromkeys(q.STATUS_ORDER, 0))
        counts[status_of(int(phase), bool(before))] += int(n)
    return out


def by_status(s: Session, today: date, unit_ids: Sequence[int] | None = None) -> dict[TaskStatus, int]:
    """Every task (or those led by ``unit_ids``), counted per state (all six keys present)."""
    t = TALLY.c
    late = (t.day < q.day(today)).label("late")
    stmt = select(t.phase, late, func.sum(t.n)).where(t.n != 0).group_by(t.phase, late)
    if unit_ids is not None:
        stmt = stmt.where(t.unit_id.in_(list(unit_ids)))
    counts = dict.fromkeys(q.STATUS_ORDER, 0)
    for phase, before, n in s.execute(stmt):
        counts[status_of(int(phase), bool(before))] += int(n or 0)
    return counts


def taking_part_by_status(s: Session, today: date, unit_id: int) -> dict[TaskStatus, int]:
    """The tasks one unit takes part in (leads, or coordinates without leading: each task once), counted
    per state: the two tallies summed in one statement (PostgreSQL, migration 0017)."""
    late = q.day(today)
    parts = [
        select(t.c.phase, (t.c.day < late).label("late"), t.c.n).where(t.c.unit_id == unit_id, t.c.n != 0)
        for t in (TALLY, COORDINATED)
    ]
    both = union_all(*parts).subquery()
    stmt = select(both.c.phase, both.c.late, func.sum(both.c.n)).group_by(both.c.phase, both.c.late)
    counts = dict.fromkeys(q.STATUS_ORDER, 0)
    for phase, before, n in s.execute(stmt):
        counts[status_of(int(phase), bool(before))] += int(n or 0)
    return counts


def completed_by_month(s: Session) -> dict[tuple[date, bool], int]:
    """(first day of the month, late) -> tasks completed (not cancelled) in that month."""
    t = TALLY.c
    stmt = (
        select(t.day, t.phase, func.sum(t.n))
        .where(t.phase.in_((DONE_ON_TIME, DONE_LATE)), t.n != 0)
        .group_by(t.day, t.phase)
    )
    out: dict[tuple[date, bool], int] = {}
    for day, phase, n in s.execute(stmt):
        if n:
            out[(day, int(phase) == DONE_LATE)] = int(n)
    return out
