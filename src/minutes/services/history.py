"""Who changed what when (issue 13, item 5): the audit trail of one meeting or one task, read back.

A meeting's history is its own rows and those of every record that belongs to it (agenda, attendance,
reports and their figures, contributions, conclusions, recommendations, documents, versions, the tasks
it created), found by the foreign keys of the schema, so a table added later is included. A task's
history is the task with its progress updates, their files and its events. Records deleted since are
found by the ``meeting_id``/``task_id`` their insert recorded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.services.base import Service, get_or_404

#: Records of the trail that are not a user's change of the meeting or task (bookkeeping).
_SKIP = {"audit_log", "drafts", "app_settings", "search_entries"}
#: A meeting's history stops at its tasks: each task has its own history (progress, files, events).
_OWN_HISTORY = {"tasks"}


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime  # UTC, as stored
    actor: str
    action: str  # insert | update | delete
    entity: str  # the table
    entity_id: int | None
    changes: dict[str, Any]


def _children(parent: str) -> list[tuple[Table, str]]:
    """Tables whose records belong to a ``parent`` record (a foreign key to its id, deleted with it)."""
    found = []
    for table in m.Base.metadata.sorted_tables:
        if table.name in _SKIP or "id" not in table.c:
            continue
        for column in table.c:
            for fk in column.foreign_keys:
                if fk.column.table.name == parent and fk.column.name == "id" and fk.ondelete == "CASCADE":
                    found.append((table, column.name))
    return found


def _ids_below(
    s: Session, parent: str, parent_ids: set[int], depth: int, stop: set[str]
) -> dict[str, set[int]]:
    """Ids of the records belonging to ``parent_ids`` of ``parent``, now or once (from their inserts)."""
    result: dict[str, set[int]] = {}
    if depth == 0 or not parent_ids:
        return result
    for table, column in _children(parent):
        ids = set(s.scalars(select(table.c.id).where(table.c[column].in_(parent_ids))))
        ids |= _ids_inserted_under(s, table.name, column, parent_ids)
        if not ids:
            continue
        result.setdefault(table.name, set()).update(ids)
        if table.name in stop:
            continue
        for name, below in _ids_below(s, table.name, ids, depth - 1, stop).items():
            result.setdefault(name, set()).update(below)
    return result


def _ids_inserted_under(s: Session, entity: str, column: str, parent_ids: set[int]) -> set[int]:
    a = m.AuditEntry
    patterns = [p for ident in parent_ids for p in (f'%"{column}": {ident},%', f'%"{column}": {ident}}}%')]
    found = s.execute(
        select(a.entity_id, a.changes).where(
            a.entity == entity, a.action == "insert", or_(*[a.changes.like(p) for p in patterns])
        )
    )
    ids = set()
    for ident, changes in found:
        try:
            value = json.loads(changes or "{}").get(column)
        except ValueError:
            continue
        if ident is not None and value in parent_ids:
            ids.add(int(ident))
    return ids


def _entries(s: Session, wanted: dict[str, set[int]], limit: int) -> list[HistoryEntry]:
    a = m.AuditEntry
    conditions = [
        (a.entity == entity) & a.entity_id.in_(sorted(ids)) for entity, ids in wanted.items() if ids
    ]
    if not conditions:
        return []
    rows = s.execute(
        select(a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.changes)
        .where(or_(*conditions))
        .order_by(a.id.desc())
        .limit(limit)
    )
    entries = []
    for ident, at, actor, action, entity, entity_id, changes in rows:
        try:
            parsed = json.loads(changes or "{}")
        except ValueError:
            parsed = {"?": changes}
        if isinstance(at, str):
            at = datetime.fromisoformat(at)
        entries.append(
            HistoryEntry(
                ident, at, actor, action, entity, entity_id, parsed if isinstance(parsed, dict) else {}
            )
        )
    return entries


class HistoryService(Service):
    def of_meeting(self, meeting_id: int, limit: int = 5000) -> list[HistoryEntry]:
        """The meeting's trail, newest first."""
        with self.read() as s:
            get_or_404(s, m.Meeting, meeting_id, "meeting")
            wanted = _ids_below(s, "meetings", {meeting_id}, 2, _OWN_HISTORY)
            wanted.setdefault("meetings", set()).add(meeting_id)
            return _entries(s, wanted, limit)

    def of_task(self, task_id: int, limit: int = 5000) -> list[HistoryEntry]:
        """The task's trail with its progress updates, their files and its events, newest first."""
        with self.read() as s:
            get_or_404(s, m.Task, task_id, "task")
            wanted = _ids_below(s, "tasks", {task_id}, 2, set())
            wanted.setdefault("tasks", set()).add(task_id)
            return _entries(s, wanted, limit)
