"""Undo and redo in the services: every unit of work records what it changed (minutes.services.undo_capture),
and undoing it is one more unit of work that puts the rows back as they were: a deleted row comes back
under its ORIGINAL id with every link that pointed at it, a changed field gets its old value, an added
row goes. One step per unit of work, however many rows it touched.

History is kept per acting user and database, in memory, by scope: each meeting and each task has its own
undo and redo stacks (a step is in the scope of every meeting and task it touched, and says which, so a
view can tell the user when an undo reaches beyond what it shows). Undoing is refused as a conflict, never
an overwrite, when a row was changed by anyone since (its version is not the one the step left) or when
an id to restore has been taken.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.errors import ConflictError
from minutes.services.base import Service
from minutes.services.context import Actor, Database, unit_of_work
from minutes.services.undo_capture import RECORDER, RowChange, coalesce, mapper_of

Scope = tuple[str, int]  # ("meeting", id) or ("task", id)

#: Steps kept per scope (the oldest are forgotten first).
DEPTH = 200
#: A step touching more rows than this (an import of a whole meeting) is not kept.
MAX_ROWS = 20_000


@dataclass(eq=False)
class Step:
    label: str
    changes: list[RowChange]
    scopes: frozenset[Scope]
    undone: bool = False
    merge_key: tuple[Any, ...] | None = None


@dataclass
class _Stacks:
    undo: list[Step] = field(default_factory=list)
    redo: list[Step] = field(default_factory=list)


@dataclass(frozen=True)
class UndoResult:
    """What an undo or redo did: its label and every meeting and task it changed."""

    label: str
    scopes: frozenset[Scope]


class History:
    """One user's steps on one database."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scopes: dict[Scope, _Stacks] = {}
        self._groups: dict[int, list[Step]] = {}  # thread -> steps of the action it is doing

    @contextmanager
    def together(self) -> Iterator[None]:
        """Every step recorded by this thread inside the block is one step (a user action made of
        several service calls: add then move, a dialog's fields). Nested blocks join the outer one."""
        thread = threading.get_ident()
        if thread in self._groups:
            yield
            return
        self._groups[thread] = []
        try:
            yield
        finally:
            self._combine(self._groups.pop(thread))

    def _combine(self, steps: list[Step]) -> None:
        if len(steps) < 2:
            return
        changes = coalesce([c for step in steps for c in step.changes])
        scopes = frozenset().union(*(step.scopes for step in steps))
        combined = Step(label_of(changes), changes, scopes)
        with self._lock:
            for stacks in self._scopes.values():
                stacks.undo[:] = [s for s in stacks.undo if s not in steps]
            if not changes:
                return
            for scope in scopes:
                self._scopes.setdefault(scope, _Stacks()).undo.append(combined)

    def record(self, label: str, changes: list[RowChange], scopes: frozenset[Scope]) -> Step | None:
        """Keep a new step (None when there is nothing to keep, or it was merged into the last one)."""
        if not changes or not scopes or len(changes) > MAX_ROWS:
            return None
        if any(c.incomplete and c.action == "update" for c in changes):
            return None  # an old value is not known: better no undo than a wrong one
        if any(c.table == "meetings" and c.action != "update" for c in changes):
            return None  # a meeting made or deleted (an import...): not undone from inside it
        group = self._groups.get(threading.get_ident())
        step = Step(label, changes, scopes, merge_key=None if group is not None else _merge_key(changes))
        if group is not None:
            group.append(step)
        with self._lock:
            for scope in scopes:
                stacks = self._scopes.setdefault(scope, _Stacks())
                stacks.redo.clear()
            if self._merge(step):
                return None
            for scope in scopes:
                stacks = self._scopes[scope]
                stacks.undo.append(step)
                del stacks.undo[:-DEPTH]
        return step

    def forget(self, step: Step) -> None:
        """A step whose transaction did not commit after all."""
        with self._lock:
            for stacks in self._scopes.values():
                if step in stacks.undo:
                    stacks.undo.remove(step)

    def _merge(self, step: Step) -> bool:
        """Typing saved field by field: consecutive saves of one field of one record are one step."""
        if step.merge_key is None:
            return False
        tops = {id(s.undo[-1]) if s.undo else None for s in (self._scopes[x] for x in step.scopes)}
        if len(tops) != 1:
            return False
        top = self._scopes[next(iter(step.scopes))].undo
        if not top or top[-1].merge_key != step.merge_key or top[-1].scopes != step.scopes:
            return False
        previous, new = top[-1].changes[0], step.changes[0]
        previous.after, previous.version = new.after, new.version
        return True

    def _steps(self) -> list[Step]:
        seen: dict[int, Step] = {}
        for stacks in self._scopes.values():
            for step in stacks.undo + stacks.redo:
                seen[id(step)] = step
        return list(seen.values())

    def peek(self, scope: Scope, redo: bool = False) -> Step | None:
        with self._lock:
            stacks = self._scopes.get(scope)
            if stacks is None:
                return None
            stack = stacks.redo if redo else stacks.undo
            while stack and stack[-1].undone != redo:
                stack.pop()  # undone (or redone) from another scope it belongs to
            return stack[-1] if stack else None

    def moved(self, step: Step, redo: bool, done: list[RowChange]) -> None:
        """``step`` was undone (``redo`` False) or redone by the changes ``done``: it moves to the other
        stack of its scopes, and the steps that expect a row at the version it had before now expect the
        version the move gave it (the row is as they left it again)."""
        with self._lock:
            before = {(c.table, c.key): c.version_before for c in step.changes}
            now = {(c.table, c.key): c.version for c in done}
            renumber = {row: (before[row], now[row]) for row in before.keys() & now.keys() if before[row]}
            for other in self._steps():
                if other is step:
                    continue
                for change in other.changes:
                    found = renumber.get((change.table, change.key))
                    if found is not None and change.version == found[0]:
                        change.version = found[1]
            step.changes = done
            step.undone = not redo
            for scope in step.scopes:
                stacks = self._scopes.setdefault(scope, _Stacks())
                source, target = (stacks.redo, stacks.undo) if redo else (stacks.undo, stacks.redo)
                if step in source:
                    source.remove(step)
                target.append(step)


