"""Every write carries the version the user saw; a stale one is refused with both sides kept.

A service method that changes a record takes ``expected_version`` (the record's version when the user
last saw it) and ``seen`` (the values of the changed fields as the user saw them). When the record is
still at that version the write goes through. When someone changed the record since, each changed field
is compared with what the user saw: a field nobody else touched (another field of the record changed)
is written; a field someone else changed, to something else than the user's value, is a conflict:
:class:`~minutes.errors.EditConflict` carries both values and who changed it when (from the audit trail),
and nothing of the write is kept (the unit of work rolls back). Like Git and CouchDB, nothing is merged
silently and nothing is dropped: the user chooses.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from minutes.db import models as m
from minutes.errors import ConflictError, DeleteConflict, EditConflict, OrderConflict, UserError

T = TypeVar("T")

#: How many times a write is tried again when another writer committed between its read and its write.
STALE_RETRIES = 8

Cleaners = Mapping[str, Callable[[Any], Any] | None]

#: How many of a record's latest audit entries are searched for the last change of a field.
AUDIT_LOOKBACK = 50


def check_version(
    session: Session,
    row: Any,
    expected_version: int | None,
    fields: Mapping[str, Any],
    *,
    seen: Mapping[str, Any] | None = None,
    cleaners: Cleaners | None = None,
    current: Callable[[Any, str], Any] | None = None,
) -> None:
    """Refuse a write of ``fields`` to ``row`` based on a stale version (see the module's doc).

    ``cleaners`` turn a typed value into the stored one (so "  A " typed and "A" stored compare equal);
    ``current(row, field)`` reads a field whose stored form is not the attribute itself (a task's
    coordinating units). Without ``expected_version`` nothing is checked (scripts, the CLI).

    On PostgreSQL the row is read again under a row lock (``SELECT ... FOR UPDATE``) first: another
    writer's commit can then no longer come between this check and this transaction's flush (it waits
    for this one, or this one for it and then checks against what it wrote), so the write is decided here
    and never fails later on the version column. SQLite serialises its writers already.
    """
    if expected_version is None:
        return
    _lock(session, row)
    if row.version == expected_version:
        return
    _refuse_clashes(session, row, fields, seen, cleaners, current, EditConflict)


def _lock(session: Session, row: Any) -> None:
    if row in session.dirty or row in session.new:
        return  # changed in this unit of work already: reading it again would lose that
    if session.get_bind().dialect.name == "postgresql":
        session.refresh(row, with_for_update=True)


def check_unchanged(
    session: Session, row: Any, seen: Mapping[str, Any] | None, *, cleaners: Cleaners | None = None
) -> None:
    """Refuse to delete ``row`` when a field the user saw (``seen``) has been changed since: the
    deletion would throw away a change they have not seen (:class:`DeleteConflict`)."""
    if seen:
        _refuse_clashes(session, row, seen, seen, cleaners, None, DeleteConflict)


def check_order(items: Sequence[Any], seen_order: Sequence[int] | None, entity: str) -> None:
    """Refuse a move based on an order of ``items`` (their ids) other than the stored one."""
    if seen_order is not None and [item.id for item in items] != list(seen_order):
        raise OrderConflict(entity=entity)


def check_children(
    session: Session, row: Any, children: Sequence[Any], seen_children: Sequence[int] | None, field: str
) -> None:
    """Refuse to delete ``row`` when its ``children`` are not the ones the user saw (someone added or
    removed one since: the deletion would take their change with it)."""
    if seen_children is None:
        return
    now = sorted(child.id for child in children)
    if now != sorted(seen_children):
        added = [child for child in children if child.id not in set(seen_children)]
        if added:  # who added the newest of them
            newest = max(added, key=lambda child: child.id)
            who, at = last_change(session, newest.__tablename__, newest.id, set())
        else:
            who, at = "?", None
        raise DeleteConflict(
            entity=row.__tablename__,
            entity_id=row.id,
            clashes={field: (len(seen_children), len(now))},
            version=row.version,
            who=who,
            at=at,
        )


def _refuse_clashes(
    session: Session,
    row: Any,
    fields: Mapping[str, Any],
    seen: Mapping[str, Any] | None,
    cleaners: Cleaners | None,
    current: Callable[[Any, str], Any] | None,
    error: type[EditConflict],
) -> None:
    read = current or _attribute
    clashes: dict[str, tuple[object, object]] = {}
    for key, value in fields.items():
        now = read(row, key)
        if _same(_clean(cleaners, key, value), now):
            continue  # the other side wrote what this side writes
        if seen is not None and key in seen and _same(_clean(cleaners, key, seen[key]), now):
            continue  # someone changed another field of the record; this one is as the user saw it
        clashes[key] = (value, now)
    if clashes:
        who, at = last_change(session, row.__tablename__, row.id, set(clashes))
        raise error(
            entity=row.__tablename__, entity_id=row.id, clashes=clashes, version=row.version, who=who, at=at
        )


def last_change(
    session: Session, entity: str, entity_id: int, fields: set[str]
) -> tuple[str, datetime | None]:
    """Who last changed one of ``fields`` of the record, and when (the audit trail; "?" if unknown)."""
    rows = session.execute(
        select(m.AuditEntry.actor, m.AuditEntry.at, m.AuditEntry.action, m.AuditEntry.changes)
        .where(m.AuditEntry.entity == entity, m.AuditEntry.entity_id == entity_id)
        .order_by(m.AuditEntry.id.desc())
        .limit(AUDIT_LOOKBACK)
    ).all()
    for actor, at, action, changes in rows:
        try:
            changed = json.loads(changes or "{}")
        except ValueError:
            changed = {}
        if action != "update" or fields.intersection(changed):
            return actor, at
    return "?", None


def _attribute(row: Any, key: str) -> Any:
    return getattr(row, key)


def _clean(cleaners: Cleaners | None, key: str, value: Any) -> Any:
    cleaner = cleaners.get(key) if cleaners is not None else None
    if cleaner is None:
        return value
    try:
        return cleaner(value)
    except (UserError, ValueError, TypeError):
        return value


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    if a in (None, "") and b in (None, ""):
        return True
    return bool(a == b)


def version_of(result: Any) -> int | None:
    """The version a write returned: the number itself, or a record's ``version``."""
    if isinstance(result, bool):
        return None
    if isinstance(result, int):
        return result
    version = getattr(result, "version", None)
    return version if isinstance(version, int) else None


def retry_stale(write: Callable[[], T], attempts: int = STALE_RETRIES) -> T:
    """Run ``write`` (one unit of work that checks versions), again when another writer committed
    between its read and its write (the flush's version check, SQLite's stale snapshot): the next run
    reads what they wrote and either goes through or is refused as an :class:`EditConflict`.

    Between tries it waits a short random while, growing with each try: two writers of the same row that
    collide and retry at once would otherwise collide again in step (seen on PostgreSQL: five collisions
    in a row between two processes saving the same field)."""
    from minutes.db import faults

    for attempt in range(attempts):
        try:
            return write()
        except EditConflict:
            raise
        except ConflictError:
            if attempt == attempts - 1:
                raise
        except Exception as exc:
            if attempt == attempts - 1 or not faults.is_busy(exc):
                raise
        time.sleep(random.uniform(0.002, 0.015) * (attempt + 1))
    raise AssertionError("unreachable")
