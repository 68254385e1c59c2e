"""The database handle, the acting user and the unit of work every service method runs in.

One user action = one :class:`UnitOfWork`: it opens a session, the service does its work, the unit of
work commits (or rolls back on any error), writes the audit trail of every insert/update/delete in the
same transaction, and afterwards tells subscribers which records changed (:class:`ChangeSet`). The GUI
subscribes once and relays that to its views; no view polls.
"""

from __future__ import annotations

import contextvars
import json
import os
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, and_, delete, event, insert, inspect, or_
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from minutes import gcpolicy
from minutes.db import models
from minutes.db.engine import make_engine, make_session_factory
from minutes.db.migrate import upgrade
from minutes.domain.text import fold
from minutes.errors import ConflictError
from minutes.search import indexer as _search_indexer  # noqa: F401  (keeps the search index in step)
from minutes.services import audit


@dataclass(frozen=True)
class Actor:
    """Who is acting. Every service receives it; roles are enforced in the services."""

    name: str
    role: str = "secretary"  # admin | secretary | leader | unit | viewer
    unit_id: int | None = None  # a unit member's unit: the tasks it reports on


SYSTEM = Actor("system", "admin")


#: This process, as the origin of its changes: host-independent, unique per run.
PROCESS = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"

_origin: contextvars.ContextVar[str] = contextvars.ContextVar("minutes_origin", default=PROCESS)


def new_origin(name: str = "") -> str:
    """A token for one window or view of this process (its changes carry it as their origin)."""
    return f"{PROCESS}/{name or uuid.uuid4().hex[:8]}"


@contextmanager
def acting_from(origin: str) -> Iterator[None]:
    """Units of work run inside (on this thread) announce ``origin`` as the one who caused them."""
    token = _origin.set(origin)
    try:
        yield
    finally:
        _origin.reset(token)


def current_origin() -> str:
    return _origin.get()


@dataclass
class ChangeSet:
    """What one unit of work changed: table name -> ids, split by action; ``origin`` says who caused it
    (a window's token, :func:`new_origin`; :data:`PROCESS` by default; ``external`` flags a change
    another process or connection committed, learned from :mod:`minutes.services.notices`)."""

    inserted: dict[str, set[int]] = field(default_factory=dict)
    updated: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    origin: str = ""
    external: bool = False

    def add(self, action: str, table: str, ident: int | None) -> None:
        bucket = {"insert": self.inserted, "update": self.updated, "delete": self.deleted}[action]
        bucket.setdefault(table, set())
        if ident is not None:
            bucket[table].add(ident)

    @property
    def tables(self) -> set[str]:
        return set(self.inserted) | set(self.updated) | set(self.deleted)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))

    def __bool__(self) -> bool:
        return bool(self.tables)


Listener = Callable[[ChangeSet], None]

# Records that are bookkeeping, not user data: not audited, not announced.
_QUIET_TABLES = {"audit_log", "drafts", "app_settings"}


class Database:
    """An open, migrated database and the channel that announces changes to it."""

    def __init__(
        self,
        url: str | None = None,
        *,
        migrate: bool = True,
        clock: Callable[[], date] | None = None,
        engine: Engine | None = None,
    ) -> None:
        gcpolicy.install()  # before the first ORM load: see minutes.gcpolicy (a CPython 3.11 heap corruption)
        self.engine = engine or make_engine(url)
        if migrate:
            upgrade(self.engine)
        self.sessions: sessionmaker[Session] = make_session_factory(self.engine)
        self.today: Callable[[], date] = clock or date.today
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        #: This database handle among others on the same database (its notices name it).
        self.token = uuid.uuid4().hex
        #: audit-log ids this handle wrote, while a SQLite notice watcher runs (minutes.services.notices)
        self.own_audit_ids: set[int] | None = None
        self.notices: Any = None  # the running minutes.services.notices.NoticeWatcher, if any

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: ChangeSet) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)

    def close(self) -> None:
        if self.notices is not None:
            self.notices.stop()
            self.notices = None
        self.engine.dispose()