def _merge_key(changes: list[RowChange]) -> tuple[Any, ...] | None:
    if len(changes) != 1 or changes[0].action != "update" or changes[0].collections:
        return None
    c = changes[0]
    return (c.table, c.key, tuple(sorted(c.before)))


_HISTORIES: weakref.WeakKeyDictionary[Database, dict[str, History]] = weakref.WeakKeyDictionary()
_HISTORIES_LOCK = threading.Lock()


def history_of(db: Database, actor: Actor) -> History:
    with _HISTORIES_LOCK:
        per_user = _HISTORIES.setdefault(db, {})
        return per_user.setdefault(actor.name, History())


#: Which change names a step: a deletion before an addition before an edit.
_WEIGHT = {"delete": 0, "insert": 1, "update": 2}


def label_of(changes: list[RowChange]) -> str:
    """What a step did, as "action table" of its main row ("delete recommendation_groups"): the most
    significant action on the table highest in the schema (a group before its recommendations)."""
    if not changes:
        return ""
    order = {t.name: i for i, t in enumerate(m.Base.metadata.sorted_tables)}
    main = min(changes, key=lambda c: (_WEIGHT.get(c.action, 3), order.get(c.table, 0)))
    return f"{main.action} {main.table}"


# --- scopes -------------------------------------------------------------------------------------------


def scopes_of(session: Session, changes: list[RowChange]) -> frozenset[Scope]:
    """Every meeting and task the changes belong to."""
    found: set[Scope] = set()
    tasks: set[int] = set()
    reports: set[int] = set()
    updates: set[int] = set()
    for c in changes:
        values = {**c.owners, **c.before, **c.after}
        if c.table == "meetings":
            found.add(("meeting", int(c.key[0])))
        elif c.table == "tasks":
            tasks.add(int(c.key[0]))
            if values.get("meeting_id") is not None:
                found.add(("meeting", int(values["meeting_id"])))
        if values.get("meeting_id") is not None and c.table != "meetings":
            found.add(("meeting", int(values["meeting_id"])))
        if values.get("task_id") is not None:
            tasks.add(int(values["task_id"]))
        if c.table == "report_figures" and values.get("report_id") is not None:
            reports.add(int(values["report_id"]))
        if c.table == "attachments" and values.get("update_id") is not None:
            updates.add(int(values["update_id"]))
    if updates:
        tasks |= set(
            session.scalars(select(m.ProgressUpdate.task_id).where(m.ProgressUpdate.id.in_(updates)))
        )
    if reports:
        for meeting in session.scalars(select(m.Report.meeting_id).where(m.Report.id.in_(reports))):
            found.add(("meeting", int(meeting)))
    for task in tasks:
        found.add(("task", task))
    missing = {t for t in tasks if not any(c.table == "tasks" and c.key == (t,) for c in changes)}
    if missing:
        for meeting in session.scalars(select(m.Task.meeting_id).where(m.Task.id.in_(missing))):
            found.add(("meeting", int(meeting)))
    return frozenset(found)


