"""Roles enforced in the services (issue 13, item 3): one session-wide check of every flush.

``leader`` and ``admin`` may do everything; a ``secretary`` everything but managing users and finalising or
amending minutes (``meeting_versions``); a ``unit`` member only reports progress and evidence on the tasks
its unit leads or coordinates (progress updates, their files, task events, and a task's progress and
completion); a ``viewer`` reads. Bookkeeping every write makes (audit trail, drafts, search index) is not
a user's action and always passes. On PostgreSQL the server's grants say the same (minutes.db.grants).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.errors import NotPermitted

ROLES = ("leader", "secretary", "unit", "viewer")
_BOOKKEEPING = {"audit_log", "drafts", "app_settings", "search_entries"}
_LEADERS_ONLY = {"users", "meeting_versions"}
#: What a unit member may change of a task: its progress and whether it is done.
#: Set while an import records the version of minutes that arrive finalised (the import is audited).
IMPORTING_FINALISED = "minutes.permissions.importing_finalised"
UNIT_TASK_FIELDS = frozenset({"progress", "completed_on", "updated_at", "version"})


def _table(obj: Any) -> str:
    return str(inspect(obj).mapper.local_table.name)


def _changed_fields(obj: Any) -> set[str]:
    state = inspect(obj)
    return {attr.key for attr in state.mapper.column_attrs if state.attrs[attr.key].history.has_changes()}


@event.listens_for(Session, "before_flush")
def _check_role(session: Session, _context: Any, _instances: Any) -> None:
    actor = session.info.get("actor")
    if actor is None or actor.role in ("admin", "leader"):
        return
    changed = [
        obj
        for objects, action in (
            (session.new, "insert"),
            (session.dirty, "update"),
            (session.deleted, "delete"),
        )
        for obj in objects
        if action != "update" or session.is_modified(obj, include_collections=False)
    ]
    tables = {_table(obj) for obj in changed} - _BOOKKEEPING
    if session.info.get(IMPORTING_FINALISED):  # the version of minutes finalised elsewhere, imported
        tables.discard("meeting_versions")
    if not tables:
        return
    if actor.role == "secretary":
        if tables & _LEADERS_ONLY:
            raise NotPermitted(role=actor.role, action="manage users or finalise minutes")
        return
    if actor.role == "unit":
        _check_unit(session, actor, changed, tables)
        return
    raise NotPermitted(role=actor.role, action="change anything")


def _check_unit(session: Session, actor: Any, changed: list[Any], tables: set[str]) -> None:
    if not tables <= {"tasks", "progress_updates", "attachments", "task_events"}:
        raise NotPermitted(role=actor.role, action="change the minutes")
    task_ids: set[int] = set()
    for obj in changed:
        if isinstance(obj, m.Task):
            if obj in session.new or obj in session.deleted or _changed_fields(obj) - UNIT_TASK_FIELDS:
                raise NotPermitted(role=actor.role, action="change a task other than its progress")
            task_ids.add(obj.id)
        elif isinstance(obj, m.ProgressUpdate | m.TaskEvent):
            task_ids.add(obj.task_id if obj.task_id is not None else obj.task.id)
        elif isinstance(obj, m.Attachment):
            if obj.meeting_id is not None:
                raise NotPermitted(role=actor.role, action="change the minutes")
            update = obj.update
            if update is not None:
                task_ids.add(update.task_id if update.task_id is not None else update.task.id)
    if not task_ids:
        return
    with session.no_autoflush:
        tasks = session.execute(select(m.Task).where(m.Task.id.in_(task_ids))).scalars().all()
        for task in tasks:
            units = {task.lead_unit_id, *(u.id for u in task.coordinating_units)}
            if actor.unit_id is None or actor.unit_id not in units:
                raise NotPermitted(role=actor.role, action="report on another unit's tasks")
