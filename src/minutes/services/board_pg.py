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

from sqlalchemy import Integer, Select, String, bindparam, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by, array
from sqlalchemy.orm import Session

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


@contextmanager
def bitmaps_for(s: Session, f: TaskFilter, terms: Sequence[str]) -> Iterator[None]:
    """Within: on PostgreSQL, for a unit or words together with an open state (overdue, the chips), the
    tasks are found through bitmaps of the indexes (``enable_indexscan = off``), then the setting is put
    back for what follows in the transaction.

    The planner walks ``ix_tasks_completed_on`` (the 17,700 tasks not completed, cancelled ones included)
    to find such tasks: it takes the open tasks with a past deadline for 88 % of them (the share of past
    deadlines among all tasks) where they are 46 %, and the NULLs of that index are in the table's order,
    so its cost looks low. Through bitmaps it ANDs the open tasks by deadline (migration 0017) with the
    words: for a unit, overdue and 'xay' 93 -> 44 ms (page) and 58 -> 41 ms (counts), words and overdue
    66 -> 24 ms, a unit and in progress 64 -> 36 ms (EXPLAIN ANALYZE under load). Not for a deadline range
    or "due within" (the deadline index serves those: 3.6 ms, 31 ms through bitmaps), nor for a person or
    a meeting (their own indexes find few tasks).

    The setting rules out index-only scans too (PostgreSQL plans one only where both are on), so a unit's
    coordinated tasks, read inside the statement, are a bitmap heap scan of ``task_coordinators`` (518
    pages, 3 ms quiet, for a unit of the ten-year office) where ``ix_task_coordinators_unit_task`` alone
    serves them (0.5 ms). Reading them first, with the setting as it was, and giving them back as one
    array measured no faster (2026-12-08, PostgreSQL 15, load 2-5): the keys statements of a unit,
    overdue and 'xay', 30 alternated pairs, 13.7 against 13.9 ms median (24.8 / 25.5 in another run),
    the service's page 27.8 against 27.8 ms; the extra round trip and the 48 KB array each way cost
    what the index-only scan saves. As 8,000 Python ints psycopg took 5-35 ms to send; cast from text
    inside the statement the array is searched linearly per row (300 ms); as an index condition on
    ``ix_tasks_open_deadline``'s second column each id walks the overdue range (1.3-2 s)."""
    narrowing = bool(f.unit_ids or terms)
    state = f.overdue_only or bool(f.statuses)
    other = bool(
        f.person_ids or f.meeting_ids or f.deadline_from or f.deadline_to or f.due_within_days is not None
    )
    if s.get_bind().dialect.name != "postgresql" or not (narrowing and state) or other:
        yield
        return
    s.execute(text("SET LOCAL enable_indexscan = off"))
    yield  # (after an error the transaction is rolled back, and the setting with it)
    s.execute(text("SET LOCAL enable_indexscan = on"))
