"""The task board's statements that only PostgreSQL runs.

A page of the board is its sort keys, then the display values of its 200 tasks. Those were four
statements (the tasks, their coordinating units, the people assigned, their deadline changes), each a
round trip, planned every time (``plan_cache_mode = force_custom_plan``, see ``db/engine.py``) and
compiled and read through SQLAlchemy: on the loaded 2-CPU machine the page spent more time between the
statements than in them. On PostgreSQL the three lists come with each task's row as arrays, one
statement in all (:func:`with_links`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Integer, Select, String, Text, any_, bindparam, cast, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by, array
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeDecorator

from minutes.db import models as m
from minutes.domain.enums import TaskEventKind
from minutes.services.board_values import TaskFilter

T = m.Task


def unnest_ids(ids: list[int]) -> Select[Any]:
    """``SELECT unnest(:ids)``: a list of ids as one array parameter, as rows (see ``board.among``)."""
    return select(func.unnest(bindparam(None, list(ids), type_=ARRAY(Integer))))


def with_links(stmt: Select[Any]) -> Select[Any]:
    """``stmt`` (a select of ``tasks`` rows) with three more columns: the names of each task's
    coordinating units by their sort key, of the people assigned to it by position (NULL when none),
    and the [old, new] values of its deadline changes (NULL when none).
    Each is an index read per task (``pk_task_coordinators``, ``task_assignees``' and
    ``ix_task_events_task_id``), as the separate statements read them for the page's ids."""
    tc, unit = m.task_coordinators, m.Unit
    coordinators = (
        select(func.array_agg(aggregate_order_by(unit.name, unit.search_key, unit.id)))
        .select_from(tc.join(unit, unit.id == tc.c.unit_id))
        .where(tc.c.task_id == T.id)
        .scalar_subquery()
    )
    ta, person = m.TaskAssignee, m.Person
    assignees = (
        select(func.array_agg(aggregate_order_by(person.full_name, ta.position)))
        .select_from(ta)
        .join(person, person.id == ta.person_id)
        .where(ta.task_id == T.id)
        .scalar_subquery()
    )
    e = m.TaskEvent
    changed = (
        e.task_id == T.id,
        e.kind == TaskEventKind.DEADLINE_CHANGED.value,
        e.old_value.is_not(None),
        e.new_value.is_not(None),
    )
    pair = array([e.old_value, e.new_value])
    changes = (
        select(func.array_agg(aggregate_order_by(pair, e.id), type_=ARRAY(String, dimensions=2)))
        .where(*changed)
        .scalar_subquery()
    )
    return stmt.add_columns(coordinators, assignees, changes)


class IdsText(TypeDecorator[str]):
    """An integer array given as its text (``{1,2,3}``): sent as one string, which the statement types as
    ``INTEGER[]`` (``$1::INTEGER[]``). A constant when the statement is planned, so PostgreSQL knows its
    size and hashes it; cast from a string inside the statement it was searched linearly for each row
    (300 ms for a unit, overdue and 'xay')."""

    impl = ARRAY(Integer)
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> None:
        return None


def coordinated(s: Session, unit_ids: Sequence[int]) -> ColumnElement[bool]:
    """``tasks.id`` among the tasks the units coordinate, read now by an index-only scan of
    ``ix_task_coordinators_unit_task`` (0.5 ms for the 8,185 links of a unit of the ten-year office) and
    given back to the server as one array. The array travels as its text, one string each way: as a
    list of 8,000 Python ints psycopg took 5-35 ms to read and send again (under load)."""
    tc = m.task_coordinators
    ids = s.scalar(
        select(func.coalesce(cast(func.array_agg(tc.c.task_id), Text), "{}")).where(
            tc.c.unit_id.in_(list(unit_ids))
        )
    )
    # ``id + 0``: tested on each row the bitmaps found (the array hashed), never an index condition:
    # as one (the second column of ix_tasks_open_deadline) each of the 8,000 ids walked the whole
    # overdue range, 1.3-2 s.
    return (T.id + 0) == any_(bindparam(None, ids, type_=IdsText()))


@contextmanager
def bitmaps_for(s: Session, f: TaskFilter, terms: Sequence[str]) -> Iterator[ColumnElement[bool] | None]:
    """Within: on PostgreSQL, for a unit or words together with an open state (overdue, the chips), the
    tasks are found through bitmaps of the indexes (``enable_indexscan = off``), then the setting is put
    back for what follows in the transaction. Gives the test of the tasks the filter's units coordinate,
    read before the setting changes (:func:`coordinated`), for the statement to use (None where there
    is no unit, the units as leads only, or no bitmaps).

    The planner walks ``ix_tasks_completed_on`` (the 17,700 tasks not completed, cancelled ones included)
    to find such tasks: it takes the open tasks with a past deadline for 88 % of them (the share of past
    deadlines among all tasks) where they are 46 %, and the NULLs of that index are in the table's order,
    so its cost looks low. Through bitmaps it ANDs the open tasks by deadline (migration 0017) with the
    words: for a unit, overdue and 'xay' 93 -> 44 ms (page) and 58 -> 41 ms (counts), words and overdue
    66 -> 24 ms, a unit and in progress 64 -> 36 ms (EXPLAIN ANALYZE under load). Not for a deadline range
    or "due within" (the deadline index serves those: 3.6 ms, 31 ms through bitmaps), nor for a person or
    a meeting (their own indexes find few tasks).

    ``enable_indexscan = off`` rules out index-only scans too (PostgreSQL needs both on for one), so the
    unit's coordinated tasks, read inside the statement, were a bitmap heap scan of ``task_coordinators``
    (518 pages for a unit of the ten-year office; 3-12 ms, under load the more) where the index alone
    serves them (0.5 ms): they are read first, with the setting as it was, and tested on the rows the
    bitmaps find as one array (hashed by PostgreSQL)."""
    narrowing = bool(f.unit_ids or terms)
    state = f.overdue_only or bool(f.statuses)
    other = bool(
        f.person_ids or f.meeting_ids or f.deadline_from or f.deadline_to or f.due_within_days is not None
    )
    if s.get_bind().dialect.name != "postgresql" or not (narrowing and state) or other:
        yield None
        return
    linked = coordinated(s, f.unit_ids) if f.unit_ids and not f.lead_only else None
    s.execute(text("SET LOCAL enable_indexscan = off"))
    yield linked  # (after an error the transaction is rolled back, and the setting with it)
    s.execute(text("SET LOCAL enable_indexscan = on"))
