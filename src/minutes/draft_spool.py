"""Recovery drafts kept outside the database while the database cannot take them.

Normally a field's unsaved text is kept as a draft row in the database (:mod:`minutes.services.drafts`).
While the database is locked by another program, full or read-only, that write fails or waits, and a
crash then would lose what was typed. So the editor puts the text here too: one small JSON file per
database and user in the user's data folder, written atomically (:mod:`minutes.fileio`) on a thread of
its own, the latest state only. An entry goes away once the database holds that text (or newer). At the
next start :func:`import_into` moves what is left into the database's drafts, which the recovery dialog
offers as usual.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minutes import fileio, paths

if TYPE_CHECKING:
    from minutes.services import Services

log = logging.getLogger(__name__)

Key = tuple[str, int, str]  # (table, record id, field)


@dataclass(frozen=True)
class Entry:
    key: Key
    text: str
    seq: int
    updated_at: str  # ISO, UTC


def spool_path(database: str, user: str, folder: Path | None = None) -> Path:
    digest = hashlib.sha256(f"{database}\0{user}".encode()).hexdigest()[:20]
    return (folder or paths.data_dir()) / "unsaved" / f"{digest}.json"


class DraftSpool:
    """The file of one database and user; :meth:`put` and :meth:`discard` return at once."""

    def __init__(self, path: Path, database: str, user: str) -> None:
        self.path = path
        self.database = database
        self.user = user
        self._entries: dict[Key, Entry] = {}
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._dirty = False
        self._closed = False
        self._writing = False
        self._thread = threading.Thread(target=self._run, name="minutes-spool", daemon=True)
        self._thread.start()

    @classmethod
    def for_database(cls, database: str, user: str, folder: Path | None = None) -> DraftSpool:
        return cls(spool_path(database, user, folder), database, user)

    def put(self, key: Key, text: str, seq: int) -> None:
        with self._lock:
            current = self._entries.get(key)
            if current is not None and current.seq > seq:
                return
            stamp = datetime.now(UTC).replace(tzinfo=None).isoformat()
            self._entries[key] = Entry(key, text, seq, stamp)
            self._changed()

    def discard(self, key: Key, seq: int) -> None:
        """The database now holds the text of change ``seq`` (or newer) of ``key``."""
        with self._lock:
            current = self._entries.get(key)
            if current is None or current.seq > seq:
                return
            del self._entries[key]
            self._changed()

    def entries(self) -> list[Entry]:
        with self._lock:
            return list(self._entries.values())

    def flush(self) -> None:
        """Wait until the file shows the latest state."""
        with self._lock:
            while (self._dirty or self._writing) and self._thread.is_alive():
                self._wake.wait(0.1)

    def close(self) -> None:
        self.flush()
        with self._lock:
            self._closed = True
            self._wake.notify_all()
        self._thread.join(timeout=10)

    def _changed(self) -> None:
        self._dirty = True
        self._wake.notify_all()

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._dirty and not self._closed:
                    self._wake.wait()
                if not self._dirty and self._closed:
                    return
                entries = list(self._entries.values())
                self._dirty = False
                self._writing = True
            try:
                self._write(entries)
            except Exception as exc:  # the draft in the database (if any) still holds the text
                log.error("unsaved text could not be kept in %s: %s", self.path, exc)
            finally:
                with self._lock:
                    self._writing = False
                    self._wake.notify_all()

    def _write(self, entries: list[Entry]) -> None:
        if not entries:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = {
            "database": self.database,
            "user": self.user,
            "drafts": [
                {
                    "entity": e.key[0],
                    "entity_id": e.key[1],
                    "field": e.key[2],
                    "text": e.text,
                    "updated_at": e.updated_at,
                }  # fmt: skip
                for e in entries
            ],
        }
        fileio.write_text(self.path, json.dumps(data, ensure_ascii=False), mode=0o600)


def read(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        log.error("the unsaved text kept in %s cannot be read: %s", path, exc)
        return []
    drafts = data.get("drafts") if isinstance(data, dict) else None
    return [d for d in drafts or [] if isinstance(d, dict)]


def import_into(services: Services, database: str, user: str, folder: Path | None = None) -> int:
    """Move the text kept outside the database by an earlier run into the database's drafts (where the
    recovery dialog finds it); the number of drafts moved. A database draft that is newer wins. Left in
    place (and logged) when the database cannot take it now."""
    path = spool_path(database, user, folder)
    found = read(path)
    if not found:
        path.unlink(missing_ok=True)
        return 0
    newer = {(d.entity, d.entity_id, d.field): d.updated_at for d in services.drafts.pending()}
    moved = 0
    try:
        for item in found:
            key = (str(item["entity"]), int(item["entity_id"]), str(item["field"]))
            when = datetime.fromisoformat(str(item["updated_at"]))
            if key in newer and newer[key] >= when:
                continue
            services.drafts.save(*key, str(item["text"]))
            moved += 1
    except (KeyError, TypeError, ValueError) as exc:
        log.error("unsaved text kept in %s is malformed: %s", path, exc)
    path.unlink(missing_ok=True)
    log.info("%d unsaved texts kept outside the database were moved into its drafts", moved)
    return moved


def database_identity(db: Any) -> str:
    """The database as one string for the spool's file name: the resolved SQLite file, else the address
    without its password (``db`` is a :class:`minutes.services.Database`)."""
    from minutes.db.engine import database_file

    path = database_file(db.engine)
    return str(path.resolve()) if path is not None else str(db.url)
