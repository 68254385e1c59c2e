"""What a unit of work changed, row by row, kept so that it can be reversed (minutes.services.undo).

Two session hooks, active only in a unit of work that records (``session.info[RECORDER]``):

- ``before_flush`` makes the database's own ``ON DELETE`` rules explicit: the rows that point at a row
  being deleted are set to NULL (``SET NULL``) or deleted (``CASCADE``) through the ORM, so they are
  recorded too, and undoing the deletion restores every link (a task keeps its source). The columns and
  collections of a deleted row that were never loaded are loaded, so it can be put back as it was.
- ``after_flush`` records each inserted, updated and deleted row: its table, primary key, the values
  before and after, and its version after the change (the version the inverse must find).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Mapper, Session

from minutes.db import models as m

#: ``session.info`` key of the list the changes of a recording unit of work are collected in.
RECORDER = "undo_changes"
#: Tables never undone: the audit trail and drafts, settings, the search index (it follows the records).
UNRECORDED = frozenset({"audit_log", "drafts", "app_settings", "search_entries"})
#: A unit of work that writes these is no undo step at all (a finalised version is amended, not undone).
NOT_UNDOABLE = frozenset({"meeting_versions"})


@dataclass
class RowChange:
    """One row changed by one flush. ``before``: the old values of the columns changed (all of them for
    a deleted row); ``after``: the new values (all of them for an inserted row); ``collections``: the
    ids of many-to-many collections before and after (a task's coordinating units)."""

    action: str  # insert | update | delete
    table: str
    key: tuple[Any, ...]
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)
    version: int | None = None  # the row's version after the change (None: unversioned or deleted)
    version_before: int | None = None  # the row's version before it (None: inserted or unversioned)
    collections: dict[str, tuple[list[int], list[int]]] = field(default_factory=dict)
    owners: dict[str, Any] = field(default_factory=dict)  # meeting_id, task_id...: whose history it is in
    incomplete: bool = False  # an old value was never loaded: this update cannot be reversed


#: The columns that say which meeting or task a row belongs to.
OWNER_COLUMNS = ("meeting_id", "task_id", "report_id", "update_id")


@cache
def mapper_of(table: str) -> Mapper[Any]:
    for mapper in m.Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table:
            return mapper
    raise KeyError(table)


def _columns(mapper: Mapper[Any]) -> list[str]:
    return [attr.key for attr in mapper.column_attrs]


def _secondary(mapper: Mapper[Any]) -> list[str]:
    return [rel.key for rel in mapper.relationships if rel.secondary is not None]


@cache
def _referrers(table: str) -> list[tuple[Mapper[Any], str, str, str]]:
    """(mapper, attribute, referred column, ondelete) for every mapped column pointing at ``table``."""
    found = []
    for mapper in m.Base.registry.mappers:
        for column in mapper.local_table.columns:  # type: ignore[union-attr]
            for fk in column.foreign_keys:
                rule = (fk.ondelete or "").upper()
                if fk.column.table.name == table and rule in ("SET NULL", "CASCADE"):
                    attr = mapper.get_property_by_column(column).key
                    found.append((mapper, attr, fk.column.name, rule))
    return found


