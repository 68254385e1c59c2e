"""The plain values of the task board: what to show (:class:`TaskFilter`), where the next page starts
(:class:`Cursor`) and what is shown (:class:`BoardRow`, counts, buckets, reminders). No Qt, no ORM."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from minutes.domain.deadline import Deadline
from minutes.domain.enums import Priority
from minutes.domain.status import TaskStatus
from minutes.services.board_query import SortKey


@dataclass(frozen=True)
class TaskFilter:
    """What the board shows. Different fields combine with AND; the values of one field with OR
    (several statuses, several units...). ``overdue_only`` and ``due_within_days`` are two choices on
    the same field, the deadline, so when both are set a task matching either is shown."""

    unit_ids: tuple[int, ...] = ()  # lead or coordinating unit (only lead with lead_only)
    lead_only: bool = False
    person_ids: tuple[int, ...] = ()  # the responsible person or one of the people assigned
    statuses: frozenset[TaskStatus] = frozenset()
    overdue_only: bool = False
    due_within_days: int | None = None
    meeting_ids: tuple[int, ...] = ()
    deadline_from: date | None = None
    deadline_to: date | None = None
    priorities: frozenset[Priority] = frozenset()
    text: str = ""
    sort: SortKey = SortKey.DEADLINE
    descending: bool = False

    def replace(self, **changes: Any) -> TaskFilter:
        return dataclasses.replace(self, **changes)

    @property
    def without_status(self) -> TaskFilter:
        """The same filter over every status (what the status counts are taken over)."""
        return self.replace(statuses=frozenset())


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the sort it belongs to, the segment and the keys of the last row."""

    sort: SortKey
    descending: bool
    segment: int
    values: tuple[Any, ...]


@dataclass(frozen=True)
class BoardRow:
    id: int
    meeting_id: int
    source_kind: str | None
    source_id: int | None
    text: str  # the first line, for the table
    lead_unit: str
    coordinating: str  # names joined with ", "
    responsible: str
    deadline: date | None
    deadline_text: str  # 19/01/2021
    priority: Priority
    status: TaskStatus
    progress: int
    progress_text: str  # 40%
    meeting: str  # 19/01/2021 · title
    meeting_date: date
    completed_on: date | None
    days_left: int | None  # open tasks with a deadline: days until it (negative when overdue)
    assignees: tuple[str, ...] = ()  # the people the task is assigned to, in order
    assignee_text: str = ""  # a free-text assignee ("2 đồng chí Phó Chủ tịch")
    deadline_spec: Deadline | None = None  # the deadline as stated (a period...); deadline: its status date
    extended: bool = False  # the deadline was moved later at least once ("đã gia hạn")

    @property
    def assigned(self) -> str:
        """Everyone the task names as responsible, for the board's column: the responsible person, the
        people assigned (without repeating the responsible one), the free-text assignee."""
        names = list(dict.fromkeys([n for n in (self.responsible, *self.assignees) if n]))
        if self.assignee_text:
            names.append(self.assignee_text)
        return "; ".join(names)


class StatusCounts(dict[TaskStatus, int]):
    """Tasks per state (all six keys). ``at_least``: the states whose number is a lower bound, not a
    count: a text matching more tasks than the board counts (``board.COUNT_CAP``) is counted over its
    newest matches only, so that counting costs the same whatever the office's size (issue 17 item 2);
    the chips then show "2.000+". Compares equal to a plain dict of the same numbers."""

    def __init__(
        self, counts: dict[TaskStatus, int] | None = None, at_least: frozenset[TaskStatus] = frozenset()
    ):
        super().__init__(counts or {})
        self.at_least = frozenset(at_least)

    @property
    def exact(self) -> bool:
        return not self.at_least


@dataclass(frozen=True)
class UnitStatusCounts:
    unit_id: int | None  # None: tasks without a lead unit
    unit_name: str
    counts: dict[TaskStatus, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class CompletionBucket:
    start: date  # first day of the month (quarter, year)
    on_time: int
    late: int

    @property
    def total(self) -> int:
        return self.on_time + self.late


@dataclass(frozen=True)
class Reminders:
    today: date
    within_days: int
    overdue: list[BoardRow]
    due_soon: list[BoardRow]
    overdue_total: int
    due_soon_total: int

    def __bool__(self) -> bool:
        return bool(self.overdue_total or self.due_soon_total)


def fmt_day(value: date | None) -> str:
    return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year}"


def first_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.strip().split("\n", 1)[0].split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