# --- applying the inverse ---------------------------------------------------------------------------


def _conflict(change: RowChange) -> ConflictError:
    return ConflictError(entity=change.table)


def reverse(session: Session, changes: list[RowChange]) -> None:
    """Put the rows back as they were before ``changes``: deleted rows first (parents before children),
    then changed fields, then added rows go (children before parents); one flush per stage."""
    order = {t.name: i for i, t in enumerate(m.Base.metadata.sorted_tables)}
    deleted = sorted((c for c in changes if c.action == "delete"), key=lambda c: order.get(c.table, 0))
    updated = [c for c in changes if c.action == "update"]
    inserted = sorted((c for c in changes if c.action == "insert"), key=lambda c: -order.get(c.table, 0))
    for change in deleted:
        mapper = mapper_of(change.table)
        if session.get(mapper.class_, change.key) is not None:
            raise _conflict(change)  # the id was taken meanwhile
        session.add(mapper.class_(**change.before))
    session.flush()
    for change in deleted:
        _set_collections(session, change, before=True)
    for change in updated:
        row = _current(session, change)
        for key, value in change.before.items():
            setattr(row, key, value)
        _set_collections(session, change, before=True)
    session.flush()
    for change in inserted:
        session.delete(_current(session, change))
    session.flush()


def _current(session: Session, change: RowChange) -> Any:
    """The row as the change left it, or a conflict: gone, or changed by someone since."""
    mapper = mapper_of(change.table)
    row = session.get(mapper.class_, change.key, populate_existing=True)
    if row is None:
        raise _conflict(change)
    if change.version is not None:
        if getattr(row, "version", None) != change.version:
            raise _conflict(change)
    elif any(getattr(row, k) != v for k, v in change.after.items() if k in mapper.column_attrs):
        raise _conflict(change)
    return row


def _set_collections(session: Session, change: RowChange, *, before: bool) -> None:
    if not change.collections:
        return
    mapper = mapper_of(change.table)
    row = session.get(mapper.class_, change.key)
    for key, (old, new) in change.collections.items():
        target = mapper.relationships[key].mapper.class_
        ids = old if before else new
        setattr(row, key, [session.get(target, i) for i in ids if session.get(target, i) is not None])


# --- the service --------------------------------------------------------------------------------------


class UndoService(Service):
    """``undo(("meeting", 12))`` reverses the latest step in meeting 12; ``redo`` repeats it."""

    @property
    def history(self) -> History:
        return history_of(self.db, self.actor)

    def together(self) -> AbstractContextManager[None]:
        """One undo step for every service call made in the block (by this thread)."""
        return self.history.together()

    def undo_label(self, scope: Scope) -> str | None:
        step = self.history.peek(scope)
        return step.label if step else None

    def redo_label(self, scope: Scope) -> str | None:
        step = self.history.peek(scope, redo=True)
        return step.label if step else None

    def undo(self, scope: Scope) -> UndoResult | None:
        return self._move(scope, redo=False)

    def redo(self, scope: Scope) -> UndoResult | None:
        return self._move(scope, redo=True)

    def _move(self, scope: Scope, *, redo: bool) -> UndoResult | None:
        history = self.history
        step = history.peek(scope, redo=redo)
        if step is None:
            return None
        captured: list[RowChange] = []
        with unit_of_work(self.db, self.actor) as s:
            s.info[RECORDER] = captured
            reverse(s, step.changes)
            s.flush()
        history.moved(step, redo, coalesce(captured))  # what this did: reversed by the next move
        return UndoResult(step.label, step.scopes)


__all__ = ["History", "Scope", "UndoResult", "UndoService", "history_of", "label_of", "reverse", "scopes_of"]