@event.listens_for(Session, "before_flush")
def _explicit_deletes(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(RECORDER) is None:
        return
    if any(isinstance(obj, m.Meeting) for obj in session.deleted):
        # a whole meeting goes: such a step is not kept (minutes.services.undo), so the database's own
        # rules do the rest and nothing (no evidence file) is read for it
        session.info[RECORDER] = None
        return
    done: set[int] = set()
    with session.no_autoflush:
        while True:
            pending = [obj for obj in session.deleted if id(obj) not in done]
            if not pending:
                return
            for obj in pending:
                done.add(id(obj))
                _load_all(obj)
            _follow_rules(session, pending)


def _load_all(obj: Any) -> None:
    state = inspect(obj)
    for key in list(state.unloaded):
        if key in state.mapper.column_attrs or key in _secondary(state.mapper):
            getattr(obj, key)
    for key in _secondary(state.mapper):
        getattr(obj, key)


def _follow_rules(session: Session, deleted: Iterable[Any]) -> None:
    by_table: dict[str, dict[str, set[Any]]] = {}
    for obj in deleted:
        mapper = inspect(obj).mapper
        table = mapper.local_table.name  # type: ignore[union-attr]
        for column in mapper.local_table.columns:  # type: ignore[union-attr]
            value = getattr(obj, mapper.get_property_by_column(column).key, None)
            if value is not None:
                by_table.setdefault(table, {}).setdefault(column.name, set()).add(value)
    for table, values in by_table.items():
        for mapper, attr, referred, rule in _referrers(table):
            ids = values.get(referred)
            if not ids:
                continue
            cls = mapper.class_
            for row in session.scalars(select(cls).where(getattr(cls, attr).in_(ids))):
                if row in session.deleted:
                    continue
                if rule == "CASCADE":
                    session.delete(row)
                else:
                    setattr(row, attr, None)


@event.listens_for(Session, "after_flush")
def _record(session: Session, context: Any) -> None:
    changes: list[RowChange] | None = session.info.get(RECORDER)
    if changes is None:
        return
    # deletions as the flush did them: also the orphans a collection let go (not in session.deleted)
    deleted = [
        state.obj() for state, (isdelete, listonly) in context.states.items() if isdelete and not listonly
    ]
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", deleted)):
        for obj in objects:
            if obj is None:
                continue
            change = _change(action, obj)
            if change is not None:
                changes.append(change)


def _change(action: str, obj: Any) -> RowChange | None:
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table.name  # type: ignore[union-attr]
    if table in UNRECORDED:
        return None
    key = tuple(mapper.primary_key_from_instance(obj))
    if table in NOT_UNDOABLE:
        return RowChange("update", table, key, incomplete=True)  # makes the whole step not kept
    versioned = "version" in mapper.column_attrs
    change = RowChange(action, table, key)
    change.owners = {k: state.dict.get(k) for k in OWNER_COLUMNS if state.dict.get(k) is not None}
    if action == "insert":
        change.after = {k: state.dict.get(k) for k in _columns(mapper) if k in state.dict}
        change.collections = {k: ([], _ids(getattr(obj, k))) for k in _secondary(mapper)}
    elif action == "delete":
        change.before = {k: state.dict.get(k) for k in _columns(mapper)}
        change.collections = {k: (_ids(getattr(obj, k)), []) for k in _secondary(mapper)}
    else:
        for k in _columns(mapper):
            if k in ("version", "updated_at", "search_key"):
                continue
            history = state.attrs[k].history
            if history.has_changes():
                if history.deleted:
                    change.before[k] = history.deleted[0]
                else:
                    change.incomplete = True  # never loaded (fine when the row was added in this unit)
                change.after[k] = history.added[0] if history.added else None
        for k in _secondary(mapper):
            history = state.attrs[k].history
            if history.has_changes():
                now = _ids(getattr(obj, k))
                old = sorted((set(now) - set(_ids(history.added))) | set(_ids(history.deleted)))
                change.collections[k] = (old, now)
        if not change.after and not change.collections:
            return None
    if versioned and action != "delete":
        change.version = state.dict.get("version")
    if versioned and action == "update" and change.version is not None:
        change.version_before = int(change.version) - 1  # each flush of a row adds one
    elif versioned and action == "delete":
        change.version_before = change.before.get("version")
    return change


def coalesce(changes: list[RowChange]) -> list[RowChange]:
    """One change per row for a whole unit of work (it may flush a row several times): an insert then
    updates is one insert with the last values, an update then a delete is a delete of the row as it was
    before the unit of work, an insert then a delete is nothing."""
    rows: dict[tuple[str, tuple[Any, ...]], RowChange] = {}
    for c in changes:
        k = (c.table, c.key)
        first = rows.get(k)
        if first is None:
            rows[k] = RowChange(
                c.action, c.table, c.key, dict(c.before), dict(c.after), c.version, c.version_before,
                dict(c.collections), c.owners, c.incomplete,
            )  # fmt: skip
            continue
        if c.action == "update":
            first.incomplete = first.incomplete or (c.incomplete and first.action == "update")
            for key, value in c.before.items():
                first.before.setdefault(key, value) if first.action == "update" else None
            first.after.update(c.after)
            for key, (old, new) in c.collections.items():
                first.collections[key] = (first.collections.get(key, (old, new))[0], new)
            first.version = c.version
        elif c.action == "delete":
            if first.action == "insert":
                del rows[k]
                continue
            original = {**c.before, **first.before}
            collections = {
                key: (first.collections.get(key, (old, new))[0], new)
                for key, (old, new) in c.collections.items()
            }
            rows[k] = RowChange(
                "delete", c.table, c.key, original, {}, None, first.version_before, collections, c.owners
            )
        else:  # an insert after a delete of the same key: the row was replaced
            first.action = "update" if first.action == "delete" else first.action
            first.after = dict(c.after)
            first.version = c.version
    return list(rows.values())


def _ids(objects: Iterable[Any]) -> list[int]:
    return sorted(int(o.id) for o in objects)


__all__ = ["RECORDER", "UNRECORDED", "RowChange", "coalesce", "mapper_of"]
