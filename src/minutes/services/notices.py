"""Change notices across processes: what another app (or connection) commits reaches this one's views.

In-process, every unit of work announces its :class:`~minutes.services.context.ChangeSet` through
``Database.publish``. A :class:`NoticeWatcher` brings in the changes of *other* database handles, on a
thread of its own, and announces them the same way (``ChangeSet.external``), so the GUI relays them to
its views like its own (one way for views to learn of changes).

* PostgreSQL: each unit of work sends ``NOTIFY`` (``pg_notify``) in its own transaction, so the notice
  leaves with the commit and never for a rollback; the payload is small JSON (the handle that wrote it,
  the window it came from, table -> ids). The watcher ``LISTEN``\\ s on a connection of its own. The
  channel is named after the schema, so databases sharing a server do not hear each other.
* SQLite: no notices between connections, but ``PRAGMA data_version`` changes whenever another
  connection commits; the watcher polls it (microseconds) every ``interval`` seconds and, when it moved,
  reads the audit trail past the last row it saw: every insert, update and delete is there, with its
  table and id. Rows this handle wrote itself are known by id (``Database.own_audit_ids``) and skipped.

Notices only say what changed; views read it through the services, as always.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from minutes.db.engine import database_file
from minutes.services.context import ChangeSet, Database

log = logging.getLogger(__name__)

#: PostgreSQL refuses payloads of 8000 bytes and more; past this the ids are left out (tables only).
MAX_PAYLOAD = 7000
#: The channel, from the schema: a name of at most 63 bytes whatever the schema is called.
_CHANNEL_SQL = "'minutes_' || left(md5(current_schema()), 24)"


def send(session: Session, db: Database, changes: ChangeSet) -> None:
    """Queue the notice of ``changes`` in the session's transaction (PostgreSQL; nothing on SQLite)."""
    if db.engine.dialect.name != "postgresql":
        return
    session.execute(
        text(f"SELECT pg_notify({_CHANNEL_SQL}, :payload)"), {"payload": encode(changes, db.token)}
    )


def encode(changes: ChangeSet, sender: str) -> str:
    """The notice's payload: JSON, ids left out when they would make it too long."""
    body: dict[str, Any] = {"db": sender, "o": changes.origin}
    for key, bucket in (("i", changes.inserted), ("u", changes.updated), ("d", changes.deleted)):
        if bucket:
            body[key] = {table: sorted(ids) for table, ids in bucket.items()}
    payload = json.dumps(body, separators=(",", ":"))
    if len(payload.encode()) > MAX_PAYLOAD:
        for key in ("i", "u", "d"):
            if key in body:
                body[key] = {table: [] for table in body[key]}
        payload = json.dumps(body, separators=(",", ":"))
    return payload


def decode(payload: str) -> tuple[str, ChangeSet]:
    """(the sending handle's token, the changes) of a notice."""
    body = json.loads(payload)
    changes = ChangeSet(origin=str(body.get("o", "")), external=True)
    for key, action in (("i", "insert"), ("u", "update"), ("d", "delete")):
        for table, ids in body.get(key, {}).items():
            changes.add(action, table, None)
            for ident in ids:
                changes.add(action, table, int(ident))
    return str(body.get("db", "")), changes


class NoticeWatcher:
    """Brings other handles' committed changes into ``db.publish`` (see the module's doc)."""

    def __init__(self, db: Database, interval: float = 0.5) -> None:
        self.db = db
        self.interval = interval
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> NoticeWatcher:
        """Start watching (returns once the watcher listens, so nothing committed after is missed)."""
        if self._thread is not None:
            return self
        if self.db.engine.dialect.name == "postgresql":
            target = self._listen
        elif database_file(self.db.engine) is not None:
            with self.db._lock:
                if self.db.own_audit_ids is None:
                    self.db.own_audit_ids = set()
            target = self._poll
        else:
            return self  # an in-memory database has no other connection
        self._thread = threading.Thread(target=self._run, args=(target,), name="minutes-notices", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=10)
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _run(self, target: Any) -> None:
        while not self._stop.is_set():
            try:
                target()
            except Exception as exc:  # the database went away for a moment: log, wait, watch again
                log.warning("change notices interrupted: %s", exc)
                self._ready.set()
                self._stop.wait(max(self.interval, 1.0))

    def _deliver(self, changes: ChangeSet) -> None:
        if changes:
            self.db.publish(changes)

    # --- PostgreSQL: LISTEN ----------------------------------------------------------------------
    def _listen(self) -> None:
        fairy = self.db.engine.raw_connection()
        conn: Any = fairy.driver_connection
        fairy.detach()  # a connection of its own, never handed back to the pool
        try:
            conn.rollback()
            conn.autocommit = True
            channel = conn.execute(f"SELECT {_CHANNEL_SQL}").fetchone()[0]
            conn.execute(f'LISTEN "{channel}"')
            self._ready.set()
            while not self._stop.is_set():
                for notice in conn.notifies(timeout=self.interval):
                    sender, changes = decode(notice.payload)
                    if sender != self.db.token:
                        self._deliver(changes)
                    if self._stop.is_set():
                        break
        finally:
            conn.close()

    # --- SQLite: PRAGMA data_version and the audit trail -----------------------------------------
    def _poll(self) -> None:
        path = database_file(self.db.engine)
        assert path is not None
        conn = sqlite3.connect(path, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            last = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
            self._ready.set()
            while not self._stop.wait(self.interval):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now == version:
                    continue
                version = now
                last = self._read_audit(conn, last)
        finally:
            conn.close()

    def _read_audit(self, conn: sqlite3.Connection, last: int) -> int:
        rows = conn.execute(
            "SELECT id, action, entity, entity_id FROM audit_log WHERE id > ? ORDER BY id", (last,)
        ).fetchall()
        if not rows:
            return last
        own = self.db.own_audit_ids
        changes = ChangeSet(origin="", external=True)
        with self.db._lock:
            for ident, action, entity, entity_id in rows:
                if own is not None and ident in own:
                    own.discard(ident)
                    continue
                changes.add(action, entity, entity_id)
        self._deliver(changes)
        return int(rows[-1][0])


def watch(db: Database, interval: float = 0.5) -> NoticeWatcher:
    """Start a watcher for ``db`` (one per handle; ``Database.close`` stops it)."""
    if db.notices is None:
        db.notices = NoticeWatcher(db, interval).start()
    return db.notices  # type: ignore[no-any-return]
