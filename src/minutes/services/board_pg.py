"""The task board's statements that only PostgreSQL runs.

A page of the board is its sort keys, then the display values of its 200 tasks. Those were four
statements (the tasks, their coordinating units, the people assigned, their deadline changes), each a
round trip, planned every time (``plan_cache_mode = force_custom_plan``, see ``db/engine.py``) and
compiled and read through SQLAlchemy: on the loaded 2-CPU machine the page spent more time between the
statements than in them. On PostgreSQL the three lists come with each task's row as arrays, one
statement in all (:func:`with_links`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Select, String, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by, array

from minutes.db import models as m
from minutes.domain.enums import TaskEventKind

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