@contextmanager
def unit_of_work(db: Database, actor: Actor) -> Iterator[Session]:
    """Run one user action: commit on success, roll back on error, audit, then announce."""
    session = db.sessions()
    session.info["actor"] = actor
    session.info["changes"] = ChangeSet(origin=current_origin())
    session.info["db"] = db
    try:
        yield session
        if session.new or session.dirty or session.deleted:
            session.flush()
        if session.info["changes"]:
            from minutes.services import notices

            notices.send(session, db, session.info["changes"])  # delivered when the transaction commits
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        _forget_audit_ids(db, session)
        raise ConflictError(entity=_stale_entity(exc)) from exc
    except BaseException:
        session.rollback()
        _forget_audit_ids(db, session)
        raise
    finally:
        changes: ChangeSet = session.info.get("changes", ChangeSet())
        committed = session.info.pop("committed", False)
        session.close()
        gcpolicy.collect_if_due()  # a safe point for the cyclic collector (minutes.gcpolicy)
    if committed:
        db.publish(changes)


def _forget_audit_ids(db: Database, session: Session) -> None:
    """Audit rows rolled back: their ids may be another writer's next (SQLite reuses them)."""
    ids = session.info.pop("audit_ids", None)
    own = db.own_audit_ids
    if ids and own is not None:
        with db._lock:
            own.difference_update(ids)


def _stale_entity(exc: StaleDataError) -> str:
    text = str(exc)
    for table in models.Base.metadata.tables:
        if f"'{table}'" in text:
            return table
    return "record"


# --- session-wide hooks: text normalisation, search keys, audit trail -------------------------------


def _nfc(value: Any) -> Any:
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


_SEARCH_KEYS: dict[type, Callable[[Any], str]] = {
    models.Unit: lambda o: fold(f"{o.name} {o.short_name or ''}"),
    models.Person: lambda o: fold(f"{o.full_name} {o.title or ''}"),
    models.Meeting: lambda o: fold(f"{o.title} {o.location or ''} {o.reference_number or ''}"),
    models.Task: lambda o: fold(f"{o.text} {o.expected_product or ''}"),
}


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        unloaded = state.unloaded
        for attr in state.mapper.column_attrs:
            if attr.key in unloaded:
                continue  # never loaded, so never changed (and a deferred file is not read for nothing)
            value = getattr(obj, attr.key, None)
            if isinstance(value, str):
                normalised = _nfc(value)
                if normalised is not value:
                    setattr(obj, attr.key, normalised)
        keyer = _SEARCH_KEYS.get(type(obj))
        if keyer is not None:
            key = keyer(obj)
            if getattr(obj, "search_key", None) != key:
                obj.search_key = key  # type: ignore[attr-defined]
    if session.deleted and session.info.get("actor") is not None:
        # Rows the database removes by ON DELETE CASCADE are read now, while they exist, and audited
        # with the deletion that removes them (minutes.services.audit.cascade_victims).
        deleted = []
        for obj in session.deleted:
            state = inspect(obj)
            table = state.mapper.local_table.name  # type: ignore[union-attr]
            ident = getattr(obj, "id", None)
            if table not in _QUIET_TABLES and ident is not None:
                deleted.append((table, int(ident)))
        if deleted:
            session.info.setdefault("cascaded", []).extend(audit.cascade_victims(session, deleted))


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


#: Database-wide settings that are a user's choice, audited like records: the profile a unit prints with.
AUDITED_SETTINGS = ("profile.unit.",)


