"""The SQL of the task board: the official status computed in the database, filters and sort keys.

The status of a task depends on today's date, so it is never stored; :func:`status_code` is the CASE
expression that computes it in SQL and must agree with :func:`minutes.domain.status.task_status` (tested
on the boundaries). Filters on a status use :func:`status_predicate`, plain comparisons on the dates that
the ``(cancelled_on, completed_on, deadline)`` indexes can serve.

Sorting is keyset-paginated and split in *segments*, each a run of rows that one index range can
serve, ordered by keys that end with ``tasks.id``: a key that can be NULL (no deadline, no lead unit)
gives two segments, rows with a value first, then the others by id, so NULLs are last in both
directions as in a spreadsheet; the status, which depends on today, is six segments of plain date
ranges (overdue by deadline, then in progress, not started, done late, done on time, cancelled).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    and_,
    case,
    column,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.sql.selectable import Join

from minutes.db import models as m
from minutes.domain.status import TaskStatus
from minutes.domain.text import fold

T = m.Task
TC = m.task_coordinators
LeadUnit = aliased(m.Unit, name="lead_unit")
Responsible = aliased(m.Person, name="responsible")
CoordUnit = aliased(m.Unit, name="coord_unit")

#: The status as a small integer, in the order a leader reads them (sorting by status puts late work
#: first). ``STATUS_BY_CODE[code]`` is the TaskStatus.
STATUS_ORDER: tuple[TaskStatus, ...] = (
    TaskStatus.OVERDUE,
    TaskStatus.IN_PROGRESS,
    TaskStatus.NOT_STARTED,
    TaskStatus.DONE_LATE,
    TaskStatus.DONE_ON_TIME,
    TaskStatus.CANCELLED,
)
STATUS_BY_CODE: dict[int, TaskStatus] = dict(enumerate(STATUS_ORDER))
CODE_OF: dict[TaskStatus, int] = {status: code for code, status in STATUS_BY_CODE.items()}


def day(value: date) -> ColumnElement[date]:
    """A date parameter typed as a date (so SQLite compares it as the stored ISO text)."""
    return literal(value, Date())


def status_code(today: date) -> ColumnElement[int]:
    """The official status of each task as its code in :data:`STATUS_ORDER`, computed in SQL."""
    now = day(today)
    return case(
        (T.cancelled_on.is_not(None), CODE_OF[TaskStatus.CANCELLED]),
        (
            T.completed_on.is_not(None),
            case(
                (or_(T.deadline.is_(None), T.completed_on <= T.deadline), CODE_OF[TaskStatus.DONE_ON_TIME]),
                else_=CODE_OF[TaskStatus.DONE_LATE],
            ),
        ),
        (and_(T.deadline.is_not(None), T.deadline < now), CODE_OF[TaskStatus.OVERDUE]),
        (T.progress <= 0, CODE_OF[TaskStatus.NOT_STARTED]),
        else_=CODE_OF[TaskStatus.IN_PROGRESS],
    )


def is_open() -> ColumnElement[bool]:
    return and_(T.cancelled_on.is_(None), T.completed_on.is_(None))


class not_driving(GenericFunction[Any]):  # noqa: N801 - used like a SQL function
    """The column's value, but not a way in: on SQLite it is written ``+column`` (SQLite's documented
    way to keep a term from choosing the index), elsewhere as the column itself. When a filter names a
    unit, a person, a meeting or words, that index (or one scan) finds the few rows; the state dates
    would otherwise lead the planner through most of the table one row at a time."""

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(not_driving)
def _not_driving(element: not_driving, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(not_driving, "sqlite")
def _not_driving_sqlite(element: not_driving, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


@dataclass(frozen=True)
class StateColumns:
    """The columns the state follows from; ``driving=False`` keeps them from choosing the plan."""

    cancelled_on: Any
    completed_on: Any
    deadline: Any
    progress: Any


def state_columns(driving: bool = True) -> StateColumns:
    if driving:
        return StateColumns(T.cancelled_on, T.completed_on, T.deadline, T.progress)
    return StateColumns(
        not_driving(T.cancelled_on),
        not_driving(T.completed_on),
        not_driving(T.deadline),
        not_driving(T.progress),
    )


def status_predicate(status: TaskStatus, today: date, driving: bool = True) -> ColumnElement[bool]:
    """Rows in ``status``: the same classification as :func:`status_code`, as plain date comparisons."""
    c = state_columns(driving)
    now = day(today)
    open_ = and_(c.cancelled_on.is_(None), c.completed_on.is_(None))
    done = and_(c.cancelled_on.is_(None), c.completed_on.is_not(None))
    in_time = or_(c.deadline.is_(None), c.deadline >= now)
    if status is TaskStatus.CANCELLED:
        return c.cancelled_on.is_not(None)  # type: ignore[no-any-return]
    if status is TaskStatus.DONE_ON_TIME:
        return and_(done, or_(c.deadline.is_(None), c.completed_on <= c.deadline))
    if status is TaskStatus.DONE_LATE:
        return and_(done, c.deadline.is_not(None), c.completed_on > c.deadline)
    if status is TaskStatus.OVERDUE:
        return and_(open_, c.deadline < now)
    if status is TaskStatus.NOT_STARTED:
        return and_(open_, in_time, c.progress <= 0)
    return and_(open_, in_time, c.progress > 0)


def due_within(days: int, today: date, driving: bool = True) -> ColumnElement[bool]:
    """Open tasks due from today up to ``days`` days ahead (today's deadline included; overdue not)."""
    c = state_columns(driving)
    return and_(
        c.cancelled_on.is_(None),
        c.completed_on.is_(None),
        c.deadline >= day(today),
        c.deadline <= day(today + timedelta(days=max(0, days))),
    )


# A word as the word indexes cut them (FTS5 unicode61: runs of letters and digits).
_WORD = re.compile(r"[^\W_]+")


def text_terms(query: str) -> list[str]:
    """The words of a free-text filter, folded like ``Task.search_key`` (accents, đ and case ignored)."""
    return _WORD.findall(fold(query))


def words_predicate(terms: Sequence[str], sqlite: bool) -> ColumnElement[bool]:
    """Tasks whose text (``search_key``: text and expected product) has a word starting with each of
    ``terms``, found through the tasks' word index (migration 0010): FTS5 ``task_words`` on SQLite, on
    PostgreSQL the GIN index on the stored ``tasks.search_words`` (migration 0014)."""
    if sqlite:
        found = text("SELECT rowid FROM task_words WHERE task_words MATCH :task_words").bindparams(
            task_words=fts_match(terms)
        )
        return T.id.in_(found.columns(column("rowid", Integer)))
    simple: ColumnElement[Any] = literal_column("'simple'")
    # The stored vector (migration 0014), not the expression: a row reached through another index is
    # checked without parsing its text again.
    words: ColumnElement[Any] = literal_column("tasks.search_words")
    return words.op("@@")(func.to_tsquery(simple, ts_query(terms)))  # type: ignore[no-any-return]


def fts_match(terms: Sequence[str]) -> str:
    """The FTS5 MATCH string of :func:`words_predicate` (SQLite): each term as a quoted prefix."""
    return " AND ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def ts_query(terms: Sequence[str]) -> str:
    """The ``to_tsquery('simple', …)`` text of :func:`words_predicate` (PostgreSQL): prefixes, AND."""
    return " & ".join("'" + term.replace("'", "''") + "':*" for term in terms)


def words_matcher(terms: Sequence[str]) -> Callable[[str], bool]:
    """The test of :func:`words_predicate` in Python, on a task's ``search_key``: each term begins a
    word, a word being a run of letters and digits as the word index cuts it (FTS5 unicode61; the
    terms come from :func:`text_terms`, cut the same way). Used while walking the sort's own order for
    a common word (SQLite), where asking the word index row by row costs about 95 µs a row."""
    wanted = tuple(terms)

    def begins_word(key: str, term: str) -> bool:
        at = key.find(term)
        while at >= 0:
            if at == 0 or not key[at - 1].isalnum():  # isalnum: [^\W_], a letter or a digit
                return True
            at = key.find(term, at + 1)
        return False

    def matches(key: str | None) -> bool:
        return bool(key) and all(begins_word(key, term) for term in wanted)  # type: ignore[arg-type]

    return matches


def person_predicate(person_ids: Sequence[int], sqlite: bool = True) -> ColumnElement[bool]:
    """Tasks a person is responsible for or assigned to. On PostgreSQL the two ways are one list of ids
    (``id IN (responsible UNION ALL assigned)``): written as ``responsible OR id IN (assigned)`` the
    planner can use no index for the OR and tests every task (60 ms on the ten-year office for a
    person's 324 tasks, 4 ms as a list)."""
    people = list(person_ids)
    assigned = select(m.TaskAssignee.task_id).where(m.TaskAssignee.person_id.in_(people))
    if sqlite:
        return or_(T.responsible_id.in_(people), T.id.in_(assigned))
    mine = aliased(m.Task, name="mine")
    responsible = select(mine.id).where(mine.responsible_id.in_(people))
    return T.id.in_(union_all(responsible, assigned))


def unit_predicate(
    unit_ids: Sequence[int], lead_only: bool = False, per_row: bool = False
) -> ColumnElement[bool]:
    """Tasks the units lead or coordinate (lead only: lead). ``per_row``: the coordinating units checked
    for each row by the ``(task_id, unit_id)`` key, where the plain form makes SQLite list every task the
    units coordinate first (8,000 for a unit of the ten-year office, five times that at 5×): for a walk
    that stops at the page, which reads a number of rows that does not grow with the office."""
    lead = T.lead_unit_id.in_(list(unit_ids))
    if lead_only:
        return lead
    if per_row:
        linked = select(literal(1)).where(TC.c.task_id == T.id, TC.c.unit_id.in_(list(unit_ids)))
        return or_(lead, linked.exists())
    coordinating = T.id.in_(select(TC.c.task_id).where(TC.c.unit_id.in_(list(unit_ids))))
    return or_(lead, coordinating)


class OuterLoopJoin(Join):
    """An inner join whose left side the database walks first. On SQLite it is written ``CROSS JOIN``,
    SQLite's documented join-order hint: without statistics its planner may otherwise start from the
    tasks and sort them all, where walking a small table's index in order stops after one page."""

    inherit_cache = True


@compiles(OuterLoopJoin)
def _join_default(element: OuterLoopJoin, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.visit_join(element, **kw)


@compiles(OuterLoopJoin, "sqlite")
def _join_sqlite(element: OuterLoopJoin, compiler: SQLCompiler, **kw: Any) -> str:
    kw.pop("asfrom", None)
    linter = kw.pop("from_linter", None)
    if linter:
        linter.edges.update(
            (left, right) for left in element.left._from_objects for right in element.right._from_objects
        )
    assert element.onclause is not None
    return (
        element.left._compiler_dispatch(compiler, asfrom=True, from_linter=linter, **kw)
        + " CROSS JOIN "
        + element.right._compiler_dispatch(compiler, asfrom=True, from_linter=linter, **kw)
        + " ON "
        + element.onclause._compiler_dispatch(compiler, from_linter=linter, **kw)
    )


# --- sorting --------------------------------------------------------------------------------------


class SortKey(StrEnum):
    """The columns the board sorts by (every column but STT, which is the row number)."""

    TEXT = "text"
    LEAD_UNIT = "lead_unit"
    COORDINATING = "coordinating"
    RESPONSIBLE = "responsible"
    DEADLINE = "deadline"
    PRIORITY = "priority"
    STATUS = "status"
    PROGRESS = "progress"
    MEETING = "meeting"
    CREATED = "created"


#: Sorting by text uses the first characters of the folded text: accent-insensitive alphabetical
#: order that an index can serve (a whole long text would not fit a PostgreSQL btree entry). The
#: numbers are inline literals so the expression is the one of the index ``ix_tasks_text_sort``.
TEXT_SORT_CHARS = 60


def text_sort_key() -> ColumnElement[str]:
    return func.substr(T.search_key, literal_column("1"), literal_column(str(TEXT_SORT_CHARS)))


@dataclass(frozen=True)
class Segment:
    """A run of rows in one sort order: the rows matching ``where``, ordered by ``keys`` (the last key
    is the task id). ``lead``/``responsible``/``meeting`` start from that table, joined to its tasks (the
    planner walks that table's index in order, then each one's tasks by id); ``coordinator`` starts from
    the coordinating units, each task joined to its alphabetically first one (stored, migration 0015)."""

    keys: tuple[Any, ...]  # column expressions (mapped attributes or SQL expressions)
    where: tuple[ColumnElement[bool], ...] = ()
    lead: bool = False
    responsible: bool = False
    coordinator: bool = False
    meeting: bool = False
    #: Only tasks without a deadline (a filter on the deadline never finds one here).
    undated: bool = False
    #: Only tasks in this state (the status order's segments).
    status: TaskStatus | None = None

    def possible(self, needs_deadline: bool, statuses: frozenset[TaskStatus]) -> bool:
        """Whether a row of a filter can be here: ``needs_deadline`` (overdue, due within, a deadline
        range) rules out the undated rows, ``statuses`` (empty: any) the other states. A segment that
        cannot hold one is not asked: each ask of an empty one cost as much as the page (its word and
        unit lists are built before SQLite finds it empty: 10 ms at 1×, 50 ms at 5×)."""
        if needs_deadline and self.undated:
            return False
        return self.status is None or not statuses or self.status in statuses


@dataclass(frozen=True)
class SortSpec:
    """The segments of one sort, in ascending order. Descending reverses the keys in each segment and,
    when ``flip`` is set, the order of the segments (status); otherwise the segments keep their order,
    so rows without a value (no deadline, no lead unit) stay last in both directions."""

    segments: tuple[Segment, ...]
    flip: bool = False

    def ordered(self, descending: bool) -> tuple[Segment, ...]:
        return tuple(reversed(self.segments)) if descending and self.flip else self.segments


def _status_segments(today: date) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for status in STATUS_ORDER:
        where = status_predicate(status, today)
        if status.is_open:
            dated = T.deadline.is_not(None)
            out.append(Segment((T.deadline, T.id), (where, dated), status=status))
            if status is not TaskStatus.OVERDUE:
                out.append(Segment((T.id,), (where, T.deadline.is_(None)), undated=True, status=status))
        elif status is TaskStatus.CANCELLED:
            out.append(Segment((T.cancelled_on, T.id), (where,), status=status))
        else:
            out.append(Segment((T.completed_on, T.id), (where,), status=status))
    return tuple(out)


#: Each task's first coordinating unit (alphabetically), kept by triggers (migration 0015).
FIRST_COORDINATOR: ColumnElement[int] = literal_column("tasks.first_coordinator_id", Integer)


@lru_cache(maxsize=32)
def sort_spec(key: SortKey, today: date) -> SortSpec:
    """The segments of a sort (kept per sort and day: building the status order's ten segments took
    1-2 ms of each page's Python; SQL expressions are not changed once built)."""
    return _sort_spec(key, today)


def _sort_spec(key: SortKey, today: date) -> SortSpec:
    if key is SortKey.TEXT:
        return SortSpec((Segment((text_sort_key(), T.id)),))
    if key is SortKey.LEAD_UNIT:
        return SortSpec(
            (
                Segment((LeadUnit.search_key, LeadUnit.id, T.id), lead=True),
                Segment((T.id,), (T.lead_unit_id.is_(None),)),
            )
        )
    if key is SortKey.COORDINATING:
        return SortSpec(
            (
                Segment((CoordUnit.search_key, CoordUnit.id, T.id), coordinator=True),
                Segment((T.id,), (FIRST_COORDINATOR.is_(None),)),
            )
        )
    if key is SortKey.RESPONSIBLE:
        return SortSpec(
            (
                Segment((Responsible.search_key, Responsible.id, T.id), responsible=True),
                Segment((T.id,), (T.responsible_id.is_(None),)),
            )
        )
    if key is SortKey.DEADLINE:
        return SortSpec(
            (
                Segment((T.deadline, T.id), (T.deadline.is_not(None),)),
                Segment((T.id,), (T.deadline.is_(None),), undated=True),
            )
        )
    if key is SortKey.PRIORITY:
        return SortSpec((Segment((T.priority, T.id)),))
    if key is SortKey.STATUS:
        return SortSpec(_status_segments(today), flip=True)
    if key is SortKey.PROGRESS:
        return SortSpec((Segment((T.progress, T.id)),))
    if key is SortKey.MEETING:
        return SortSpec((Segment((m.Meeting.meeting_date, m.Meeting.id, T.position, T.id), meeting=True),))
    return SortSpec((Segment((T.id,)),))