def _audited_setting(table: str, obj: Any) -> bool:
    return table == "app_settings" and str(getattr(obj, "key", "")).startswith(AUDITED_SETTINGS)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context: Any) -> None:
    actor: Actor | None = session.info.get("actor")
    changes: ChangeSet | None = session.info.get("changes")
    if actor is None or changes is None:
        return
    rows: list[dict[str, Any]] = []
    now = models.utcnow()
    deleted = list(session.deleted)
    # Orphans a collection dropped (delete-orphan) are deleted by the flush without ever being in
    # session.deleted: the flush's own record of what it deleted names them.
    known = {id(obj) for obj in deleted}
    for state, (is_delete, list_only) in getattr(flush_context, "states", {}).items():
        obj = state.obj()
        if is_delete and not list_only and obj is not None and id(obj) not in known:
            deleted.append(obj)
            known.add(id(obj))
    for action, objects in (("insert", session.new), ("update", session.dirty), ("delete", deleted)):
        for obj in objects:
            state = inspect(obj)
            table = state.mapper.local_table.name  # type: ignore[union-attr]
            if table in _QUIET_TABLES and not _audited_setting(table, obj):
                continue
            ident = getattr(obj, "id", None)
            diff: dict[str, Any] = {}
            if action == "update":
                for attr in state.mapper.column_attrs:
                    if attr.key in ("search_key", "updated_at", "version"):
                        continue
                    history = state.attrs[attr.key].history
                    if history.has_changes():
                        old = history.deleted[0] if history.deleted else None
                        new = history.added[0] if history.added else None
                        diff[attr.key] = audit.compact_change(_jsonable(old), _jsonable(new))
                for rel in state.mapper.relationships:
                    if rel.secondary is None:
                        continue
                    history = state.attrs[rel.key].history
                    if history.has_changes():
                        diff[rel.key] = [
                            sorted(getattr(x, "id", None) or 0 for x in history.deleted),
                            sorted(getattr(x, "id", None) or 0 for x in history.added),
                        ]
                if not diff:
                    continue
            elif action == "insert":
                for attr in state.mapper.column_attrs:
                    if attr.key in ("search_key", "created_at", "updated_at", "version", "data"):
                        continue
                    value = getattr(obj, attr.key, None)
                    if value not in (None, ""):
                        diff[attr.key] = _jsonable(value)
                for rel in state.mapper.relationships:
                    # links set at creation (a task's coordinating units): recorded with the insert
                    if rel.secondary is not None:
                        added = state.attrs[rel.key].history.added
                        if added:
                            diff[rel.key] = sorted(getattr(x, "id", None) or 0 for x in added)
            if table == "app_settings":
                diff = {"key": obj.key, **diff}
            changes.add(action, table, ident)
            rows.append(
                {
                    "at": now,
                    "actor": actor.name,
                    "action": action,
                    "entity": table,
                    "entity_id": ident,
                    "changes": json.dumps(diff, ensure_ascii=False, default=str),
                }
            )
    audited = {(row["entity"], row["entity_id"]) for row in rows if row["action"] == "delete"}
    for table, ident, values in session.info.pop("cascaded", []):
        if table in _QUIET_TABLES or (ident is not None and (table, ident) in audited):
            continue
        changes.add("delete", table, ident)
        rows.append(
            {
                "at": now,
                "actor": actor.name,
                "action": "delete",
                "entity": table,
                "entity_id": ident,
                "changes": json.dumps(
                    {k: _jsonable(v) for k, v in values.items() if v not in (None, "")},
                    ensure_ascii=False,
                    default=str,
                ),
            }
        )
    if rows:
        audit.chain_rows(session, rows)  # chained to the previous row: minutes.services.audit
        db: Database | None = session.info.get("db")
        if db is not None and db.own_audit_ids is not None:
            # a notice watcher polls the audit trail: it must know which rows are this handle's own
            ids = [
                r[0]
                for r in session.connection().execute(
                    insert(models.AuditEntry).returning(models.AuditEntry.id), rows
                )
            ]
            session.info.setdefault("audit_ids", []).extend(ids)
            with db._lock:
                db.own_audit_ids.update(ids)
        else:
            session.connection().execute(insert(models.AuditEntry), rows)
    saved = [
        and_(
            models.Draft.entity == row["entity"],
            models.Draft.entity_id == row["entity_id"],
            models.Draft.field.in_(list(json.loads(row["changes"]))),
        )
        for row in rows
        if row["action"] == "update"
    ]
    if saved:
        # The real save of a field replaces its crash-recovery draft, in the same transaction.
        session.connection().execute(
            delete(models.Draft).where(models.Draft.user_name == actor.name, or_(*saved))
        )


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    session.info["committed"] = True
